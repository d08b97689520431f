/* fts_words.c — unicode61 with a filter on its tokens. Built into the library and, with
 * READOUT_FTS_EXTENSION defined, into the loadable extension (src/store/fts_extension.c),
 * where every sqlite3_* call goes through the loader's table. */
#include "store/fts_words.h"

#ifdef READOUT_FTS_EXTENSION
SQLITE_EXTENSION_INIT3
#endif

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Lucene's English stop words, the list search engines have long used for English, by
 * length, each packed into an integer (its bytes, first byte lowest): a token is checked with
 * a load and a few compares, since every word of a readout is. */
#define W2(a, b) ((uint64_t)(a) | (uint64_t)(b) << 8)
#define W3(a, b, c) (W2(a, b) | (uint64_t)(c) << 16)
#define W4(a, b, c, d) (W3(a, b, c) | (uint64_t)(d) << 24)
#define W5(a, b, c, d, e) (W4(a, b, c, d) | (uint64_t)(e) << 32)
static const uint64_t stop2[] = {W2('a', 'n'), W2('a', 's'), W2('a', 't'), W2('b', 'e'), W2('b', 'y'),
                                 W2('i', 'f'), W2('i', 'n'), W2('i', 's'), W2('i', 't'), W2('n', 'o'),
                                 W2('o', 'f'), W2('o', 'n'), W2('o', 'r'), W2('t', 'o')};
static const uint64_t stop3[] = {W3('a', 'n', 'd'), W3('a', 'r', 'e'), W3('b', 'u', 't'), W3('f', 'o', 'r'),
                                 W3('n', 'o', 't'), W3('t', 'h', 'e'), W3('w', 'a', 's')};
static const uint64_t stop4[] = {W4('i', 'n', 't', 'o'), W4('s', 'u', 'c', 'h'), W4('t', 'h', 'a', 't'),
                                 W4('t', 'h', 'e', 'n'), W4('t', 'h', 'e', 'y'), W4('t', 'h', 'i', 's'),
                                 W4('w', 'i', 'l', 'l'), W4('w', 'i', 't', 'h')};
static const uint64_t stop5[] = {W5('t', 'h', 'e', 'i', 'r'), W5('t', 'h', 'e', 'r', 'e'), W5('t', 'h', 'e', 's', 'e')};

static bool in_list(uint64_t key, const uint64_t *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (list[i] == key)
			return true;
	return false;
}

bool fts_is_stop_word(const char *word, size_t n)
{
	if (n == 0 || n > 5)
		return false; /* most words are longer than the longest, five letters */
	/* | 0x20 folds ASCII capitals and maps no other byte onto a lower-case letter, so the
	 * all-letter keys match in any case */
	uint64_t key = 0;
	for (size_t i = 0; i < n; i++)
		key |= (uint64_t)((unsigned char)word[i] | 0x20) << (8 * i);
	switch (n) {
	case 1: return key == 'a';
	case 2: return in_list(key, stop2, sizeof stop2 / sizeof *stop2);
	case 3: return in_list(key, stop3, sizeof stop3 / sizeof *stop3);
	case 4: return in_list(key, stop4, sizeof stop4 / sizeof *stop4);
	default: return in_list(key, stop5, sizeof stop5 / sizeof *stop5);
	}
}

/* The tokenizer: unicode61's, made with the same arguments. */
typedef struct words_tokenizer {
	fts5_tokenizer inner;
	Fts5Tokenizer *inner_tok;
} words_tokenizer;

typedef struct words_call {
	void *ctx;
	int (*token)(void *ctx, int flags, const char *tok, int n, int start, int end);
} words_call;

static int words_create(void *api_ptr, const char **argv, int argc, Fts5Tokenizer **out)
{
	fts5_api *api = api_ptr;
	void *inner_user = NULL;
	words_tokenizer *t = calloc(1, sizeof *t);
	if (!t)
		return SQLITE_NOMEM;
	int rc = api->xFindTokenizer(api, "unicode61", &inner_user, &t->inner);
	if (rc == SQLITE_OK)
		rc = t->inner.xCreate(inner_user, argv, argc, &t->inner_tok);
	if (rc != SQLITE_OK) {
		free(t);
		return rc;
	}
	*out = (Fts5Tokenizer *)t;
	return SQLITE_OK;
}

static void words_delete(Fts5Tokenizer *tok)
{
	words_tokenizer *t = (words_tokenizer *)tok;
	if (!t)
		return;
	t->inner.xDelete(t->inner_tok);
	free(t);
}

/* Drops the stop words among the tokens unicode61 hands over. */
static int keep_word(void *ctx, int flags, const char *tok, int n, int start, int end)
{
	words_call *c = ctx;
	if (n > 0 && fts_is_stop_word(tok, (size_t)n))
		return SQLITE_OK;
	return c->token(c->ctx, flags, tok, n, start, end);
}

static int words_tokenize(Fts5Tokenizer *tok, void *ctx, int flags, const char *text, int n,
                          int (*token)(void *, int, const char *, int, int, int))
{
	words_tokenizer *t = (words_tokenizer *)tok;
	if (flags & FTS5_TOKENIZE_PREFIX) /* "the*" asks for words starting so, not for "the" */
		return t->inner.xTokenize(t->inner_tok, ctx, flags, text, n, token);
	words_call c = {ctx, token};
	return t->inner.xTokenize(t->inner_tok, &c, flags, text, n, keep_word);
}

fts5_api *fts_words_api(sqlite3 *db)
{
	fts5_api *api = NULL;
	sqlite3_stmt *q = NULL;
	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &q, NULL) == SQLITE_OK) {
		sqlite3_bind_pointer(q, 1, (void *)&api, "fts5_api_ptr", NULL);
		sqlite3_step(q);
	}
	sqlite3_finalize(q);
	return api;
}

int fts_words_register(sqlite3 *db)
{
	fts5_api *api = fts_words_api(db);
	if (!api || api->iVersion < 2)
		return SQLITE_ERROR;
	fts5_tokenizer words = {words_create, words_delete, words_tokenize};
	return api->xCreateTokenizer(api, FTS_WORDS_TOKENIZER, api, &words, NULL);
}
