/* fts_rank.c — readout_bm25 and readout_snippet (store/fts_rank.h): SQLite only, like the
 * tokenizer they read with. Per connection: the document lengths and the tokenizer; per
 * query: the phrases' weights. */
#include "store/fts_rank.h"
#include "store/fts_words.h"

#include <math.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Document lengths are kept for rowids up to this (64 MB per connection); past it each
 * match's length is read from the docsize table, as FTS5 does. */
enum { LENGTHS_MAX = 1 << 24 };

typedef struct rank_conn {
	sqlite3 *db;
	fts5_api *api;
	/* tokens per document by rowid (0: not known), as of data version `version` */
	uint32_t *lengths;
	size_t nlengths;
	unsigned version;
	bool loaded;
	/* the full-text tokenizer, made at the first snippet */
	fts5_tokenizer tok;
	Fts5Tokenizer *tok_inst;
} rank_conn;

static void conn_free(void *p)
{
	rank_conn *c = p;
	if (!c)
		return;
	if (c->tok_inst)
		c->tok.xDelete(c->tok_inst);
	free(c->lengths);
	free(c);
}

/* SQLite's varint, which FTS5 writes the docsize table's counts in. */
static uint64_t get_varint(const unsigned char *p, int n, int *used)
{
	uint64_t v = 0;
	int i = 0;
	for (; i < n && i < 9; i++) {
		if (i == 8) {
			v = (v << 8) | p[i];
			i++;
			break;
		}
		v = (v << 7) | (p[i] & 0x7f);
		if (!(p[i] & 0x80)) {
			i++;
			break;
		}
	}
	*used = i ? i : 1;
	return v;
}

/* The lengths of documents_fts's rows, read anew: false when they cannot be kept (no such
 * table, too many rows, no memory), then each match asks FTS5. */
static bool load_lengths(rank_conn *c)
{
	free(c->lengths);
	c->lengths = NULL;
	c->nlengths = 0;
	sqlite3_stmt *q = NULL;
	sqlite3_int64 max = -1;
	if (sqlite3_prepare_v2(c->db, "SELECT max(id) FROM documents_fts_docsize", -1, &q, NULL) == SQLITE_OK &&
	    sqlite3_step(q) == SQLITE_ROW)
		max = sqlite3_column_type(q, 0) == SQLITE_NULL ? 0 : sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	if (max < 0 || max >= LENGTHS_MAX || !(c->lengths = calloc((size_t)max + 1, sizeof *c->lengths)))
		return false;
	c->nlengths = (size_t)max + 1;
	if (sqlite3_prepare_v2(c->db, "SELECT id, sz FROM documents_fts_docsize", -1, &q, NULL) != SQLITE_OK) {
		sqlite3_finalize(q);
		return false;
	}
	while (sqlite3_step(q) == SQLITE_ROW) {
		sqlite3_int64 id = sqlite3_column_int64(q, 0);
		const unsigned char *b = sqlite3_column_blob(q, 1);
		int n = sqlite3_column_bytes(q, 1), used;
		uint64_t total = 0;
		for (int at = 0; b && at < n; at += used) /* one count per column */
			total += get_varint(b + at, n - at, &used);
		if (id >= 0 && (size_t)id < c->nlengths)
			c->lengths[id] = total > UINT32_MAX ? UINT32_MAX : (uint32_t)total;
	}
	return sqlite3_finalize(q) == SQLITE_OK;
}

/* ---- readout_bm25 ---- */

/* FTS5's bm25 constants (fts5_aux.c) */
#define K1 1.2
#define B 0.75

typedef struct rank_query {
	bool lengths; /* the connection's lengths hold this query's table */
	double avgdl;
	int nphrase;
	double idf[];
} rank_query;

static int tokens_of_row(const Fts5ExtensionApi *api, Fts5Context *ctx, const rank_conn *c, sqlite3_int64 id,
                         bool cached, int *out)
{
	if (cached && id >= 0 && (size_t)id < c->nlengths && c->lengths[id]) {
		*out = (int)c->lengths[id];
		return SQLITE_OK;
	}
	return api->xColumnSize(ctx, -1, out);
}

/* The query's weights, from the counts "n1 n2 ..." (FTS5's idf: a phrase in more than half
 * the rows weighs 1e-6), and whether the kept lengths serve it. */
static int start_query(rank_query **out, rank_conn *c, const Fts5ExtensionApi *api, Fts5Context *ctx,
                       const char *docs, char *why, size_t cap)
{
	*out = NULL;
	int np = api->xPhraseCount(ctx);
	sqlite3_int64 rows = 0, tokens = 0;
	int rc = api->xRowCount(ctx, &rows);
	if (rc == SQLITE_OK)
		rc = api->xColumnTotalSize(ctx, -1, &tokens);
	if (rc != SQLITE_OK)
		return rc;
	rank_query *q = calloc(1, sizeof *q + (size_t)(np > 0 ? np : 1) * sizeof *q->idf);
	if (!q)
		return SQLITE_NOMEM;
	q->nphrase = np;
	q->avgdl = rows > 0 ? (double)tokens / (double)rows : 1.0;
	if (q->avgdl <= 0)
		q->avgdl = 1.0;
	const char *p = docs ? docs : "";
	for (int i = 0; i < np; i++) {
		char *end;
		double hits = strtod(p, &end);
		if (end == p || hits < 0) {
			snprintf(why, cap, "%s: %d document counts for %d phrases", FTS_RANK_FUNCTION, i, np);
			free(q);
			return SQLITE_ERROR;
		}
		p = end;
		double idf = log(((double)rows - hits + 0.5) / (hits + 0.5));
		q->idf[i] = idf > 0 ? idf : 1e-6;
	}
	while (*p == ' ')
		p++;
	if (*p) {
		snprintf(why, cap, "%s: more document counts than the query's %d phrases", FTS_RANK_FUNCTION, np);
		free(q);
		return SQLITE_ERROR;
	}
	/* the lengths kept, if the file has not changed since they were read; one row's checked
	 * against the docsize table, in case the function reads another table */
	unsigned version = 0;
	if (sqlite3_file_control(c->db, "main", SQLITE_FCNTL_DATA_VERSION, &version) == SQLITE_OK &&
	    (!c->loaded || version != c->version)) {
		c->loaded = true;
		c->version = version;
		if (!load_lengths(c)) {
			free(c->lengths);
			c->lengths = NULL;
			c->nlengths = 0;
		}
	}
	int here = 0, kept = 0;
	sqlite3_int64 id = api->xRowid(ctx);
	q->lengths = c->lengths && api->xColumnSize(ctx, -1, &here) == SQLITE_OK &&
	             tokens_of_row(api, ctx, c, id, true, &kept) == SQLITE_OK && here == kept;
	*out = q;
	return SQLITE_OK;
}

static void bm25_function(const Fts5ExtensionApi *api, Fts5Context *ctx, sqlite3_context *out, int nval,
                          sqlite3_value **val)
{
	rank_conn *c = api->xUserData(ctx);
	rank_query *q = api->xGetAuxdata(ctx, 0);
	int rc = SQLITE_OK;
	if (!q) {
		char why[128] = "";
		rc = start_query(&q, c, api, ctx, nval > 0 ? (const char *)sqlite3_value_text(val[0]) : NULL, why,
		                 sizeof why);
		if (rc == SQLITE_OK && (rc = api->xSetAuxdata(ctx, q, free)) != SQLITE_OK)
			q = NULL; /* xSetAuxdata freed it */
		if (rc != SQLITE_OK) {
			if (why[0])
				sqlite3_result_error(out, why, -1);
			else
				sqlite3_result_error_code(out, rc);
			return;
		}
	}
	int dl = 0;
	if ((rc = tokens_of_row(api, ctx, c, api->xRowid(ctx), q->lengths, &dl)) != SQLITE_OK) {
		sqlite3_result_error_code(out, rc);
		return;
	}
	double norm = K1 * (1 - B + B * (double)dl / q->avgdl), score = 0;
	for (int i = 0; i < q->nphrase; i++) {
		Fts5PhraseIter it;
		int col, off, tf = 0;
		if ((rc = api->xPhraseFirst(ctx, i, &it, &col, &off)) != SQLITE_OK) {
			sqlite3_result_error_code(out, rc);
			return;
		}
		for (; col >= 0; api->xPhraseNext(ctx, &it, &col, &off))
			tf++;
		score += q->idf[i] * (tf * (K1 + 1)) / (tf + norm);
	}
	sqlite3_result_double(out, score);
}

/* ---- readout_snippet ---- */

enum { PHRASES_MAX = 32, PHRASE_TOKENS = 32, SNIPPET_TOKENS = 64, RING = 128, SPANS = 64 };

typedef struct token {
	int start, end; /* bytes */
	uint64_t hash;
	int len;
} token;

static uint64_t hash_bytes(const char *s, int n)
{
	uint64_t h = 1469598103934665603u; /* FNV-1a */
	for (int i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}

typedef struct phrase {
	int n;
	uint64_t hash[PHRASE_TOKENS];
	int len[PHRASE_TOKENS];
} phrase;

static int phrase_token(void *ctx, int flags, const char *tok, int n, int start, int end)
{
	(void)flags, (void)start, (void)end;
	phrase *p = ctx;
	if (p->n == PHRASE_TOKENS)
		return SQLITE_DONE; /* the rest of a long phrase is not highlighted */
	p->hash[p->n] = hash_bytes(tok, n);
	p->len[p->n++] = n;
	return SQLITE_OK;
}

typedef struct span {
	long first, last; /* token numbers */
} span;

typedef struct snip {
	const phrase *phrases;
	int nphrases, ntokens;
	long at;             /* tokens seen */
	token ring[RING];    /* the last RING tokens, by number % RING */
	token head[SNIPPET_TOKENS]; /* the first tokens, for a text without a match */
	long ws, we;         /* the window's first and last token; we < 0 until a match is seen */
	bool stopped;        /* tokens after the window were left unread */
	span spans[SPANS];   /* matches ending at or after ws, in order of their last token */
	int nspans;
} snip;

static bool phrase_ends_here(const snip *s, const phrase *p)
{
	if (p->n == 0 || p->n > s->at || p->n > RING)
		return false;
	for (int k = 0; k < p->n; k++) {
		const token *t = &s->ring[(s->at - p->n + k) % RING];
		if (t->len != p->len[k] || t->hash != p->hash[k])
			return false;
	}
	return true;
}

static int snippet_token(void *ctx, int flags, const char *tok, int n, int start, int end)
{
	(void)flags;
	snip *s = ctx;
	if (s->we >= 0 && s->at > s->we) { /* past the window: the token after it says the text goes on */
		s->stopped = true;
		return SQLITE_DONE;
	}
	token t = {start, end, hash_bytes(tok, n), n};
	s->ring[s->at % RING] = t;
	if (s->at < SNIPPET_TOKENS)
		s->head[s->at] = t;
	s->at++;
	for (int i = 0; i < s->nphrases; i++) {
		const phrase *p = &s->phrases[i];
		if (!phrase_ends_here(s, p))
			continue;
		long last = s->at - 1, first = last - p->n + 1;
		if (s->we < 0) { /* the first match: a window around it */
			long room = s->ntokens - p->n;
			s->ws = first - (room > 0 ? room / 2 : 0);
			if (s->ws < 0)
				s->ws = 0;
			if (s->ws < s->at - RING)
				s->ws = s->at - RING;
			s->we = s->ws + s->ntokens - 1;
			if (s->we < last)
				s->we = last;
		}
		if (first >= s->ws && last <= s->we && s->nspans < SPANS)
			s->spans[s->nspans++] = (span){first, last};
	}
	return SQLITE_OK;
}

static rank_conn *tokenizer_of(sqlite3_context *ctx)
{
	rank_conn *c = sqlite3_user_data(ctx);
	if (c->tok_inst)
		return c;
	void *user = NULL;
	if (c->api->xFindTokenizer(c->api, FTS_WORDS_TOKENIZER, &user, &c->tok) != SQLITE_OK ||
	    c->tok.xCreate(user, NULL, 0, &c->tok_inst) != SQLITE_OK) {
		c->tok_inst = NULL;
		return NULL;
	}
	return c;
}

/* The query's items (store/fts_rank.h's simple form), tokenized as FTS5 reads them. */
static int phrases_of(rank_conn *c, phrase *out, const char *query)
{
	fts_item items[PHRASES_MAX];
	int n = fts_simple_phrases(items, PHRASES_MAX, query);
	for (int i = 0; i < n; i++) {
		const char *text = query + items[i].start;
		int len = (int)items[i].len;
		if (text[0] == '"') { /* the words inside the quotes */
			text++;
			len -= 2;
		}
		out[i].n = 0;
		int rc = c->tok.xTokenize(c->tok_inst, &out[i], FTS5_TOKENIZE_QUERY, text, len, phrase_token);
		if (rc != SQLITE_OK && rc != SQLITE_DONE)
			return -1;
	}
	return n;
}

/* The window's text into b at *o, with '[' and ']' around the spans, up to byte `stop` (at or
 * after its last token's end). */
static void put_window(char *b, size_t *o, const char *text, const snip *s, long ws, long we, int stop)
{
	int from = ws ? s->ring[ws % RING].start : 0; /* from the text's start: the stop words before the first word */
	for (long t = ws; t <= we; t++) {
		const token *k = &s->ring[t % RING];
		for (int i = 0; i < s->nspans; i++)
			if (s->spans[i].first == t) {
				memcpy(b + *o, text + from, (size_t)(k->start - from));
				*o += (size_t)(k->start - from);
				b[(*o)++] = '[';
				from = k->start;
				break;
			}
		for (int i = 0; i < s->nspans; i++)
			if (s->spans[i].last == t) {
				memcpy(b + *o, text + from, (size_t)(k->end - from));
				*o += (size_t)(k->end - from);
				b[(*o)++] = ']';
				from = k->end;
				break;
			}
	}
	memcpy(b + *o, text + from, (size_t)(stop - from));
	*o += (size_t)(stop - from);
}

static void snippet_function(sqlite3_context *ctx, int nval, sqlite3_value **val)
{
	(void)nval;
	const char *text = (const char *)sqlite3_value_text(val[0]);
	int len = sqlite3_value_bytes(val[0]);
	const char *query = (const char *)sqlite3_value_text(val[1]);
	int ntokens = sqlite3_value_int(val[2]);
	if (!text)
		return; /* NULL */
	rank_conn *c = tokenizer_of(ctx);
	if (!c || ntokens < 1 || ntokens > SNIPPET_TOKENS) {
		sqlite3_result_error(ctx, c ? FTS_SNIPPET_FUNCTION ": 1 to 64 words" : FTS_SNIPPET_FUNCTION ": no tokenizer",
		                     -1);
		return;
	}
	phrase phrases[PHRASES_MAX];
	snip *s = calloc(1, sizeof *s);
	if (!s) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	s->phrases = phrases;
	s->nphrases = query ? phrases_of(c, phrases, query) : 0;
	if (s->nphrases < 0)
		s->nphrases = 0;
	s->ntokens = ntokens;
	s->we = -1;
	int rc = c->tok.xTokenize(c->tok_inst, s, FTS5_TOKENIZE_DOCUMENT, text, len, snippet_token);
	if (rc != SQLITE_OK && rc != SQLITE_DONE) {
		free(s);
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	bool more = s->stopped;
	if (s->we < 0) { /* no match (a phrase cut at PHRASE_TOKENS): the opening words */
		s->ws = 0;
		s->we = (s->at < ntokens ? s->at : ntokens) - 1;
		more = s->at > ntokens;
		s->nspans = 0;
		for (long t = 0; t <= s->we; t++)
			s->ring[t] = s->head[t];
	}
	if (s->we >= s->at)
		s->we = s->at - 1; /* the text ended inside the window */
	if (s->at == 0) {
		free(s);
		sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
		return;
	}
	/* after the text's last word, the rest of it (its closing punctuation), unless long */
	int stop = s->ring[s->we % RING].end;
	if (!more && s->we == s->at - 1 && len - stop <= 16)
		stop = len;
	size_t cap = (size_t)stop + 2 * (size_t)s->nspans + 8;
	char *b = sqlite3_malloc64(cap);
	if (!b) {
		free(s);
		sqlite3_result_error_nomem(ctx);
		return;
	}
	size_t o = 0;
	if (s->ws > 0)
		memcpy(b, "...", 3), o = 3;
	put_window(b, &o, text, s, s->ws, s->we, stop);
	if (more)
		memcpy(b + o, "...", 3), o += 3;
	free(s);
	sqlite3_result_text(ctx, b, (int)o, sqlite3_free);
}

/* ---- the simple form ---- */

static bool bare_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80 ||
	       c == 0x1a;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int fts_simple_phrases(fts_item *out, int max, const char *query)
{
	int n = 0;
	const char *p = query;
	for (;;) {
		while (is_space(*p))
			p++;
		if (!*p)
			return n;
		const char *start = p;
		if (*p == '"') {
			const char *end = strchr(p + 1, '"');
			if (!end || end[1] == '"') /* unterminated, or an escaped quote */
				return -1;
			p = end + 1;
		} else {
			while (bare_byte((unsigned char)*p))
				p++;
			size_t len = (size_t)(p - start);
			if (!len || (len == 3 && (!strncmp(start, "AND", 3) || !strncmp(start, "NOT", 3))) ||
			    (len == 2 && !strncmp(start, "OR", 2)) || (len == 4 && !strncmp(start, "NEAR", 4)))
				return -1;
		}
		if (*p && !is_space(*p))
			return -1; /* an operator, a prefix, a column or a group: FTS5's own syntax */
		if (n == max)
			return -1;
		out[n++] = (fts_item){(size_t)(start - query), (size_t)(p - start)};
	}
}

/* ---- registration ---- */

int fts_rank_register(sqlite3 *db)
{
	fts5_api *api = fts_words_api(db);
	if (!api || api->iVersion < 2)
		return SQLITE_ERROR;
	rank_conn *c = calloc(1, sizeof *c);
	if (!c)
		return SQLITE_NOMEM;
	c->db = db;
	c->api = api;
	/* the scalar function owns c: SQLite frees it with the connection (or now, on failure) */
	int rc = sqlite3_create_function_v2(db, FTS_SNIPPET_FUNCTION, 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, c,
	                                    snippet_function, NULL, NULL, conn_free);
	if (rc == SQLITE_OK)
		rc = api->xCreateFunction(api, FTS_RANK_FUNCTION, c, bm25_function, NULL);
	return rc;
}
