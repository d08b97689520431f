/* json.c — a record as JSON. Hand-written rather than built through a DOM library: the
 * output is the hot path's last step and needs no allocation beyond the output buffer. */
#include "readout/extract.h"
#include "util/jsonrun.h"

#include <stdio.h>
#include <string.h>

typedef struct jw {
	readout_buf *b;
	int pretty;
	int depth;
	int rc;
} jw;

static void put(jw *w, const char *s, size_t n)
{
	readout_buf *b = w->b;
	if (!w->rc && b->len + n < b->cap && (!b->limit || b->len + n <= b->limit)) {
		memcpy(b->data + b->len, s, n);
		b->len += n;
		b->data[b->len] = '\0';
		return;
	}
	if (!w->rc)
		w->rc = readout_buf_append(b, s, n);
}

static void nl(jw *w)
{
	if (!w->pretty)
		return;
	put(w, "\n", 1);
	for (int i = 0; i < w->depth; i++)
		put(w, "  ", 2);
}

static void strn(jw *w, const char *s, size_t n);

static void str(jw *w, const char *s)
{
	if (!s)
		put(w, "null", 4);
	else
		strn(w, s, strlen(s));
}

static void key(jw *w, const char *k, int first);

/* A key written in the source: its compact form ,"k": is a literal, written in one piece
 * (without the comma when first); pretty output goes through key(). */
#define KEY(w, k, first) key_literal((w), ",\"" k "\":", sizeof ",\"" k "\":" - 1, k, (first))
static inline void key_literal(jw *w, const char *compact, size_t n, const char *k, int first)
{
	if (w->pretty)
		key(w, k, first);
	else
		put(w, compact + (first != 0), n - (first != 0));
}

static void key(jw *w, const char *k, int first)
{
	size_t kl = strlen(k);
	if (!w->pretty && kl <= 32) {
		/* the keys are this file's own words, with nothing to escape: written in one piece */
		char buf[36];
		size_t n = 0;
		if (!first)
			buf[n++] = ',';
		buf[n++] = '"';
		memcpy(buf + n, k, kl);
		n += kl;
		buf[n++] = '"';
		buf[n++] = ':';
		put(w, buf, n);
		return;
	}
	if (!first)
		put(w, ",", 1);
	nl(w);
	strn(w, k, kl);
	put(w, w->pretty ? ": " : ":", w->pretty ? 2 : 1);
}

static void open(jw *w, char c)
{
	put(w, &c, 1);
	w->depth++;
}

static void close(jw *w, char c, int empty)
{
	w->depth--;
	if (!empty)
		nl(w);
	put(w, &c, 1);
}

/* Decimal digits of v, written backwards from end; returns the start. */
static char *utoa_back(char *end, uint64_t v)
{
	do {
		*--end = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	return end;
}

/* [start,end]: spans are most of the output, so no printf here */
static void span(jw *w, readout_span s)
{
	char buf[32];
	char *e = buf + sizeof buf;
	*--e = ']';
	e = utoa_back(e, s.end);
	*--e = ',';
	e = utoa_back(e, s.start);
	*--e = '[';
	put(w, e, (size_t)(buf + sizeof buf - e));
}

static void spans(jw *w, const readout_span *s, size_t n)
{
	put(w, "[", 1);
	for (size_t i = 0; i < n; i++) {
		if (i)
			put(w, ",", 1);
		span(w, s[i]);
	}
	put(w, "]", 1);
}

static void number(jw *w, size_t v)
{
	char buf[24];
	char *e = utoa_back(buf + sizeof buf, v);
	put(w, e, (size_t)(buf + sizeof buf - e));
}

static void names(jw *w, const readout_value *v, size_t n)
{
	put(w, "[", 1);
	for (size_t i = 0; i < n; i++) {
		if (i)
			put(w, w->pretty ? ", " : ",", w->pretty ? 2 : 1);
		str(w, v[i].text);
	}
	put(w, "]", 1);
}

static void person(jw *w, const readout_person *p)
{
	open(w, '{');
	KEY(w, "name", 1);
	str(w, p->name);
	KEY(w, "titles", 0);
	names(w, p->titles, p->ntitles);
	KEY(w, "title_spans", 0);
	put(w, "[", 1);
	for (size_t i = 0; i < p->ntitles; i++) {
		if (i)
			put(w, ",", 1);
		spans(w, p->titles[i].spans, p->titles[i].nspans);
	}
	put(w, "]", 1);
	KEY(w, "spans", 0);
	spans(w, p->mentions, p->nmentions);
	close(w, '}', 0);
}

static const char *const event_fields[] = {"date", "host", "place", "level", "type", "format",
                                           "size", "duration", "subject"};

static const readout_value *event_field(const readout_event *e, size_t i)
{
	const readout_value *v[] = {&e->date, &e->host, &e->place, &e->level, &e->type,
	                            &e->format, &e->size, &e->duration, &e->subject};
	return v[i];
}

static void role_spans(jw *w, const readout_value *v, size_t n)
{
	put(w, "[", 1);
	for (size_t i = 0; i < n; i++) {
		if (i)
			put(w, ",", 1);
		spans(w, v[i].spans, v[i].nspans);
	}
	put(w, "]", 1);
}

static void event(jw *w, const readout_event *e)
{
	open(w, '{');
	int first = 1;
	for (size_t i = 0; i < sizeof event_fields / sizeof *event_fields; i++) {
		key(w, event_fields[i], first);
		first = 0;
		str(w, event_field(e, i)->text);
		if (i == 0) {
			KEY(w, "date_partial", 0);
			str(w, e->date_partial);
		}
	}
	KEY(w, "presided", 0);
	names(w, e->presided, e->npresided);
	KEY(w, "spoke", 0);
	names(w, e->spoke, e->nspoke);
	KEY(w, "attended", 0);
	names(w, e->attended, e->nattended);
	KEY(w, "spans", 0);
	open(w, '{');
	KEY(w, "event", 1);
	span(w, e->span);
	for (size_t i = 0; i < sizeof event_fields / sizeof *event_fields; i++) {
		const readout_value *v = event_field(e, i);
		if (!v->nspans)
			continue;
		key(w, event_fields[i], 0);
		spans(w, v->spans, v->nspans);
	}
	KEY(w, "presided", 0);
	role_spans(w, e->presided, e->npresided);
	KEY(w, "spoke", 0);
	role_spans(w, e->spoke, e->nspoke);
	KEY(w, "attended", 0);
	role_spans(w, e->attended, e->nattended);
	close(w, '}', 0);
	close(w, '}', 0);
}

const char *readout_cue_name(int cue)
{
	switch (cue) {
	case READOUT_CUE_QUOTED: return "quoted";
	case READOUT_CUE_NUMBERED: return "numbered";
	case READOUT_CUE_LEXICON: return "lexicon";
	default: return NULL;
	}
}

static void formulation(jw *w, const readout_formulation *f)
{
	open(w, '{');
	KEY(w, "label", 1);
	str(w, f->label ? f->label : (f->nforms ? f->forms[0] : NULL));
	KEY(w, "zh", 0);
	str(w, f->zh);
	KEY(w, "pinyin", 0);
	str(w, f->pinyin);
	KEY(w, "forms", 0);
	put(w, "[", 1);
	for (size_t i = 0; i < f->nforms; i++) {
		if (i)
			put(w, w->pretty ? ", " : ",", w->pretty ? 2 : 1);
		str(w, f->forms[i]);
	}
	put(w, "]", 1);
	KEY(w, "cue", 0);
	str(w, readout_cue_name(f->cue));
	KEY(w, "count", 0);
	number(w, f->count);
	KEY(w, "spans", 0);
	spans(w, f->spans, f->nspans);
	close(w, '}', 0);
}

int readout_record_write_json(readout_buf *out, const char *id, const readout_record *rec, int pretty)
{
	return readout_record_write_json_text(out, id, rec, pretty, NULL, 0);
}

/* A JSON string from n bytes (escaping quotes, backslashes and control bytes). */
static void strn(jw *w, const char *s, size_t n)
{
	size_t i = (size_t)(jsonrun_end(s, s + n) - s);
	readout_buf *b = w->b;
	if (i == n && !w->rc && b->len + n + 2 < b->cap && (!b->limit || b->len + n + 2 <= b->limit)) {
		/* nothing to escape (most strings): quotes and text in one piece */
		char *o = b->data + b->len;
		o[0] = '"';
		memcpy(o + 1, s, n);
		o[n + 1] = '"';
		b->len += n + 2;
		b->data[b->len] = '\0';
		return;
	}
	put(w, "\"", 1);
	size_t run = 0;
	for (; i < n; i++) {
		i = (size_t)(jsonrun_end(s + i, s + n) - s);
		if (i == n)
			break;
		unsigned char c = (unsigned char)s[i];
		put(w, s + run, i - run);
		char esc[8];
		switch (c) {
		case '"': put(w, "\\\"", 2); break;
		case '\\': put(w, "\\\\", 2); break;
		case '\n': put(w, "\\n", 2); break;
		case '\t': put(w, "\\t", 2); break;
		case '\r': put(w, "\\r", 2); break;
		default:
			snprintf(esc, sizeof esc, "\\u%04x", c);
			put(w, esc, 6);
		}
		run = i + 1;
	}
	put(w, s + run, n - run);
	put(w, "\"", 1);
}

int readout_record_write_json_with(readout_buf *out, const char *id, const readout_record *rec, int pretty,
                                   const readout_json_extras *x)
{
	jw w = {out, pretty, 0, 0};
	open(&w, '{');
	KEY(&w, "id", 1);
	str(&w, id);
	if (x && x->meta) {
		KEY(&w, "meta", 0);
		put(&w, x->meta, x->meta_len);
	}
	KEY(&w, "hash", 0);
	str(&w, rec->hash[0] ? rec->hash : NULL);
	KEY(&w, "published", 0);
	str(&w, rec->published);
	KEY(&w, "people", 0);
	open(&w, '[');
	for (size_t i = 0; i < rec->npeople; i++) {
		if (i)
			put(&w, ",", 1);
		nl(&w);
		person(&w, &rec->people[i]);
	}
	close(&w, ']', rec->npeople == 0);
	KEY(&w, "events", 0);
	open(&w, '[');
	for (size_t i = 0; i < rec->nevents; i++) {
		if (i)
			put(&w, ",", 1);
		nl(&w);
		event(&w, &rec->events[i]);
	}
	close(&w, ']', rec->nevents == 0);
	KEY(&w, "formulations", 0);
	open(&w, '[');
	for (size_t i = 0; i < rec->nformulations; i++) {
		if (i)
			put(&w, ",", 1);
		nl(&w);
		formulation(&w, &rec->formulations[i]);
	}
	close(&w, ']', rec->nformulations == 0);
	if (x && x->text) {
		KEY(&w, "text", 0);
		strn(&w, x->text, x->len);
	}
	if (rec->repaired_bytes || rec->nwarnings) {
		KEY(&w, "warnings", 0);
		put(&w, "[", 1);
		if (rec->repaired_bytes) {
			char buf[96];
			snprintf(buf, sizeof buf, "%zu invalid UTF-8 bytes replaced by '?'", rec->repaired_bytes);
			str(&w, buf);
		}
		for (size_t i = 0; i < rec->nwarnings; i++) {
			if (i || rec->repaired_bytes)
				put(&w, ",", 1);
			str(&w, rec->warnings[i]);
		}
		put(&w, "]", 1);
	}
	close(&w, '}', 0);
	return w.rc;
}

int readout_record_write_json_text(readout_buf *out, const char *id, const readout_record *rec, int pretty,
                                   const char *text, size_t len)
{
	readout_json_extras x = {NULL, 0, text, len};
	return readout_record_write_json_with(out, id, rec, pretty, &x);
}
