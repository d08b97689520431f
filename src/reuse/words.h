/* reuse/words.h — a document as reuse sees it (internal): its words, each with its byte span
 * and a 32-bit term, and the content words among them (stop words left out). Two renderings of
 * one sentence differ most in "the", "of", "a" and in hyphens ("high-quality" / "high
 * quality"), so n-grams and alignments run over content words, and hyphenated words count as
 * their parts. Depends on text/token and the store's stop-word list. */
#ifndef READOUT_REUSE_WORDS_H
#define READOUT_REUSE_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "text/token.h"

typedef struct reuse_word {
	uint32_t start, end; /* byte span */
} reuse_word;

typedef struct reuse_words {
	reuse_word *words;   /* every word, in order */
	size_t nwords, wcap;
	uint32_t *terms;     /* each content word's term */
	uint32_t *at;        /* each content word's index in words */
	size_t ncontent, ccap;
	tokens toks;         /* scratch */
	char *copy;          /* scratch: the text, repaired and NUL-terminated */
	size_t copy_cap;
} reuse_words;

/* Splits text into words and content words, reusing w's memory. Invalid UTF-8 is read as
 * '?' bytes, as extraction reads it, so spans are offsets into the text as given. Returns 0,
 * READOUT_ENOMEM or READOUT_ETOOBIG (a text over 4 GB). */
int reuse_words_build(reuse_words *w, const char *text, size_t len);
void reuse_words_dispose(reuse_words *w);

/* The term of a word: a hash of its bytes, ASCII letters folded to lower case and ’ read as
 * '. Two words with one term are one word to reuse. */
uint32_t reuse_term(const char *word, size_t n);

#endif
