/* store/rows.h — the rows of a batch that nothing reads before its commit (internal):
 * person_docs, person_titles, roles and formulation_uses. Kept in memory and written at commit,
 * sorted by each table's key and many rows per INSERT: one statement per row, in the order
 * documents came, cost more than all the rest of storing (each row walked to a random leaf
 * of every index, then paid a statement's setup). A document rolled back to its savepoint
 * takes its rows with it (rows_mark, rows_undo). */
#ifndef READOUT_STORE_ROWS_H
#define READOUT_STORE_ROWS_H

#include "store/db.h"
#include "util/arena.h"
#include "util/u64map.h"

#include <stddef.h>
#include <stdint.h>

typedef struct person_doc_row {
	int64_t person_id, doc_id, mentions;
	const char *name, *date;
	const char *facet; /* the mention's facet (extract/identity.h), or NULL */
} person_doc_row;

typedef struct title_row {
	int64_t person_id, doc_id, span_start, span_end; /* spans: -1 for none */
	int64_t post_id; /* 0: the title names no post */
	const char *title, *date;
} title_row;

typedef struct role_row {
	int64_t event_id, person_id, position;
	int role; /* 0 presided, 1 spoke, 2 attended */
	const char *date; /* the event's */
} role_row;

typedef struct use_row {
	int64_t formulation_id, doc_id, count;
	const char *forms, *date, *place;
} use_row;

#define ROWS_ARRAY(T) struct { T *v; size_t n, cap; }

/* The current document's rows of one table by key (person or formulation id), for a document
 * with so many that looking back through them would cost more (see doc_row). */
typedef struct doc_rows_index {
	u64map map;   /* key -> row index + 1 */
	int64_t doc;  /* the document indexed, 0 for none */
	size_t upto;  /* rows before this one are in the map */
} doc_rows_index;

typedef struct rows {
	ROWS_ARRAY(person_doc_row) person_docs;
	ROWS_ARRAY(title_row) titles;
	ROWS_ARRAY(role_row) roles;
	ROWS_ARRAY(use_row) uses;
	doc_rows_index person_docs_ix, uses_ix;
	size_t mark[4];
	arena strings; /* the rows' strings, until rows_clear: each distinct string once */
	u64map strings_by_hash; /* XXH3 of a string -> its copy in strings */
	db_stmt *stmt[8]; /* per table: many rows, one row */
} rows;

void rows_init(rows *r);
void rows_dispose(rows *r);
/* Forgets every row (after a commit or a rollback). */
void rows_clear(rows *r);
/* Bytes the rows take: those in use of their arrays, and their strings. */
size_t rows_memory(const rows *r);
void rows_mark(rows *r);
/* Drops the rows added since rows_mark. */
void rows_undo(rows *r);

/* Each copies its strings (or shares an equal one the batch holds); 0 or READOUT_ENOMEM. */
int rows_add_person_doc(rows *r, int64_t person_id, int64_t doc_id, const char *name, int64_t mentions,
                        const char *date, const char *facet);
int rows_add_title(rows *r, int64_t person_id, int64_t doc_id, const char *title, const char *date,
                   int64_t span_start, int64_t span_end, int64_t post_id);
int rows_add_role(rows *r, int64_t event_id, int role, int64_t position, int64_t person_id, const char *date);
int rows_add_use(rows *r, int64_t formulation_id, int64_t doc_id, int64_t count, const char *forms,
                 const char *date, const char *place);

enum { ROWS_PER_INSERT = 64 };

/* "verb head ($1,..,$ncols),(..)..tail" for nrows rows, numbered in order so every backend
 * reads them alike; with casts, each parameter is CAST($n AS casts[column]). malloc'd; NULL
 * when out of memory. */
char *rows_values_sql(const char *verb, const char *head, const char *const *casts, int ncols, int nrows,
                      const char *tail);

/* Writes every row to d (inside the caller's transaction). */
int rows_write(rows *r, db *d);

#endif
