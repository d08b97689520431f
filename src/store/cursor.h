/* store/cursor.h — running a question's statement as a readout_cursor (internal to the store).
 * cursor.c owns the conversion of the engines' values to typed cells and the store's query
 * limits (time, rows, answer memory); query.c writes the questions' SQL. */
#ifndef READOUT_STORE_CURSOR_H
#define READOUT_STORE_CURSOR_H

#include "readout/query.h"
#include "store/db.h"

#include <stdbool.h>

/* One statement to answer with. */
typedef struct cursor_spec {
	const char *sql;
	const char *const *params; /* $1..$n, text or NULL */
	size_t nparams;
	/* one letter per column: i integer, r real, t text, d date; NULL: as the engine types them */
	const char *types;
	bool read_only_transaction; /* PostgreSQL: inside BEGIN READ ONLY, rolled back at the end */
	size_t hidden; /* trailing columns the cursor does not show (cursor__first_int reads them) */
} cursor_spec;

/* Runs spec on st up to its first row (see readout/query.h). */
int cursor__start(readout_cursor **out, readout_store *st, const cursor_spec *spec);

/* Runs spec on st with the store's time limit but not its row limit (the caller keeps what it
 * needs of the rows, in bounded memory) and calls row for each row; a non-zero return of row
 * stops the scan and is returned. 0 or an error code. */
int cursor__scan(readout_store *st, const cursor_spec *spec, int (*row)(void *ctx, db_stmt *q), void *ctx);

/* The integer in column col (hidden ones too) of the first row, before the first
 * readout_cursor_next: false when there is no row or it is NULL. */
bool cursor__first_int(const readout_cursor *c, size_t col, int64_t *v);

/* Whether the answer has no row (known from the start). */
bool cursor__empty(const readout_cursor *c);

/* Sets what a cap of the question left out (readout_cut). */
void cursor__set_cut(readout_cursor *c, int64_t kept, int64_t total);

/* A cursor over an answer made in memory (it takes a); a is freed on failure too. */
int cursor__over(readout_cursor **out, readout_store *st, readout_answer *a);

/* An empty answer with these columns (types as cursor_spec.types), to fill with answer__add. */
int answer__new(readout_answer **out, size_t ncols, const char *const *colnames, const char *types);
/* Appends a row of cells (text copied). */
int answer__add(readout_answer *a, const readout_cell *row);

/* The value of a one-row, one-column integer query (0 when it has no row), with the store's
 * time limit. */
int store__count(int64_t *out, readout_store *st, const char *sql, const char *const *params, size_t nparams);

#endif
