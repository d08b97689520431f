/* fuzz_sql.c — libFuzzer target: the `readout sql` gate (readout_store_sql_rows) on arbitrary
 * statements against a small read-only readout database, with a 1 s time limit and 1,000 rows.
 * Every statement must answer within the limits or be refused with a message, and nothing may
 * change the database: not a write, not ATTACH, not a pragma. Built by fuzz/CMakeLists.txt,
 * replayed by tests/fuzz/replay.c. */
#include "fuzz_fixture.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct seen {
	size_t headers, rows, ncols;
} seen;

static int sink(void *user, size_t ncols, const char *const *names, const char *const *cells)
{
	seen *s = user;
	if (!cells) {
		if (s->headers++ || s->rows)
			abort(); /* one header, before the rows */
		s->ncols = ncols;
		for (size_t i = 0; i < ncols; i++)
			if (names[i])
				(void)strlen(names[i]);
		return 0;
	}
	if (!s->headers || ncols != s->ncols)
		abort();
	for (size_t i = 0; i < ncols; i++)
		if (cells[i])
			(void)strlen(cells[i]);
	s->rows++;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	readout_store *st = fuzz_fixture_reader();
	char *sql = fuzz_fixture_cstr(data, size);
	if (!sql)
		return 0;
	seen s = {0, 0, 0};
	int rc = readout_store_sql_rows(st, sql, sink, &s);
	if (rc > 0 || (rc < 0 && !readout_error_message()[0]) || s.rows > 1000)
		abort();
	fuzz_fixture_unchanged();
	free(sql);
	return 0;
}
