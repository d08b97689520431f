/* readout/ingest.h — storing a corpus: the protocol every client of the store follows (the CLI,
 * the benchmarks, a server). Documents go into batches, each batch one transaction and each
 * document a savepoint inside it, so a bad document costs only itself and a crash costs at most
 * the batch in flight. A batch ends at a number of documents, an amount of text, the memory its
 * pending rows take, or a time, whichever comes first. */
#ifndef READOUT_INGEST_H
#define READOUT_INGEST_H

#include <stddef.h>

#include "readout/pipeline.h"
#include "readout/store.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What an ingest has done so far. */
typedef struct readout_ingest_counts {
	size_t added, duplicate; /* committed: new documents, and documents already stored */
	size_t pending;          /* stored in the open batch, not committed yet */
	size_t failed;           /* documents that could not be read, extracted or stored */
	size_t lost;             /* stored in a batch whose commit (or rollback) failed: not stored */
	double bytes;            /* text bytes of every document seen, failed ones included */
	double store_seconds;    /* wall time inside the store's calls (adding, committing) */
} readout_ingest_counts;

/* One document done, for the callback. Everything is borrowed for the call. */
typedef struct readout_ingest_event {
	const char *origin;                  /* where the document came from ("file.jsonl:12") */
	const readout_record *record;        /* its extraction, NULL when it failed before one */
	int rc;                              /* 0: stored or already stored; else why it failed */
	const char *message;                 /* rc != 0: the reason, one line */
	int added;                           /* rc == 0: 1 new, 0 already stored */
	const readout_ingest_counts *counts; /* after this document */
} readout_ingest_event;

/* Called on the calling thread after every document, in input order: progress, and the
 * failures and warnings a front end reports. A non-zero return cancels the ingest: no further
 * document is read, and the call that was running returns that value. */
typedef int (*readout_ingest_callback)(void *user, const readout_ingest_event *event);

typedef struct readout_ingest_options {
	unsigned version;
	size_t batch_docs;       /* documents per batch (`readout ingest --batch`) */
	size_t batch_text;       /* text bytes per batch */
	size_t batch_memory;     /* pending rows' memory (readout_store_batch_memory) per batch */
	double batch_seconds;    /* a batch open this long commits at its next document (a slow stream) */
	readout_ingest_callback callback; /* may be NULL */
	void *user;
	readout_pipeline_options pipeline; /* extraction, for readout_ingest_run */
} readout_ingest_options;

#define READOUT_INGEST_OPTIONS_VERSION 1
#define READOUT_INGEST_OPTIONS_INIT                                                                \
	{READOUT_INGEST_OPTIONS_VERSION, READOUT_BATCH_DOCS, READOUT_BATCH_TEXT, READOUT_BATCH_MEMORY, 5.0, NULL, NULL, \
	 READOUT_PIPELINE_OPTIONS_INIT}

typedef struct readout_ingest readout_ingest;

/* An ingest into st (borrowed; no batch open), with opts (copied; NULL for the defaults; a
 * zero limit takes its default). Returns 0 with *out (readout_ingest_free), READOUT_EINVALID
 * for a read-only store or an open batch, or READOUT_ENOMEM. */
int readout_ingest_new(readout_ingest **out, readout_store *st, const readout_ingest_options *opts);

/* Extracts every document of src with lex (borrowed) and adds each (readout_ingest_add);
 * documents that cannot be read or extracted are counted and reported as failed. Returns 0,
 * the callback's non-zero value (cancelled), READOUT_ENOMEM, or the store's error when a batch
 * is lost (then nothing more can be stored: free the ingest). Commits nothing it has not
 * reached a limit for: readout_ingest_finish commits the rest. */
int readout_ingest_run(readout_ingest *ing, readout_source *src, const readout_lexicon *lex);

/* Adds one extracted document in the open batch (opening one), under a savepoint, and commits
 * the batch at a limit. A document the store refuses is rolled back alone, counted as failed
 * and reported: it returns 0. Returns the callback's non-zero value, or the store's error
 * when the batch is lost (its documents count as lost). */
int readout_ingest_add(readout_ingest *ing, const readout_store_doc *doc);

/* A document that never reached the store (unreadable, not extracted): counted as failed,
 * bytes of text seen, and reported. Returns 0 or the callback's non-zero value. */
int readout_ingest_fail(readout_ingest *ing, const char *origin, int rc, const char *message, size_t bytes);

/* Commits the open batch, if any. 0, or the store's error (the batch is lost). */
int readout_ingest_finish(readout_ingest *ing);

/* The counts so far; borrowed from ing. */
const readout_ingest_counts *readout_ingest_counts_of(const readout_ingest *ing);

/* Frees ing; a batch still open is rolled back and its documents count as lost. The store
 * stays open. Accepts NULL. */
void readout_ingest_free(readout_ingest *ing);

#ifdef __cplusplus
}
#endif
#endif
