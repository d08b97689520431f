/* index.c — the corpus's anchor n-grams and its boilerplate, slice by slice (see index.h). */
#include "reuse/index.h"
#include "util/error.h"
#include "util/grow.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct occurrence {
	uint64_t hash;
	uint32_t doc, pos;
} occurrence;

typedef struct hit {
	uint32_t doc, pos;
} hit;

/* What one slice keeps: its anchor n-grams in hash order, each with its documents. */
typedef struct slice_out {
	uint32_t *count;        /* documents per anchor n-gram */
	size_t ngrams, ncap;
	hit *hits;              /* their (document, first position), n-gram after n-gram */
	size_t n, cap;
	size_t distinct, boilerplate;
	int rc;
} slice_out;

typedef struct build {
	reuse_corpus *c;
	unsigned ngram, max_df;
	uint32_t nslices;
	slice_out *out;
	pthread_mutex_t lock;
	uint32_t next;          /* next slice to do */
	size_t slice_cap;       /* occurrences a slice's buffers start with */
} build;

/* Which slice an n-gram hash belongs to: the hash's top 32 bits scaled to nslices. */
static uint32_t slice_of(uint64_t h, uint32_t nslices)
{
	return (uint32_t)(((h >> 32) * nslices) >> 32);
}

/* Stable LSD radix sort by hash, 16 bits a pass: occurrences come in (document, position)
 * order, and equal hashes keep it. Returns the array that holds the result (v or tmp). */
static occurrence *radix_sort(occurrence *v, occurrence *tmp, size_t n, size_t *counts)
{
	for (int shift = 0; shift < 64; shift += 16) {
		memset(counts, 0, 65536 * sizeof *counts);
		for (size_t i = 0; i < n; i++)
			counts[(v[i].hash >> shift) & 0xffff]++;
		if (counts[(v[0].hash >> shift) & 0xffff] == n)
			continue; /* one value in this digit: nothing moves */
		size_t sum = 0;
		for (size_t d = 0; d < 65536; d++) {
			size_t c = counts[d];
			counts[d] = sum;
			sum += c;
		}
		for (size_t i = 0; i < n; i++)
			tmp[counts[(v[i].hash >> shift) & 0xffff]++] = v[i];
		occurrence *t = v;
		v = tmp;
		tmp = t;
	}
	return v;
}

static int keep(slice_out *o, const occurrence *run, size_t len, uint32_t df)
{
	if (!grow_array((void **)&o->count, &o->ncap, o->ngrams + 1, sizeof *o->count, 1024) ||
	    !grow_array((void **)&o->hits, &o->cap, o->n + df, sizeof *o->hits, 4096))
		return readout_error__set(READOUT_ENOMEM, "out of memory for the n-gram index");
	o->count[o->ngrams++] = df;
	for (size_t i = 0; i < len; i++)
		if (i == 0 || run[i].doc != run[i - 1].doc)
			o->hits[o->n++] = (hit){run[i].doc, run[i].pos};
	return 0;
}

/* A worker's buffers: the slice's occurrences and the sort's copy. */
typedef struct buffers {
	occurrence *v, *tmp;
	size_t cap;
	size_t *counts;
} buffers;

/* One slice: collect, sort, count documents per n-gram, keep or mark. */
static void do_slice(build *b, uint32_t s, buffers *buf)
{
	const reuse_corpus *c = b->c;
	slice_out *o = &b->out[s];
	size_t n = 0;
	for (size_t d = 0; d < c->n; d++) {
		const reuse_doc *doc = &c->docs[d];
		const uint32_t *t = c->terms + doc->first;
		for (uint32_t i = 0; i + b->ngram <= doc->nterms; i++) {
			uint64_t h = reuse_ngram_hash(t + i, b->ngram);
			if (slice_of(h, b->nslices) != s)
				continue;
			if (n == buf->cap) { /* an uneven slice: rare with REUSE_SLICE's headroom */
				size_t cap = buf->cap * 2;
				occurrence *v = realloc(buf->v, cap * sizeof *v);
				if (v)
					buf->v = v;
				occurrence *tmp = v ? realloc(buf->tmp, cap * sizeof *tmp) : NULL;
				if (!tmp) {
					o->rc = readout_error__set(READOUT_ENOMEM, "out of memory for the n-gram index");
					return;
				}
				buf->tmp = tmp;
				buf->cap = cap;
			}
			buf->v[n++] = (occurrence){h, (uint32_t)d, i};
		}
	}
	occurrence *v = n > 1 ? radix_sort(buf->v, buf->tmp, n, buf->counts) : buf->v;
	for (size_t i = 0; i < n && !o->rc;) {
		size_t j = i + 1;
		uint32_t df = 1;
		for (; j < n && v[j].hash == v[i].hash; j++)
			df += v[j].doc != v[j - 1].doc;
		o->distinct++;
		if (df > b->max_df) {
			o->boilerplate++;
			for (size_t k = i; k < j; k++)
				reuse_mark(c->marks, c->docs[v[k].doc].first + v[k].pos, b->ngram);
		} else if (df >= 2) {
			o->rc = keep(o, v + i, j - i, df);
		}
		i = j;
	}
}

/* A worker: slices one after another until none is left. */
static void work(void *ctx, unsigned k)
{
	build *b = ctx;
	(void)k;
	buffers buf = {malloc(b->slice_cap * sizeof(occurrence)), malloc(b->slice_cap * sizeof(occurrence)), b->slice_cap,
	               malloc(65536 * sizeof(size_t))};
	for (;;) {
		pthread_mutex_lock(&b->lock);
		uint32_t s = b->next < b->nslices ? b->next++ : UINT32_MAX;
		pthread_mutex_unlock(&b->lock);
		if (s == UINT32_MAX)
			break;
		if (!buf.v || !buf.tmp || !buf.counts)
			b->out[s].rc = readout_error__set(READOUT_ENOMEM, "out of memory for the n-gram index");
		else
			do_slice(b, s, &buf);
	}
	free(buf.v);
	free(buf.tmp);
	free(buf.counts);
}

/* The occurrences of all n-grams of the corpus. */
static uint64_t occurrences(const reuse_corpus *c, unsigned ngram)
{
	uint64_t total = 0;
	for (size_t d = 0; d < c->n; d++)
		total += c->docs[d].nterms >= ngram ? c->docs[d].nterms - ngram + 1 : 0;
	return total;
}

/* Joins the slices' outputs into the index, slices in order (so numbering does not depend on
 * which thread did what). */
static int assemble(reuse_index *ix, const reuse_corpus *c, slice_out *out, uint32_t nslices)
{
	size_t ngrams = 0, total = 0;
	for (uint32_t s = 0; s < nslices; s++) {
		ngrams += out[s].ngrams;
		total += out[s].n;
		ix->distinct += out[s].distinct;
		ix->boilerplate += out[s].boilerplate;
	}
	if (ngrams >= UINT32_MAX)
		return readout_error__set(READOUT_ETOOBIG, "more than 2^32 anchor n-grams: raise --max-df less, or split the corpus");
	ix->ngrams = ngrams;
	ix->gram_first = malloc((ngrams + 1) * sizeof *ix->gram_first);
	ix->docs = malloc((total ? total : 1) * sizeof *ix->docs);
	ix->doc_first = calloc(c->n + 1, sizeof *ix->doc_first);
	ix->grams = malloc((total ? total : 1) * sizeof *ix->grams);
	if (!ix->gram_first || !ix->docs || !ix->doc_first || !ix->grams)
		return readout_error__set(READOUT_ENOMEM, "out of memory for the n-gram index");
	size_t g = 0, o = 0;
	for (uint32_t s = 0; s < nslices; s++) {
		size_t k = 0;
		for (size_t i = 0; i < out[s].ngrams; i++, g++) {
			ix->gram_first[g] = o;
			for (uint32_t m = 0; m < out[s].count[i]; m++, k++) {
				ix->docs[o++] = out[s].hits[k].doc;
				ix->doc_first[out[s].hits[k].doc + 1]++;
			}
		}
	}
	ix->gram_first[g] = o;
	for (size_t d = 0; d < c->n; d++)
		ix->doc_first[d + 1] += ix->doc_first[d];
	/* each document's grams in gram order: walk the grams in order, filling per document */
	uint64_t *fill = malloc((c->n + 1) * sizeof *fill);
	if (!fill)
		return readout_error__set(READOUT_ENOMEM, "out of memory for the n-gram index");
	memcpy(fill, ix->doc_first, (c->n + 1) * sizeof *fill);
	g = 0;
	for (uint32_t s = 0; s < nslices; s++) {
		size_t k = 0;
		for (size_t i = 0; i < out[s].ngrams; i++, g++)
			for (uint32_t m = 0; m < out[s].count[i]; m++, k++)
				ix->grams[fill[out[s].hits[k].doc]++] = (reuse_gram){(uint32_t)g, out[s].hits[k].pos};
	}
	free(fill);
	return 0;
}

int reuse_index_build(reuse_index *ix, reuse_corpus *c, unsigned ngram, unsigned max_df, unsigned threads,
                      size_t slice, readout_reuse_progress progress, void *progress_user)
{
	memset(ix, 0, sizeof *ix);
	int rc = reuse_corpus_alloc_marks(c);
	if (rc)
		return rc;
	/* slices of REUSE_SLICE occurrences less a quarter: a good hash spreads millions of
	 * n-grams evenly enough that a slice seldom needs its buffers to grow */
	uint64_t total = occurrences(c, ngram);
	if (!slice)
		slice = REUSE_SLICE;
	uint32_t nslices = (uint32_t)(total / (slice - slice / 4) + 1);
	size_t per = (size_t)(total / nslices);
	build b = {c, ngram, max_df, nslices, calloc(nslices, sizeof(slice_out)), PTHREAD_MUTEX_INITIALIZER, 0,
	           per + per / 4 + 1024};
	if (!b.out)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	if (progress)
		progress(progress_user, "indexing", 0, nslices);
	reuse_parallel(threads < nslices ? threads : nslices, work, &b);
	for (uint32_t s = 0; s < nslices && !rc; s++)
		rc = b.out[s].rc;
	if (!rc)
		rc = assemble(ix, c, b.out, nslices);
	for (uint32_t s = 0; s < nslices; s++) {
		free(b.out[s].count);
		free(b.out[s].hits);
	}
	free(b.out);
	pthread_mutex_destroy(&b.lock);
	if (progress)
		progress(progress_user, "indexing", nslices, nslices);
	return rc;
}

void reuse_index_dispose(reuse_index *ix)
{
	free(ix->gram_first);
	free(ix->docs);
	free(ix->doc_first);
	free(ix->grams);
	memset(ix, 0, sizeof *ix);
}

int reuse_index_shared(const reuse_index *ix, size_t a, size_t b, reuse_anchor **out, size_t *n, size_t *cap)
{
	const reuse_gram *x = ix->grams + ix->doc_first[a], *xe = ix->grams + ix->doc_first[a + 1];
	const reuse_gram *y = ix->grams + ix->doc_first[b], *ye = ix->grams + ix->doc_first[b + 1];
	while (x < xe && y < ye) {
		if (x->gram < y->gram) {
			x++;
		} else if (y->gram < x->gram) {
			y++;
		} else {
			if (!grow_array((void **)out, cap, *n + 1, sizeof **out, 64))
				return readout_error__set(READOUT_ENOMEM, "out of memory for anchors");
			(*out)[(*n)++] = (reuse_anchor){x->pos, y->pos};
			x++;
			y++;
		}
	}
	return 0;
}
