/* readout/ingest.h — storing a stream of documents: the protocol `readout ingest` follows, for
 * any client (the CLI, the benchmarks, a server). Documents go into batches, one transaction
 * each, every document under its own savepoint: a document the store refuses costs only
 * itself, a crash at most the batch in flight. A batch commits when it reaches its documents,
 * its text, the memory its pending rows hold, or its age, whichever comes first. Figures are
 * true: a document counts as added only once its batch has committed. */
#ifndef READOUT_INGEST_H
#define READOUT_INGEST_H

#include "readout/pipeline.h"
#include "readout/store.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct readout_ingest_stats {
	size_t added;             /* new documents, committed */
	size_t duplicate;         /* already stored (same content hash), committed */
	size_t failed;            /* inputs that could not be read, extracted or stored */
	size_t lost;              /* stored in a batch whose commit failed: not stored after all */
	size_t pending;           /* in the open batch, not committed yet */
	uint64_t bytes;           /* text of the inputs seen */
	double store_seconds;     /* wall time inside the store's calls */
	double store_cpu_seconds; /* CPU time of the calling thread inside them */
} readout_ingest_stats;

typedef struct readout_ingest_options {
	unsigned version;
	size_t batch_docs;        /* documents per batch; 0: READOUT_BATCH_DOCS */
	size_t batch_text;        /* text per batch in bytes; 0: READOUT_BATCH_TEXT */
	size_t batch_memory;      /* pending rows per batch in bytes; 0: READOUT_BATCH_MEMORY */
	double batch_seconds;     /* age of a batch; 0: 5 s, so a slow stream (stdin) still commits;
	                           * time the thread waited for a CPU does not count (Linux) */
	/* Each input that could not be read, extracted or stored: where it came from and why.
	 * Both strings are borrowed for the call. NULL: counted only. */
	void (*on_failure)(void *user, const char *origin, const char *message);
	/* Each extracted document about to be stored (readout_ingest_run), e.g. to show its
	 * record's warnings. Borrowed for the call. */
	void (*on_record)(void *user, const readout_store_doc *doc);
	/* After each input, with the figures so far. NULL: none. */
	void (*on_progress)(void *user, const readout_ingest_stats *stats);
	/* Asked after each input: non-zero stops the run; what was stored so far is committed. */
	int (*cancelled)(void *user);
	void *user;
} readout_ingest_options;

#define READOUT_INGEST_OPTIONS_VERSION 1
#define READOUT_INGEST_OPTIONS_INIT {READOUT_INGEST_OPTIONS_VERSION, 0, 0, 0, 0, NULL, NULL, NULL, NULL, NULL}

/* A run in progress over an open, writable store (not owned). */
typedef struct readout_ingest readout_ingest;

/* Starts a run. opts may be NULL (the defaults). Returns 0, READOUT_EINVALID for an unknown
 * options version, or READOUT_ENOMEM. */
int readout_ingest_begin(readout_ingest **out, readout_store *st, const readout_ingest_options *opts);

/* Stores one document in the open batch, opening one if needed, and commits the batch when it
 * is full. A document the store refuses is counted as failed and reported to on_failure;
 * that is not an error of the run. Returns 0, or the store's code when the store itself
 * failed (a failed commit or transaction): the open batch is then counted as lost and the run
 * can only end. */
int readout_ingest_add(readout_ingest *g, const readout_store_doc *doc);

/* An input that never reached the store (unreadable, not extracted): counted as failed and
 * reported to on_failure. bytes: its size, for the figures. */
void readout_ingest_refuse(readout_ingest *g, const char *origin, const char *message, size_t bytes);

/* The figures so far. */
void readout_ingest_stats_get(const readout_ingest *g, readout_ingest_stats *out);

/* Ends the run: commits the open batch (unless the run already failed) and frees g. The final
 * figures go to *stats (may be NULL). Returns 0, or the code of a commit that failed (its
 * batch is then counted as lost). */
int readout_ingest_end(readout_ingest *g, readout_ingest_stats *stats);

/* The whole of `readout ingest`: reads every document of src, extracts it on popts's threads
 * (NULL: one) and stores it with the protocol above. Returns 0 when the run went through (some
 * inputs may have failed: see stats->failed), READOUT_ECANCELLED when cancelled (what was
 * read before is stored), or the store's code when the store failed; *stats has the figures
 * in every case. */
int readout_ingest_run(readout_store *st, readout_source *src, const readout_lexicon *lex,
                       const readout_pipeline_options *popts, const readout_ingest_options *opts,
                       readout_ingest_stats *stats);

#ifdef __cplusplus
}
#endif
#endif
