/* fuzz_record.c — libFuzzer target: readout_record_parse (the reader behind
 * `readout ingest --from-extracted`) on arbitrary bytes; a record it accepts must serialize
 * back to JSON and parse again. Built by fuzz/CMakeLists.txt, replayed by tests/fuzz/replay.c. */
#include "readout/readout.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	readout_parsed *p;
	if (readout_record_parse(&p, (const char *)data, size) != 0)
		return 0;
	readout_buf out = READOUT_BUF_INIT;
	out.limit = 64u << 20;
	if (readout_record_write_json_text(&out, p->id, &p->record, 0, p->text, p->len) == 0) {
		readout_parsed *again;
		/* what readout wrote, readout must read */
		if (readout_record_parse(&again, out.data, out.len) != 0)
			abort();
		readout_parsed_free(again);
	}
	readout_buf_dispose(&out);
	readout_parsed_free(p);
	return 0;
}
