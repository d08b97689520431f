/* store/search_stats.h — what a read-only SQLite store keeps between searches while the
 * database does not change (internal; query.c's ranked searches use it): the documents each
 * query phrase matches (bm25's weights), the documents indexed, and for phrases in half the
 * documents or more the set of those documents, so that a search checks them by rowid instead
 * of walking their long doclists (bench/README.md, "The web server"). A writer keeps nothing:
 * each search counts again. */
#ifndef READOUT_STORE_SEARCH_STATS_H
#define READOUT_STORE_SEARCH_STATS_H

#include "store/memo.h"

#include <stddef.h>
#include <stdint.h>

typedef struct search_stats {
	char version[32]; /* the data_version they hold for */
	memo docs;        /* phrase -> documents it matches */
	memo sets;        /* phrase -> index into bits + 1 */
	uint8_t **bits;   /* sets of documents, one bit per rowid up to max_id */
	size_t nsets, cap;
	int64_t rows, max_id; /* documents indexed and their largest rowid; -1: not read yet */
} search_stats;

void search_stats_init(search_stats *s);
void search_stats_dispose(search_stats *s);

typedef struct readout_store readout_store;

/* Forgets what the store kept if the database has changed since (readout_store_version).
 * 0 or an error code. Call before the others, once per search. */
int store__search_fresh(readout_store *st);

/* The documents that match phrase (an FTS5 query), into *out. */
int store__phrase_docs(int64_t *out, readout_store *st, const char *phrase);

/* The documents indexed and their largest rowid. */
int store__search_rows(int64_t *indexed, int64_t *max_id, readout_store *st);

/* The set of documents phrase matches, one bit per rowid (bit id % 8 of byte id / 8) for rowids
 * up to *max_id, into *out; NULL when the store keeps no sets (a writer) or would pass
 * SEARCH_SETS_BYTES with it. The set is the store's, valid until the next store__search_fresh. */
int store__phrase_set(const uint8_t **out, readout_store *st, const char *phrase);

#endif
