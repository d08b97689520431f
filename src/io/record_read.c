/* record_read.c — reading readout's own JSON output back into a record, so extraction can
 * run anywhere (sharded, on other machines) and `readout ingest --from-extracted` stores the
 * results. Parsing is jansson's; the record's memory is one arena owned by readout_parsed.
 * The input is untrusted: everything readout could not have written is refused with a reason
 * (a hash that is not the text's, a span outside it, a negative count, an unbounded field). */
#include "readout/extract.h"
#include "util/arena.h"
#include "util/error.h"
#include "util/hash.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What readout writes is bounded, so a record that is not, is not readout's. */
enum {
	ID_MAX = 4096,          /* an id: a file name or a JSON Lines id */
	FIELD_MAX = 65536,      /* a name, title, place, label or form */
	META_MAX = 1 << 20,     /* the input's metadata, as compact JSON */
	WARNINGS_MAX = 64,
	COUNT_MAX = 1 << 30     /* a formulation's occurrences */
};

typedef struct pctx {
	arena a;
	const char *err;        /* why the record is refused, or NULL (then: out of memory) */
	char msg[160];
	uint64_t span_limit;    /* spans end at or before this: the text's length when it has one */
} pctx;

static int refuse(pctx *c, const char *fmt, const char *what)
{
	snprintf(c->msg, sizeof c->msg, fmt, what);
	c->err = c->msg;
	return -1;
}

/* A string member, or NULL when absent or null: copied, at most max bytes, without NUL. */
static int string_of(pctx *c, json_t *v, const char *what, size_t max, const char **out)
{
	*out = NULL;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_string(v))
		return refuse(c, "\"%s\" is not a string", what);
	size_t n = json_string_length(v);
	if (n > max)
		return refuse(c, "\"%s\" is too long for a readout record", what);
	if (memchr(json_string_value(v), '\0', n))
		return refuse(c, "\"%s\" has a NUL character", what);
	if (!(*out = arena_strndup(&c->a, json_string_value(v), n)))
		return -1;
	return 0;
}

/* An array member, or none (size 0) when absent or null. */
static int array_of(pctx *c, json_t *v, const char *what, size_t *n)
{
	*n = 0;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_array(v))
		return refuse(c, "\"%s\" is not a list", what);
	*n = json_array_size(v);
	return 0;
}

/* A list of strings (forms, warnings), at most max of them. */
static int strings_of(pctx *c, json_t *arr, const char *what, size_t max, const char ***out, size_t *n)
{
	size_t cnt;
	*n = 0;
	if (array_of(c, arr, what, &cnt))
		return -1;
	if (cnt > max)
		return refuse(c, "\"%s\" is too long for a readout record", what);
	if (!(*out = arena_alloc(&c->a, (cnt ? cnt : 1) * sizeof **out)))
		return -1;
	for (size_t i = 0; i < cnt; i++) {
		if (!json_is_string(json_array_get(arr, i)))
			return refuse(c, "an entry of \"%s\" is not a string", what);
		if (string_of(c, json_array_get(arr, i), what, FIELD_MAX, &(*out)[(*n)++]))
			return -1;
	}
	return 0;
}

/* [start, end]: integers with 0 <= start <= end <= the text's length. */
static int span_of(pctx *c, json_t *pair, const char *what, readout_span *out)
{
	json_t *a = json_array_get(pair, 0), *b = json_array_get(pair, 1);
	if (!json_is_array(pair) || json_array_size(pair) != 2 || !json_is_integer(a) || !json_is_integer(b))
		return refuse(c, "a span of \"%s\" is not [start, end]", what);
	json_int_t s = json_integer_value(a), e = json_integer_value(b);
	if (s < 0 || s > e || (uint64_t)e > c->span_limit)
		return refuse(c, "a span of \"%s\" is not within the text", what);
	*out = (readout_span){(uint32_t)s, (uint32_t)e};
	return 0;
}

static int spans_of(pctx *c, json_t *arr, const char *what, readout_span **out, size_t *n)
{
	size_t cnt;
	*out = NULL;
	*n = 0;
	if (array_of(c, arr, what, &cnt))
		return -1;
	if (!(*out = arena_alloc(&c->a, (cnt ? cnt : 1) * sizeof **out)))
		return -1;
	for (size_t i = 0; i < cnt; i++)
		if (span_of(c, json_array_get(arr, i), what, &(*out)[(*n)++]))
			return -1;
	return 0;
}

static int value_of(pctx *c, readout_value *v, json_t *text, json_t *spans, const char *what)
{
	memset(v, 0, sizeof *v);
	/* a value may have spans without text: an event date known only as month and day
	 * ("date": null, "date_partial": "--10-24") keeps the span of its words */
	return string_of(c, text, what, FIELD_MAX, &v->text) || spans_of(c, spans, what, &v->spans, &v->nspans);
}

/* A list of names (or titles), each with its list of spans in the parallel array spans. */
static int names_of(pctx *c, readout_value **out, size_t *n, json_t *arr, json_t *spans, const char *what)
{
	size_t cnt, nspans;
	*n = 0;
	if (array_of(c, arr, what, &cnt) || array_of(c, spans, what, &nspans))
		return -1;
	if (!(*out = arena_alloc(&c->a, (cnt ? cnt : 1) * sizeof **out)))
		return -1;
	for (size_t i = 0; i < cnt; i++) {
		json_t *name = json_array_get(arr, i);
		if (!json_is_string(name))
			return refuse(c, "an entry of \"%s\" is not a string", what);
		if (value_of(c, &(*out)[(*n)++], name, i < nspans ? json_array_get(spans, i) : NULL, what))
			return -1;
	}
	return 0;
}

static int people_of(pctx *c, readout_record *r, json_t *arr)
{
	size_t cnt;
	if (array_of(c, arr, "people", &cnt) || !(r->people = arena_alloc(&c->a, (cnt ? cnt : 1) * sizeof *r->people)))
		return -1;
	for (size_t i = 0; i < cnt; i++) {
		json_t *p = json_array_get(arr, i);
		readout_person *o = &r->people[r->npeople++];
		if (!json_is_object(p))
			return refuse(c, "an entry of \"%s\" is not an object", "people");
		if (string_of(c, json_object_get(p, "name"), "name", FIELD_MAX, &o->name))
			return -1;
		if (!o->name)
			return refuse(c, "a person without a %s", "name");
		if (names_of(c, &o->titles, &o->ntitles, json_object_get(p, "titles"), json_object_get(p, "title_spans"),
		             "titles") ||
		    spans_of(c, json_object_get(p, "spans"), "spans", &o->mentions, &o->nmentions))
			return -1;
	}
	return 0;
}

static int events_of(pctx *c, readout_record *r, json_t *arr)
{
	size_t cnt;
	if (array_of(c, arr, "events", &cnt) || !(r->events = arena_alloc(&c->a, (cnt ? cnt : 1) * sizeof *r->events)))
		return -1;
	static const char *const fields[] = {"date", "host", "place", "level", "type", "format", "size", "duration", "subject"};
	for (size_t i = 0; i < cnt; i++) {
		json_t *e = json_array_get(arr, i);
		json_t *sp = json_object_get(e, "spans");
		readout_event *o = &r->events[r->nevents++];
		if (!json_is_object(e))
			return refuse(c, "an entry of \"%s\" is not an object", "events");
		if (sp && !json_is_null(sp) && !json_is_object(sp))
			return refuse(c, "\"%s\" of an event is not an object", "spans");
		readout_value *vals[] = {&o->date, &o->host, &o->place, &o->level, &o->type, &o->format, &o->size, &o->duration, &o->subject};
		for (size_t f = 0; f < sizeof fields / sizeof *fields; f++)
			if (value_of(c, vals[f], json_object_get(e, fields[f]), json_object_get(sp, fields[f]), fields[f]))
				return -1;
		if (string_of(c, json_object_get(e, "date_partial"), "date_partial", FIELD_MAX, &o->date_partial))
			return -1;
		json_t *espan = json_object_get(sp, "event");
		if (espan && !json_is_null(espan) && span_of(c, espan, "event", &o->span))
			return -1;
		if (names_of(c, &o->presided, &o->npresided, json_object_get(e, "presided"), json_object_get(sp, "presided"),
		             "presided") ||
		    names_of(c, &o->spoke, &o->nspoke, json_object_get(e, "spoke"), json_object_get(sp, "spoke"), "spoke") ||
		    names_of(c, &o->attended, &o->nattended, json_object_get(e, "attended"), json_object_get(sp, "attended"),
		             "attended"))
			return -1;
	}
	return 0;
}

static int formulations_of(pctx *c, readout_record *r, json_t *arr)
{
	size_t cnt;
	if (array_of(c, arr, "formulations", &cnt) ||
	    !(r->formulations = arena_alloc(&c->a, (cnt ? cnt : 1) * sizeof *r->formulations)))
		return -1;
	for (size_t i = 0; i < cnt; i++) {
		json_t *f = json_array_get(arr, i);
		readout_formulation *o = &r->formulations[r->nformulations++];
		if (!json_is_object(f))
			return refuse(c, "an entry of \"%s\" is not an object", "formulations");
		json_t *count = json_object_get(f, "count");
		if (string_of(c, json_object_get(f, "label"), "label", FIELD_MAX, &o->label) ||
		    string_of(c, json_object_get(f, "zh"), "zh", FIELD_MAX, &o->zh) ||
		    string_of(c, json_object_get(f, "pinyin"), "pinyin", FIELD_MAX, &o->pinyin) ||
		    strings_of(c, json_object_get(f, "forms"), "forms", SIZE_MAX, &o->forms, &o->nforms))
			return -1;
		/* readout writes the occurrences as a count: negative or fractional is not one */
		if (count && !json_is_null(count) &&
		    (!json_is_integer(count) || json_integer_value(count) < 0 || json_integer_value(count) > COUNT_MAX))
			return refuse(c, "\"%s\" of a formulation is not a number of occurrences", "count");
		o->count = json_is_integer(count) ? (size_t)json_integer_value(count) : 0;
		if (spans_of(c, json_object_get(f, "spans"), "spans", &o->spans, &o->nspans))
			return -1;
		/* records written before cues were kept have none: 0, how it was found unknown */
		json_t *cue = json_object_get(f, "cue");
		if (cue && !json_is_null(cue)) {
			const char *name = json_string_value(cue);
			for (int q = READOUT_CUE_QUOTED; q <= READOUT_CUE_LEXICON && name; q++)
				if (strcmp(name, readout_cue_name(q)) == 0)
					o->cue = q;
			if (!o->cue)
				return refuse(c, "\"%s\" of a formulation is not quoted, numbered or lexicon", "cue");
		}
	}
	return 0;
}

/* The record's warnings, kept as lines (a repaired-bytes warning among them). */
static int warnings_of(pctx *c, readout_record *r, json_t *arr)
{
	size_t n;
	if (strings_of(c, arr, "warnings", WARNINGS_MAX, &r->warnings, &n))
		return -1;
	r->nwarnings = n;
	if (!n)
		r->warnings = NULL; /* as the extractor leaves a record without warnings */
	return 0;
}

/* 32 lower-case hex digits, as readout_store_hash writes them. */
static bool is_hash(const char *h, size_t n)
{
	if (n != 32)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((h[i] >= '0' && h[i] <= '9') || (h[i] >= 'a' && h[i] <= 'f')))
			return false;
	return true;
}

/* "meta": an object, or none when absent or null; kept as compact JSON. */
static int meta_of(pctx *c, readout_parsed *p, json_t *v)
{
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_object(v))
		return refuse(c, "\"%s\" is not an object", "meta");
	char *dump = json_dumps(v, JSON_COMPACT);
	if (!dump)
		return -1;
	size_t n = strlen(dump);
	if (n <= META_MAX)
		p->meta = arena_strndup(&c->a, dump, n);
	free(dump);
	if (n > META_MAX)
		return refuse(c, "\"%s\" is too long for a readout record", "meta");
	if (!p->meta)
		return -1;
	p->meta_len = n;
	return 0;
}

/* The record's top level: id, hash and text checked before anything that refers to them. */
static int record_of(pctx *c, readout_parsed *p, json_t *root)
{
	json_t *id = json_object_get(root, "id"), *hash = json_object_get(root, "hash"), *text = json_object_get(root, "text");
	if (!json_is_object(root) || !json_is_string(id) || !json_is_string(hash))
		return refuse(c, "not a readout record: needs \"id\" and \"%s\"", "hash");
	if (!is_hash(json_string_value(hash), json_string_length(hash)))
		return refuse(c, "\"%s\" is not 32 lower-case hex digits", "hash");
	memcpy(p->record.hash, json_string_value(hash), 33);
	if (string_of(c, id, "id", ID_MAX, (const char **)&p->id) ||
	    string_of(c, text, "text", SIZE_MAX, (const char **)&p->text) ||
	    string_of(c, json_object_get(root, "published"), "published", FIELD_MAX, &p->record.published) ||
	    meta_of(c, p, json_object_get(root, "meta")))
		return -1;
	c->span_limit = UINT32_MAX;
	if (p->text) {
		p->len = json_string_length(text);
		if (p->len > UINT32_MAX)
			return refuse(c, "\"%s\" is too long for a readout record", "text");
		/* the store keys documents by this hash: another text under it would take the place
		 * of the document it names */
		char actual[33];
		readout_store_hash(actual, p->text, p->len);
		if (strcmp(actual, p->record.hash) != 0)
			return refuse(c, "\"hash\" is not the hash of its \"%s\" (edited after extraction?)", "text");
		c->span_limit = p->len;
	}
	return people_of(c, &p->record, json_object_get(root, "people")) ||
	       events_of(c, &p->record, json_object_get(root, "events")) ||
	       formulations_of(c, &p->record, json_object_get(root, "formulations")) ||
	       warnings_of(c, &p->record, json_object_get(root, "warnings"));
}

int readout_record_parse(readout_parsed **out, const char *json, size_t len)
{
	*out = NULL;
	json_error_t jerr;
	json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
	if (!root)
		return readout_error__set(READOUT_EINVALID, "malformed JSON: %s", jerr.text);
	int rc = 0;
	readout_parsed *p = calloc(1, sizeof *p);
	pctx *c = calloc(1, sizeof *c);
	if (!p || !c) {
		free(c);
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
		goto fail;
	}
	arena_init(&c->a, 0);
	p->priv = c;
	if (record_of(c, p, root)) {
		rc = readout_error__set(c->err ? READOUT_EINVALID : READOUT_ENOMEM, "%s", c->err ? c->err : "out of memory");
		goto fail;
	}
	json_decref(root);
	*out = p;
	return 0;
fail:
	json_decref(root);
	readout_parsed_free(p);
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
