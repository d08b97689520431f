/* record_read.c — reading readout's own JSON output back into a record, so extraction can
 * run anywhere (sharded, on other machines) and `readout ingest --from-extracted` stores the
 * results. Parsing is jansson's; the record's memory is one arena owned by readout_parsed. */
#include "readout/extract.h"
#include "util/arena.h"
#include "util/error.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

typedef struct pctx {
	arena a;
	const char *err;
} pctx;

static const char *str_or_null(pctx *c, json_t *v)
{
	if (!json_is_string(v))
		return NULL;
	return arena_strndup(&c->a, json_string_value(v), json_string_length(v));
}

static readout_span *spans_of(pctx *c, json_t *arr, size_t *n)
{
	*n = 0;
	if (!json_is_array(arr))
		return NULL;
	size_t cnt = json_array_size(arr);
	readout_span *s = arena_alloc(&c->a, (cnt ? cnt : 1) * sizeof *s);
	if (!s)
		return NULL;
	for (size_t i = 0; i < cnt; i++) {
		json_t *pair = json_array_get(arr, i);
		if (json_is_array(pair) && json_array_size(pair) == 2 && json_is_integer(json_array_get(pair, 0)))
			s[(*n)++] = (readout_span){(uint32_t)json_integer_value(json_array_get(pair, 0)),
			                           (uint32_t)json_integer_value(json_array_get(pair, 1))};
	}
	return s;
}

static int value_of(pctx *c, readout_value *v, json_t *text, json_t *spans)
{
	memset(v, 0, sizeof *v);
	if (text && !json_is_null(text) && !json_is_string(text)) {
		c->err = "a field that should be a string is not";
		return -1;
	}
	/* a value may have spans without text: an event date known only as month and day
	 * ("date": null, "date_partial": "--10-24") keeps the span of its words */
	v->spans = spans_of(c, spans, &v->nspans);
	if (!text || json_is_null(text))
		return 0;
	v->text = str_or_null(c, text);
	return v->text ? 0 : -1;
}

static int names_of(pctx *c, readout_value **out, size_t *n, json_t *arr, json_t *spans)
{
	*n = 0;
	size_t cnt = json_is_array(arr) ? json_array_size(arr) : 0;
	*out = arena_alloc(&c->a, (cnt ? cnt : 1) * sizeof **out);
	if (!*out)
		return -1;
	for (size_t i = 0; i < cnt; i++)
		if (value_of(c, &(*out)[(*n)++], json_array_get(arr, i), json_is_array(spans) ? json_array_get(spans, i) : NULL))
			return -1;
	return 0;
}

static int people_of(pctx *c, readout_record *r, json_t *arr)
{
	size_t cnt = json_array_size(arr);
	r->people = arena_alloc(&c->a, (cnt ? cnt : 1) * sizeof *r->people);
	if (!r->people)
		return -1;
	for (size_t i = 0; i < cnt; i++) {
		json_t *p = json_array_get(arr, i);
		readout_person *o = &r->people[r->npeople++];
		o->name = str_or_null(c, json_object_get(p, "name"));
		if (!o->name) {
			c->err = "a person without a name";
			return -1;
		}
		if (names_of(c, &o->titles, &o->ntitles, json_object_get(p, "titles"), json_object_get(p, "title_spans")))
			return -1;
		o->mentions = spans_of(c, json_object_get(p, "spans"), &o->nmentions);
	}
	return 0;
}

static int events_of(pctx *c, readout_record *r, json_t *arr)
{
	size_t cnt = json_array_size(arr);
	r->events = arena_alloc(&c->a, (cnt ? cnt : 1) * sizeof *r->events);
	if (!r->events)
		return -1;
	static const char *const fields[] = {"date", "host", "place", "level", "type", "format", "size", "duration", "subject"};
	for (size_t i = 0; i < cnt; i++) {
		json_t *e = json_array_get(arr, i);
		json_t *sp = json_object_get(e, "spans");
		readout_event *o = &r->events[r->nevents++];
		readout_value *vals[] = {&o->date, &o->host, &o->place, &o->level, &o->type, &o->format, &o->size, &o->duration, &o->subject};
		for (size_t f = 0; f < sizeof fields / sizeof *fields; f++)
			if (value_of(c, vals[f], json_object_get(e, fields[f]), json_object_get(sp, fields[f])))
				return -1;
		o->date_partial = str_or_null(c, json_object_get(e, "date_partial"));
		json_t *espan = json_object_get(sp, "event");
		if (json_is_array(espan) && json_array_size(espan) == 2)
			o->span = (readout_span){(uint32_t)json_integer_value(json_array_get(espan, 0)),
			                         (uint32_t)json_integer_value(json_array_get(espan, 1))};
		if (names_of(c, &o->presided, &o->npresided, json_object_get(e, "presided"), json_object_get(sp, "presided")) ||
		    names_of(c, &o->spoke, &o->nspoke, json_object_get(e, "spoke"), json_object_get(sp, "spoke")) ||
		    names_of(c, &o->attended, &o->nattended, json_object_get(e, "attended"), json_object_get(sp, "attended")))
			return -1;
	}
	return 0;
}

static int formulations_of(pctx *c, readout_record *r, json_t *arr)
{
	size_t cnt = json_array_size(arr);
	r->formulations = arena_alloc(&c->a, (cnt ? cnt : 1) * sizeof *r->formulations);
	if (!r->formulations)
		return -1;
	for (size_t i = 0; i < cnt; i++) {
		json_t *f = json_array_get(arr, i);
		readout_formulation *o = &r->formulations[r->nformulations++];
		o->label = str_or_null(c, json_object_get(f, "label"));
		o->zh = str_or_null(c, json_object_get(f, "zh"));
		o->pinyin = str_or_null(c, json_object_get(f, "pinyin"));
		json_t *forms = json_object_get(f, "forms");
		size_t nf = json_is_array(forms) ? json_array_size(forms) : 0;
		o->forms = arena_alloc(&c->a, (nf ? nf : 1) * sizeof *o->forms);
		if (!o->forms)
			return -1;
		for (size_t k = 0; k < nf; k++)
			if ((o->forms[o->nforms] = str_or_null(c, json_array_get(forms, k))))
				o->nforms++;
		json_t *count = json_object_get(f, "count");
		o->count = json_is_integer(count) ? (size_t)json_integer_value(count) : 0;
		o->spans = spans_of(c, json_object_get(f, "spans"), &o->nspans);
	}
	return 0;
}

int readout_record_parse(readout_parsed **out, const char *json, size_t len)
{
	*out = NULL;
	json_error_t jerr;
	json_t *root = json_loadb(json, len, 0, &jerr);
	if (!root)
		return readout_error__set(READOUT_EINVALID, "malformed JSON: %s", jerr.text);
	int rc = 0;
	readout_parsed *p = calloc(1, sizeof *p);
	pctx *c = calloc(1, sizeof *c);
	if (!p || !c) {
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
		goto fail;
	}
	arena_init(&c->a, 0);
	p->priv = c;
	json_t *id = json_object_get(root, "id"), *hash = json_object_get(root, "hash"), *text = json_object_get(root, "text");
	if (!json_is_object(root) || !json_is_string(id) || !json_is_string(hash) || json_string_length(hash) != 32) {
		rc = readout_error__set(READOUT_EINVALID, "not a readout record: needs \"id\" and a 32-digit \"hash\"");
		goto fail;
	}
	p->id = (char *)str_or_null(c, id);
	memcpy(p->record.hash, json_string_value(hash), 33);
	if (json_is_string(text)) {
		p->text = (char *)str_or_null(c, text);
		p->len = json_string_length(text);
	}
	p->record.published = str_or_null(c, json_object_get(root, "published"));
	if (people_of(c, &p->record, json_object_get(root, "people")) ||
	    events_of(c, &p->record, json_object_get(root, "events")) ||
	    formulations_of(c, &p->record, json_object_get(root, "formulations"))) {
		rc = readout_error__set(c->err ? READOUT_EINVALID : READOUT_ENOMEM, "%s", c->err ? c->err : "out of memory");
		goto fail;
	}
	json_decref(root);
	*out = p;
	return 0;
fail:
	json_decref(root);
	readout_parsed_free(p);
	if (!p && c)
		free(c);
	return rc;
}

void readout_parsed_free(readout_parsed *p)
{
	if (!p)
		return;
	pctx *c = p->priv;
	if (c) {
		arena_dispose(&c->a);
		free(c);
	}
	free(p);
}
