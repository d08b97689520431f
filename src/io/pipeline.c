/* pipeline.c — ordered parallel extraction. The calling thread reads documents into a ring of
 * slots; workers extract them, each slot with its own extractor (so a record stays valid until
 * the sink has seen it); the calling thread hands finished slots to the sink in order.
 * Memory is bounded by the ring: 2 slots per worker. */
#include "readout/pipeline.h"
#include "readout/buf.h"
#include "util/error.h"

#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

enum slot_state { SLOT_FREE, SLOT_READY, SLOT_BUSY, SLOT_DONE };

typedef struct slot {
	int state;
	readout_extractor *ex;
	readout_buf text, id, origin, json;
	readout_doc doc;
	const readout_record *rec;
	int rc;
	char message[512];
} slot;

typedef struct pool {
	pthread_mutex_t mu;
	pthread_cond_t ready, done;
	slot *slots;
	size_t nslots;
	int stop;
} pool;

static int copy_doc(slot *sl, const readout_doc *d)
{
	readout_buf_clear(&sl->text);
	readout_buf_clear(&sl->id);
	readout_buf_clear(&sl->origin);
	readout_buf_clear(&sl->json);
	int rc;
	if ((d->text && (rc = readout_buf_append(&sl->text, d->text, d->len))) ||
	    (rc = readout_buf_puts(&sl->id, d->id ? d->id : "")) ||
	    (rc = readout_buf_puts(&sl->origin, d->origin ? d->origin : "")) ||
	    (d->json_line && (rc = readout_buf_append(&sl->json, d->json_line, d->json_len))))
		return rc;
	sl->doc = (readout_doc){sl->id.data, sl->origin.data, d->text ? sl->text.data : NULL, d->len,
	                        d->json_line ? sl->json.data : NULL, d->json_len};
	return 0;
}

static void run_slot(slot *sl)
{
	sl->rc = readout_extract(&sl->rec, sl->ex, sl->doc.text, sl->doc.len);
	if (sl->rc) {
		snprintf(sl->message, sizeof sl->message, "%s", readout_error_message());
		sl->rec = NULL;
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
		run_slot(sl);
		pthread_mutex_lock(&p->mu);
		sl->state = SLOT_DONE;
		pthread_cond_broadcast(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static int deliver(slot *sl, readout_sink sink, void *user)
{
	readout_result r = {&sl->doc, sl->rec, sl->rc, sl->rc ? sl->message : NULL};
	return sink(user, &r);
}

static int run_inline(readout_source *src, slot *sl, readout_sink sink, void *user)
{
	for (;;) {
		readout_doc d;
		int n = readout_source_next(src, &d);
		if (n == 0)
			return 0;
		if (n < 0) {
			readout_result r = {&d, NULL, n, readout_error_message()};
			int rc = sink(user, &r);
			if (rc)
				return rc;
			continue;
		}
		sl->doc = d;
		run_slot(sl);
		int rc = deliver(sl, sink, user);
		if (rc)
			return rc;
	}
}

int readout_pipeline_run(readout_source *src, const readout_lexicon *lex,
                         const readout_pipeline_options *opts, readout_sink sink, void *user)
{
	readout_pipeline_options def = READOUT_PIPELINE_OPTIONS_INIT;
	if (!opts)
		opts = &def;
	unsigned nthreads = opts->threads ? opts->threads : 1;
	size_t nslots = nthreads == 1 ? 1 : (size_t)nthreads * 2;
	pool p;
	memset(&p, 0, sizeof p);
	p.slots = calloc(nslots, sizeof *p.slots);
	if (!p.slots)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	p.nslots = nslots;
	int rc = 0;
	for (size_t i = 0; i < nslots && !rc; i++) {
		p.slots[i].text.limit = opts->extract.max_bytes + 1;
		rc = readout_extractor_new(&p.slots[i].ex, lex, &opts->extract);
	}
	if (rc)
		goto done;
	if (nthreads == 1) {
		rc = run_inline(src, &p.slots[0], sink, user);
		goto done;
	}
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.ready, NULL);
	pthread_cond_init(&p.done, NULL);
	pthread_t *th = calloc(nthreads, sizeof *th);
	if (!th) {
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
		goto done_threads;
	}
	unsigned started = 0;
	for (; started < nthreads; started++)
		if (pthread_create(&th[started], NULL, worker, &p) != 0)
			break;
	size_t head = 0, tail = 0, inflight = 0; /* fill at head, deliver at tail */
	int eof = 0;
	while (!rc && (!eof || inflight)) {
		/* fill free slots */
		while (!eof && inflight < nslots) {
			slot *sl = &p.slots[head];
			readout_doc d;
			int n = readout_source_next(src, &d);
			if (n == 0) {
				eof = 1;
				break;
			}
			pthread_mutex_lock(&p.mu);
			if (n < 0) {
				/* a bad input keeps its place in the order */
				sl->rc = n;
				sl->rec = NULL;
				snprintf(sl->message, sizeof sl->message, "%s", readout_error_message());
				d.text = NULL;
				copy_doc(sl, &d);
				sl->state = SLOT_DONE;
			} else {
				pthread_mutex_unlock(&p.mu);
				int crc = copy_doc(sl, &d);
				pthread_mutex_lock(&p.mu);
				if (crc) {
					sl->rc = crc;
					snprintf(sl->message, sizeof sl->message, "%s", readout_error_message());
					sl->state = SLOT_DONE;
				} else {
					sl->state = SLOT_READY;
					pthread_cond_broadcast(&p.ready);
				}
			}
			pthread_mutex_unlock(&p.mu);
			head = (head + 1) % nslots;
			inflight++;
		}
		if (!inflight)
			break;
		slot *sl = &p.slots[tail];
		pthread_mutex_lock(&p.mu);
		while (sl->state != SLOT_DONE)
			pthread_cond_wait(&p.done, &p.mu);
		pthread_mutex_unlock(&p.mu);
		rc = deliver(sl, sink, user);
		pthread_mutex_lock(&p.mu);
		sl->state = SLOT_FREE;
		pthread_mutex_unlock(&p.mu);
		tail = (tail + 1) % nslots;
		inflight--;
	}
	/* let workers finish what they hold, then stop them */
	pthread_mutex_lock(&p.mu);
	for (size_t i = 0; i < nslots; i++)
		while (p.slots[i].state == SLOT_BUSY)
			pthread_cond_wait(&p.done, &p.mu);
	p.stop = 1;
	pthread_cond_broadcast(&p.ready);
	pthread_mutex_unlock(&p.mu);
	for (unsigned i = 0; i < started; i++)
		pthread_join(th[i], NULL);
	free(th);
done_threads:
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.ready);
	pthread_cond_destroy(&p.done);
done:
	for (size_t i = 0; i < nslots; i++) {
		readout_extractor_free(p.slots[i].ex);
		readout_buf_dispose(&p.slots[i].text);
		readout_buf_dispose(&p.slots[i].id);
		readout_buf_dispose(&p.slots[i].origin);
		readout_buf_dispose(&p.slots[i].json);
	}
	free(p.slots);
	return rc;
}
