/* gen_reuse.c — a deterministic generator of readouts that repeat each other, with the
 * ground truth, for the reuse benchmark (bench/run_reuse.sh). Documents are a dateline, a lead
 * naming a host (hence a date and a level for readout's extraction), and sentences of a
 * synthetic language: content words drawn by a Zipf law, English function words, and
 * collocations shared across documents. Into that it plants:
 *   - reused passages: runs of whole sentences (20 to 300 words) of a source document copied
 *     into 1 to 3 later documents, each copy changed as machine translations differ
 *     (synonyms, dropped articles and words, inserted words, clauses swapped around a comma);
 *   - boilerplate: sentences that hundreds or thousands of documents share, some with a slot
 *     filled from a few variants, which must not be reported;
 *   - near duplicates: whole documents republished with light changes.
 * libc only: it must not depend on the readout library it measures. */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("gen_reuse: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(1);
}

/* ---- PRNG: PCG32 streams, one per document, sentence and copy ---- */

typedef struct pcg {
	uint64_t state, inc;
} pcg;

static uint32_t pcg_next(pcg *r)
{
	uint64_t old = r->state;
	r->state = old * 6364136223846793005ull + r->inc;
	uint32_t xorshifted = (uint32_t)(((old >> 18) ^ old) >> 27);
	uint32_t rot = (uint32_t)(old >> 59);
	return (xorshifted >> rot) | (xorshifted << ((32 - rot) & 31));
}

static pcg pcg_for(uint64_t seed, uint64_t a, uint64_t b)
{
	pcg r = {0, ((a * 0x9e3779b97f4a7c15ull) ^ (b + 0x632be59bd9b4e019ull)) << 1 | 1};
	pcg_next(&r);
	r.state += seed ^ (a << 20) ^ b;
	pcg_next(&r);
	return r;
}

static uint32_t below(pcg *r, uint32_t n)
{
	return n ? (uint32_t)(((uint64_t)pcg_next(r) * n) >> 32) : 0;
}

static bool chance(pcg *r, double p)
{
	return pcg_next(r) < p * 4294967296.0;
}

/* ---- the language ---- */

enum { VOCAB = 40000, PHRASES = 5000, BOILER_VARIANTS = 20 };
enum { T_COMMA = -100 }; /* tokens: >= 0 content word; -1 - k function word k; T_COMMA */

static const char *const function_words[] = {"the", "of", "and", "to", "in", "for", "a", "on", "with", "by",
                                             "as", "at", "is", "that", "be", "its", "their", "this", "from", "an"};
enum { NFUNC = sizeof function_words / sizeof *function_words };
/* words machine translations add: not stop words, so they cost the alignment a gap */
static const char *const fillers[] = {"further", "actively", "effectively", "comprehensively", "fully", "also",
                                      "vigorously", "firmly", "resolutely", "earnestly", "continuously", "deeply"};
enum { NFILL = sizeof fillers / sizeof *fillers };

static char vocab[VOCAB][12];
static double zipf_cum[VOCAB];
static int32_t phrase_words[PHRASES][4];
static uint8_t phrase_len[PHRASES];
static double phrase_cum[PHRASES];

/* Word i: three consonant-vowel syllables from i's digits in base 90, and a final consonant:
 * distinct for every i, never an English stop word. */
static void make_vocab(void)
{
	static const char cons[] = "bdfghklmnprstvzjcw", vow[] = "aeiou";
	for (uint32_t i = 0; i < VOCAB; i++) {
		uint32_t x = i;
		char *w = vocab[i];
		for (int s = 0; s < 3; s++, x /= 90) {
			*w++ = cons[(x % 90) / 5];
			*w++ = vow[(x % 90) % 5];
		}
		*w++ = cons[(i * 7) % 18];
		*w = '\0';
	}
	double sum = 0;
	for (uint32_t r = 0; r < VOCAB; r++)
		zipf_cum[r] = sum += 1.0 / (r + 2.7);
	for (uint32_t r = 0; r < VOCAB; r++)
		zipf_cum[r] /= sum;
	pcg g = pcg_for(7, 1, 1);
	sum = 0;
	for (uint32_t p = 0; p < PHRASES; p++) {
		phrase_len[p] = (uint8_t)(2 + below(&g, 3));
		for (int k = 0; k < phrase_len[p]; k++)
			phrase_words[p][k] = (int32_t)(200 + below(&g, 8000)); /* middling words */
		phrase_cum[p] = sum += 1.0 / (p + 5.0);
	}
	for (uint32_t p = 0; p < PHRASES; p++)
		phrase_cum[p] /= sum;
}

static uint32_t draw(pcg *r, const double *cum, uint32_t n)
{
	double u = pcg_next(r) / 4294967296.0;
	uint32_t lo = 0, hi = n - 1;
	while (lo < hi) {
		uint32_t mid = (lo + hi) / 2;
		if (cum[mid] < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A synonym of content word w: another word of the vocabulary, sometimes two. */
static int synonym(int32_t w, int32_t out[2])
{
	uint32_t h = (uint32_t)w * 2654435761u;
	out[0] = (int32_t)((h >> 8) % VOCAB);
	if (h % 5 == 0) {
		out[1] = (int32_t)((h >> 3) % VOCAB);
		return 2;
	}
	return 1;
}

typedef struct sentence {
	int32_t *t;
	size_t n, cap;
} sentence;

static void push(sentence *s, int32_t tok)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 48;
		if (!(s->t = realloc(s->t, s->cap * sizeof *s->t)))
			die("out of memory");
	}
	s->t[s->n++] = tok;
}

/* A background sentence from its own stream: 10 to 32 words, perhaps a comma between clauses. */
static void background(sentence *s, pcg r)
{
	s->n = 0;
	uint32_t len = 10 + below(&r, 23), comma = chance(&r, 0.5) ? len / 3 + below(&r, len / 3 + 1) : 0;
	for (uint32_t i = 0; i < len;) {
		if (comma && i >= comma) {
			push(s, T_COMMA);
			comma = 0;
		}
		if (i && chance(&r, 0.38)) {
			push(s, -1 - (int32_t)below(&r, NFUNC));
			i++;
		} else if (chance(&r, 0.12)) {
			uint32_t p = draw(&r, phrase_cum, PHRASES);
			for (int k = 0; k < phrase_len[p]; k++, i++)
				push(s, phrase_words[p][k]);
		} else {
			push(s, (int32_t)draw(&r, zipf_cum, VOCAB));
			i++;
		}
	}
}

static size_t words_of(const sentence *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n; i++)
		n += s->t[i] != T_COMMA;
	return n;
}

/* Boilerplate sentence b (the first ones are used most), variant v for its slot. */
enum { BOILER_MAX = 1000 };
static sentence boiler[BOILER_MAX];
static uint32_t boiler_slot[BOILER_MAX]; /* 0: no slot, else the token index of the slot */
static double boiler_cum[BOILER_MAX];
static int32_t variants[BOILER_VARIANTS][2];
static uint32_t nboiler;

static void make_boilerplate(uint32_t n)
{
	nboiler = n;
	pcg g = pcg_for(11, 2, 2);
	double sum = 0;
	for (uint32_t b = 0; b < n; b++) {
		background(&boiler[b], pcg_for(13, b, 3));
		boiler_slot[b] = chance(&g, 0.4) ? 2 + below(&g, (uint32_t)boiler[b].n - 3) : 0;
		boiler_cum[b] = sum += 1.0 / (b + 3.0);
	}
	for (uint32_t b = 0; b < n; b++)
		boiler_cum[b] /= sum;
	for (int v = 0; v < BOILER_VARIANTS; v++) {
		variants[v][0] = (int32_t)(500 + below(&g, 20000));
		variants[v][1] = (int32_t)(500 + below(&g, 20000));
	}
}

/* ---- documents: a skeleton of sentences, planned before any text is written ---- */

enum { K_BACKGROUND, K_BOILER, K_PLANTED };

typedef struct slot {
	uint8_t kind;
	uint16_t words;
	uint32_t arg;        /* boilerplate: template << 8 | variant; planted: copy number */
} slot;

typedef struct doc {
	slot *s;
	uint32_t n;
	uint32_t day;        /* days since 2018-01-01 */
	uint16_t host;
	uint8_t meeting;
	int32_t duplicate_of;  /* -1, or the original this document republishes */
	bool busy;           /* in a duplicate group: no planting */
	uint32_t *used;      /* per sentence: 1 + the passage whose source run it is in, or 0 */
} doc;

typedef struct copy {
	uint32_t passage, doc, at; /* inserted before background sentence `at` of doc */
	uint32_t index;            /* its number among the passage's copies */
} copy;

typedef struct passage {
	uint32_t doc, first, last; /* source: sentences [first, last] */
	uint32_t words;
} passage;

static doc *docs;
static uint32_t ndocs;
static uint64_t seed;

static const struct host {
	const char *name, *level;
} hosts[] = {
	{"State Council", "central"}, {"Political Bureau of the CPC Central Committee", "central"},
	{"Ministry of Agriculture and Rural Affairs", "central"}, {"National Development and Reform Commission", "central"},
	{"Hebei Provincial Party Committee", "provincial"}, {"Zhejiang Provincial Party Committee", "provincial"},
	{"Sichuan Provincial People's Government", "provincial"}, {"Guangdong Provincial Party Committee", "provincial"},
	{"Hunan Provincial Party Committee", "provincial"}, {"Yunnan Provincial People's Government", "provincial"},
	{"Jiaxing Municipal Party Committee", "prefectural"}, {"Shijiazhuang Municipal Party Committee", "prefectural"},
	{"Mianyang Municipal People's Government", "prefectural"}, {"Zhuzhou Municipal Party Committee", "prefectural"},
	{"Anji County Party Committee", "county"}, {"Pingxiang County Party Committee", "county"},
	{"Deqing County People's Government", "county"}, {"Shuangliu District Party Committee", "county"},
};
enum { NHOSTS = sizeof hosts / sizeof *hosts };
static const char *const meetings[] = {"meeting", "standing committee meeting", "study session", "video conference",
                                       "executive meeting", "work conference"};
static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"};

static pcg sentence_stream(uint32_t d, uint32_t i)
{
	return pcg_for(seed, (uint64_t)d + 1, (uint64_t)i + 1000);
}

static void plan_doc(uint32_t d, sentence *scratch)
{
	doc *x = &docs[d];
	pcg r = pcg_for(seed, (uint64_t)d + 1, 0);
	x->day = below(&r, 7 * 365);
	x->host = (uint16_t)below(&r, NHOSTS);
	x->meeting = (uint8_t)below(&r, sizeof meetings / sizeof *meetings);
	x->duplicate_of = -1;
	/* 16 to 46 sentences and their boilerplate: about 5 KB, as the readouts readout meets */
	uint32_t n = 16 + below(&r, 16) + below(&r, 16);
	uint32_t nb = 1 + below(&r, 4);
	x->n = n + nb;
	if (!(x->s = calloc(x->n, sizeof *x->s)) || !(x->used = calloc(x->n, sizeof *x->used)))
		die("out of memory");
	for (uint32_t i = 0; i < x->n; i++) {
		background(scratch, sentence_stream(d, i));
		x->s[i] = (slot){K_BACKGROUND, (uint16_t)words_of(scratch), 0};
	}
	/* boilerplate: often right after the lead and at the end, the rest anywhere */
	for (uint32_t k = 0; k < nb && nboiler; k++) {
		uint32_t at = k == 0 && chance(&r, 0.6) ? 0 : k == 1 && chance(&r, 0.6) ? x->n - 1 : below(&r, x->n);
		uint32_t b = draw(&r, boiler_cum, nboiler), v = below(&r, BOILER_VARIANTS);
		x->s[at] = (slot){K_BOILER, (uint16_t)(words_of(&boiler[b]) + (boiler_slot[b] ? 2 : 0)), b << 8 | v};
	}
}

/* ---- writing ---- */

typedef struct textbuf {
	char *p;
	size_t n, cap;
} textbuf;

static void put(textbuf *o, const char *s, size_t n)
{
	if (o->n + n + 1 > o->cap) {
		o->cap = (o->n + n + 1) * 2;
		if (!(o->p = realloc(o->p, o->cap)))
			die("out of memory");
	}
	memcpy(o->p + o->n, s, n);
	o->n += n;
	o->p[o->n] = '\0';
}

static void puts_(textbuf *o, const char *s)
{
	put(o, s, strlen(s));
}

static void put_word(textbuf *o, const char *w, bool capital)
{
	if (o->n && o->p[o->n - 1] != ' ' && o->p[o->n - 1] != '\n')
		put(o, " ", 1);
	size_t at = o->n;
	puts_(o, w);
	if (capital && o->p[at] >= 'a' && o->p[at] <= 'z')
		o->p[at] = (char)(o->p[at] - 32);
}

/* Writes the tokens as a sentence; returns where its first word starts. */
static size_t render(textbuf *o, const int32_t *t, size_t n)
{
	bool first = true;
	size_t start = o->n + (o->n && o->p[o->n - 1] != ' ' && o->p[o->n - 1] != '\n');
	for (size_t i = 0; i < n; i++) {
		if (t[i] == T_COMMA) {
			if (!first)
				put(o, ",", 1);
			continue;
		}
		const char *w = t[i] >= 0 ? vocab[t[i]] : t[i] <= -1000 ? fillers[-1000 - t[i]] : function_words[-1 - t[i]];
		put_word(o, w, first);
		first = false;
	}
	put(o, ".", 1);
	return start;
}

/* The tokens of a boilerplate sentence with its slot filled. */
static void boiler_tokens(sentence *s, uint32_t arg)
{
	uint32_t b = arg >> 8, v = arg & 0xff;
	s->n = 0;
	for (size_t i = 0; i < boiler[b].n; i++) {
		if (boiler_slot[b] && i == boiler_slot[b]) {
			push(s, variants[v][0]);
			push(s, variants[v][1]);
		}
		push(s, boiler[b].t[i]);
	}
}

/* A copy's changes, as machine translations of one text differ. */
typedef struct perturb {
	double synonym, drop_article, drop_word, insert, swap_clauses;
} perturb;

static const perturb copy_changes = {0.12, 0.5, 0.03, 0.04, 0.3};
static const perturb republish_changes = {0.05, 0.2, 0.01, 0.02, 0.1};

static bool is_article(int32_t t)
{
	return t == -1 || t == -7 || t == -20; /* the, a, an */
}

static void perturbed(sentence *outs, const sentence *in, pcg *r, const perturb *p)
{
	outs->n = 0;
	size_t comma = in->n;
	for (size_t i = 0; i < in->n; i++)
		if (in->t[i] == T_COMMA) {
			comma = i;
			break;
		}
	/* clauses swapped around the comma: "A, B" becomes "B, A" */
	size_t order[2][2] = {{0, in->n}, {0, 0}};
	if (comma < in->n && chance(r, p->swap_clauses)) {
		order[0][0] = comma + 1;
		order[0][1] = in->n;
		order[1][0] = 0;
		order[1][1] = comma;
	}
	for (int part = 0; part < 2; part++) {
		if (part == 1 && order[1][1] > order[1][0])
			push(outs, T_COMMA);
		for (size_t i = order[part][0]; i < order[part][1]; i++) {
			int32_t t = in->t[i];
			if (t == T_COMMA) {
				push(outs, t);
				continue;
			}
			if (is_article(t) && chance(r, p->drop_article))
				continue;
			if (t >= 0 && chance(r, p->drop_word))
				continue;
			int32_t syn[2];
			if (t >= 0 && chance(r, p->synonym)) {
				int k = synonym(t, syn);
				for (int j = 0; j < k; j++)
					push(outs, syn[j]);
			} else {
				push(outs, t);
			}
			if (chance(r, p->insert))
				push(outs, -1000 - (int32_t)below(r, NFILL));
		}
	}
}

static size_t count_words(const char *s, size_t n)
{
	size_t w = 0;
	bool in = false;
	for (size_t i = 0; i < n; i++) {
		bool space = s[i] == ' ' || s[i] == '\n';
		w += !space && !in;
		in = !space;
	}
	return w;
}

static void json_string(FILE *f, const char *s, size_t n)
{
	fputc('"', f);
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

static passage *passages;
static uint32_t npassages;
static copy *copies;
static uint32_t ncopies;
static int32_t *first_copy, *next_copy; /* the copies planned into each document, as lists */

static int cmp_copy(const void *x, const void *y)
{
	const copy *a = x, *b = y;
	if (a->doc != b->doc)
		return a->doc < b->doc ? -1 : 1;
	return (a->at > b->at) - (a->at < b->at);
}

/* The calendar date of a day number: y, m (0-11), day of month (1-31). */
static void calendar(uint32_t days, int *y, int *m, int *day)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int d = (int)days;
	*y = 2018;
	for (int len; d >= (len = *y % 4 == 0 ? 366 : 365); (*y)++)
		d -= len;
	*m = 0;
	for (int len; d >= (len = mdays[*m] + (*m == 1 && *y % 4 == 0)); (*m)++)
		d -= len;
	*day = d + 1;
}

/* Writes document d: its text to corpus, its planted spans to truth. ins: the copies to
 * insert into it, by position. */
static void write_doc(FILE *corpus, FILE *truth, uint32_t d, const copy *ins, size_t nins, textbuf *o, sentence *a,
                      sentence *b)
{
	const doc *x = &docs[d];
	bool republished = x->duplicate_of >= 0;
	uint32_t src = republished ? (uint32_t)x->duplicate_of : d;
	const doc *body = &docs[src];
	o->n = 0;
	int y, m, day;
	calendar(x->day, &y, &m, &day);
	pcg r = pcg_for(seed, (uint64_t)d + 1, 1);
	char line[512];
	/* published the day after the meeting; a republication a day later still */
	int py, pm, pday;
	calendar(x->day + 1 + republished, &py, &pm, &pday);
	snprintf(line, sizeof line, "Release time: %04d-%02d-%02d %02u:%02u Source: %s\n\n", py, pm + 1, pday,
	         8 + below(&r, 10), below(&r, 60), republished ? "Xinhua" : "local news network");
	puts_(o, line);
	snprintf(line, sizeof line, "On %s %d, the %s held a %s.", months[m], day, hosts[body->host].name,
	         meetings[body->meeting]);
	puts_(o, line);
	size_t k = 0, run_start = 0;
	for (uint32_t i = 0; i <= body->n; i++) {
		for (; k < nins && ins[k].at == i; k++) {
			const copy *c = &ins[k];
			const passage *p = &passages[c->passage];
			puts_(o, "\n\n");
			size_t start = o->n;
			pcg cr = pcg_for(seed ^ 0x5eed, c->passage + 1, c->index + 1);
			for (uint32_t s = p->first; s <= p->last; s++) {
				background(a, sentence_stream(p->doc, s));
				perturbed(b, a, &cr, &copy_changes);
				render(o, b->t, b->n);
			}
			fprintf(truth, "{\"doc\":\"r%07u\",\"passage\":%u,\"role\":\"copy\",\"copy\":%u,\"start\":%zu,"
			               "\"end\":%zu,\"words\":%zu}\n",
			        d + 1, c->passage, c->index, start, o->n, count_words(o->p + start, o->n - start));
			puts_(o, "\n\n");
		}
		if (i == body->n)
			break;
		const slot *s = &body->s[i];
		if (i % 5 == 4)
			puts_(o, "\n\n");
		if (s->kind == K_BOILER)
			boiler_tokens(a, s->arg);
		else
			background(a, sentence_stream(src, i));
		size_t start;
		if (republished) {
			pcg dr = pcg_for(seed ^ 0xd0b1e, d + 1, i + 1);
			perturbed(b, a, &dr, &republish_changes);
			start = render(o, b->t, b->n);
		} else {
			start = render(o, a->t, a->n);
		}
		uint32_t u = republished ? 0 : x->used[i];
		if (u && (i == 0 || x->used[i - 1] != u))
			run_start = start;
		if (u && (i + 1 == body->n || x->used[i + 1] != u))
			fprintf(truth, "{\"doc\":\"r%07u\",\"passage\":%u,\"role\":\"source\",\"start\":%zu,\"end\":%zu,"
			               "\"words\":%zu}\n",
			        d + 1, u - 1, run_start, o->n, count_words(o->p + run_start, o->n - run_start));
	}
	put(o, "\n", 1);
	fprintf(corpus, "{\"id\":\"r%07u\",\"text\":", d + 1);
	json_string(corpus, o->p, o->n);
	fputs("}\n", corpus);
	if (republished)
		fprintf(truth, "{\"doc\":\"r%07u\",\"duplicate\":%d,\"role\":\"copy\"}\n", d + 1, x->duplicate_of);
	else if (x->busy)
		fprintf(truth, "{\"doc\":\"r%07u\",\"duplicate\":%u,\"role\":\"original\"}\n", d + 1, d);
}

/* A source run for passage p: consecutive background sentences of a document, at least
 * `want` words, none used already. */
static bool plan_source(pcg *r, uint32_t p, uint32_t want)
{
	for (int tries = 0; tries < 100; tries++) {
		uint32_t d = below(r, ndocs);
		doc *x = &docs[d];
		if (x->busy)
			continue;
		uint32_t first = below(r, x->n), words = 0, last = first;
		for (; last < x->n; last++) {
			if (x->s[last].kind != K_BACKGROUND || x->used[last])
				break;
			words += x->s[last].words;
			if (words >= want)
				break;
		}
		if (last >= x->n || words < want || x->s[last].kind != K_BACKGROUND || x->used[last])
			continue;
		bool copy_inside = false; /* a copy planned into this run would split it */
		for (int32_t c = first_copy[d]; c >= 0 && !copy_inside; c = next_copy[c])
			copy_inside = copies[c].at > first && copies[c].at <= last;
		if (copy_inside)
			continue;
		for (uint32_t i = first; i <= last; i++)
			x->used[i] = p + 1;
		passages[p] = (passage){d, first, last, words};
		return true;
	}
	return false;
}

/* Where copy c of passage p goes: a later document, a place not inside a source run and not
 * next to another copy. */
static bool plan_copy(pcg *r, uint32_t p, uint32_t index, copy *out)
{
	const passage *ps = &passages[p];
	for (int tries = 0; tries < 200; tries++) {
		uint32_t d = below(r, ndocs);
		doc *x = &docs[d];
		if (x->busy || d == ps->doc || x->day <= docs[ps->doc].day)
			continue;
		uint32_t at = 1 + below(r, x->n - 1);
		if (x->used[at - 1] && x->used[at - 1] == x->used[at])
			continue;
		bool clash = false;
		for (int32_t c = first_copy[d]; c >= 0 && !clash; c = next_copy[c])
			clash = copies[c].passage == p || (copies[c].at + 1 >= at && copies[c].at <= at + 1);
		if (clash)
			continue;
		*out = (copy){p, d, at, index};
		next_copy[ncopies] = first_copy[d];
		first_copy[d] = (int32_t)ncopies;
		return true;
	}
	return false;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"docs", required_argument, NULL, 'n'}, {"seed", required_argument, NULL, 's'},
		{"passages", required_argument, NULL, 'p'}, {"duplicates", required_argument, NULL, 'd'},
		{"boilerplate", required_argument, NULL, 'b'}, {"out", required_argument, NULL, 'o'},
		{"truth", required_argument, NULL, 't'}, {"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	long n = 1000, np = -1, nd = -1, nb = 40;
	const char *outp = NULL, *truthp = NULL;
	int quiet = 0, opt;
	seed = 1;
	while ((opt = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
		switch (opt) {
		case 'n': n = atol(optarg); break;
		case 's': seed = strtoull(optarg, NULL, 10); break;
		case 'p': np = atol(optarg); break;
		case 'd': nd = atol(optarg); break;
		case 'b': nb = atol(optarg); break;
		case 'o': outp = optarg; break;
		case 't': truthp = optarg; break;
		case 'q': quiet = 1; break;
		case 'h':
			printf("usage: gen_reuse --docs N [--seed S] [--passages P] [--duplicates D] [--boilerplate B]\n"
			       "                 --out FILE.jsonl [--truth FILE] [--quiet]\n"
			       "Defaults: P = N / 10 passages (each copied into 1 to 3 later documents), D = N / 200\n"
			       "republished documents, B = 40 boilerplate sentences. The truth goes to FILE.truth.jsonl\n"
			       "beside FILE.jsonl unless --truth says where.\n");
			return 0;
		default: return 2;
		}
	}
	if (n < 10 || n > 10000000 || !outp || nb < 0 || nb > BOILER_MAX)
		die("needs --docs N (10 to 10,000,000), --out FILE, and --boilerplate at most %d", BOILER_MAX);
	ndocs = (uint32_t)n;
	npassages = (uint32_t)(np >= 0 ? np : n / 10);
	uint32_t nduplicates = (uint32_t)(nd >= 0 ? nd : n / 200);
	char *tp = NULL;
	if (!truthp) {
		size_t l = strlen(outp);
		if (asprintf(&tp, "%.*s.truth.jsonl", (int)(l > 6 && !strcmp(outp + l - 6, ".jsonl") ? l - 6 : l), outp) < 0)
			die("out of memory");
		truthp = tp;
	}
	make_vocab();
	make_boilerplate((uint32_t)nb);
	if (!(docs = calloc(ndocs, sizeof *docs)) || !(passages = calloc(npassages + 1, sizeof *passages)) ||
	    !(copies = calloc((size_t)npassages * 3 + 1, sizeof *copies)) ||
	    !(first_copy = malloc(ndocs * sizeof *first_copy)) ||
	    !(next_copy = malloc(((size_t)npassages * 3 + 1) * sizeof *next_copy)))
		die("out of memory");
	memset(first_copy, 0xff, ndocs * sizeof *first_copy);
	sentence a = {0}, b = {0};
	for (uint32_t d = 0; d < ndocs; d++)
		plan_doc(d, &a);
	pcg plan = pcg_for(seed, 0, 7);
	/* republished documents: an original and its copy, both kept out of the planting */
	for (uint32_t k = 0; k < nduplicates; k++) {
		uint32_t o = below(&plan, ndocs), c = below(&plan, ndocs);
		if (o == c || docs[o].busy || docs[c].busy)
			continue;
		docs[o].busy = docs[c].busy = true;
		docs[c].duplicate_of = (int32_t)o;
		docs[c].day = docs[o].day;
	}
	uint32_t planted = 0;
	for (uint32_t p = 0; p < npassages; p++) {
		uint32_t want = 20 + below(&plan, 281);
		if (!plan_source(&plan, planted, want))
			continue;
		uint32_t ncopy = 1 + below(&plan, 3), made = 0;
		for (uint32_t c = 0; c < ncopy; c++)
			if (plan_copy(&plan, planted, made, &copies[ncopies]))
				ncopies++, made++;
		if (!made) { /* no later document would take it */
			const passage *ps = &passages[planted];
			for (uint32_t i = ps->first; i <= ps->last; i++)
				docs[ps->doc].used[i] = 0;
			continue;
		}
		planted++;
	}
	npassages = planted;
	qsort(copies, ncopies, sizeof *copies, cmp_copy);
	FILE *corpus = strcmp(outp, "-") ? fopen(outp, "w") : stdout, *truth = fopen(truthp, "w");
	if (!corpus || !truth)
		die("%s: %s", !corpus ? outp : truthp, strerror(errno));
	textbuf o = {0};
	size_t c = 0, bytes = 0;
	for (uint32_t d = 0; d < ndocs; d++) {
		size_t from = c;
		while (c < ncopies && copies[c].doc == d)
			c++;
		write_doc(corpus, truth, d, copies + from, c - from, &o, &a, &b);
		bytes += o.n;
	}
	if ((corpus != stdout && fclose(corpus)) || fclose(truth))
		die("cannot write: %s", strerror(errno));
	if (!quiet)
		fprintf(stderr, "gen_reuse: %u documents (%.1f MB of text), %u passages in %u copies, %u republished, "
		                "%u boilerplate sentences; truth in %s\n",
		        ndocs, bytes / 1e6, npassages, ncopies, nduplicates, (unsigned)nb, truthp);
	for (uint32_t d = 0; d < ndocs; d++) {
		free(docs[d].s);
		free(docs[d].used);
	}
	free(docs);
	free(passages);
	free(copies);
	free(first_copy);
	free(next_copy);
	free(a.t);
	free(b.t);
	free(o.p);
	free(tp);
	for (uint32_t k = 0; k < nboiler; k++)
		free(boiler[k].t);
	return 0;
}
