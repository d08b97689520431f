/* fts_words.c — unicode61 with a filter on its tokens. Built into the library and, with
 * READOUT_FTS_EXTENSION defined, into the loadable extension (src/store/fts_extension.c),
 * where every sqlite3_* call goes through the loader's table. */
#include "store/fts_words.h"

#ifdef READOUT_FTS_EXTENSION
SQLITE_EXTENSION_INIT3
#endif

#include <stdlib.h>
#include <string.h>

/* Lucene's English stop words: the list search engines have long used for English. */
static const char *const stop_words[] = {"a",    "an",    "and",  "are",   "as",   "at",  "be",   "but",
                                         "by",   "for",   "if",   "in",    "into", "is",  "it",   "no",
                                         "not",  "of",    "on",   "or",    "such", "that", "the", "their",
                                         "then", "there", "these", "they", "this", "to",  "was",  "will",
                                         "with"};

bool fts_is_stop_word(const char *word, size_t n)
{
	if (n == 0 || n > 5)
		return false; /* the longest is five letters; most words are longer */
	for (size_t i = 0; i < sizeof stop_words / sizeof *stop_words; i++)
		if (stop_words[i][0] == word[0] && strlen(stop_words[i]) == n && memcmp(stop_words[i], word, n) == 0)
			return true;
	return false;
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

/* unicode61 hands over folded tokens: the comparison needs no case folding. */
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

/* The connection's FTS5 API, as SQLite documents obtaining it, or NULL. */
static fts5_api *fts5_api_of(sqlite3 *db)
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
	fts5_api *api = fts5_api_of(db);
	if (!api || api->iVersion < 2)
		return SQLITE_ERROR;
	fts5_tokenizer words = {words_create, words_delete, words_tokenize};
	return api->xCreateTokenizer(api, FTS_WORDS_TOKENIZER, api, &words, NULL);
}
