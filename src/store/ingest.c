/* ingest.c — the protocol of storing a stream of documents (readout/ingest.h): batches of
 * documents per transaction, a savepoint per document, commits when a batch reaches a cap,
 * and figures that count a document only once its batch is committed. One home for it: the
 * CLI, the benchmarks and any other client call this. */
#include "readout/ingest.h"

#include "util/error.h"
#include "util/sched_wait.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { BATCH_SECONDS = 5 };

struct readout_ingest {
	readout_store *st;
	readout_ingest_options o;
	readout_ingest_stats s;
	size_t in_batch;                  /* documents in the open batch */
	size_t batch_bytes;               /* their text */
	size_t batch_added, batch_duplicate;
	struct timespec batch_start;
	double batch_wait0;               /* the thread's run-queue wait when it began */
	double batch_waited;              /* its wait since, as last read (batch_old) */
	int fatal;                        /* the store failed: the run can only end */
	bool bulk_asked;                  /* whether the indexes may be deferred was asked */
	bool deferred;                    /* this run deferred the query-only indexes */
};

static double wall_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double cpu_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The time spent in the store, measured around each stretch of store calls. */
typedef struct stopwatch {
	double wall, cpu;
} stopwatch;

static stopwatch watch_start(void)
{
	return (stopwatch){wall_now(), cpu_now()};
}

static void watch_stop(readout_ingest *g, stopwatch w)
{
	g->s.store_seconds += wall_now() - w.wall;
	g->s.store_cpu_seconds += cpu_now() - w.cpu;
}

int readout_ingest_begin(readout_ingest **out, readout_store *st, const readout_ingest_options *opts)
{
	*out = NULL;
	readout_ingest_options o = READOUT_INGEST_OPTIONS_INIT;
	if (opts) {
		if (opts->version != READOUT_INGEST_OPTIONS_VERSION)
			return readout_error__set(READOUT_EINVALID, "ingest options: version %u, expected %u", opts->version,
			                          (unsigned)READOUT_INGEST_OPTIONS_VERSION);
		o = *opts;
	}
	if (!o.batch_docs)
		o.batch_docs = READOUT_BATCH_DOCS;
	if (!o.batch_text)
		o.batch_text = READOUT_BATCH_TEXT;
	if (!o.batch_memory)
		o.batch_memory = READOUT_BATCH_MEMORY;
	if (!(o.batch_seconds > 0))
		o.batch_seconds = BATCH_SECONDS;
	readout_ingest *g = calloc(1, sizeof *g);
	if (!g)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	g->st = st;
	g->o = o;
	*out = g;
	return 0;
}

static void report(readout_ingest *g, const char *origin, const char *message)
{
	if (g->o.on_failure)
		g->o.on_failure(g->o.user, origin ? origin : "", message && *message ? message : "failed");
}

/* The open batch's documents never reached the database (its transaction failed). */
static void batch_lost(readout_ingest *g)
{
	g->s.lost += g->batch_added + g->batch_duplicate;
	g->batch_added = g->batch_duplicate = 0;
	g->in_batch = g->batch_bytes = 0;
	g->fatal = 1;
}

static int commit_batch(readout_ingest *g)
{
	if (!g->in_batch)
		return 0;
	stopwatch w = watch_start();
	int rc = readout_store_commit(g->st);
	watch_stop(g, w);
	if (rc) {
		batch_lost(g);
		return rc;
	}
	/* only now are they stored: a failed commit (a full disk, a killed server) adds nothing */
	g->s.added += g->batch_added;
	g->s.duplicate += g->batch_duplicate;
	g->batch_added = g->batch_duplicate = 0;
	g->in_batch = g->batch_bytes = 0;
	return 0;
}

/* Whether the batch is old: the time since it began, less the time this thread waited for a
 * CPU, reached the limit. The age is for an input that slows down, not for a busy machine,
 * where it cut bulk loads into smaller batches (each commit writes out most index pages and
 * looks up the batch's names again). The wait is read only once the age without it reaches
 * the limit, and again only once the age less the wait known so far does, so a quiet run
 * never reads it. */
static bool batch_old(readout_ingest *g)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	double age = (double)(now.tv_sec - g->batch_start.tv_sec) + (double)(now.tv_nsec - g->batch_start.tv_nsec) / 1e9;
	if (age - g->batch_waited < g->o.batch_seconds)
		return false;
	double wait;
	if (sched_wait_seconds(&wait) && wait > g->batch_wait0)
		g->batch_waited = wait - g->batch_wait0;
	return age - g->batch_waited >= g->o.batch_seconds;
}

/* A bulk load (readout_store_defer_indexes): asked once, after the first batch that reached a
 * cap, whether the database is small enough to go without its query-only indexes until the
 * run ends. A batch cut by its age with few documents means the input now comes slower than
 * the store takes it (a feed, not a load): the indexes are made again then, not at the end. */
static int bulk_step(readout_ingest *g, bool full, size_t docs)
{
	stopwatch w = watch_start();
	int rc = 0;
	if (full && !g->bulk_asked) {
		g->bulk_asked = true;
		/* only a speed-up: a failure (another writer holds the lock) changed nothing, and the
		 * run goes on with its indexes */
		if (readout_store_defer_indexes(g->st, g->s.added, &g->deferred))
			g->deferred = false;
	} else if (!full && g->deferred && docs < g->o.batch_docs / 10) {
		g->deferred = false;
		rc = readout_store_restore_indexes(g->st);
	}
	watch_stop(g, w);
	if (rc)
		g->fatal = 1;
	return rc;
}

int readout_ingest_add(readout_ingest *g, const readout_store_doc *doc)
{
	if (g->fatal)
		return readout_error__set(READOUT_EINVALID, "ingest: the store failed earlier in this run");
	g->s.bytes += doc->len;
	stopwatch w = watch_start();
	int rc = 0;
	if (!g->in_batch) {
		if ((rc = readout_store_begin(g->st))) {
			watch_stop(g, w);
			g->fatal = 1;
			return rc;
		}
		clock_gettime(CLOCK_MONOTONIC, &g->batch_start);
		sched_wait_seconds(&g->batch_wait0);
		g->batch_waited = 0;
	}
	g->in_batch++;
	g->batch_bytes += doc->len;
	int added = 0;
	rc = readout_store_savepoint(g->st);
	if (!rc)
		rc = readout_store_add(g->st, doc, &added);
	if (rc) {
		/* the store refused this document: only it is undone */
		report(g, doc->origin, readout_error_message());
		g->s.failed++;
		if ((rc = readout_store_rollback_savepoint(g->st))) {
			watch_stop(g, w);
			batch_lost(g);
			return rc;
		}
	} else {
		g->batch_added += (size_t)added;
		g->batch_duplicate += (size_t)!added;
		if ((rc = readout_store_release_savepoint(g->st))) {
			watch_stop(g, w);
			batch_lost(g);
			return rc;
		}
	}
	/* Bigger batches write each hot index page once for more documents (store.h); the text
	 * and memory caps bound what a batch holds, its age how long a slow stream waits. */
	bool full = g->in_batch >= g->o.batch_docs || g->batch_bytes >= g->o.batch_text ||
	            readout_store_batch_memory(g->st) >= g->o.batch_memory;
	bool old = !full && batch_old(g);
	size_t docs = g->in_batch;
	watch_stop(g, w);
	if (!full && !old)
		return 0;
	if ((rc = commit_batch(g)))
		return rc;
	return bulk_step(g, full, docs);
}

void readout_ingest_refuse(readout_ingest *g, const char *origin, const char *message, size_t bytes)
{
	g->s.bytes += bytes;
	g->s.failed++;
	report(g, origin, message);
}

void readout_ingest_stats_get(const readout_ingest *g, readout_ingest_stats *out)
{
	*out = g->s;
	out->pending = g->batch_added + g->batch_duplicate;
}

int readout_ingest_end(readout_ingest *g, readout_ingest_stats *stats)
{
	int rc = 0;
	if (!g->fatal)
		rc = commit_batch(g);
	/* the indexes are made again even when the last commit failed; its error is the one told */
	if (!g->fatal && g->deferred) {
		char why[512];
		snprintf(why, sizeof why, "%s", rc ? readout_error_message() : "");
		stopwatch w = watch_start();
		int made = readout_store_restore_indexes(g->st);
		watch_stop(g, w);
		if (rc)
			readout_error__set(rc, "%s", why);
		else
			rc = made;
	}
	if (g->fatal && g->in_batch)
		batch_lost(g); /* closing the store rolls the open transaction back */
	if (stats)
		readout_ingest_stats_get(g, stats);
	free(g);
	return rc;
}

/* ---- the whole run over a source ---- */

typedef struct run {
	readout_ingest *g;
	int cancelled;
} run;

static int run_sink(void *user, const readout_result *r)
{
	run *ru = user;
	readout_ingest *g = ru->g;
	if (r->rc) {
		readout_ingest_refuse(g, r->doc->origin, r->message && *r->message ? r->message : readout_error_name(r->rc),
		                      r->doc->len);
	} else {
		readout_store_doc doc = {r->doc->id, r->doc->origin, r->doc->text, r->doc->len, r->record->hash, r->record,
		                         r->doc->meta, r->doc->meta_len};
		if (g->o.on_record)
			g->o.on_record(g->o.user, &doc);
		int rc = readout_ingest_add(g, &doc);
		if (rc)
			return rc;
	}
	if (g->o.on_progress) {
		readout_ingest_stats s;
		readout_ingest_stats_get(g, &s);
		g->o.on_progress(g->o.user, &s);
	}
	if (g->o.cancelled && g->o.cancelled(g->o.user)) {
		ru->cancelled = 1;
		return READOUT_ECANCELLED;
	}
	return 0;
}

int readout_ingest_run(readout_store *st, readout_source *src, const readout_lexicon *lex,
                       const readout_pipeline_options *popts, const readout_ingest_options *opts,
                       readout_ingest_stats *stats)
{
	readout_ingest *g;
	int rc = readout_ingest_begin(&g, st, opts);
	if (rc) {
		if (stats)
			*stats = (readout_ingest_stats){0};
		return rc;
	}
	readout_pipeline_options one = READOUT_PIPELINE_OPTIONS_INIT;
	run ru = {g, 0};
	rc = readout_pipeline_run(src, lex, popts ? popts : &one, run_sink, &ru);
	char message[512] = "";
	if (rc && !ru.cancelled)
		snprintf(message, sizeof message, "%s", readout_error_message());
	int end = readout_ingest_end(g, stats);
	if (ru.cancelled)
		return end ? end : readout_error__set(READOUT_ECANCELLED, "ingest cancelled; what was read before is stored");
	if (rc)
		return readout_error__set(rc, "%s", message);
	return end;
}
