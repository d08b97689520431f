/* extract/doc.h — the working state of one document's extraction (internal).
 * Everything here lives in the extractor's arena and dies at the next document. The modules
 * fill it in order: people (mentions, persons), titles, events (with roles), formulations. */
#ifndef READOUT_EXTRACT_DOC_H
#define READOUT_EXTRACT_DOC_H

#include "extract/orgs.h"
#include "lexicon/lexicon_impl.h"
#include "readout/extract.h"
#include "text/token.h"
#include "util/arena.h"

#include <stdbool.h>

/* Grow an arena array by one; evaluates to 0 or READOUT_ENOMEM. */
int doc__grow(arena *a, void **v, size_t *cap, size_t n, size_t elem);
#define DOC_PUSH(d, arr, n, cap, val)                                                         \
	(((n) < (cap) || doc__grow((d)->a, (void **)&(arr), &(cap), (n), sizeof *(arr)) == 0)  \
	     ? ((arr)[(n)++] = (val), 0)                                                      \
	     : READOUT_ENOMEM)

typedef struct mention {
	uint32_t a, b;          /* tokens [a, b) */
	int person;             /* index into doc.persons, -1 if unresolved */
	uint8_t surname_only;   /* "Xi said", "Premier Li" */
	uint8_t byline;         /* a credit, not an actor */
} mention;

typedef struct title_acc {
	const char *text;
	readout_span spans[2];
	int nspans;
	uint32_t first_tok, last_tok; /* token range of the title's own words [first, last) */
	uint8_t bare;           /* only head words: "Secretary" in "Secretary and Minister of X" */
	uint8_t party;          /* its head is a party post */
	uint8_t plural;
	uint8_t shorthand;      /* given with a surname-only reference */
} title_acc;

typedef struct person_acc {
	const char *name;
	char key[48];           /* folded name: lower case, no spaces, apostrophes or hyphens */
	char surname[16];       /* folded surname */
	char given[32];         /* folded given name */
	title_acc *titles;
	size_t ntitles, tcap;
	size_t nmentions;
	int merged_into;        /* -1, or the person this garbled spelling belongs to */
	uint32_t first_tok;
} person_acc;

/* A body the text names: tokens [a, b) and what its name says. */
typedef struct org {
	uint32_t a, b;
	bool place_only;        /* a place as the agent ("Hebi City held") */
	org_judgement judged;
} org;

typedef struct doc {
	const readout_lexicon *lex;
	const char *text;
	size_t len;
	tokens *t;
	arena *a;
	int32_t *mention_at;    /* per token: index of the mention covering it, or -1 */
	mention *m;
	size_t nm, mcap;
	person_acc *p;
	size_t np, pcap;
	readout_record *rec;
	const phrase_hit *hits;  /* per token: the longest phrase of each book, found once */
	uint32_t *scratch;       /* 4 * (tokens + 1) entries for a module's own use while it runs */
	size_t work_left;        /* steps of the work budget left (doc_spend) */
	uint32_t budget_out;     /* DOC_BUDGET_* and DOC_CAP_* bits: what was left out, and why */
	org *orgs;               /* the bodies the text names, in order */
	size_t norgs, ocap;
} doc;

/* Where the budget ran out, or a fixed cap was reached; the extractor turns each bit into a
 * warning in the record (extractor.c), so no limit is silent. */
enum {
	DOC_BUDGET_TITLES = 1 << 0,
	DOC_CAP_EVENTS = 1 << 1,   /* events of a document */
	DOC_CAP_ROLES = 1 << 2,    /* people in one role of an event */
	DOC_CAP_DATES = 1 << 3,    /* dates read in a document */
	DOC_CAP_PLACES = 1 << 4,   /* place names weighed for an event's place */
	DOC_CAP_SEGMENTS = 1 << 5, /* parts of one sentence read for titles */
	DOC_CAP_LISTS = 1 << 6,    /* bare names, or titles waiting, in one list */
	DOC_CAP_FORMS = 1 << 7     /* ways one formulation is written */
};

/* Notes that a fixed cap left something out. */
static inline void doc_capped(doc *d, uint32_t where)
{
	d->budget_out |= where;
}

/* Takes n steps of the document's work budget, for work that grows faster than the text
 * (comparing each of a person's titles with the others). Returns false once it is spent, and
 * notes where: the caller then leaves that work out, so no input stalls extraction. */
static inline bool doc_spend(doc *d, size_t n, uint32_t where)
{
	if (n <= d->work_left) {
		d->work_left -= n;
		return true;
	}
	d->work_left = 0;
	d->budget_out |= where;
	return false;
}

/* Strings numbered 0, 1, 2... in order of first insertion, in the arena: a lookup that would
 * otherwise scan a list of persons or formulations, so a document naming thousands of them
 * costs linear time. Zero-initialize; the keys are copied. */
typedef struct doc_strset {
	uint32_t *slots;         /* id + 1, 0 when empty; capacity mask + 1, a power of two */
	uint64_t *hashes;        /* per slot */
	const char **keys;       /* per id */
	size_t mask, n, kcap;
} doc_strset;

/* The id of key (len bytes) in *id, added if new. 0 or READOUT_ENOMEM. */
int doc_strset_add(doc *d, doc_strset *s, const char *key, size_t len, uint32_t *id);
/* The id of key, or -1. */
int64_t doc_strset_find(const doc_strset *s, const char *key, size_t len);

/* Length of the book's phrase at token i if it ends by limit (0 if none); its value in *v. */
static inline size_t doc_phrase(const doc *d, int book, size_t i, size_t limit, uint32_t *v)
{
	size_t n = d->hits[i].len[book];
	if (!n || i + n > limit)
		return 0;
	*v = d->hits[i].val[book];
	return n;
}

/* Word-class bits of token i (cached in token.word by the extractor). */
static inline uint32_t doc_wc(const doc *d, size_t i) { return d->t->v[i].word; }
static inline const token *doc_tok(const doc *d, size_t i) { return &d->t->v[i]; }
/* Whether a line break before token i ends a line of its own: the tokenizer keeps a page's
 * hand-wrapped line breaks inside their sentences ("... by Huang\nKunming, Secretary"). */
static inline bool doc_line_break_before(const doc *d, size_t i)
{
	const token *tk = &d->t->v[i];
	return (tk->flags & TF_NL_BEFORE) && (i == 0 || d->t->v[i - 1].sent != tk->sent);
}
static inline bool doc_is(const doc *d, size_t i, char ch)
{
	return i < d->t->n && d->t->v[i].kind == TOK_PUNCT && d->t->v[i].ch == ch;
}
/* Case-insensitive comparison of token i with a lower-case ASCII word. The first letter is
 * checked inline: most tokens fail there, and this test runs millions of times. */
bool doc__word_is(const doc *d, size_t i, const char *lower);
static inline bool doc_word_is(const doc *d, size_t i, const char *lower)
{
	if (i >= d->t->n)
		return false;
	char c = d->text[d->t->v[i].start];
	if (c >= 'A' && c <= 'Z')
		c = (char)(c + 32);
	return c == lower[0] && doc__word_is(d, i, lower);
}
bool doc_is_lower(const doc *d, size_t i);
/* A unit's word in lower case, as machine translation writes it after the unit's name:
 * "county", "district", "town", "township", "street", "village" (not "municipal"). */
bool doc_lower_unit_word(const doc *d, size_t i);
/* "No. 1" at token k: a rank, whose full stop ends no sentence and whose number is a code
 * ("No. 2 Middle School", "Document No. 1"). */
static inline bool doc_rank_number(const doc *d, size_t k)
{
	return doc_word_is(d, k, "no") && doc_is(d, k + 1, '.') && k + 2 < d->t->n && d->t->v[k + 2].kind == TOK_NUM;
}
/* Token k follows a hyphen that ends a line inside its sentence: "Vice-\nPresident" is one word. */
bool doc_broken_hyphen(const doc *d, size_t k);
/* The text of tokens [a, b) as a value says it (a title, a host): as written, with each run of
 * blanks (spaces, line breaks, tabs, no-break spaces) as one space, none inside a word
 * hyphenated at a line's end, and a space where two words ran together ("theStanding"). In d's arena;
 * NULL when out of memory. */
char *doc_text_of(doc *d, size_t a, size_t b);

/* Person of a mention after merges, or -1. */
int doc_person_of(const doc *d, size_t mention_index);

/* Modules, in the order the extractor runs them. Each returns 0 or a negative code. */
int people_find(doc *d);
int orgs_find(doc *d);
/* The body whose name covers token k (bodies are in text order and do not overlap), or NULL. */
const org *orgs_covering(const doc *d, size_t k);
int titles_assign(doc *d);
int events_extract(doc *d);
int formulations_extract(doc *d);
int people_finish(doc *d);

/* Adds a title to a person, skipping one already there (the same post written two ways). */
int people_add_title(doc *d, int person, const title_acc *t);
/* Adds a title given with a surname-only reference ("Premier Li") unless its words are all
 * in a title the person has ("Chinese Premier"): the shorthand repeats a known post. */
int people_add_title_if_new(doc *d, int person, const title_acc *t);

#endif
