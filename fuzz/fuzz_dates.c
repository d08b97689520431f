/* fuzz_dates.c — libFuzzer target: the date parser (extract/dates.c) at every offset of
 * arbitrary bytes, then the resolution of what it reads against a reference date taken from
 * the input. A date read must lie within the text, and a resolved one must be a calendar date
 * (YYYY-MM-DD) or a partial one (--MM-DD). Built by fuzz/CMakeLists.txt, replayed by
 * tests/fuzz/replay.c. */
#include "extract/dates.h"
#include "readout/lexicon.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* The lexicon's words of dates, loaded once for the whole run. */
static readout_lexicon *lex;

static void teardown(void)
{
	readout_lexicon_free(lex);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!lex) {
		if (readout_lexicon_load(&lex, NULL))
			abort();
		atexit(teardown);
	}
	if (size < 3)
		return 0;
	/* the reference: a real one (2000..2099) or none */
	int ry = data[0] % 2 ? 2000 + data[0] % 100 : 0, rm = 1 + data[1] % 12, rd = 1 + data[2] % 28;
	size_t len = size - 3;
	/* NUL-terminated, as the extractor's text is; ASan sees any read past it */
	char *text = malloc(len + 1);
	if (!text)
		return 0;
	memcpy(text, data + 3, len);
	text[len] = '\0';
	for (size_t pos = 0; pos < len; pos++) {
		date_expr e;
		size_t n = date_parse_at(&e, lex, text, len, pos);
		if (!n)
			continue;
		if (n > len - pos || e.start != pos || e.end > len || e.end < e.start)
			abort();
		char out[24];
		memset(out, 'x', sizeof out);
		int r = date_resolve(out, &e, ry, rm, rd);
		if (r == 1 && !(strlen(out) == 10 && digits(out, 4) && out[4] == '-' && digits(out + 5, 2) && out[7] == '-' &&
		                digits(out + 8, 2)))
			abort();
		if (r == 0 && !(strlen(out) == 7 && out[0] == '-' && out[1] == '-' && digits(out + 2, 2) && out[4] == '-' &&
		                digits(out + 5, 2)))
			abort();
	}
	free(text);
	return 0;
}
