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
#include <sys/stat.h>

static readout_store *st;
static readout_store_counts before;
static struct stat file_before;

static void teardown(void)
{
	readout_store_close(st);
}

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
	const char *path = fuzz_fixture_db();
	if (!st) {
		if (!(st = fuzz_fixture_open(path)) || readout_store_counts_get(&before, st) || stat(path, &file_before))
			abort();
		atexit(teardown);
	}
	char *sql = malloc(size + 1);
	if (!sql)
		return 0;
	memcpy(sql, data, size);
	sql[size] = '\0';
	seen s = {0, 0, 0};
	int rc = readout_store_sql_rows(st, sql, sink, &s);
	if (rc > 0 || (rc < 0 && !readout_error_message()[0]) || s.rows > 1000)
		abort();
	readout_store_counts now;
	struct stat file_now;
	if (readout_store_counts_get(&now, st) || memcmp(&now, &before, sizeof now) != 0 || stat(path, &file_now) ||
	    file_now.st_size != file_before.st_size || file_now.st_mtime != file_before.st_mtime)
		abort();
	free(sql);
	return 0;
}
