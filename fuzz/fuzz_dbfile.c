/* fuzz_dbfile.c — libFuzzer target: a database file that a query opens, as arbitrary bytes
 * (SQLite file images: seeds are small readout databases). Written to a temporary file and
 * opened read-only, it must be refused with a message or answer every query command (with a
 * 1 s limit each), whatever its pages, schema or values hold. Built by fuzz/CMakeLists.txt,
 * replayed by tests/fuzz/replay.c. */
#include "fuzz_fixture.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void check(int rc, readout_table *t)
{
	if (rc > 0 || (rc < 0 && (t || !readout_error_message()[0])) || (rc == 0 && !t))
		abort();
	readout_table_free(t);
}

static int row(void *user, size_t ncols, const char *const *names, const char *const *cells)
{
	(void)user, (void)ncols, (void)names, (void)cells;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[4200], side[4300];
	snprintf(path, sizeof path, "%s/input.db", fuzz_fixture_dir());
	/* a fresh file, without the journal files of the last one */
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
	FILE *f = fopen(path, "wb");
	if (!f)
		abort();
	if (size && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
	readout_store *st = fuzz_fixture_open(path);
	if (!st) {
		if (!readout_error_message()[0])
			abort();
		return 0;
	}
	readout_query q = {.limit = 20};
	readout_table *t = NULL;
	int rc;
	rc = readout_store_people(&t, st, &q), check(rc, t), t = NULL;
	rc = readout_store_events(&t, st, &q), check(rc, t), t = NULL;
	q.by = "week";
	rc = readout_store_formulations(&t, st, &q), check(rc, t), t = NULL;
	rc = readout_store_cascade(&t, st, "Congress"), check(rc, t), t = NULL;
	rc = readout_store_search(&t, st, "meeting", 5), check(rc, t), t = NULL;
	rc = readout_store_person(&t, st, "Gu Wenbo"), check(rc, t), t = NULL;
	rc = readout_store_sql_rows(st, "SELECT * FROM documents", row, NULL);
	if (rc > 0 || (rc < 0 && !readout_error_message()[0]))
		abort();
	readout_store_counts c;
	readout_store_counts_get(&c, st);
	readout_store_close(st);
	return 0;
}
