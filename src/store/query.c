/* query.c — the analyst queries: people, a person's profile, events, formulation timelines,
 * the cascade of a campaign down the hierarchy, full-text search, read-only SQL. Every answer
 * is a readout_table (strings), so the CLI and the server only format. All user input is
 * bound as parameters, never spliced into SQL. */
#include "store/fts_words.h"
#include "store/store_impl.h"
#include "util/error.h"

#include <assert.h>
#include <stdbool.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void readout_table_free(readout_table *t)
{
	while (t) {
		readout_table *next = t->next;
		for (size_t i = 0; i < t->ncols; i++)
			free(t->cols[i]);
		for (size_t i = 0; i < t->ncols * t->nrows; i++)
			free(t->cells[i]);
		free(t->cols);
		free(t->cells);
		free(t->title);
		free(t);
		t = next;
	}
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* The time limit for the query about to run: a read-only store keeps it set (PostgreSQL:
 * statement_timeout); a writer's statements run without one. */
static int begin_query(readout_store *st)
{
	return db_time_limit(st->db, st->query_seconds);
}

static void end_query(readout_store *st)
{
	if (st->db->kind == DB_SQLITE || !st->db->readonly)
		db_time_limit(st->db, 0);
}

/* Steps q to its end, handing the column names (cells NULL), then each row, to sink: at most
 * max_rows rows, and a further one is READOUT_ETOOBIG. */
static int each_row(readout_store *st, db_stmt *q, readout_row_sink sink, void *user)
{
	const char **colnames = NULL, **cells = NULL;
	size_t ncols = 0, nrows = 0;
	int rc, step;
	while ((step = db_step(q)) >= 0) {
		if (!colnames) { /* the first step names the columns, row or not (PostgreSQL streaming) */
			ncols = (size_t)db_ncols(q);
			colnames = calloc(ncols + 1, sizeof *colnames);
			cells = calloc(ncols + 1, sizeof *cells);
			if (!colnames || !cells) {
				rc = readout_error__set(READOUT_ENOMEM, "out of memory");
				goto done;
			}
			/* copied: a streamed PostgreSQL row's result, which holds them, goes with the next */
			for (size_t i = 0; i < ncols; i++)
				if (db_col_name(q, (int)i) && !(colnames[i] = strdup(db_col_name(q, (int)i)))) {
					rc = readout_error__set(READOUT_ENOMEM, "out of memory");
					goto done;
				}
			if ((rc = sink(user, ncols, colnames, NULL)))
				goto done;
		}
		if (step == 0)
			break;
		if (nrows == st->max_rows) {
			rc = readout_error__set(READOUT_ETOOBIG, "the answer has more than %zu rows (the row limit): narrow the "
			                                         "query or raise the limit", st->max_rows);
			goto done;
		}
		for (size_t i = 0; i < ncols; i++)
			cells[i] = db_col_text(q, (int)i);
		if ((rc = sink(user, ncols, colnames, cells)))
			goto done;
		nrows++;
	}
	rc = step < 0 ? step : 0;
done:
	for (size_t i = 0; colnames && i < ncols; i++)
		free((char *)colnames[i]);
	free(colnames);
	free(cells);
	return rc;
}

/* A table being filled by collect_row: its capacity and the bytes it holds. */
typedef struct collector {
	readout_table *t;
	size_t cap, bytes, max_bytes;
} collector;

static int collect_row(void *user, size_t ncols, const char *const *colnames, const char *const *cells)
{
	collector *c = user;
	readout_table *t = c->t;
	if (!cells) {
		t->ncols = ncols;
		if (!(t->cols = calloc(ncols ? ncols : 1, sizeof *t->cols)))
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		for (size_t i = 0; i < ncols; i++)
			t->cols[i] = dup_or_null(colnames[i]);
		return 0;
	}
	if (t->nrows == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 16;
		char **more = realloc(t->cells, cap * (ncols ? ncols : 1) * sizeof *more);
		if (!more)
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		t->cells = more;
		c->cap = cap;
	}
	c->bytes += ncols * sizeof *t->cells;
	for (size_t i = 0; i < ncols; i++) {
		c->bytes += cells[i] ? strlen(cells[i]) + 1 : 0;
		t->cells[t->nrows * ncols + i] = dup_or_null(cells[i]);
		if (cells[i] && !t->cells[t->nrows * ncols + i]) {
			t->nrows++; /* freed with the table */
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		}
	}
	t->nrows++;
	if (c->bytes > c->max_bytes)
		return readout_error__set(READOUT_ETOOBIG, "the answer takes more than %zu MB (the memory limit of an answer "
		                                           "held whole): narrow the query", c->max_bytes >> 20);
	return 0;
}

/* Runs a prepared statement into a new table, within the store's row and memory limits. */
static int collect(readout_table **out, readout_store *st, db_stmt *q, const char *title)
{
	*out = NULL;
	readout_table *t = calloc(1, sizeof *t);
	if (!t || (title && !(t->title = strdup(title)))) {
		free(t);
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	}
	collector c = {t, 0, 0, st->max_answer_bytes};
	int rc = each_row(st, q, collect_row, &c);
	if (rc) {
		readout_table_free(t);
		return rc;
	}
	*out = t;
	return 0;
}

/* Prepares sql, binds params ($1..$n, NULL allowed) and collects the rows. */
static int run(readout_table **out, readout_store *st, const char *title, const char *sql,
               const char *const *params, size_t nparams)
{
	db_stmt *q;
	int rc = begin_query(st);
	if (rc || (rc = db_prepare(st->db, &q, sql))) {
		end_query(st);
		return rc;
	}
	for (size_t i = 0; i < nparams && !rc; i++)
		rc = db_bind_opt(q, (int)i + 1, params[i]);
	if (!rc)
		rc = collect(out, st, q, title);
	db_finalize(q);
	end_query(st);
	return rc;
}

/* A "contains" filter argument for `LIKE '%' || $n || '%' ESCAPE '\'`: % and _ typed by the
 * user match themselves, not any text. NULL stays NULL; the caller frees the copy. */
static char *like_arg(const char *v, int *rc)
{
	if (!v)
		return NULL;
	char *out = malloc(strlen(v) * 2 + 1), *o = out;
	if (!out) {
		*rc = readout_error__set(READOUT_ENOMEM, "out of memory");
		return NULL;
	}
	for (; *v; v++) {
		if (*v == '%' || *v == '_' || *v == '\\')
			*o++ = '\\';
		*o++ = *v;
	}
	*o = '\0';
	return out;
}


/* The names in one role of an event, in listing order, comma-separated. */
static void role_names(char *out, size_t cap, const readout_store *st, const char *role)
{
	if (st->db->kind == DB_SQLITE) /* group_concat takes no ORDER BY before SQLite 3.44 */
		snprintf(out, cap,
		         "(SELECT group_concat(name, ', ') FROM (SELECT p.name AS name FROM roles r JOIN persons p ON p.id = r.person_id"
		         " WHERE r.event_id = e.id AND r.role = '%s' ORDER BY r.position))",
		         role);
	else
		snprintf(out, cap,
		         "(SELECT string_agg(p.name, ', ' ORDER BY r.position) FROM roles r JOIN persons p ON p.id = r.person_id"
		         " WHERE r.event_id = e.id AND r.role = '%s')",
		         role);
}

static void limit_text(char *buf, size_t cap, size_t limit)
{
	if (limit)
		snprintf(buf, cap, "%zu", limit);
	else
		snprintf(buf, cap, "%s", "1000000000");
}

/* The queries below read tables and indexes that a database made by an older readout gets at
 * its next writable open. */
static int need_current(const readout_store *st)
{
	if (!st->stale)
		return 0;
	return readout_error__set(READOUT_EINVALID, "this database was made by an older readout: run any `readout ingest` "
	                                            "into it once (even of an empty file) to add the tables this query reads");
}

/* documents as d, for looking up ext_id by id: SQLite reads it from documents_id_ext, not from
 * rows that hold whole texts (it would take the row by rowid otherwise). */
static const char *docs_by_id(const readout_store *st)
{
	return st->db->kind == DB_SQLITE && !st->stale ? "documents d INDEXED BY documents_id_ext" : "documents d";
}

/* A WHERE clause made of the filters actually given, so the planner sees plain conditions it
 * can answer from an index; `(CAST($n AS TEXT) IS NULL OR ...)` for every filter made both
 * engines scan whole tables. */
typedef struct filters {
	char sql[4096];
	size_t len;
	const char *params[8];
	size_t n;
} filters;

/* Appends " AND (clause)" with each "$?" in clause standing for value; nothing when value is
 * NULL. */
static void filter(filters *f, const char *clause, const char *value)
{
	if (!value)
		return;
	assert(f->n < sizeof f->params / sizeof *f->params);
	f->params[f->n++] = value;
	char num[16];
	snprintf(num, sizeof num, "$%zu", f->n);
	size_t cap = sizeof f->sql;
	f->len += (size_t)snprintf(f->sql + f->len, cap - f->len, " AND (");
	for (const char *c = clause; *c && f->len + 16 < cap; c++) {
		if (c[0] == '$' && c[1] == '?') {
			f->len += (size_t)snprintf(f->sql + f->len, cap - f->len, "%s", num);
			c++;
		} else
			f->sql[f->len++] = *c;
	}
	f->len += (size_t)snprintf(f->sql + f->len, cap - f->len, ")");
	assert(f->len + 1 < cap);
}

/* The distinct subjects containing $? (a like_arg pattern): a walk through the subject index
 * from one value to the next, reading one entry per subject instead of every event. */
#define MATCHING_SUBJECTS                                                                          \
	"WITH RECURSIVE s(v) AS (SELECT min(subject) FROM events UNION ALL"                            \
	" SELECT (SELECT min(subject) FROM events WHERE subject > s.v) FROM s WHERE s.v IS NOT NULL)"  \
	" SELECT v FROM s WHERE v IS NOT NULL AND lower(v) LIKE '%' || lower($?) || '%' ESCAPE '\\'"

int readout_store_people(readout_table **out, readout_store *st, const readout_query *q)
{
	/* posts and titles come from person_posts: person_titles has no index by person */
	int rc = need_current(st);
	if (rc)
		return rc;
	char *title = like_arg(q->title, &rc);
	if (rc)
		return rc;
	filters f = {.len = 0};
	filter(&f, "lower(p.region) = lower($?) OR p.id IN (SELECT pd.person_id FROM documents d"
	           " JOIN person_docs pd ON pd.doc_id = d.id WHERE lower(d.place) = lower($?) OR lower(d.province) = lower($?))",
	       q->place);
	filter(&f, "EXISTS (SELECT 1 FROM person_posts t WHERE t.person_id = p.id"
	           " AND lower(t.title) LIKE '%' || lower($?) || '%' ESCAPE '\\')",
	       title);
	filter(&f, "EXISTS (SELECT 1 FROM person_docs pd JOIN documents d ON d.id = pd.doc_id"
	           " WHERE pd.person_id = p.id AND d.level = lower($?))",
	       q->level);
	char sql[6144], lim[32];
	limit_text(lim, sizeof lim, q->limit);
	snprintf(sql, sizeof sql,
	         "SELECT p.name, p.region,"
	         " (SELECT t.title FROM person_posts t WHERE t.person_id = p.id ORDER BY t.last_date DESC NULLS LAST, t.title LIMIT 1) AS latest_title,"
	         " p.documents, p.first_date, p.last_date"
	         " FROM persons p WHERE 1 = 1%s"
	         " ORDER BY p.documents DESC, p.name LIMIT %s",
	         f.sql, lim);
	rc = run(out, st, "people", sql, f.params, f.n);
	free(title);
	return rc;
}

static readout_table **append(readout_table **tail, readout_table *t)
{
	*tail = t;
	while (t->next)
		t = t->next;
	return &t->next;
}

enum { PERSON_EVENTS = 200, LISTED_EVENTS = 1000 };

int readout_store_person(readout_table **out, readout_store *st, const char *name)
{
	*out = NULL;
	int rc = need_current(st);
	if (rc)
		return rc;
	char key[128];
	store__name_key(key, sizeof key, name);
	readout_table *who;
	const char *kp[] = {key};
	rc = run(&who, st, "person",
	             "SELECT id, name, region, documents, mentions, first_date, last_date FROM persons"
	             " WHERE name_key = $1 ORDER BY documents DESC, id",
	             kp, 1);
	if (rc)
		return rc;
	if (who->nrows == 0) {
		readout_table_free(who);
		return readout_error__set(READOUT_ENOTFOUND, "no person named '%s'", name);
	}
	readout_table **tail = &who->next;
	char sql[1600];
	for (size_t r = 0; r < who->nrows && !rc; r++) {
		const char *id[] = {who->cells[r * who->ncols]};
		readout_table *t;
		char title[160];
		const char *label = who->cells[r * who->ncols + 2] ? who->cells[r * who->ncols + 2] : "region unknown";
		snprintf(title, sizeof title, "titles of %s (%s)", who->cells[r * who->ncols + 1], label);
		/* person_posts: one row per post, kept at ingest (person_titles has one per mention) */
		if ((rc = run(&t, st, title,
		              "SELECT title, first_date, last_date, documents"
		              " FROM person_posts WHERE person_id = CAST($1 AS INTEGER) ORDER BY first_date, title",
		              id, 1)))
			break;
		tail = append(tail, t);
		/* the latest events only: a leader named in most readouts has thousands */
		readout_table *n;
		if ((rc = run(&n, st, NULL, "SELECT count(*) FROM roles WHERE person_id = CAST($1 AS INTEGER)", id, 1)))
			break;
		long long nevents = n->nrows && n->cells[0] ? atoll(n->cells[0]) : 0;
		readout_table_free(n);
		if (nevents > PERSON_EVENTS)
			snprintf(title, sizeof title, "events of %s (%s), the latest %d of %lld", who->cells[r * who->ncols + 1], label,
			         PERSON_EVENTS, nevents);
		else
			snprintf(title, sizeof title, "events of %s (%s)", who->cells[r * who->ncols + 1], label);
		snprintf(sql, sizeof sql,
		         "SELECT e.date, x.role, x.position + 1 AS listed, e.level, e.place, e.host, e.type, d.ext_id AS document"
		         " FROM (SELECT r.event_id, r.role, r.position, r.date FROM roles r"
		         "  WHERE r.person_id = CAST($1 AS INTEGER) ORDER BY r.date DESC NULLS LAST, r.event_id DESC LIMIT %d) x"
		         " JOIN events e ON e.id = x.event_id JOIN %s ON d.id = e.doc_id ORDER BY x.date NULLS LAST, x.event_id, x.role",
		         PERSON_EVENTS, docs_by_id(st));
		if ((rc = run(&t, st, title, sql, id, 1)))
			break;
		tail = append(tail, t);
		/* co-listed people counted per person id first, names looked up for the groups only;
		 * over the latest LISTED_EVENTS events of someone who has more */
		if (nevents > LISTED_EVENTS)
			snprintf(title, sizeof title, "listed with %s, in the latest %d of %lld events", who->cells[r * who->ncols + 1],
			         LISTED_EVENTS, nevents);
		else
			snprintf(title, sizeof title, "listed with %s", who->cells[r * who->ncols + 1]);
		snprintf(sql, sizeof sql,
		         "SELECT p2.name, p2.region, x.shared_events, x.listed_before, x.listed_after FROM"
		         " (SELECT r2.person_id, count(DISTINCT r2.event_id) AS shared_events,"
		         "  sum(CASE WHEN r2.role = r1.role AND r2.position < r1.position THEN 1 ELSE 0 END) AS listed_before,"
		         "  sum(CASE WHEN r2.role = r1.role AND r2.position > r1.position THEN 1 ELSE 0 END) AS listed_after"
		         "  FROM (SELECT r.event_id, r.person_id, r.role, r.position FROM roles r"
		         "   WHERE r.person_id = CAST($1 AS INTEGER) ORDER BY r.date DESC NULLS LAST, r.event_id DESC LIMIT %d) r1"
		         "  JOIN roles r2 ON r2.event_id = r1.event_id AND r2.person_id <> r1.person_id GROUP BY r2.person_id) x"
		         " JOIN persons p2 ON p2.id = x.person_id ORDER BY x.shared_events DESC, p2.name LIMIT 20",
		         LISTED_EVENTS);
		if ((rc = run(&t, st, title, sql, id, 1)))
			break;
		tail = append(tail, t);
		snprintf(title, sizeof title, "listing order of %s", who->cells[r * who->ncols + 1]);
		if ((rc = run(&t, st, title,
		              "SELECT role, count(*) AS events, round(avg(position + 1.0), 2) AS average_place,"
		              " sum(CASE WHEN position = 0 THEN 1 ELSE 0 END) AS listed_first"
		              " FROM roles WHERE person_id = CAST($1 AS INTEGER) GROUP BY role ORDER BY role",
		              id, 1)))
			break;
		tail = append(tail, t);
	}
	if (rc) {
		readout_table_free(who);
		return rc;
	}
	*out = who;
	return 0;
}

int readout_store_events(readout_table **out, readout_store *st, const readout_query *q)
{
	int rc = 0;
	char *type = like_arg(q->type, &rc), *subject = rc ? NULL : like_arg(q->subject, &rc);
	if (rc) {
		free(type);
		return rc;
	}
	filters f = {.len = 0};
	filter(&f, "e.date >= $?", q->from);
	filter(&f, "e.date <= $?", q->to);
	filter(&f, "e.level = lower($?)", q->level);
	filter(&f, "lower(e.place) = lower($?) OR lower(e.province) = lower($?)", q->place);
	filter(&f, "lower(e.type) LIKE '%' || lower($?) || '%' ESCAPE '\\'", type);
	filter(&f, "e.subject IN (" MATCHING_SUBJECTS ")", subject);
	char sql[24576], lim[32], presided[400], spoke[400], cut[9216] = "";
	limit_text(lim, sizeof lim, q->limit);
	char attended[160];
	if (!st->stale) { /* kept on the event rows at ingest */
		snprintf(presided, sizeof presided, "e.presided");
		snprintf(spoke, sizeof spoke, "e.spoke");
		snprintf(attended, sizeof attended, "e.attended");
	} else {
		role_names(presided, sizeof presided, st, "presided");
		role_names(spoke, sizeof spoke, st, "spoke");
		snprintf(attended, sizeof attended, "(SELECT count(*) FROM roles r WHERE r.event_id = e.id AND r.role = 'attended')");
	}
	/* A page of N rows: the N-th date first, from the indexes alone, so that only the rows up
	 * to it (ties included) are joined to their documents and sorted. Without it, a filter
	 * matching 80,000 events read 80,000 document ids for a page of 100. */
	if (q->limit) {
		char nth[4352];
		snprintf(nth, sizeof nth, "(SELECT e.date FROM events e WHERE e.date IS NOT NULL%s ORDER BY e.date LIMIT 1 OFFSET %zu)",
		         f.sql, q->limit - 1);
		/* no N-th date: fewer dated rows than N, and then every row is in the page */
		snprintf(cut, sizeof cut, " AND (e.date <= %s OR %s IS NULL)", nth, nth);
	}
	if (!q->limit) /* every row: each event's row read once (the page's way reads it twice) */
		snprintf(sql, sizeof sql,
		         "SELECT e.date, e.level, e.place, e.host, e.type, e.subject,"
		         " %s AS presided,"
		         " %s AS spoke,"
		         " %s AS attended,"
		         " d.ext_id AS document"
		         " FROM events e JOIN %s ON d.id = e.doc_id WHERE 1 = 1%s"
		         " ORDER BY e.date NULLS LAST, d.ext_id, e.ord",
		         presided, spoke, attended, docs_by_id(st), f.sql);
	else /* the page is chosen on narrow rows first; names and counts are looked up for it alone */
		snprintf(sql, sizeof sql,
		         "SELECT e.date, e.level, e.place, e.host, e.type, e.subject,"
		         " %s AS presided,"
		         " %s AS spoke,"
		         " %s AS attended,"
		         " page.ext_id AS document"
		         " FROM (SELECT e.id, e.date, d.ext_id, e.ord FROM events e JOIN %s ON d.id = e.doc_id WHERE 1 = 1%s%s"
		         "  ORDER BY e.date NULLS LAST, d.ext_id, e.ord LIMIT %s) page JOIN events e ON e.id = page.id"
		         " ORDER BY page.date NULLS LAST, page.ext_id, page.ord",
		         presided, spoke, attended, docs_by_id(st), f.sql, cut, lim);
	rc = run(out, st, "events", sql, f.params, f.n);
	free(type);
	free(subject);
	return rc;
}

int readout_store_formulations(readout_table **out, readout_store *st, const readout_query *q)
{
	bool week = q->by && strcmp(q->by, "week") == 0;
	if (q->by && !week && strcmp(q->by, "month") != 0)
		return readout_error__set(READOUT_EINVALID, "--by takes month or week, not '%s'", q->by);
	char sql[8192], lim[32];
	limit_text(lim, sizeof lim, q->limit);
	readout_table *counts = NULL, *span = NULL;
	int rc;
	if (!week && !q->from && !q->to && !q->place) {
		if ((rc = need_current(st)))
			return rc;
		/* the whole timeline by month: formulation_months holds it, kept at ingest (months are
		 * 'YYYY-MM', which sort after its '' undated and '*' all-time rows) */
		snprintf(sql, sizeof sql,
		         "SELECT f.label AS formulation, f.zh, m.month AS period, m.uses, m.documents"
		         " FROM formulation_months m JOIN formulations f ON f.id = m.formulation_id WHERE m.month >= '0'"
		         " ORDER BY period, m.uses DESC, f.label LIMIT %s",
		         lim);
		if ((rc = run(&counts, st, "uses by period", sql, NULL, 0)))
			return rc;
		snprintf(sql, sizeof sql,
		         "SELECT f.label AS formulation, f.zh, m.first_date AS first_seen, m.last_date AS last_seen,"
		         " m.uses, m.documents"
		         " FROM formulation_months m JOIN formulations f ON f.id = m.formulation_id WHERE m.month = '*'"
		         " ORDER BY m.uses DESC, f.label LIMIT %s",
		         lim);
		rc = run(&span, st, "first and last appearance", sql, NULL, 0);
	} else {
		const char *period = st->db->kind == DB_SQLITE
		                         /* ISO 8601 weeks, as PostgreSQL's IYYY-IW: the week's Thursday gives year and number */
		                         ? (week ? "(strftime('%Y', u.date, '-3 days', 'weekday 4') || '-W' ||"
		                                   " printf('%02d', (strftime('%j', u.date, '-3 days', 'weekday 4') - 1) / 7 + 1))"
		                                 : "substr(u.date, 1, 7)")
		                         : (week ? "to_char(u.date::date, 'IYYY-\"W\"IW')" : "substr(u.date, 1, 7)");
		filters f = {.len = 0};
		filter(&f, "u.date >= $?", q->from);
		filter(&f, "u.date <= $?", q->to);
		filter(&f, "lower(u.place) = lower($?)", q->place);
		snprintf(sql, sizeof sql,
		         "SELECT f.label AS formulation, f.zh, %s AS period, sum(u.count) AS uses, count(*) AS documents"
		         " FROM formulations f JOIN formulation_uses u ON u.formulation_id = f.id WHERE u.date IS NOT NULL%s"
		         " GROUP BY f.id, f.label, f.zh, %s ORDER BY period, uses DESC, f.label LIMIT %s",
		         period, f.sql, period, lim);
		if ((rc = run(&counts, st, "uses by period", sql, f.params, f.n)))
			return rc;
		snprintf(sql, sizeof sql,
		         "SELECT f.label AS formulation, f.zh, min(u.date) AS first_seen, max(u.date) AS last_seen,"
		         " sum(u.count) AS uses, count(*) AS documents"
		         " FROM formulations f JOIN formulation_uses u ON u.formulation_id = f.id WHERE 1 = 1%s"
		         " GROUP BY f.id, f.label, f.zh ORDER BY uses DESC, f.label LIMIT %s",
		         f.sql, lim);
		rc = run(&span, st, "first and last appearance", sql, f.params, f.n);
	}
	if (rc) {
		readout_table_free(counts);
		return rc;
	}
	counts->next = span;
	*out = counts;
	return 0;
}

/* Down the hierarchy: central, provincial, prefectural, county, then the rest. */
#define LEVEL_RANK                                                                                         \
	"CASE e.level WHEN 'central' THEN 1 WHEN 'provincial' THEN 2 WHEN 'prefectural' THEN 3"                \
	" WHEN 'county' THEN 4 WHEN 'other' THEN 5 ELSE 6 END"

enum { CASCADE_LIST = 20 };

int readout_store_cascade(readout_table **out, readout_store *st, const char *subject)
{
	if (!subject || !*subject)
		return readout_error__set(READOUT_EINVALID, "cascade needs --subject");
	const char *days = st->db->kind == DB_SQLITE ? "CAST(julianday(e.date) - julianday(t0.d) AS INTEGER)"
	                                             : "(e.date::date - t0.d::date)";
	/* per level, from one date conversion per event: the first day from the earliest date, the
	 * mean from the mean of the dates (whole days apart, so no rounding is lost) */
	const char *first_day = st->db->kind == DB_SQLITE ? "CAST(julianday(min(e.date)) - julianday(t0.d) AS INTEGER)"
	                                                  : "(min(e.date)::date - t0.d::date)";
	const char *mean_day = st->db->kind == DB_SQLITE ? "round(avg(julianday(e.date)) - julianday(t0.d), 1)"
	                                                 : "round(avg(e.date::date - t0.d::date), 1)";
	/* the matching subjects once, then everything through events_subject_level */
	filters m = {.len = 0};
	int rc = 0;
	char *pattern = like_arg(subject, &rc);
	if (rc)
		return rc;
	filter(&m, MATCHING_SUBJECTS, pattern);
	const char *subjects = m.sql + strlen(" AND (");
	m.sql[m.len - 1] = '\0'; /* drop the closing parenthesis: subjects is the bare query */
	char sql[16384];
	/* day zero: the first central event on the subject, else the first event of any level */
	static const char *const t0 =
		"(SELECT coalesce((SELECT min(date) FROM events WHERE level = 'central' AND date IS NOT NULL"
		" AND subject IN (SELECT v FROM ms)), (SELECT min(date) FROM events WHERE date IS NOT NULL"
		" AND subject IN (SELECT v FROM ms))) AS d) t0";
	snprintf(sql, sizeof sql,
	         "WITH ms(v) AS (%s)"
	         " SELECT coalesce(e.level, 'unknown') AS level, count(*) AS events, min(e.date) AS first_date, max(e.date) AS last_date,"
	         " %s AS first_day, %s AS mean_day"
	         " FROM events e, %s WHERE e.date IS NOT NULL AND e.subject IN (SELECT v FROM ms)"
	         " GROUP BY e.level, t0.d ORDER BY " LEVEL_RANK,
	         subjects, first_day, mean_day, t0);
	readout_table *by_level;
	rc = run(&by_level, st, "by level (day 0 = first central event)", sql, m.params, m.n);
	if (rc) {
		free(pattern);
		return rc;
	}
	/* The leading edge at each level (a campaign's full list is `readout events --subject`):
	 * one small top-N per level, each read in date order from events_subject_level, rather
	 * than numbering every event of the campaign. */
	char firsts[2048];
	size_t o = 0;
	static const char *const levels[] = {"= 'central'", "= 'provincial'", "= 'prefectural'", "= 'county'", "= 'other'",
	                                     "IS NULL", "NOT IN ('central', 'provincial', 'prefectural', 'county', 'other')"};
	for (size_t i = 0; i < sizeof levels / sizeof *levels; i++)
		o += (size_t)snprintf(firsts + o, sizeof firsts - o,
		                      "%sSELECT id FROM (SELECT id FROM events WHERE subject IN (SELECT v FROM ms) AND level %s"
		                      " AND date IS NOT NULL ORDER BY date, id LIMIT %d) l%zu",
		                      i ? " UNION ALL " : "", levels[i], CASCADE_LIST, i);
	assert(o < sizeof firsts);
	snprintf(sql, sizeof sql,
	         "WITH ms(v) AS (%s), firsts(id) AS (%s)"
	         " SELECT e.date, %s AS day, coalesce(e.level, 'unknown') AS level, e.place, e.host, e.type, d.ext_id AS document"
	         " FROM firsts JOIN events e ON e.id = firsts.id JOIN %s ON d.id = e.doc_id, %s"
	         " ORDER BY e.date, " LEVEL_RANK ", d.ext_id, e.ord",
	         subjects, firsts, days, docs_by_id(st), t0);
	readout_table *list;
	char title[64];
	snprintf(title, sizeof title, "events (the first %d at each level)", CASCADE_LIST);
	rc = run(&list, st, title, sql, m.params, m.n);
	free(pattern);
	if (rc) {
		readout_table_free(by_level);
		return rc;
	}
	by_level->next = list;
	*out = by_level;
	return 0;
}

static bool word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* The query without its bare stop words (not those in quotes, nor prefixes "the*", nor the
 * upper-case operators AND OR NOT NEAR, nor column names "text:"): the index holds none, and
 * FTS5 reads a word that is all stop word as a phrase that matches nothing, which would make
 * "spirit of the congress" find nothing. PostgreSQL's websearch_to_tsquery drops them too. */
static void drop_stop_words(char *out, size_t cap, const char *q)
{
	size_t o = 0;
	while (*q && o + 1 < cap) {
		if (*q == '"') { /* a quoted phrase, as it is: the tokenizer skips its stop words */
			const char *end = strchr(q + 1, '"');
			size_t n = end ? (size_t)(end - q) + 1 : strlen(q);
			if (o + n >= cap)
				break;
			memcpy(out + o, q, n);
			o += n;
			q += n;
		} else if (word_byte((unsigned char)*q)) {
			size_t n = 0;
			while (word_byte((unsigned char)q[n]))
				n++;
			bool op = (n == 3 && (!strncmp(q, "AND", 3) || !strncmp(q, "NOT", 3))) || (n == 2 && !strncmp(q, "OR", 2));
			bool keep = op || q[n] == '*' || q[n] == ':' || !fts_is_stop_word(q, n);
			if (keep && o + n < cap) {
				memcpy(out + o, q, n);
				o += n;
			}
			q += n;
		} else {
			out[o++] = *q++;
		}
	}
	out[o] = '\0';
}

/* FTS5 syntax for power users; plain words when the query is not valid syntax. */
static void quote_terms(char *out, size_t cap, const char *q)
{
	size_t o = 0;
	while (*q && o + 4 < cap) {
		while (*q && !word_byte((unsigned char)*q))
			q++;
		if (!*q)
			break;
		size_t n = 0;
		while (word_byte((unsigned char)q[n]))
			n++;
		if (fts_is_stop_word(q, n) || o + n + 3 >= cap) { /* as drop_stop_words */
			q += n;
			continue;
		}
		if (o)
			out[o++] = ' ';
		out[o++] = '"';
		memcpy(out + o, q, n);
		o += n;
		q += n;
		out[o++] = '"';
	}
	out[o] = '\0';
}

int readout_store_search(readout_table **out, readout_store *st, const char *query, size_t limit)
{
	int rc = need_current(st);
	if (rc)
		return rc;
	char lim[32];
	limit_text(lim, sizeof lim, limit ? limit : 20);
	const char *params[] = {query, lim};
	char words[1024];
	if (st->db->kind == DB_SQLITE && strlen(query) < sizeof words) {
		drop_stop_words(words, sizeof words, query);
		if (strspn(words, " \t\r\n") < strlen(words)) /* only stop words: then as asked (no match) */
			params[0] = words;
	}
	if (st->db->kind == DB_PG)
		return run(out, st, "search",
		           "SELECT d.ext_id AS document, d.date, d.place,"
		           " ts_headline('english', d.text, q, 'StartSel=[,StopSel=],MaxWords=24,MinWords=8') AS snippet,"
		           " round(ts_rank(d.text_tsv, q)::numeric, 4) AS score, d.url"
		           " FROM documents d, websearch_to_tsquery('english', $1) q WHERE d.text_tsv @@ q"
		           " ORDER BY score DESC, d.ext_id LIMIT CAST($2 AS INTEGER)",
		           params, 2);
	/* ORDER BY rank (bm25) lets FTS5 sort the matches itself and make snippets for the page
	 * only; ordered by bm25() in the join it made one for every match (a word in 16% of a
	 * million documents: 0.92 -> 0.21 s) */
	static const char *const sql =
		"SELECT d.ext_id AS document, d.date, d.place, s.snippet, s.score, d.url FROM"
		" (SELECT rowid AS id, snippet(documents_fts, 0, '[', ']', '...', 16) AS snippet,"
		"  round(-bm25(documents_fts), 4) AS score, bm25(documents_fts) AS r"
		"  FROM documents_fts WHERE documents_fts MATCH $1 ORDER BY rank LIMIT CAST($2 AS INTEGER)) s"
		" JOIN documents d ON d.id = s.id ORDER BY s.r";
	rc = run(out, st, "search", sql, params, 2);
	if (rc == READOUT_EINVALID || rc == READOUT_EIO) {
		char quoted[1024];
		quote_terms(quoted, sizeof quoted, query);
		if (!quoted[0])
			return readout_error__set(READOUT_EINVALID, "search needs at least one word");
		const char *p2[] = {quoted, lim};
		rc = run(out, st, "search", sql, p2, 2);
	}
	return rc;
}

/* The first keyword of a statement, past blanks, comments and opening parentheses. */
static void first_keyword(char *out, size_t cap, const char *sql)
{
	for (;;) {
		while (isspace((unsigned char)*sql) || *sql == '(')
			sql++;
		if (sql[0] == '-' && sql[1] == '-') {
			sql += strcspn(sql, "\n");
		} else if (sql[0] == '/' && sql[1] == '*') {
			const char *end = strstr(sql + 2, "*/");
			sql = end ? end + 2 : sql + strlen(sql);
		} else
			break;
	}
	size_t o = 0;
	while (isalpha((unsigned char)*sql) && o + 1 < cap)
		out[o++] = (char)toupper((unsigned char)*sql++);
	out[o] = '\0';
}

/* readout sql on PostgreSQL refuses a role that could, through a SELECT, read the server's
 * files, reload its configuration or stop other sessions: a read-only transaction does not
 * stop those. The first such right the role has, or NULL. */
static int privileged_role(readout_store *st, char *out, size_t cap)
{
	static const char *const sql =
		"SELECT 'a superuser' WHERE current_setting('is_superuser') = 'on'"
		" UNION ALL SELECT 'a member of ' || r FROM unnest(ARRAY['pg_read_server_files', 'pg_write_server_files',"
		"  'pg_execute_server_program', 'pg_signal_backend']) AS r"
		"  WHERE CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN pg_has_role(r, 'MEMBER') ELSE false END"
		" UNION ALL SELECT 'allowed to call ' || f FROM unnest(ARRAY['pg_read_file(text)', 'pg_read_binary_file(text)',"
		"  'pg_ls_dir(text)', 'pg_stat_file(text)', 'pg_reload_conf()', 'pg_rotate_logfile()', 'lo_import(text)',"
		"  'lo_export(oid,text)', 'pg_file_write(text,text,boolean)']) AS f"
		"  WHERE CASE WHEN to_regprocedure(f) IS NOT NULL THEN has_function_privilege(f, 'EXECUTE') ELSE false END"
		" LIMIT 1";
	out[0] = '\0';
	db_stmt *q;
	int rc = db_prepare(st->db, &q, sql);
	if (rc)
		return rc;
	if ((rc = db_step(q)) == 1)
		snprintf(out, cap, "%s", db_col_text(q, 0));
	db_finalize(q);
	return rc < 0 ? rc : 0;
}

/* Whether sql may run: one statement that reads. */
static int sql_gate(readout_store *st, const char *sql)
{
	/* The engines enforce read-only access (a read-only SQLite connection with an authorizer,
	 * a READ ONLY transaction on PostgreSQL); this first check gives a plain answer, and keeps
	 * out what a read-only transaction still allows (COPY ... TO PROGRAM, SET, COMMIT). */
	static const char *const reads[] = {"SELECT", "WITH", "VALUES", "EXPLAIN", "TABLE", "SHOW", "PRAGMA"};
	char kw[16];
	first_keyword(kw, sizeof kw, sql);
	bool ok = false;
	for (size_t i = 0; i < sizeof reads / sizeof *reads && !ok; i++)
		ok = strcmp(kw, reads[i]) == 0 &&
		     !(st->db->kind == DB_SQLITE && (!strcmp(kw, "TABLE") || !strcmp(kw, "SHOW"))) &&
		     !(st->db->kind == DB_PG && !strcmp(kw, "PRAGMA"));
	if (!kw[0])
		return readout_error__set(READOUT_EINVALID, "no SQL statement given");
	if (!ok)
		return readout_error__set(READOUT_EINVALID,
		                          "only queries that read are allowed (SELECT, WITH, VALUES, EXPLAIN%s), not %s",
		                          st->db->kind == DB_SQLITE ? ", read-only PRAGMA" : ", TABLE, SHOW", kw);
	if (st->db->kind == DB_SQLITE && !st->db->readonly)
		return readout_error__set(READOUT_EINVALID, "open the store read-only for SQL");
	if (st->db->kind == DB_PG) {
		if (st->in_batch)
			return readout_error__set(READOUT_EINVALID, "SQL queries are not run inside a batch");
		char why[128];
		int rc = privileged_role(st, why, sizeof why);
		if (rc)
			return rc;
		if (why[0])
			return readout_error__set(READOUT_EINVALID, "refused: the role is %s, and a query could read the server's "
			                                            "files or stop it; connect as a role that may only read "
			                                            "(docs/schema.md, \"Access and safety\")", why);
	}
	return 0;
}

int readout_store_sql_rows(readout_store *st, const char *sql, readout_row_sink sink, void *user)
{
	int rc = sql_gate(st, sql);
	if (rc || (rc = begin_query(st)))
		return rc;
	bool pg = st->db->kind == DB_PG;
	if (pg && (rc = db_exec(st->db, "BEGIN READ ONLY"))) {
		end_query(st);
		return rc;
	}
	db_stmt *q;
	if (!(rc = db_prepare(st->db, &q, sql))) {
		rc = each_row(st, q, sink, user);
		db_finalize(q);
	}
	if (pg)
		db_exec(st->db, "ROLLBACK");
	end_query(st);
	return rc;
}

int readout_store_sql(readout_table **out, readout_store *st, const char *sql)
{
	*out = NULL;
	readout_table *t = calloc(1, sizeof *t);
	if (!t)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	collector c = {t, 0, 0, st->max_answer_bytes};
	int rc = readout_store_sql_rows(st, sql, collect_row, &c);
	if (rc) {
		readout_table_free(t);
		return rc;
	}
	*out = t;
	return 0;
}

int store__query(readout_table **out, readout_store *st, const char *sql, const char *const *params, size_t nparams)
{
	return run(out, st, NULL, sql, params, nparams);
}
