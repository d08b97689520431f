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
	readout_cursor *cur = NULL;
	int rc;
	rc = readout_store_people(&cur, st, &q), fuzz_fixture_drain(rc, cur), cur = NULL;
	rc = readout_store_events(&cur, st, &q), fuzz_fixture_drain(rc, cur), cur = NULL;
	q.by = "week";
	rc = readout_store_formulation_periods(&cur, st, &q), fuzz_fixture_drain(rc, cur), cur = NULL;
	rc = readout_store_formulation_spans(&cur, st, &q), fuzz_fixture_drain(rc, cur), cur = NULL;
	rc = readout_store_cascade_levels(&cur, st, "Congress"), fuzz_fixture_drain(rc, cur), cur = NULL;
	rc = readout_store_cascade_events(&cur, st, "Congress", 2), fuzz_fixture_drain(rc, cur), cur = NULL;
	rc = readout_store_search(&cur, st, "meeting", &q), fuzz_fixture_drain(rc, cur), cur = NULL;
	rc = readout_store_event_places(&cur, st, &q), fuzz_fixture_drain(rc, cur), cur = NULL;
	rc = readout_store_event_periods(&cur, st, &q), fuzz_fixture_drain(rc, cur), cur = NULL;
	rc = readout_store_document(&cur, st, "s000"), fuzz_fixture_drain(rc, cur), cur = NULL;
	rc = readout_store_person(&cur, st, "Gu Wenbo"), fuzz_fixture_drain(rc, cur), cur = NULL;
	rc = readout_store_person_events(&cur, st, 1, 5), fuzz_fixture_drain(rc, cur), cur = NULL;
	rc = readout_store_person_colisted(&cur, st, 1, 5), fuzz_fixture_drain(rc, cur), cur = NULL;
	q.place = "Hebei";
	rc = readout_store_people(&cur, st, &q), fuzz_fixture_drain(rc, cur), cur = NULL;
	rc = readout_store_sql(&cur, st, "SELECT * FROM documents"), fuzz_fixture_drain(rc, cur), cur = NULL;
	readout_store_counts c;
	readout_store_counts_get(&c, st);
	readout_store_close(st);
	return 0;
}
