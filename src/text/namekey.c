/* namekey.c — folding a name into its matching key: utf8proc takes the text apart (compatibility
 * forms, case, letters and their marks), and a few rules of pinyin put ü back together. */
#include "text/namekey.h"

#include <stdbool.h>
#include <string.h>
#include <utf8proc.h>

typedef struct folder {
	char *out;
	size_t o, cap;
	size_t word; /* where the current word's key starts */
} folder;

/* Appends n bytes when they fit with the NUL after them; false when they do not. */
static bool put(folder *f, const char *b, size_t n)
{
	if (f->o + n + 1 > f->cap)
		return false;
	memcpy(f->out + f->o, b, n);
	f->o += n;
	f->out[f->o] = '\0';
	return true;
}

static bool last_is(const folder *f, char c)
{
	return f->o > f->word && f->out[f->o - 1] == c;
}

/* A Latin letter or digit, lower case: the rules of pinyin's ü apply as the word grows. */
static void put_letter(folder *f, char c)
{
	if (!put(f, &c, 1))
		return;
	char *w = f->out + f->word;
	size_t len = f->o - f->word;
	/* "Lyu", "Nyu": ü written for a passport */
	if (len == 3 && (w[0] == 'l' || w[0] == 'n') && w[1] == 'y' && w[2] == 'u') {
		w[1] = 'v';
		f->out[--f->o] = '\0';
		return;
	}
	/* lüe, lve, lue: one syllable; plain "lue" is how most texts write it */
	if (c == 'e' && len >= 3 && w[len - 2] == 'v' && (w[len - 3] == 'l' || w[len - 3] == 'n'))
		w[len - 2] = 'u';
}

static void put_codepoint(folder *f, utf8proc_int32_t cp)
{
	if (cp < 0x80) {
		char c = (char)cp;
		if (c >= 'A' && c <= 'Z')
			put_letter(f, (char)(c - 'A' + 'a'));
		else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			put_letter(f, c);
		else if (c == ':' && last_is(f, 'u')) /* "Lu:", an old way to type ü */
			f->out[f->o - 1] = 'v';
		else
			f->word = f->o;
		return;
	}
	if (cp == 0x0308) { /* a combining diaeresis: on u, the letter ü */
		if (last_is(f, 'u'))
			f->out[f->o - 1] = 'v';
		return;
	}
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
		return; /* tone marks and other accents */
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: {
		utf8proc_uint8_t b[4];
		utf8proc_ssize_t n = utf8proc_encode_char(cp, b);
		(void)put(f, (const char *)b, (size_t)n);
		return;
	}
	default:
		f->word = f->o;
	}
}

size_t name_key_append(char *out, size_t *used, size_t cap, const char *s, size_t len)
{
	folder f = {out, *used, cap, *used};
	size_t i = 0;
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) { /* most names: no decoding */
			put_codepoint(&f, (unsigned char)s[i++]);
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0) { /* an invalid byte: nothing of a name */
			i++;
			f.word = f.o;
			continue;
		}
		i += (size_t)n;
		utf8proc_int32_t parts[8];
		int boundclass = 0;
		utf8proc_ssize_t np = utf8proc_decompose_char(cp, parts, 8, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD,
		                                              &boundclass);
		if (np <= 0 || np > 8) {
			f.word = f.o;
			continue;
		}
		for (utf8proc_ssize_t k = 0; k < np; k++)
			put_codepoint(&f, parts[k]);
	}
	size_t added = f.o - *used;
	*used = f.o;
	return added;
}

size_t name_key(char *out, size_t cap, const char *name)
{
	size_t used = 0;
	out[0] = '\0';
	name_key_append(out, &used, cap, name, strlen(name));
	return used;
}
