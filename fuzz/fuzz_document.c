/* fuzz_document.c — libFuzzer target: readout_extract on arbitrary bytes, then the record as
 * JSON (compact and indented). Any crash, sanitizer report or leak is a bug; refusals
 * (binary, too big) are fine. Built by fuzz/CMakeLists.txt, replayed by tests/fuzz/replay.c. */
#include "readout/readout.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/* The lexicon and extractor live for the whole run: loading is slow, and reusing one
 * extractor across inputs is what the pipeline does (arena reset between documents). */
static readout_lexicon *lex;
static readout_extractor *ex;
static readout_buf out = READOUT_BUF_INIT;

static void teardown(void)
{
	readout_extractor_free(ex);
	readout_lexicon_free(lex);
	readout_buf_dispose(&out);
}

static void setup(void)
{
	if (readout_lexicon_load(&lex, NULL) || readout_extractor_new(&ex, lex, NULL))
		abort();
	out.limit = 64u << 20;
	atexit(teardown);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!lex)
		setup();
	const readout_record *rec;
	if (readout_extract(&rec, ex, (const char *)data, size) != 0)
		return 0;
	readout_buf_clear(&out);
	readout_record_write_json(&out, "fuzz", rec, 0);
	readout_buf_clear(&out);
	readout_record_write_json(&out, "fuzz", rec, 1);
	return 0;
}
