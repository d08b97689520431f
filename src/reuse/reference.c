/* reference.c — `readout reuse --reference`: how much each stored document takes from a text
 * that is not stored (a communiqué, a speech). The reference's n-grams are looked up in every
 * document (a scan, not a pairing: a reference copied by every document costs a pass, not a
 * square), counted by document, and those that more than max_df documents dated before the
 * reference hold are its boilerplate; each document not aligned against the reference yet is
 * aligned with it over the rest. */
#include "reuse/run.h"
#include "reuse/words.h"
#include "util/civil_date.h"
#include "util/error.h"
#include "util/grow.h"
#include "util/u64map.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* An n-gram of the reference (its number) at a position of a document. */
typedef struct hit {
	uint32_t gram, pos;
} hit;

/* What a worker finds in its documents. */
typedef struct ref_worker {
	hit *hits;             /* its documents' hits, document after document, sorted by (gram, pos) */
	size_t nhits, cap;
	uint32_t *df;          /* per reference n-gram: its documents dated before the reference */
	reuse_anchor *anchors;
	size_t nanchors, acap;
	reuse_aligner al;
	reuse_passage *passages;
	size_t npassages, pcap;
	uint32_t *found;       /* per document that took passages: doc, first passage, count */
	size_t nfound, fcap;
	size_t aligned;        /* documents aligned with the reference */
	int rc;
} ref_worker;

typedef struct ref_run {
	const reuse_corpus *c;
	const readout_reuse_options *o;
	const reuse_align_params *p;
	const reuse_words *w;  /* the reference's words */
	uint64_t *marks;       /* its boilerplate marks */
	u64map grams;          /* n-gram hash -> number + 1 */
	uint32_t *gram_pos;    /* each n-gram's first position in the reference */
	size_t ngrams;
	uint8_t *boilerplate;  /* per n-gram */
	const char *date;      /* the reference's date, or NULL */
	const int64_t *done;   /* documents aligned with it before, sorted */
	size_t ndone;
	uint32_t *nhits;       /* per document */
	unsigned threads;
	ref_worker w_[REUSE_MAX_THREADS];
} ref_run;

static int cmp_hit(const void *x, const void *y)
{
	const hit *a = x, *b = y;
	if (a->gram != b->gram)
		return a->gram < b->gram ? -1 : 1;
	return (a->pos > b->pos) - (a->pos < b->pos);
}

static int cmp_i64(const void *x, const void *y)
{
	int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
	return (a > b) - (a < b);
}

/* The documents of worker k: a contiguous range, so hits stay in document order. */
static void range(const ref_run *r, unsigned k, size_t *lo, size_t *hi)
{
	*lo = r->c->n * k / r->threads;
	*hi = r->c->n * (k + 1) / r->threads;
}

/* The reference's n-grams in each document of the worker's range, and their document counts. */
static void find_hits(void *ctx, unsigned k)
{
	ref_run *r = ctx;
	ref_worker *w = &r->w_[k];
	unsigned n = r->o->ngram;
	if (!(w->df = calloc(r->ngrams + 1, sizeof *w->df))) {
		w->rc = readout_error__set(READOUT_ENOMEM, "out of memory");
		return;
	}
	size_t lo, hi;
	range(r, k, &lo, &hi);
	for (size_t d = lo; d < hi && !w->rc; d++) {
		const reuse_doc *doc = &r->c->docs[d];
		const uint32_t *t = r->c->terms + doc->first;
		size_t from = w->nhits;
		for (uint32_t i = 0; i + n <= doc->nterms; i++) {
			uint64_t v;
			if (!u64map_get(&r->grams, reuse_ngram_hash(t + i, n), &v))
				continue;
			if (!grow_array((void **)&w->hits, &w->cap, w->nhits + 1, sizeof *w->hits, 4096)) {
				w->rc = readout_error__set(READOUT_ENOMEM, "out of memory for the reference's n-grams");
				break;
			}
			w->hits[w->nhits++] = (hit){(uint32_t)v - 1, i};
		}
		r->nhits[d] = (uint32_t)(w->nhits - from);
		if (w->nhits > from + 1)
			qsort(w->hits + from, w->nhits - from, sizeof *w->hits, cmp_hit);
		/* documents dated before the reference (all, when it has none) say what is stock */
		bool before = !r->date || (doc->date[0] && strcmp(doc->date, r->date) < 0);
		for (size_t h = from; h < w->nhits && before; h++)
			if (h == from || w->hits[h].gram != w->hits[h - 1].gram)
				w->df[w->hits[h].gram]++;
	}
}

static bool done_before(const ref_run *r, int64_t id)
{
	return r->ndone && bsearch(&id, r->done, r->ndone, sizeof *r->done, cmp_i64) != NULL;
}

/* Marks a document's boilerplate, gathers its anchors and aligns it with the reference. */
static int align_doc(ref_run *r, ref_worker *w, size_t d, const hit *hits, size_t n)
{
	const reuse_doc *doc = &r->c->docs[d];
	w->nanchors = 0;
	for (size_t h = 0; h < n; h++) {
		if (r->boilerplate[hits[h].gram]) {
			reuse_mark(r->c->marks, doc->first + hits[h].pos, r->o->ngram);
			continue;
		}
		if (h && hits[h].gram == hits[h - 1].gram)
			continue; /* the first position in the document only */
		if (!grow_array((void **)&w->anchors, &w->acap, w->nanchors + 1, sizeof *w->anchors, 64))
			return readout_error__set(READOUT_ENOMEM, "out of memory for anchors");
		w->anchors[w->nanchors++] = (reuse_anchor){r->gram_pos[hits[h].gram], hits[h].pos};
	}
	if (w->nanchors < r->o->min_shared)
		return 0;
	w->aligned++;
	reuse_side ref = {r->w->terms, r->marks, 0, r->w->ncontent}, side = reuse_corpus_side(r->c, d);
	size_t before = w->npassages;
	int rc = reuse_align(&w->al, &ref, &side, w->anchors, w->nanchors, r->p, &w->passages, &w->npassages, &w->pcap);
	if (rc || w->npassages == before)
		return rc;
	if (!grow_array((void **)&w->found, &w->fcap, 3 * (w->nfound + 1), sizeof *w->found, 64))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	w->found[3 * w->nfound] = (uint32_t)d;
	w->found[3 * w->nfound + 1] = (uint32_t)before;
	w->found[3 * w->nfound++ + 2] = (uint32_t)(w->npassages - before);
	return 0;
}

static void align_docs(void *ctx, unsigned k)
{
	ref_run *r = ctx;
	ref_worker *w = &r->w_[k];
	size_t lo, hi, at = 0;
	range(r, k, &lo, &hi);
	for (size_t d = lo; d < hi && !w->rc; d++) {
		size_t n = r->nhits[d];
		if (n && !done_before(r, r->c->docs[d].id))
			w->rc = align_doc(r, w, d, w->hits + at, n);
		at += n;
	}
}

/* The reference's n-grams, numbered in order of first position, and its words. */
static int index_reference(ref_run *r, reuse_words *w, const readout_reuse_reference *ref)
{
	int rc = reuse_words_build(w, ref->text, ref->len);
	if (rc)
		return rc;
	r->w = w;
	unsigned n = r->o->ngram;
	size_t count = w->ncontent >= n ? w->ncontent - n + 1 : 0;
	if (!(r->gram_pos = malloc((count + 1) * sizeof *r->gram_pos)) ||
	    !(r->marks = calloc(w->ncontent / 64 + 1, sizeof *r->marks)))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	for (size_t i = 0; i < count; i++) {
		uint64_t h = reuse_ngram_hash(w->terms + i, n);
		if (u64map_get(&r->grams, h, NULL))
			continue;
		if ((rc = u64map_put(&r->grams, h, r->ngrams + 1, true)))
			return rc;
		r->gram_pos[r->ngrams++] = (uint32_t)i;
	}
	return 0;
}

/* Adds up the workers' document counts and marks the reference's boilerplate. */
static int judge_ngrams(ref_run *r)
{
	if (!(r->boilerplate = calloc(r->ngrams + 1, 1)))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	for (size_t g = 0; g < r->ngrams; g++) {
		uint64_t df = 0;
		for (unsigned k = 0; k < r->threads; k++)
			df += r->w_[k].df[g];
		r->boilerplate[g] = df > r->o->max_df;
	}
	unsigned n = r->o->ngram;
	for (size_t i = 0; i + n <= r->w->ncontent; i++) {
		uint64_t v;
		if (u64map_get(&r->grams, reuse_ngram_hash(r->w->terms + i, n), &v) && r->boilerplate[v - 1])
			reuse_mark(r->marks, i, n);
	}
	return 0;
}

static void ref_run_dispose(ref_run *r)
{
	for (unsigned k = 0; k < REUSE_MAX_THREADS; k++) {
		ref_worker *w = &r->w_[k];
		free(w->hits);
		free(w->df);
		free(w->anchors);
		free(w->passages);
		free(w->found);
		reuse_aligner_dispose(&w->al);
	}
	u64map_dispose(&r->grams);
	free(r->gram_pos);
	free(r->marks);
	free(r->boilerplate);
	free(r->nhits);
}

/* The rows of one reference: a row per document aligned with it now, a row per passage. */
typedef struct ref_rows {
	reuse_db_ref_doc *docs;
	size_t ndocs;
	reuse_db_passage *passages;
	size_t npassages;
} ref_rows;

static void ref_rows_dispose(ref_rows *x)
{
	free(x->docs);
	free(x->passages);
}

/* Locates the passages found and makes the rows (the reference's id filled in later). */
static int make_rows(ref_rows *x, ref_run *r, readout_store *st, const char *ref_date, readout_reuse_summary *sum)
{
	size_t nfound = 0, npassages = 0;
	for (unsigned k = 0; k < r->threads; k++) {
		nfound += r->w_[k].nfound;
		npassages += r->w_[k].npassages;
	}
	x->docs = calloc(r->c->n + 1, sizeof *x->docs);
	x->passages = calloc(npassages + 1, sizeof *x->passages);
	reuse_span *spans = calloc(npassages + 1, sizeof *spans);
	reuse_end *ends = calloc(npassages + 1, sizeof *ends);
	uint32_t *found_of = calloc(r->c->n + 1, sizeof *found_of); /* document -> 1 + its entry */
	const uint32_t **entries = calloc(nfound + 1, sizeof *entries);
	const reuse_passage **first = calloc(nfound + 1, sizeof *first);
	reuse_span **cover = calloc(npassages + 1, sizeof *cover);
	int rc = 0;
	if (!x->docs || !x->passages || !spans || !ends || !found_of || !entries || !first || !cover) {
		rc = readout_error__set(READOUT_ENOMEM, "out of memory for the results");
		goto done;
	}
	size_t e = 0, f = 0;
	for (unsigned k = 0; k < r->threads; k++)
		for (size_t i = 0; i < r->w_[k].nfound; i++, f++) {
			const uint32_t *ent = &r->w_[k].found[3 * i];
			entries[f] = ent;
			first[f] = r->w_[k].passages + ent[1];
			found_of[ent[0]] = (uint32_t)f + 1;
			for (uint32_t p = 0; p < ent[2]; p++, e++)
				ends[e] = (reuse_end){ent[0], first[f][p].b0, first[f][p].b1, &spans[e]};
		}
	if ((rc = reuse_locate(st, r->c, ends, e)))
		goto done;
	/* ends were sorted by document: the spans stay in the order they were made */
	int64_t ref_day = 0, day;
	bool dated = civil_day_number(ref_date, &ref_day);
	size_t o = 0, s = 0;
	for (size_t d = 0; d < r->c->n; d++) {
		const reuse_doc *doc = &r->c->docs[d];
		if (done_before(r, doc->id))
			continue;
		reuse_db_ref_doc *row = &x->docs[x->ndocs++];
		*row = (reuse_db_ref_doc){0, doc->id, doc->words, 0, 0, REUSE_DB_NO_DAYS, 0};
		if (dated && civil_day_number(doc->date, &day))
			row->days_after = day - ref_day;
		if (!found_of[d])
			continue;
		size_t fi = found_of[d] - 1, np = entries[fi][2];
		reuse_span *mine = &spans[s];
		for (size_t p = 0; p < np; p++) {
			const reuse_passage *ps = &first[fi][p];
			reuse_span rs = reuse_span_of(r->w, ps->a0, ps->a1), ds = mine[p];
			x->passages[o++] = (reuse_db_passage){0, doc->id, (int64_t)p, rs.start, rs.end, ds.start, ds.end,
			                                      rs.w1 - rs.w0, ds.w1 - ds.w0, ps->score, ps->matches};
			cover[p] = &mine[p];
		}
		s += np;
		row->passages = (int64_t)np;
		row->taken = reuse_covered(cover, np);
		row->share = doc->words ? (double)row->taken / doc->words : 0;
		sum->pairs++;
	}
	x->npassages = o;
	sum->passages += o;
	sum->new_documents += x->ndocs;
done:
	free(spans);
	free(ends);
	free(found_of);
	free(entries);
	free(first);
	free(cover);
	return rc;
}

/* Finds what the stored documents take from one reference, into rows. */
static int measure(ref_rows *rows, const reuse_corpus *c, readout_store *st, const readout_reuse_reference *ref,
                   const int64_t *done, size_t ndone, const readout_reuse_options *o, const reuse_align_params *p,
                   readout_reuse_summary *sum)
{
	ref_run r;
	memset(&r, 0, sizeof r);
	r.c = c;
	r.o = o;
	r.p = p;
	r.date = ref->date && ref->date[0] ? ref->date : NULL;
	r.done = done;
	r.ndone = ndone;
	r.threads = o->threads < c->n ? o->threads : (c->n ? (unsigned)c->n : 1);
	reuse_words w;
	memset(&w, 0, sizeof w);
	int rc = index_reference(&r, &w, ref);
	if (!rc && !(r.nhits = calloc(c->n + 1, sizeof *r.nhits)))
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
	if (!rc) {
		reuse_parallel(r.threads, find_hits, &r);
		for (unsigned k = 0; k < r.threads && !rc; k++)
			rc = r.w_[k].rc;
	}
	if (!rc)
		rc = judge_ngrams(&r);
	if (!rc) {
		memset(c->marks, 0, (c->nterms / 64 + 1) * sizeof *c->marks);
		reuse_parallel(r.threads, align_docs, &r);
		for (unsigned k = 0; k < r.threads && !rc; k++) {
			rc = r.w_[k].rc;
			sum->candidate_pairs += r.w_[k].aligned;
		}
	}
	if (!rc)
		rc = make_rows(rows, &r, st, r.date, sum);
	ref_run_dispose(&r);
	reuse_words_dispose(&w);
	return rc;
}

/* Stores one reference's rows in one transaction. */
static int store_rows(readout_store *st, const readout_reuse_reference *ref, const char *hash, int64_t words,
                      ref_rows *rows, const readout_reuse_options *o, const char *settings, const char *started,
                      double t0, const readout_reuse_summary *sum, int64_t *id)
{
	int rc = readout_store_begin(st);
	if (rc)
		return rc;
	reuse_db_writer *w = NULL;
	char added[21];
	reuse_now(added);
	char *text = strndup(ref->text, ref->len);
	reuse_db_reference dr = {ref->name, hash, ref->date, ref->level, text, added, words};
	if (!text)
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
	if (!rc)
		rc = readout_store__reuse_writer(&w, st);
	if (!rc)
		rc = readout_store__reuse_put_reference(w, &dr, id);
	if (!rc && o->rebuild)
		rc = readout_store__reuse_forget_reference(w, *id);
	for (size_t i = 0; i < rows->ndocs; i++)
		rows->docs[i].reference = *id;
	for (size_t i = 0; i < rows->npassages; i++)
		rows->passages[i].source = *id;
	int64_t run = 0;
	reuse_db_run r = {"reference", settings, started, reuse_clock() - t0, (int64_t)sum->documents, (int64_t)rows->ndocs,
	                  (int64_t)sum->candidate_pairs, 0, (int64_t)rows->npassages};
	for (size_t i = 0; i < rows->ndocs; i++)
		r.pairs += rows->docs[i].passages > 0;
	if (!rc)
		rc = readout_store__reuse_put_run(w, &r, &run);
	if (!rc)
		rc = readout_store__reuse_put_ref_docs(w, rows->docs, rows->ndocs);
	if (!rc)
		rc = readout_store__reuse_put_ref_passages(w, rows->passages, rows->npassages);
	readout_store__reuse_writer_free(w);
	free(text);
	return reuse_end_batch(st, rc);
}

int readout_reuse_references(readout_reuse_summary *out, int64_t *ids, readout_store *st,
                             const readout_reuse_reference *refs, size_t n, const readout_reuse_options *opts)
{
	memset(out, 0, sizeof *out);
	readout_reuse_options o;
	reuse_align_params p;
	reuse_settle(&o, &p, opts);
	char started[21], settings[128];
	reuse_now(started);
	reuse_settings_text(settings, sizeof settings, &o);
	double t0 = reuse_clock();
	int rc = o.rebuild ? 0 : reuse_check_settings(st, "reference", settings);
	reuse_corpus c = {0};
	readout_reuse_summary loaded = {0};
	if (!rc)
		rc = reuse_load(&c, st, NULL, 0, &o, &loaded);
	if (!rc)
		rc = reuse_corpus_alloc_marks(&c);
	out->documents = loaded.documents;
	out->without_text = loaded.without_text;
	out->read_seconds = reuse_clock() - t0;
	for (size_t i = 0; i < n && !rc; i++) {
		double t = reuse_clock();
		char hash[33];
		readout_store_hash(hash, refs[i].text, refs[i].len);
		int64_t known = 0, *done = NULL;
		size_t ndone = 0;
		rc = readout_store__reuse_find_reference(st, hash, &known);
		if (!rc && known && !o.rebuild)
			rc = readout_store__reuse_reference_done(st, known, &done, &ndone);
		ref_rows rows = {0};
		if (!rc)
			rc = measure(&rows, &c, st, &refs[i], done, ndone, &o, &p, out);
		out->align_seconds += reuse_clock() - t;
		t = reuse_clock();
		reuse_words w;
		memset(&w, 0, sizeof w);
		if (!rc)
			rc = reuse_words_build(&w, refs[i].text, refs[i].len);
		if (!rc)
			rc = store_rows(st, &refs[i], hash, (int64_t)w.nwords, &rows, &o, settings, started, t0, out, &ids[i]);
		out->write_seconds += reuse_clock() - t;
		reuse_words_dispose(&w);
		ref_rows_dispose(&rows);
		free(done);
	}
	reuse_corpus_dispose(&c);
	return rc;
}
