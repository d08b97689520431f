/* query.c — the analyst queries: people, a person's profile, events, formulation timelines,
 * the cascade of a campaign down the hierarchy, full-text search, read-only SQL. Every answer
 * is a readout_table (strings), so the CLI and the server only format. All user input is
 * bound as parameters, never spliced into SQL. */
#include "store/store_impl.h"
#include "util/error.h"

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

/* Runs a prepared statement into a new table. */
static int collect(readout_table **out, db_stmt *q, const char *title)
{
	*out = NULL;
	readout_table *t = calloc(1, sizeof *t);
	if (!t)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	t->title = dup_or_null(title);
	size_t cap = 0;
	int rc;
	while ((rc = db_step(q)) == 1) {
		if (!t->cols) {
			t->ncols = (size_t)db_ncols(q);
			t->cols = calloc(t->ncols ? t->ncols : 1, sizeof *t->cols);
			if (!t->cols)
				goto nomem;
			for (size_t i = 0; i < t->ncols; i++)
				t->cols[i] = dup_or_null(db_col_name(q, (int)i));
		}
		if (t->nrows == cap) {
			cap = cap ? cap * 2 : 16;
			char **cells = realloc(t->cells, cap * t->ncols * sizeof *cells);
			if (!cells)
				goto nomem;
			t->cells = cells;
		}
		for (size_t i = 0; i < t->ncols; i++)
			t->cells[t->nrows * t->ncols + i] = dup_or_null(db_col_text(q, (int)i));
		t->nrows++;
	}
	if (rc < 0) {
		readout_table_free(t);
		return rc;
	}
	if (!t->cols) {
		/* no rows: still name the columns */
		t->ncols = (size_t)db_ncols(q);
		t->cols = calloc(t->ncols ? t->ncols : 1, sizeof *t->cols);
		if (!t->cols)
			goto nomem;
		for (size_t i = 0; i < t->ncols; i++)
			t->cols[i] = dup_or_null(db_col_name(q, (int)i));
	}
	*out = t;
	return 0;
nomem:
	readout_table_free(t);
	return readout_error__set(READOUT_ENOMEM, "out of memory");
}

/* Prepares sql, binds params ($1..$n, NULL allowed) and collects the rows. */
static int run(readout_table **out, readout_store *st, const char *title, const char *sql,
               const char *const *params, size_t nparams)
{
	db_stmt *q;
	int rc = db_prepare(st->db, &q, sql);
	if (rc)
		return rc;
	for (size_t i = 0; i < nparams && !rc; i++)
		rc = db_bind_opt(q, (int)i + 1, params[i]);
	if (!rc)
		rc = collect(out, q, title);
	db_finalize(q);
	return rc;
}

static const char *agg(const readout_store *st)
{
	return st->db->kind == DB_SQLITE ? "group_concat" : "string_agg";
}

static void limit_text(char *buf, size_t cap, size_t limit)
{
	if (limit)
		snprintf(buf, cap, "%zu", limit);
	else
		snprintf(buf, cap, "%s", "1000000000");
}

int readout_store_people(readout_table **out, readout_store *st, const readout_query *q)
{
	char sql[2048], lim[32];
	limit_text(lim, sizeof lim, q->limit);
	snprintf(sql, sizeof sql,
	         "SELECT p.name, p.region,"
	         " (SELECT t.title FROM person_titles t WHERE t.person_id = p.id ORDER BY t.date DESC NULLS LAST, t.title LIMIT 1) AS latest_title,"
	         " p.documents, p.first_date, p.last_date"
	         " FROM persons p"
	         " WHERE (CAST($1 AS TEXT) IS NULL OR lower(p.region) = lower($1) OR EXISTS (SELECT 1 FROM person_docs pd"
	         "   JOIN documents d ON d.id = pd.doc_id WHERE pd.person_id = p.id AND (lower(d.place) = lower($1) OR lower(d.province) = lower($1))))"
	         " AND (CAST($2 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM person_titles t WHERE t.person_id = p.id"
	         "   AND lower(t.title) LIKE '%%' || lower($2) || '%%'))"
	         " AND (CAST($3 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM person_docs pd JOIN documents d ON d.id = pd.doc_id"
	         "   WHERE pd.person_id = p.id AND d.level = lower($3)))"
	         " ORDER BY p.documents DESC, p.name LIMIT %s",
	         lim);
	const char *params[] = {q->place, q->title, q->level};
	return run(out, st, "people", sql, params, 3);
}

static void fold_name(char *out, size_t cap, const char *name)
{
	size_t o = 0;
	for (const unsigned char *p = (const unsigned char *)name; *p && o + 1 < cap; p++) {
		if (isalnum(*p))
			out[o++] = (char)tolower(*p);
		else if (*p >= 0x80)
			out[o++] = (char)*p;
	}
	out[o] = '\0';
}

static readout_table **append(readout_table **tail, readout_table *t)
{
	*tail = t;
	while (t->next)
		t = t->next;
	return &t->next;
}

int readout_store_person(readout_table **out, readout_store *st, const char *name)
{
	*out = NULL;
	char key[128];
	fold_name(key, sizeof key, name);
	readout_table *who;
	const char *kp[] = {key};
	int rc = run(&who, st, "person",
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
		if ((rc = run(&t, st, title,
		              "SELECT title, min(date) AS first_date, max(date) AS last_date, count(DISTINCT doc_id) AS documents"
		              " FROM person_titles WHERE person_id = CAST($1 AS INTEGER) GROUP BY title ORDER BY min(date), title",
		              id, 1)))
			break;
		tail = append(tail, t);
		snprintf(title, sizeof title, "events of %s (%s)", who->cells[r * who->ncols + 1], label);
		if ((rc = run(&t, st, title,
		              "SELECT e.date, r.role, r.position + 1 AS listed, e.level, e.place, e.host, e.type, d.ext_id AS document"
		              " FROM roles r JOIN events e ON e.id = r.event_id JOIN documents d ON d.id = e.doc_id"
		              " WHERE r.person_id = CAST($1 AS INTEGER) ORDER BY e.date, r.role",
		              id, 1)))
			break;
		tail = append(tail, t);
		snprintf(title, sizeof title, "listed with %s", who->cells[r * who->ncols + 1]);
		snprintf(sql, sizeof sql,
		         "SELECT p2.name, p2.region, count(DISTINCT r2.event_id) AS shared_events,"
		         " sum(CASE WHEN r2.role = r1.role AND r2.position < r1.position THEN 1 ELSE 0 END) AS listed_before,"
		         " sum(CASE WHEN r2.role = r1.role AND r2.position > r1.position THEN 1 ELSE 0 END) AS listed_after"
		         " FROM roles r1 JOIN roles r2 ON r2.event_id = r1.event_id AND r2.person_id <> r1.person_id"
		         " JOIN persons p2 ON p2.id = r2.person_id WHERE r1.person_id = CAST($1 AS INTEGER)"
		         " GROUP BY p2.id, p2.name, p2.region ORDER BY shared_events DESC, p2.name LIMIT 20");
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
	char sql[2600], lim[32];
	limit_text(lim, sizeof lim, q->limit);
	const char *a = agg(st);
	snprintf(sql, sizeof sql,
	         "SELECT e.date, e.level, e.place, e.host, e.type, e.subject,"
	         " (SELECT %s(p.name, ', ') FROM roles r JOIN persons p ON p.id = r.person_id WHERE r.event_id = e.id AND r.role = 'presided') AS presided,"
	         " (SELECT %s(p.name, ', ') FROM roles r JOIN persons p ON p.id = r.person_id WHERE r.event_id = e.id AND r.role = 'spoke') AS spoke,"
	         " (SELECT count(*) FROM roles r WHERE r.event_id = e.id AND r.role = 'attended') AS attended,"
	         " d.ext_id AS document"
	         " FROM events e JOIN documents d ON d.id = e.doc_id"
	         " WHERE (CAST($1 AS TEXT) IS NULL OR e.date >= $1)"
	         " AND (CAST($2 AS TEXT) IS NULL OR e.date <= $2)"
	         " AND (CAST($3 AS TEXT) IS NULL OR e.level = lower($3))"
	         " AND (CAST($4 AS TEXT) IS NULL OR lower(e.place) = lower($4) OR lower(e.province) = lower($4))"
	         " AND (CAST($5 AS TEXT) IS NULL OR lower(e.type) LIKE '%%' || lower($5) || '%%')"
	         " AND (CAST($6 AS TEXT) IS NULL OR lower(e.subject) LIKE '%%' || lower($6) || '%%')"
	         " ORDER BY e.date NULLS LAST, d.ext_id, e.ord LIMIT %s",
	         a, a, lim);
	const char *params[] = {q->from, q->to, q->level, q->place, q->type, q->subject};
	return run(out, st, "events", sql, params, 6);
}

int readout_store_formulations(readout_table **out, readout_store *st, const readout_query *q)
{
	bool week = q->by && strcmp(q->by, "week") == 0;
	if (q->by && !week && strcmp(q->by, "month") != 0)
		return readout_error__set(READOUT_EINVALID, "--by takes month or week, not '%s'", q->by);
	const char *period = st->db->kind == DB_SQLITE
	                         ? (week ? "strftime('%Y-W%W', u.date)" : "substr(u.date, 1, 7)")
	                         : (week ? "to_char(u.date::date, 'IYYY-\"W\"IW')" : "substr(u.date, 1, 7)");
	const char *filter = " WHERE (CAST($1 AS TEXT) IS NULL OR u.date >= $1) AND (CAST($2 AS TEXT) IS NULL OR u.date <= $2)"
	                     " AND (CAST($3 AS TEXT) IS NULL OR lower(u.place) = lower($3))";
	char sql[2000], lim[32];
	limit_text(lim, sizeof lim, q->limit);
	snprintf(sql, sizeof sql,
	         "SELECT f.label AS formulation, f.zh, %s AS period, sum(u.count) AS uses, count(*) AS documents"
	         " FROM formulations f JOIN formulation_uses u ON u.formulation_id = f.id%s AND u.date IS NOT NULL"
	         " GROUP BY f.id, f.label, f.zh, %s ORDER BY period, uses DESC, f.label LIMIT %s",
	         period, filter, period, lim);
	const char *params[] = {q->from, q->to, q->place};
	readout_table *counts;
	int rc = run(&counts, st, "uses by period", sql, params, 3);
	if (rc)
		return rc;
	snprintf(sql, sizeof sql,
	         "SELECT f.label AS formulation, f.zh, min(u.date) AS first_seen, max(u.date) AS last_seen,"
	         " sum(u.count) AS uses, count(*) AS documents"
	         " FROM formulations f JOIN formulation_uses u ON u.formulation_id = f.id%s"
	         " GROUP BY f.id, f.label, f.zh ORDER BY uses DESC, f.label LIMIT %s",
	         filter, lim);
	readout_table *span;
	if ((rc = run(&span, st, "first and last appearance", sql, params, 3))) {
		readout_table_free(counts);
		return rc;
	}
	counts->next = span;
	*out = counts;
	return 0;
}

int readout_store_cascade(readout_table **out, readout_store *st, const char *subject)
{
	if (!subject || !*subject)
		return readout_error__set(READOUT_EINVALID, "cascade needs --subject");
	const char *days = st->db->kind == DB_SQLITE ? "CAST(julianday(e.date) - julianday(t0.d) AS INTEGER)"
	                                             : "(e.date::date - t0.d::date)";
	/* day zero: the first central event on the subject, else the first event of any level */
	const char *t0 =
		"(SELECT coalesce((SELECT min(date) FROM events WHERE level = 'central' AND date IS NOT NULL"
		"  AND lower(subject) LIKE '%' || lower($1) || '%'),"
		" (SELECT min(date) FROM events WHERE date IS NOT NULL AND lower(subject) LIKE '%' || lower($1) || '%')) AS d) t0";
	char sql[2400];
	snprintf(sql, sizeof sql,
	         "SELECT coalesce(e.level, 'unknown') AS level, count(*) AS events, min(e.date) AS first_date, max(e.date) AS last_date,"
	         " min(%s) AS first_day, round(avg(%s), 1) AS mean_day"
	         " FROM events e, %s WHERE e.date IS NOT NULL AND lower(e.subject) LIKE '%%' || lower($1) || '%%'"
	         " GROUP BY e.level ORDER BY CASE e.level WHEN 'central' THEN 1 WHEN 'provincial' THEN 2"
	         " WHEN 'prefectural' THEN 3 WHEN 'county' THEN 4 WHEN 'other' THEN 5 ELSE 6 END",
	         days, days, t0);
	const char *p[] = {subject};
	readout_table *by_level;
	int rc = run(&by_level, st, "by level (day 0 = first central event)", sql, p, 1);
	if (rc)
		return rc;
	snprintf(sql, sizeof sql,
	         "SELECT e.date, %s AS day, coalesce(e.level, 'unknown') AS level, e.place, e.host, e.type, d.ext_id AS document"
	         " FROM events e JOIN documents d ON d.id = e.doc_id, %s"
	         " WHERE e.date IS NOT NULL AND lower(e.subject) LIKE '%%' || lower($1) || '%%' ORDER BY e.date, e.level",
	         days, t0);
	readout_table *list;
	if ((rc = run(&list, st, "events", sql, p, 1))) {
		readout_table_free(by_level);
		return rc;
	}
	by_level->next = list;
	*out = by_level;
	return 0;
}

/* FTS5 syntax for power users; plain words when the query is not valid syntax. */
static void quote_terms(char *out, size_t cap, const char *q)
{
	size_t o = 0;
	while (*q && o + 4 < cap) {
		while (*q && !isalnum((unsigned char)*q) && (unsigned char)*q < 0x80)
			q++;
		if (!*q)
			break;
		if (o)
			out[o++] = ' ';
		out[o++] = '"';
		while (*q && (isalnum((unsigned char)*q) || (unsigned char)*q >= 0x80) && o + 3 < cap)
			out[o++] = *q++;
		out[o++] = '"';
	}
	out[o] = '\0';
}

int readout_store_search(readout_table **out, readout_store *st, const char *query, size_t limit)
{
	char lim[32];
	limit_text(lim, sizeof lim, limit ? limit : 20);
	const char *params[] = {query, lim};
	if (st->db->kind == DB_PG)
		return run(out, st, "search",
		           "SELECT d.ext_id AS document, d.date, d.place,"
		           " ts_headline('english', d.text, q, 'StartSel=[,StopSel=],MaxWords=24,MinWords=8') AS snippet,"
		           " round(ts_rank(d.text_tsv, q)::numeric, 4) AS score"
		           " FROM documents d, websearch_to_tsquery('english', $1) q WHERE d.text_tsv @@ q"
		           " ORDER BY score DESC, d.ext_id LIMIT CAST($2 AS INTEGER)",
		           params, 2);
	static const char *const sql =
		"SELECT d.ext_id AS document, d.date, d.place,"
		" snippet(documents_fts, 0, '[', ']', '...', 16) AS snippet, round(bm25(documents_fts), 3) AS score"
		" FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
		" WHERE documents_fts MATCH $1 ORDER BY bm25(documents_fts) LIMIT CAST($2 AS INTEGER)";
	int rc = run(out, st, "search", sql, params, 2);
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

int readout_store_sql(readout_table **out, readout_store *st, const char *sql)
{
	if (st->db->kind == DB_PG) {
		int rc = db_exec(st->db, "BEGIN READ ONLY");
		if (rc)
			return rc;
		rc = run(out, st, NULL, sql, NULL, 0);
		db_exec(st->db, "ROLLBACK");
		return rc;
	}
	if (!st->db->readonly)
		return readout_error__set(READOUT_EINVALID, "open the store read-only for SQL");
	return run(out, st, NULL, sql, NULL, 0);
}
