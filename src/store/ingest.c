/* ingest.c — the ingest protocol over the store's public calls (readout/ingest.h): batches,
 * a savepoint per document, the limits that end a batch, counts and the callback. It holds no
 * SQL and knows no backend; every client stores a corpus through it. */
#include "readout/ingest.h"
#include "readout/error.h"
#include "util/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct readout_ingest {
	readout_store *st;
	readout_ingest_options opts;
	readout_ingest_counts counts;
	size_t batch_docs, batch_text; /* in the open batch */
	size_t batch_added, batch_duplicate;
	struct timespec batch_start;
	int open;                      /* a batch is open */
	char refused[512];             /* why the store refused the last document refused */
	int lost;                      /* a batch was lost: the store can take no more */
};

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double since(const struct timespec *t)
{
	struct timespec n;
	clock_gettime(CLOCK_MONOTONIC, &n);
	return (double)(n.tv_sec - t->tv_sec) + (double)(n.tv_nsec - t->tv_nsec) / 1e9;
}

int readout_ingest_new(readout_ingest **out, readout_store *st, const readout_ingest_options *opts)
{
	*out = NULL;
	readout_ingest *ing = calloc(1, sizeof *ing);
	if (!ing)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	readout_ingest_options defaults = READOUT_INGEST_OPTIONS_INIT;
	ing->opts = opts ? *opts : defaults;
	if (!ing->opts.batch_docs)
		ing->opts.batch_docs = defaults.batch_docs;
	if (!ing->opts.batch_text)
		ing->opts.batch_text = defaults.batch_text;
	if (!ing->opts.batch_memory)
		ing->opts.batch_memory = defaults.batch_memory;
	if (!(ing->opts.batch_seconds > 0))
		ing->opts.batch_seconds = defaults.batch_seconds;
	ing->st = st;
	*out = ing;
	return 0;
}

const readout_ingest_counts *readout_ingest_counts_of(const readout_ingest *ing)
{
	return &ing->counts;
}

static int report(readout_ingest *ing, const char *origin, const readout_record *rec, int rc, const char *message,
                  int added)
{
	if (!ing->opts.callback)
		return 0;
	readout_ingest_event e = {origin, rec, rc, message, added, &ing->counts};
	return ing->opts.callback(ing->opts.user, &e);
}

/* The open batch's documents are lost (its transaction failed): they were never stored. */
static void batch_lost(readout_ingest *ing)
{
	ing->counts.lost += ing->batch_added + ing->batch_duplicate;
	ing->counts.pending = 0;
	ing->batch_added = ing->batch_duplicate = 0;
	ing->open = 0;
	ing->lost = 1;
}

static int commit(readout_ingest *ing)
{
	if (!ing->open)
		return 0;
	double t0 = now();
	int rc = readout_store_commit(ing->st);
	ing->counts.store_seconds += now() - t0;
	ing->batch_docs = ing->batch_text = 0;
	if (rc) {
		batch_lost(ing);
		return rc;
	}
	/* only now are they stored: a failed commit (a full disk, a killed server) adds nothing */
	ing->open = 0;
	ing->counts.added += ing->batch_added;
	ing->counts.duplicate += ing->batch_duplicate;
	ing->counts.pending = 0;
	ing->batch_added = ing->batch_duplicate = 0;
	return 0;
}

/* The document under a savepoint in the open batch: 0 stored, 1 refused (rolled back alone,
 * *refused its code, the reason in the error slot), or a negative code when the batch is lost. */
static int store_one(readout_ingest *ing, const readout_store_doc *doc, int *added, int *refused)
{
	*added = 0;
	if (!ing->open) {
		int rc = readout_store_begin(ing->st);
		if (rc) {
			ing->lost = 1;
			return rc;
		}
		ing->open = 1;
		clock_gettime(CLOCK_MONOTONIC, &ing->batch_start);
	}
	ing->batch_docs++;
	ing->batch_text += doc->len;
	int rc = readout_store_savepoint(ing->st);
	if (!rc)
		rc = readout_store_add(ing->st, doc, added);
	if (rc) {
		*refused = rc;
		snprintf(ing->refused, sizeof ing->refused, "%s", readout_error_message()); /* before the rollback's */
		if ((rc = readout_store_rollback_savepoint(ing->st))) {
			batch_lost(ing);
			return rc;
		}
		return 1;
	}
	if ((rc = readout_store_release_savepoint(ing->st))) {
		ing->batch_added += *added, ing->batch_duplicate += !*added;
		batch_lost(ing);
		return rc;
	}
	ing->batch_added += *added, ing->batch_duplicate += !*added;
	ing->counts.pending = ing->batch_added + ing->batch_duplicate;
	return 0;
}

int readout_ingest_add(readout_ingest *ing, const readout_store_doc *doc)
{
	if (ing->lost)
		return readout_error__set(READOUT_EINVALID, "a batch of this ingest was lost: nothing more is stored");
	ing->counts.bytes += (double)doc->len;
	int added, refused = 0;
	double t0 = now();
	int rc = store_one(ing, doc, &added, &refused);
	ing->counts.store_seconds += now() - t0;
	if (rc < 0)
		return rc;
	if (rc == 1) {
		ing->counts.failed++;
		return report(ing, doc->origin, doc->record, refused, ing->refused, 0);
	}
	/* Bigger batches write each hot index page once for more documents (store.h); the text
	 * and memory caps bound what a batch holds, the time cap how long a slow stream (stdin)
	 * waits. */
	if (ing->batch_docs >= ing->opts.batch_docs || ing->batch_text >= ing->opts.batch_text ||
	    readout_store_batch_memory(ing->st) >= ing->opts.batch_memory ||
	    since(&ing->batch_start) >= ing->opts.batch_seconds) {
		if ((rc = commit(ing)))
			return rc;
	}
	return report(ing, doc->origin, doc->record, 0, NULL, added);
}

int readout_ingest_fail(readout_ingest *ing, const char *origin, int rc, const char *message, size_t bytes)
{
	ing->counts.failed++;
	ing->counts.bytes += (double)bytes;
	return report(ing, origin, NULL, rc, message, 0);
}

int readout_ingest_finish(readout_ingest *ing)
{
	return commit(ing);
}

static int sink(void *user, const readout_result *r)
{
	readout_ingest *ing = user;
	if (r->rc)
		return readout_ingest_fail(ing, r->doc->origin, r->rc,
		                           r->message && *r->message ? r->message : readout_error_name(r->rc), r->doc->len);
	readout_store_doc doc = {r->doc->id, r->doc->origin, r->doc->text, r->doc->len, r->record->hash, r->record,
	                         r->doc->meta, r->doc->meta_len};
	return readout_ingest_add(ing, &doc);
}

int readout_ingest_run(readout_ingest *ing, readout_source *src, const readout_lexicon *lex)
{
	return readout_pipeline_run(src, lex, &ing->opts.pipeline, sink, ing);
}

void readout_ingest_free(readout_ingest *ing)
{
	if (!ing)
		return;
	if (ing->open) {
		readout_store_rollback(ing->st);
		batch_lost(ing);
	}
	free(ing);
}
