/* fuzz_sql.c — libFuzzer target: the `readout sql` gate (readout_store_sql) on arbitrary
 * statements against a small read-only readout database, with a 1 s time limit and 1,000 rows.
 * Every statement must answer within the limits or be refused with a message, and nothing may
 * change the database: not a write, not ATTACH, not a pragma. Built by fuzz/CMakeLists.txt,
 * replayed by tests/fuzz/replay.c. */
#include "fuzz_fixture.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	readout_store *st = fuzz_fixture_reader();
	char *sql = fuzz_fixture_cstr(data, size);
	if (!sql)
		return 0;
	readout_cursor *c = NULL;
	int rc = readout_store_sql(&c, st, sql);
	if (fuzz_fixture_drain(rc, c) > 1000)
		abort();
	fuzz_fixture_unchanged();
	free(sql);
	return 0;
}
