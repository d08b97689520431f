/* api.c — the API's routes (docs/api.md): each reads its parameters (checked by request.c),
 * asks the store's typed questions (readout/query.h, readout/reuse.h) one at a time, and
 * writes their rows as JSON objects keyed by column name. Formatting only: every answer is
 * the library's. */
#include "server/api.h"

#include "readout/error.h"
#include "readout/extract.h"
#include "readout/readout.h"
#include "readout/reuse.h"
#include "readout/store.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The library's error codes as HTTP statuses: the one table. A limit of the store reached
 * (rows, time, memory) is the question's fault, not the server's: 422. */
static const struct {
	int code, status;
} statuses[] = {
	{READOUT_EINVALID, 400}, {READOUT_ENOTFOUND, 404}, {READOUT_ETOOBIG, 422},
	{READOUT_EBUSY, 503},    {READOUT_ENOMEM, 503},    {READOUT_EIO, 500},
};

int api_status(int code)
{
	for (size_t i = 0; i < sizeof statuses / sizeof *statuses; i++)
		if (statuses[i].code == code)
			return statuses[i].status;
	return 500;
}

/* A refusal with its own reason; returns its status. */
static int refuse(api_call *a, int status, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int refuse(api_call *a, int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(a->message, sizeof a->message, fmt, ap);
	va_end(ap);
	return a->status = status;
}

/* A library error code, with the library's message; returns its status. */
static int fail(api_call *a, int code)
{
	const char *msg = readout_error_message();
	return refuse(a, api_status(code), "%s", code == READOUT_ENOMEM || !msg[0] ? readout_error_name(code) : msg);
}

static int out_of_memory(api_call *a)
{
	return fail(a, READOUT_ENOMEM);
}

static const char *param(const api_call *a, const char *name)
{
	return request_get(a->rq, name);
}

/* The filters the call's parameters give (each route's table says which it takes). */
static readout_query query_of(const api_call *a)
{
	readout_query q = {0};
	q.place = param(a, "place");
	q.title = param(a, "title");
	q.level = param(a, "level");
	q.type = param(a, "type");
	q.subject = param(a, "subject");
	q.from = param(a, "from");
	q.to = param(a, "to");
	q.by = param(a, "by");
	q.person = param(a, "person");
	q.formulation = param(a, "formulation");
	return q;
}

/* Puts the rows of a question (its code rc and cursor *cp, which this frees: pass the address,
 * as the question that sets it is an argument of the same call) under key: at most max (0:
 * all), "more" set when max left some out, "<key>_cut" when a cap inside the question did.
 * Returns 0 or the call's status. */
static int put_rows(api_call *a, json_t *out, const char *key, int rc, readout_cursor **cp, size_t max)
{
	if (rc)
		return fail(a, rc);
	readout_cursor *c = *cp;
	json_t *rows;
	int more = 0;
	rc = api_rows(&rows, c, max, &more);
	readout_cut cut = readout_cursor_cut(c);
	readout_cursor_free(c);
	if (rc)
		return fail(a, rc);
	if (!api_put(out, key, rows) || (max && !api_put(out, "more", json_boolean(more))))
		return out_of_memory(a);
	char cut_key[64];
	snprintf(cut_key, sizeof cut_key, "%s_cut", key);
	return !cut.total || api_put(out, cut_key, api_cut(cut)) ? 0 : out_of_memory(a);
}

/* ---- the routes ---- */

static int info(api_call *a, json_t *out)
{
	readout_store_counts n;
	int rc = readout_store_counts_get(&n, a->st);
	if (rc)
		return fail(a, rc);
	json_t *levels = json_array(), *routes = json_array();
	int ok = api_put(out, "levels", levels) & api_put(out, "routes", routes);
	for (size_t i = 0; ok && readout_level_name(i); i++)
		ok = json_array_append_new(levels, json_string(readout_level_name(i))) == 0;
	for (size_t i = 0; ok && i < API_ROUTES; i++)
		ok = json_array_append_new(routes, json_string(request_route_name((api_route)i))) == 0;
	ok = ok && api_put(out, "version", json_string(READOUT_VERSION)) &&
	     api_put(out, "backend", json_string(readout_store_backend(a->st))) &&
	     api_put(out, "counts", json_pack("{sIsIsIsIsIsI}", "documents", (json_int_t)n.documents, "events",
	                                      (json_int_t)n.events, "persons", (json_int_t)n.persons, "titles",
	                                      (json_int_t)n.titles, "roles", (json_int_t)n.roles, "formulations",
	                                      (json_int_t)n.formulations));
	return ok ? 0 : out_of_memory(a);
}

static int search(api_call *a, json_t *out)
{
	readout_query q = query_of(a);
	long page = request_count(a->rq, "page", 1), per_page = request_count(a->rq, "per_page", 20);
	q.limit = (size_t)per_page;
	q.offset = (size_t)((page - 1) * per_page);
	readout_cursor *c;
	int64_t total;
	int more;
	int rc = put_rows(a, out, "results", readout_store_search_page(&c, &total, &more, a->st, param(a, "q"), &q, API_COUNT_MAX),
	                  &c, 0);
	if (rc)
		return rc;
	return api_put(out, "total", json_integer((json_int_t)total)) && api_put(out, "total_more", json_boolean(more)) &&
	               api_put(out, "page", json_integer(page)) && api_put(out, "per_page", json_integer(per_page))
	           ? 0
	           : out_of_memory(a);
}

/* A link for an address: only http and https, so that a stored "javascript:" address is shown
 * as text and never followed. */
static json_t *link_of(const char *url)
{
	if (url && (!strncasecmp(url, "http://", 7) || !strncasecmp(url, "https://", 8)))
		return api_text(url);
	return json_null();
}

/* One stored document (a row of readout_store_document) for the document page. */
static int document_of(api_call *a, json_t *doc, const readout_answer *t, size_t row)
{
	static const char *const columns[] = {"document", "hash", "origin", "published", "date", "place", "province",
	                                      "level", "url"};
	int ok = 1;
	for (size_t i = 0; i < sizeof columns / sizeof *columns && ok; i++) {
		int k = readout_answer_column(t, columns[i]);
		ok = k >= 0 && api_put(doc, columns[i], api_cell(readout_answer_cell(t, row, (size_t)k)));
	}
	const readout_cell *url = readout_answer_cell(t, row, (size_t)readout_answer_column(t, "url"));
	const readout_cell *meta = readout_answer_cell(t, row, (size_t)readout_answer_column(t, "meta"));
	const readout_cell *record = readout_answer_cell(t, row, (size_t)readout_answer_column(t, "record"));
	const readout_cell *text = readout_answer_cell(t, row, (size_t)readout_answer_column(t, "text"));
	ok = ok && api_put(doc, "link", link_of(url->type == READOUT_TYPE_TEXT ? url->s : NULL));
	/* the input's metadata as it was, and its title when it has one */
	json_t *m = meta->type == READOUT_TYPE_TEXT ? json_loads(meta->s, 0, NULL) : NULL;
	if (m && !json_is_object(m)) {
		json_decref(m);
		m = NULL;
	}
	json_t *title = m ? json_object_get(m, "title") : NULL;
	ok = ok && api_put(doc, "title", json_is_string(title) ? json_incref(title) : json_null()) &&
	     api_put(doc, "meta", m ? m : json_null());
	if (!ok)
		return out_of_memory(a);
	const char *s = text->type == READOUT_TYPE_TEXT ? text->s : NULL;
	size_t len = s ? strlen(s) : 0;
	readout_parsed *p = NULL;
	int rc = record->type == READOUT_TYPE_TEXT ? readout_record_parse(&p, record->s, strlen(record->s)) : READOUT_EINVALID;
	if (rc) {
		/* the text without its facts, and why */
		const char *why = readout_error_message();
		json_t *segments = json_array();
		ok = api_put(doc, "record_error", api_text(why[0] ? why : "no record")) && api_put(doc, "segments", segments) &&
		     (!s || json_array_append_new(segments, api_textn(s, len)) == 0);
		return ok ? 0 : out_of_memory(a);
	}
	rc = api_marks(doc, s, len, &p->record);
	readout_parsed_free(p);
	return rc ? fail(a, rc) : 0;
}

static int document(api_call *a, json_t *out)
{
	readout_cursor *c;
	int rc = readout_store_document(&c, a->st, param(a, "id"));
	if (rc)
		return fail(a, rc);
	readout_answer *t = NULL;
	rc = readout_answer_read(&t, c);
	readout_cursor_free(c);
	if (rc)
		return fail(a, rc);
	json_t *docs = json_array();
	int status = api_put(out, "documents", docs) ? 0 : out_of_memory(a);
	for (size_t i = 0; i < t->nrows && !status; i++) {
		json_t *doc = json_object();
		status = json_array_append_new(docs, doc) == 0 ? document_of(a, doc, t, i) : out_of_memory(a);
	}
	readout_answer_free(t);
	return status;
}

static int people(api_call *a, json_t *out)
{
	readout_query q = query_of(a);
	size_t limit = (size_t)request_count(a->rq, "limit", 50);
	q.limit = limit + 1; /* one more: whether there are more */
	readout_cursor *c;
	return put_rows(a, out, "people", readout_store_people(&c, a->st, &q), &c, limit);
}

/* Every part of a person's profile, for the person page. */
static int person_parts(api_call *a, json_t *out, int64_t id)
{
	readout_cursor *c;
	int rc;
	size_t events = (size_t)request_count(a->rq, "events", READOUT_PERSON_EVENTS);
	size_t colisted = (size_t)request_count(a->rq, "colisted", READOUT_COLISTED);
	if ((rc = put_rows(a, out, "career", readout_store_person_career(&c, a->st, id), &c, 0)) ||
	    (rc = put_rows(a, out, "titles", readout_store_person_titles(&c, a->st, id), &c, 0)) ||
	    (rc = put_rows(a, out, "events", readout_store_person_events(&c, a->st, id, events), &c, 0)) ||
	    (rc = put_rows(a, out, "colisted", readout_store_person_colisted(&c, a->st, id, colisted), &c, 0)) ||
	    (rc = put_rows(a, out, "order", readout_store_person_order(&c, a->st, id), &c, 0)))
		return rc;
	return 0;
}

/* The rows of an answer held whole, as objects. */
static json_t *answer_rows(const readout_answer *t)
{
	json_t *rows = json_array();
	for (size_t i = 0; i < t->nrows && rows; i++)
		if (json_array_append_new(rows, api_row(t->cols, t->ncols, &t->cells[i * t->ncols])) != 0) {
			json_decref(rows);
			rows = NULL;
		}
	return rows;
}

/* A question's rows held whole (its code rc and cursor *cp, which this frees; as put_rows). */
static int hold(api_call *a, readout_answer **t, int rc, readout_cursor **cp)
{
	*t = NULL;
	if (rc)
		return fail(a, rc);
	readout_cursor *c = *cp;
	rc = readout_answer_read(t, c);
	readout_cursor_free(c);
	return rc ? fail(a, rc) : 0;
}

static int person(api_call *a, json_t *out)
{
	readout_answer *who;
	readout_cursor *c;
	int rc = hold(a, &who, readout_store_person(&c, a->st, param(a, "name")), &c);
	if (rc)
		return rc;
	/* the id asked for, among the persons of the name; else the one in most documents (first) */
	const char *want = param(a, "id");
	int64_t id = 0;
	for (size_t i = 0; i < who->nrows && !id; i++) {
		int64_t v = readout_answer_cell(who, i, 0)->i;
		if (!want || v == strtoll(want, NULL, 10))
			id = v;
	}
	if (!id)
		rc = refuse(a, 404, "no person '%.100s' with id %s (%zu persons have that name)", param(a, "name"), want,
		            who->nrows);
	else if (!api_put(out, "persons", answer_rows(who)) || !api_put(out, "person_id", json_integer((json_int_t)id)))
		rc = out_of_memory(a);
	readout_answer_free(who);
	return rc ? rc : person_parts(a, out, id);
}

static int events(api_call *a, json_t *out)
{
	readout_query q = query_of(a);
	size_t limit = (size_t)request_count(a->rq, "limit", 500);
	readout_cursor *c;
	int rc;
	if ((rc = put_rows(a, out, "periods", readout_store_event_periods(&c, a->st, &q), &c, 0)) ||
	    (rc = put_rows(a, out, "places", readout_store_event_places(&c, a->st, &q), &c, 0)))
		return rc;
	q.limit = limit + 1;
	return put_rows(a, out, "events", readout_store_events(&c, a->st, &q), &c, limit);
}

static int formulations(api_call *a, json_t *out)
{
	readout_query q = query_of(a);
	size_t limit = (size_t)request_count(a->rq, "limit", 50);
	q.limit = limit + 1;
	readout_cursor *c;
	return put_rows(a, out, "formulations", readout_store_formulation_spans(&c, a->st, &q), &c, limit);
}

static int cascade(api_call *a, json_t *out)
{
	const char *subject = param(a, "subject");
	size_t per_level = (size_t)request_count(a->rq, "per_level", 500);
	readout_cursor *c;
	int rc = put_rows(a, out, "levels", readout_store_cascade_levels(&c, a->st, subject), &c, 0);
	return rc ? rc : put_rows(a, out, "events", readout_store_cascade_events(&c, a->st, subject, per_level), &c, 0);
}

static int reuse(api_call *a, json_t *out)
{
	size_t limit = (size_t)request_count(a->rq, "limit", 100);
	readout_reuse_query q = {.doc = param(a, "doc"), .limit = limit + 1};
	readout_cursor *c;
	json_t *pairs = json_object(), *passages = json_object();
	int rc = api_put(out, "pairs", pairs) & api_put(out, "passages", passages) ? 0 : out_of_memory(a);
	if (!rc)
		rc = put_rows(a, pairs, "rows", readout_reuse_list(&c, a->st, READOUT_REUSE_PAIRS, &q), &c, limit);
	if (!rc && q.doc) /* the passages of one document's pairs, both sides */
		rc = put_rows(a, passages, "rows", readout_reuse_list(&c, a->st, READOUT_REUSE_PASSAGES, &q), &c, limit);
	return rc;
}

/* The text of a row's cell in the named column, or NULL. */
static const char *text_at(const readout_answer *t, size_t row, const char *col)
{
	int k = readout_answer_column(t, col);
	const readout_cell *v = k < 0 ? NULL : readout_answer_cell(t, row, (size_t)k);
	return v && (v->type == READOUT_TYPE_TEXT || v->type == READOUT_TYPE_DATE) ? v->s : NULL;
}

/* Whether row of spans is a formulation the chart draws for `asked`: the one so named (label
 * or Chinese, any case) when there is one, else every one whose name contains it. */
static int picked(const readout_answer *spans, size_t row, const char *asked, int exact)
{
	const char *label = text_at(spans, row, "formulation"), *zh = text_at(spans, row, "zh");
	return !exact || (label && !strcasecmp(label, asked)) || (zh && !strcmp(zh, asked));
}

/* One line of the chart: a formulation's uses per period at one level (or all), with its first
 * and last use and totals from spans' row (-1: none at that level). */
static json_t *series_of(const char *asked, const char *level, const readout_answer *spans, long srow,
                         const char *label, const readout_answer *periods)
{
	json_t *s = json_object(), *points = json_array();
	int ok = api_put(s, "formulation", api_text(label)) && api_put(s, "asked", api_text(asked)) &&
	         api_put(s, "level", api_text(level)) && api_put(s, "points", points);
	static const char *const totals[] = {"zh", "first_seen", "last_seen", "uses", "documents"};
	for (size_t i = 0; i < sizeof totals / sizeof *totals && ok; i++) {
		int k = readout_answer_column(spans, totals[i]);
		ok = api_put(s, totals[i], srow < 0 || k < 0 ? json_null() : api_cell(readout_answer_cell(spans, (size_t)srow, (size_t)k)));
	}
	int kp = readout_answer_column(periods, "period"), ku = readout_answer_column(periods, "uses"),
	    kd = readout_answer_column(periods, "documents");
	for (size_t r = 0; r < periods->nrows && ok; r++) {
		const char *l = text_at(periods, r, "formulation");
		if (!l || strcmp(l, label) != 0 || kp < 0 || ku < 0 || kd < 0)
			continue;
		ok = json_array_append_new(points, json_pack("{s:o,s:o,s:o}", "period", api_cell(readout_answer_cell(periods, r, (size_t)kp)),
		                                             "uses", api_cell(readout_answer_cell(periods, r, (size_t)ku)),
		                                             "documents", api_cell(readout_answer_cell(periods, r, (size_t)kd)))) == 0;
	}
	if (!ok) {
		json_decref(s);
		return NULL;
	}
	return s;
}

/* The lines of one asked formulation at one level (NULL: the filter's, or all) into series. */
static int formulation_lines(api_call *a, json_t *series, size_t *left_out, const char *asked, const char *level,
                             const readout_answer *all)
{
	readout_query q = query_of(a);
	q.formulation = asked;
	q.level = level;
	readout_answer *spans = NULL, *periods = NULL;
	readout_cursor *c;
	int rc = hold(a, &spans, readout_store_formulation_spans(&c, a->st, &q), &c);
	if (!rc)
		rc = hold(a, &periods, readout_store_formulation_periods(&c, a->st, &q), &c);
	int exact = 0;
	for (size_t i = 0; i < all->nrows && !exact; i++)
		exact = picked(all, i, asked, 1);
	for (size_t i = 0; i < all->nrows && !rc; i++) {
		if (!picked(all, i, asked, exact))
			continue;
		if (json_array_size(series) == API_SERIES) {
			(*left_out)++;
			continue;
		}
		const char *label = text_at(all, i, "formulation");
		long srow = -1;
		for (size_t k = 0; k < spans->nrows && srow < 0; k++)
			if (label && text_at(spans, k, "formulation") && !strcmp(text_at(spans, k, "formulation"), label))
				srow = (long)k;
		if (!label || json_array_append_new(series, series_of(asked, level, spans, srow, label, periods)) != 0)
			rc = out_of_memory(a);
	}
	readout_answer_free(spans);
	readout_answer_free(periods);
	return rc;
}

/* Line charts of formulations: per asked name (f), the formulation of that name or those
 * containing it, at the level filter's level or (split=level) one line per level. */
static int formulation(api_call *a, json_t *out)
{
	const char *asked[8];
	size_t n = request_values(a->rq, "f", asked, 8);
	const char *by = param(a, "by") ? param(a, "by") : "month";
	int split = param(a, "split") != NULL;
	json_t *series = json_array();
	if (!api_put(out, "series", series) || !api_put(out, "by", json_string(by)))
		return out_of_memory(a);
	size_t left_out = 0;
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++) {
		readout_query q = query_of(a);
		q.formulation = asked[i];
		readout_answer *all;
		readout_cursor *c;
		if ((rc = hold(a, &all, readout_store_formulation_spans(&c, a->st, &q), &c)))
			break;
		for (size_t l = 0; !rc && (split ? readout_level_name(l) != NULL : l == 0); l++)
			rc = formulation_lines(a, series, &left_out, asked[i], split ? readout_level_name(l) : q.level, all);
		readout_answer_free(all);
	}
	if (!rc && !api_put(out, "series_cut", json_integer((json_int_t)left_out)))
		rc = out_of_memory(a);
	return rc;
}

typedef int (*route_fn)(api_call *a, json_t *out);

static const route_fn handlers[API_ROUTES] = {
	[API_INFO] = info,     [API_SEARCH] = search,   [API_DOCUMENT] = document,         [API_PEOPLE] = people,
	[API_PERSON] = person, [API_EVENTS] = events,   [API_FORMULATIONS] = formulations, [API_FORMULATION] = formulation,
	[API_CASCADE] = cascade, [API_REUSE] = reuse,
};

int api_answer(json_t **out, api_call *a)
{
	*out = NULL;
	a->status = 0;
	a->message[0] = '\0';
	json_t *o = json_object();
	if (!o)
		return out_of_memory(a);
	/* one snapshot for the answer's several questions: its parts agree with each other */
	int status = readout_store_read_begin(a->st);
	if (status) {
		status = fail(a, status);
	} else {
		status = handlers[a->rq->route](a, o);
		int ended = readout_store_read_end(a->st);
		if (ended && !status)
			status = fail(a, ended);
	}
	if (status) {
		json_decref(o);
		return status;
	}
	*out = o;
	return 0;
}
