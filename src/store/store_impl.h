/* store/store_impl.h — the store's state, shared by store.c (ingest) and query.c. */
#ifndef READOUT_STORE_IMPL_H
#define READOUT_STORE_IMPL_H

#include "lexicon/lexicon_impl.h"
#include "readout/buf.h"
#include "readout/query.h"
#include "readout/store.h"
#include "store/db.h"
#include "store/memo.h"
#include "store/names.h"
#include "store/rows.h"
#include "store/tally.h"
#include "text/namekey.h"

enum {
	S_INS_DOC, S_SEL_BATCH_TEXT, S_INS_FTS, S_INS_EVENT, S_SEL_PERSONS, S_INS_PERSON, S_SET_REGION,
	S_INS_FORM, S_SEL_FORM, S_HAS_TITLE,
	S_SAVEPOINT, S_RELEASE, S_ROLLBACK_TO,
	S_UNDO_EVENTS, S_UNDO_DOC, S_UNDO_PERSONS, S_UNDO_FORMS, S_UNDO_REGION, S_COUNT
};

/* SQLite: what the current document has written, so that undoing it needs no savepoint (one
 * cost a copy of every page the document touched first, a fourteenth of ingest's work). Ids
 * only grow inside a batch, which holds the write lock: the persons and formulations the
 * document made are those from its first one on. */
typedef struct doc_writes {
	int64_t doc_id;       /* its documents row (and events), or 0 */
	int64_t first_person; /* the first person it made, or 0 */
	int64_t first_form;   /* the first formulation it made, or 0 */
	int64_t *placed;      /* the persons it gave a region */
	size_t nplaced, cap;
} doc_writes;

struct readout_store {
	db *db;
	const readout_lexicon *lex;
	db_stmt *stmt[S_COUNT];
	db_stmt *sum_stmt[3][2]; /* write_sums: per summary table, many rows and one row */
	int in_batch;
	int64_t fts_first, fts_last; /* SQLite: ids of this batch's documents still to index for search */
	int stale;           /* read-only: made before the summary tables and indexes the queries use */
	bool url_index;      /* SQLite: documents_id_ext_url, which covers url (else documents_id_ext) */
	bool in_savepoint;
	doc_writes undo;     /* SQLite, inside a savepoint: see doc_writes */
	/* this batch's additions to persons' counts and dates ('P', person id), to person_posts
	 * ('T', person id, title) and to formulation_months ('M', formulation id, month), written
	 * at commit */
	tally sums;
	tally form_ids; /* formulation key -> id ('F'); forgotten at any rollback */
	rows rows;      /* this batch's appearances, titles, roles and formulation uses */
	names names;    /* this batch's view of the persons of each name key */
	memo title_judgements; /* title -> its place and whether it is central (judge_title) */
	readout_buf json; /* the record being added, as JSON: one buffer reused */
	readout_buf url;  /* the url in the metadata of the document being added */
	/* queries: each one's time limit, and the rows and memory of an answer (options) */
	unsigned query_seconds;
	size_t max_rows, max_answer_bytes;
	bool asking; /* a question's cursor is open (store/cursor.c) */
};

/* Prepares statement `which` on first use. */
int store__stmt(readout_store *st, int which, db_stmt **out);

/* A cursor over sql with params ($1..$n, NULL allowed), typed as the engine types it
 * (query.c). */
int store__query(readout_cursor **out, readout_store *st, const char *sql, const char *const *params, size_t nparams);

#endif
