/* corpus.c — documents in memory for reuse, and the small decisions every stage shares: how
 * levels rank, which of two documents is the source, the n-gram hash (see corpus.h). */
#include "reuse/corpus.h"
#include "readout/query.h"
#include "util/error.h"
#include "util/grow.h"
#include "util/wordhash.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void reuse_corpus_dispose(reuse_corpus *c)
{
	free(c->docs);
	free(c->terms);
	free(c->marks);
	memset(c, 0, sizeof *c);
}

int reuse_level_rank(const char *level)
{
	int i = readout_level_find(level);
	return i >= 0 && i < LEVEL_UNKNOWN ? i : LEVEL_UNKNOWN;
}

static bool is_date(const char *s)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	return true;
}

void reuse_doc_set_date(reuse_doc *d, const char *published, const char *date)
{
	const char *v = is_date(published) ? published : is_date(date) ? date : "";
	snprintf(d->date, sizeof d->date, "%s", v);
}

int reuse_corpus_add(reuse_corpus *c, const reuse_doc *d, const uint32_t *terms, size_t nterms)
{
	if (!grow_array((void **)&c->docs, &c->cap, c->n + 1, sizeof *c->docs, 1024) ||
	    !grow_array((void **)&c->terms, &c->tcap, c->nterms + nterms, sizeof *c->terms, 1 << 16))
		return readout_error__set(READOUT_ENOMEM, "out of memory for the corpus (%zu documents)", c->n);
	reuse_doc *x = &c->docs[c->n++];
	*x = *d;
	x->first = c->nterms;
	x->nterms = (uint32_t)nterms;
	if (nterms)
		memcpy(c->terms + c->nterms, terms, nterms * sizeof *terms);
	c->nterms += nterms;
	return 0;
}

int reuse_corpus_alloc_marks(reuse_corpus *c)
{
	free(c->marks);
	c->marks = calloc(c->nterms / 64 + 1, sizeof *c->marks);
	return c->marks ? 0 : readout_error__set(READOUT_ENOMEM, "out of memory for boilerplate marks");
}

reuse_side reuse_corpus_side(const reuse_corpus *c, size_t i)
{
	const reuse_doc *d = &c->docs[i];
	return (reuse_side){c->terms + d->first, c->marks, d->first, d->nterms};
}

int reuse_source_of(const reuse_doc *a, const reuse_doc *b, const char **how)
{
	if (a->date[0] && b->date[0] && strcmp(a->date, b->date) != 0) {
		*how = "date";
		return strcmp(a->date, b->date) < 0 ? 0 : 1;
	}
	if (a->level != LEVEL_UNKNOWN && b->level != LEVEL_UNKNOWN && a->level != b->level) {
		*how = "level";
		return a->level < b->level ? 0 : 1;
	}
	*how = "none";
	return strcmp(a->hash, b->hash) <= 0 ? 0 : 1;
}

typedef struct job {
	void (*fn)(void *ctx, unsigned k);
	void *ctx;
	unsigned k;
} job;

static void *run_job(void *arg)
{
	job *j = arg;
	j->fn(j->ctx, j->k);
	return NULL;
}

void reuse_parallel(unsigned n, void (*fn)(void *ctx, unsigned k), void *ctx)
{
	pthread_t t[REUSE_MAX_THREADS];
	job jobs[REUSE_MAX_THREADS];
	bool started[REUSE_MAX_THREADS] = {false};
	if (n > REUSE_MAX_THREADS)
		n = REUSE_MAX_THREADS;
	for (unsigned k = 1; k < n; k++) {
		jobs[k] = (job){fn, ctx, k};
		started[k] = pthread_create(&t[k], NULL, run_job, &jobs[k]) == 0;
	}
	fn(ctx, 0);
	for (unsigned k = 1; k < n; k++) {
		if (started[k])
			pthread_join(t[k], NULL);
		else
			fn(ctx, k); /* no thread: its share runs here */
	}
}

uint64_t reuse_ngram_hash(const uint32_t *terms, unsigned n)
{
	uint64_t h = 0;
	for (unsigned k = 0; k < n; k++)
		h = wordhash_extend(h, (uint64_t)terms[k] + 1);
	h = wordhash_finish(h);
	return h ? h : 1;
}

void reuse_mark(uint64_t *marks, uint64_t pos, unsigned n)
{
	for (uint64_t i = pos; i < pos + n; i++)
		__atomic_fetch_or(&marks[i >> 6], (uint64_t)1 << (i & 63), __ATOMIC_RELAXED);
}
