/* readout/reuse.h — text reuse: which passages stored readouts repeat from each other, and
 * from reference texts (a communiqué, a speech). Word n-grams find candidate pairs, a local
 * alignment over words that tolerates substituted, dropped and inserted words finds the
 * passages, n-grams in too many documents count as boilerplate. Results are kept in the store
 * (docs/schema.md, "Text reuse"); the two heavy stages also run as JSON Lines filters for
 * Hadoop Streaming or Spark (readout_reuse_stream). */
#ifndef READOUT_REUSE_H
#define READOUT_REUSE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "readout/query.h"
#include "readout/store.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Progress of a long run: stage is "reading", "indexing", "aligning" or "writing"; done out of
 * total (total 0 when unknown). Called on the calling thread. */
typedef void (*readout_reuse_progress)(void *user, const char *stage, size_t done, size_t total);

typedef struct readout_reuse_options {
	unsigned version;
	unsigned ngram;          /* content words (stop words left out) per n-gram */
	unsigned max_df;         /* an n-gram in more documents than this is boilerplate */
	unsigned min_shared;     /* n-grams two documents must share to be aligned */
	unsigned min_matches;    /* content words a passage must match outside boilerplate */
	double near_duplicate;   /* a pair covering at least this share of both documents is one story */
	unsigned threads;        /* worker threads; 0 or 1 = the calling thread */
	int rebuild;             /* forget stored all-pairs results and align everything again */
	readout_reuse_progress progress; /* or NULL */
	void *progress_user;
} readout_reuse_options;

#define READOUT_REUSE_OPTIONS_VERSION 1
#define READOUT_REUSE_OPTIONS_INIT {READOUT_REUSE_OPTIONS_VERSION, 4, 100, 2, 9, 0.8, 1, 0, NULL, NULL}

/* What a run did. Times are wall-clock seconds per stage. */
typedef struct readout_reuse_summary {
	size_t documents;        /* stored documents with a text */
	size_t new_documents;    /* aligned for the first time by this run */
	size_t without_text;     /* stored without a text: left out */
	size_t ngrams;           /* distinct n-grams */
	size_t boilerplate;      /* of those, in more than max_df documents */
	size_t candidate_pairs;  /* pairs aligned */
	size_t pairs;            /* pairs found to share passages */
	size_t passages;
	size_t clusters, clustered_documents, clustered_events; /* near duplicates, all stored */
	double read_seconds, index_seconds, align_seconds, write_seconds;
} readout_reuse_summary;

/* All pairs: aligns every stored document not aligned yet against every stored document,
 * stores the pairs that share passages, and recomputes the near-duplicate clusters of
 * documents and events. A store whose results were made with other settings (ngram, max_df,
 * min_shared, min_matches) is refused (READOUT_EINVALID) unless opts->rebuild. opts may be NULL.
 * Returns 0 or an error code; *out is filled either way. */
int readout_reuse_run(readout_reuse_summary *out, readout_store *st, const readout_reuse_options *opts);

/* A reference text to measure copying from. */
typedef struct readout_reuse_reference {
	const char *name;        /* shown in reports: a file name or an id */
	const char *text;
	size_t len;
	const char *date;        /* YYYY-MM-DD or NULL: documents dated before it define boilerplate */
	const char *level;       /* central, provincial, ... or NULL */
} readout_reuse_reference;

/* Aligns each reference against the stored documents it has not been aligned against yet and
 * stores, per document, the share of its words taken from it and the passages. An n-gram is
 * boilerplate when more than max_df documents dated before the reference hold it (all
 * documents when the reference has no date): copies made after it do not count. A reference
 * is known by its text's hash: given again, it is aligned only against documents stored
 * since. Results of other settings are refused unless opts->rebuild, which aligns these
 * references against every document again. ids[n] receives the references' ids in the
 * store. In *out, documents counts the documents aligned, pairs those that took passages. */
int readout_reuse_references(readout_reuse_summary *out, int64_t *ids, readout_store *st,
                             const readout_reuse_reference *refs, size_t n, const readout_reuse_options *opts);

/* Stored results, each a table (readout/query.h: readout_cursor_free). */
enum readout_reuse_list {
	READOUT_REUSE_PASSAGES = 1, /* one row per passage, with both spans' text */
	READOUT_REUSE_PAIRS,        /* one row per pair of documents */
	READOUT_REUSE_CLUSTERS,     /* one row per clustered document */
	READOUT_REUSE_EVENTS,       /* one row per event of a clustered document */
	READOUT_REUSE_REFERENCES,   /* one row per reference, with totals */
	READOUT_REUSE_SHARES,       /* one row per document that took from a reference */
	READOUT_REUSE_REFERENCE_PASSAGES,
	READOUT_REUSE_AGGREGATES    /* shares by place, province, level or month (query.by) */
};

typedef struct readout_reuse_query {
	const char *doc;          /* rows involving this document (its ext_id), or NULL */
	const char *by;           /* AGGREGATES: place, province, level or month */
	const int64_t *references;/* reference ids, or NULL for every reference */
	size_t nreferences;
	size_t limit;             /* 0: every row */
} readout_reuse_query;

/* A list of stored results; q may be NULL. READOUT_ENOTFOUND when the store has no reuse
 * tables (a database made by an older readout, opened read-only). */
int readout_reuse_list(readout_cursor **out, readout_store *st, int what, const readout_reuse_query *q);

/* ---- the stages as JSON Lines filters (Hadoop Streaming, Spark pipe; README "Reuse") ----
 * NGRAMS (map): documents ({"id", "text"} and optionally "published", "date", "level", or
 *   `readout extract --with-text` records) -> one line per distinct n-gram of each document,
 *   keyed by the n-gram.
 * PAIRS (reduce, input sorted): per n-gram, the pairs of documents sharing it, keyed by the
 *   pair, or one boilerplate line when more than max_df documents hold it.
 * CANDIDATES (reduce, input sorted): per pair, its shared n-grams' positions when there are at
 *   least min_shared; boilerplate lines pass through.
 * ROUTE (map): documents and candidate lines -> each document once per candidate pair it is in
 *   (side files: the candidate lines), candidates passed on, keyed by the pair.
 * ALIGN (reduce, input sorted): per pair, the passages, as `readout reuse --export passages`
 *   writes them (side files: the boilerplate lines).
 * Every output line is a JSON object whose first member is its key, so a byte-wise sort of the
 * lines (LC_ALL=C sort) is a valid shuffle. */
enum readout_reuse_stage {
	READOUT_REUSE_STAGE_NGRAMS = 1,
	READOUT_REUSE_STAGE_PAIRS,
	READOUT_REUSE_STAGE_CANDIDATES,
	READOUT_REUSE_STAGE_ROUTE,
	READOUT_REUSE_STAGE_ALIGN
};

/* A line that cannot be used: where ("stdin:12") and why. */
typedef void (*readout_reuse_bad_line)(void *user, const char *where, const char *why);

typedef struct readout_reuse_stream_options {
	unsigned version;
	readout_reuse_options reuse; /* ngram, max_df, min_shared, min_matches */
	const char *const *side_files; /* ROUTE: candidate files; ALIGN: boilerplate files */
	size_t nside_files;
	size_t max_line;          /* longest line accepted, bytes */
	readout_reuse_bad_line bad_line; /* or NULL */
	void *bad_line_user;
} readout_reuse_stream_options;

#define READOUT_REUSE_STREAM_OPTIONS_VERSION 1
#define READOUT_REUSE_STREAM_OPTIONS_INIT \
	{READOUT_REUSE_STREAM_OPTIONS_VERSION, READOUT_REUSE_OPTIONS_INIT, NULL, 0, 64u << 20, NULL, NULL}

typedef struct readout_reuse_stream_report {
	size_t lines_in, lines_out, bad_lines;
} readout_reuse_stream_report;

/* Runs one stage from in (named in_name in messages) to out. Bad lines are reported through
 * opts->bad_line and skipped; 0 when the stage ran (bad lines or not), or an error (a side
 * file that cannot be read, a write that fails, READOUT_ENOMEM). */
int readout_reuse_stream(readout_reuse_stream_report *report, int stage, FILE *in, const char *in_name, FILE *out,
                         const readout_reuse_stream_options *opts);

#ifdef __cplusplus
}
#endif
#endif
