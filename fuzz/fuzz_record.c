/* fuzz_record.c — libFuzzer target: readout_record_parse (the reader behind
 * `readout ingest --from-extracted`) on arbitrary bytes; a record it accepts must serialize
 * back to JSON that parses again and serializes the same way (issue 10: "count": -1 was
 * accepted and written back as a number the reader refused). Built by fuzz/CMakeLists.txt,
 * replayed by tests/fuzz/replay.c. */
#include "readout/readout.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Writes a parsed record as readout_record_write_json_text does; 0 or its error. */
static int write(readout_buf *out, const readout_parsed *p)
{
	readout_buf_clear(out);
	return readout_record_write_json_text(out, p->id, &p->record, 0, p->text, p->len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	readout_parsed *p;
	if (readout_record_parse(&p, (const char *)data, size) != 0)
		return 0;
	readout_buf first = READOUT_BUF_INIT, second = READOUT_BUF_INIT;
	first.limit = second.limit = 64u << 20;
	if (write(&first, p) == 0) {
		readout_parsed *again;
		/* what readout wrote, readout must read, and write the same way again */
		if (readout_record_parse(&again, first.data, first.len) != 0)
			abort();
		if (write(&second, again) != 0 || second.len != first.len || memcmp(first.data, second.data, first.len) != 0)
			abort();
		readout_parsed_free(again);
	}
	readout_buf_dispose(&first);
	readout_buf_dispose(&second);
	readout_parsed_free(p);
	return 0;
}
