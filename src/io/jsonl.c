/* jsonl.c — the JSON Lines fast path: a single pass over {"id": ..., "text": ...} that decodes
 * only the two members readout needs and keeps the others, undecoded, as the document's meta. jansson builds a whole DOM per line, which cost a third
 * of extraction time on JSON Lines input; anything this scanner does not fully understand goes
 * back to jansson. */
#include "io/jsonl.h"
#include "util/jsonrun.h"
#include "util/utf8.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct scan {
	const char *p, *end;
} scan;

static void ws(scan *s)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\r' || *s->p == '\n'))
		s->p++;
}

static int hex4(const char *p, unsigned *out)
{
	unsigned v = 0;
	for (int i = 0; i < 4; i++) {
		char c = p[i];
		v <<= 4;
		if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
		else return 0;
	}
	*out = v;
	return 1;
}

static int put_utf8(readout_buf *b, unsigned cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) u[0] = (char)cp, n = 1;
	else if (cp < 0x800) u[0] = (char)(0xc0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3f)), n = 2;
	else if (cp < 0x10000)
		u[0] = (char)(0xe0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3f)), u[2] = (char)(0x80 | (cp & 0x3f)), n = 3;
	else
		u[0] = (char)(0xf0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3f)),
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3f)), u[3] = (char)(0x80 | (cp & 0x3f)), n = 4;
	return readout_buf_append(b, u, n) == 0;
}

/* A string at s->p (opening quote); decoded into out when out is not NULL. */
static int string(scan *s, readout_buf *out)
{
	if (s->p >= s->end || *s->p != '"')
		return 0;
	s->p++;
	for (;;) {
		const char *run = s->p;
		s->p = jsonrun_end(s->p, s->end);
		if (out && s->p > run && readout_buf_append(out, run, (size_t)(s->p - run)))
			return 0;
		if (s->p >= s->end || (unsigned char)*s->p < 0x20)
			return 0;
		if (*s->p == '"') {
			s->p++;
			return 1;
		}
		/* an escape */
		if (s->end - s->p < 2)
			return 0;
		char e = s->p[1];
		s->p += 2;
		const char *simple = "\"\\/bfnrt";
		const char *dec = "\"\\/\b\f\n\r\t";
		const char *hit = strchr(simple, e);
		if (e && hit) {
			if (out && readout_buf_putc(out, dec[hit - simple]))
				return 0;
			continue;
		}
		if (e != 'u' || s->end - s->p < 4)
			return 0;
		unsigned cp;
		if (!hex4(s->p, &cp))
			return 0;
		s->p += 4;
		if (cp >= 0xd800 && cp < 0xdc00) {
			unsigned lo;
			if (s->end - s->p < 6 || s->p[0] != '\\' || s->p[1] != 'u' || !hex4(s->p + 2, &lo) || lo < 0xdc00 || lo > 0xdfff)
				return 0;
			s->p += 6;
			cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
		} else if (cp >= 0xdc00 && cp < 0xe000) {
			return 0;
		}
		if (cp == 0)
			return 0; /* a NUL in a document: let jansson and the checks decide */
		if (out && !put_utf8(out, cp))
			return 0;
	}
}

static int literal(scan *s, const char *word)
{
	size_t n = strlen(word);
	if ((size_t)(s->end - s->p) < n || memcmp(s->p, word, n) != 0)
		return 0;
	s->p += n;
	return 1;
}

static int number(scan *s, readout_buf *digits)
{
	const char *start = s->p;
	if (s->p < s->end && *s->p == '-')
		s->p++;
	const char *int_start = s->p;
	while (s->p < s->end && *s->p >= '0' && *s->p <= '9')
		s->p++;
	if (s->p == int_start || (*int_start == '0' && s->p - int_start > 1))
		return 0;
	bool integer = true;
	if (s->p < s->end && *s->p == '.') {
		integer = false;
		const char *f = ++s->p;
		while (s->p < s->end && *s->p >= '0' && *s->p <= '9')
			s->p++;
		if (s->p == f)
			return 0;
	}
	if (s->p < s->end && (*s->p == 'e' || *s->p == 'E')) {
		integer = false;
		s->p++;
		if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
			s->p++;
		const char *x = s->p;
		while (s->p < s->end && *s->p >= '0' && *s->p <= '9')
			s->p++;
		if (s->p == x)
			return 0;
	}
	if (digits) {
		if (!integer)
			return 0; /* a non-integer id: jansson's path decides */
		return readout_buf_append(digits, start, (size_t)(s->p - start)) == 0;
	}
	return 1;
}

static int value(scan *s, int depth);

static int container(scan *s, int depth, char close)
{
	if (depth > 64)
		return 0;
	s->p++;
	ws(s);
	if (s->p < s->end && *s->p == close) {
		s->p++;
		return 1;
	}
	for (;;) {
		ws(s);
		if (close == '}') {
			if (!string(s, NULL))
				return 0;
			ws(s);
			if (s->p >= s->end || *s->p != ':')
				return 0;
			s->p++;
			ws(s);
		}
		if (!value(s, depth + 1))
			return 0;
		ws(s);
		if (s->p >= s->end)
			return 0;
		if (*s->p == close) {
			s->p++;
			return 1;
		}
		if (*s->p != ',')
			return 0;
		s->p++;
	}
}

static int value(scan *s, int depth)
{
	if (s->p >= s->end)
		return 0;
	switch (*s->p) {
	case '"': return string(s, NULL);
	case '{': return container(s, depth, '}');
	case '[': return container(s, depth, ']');
	case 't': return literal(s, "true");
	case 'f': return literal(s, "false");
	case 'n': return literal(s, "null");
	default: return number(s, NULL);
	}
}

/* The key at s->p, compared without decoding when it has no escapes. */
static int key_is(scan *s, const char *name, bool *is)
{
	size_t n = strlen(name);
	/* room for the quote, the name and its closing quote; at the end of a line ("{", "...,")
	 * there is none, and nothing after the end may be read */
	*is = s->end - s->p > (ptrdiff_t)n + 1 && memcmp(s->p + 1, name, n) == 0 && s->p[n + 1] == '"';
	return string(s, NULL);
}

/* A member kept for meta: where its key and its value lie in the line. */
typedef struct member {
	const char *key, *value;
	size_t key_len, value_len;
} member;

enum { MAX_META_MEMBERS = 32 };

/* Whether key (raw, quotes included) is among the members already kept. Keys with escapes
 * never get here, so equal keys are equal bytes. */
static bool seen_key(const member *m, size_t n, const char *key, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (m[i].key_len == len && memcmp(m[i].key, key, len) == 0)
			return true;
	return false;
}

/* The kept members as one compact object; bytes that are not UTF-8 become '?', as in texts. */
static int write_meta(readout_buf *meta, const member *m, size_t n)
{
	if (readout_buf_putc(meta, '{'))
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((i && readout_buf_putc(meta, ',')) || readout_buf_append(meta, m[i].key, m[i].key_len) ||
		    readout_buf_putc(meta, ':') || readout_buf_append(meta, m[i].value, m[i].value_len))
			return 0;
	if (readout_buf_putc(meta, '}'))
		return 0;
	utf8_repair(meta->data, meta->len);
	return 1;
}

int jsonl_fast_doc(const char *line, size_t len, readout_buf *id, readout_buf *text, readout_buf *meta, int *has_id)
{
	scan s = {line, line + len};
	bool seen_text = false, seen_id = false;
	member kept[MAX_META_MEMBERS];
	size_t nkept = 0;
	*has_id = 0;
	readout_buf_clear(id);
	readout_buf_clear(text);
	readout_buf_clear(meta);
	ws(&s);
	if (s.p >= s.end || *s.p != '{')
		return 0;
	s.p++;
	ws(&s);
	if (s.p < s.end && *s.p == '}')
		return 0;
	for (;;) {
		ws(&s);
		bool is_text, is_id;
		const char *kp = s.p;
		if (!key_is(&s, "text", &is_text))
			return 0;
		const char *kend = s.p;
		s.p = kp;
		key_is(&s, "id", &is_id);
		ws(&s);
		if (s.p >= s.end || *s.p != ':')
			return 0;
		s.p++;
		ws(&s);
		if (is_text) {
			if (seen_text || s.p >= s.end || *s.p != '"' || !string(&s, text))
				return 0;
			seen_text = true;
		} else if (is_id) {
			if (seen_id || s.p >= s.end)
				return 0;
			if (*s.p == '"') {
				if (!string(&s, id))
					return 0;
				*has_id = 1;
			} else if (*s.p == '-' || (*s.p >= '0' && *s.p <= '9')) {
				if (!number(&s, id))
					return 0;
				*has_id = 1;
			} else if (!value(&s, 1)) {
				return 0;
			}
			seen_id = true;
		} else {
			const char *vp = s.p;
			size_t klen = (size_t)(kend - kp);
			/* an escaped key, a duplicate, too many members or a nested value (whose keys
			 * this scanner does not check for duplicates): jansson decides */
			if (memchr(kp, '\\', klen) || nkept == MAX_META_MEMBERS || seen_key(kept, nkept, kp, klen) ||
			    s.p >= s.end || *s.p == '{' || *s.p == '[' || !value(&s, 1))
				return 0;
			kept[nkept++] = (member){kp, vp, klen, (size_t)(s.p - vp)};
		}
		ws(&s);
		if (s.p >= s.end)
			return 0;
		if (*s.p == '}') {
			s.p++;
			break;
		}
		if (*s.p != ',')
			return 0;
		s.p++;
	}
	ws(&s);
	return s.p == s.end && seen_text && (!nkept || write_meta(meta, kept, nkept));
}
