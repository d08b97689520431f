/* fuzz_query.c — libFuzzer target: the query commands' arguments (filters, names, search
 * syntax) on a small read-only readout database. The input is cut at NUL bytes into the
 * arguments; every query must answer or refuse with a code and a message, and the database
 * must stay as it was (arguments are bound, never spliced into SQL). Built by
 * fuzz/CMakeLists.txt, replayed by tests/fuzz/replay.c. */
#include "fuzz_fixture.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void check(int rc, readout_table *t)
{
	/* an answer, or a refusal that says why */
	if (rc > 0 || (rc < 0 && (t || !readout_error_message()[0])) || (rc == 0 && !t))
		abort();
	readout_table_free(t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	readout_store *st = fuzz_fixture_reader();
	/* up to 11 arguments, NUL-separated; missing ones are NULL */
	char *copy = fuzz_fixture_cstr(data, size);
	if (!copy)
		return 0;
	const char *arg[11] = {NULL};
	size_t n = 0;
	for (char *p = copy; n < 11 && p <= copy + size; p += strlen(p) + 1)
		arg[n++] = p;
	readout_query q = {arg[0], arg[1], arg[2], arg[3], arg[4], arg[5], arg[6], arg[7], arg[8], size % 7};
	readout_table *t = NULL;
	int rc;
	rc = readout_store_people(&t, st, &q), check(rc, t), t = NULL;
	rc = readout_store_events(&t, st, &q), check(rc, t), t = NULL;
	rc = readout_store_formulations(&t, st, &q), check(rc, t), t = NULL;
	if (arg[4])
		rc = readout_store_cascade(&t, st, arg[4]), check(rc, t), t = NULL;
	if (arg[9])
		rc = readout_store_search(&t, st, arg[9], size % 5), check(rc, t), t = NULL;
	if (arg[10])
		rc = readout_store_person(&t, st, arg[10]), check(rc, t), t = NULL;
	fuzz_fixture_unchanged();
	free(copy);
	return 0;
}
