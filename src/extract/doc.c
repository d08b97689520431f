/* doc.c — small shared helpers of the extract modules. */
#include "extract/doc.h"
#include "util/error.h"

#include <string.h>

int doc__grow(arena *a, void **v, size_t *cap, size_t n, size_t elem)
{
	size_t ncap = *cap ? *cap * 2 : 8;
	void *nv = arena_alloc(a, ncap * elem);
	if (!nv)
		return readout_error__set(READOUT_ENOMEM, "document needs more memory than allowed");
	if (n)
		memcpy(nv, *v, n * elem);
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

bool doc_is_lower(const doc *d, size_t i)
{
	const token *tk = &d->t->v[i];
	char c = d->text[tk->start];
	return tk->kind == TOK_WORD && c >= 'a' && c <= 'z';
}

int doc_person_of(const doc *d, size_t mi)
{
	int p = d->m[mi].person;
	while (p >= 0 && d->p[p].merged_into >= 0)
		p = d->p[p].merged_into;
	return p;
}
