/* token.c — tokenizer and sentence splitter for English readout text.
 * Knows the typography of the genre: curly and straight quotes, the GBK-as-Latin-1 mojibake
 * of Chinese quotes (¡° ¡± ¡¯), possessive 's split off, hyphenated and apostrophe words. */
#include "text/token.h"
#include "util/error.h"
#include "util/utf8.h"
#include "util/wordhash.h"

#include <assert.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

enum { CL_ALNUM = 1, CL_UPPER = 2, CL_LOWER = 4, CL_DIGIT = 8 };

/* ASCII letters and digits by kind (the low byte), with the byte the word hash takes for
 * each (the high byte: lower case), so the tokenizer's inner loop needs one load a byte. */
enum { CL_KINDS = 0xff, CL_FOLD_SHIFT = 8 };
#define DIGIT(c) [c] = CL_ALNUM | CL_DIGIT | (c) << CL_FOLD_SHIFT
#define UPPER(c) [c] = CL_ALNUM | CL_UPPER | ((c) + 32) << CL_FOLD_SHIFT
#define LOWER(c) [c] = CL_ALNUM | CL_LOWER | (c) << CL_FOLD_SHIFT
static const uint16_t ascii_class[256] = {
	DIGIT('0'), DIGIT('1'), DIGIT('2'), DIGIT('3'), DIGIT('4'), DIGIT('5'), DIGIT('6'), DIGIT('7'),
	DIGIT('8'), DIGIT('9'),
	UPPER('A'), UPPER('B'), UPPER('C'), UPPER('D'), UPPER('E'), UPPER('F'), UPPER('G'), UPPER('H'),
	UPPER('I'), UPPER('J'), UPPER('K'), UPPER('L'), UPPER('M'), UPPER('N'), UPPER('O'), UPPER('P'),
	UPPER('Q'), UPPER('R'), UPPER('S'), UPPER('T'), UPPER('U'), UPPER('V'), UPPER('W'), UPPER('X'),
	UPPER('Y'), UPPER('Z'),
	LOWER('a'), LOWER('b'), LOWER('c'), LOWER('d'), LOWER('e'), LOWER('f'), LOWER('g'), LOWER('h'),
	LOWER('i'), LOWER('j'), LOWER('k'), LOWER('l'), LOWER('m'), LOWER('n'), LOWER('o'), LOWER('p'),
	LOWER('q'), LOWER('r'), LOWER('s'), LOWER('t'), LOWER('u'), LOWER('v'), LOWER('w'), LOWER('x'),
	LOWER('y'), LOWER('z')
};
#undef DIGIT
#undef UPPER
#undef LOWER

static int grow_tokens(tokens *t)
{
	size_t cap = t->cap ? t->cap * 2 : 1024;
	token *v = realloc(t->v, cap * sizeof *v);
	if (!v)
		return readout_error__set(READOUT_ENOMEM, "out of memory for tokens");
	t->v = v;
	t->cap = cap;
	return 0;
}

static int push_sent(tokens *t, sentence s)
{
	if (t->ns == t->scap) {
		size_t cap = t->scap ? t->scap * 2 : 128;
		sentence *v = realloc(t->s, cap * sizeof *v);
		if (!v)
			return readout_error__set(READOUT_ENOMEM, "out of memory for sentences");
		t->s = v;
		t->scap = cap;
	}
	t->s[t->ns++] = s;
	return 0;
}

static int is_alpha_slow(const char *p, size_t avail, size_t *len);

/* Letters and digits; ASCII is decided inline, the rest by utf8proc. */
static inline int is_alpha_cp(const char *p, size_t avail, size_t *len)
{
	unsigned char c = (unsigned char)p[0];
	if (c < 0x80) {
		*len = 1;
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}
	return is_alpha_slow(p, avail, len);
}

static int is_alpha_slow(const char *p, size_t avail, size_t *len)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)p, (utf8proc_ssize_t)avail, &cp);
	*len = n > 0 ? (size_t)n : 1;
	if (n <= 0)
		return 0;
	utf8proc_category_t cat = utf8proc_category(cp);
	/* CJK ideographs count as punctuation-like single tokens, not word letters. */
	if (cp >= 0x2E80)
		return 0;
	return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

/* Apostrophes inside words: ' ’ and the mojibake ¡¯. Returns its byte length or 0. */
static size_t apostrophe_at(const char *p, size_t avail)
{
	if (p[0] == '\'')
		return 1;
	if (avail >= 3 && memcmp(p, "\xe2\x80\x99", 3) == 0)
		return 3;
	if (avail >= 4 && memcmp(p, "\xc2\xa1\xc2\xaf", 4) == 0)
		return 4;
	return 0;
}

static int is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Case and digit flags of a word from the kinds of ASCII characters in it (acc). */
static inline uint16_t word_flags(const char *s, size_t len, unsigned acc)
{
	uint16_t f = 0;
	bool lower = acc & CL_LOWER;
	if (is_upper_ascii(s[0]) || ((unsigned char)s[0] >= 0xc3 && (unsigned char)s[0] <= 0xc5 && !lower))
		f |= TF_CAP;
	if ((acc & CL_UPPER) && !lower && len >= 2 && is_upper_ascii(s[1]))
		f |= TF_ALLCAPS;
	if (acc & CL_DIGIT) {
		f |= TF_DIGIT;
		bool upper = acc & CL_UPPER;
		if (len > 2 && is_digit(s[0]) && (lower || upper) && !(upper && lower))
			f |= TF_ORDINAL;
	}
	return f;
}

/* Sentence-ending '.' is not one after these (lower-cased) words. */
static int is_abbrev(const char *s, size_t len)
{
	/* with their lengths, taken at compile time: this runs at every period after a word */
#define A(w) {w, sizeof w - 1}
	static const struct { const char *w; size_t n; } abbr[] = {
		A("mr"), A("ms"), A("mrs"), A("dr"), A("prof"), A("no"), A("st"), A("jr"), A("vs"), A("etc"),
		A("gen"), A("col"), A("lt"), A("sr"), A("inc"), A("co"), A("dept"), A("govt"), A("u.s"),
		A("jan"), A("feb"), A("mar"), A("apr"), A("jun"), A("jul"), A("aug"), A("sep"), A("sept"),
		A("oct"), A("nov"), A("dec")};
#undef A
	if (len == 1)
		return 1; /* initials and a.m. / p.m. */
	if (len > 4)
		return 0;
	for (size_t i = 0; i < sizeof abbr / sizeof *abbr; i++)
		if (abbr[i].n == len && strncasecmp(abbr[i].w, s, len) == 0)
			return 1;
	return 0;
}

/* The run of ASCII letters and digits from j: hashes it into *h (lower-cased) and adds the
 * kinds of its characters to *acc. Returns its end. The text's terminating NUL (class 0) ends
 * every run, so the loop needs no length check. */
static inline size_t ascii_run(const char *text, size_t j, uint64_t *h, unsigned *acc)
{
	const unsigned char *p = (const unsigned char *)text + j;
	uint64_t hv = *h;
	unsigned a = *acc, cl;
	while ((cl = ascii_class[*p]) != 0) { /* every class has CL_ALNUM */
		a |= cl;
		hv = wordhash_byte(hv, (unsigned char)(cl >> CL_FOLD_SHIFT));
		p++;
	}
	*h = hv;
	*acc = a & CL_KINDS;
	return (size_t)(p - (const unsigned char *)text);
}

/* A word from i, whose first code point (clen bytes) is a letter or digit: sets tk's end,
 * kind and flags, and for plain ASCII words its hashes (see util/wordhash.h; the lexicon hashes
 * the others, whose nwords stays 0). Returns the end. */
static size_t scan_word(token *tk, const char *text, size_t i, size_t clen, size_t len)
{
	unsigned char c0 = (unsigned char)text[i];
	bool numeric = is_digit((char)c0);
	bool plain = c0 < 0x80;
	unsigned acc = ascii_class[c0] & CL_KINDS; /* kinds of ASCII characters seen */
	uint64_t h = wordhash_byte(WORDHASH_OFFSET, (unsigned char)(c0 | 0x20)), wh = 0, first = 0;
	unsigned nw = 0;
	uint16_t extra = 0;
	size_t j = i + clen;
	for (;;) {
		/* the common case: a run of ASCII letters and digits */
		j = ascii_run(text, j, &h, &acc);
		if (j >= len)
			break;
		unsigned char cj = (unsigned char)text[j];
		size_t l2;
		if (cj >= 0x80 && is_alpha_slow(text + j, len - j, &l2)) {
			plain = false;
			j += l2;
			continue;
		}
		size_t ap = (cj == '\'' || cj == 0xe2 || cj == 0xc2) ? apostrophe_at(text + j, len - j) : 0;
		if (ap && j + ap < len && is_alpha_cp(text + j + ap, len - j - ap, &l2) && !numeric) {
			/* possessive 's / ’s ends the word; other apostrophes join (Min'er) */
			size_t after = j + ap + l2;
			int poss = (text[j + ap] == 's' || text[j + ap] == 'S') &&
			           (after >= len || !is_alpha_cp(text + after, len - after, &l2));
			if (poss)
				break;
			extra |= TF_APOS;
			plain = false;
			j += ap;
			continue;
		}
		if (cj == '-' && j + 1 < len && is_alpha_cp(text + j + 1, len - j - 1, &l2) &&
		    !(numeric && !is_digit(text[j + 1]))) {
			extra |= TF_HYPHEN;
			uint64_t w = wordhash_finish(h);
			first = nw ? first : w;
			wh = wordhash_extend(wh, w);
			nw++;
			h = WORDHASH_OFFSET;
			j += 1;
			continue;
		}
		if (numeric && (cj == '.' || cj == ':' || cj == '/' || cj == ',') && j + 1 < len && is_digit(text[j + 1])) {
			h = wordhash_byte(h, cj);
			j += 1;
			continue;
		}
		break;
	}
	if (plain) {
		uint64_t w = wordhash_finish(h);
		tk->first = nw ? first : w;
		tk->wh = wordhash_extend(wh, w);
		tk->nwords = (uint8_t)(nw + 1);
	}
	tk->end = (uint32_t)j;
	tk->flags |= word_flags(text + i, j - i, acc) | extra;
	tk->kind = numeric && !(tk->flags & TF_ORDINAL) ? TOK_NUM : TOK_WORD;
	return j;
}

/* Bytes after a run of ASCII letters and digits with which a word may go on: apostrophes
 * and hyphens, UTF-8 (letters, ’), and for numbers the digit group marks of 2.5, 8:30, 1/2
 * and 1,000. */
enum { GO_ON = 1, GO_ON_NUMBER = 2 };
#define G8 GO_ON, GO_ON, GO_ON, GO_ON, GO_ON, GO_ON, GO_ON, GO_ON
static const unsigned char word_goes_on[256] = {
	['\''] = GO_ON, ['-'] = GO_ON, ['.'] = GO_ON_NUMBER, [':'] = GO_ON_NUMBER, ['/'] = GO_ON_NUMBER,
	[','] = GO_ON_NUMBER,
	[0x80] = G8, G8, G8, G8, G8, G8, G8, G8, G8, G8, G8, G8, G8, G8, G8, G8 /* to 0xff */
};
#undef G8

/* Where two words run together with no space, [i, j) a run of ASCII letters: a capital
 * after at least two lower-case letters and before another ("theStanding", "modernizationChen",
 * not "McDonald" or "WeChat"). Returns 0 if there is none. */
static size_t glue_point(const char *text, size_t i, size_t j)
{
	for (size_t p = i + 2; p + 1 < j; p++)
		if (is_upper_ascii(text[p]) && is_lower_ascii(text[p + 1]) && is_lower_ascii(text[p - 1]) &&
		    is_lower_ascii(text[p - 2]))
			return p;
	return 0;
}

/* The word hash (finished) of the lower-cased ASCII letters [a, b). */
static uint64_t folded_hash(const char *text, size_t a, size_t b)
{
	uint64_t h = WORDHASH_OFFSET;
	for (size_t k = a; k < b; k++)
		h = wordhash_byte(h, (unsigned char)(ascii_class[(unsigned char)text[k]] >> CL_FOLD_SHIFT));
	return wordhash_finish(h);
}

/* The looked-up value of the word whose extended hash is wh, or lk->absent. */
static uint64_t lookup_value(const token_lookup *lk, uint64_t wh)
{
	uint64_t v = lk->absent;
	if (token_lookup_may_hold(lk->filter, wh))
		u64map_get(lk->words, wh, &v);
	return v;
}

/* The looked-up value of the lower-cased ASCII letters [a, b), or lk->absent. */
static uint64_t lookup_letters(const char *text, size_t a, size_t b, const token_lookup *lk)
{
	return lookup_value(lk, wordhash_extend(0, folded_hash(text, a, b)));
}

/* Where a capitalized word the lookup lacks ([i, j), lower case after its first letter) is two
 * words a web page ran together, a known one and a glued tail ("Provinceheld"): the tail's
 * start, or 0. The shortest tail wins. */
static size_t glued_tail_at(const char *text, size_t i, size_t j, const token_lookup *lk)
{
	for (size_t p = j - 3; p >= i + 4; p--) {
		uint64_t tail = lookup_letters(text, p, j, lk);
		if (tail == lk->absent || !((uint32_t)tail & lk->glued_tail))
			continue;
		if (lookup_letters(text, i, p, lk) != lk->absent)
			return p;
	}
	return 0;
}

/* The common word, ASCII letters and digits from i up to a byte that cannot go on with it (a
 * space, most punctuation): writes the whole token to tk, as scan_word would set it with
 * flags, and returns its end. Returns 0, leaving tk alone, when the word may go on (an
 * apostrophe or possessive, a hyphen, UTF-8, a digit group), for scan_word to read again
 * from i. */
static inline size_t scan_plain_word(token *tk, const char *text, size_t i, uint16_t flags, const token_lookup *lk)
{
	unsigned char c0 = (unsigned char)text[i];
	bool numeric = is_digit((char)c0);
	unsigned rest = 0; /* kinds of the characters after the first */
	uint64_t h = wordhash_byte(WORDHASH_OFFSET, (unsigned char)(c0 | 0x20));
	size_t j = ascii_run(text, i + 1, &h, &rest);
	unsigned acc = (ascii_class[c0] & CL_KINDS) | rest;
	/* the NUL at len goes on with nothing */
	unsigned go_on = word_goes_on[(unsigned char)text[j]];
	if (go_on && (go_on == GO_ON || numeric))
		return 0;
	/* "ofSichuanProvincialCongress", "attendedThe": words whose space a web page lost (a
	 * capital after the first letter, and lower case: rare, so the look costs little) */
	if ((rest & (CL_UPPER | CL_LOWER)) == (CL_UPPER | CL_LOWER) && !numeric) {
		size_t glue = glue_point(text, i, j);
		if (glue) {
			j = glue;
			h = WORDHASH_OFFSET;
			acc = 0;
			for (size_t k = i; k < j; k++) {
				unsigned cl = ascii_class[(unsigned char)text[k]];
				acc |= cl & CL_KINDS;
				h = wordhash_byte(h, (unsigned char)(cl >> CL_FOLD_SHIFT));
			}
		}
	}
	uint64_t w = wordhash_finish(h), wh = wordhash_extend(0, w);
	if (acc & (CL_UPPER | CL_DIGIT)) /* a lower-case word (most) has none of the flags */
		flags |= word_flags(text + i, j - i, acc);
	uint8_t kind = numeric && !(flags & TF_ORDINAL) ? TOK_NUM : TOK_WORD;
	uint64_t v = 0, mine = 0; /* the looked-up value; the part of it that is the word's own */
	if (lk) {
		v = lookup_value(lk, wh);
		/* "Provinceheld": a capitalized word of 8 letters or more, lower case after its first,
		 * that the lookup lacks (a name, mostly: the look costs little) */
		if (v == lk->absent && lk->glued_tail && j - i >= 8 && kind == TOK_WORD && (ascii_class[c0] & CL_UPPER) &&
		    !(rest & (CL_UPPER | CL_DIGIT))) {
			size_t tail = glued_tail_at(text, i, j, lk);
			if (tail) {
				j = tail;
				w = folded_hash(text, i, j);
				wh = wordhash_extend(0, w);
				v = lookup_value(lk, wh);
			}
		}
		mine = kind == TOK_WORD ? v : lk->absent;
		flags |= TF_LOOKED_UP;
	}
	/* one store of every field: the token is new */
	*tk = (token){.start = (uint32_t)i,
	              .end = (uint32_t)j,
	              .kind = kind,
	              .xid = (uint8_t)(mine >> 48),
	              .flags = flags,
	              .word = (uint32_t)mine,
	              .nwords = 1,
	              .gate = (uint16_t)(v >> 32),
	              .wh = wh,
	              .first = w};
	return j;
}

/* End of a possessive 's / ’s / ¡¯s at i, right after a word, or 0 if there is none. */
static size_t possessive_end(const char *text, size_t i, size_t len)
{
	unsigned char ci = i < len ? (unsigned char)text[i] : 0;
	if (ci != '\'' && ci != 0xe2 && ci != 0xc2)
		return 0;
	size_t ap = apostrophe_at(text + i, len - i);
	/* "the School’ s Party Committee": machine translation's space inside the possessive */
	if (ap && i + ap + 1 < len && text[i + ap] == ' ' && (text[i + ap + 1] == 's' || text[i + ap + 1] == 'S'))
		ap++;
	if (!ap || i + ap >= len || (text[i + ap] != 's' && text[i + ap] != 'S'))
		return 0;
	size_t after = i + ap + 1;
	size_t l2;
	return after >= len || !is_alpha_cp(text + after, len - after, &l2) ? after : 0;
}

/* Punctuation at i, one code point (or the two-code-point mojibake quotes): sets tk's end,
 * kind, quote flags and ch. Returns the end. */
static size_t scan_punct(token *tk, const char *text, size_t i, size_t len)
{
	unsigned char c = (unsigned char)text[i];
	tk->kind = TOK_PUNCT;
	size_t plen = utf8_seqlen(text + i, len - i);
	if (len - i >= 4 && memcmp(text + i, "\xc2\xa1\xc2\xb0", 4) == 0) {
		plen = 4;
		tk->flags |= TF_QOPEN;
	} else if (len - i >= 4 && memcmp(text + i, "\xc2\xa1\xc2\xb1", 4) == 0) {
		plen = 4;
		tk->flags |= TF_QCLOSE;
	} else if (plen == 3 && (memcmp(text + i, "\xe2\x80\x9c", 3) == 0 ||
	                         memcmp(text + i, "\xe2\x80\x98", 3) == 0)) {
		tk->flags |= TF_QOPEN;
	} else if (plen == 3 && (memcmp(text + i, "\xe2\x80\x9d", 3) == 0 ||
	                         memcmp(text + i, "\xe2\x80\x99", 3) == 0)) {
		tk->flags |= TF_QCLOSE;
	} else if (plen == 1 && c == '"') {
		tk->flags |= TF_QAMBIG;
	} else if (plen == 3 && (memcmp(text + i, "\xe3\x80\x8c", 3) == 0 ||
	                         memcmp(text + i, "\xe3\x80\x8e", 3) == 0)) {
		tk->flags |= TF_QOPEN;
	} else if (plen == 3 && (memcmp(text + i, "\xe3\x80\x8d", 3) == 0 ||
	                         memcmp(text + i, "\xe3\x80\x8f", 3) == 0)) {
		tk->flags |= TF_QCLOSE;
	}
	if (plen == 1)
		tk->ch = (char)c;
	else if (plen == 3 && memcmp(text + i, "\xef\xbc\x8c", 3) == 0)
		tk->ch = ','; /* full-width comma */
	else if (plen == 3 && memcmp(text + i, "\xe3\x80\x81", 3) == 0)
		tk->ch = ','; /* enumeration comma */
	else if (plen == 3 && memcmp(text + i, "\xef\xbc\x9b", 3) == 0)
		tk->ch = ';';
	else if (plen == 3 && memcmp(text + i, "\xe3\x80\x82", 3) == 0)
		tk->ch = '.';
	else if (plen == 3 && memcmp(text + i, "\xef\xbc\x9a", 3) == 0)
		tk->ch = ':';
	else if (plen == 3 && (memcmp(text + i, "\xe2\x80\x94", 3) == 0 || memcmp(text + i, "\xe2\x80\x93", 3) == 0))
		tk->ch = '-';
	tk->end = (uint32_t)(i + plen);
	return i + plen;
}

/* The apostrophe of a plural possessive ("the Counsellors’ Office", "members' group") is the
 * possessive, not a closing quotation mark, unless a single quotation mark is open on its line
 * ("the ‘two upholds’"). The last of the n tokens is the punctuation just scanned. */
static void plural_possessive(token *v, size_t n, const char *text, size_t len, bool *single_open)
{
	token *tk = &v[n - 1];
	size_t w = tk->end - tk->start;
	bool curly_open = w == 3 && memcmp(text + tk->start, "\xe2\x80\x98", 3) == 0;
	bool curly_close = w == 3 && memcmp(text + tk->start, "\xe2\x80\x99", 3) == 0;
	if (curly_open) {
		*single_open = true;
		return;
	}
	if (!curly_close && !(w == 1 && text[tk->start] == '\''))
		return;
	if (*single_open) {
		*single_open = !curly_close;
		return;
	}
	const token *prev = n >= 2 ? &v[n - 2] : NULL;
	char last = prev ? text[prev->end - 1] : 0;
	unsigned char next = tk->end < len ? (unsigned char)text[tk->end] : ' ';
	if (prev && prev->kind == TOK_WORD && prev->end == tk->start && (last == 's' || last == 'S') &&
	    (next == ' ' || next == '\n' || next == '\t')) {
		tk->kind = TOK_POSS;
		tk->flags &= (uint16_t)~(TF_QOPEN | TF_QCLOSE | TF_QAMBIG);
		tk->ch = 0;
	}
}

/* Whether the '.' token k (of n) ends its sentence: not after an abbreviation or an initial,
 * nor before a lower-case word on the same line. */
static bool period_ends(const token *v, size_t n, const char *text, uint32_t k)
{
	const token *tk = &v[k];
	if (k > 0 && v[k - 1].kind == TOK_WORD && v[k - 1].end == tk->start &&
	    is_abbrev(text + v[k - 1].start, v[k - 1].end - v[k - 1].start))
		return false;
	if (k + 1 < n && v[k + 1].kind == TOK_WORD && is_lower_ascii(text[v[k + 1].start]) &&
	    !(v[k + 1].flags & TF_NL_BEFORE))
		return false;
	return true;
}

/* Whether the lines of the NUL-terminated text look cut at a width: of the lines a line (not a
 * blank one) follows, at least two, and four in five, are long and end in no stop ("Gansu\n
 * Provincial Committee" in a short text that has few breaks before a lower-case word). */
static bool lines_cut_at_width(const char *text)
{
	enum { LONG_LINE = 60 };
	size_t inner = 0, cut = 0;
	const char *line = text;
	for (;;) {
		const char *nl = strchr(line, '\n');
		if (!nl)
			break;
		const char *next = nl + 1, *e = nl;
		while (*next == ' ' || *next == '\t' || *next == '\r')
			next++;
		while (e > line && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
			e--;
		if (e > line && *next && *next != '\n') {
			inner++;
			const char *c = e;
			while (c > line && (c[-1] == '"' || c[-1] == ')' || c[-1] == '\''))
				c--;
			bool stop = c > line && strchr(".!?:;", c[-1]);
			cut += (size_t)(e - line) >= LONG_LINE && !stop;
		}
		line = nl + 1;
	}
	return cut >= 2 && cut * 5 >= inner * 4;
}

/* Whether the text's lines were wrapped by hand: at least three line breaks (no blank line)
 * fall between a word and a lower-case word, inside sentences, or the lines are cut at a width. */
static bool hand_wrapped_text(const token *v, const char *text, size_t n)
{
	size_t breaks = 0;
	for (size_t k = 1; k < n && breaks < 3; k++)
		breaks += (v[k].flags & TF_NL_BEFORE) && !(v[k].flags & TF_PARA_BEFORE) && v[k].kind == TOK_WORD &&
		          v[k - 1].kind == TOK_WORD && is_lower_ascii(text[v[k].start]);
	return breaks >= 3 || lines_cut_at_width(text);
}

/* A line break inside a sentence a page wrapped by hand: one break (no blank line) after a comma
 * or before a lower-case word ("Secretary of\nthe CPC Committee", "presided over and\ndelivered"). */
static bool wrapped_line(const token *v, const char *text, size_t n, uint32_t k, int *hand_wrapped)
{
	if (k == 0 || (v[k].flags & TF_PARA_BEFORE))
		return false;
	const token *prev = &v[k - 1];
	/* a word hyphenated at the line's end ("Vice-\nPresident") goes on */
	if (prev->kind == TOK_PUNCT && prev->ch == '-' && k >= 2 && v[k - 2].kind == TOK_WORD &&
	    !(prev->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)) && v[k].kind == TOK_WORD)
		return true;
	/* a bracket goes with the name it is in: "Communist Party of China (CPC)\nCentral
	 * Committee", "Communist Party of China\n(CPC)" */
	if (prev->kind == TOK_PUNCT && prev->ch != ')')
		return prev->ch == ',';
	if (v[k].kind == TOK_PUNCT && v[k].ch == '(' && prev->kind == TOK_WORD) {
		if (*hand_wrapped < 0)
			*hand_wrapped = hand_wrapped_text(v, text, n);
		return *hand_wrapped;
	}
	/* in a text wrapped by hand throughout, "Municipal\nCommittee" and "on October 24\npresided"
	 * too; a number then a capital opens a line ("2022\nThe") */
	if (v[k].kind != TOK_WORD)
		return false;
	bool lower = is_lower_ascii(text[v[k].start]), number = prev->kind == TOK_NUM && !(prev->flags & TF_ORDINAL);
	if (!number && lower)
		return true;
	if (number && !lower)
		return false;
	/* asked of the whole text the first time it matters only: most texts never ask */
	if (*hand_wrapped < 0)
		*hand_wrapped = hand_wrapped_text(v, text, n);
	return *hand_wrapped;
}

/* Sentences: end at . ! ? ; and at line breaks (but for a page's hand-wrapped lines). Each token
 * gets its sentence's index as the sentences are found. */
static int split_sentences(tokens *t, const char *text)
{
	/* the tokens in locals: adding a sentence may move t->s, never t->v */
	token *v = t->v;
	size_t n = t->n;
	int hand_wrapped = -1; /* not yet known */
	uint32_t first = 0, line = 0, cur_line = 0;
	for (uint32_t k = 0; k < n; k++) {
		token *tk = &v[k];
		if ((tk->flags & TF_NL_BEFORE) && !wrapped_line(v, text, n, k, &hand_wrapped)) {
			if (k > first) {
				int rc = push_sent(t, (sentence){first, k, line, 0});
				if (rc)
					return rc;
				first = k;
			}
			cur_line++;
		}
		if (k == first)
			line = cur_line;
		tk->sent = (uint32_t)t->ns;
		if (tk->kind != TOK_PUNCT)
			continue;
		bool end = tk->ch == '!' || tk->ch == '?' || tk->ch == ';' || (tk->ch == '.' && period_ends(v, n, text, k));
		if (!end)
			continue;
		/* keep a closing quote or bracket with its sentence */
		uint32_t stop = k + 1;
		while (stop < n && !(v[stop].flags & (TF_NL_BEFORE | TF_SPACE_BEFORE)) && v[stop].kind == TOK_PUNCT &&
		       (v[stop].flags & (TF_QCLOSE | TF_QAMBIG) || v[stop].ch == ')'))
			v[stop++].sent = (uint32_t)t->ns;
		int rc = push_sent(t, (sentence){first, stop, line, 0});
		if (rc)
			return rc;
		first = stop;
		k = stop - 1;
	}
	if (first < n) {
		int rc = push_sent(t, (sentence){first, (uint32_t)n, line, 0});
		if (rc)
			return rc;
	}
	for (size_t s = 0; s < t->ns; s++) {
		sentence *se = &t->s[s];
		/* A headline: a whole line without sentence-final punctuation. */
		token *lastk = &v[se->last - 1];
		int line_start = (v[se->first].flags & TF_NL_BEFORE) || se->first == 0;
		int line_end = se->last == n || (v[se->last].flags & TF_NL_BEFORE);
		if (line_start && line_end && !(lastk->kind == TOK_PUNCT && (lastk->ch == '.' || lastk->ch == '!' || lastk->ch == '?')))
			se->headline = 1;
	}
	return 0;
}

static inline int build(tokens *t, const char *text, size_t len, size_t max_tokens, const token_lookup *lk)
{
	assert(text[len] == '\0');
	t->ns = 0;
	/* the array in locals: for all the compiler knows, each token written could change t */
	token *v = t->v;
	size_t n = 0, cap = t->cap;
	size_t limit = max_tokens ? max_tokens : SIZE_MAX;
	int rc = 0;
	uint16_t pending = 0;
	bool single_open = false; /* a ‘ opened on this line and not yet closed */
	size_t i = 0;
	/* below room, a token needs neither of the tests at the limit and at the end of the array */
	size_t room = 0;
	while (i < len) {
		unsigned char c = (unsigned char)text[i];
		/* letters and digits first: most tokens are plain words */
		if (!(ascii_class[c] & CL_ALNUM)) {
			if (c == ' ') {
				pending |= TF_SPACE_BEFORE;
				while (++i < len && text[i] == ' ')
					;
				continue;
			}
			if (c == '\n') {
				pending |= (pending & TF_NL_BEFORE) ? TF_PARA_BEFORE : 0;
				pending |= TF_NL_BEFORE | TF_SPACE_BEFORE;
				i++;
				continue;
			}
			if (c == '\t' || c == '\r' || c == '\f' || c == '\v') {
				pending |= TF_SPACE_BEFORE;
				i++;
				continue;
			}
			/* U+00A0, U+3000 and other Unicode spaces (lead bytes c2, e2, e3) */
			if (c == 0xc2 || c == 0xe2 || c == 0xe3) {
				utf8proc_int32_t cp;
				utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)text + i,
				                                      (utf8proc_ssize_t)(len - i), &cp);
				if (l > 0 && (cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B))) {
					pending |= TF_SPACE_BEFORE;
					i += (size_t)l;
					continue;
				}
			}
		}
		if (n >= room) {
			if (n >= limit) {
				rc = readout_error__set(READOUT_ETOOBIG, "more than %zu tokens", max_tokens);
				break;
			}
			/* room for this token and a possessive after it, so both are written in place */
			if (n + 2 > cap) {
				t->n = n;
				if ((rc = grow_tokens(t)))
					break;
				v = t->v;
				cap = t->cap;
			}
			room = cap - 1 < limit ? cap - 1 : limit;
		}
		token *tk = &v[n++];
		if (ascii_class[c] & CL_ALNUM) {
			size_t j = scan_plain_word(tk, text, i, pending, lk);
			if (j) {
				/* no possessive: that needs an apostrophe after the word. The usual gap to
				 * the next word, spaces, is taken here rather than in another round. */
				pending = 0;
				if (text[j] == ' ') {
					pending = TF_SPACE_BEFORE;
					while (text[++j] == ' ')
						; /* the NUL at len stops it */
				}
				i = j;
				continue;
			}
		}
		*tk = (token){.start = (uint32_t)i, .flags = pending};
		pending = 0;
		size_t clen;
		if (!is_alpha_cp(text + i, len - i, &clen)) {
			if (tk->flags & TF_NL_BEFORE)
				single_open = false;
			i = scan_punct(tk, text, i, len);
			plural_possessive(v, n, text, len, &single_open);
			continue;
		}
		i = scan_word(tk, text, i, clen, len);
		size_t pe = possessive_end(text, i, len);
		if (pe) {
			v[n++] = (token){.start = (uint32_t)i, .end = (uint32_t)pe, .kind = TOK_POSS};
			i = pe;
		}
	}
	t->n = n;
	return rc ? rc : split_sentences(t, text);
}

int tokens_build(tokens *t, const char *text, size_t len, size_t max_tokens)
{
	return build(t, text, len, max_tokens, NULL);
}

int tokens_build_looked_up(tokens *t, const char *text, size_t len, size_t max_tokens, const token_lookup *lookup)
{
	return build(t, text, len, max_tokens, lookup);
}

void tokens_dispose(tokens *t)
{
	free(t->v);
	free(t->s);
	memset(t, 0, sizeof *t);
}

size_t token_lower(const char *text, const token *tk, char *out, size_t cap)
{
	size_t n = tk->end - tk->start;
	if (n + 1 > cap)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = text[tk->start + i];
		out[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	out[n] = '\0';
	return n;
}
