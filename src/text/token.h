/* text/token.h — tokens and sentences over a document's bytes (internal).
 * Tokens keep byte offsets into the original text so every extracted fact can point back at
 * its evidence. Depends on util only. */
#ifndef READOUT_TEXT_TOKEN_H
#define READOUT_TEXT_TOKEN_H

#include "util/u64map.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum tok_kind { TOK_WORD = 1, TOK_NUM, TOK_PUNCT, TOK_POSS };

enum tok_flag {
	TF_CAP = 1 << 0,        /* first letter upper case */
	TF_ALLCAPS = 1 << 1,    /* two or more letters, all upper case */
	TF_DIGIT = 1 << 2,      /* contains a digit */
	TF_NL_BEFORE = 1 << 3,  /* a line break since the previous token */
	TF_PARA_BEFORE = 1 << 4,/* a blank line since the previous token */
	TF_QOPEN = 1 << 5,      /* opening quotation mark */
	TF_QCLOSE = 1 << 6,     /* closing quotation mark */
	TF_QAMBIG = 1 << 7,     /* straight quote: opens or closes */
	TF_SPACE_BEFORE = 1 << 8,
	TF_ORDINAL = 1 << 9,    /* 20th, 1st */
	TF_APOS = 1 << 10,      /* word with an internal apostrophe */
	TF_HYPHEN = 1 << 11,    /* word with an internal hyphen */
	TF_LOOKED_UP = 1 << 12  /* word, gate and xid filled by the tokenizer's lookup */
};

typedef struct token {
	uint32_t start, end;    /* byte span */
	uint8_t kind;           /* enum tok_kind */
	uint8_t xid;            /* its rare word classes' entry in the lexicon (see lex_word_ext), 0 if not asked yet */
	uint16_t flags;
	uint32_t word;          /* lexicon word-class bits, filled by the lexicon */
	uint32_t sent;          /* sentence index */
	char ch;                /* the character for ASCII punctuation, else 0 */
	uint8_t nwords;         /* words in its normalized form ("high-quality" has two) */
	uint16_t gate;          /* lexicon books with a phrase starting here (see LEX_GATE), filled by the lexicon or its lookup */
	uint64_t wh;            /* hash of its normalized words, composable over a phrase */
	uint64_t first;         /* hash of its first normalized word */
} token;

typedef struct sentence {
	uint32_t first, last;   /* token range [first, last) */
	uint32_t line;          /* 0-based line number of the first token */
	uint8_t headline;       /* a short line without final punctuation */
} sentence;

typedef struct tokens {
	token *v;
	size_t n, cap;
	sentence *s;
	size_t ns, scap;
} tokens;

/* Splits text into tokens and sentences, reusing the arrays' memory. The text must be valid
 * UTF-8 and NUL-terminated (text[len] == '\0': the word scan stops there without a length
 * check). Returns 0 or READOUT_ENOMEM / READOUT_ETOOBIG (more than max_tokens). */
int tokens_build(tokens *t, const char *text, size_t len, size_t max_tokens);

/* A map the tokenizer looks each plain word up in (one word of ASCII letters and digits, the
 * most common token) while the word is at hand, saving a pass over the tokens: words maps the
 * word's hash (wh) to the token's word (bits 0-31 of the value), gate (bits 32-47) and xid
 * (bits 48-55); a word not in it gets absent. The filter holds one bit per key of words, by
 * its top TOKEN_LOOKUP_FILTER_LOG bits, so most words it lacks cost no probe. A number takes
 * the gate only, with word 0 and absent's xid. Such tokens carry TF_LOOKED_UP. */
enum { TOKEN_LOOKUP_FILTER_LOG = 16 };
typedef struct token_lookup {
	const u64map *words;
	const uint64_t *filter; /* 2^TOKEN_LOOKUP_FILTER_LOG bits */
	uint64_t absent;
	/* word bits of a word that may end two a web page ran together ("Provinceheld": a known
	 * word, then one of these): such a capitalized word the map lacks is split there; 0, never */
	uint32_t glued_tail;
} token_lookup;

/* false: the lookup's words hold no such key. */
static inline bool token_lookup_may_hold(const uint64_t *filter, uint64_t key)
{
	if (!key)
		key = 1; /* as u64map stores it */
	size_t bit = (size_t)(key >> (64 - TOKEN_LOOKUP_FILTER_LOG));
	return (filter[bit >> 6] >> (bit & 63)) & 1;
}

/* tokens_build, with each plain word looked up in lookup (see token_lookup). */
int tokens_build_looked_up(tokens *t, const char *text, size_t len, size_t max_tokens, const token_lookup *lookup);
void tokens_dispose(tokens *t);

/* Writes the token's text lower-cased (ASCII) into out (cap bytes, NUL-terminated); returns
 * its length, or 0 if it did not fit. */
size_t token_lower(const char *text, const token *tk, char *out, size_t cap);

#endif
