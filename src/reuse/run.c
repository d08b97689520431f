/* run.c — `readout reuse`: every new stored document against every stored document. Reads
 * the corpus (tokenized on the worker threads), indexes its n-grams, finds and aligns the
 * candidate pairs of each new document on the worker threads, turns the passages into byte
 * spans, and stores them with the clusters in one transaction. */
#include "reuse/run.h"
#include "reuse/index.h"
#include "reuse/words.h"
#include "util/error.h"
#include "util/grow.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void reuse_settle(readout_reuse_options *o, reuse_align_params *p, const readout_reuse_options *given)
{
	readout_reuse_options def = READOUT_REUSE_OPTIONS_INIT;
	*o = given ? *given : def;
	if (!o->ngram)
		o->ngram = def.ngram;
	if (!o->min_shared)
		o->min_shared = 1;
	if (!o->threads)
		o->threads = 1;
	if (o->threads > REUSE_MAX_THREADS)
		o->threads = REUSE_MAX_THREADS;
	reuse_align_params ap = REUSE_ALIGN_INIT;
	ap.ngram = o->ngram;
	ap.min_matches = o->min_matches ? o->min_matches : 1;
	*p = ap;
}

void reuse_settings_text(char *out, size_t cap, const readout_reuse_options *o)
{
	snprintf(out, cap, "ngram=%u max_df=%u min_shared=%u min_matches=%u", o->ngram, o->max_df, o->min_shared,
	         o->min_matches);
}

void reuse_now(char out[21])
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

double reuse_clock(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- loading the corpus ---- */

/* Documents tokenized together: read on the calling thread, split into words on the workers. */
enum { BATCH_DOCS = 2048, BATCH_TEXT = 16 << 20 };

typedef struct pending {
	reuse_doc doc;
	size_t text_at, len;  /* in the batch's text */
	size_t terms_at, nterms; /* in its worker's terms */
	unsigned worker;
} pending;

typedef struct worker_out {
	uint32_t *terms;
	size_t n, cap;
	reuse_words words;
	int rc;
} worker_out;

typedef struct loader {
	reuse_corpus *c;
	const int64_t *done;
	size_t ndone;
	const readout_reuse_options *o;
	readout_reuse_summary *sum;
	pending *docs;
	size_t n, cap;
	char *text;
	size_t text_len, text_cap;
	worker_out out[REUSE_MAX_THREADS];
	unsigned threads;
} loader;

static int cmp_i64(const void *x, const void *y)
{
	int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
	return (a > b) - (a < b);
}

/* Worker k splits documents k, k + threads, ... of the batch. */
static void split_batch(void *ctx, unsigned k)
{
	loader *l = ctx;
	worker_out *w = &l->out[k];
	w->n = 0;
	for (size_t i = k; i < l->n && !w->rc; i += l->threads) {
		pending *p = &l->docs[i];
		if ((w->rc = reuse_words_build(&w->words, l->text + p->text_at, p->len)))
			break;
		if (!grow_array((void **)&w->terms, &w->cap, w->n + w->words.ncontent, sizeof *w->terms, 1 << 16)) {
			w->rc = readout_error__set(READOUT_ENOMEM, "out of memory for the corpus");
			break;
		}
		if (w->words.ncontent) /* a text of stop words alone has none */
			memcpy(w->terms + w->n, w->words.terms, w->words.ncontent * sizeof *w->terms);
		p->terms_at = w->n;
		p->nterms = w->words.ncontent;
		p->worker = k;
		p->doc.words = (uint32_t)w->words.nwords;
		w->n += w->words.ncontent;
	}
}

static int flush_batch(loader *l)
{
	if (!l->n)
		return 0;
	reuse_parallel(l->threads, split_batch, l);
	int rc = 0;
	for (unsigned k = 0; k < l->threads && !rc; k++)
		rc = l->out[k].rc;
	for (size_t i = 0; i < l->n && !rc; i++) {
		const pending *p = &l->docs[i];
		rc = reuse_corpus_add(l->c, &p->doc, l->out[p->worker].terms + p->terms_at, p->nterms);
		l->sum->new_documents += p->doc.is_new;
	}
	if (!rc && l->o->progress)
		l->o->progress(l->o->progress_user, "reading", l->c->n, 0);
	l->n = 0;
	l->text_len = 0;
	return rc;
}

static int take_doc(void *user, const reuse_db_doc *d)
{
	loader *l = user;
	if (!d->text) {
		l->sum->without_text++;
		return 0;
	}
	if (!grow_array((void **)&l->docs, &l->cap, l->n + 1, sizeof *l->docs, 256) ||
	    !grow_array((void **)&l->text, &l->text_cap, l->text_len + d->len + 1, 1, 1 << 20))
		return readout_error__set(READOUT_ENOMEM, "out of memory while reading documents");
	pending *p = &l->docs[l->n++];
	memset(p, 0, sizeof *p);
	p->doc.id = d->id;
	snprintf(p->doc.hash, sizeof p->doc.hash, "%s", d->hash ? d->hash : "");
	reuse_doc_set_date(&p->doc, d->published, d->date);
	p->doc.level = (uint8_t)reuse_level_rank(d->level);
	p->doc.is_new = !l->ndone || !bsearch(&d->id, l->done, l->ndone, sizeof *l->done, cmp_i64);
	p->text_at = l->text_len;
	p->len = d->len;
	memcpy(l->text + l->text_len, d->text, d->len);
	l->text_len += d->len;
	l->text[l->text_len++] = '\0';
	l->sum->documents++;
	if (l->n >= BATCH_DOCS || l->text_len >= BATCH_TEXT)
		return flush_batch(l);
	return 0;
}

int reuse_load(reuse_corpus *c, readout_store *st, const int64_t *done, size_t ndone, const readout_reuse_options *o,
               readout_reuse_summary *sum)
{
	loader l;
	memset(&l, 0, sizeof l);
	l.c = c;
	l.done = done;
	l.ndone = ndone;
	l.o = o;
	l.sum = sum;
	l.threads = o->threads;
	int rc = readout_store__reuse_each_doc(st, true, take_doc, &l);
	if (!rc)
		rc = flush_batch(&l);
	for (unsigned k = 0; k < REUSE_MAX_THREADS; k++) {
		free(l.out[k].terms);
		reuse_words_dispose(&l.out[k].words);
	}
	free(l.docs);
	free(l.text);
	return rc;
}

/* ---- locating passages ---- */

reuse_span reuse_span_of(const reuse_words *w, uint32_t x0, uint32_t x1)
{
	uint32_t w0 = w->at[x0], w1 = w->at[x1 - 1] + 1;
	return (reuse_span){w->words[w0].start, w->words[w1 - 1].end, w0, w1};
}

static int cmp_span(const void *x, const void *y)
{
	const reuse_span *a = *(const reuse_span *const *)x, *b = *(const reuse_span *const *)y;
	return (a->w0 > b->w0) - (a->w0 < b->w0);
}

uint32_t reuse_covered(reuse_span **spans, size_t n)
{
	qsort(spans, n, sizeof *spans, cmp_span);
	uint32_t covered = 0, end = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t from = spans[i]->w0 > end ? spans[i]->w0 : end;
		if (spans[i]->w1 > from)
			covered += spans[i]->w1 - from;
		end = spans[i]->w1 > end ? spans[i]->w1 : end;
	}
	return covered;
}

static int cmp_end(const void *x, const void *y)
{
	const reuse_end *a = x, *b = y;
	return (a->doc > b->doc) - (a->doc < b->doc);
}

typedef struct locator {
	const reuse_corpus *c;
	reuse_end *ends;
	size_t n, at;
	reuse_words words;
} locator;

static int locate_doc(void *user, const reuse_db_doc *d)
{
	locator *l = user;
	/* ends are sorted by corpus index, which is id order, as the documents come */
	while (l->at < l->n && l->c->docs[l->ends[l->at].doc].id < d->id)
		l->at++;
	if (l->at >= l->n || l->c->docs[l->ends[l->at].doc].id != d->id || !d->text)
		return 0;
	int rc = reuse_words_build(&l->words, d->text, d->len);
	if (rc)
		return rc;
	if (l->words.ncontent != l->c->docs[l->ends[l->at].doc].nterms)
		return readout_error__set(READOUT_EIO, "document %s changed while reuse ran", d->ext_id ? d->ext_id : "?");
	for (; l->at < l->n && l->c->docs[l->ends[l->at].doc].id == d->id; l->at++)
		*l->ends[l->at].out = reuse_span_of(&l->words, l->ends[l->at].x0, l->ends[l->at].x1);
	return 0;
}

int reuse_locate(readout_store *st, const reuse_corpus *c, reuse_end *ends, size_t n)
{
	if (!n)
		return 0;
	qsort(ends, n, sizeof *ends, cmp_end);
	size_t nids = 0;
	int64_t *ids = malloc(n * sizeof *ids);
	if (!ids)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	for (size_t i = 0; i < n; i++)
		if (!nids || ids[nids - 1] != c->docs[ends[i].doc].id)
			ids[nids++] = c->docs[ends[i].doc].id;
	locator l = {c, ends, n, 0, {0}};
	int rc = readout_store__reuse_docs_by_id(st, ids, nids, locate_doc, &l);
	reuse_words_dispose(&l.words);
	free(ids);
	return rc;
}

/* ---- finding and aligning pairs ---- */

/* A pair found to share passages: corpus indices, and its passages in the worker's list. */
typedef struct found {
	uint32_t source, target;
	const char *how;
	size_t first, n;
	unsigned worker;
} found;

typedef struct pair_worker {
	uint32_t *counts;      /* per document: n-grams shared with the document at hand */
	uint32_t *touched;
	size_t ntouched, tcap;
	reuse_anchor *anchors;
	size_t nanchors, acap;
	reuse_aligner al;
	found *pairs;
	size_t npairs, pcap;
	reuse_passage *passages;
	size_t npassages, ppcap;
	size_t candidates;
	int rc;
} pair_worker;

typedef struct pairing {
	const reuse_corpus *c;
	const reuse_index *ix;
	const readout_reuse_options *o;
	const reuse_align_params *p;
	const uint32_t *todo;  /* the new documents */
	size_t ntodo;
	size_t next;           /* next of todo to take (under lock) */
	pthread_mutex_t lock;
	pair_worker w[REUSE_MAX_THREADS];
	size_t done;           /* for progress */
} pairing;

/* Aligns a with b (both corpus indices), keeping the pair if it shares passages. */
static int align_pair(pairing *g, pair_worker *w, uint32_t a, uint32_t b)
{
	w->candidates++;
	w->nanchors = 0;
	int rc = reuse_index_shared(g->ix, a, b, &w->anchors, &w->nanchors, &w->acap);
	if (rc)
		return rc;
	const char *how;
	uint32_t s = a, t = b;
	if (reuse_source_of(&g->c->docs[a], &g->c->docs[b], &how) == 1) {
		s = b;
		t = a;
		for (size_t i = 0; i < w->nanchors; i++)
			w->anchors[i] = (reuse_anchor){w->anchors[i].b, w->anchors[i].a};
	}
	reuse_side ss = reuse_corpus_side(g->c, s), ts = reuse_corpus_side(g->c, t);
	size_t before = w->npassages;
	if ((rc = reuse_align(&w->al, &ss, &ts, w->anchors, w->nanchors, g->p, &w->passages, &w->npassages, &w->ppcap)))
		return rc;
	if (w->npassages == before)
		return 0;
	if (!grow_array((void **)&w->pairs, &w->pcap, w->npairs + 1, sizeof *w->pairs, 256))
		return readout_error__set(READOUT_ENOMEM, "out of memory for pairs");
	w->pairs[w->npairs++] = (found){s, t, how, before, w->npassages - before, 0};
	return 0;
}

/* Every pair of document a that is new in this run: with old documents, and with new ones
 * after it (each pair once). */
static int pair_doc(pairing *g, pair_worker *w, uint32_t a)
{
	const reuse_index *ix = g->ix;
	const reuse_doc *docs = g->c->docs;
	w->ntouched = 0;
	for (uint64_t e = ix->doc_first[a]; e < ix->doc_first[a + 1]; e++) {
		uint32_t gram = ix->grams[e].gram;
		for (uint64_t k = ix->gram_first[gram]; k < ix->gram_first[gram + 1]; k++) {
			uint32_t b = ix->docs[k];
			if (b == a || (docs[b].is_new && b < a))
				continue;
			if (w->counts[b]++ == 0) {
				if (!grow_array((void **)&w->touched, &w->tcap, w->ntouched + 1, sizeof *w->touched, 256))
					return readout_error__set(READOUT_ENOMEM, "out of memory for candidate pairs");
				w->touched[w->ntouched++] = b;
			}
		}
	}
	int rc = 0;
	for (size_t i = 0; i < w->ntouched; i++) {
		uint32_t b = w->touched[i];
		if (!rc && w->counts[b] >= g->o->min_shared)
			rc = align_pair(g, w, a, b);
		w->counts[b] = 0;
	}
	return rc;
}

enum { TAKE = 16 }; /* documents a worker takes at a time */

static void pair_work(void *ctx, unsigned k)
{
	pairing *g = ctx;
	pair_worker *w = &g->w[k];
	w->counts = calloc(g->c->n ? g->c->n : 1, sizeof *w->counts);
	if (!w->counts) {
		w->rc = readout_error__set(READOUT_ENOMEM, "out of memory for candidate pairs");
		return;
	}
	while (!w->rc) {
		pthread_mutex_lock(&g->lock);
		size_t from = g->next, to = from + TAKE < g->ntodo ? from + TAKE : g->ntodo;
		g->next = to;
		pthread_mutex_unlock(&g->lock);
		if (from >= to)
			break;
		for (size_t i = from; i < to && !w->rc; i++)
			w->rc = pair_doc(g, w, g->todo[i]);
		if (k == 0 && g->o->progress) /* the calling thread reports */
			g->o->progress(g->o->progress_user, "aligning", to, g->ntodo);
	}
	free(w->counts);
	w->counts = NULL;
}

/* A pair with its passages located, ready to store. */
typedef struct located {
	const found *f;
	const reuse_passage *passages;
	reuse_span *source, *target; /* one per passage */
} located;

static int cmp_located(const void *x, const void *y)
{
	const located *a = x, *b = y;
	if (a->f->source != b->f->source)
		return a->f->source < b->f->source ? -1 : 1;
	return (a->f->target > b->f->target) - (a->f->target < b->f->target);
}

/* What the run stores. */
typedef struct results {
	located *pairs;
	size_t npairs;
	reuse_span *spans;     /* 2 per passage: source spans, then target spans */
	size_t npassages;
	reuse_db_pair *rows;
	reuse_db_passage *passage_rows;
} results;

static void results_dispose(results *r)
{
	free(r->pairs);
	free(r->spans);
	free(r->rows);
	free(r->passage_rows);
	memset(r, 0, sizeof *r);
}

/* Gathers the workers' pairs in a fixed order (by source, then target: the same whatever the
 * threads did), locates their passages and makes the rows. */
static int gather(results *r, pairing *g, readout_store *st, unsigned threads)
{
	size_t npairs = 0, npassages = 0;
	for (unsigned k = 0; k < threads; k++) {
		npairs += g->w[k].npairs;
		npassages += g->w[k].npassages;
	}
	r->pairs = calloc(npairs + 1, sizeof *r->pairs);
	r->spans = calloc(2 * npassages + 1, sizeof *r->spans);
	reuse_end *ends = calloc(2 * npassages + 1, sizeof *ends);
	r->rows = calloc(npairs + 1, sizeof *r->rows);
	r->passage_rows = calloc(npassages + 1, sizeof *r->passage_rows);
	reuse_span **cover = calloc(npassages + 1, sizeof *cover);
	int rc = 0;
	if (!r->pairs || !r->spans || !ends || !r->rows || !r->passage_rows || !cover) {
		rc = readout_error__set(READOUT_ENOMEM, "out of memory for the results");
		goto done;
	}
	size_t e = 0;
	for (unsigned k = 0; k < threads; k++)
		for (size_t i = 0; i < g->w[k].npairs; i++) {
			found *f = &g->w[k].pairs[i];
			f->worker = k;
			r->pairs[r->npairs++] = (located){f, g->w[k].passages + f->first, NULL, NULL};
		}
	qsort(r->pairs, r->npairs, sizeof *r->pairs, cmp_located);
	for (size_t i = 0; i < r->npairs; i++) {
		located *x = &r->pairs[i];
		x->source = r->spans + r->npassages;
		x->target = r->spans + npassages + r->npassages;
		for (size_t k = 0; k < x->f->n; k++) {
			const reuse_passage *p = &x->passages[k];
			ends[e++] = (reuse_end){x->f->source, p->a0, p->a1, &x->source[k]};
			ends[e++] = (reuse_end){x->f->target, p->b0, p->b1, &x->target[k]};
		}
		r->npassages += x->f->n;
	}
	if ((rc = reuse_locate(st, g->c, ends, e)))
		goto done;
	size_t o = 0;
	for (size_t i = 0; i < r->npairs; i++) {
		const located *x = &r->pairs[i];
		const reuse_doc *s = &g->c->docs[x->f->source], *t = &g->c->docs[x->f->target];
		reuse_db_pair *row = &r->rows[i];
		*row = (reuse_db_pair){s->id, t->id, x->f->how, (int64_t)x->f->n, 0, 0, 0, 0, 0, 0};
		for (size_t k = 0; k < x->f->n; k++) {
			const reuse_passage *p = &x->passages[k];
			row->score += p->score;
			row->matches += p->matches;
			r->passage_rows[o++] = (reuse_db_passage){s->id, t->id, (int64_t)k, x->source[k].start,
			                                          x->source[k].end, x->target[k].start, x->target[k].end,
			                                          x->source[k].w1 - x->source[k].w0,
			                                          x->target[k].w1 - x->target[k].w0, p->score, p->matches};
		}
		for (size_t k = 0; k < x->f->n; k++)
			cover[k] = &x->source[k];
		row->source_words = reuse_covered(cover, x->f->n);
		for (size_t k = 0; k < x->f->n; k++)
			cover[k] = &x->target[k];
		row->target_words = reuse_covered(cover, x->f->n);
		row->source_share = s->words ? (double)row->source_words / s->words : 0;
		row->target_share = t->words ? (double)row->target_words / t->words : 0;
	}
done:
	free(ends);
	free(cover);
	return rc;
}

/* The new documents' ids and word counts, for reuse_docs. */
static int new_docs(const reuse_corpus *c, int64_t **ids, int64_t **words, size_t *n)
{
	*n = 0;
	*ids = malloc((c->n + 1) * sizeof **ids);
	*words = malloc((c->n + 1) * sizeof **words);
	if (!*ids || !*words)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	for (size_t i = 0; i < c->n; i++)
		if (c->docs[i].is_new) {
			(*ids)[*n] = c->docs[i].id;
			(*words)[(*n)++] = c->docs[i].words;
		}
	return 0;
}

/* Stores the run in one transaction: its row, pairs, passages, the documents it aligned,
 * and the clusters recomputed over every stored pair. */
static int store_results(readout_store *st, const readout_reuse_options *o, const char *settings, const char *started,
                         double t0, const results *r, const reuse_corpus *c, readout_reuse_summary *sum)
{
	int64_t *ids = NULL, *words = NULL;
	size_t nnew = 0;
	int rc = new_docs(c, &ids, &words, &nnew);
	reuse_db_writer *w = NULL;
	if (!rc)
		rc = readout_store_begin(st);
	if (rc) {
		free(ids);
		free(words);
		return rc;
	}
	rc = readout_store__reuse_writer(&w, st);
	int64_t run = 0;
	reuse_db_run row = {"pairs", settings, started, reuse_clock() - t0, (int64_t)sum->documents,
	                    (int64_t)sum->new_documents, (int64_t)sum->candidate_pairs, (int64_t)r->npairs,
	                    (int64_t)r->npassages};
	if (!rc && o->rebuild)
		rc = readout_store__reuse_forget(w);
	if (!rc)
		rc = readout_store__reuse_put_run(w, &row, &run);
	if (!rc)
		rc = readout_store__reuse_put_pairs(w, run, r->rows, r->npairs);
	if (!rc)
		rc = readout_store__reuse_put_passages(w, r->passage_rows, r->npassages);
	if (!rc)
		rc = readout_store__reuse_put_docs(w, run, ids, words, nnew);
	if (!rc)
		rc = reuse_cluster(w, o->near_duplicate, sum);
	readout_store__reuse_writer_free(w);
	free(ids);
	free(words);
	return reuse_end_batch(st, rc);
}

int reuse_check_settings(readout_store *st, const char *kind, const char *settings)
{
	char *last = NULL;
	int rc = readout_store__reuse_last_settings(st, kind, &last);
	bool pairs = strcmp(kind, "pairs") == 0;
	if (!rc && last && strcmp(last, settings) != 0)
		rc = readout_error__set(READOUT_EINVALID,
		                        "the stored %s results were made with %s, not %s: use those settings, or --rebuild "
		                        "to align %s again",
		                        pairs ? "reuse" : "reference", last, settings, pairs ? "everything" : "these references");
	free(last);
	return rc;
}

int reuse_end_batch(readout_store *st, int rc)
{
	if (!rc)
		return readout_store_commit(st);
	char why[512];
	snprintf(why, sizeof why, "%s", readout_error_message());
	readout_store_rollback(st);
	return readout_error__set(rc, "%s", why);
}

int readout_reuse_run(readout_reuse_summary *out, readout_store *st, const readout_reuse_options *opts)
{
	memset(out, 0, sizeof *out);
	readout_reuse_options o;
	reuse_align_params p;
	reuse_settle(&o, &p, opts);
	double t0 = reuse_clock(), t = t0;
	char started[21], settings[128];
	reuse_now(started);
	reuse_settings_text(settings, sizeof settings, &o);
	int64_t *done = NULL;
	size_t ndone = 0;
	int rc = o.rebuild ? 0 : reuse_check_settings(st, "pairs", settings);
	if (!rc && !o.rebuild)
		rc = readout_store__reuse_done(st, &done, &ndone);
	reuse_corpus c = {0};
	reuse_index ix = {0};
	pairing g;
	memset(&g, 0, sizeof g);
	results r = {0};
	if (!rc)
		rc = reuse_load(&c, st, done, ndone, &o, out);
	free(done);
	out->read_seconds = reuse_clock() - t;
	t = reuse_clock();
	/* nothing new: the stored pairs stand; only the clusters may change (near_duplicate) */
	if (!rc && out->new_documents) {
		rc = reuse_index_build(&ix, &c, o.ngram, o.max_df, o.threads, 0, o.progress, o.progress_user);
		out->ngrams = ix.distinct;
		out->boilerplate = ix.boilerplate;
	}
	out->index_seconds = reuse_clock() - t;
	t = reuse_clock();
	unsigned threads = o.threads;
	if (!rc && out->new_documents) {
		uint32_t *todo = malloc(c.n * sizeof *todo);
		if (!todo)
			rc = readout_error__set(READOUT_ENOMEM, "out of memory");
		for (size_t i = 0; todo && i < c.n; i++)
			if (c.docs[i].is_new)
				todo[g.ntodo++] = (uint32_t)i;
		g.c = &c;
		g.ix = &ix;
		g.o = &o;
		g.p = &p;
		g.todo = todo;
		pthread_mutex_init(&g.lock, NULL);
		if (!rc)
			reuse_parallel(threads, pair_work, &g);
		pthread_mutex_destroy(&g.lock);
		free(todo);
		for (unsigned k = 0; k < threads; k++) {
			rc = rc ? rc : g.w[k].rc;
			out->candidate_pairs += g.w[k].candidates;
		}
		if (!rc) {
			if (o.progress)
				o.progress(o.progress_user, "writing", 0, 0);
			rc = gather(&r, &g, st, threads);
		}
	}
	out->align_seconds = reuse_clock() - t;
	t = reuse_clock();
	out->pairs = r.npairs;
	out->passages = r.npassages;
	if (!rc)
		rc = store_results(st, &o, settings, started, t0, &r, &c, out);
	out->write_seconds = reuse_clock() - t;
	for (unsigned k = 0; k < REUSE_MAX_THREADS; k++) {
		free(g.w[k].touched);
		free(g.w[k].anchors);
		free(g.w[k].pairs);
		free(g.w[k].passages);
		reuse_aligner_dispose(&g.w[k].al);
	}
	results_dispose(&r);
	reuse_index_dispose(&ix);
	reuse_corpus_dispose(&c);
	return rc;
}
