/* store/reuse_db.h — what text reuse (src/reuse) reads from and writes to a store (internal).
 * The SQL of the reuse tables (docs/schema.md, "Text reuse") lives in store/reuse_db.c; this
 * header exposes plain C rows and callbacks, never a database handle, so src/reuse includes
 * neither sqlite3.h nor libpq-fe.h. */
#ifndef READOUT_STORE_REUSE_DB_H
#define READOUT_STORE_REUSE_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "readout/query.h"
#include "readout/store.h"

/* Whether a word (n bytes) is one of the English stop words the full-text index leaves out
 * (store/fts_words.c): reuse leaves them out of its n-grams and alignments too. */
bool readout_store__stop_word(const char *word, size_t n);

/* One stored document, borrowed for the duration of a callback. text is NULL when the store
 * holds only its extraction. */
typedef struct reuse_db_doc {
	int64_t id;
	const char *ext_id, *hash, *published, *date, *level, *place, *province;
	const char *text;
	size_t len;
} reuse_db_doc;

/* Called once per document; a non-zero return stops the walk and is returned. */
typedef int (*reuse_db_doc_fn)(void *user, const reuse_db_doc *doc);

/* Every document in id order, page by page (a page is one query: PostgreSQL holds a page's
 * rows in memory, never the whole corpus). with_text: read the texts too. */
int readout_store__reuse_each_doc(readout_store *st, bool with_text, reuse_db_doc_fn fn, void *user);

/* The documents of ids (any order, no repeats), with their texts, in id order. */
int readout_store__reuse_docs_by_id(readout_store *st, const int64_t *ids, size_t n, reuse_db_doc_fn fn, void *user);

/* Whether the store has the reuse tables (a database made by an older readout, opened
 * read-only, may not): 0 with *out set, or an error. */
int readout_store__reuse_ready(readout_store *st, bool *out);

/* The ids of the documents already aligned (reuse_docs), sorted, into *out (malloc'd; the
 * caller frees it). */
int readout_store__reuse_done(readout_store *st, int64_t **out, size_t *n);

/* The settings of the last run of a kind ("pairs" or "reference"), or NULL when there was
 * none (malloc'd). */
int readout_store__reuse_last_settings(readout_store *st, const char *kind, char **out);

/* ---- writing one run's results, inside readout_store_begin / readout_store_commit ---- */

typedef struct reuse_db_writer reuse_db_writer;

typedef struct reuse_db_run {
	const char *kind, *settings, *started_at;
	double seconds;
	int64_t documents, new_documents, candidate_pairs, pairs, passages;
} reuse_db_run;

typedef struct reuse_db_pair {
	int64_t source, target;
	const char *direction; /* "date", "level" or "none" */
	int64_t passages, source_words, target_words, score, matches;
	double source_share, target_share;
} reuse_db_pair;

typedef struct reuse_db_passage {
	int64_t source, target, ord;
	int64_t source_start, source_end, target_start, target_end, source_words, target_words, score, matches;
} reuse_db_passage;

/* A reference's row for one document; days_after REUSE_DB_NO_DAYS when unknown. */
typedef struct reuse_db_ref_doc {
	int64_t reference, doc, words, taken, passages, days_after;
	double share;
} reuse_db_ref_doc;

enum { REUSE_DB_NO_DAYS = INT32_MIN };

/* Inside an open batch (readout_store_begin). The writer keeps prepared statements; free it
 * before the commit. */
int readout_store__reuse_writer(reuse_db_writer **out, readout_store *st);
void readout_store__reuse_writer_free(reuse_db_writer *w);

/* Forgets every all-pairs result: pairs, passages, aligned documents, clusters (--rebuild). */
int readout_store__reuse_forget(reuse_db_writer *w);
/* Adds the run's row; *id is its id. */
int readout_store__reuse_put_run(reuse_db_writer *w, const reuse_db_run *run, int64_t *id);
int readout_store__reuse_put_pairs(reuse_db_writer *w, int64_t run, const reuse_db_pair *v, size_t n);
int readout_store__reuse_put_passages(reuse_db_writer *w, const reuse_db_passage *v, size_t n);
/* Marks documents aligned, with their word counts. */
int readout_store__reuse_put_docs(reuse_db_writer *w, int64_t run, const int64_t *ids, const int64_t *words, size_t n);

/* Near-duplicate pairs: both shares at least min_share. Called with (source, target). */
typedef int (*reuse_db_pair_fn)(void *user, int64_t source, int64_t target);
int readout_store__reuse_near_pairs(reuse_db_writer *w, double min_share, reuse_db_pair_fn fn, void *user);

/* One event of a clustered document, borrowed for the callback. */
typedef struct reuse_db_event {
	int64_t id, doc_id, ord;
	const char *date, *date_partial, *place, *type;
} reuse_db_event;
typedef int (*reuse_db_event_fn)(void *user, const reuse_db_event *e);
/* The events of the documents in reuse_clusters, by cluster, then document, then order. */
int readout_store__reuse_clustered_events(reuse_db_writer *w, reuse_db_event_fn fn, void *user);

/* Replaces the document clusters (doc, cluster, size triples) and then the event clusters
 * (event, cluster pairs). */
int readout_store__reuse_put_clusters(reuse_db_writer *w, const int64_t *doc_cluster_size, size_t n);
int readout_store__reuse_put_event_clusters(reuse_db_writer *w, const int64_t *event_cluster, size_t n);

/* References: the id of the reference with this text's hash, or 0 (*id). */
int readout_store__reuse_find_reference(readout_store *st, const char *hash, int64_t *id);
/* Finds or adds the reference of this text's hash; *id its id. */
typedef struct reuse_db_reference {
	const char *name, *hash, *date, *level, *text, *added_at;
	int64_t words;
} reuse_db_reference;
int readout_store__reuse_put_reference(reuse_db_writer *w, const reuse_db_reference *r, int64_t *id);
/* The documents already aligned against reference id, sorted (malloc'd). */
int readout_store__reuse_reference_done(readout_store *st, int64_t reference, int64_t **out, size_t *n);
int readout_store__reuse_put_ref_docs(reuse_db_writer *w, const reuse_db_ref_doc *v, size_t n);
/* Reference passages: source = the reference id, target = the document. */
int readout_store__reuse_put_ref_passages(reuse_db_writer *w, const reuse_db_passage *v, size_t n);

/* Forgets what the reference was aligned with (--rebuild). */
int readout_store__reuse_forget_reference(reuse_db_writer *w, int64_t reference);

/* ---- reading results back (readout reuse --export, and reference reports) ---- */

typedef struct reuse_db_query {
	int what;                  /* enum readout_reuse_list */
	const char *doc;           /* only rows involving this document (ext_id), or NULL */
	const char *by;            /* READOUT_REUSE_AGGREGATES: place, province, level or month */
	const int64_t *references; /* reference ids, or NULL for all */
	size_t nreferences;
	size_t limit;              /* 0: all */
} reuse_db_query;

/* The rows of one list (readout/reuse.h), texts of passages sliced from the stored texts by
 * byte offsets. READOUT_ENOTFOUND when the store has no reuse tables. */
int readout_store__reuse_export(readout_cursor **out, readout_store *st, const reuse_db_query *q);

#endif
