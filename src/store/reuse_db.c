/* reuse_db.c — the SQL of text reuse: reading documents for it, writing its results, listing
 * them (see reuse_db.h; the tables are in schema.c, REUSE_TABLES). Every statement is written
 * once with $N placeholders; the dialects differ only in slice_sql and round_sql below and in
 * asking PostgreSQL for the id an insert made (insert_returning). */
#define _GNU_SOURCE /* asprintf */
#include "store/reuse_db.h"
#include "readout/reuse.h"
#include "store/fts_words.h"
#include "store/store_impl.h"
#include "util/error.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool readout_store__stop_word(const char *word, size_t n)
{
	return fts_is_stop_word(word, n);
}

/* ---- reading documents ---- */

/* Documents a page: a page is one query, held whole in memory by PostgreSQL. */
enum { PAGE_DOCS = 500, IDS_PER_QUERY = 64 };

#define DOC_COLUMNS "id, ext_id, hash, published, date, level, place, province"

static int emit_doc(db_stmt *q, bool with_text, reuse_db_doc_fn fn, void *user)
{
	reuse_db_doc d = {db_col_int(q, 0), db_col_text(q, 1), db_col_text(q, 2), db_col_text(q, 3),
	                  db_col_text(q, 4), db_col_text(q, 5), db_col_text(q, 6), db_col_text(q, 7),
	                  with_text ? db_col_text(q, 8) : NULL, 0};
	d.len = d.text ? strlen(d.text) : 0;
	return fn(user, &d);
}

int readout_store__reuse_each_doc(readout_store *st, bool with_text, reuse_db_doc_fn fn, void *user)
{
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT " DOC_COLUMNS ", %s FROM documents WHERE id > $1 ORDER BY id LIMIT %d",
	         with_text ? "text" : "NULL", PAGE_DOCS);
	db_stmt *q = NULL;
	int rc = db_prepare(st->db, &q, sql);
	int64_t after = 0;
	for (bool more = true; !rc && more;) {
		db_reset(q);
		if ((rc = db_bind_int(q, 1, after)))
			break;
		int row, n = 0;
		while (!rc && (row = db_step(q)) == 1) {
			after = db_col_int(q, 0);
			n++;
			rc = emit_doc(q, with_text, fn, user);
		}
		if (!rc && row < 0)
			rc = row;
		more = n == PAGE_DOCS;
	}
	db_finalize(q);
	return rc;
}

/* "SELECT ... WHERE id IN ($1, ..., $n) ORDER BY id", malloc'd. */
static char *ids_sql(const char *columns, const char *table, int n)
{
	size_t cap = strlen(columns) + strlen(table) + 64 + (size_t)n * 8;
	char *sql = malloc(cap);
	if (!sql)
		return NULL;
	size_t o = (size_t)snprintf(sql, cap, "SELECT %s FROM %s WHERE id IN (", columns, table);
	for (int i = 1; i <= n; i++)
		o += (size_t)snprintf(sql + o, cap - o, "%s$%d", i > 1 ? ", " : "", i);
	snprintf(sql + o, cap - o, ") ORDER BY id");
	return sql;
}

static int cmp_id(const void *x, const void *y)
{
	int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
	return (a > b) - (a < b);
}

int readout_store__reuse_docs_by_id(readout_store *st, const int64_t *ids, size_t n, reuse_db_doc_fn fn, void *user)
{
	if (!n)
		return 0;
	int64_t *sorted = malloc(n * sizeof *sorted);
	if (!sorted)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	memcpy(sorted, ids, n * sizeof *sorted);
	qsort(sorted, n, sizeof *sorted, cmp_id);
	db_stmt *many = NULL, *one = NULL;
	char *sql_many = ids_sql(DOC_COLUMNS ", text", "documents", IDS_PER_QUERY);
	char *sql_one = ids_sql(DOC_COLUMNS ", text", "documents", 1);
	int rc = !sql_many || !sql_one ? readout_error__set(READOUT_ENOMEM, "out of memory") : 0;
	if (!rc)
		rc = db_prepare(st->db, &many, sql_many);
	if (!rc)
		rc = db_prepare(st->db, &one, sql_one);
	for (size_t k = 0; k < n && !rc;) {
		size_t m = n - k >= IDS_PER_QUERY ? IDS_PER_QUERY : 1;
		db_stmt *q = m > 1 ? many : one;
		db_reset(q);
		for (size_t i = 0; i < m && !rc; i++)
			rc = db_bind_int(q, (int)i + 1, sorted[k + i]);
		int row;
		while (!rc && (row = db_step(q)) == 1)
			rc = emit_doc(q, true, fn, user);
		if (!rc && row < 0)
			rc = row;
		k += m;
	}
	db_finalize(many);
	db_finalize(one);
	free(sql_many);
	free(sql_one);
	free(sorted);
	return rc;
}

static int one_int(readout_store *st, const char *sql, const char *param, int64_t *out)
{
	db_stmt *q = NULL;
	int rc = db_prepare(st->db, &q, sql);
	if (!rc && param)
		rc = db_bind_text(q, 1, param);
	if (!rc) {
		rc = db_step(q);
		*out = rc == 1 ? db_col_int(q, 0) : 0;
		rc = rc < 0 ? rc : 0;
	}
	db_finalize(q);
	return rc;
}

int readout_store__reuse_ready(readout_store *st, bool *out)
{
	int64_t n = 0;
	int rc = one_int(st,
	                 st->db->kind == DB_SQLITE ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $1"
	                                           : "SELECT count(*) FROM information_schema.tables"
	                                             " WHERE table_name = $1 AND table_schema = current_schema()",
	                 "reuse_reference_passages", &n);
	*out = n > 0;
	return rc;
}

/* The first column of every row of sql (one int64 parameter, or none when param < 0), into
 * a malloc'd array. */
static int int_column(readout_store *st, const char *sql, int64_t param, int64_t **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	size_t cap = 0;
	db_stmt *q = NULL;
	int rc = db_prepare(st->db, &q, sql);
	if (!rc && param >= 0)
		rc = db_bind_int(q, 1, param);
	int row;
	while (!rc && (row = db_step(q)) == 1) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 1024;
			int64_t *v = realloc(*out, cap * sizeof *v);
			if (!v) {
				rc = readout_error__set(READOUT_ENOMEM, "out of memory");
				break;
			}
			*out = v;
		}
		(*out)[(*n)++] = db_col_int(q, 0);
	}
	if (!rc && row < 0)
		rc = row;
	db_finalize(q);
	if (rc) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

int readout_store__reuse_done(readout_store *st, int64_t **out, size_t *n)
{
	return int_column(st, "SELECT doc_id FROM reuse_docs ORDER BY doc_id", -1, out, n);
}

int readout_store__reuse_reference_done(readout_store *st, int64_t reference, int64_t **out, size_t *n)
{
	return int_column(st, "SELECT doc_id FROM reuse_reference_docs WHERE reference_id = $1 ORDER BY doc_id", reference,
	                  out, n);
}

int readout_store__reuse_find_reference(readout_store *st, const char *hash, int64_t *id)
{
	return one_int(st, "SELECT id FROM reuse_references WHERE hash = $1", hash, id);
}

int readout_store__reuse_last_settings(readout_store *st, const char *kind, char **out)
{
	*out = NULL;
	db_stmt *q = NULL;
	int rc = db_prepare(st->db, &q, "SELECT settings FROM reuse_runs WHERE kind = $1 ORDER BY id DESC LIMIT 1");
	if (!rc)
		rc = db_bind_text(q, 1, kind);
	if (!rc && (rc = db_step(q)) == 1) {
		const char *v = db_col_text(q, 0);
		rc = v && !(*out = strdup(v)) ? readout_error__set(READOUT_ENOMEM, "out of memory") : 0;
	}
	db_finalize(q);
	return rc < 0 ? rc : 0;
}


/* ---- writing ---- */

/* The tables written many rows a statement, with their columns. */
enum { T_PAIRS, T_PASSAGES, T_DOCS, T_CLUSTERS, T_EVENT_CLUSTERS, T_REF_DOCS, T_REF_PASSAGES, T_COUNT };

static const struct table {
	const char *head;
	int ncols;
} tables[T_COUNT] = {
	[T_PAIRS] = {"reuse_pairs(source_doc, target_doc, direction, passages, source_words, target_words, "
	             "source_share, target_share, score, matches, run_id) VALUES", 11},
	[T_PASSAGES] = {"reuse_passages(source_doc, target_doc, ord, source_start, source_end, target_start, "
	                "target_end, source_words, target_words, score, matches) VALUES", 11},
	[T_DOCS] = {"reuse_docs(doc_id, words, run_id) VALUES", 3},
	[T_CLUSTERS] = {"reuse_clusters(doc_id, cluster_id, documents) VALUES", 3},
	[T_EVENT_CLUSTERS] = {"event_clusters(event_id, cluster_id) VALUES", 2},
	[T_REF_DOCS] = {"reuse_reference_docs(reference_id, doc_id, words, taken, share, passages, days_after) VALUES", 7},
	[T_REF_PASSAGES] = {"reuse_reference_passages(reference_id, doc_id, ord, reference_start, reference_end, "
	                    "doc_start, doc_end, reference_words, doc_words, score, matches) VALUES", 11},
};

struct reuse_db_writer {
	readout_store *st;
	db_stmt *stmt[T_COUNT][2]; /* per table: ROWS_PER_INSERT rows, one row */
};

int readout_store__reuse_writer(reuse_db_writer **out, readout_store *st)
{
	*out = NULL;
	if (!st->in_batch)
		return readout_error__set(READOUT_EINVALID, "reuse results are written inside a batch (readout_store_begin)");
	reuse_db_writer *w = calloc(1, sizeof *w);
	if (!w)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	w->st = st;
	*out = w;
	return 0;
}

void readout_store__reuse_writer_free(reuse_db_writer *w)
{
	if (!w)
		return;
	for (int t = 0; t < T_COUNT; t++)
		for (int m = 0; m < 2; m++)
			db_finalize(w->stmt[t][m]);
	free(w);
}

static int insert_stmt(reuse_db_writer *w, int t, int nrows, db_stmt **out)
{
	db_stmt **slot = &w->stmt[t][nrows == 1];
	if (!*slot) {
		char *sql = rows_values_sql(db_batch_insert(w->st->db), tables[t].head, NULL, tables[t].ncols, nrows, "");
		if (!sql)
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		int rc = db_prepare(w->st->db, slot, sql);
		free(sql);
		if (rc)
			return rc;
	}
	*out = *slot;
	db_reset(*out);
	return 0;
}

/* A share as stored: four decimals, so both engines print it alike. */
static int bind_share(db_stmt *q, int i, double v)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%.4f", v);
	return db_bind_text(q, i, buf);
}

/* Binds the ncols values of row k at parameter p. */
typedef int (*bind_fn)(db_stmt *q, int p, const void *v, size_t k, int64_t extra);

static int write_rows(reuse_db_writer *w, int t, const void *v, size_t n, bind_fn bind, int64_t extra)
{
	for (size_t k = 0; k < n;) {
		int nrows = n - k >= ROWS_PER_INSERT ? ROWS_PER_INSERT : 1;
		db_stmt *q = NULL;
		int rc = insert_stmt(w, t, nrows, &q);
		for (int r = 0; r < nrows && !rc; r++)
			rc = bind(q, 1 + r * tables[t].ncols, v, k + (size_t)r, extra);
		if (!rc && (rc = db_step(q)) > 0)
			rc = 0;
		if (q)
			db_reset(q);
		if (rc)
			return rc;
		k += (size_t)nrows;
	}
	return 0;
}

/* Binds values[0..n) at p.. as integers. */
static int bind_ints(db_stmt *q, int p, const int64_t *values, int n)
{
	int rc = 0;
	for (int i = 0; i < n && !rc; i++)
		rc = db_bind_int(q, p + i, values[i]);
	return rc;
}

static int bind_pair(db_stmt *q, int p, const void *v, size_t k, int64_t run)
{
	const reuse_db_pair *x = (const reuse_db_pair *)v + k;
	int64_t head[2] = {x->source, x->target}, counts[3] = {x->passages, x->source_words, x->target_words},
	        tail[3] = {x->score, x->matches, run};
	int rc;
	(void)((rc = bind_ints(q, p, head, 2)) || (rc = db_bind_text(q, p + 2, x->direction)) ||
	       (rc = bind_ints(q, p + 3, counts, 3)) || (rc = bind_share(q, p + 6, x->source_share)) ||
	       (rc = bind_share(q, p + 7, x->target_share)) || (rc = bind_ints(q, p + 8, tail, 3)));
	return rc;
}

static int bind_passage(db_stmt *q, int p, const void *v, size_t k, int64_t unused)
{
	const reuse_db_passage *x = (const reuse_db_passage *)v + k;
	(void)unused;
	int64_t values[11] = {x->source, x->target, x->ord, x->source_start, x->source_end, x->target_start,
	                      x->target_end, x->source_words, x->target_words, x->score, x->matches};
	return bind_ints(q, p, values, 11);
}

int readout_store__reuse_put_pairs(reuse_db_writer *w, int64_t run, const reuse_db_pair *v, size_t n)
{
	return write_rows(w, T_PAIRS, v, n, bind_pair, run);
}

int readout_store__reuse_put_passages(reuse_db_writer *w, const reuse_db_passage *v, size_t n)
{
	return write_rows(w, T_PASSAGES, v, n, bind_passage, 0);
}

int readout_store__reuse_put_ref_passages(reuse_db_writer *w, const reuse_db_passage *v, size_t n)
{
	return write_rows(w, T_REF_PASSAGES, v, n, bind_passage, 0);
}

/* rows: n rows of width int64 values each */
static int bind_int_row(db_stmt *q, int p, const void *v, size_t k, int64_t width)
{
	return bind_ints(q, p, (const int64_t *)v + k * (size_t)width, (int)width);
}

int readout_store__reuse_put_docs(reuse_db_writer *w, int64_t run, const int64_t *ids, const int64_t *words, size_t n)
{
	int64_t buf[3 * ROWS_PER_INSERT];
	for (size_t k = 0; k < n;) {
		size_t m = n - k < ROWS_PER_INSERT ? n - k : ROWS_PER_INSERT;
		for (size_t i = 0; i < m; i++) {
			buf[3 * i] = ids[k + i];
			buf[3 * i + 1] = words[k + i];
			buf[3 * i + 2] = run;
		}
		int rc = write_rows(w, T_DOCS, buf, m, bind_int_row, 3);
		if (rc)
			return rc;
		k += m;
	}
	return 0;
}

static int bind_ref_doc(db_stmt *q, int p, const void *v, size_t k, int64_t unused)
{
	const reuse_db_ref_doc *x = (const reuse_db_ref_doc *)v + k;
	(void)unused;
	int64_t head[4] = {x->reference, x->doc, x->words, x->taken};
	int rc;
	(void)((rc = bind_ints(q, p, head, 4)) || (rc = bind_share(q, p + 4, x->share)) ||
	       (rc = db_bind_int(q, p + 5, x->passages)) ||
	       (rc = x->days_after == REUSE_DB_NO_DAYS ? db_bind_null(q, p + 6) : db_bind_int(q, p + 6, x->days_after)));
	return rc;
}

int readout_store__reuse_put_ref_docs(reuse_db_writer *w, const reuse_db_ref_doc *v, size_t n)
{
	return write_rows(w, T_REF_DOCS, v, n, bind_ref_doc, 0);
}

int readout_store__reuse_put_clusters(reuse_db_writer *w, const int64_t *doc_cluster_size, size_t n)
{
	int rc = db_exec(w->st->db, "DELETE FROM reuse_clusters");
	return rc ? rc : write_rows(w, T_CLUSTERS, doc_cluster_size, n, bind_int_row, 3);
}

int readout_store__reuse_put_event_clusters(reuse_db_writer *w, const int64_t *event_cluster, size_t n)
{
	int rc = db_exec(w->st->db, "DELETE FROM event_clusters");
	return rc ? rc : write_rows(w, T_EVENT_CLUSTERS, event_cluster, n, bind_int_row, 2);
}

int readout_store__reuse_forget(reuse_db_writer *w)
{
	return db_exec(w->st->db, "DELETE FROM reuse_passages; DELETE FROM reuse_pairs; DELETE FROM reuse_docs;"
	                          " DELETE FROM reuse_clusters; DELETE FROM event_clusters;");
}

/* An INSERT of one row whose id the caller needs: PostgreSQL returns it (store.c does the same). */
static int insert_returning(reuse_db_writer *w, const char *sql, db_stmt **out)
{
	char buf[512];
	snprintf(buf, sizeof buf, "%s%s", sql, w->st->db->kind == DB_PG ? " RETURNING id" : "");
	return db_prepare(w->st->db, out, buf);
}

int readout_store__reuse_put_run(reuse_db_writer *w, const reuse_db_run *r, int64_t *id)
{
	db_stmt *q = NULL;
	int rc = insert_returning(w, "INSERT INTO reuse_runs(kind, settings, started_at, seconds, documents, new_documents, "
	                             "candidate_pairs, pairs, passages) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9)", &q);
	char seconds[32];
	snprintf(seconds, sizeof seconds, "%.3f", r->seconds);
	int64_t counts[5] = {r->documents, r->new_documents, r->candidate_pairs, r->pairs, r->passages};
	if (!rc)
		(void)((rc = db_bind_text(q, 1, r->kind)) || (rc = db_bind_text(q, 2, r->settings)) ||
		       (rc = db_bind_text(q, 3, r->started_at)) || (rc = db_bind_text(q, 4, seconds)) ||
		       (rc = bind_ints(q, 5, counts, 5)));
	if (!rc) {
		rc = db_step_insert(q, id);
		rc = rc == 1 ? 0 : rc < 0 ? rc : readout_error__set(READOUT_EIO, "the run's insert returned no id");
	}
	db_finalize(q);
	return rc;
}

int readout_store__reuse_put_reference(reuse_db_writer *w, const reuse_db_reference *r, int64_t *id)
{
	int rc = one_int(w->st, "SELECT id FROM reuse_references WHERE hash = $1", r->hash, id);
	if (rc || *id)
		return rc;
	db_stmt *q = NULL;
	rc = insert_returning(w, "INSERT INTO reuse_references(name, hash, date, level, words, text, added_at) "
	                         "VALUES($1, $2, $3, $4, $5, $6, $7)", &q);
	if (!rc)
		(void)((rc = db_bind_text(q, 1, r->name)) || (rc = db_bind_text(q, 2, r->hash)) ||
		       (rc = db_bind_opt(q, 3, r->date)) || (rc = db_bind_opt(q, 4, r->level)) ||
		       (rc = db_bind_int(q, 5, r->words)) || (rc = db_bind_text(q, 6, r->text)) ||
		       (rc = db_bind_text(q, 7, r->added_at)));
	if (!rc) {
		rc = db_step_insert(q, id);
		rc = rc == 1 ? 0 : rc < 0 ? rc : readout_error__set(READOUT_EIO, "the reference's insert returned no id");
	}
	db_finalize(q);
	return rc;
}

int readout_store__reuse_forget_reference(reuse_db_writer *w, int64_t reference)
{
	static const char *const sql[] = {"DELETE FROM reuse_reference_passages WHERE reference_id = $1",
	                                  "DELETE FROM reuse_reference_docs WHERE reference_id = $1"};
	int rc = 0;
	for (size_t i = 0; i < 2 && !rc; i++) {
		db_stmt *q = NULL;
		if (!(rc = db_prepare(w->st->db, &q, sql[i])) && !(rc = db_bind_int(q, 1, reference)) && (rc = db_step(q)) > 0)
			rc = 0;
		db_finalize(q);
	}
	return rc;
}

int readout_store__reuse_near_pairs(reuse_db_writer *w, double min_share, reuse_db_pair_fn fn, void *user)
{
	db_stmt *q = NULL;
	int rc = db_prepare(w->st->db, &q,
	                    "SELECT source_doc, target_doc FROM reuse_pairs WHERE source_share >= $1 AND target_share >= $1"
	                    " ORDER BY source_doc, target_doc");
	if (!rc)
		rc = bind_share(q, 1, min_share);
	int row;
	while (!rc && (row = db_step(q)) == 1)
		rc = fn(user, db_col_int(q, 0), db_col_int(q, 1));
	if (!rc && row < 0)
		rc = row;
	db_finalize(q);
	return rc;
}

int readout_store__reuse_clustered_events(reuse_db_writer *w, reuse_db_event_fn fn, void *user)
{
	db_stmt *q = NULL;
	int rc = db_prepare(w->st->db, &q,
	                    "SELECT e.id, e.doc_id, e.ord, e.date, e.date_partial, e.place, e.type"
	                    " FROM reuse_clusters c JOIN events e ON e.doc_id = c.doc_id"
	                    " ORDER BY c.cluster_id, e.doc_id, e.ord");
	int row;
	while (!rc && (row = db_step(q)) == 1) {
		reuse_db_event e = {db_col_int(q, 0), db_col_int(q, 1), db_col_int(q, 2), db_col_text(q, 3),
		                    db_col_text(q, 4), db_col_text(q, 5), db_col_text(q, 6)};
		rc = fn(user, &e);
	}
	if (!rc && row < 0)
		rc = row;
	db_finalize(q);
	return rc;
}

/* ---- listing results ---- */

/* The bytes [start, end) of a text column, as text: both engines count characters in substr
 * of text, bytes in substr of binary. */
static void slice_sql(char *out, size_t cap, const readout_store *st, const char *text, const char *start,
                      const char *end)
{
	if (st->db->kind == DB_SQLITE)
		snprintf(out, cap, "CAST(substr(CAST(%s AS BLOB), %s + 1, %s - %s) AS TEXT)", text, start, end, start);
	else
		snprintf(out, cap, "convert_from(substring(convert_to(%s, 'UTF8') from (%s + 1)::int for (%s - %s)::int), 'UTF8')",
		         text, start, end, start);
}

/* expr rounded to four decimals (PostgreSQL rounds numeric, not double precision). */
static void round_sql(char *out, size_t cap, const readout_store *st, const char *expr)
{
	if (st->db->kind == DB_SQLITE)
		snprintf(out, cap, "round(%s, 4)", expr);
	else
		snprintf(out, cap, "round((%s)::numeric, 4)", expr);
}

/* " AND x.reference_id IN (1, 2)" for the query's references, or "". */
static void refs_filter(char *out, size_t cap, const reuse_db_query *q, const char *column)
{
	out[0] = '\0';
	if (!q->references || !q->nreferences)
		return;
	size_t o = (size_t)snprintf(out, cap, " AND %s IN (", column);
	for (size_t i = 0; i < q->nreferences && o + 24 < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, "%s%" PRId64, i ? ", " : "", q->references[i]);
	snprintf(out + o, cap - o, ")");
}

/* The grouping expression of --by, or NULL for an unknown one. */
static const char *by_expr(const char *by)
{
	static const char *const exprs[][2] = {{"place", "d.place"},
	                                       {"province", "d.province"},
	                                       {"level", "d.level"},
	                                       {"month", "substr(coalesce(d.published, d.date), 1, 7)"}};
	for (size_t i = 0; by && i < sizeof exprs / sizeof *exprs; i++)
		if (strcmp(by, exprs[i][0]) == 0)
			return exprs[i][1];
	return NULL;
}

int readout_store__reuse_export(readout_cursor **out, readout_store *st, const reuse_db_query *q)
{
	*out = NULL;
	bool ready = false;
	int rc = readout_store__reuse_ready(st, &ready);
	if (rc)
		return rc;
	if (!ready)
		return readout_error__set(READOUT_ENOTFOUND, "no reuse results here (run readout reuse first)");
	char a[256], b[256], r1[128], r2[128], r3[128], refs[512], limit[48] = "";
	if (q->limit)
		snprintf(limit, sizeof limit, " LIMIT %zu", q->limit);
	refs_filter(refs, sizeof refs, q, "x.reference_id");
	const char *doc_filter = q->doc ? " AND (s.ext_id = $1 OR t.ext_id = $1)" : "";
	char *sql = NULL;
	int n = -1;
	switch (q->what) {
	case READOUT_REUSE_PASSAGES:
		slice_sql(a, sizeof a, st, "s.text", "p.source_start", "p.source_end");
		slice_sql(b, sizeof b, st, "t.text", "p.target_start", "p.target_end");
		n = asprintf(&sql,
		             "SELECT s.ext_id AS source, t.ext_id AS target, s.hash AS source_hash, t.hash AS target_hash,"
		             " coalesce(s.published, s.date) AS source_date, coalesce(t.published, t.date) AS target_date,"
		             " pr.direction, p.ord AS passage, p.source_start, p.source_end, p.target_start, p.target_end,"
		             " p.source_words, p.target_words, p.score, p.matches, pr.source_share, pr.target_share,"
		             " %s AS source_text, %s AS target_text"
		             " FROM reuse_passages p"
		             " JOIN reuse_pairs pr ON pr.source_doc = p.source_doc AND pr.target_doc = p.target_doc"
		             " JOIN documents s ON s.id = p.source_doc JOIN documents t ON t.id = p.target_doc"
		             " WHERE 1 = 1%s ORDER BY p.source_doc, p.target_doc, p.ord%s",
		             a, b, doc_filter, limit);
		break;
	case READOUT_REUSE_PAIRS:
		n = asprintf(&sql,
		             "SELECT source, target, source_date, target_date, source_level, target_level, direction, passages,"
		             " source_share, target_share, score FROM v_reuse_pairs"
		             " WHERE %s ORDER BY score DESC, source_doc, target_doc%s",
		             q->doc ? "source = $1 OR target = $1" : "1 = 1", limit);
		break;
	case READOUT_REUSE_CLUSTERS:
		n = asprintf(&sql,
		             "SELECT c.cluster_id AS cluster, f.ext_id AS first, c.documents, d.ext_id AS document,"
		             " coalesce(d.published, d.date) AS date, d.place, d.level"
		             " FROM reuse_clusters c JOIN documents d ON d.id = c.doc_id JOIN documents f ON f.id = c.cluster_id"
		             " WHERE %s ORDER BY c.documents DESC, c.cluster_id, d.id%s",
		             q->doc ? "c.cluster_id IN (SELECT c2.cluster_id FROM reuse_clusters c2 JOIN documents d2"
		                      " ON d2.id = c2.doc_id WHERE d2.ext_id = $1)" : "1 = 1",
		             limit);
		break;
	case READOUT_REUSE_EVENTS:
		n = asprintf(&sql,
		             "SELECT x.cluster_id AS cluster, e.id AS event, d.ext_id AS document, e.ord AS event_order, e.date,"
		             " e.place, e.level, e.type, e.subject"
		             " FROM event_clusters x JOIN events e ON e.id = x.event_id JOIN documents d ON d.id = e.doc_id"
		             " WHERE %s ORDER BY x.cluster_id, e.id%s",
		             q->doc ? "d.ext_id = $1" : "1 = 1", limit);
		break;
	case READOUT_REUSE_REFERENCES:
		round_sql(r1, sizeof r1, st, "avg(x.share)");
		refs_filter(refs, sizeof refs, q, "r.id");
		n = asprintf(&sql,
		             "SELECT r.id AS reference_id, r.name AS reference, r.date, r.level, r.words,"
		             " count(x.doc_id) AS documents, coalesce(sum(CASE WHEN x.taken > 0 THEN 1 ELSE 0 END), 0) AS copying,"
		             " %s AS mean_share, max(x.share) AS max_share"
		             " FROM reuse_references r LEFT JOIN reuse_reference_docs x ON x.reference_id = r.id"
		             " WHERE 1 = 1%s GROUP BY r.id, r.name, r.date, r.level, r.words ORDER BY r.id%s",
		             r1, refs, limit);
		break;
	case READOUT_REUSE_SHARES:
		n = asprintf(&sql,
		             "SELECT r.name AS reference, d.ext_id AS document, coalesce(d.published, d.date) AS date, d.place,"
		             " d.province, d.level, x.words, x.taken, x.share, x.passages, x.days_after"
		             " FROM reuse_reference_docs x JOIN reuse_references r ON r.id = x.reference_id"
		             " JOIN documents d ON d.id = x.doc_id"
		             " WHERE x.taken > 0%s%s ORDER BY r.id, x.share DESC, d.ext_id%s",
		             refs, q->doc ? " AND d.ext_id = $1" : "", limit);
		break;
	case READOUT_REUSE_REFERENCE_PASSAGES:
		slice_sql(a, sizeof a, st, "r.text", "p.reference_start", "p.reference_end");
		slice_sql(b, sizeof b, st, "d.text", "p.doc_start", "p.doc_end");
		refs_filter(refs, sizeof refs, q, "p.reference_id");
		n = asprintf(&sql,
		             "SELECT r.name AS reference, d.ext_id AS document, p.ord AS passage, p.reference_start,"
		             " p.reference_end, p.doc_start, p.doc_end, p.reference_words, p.doc_words, p.score, p.matches,"
		             " %s AS reference_text, %s AS document_text"
		             " FROM reuse_reference_passages p JOIN reuse_references r ON r.id = p.reference_id"
		             " JOIN documents d ON d.id = p.doc_id"
		             " WHERE 1 = 1%s%s ORDER BY r.id, d.id, p.ord%s",
		             a, b, refs, q->doc ? " AND d.ext_id = $1" : "", limit);
		break;
	case READOUT_REUSE_AGGREGATES: {
		const char *by = by_expr(q->by);
		if (!by)
			return readout_error__set(READOUT_EINVALID, "--by takes place, province, level or month, not '%s'",
			                          q->by ? q->by : "");
		round_sql(r1, sizeof r1, st, "avg(x.share)");
		round_sql(r2, sizeof r2, st, "sum(x.taken) * 1.0 / nullif(sum(x.words), 0)");
		round_sql(r3, sizeof r3, st, "avg(CASE WHEN x.taken > 0 THEN x.days_after END)");
		n = asprintf(&sql,
		             "SELECT r.name AS reference, %s AS %s, count(*) AS documents,"
		             " sum(CASE WHEN x.taken > 0 THEN 1 ELSE 0 END) AS copying, %s AS mean_share, %s AS words_share,"
		             " min(CASE WHEN x.taken > 0 THEN x.days_after END) AS first_days, %s AS mean_days"
		             " FROM reuse_reference_docs x JOIN reuse_references r ON r.id = x.reference_id"
		             " JOIN documents d ON d.id = x.doc_id WHERE 1 = 1%s"
		             " GROUP BY r.id, r.name, %s ORDER BY r.id, copying DESC, mean_share DESC, %s%s",
		             by, q->by, r1, r2, r3, refs, by, by, limit);
		break;
	}
	default:
		return readout_error__set(READOUT_EINVALID, "no such list of reuse results (%d)", q->what);
	}
	if (n < 0 || !sql)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	const char *params[1] = {q->doc};
	bool with_doc = q->doc && strstr(sql, "$1");
	rc = store__query(out, st, sql, params, with_doc ? 1 : 0);
	free(sql);
	return rc;
}
