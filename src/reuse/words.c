/* words.c — words and content words of a document for reuse (see words.h). */
#include "reuse/words.h"
#include "store/reuse_db.h"
#include "util/error.h"
#include "util/grow.h"
#include "util/utf8.h"
#include "util/wordhash.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

uint32_t reuse_term(const char *word, size_t n)
{
	uint64_t h = WORDHASH_OFFSET;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)word[i];
		if (c == 0xe2 && i + 2 < n && (unsigned char)word[i + 1] == 0x80 && (unsigned char)word[i + 2] == 0x99) {
			c = '\'';
			i += 2;
		} else if (c >= 'A' && c <= 'Z') {
			c = (unsigned char)(c + 32);
		}
		h = wordhash_byte(h, c);
	}
	h = wordhash_finish(h);
	return (uint32_t)(h ^ (h >> 32));
}

/* Room for one more content word in both arrays; terms may grow alone when at cannot. */
static bool grow_content(reuse_words *w)
{
	size_t cap = w->ccap ? w->ccap * 2 : 1024;
	uint32_t *terms = realloc(w->terms, cap * sizeof *terms);
	if (!terms)
		return false;
	w->terms = terms;
	uint32_t *at = realloc(w->at, cap * sizeof *at);
	if (!at)
		return false;
	w->at = at;
	w->ccap = cap;
	return true;
}

static int add_word(reuse_words *w, const char *text, uint32_t start, uint32_t end)
{
	if (!grow_array((void **)&w->words, &w->wcap, w->nwords + 1, sizeof *w->words, 1024))
		return readout_error__set(READOUT_ENOMEM, "out of memory for words");
	size_t index = w->nwords;
	w->words[w->nwords++] = (reuse_word){start, end};
	if (readout_store__stop_word(text + start, end - start))
		return 0;
	if (w->ncontent == w->ccap && !grow_content(w))
		return readout_error__set(READOUT_ENOMEM, "out of memory for words");
	w->terms[w->ncontent] = reuse_term(text + start, end - start);
	w->at[w->ncontent++] = (uint32_t)index;
	return 0;
}

int reuse_words_build(reuse_words *w, const char *text, size_t len)
{
	w->nwords = w->ncontent = 0;
	if (len >= UINT32_MAX)
		return readout_error__set(READOUT_ETOOBIG, "a text over 4 GB");
	if (!grow_array((void **)&w->copy, &w->copy_cap, len + 1, 1, 4096))
		return readout_error__set(READOUT_ENOMEM, "out of memory for a text");
	memcpy(w->copy, text, len);
	w->copy[len] = '\0';
	utf8_repair(w->copy, len);
	int rc = tokens_build(&w->toks, w->copy, len, 0);
	if (rc)
		return rc;
	const char *t = w->copy;
	for (size_t k = 0; k < w->toks.n && !rc; k++) {
		const token *tk = &w->toks.v[k];
		if (tk->kind != TOK_WORD && tk->kind != TOK_NUM)
			continue; /* punctuation, and the possessive 's */
		if (!(tk->flags & TF_HYPHEN)) {
			rc = add_word(w, t, tk->start, tk->end);
			continue;
		}
		/* "high-quality" is "high quality" */
		uint32_t from = tk->start;
		for (uint32_t i = tk->start; i <= tk->end && !rc; i++)
			if (i == tk->end || t[i] == '-') {
				if (i > from)
					rc = add_word(w, t, from, i);
				from = i + 1;
			}
	}
	return rc;
}

void reuse_words_dispose(reuse_words *w)
{
	free(w->words);
	free(w->terms);
	free(w->at);
	free(w->copy);
	tokens_dispose(&w->toks);
	memset(w, 0, sizeof *w);
}
