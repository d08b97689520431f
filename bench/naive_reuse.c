/* naive_reuse.c — the straightforward all-pairs n-gram implementation that `readout reuse` is
 * measured against (bench/run_reuse.sh): every pair of documents is compared by merging their
 * sorted n-gram lists, N^2/2 merges, instead of pairing documents through an index of n-grams.
 * Everything else is readout's own (words, n-grams, boilerplate, orientation, alignment), so
 * the passages must be the same: it prints their count to check. It reads the documents from a
 * readout database, holds their texts, and prints wall time, CPU time and peak memory. */
#include "bench_clock.h"
#include "readout/readout.h"
#include "readout/store.h"
#include "reuse/align.h"
#include "reuse/corpus.h"
#include "reuse/words.h"

#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

typedef struct gram {
	uint64_t h;
	uint32_t pos;
} gram;

typedef struct doc {
	reuse_doc meta;
	gram *grams;       /* distinct n-grams, ascending, each at its first position */
	size_t n;
	uint32_t *terms;
	uint64_t *marks;
	size_t nterms;
} doc;

static doc *docs;
static size_t ndocs;
static unsigned ngram = 4, max_df = 100, min_shared = 2, threads = 2;

static int cmp_gram(const void *x, const void *y)
{
	const gram *a = x, *b = y;
	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	return (a->pos > b->pos) - (a->pos < b->pos);
}

static int cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
	return (a > b) - (a < b);
}

typedef struct result {
	size_t candidates, pairs, passages;
} result;

static result results[64];

/* Worker k: documents i = k, k + threads, ... against every later document. */
static void *work(void *arg)
{
	unsigned k = (unsigned)(uintptr_t)arg;
	reuse_aligner al;
	memset(&al, 0, sizeof al);
	reuse_align_params p = REUSE_ALIGN_INIT;
	p.ngram = ngram;
	reuse_anchor *an = NULL;
	size_t acap = 0;
	reuse_passage *out = NULL;
	size_t nout = 0, ocap = 0;
	result *r = &results[k];
	for (size_t i = k; i < ndocs; i += threads)
		for (size_t j = i + 1; j < ndocs; j++) {
			const doc *a = &docs[i], *b = &docs[j];
			size_t x = 0, y = 0, n = 0;
			while (x < a->n && y < b->n) { /* the merge: every pair pays for both lists */
				if (a->grams[x].h < b->grams[y].h)
					x++;
				else if (b->grams[y].h < a->grams[x].h)
					y++;
				else {
					if (n == acap) {
						acap = acap ? acap * 2 : 64;
						an = realloc(an, acap * sizeof *an);
					}
					an[n++] = (reuse_anchor){a->grams[x].pos, b->grams[y].pos};
					x++, y++;
				}
			}
			if (n < min_shared)
				continue;
			r->candidates++;
			const char *how;
			const doc *s = a, *t = b;
			if (reuse_source_of(&a->meta, &b->meta, &how) == 1) {
				s = b, t = a;
				for (size_t q = 0; q < n; q++)
					an[q] = (reuse_anchor){an[q].b, an[q].a};
			}
			reuse_side ss = {s->terms, s->marks, 0, s->nterms}, ts = {t->terms, t->marks, 0, t->nterms};
			nout = 0;
			reuse_align(&al, &ss, &ts, an, n, &p, &out, &nout, &ocap);
			r->pairs += nout > 0;
			r->passages += nout;
		}
	free(an);
	free(out);
	reuse_aligner_dispose(&al);
	return NULL;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {{"db", required_argument, NULL, 'd'}, {"threads", required_argument, NULL, 't'},
	                                         {"max-df", required_argument, NULL, 'x'}, {NULL, 0, NULL, 0}};
	const char *db = NULL;
	int opt;
	while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd': db = optarg; break;
		case 't': threads = (unsigned)atoi(optarg); break;
		case 'x': max_df = (unsigned)atoi(optarg); break;
		default: return 2;
		}
	}
	if (!db || threads < 1 || threads > 64) {
		fprintf(stderr, "usage: naive_reuse --db DATABASE [--threads N (1-64)] [--max-df N]\n");
		return 2;
	}
	double t0 = now(), c0 = cpu_seconds();
	readout_store_options so = READOUT_STORE_OPTIONS_INIT;
	so.readonly = 1;
	so.create = 0;
	readout_store *st;
	readout_cursor *c = NULL;
	readout_answer *t = NULL;
	if (readout_store_open(&st, db, NULL, &so) ||
	    readout_store_sql(&c, st, "SELECT hash, published, date, level, text FROM documents WHERE text IS NOT NULL ORDER BY id") ||
	    readout_answer_read(&t, c)) {
		fprintf(stderr, "naive_reuse: %s: %s\n", db, readout_error_message());
		return 1;
	}
	readout_cursor_free(c);
	ndocs = t->nrows;
	docs = calloc(ndocs + 1, sizeof *docs);
	reuse_words w;
	memset(&w, 0, sizeof w);
	size_t total = 0;
	for (size_t i = 0; i < ndocs; i++) {
		const char *row[5];
		for (size_t k = 0; k < 5; k++) {
			const readout_cell *v = readout_answer_cell(t, i, k);
			row[k] = v->type == READOUT_TYPE_TEXT || v->type == READOUT_TYPE_DATE ? v->s : NULL;
		}
		doc *d = &docs[i];
		snprintf(d->meta.hash, sizeof d->meta.hash, "%s", row[0]);
		reuse_doc_set_date(&d->meta, row[1], row[2]);
		d->meta.level = (uint8_t)reuse_level_rank(row[3]);
		reuse_words_build(&w, row[4], strlen(row[4]));
		d->nterms = w.ncontent;
		d->terms = malloc((w.ncontent + 1) * sizeof *d->terms);
		memcpy(d->terms, w.terms, w.ncontent * sizeof *d->terms);
		d->marks = calloc(w.ncontent / 64 + 1, sizeof *d->marks);
		size_t n = w.ncontent >= ngram ? w.ncontent - ngram + 1 : 0;
		d->grams = malloc((n + 1) * sizeof *d->grams);
		for (size_t q = 0; q < n; q++)
			d->grams[q] = (gram){reuse_ngram_hash(w.terms + q, ngram), (uint32_t)q};
		qsort(d->grams, n, sizeof *d->grams, cmp_gram);
		size_t u = 0;
		for (size_t q = 0; q < n; q++)
			if (!u || d->grams[q].h != d->grams[u - 1].h)
				d->grams[u++] = d->grams[q];
		d->n = u;
		total += u;
	}
	reuse_words_dispose(&w);
	readout_answer_free(t);
	readout_store_close(st);
	/* document frequencies: every n-gram of every document, sorted */
	uint64_t *all = malloc((total + 1) * sizeof *all);
	size_t o = 0;
	for (size_t i = 0; i < ndocs; i++)
		for (size_t q = 0; q < docs[i].n; q++)
			all[o++] = docs[i].grams[q].h;
	qsort(all, o, sizeof *all, cmp_u64);
	/* boilerplate: marked in each document, and out of its list */
	for (size_t i = 0; i < ndocs; i++) {
		doc *d = &docs[i];
		size_t u = 0;
		for (size_t q = 0; q < d->n; q++) {
			uint64_t *lo = bsearch(&d->grams[q].h, all, o, sizeof *all, cmp_u64);
			while (lo > all && lo[-1] == d->grams[q].h)
				lo--;
			size_t df = 0;
			while (lo + df < all + o && lo[df] == d->grams[q].h)
				df++;
			if (df > max_df) {
				/* every occurrence, not only the first */
				for (size_t z = 0; z + ngram <= d->nterms; z++)
					if (reuse_ngram_hash(d->terms + z, ngram) == d->grams[q].h)
						reuse_mark(d->marks, z, ngram);
				continue;
			}
			d->grams[u++] = d->grams[q];
		}
		d->n = u;
	}
	free(all);
	double t1 = now();
	pthread_t th[64];
	for (unsigned k = 1; k < threads; k++)
		pthread_create(&th[k], NULL, work, (void *)(uintptr_t)k);
	work((void *)(uintptr_t)0);
	for (unsigned k = 1; k < threads; k++)
		pthread_join(th[k], NULL);
	result sum = {0};
	for (unsigned k = 0; k < threads; k++) {
		sum.candidates += results[k].candidates;
		sum.pairs += results[k].pairs;
		sum.passages += results[k].passages;
	}
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("naive all-pairs: %zu documents, %zu pairs compared, %zu candidate pairs aligned, %zu share %zu passages; "
	       "%.1f s wall (%.1f reading and n-grams, %.1f comparing and aligning), %.1f CPU s, peak RSS %.0f MB\n",
	       ndocs, ndocs * (ndocs - 1) / 2, sum.candidates, sum.pairs, sum.passages, now() - t0, t1 - t0, now() - t1,
	       cpu_seconds() - c0, ru.ru_maxrss / 1024.0);
	for (size_t i = 0; i < ndocs; i++) {
		free(docs[i].grams);
		free(docs[i].terms);
		free(docs[i].marks);
	}
	free(docs);
	return 0;
}
