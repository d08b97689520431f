/* api_marks.c — a document's text cut at the edges of its extracted facts, for the document
 * page: every person, title, date, place, host, level, type, subject, role and formulation
 * becomes a fact, its byte spans become marks, and the text becomes pieces that each list the
 * facts covering them. The record's spans are not trusted (a damaged database may hold any):
 * they are clipped to the text and to whole UTF-8 characters. */
#include "server/api.h"

#include "readout/error.h"
#include "readout/extract.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FACTS_PER_PIECE = 8 }; /* facts listed on one piece of text; more overlap only in damaged records */

typedef struct mark {
	size_t start, end, fact;
} mark;

typedef struct marker {
	const char *text;
	size_t len;
	json_t *facts;
	mark *marks;
	size_t nmarks, left_out;
	int ok;
} marker;

/* pos moved back to the start of its UTF-8 character, within the text. */
static size_t char_start(const marker *m, size_t pos)
{
	if (pos >= m->len)
		return m->len;
	while (pos > 0 && ((unsigned char)m->text[pos] & 0xC0) == 0x80)
		pos--;
	return pos;
}

static void add_spans(marker *m, size_t fact, const readout_span *spans, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t a = char_start(m, spans[i].start), b = char_start(m, spans[i].end);
		if (a >= b)
			continue;
		if (m->nmarks == API_MARKS) {
			m->left_out++;
			continue;
		}
		m->marks[m->nmarks++] = (mark){a, b, fact};
	}
}

/* A new fact {"kind", "label"}, and key: extra when key is not NULL; its id. */
static size_t fact(marker *m, const char *kind, const char *label, const char *key, const char *extra)
{
	json_t *f = json_object();
	m->ok = m->ok && f && json_array_append_new(m->facts, f) == 0 && api_put(f, "kind", json_string(kind)) &&
	        api_put(f, "label", api_text(label)) && (!key || api_put(f, key, api_text(extra)));
	return json_array_size(m->facts) - 1;
}

/* {"text", "fact"} of a value with its spans, as a new fact (see fact); null without text. */
static json_t *value(marker *m, const char *kind, const readout_value *v, const char *key, const char *extra)
{
	if (!v->text)
		return json_null();
	size_t id = fact(m, kind, v->text, key, extra);
	add_spans(m, id, v->spans, v->nspans);
	return json_pack("{s:o,s:I}", "text", api_text(v->text), "fact", (json_int_t)id);
}

static json_t *role(marker *m, const char *name, const readout_value *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n && a; i++)
		m->ok = m->ok && json_array_append_new(a, value(m, "role", &v[i], "role", name)) == 0;
	return a;
}

static json_t *events(marker *m, const readout_record *rec)
{
	static const char *const fields[] = {"date", "host", "place", "level", "type", "format", "size", "duration", "subject"};
	json_t *list = json_array();
	for (size_t i = 0; i < rec->nevents && list; i++) {
		const readout_event *e = &rec->events[i];
		const readout_value *vals[] = {&e->date, &e->host, &e->place, &e->level, &e->type,
		                               &e->format, &e->size, &e->duration, &e->subject};
		json_t *o = json_object();
		m->ok = m->ok && o && json_array_append_new(list, o) == 0;
		char label[32];
		snprintf(label, sizeof label, "event %zu", i + 1);
		size_t id = fact(m, "event", label, NULL, NULL);
		add_spans(m, id, &e->span, 1);
		m->ok = m->ok && api_put(o, "fact", json_integer((json_int_t)id));
		for (size_t k = 0; k < sizeof fields / sizeof *fields && m->ok; k++)
			m->ok = api_put(o, fields[k], value(m, fields[k], vals[k], NULL, NULL));
		m->ok = m->ok && api_put(o, "date_partial", api_text(e->date_partial)) &&
		        api_put(o, "presided", role(m, "presided", e->presided, e->npresided)) &&
		        api_put(o, "spoke", role(m, "spoke", e->spoke, e->nspoke)) &&
		        api_put(o, "attended", role(m, "attended", e->attended, e->nattended));
	}
	return list;
}

static json_t *people(marker *m, const readout_record *rec)
{
	json_t *list = json_array();
	for (size_t i = 0; i < rec->npeople && list; i++) {
		const readout_person *p = &rec->people[i];
		size_t id = fact(m, "person", p->name, NULL, NULL);
		add_spans(m, id, p->mentions, p->nmentions);
		json_t *titles = json_array();
		for (size_t k = 0; k < p->ntitles && titles; k++)
			m->ok = m->ok && json_array_append_new(titles, value(m, "title", &p->titles[k], "person", p->name)) == 0;
		json_t *o = json_pack("{s:o,s:I,s:o}", "name", api_text(p->name), "fact", (json_int_t)id, "titles", titles);
		m->ok = m->ok && o && json_array_append_new(list, o) == 0;
	}
	return list;
}

static json_t *formulations(marker *m, const readout_record *rec)
{
	json_t *list = json_array();
	for (size_t i = 0; i < rec->nformulations && list; i++) {
		const readout_formulation *f = &rec->formulations[i];
		size_t id = fact(m, "formulation", f->label, "zh", f->zh);
		add_spans(m, id, f->spans, f->nspans);
		json_t *forms = json_array();
		for (size_t k = 0; k < f->nforms && forms; k++)
			m->ok = m->ok && json_array_append_new(forms, api_text(f->forms[k])) == 0;
		const char *cue = readout_cue_name(f->cue);
		json_t *o = json_pack("{s:o,s:o,s:o,s:I,s:o,s:o,s:I}", "label", api_text(f->label), "zh", api_text(f->zh),
		                      "pinyin", api_text(f->pinyin), "count", (json_int_t)f->count, "cue", api_text(cue), "forms",
		                      forms, "fact", (json_int_t)id);
		m->ok = m->ok && o && json_array_append_new(list, o) == 0;
	}
	return list;
}

static int by_start(const void *a, const void *b)
{
	const mark *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

static int by_value(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* The pieces: the text cut at every mark's edges, each with the facts of the marks over it. */
static json_t *segments(marker *m)
{
	json_t *list = json_array();
	size_t *cuts = malloc((2 * m->nmarks + 2) * sizeof *cuts), *active = malloc((m->nmarks + 1) * sizeof *active);
	if (!list || !cuts || !active) {
		free(cuts);
		free(active);
		json_decref(list);
		return NULL;
	}
	size_t ncuts = 0, nactive = 0, next = 0;
	cuts[ncuts++] = 0;
	cuts[ncuts++] = m->len;
	for (size_t i = 0; i < m->nmarks; i++) {
		cuts[ncuts++] = m->marks[i].start;
		cuts[ncuts++] = m->marks[i].end;
	}
	qsort(cuts, ncuts, sizeof *cuts, by_value);
	qsort(m->marks, m->nmarks, sizeof *m->marks, by_start);
	for (size_t i = 0; i + 1 < ncuts && m->ok; i++) {
		size_t a = cuts[i], b = cuts[i + 1];
		if (a == b)
			continue;
		for (size_t k = 0; k < nactive;) /* marks ended: out */
			if (m->marks[active[k]].end <= a)
				active[k] = active[--nactive];
			else
				k++;
		while (next < m->nmarks && m->marks[next].start <= a) /* marks begun: in */
			active[nactive++] = next++;
		json_t *piece = api_textn(m->text + a, b - a);
		if (nactive && piece) {
			json_t *ids = json_array();
			for (size_t k = 0; k < nactive && json_array_size(ids) < FACTS_PER_PIECE && ids; k++) {
				json_t *id = json_integer((json_int_t)m->marks[active[k]].fact);
				bool seen = false;
				for (size_t j = 0; j < json_array_size(ids) && !seen; j++)
					seen = json_equal(json_array_get(ids, j), id);
				if (seen)
					json_decref(id);
				else
					m->ok = m->ok && json_array_append_new(ids, id) == 0;
			}
			piece = json_pack("{s:o,s:o}", "t", piece, "f", ids);
		}
		m->ok = m->ok && piece && json_array_append_new(list, piece) == 0;
	}
	free(cuts);
	free(active);
	return list;
}

int api_marks(json_t *out, const char *text, size_t len, const readout_record *rec)
{
	/* each object is out's as soon as it is made, so that a failure leaves nothing behind */
	json_t *facts = json_array(), *record = json_object(), *warnings = json_array();
	int ok = api_put(out, "facts", facts) & api_put(out, "record", record) & api_put(record, "warnings", warnings);
	marker m = {text ? text : "", text ? len : 0, facts, malloc(API_MARKS * sizeof(mark)), 0, 0, ok};
	m.ok = m.ok && m.marks && api_put(record, "published", api_text(rec->published)) &&
	       api_put(record, "events", events(&m, rec)) && api_put(record, "people", people(&m, rec)) &&
	       api_put(record, "formulations", formulations(&m, rec));
	for (size_t i = 0; i < rec->nwarnings && m.ok; i++)
		m.ok = json_array_append_new(warnings, api_text(rec->warnings[i])) == 0;
	m.ok = m.ok && api_put(out, "segments", segments(&m)) && api_put(out, "marks_cut", json_integer((json_int_t)m.left_out));
	free(m.marks);
	return m.ok ? 0 : READOUT_ENOMEM;
}
