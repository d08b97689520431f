/* stream.c — the stages of reuse as JSON Lines filters (readout_reuse_stream), for Hadoop
 * Streaming and Spark's pipe, giving what `readout reuse` gives over the same documents. The
 * lines between stages have fixed shapes, read by the strict scanners of this file (anything
 * else is a bad line, reported with its number); documents and the final passages go through
 * jansson. Every line starts with its key, so `LC_ALL=C sort` is a shuffle, and a reduce stage
 * refuses input that is not sorted rather than give wrong groups. */
#include "reuse/run.h"
#include "reuse/words.h"
#include "readout/buf.h"
#include "util/error.h"
#include "util/grow.h"
#include "util/u64map.h"

#include <inttypes.h>
#include <stdarg.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* ---- reading lines ---- */

typedef struct reader {
	FILE *f;
	const char *name;
	size_t lineno, max;
	readout_buf line;
	const readout_reuse_stream_options *o;
	readout_reuse_stream_report *report;
} reader;

static void bad(reader *r, const char *why)
{
	r->report->bad_lines++;
	if (r->o->bad_line) {
		char where[512];
		snprintf(where, sizeof where, "%s:%zu", r->name, r->lineno);
		r->o->bad_line(r->o->bad_line_user, where, why);
	}
}

/* The next line (without its newline) in r->line: 1, or 0 at the end. A line over max is
 * reported and skipped; blank lines are skipped. */
static int next_line(reader *r)
{
	char chunk[65536];
	for (;;) {
		readout_buf_clear(&r->line);
		bool too_long = false, any = false;
		while (fgets(chunk, sizeof chunk, r->f)) {
			any = true;
			size_t n = strlen(chunk);
			bool eol = n && chunk[n - 1] == '\n';
			if (eol)
				n--;
			if (!too_long && (r->line.len + n > r->max || readout_buf_append(&r->line, chunk, n)))
				too_long = true;
			if (eol)
				break;
		}
		if (!any)
			return 0;
		r->lineno++;
		r->report->lines_in++;
		if (too_long) {
			bad(r, "line over the size limit");
			continue;
		}
		/* a record separator or a key-value tab a framework may add */
		while (r->line.len && (r->line.data[r->line.len - 1] == '\r' || r->line.data[r->line.len - 1] == '\t' ||
		                       r->line.data[r->line.len - 1] == ' '))
			r->line.data[--r->line.len] = '\0';
		if (!r->line.len)
			continue;
		return 1;
	}
}

/* ---- strict scanners of the lines between stages ---- */

typedef struct scan {
	const char *p, *end;
} scan;

static bool lit(scan *s, const char *text)
{
	size_t n = strlen(text);
	if ((size_t)(s->end - s->p) < n || memcmp(s->p, text, n) != 0)
		return false;
	s->p += n;
	return true;
}

/* n lower-case hex digits into out[n + 1]. */
static bool hex(scan *s, char *out, size_t n)
{
	if ((size_t)(s->end - s->p) < n)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s->p[i];
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
			return false;
		out[i] = c;
	}
	out[n] = '\0';
	s->p += n;
	return true;
}

static bool number(scan *s, uint32_t *out)
{
	uint64_t v = 0;
	const char *start = s->p;
	while (s->p < s->end && *s->p >= '0' && *s->p <= '9' && s->p - start < 11)
		v = v * 10 + (uint64_t)(*s->p++ - '0');
	if (s->p == start || v > UINT32_MAX || (s->p - start > 1 && *start == '0'))
		return false;
	*out = (uint32_t)v;
	return true;
}

static bool at_end(const scan *s)
{
	return s->p == s->end;
}

static scan scan_of(const readout_buf *b)
{
	return (scan){b->data, b->data + b->len};
}

/* {"g":"<16 hex>","d":"<32 hex>","p":N} */
typedef struct ngram_line {
	char g[17], d[33];
	uint32_t p;
} ngram_line;

static bool parse_ngram(const readout_buf *b, ngram_line *x)
{
	scan s = scan_of(b);
	return lit(&s, "{\"g\":\"") && hex(&s, x->g, 16) && lit(&s, "\",\"d\":\"") && hex(&s, x->d, 32) &&
	       lit(&s, "\",\"p\":") && number(&s, &x->p) && lit(&s, "}") && at_end(&s);
}

/* {"b":"<16 hex>"} */
static bool parse_boilerplate(const readout_buf *b, char g[17])
{
	scan s = scan_of(b);
	return lit(&s, "{\"b\":\"") && hex(&s, g, 16) && lit(&s, "\"}") && at_end(&s);
}

/* {"k":"<64 hex>","g":"<16 hex>","a":N,"b":N} */
typedef struct hit_line {
	char k[65], g[17];
	uint32_t a, b;
} hit_line;

static bool parse_hit(const readout_buf *b, hit_line *x)
{
	scan s = scan_of(b);
	return lit(&s, "{\"k\":\"") && hex(&s, x->k, 64) && lit(&s, "\",\"g\":\"") && hex(&s, x->g, 16) &&
	       lit(&s, "\",\"a\":") && number(&s, &x->a) && lit(&s, ",\"b\":") && number(&s, &x->b) && lit(&s, "}") &&
	       at_end(&s);
}

/* {"k":"<64 hex>","anchors":[[N,N],...]} into k and anchors */
static bool parse_candidate(const readout_buf *b, char k[65], reuse_anchor **anchors, size_t *n, size_t *cap)
{
	scan s = scan_of(b);
	*n = 0;
	if (!lit(&s, "{\"k\":\"") || !hex(&s, k, 64) || !lit(&s, "\",\"anchors\":["))
		return false;
	do {
		reuse_anchor x;
		if (!lit(&s, "[") || !number(&s, &x.a) || !lit(&s, ",") || !number(&s, &x.b) || !lit(&s, "]"))
			return false;
		if (!grow_array((void **)anchors, cap, *n + 1, sizeof **anchors, 64))
			return false;
		(*anchors)[(*n)++] = x;
	} while (lit(&s, ","));
	return lit(&s, "]}") && at_end(&s);
}

/* The key of a routed line: {"k":"<64 hex>", followed by anything. */
static bool parse_key(const readout_buf *b, char k[65])
{
	scan s = scan_of(b);
	return lit(&s, "{\"k\":\"") && hex(&s, k, 64) && lit(&s, "\",");
}

/* ---- documents ---- */

typedef struct doc_in {
	json_t *root;
	const char *text;
	size_t len;
	json_t *id;              /* string or integer */
	const char *published, *date, *level;
	char hash[33];
} doc_in;

static const char *string_member(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* A document from a JSON object: plain ({"id", "text", "published", "date", "level"}) or a
 * record of `readout extract --with-text` (its main event's date and level). */
static bool doc_of(json_t *root, doc_in *d, const char **why)
{
	memset(d, 0, sizeof *d);
	d->root = root;
	json_t *text = json_object_get(root, "text"), *id = json_object_get(root, "id");
	if (!json_is_object(root)) {
		*why = "not a JSON object";
		return false;
	}
	if (!json_is_string(text)) {
		*why = "no \"text\" string";
		return false;
	}
	if (!json_is_string(id) && !json_is_integer(id)) {
		*why = "no \"id\" string or number";
		return false;
	}
	d->id = id;
	d->text = json_string_value(text);
	d->len = json_string_length(text);
	d->published = string_member(root, "published");
	d->date = string_member(root, "date");
	d->level = string_member(root, "level");
	json_t *events = json_object_get(root, "events");
	json_t *main_event = json_is_array(events) ? json_array_get(events, 0) : NULL;
	if (json_is_object(main_event)) {
		if (!d->date)
			d->date = string_member(main_event, "date");
		if (!d->level)
			d->level = string_member(main_event, "level");
	}
	readout_store_hash(d->hash, d->text, d->len);
	return true;
}

static bool read_doc(reader *r, const char *text, size_t len, doc_in *d)
{
	json_error_t err;
	json_t *root = json_loadb(text, len, 0, &err);
	if (!root) {
		char why[256];
		snprintf(why, sizeof why, "malformed JSON: %s (column %d)", err.text, err.column);
		bad(r, why);
		return false;
	}
	const char *why;
	if (!doc_of(root, d, &why)) {
		bad(r, why);
		json_decref(root);
		return false;
	}
	return true;
}

/* The id as text (a number is written as its digits). */
static void id_text(const doc_in *d, char *out, size_t cap)
{
	if (json_is_string(d->id))
		snprintf(out, cap, "%s", json_string_value(d->id));
	else
		snprintf(out, cap, "%" JSON_INTEGER_FORMAT, json_integer_value(d->id));
}

static int write_line(FILE *out, readout_reuse_stream_report *report, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int write_line(FILE *out, readout_reuse_stream_report *report, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vfprintf(out, fmt, ap);
	va_end(ap);
	if (n < 0)
		return readout_error__set(READOUT_EIO, "cannot write the output");
	report->lines_out++;
	return 0;
}

static int write_json(FILE *out, readout_reuse_stream_report *report, json_t *o)
{
	if (json_dumpf(o, out, JSON_PRESERVE_ORDER | JSON_COMPACT) || fputc('\n', out) == EOF)
		return readout_error__set(READOUT_EIO, "cannot write the output");
	report->lines_out++;
	return 0;
}

/* ---- NGRAMS: documents -> one line per distinct n-gram of each ---- */

typedef struct gram_at {
	uint64_t h;
	uint32_t pos;
} gram_at;

static int cmp_gram_at(const void *x, const void *y)
{
	const gram_at *a = x, *b = y;
	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	return (a->pos > b->pos) - (a->pos < b->pos);
}

static int stage_ngrams(reader *r, FILE *out)
{
	reuse_words w;
	memset(&w, 0, sizeof w);
	gram_at *v = NULL;
	size_t cap = 0;
	unsigned n = r->o->reuse.ngram;
	int rc = 0;
	while (!rc && next_line(r)) {
		doc_in d;
		if (!read_doc(r, r->line.data, r->line.len, &d))
			continue;
		if ((rc = reuse_words_build(&w, d.text, d.len))) {
			json_decref(d.root);
			break;
		}
		size_t count = w.ncontent >= n ? w.ncontent - n + 1 : 0;
		if (!grow_array((void **)&v, &cap, count + 1, sizeof *v, 1024))
			rc = readout_error__set(READOUT_ENOMEM, "out of memory");
		for (size_t i = 0; i < count && !rc; i++)
			v[i] = (gram_at){reuse_ngram_hash(w.terms + i, n), (uint32_t)i};
		qsort(v, count, sizeof *v, cmp_gram_at);
		for (size_t i = 0; i < count && !rc; i++)
			if (i == 0 || v[i].h != v[i - 1].h) /* its first position */
				rc = write_line(out, r->report, "{\"g\":\"%016" PRIx64 "\",\"d\":\"%s\",\"p\":%" PRIu32 "}\n", v[i].h,
				                d.hash, v[i].pos);
		json_decref(d.root);
	}
	free(v);
	reuse_words_dispose(&w);
	return rc;
}

/* A reduce stage's keys must come in order. */
static int check_order(reader *r, char *last, const char *key)
{
	if (last[0] && strcmp(key, last) < 0)
		return readout_error__set(READOUT_EINVALID,
		                          "%s:%zu: the input is not sorted (sort it byte-wise, LC_ALL=C sort, before this stage)",
		                          r->name, r->lineno);
	strcpy(last, key);
	return 0;
}

/* ---- PAIRS: n-gram groups -> a line per pair sharing one, or a boilerplate line ---- */

typedef struct member {
	char d[33];
	uint32_t p;
} member;

static int cmp_member(const void *x, const void *y)
{
	const member *a = x, *b = y;
	int c = strcmp(a->d, b->d);
	return c ? c : (a->p > b->p) - (a->p < b->p);
}

/* One n-gram's documents: sorted here, since a framework's shuffle orders keys, not the lines
 * of a key; a document given twice (the same text under two ids) is one, at its first position. */
static int flush_ngram(reader *r, FILE *out, const char *g, member *m, size_t n)
{
	qsort(m, n, sizeof *m, cmp_member);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (!k || strcmp(m[k - 1].d, m[i].d) != 0)
			m[k++] = m[i];
	n = k;
	if (n > r->o->reuse.max_df)
		return write_line(out, r->report, "{\"b\":\"%s\"}\n", g);
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++)
		for (size_t j = i + 1; j < n && !rc; j++)
			rc = write_line(out, r->report, "{\"k\":\"%s%s\",\"g\":\"%s\",\"a\":%" PRIu32 ",\"b\":%" PRIu32 "}\n",
			                m[i].d, m[j].d, g, m[i].p, m[j].p);
	return rc;
}

static int stage_pairs(reader *r, FILE *out)
{
	member *m = NULL;
	size_t n = 0, cap = 0;
	char g[17] = "", last[17] = "";
	int rc = 0;
	while (!rc && next_line(r)) {
		ngram_line x;
		if (!parse_ngram(&r->line, &x)) {
			bad(r, "not an n-gram line ({\"g\":...,\"d\":...,\"p\":...})");
			continue;
		}
		if ((rc = check_order(r, last, x.g)))
			break;
		if (strcmp(x.g, g) != 0) {
			if (n && (rc = flush_ngram(r, out, g, m, n)))
				break;
			n = 0;
			strcpy(g, x.g);
		}
		if (!grow_array((void **)&m, &cap, n + 1, sizeof *m, 64)) {
			rc = readout_error__set(READOUT_ENOMEM, "out of memory");
			break;
		}
		memcpy(m[n].d, x.d, sizeof x.d);
		m[n++].p = x.p;
	}
	if (!rc && n)
		rc = flush_ngram(r, out, g, m, n);
	free(m);
	return rc;
}

/* ---- CANDIDATES: pair groups -> the pairs with min_shared anchors ---- */

static int cmp_anchor_a(const void *x, const void *y)
{
	const reuse_anchor *a = x, *b = y;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return (a->b > b->b) - (a->b < b->b);
}

static int flush_pair(reader *r, FILE *out, const char *k, reuse_anchor *v, size_t n)
{
	if (n < r->o->reuse.min_shared)
		return 0;
	qsort(v, n, sizeof *v, cmp_anchor_a);
	if (fprintf(out, "{\"k\":\"%s\",\"anchors\":[", k) < 0)
		return readout_error__set(READOUT_EIO, "cannot write the output");
	for (size_t i = 0; i < n; i++)
		if (fprintf(out, "%s[%" PRIu32 ",%" PRIu32 "]", i ? "," : "", v[i].a, v[i].b) < 0)
			return readout_error__set(READOUT_EIO, "cannot write the output");
	return write_line(out, r->report, "]}\n");
}

static int stage_candidates(reader *r, FILE *out)
{
	reuse_anchor *v = NULL;
	size_t n = 0, cap = 0;
	char k[65] = "", last[65] = "", g[17];
	int rc = 0;
	while (!rc && next_line(r)) {
		hit_line x;
		if (parse_boilerplate(&r->line, g)) { /* for the ALIGN stage: passed on */
			rc = write_line(out, r->report, "%s\n", r->line.data);
			continue;
		}
		if (!parse_hit(&r->line, &x)) {
			bad(r, "not a pair line ({\"k\":...,\"g\":...,\"a\":...,\"b\":...}) nor a boilerplate line");
			continue;
		}
		if ((rc = check_order(r, last, x.k)))
			break;
		if (strcmp(x.k, k) != 0) {
			if (n && (rc = flush_pair(r, out, k, v, n)))
				break;
			n = 0;
			strcpy(k, x.k);
		}
		if (!grow_array((void **)&v, &cap, n + 1, sizeof *v, 64)) {
			rc = readout_error__set(READOUT_ENOMEM, "out of memory");
			break;
		}
		v[n++] = (reuse_anchor){x.a, x.b};
	}
	if (!rc && n)
		rc = flush_pair(r, out, k, v, n);
	free(v);
	return rc;
}

/* ---- side files ---- */

/* Reads every line of the side files with fn; their bad lines are reported too. */
static int read_side_files(const readout_reuse_stream_options *o, readout_reuse_stream_report *report,
                           int (*fn)(void *user, reader *r), void *user)
{
	int rc = 0;
	for (size_t i = 0; i < o->nside_files && !rc; i++) {
		FILE *f = fopen(o->side_files[i], "rb");
		if (!f)
			return readout_error__set(READOUT_ENOTFOUND, "%s: cannot open", o->side_files[i]);
		readout_reuse_stream_report side = {0};
		reader r = {f, o->side_files[i], 0, o->max_line, READOUT_BUF_INIT, o, &side};
		while (!rc && next_line(&r))
			rc = fn(user, &r);
		readout_buf_dispose(&r.line);
		fclose(f);
		report->bad_lines += side.bad_lines;
	}
	return rc;
}

/* Candidate pairs by document: each document's hash points to the pairs it is in. */
typedef struct routes {
	u64map first;          /* hash of a document hash -> 1 + its first entry */
	struct route {
		char k[65];
		int32_t next;      /* the document's next entry, or -1 */
		char d[33];
	} *v;
	size_t n, cap;
} routes;

static uint64_t hash_key(const char *d)
{
	uint64_t h = 1469598103934665603ull;
	for (; *d; d++)
		h = (h ^ (unsigned char)*d) * 1099511628211ull;
	return h ? h : 1;
}

static int add_route(routes *x, const char *k, const char *d)
{
	if (!grow_array((void **)&x->v, &x->cap, x->n + 1, sizeof *x->v, 256))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	uint64_t h = hash_key(d), head = 0;
	u64map_get(&x->first, h, &head);
	struct route *e = &x->v[x->n];
	memcpy(e->k, k, 65);
	memcpy(e->d, d, 33);
	e->next = (int32_t)head - 1;
	return u64map_put(&x->first, h, ++x->n, false);
}

typedef struct route_load {
	routes *x;
	reuse_anchor *anchors;
	size_t n, cap;
} route_load;

static int load_route(void *user, reader *r)
{
	route_load *l = user;
	char k[65], g[17];
	if (parse_boilerplate(&r->line, g))
		return 0;
	if (!parse_candidate(&r->line, k, &l->anchors, &l->n, &l->cap)) {
		bad(r, "not a candidate line ({\"k\":...,\"anchors\":[[a,b],...]})");
		return 0;
	}
	char a[33], b[33];
	memcpy(a, k, 32);
	a[32] = '\0';
	memcpy(b, k + 32, 33);
	int rc = add_route(l->x, k, a);
	return rc ? rc : add_route(l->x, k, b);
}

/* ---- ROUTE: documents -> a copy per candidate pair; candidates passed on ---- */

static int stage_route(reader *r, FILE *out)
{
	routes x;
	memset(&x, 0, sizeof x);
	route_load l = {&x, NULL, 0, 0};
	int rc = read_side_files(r->o, r->report, load_route, &l);
	free(l.anchors);
	while (!rc && next_line(r)) {
		char k[65], g[17];
		if (parse_boilerplate(&r->line, g))
			continue;
		if (parse_key(&r->line, k)) { /* a candidate: on to the pair's group */
			rc = write_line(out, r->report, "%s\n", r->line.data);
			continue;
		}
		doc_in d;
		if (!read_doc(r, r->line.data, r->line.len, &d))
			continue;
		uint64_t head = 0;
		u64map_get(&x.first, hash_key(d.hash), &head);
		char id[512];
		id_text(&d, id, sizeof id);
		for (int32_t e = (int32_t)head - 1; e >= 0 && !rc; e = x.v[e].next) {
			if (strcmp(x.v[e].d, d.hash) != 0)
				continue;
			json_t *o = json_object();
			json_t *doc = json_object();
			if (!o || !doc || json_object_set_new(o, "k", json_string(x.v[e].k)) ||
			    json_object_set_new(doc, "id", json_string(id)) || json_object_set_new(doc, "hash", json_string(d.hash)) ||
			    json_object_set_new(doc, "published", d.published ? json_string(d.published) : json_null()) ||
			    json_object_set_new(doc, "date", d.date ? json_string(d.date) : json_null()) ||
			    json_object_set_new(doc, "level", d.level ? json_string(d.level) : json_null()) ||
			    json_object_set_new(doc, "text", json_stringn(d.text, d.len)) || json_object_set(o, "doc", doc))
				rc = readout_error__set(READOUT_ENOMEM, "out of memory");
			if (!rc)
				rc = write_json(out, r->report, o);
			json_decref(doc);
			json_decref(o);
		}
		json_decref(d.root);
	}
	u64map_dispose(&x.first);
	free(x.v);
	return rc;
}

/* ---- ALIGN: a pair's group -> its passages ---- */

static int load_boilerplate(void *user, reader *r)
{
	u64map *set = user;
	char g[17];
	if (!parse_boilerplate(&r->line, g))
		return 0; /* candidate lines share the file */
	uint64_t h = strtoull(g, NULL, 16);
	return u64map_put(set, h ? h : 1, 1, true);
}

/* One document of a pair as the aligner and the output need it. */
typedef struct side_doc {
	json_t *root;          /* the routed line */
	doc_in d;
	reuse_words w;
	uint64_t *marks;
	reuse_doc meta;
	char id[512];
} side_doc;

static int prepare_side(side_doc *s, const u64map *boilerplate, unsigned n)
{
	int rc = reuse_words_build(&s->w, s->d.text, s->d.len);
	if (rc)
		return rc;
	free(s->marks);
	if (!(s->marks = calloc(s->w.ncontent / 64 + 1, sizeof *s->marks)))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	for (size_t i = 0; i + n <= s->w.ncontent; i++) {
		uint64_t h = reuse_ngram_hash(s->w.terms + i, n);
		if (u64map_get(boilerplate, h, NULL))
			reuse_mark(s->marks, i, n);
	}
	memset(&s->meta, 0, sizeof s->meta);
	snprintf(s->meta.hash, sizeof s->meta.hash, "%s", s->d.hash);
	reuse_doc_set_date(&s->meta, s->d.published, s->d.date);
	s->meta.level = (uint8_t)reuse_level_rank(s->d.level);
	s->meta.words = (uint32_t)s->w.nwords;
	id_text(&s->d, s->id, sizeof s->id);
	return 0;
}

typedef struct aligning {
	reader *r;
	FILE *out;
	u64map boilerplate;
	reuse_aligner al;
	reuse_passage *passages;
	size_t npassages, pcap;
	reuse_anchor *anchors;
	size_t nanchors, acap;
	bool have_candidate;
	side_doc side[2];       /* side[0]: the pair's first hash, side[1]: its second */
	bool have[2];
	reuse_span *spans;
	reuse_span **cover;
	size_t spans_cap;
} aligning;

static void text_between(json_t *o, const char *key, const char *text, uint32_t start, uint32_t end, int *rc)
{
	if (json_object_set_new(o, key, json_stringn(text + start, end - start)))
		*rc = readout_error__set(READOUT_ENOMEM, "out of memory");
}

static void set_int(json_t *o, const char *key, int64_t v, int *rc)
{
	if (json_object_set_new(o, key, json_integer(v)))
		*rc = readout_error__set(READOUT_ENOMEM, "out of memory");
}

static void set_str(json_t *o, const char *key, const char *v, int *rc)
{
	if (json_object_set_new(o, key, v ? json_string(v) : json_null()))
		*rc = readout_error__set(READOUT_ENOMEM, "out of memory");
}

/* Writes the passages of the pair: the same members as `readout reuse --export passages`. */
static int write_passages(aligning *g, const side_doc *s, const side_doc *t, const char *how)
{
	size_t n = g->npassages;
	if (!grow_array((void **)&g->spans, &g->spans_cap, 2 * n + 1, sizeof *g->spans, 16) ||
	    !(g->cover = realloc(g->cover, (n + 1) * sizeof *g->cover)))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	reuse_span *ss = g->spans, *ts = g->spans + n;
	for (size_t i = 0; i < n; i++) {
		ss[i] = reuse_span_of(&s->w, g->passages[i].a0, g->passages[i].a1);
		ts[i] = reuse_span_of(&t->w, g->passages[i].b0, g->passages[i].b1);
	}
	for (size_t i = 0; i < n; i++)
		g->cover[i] = &ss[i];
	uint32_t scov = reuse_covered(g->cover, n);
	for (size_t i = 0; i < n; i++)
		g->cover[i] = &ts[i];
	uint32_t tcov = reuse_covered(g->cover, n);
	char sshare[32], tshare[32];
	snprintf(sshare, sizeof sshare, "%.4f", s->meta.words ? (double)scov / s->meta.words : 0);
	snprintf(tshare, sizeof tshare, "%.4f", t->meta.words ? (double)tcov / t->meta.words : 0);
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++) {
		const reuse_passage *p = &g->passages[i];
		json_t *o = json_object();
		if (!o)
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		set_str(o, "source", s->id, &rc);
		set_str(o, "target", t->id, &rc);
		set_str(o, "source_hash", s->meta.hash, &rc);
		set_str(o, "target_hash", t->meta.hash, &rc);
		set_str(o, "source_date", s->meta.date[0] ? s->meta.date : NULL, &rc);
		set_str(o, "target_date", t->meta.date[0] ? t->meta.date : NULL, &rc);
		set_str(o, "direction", how, &rc);
		set_int(o, "passage", (int64_t)i, &rc);
		set_int(o, "source_start", ss[i].start, &rc);
		set_int(o, "source_end", ss[i].end, &rc);
		set_int(o, "target_start", ts[i].start, &rc);
		set_int(o, "target_end", ts[i].end, &rc);
		set_int(o, "source_words", ss[i].w1 - ss[i].w0, &rc);
		set_int(o, "target_words", ts[i].w1 - ts[i].w0, &rc);
		set_int(o, "score", p->score, &rc);
		set_int(o, "matches", p->matches, &rc);
		set_str(o, "source_share", sshare, &rc);
		set_str(o, "target_share", tshare, &rc);
		text_between(o, "source_text", s->d.text, ss[i].start, ss[i].end, &rc);
		text_between(o, "target_text", t->d.text, ts[i].start, ts[i].end, &rc);
		if (!rc)
			rc = write_json(g->out, g->r->report, o);
		json_decref(o);
	}
	return rc;
}

static int flush_group(aligning *g, const char *k)
{
	int rc = 0;
	if (!g->have_candidate || !g->have[0] || !g->have[1]) {
		char why[200];
		snprintf(why, sizeof why, "pair %.16s...: %s missing", k,
		         !g->have_candidate ? "its candidate line" : "one of its documents");
		bad(g->r, why);
		goto done;
	}
	unsigned n = g->r->o->reuse.ngram;
	if ((rc = prepare_side(&g->side[0], &g->boilerplate, n)) || (rc = prepare_side(&g->side[1], &g->boilerplate, n)))
		goto done;
	const char *how;
	int src = reuse_source_of(&g->side[0].meta, &g->side[1].meta, &how);
	side_doc *s = &g->side[src], *t = &g->side[1 - src];
	for (size_t i = 0; i < g->nanchors; i++) {
		reuse_anchor x = g->anchors[i];
		if (x.a >= g->side[0].w.ncontent || x.b >= g->side[1].w.ncontent) {
			bad(g->r, "an anchor beyond its document: the candidate comes from other documents");
			goto done;
		}
		if (src)
			g->anchors[i] = (reuse_anchor){x.b, x.a};
	}
	reuse_align_params p;
	readout_reuse_options o;
	reuse_settle(&o, &p, &g->r->o->reuse);
	reuse_side a = {s->w.terms, s->marks, 0, s->w.ncontent}, b = {t->w.terms, t->marks, 0, t->w.ncontent};
	g->npassages = 0;
	if (!(rc = reuse_align(&g->al, &a, &b, g->anchors, g->nanchors, &p, &g->passages, &g->npassages, &g->pcap)))
		rc = write_passages(g, s, t, how);
done:
	for (int i = 0; i < 2; i++) {
		if (g->have[i])
			json_decref(g->side[i].root);
		g->have[i] = false;
	}
	g->have_candidate = false;
	g->nanchors = 0;
	return rc;
}

/* A routed document of pair k: kept as side 0 or 1 by its hash. */
static void take_routed(aligning *g, const char *k)
{
	json_error_t err;
	json_t *root = json_loadb(g->r->line.data, g->r->line.len, 0, &err);
	json_t *doc = root ? json_object_get(root, "doc") : NULL;
	side_doc tmp;
	const char *why = "not a routed document ({\"k\":...,\"doc\":{...}})";
	if (!doc || !doc_of(doc, &tmp.d, &why)) {
		bad(g->r, why);
		json_decref(root);
		return;
	}
	int which = strncmp(tmp.d.hash, k, 32) == 0 ? 0 : strncmp(tmp.d.hash, k + 32, 32) == 0 ? 1 : -1;
	if (which < 0 || g->have[which]) {
		if (which < 0)
			bad(g->r, "a document routed to a pair it is not in");
		json_decref(root); /* a second copy of one text is the same document */
		return;
	}
	side_doc *s = &g->side[which];
	s->root = root;
	s->d = tmp.d;
	g->have[which] = true;
}

static int stage_align(reader *r, FILE *out)
{
	aligning g;
	memset(&g, 0, sizeof g);
	g.r = r;
	g.out = out;
	int rc = read_side_files(r->o, r->report, load_boilerplate, &g.boilerplate);
	char k[65] = "", last[65] = "", lk[65];
	while (!rc && next_line(r)) {
		if (!parse_key(&r->line, lk)) {
			bad(r, "not a line of a pair ({\"k\":...})");
			continue;
		}
		if ((rc = check_order(r, last, lk)))
			break;
		if (strcmp(lk, k) != 0) {
			if (k[0] && (rc = flush_group(&g, k)))
				break;
			strcpy(k, lk);
		}
		char ck[65];
		size_t before = g.nanchors;
		if (parse_candidate(&r->line, ck, &g.anchors, &g.nanchors, &g.acap)) {
			g.have_candidate = true;
			continue;
		}
		g.nanchors = before;
		take_routed(&g, k);
	}
	if (!rc && k[0])
		rc = flush_group(&g, k);
	else if (k[0])
		flush_group(&g, k); /* frees what the group holds */
	for (int i = 0; i < 2; i++) {
		reuse_words_dispose(&g.side[i].w);
		free(g.side[i].marks);
	}
	reuse_aligner_dispose(&g.al);
	u64map_dispose(&g.boilerplate);
	free(g.passages);
	free(g.anchors);
	free(g.spans);
	free(g.cover);
	return rc;
}

int readout_reuse_stream(readout_reuse_stream_report *report, int stage, FILE *in, const char *in_name, FILE *out,
                         const readout_reuse_stream_options *opts)
{
	memset(report, 0, sizeof *report);
	readout_reuse_stream_options o = READOUT_REUSE_STREAM_OPTIONS_INIT;
	if (opts)
		o = *opts;
	reuse_align_params p;
	readout_reuse_options settled;
	reuse_settle(&settled, &p, &o.reuse);
	o.reuse = settled;
	if (!o.max_line)
		o.max_line = 64u << 20;
	reader r = {in, in_name ? in_name : "stdin", 0, o.max_line, READOUT_BUF_INIT, &o, report};
	int rc;
	switch (stage) {
	case READOUT_REUSE_STAGE_NGRAMS: rc = stage_ngrams(&r, out); break;
	case READOUT_REUSE_STAGE_PAIRS: rc = stage_pairs(&r, out); break;
	case READOUT_REUSE_STAGE_CANDIDATES: rc = stage_candidates(&r, out); break;
	case READOUT_REUSE_STAGE_ROUTE: rc = stage_route(&r, out); break;
	case READOUT_REUSE_STAGE_ALIGN: rc = stage_align(&r, out); break;
	default: rc = readout_error__set(READOUT_EINVALID, "no such stage (%d)", stage);
	}
	readout_buf_dispose(&r.line);
	if (!rc && (fflush(out) || ferror(out)))
		rc = readout_error__set(READOUT_EIO, "cannot write the output");
	return rc;
}
