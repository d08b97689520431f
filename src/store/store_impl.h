/* store/store_impl.h — the store's state, shared by store.c (ingest) and query.c. */
#ifndef READOUT_STORE_IMPL_H
#define READOUT_STORE_IMPL_H

#include "lexicon/lexicon_impl.h"
#include "readout/buf.h"
#include "readout/store.h"
#include "store/db.h"
#include "store/names.h"
#include "store/rows.h"
#include "store/tally.h"

enum {
	S_INS_DOC, S_INS_FTS, S_INS_EVENT, S_SEL_PERSONS, S_INS_PERSON, S_SET_REGION,
	S_INS_FORM, S_SEL_FORM, S_HAS_TITLE,
	S_SAVEPOINT, S_RELEASE, S_ROLLBACK_TO, S_COUNT
};

struct readout_store {
	db *db;
	const readout_lexicon *lex;
	db_stmt *stmt[S_COUNT];
	db_stmt *sum_stmt[3][2]; /* write_sums: per summary table, many rows and one row */
	int in_batch;
	int64_t fts_first, fts_last; /* SQLite: ids of this batch's documents still to index for search */
	int stale;           /* read-only: made before the summary tables and indexes the queries use */
	bool in_savepoint;
	/* this batch's additions to persons' counts and dates ('P', person id), to person_posts
	 * ('T', person id, title) and to formulation_months ('M', formulation id, month), written
	 * at commit */
	tally sums;
	tally form_ids; /* formulation key -> id ('F'); forgotten at any rollback */
	rows rows;      /* this batch's appearances, titles, roles and formulation uses */
	names names;    /* this batch's view of the persons of each name key */
	readout_buf json; /* the record being added, as JSON: one buffer reused */
};

/* The key people are matched by: lower-case letters and digits of the name, other ASCII
 * dropped ("Chen Min'er" and "CHEN Miner" share it), non-ASCII bytes kept. */
void store__name_key(char *out, size_t cap, const char *name);

/* Prepares statement `which` on first use. */
int store__stmt(readout_store *st, int which, db_stmt **out);

#endif
