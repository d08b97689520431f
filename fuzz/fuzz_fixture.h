/* fuzz_fixture.h — a small readout database for the fuzz targets that query one
 * (fuzz_query, fuzz_sql, fuzz_dbfile): a few invented readouts ingested once per process into a
 * temporary folder, removed at exit. Test code; public API only. */
#ifndef READOUT_FUZZ_FIXTURE_H
#define READOUT_FUZZ_FIXTURE_H

#include "readout/query.h"
#include "readout/readout.h"
#include "readout/store.h"

#include <stddef.h>
#include <stdint.h>

/* The path of the database, made on first call; aborts if it cannot be made. */
const char *fuzz_fixture_db(void);

/* A new folder under $TMPDIR for the target's own files, removed at exit with what it holds. */
const char *fuzz_fixture_dir(void);

/* Opens path read-only with small limits (1 s, 1,000 rows, 1 MB): NULL when it is refused. */
readout_store *fuzz_fixture_open(const char *path);

/* The fixture database opened once with fuzz_fixture_open, closed at exit. */
readout_store *fuzz_fixture_reader(void);

/* Aborts unless the fixture database is as it was made: its counts and its file. */
void fuzz_fixture_unchanged(void);

/* Checks a question's outcome and reads its rows: an error comes with a message and no
 * cursor; a cursor's columns are named, every cell is NULL or of its column's type, text is a
 * string, dates are YYYY-MM-DD, and the rows end or stop with an error that has a message.
 * Frees the cursor; returns the rows read. Aborts on any breach. */
size_t fuzz_fixture_drain(int rc, readout_cursor *c);

/* The input as a NUL-terminated string (malloc'd; NULL when out of memory). */
char *fuzz_fixture_cstr(const uint8_t *data, size_t size);

#endif
