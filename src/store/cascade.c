/* cascade.c — how the relays of a central meeting moved down the hierarchy (readout/query.h,
 * readout_store_cascade_summary and _list). The events of one subject are read once and
 * worked on in memory: reports of one meeting merged into one event, the meeting's own
 * sessions told apart from its relays, day 0 found, medians taken. SQL only reads. */
#include "lexicon/lexicon_impl.h"
#include "store/cursor.h"
#include "store/store_impl.h"
#include "util/civil_date.h"
#include "util/error.h"
#include "util/grow.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* One stored event of the subject, as read. Text borrowed from the held answer. */
typedef struct cev {
	const char *date, *level, *place, *host, *type, *doc, *url;
	char *body;          /* the host's body key (body_of), NULL without a host */
	int64_t id, cluster; /* cluster: the reuse event cluster's id, or 0 when it has none */
	size_t parent;       /* union-find over the events: reports of one meeting */
	bool meeting;        /* a session of the meeting itself, not a relay */
} cev;

/* One meeting, with every document that reports it. */
typedef struct group {
	const char *date, *level, *place, *host, *type;
	bool meeting;
	bool before;        /* dated before the meeting opened: a preparation, not a relay */
	int level_rank;     /* readout_level_find, READOUT_LEVELS for unknown */
	int64_t day;        /* days after day 0 (dated groups, with a day 0) */
	size_t *members;    /* indices into the events, by document */
	size_t n, cap;
} group;

typedef struct campaign {
	readout_answer *rows; /* the events as read */
	cev *ev;
	size_t nev;
	group *g;
	size_t ng;
	const char *subject;   /* the one matched, borrowed from subject_answer */
	readout_answer *subject_answer;
	char day0[11];         /* "" when unknown */
	const char *day0_from; /* how day 0 was found, NULL when unknown */
	const lex_meeting *held; /* the meeting in the calendar (data/meetings.tsv), or NULL */
} campaign;

static void campaign_free(campaign *c)
{
	for (size_t i = 0; i < c->ng; i++)
		free(c->g[i].members);
	free(c->g);
	for (size_t i = 0; i < c->nev; i++)
		free(c->ev[i].body);
	free(c->ev);
	readout_answer_free(c->rows);
	readout_answer_free(c->subject_answer);
}

/* ---- which meeting ---- */

/* The one stored subject the campaign is about: the subject equal to `asked` (case-blind),
 * else the only one containing it. Several containing it and none equal is READOUT_EINVALID
 * naming them: a cascade has one day 0. */
static int find_subject(campaign *c, readout_store *st, const char *asked)
{
	int rc = 0;
	char *pattern = store__like_arg(asked, &rc);
	if (!pattern)
		return rc;
	const char *params[] = {pattern};
	readout_cursor *cur;
	/* the distinct subjects, one index entry each (as query.c's MATCHING_SUBJECTS) */
	cursor_spec spec = {
		.sql = "WITH RECURSIVE s(v) AS (SELECT min(subject) FROM events UNION ALL"
		       " SELECT (SELECT min(subject) FROM events WHERE subject > s.v) FROM s WHERE s.v IS NOT NULL)"
		       " SELECT v FROM s WHERE v IS NOT NULL AND lower(v) LIKE '%' || lower($1) || '%' ESCAPE '\\' ORDER BY v",
		.params = params, .nparams = 1, .types = "t"};
	if (!(rc = cursor__start(&cur, st, &spec))) {
		rc = readout_answer_read(&c->subject_answer, cur);
		readout_cursor_free(cur);
	}
	free(pattern);
	if (rc)
		return rc;
	const readout_answer *a = c->subject_answer;
	for (size_t i = 0; i < a->nrows && !c->subject; i++)
		if (!strcasecmp(readout_answer_cell(a, i, 0)->s, asked))
			c->subject = readout_answer_cell(a, i, 0)->s;
	if (!c->subject && a->nrows == 1)
		c->subject = readout_answer_cell(a, 0, 0)->s;
	if (c->subject || a->nrows == 0)
		return 0;
	char found[512];
	size_t o = 0;
	for (size_t i = 0; i < a->nrows && i < 5 && o < sizeof found; i++)
		o += (size_t)snprintf(found + o, sizeof found - o, "%s'%s'", i ? ", " : "", readout_answer_cell(a, i, 0)->s);
	return readout_error__set(READOUT_EINVALID, "subject '%s' matches %zu subjects (%s%s): a cascade follows one meeting, "
	                                            "name it whole", asked, a->nrows, found, a->nrows > 5 ? ", ..." : "");
}

/* Whether s starts with prefix, case-blind. */
static bool starts_with_ci(const char *s, const char *prefix, size_t n)
{
	return strlen(s) >= n && strncasecmp(s, prefix, n) == 0;
}

/* Whether an event is a session of the meeting itself rather than a relay of it: its host is
 * the meeting's body. The body is the subject up to " of " ("20th National Congress"; "13th
 * Beijing Municipal Congress" of "... of the CPC"), or for a plenum what follows "Plenary
 * Session of the" ("19th Central Committee", from the extractor's "5th Plenary Session of the
 * 19th Central Committee"). The host names the body first: "20th National Congress of the
 * Communist Party of China", not "Political Bureau of the 19th Central Committee". */
static bool is_the_meeting(const char *subject, const char *host)
{
	if (!host)
		return false;
	static const char plenum[] = "plenary session of the ";
	const char *body = subject;
	for (const char *p = subject; *p; p++)
		if (starts_with_ci(p, plenum, sizeof plenum - 1)) {
			body = p + sizeof plenum - 1;
			break;
		}
	size_t n = strlen(body);
	if (body == subject)
		for (const char *p = subject; *p; p++)
			if (starts_with_ci(p, " of ", 4)) {
				n = (size_t)(p - subject);
				break;
			}
	if (starts_with_ci(host, "the ", 4))
		host += 4;
	return n > 0 && starts_with_ci(host, body, n);
}

/* ---- reading and merging ---- */

enum { C_ID, C_DATE, C_LEVEL, C_PLACE, C_HOST, C_TYPE, C_DOC, C_URL, C_CLUSTER };

static const char *text_or_null(const readout_cell *c)
{
	return c->type == READOUT_TYPE_NULL ? NULL : c->s;
}

/* The key reports of one meeting share (NULL when out of memory): the host's body key
 * (lex_body_key: "Politburo of the CCP Central Committee" is the "Political Bureau of the CPC
 * Central Committee"), or without the store's lexicon the host in lower case. */
static char *body_of(const readout_store *st, const char *host)
{
	char key[512];
	if (st->lex && lex_body_key(st->lex, host, key, sizeof key))
		return strdup(key);
	char *low = strdup(host);
	for (char *p = low; p && *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return low;
}

/* The events of the subject; with their documents for a list (the figures need none, and
 * without them 38,000 events of 100,000 documents are read in half the time, unsorted). */
static int read_events(campaign *c, readout_store *st, bool documents)
{
	const char *params[] = {c->subject};
	/* event_clusters: the reuse module's near-duplicate reports, where a run made them */
	char sql[512];
	if (documents)
		snprintf(sql, sizeof sql,
		         "SELECT e.id, e.date, e.level, e.place, e.host, e.type, d.ext_id, d.url, x.cluster_id"
		         " FROM events e JOIN %s ON d.id = e.doc_id LEFT JOIN event_clusters x ON x.event_id = e.id"
		         " WHERE e.subject = $1 ORDER BY d.ext_id, e.ord, e.id",
		         store__docs_by_id(st));
	else
		snprintf(sql, sizeof sql,
		         "SELECT e.id, e.date, e.level, e.place, e.host, e.type, NULL AS ext_id, NULL AS url, x.cluster_id"
		         " FROM events e LEFT JOIN event_clusters x ON x.event_id = e.id WHERE e.subject = $1 ORDER BY e.id");
	cursor_spec spec = {.sql = sql, .params = params, .nparams = 1, .types = "idtttttti"};
	readout_cursor *cur;
	int rc = cursor__start(&cur, st, &spec);
	if (rc)
		return rc;
	rc = readout_answer_read(&c->rows, cur);
	readout_cursor_free(cur);
	if (rc)
		return rc;
	const readout_answer *a = c->rows;
	if (a->nrows && !(c->ev = calloc(a->nrows, sizeof *c->ev)))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	c->nev = a->nrows;
	for (size_t i = 0; i < a->nrows; i++) {
		cev *e = &c->ev[i];
		e->id = readout_answer_cell(a, i, C_ID)->i;
		e->date = text_or_null(readout_answer_cell(a, i, C_DATE));
		e->level = text_or_null(readout_answer_cell(a, i, C_LEVEL));
		e->place = text_or_null(readout_answer_cell(a, i, C_PLACE));
		e->host = text_or_null(readout_answer_cell(a, i, C_HOST));
		e->type = text_or_null(readout_answer_cell(a, i, C_TYPE));
		e->doc = text_or_null(readout_answer_cell(a, i, C_DOC));
		e->url = text_or_null(readout_answer_cell(a, i, C_URL));
		const readout_cell *k = readout_answer_cell(a, i, C_CLUSTER);
		e->cluster = k->type == READOUT_TYPE_INTEGER ? k->i : 0;
		e->parent = i;
		e->meeting = is_the_meeting(c->subject, e->host);
		if (e->host && !(e->body = body_of(st, e->host)))
			return readout_error__set(READOUT_ENOMEM, "out of memory");
	}
	return 0;
}

static size_t root(cev *ev, size_t i)
{
	while (ev[i].parent != i)
		i = ev[i].parent = ev[ev[i].parent].parent;
	return i;
}

static void join(cev *ev, size_t a, size_t b)
{
	a = root(ev, a), b = root(ev, b);
	if (a != b) /* the earlier event (by document) stays the root */
		ev[a < b ? b : a].parent = a < b ? a : b;
}

static int cmp_ci_null(const char *a, const char *b)
{
	return strcasecmp(a ? a : "", b ? b : "");
}

/* qsort's context: C11 has no qsort_r */
typedef struct sort_item {
	const cev *e;
	size_t i;
} sort_item;

/* Same host (one body's key, else case-blind as written), date and type (no type counts as a
 * type). */
static int by_meeting_key(const void *x, const void *y)
{
	const cev *a = ((const sort_item *)x)->e, *b = ((const sort_item *)y)->e;
	int r = strcmp(a->body ? a->body : "", b->body ? b->body : "");
	if (!r)
		r = strcmp(a->date, b->date);
	if (!r)
		r = cmp_ci_null(a->type, b->type);
	return r;
}

static int by_cluster(const void *x, const void *y)
{
	int64_t a = ((const sort_item *)x)->e->cluster, b = ((const sort_item *)y)->e->cluster;
	return (a > b) - (a < b);
}

/* Reports of one meeting become one: events with the same host, date and type, and the events
 * the reuse module put in one cluster (near-duplicate documents reporting one meeting, dated
 * or not), transitively. */
static int merge_reports(campaign *c)
{
	if (!c->nev)
		return 0;
	sort_item *items = malloc(c->nev * sizeof *items);
	if (!items)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	size_t n = 0;
	for (size_t i = 0; i < c->nev; i++)
		if (c->ev[i].host && c->ev[i].date)
			items[n++] = (sort_item){&c->ev[i], i};
	qsort(items, n, sizeof *items, by_meeting_key);
	for (size_t i = 1; i < n; i++)
		if (!by_meeting_key(&items[i - 1], &items[i]))
			join(c->ev, items[i - 1].i, items[i].i);
	n = 0;
	for (size_t i = 0; i < c->nev; i++)
		if (c->ev[i].cluster)
			items[n++] = (sort_item){&c->ev[i], i};
	qsort(items, n, sizeof *items, by_cluster);
	for (size_t i = 1; i < n; i++)
		if (items[i - 1].e->cluster == items[i].e->cluster)
			join(c->ev, items[i - 1].i, items[i].i);
	free(items);
	return 0;
}

static int rank_of_level(const char *level)
{
	int r = level ? readout_level_find(level) : -1;
	return r < 0 ? READOUT_LEVELS : r;
}

/* A merged event's facts from its reports: the earliest date; the level most of them give
 * (the higher one on a tie); the first report's host, place and type that are known. */
static void settle_group(campaign *c, group *g)
{
	size_t votes[READOUT_LEVELS + 1] = {0};
	for (size_t k = 0; k < g->n; k++) {
		const cev *e = &c->ev[g->members[k]];
		if (e->date && (!g->date || strcmp(e->date, g->date) < 0))
			g->date = e->date;
		if (e->level)
			votes[rank_of_level(e->level)]++;
		g->host = g->host ? g->host : e->host;
		g->place = g->place ? g->place : e->place;
		g->type = g->type ? g->type : e->type;
		g->meeting = g->meeting || e->meeting;
	}
	g->level_rank = READOUT_LEVELS; /* unknown when no report gives one */
	size_t most = 0;
	for (int r = 0; r < READOUT_LEVELS; r++)
		if (votes[r] > most)
			most = votes[r], g->level_rank = r;
	g->level = g->level_rank < READOUT_LEVELS ? readout_level_name((size_t)g->level_rank) : "unknown";
}

static int make_groups(campaign *c)
{
	size_t *slot = malloc((c->nev ? c->nev : 1) * sizeof *slot);
	if (!slot)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	size_t cap = 0;
	int rc = 0;
	for (size_t i = 0; i < c->nev && !rc; i++) {
		size_t r = root(c->ev, i);
		if (r == i) {
			if (!grow_array((void **)&c->g, &cap, c->ng + 1, sizeof *c->g, 16)) {
				rc = readout_error__set(READOUT_ENOMEM, "out of memory");
				break;
			}
			memset(&c->g[c->ng], 0, sizeof *c->g);
			slot[i] = c->ng++;
		}
		group *g = &c->g[slot[r]]; /* r <= i: its slot is set */
		if (!grow_array((void **)&g->members, &g->cap, g->n + 1, sizeof *g->members, 2))
			rc = readout_error__set(READOUT_ENOMEM, "out of memory");
		else
			g->members[g->n++] = i;
	}
	free(slot);
	for (size_t i = 0; i < c->ng && !rc; i++)
		settle_group(c, &c->g[i]);
	return rc;
}

/* Day 0: as given; else the meeting's close in the calendar of central meetings ("meeting"
 * when a stored session is dated that day, else "calendar"); else the last day of its stored
 * sessions; else the first dated central relay, or the first dated relay (day0_from says
 * which). */
static int find_day0(campaign *c, const char *given)
{
	int64_t n;
	if (given) {
		if (!civil_day_number(given, &n))
			return readout_error__set(READOUT_EINVALID, "day 0 '%s' is not a date (YYYY-MM-DD)", given);
		snprintf(c->day0, sizeof c->day0, "%s", given);
		c->day0_from = "given";
		return 0;
	}
	const char *best = NULL;
	for (size_t i = 0; i < c->ng; i++)
		if (c->g[i].meeting && c->g[i].date && (!best || strcmp(c->g[i].date, best) > 0))
			best = c->g[i].date;
	c->day0_from = "meeting";
	/* the calendar's close, unless a stored session shows it ("meeting"): stored sessions may
	 * end with the opening day, the one a readout reported */
	if (c->held && (!best || strcmp(best, c->held->closed) != 0)) {
		best = c->held->closed;
		c->day0_from = "calendar";
	}
	for (int pass = 0; pass < 2 && !best; pass++) {
		c->day0_from = pass == 0 ? "first central relay" : "first relay";
		for (size_t i = 0; i < c->ng; i++)
			if (!c->g[i].meeting && c->g[i].date && (pass == 1 || c->g[i].level_rank == 0) &&
			    (!best || strcmp(c->g[i].date, best) < 0))
				best = c->g[i].date;
	}
	if (!best) {
		c->day0_from = NULL;
		return 0;
	}
	snprintf(c->day0, sizeof c->day0, "%s", best);
	return 0;
}

/* The meeting the subject names in the calendar of central meetings, when the store was opened
 * with a lexicon: a plenum named without its Central Committee is the one whose close is
 * nearest the campaign's first dated event. */
static void find_held(campaign *c, const readout_store *st)
{
	if (!st->lex)
		return;
	const char *first = NULL;
	for (size_t i = 0; i < c->ng; i++)
		if (c->g[i].date && (!first || strcmp(c->g[i].date, first) < 0))
			first = c->g[i].date;
	int64_t near = 0;
	bool has_near = first && civil_day_number(first, &near);
	c->held = lex_meeting_find(st->lex, c->subject, has_near, near);
}

/* With the meeting's days known (the calendar's, else its stored sessions' first day): an event
 * dated while it sat is the meeting's own (a delegation's discussion, a session reported by
 * another host), and one dated before it opened prepared it; neither is a relay. */
static void mark_meeting_days(campaign *c)
{
	const char *opened = c->held ? c->held->opened : NULL, *closed = c->held ? c->held->closed : NULL;
	for (size_t i = 0; i < c->ng && !c->held; i++)
		if (c->g[i].meeting && c->g[i].date && (!opened || strcmp(c->g[i].date, opened) < 0))
			opened = c->g[i].date;
	if (!opened)
		return;
	for (size_t i = 0; i < c->ng; i++) {
		group *g = &c->g[i];
		if (g->meeting || !g->date)
			continue;
		if (strcmp(g->date, opened) < 0)
			g->before = true;
		else if (closed && strcmp(g->date, closed) <= 0)
			g->meeting = true;
	}
}

static int load(campaign *c, readout_store *st, const readout_cascade_query *q, bool documents)
{
	memset(c, 0, sizeof *c);
	if (!q || !q->subject || !*q->subject)
		return readout_error__set(READOUT_EINVALID, "a cascade needs a subject");
	int rc = 0;
	if (q->level && readout_level_find(q->level) < 0 && strcmp(q->level, "unknown") != 0)
		return readout_error__set(READOUT_EINVALID, "level '%s' is not one of the levels (or unknown)", q->level);
	if ((rc = store__need_current(st)) || (rc = find_subject(c, st, q->subject)))
		return rc;
	if (!c->subject) /* no such subject: an empty cascade */
		return find_day0(c, q->day0);
	if ((rc = read_events(c, st, documents)) || (rc = merge_reports(c)) || (rc = make_groups(c)))
		return rc;
	find_held(c, st);
	if ((rc = find_day0(c, q->day0)))
		return rc;
	mark_meeting_days(c);
	int64_t d0 = 0;
	bool has0 = civil_day_number(c->day0, &d0);
	for (size_t i = 0; i < c->ng; i++) {
		int64_t d;
		if (has0 && civil_day_number(c->g[i].date, &d))
			c->g[i].day = d - d0;
		else if (c->g[i].date && !civil_day_number(c->g[i].date, &d))
			c->g[i].date = NULL; /* a damaged stored date counts as none */
	}
	return 0;
}

/* ---- the summary ---- */

static int cmp_i64(const void *x, const void *y)
{
	int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
	return (a > b) - (a < b);
}

/* The figures of one row of the summary over the groups `pick` accepts. */
typedef struct figures {
	int64_t events, documents, dated;
	const char *first_date, *last_date;
	int64_t *days;
} figures;

enum { ROW_MEETING, ROW_BEFORE, ROW_LEVEL, ROW_UNDATED, ROW_TOTAL };

static bool picks(const group *g, int row, int level_rank)
{
	switch (row) {
	case ROW_MEETING: return g->meeting;
	case ROW_BEFORE: return g->before;
	case ROW_LEVEL: return !g->meeting && !g->before && g->date && g->level_rank == level_rank;
	case ROW_UNDATED: return !g->meeting && !g->date;
	default: return !g->meeting && !g->before;
	}
}

static int add_row(readout_answer *a, const campaign *c, int row, int level_rank, int64_t *days)
{
	figures f = {.days = days};
	for (size_t i = 0; i < c->ng; i++) {
		const group *g = &c->g[i];
		if (!picks(g, row, level_rank))
			continue;
		f.events++;
		f.documents += (int64_t)g->n;
		if (!g->date)
			continue;
		if (!f.first_date || strcmp(g->date, f.first_date) < 0)
			f.first_date = g->date;
		if (!f.last_date || strcmp(g->date, f.last_date) > 0)
			f.last_date = g->date;
		if (c->day0_from)
			f.days[f.dated++] = g->day;
	}
	if ((row == ROW_LEVEL || row == ROW_BEFORE) && !f.events)
		return 0;
	static const char *const row_names[] = {"meeting", "before", "level", "undated", "total"};
	readout_cell cells[12];
	memset(cells, 0, sizeof cells);
	cells[0] = (readout_cell){.type = READOUT_TYPE_TEXT, .s = row_names[row]};
	if (row == ROW_LEVEL)
		cells[1] = (readout_cell){.type = READOUT_TYPE_TEXT,
		                          .s = level_rank < READOUT_LEVELS ? readout_level_name((size_t)level_rank) : "unknown"};
	cells[2] = (readout_cell){.type = READOUT_TYPE_INTEGER, .i = f.events};
	cells[3] = (readout_cell){.type = READOUT_TYPE_INTEGER, .i = f.documents};
	if (f.first_date) {
		cells[4] = (readout_cell){.type = READOUT_TYPE_DATE, .s = f.first_date};
		cells[5] = (readout_cell){.type = READOUT_TYPE_DATE, .s = f.last_date};
	}
	if (f.dated) {
		qsort(f.days, (size_t)f.dated, sizeof *f.days, cmp_i64);
		double sum = 0;
		for (int64_t k = 0; k < f.dated; k++)
			sum += (double)f.days[k];
		int64_t lo = f.days[(f.dated - 1) / 2], hi = f.days[f.dated / 2];
		cells[6] = (readout_cell){.type = READOUT_TYPE_INTEGER, .i = f.days[0]};
		cells[7] = (readout_cell){.type = READOUT_TYPE_REAL, .r = (double)(lo + hi) / 2};
		cells[8] = (readout_cell){.type = READOUT_TYPE_INTEGER, .i = f.days[f.dated - 1]};
		/* one decimal, as the stored figures elsewhere */
		double mean = sum / (double)f.dated;
		cells[9] = (readout_cell){.type = READOUT_TYPE_REAL, .r = (double)(int64_t)(mean * 10 + (mean < 0 ? -0.5 : 0.5)) / 10};
	}
	if (c->day0_from) {
		cells[10] = (readout_cell){.type = READOUT_TYPE_DATE, .s = c->day0};
		cells[11] = (readout_cell){.type = READOUT_TYPE_TEXT, .s = c->day0_from};
	}
	return answer__add(a, cells);
}

int readout_store_cascade_summary(readout_cursor **out, readout_store *st, const readout_cascade_query *q)
{
	*out = NULL;
	campaign c;
	int rc = load(&c, st, q, false);
	readout_answer *a = NULL;
	int64_t *days = NULL;
	static const char *const cols[] = {"row",       "level",      "events",  "documents", "first_date", "last_date",
	                                   "first_day", "median_day", "last_day", "mean_day", "day0",       "day0_from"};
	if (!rc && c.ng && !(days = malloc(c.ng * sizeof *days)))
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
	if (!rc)
		rc = answer__new(&a, 12, cols, "ttiiddirirdt");
	if (!rc)
		rc = add_row(a, &c, ROW_MEETING, 0, days);
	if (!rc)
		rc = add_row(a, &c, ROW_BEFORE, 0, days);
	for (int r = 0; r <= READOUT_LEVELS && !rc; r++)
		rc = add_row(a, &c, ROW_LEVEL, r, days);
	if (!rc)
		rc = add_row(a, &c, ROW_UNDATED, 0, days);
	if (!rc)
		rc = add_row(a, &c, ROW_TOTAL, 0, days);
	free(days);
	campaign_free(&c);
	if (rc) {
		readout_answer_free(a);
		return rc;
	}
	return cursor__over(out, st, a);
}

/* ---- the events ---- */

/* The meeting's sessions first, then down the levels, each by date (undated last), host. */
static int by_listing(const void *x, const void *y)
{
	const group *a = *(const group *const *)x, *b = *(const group *const *)y;
	if (a->meeting != b->meeting)
		return a->meeting ? -1 : 1;
	if (a->before != b->before)
		return a->before ? -1 : 1;
	if (a->level_rank != b->level_rank)
		return a->level_rank - b->level_rank;
	if (!a->date != !b->date)
		return a->date ? -1 : 1;
	int r = a->date ? strcmp(a->date, b->date) : 0;
	if (!r)
		r = cmp_ci_null(a->host, b->host);
	return r ? r : (a->members[0] > b->members[0]) - (a->members[0] < b->members[0]);
}

static int list_rows(readout_answer *a, campaign *c, const readout_cascade_query *q)
{
	const group **order = malloc((c->ng ? c->ng : 1) * sizeof *order);
	if (!order)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	size_t n = 0;
	for (size_t i = 0; i < c->ng; i++)
		if (!q->level || (!c->g[i].meeting && !c->g[i].before && !strcmp(c->g[i].level, q->level)))
			order[n++] = &c->g[i];
	qsort(order, n, sizeof *order, by_listing);
	int rc = 0;
	int64_t listed = 0, relays = 0, relays_listed = 0;
	size_t at_level = 0;
	for (size_t i = 0; i < n && !rc; i++) {
		const group *g = order[i];
		/* per_level caps the relays of each level, and the events before the meeting of each
		 * level; the meeting's sessions are all listed */
		bool capped = !g->meeting;
		if (i == 0 || order[i - 1]->meeting != g->meeting || order[i - 1]->before != g->before ||
		    order[i - 1]->level_rank != g->level_rank)
			at_level = 0;
		relays += capped;
		if (capped && q->per_level && at_level++ >= q->per_level)
			continue;
		relays_listed += capped;
		int64_t number = ++listed;
		for (size_t k = 0; k < g->n && !rc; k++) {
			const cev *e = &c->ev[g->members[k]];
			readout_cell cells[11];
			memset(cells, 0, sizeof cells);
			cells[0] = (readout_cell){.type = READOUT_TYPE_INTEGER, .i = number};
			cells[1] = (readout_cell){.type = READOUT_TYPE_TEXT, .s = g->meeting ? "meeting" : g->before ? "before" : "relay"};
			cells[2] = (readout_cell){.type = READOUT_TYPE_TEXT, .s = g->level};
			if (g->date)
				cells[3] = (readout_cell){.type = READOUT_TYPE_DATE, .s = g->date};
			if (g->date && c->day0_from)
				cells[4] = (readout_cell){.type = READOUT_TYPE_INTEGER, .i = g->day};
			const char *text[] = {g->place, g->host, g->type};
			for (size_t t = 0; t < 3; t++)
				if (text[t])
					cells[5 + t] = (readout_cell){.type = READOUT_TYPE_TEXT, .s = text[t]};
			cells[8] = (readout_cell){.type = READOUT_TYPE_INTEGER, .i = (int64_t)g->n};
			if (e->doc)
				cells[9] = (readout_cell){.type = READOUT_TYPE_TEXT, .s = e->doc};
			if (e->url)
				cells[10] = (readout_cell){.type = READOUT_TYPE_TEXT, .s = e->url};
			rc = answer__add(a, cells);
		}
	}
	if (!rc && relays_listed < relays)
		a->cut = (readout_cut){relays_listed, relays};
	free(order);
	return rc;
}

int readout_store_cascade_list(readout_cursor **out, readout_store *st, const readout_cascade_query *q)
{
	*out = NULL;
	campaign c;
	int rc = load(&c, st, q, true);
	readout_answer *a = NULL;
	static const char *const cols[] = {"event", "kind", "level", "date",      "day",     "place",
	                                   "host",  "type", "documents", "document", "url"};
	if (!rc)
		rc = answer__new(&a, 11, cols, "ittditttitt");
	if (!rc)
		rc = list_rows(a, &c, q);
	campaign_free(&c);
	if (rc) {
		readout_answer_free(a);
		return rc;
	}
	return cursor__over(out, st, a);
}

/* ---- the earlier forms ---- */

int readout_store_cascade_levels(readout_cursor **out, readout_store *st, const char *subject)
{
	readout_cascade_query q = {.subject = subject};
	return readout_store_cascade_summary(out, st, &q);
}

int readout_store_cascade_events(readout_cursor **out, readout_store *st, const char *subject, size_t per_level)
{
	readout_cascade_query q = {.subject = subject, .per_level = per_level};
	return readout_store_cascade_list(out, st, &q);
}
