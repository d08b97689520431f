/* rank.c — protocol order (readout/query.h, readout_store_rank): the order in which a body's
 * readouts list its leaders, meeting after meeting, and where it changes. The body's listings
 * are read once and compared in memory; SQL only reads. */
#include "lexicon/lexicon_impl.h"
#include "store/cursor.h"
#include "store/store_impl.h"
#include "util/error.h"
#include "util/grow.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The columns of the listings as read. */
enum { L_EVENT, L_DATE, L_TYPE, L_DOC, L_URL, L_ROLE, L_PERSON, L_NAME };

/* One meeting of the body: the rows [first, first + n) of the listings of the report that
 * lists most, and how many reports there are. */
typedef struct meeting {
	const char *date, *type;
	size_t first, n;
	int64_t reports;
} meeting;

/* A person's place at the meeting before, and whether they were ever listed. */
typedef struct seen {
	int64_t person;
	int64_t last_rank; /* at the previous meeting; 0: not listed there */
	bool ever;
} seen;

typedef struct ranking {
	readout_answer *list;
	meeting *m;
	size_t nm;
	seen *people;
	size_t npeople, cap;
} ranking;

static const char *cell_text(const readout_answer *a, size_t r, size_t c)
{
	const readout_cell *v = readout_answer_cell(a, r, c);
	return v->type == READOUT_TYPE_NULL ? NULL : v->s;
}

static int64_t cell_int(const readout_answer *a, size_t r, size_t c)
{
	return readout_answer_cell(a, r, c)->i;
}

/* READOUT_ENOTFOUND for a body that hosts no stored event, naming hosts that contain it. */
static int no_body(readout_store *st, const char *body)
{
	int rc = 0;
	char *pattern = store__like_arg(body, &rc);
	if (!pattern)
		return rc;
	const char *params[] = {pattern};
	cursor_spec spec = {.sql = "SELECT host FROM events WHERE lower(host) LIKE '%' || lower($1) || '%' ESCAPE '\\'"
	                           " GROUP BY host ORDER BY count(*) DESC, host LIMIT 3",
	                    .params = params, .nparams = 1, .types = "t"};
	readout_cursor *c;
	readout_answer *a = NULL;
	if (!(rc = cursor__start(&c, st, &spec))) {
		rc = readout_answer_read(&a, c);
		readout_cursor_free(c);
	}
	free(pattern);
	if (rc)
		return rc;
	char list[1024] = "";
	size_t o = 0;
	for (size_t i = 0; i < a->nrows && o < sizeof list; i++)
		o += (size_t)snprintf(list + o, sizeof list - o, "%s'%s'", i == 0 ? "" : i + 1 < a->nrows ? ", " : " or ",
		                      cell_text(a, i, 0));
	size_t n = a->nrows;
	readout_answer_free(a);
	if (n)
		return readout_error__set(READOUT_ENOTFOUND, "no events hosted by '%s'; did you mean %s?", body, list);
	return readout_error__set(READOUT_ENOTFOUND, "no events hosted by '%s' (readout events lists hosts)", body);
}

enum { RANK_SPELLINGS = 100 }; /* the stored spellings of one body a ranking reads */

/* The stored hosts that are the body asked for, and the SQL that picks their events. */
typedef struct body_sql {
	readout_answer *hosts;  /* column 0: each stored spelling */
	const char *params[RANK_SPELLINGS + 3]; /* the spellings, then the query's own */
	size_t np;
	char in[RANK_SPELLINGS * 8 + 16]; /* "host IN ($1, ..., $n)" */
} body_sql;

/* The stored spellings of body: with the store's lexicon, every host whose key
 * (lex_body_key) is the body's ("Politburo of the CCP Central Committee" for "Political
 * Bureau of the CPC Central Committee"); else the body as written, case-blind. */
static int find_spellings(body_sql *b, readout_store *st, const char *body)
{
	char key[512], other[512];
	size_t kn = st->lex ? lex_body_key(st->lex, body, key, sizeof key) : 0;
	const char *params[] = {body};
	cursor_spec spec = {.sql = kn ? "SELECT host FROM events WHERE host IS NOT NULL GROUP BY host ORDER BY host"
	                              : "SELECT host FROM events WHERE lower(host) = lower($1) GROUP BY host ORDER BY host",
	                    .params = params, .nparams = kn ? 0 : 1, .types = "t"};
	readout_cursor *c;
	readout_answer *all = NULL;
	int rc = cursor__start(&c, st, &spec);
	if (!rc) {
		rc = readout_answer_read(&all, c);
		readout_cursor_free(c);
	}
	static const char *const cols[] = {"host"};
	if (!rc)
		rc = answer__new(&b->hosts, 1, cols, "t");
	for (size_t i = 0; !rc && all && i < all->nrows; i++) {
		const char *h = cell_text(all, i, 0);
		if (kn && (lex_body_key(st->lex, h, other, sizeof other) != kn || strcmp(other, key) != 0))
			continue;
		readout_cell cell = {.type = READOUT_TYPE_TEXT, .s = h};
		rc = answer__add(b->hosts, &cell);
	}
	readout_answer_free(all);
	if (rc)
		return rc;
	size_t n = b->hosts->nrows;
	if (n > RANK_SPELLINGS)
		return readout_error__set(READOUT_EINVALID, "'%s' is written %zu ways in the store, more than the %d a ranking "
		                                            "reads: name the body as one of its hosts is written",
		                          body, n, RANK_SPELLINGS);
	size_t o = (size_t)snprintf(b->in, sizeof b->in, "host IN (");
	for (size_t i = 0; i < n; i++) {
		b->params[i] = cell_text(b->hosts, i, 0);
		o += (size_t)snprintf(b->in + o, sizeof b->in - o, "%s$%zu", i ? ", " : "", i + 1);
	}
	snprintf(b->in + o, sizeof b->in - o, ")");
	b->np = n;
	return 0;
}

/* The places the body's events of listed people give (text borrowed from *held, which the
 * caller frees): a body named by its kind alone ("Standing Committee of the Provincial Party
 * Committee") is one body per place. */
static int body_places(readout_answer **held, readout_store *st, const body_sql *b)
{
	char sql[2048];
	snprintf(sql, sizeof sql,
	         "SELECT place FROM events e WHERE %s AND place IS NOT NULL"
	         " AND EXISTS (SELECT 1 FROM roles r WHERE r.event_id = e.id AND r.role IN ('presided', 'attended'))"
	         " GROUP BY place ORDER BY count(*) DESC, place",
	         b->in);
	cursor_spec spec = {.sql = sql, .params = b->params, .nparams = (int)b->np, .types = "t"};
	readout_cursor *c;
	int rc = cursor__start(&c, st, &spec);
	if (rc)
		return rc;
	rc = readout_answer_read(held, c);
	readout_cursor_free(c);
	return rc;
}

/* "'A', 'B' or 'C'" of the first places of a, into out. */
static const char *place_list(char *out, size_t cap, const readout_answer *a)
{
	size_t o = 0, n = a->nrows < 6 ? a->nrows : 6;
	out[0] = '\0';
	for (size_t i = 0; i < n && o < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, "%s'%s'", i == 0 ? "" : i + 1 < n ? ", " : " or ", cell_text(a, i, 0));
	if (a->nrows > n && o < cap)
		snprintf(out + o, cap - o, " (%zu places in all)", a->nrows);
	return out;
}

/* Which of the body's places the ranking follows, into *place (NULL: all the body's events):
 * q->place when the body meets there; else the one place its events give. A body meeting
 * in several places is READOUT_EINVALID naming them: the standing committees of two
 * provinces are two bodies, and mixing their listings would make changes of their own. */
static int pick_place(const char **place, readout_answer **held, readout_store *st, const readout_rank_query *q,
                      const body_sql *b)
{
	*place = NULL;
	int rc = body_places(held, st, b);
	if (rc)
		return rc;
	const readout_answer *a = *held;
	char list[512];
	if (q->place) {
		for (size_t i = 0; i < a->nrows; i++)
			if (!strcasecmp(cell_text(a, i, 0), q->place))
				*place = cell_text(a, i, 0);
		if (*place)
			return 0;
		if (!a->nrows)
			return readout_error__set(READOUT_ENOTFOUND, "'%s' is never placed: no meeting of it in '%s'", q->body, q->place);
		return readout_error__set(READOUT_ENOTFOUND, "'%s' has no meeting in '%s'; it meets in %s", q->body, q->place,
		                          place_list(list, sizeof list, a));
	}
	if (a->nrows > 1)
		return readout_error__set(READOUT_EINVALID, "'%s' names bodies in %zu places (%s): rank one of them with --place",
		                          q->body, a->nrows, place_list(list, sizeof list, a));
	return 0;
}

/* The body's dated listings (at place, when not NULL), by date, meeting and listing order;
 * the undated meetings' count into *undated. */
static int read_listings(ranking *k, readout_store *st, const readout_rank_query *q, const char *place, body_sql *b,
                         int64_t *undated)
{
	const char **params = b->params;
	size_t np = b->np;
	char where[160] = "", ref[3][8];
	size_t o = 0;
	const char *conds[3][2] = {{place, " AND place = %s"}, {q->from, " AND date >= %s"}, {q->to, " AND date <= %s"}};
	for (size_t i = 0; i < 3; i++)
		if (conds[i][0]) {
			snprintf(ref[i], sizeof ref[i], "$%zu", np + 1);
			params[np++] = conds[i][0];
			o += (size_t)snprintf(where + o, sizeof where - o, conds[i][1], ref[i]);
		}
	char sql[2048];
	/* presiders first, then those attending, each in the order listed: the protocol order
	 * (speakers are listed by the agenda, not by rank) */
	/* the body's events first, then their roles: SQLite otherwise walked every role of the
	 * database looking for the body's (1.85 s -> 0.05 s for 4,661 events of 114,833) */
	snprintf(sql, sizeof sql,
	         "WITH e AS MATERIALIZED (SELECT id, date, type, doc_id, ord FROM events"
	         "  WHERE %s AND date IS NOT NULL%s)"
	         " SELECT e.id, e.date, e.type, d.ext_id, d.url, r.role, p.id, p.name"
	         " FROM e JOIN %s ON d.id = e.doc_id JOIN roles r ON r.event_id = e.id"
	         " JOIN persons p ON p.id = r.person_id WHERE r.role IN ('presided', 'attended')"
	         " ORDER BY e.date, e.type NULLS FIRST, d.ext_id, e.ord, e.id,"
	         " CASE r.role WHEN 'presided' THEN 0 ELSE 1 END, r.position",
	         b->in, where, store__docs_by_id(st));
	cursor_spec spec = {.sql = sql, .params = params, .nparams = (int)np, .types = "idttttit"};
	readout_cursor *c;
	int rc = cursor__start(&c, st, &spec);
	if (rc)
		return rc;
	rc = readout_answer_read(&k->list, c);
	readout_cursor_free(c);
	if (rc)
		return rc;
	/* the place, when given, is the first parameter after the spellings (ref[0]) */
	snprintf(sql, sizeof sql,
	         "SELECT count(*) FROM events e WHERE %s AND e.date IS NULL%s%s"
	         " AND EXISTS (SELECT 1 FROM roles r WHERE r.event_id = e.id AND r.role IN ('presided', 'attended'))",
	         b->in, place ? " AND e.place = " : "", place ? ref[0] : "");
	return store__count(undated, st, sql, b->params, (int)b->np + (place != NULL));
}

static bool same_text(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* The body's meetings: the listings of one event, and reports of one meeting (the same date
 * and type) kept as one, with the listing of the report that names most people. */
static int find_meetings(ranking *k)
{
	const readout_answer *a = k->list;
	size_t cap = 0;
	for (size_t r = 0; r < a->nrows;) {
		size_t end = r + 1;
		while (end < a->nrows && cell_int(a, end, L_EVENT) == cell_int(a, r, L_EVENT))
			end++;
		meeting *last = k->nm ? &k->m[k->nm - 1] : NULL;
		const char *date = cell_text(a, r, L_DATE), *type = cell_text(a, r, L_TYPE);
		if (last && !strcmp(last->date, date) && same_text(last->type, type)) {
			last->reports++;
			if (end - r > last->n)
				last->first = r, last->n = end - r;
		} else {
			if (!grow_array((void **)&k->m, &cap, k->nm + 1, sizeof *k->m, 16))
				return readout_error__set(READOUT_ENOMEM, "out of memory");
			k->m[k->nm++] = (meeting){date, type, r, end - r, 1};
		}
		r = end;
	}
	return 0;
}

static seen *person_seen(ranking *k, int64_t person)
{
	for (size_t i = 0; i < k->npeople; i++) /* a body lists tens of people, not thousands */
		if (k->people[i].person == person)
			return &k->people[i];
	if (!grow_array((void **)&k->people, &k->cap, k->npeople + 1, sizeof *k->people, 32))
		return NULL;
	k->people[k->npeople] = (seen){person, 0, false};
	return &k->people[k->npeople++];
}

/* Whether person is listed in meeting m before row `before` (a second role of one person). */
static bool listed_before(const ranking *k, const meeting *m, size_t before, int64_t person)
{
	for (size_t r = m->first; r < before; r++)
		if (cell_int(k->list, r, L_PERSON) == person)
			return true;
	return false;
}

/* The people of meeting m, each once, in listing order, into out (m->n of room); their count. */
static size_t listing(const ranking *k, const meeting *m, size_t *out)
{
	size_t n = 0;
	for (size_t r = m->first; r < m->first + m->n; r++)
		if (!listed_before(k, m, r, cell_int(k->list, r, L_PERSON)))
			out[n++] = r;
	return n;
}

/* Whether person is among the people of rows. */
static bool among(const ranking *k, const size_t *rows_of, size_t n, int64_t person)
{
	for (size_t i = 0; i < n; i++)
		if (cell_int(k->list, rows_of[i], L_PERSON) == person)
			return true;
	return false;
}

/* The place of person in a listing counting only the people also in the other: 1 = first. */
static int64_t common_place(const ranking *k, const size_t *in, size_t nin, const size_t *other, size_t nother,
                            int64_t person)
{
	int64_t p = 0;
	for (size_t i = 0; i < nin; i++) {
		int64_t who = cell_int(k->list, in[i], L_PERSON);
		p += among(k, other, nother, who);
		if (who == person)
			return p;
	}
	return 0;
}

/* One row of the answer. rank and previous 0 for NULL; row is the listing's row of the person
 * (any of theirs for one dropped out). */
static int put(readout_answer *a, const ranking *k, int64_t number, const meeting *m, size_t row, int64_t rank,
               int64_t previous, const char *change)
{
	const readout_answer *l = k->list;
	const size_t doc = m->first; /* the report whose listing this is */
	readout_cell c[12];
	memset(c, 0, sizeof c);
	c[0] = (readout_cell){.type = READOUT_TYPE_INTEGER, .i = number};
	c[1] = (readout_cell){.type = READOUT_TYPE_DATE, .s = m->date};
	if (m->type)
		c[2] = (readout_cell){.type = READOUT_TYPE_TEXT, .s = m->type};
	if (rank)
		c[3] = (readout_cell){.type = READOUT_TYPE_INTEGER, .i = rank};
	c[4] = (readout_cell){.type = READOUT_TYPE_INTEGER, .i = cell_int(l, row, L_PERSON)};
	c[5] = (readout_cell){.type = READOUT_TYPE_TEXT, .s = cell_text(l, row, L_NAME)};
	if (rank)
		c[6] = (readout_cell){.type = READOUT_TYPE_TEXT, .s = cell_text(l, row, L_ROLE)};
	if (previous)
		c[7] = (readout_cell){.type = READOUT_TYPE_INTEGER, .i = previous};
	c[8] = (readout_cell){.type = READOUT_TYPE_TEXT, .s = change};
	c[9] = (readout_cell){.type = READOUT_TYPE_INTEGER, .i = m->reports};
	if (cell_text(l, doc, L_DOC))
		c[10] = (readout_cell){.type = READOUT_TYPE_TEXT, .s = cell_text(l, doc, L_DOC)};
	if (cell_text(l, doc, L_URL))
		c[11] = (readout_cell){.type = READOUT_TYPE_TEXT, .s = cell_text(l, doc, L_URL)};
	return answer__add(a, c);
}

/* The rows of meeting number `number` (m), after the one before (prev, NULL for the first). */
static int rank_meeting(readout_answer *a, ranking *k, int64_t number, const meeting *m, const size_t *cur, size_t n,
                        const size_t *prev, size_t nprev, bool changes_only)
{
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++) {
		int64_t person = cell_int(k->list, cur[i], L_PERSON);
		seen *s = person_seen(k, person);
		if (!s)
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		const char *change = "first";
		if (prev) {
			int64_t before = common_place(k, prev, nprev, cur, n, person), now = common_place(k, cur, n, prev, nprev, person);
			change = !s->ever ? "new" : !s->last_rank ? "returned" : now < before ? "up" : now > before ? "down" : "same";
		}
		if (!changes_only || strcmp(change, "same") != 0)
			rc = put(a, k, number, m, cur[i], (int64_t)i + 1, s->last_rank, change);
	}
	/* those listed at the meeting before and not at this one */
	for (size_t i = 0; prev && i < nprev && !rc; i++) {
		int64_t person = cell_int(k->list, prev[i], L_PERSON);
		if (!among(k, cur, n, person))
			rc = put(a, k, number, m, prev[i], 0, (int64_t)i + 1, "dropped");
	}
	/* now the meeting before the next */
	for (size_t i = 0; i < k->npeople; i++)
		k->people[i].last_rank = 0;
	for (size_t i = 0; i < n; i++) {
		seen *s = person_seen(k, cell_int(k->list, cur[i], L_PERSON));
		s->last_rank = (int64_t)i + 1;
		s->ever = true;
	}
	return rc;
}

/* The meetings' rows of readout_store_rank into *out. */
static int rank_answer(readout_answer **out, readout_store *st, const readout_rank_query *q)
{
	*out = NULL;
	if (!q || !q->body || !*q->body)
		return readout_error__set(READOUT_EINVALID, "a ranking needs a body (the host of its meetings)");
	ranking k = {0};
	readout_answer *a = NULL;
	size_t *cur = NULL, *prev = NULL;
	int64_t undated = 0;
	body_sql *b = calloc(1, sizeof *b);
	int rc = b ? store__need_current(st) : readout_error__set(READOUT_ENOMEM, "out of memory");
	if (!rc)
		rc = find_spellings(b, st, q->body);
	if (!rc && !b->np)
		rc = no_body(st, q->body);
	readout_answer *places = NULL;
	const char *place = NULL;
	if (!rc)
		rc = pick_place(&place, &places, st, q, b);
	if (!rc)
		rc = read_listings(&k, st, q, place, b, &undated);
	if (!rc)
		rc = find_meetings(&k);
	static const char *const cols[] = {"event",  "date",   "type",      "rank",     "person_id", "name",
	                                   "role",   "previous_rank", "change", "documents", "document", "url"};
	if (!rc)
		rc = answer__new(&a, 12, cols, "idtiittitiit");
	size_t most = 1;
	for (size_t i = 0; i < k.nm; i++)
		most = k.m[i].n > most ? k.m[i].n : most;
	if (!rc && (!(cur = malloc(most * sizeof *cur)) || !(prev = malloc(most * sizeof *prev))))
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
	size_t nprev = 0;
	for (size_t i = 0; i < k.nm && !rc; i++) {
		size_t n = listing(&k, &k.m[i], cur);
		rc = rank_meeting(a, &k, (int64_t)i + 1, &k.m[i], cur, n, i ? prev : NULL, nprev, q->changes_only);
		size_t *t = prev;
		prev = cur, cur = t, nprev = n;
	}
	if (!rc && undated)
		a->cut = (readout_cut){(int64_t)k.nm, (int64_t)k.nm + undated};
	free(cur);
	free(prev);
	free(k.m);
	free(k.people);
	readout_answer_free(k.list);
	readout_answer_free(places);
	if (b)
		readout_answer_free(b->hosts);
	free(b);
	if (rc) {
		readout_answer_free(a);
		return rc;
	}
	*out = a;
	return 0;
}

int readout_store_rank(readout_cursor **out, readout_store *st, const readout_rank_query *q)
{
	readout_answer *a;
	int rc = rank_answer(&a, st, q);
	return rc ? (*out = NULL, rc) : cursor__over(out, st, a);
}

/* The columns of rank_answer's rows. */
enum { R_EVENT, R_DATE, R_TYPE, R_RANK, R_PERSON, R_NAME, R_ROLE, R_PREVIOUS, R_CHANGE };

/* One person's course through the meetings. */
typedef struct course {
	int64_t person, meetings, first_rank, last_rank, best_rank, up, down, dropped;
	const char *name, *first_date, *last_date;
} course;

/* A row of rank_answer, to sort by person keeping the meetings' order. */
typedef struct row_ref {
	int64_t person;
	size_t row;
} row_ref;

static int by_person_then_row(const void *x, const void *y)
{
	const row_ref *a = x, *b = y;
	if (a->person != b->person)
		return a->person < b->person ? -1 : 1;
	return (a->row > b->row) - (a->row < b->row);
}

/* The people at the latest meetings first, in their latest order, then the others. */
static int by_latest(const void *x, const void *y)
{
	const course *a = x, *b = y;
	int r = strcmp(b->last_date, a->last_date);
	if (!r)
		r = (a->last_rank > b->last_rank) - (a->last_rank < b->last_rank);
	return r ? r : (a->person > b->person) - (a->person < b->person);
}

/* Folds row r of meets (a meeting of c's person) into c. */
static void follow(course *c, const readout_answer *meets, size_t r)
{
	const readout_cell *rank = readout_answer_cell(meets, r, R_RANK);
	const char *change = readout_answer_cell(meets, r, R_CHANGE)->s;
	c->up += !strcmp(change, "up");
	c->down += !strcmp(change, "down");
	if (rank->type != READOUT_TYPE_INTEGER) {
		c->dropped++;
		return;
	}
	const char *date = readout_answer_cell(meets, r, R_DATE)->s;
	if (!c->meetings++) {
		c->first_rank = c->best_rank = rank->i;
		c->first_date = date;
		c->name = readout_answer_cell(meets, r, R_NAME)->s;
	}
	c->last_rank = rank->i;
	c->last_date = date;
	c->best_rank = rank->i < c->best_rank ? rank->i : c->best_rank;
}

int readout_store_rank_people(readout_cursor **out, readout_store *st, const readout_rank_query *q)
{
	*out = NULL;
	readout_rank_query every = *q;
	every.changes_only = 0;
	readout_answer *meets = NULL, *a = NULL;
	row_ref *refs = NULL;
	course *c = NULL;
	size_t n = 0;
	int rc = rank_answer(&meets, st, &every);
	static const char *const cols[] = {"person_id", "name",      "meetings", "first_date", "last_date", "first_rank",
	                                   "last_rank", "best_rank", "moved_up", "moved_down", "dropped"};
	if (!rc)
		rc = answer__new(&a, 11, cols, "itiddiiiiii");
	size_t nrows = meets ? meets->nrows : 0;
	if (!rc && (!(refs = malloc((nrows ? nrows : 1) * sizeof *refs)) || !(c = calloc(nrows ? nrows : 1, sizeof *c))))
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
	for (size_t r = 0; !rc && r < nrows; r++)
		refs[r] = (row_ref){readout_answer_cell(meets, r, R_PERSON)->i, r};
	if (!rc)
		qsort(refs, nrows, sizeof *refs, by_person_then_row);
	for (size_t i = 0; !rc && i < nrows; i++) {
		if (!i || refs[i].person != refs[i - 1].person)
			c[n++].person = refs[i].person;
		follow(&c[n - 1], meets, refs[i].row);
	}
	if (!rc)
		qsort(c, n, sizeof *c, by_latest);
	for (size_t i = 0; !rc && i < n; i++) {
		const course *p = &c[i];
		readout_cell cells[11] = {
			{.type = READOUT_TYPE_INTEGER, .i = p->person},     {.type = READOUT_TYPE_TEXT, .s = p->name},
			{.type = READOUT_TYPE_INTEGER, .i = p->meetings},   {.type = READOUT_TYPE_DATE, .s = p->first_date},
			{.type = READOUT_TYPE_DATE, .s = p->last_date},     {.type = READOUT_TYPE_INTEGER, .i = p->first_rank},
			{.type = READOUT_TYPE_INTEGER, .i = p->last_rank},  {.type = READOUT_TYPE_INTEGER, .i = p->best_rank},
			{.type = READOUT_TYPE_INTEGER, .i = p->up},         {.type = READOUT_TYPE_INTEGER, .i = p->down},
			{.type = READOUT_TYPE_INTEGER, .i = p->dropped}};
		rc = answer__add(a, cells);
	}
	if (!rc)
		a->cut = meets->cut;
	free(c);
	free(refs);
	readout_answer_free(meets);
	if (rc) {
		readout_answer_free(a);
		return rc;
	}
	return cursor__over(out, st, a);
}
