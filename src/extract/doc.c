/* doc.c — small shared helpers of the extract modules. */
#include "extract/doc.h"
#include "util/error.h"
#include "util/strmap.h"

#include <string.h>

int doc__grow(arena *a, void **v, size_t *cap, size_t n, size_t elem)
{
	size_t ncap = *cap ? *cap * 2 : 8;
	void *nv = arena_alloc_raw(a, ncap * elem);
	if (!nv)
		return readout_error__set(READOUT_ENOMEM, "document needs more memory than allowed");
	if (n)
		memcpy(nv, *v, n * elem);
	/* the room after the copy is zeroed, as arena_alloc would */
	memset((char *)nv + n * elem, 0, (ncap - n) * elem);
	*v = nv;
	*cap = ncap;
	return 0;
}

bool doc__word_is(const doc *d, size_t i, const char *lower)
{
	if (i >= d->t->n)
		return false;
	const token *tk = &d->t->v[i];
	if (tk->kind != TOK_WORD && tk->kind != TOK_POSS)
		return false;
	/* byte by byte rather than strlen + strncasecmp: the words are short and most differ
	 * within the first few bytes */
	const char *s = d->text + tk->start;
	size_t n = tk->end - tk->start;
	for (size_t k = 0; k < n; k++) {
		char c = s[k];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (!lower[k] || c != lower[k])
			return false;
	}
	return lower[n] == '\0';
}

/* Two words with nothing between them: the tokenizer split words a web page ran together */
static bool glued(const doc *d, size_t k)
{
	return doc_tok(d, k)->kind == TOK_WORD && doc_tok(d, k - 1)->kind == TOK_WORD &&
	       doc_tok(d, k - 1)->end == doc_tok(d, k)->start;
}

bool doc_is_lower(const doc *d, size_t i)
{
	const token *tk = &d->t->v[i];
	char c = d->text[tk->start];
	return tk->kind == TOK_WORD && c >= 'a' && c <= 'z';
}

bool doc_lower_unit_word(const doc *d, size_t i)
{
	if (!doc_is_lower(d, i) || d->mention_at[i] >= 0)
		return false;
	uint32_t wc = d->t->v[i].word;
	return (lex_word_ext(d->lex, &d->t->v[i]) & X_SMALLERUNIT) ||
	       ((wc & W_PLACESUFFIX) && (wc & (W_LVL_PREF | W_LVL_COUNTY)));
}

int doc_person_of(const doc *d, size_t mi)
{
	int p = d->m[mi].person;
	while (p >= 0 && d->p[p].merged_into >= 0)
		p = d->p[p].merged_into;
	return p;
}

static size_t strset_probe(const doc_strset *s, const char *key, size_t len, uint64_t h, bool *found)
{
	size_t i = h & s->mask;
	for (; s->slots[i]; i = (i + 1) & s->mask) {
		const char *k = s->keys[s->slots[i] - 1];
		if (s->hashes[i] == h && strncmp(k, key, len) == 0 && k[len] == '\0') {
			*found = true;
			return i;
		}
	}
	*found = false;
	return i;
}

/* Doubles the table; the old one stays in the arena, so the total is at most twice the last. */
static int strset_grow(doc *d, doc_strset *s)
{
	size_t cap = s->slots ? (s->mask + 1) * 2 : 64;
	uint32_t *slots = arena_alloc(d->a, cap * sizeof *slots);
	uint64_t *hashes = arena_alloc_raw(d->a, cap * sizeof *hashes);
	if (!slots || !hashes)
		return readout_error__set(READOUT_ENOMEM, "document needs more memory than allowed");
	for (size_t i = 0; s->slots && i <= s->mask; i++) {
		if (!s->slots[i])
			continue;
		size_t j = s->hashes[i] & (cap - 1);
		while (slots[j])
			j = (j + 1) & (cap - 1);
		slots[j] = s->slots[i];
		hashes[j] = s->hashes[i];
	}
	s->slots = slots;
	s->hashes = hashes;
	s->mask = cap - 1;
	return 0;
}

int doc_strset_add(doc *d, doc_strset *s, const char *key, size_t len, uint32_t *id)
{
	if ((s->n + 1) * 2 > (s->slots ? s->mask + 1 : 0) && strset_grow(d, s))
		return READOUT_ENOMEM;
	uint64_t h = strmap_hash(key, len);
	bool found;
	size_t i = strset_probe(s, key, len, h, &found);
	if (found) {
		*id = s->slots[i] - 1;
		return 0;
	}
	char *copy = arena_strndup(d->a, key, len);
	if (!copy || (s->n == s->kcap && doc__grow(d->a, (void **)&s->keys, &s->kcap, s->n, sizeof *s->keys)))
		return readout_error__set(READOUT_ENOMEM, "document needs more memory than allowed");
	s->keys[s->n] = copy;
	s->slots[i] = (uint32_t)++s->n;
	s->hashes[i] = h;
	*id = (uint32_t)(s->n - 1);
	return 0;
}

int64_t doc_strset_find(const doc_strset *s, const char *key, size_t len)
{
	if (!s->slots)
		return -1;
	bool found;
	size_t i = strset_probe(s, key, len, strmap_hash(key, len), &found);
	return found ? (int64_t)s->slots[i] - 1 : -1;
}

bool doc_broken_hyphen(const doc *d, size_t k)
{
	if (k == 0 || k >= d->t->n)
		return false;
	const token *h = doc_tok(d, k - 1);
	return doc_is(d, k - 1, '-') && !(h->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)) &&
	       (doc_tok(d, k)->flags & TF_NL_BEFORE) && !doc_line_break_before(d, k);
}

char *doc_text_of(doc *d, size_t a, size_t b)
{
	const token *ta = doc_tok(d, a), *tb = doc_tok(d, b - 1);
	size_t n = tb->end - ta->start;
	for (size_t k = a + 1; k < b; k++)
		n += glued(d, k);
	char *out = arena_alloc(d->a, n + 1), *o = out;
	if (!out)
		return NULL;
	for (size_t k = a; k < b; k++) {
		const token *tk = doc_tok(d, k);
		/* blanks between tokens, however many and of whatever kind, are one space; a word
		 * hyphenated at a line's end is one word again */
		if (k > a && (glued(d, k) || (tk->start > doc_tok(d, k - 1)->end && !doc_broken_hyphen(d, k))))
			*o++ = ' ';
		memcpy(o, d->text + tk->start, tk->end - tk->start);
		o += tk->end - tk->start;
	}
	*o = '\0';
	return out;
}
