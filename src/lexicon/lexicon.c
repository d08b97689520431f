/* lexicon.c — loads data/ TSV into hash maps and phrase books.
 * Files are plain TSV: '#' comments, one header line, then rows. Adding a title or a
 * formulation is a data change only. Depends on util and text (tokenizer for phrases). */
#include "lexicon/lexicon_impl.h"
#include "lexicon/embedded.h"
#include "readout/query.h"
#include "util/civil_date.h"
#include "util/error.h"
#include "util/wordhash.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MAX_FIELDS = 8, KEY_MAX = 512 };

typedef struct row {
	char *f[MAX_FIELDS];
	size_t n;
	size_t line;
} row;

typedef struct loader {
	readout_lexicon *lex;
	tokens toks;
	const char *dir;       /* NULL: the built-in copy */
	char label[4200];
} loader;

/* How messages name a data file: its path, or "data/NAME (built in)". */
static const char *file_label(loader *ld, const char *name)
{
	if (ld->dir)
		snprintf(ld->label, sizeof ld->label, "%s/%s", ld->dir, name);
	else
		snprintf(ld->label, sizeof ld->label, "data/%s (built in)", name);
	return ld->label;
}

static int read_file(char **out, size_t *len, const char *dir, const char *name)
{
	if (!dir) {
		size_t n;
		const char *data = readout__embedded_file(name, &n);
		if (!data)
			return readout_error__set(READOUT_ENOTFOUND, "data/%s is not built in", name);
		char *copy = malloc(n + 1);
		if (!copy)
			return readout_error__set(READOUT_ENOMEM, "out of memory loading %s", name);
		memcpy(copy, data, n);
		copy[n] = '\0';
		*out = copy;
		*len = n;
		return 0;
	}
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "rb");
	if (!f)
		return readout_error__set(READOUT_ENOTFOUND, "%s: %s", path, strerror(errno));
	char *buf = NULL;
	size_t cap = 0, n = 0;
	for (;;) {
		if (n + 65536 + 1 > cap) {
			cap = cap ? cap * 2 : 131072;
			char *nb = realloc(buf, cap);
			if (!nb) {
				free(buf);
				fclose(f);
				return readout_error__set(READOUT_ENOMEM, "out of memory reading %s", path);
			}
			buf = nb;
		}
		size_t got = fread(buf + n, 1, 65536, f);
		n += got;
		if (got < 65536)
			break;
	}
	int err = ferror(f);
	fclose(f);
	if (err) {
		free(buf);
		return readout_error__set(READOUT_EIO, "%s: read error", path);
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

/* Iterates data rows (after the header). Returns 1 with a row, 0 at the end. */
static int next_row(char **cursor, row *r, int *seen_header, size_t *line)
{
	while (**cursor) {
		char *s = *cursor;
		char *nl = strchr(s, '\n');
		if (nl) {
			*nl = '\0';
			*cursor = nl + 1;
		} else {
			*cursor = s + strlen(s);
		}
		(*line)++;
		size_t l = strlen(s);
		if (l && s[l - 1] == '\r')
			s[--l] = '\0';
		if (l == 0 || s[0] == '#')
			continue;
		if (!*seen_header) {
			*seen_header = 1;
			continue;
		}
		r->n = 0;
		r->line = *line;
		char *p = s;
		for (;;) {
			if (r->n == MAX_FIELDS)
				break;
			r->f[r->n++] = p;
			char *tab = strchr(p, '\t');
			if (!tab)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		return 1;
	}
	return 0;
}

static int keep_file(readout_lexicon *lex, char *text)
{
	lex_file *f = malloc(sizeof *f);
	if (!f) {
		free(text);
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	}
	f->text = text;
	f->next = lex->files;
	lex->files = f;
	return 0;
}

size_t lex_token_key(const char *text, const token *tk, char *out, size_t cap)
{
	size_t o = 0;
	if (tk->kind == TOK_POSS) {
		if (cap < 3)
			return 0;
		memcpy(out, "'s", 3);
		return 2;
	}
	for (uint32_t i = tk->start; i < tk->end; i++) {
		unsigned char c = (unsigned char)text[i];
		char w;
		if (c >= 'A' && c <= 'Z') {
			w = (char)(c + 32);
		} else if (c == '-') {
			w = ' ';
		} else if (c == 0xe2 && i + 2 < tk->end && (unsigned char)text[i + 1] == 0x80 &&
		           (unsigned char)text[i + 2] == 0x99) {
			w = '\'';
			i += 2;
		} else if (c == 0xc2 && i + 3 < tk->end && (unsigned char)text[i + 1] == 0xa1 &&
		           (unsigned char)text[i + 2] == 0xc2 && (unsigned char)text[i + 3] == 0xaf) {
			w = '\'';
			i += 3;
		} else if (c == 0xc3 && i + 1 < tk->end && ((unsigned char)text[i + 1] == 0x9c || (unsigned char)text[i + 1] == 0xbc)) {
			/* Ü / ü: keep as ü */
			if (o + 3 > cap)
				return 0;
			out[o++] = (char)0xc3;
			out[o++] = (char)0xbc;
			i += 1;
			continue;
		} else {
			w = (char)c;
		}
		if (o + 2 > cap)
			return 0;
		out[o++] = w;
	}
	out[o] = '\0';
	return o;
}

uint32_t lex_word_class(const readout_lexicon *lex, const char *text, const token *tk)
{
	(void)text;
	uint64_t v = 0;
	if ((tk->kind == TOK_WORD || tk->kind == TOK_POSS) && tk->nwords)
		u64map_get(&lex->words, tk->wh, &v);
	return (uint32_t)v;
}

/* About 16 bits per key (a power of two at most that), at least 8 KB, at most 2 MB: one probe of
 * the large map saved for nearly every token run that is no phrase. */
static int build_filter(phrase_map *m)
{
	size_t bits = 1 << 16;
	while (bits < (1u << 24) && bits * 2 <= m->keys.count * 16)
		bits <<= 1;
	m->filter = calloc(bits / 64, sizeof *m->filter);
	if (!m->filter)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	m->filter_mask = bits - 1;
	for (size_t i = 0; i < u64map_capacity(&m->keys); i++) {
		uint64_t key = m->keys.slots[i].key;
		if (!key)
			continue;
		size_t bit = (size_t)(key >> 40) & m->filter_mask;
		m->filter[bit >> 6] |= (uint64_t)1 << (bit & 63);
	}
	return 0;
}

/* The gate bits go beside the word classes, keyed by the first words of the books' phrases,
 * once the books are complete, each with its alone bit when that word is a whole phrase of
 * the book; and the phrases get their filter. */
static int build_gate(readout_lexicon *lex)
{
	int rc = build_filter(&lex->phrases);
	if (rc)
		return rc;
	const phrasebook *books[PB_COUNT] = {&lex->place_names, &lex->form_names, &lex->cue_names, &lex->event_names,
	                                     &lex->org_names};
	for (uint32_t b = 0; b < PB_COUNT; b++) {
		const u64map *f = &books[b]->firsts;
		for (size_t i = 0; i < u64map_capacity(f); i++) {
			uint64_t key = f->slots[i].key;
			if (!key)
				continue;
			uint64_t old = 0, e;
			u64map_get(&lex->words, key, &old);
			uint64_t bits = (uint64_t)LEX_GATE(b) << 32;
			if (u64map_get(&lex->phrases.keys, key, &e) && (e >> PM_WHOLE_SHIFT) & LEX_GATE(b))
				bits |= (uint64_t)LEX_GATE_ALONE(b) << 32;
			if ((rc = u64map_put(&lex->words, key, old | bits, false)))
				return rc;
		}
	}
	/* a first word's own key held by a book (not only the start of a longer first token:
	 * "high" of "high-quality development" is not) */
	for (size_t i = 0; i < u64map_capacity(&lex->words); i++) {
		u64map_slot *w = &lex->words.slots[i];
		uint64_t e;
		if (w->key && (w->value >> 32 & 0xffff) && u64map_get(&lex->phrases.keys, w->key, &e))
			w->value |= (uint64_t)((unsigned)e & ((1u << PB_COUNT) - 1)) << (32 + 2 * PB_COUNT);
	}
	return 0;
}

uint32_t lex_first_word_class(const readout_lexicon *lex, const token *tk)
{
	uint64_t v = 0;
	if (tk->kind == TOK_WORD && tk->nwords)
		u64map_get(&lex->words, tk->first, &v);
	return (uint32_t)v;
}

/* A string of 1 to 7 bytes as a u64map key: its bytes and length packed into 64 bits, then
 * mixed by the word hash's finalizer, which is a bijection, so distinct strings never share a
 * key. */
static inline uint64_t syllable_key(const char *s, size_t len)
{
	uint64_t k = (uint64_t)len << 56;
	for (size_t i = 0; i < len; i++)
		k |= (uint64_t)(unsigned char)s[i] << (8 * i);
	return wordhash_finish(k);
}

/* Adds a syllable to the trie; one with a byte other than a-z is never asked for there. */
static int add_trie_syllable(readout_lexicon *lex, const char *s, size_t len)
{
	if (len > SYLLABLE_TRIE_MAX)
		return 0;
	for (size_t i = 0; i < len; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	size_t node = 0;
	for (size_t i = 0; i <= len; i++) {
		if (lex->syllable_nodes == lex->syllable_nodes_cap) {
			size_t cap = lex->syllable_nodes_cap ? lex->syllable_nodes_cap * 2 : 512;
			if (cap > UINT16_MAX + 1u)
				return readout_error__set(READOUT_ETOOBIG, "too many pinyin syllables");
			syllable_node *v = realloc(lex->syllable_trie, cap * sizeof *v);
			if (!v)
				return readout_error__set(READOUT_ENOMEM, "out of memory");
			lex->syllable_trie = v;
			lex->syllable_nodes_cap = cap;
		}
		if (lex->syllable_nodes == 0)
			lex->syllable_trie[lex->syllable_nodes++] = (syllable_node){{0}, false};
		if (i == len)
			break;
		unsigned c = (unsigned)(s[i] - 'a');
		if (!lex->syllable_trie[node].next[c]) {
			lex->syllable_trie[lex->syllable_nodes] = (syllable_node){{0}, false};
			lex->syllable_trie[node].next[c] = (uint16_t)lex->syllable_nodes++;
		}
		node = lex->syllable_trie[node].next[c];
	}
	lex->syllable_trie[node].syllable = true;
	return 0;
}

unsigned lex_syllable_prefixes(const readout_lexicon *lex, const char *s, size_t max)
{
	unsigned ends = 0;
	size_t node = 0;
	if (max > SYLLABLE_TRIE_MAX)
		max = SYLLABLE_TRIE_MAX;
	for (size_t l = 1; l <= max && lex->syllable_trie; l++) {
		if (s[l - 1] < 'a' || s[l - 1] > 'z' || !(node = lex->syllable_trie[node].next[s[l - 1] - 'a']))
			break;
		ends |= (unsigned)lex->syllable_trie[node].syllable << l;
	}
	return ends;
}

bool lex_is_syllable(const readout_lexicon *lex, const char *s, size_t len)
{
	/* the name splitter asks this for every piece of every capitalized word */
	if (len >= 1 && len <= 7)
		return u64map_get(&lex->short_syllables, syllable_key(s, len), NULL);
	return strmap_get(&lex->syllables, s, len, NULL);
}


static inline uint64_t pow_prime(unsigned n)
{
	if (n == 1)
		return WORDHASH_PRIME; /* most tokens are one word */
	uint64_t p = 1;
	while (n--)
		p *= WORDHASH_PRIME;
	return p;
}

/* Word hashing, shared by documents and lexicons so both normalize alike: lower-case ASCII,
 * ’ and ¡¯ as ', Ü as ü, a hyphen separating words. FNV-1a per byte (cheap inline), then a
 * 64-bit finalizer so the low bits index hash tables well. */

/* Lower-cased ASCII letters, digits and the few other bytes hashed as they are; 0 for bytes
 * that need a closer look (hyphens, spaces, UTF-8). */
static const unsigned char plain_byte[256] = {
	['&'] = '&', ['\''] = '\'', ['.'] = '.', ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] =
	'4', ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9', ['A'] = 'a', ['B'] = 'b',
	['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'i', ['J'] =
	'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n', ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q',
	['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] =
	'y', ['Z'] = 'z', ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f',
	['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] =
	'n', ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
	['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z'
};

/* Hashes bytes s[0..n) as one or more words; returns the word count. */
static unsigned hash_span(const char *s, size_t n, uint64_t *first, uint64_t *wh)
{
	unsigned nwords = 0;
	uint64_t h = WORDHASH_OFFSET;
	size_t wlen = 0;
	*first = *wh = 0;
	for (size_t k = 0; k <= n; k++) {
		/* fast path: plain ASCII bytes need no decision */
		unsigned char p;
		while (k < n && (p = plain_byte[(unsigned char)s[k]])) {
			h = wordhash_byte(h, p);
			wlen++;
			k++;
		}
		unsigned char c = k < n ? (unsigned char)s[k] : '-';
		if (c == '-' || c == ' ') {
			if (wlen) {
				uint64_t w = wordhash_finish(h);
				if (!nwords)
					*first = w;
				*wh = wordhash_extend(*wh, w);
				nwords++;
			}
			h = WORDHASH_OFFSET;
			wlen = 0;
			continue;
		}
		if (c == 0xe2 && k + 2 < n && (unsigned char)s[k + 1] == 0x80 && (unsigned char)s[k + 2] == 0x99) {
			c = '\'';
			k += 2;
		} else if (c == 0xc2 && k + 3 < n && (unsigned char)s[k + 1] == 0xa1 && (unsigned char)s[k + 2] == 0xc2 &&
		           (unsigned char)s[k + 3] == 0xaf) {
			c = '\'';
			k += 3;
		} else if (c == 0xc3 && k + 1 < n && (unsigned char)s[k + 1] == 0x9c) {
			h = wordhash_byte(h, 0xc3);
			c = 0xbc; /* Ü -> ü */
			k += 1;
			wlen++;
		}
		h = wordhash_byte(h, c);
		wlen++;
	}
	return nwords;
}

/* A token's word hashes; poss_* are those of "'s". */
static inline void hash_token(const char *text, token *tk, uint64_t poss_first, uint64_t poss_wh)
{
	if (tk->kind == TOK_PUNCT) {
		tk->nwords = 0;
		tk->wh = tk->first = 0;
	} else if (tk->kind == TOK_POSS) {
		tk->nwords = 1;
		tk->first = poss_first;
		tk->wh = poss_wh;
	} else if (!tk->nwords) {
		/* the tokenizer hashed plain ASCII words already */
		tk->nwords = (uint8_t)hash_span(text + tk->start, tk->end - tk->start, &tk->first, &tk->wh);
	}
}

void lex_hash_tokens(const char *text, token *toks, size_t n)
{
	uint64_t poss_first, poss_wh;
	hash_span("'s", 2, &poss_first, &poss_wh);
	for (size_t i = 0; i < n; i++)
		hash_token(text, &toks[i], poss_first, poss_wh);
}

void lex_classify_tokens(const readout_lexicon *lex, const char *text, token *toks, size_t n)
{
	uint64_t poss_first, poss_wh;
	hash_span("'s", 2, &poss_first, &poss_wh);
	/* a copy: the token stores below could alias the lexicon's map for all the compiler knows */
	const u64map words = lex->words;
	const uint64_t *filter = lex->word_filter;
	for (size_t i = 0; i < n; i++) {
		token *tk = &toks[i];
		if (tk->flags & TF_LOOKED_UP)
			continue; /* the tokenizer did (lex->lookup) */
		uint64_t v = LEX_WORD_ABSENT;
		if (tk->kind == TOK_WORD && tk->nwords == 1) {
			/* the common case, a word the tokenizer hashed: one probe for both, none for
			 * most words the lexicon does not know */
			if (token_lookup_may_hold(filter, tk->wh))
				u64map_get(&words, tk->wh, &v);
			tk->word = (uint32_t)v;
			tk->gate = (uint16_t)(v >> 32);
			tk->xid = (uint8_t)(v >> LEX_XID_SHIFT);
			continue;
		}
		hash_token(text, tk, poss_first, poss_wh);
		tk->word = 0;
		tk->gate = 0;
		tk->xid = LEX_XID_NONE;
		if (!tk->nwords)
			continue;
		u64map_get(&words, tk->wh, &v);
		if (tk->kind == TOK_WORD || tk->kind == TOK_POSS) {
			tk->word = (uint32_t)v;
			tk->xid = (uint8_t)(v >> LEX_XID_SHIFT);
		}
		if (tk->nwords > 1) {
			v = 0;
			u64map_get(&words, tk->first, &v);
		}
		tk->gate = (uint16_t)(v >> 32);
	}
}

/* Records that book holds key: as a whole phrase with its value (whole), or as the beginning
 * of longer phrases. The first value a book gives a phrase stays. */
static int phrase_map_add(phrase_map *m, uint64_t key, unsigned book, bool whole, uint32_t value)
{
	uint64_t *entry = u64map_value_for(&m->keys, key);
	if (!entry)
		return READOUT_ENOMEM;
	uint64_t e = *entry;
	unsigned held = (unsigned)e & PM_BOOKS_MASK, wholes = (unsigned)(e >> PM_WHOLE_SHIFT) & PM_BOOKS_MASK;
	uint64_t slot = e >> PM_VALUE_SHIFT; /* the value, or the row of multi */
	unsigned bit = 1u << book;
	held |= bit;
	if (whole && !(wholes & bit)) {
		if (!wholes) {
			slot = value;
		} else {
			if (!(wholes & (wholes - 1))) { /* a second book: the values move to a row of their own */
				if (m->nmulti == m->multi_cap) {
					size_t cap = m->multi_cap ? m->multi_cap * 2 : 16;
					uint32_t(*v)[PB_BOOKS] = realloc(m->multi, cap * sizeof *v);
					if (!v)
						return readout_error__set(READOUT_ENOMEM, "out of memory");
					m->multi = v;
					m->multi_cap = cap;
				}
				uint32_t *r = m->multi[m->nmulti];
				memset(r, 0, sizeof m->multi[0]);
				r[__builtin_ctz(wholes)] = (uint32_t)slot;
				slot = m->nmulti++;
			}
			m->multi[slot][book] = value;
		}
		wholes |= bit;
	}
	*entry = slot << PM_VALUE_SHIFT | (uint64_t)wholes << PM_WHOLE_SHIFT | held;
	return 0;
}

/* Phrases are tokenized like documents and hashed word by word. The first entry for a
 * phrase wins, so files list preferred readings first. */
static int add_phrase(loader *ld, phrasebook *book, const char *phrase, uint32_t value)
{
	int rc = tokens_build(&ld->toks, phrase, strlen(phrase), 0);
	if (rc)
		return rc;
	lex_hash_tokens(phrase, ld->toks.v, ld->toks.n);
	phrase_map *m = &ld->lex->phrases;
	uint64_t h = 0, first = 0;
	unsigned words = 0;
	for (size_t i = 0; i < ld->toks.n; i++) {
		const token *tk = &ld->toks.v[i];
		if (tk->kind == TOK_PUNCT || !tk->nwords)
			continue; /* quotes, commas and dots do not take part in matching */
		if (!words)
			first = tk->first;
		h = h * pow_prime(tk->nwords) + tk->wh;
		words += tk->nwords;
	}
	if (!words)
		return 0;
	/* every proper prefix (at word boundaries) is marked, so matching stops early */
	uint64_t ph = 0;
	unsigned pw = 0;
	for (size_t i = 0; i < ld->toks.n && pw + 1 < words; i++) {
		const token *tk = &ld->toks.v[i];
		if (tk->kind == TOK_PUNCT || !tk->nwords)
			continue;
		ph = ph * pow_prime(tk->nwords) + tk->wh;
		pw += tk->nwords;
		if (pw < words && (rc = phrase_map_add(m, ph, book->book, false, 0)))
			return rc;
	}
	if ((rc = phrase_map_add(m, h, book->book, true, value)))
		return rc;
	uint64_t maxw = 0;
	u64map_get(&book->firsts, first, &maxw);
	return words > maxw ? u64map_put(&book->firsts, first, words, false) : 0;
}

/* Punctuation a phrase goes on over, as its key leaves all punctuation out: quotation marks
 * and commas ("one country, two systems"), and marks inside a word written with digits or
 * signs ("100-year", "8+8", "No. 1"). Other punctuation breaks a phrase. */
static bool passes_over(const token *toks, size_t j, size_t limit)
{
	const token *tk = &toks[j];
	if (tk->kind != TOK_PUNCT)
		return false;
	if ((tk->flags & (TF_QOPEN | TF_QCLOSE | TF_QAMBIG)) || tk->ch == ',')
		return true;
	if (j + 1 >= limit || (tk->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)) || toks[j + 1].kind == TOK_PUNCT)
		return false;
	bool joined = !(toks[j + 1].flags & (TF_SPACE_BEFORE | TF_NL_BEFORE));
	if (joined && (tk->ch == '-' || tk->ch == '+' || tk->ch == '/'))
		return true;
	/* "No. 1": an abbreviation's dot before a number */
	return tk->ch == '.' && toks[j + 1].kind == TOK_NUM && !(toks[j + 1].flags & TF_NL_BEFORE);
}

/* What a walk found: for each book of its found mask, the tokens of the longest phrase and its
 * value. */
typedef struct walk_found {
	unsigned books;
	size_t len[PB_BOOKS];
	uint32_t val[PB_BOOKS];
} walk_found;

/* The value a key's entry e holds for a book where it is whole. */
static inline uint32_t entry_value(const phrase_map *m, uint64_t e, unsigned book)
{
	unsigned wholes = (unsigned)(e >> PM_WHOLE_SHIFT) & PM_BOOKS_MASK;
	uint64_t slot = e >> PM_VALUE_SHIFT;
	return wholes & (wholes - 1) ? m->multi[slot][book] : (uint32_t)slot;
}

/* The longest phrase of each of the books (a mask) from token i, within [i, limit), of at most
 * maxw words: one walk for them all, each book dropping out at the first key it does not
 * hold. The walk goes on from token j, the tokens [i, j) already held by all the books, with
 * key h over their words words (j = i, h = 0, words = 0 from the start). */
static void walk(walk_found *out, const phrase_map *m, const token *toks, size_t i, size_t j, uint64_t h,
                 unsigned words, size_t limit, unsigned books, uint64_t maxw)
{
	out->books = 0;
	for (;;) {
		const token *tk = &toks[j];
		words += tk->nwords;
		if (words > maxw)
			break;
		h = h * pow_prime(tk->nwords) + tk->wh;
		uint64_t e;
		/* the filter only saves probes that would miss: the first word, with a phrase
		 * starting with it, is nearly always in the map */
		if ((j > i && !lex_phrase_may_hold(m, h)) || !u64map_get(&m->keys, h, &e))
			break; /* no phrase goes on like this */
		unsigned whole = (unsigned)(e >> PM_WHOLE_SHIFT) & books;
		if (whole) {
			out->books |= whole;
			for (unsigned w = whole; w; w &= w - 1) {
				unsigned b = (unsigned)__builtin_ctz(w);
				out->len[b] = j - i + 1;
				out->val[b] = entry_value(m, e, b);
			}
		}
		books &= (unsigned)e & PM_BOOKS_MASK;
		if (!books)
			break;
		j++;
		while (j < limit && passes_over(toks, j, limit))
			j++;
		if (j >= limit || toks[j].kind == TOK_PUNCT || !toks[j].nwords)
			break;
	}
}

size_t lex_phrase_match(const phrasebook *book, const char *text, const token *toks, size_t i,
                        size_t limit, uint32_t *value)
{
	(void)text;
	const token *t0 = &toks[i];
	uint64_t maxw;
	if (t0->kind == TOK_PUNCT || !t0->nwords || !u64map_get(&book->firsts, t0->first, &maxw))
		return 0;
	walk_found f;
	walk(&f, book->map, toks, i, i, 0, 0, limit, 1u << book->book, maxw);
	if (!f.books)
		return 0;
	*value = f.val[book->book];
	return f.len[book->book];
}

/* The token a phrase would go on with after token i (quotation marks and commas skipped, as
 * lex_phrase_match does), or false if a phrase cannot go on past token i. */
static bool next_word(const token *toks, size_t i, size_t limit, size_t *next)
{
	size_t j = i + 1;
	while (j < limit && passes_over(toks, j, limit))
		j++;
	if (j >= limit || toks[j].kind == TOK_PUNCT || !toks[j].nwords)
		return false;
	*next = j;
	return true;
}

void lex_find_phrases(const readout_lexicon *lex, const token *toks, size_t first, size_t last, phrase_hit *hits)
{
	const phrase_map *m = &lex->phrases;
	const unsigned all = (1u << PB_COUNT) - 1;
	/* at once for the sentence: most tokens start no phrase, and a value is 0 where none is */
	memset(hits + first, 0, (last - first) * sizeof *hits);
	for (size_t i = first; i < last; i++) {
		unsigned gate = toks[i].gate;
		if (!gate)
			continue;
		phrase_hit *h = &hits[i];
		unsigned books = gate & all;
		/* the gate says the books have phrases from this word: no probe of their firsts,
		 * whose bound on their length only saves a probe that would miss anyway */
		walk_found f;
		size_t j;
		if (toks[i].nwords != 1) {
			walk(&f, m, toks, i, i, 0, 0, last, books, UINT64_MAX);
		} else if (!next_word(toks, i, last, &j) ||
		           !lex_phrase_may_hold(m, toks[i].wh * pow_prime(toks[j].nwords) + toks[j].wh)) {
			/* Most gated tokens start no phrase: one word that is no phrase by itself, and a
			 * next word the filter rules out. Those are answered here without a probe. */
			books &= gate >> PB_COUNT; /* one-word phrases only */
			if (!books)
				continue;
			walk(&f, m, toks, i, i, 0, 0, last, books, UINT64_MAX);
		} else if (books & gate >> PB_COUNT) {
			walk(&f, m, toks, i, i, 0, 0, last, books, UINT64_MAX); /* the word's own values */
		} else {
			/* the gate says which books hold the word: the walk goes on from the next */
			books &= gate >> (2 * PB_COUNT);
			if (!books)
				continue;
			walk(&f, m, toks, i, j, toks[i].wh, 1, last, books, UINT64_MAX);
		}
		for (unsigned w = f.books; w; w &= w - 1) {
			unsigned b = (unsigned)__builtin_ctz(w);
			h->len[b] = (uint8_t)(f.len[b] > 255 ? 0 : f.len[b]);
			h->val[b] = f.val[b];
		}
	}
}

static const struct { const char *name; uint32_t bit; } class_names[] = {
	{"head", W_HEAD}, {"plural", W_PLURAL | W_HEAD}, {"modifier", W_MOD}, {"party", W_PARTY},
	{"org", W_ORG}, {"count", W_COUNT}, {"tifa", W_TIFA}, {"nameword", W_NAMEWORD},
	{"institution", W_INSTITUTION}, {"placesuffix", W_PLACESUFFIX}, {"group", W_GROUP},
	{"honorific", W_HONORIFIC}, {"byline", W_BYLINE}, {"creditlabel", W_CREDITLABEL}, {"stop", W_STOP}, {"number", W_NUMWORD},
	{"ordinal", W_ORDWORD}, {"eventnoun", W_EVENTNOUN}, {"eventverb", W_EVENTVERB},
	{"func", W_FUNC}, {"pronoun", W_PRONOUN}, {"connector", W_CONNECTOR}, {"central", W_CENTRAL},
	{"provincial", W_LVL_PROV}, {"prefectural", W_LVL_PREF}, {"county", W_LVL_COUNTY},
	{"state", W_LVL_STATE}, {"month", W_MONTH}, {"weekday", W_WEEKDAY}, {"notgiven", W_NOTGIVEN},
};

/* Classes the rules consult rarely: kept beside the tokens, asked for by lex_word_ext. */
static const struct { const char *name; uint64_t bit; } ext_class_names[] = {
	{"adverb", X_ADVERB}, {"daypart", X_DAYPART}, {"hostverb", X_HOSTVERB}, {"presideverb", X_PRESIDEVERB},
	{"byverb", X_BYVERB}, {"passive", X_PASSIVE}, {"objectprep", X_OBJECTPREP}, {"sizenoun", X_SIZENOUN},
	{"durationunit", X_DURATIONUNIT}, {"approx", X_APPROX}, {"datelineword", X_DATELINEWORD},
	{"smallerunit", X_SMALLERUNIT}, {"organword", X_ORGANWORD}, {"congressword", X_CONGRESSWORD},
	{"clauseword", X_CLAUSEWORD}, {"venueprep", X_VENUEPREP}, {"mediaword", X_MEDIAWORD},
	{"ourword", X_OURWORD}, {"grassroots", X_GRASSROOTS}, {"sameday", X_SAMEDAY}, {"purpose", X_PURPOSE},
	{"orgjoin", X_ORGJOIN}, {"article", X_ARTICLE}, {"nationalword", X_NATIONALWORD},
	{"delegateword", X_DELEGATE}, {"futureword", X_FUTURE}, {"possessive", X_POSSESSIVE},
	{"according", X_ACCORDING}, {"byword", X_BY}, {"thatword", X_THAT}, {"withword", X_WITH},
	{"listword", X_LIST}, {"otherword", X_OTHER}, {"genericperson", X_GENERIC},
	{"rank", X_RANK}, {"memberword", X_MEMBER}, {"dateprep", X_DATEPREP},
	{"centralword", X_CENTRALWORD}, {"ofword", X_OF}, {"visitverb", X_VISIT}, {"whoword", X_WHO},
	{"minorityname", X_MINORITY}, {"minoritysingle", X_MINORITY_SINGLE}, {"electverb", X_ELECT},
	{"asverb", X_ASVERB}, {"coordword", X_COORD}, {"compareword", X_COMPARE}, {"thanword", X_THAN},
	{"durationcue", X_DURATIONCUE}, {"totalword", X_TOTAL}, {"speechnoun", X_SPEECHNOUN},
	{"countcontext", X_COUNTCONTEXT}, {"nationalevent", X_NATIONALEVENT}, {"remit", X_REMIT},
	{"remitprep", X_REMITPREP}, {"worknoun", X_WORKNOUN}, {"delegation", X_DELEGATION},
	{"anaphor", X_ANAPHOR}, {"partyword", X_PARTYWORD}, {"perfectaux", X_PERFECT}, {"sinceword", X_SINCE},
	{"chromeword", X_CHROME}, {"underword", X_UNDER}, {"keyfiller", X_KEYFILLER},
};

/* Word classes are keyed like tokens: the hash of the word's normalized form. */
static int add_word(readout_lexicon *lex, const char *word, uint32_t bits, uint64_t ext)
{
	uint64_t first, wh;
	if (!hash_span(word, strlen(word), &first, &wh))
		return 0;
	uint64_t old = 0;
	int rc = 0;
	if (bits) {
		u64map_get(&lex->words, wh, &old);
		rc = u64map_put(&lex->words, wh, old | bits, false);
	}
	if (!rc && ext) {
		old = 0;
		u64map_get(&lex->words_ext, wh, &old);
		rc = u64map_put(&lex->words_ext, wh, old | ext, false);
	}
	return rc;
}

uint64_t lex_word_ext_probe(const readout_lexicon *lex, const token *tk)
{
	uint64_t v = 0;
	if ((tk->kind == TOK_WORD || tk->kind == TOK_POSS) && tk->nwords)
		u64map_get(&lex->words_ext, tk->wh, &v);
	return v;
}

/* Each word's rare classes as its xid in its words entry (see LEX_XID_SHIFT), once every
 * class is loaded: words with rare classes only get an entry of their own. */
static int build_ext_codes(readout_lexicon *lex)
{
	lex->nwords = lex->words.count;
	lex->next_xid = LEX_XID_FIRST;
	const uint64_t xid_bits = (uint64_t)0xff << LEX_XID_SHIFT;
	for (size_t i = 0; i < u64map_capacity(&lex->words); i++)
		if (lex->words.slots[i].key)
			lex->words.slots[i].value = (lex->words.slots[i].value & ~xid_bits) | LEX_WORD_ABSENT;
	const u64map *x = &lex->words_ext;
	for (size_t i = 0; i < u64map_capacity(x); i++) {
		uint64_t key = x->slots[i].key, ext = x->slots[i].value;
		if (!key || !ext)
			continue;
		uint64_t xid = LEX_XID_ASK;
		for (size_t j = LEX_XID_FIRST; j < lex->next_xid && xid == LEX_XID_ASK; j++)
			if (lex->ext_values[j] == ext)
				xid = j;
		if (xid == LEX_XID_ASK && lex->next_xid < LEX_XID_MAX) {
			xid = lex->next_xid++;
			lex->ext_values[xid] = ext;
		}
		uint64_t old = 0;
		u64map_get(&lex->words, key, &old);
		int rc = u64map_put(&lex->words, key, (old & ~xid_bits) | xid << LEX_XID_SHIFT, false);
		if (rc)
			return rc;
	}
	return 0;
}

/* The words map's filter (token_lookup_may_hold), once every word is in the map, and the
 * tokenizer's lookup over both. */
static int build_word_filter(readout_lexicon *lex)
{
	lex->word_filter = calloc(((size_t)1 << TOKEN_LOOKUP_FILTER_LOG) / 64, sizeof *lex->word_filter);
	if (!lex->word_filter)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	for (size_t i = 0; i < u64map_capacity(&lex->words); i++) {
		uint64_t key = lex->words.slots[i].key;
		if (!key)
			continue;
		size_t bit = (size_t)(key >> (64 - TOKEN_LOOKUP_FILTER_LOG));
		lex->word_filter[bit >> 6] |= (uint64_t)1 << (bit & 63);
	}
	/* "the People's Government of Sichuan Provinceheld a symposium": a verb of meeting */
	lex->lookup = (token_lookup){&lex->words, lex->word_filter, LEX_WORD_ABSENT, W_EVENTVERB};
	return 0;
}

static void lower_in_place(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char)(*s + 32);
}

static int load_words(loader *ld, const char *dir, const char *name)
{
	char *text;
	size_t len;
	int rc = read_file(&text, &len, dir, name);
	if (rc)
		return rc;
	if ((rc = keep_file(ld->lex, text)))
		return rc;
	char *cur = text;
	row r;
	int hdr = 0;
	size_t line = 0;
	while (next_row(&cur, &r, &hdr, &line)) {
		if (r.n < 2)
			return readout_error__set(READOUT_EINVALID, "%s:%zu: expected word<TAB>classes", file_label(ld, name), r.line);
		lower_in_place(r.f[0]);
		uint32_t bits = 0;
		uint64_t ext = 0;
		char *c = r.f[1];
		while (*c) {
			char *comma = strchr(c, ',');
			size_t n = comma ? (size_t)(comma - c) : strlen(c);
			size_t k, x;
			for (k = 0; k < sizeof class_names / sizeof *class_names; k++)
				if (strlen(class_names[k].name) == n && strncmp(class_names[k].name, c, n) == 0)
					break;
			for (x = 0; k == sizeof class_names / sizeof *class_names && x < sizeof ext_class_names / sizeof *ext_class_names; x++)
				if (strlen(ext_class_names[x].name) == n && strncmp(ext_class_names[x].name, c, n) == 0)
					break;
			if (k < sizeof class_names / sizeof *class_names)
				bits |= class_names[k].bit;
			else if (x < sizeof ext_class_names / sizeof *ext_class_names)
				ext |= ext_class_names[x].bit;
			else
				return readout_error__set(READOUT_EINVALID, "%s:%zu: unknown class '%.*s'", file_label(ld, name), r.line, (int)n, c);
			c += n + (comma ? 1 : 0);
		}
		if ((rc = add_word(ld->lex, r.f[0], bits, ext)))
			return rc;
	}
	return 0;
}

static int load_surnames(loader *ld, const char *dir)
{
	char *text;
	size_t len;
	int rc = read_file(&text, &len, dir, "surnames.tsv");
	if (rc || (rc = keep_file(ld->lex, text)))
		return rc;
	char *cur = text;
	row r;
	int hdr = 0;
	size_t line = 0;
	while (next_row(&cur, &r, &hdr, &line)) {
		if (r.n < 2 || !r.f[0][0])
			return readout_error__set(READOUT_EINVALID, "%s:%zu: expected surname<TAB>zh", file_label(ld, "surnames.tsv"), r.line);
		lower_in_place(r.f[0]);
		if ((rc = add_word(ld->lex, r.f[0], W_SURNAME, 0)))
			return rc;
		ld->lex->nsurnames++;
	}
	return 0;
}

static int load_syllables(loader *ld, const char *dir)
{
	char *text;
	size_t len;
	int rc = read_file(&text, &len, dir, "pinyin.tsv");
	if (rc || (rc = keep_file(ld->lex, text)))
		return rc;
	char *cur = text;
	row r;
	int hdr = 0;
	size_t line = 0;
	while (next_row(&cur, &r, &hdr, &line)) {
		if (!r.f[0][0])
			return readout_error__set(READOUT_EINVALID, "%s:%zu: empty syllable", file_label(ld, "pinyin.tsv"), r.line);
		lower_in_place(r.f[0]);
		size_t n = strlen(r.f[0]);
		if ((rc = strmap_put(&ld->lex->syllables, r.f[0], n, 1)))
			return rc;
		if (n <= 7 && (rc = u64map_put(&ld->lex->short_syllables, syllable_key(r.f[0], n), 1, false)))
			return rc;
		if ((rc = add_trie_syllable(ld->lex, r.f[0], n)))
			return rc;
	}
	return 0;
}

static int parse_level(const char *s)
{
	static const char *const names[] = {"", "province", "municipality", "autonomous_region", "sar",
	                                    "prefecture", "county", "district", "county_city"};
	for (int i = 1; i < (int)(sizeof names / sizeof *names); i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return 0;
}

static int load_places(loader *ld, const char *dir)
{
	readout_lexicon *lex = ld->lex;
	char *text;
	size_t len;
	int rc = read_file(&text, &len, dir, "places.tsv");
	if (rc || (rc = keep_file(lex, text)))
		return rc;
	size_t rows = 0;
	for (char *p = text; *p; p++)
		rows += *p == '\n';
	lex->places = calloc(rows + 1, sizeof *lex->places);
	if (!lex->places)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	char **parents = calloc(rows + 1, sizeof *parents);
	if (!parents)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	char *cur = text;
	row r;
	int hdr = 0;
	size_t line = 0;
	strmap by_name = {0};
	while (next_row(&cur, &r, &hdr, &line)) {
		int level = r.n >= 4 ? parse_level(r.f[1]) : 0;
		if (!level || !r.f[0][0]) {
			rc = readout_error__set(READOUT_EINVALID, "%s:%zu: expected name<TAB>level<TAB>parent<TAB>zh<TAB>aliases", file_label(ld, "places.tsv"), r.line);
			goto done;
		}
		size_t idx = lex->nplaces++;
		lex->places[idx] = (lex_place){r.f[0], r.f[3], level, -1};
		parents[idx] = r.f[2];
		uint32_t existing;
		if (!strmap_get(&by_name, r.f[0], strlen(r.f[0]), &existing))
			if ((rc = strmap_put(&by_name, r.f[0], strlen(r.f[0]), (uint32_t)idx)) ||
			    (rc = strmap_put(&lex->place_exact, r.f[0], strlen(r.f[0]), (uint32_t)idx)))
				goto done;
		if ((rc = add_phrase(ld, &lex->place_names, r.f[0], (uint32_t)idx)))
			goto done;
		if (r.n >= 5 && r.f[4][0]) {
			char *a = r.f[4];
			for (;;) {
				char *bar = strchr(a, '|');
				if (bar)
					*bar = '\0';
				if (*a && (rc = add_phrase(ld, &lex->place_names, a, (uint32_t)idx)))
					goto done;
				if (!bar)
					break;
				a = bar + 1;
			}
		}
	}
	for (size_t i = 0; i < lex->nplaces; i++) {
		uint32_t p;
		if (parents[i][0] && strmap_get(&by_name, parents[i], strlen(parents[i]), &p))
			lex->places[i].parent = (int)p;
	}
done:
	strmap_dispose(&by_name);
	free(parents);
	return rc;
}

/* Reads data file name, keeps its text with the lexicon, and allocates room for one entry of
 * elem bytes per line (*arr, zeroed); *cur then walks its rows with next_row. */
static int open_table(loader *ld, const char *dir, const char *name, void **arr, size_t elem, char **cur)
{
	char *text;
	size_t len;
	int rc = read_file(&text, &len, dir, name);
	if (rc || (rc = keep_file(ld->lex, text)))
		return rc;
	size_t rows = 0;
	for (char *p = text; *p; p++)
		rows += *p == '\n';
	*arr = calloc(rows + 1, elem);
	if (!*arr)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	*cur = text;
	return 0;
}

/* Adds each '|'-separated rendering of forms (cut in place) to the formulations' phrase book
 * with value, counting them in *n. */
static int add_renderings(loader *ld, char *forms, uint32_t value, size_t *n)
{
	for (char *a = forms;;) {
		char *bar = strchr(a, '|');
		if (bar)
			*bar = '\0';
		if (*a) {
			int rc = add_phrase(ld, &ld->lex->form_names, a, value);
			if (rc)
				return rc;
			(*n)++;
		}
		if (!bar)
			return 0;
		a = bar + 1;
	}
}

/* Whether a Chinese original counts: it holds a numeral of the script (两个确立, 第二个百年奋斗目标,
 * 中央八项规定), "一" only where it opens the formula or follows 第 (统一战线 counts nothing). These
 * are the script's digits, not vocabulary. */
static bool zh_counts(const char *zh)
{
	static const char *const digits[] = {"二", "三", "四", "五", "六", "七", "八", "九", "十", "两"};
	if (!zh)
		return false;
	if (strncmp(zh, "一", 3) == 0 || strstr(zh, "第一"))
		return true;
	for (size_t i = 0; i < sizeof digits / sizeof *digits; i++)
		if (strstr(zh, digits[i]))
			return true;
	return false;
}

static int load_formulations(loader *ld, const char *dir)
{
	readout_lexicon *lex = ld->lex;
	char *cur;
	void *arr;
	int rc = open_table(ld, dir, "formulations.tsv", &arr, sizeof *lex->forms, &cur);
	if (rc)
		return rc;
	lex->forms = arr;
	row r;
	int hdr = 0;
	size_t line = 0;
	while (next_row(&cur, &r, &hdr, &line)) {
		if (r.n < 3 || !r.f[2][0])
			return readout_error__set(READOUT_EINVALID, "%s:%zu: expected zh<TAB>pinyin<TAB>forms", file_label(ld, "formulations.tsv"), r.line);
		size_t idx = lex->nforms++;
		/* keep a pristine copy of the forms for output; the loop below cuts r.f[2] */
		char *raw = strdup(r.f[2]);
		if (!raw || (rc = keep_file(lex, raw)))
			return rc ? rc : readout_error__set(READOUT_ENOMEM, "out of memory");
		const char *zh = r.f[0][0] ? r.f[0] : NULL;
		int place = r.n >= 5 && r.f[4][0] ? lex_place_by_name(lex, r.f[4]) : -1;
		if (r.n >= 5 && r.f[4][0] && place < 0)
			return readout_error__set(READOUT_EINVALID, "%s:%zu: unknown place \"%s\"", file_label(ld, "formulations.tsv"), r.line, r.f[4]);
		lex->forms[idx] = (lex_formulation){zh, r.f[1], raw, zh_counts(zh), place};
		if ((rc = add_renderings(ld, r.f[2], (uint32_t)idx, &lex->nform_strings)))
			return rc;
	}
	return 0;
}

/* Metaphors (metaphors.tsv: zh, forms, source) share the formulations' phrase book, with a
 * value that marks them: the longest match wins, and a metaphor is no formulation. */
static int load_metaphors(loader *ld, const char *dir)
{
	char *text;
	size_t len;
	int rc = read_file(&text, &len, dir, "metaphors.tsv");
	if (rc || (rc = keep_file(ld->lex, text)))
		return rc;
	char *cur = text;
	row r;
	int hdr = 0;
	size_t line = 0;
	while (next_row(&cur, &r, &hdr, &line)) {
		if (r.n < 2 || !r.f[1][0])
			return readout_error__set(READOUT_EINVALID, "%s:%zu: expected zh<TAB>forms", file_label(ld, "metaphors.tsv"), r.line);
		size_t n = 0;
		if ((rc = add_renderings(ld, r.f[1], LEX_FORM_METAPHOR, &n)))
			return rc;
	}
	return 0;
}

typedef struct body_word {
	char w[BODY_WORD_MAX];
} body_word;

/* The words of text[0, len) for a body's key, into out[cap]: letters and digits in lower case,
 * hyphens and other marks as spaces, a possessive "'s" or "’s" dropped, nothing inside
 * brackets. Returns how many, or SIZE_MAX when a word or their number is too large. */
static size_t body_words(const char *s, size_t len, body_word *out, size_t cap)
{
	size_t n = 0;
	int depth = 0;
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		if (c == '(' || c == ')') {
			depth += c == '(' ? 1 : depth > 0 ? -1 : 0;
			i++;
			continue;
		}
		if (!isalnum(c)) {
			i++;
			continue;
		}
		body_word w;
		size_t wn = 0;
		for (; i < len && isalnum((unsigned char)s[i]); i++) {
			if (wn + 1 >= sizeof w.w)
				return SIZE_MAX;
			w.w[wn++] = (char)tolower((unsigned char)s[i]);
		}
		w.w[wn] = '\0';
		size_t mark = i < len && s[i] == '\'' ? 1 : i + 2 < len && memcmp(s + i, "\xe2\x80\x99", 3) == 0 ? 3 : 0;
		if (mark && i + mark < len && (s[i + mark] == 's' || s[i + mark] == 'S') &&
		    (i + mark + 1 >= len || !isalnum((unsigned char)s[i + mark + 1])))
			i += mark + 1;
		if (depth)
			continue;
		if (n == cap)
			return SIZE_MAX;
		out[n++] = w;
	}
	return n;
}

/* Names of one body written another way (org_aliases.tsv: phrase, key, source). */
static int load_org_aliases(loader *ld, const char *dir)
{
	readout_lexicon *lex = ld->lex;
	char *cur;
	void *arr;
	int rc = open_table(ld, dir, "org_aliases.tsv", &arr, sizeof *lex->org_aliases, &cur);
	if (rc)
		return rc;
	lex->org_aliases = arr;
	row r;
	int hdr = 0;
	size_t line = 0;
	while (next_row(&cur, &r, &hdr, &line)) {
		lex_org_alias *a = &lex->org_aliases[lex->norg_aliases];
		body_word w[BODY_ALIAS_WORDS];
		size_t n = r.n >= 2 ? body_words(r.f[0], strlen(r.f[0]), w, BODY_ALIAS_WORDS) : 0;
		if (n == 0 || n == SIZE_MAX || !r.f[1][0])
			return readout_error__set(READOUT_EINVALID, "%s:%zu: expected phrase (1 to %d words)<TAB>key",
			                          file_label(ld, "org_aliases.tsv"), r.line, BODY_ALIAS_WORDS);
		for (size_t k = 0; k < n; k++)
			memcpy(a->words[k], w[k].w, sizeof w[k].w);
		a->n = n;
		a->key = r.f[1];
		lex->norg_aliases++;
	}
	return 0;
}

/* Central meetings (meetings.tsv: subject, opened, closed, source), for the cascade's day 0. */
static int load_meetings(loader *ld, const char *dir)
{
	readout_lexicon *lex = ld->lex;
	char *cur;
	void *arr;
	int rc = open_table(ld, dir, "meetings.tsv", &arr, sizeof *lex->meetings, &cur);
	if (rc)
		return rc;
	lex->meetings = arr;
	row r;
	int hdr = 0;
	size_t line = 0;
	while (next_row(&cur, &r, &hdr, &line)) {
		int64_t open, close;
		if (r.n < 3 || !r.f[0][0] || strlen(r.f[1]) != 10 || strlen(r.f[2]) != 10 || !civil_day_number(r.f[1], &open) ||
		    !civil_day_number(r.f[2], &close) || close < open)
			return readout_error__set(READOUT_EINVALID, "%s:%zu: expected subject<TAB>opened<TAB>closed (YYYY-MM-DD, not before opened)",
			                          file_label(ld, "meetings.tsv"), r.line);
		lex_meeting *m = &lex->meetings[lex->nmeetings++];
		m->subject = r.f[0];
		memcpy(m->opened, r.f[1], 11);
		memcpy(m->closed, r.f[2], 11);
		m->closed_day = close;
	}
	return 0;
}

static int load_cues(loader *ld, const char *dir)
{
	readout_lexicon *lex = ld->lex;
	char *cur;
	void *arr;
	int rc = open_table(ld, dir, "roles.tsv", &arr, sizeof *lex->cues, &cur);
	if (rc)
		return rc;
	lex->cues = arr;
	row r;
	int hdr = 0;
	size_t line = 0;
	while (next_row(&cur, &r, &hdr, &line)) {
		int role = 0;
		if (r.n >= 4) {
			if (!strcmp(r.f[1], "presided")) role = ROLE_PRESIDED;
			else if (!strcmp(r.f[1], "spoke")) role = ROLE_SPOKE;
			else if (!strcmp(r.f[1], "attended")) role = ROLE_ATTENDED;
		}
		bool header = role && !strcmp(r.f[3], "header"), after = role && !strcmp(r.f[3], "after");
		bool quoted = role && !strcmp(r.f[3], "quoted"), both = role && !strcmp(r.f[3], "both");
		bool inverted = role && !strcmp(r.f[3], "inverted") && r.f[2][0];
		if (!role || !(header || after || quoted || both || inverted || !strcmp(r.f[3], "before")))
			return readout_error__set(READOUT_EINVALID, "%s:%zu: expected cue<TAB>presided|spoke|attended<TAB>objects<TAB>before|after|both|inverted|header|quoted (inverted with objects)", file_label(ld, "roles.tsv"), r.line);
		size_t idx = lex->ncues++;
		lower_in_place(r.f[2]);
		lex->cues[idx] = (lex_cue){role, header || after || inverted, header, quoted, both, inverted, r.f[2]};
		if ((rc = add_phrase(ld, &lex->cue_names, r.f[0], (uint32_t)idx)))
			return rc;
	}
	return 0;
}

static int load_events(loader *ld, const char *dir)
{
	readout_lexicon *lex = ld->lex;
	char *cur;
	void *arr;
	int rc = open_table(ld, dir, "events.tsv", &arr, sizeof *lex->events, &cur);
	if (rc)
		return rc;
	lex->events = arr;
	row r;
	int hdr = 0;
	size_t line = 0;
	while (next_row(&cur, &r, &hdr, &line)) {
		int field = 0;
		if (r.n >= 3) {
			if (!strcmp(r.f[1], "type")) field = EF_TYPE;
			else if (!strcmp(r.f[1], "format")) field = EF_FORMAT;
			else if (!strcmp(r.f[1], "subject")) field = EF_SUBJECT;
			else if (!strcmp(r.f[1], "host")) field = EF_HOST_TYPE;
			else if (!strcmp(r.f[1], "act")) field = EF_ACT;
		}
		if (!field)
			return readout_error__set(READOUT_EINVALID, "%s:%zu: expected phrase<TAB>type|format|subject|host|act<TAB>label", file_label(ld, "events.tsv"), r.line);
		size_t idx = lex->nevents++;
		lex->events[idx] = (lex_event_phrase){field, r.f[2]};
		if ((rc = add_phrase(ld, &lex->event_names, r.f[0], (uint32_t)idx)))
			return rc;
	}
	return 0;
}

static int parse_org_kind(const char *s)
{
	static const char *const names[] = {"", "body", "head", "institution", "post"};
	for (int i = 1; i < (int)(sizeof names / sizeof *names); i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return 0;
}

/* An orgs.tsv level: "-" (OL_NONE) or a level's name (enum org_level follows readout's levels,
 * from central down, after OL_NONE). */
static int parse_org_level(const char *s)
{
	if (strcmp(s, "-") == 0)
		return OL_NONE;
	int i = readout_level_find(s);
	return i < 0 ? -1 : i + 1;
}

static int load_orgs(loader *ld, const char *dir)
{
	readout_lexicon *lex = ld->lex;
	char *cur;
	void *arr;
	int rc = open_table(ld, dir, "orgs.tsv", &arr, sizeof *lex->orgs, &cur);
	if (rc)
		return rc;
	lex->orgs = arr;
	row r;
	int hdr = 0;
	size_t line = 0;
	while (next_row(&cur, &r, &hdr, &line)) {
		int kind = r.n >= 3 ? parse_org_kind(r.f[1]) : 0;
		int level = r.n >= 3 ? parse_org_level(r.f[2]) : -1;
		if (!kind || level < 0 || !r.f[0][0])
			return readout_error__set(READOUT_EINVALID, "%s:%zu: expected phrase<TAB>body|head|institution|post<TAB>central|provincial|prefectural|county|other|-",
			                          file_label(ld, "orgs.tsv"), r.line);
		size_t idx = lex->norgs++;
		lex->orgs[idx] = (lex_org){kind, level};
		if ((rc = add_phrase(ld, &lex->org_names, r.f[0], (uint32_t)idx)))
			return rc;
	}
	return 0;
}

static int parse_post_kind(const char *s)
{
	static const char *const names[] = {"", "rank", "body", "skip", "former", "post"};
	for (int i = 1; i < (int)(sizeof names / sizeof *names); i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return 0;
}

static int parse_post_side(const char *s)
{
	return strcmp(s, "party") == 0 ? PS_PARTY : strcmp(s, "state") == 0 ? PS_STATE : strcmp(s, "-") == 0 ? PS_NONE : -1;
}

/* posts.tsv: ranks, bodies and the words a title is read without go into one phrase book; the
 * rows of kind post name a rank, body and level ("rank|body|level"). */
static int load_posts(loader *ld, const char *dir)
{
	enum { KIND_POST = 5 };
	readout_lexicon *lex = ld->lex;
	const char *label = "posts.tsv";
	char *cur;
	void *arr;
	int rc = open_table(ld, dir, label, &arr, sizeof *lex->post_words, &cur);
	if (rc)
		return rc;
	lex->post_words = arr;
	size_t rows = 0;
	for (const char *p = cur; *p; p++)
		rows += *p == '\n';
	if (!(lex->post_name_values = calloc(rows + 1, sizeof *lex->post_name_values)))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	row r;
	int hdr = 0;
	size_t line = 0;
	while (next_row(&cur, &r, &hdr, &line)) {
		int kind = r.n >= 7 ? parse_post_kind(r.f[1]) : 0;
		int side = kind ? parse_post_side(r.f[3]) : -1;
		int level = kind ? parse_org_level(r.f[4]) : -1;
		if (!kind || side < 0 || level < 0 || !r.f[0][0] || !r.f[2][0])
			return readout_error__set(READOUT_EINVALID, "%s:%zu: expected phrase<TAB>rank|body|skip|former|post<TAB>value"
			                                            "<TAB>party|state|-<TAB>level or -<TAB>body or -<TAB>yes or -",
			                          file_label(ld, label), r.line);
		if (level == OL_CENTRAL && kind != KIND_POST)
			return readout_error__set(READOUT_EINVALID, "%s:%zu: a rank or body is never central here: whether a"
			                                            " title names a national post is orgs.tsv's to say",
			                          file_label(ld, label), r.line);
		lower_in_place(r.f[0]);
		if (kind == KIND_POST) {
			size_t idx = lex->npost_names++;
			lex->post_name_values[idx] = r.f[2];
			if ((rc = strmap_put(&lex->post_names, r.f[0], strlen(r.f[0]), (uint32_t)idx)))
				return readout_error__set(READOUT_ENOMEM, "out of memory");
			continue;
		}
		bool named = kind == PK_RANK || kind == PK_BODY;
		size_t idx = lex->npost_words++;
		lex->post_words[idx] = (lex_post_word){kind, named ? r.f[2] : NULL, side, level,
		                                       kind == PK_RANK && strcmp(r.f[5], "-") ? r.f[5] : NULL,
		                                       strcmp(r.f[6], "yes") == 0};
		if ((rc = add_phrase(ld, &lex->post_phrases, r.f[0], (uint32_t)idx)))
			return rc;
	}
	return 0;
}

/* Month names, weekdays and relative days; months and weekdays also become word classes (an
 * abbreviation with and without its full stop: "sept", "sept."). */
static int load_calendar(loader *ld, const char *dir)
{
	static const struct { const char *name; int kind; int lo, hi; } kinds[] = {
		{"month", CAL_MONTH, 1, 12}, {"weekday", CAL_WEEKDAY, 0, 6}, {"relative", CAL_RELATIVE, -7, 7},
		{"undated", CAL_UNDATED, 0, 0}, {"monthpart", CAL_MONTHPART, 0, 0}, {"dayword", CAL_DAYWORD, 1, 31},
		{"after", CAL_AFTER, 1, 7}, {"daynext", CAL_DAYNEXT, 0, 0}};
	char *text;
	size_t len;
	int rc = read_file(&text, &len, dir, "calendar.tsv");
	if (rc || (rc = keep_file(ld->lex, text)))
		return rc;
	readout_lexicon *lex = ld->lex;
	size_t cap = 0;
	char *cur = text;
	row r;
	int hdr = 0;
	size_t line = 0;
	while (next_row(&cur, &r, &hdr, &line)) {
		size_t k = 0;
		while (r.n >= 3 && k < sizeof kinds / sizeof *kinds && strcmp(kinds[k].name, r.f[1]) != 0)
			k++;
		char *end;
		long v = r.n >= 3 ? strtol(r.f[2], &end, 10) : 0;
		if (r.n < 3 || k == sizeof kinds / sizeof *kinds || !*r.f[2] || *end || v < kinds[k].lo || v > kinds[k].hi)
			return readout_error__set(READOUT_EINVALID, "%s:%zu: expected word<TAB>month|weekday|relative|undated|monthpart|dayword|after|daynext<TAB>number in range",
			                          file_label(ld, "calendar.tsv"), r.line);
		lower_in_place(r.f[0]);
		if (lex->ncalendar == cap) {
			size_t ncap = cap ? 2 * cap : 64;
			lex_calendar_word *nw = realloc(lex->calendar, ncap * sizeof *nw);
			if (!nw)
				return readout_error__set(READOUT_ENOMEM, "out of memory");
			lex->calendar = nw;
			cap = ncap;
		}
		lex->calendar[lex->ncalendar++] = (lex_calendar_word){r.f[0], strlen(r.f[0]), kinds[k].kind, (int)v, false, -1};
	}
	/* chains by kind and first letter, so a word of the text is compared with few of them */
	int *last[CAL_KINDS][26];
	for (size_t k = 0; k < CAL_KINDS; k++)
		for (size_t c = 0; c < 26; c++) {
			lex->calendar_first[k][c] = -1;
			last[k][c] = &lex->calendar_first[k][c];
		}
	for (size_t i = 0; i < lex->ncalendar; i++) {
		lex_calendar_word *w = &lex->calendar[i];
		if (w->word[0] < 'a' || w->word[0] > 'z')
			continue; /* no word of the text, which starts with a letter, can be it */
		*last[w->kind][w->word[0] - 'a'] = (int)i;
		last[w->kind][w->word[0] - 'a'] = &w->next;
	}
	for (size_t i = 0; i < lex->ncalendar; i++) {
		lex_calendar_word *w = &lex->calendar[i];
		for (size_t j = 0; j < lex->ncalendar; j++)
			w->abbrev |= lex->calendar[j].kind == w->kind && lex->calendar[j].value == w->value && lex->calendar[j].len > w->len;
		if (w->kind == CAL_DAYWORD || w->kind == CAL_DAYNEXT)
			continue; /* read only after "the" or a day: no word class, no start of a date */
		uint32_t cls = w->kind == CAL_MONTH ? W_MONTH : w->kind == CAL_WEEKDAY ? W_WEEKDAY : W_RELDAY;
		if (w->word[0] >= 'a' && w->word[0] <= 'z')
			lex->calendar_initials |= 1u << (w->word[0] - 'a');
		char dotted[64];
		/* a phrase ("days ago") is tried where its first word stands */
		const char *space = strchr(w->word, ' ');
		if (space && (size_t)(space - w->word) < sizeof dotted) {
			memcpy(dotted, w->word, (size_t)(space - w->word));
			dotted[space - w->word] = '\0';
			if ((rc = add_word(lex, dotted, cls, 0)))
				return rc;
			continue;
		}
		if ((rc = add_word(lex, w->word, cls, 0)))
			return rc;
		if (w->abbrev && w->len + 2 <= sizeof dotted) {
			snprintf(dotted, sizeof dotted, "%s.", w->word);
			if ((rc = add_word(lex, dotted, cls, 0)))
				return rc;
		}
	}
	return 0;
}

static int load_not_names(loader *ld, const char *dir)
{
	char *text;
	size_t len;
	int rc = read_file(&text, &len, dir, "not_names.tsv");
	if (rc || (rc = keep_file(ld->lex, text)))
		return rc;
	char *cur = text;
	row r;
	int hdr = 0;
	size_t line = 0;
	while (next_row(&cur, &r, &hdr, &line))
		if ((rc = add_phrase(ld, &ld->lex->not_names, r.f[0], 1)))
			return rc;
	return 0;
}

static int build_loose_keys(readout_lexicon *lex);

int readout_lexicon_load(readout_lexicon **out, const char *dir)
{
	*out = NULL;
	readout_lexicon *lex = calloc(1, sizeof *lex);
	if (!lex)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	loader ld = {lex, {0}, dir, ""};
	/* the largest map there is, read mostly through its filter: fuller, for less memory */
	lex->phrases.keys.load_eighths = 5;
	phrasebook *books[PB_BOOKS] = {&lex->place_names, &lex->form_names, &lex->cue_names, &lex->event_names,
	                               &lex->org_names, &lex->not_names, &lex->post_phrases};
	for (unsigned b = 0; b < PB_BOOKS; b++) {
		books[b]->map = &lex->phrases;
		books[b]->book = b;
	}
	int rc;
	if ((rc = load_words(&ld, dir, "titles.tsv")) || (rc = load_words(&ld, dir, "vocab.tsv")) ||
	    (rc = load_words(&ld, dir, "minority_names.tsv")) ||
	    (rc = load_surnames(&ld, dir)) || (rc = load_syllables(&ld, dir)) ||
	    (rc = load_places(&ld, dir)) || (rc = load_formulations(&ld, dir)) ||
	    (rc = load_metaphors(&ld, dir)) || (rc = load_meetings(&ld, dir)) || (rc = load_org_aliases(&ld, dir)) ||
	    (rc = load_cues(&ld, dir)) || (rc = load_events(&ld, dir)) || (rc = load_orgs(&ld, dir)) ||
	    (rc = load_not_names(&ld, dir)) || (rc = load_calendar(&ld, dir)) || (rc = load_posts(&ld, dir)) ||
	    (rc = build_gate(lex)) || (rc = build_ext_codes(lex)) || (rc = build_word_filter(lex)) ||
	    (rc = build_loose_keys(lex)))
		goto fail;
	tokens_dispose(&ld.toks);
	*out = lex;
	return 0;
fail:
	tokens_dispose(&ld.toks);
	readout_lexicon_free(lex);
	return rc;
}

static void book_dispose(phrasebook *b)
{
	u64map_dispose(&b->firsts);
}

void readout_lexicon_free(readout_lexicon *lex)
{
	if (!lex)
		return;
	u64map_dispose(&lex->words);
	u64map_dispose(&lex->words_ext);
	strmap_dispose(&lex->syllables);
	u64map_dispose(&lex->short_syllables);
	free(lex->syllable_trie);
	u64map_dispose(&lex->phrases.keys);
	free(lex->phrases.multi);
	free(lex->phrases.filter);
	book_dispose(&lex->place_names);
	strmap_dispose(&lex->place_exact);
	strmap_dispose(&lex->form_loose);
	book_dispose(&lex->form_names);
	book_dispose(&lex->cue_names);
	book_dispose(&lex->event_names);
	book_dispose(&lex->org_names);
	book_dispose(&lex->not_names);
	book_dispose(&lex->post_phrases);
	strmap_dispose(&lex->post_names);
	free(lex->post_words);
	free(lex->post_name_values);
	free(lex->places);
	free(lex->forms);
	free(lex->meetings);
	free(lex->org_aliases);
	free(lex->cues);
	free(lex->events);
	free(lex->orgs);
	free(lex->calendar);
	free(lex->word_filter);
	while (lex->files) {
		lex_file *f = lex->files;
		lex->files = f->next;
		free(f->text);
		free(f);
	}
	free(lex);
}

void readout_lexicon_stats_get(readout_lexicon_stats *out, const readout_lexicon *lex)
{
	out->surnames = lex->nsurnames;
	out->syllables = lex->syllables.count;
	out->words = lex->nwords;
	out->places = lex->nplaces;
	out->formulations = lex->nforms;
	out->formulation_forms = lex->nform_strings;
	out->role_cues = lex->ncues;
	out->event_phrases = lex->nevents;
}

int lex_place_by_name(const readout_lexicon *lex, const char *name)
{
	uint32_t v;
	return name && strmap_get(&lex->place_exact, name, strlen(name), &v) ? (int)v : -1;
}

int lex_place_in_text(const readout_lexicon *lex, const char *text)
{
	tokens t = {0};
	int found = -1;
	if (tokens_build(&t, text, strlen(text), 4096) == 0) {
		lex_hash_tokens(text, t.v, t.n);
		for (size_t i = 0; i < t.n && found < 0; i++) {
			if (!(t.v[i].flags & (TF_CAP | TF_ALLCAPS)))
				continue;
			uint32_t v;
			if (lex_phrase_match(&lex->place_names, text, t.v, i, t.n, &v))
				found = (int)v;
		}
	}
	tokens_dispose(&t);
	return found;
}

enum { LOOSE_WORDS = 24, LOOSE_BYTES = 256 };

typedef struct loose_word {
	char w[32];
	size_t n;
} loose_word;

static int cmp_loose_word(const void *x, const void *y)
{
	return strcmp(((const loose_word *)x)->w, ((const loose_word *)y)->w);
}

/* The loose key of text[0, len) into out (LOOSE_BYTES): its length, or 0 when fewer than two
 * words stay (one word says too little to tell renderings apart) or there are too many. */
static size_t loose_key(const readout_lexicon *lex, const char *text, size_t len, char *out)
{
	loose_word words[LOOSE_WORDS];
	size_t nw = 0;
	for (size_t i = 0; i < len;) {
		if (!isalnum((unsigned char)text[i])) {
			i++;
			continue;
		}
		loose_word w = {{0}, 0};
		/* a word, with an apostrophe inside it dropped ("don't") */
		for (; i < len && (isalnum((unsigned char)text[i]) || (text[i] == '\'' && i + 1 < len &&
		                                                        isalnum((unsigned char)text[i + 1])));
		     i++) {
			if (text[i] == '\'')
				continue;
			if (w.n + 1 >= sizeof w.w)
				return 0;
			w.w[w.n++] = (char)tolower((unsigned char)text[i]);
		}
		w.w[w.n] = '\0';
		uint64_t first, wh, ext = 0;
		if (hash_span(w.w, w.n, &first, &wh))
			u64map_get(&lex->words_ext, wh, &ext);
		if (ext & X_KEYFILLER)
			continue;
		/* "keeping" is "keep", "forgetting" "forget", "missions" "mission" */
		if (w.n >= 6 && memcmp(w.w + w.n - 3, "ing", 3) == 0) {
			w.n -= 3;
			if (w.n >= 3 && w.w[w.n - 1] == w.w[w.n - 2] && !strchr("aeiouls", w.w[w.n - 1]))
				w.n--;
		} else if (w.n > 3 && w.w[w.n - 1] == 's' && w.w[w.n - 2] != 's') {
			w.n--;
		}
		w.w[w.n] = '\0';
		if (nw == LOOSE_WORDS)
			return 0;
		words[nw++] = w;
	}
	if (nw < 2)
		return 0;
	qsort(words, nw, sizeof *words, cmp_loose_word);
	size_t o = 0;
	for (size_t i = 0; i < nw; i++) {
		if (o + words[i].n + 1 >= LOOSE_BYTES)
			return 0;
		if (i)
			out[o++] = ' ';
		memcpy(out + o, words[i].w, words[i].n);
		o += words[i].n;
	}
	out[o] = '\0';
	return o;
}

/* Every rendering's loose key, once the words' classes are known. */
static int build_loose_keys(readout_lexicon *lex)
{
	char key[LOOSE_BYTES];
	for (size_t idx = 0; idx < lex->nforms; idx++) {
		for (const char *r = lex->forms[idx].forms_raw; *r;) {
			const char *e = strchr(r, '|');
			size_t n = e ? (size_t)(e - r) : strlen(r);
			size_t kn = loose_key(lex, r, n, key);
			r += n + (e != NULL);
			if (!kn)
				continue;
			uint32_t v;
			if (strmap_get(&lex->form_loose, key, kn, &v)) {
				if (v != idx + 1 && v && strmap_put(&lex->form_loose, key, kn, 0))
					return readout_error__set(READOUT_ENOMEM, "out of memory");
				continue;
			}
			char *kept = strdup(key);
			int rc;
			if (!kept || (rc = keep_file(lex, kept)))
				return readout_error__set(READOUT_ENOMEM, "out of memory");
			if (strmap_put(&lex->form_loose, kept, kn, (uint32_t)idx + 1))
				return readout_error__set(READOUT_ENOMEM, "out of memory");
		}
	}
	return 0;
}

int lex_formulation_loose(const readout_lexicon *lex, const char *text, size_t len)
{
	char key[LOOSE_BYTES];
	size_t kn = loose_key(lex, text, len, key);
	uint32_t v;
	if (!kn || !strmap_get(&lex->form_loose, key, kn, &v) || !v)
		return -1;
	return (int)v - 1;
}

bool lex_place_within(const readout_lexicon *lex, int inner, int outer)
{
	for (int p = inner, hops = 0; p >= 0 && hops < 4; p = lex->places[p].parent, hops++)
		if (p == outer)
			return true;
	return false;
}

const lex_meeting *lex_meeting_find(const readout_lexicon *lex, const char *subject, bool has_near, int64_t near)
{
	size_t n = strlen(subject);
	const lex_meeting *best = NULL;
	int64_t best_gap = 0;
	for (size_t i = 0; i < lex->nmeetings; i++) {
		const lex_meeting *m = &lex->meetings[i];
		if (!strcasecmp(m->subject, subject))
			return m;
		if (strncasecmp(m->subject, subject, n) != 0 || strncasecmp(m->subject + n, " of ", 4) != 0)
			continue;
		int64_t gap = has_near ? (m->closed_day > near ? m->closed_day - near : near - m->closed_day) : -m->closed_day;
		if (!best || gap < best_gap)
			best = m, best_gap = gap;
	}
	return best;
}

static int cmp_body_word(const void *x, const void *y)
{
	return strcmp(((const body_word *)x)->w, ((const body_word *)y)->w);
}

/* Whether words[i, n) start with alias a. */
static bool alias_at(const lex_org_alias *a, const body_word *words, size_t i, size_t n)
{
	if (n - i < a->n)
		return false;
	for (size_t k = 0; k < a->n; k++)
		if (strcmp(a->words[k], words[i + k].w) != 0)
			return false;
	return true;
}

size_t lex_body_key(const readout_lexicon *lex, const char *name, char *out, size_t cap)
{
	body_word in[BODY_WORDS], keyw[BODY_WORDS];
	size_t n = body_words(name, strlen(name), in, BODY_WORDS), nk = 0;
	if (n == SIZE_MAX || cap == 0)
		return 0;
	for (size_t i = 0; i < n;) {
		const lex_org_alias *best = NULL;
		for (size_t a = 0; a < lex->norg_aliases; a++)
			if (alias_at(&lex->org_aliases[a], in, i, n) && (!best || lex->org_aliases[a].n > best->n))
				best = &lex->org_aliases[a];
		if (!best) {
			uint64_t first, wh, v = 0;
			size_t wn = strlen(in[i].w);
			if (hash_span(in[i].w, wn, &first, &wh))
				u64map_get(&lex->words, wh, &v);
			if (!((uint32_t)v & W_FUNC))
				keyw[nk++] = in[i];
			i++;
			continue;
		}
		body_word w[BODY_ALIAS_WORDS];
		size_t m = body_words(best->key, strlen(best->key), w, BODY_ALIAS_WORDS);
		for (size_t k = 0; k < m && m != SIZE_MAX && nk < BODY_WORDS; k++)
			keyw[nk++] = w[k];
		i += best->n;
	}
	if (!nk)
		return 0;
	qsort(keyw, nk, sizeof *keyw, cmp_body_word);
	size_t o = 0;
	for (size_t i = 0; i < nk; i++) {
		size_t wn = strlen(keyw[i].w);
		if (o + wn + 2 > cap)
			return 0;
		if (i)
			out[o++] = ' ';
		memcpy(out + o, keyw[i].w, wn);
		o += wn;
	}
	out[o] = '\0';
	return o;
}

int lex_province_of(const readout_lexicon *lex, int place)
{
	for (int hops = 0; place >= 0 && hops < 4; hops++) {
		int lvl = lex->places[place].level;
		if (lvl == PL_PROVINCE || lvl == PL_MUNICIPALITY || lvl == PL_AUTONOMOUS || lvl == PL_SAR)
			return place;
		place = lex->places[place].parent;
	}
	return -1;
}
