/* pipeline.c — ordered parallel extraction. The calling thread reads documents into a ring of
 * slots, each a batch of up to BATCH_DOCS documents (or BATCH_BYTES); workers extract whole
 * batches, each document with its own extractor so its record stays valid until the sink has
 * seen it; the calling thread hands results to the sink in input order. Batches make thread
 * handoffs rare: one wakeup per document cost more than the extraction on small readouts.
 * Memory is bounded by the ring: one batch per worker and one more being read or delivered. */
#include "readout/pipeline.h"
#include "readout/buf.h"
#include "util/error.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BATCH_DOCS = 16, BATCH_BYTES = 1 << 20 };
enum slot_state { SLOT_FREE, SLOT_READY, SLOT_BUSY, SLOT_DONE };

typedef struct entry {
	readout_extractor *ex;
	readout_buf text, id, origin, json, meta;
	readout_doc doc;
	const readout_record *rec;
	int rc;
	int read_error;     /* the source refused this input: no extraction */
	char message[512];
} entry;

typedef struct slot {
	int state;
	entry e[BATCH_DOCS];
	size_t n;
} slot;

typedef struct pool {
	pthread_mutex_t mu;
	pthread_cond_t ready, done;
	slot *slots;
	size_t nslots;
	int stop;
	const readout_lexicon *lex;
	const readout_extract_options *xopts;
} pool;

static int copy_doc(entry *e, const readout_doc *d)
{
	readout_buf_clear(&e->text);
	readout_buf_clear(&e->id);
	readout_buf_clear(&e->origin);
	readout_buf_clear(&e->json);
	readout_buf_clear(&e->meta);
	int rc;
	if ((d->text && (rc = readout_buf_append(&e->text, d->text, d->len))) ||
	    (rc = readout_buf_puts(&e->id, d->id ? d->id : "")) ||
	    (rc = readout_buf_puts(&e->origin, d->origin ? d->origin : "")) ||
	    (d->json_line && (rc = readout_buf_append(&e->json, d->json_line, d->json_len))) ||
	    (d->meta && (rc = readout_buf_append(&e->meta, d->meta, d->meta_len))))
		return rc;
	e->doc = (readout_doc){e->id.data, e->origin.data, d->text ? e->text.data : NULL, d->len,
	                       d->json_line ? e->json.data : NULL, d->json_len,
	                       d->meta ? e->meta.data : NULL, d->meta_len};
	return 0;
}

static void run_entry(entry *e, const readout_lexicon *lex, const readout_extract_options *xopts)
{
	if (e->read_error)
		return;
	if (!e->ex && (e->rc = readout_extractor_new(&e->ex, lex, xopts)) != 0) {
		snprintf(e->message, sizeof e->message, "%s", readout_error_message());
		return;
	}
	e->rc = readout_extract(&e->rec, e->ex, e->doc.text, e->doc.len);
	if (e->rc) {
		snprintf(e->message, sizeof e->message, "%s", readout_error_message());
		e->rec = NULL;
	}
}

/* Any ready slot will do: delivery order is kept by the reader, not by the workers. */
static slot *take_ready(pool *p)
{
	for (size_t i = 0; i < p->nslots; i++)
		if (p->slots[i].state == SLOT_READY)
			return &p->slots[i];
	return NULL;
}

static void *worker(void *arg)
{
	pool *p = arg;
	pthread_mutex_lock(&p->mu);
	for (;;) {
		slot *sl = NULL;
		while (!p->stop && !(sl = take_ready(p)))
			pthread_cond_wait(&p->ready, &p->mu);
		if (p->stop)
			break;
		sl->state = SLOT_BUSY;
		pthread_mutex_unlock(&p->mu);
		for (size_t i = 0; i < sl->n; i++)
			run_entry(&sl->e[i], p->lex, p->xopts);
		pthread_mutex_lock(&p->mu);
		sl->state = SLOT_DONE;
		pthread_cond_broadcast(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static int deliver(const entry *e, readout_sink sink, void *user)
{
	readout_result r = {&e->doc, e->rec, e->rc, e->rc ? e->message : NULL};
	return sink(user, &r);
}

/* Fills a batch from the source; returns the number of entries, 0 at the end. */
static size_t fill(slot *sl, readout_source *src, int *eof)
{
	size_t bytes = 0;
	sl->n = 0;
	while (sl->n < BATCH_DOCS && bytes < BATCH_BYTES) {
		readout_doc d;
		int n = readout_source_next(src, &d);
		if (n == 0) {
			*eof = 1;
			break;
		}
		entry *e = &sl->e[sl->n++];
		e->rec = NULL;
		e->rc = 0;
		e->read_error = 0;
		if (n < 0) {
			/* a bad input keeps its place in the order */
			e->rc = n;
			e->read_error = 1;
			snprintf(e->message, sizeof e->message, "%s", readout_error_message());
			d.text = NULL;
		}
		int crc = copy_doc(e, &d);
		if (crc && !e->rc) {
			e->rc = crc;
			e->read_error = 1;
			snprintf(e->message, sizeof e->message, "%s", readout_error_message());
		}
		bytes += d.len;
	}
	return sl->n;
}

static int run_inline(readout_source *src, const readout_lexicon *lex, const readout_extract_options *xopts,
                      readout_sink sink, void *user)
{
	readout_extractor *ex;
	int rc = readout_extractor_new(&ex, lex, xopts);
	if (rc)
		return rc;
	for (;;) {
		readout_doc d;
		int n = readout_source_next(src, &d);
		if (n == 0)
			break;
		readout_result r = {&d, NULL, n, NULL};
		if (n < 0) {
			r.message = readout_error_message();
		} else {
			r.rc = readout_extract(&r.record, ex, d.text, d.len);
			if (r.rc)
				r.message = readout_error_message();
		}
		if ((rc = sink(user, &r)))
			break;
	}
	readout_extractor_free(ex);
	return rc;
}

static void free_slots(pool *p)
{
	for (size_t i = 0; i < p->nslots; i++)
		for (size_t k = 0; k < BATCH_DOCS; k++) {
			entry *e = &p->slots[i].e[k];
			readout_extractor_free(e->ex);
			readout_buf_dispose(&e->text);
			readout_buf_dispose(&e->id);
			readout_buf_dispose(&e->origin);
			readout_buf_dispose(&e->json);
			readout_buf_dispose(&e->meta);
		}
	free(p->slots);
}

int readout_pipeline_run(readout_source *src, const readout_lexicon *lex,
                         const readout_pipeline_options *opts, readout_sink sink, void *user)
{
	readout_pipeline_options def = READOUT_PIPELINE_OPTIONS_INIT;
	if (!opts)
		opts = &def;
	unsigned nthreads = opts->threads ? opts->threads : 1;
	if (nthreads == 1)
		return run_inline(src, lex, &opts->extract, sink, user);
	pool p;
	memset(&p, 0, sizeof p);
	p.nslots = (size_t)nthreads + 1;
	p.slots = calloc(p.nslots, sizeof *p.slots);
	p.lex = lex;
	p.xopts = &opts->extract;
	if (!p.slots)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	for (size_t i = 0; i < p.nslots; i++)
		for (size_t k = 0; k < BATCH_DOCS; k++)
			p.slots[i].e[k].text.limit = opts->extract.max_bytes + 1;
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.ready, NULL);
	pthread_cond_init(&p.done, NULL);
	int rc = 0;
	pthread_t *th = calloc(nthreads, sizeof *th);
	unsigned started = 0;
	if (!th)
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
	for (; th && started < nthreads; started++)
		if (pthread_create(&th[started], NULL, worker, &p) != 0)
			break;
	/* with no worker, nothing would ever take a batch: the reader would wait forever */
	if (th && started == 0)
		rc = readout_error__set(READOUT_ENOMEM, "cannot start a worker thread");
	size_t head = 0, tail = 0, inflight = 0; /* fill at head, deliver at tail */
	int eof = 0;
	while (!rc && (!eof || inflight)) {
		while (!eof && inflight < p.nslots) {
			slot *sl = &p.slots[head];
			if (!fill(sl, src, &eof))
				break;
			pthread_mutex_lock(&p.mu);
			sl->state = SLOT_READY;
			pthread_cond_broadcast(&p.ready);
			pthread_mutex_unlock(&p.mu);
			head = (head + 1) % p.nslots;
			inflight++;
		}
		if (!inflight)
			break;
		slot *sl = &p.slots[tail];
		pthread_mutex_lock(&p.mu);
		while (sl->state != SLOT_DONE)
			pthread_cond_wait(&p.done, &p.mu);
		pthread_mutex_unlock(&p.mu);
		for (size_t i = 0; i < sl->n && !rc; i++)
			rc = deliver(&sl->e[i], sink, user);
		/* only this thread fills FREE slots, but workers read every slot's state looking for
		 * READY ones: the state changes under the mutex (ThreadSanitizer found the race) */
		pthread_mutex_lock(&p.mu);
		sl->state = SLOT_FREE;
		pthread_mutex_unlock(&p.mu);
		tail = (tail + 1) % p.nslots;
		inflight--;
	}
	/* let workers finish what they hold, then stop them */
	pthread_mutex_lock(&p.mu);
	for (size_t i = 0; i < p.nslots; i++)
		while (p.slots[i].state == SLOT_BUSY || p.slots[i].state == SLOT_READY) {
			if (p.slots[i].state == SLOT_READY)
				p.slots[i].state = SLOT_FREE; /* not started: drop it */
			else
				pthread_cond_wait(&p.done, &p.mu);
		}
	p.stop = 1;
	pthread_cond_broadcast(&p.ready);
	pthread_mutex_unlock(&p.mu);
	for (unsigned i = 0; i < started; i++)
		pthread_join(th[i], NULL);
	free(th);
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.ready);
	pthread_cond_destroy(&p.done);
	free_slots(&p);
	return rc;
}
