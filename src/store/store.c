/* store.c — opening a store and adding documents to it. Adding is idempotent by content
 * hash; a document's people go through people.c (who is who: extract/identity.h). */
#define _GNU_SOURCE /* strnlen */
#include "extract/orgs.h"
#include "store/store_impl.h"
#include "readout/buf.h"
#include "util/civil_date.h"
#include "util/error.h"
#include "util/grow.h"

#include <assert.h>
#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const sql_sqlite[S_COUNT] = {
	[S_INS_DOC] = "INSERT INTO documents(ext_id, hash, origin, published, date, place, province, level, text, record, "
	              "url, meta) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT(hash) DO NOTHING",
	/* a batch's documents, indexed together at commit (see index_batch_text) */
	[S_SEL_BATCH_TEXT] = "SELECT id, text FROM documents WHERE id BETWEEN $1 AND $2 AND text IS NOT NULL",
	/* OR ROLLBACK as db_batch_insert explains */
	[S_INS_FTS] = "INSERT OR ROLLBACK INTO documents_fts(rowid, text) VALUES($1, $2)",
	[S_INS_EVENT] = "INSERT INTO events(doc_id, ord, date, date_partial, host, place, province, level, type, format, "
	                "size, duration, subject, span_start, span_end, presided, spoke, attended) "
	                "VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)",
	/* the persons of a name, each with its facets (one row per facet, or one with none) */
	[S_SEL_PERSONS] = "SELECT p.id, p.region, p.mentions, p.name, f.facet, f.first_date, f.last_date, f.dated, f.documents "
	                  "FROM persons p LEFT JOIN person_facets f ON f.person_id = p.id WHERE p.name_key = $1 "
	                  "ORDER BY p.mentions DESC, p.id, f.facet",
	[S_INS_PERSON] = "INSERT INTO persons(name, name_key, region) VALUES($1, $2, $3)",
	[S_SET_REGION] = "UPDATE persons SET region = $2 WHERE id = $1 AND region IS NULL",
	[S_INS_FORM] = "INSERT INTO formulations(key, zh, pinyin, label) VALUES($1, $2, $3, $4) ON CONFLICT(key) DO NOTHING",
	[S_SEL_FORM] = "SELECT id FROM formulations WHERE key = $1",
	[S_HAS_TITLE] = "SELECT 1 FROM person_posts WHERE person_id = $1 AND title = $2",
	[S_INS_POST] = "INSERT INTO posts(key, name, rank, body, organization, level, place, province, side, concurrent, former) "
	               "VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT(key) DO NOTHING",
	[S_SEL_POST] = "SELECT id FROM posts WHERE key = $1",
	[S_INS_FACET] = "INSERT INTO person_facets(person_id, facet) VALUES($1, $2) ON CONFLICT DO NOTHING",
	[S_SET_EVENT_PEOPLE] = "UPDATE events SET presided = $2, spoke = $3, attended = $4 WHERE id = $1",
	[S_SAVEPOINT] = "SAVEPOINT readout_doc",
	[S_RELEASE] = "RELEASE SAVEPOINT readout_doc",
	[S_ROLLBACK_TO] = "ROLLBACK TO SAVEPOINT readout_doc",
	/* SQLite undoes a document with these (see doc_writes) */
	[S_UNDO_EVENTS] = "DELETE FROM events WHERE doc_id = $1",
	[S_UNDO_DOC] = "DELETE FROM documents WHERE id = $1",
	[S_UNDO_PERSONS] = "DELETE FROM persons WHERE id >= $1",
	[S_UNDO_FORMS] = "DELETE FROM formulations WHERE id >= $1",
	[S_UNDO_REGION] = "UPDATE persons SET region = NULL WHERE id = $1",
	[S_UNDO_POSTS] = "DELETE FROM posts WHERE id >= $1",
	[S_UNDO_FACET] = "DELETE FROM person_facets WHERE person_id = $1 AND facet = $2",
};

/* The statements run by db_step_insert: PostgreSQL reads their ids from RETURNING id. */
static bool inserts_with_id(int which)
{
	return which == S_INS_DOC || which == S_INS_EVENT || which == S_INS_PERSON || which == S_INS_FORM ||
	       which == S_INS_POST;
}

int store__stmt(readout_store *st, int which, db_stmt **out)
{
	if (!st->stmt[which]) {
		if ((which == S_INS_FTS || which == S_SEL_BATCH_TEXT) && st->db->kind != DB_SQLITE) {
			*out = NULL; /* PostgreSQL indexes text through a generated tsvector column */
			return 0;
		}
		const char *sql = sql_sqlite[which];
		char *returning = NULL;
		if (inserts_with_id(which) && st->db->kind == DB_PG) {
			size_t n = strlen(sql);
			if (!(returning = malloc(n + sizeof " RETURNING id")))
				return readout_error__set(READOUT_ENOMEM, "out of memory");
			memcpy(returning, sql, n);
			memcpy(returning + n, " RETURNING id", sizeof " RETURNING id");
			sql = returning;
		}
		int rc = db_prepare(st->db, &st->stmt[which], sql);
		free(returning);
		if (rc)
			return rc;
	}
	*out = st->stmt[which];
	db_reset(*out);
	return 0;
}

static bool is_pg_uri(const char *loc)
{
	return strncmp(loc, "postgresql://", 13) == 0 || strncmp(loc, "postgres://", 11) == 0;
}

int store__count_rows(readout_store *st, const char *sql, int64_t *n)
{
	db_stmt *q = NULL;
	int rc = db_prepare(st->db, &q, sql);
	if (rc)
		return rc;
	rc = db_step(q);
	*n = rc == 1 ? db_col_int(q, 0) : 0;
	db_finalize(q);
	return rc < 0 ? rc : 0;
}

/* Rolls back the failed transaction and returns its failure rc, message and all: the
 * ROLLBACK's own complaint (a statement that failed OR ROLLBACK has already ended the
 * transaction) must not replace it. */
static int rollback_failed(readout_store *st, int rc)
{
	char why[512];
	snprintf(why, sizeof why, "%s", readout_error_message());
	db_exec(st->db, "ROLLBACK");
	return readout_error__set(rc, "%s", why);
}

/* A store is recognised by its meta row; anything else is refused, not modified. A writer
 * checks and creates in one write transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: an
 * advisory lock), so ingests started together on a new database see either no schema or
 * all of it, never another's half-made schema as "other tables". */
static int open_schema_locked(readout_store *st, bool create)
{
	int rc = db_exec(st->db, st->db->kind == DB_SQLITE ? "BEGIN IMMEDIATE" : "BEGIN");
	if (rc)
		return rc;
	if (st->db->kind == DB_PG)
		rc = db_exec(st->db, "SELECT pg_advisory_xact_lock(72430001)");
	if (!rc)
		rc = store__open_schema(st, create);
	return rc ? rollback_failed(st, rc) : db_exec(st->db, "COMMIT");
}

/* A migration may sort millions of rows to build an index: SQLite sorts in temporary files
 * for it, not in the memory the writer's temp store otherwise uses (the roles index of a
 * million documents: 119 MB peak and 6.8 s, instead of 475 MB and 10.2 s). The setting
 * changes only outside a transaction. */
static int check_or_create_schema(readout_store *st, bool create)
{
	if (st->db->readonly)
		return store__open_schema(st, false);
	if (st->db->kind != DB_SQLITE)
		return open_schema_locked(st, create);
	int rc = db_exec(st->db, "PRAGMA temp_store=FILE");
	if (!rc)
		rc = open_schema_locked(st, create);
	char why[512];
	snprintf(why, sizeof why, "%s", readout_error_message());
	int back = db_exec(st->db, "PRAGMA temp_store=MEMORY");
	return rc ? readout_error__set(rc, "%s", why) : back;
}

int readout_store_open(readout_store **out, const char *location, const readout_lexicon *lex,
                       const readout_store_options *opts)
{
	*out = NULL;
	readout_store_options def = READOUT_STORE_OPTIONS_INIT;
	if (!opts)
		opts = &def;
	readout_store *st = calloc(1, sizeof *st);
	if (!st)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	st->lex = lex;
	readout_store_options limits = READOUT_STORE_OPTIONS_INIT;
	st->query_seconds = opts->query_seconds ? opts->query_seconds : limits.query_seconds;
	st->max_rows = opts->max_rows ? opts->max_rows : limits.max_rows;
	st->max_answer_bytes = opts->max_answer_bytes ? opts->max_answer_bytes : limits.max_answer_bytes;
	tally_init(&st->sums);
	tally_init(&st->form_ids);
	rows_init(&st->rows);
	names_init(&st->names);
	store__people_init(st);
	search_stats_init(&st->search);
	int rc = is_pg_uri(location) ? db_pg_open(&st->db, location, opts->readonly)
	                             : db_sqlite_open(&st->db, location, opts->readonly, opts->create, opts->cache_bytes,
	                                                 opts->mmap_bytes);
	if (rc || (rc = check_or_create_schema(st, opts->create)) ||
	    (!opts->readonly && (rc = store__load_overrides(st))) ||
	    (st->db->kind == DB_SQLITE && !opts->readonly && (rc = db_sqlite_use_wal(st->db))) ||
	    /* a bulk ingest that crashed left its deferred indexes unmade */
	    (!opts->readonly && (rc = readout_store_restore_indexes(st)))) {
		readout_store_close(st);
		return rc;
	}
	*out = st;
	return 0;
}

void readout_store_close(readout_store *st)
{
	if (!st)
		return;
	for (int i = 0; i < S_COUNT; i++)
		db_finalize(st->stmt[i]);
	for (int i = 0; i < STORE_SUM_TABLES; i++)
		for (int m = 0; m < 2; m++)
			db_finalize(st->sum_stmt[i][m]);
	rows_dispose(&st->rows); /* its statements too: before the connection goes */
	if (st->in_batch)
		db_exec(st->db, "ROLLBACK");
	db_close(st->db);
	tally_dispose(&st->sums);
	tally_dispose(&st->form_ids);
	names_dispose(&st->names);
	store__people_dispose(st);
	search_stats_dispose(&st->search);
	readout_buf_dispose(&st->json);
	readout_buf_dispose(&st->url);
	free(st->undo.placed);
	free(st);
}

const char *readout_store_backend(const readout_store *st)
{
	return st->db->kind == DB_SQLITE ? "sqlite" : "postgresql";
}

int readout_store_version(char *out, size_t cap, readout_store *st)
{
	if (cap)
		out[0] = '\0';
	if (cap < 2)
		return readout_error__set(READOUT_EINVALID, "no room for the store's version");
	if (st->asking)
		return readout_error__set(READOUT_EBUSY, "a question's cursor is still open");
	/* SQLite's counter moves with every commit of another connection; PostgreSQL's snapshot
	 * (xmin:xmax:in-progress ids) with every transaction that writes, and with its end */
	db_stmt *q;
	int rc = db_prepare(st->db, &q, st->db->kind == DB_SQLITE ? "PRAGMA data_version" : "SELECT txid_current_snapshot()::text");
	if (rc)
		return rc;
	if ((rc = db_step(q)) == 1) {
		const char *v = db_col_text(q, 0);
		if (!v || strlen(v) >= cap)
			rc = readout_error__set(READOUT_EINVALID, "the store's version does not fit %zu bytes", cap);
		else
			rc = (snprintf(out, cap, "%s", v), 0);
	} else if (rc == 0) {
		rc = readout_error__set(READOUT_EIO, "no version from the database");
	}
	db_finalize(q);
	return rc;
}

/* One snapshot for several questions (db_snapshot). */
int readout_store_read_begin(readout_store *st)
{
	if (st->in_batch || st->in_read)
		return readout_error__set(READOUT_EINVALID, "a %s is already open", st->in_batch ? "batch" : "read");
	int rc = db_snapshot(st->db, true);
	if (!rc)
		st->in_read = true;
	return rc;
}

int readout_store_read_end(readout_store *st)
{
	if (!st->in_read)
		return readout_error__set(READOUT_EINVALID, "no read is open");
	if (st->asking)
		return readout_error__set(READOUT_EBUSY, "a question's cursor is still open");
	st->in_read = false;
	return db_snapshot(st->db, false);
}

/* A batch is one write transaction. SQLite: BEGIN IMMEDIATE takes the write lock up front, so
 * two ingests into one file wait for each other (busy timeout) instead of failing when a
 * reader's snapshot must become a writer's. PostgreSQL: the batch holds a transaction-level
 * advisory lock, so batches of concurrent ingests are applied one after another and each sees
 * the others' committed documents and people: no duplicate person is created by two
 * processes at once, and no two processes wait on each other's uncommitted document rows
 * (which could deadlock when their corpora overlap). Taken here, outside any savepoint,
 * because rolling back to a savepoint releases the locks taken after it. */
int readout_store_begin(readout_store *st)
{
	if (st->db->readonly)
		return readout_error__set(READOUT_EINVALID, "the store is open read-only");
	if (st->in_batch || st->in_read)
		return readout_error__set(READOUT_EINVALID, "a %s is already open", st->in_batch ? "batch" : "read");
	int rc = db_exec(st->db, st->db->kind == DB_SQLITE ? "BEGIN IMMEDIATE" : "BEGIN");
	if (rc)
		return rc;
	if (st->db->kind == DB_PG && (rc = db_exec(st->db, "SELECT pg_advisory_xact_lock(72430002)")))
		return rollback_failed(st, rc);
	st->in_batch = 1;
	st->in_savepoint = false;
	tally_clear(&st->sums);
	rows_clear(&st->rows);
	names_clear(&st->names);
	return 0;
}

/* One document's text into the full-text index: the text stays valid until the statement
 * that read it steps on, so it is bound without a copy. */
static int index_text(db_stmt *ins, int64_t id, const char *text)
{
	int rc;
	if (!(rc = db_bind_int(ins, 1, id)) && !(rc = db_bind_text_ref(ins, 2, text, strlen(text))) &&
	    (rc = db_step(ins)) > 0)
		rc = 0;
	db_reset(ins);
	return rc;
}

/* SQLite's full-text index is filled at commit, from the documents the batch kept: indexing
 * each document as it came, between the inserts of its rows, measured 5 to 10% slower. One
 * INSERT per document, not one INSERT ... SELECT for the batch: a statement that writes many
 * rows into a virtual table keeps a journal of every page it changes, in memory (37 MB of the
 * peak at 100,000 documents). A failure here undoes the whole batch, like a failed COMMIT. */
static int index_batch_text(readout_store *st)
{
	if (!st->fts_first)
		return 0;
	db_stmt *texts = NULL, *ins = NULL;
	int rc = store__stmt(st, S_SEL_BATCH_TEXT, &texts);
	if (!rc)
		rc = store__stmt(st, S_INS_FTS, &ins);
	if (!rc && !(rc = db_bind_int(texts, 1, st->fts_first)) && !(rc = db_bind_int(texts, 2, st->fts_last))) {
		int row;
		while ((row = db_step(texts)) == 1 && !(rc = index_text(ins, db_col_int(texts, 0), db_col_text(texts, 1))))
			;
		if (!rc && row < 0)
			rc = row;
	}
	if (texts)
		db_reset(texts);
	st->fts_first = st->fts_last = 0;
	return rc;
}

/* The summary rows' statements, for many rows at once: a person's counts and dates ('P'), a
 * title ('T'), a formulation's month ('M'), level ('L') and place ('G'), a facet ('R'), a post
 * of a career ('C'). Each head follows its verb (db_batch_update for 'P', db_batch_insert for
 * the others). */
enum { SUM_SPECS = STORE_SUM_TABLES };
static const struct sum_spec {
	char kind;
	int ncols;
	const char *head, *tail;
	const char *casts[9];
} sum_specs[SUM_SPECS] = {
	{'P', 5,
	 "persons SET mentions = persons.mentions + v.column2, documents = persons.documents + v.column3, "
	 "first_date = CASE WHEN v.column4 IS NOT NULL AND (persons.first_date IS NULL OR v.column4 < persons.first_date) "
	 "THEN v.column4 ELSE persons.first_date END, "
	 "last_date = CASE WHEN v.column5 IS NOT NULL AND (persons.last_date IS NULL OR v.column5 > persons.last_date) "
	 "THEN v.column5 ELSE persons.last_date END FROM (VALUES",
	 ") AS v WHERE persons.id = v.column1",
	 {"BIGINT", "BIGINT", "BIGINT", "TEXT", "TEXT"}},
	{'T', 5, "person_posts(person_id, title, first_date, last_date, documents) VALUES",
	 " ON CONFLICT(person_id, title) DO UPDATE SET documents = person_posts.documents + excluded.documents, "
	 "first_date = CASE WHEN person_posts.first_date IS NULL OR excluded.first_date < person_posts.first_date "
	 "THEN excluded.first_date ELSE person_posts.first_date END, "
	 "last_date = CASE WHEN person_posts.last_date IS NULL OR excluded.last_date > person_posts.last_date "
	 "THEN excluded.last_date ELSE person_posts.last_date END",
	 {"BIGINT", "TEXT", "TEXT", "TEXT", "BIGINT"}},
	{'M', 6, "formulation_months(formulation_id, month, uses, documents, first_date, last_date) VALUES",
	 " ON CONFLICT(formulation_id, month) DO UPDATE SET "
	 "uses = formulation_months.uses + excluded.uses, documents = formulation_months.documents + excluded.documents, "
	 "first_date = CASE WHEN formulation_months.first_date IS NULL OR excluded.first_date < formulation_months.first_date "
	 "THEN excluded.first_date ELSE formulation_months.first_date END, "
	 "last_date = CASE WHEN formulation_months.last_date IS NULL OR excluded.last_date > formulation_months.last_date "
	 "THEN excluded.last_date ELSE formulation_months.last_date END",
	 {"BIGINT", "TEXT", "BIGINT", "BIGINT", "TEXT", "TEXT"}},
	{'L', 6, "formulation_levels(formulation_id, level, uses, documents, first_date, last_date) VALUES",
	 " ON CONFLICT(formulation_id, level) DO UPDATE SET "
	 "uses = formulation_levels.uses + excluded.uses, documents = formulation_levels.documents + excluded.documents, "
	 "first_date = CASE WHEN formulation_levels.first_date IS NULL OR excluded.first_date < formulation_levels.first_date "
	 "THEN excluded.first_date ELSE formulation_levels.first_date END, "
	 "last_date = CASE WHEN formulation_levels.last_date IS NULL OR excluded.last_date > formulation_levels.last_date "
	 "THEN excluded.last_date ELSE formulation_levels.last_date END",
	 {"BIGINT", "TEXT", "BIGINT", "BIGINT", "TEXT", "TEXT"}},
	{'G', 9,
	 "formulation_places(formulation_id, province, place, level, nulls, uses, documents, first_date, last_date) VALUES",
	 " ON CONFLICT(formulation_id, province, place, level, nulls) DO UPDATE SET "
	 "uses = formulation_places.uses + excluded.uses, documents = formulation_places.documents + excluded.documents, "
	 "first_date = CASE WHEN formulation_places.first_date IS NULL OR excluded.first_date < formulation_places.first_date "
	 "THEN excluded.first_date ELSE formulation_places.first_date END, "
	 "last_date = CASE WHEN formulation_places.last_date IS NULL OR excluded.last_date > formulation_places.last_date "
	 "THEN excluded.last_date ELSE formulation_places.last_date END",
	 {"BIGINT", "TEXT", "TEXT", "TEXT", "INTEGER", "BIGINT", "BIGINT", "TEXT", "TEXT"}},
	{'R', 6, "person_facets(person_id, facet, first_date, last_date, dated, documents) VALUES",
	 " ON CONFLICT(person_id, facet) DO UPDATE SET "
	 "dated = person_facets.dated + excluded.dated, documents = person_facets.documents + excluded.documents, "
	 "first_date = CASE WHEN person_facets.first_date IS NULL OR excluded.first_date < person_facets.first_date "
	 "THEN excluded.first_date ELSE person_facets.first_date END, "
	 "last_date = CASE WHEN person_facets.last_date IS NULL OR excluded.last_date > person_facets.last_date "
	 "THEN excluded.last_date ELSE person_facets.last_date END",
	 {"BIGINT", "TEXT", "TEXT", "TEXT", "BIGINT", "BIGINT"}},
	{'C', 5, "person_careers(person_id, post_id, first_date, last_date, documents) VALUES",
	 " ON CONFLICT(person_id, post_id) DO UPDATE SET documents = person_careers.documents + excluded.documents, "
	 "first_date = CASE WHEN person_careers.first_date IS NULL OR excluded.first_date < person_careers.first_date "
	 "THEN excluded.first_date ELSE person_careers.first_date END, "
	 "last_date = CASE WHEN person_careers.last_date IS NULL OR excluded.last_date > person_careers.last_date "
	 "THEN excluded.last_date ELSE person_careers.last_date END",
	 {"BIGINT", "BIGINT", "TEXT", "TEXT", "BIGINT"}},
};

static int spec_of(char kind)
{
	for (int i = 0; i < SUM_SPECS; i++)
		if (sum_specs[i].kind == kind)
			return i;
	return -1;
}

static int sum_stmt(readout_store *st, int spec, int nrows, db_stmt **out)
{
	db_stmt **slot = &st->sum_stmt[spec][nrows == 1];
	if (!*slot) {
		const struct sum_spec *s = &sum_specs[spec];
		const char *verb = s->kind == 'P' ? db_batch_update(st->db) : db_batch_insert(st->db);
		char *sql = rows_values_sql(verb, s->head, s->casts, s->ncols, nrows, s->tail);
		if (!sql)
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		int rc = db_prepare(st->db, slot, sql);
		free(sql);
		if (rc)
			return rc;
	}
	*out = *slot;
	db_reset(*out);
	return 0;
}

/* A formulation_places key as one tally text: which of province and place are NULL (a digit,
 * bits 1 and 2), the province's and the level's lengths each before its text, the place last,
 * so that no text, whatever bytes it holds, reads as another key. */
static int group_key(readout_buf *out, const char *province, const char *place, const char *level)
{
	readout_buf_clear(out);
	return readout_buf_printf(out, "%d%zu:%s%zu:%s%s", (province ? 0 : 1) + (place ? 0 : 2),
	                          province ? strlen(province) : 0, province ? province : "", strlen(level), level,
	                          place ? place : "");
}

/* The level in group_key's key, *n bytes long. */
static const char *group_key_level(const char *key, size_t *n)
{
	char *end;
	size_t nprov = strtoull(key + 1, &end, 10);
	*n = strtoull(end + 1 + nprov, &end, 10);
	return end + 1;
}

/* Binds group_key's key as formulation_places' province, place, level and nulls from p on. */
static int bind_group_key(db_stmt *q, int p, const char *key)
{
	int nulls = key[0] - '0';
	char *end;
	size_t nprov = strtoull(key + 1, &end, 10);
	const char *province = end + 1;
	size_t nlevel;
	const char *level = group_key_level(key, &nlevel), *place = level + nlevel;
	int rc;
	(void)((rc = db_bind_text_ref(q, p, province, nprov)) || (rc = db_bind_text_ref(q, p + 1, place, strlen(place))) ||
	       (rc = db_bind_text_ref(q, p + 2, level, nlevel)) || (rc = db_bind_int(q, p + 3, nulls)));
	return rc;
}

static int bind_sum(db_stmt *q, int p, const tally_entry *e)
{
	char first_text[11], last_text[11]; /* bound as copies (db_bind_opt) */
	const char *first = tally_date_text(first_text, e->sum.first), *last = tally_date_text(last_text, e->sum.last);
	int rc;
	if (e->kind == 'P')
		(void)((rc = db_bind_int(q, p, e->id)) || (rc = db_bind_int(q, p + 1, e->sum.a)) ||
		       (rc = db_bind_int(q, p + 2, e->sum.b)) || (rc = db_bind_opt(q, p + 3, first)) ||
		       (rc = db_bind_opt(q, p + 4, last)));
	else if (e->kind == 'T')
		(void)((rc = db_bind_int(q, p, e->id)) || (rc = db_bind_text(q, p + 1, e->text)) ||
		       (rc = db_bind_opt(q, p + 2, first)) || (rc = db_bind_opt(q, p + 3, last)) ||
		       (rc = db_bind_int(q, p + 4, e->sum.b)));
	else if (e->kind == 'R')
		(void)((rc = db_bind_int(q, p, e->id)) || (rc = db_bind_text(q, p + 1, e->text)) ||
		       (rc = db_bind_opt(q, p + 2, first)) || (rc = db_bind_opt(q, p + 3, last)) ||
		       (rc = db_bind_int(q, p + 4, e->sum.a)) || (rc = db_bind_int(q, p + 5, e->sum.b)));
	else if (e->kind == 'G')
		(void)((rc = db_bind_int(q, p, e->id)) || (rc = bind_group_key(q, p + 1, e->text)) ||
		       (rc = db_bind_int(q, p + 5, e->sum.a)) || (rc = db_bind_int(q, p + 6, e->sum.b)) ||
		       (rc = db_bind_opt(q, p + 7, first)) || (rc = db_bind_opt(q, p + 8, last)));
	else if (e->kind == 'C')
		(void)((rc = db_bind_int(q, p, e->id)) || (rc = db_bind_int(q, p + 1, strtoll(e->text, NULL, 10))) ||
		       (rc = db_bind_opt(q, p + 2, first)) || (rc = db_bind_opt(q, p + 3, last)) ||
		       (rc = db_bind_int(q, p + 4, e->sum.b)));
	else
		(void)((rc = db_bind_int(q, p, e->id)) || (rc = db_bind_text(q, p + 1, e->text)) ||
		       (rc = db_bind_int(q, p + 2, e->sum.a)) || (rc = db_bind_int(q, p + 3, e->sum.b)) ||
		       (rc = db_bind_opt(q, p + 4, first)) || (rc = db_bind_opt(q, p + 5, last)));
	return rc;
}

static int cmp_entry(const void *x, const void *y)
{
	const tally_entry *a = *(const tally_entry *const *)x, *b = *(const tally_entry *const *)y;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->id != b->id)
		return a->id < b->id ? -1 : 1;
	return strcmp(a->text, b->text);
}

/* A formulation's all-time row (month '*') sums its months, and its row of a level
 * (formulation_levels) the places of that level: made at commit from the batch's months and
 * places, not tallied once more per use (1.8 million more tallies per 100,000 documents each).
 * A document is in one month and one place, so their documents add up. */
static int sum_all_time(tally *all, const tally *sums)
{
	readout_buf level = READOUT_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; i < sums->n && !rc; i++) {
		const tally_entry *e = &sums->entries[i];
		if (!e->live || (e->kind != 'M' && e->kind != 'G'))
			continue;
		if (e->kind == 'G') {
			size_t n;
			const char *l = group_key_level(e->text, &n);
			readout_buf_clear(&level);
			if ((rc = readout_buf_append(&level, l, n)))
				break;
		}
		bool first;
		tally_sum *s = tally_touch(all, e->kind == 'M' ? 'M' : 'L', e->id, e->kind == 'M' ? "*" : level.data, &first);
		if (!s) {
			rc = readout_error__set(READOUT_ENOMEM, "out of memory");
			break;
		}
		s->a += e->sum.a;
		s->b += e->sum.b;
		tally_dates_of(s, &e->sum);
	}
	readout_buf_dispose(&level);
	return rc;
}

/* Writes the batch's tallies (see readout_store.sums) to their summary rows, in key order,
 * ROWS_PER_INSERT rows a statement. */
static int write_sums(readout_store *st)
{
	tally all;
	tally_init(&all);
	int rc = sum_all_time(&all, &st->sums);
	size_t total = st->sums.n + all.n;
	const tally_entry **order = !rc && total ? malloc(total * sizeof *order) : NULL;
	if (!rc && total && !order)
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
	if (rc) {
		tally_dispose(&all);
		return rc;
	}
	size_t n = 0;
	for (size_t i = 0; i < st->sums.n; i++)
		if (st->sums.entries[i].live)
			order[n++] = &st->sums.entries[i];
	for (size_t i = 0; i < all.n; i++)
		order[n++] = &all.entries[i];
	if (n > 1)
		qsort(order, n, sizeof *order, cmp_entry);
	for (size_t k = 0; k < n && !rc;) {
		int spec = spec_of(order[k]->kind);
		assert(spec >= 0);
		size_t same = 0;
		while (k + same < n && order[k + same]->kind == order[k]->kind && same < ROWS_PER_INSERT)
			same++;
		int nrows = same == ROWS_PER_INSERT ? ROWS_PER_INSERT : 1;
		db_stmt *q = NULL;
		if ((rc = sum_stmt(st, spec, nrows, &q)))
			break;
		for (int row = 0; row < nrows && !rc; row++)
			rc = bind_sum(q, 1 + row * sum_specs[spec].ncols, order[k + (size_t)row]);
		if (!rc && (rc = db_step(q)) > 0)
			rc = 0;
		db_reset(q);
		k += (size_t)nrows;
	}
	free(order);
	tally_dispose(&all);
	return rc;
}

size_t readout_store_batch_memory(const readout_store *st)
{
	return rows_memory(&st->rows) + tally_memory(&st->sums) + names_memory(&st->names) + store__people_memory(st);
}

int store__flush_people(readout_store *st)
{
	int rc = write_sums(st);
	if (!rc)
		rc = rows_write(&st->rows, st->db);
	/* who is who, again, over the facets just written (people.c, reconcile.c) */
	names_clear(&st->names);
	if (!rc)
		rc = store__reconcile(st);
	tally_clear(&st->sums);
	rows_clear(&st->rows);
	names_clear(&st->names);
	store__people_clear(st);
	return rc;
}

int readout_store_commit(readout_store *st)
{
	int rc = store__flush_people(st);
	if (!rc)
		rc = index_batch_text(st);
	if (rc) {
		rc = rollback_failed(st, rc);
		tally_clear(&st->form_ids);
		store__people_forget_posts(st);
		st->in_batch = 0;
		return rc;
	}
	rc = db_exec(st->db, "COMMIT");
	if (rc) {
		tally_clear(&st->form_ids);
		store__people_forget_posts(st);
	}
	st->in_batch = 0;
	return rc;
}

int readout_store_rollback(readout_store *st)
{
	int rc = db_exec(st->db, "ROLLBACK");
	st->in_batch = 0;
	st->fts_first = st->fts_last = 0;
	tally_clear(&st->sums);
	tally_clear(&st->form_ids);
	rows_clear(&st->rows);
	names_clear(&st->names);
	store__people_clear(st);
	return rc;
}

/* One savepoint per document: on SQLite a prepared statement, not SQL parsed each time
 * (PostgreSQL takes them as plain commands). */
static int run_control(readout_store *st, int which)
{
	if (st->db->kind != DB_SQLITE)
		return db_exec(st->db, sql_sqlite[which]);
	db_stmt *q;
	int rc = store__stmt(st, which, &q);
	if (rc)
		return rc;
	rc = db_step(q);
	db_reset(q);
	return rc < 0 ? rc : 0;
}

int readout_store_savepoint(readout_store *st)
{
	if (!st->in_batch)
		return readout_error__set(READOUT_EINVALID, "savepoints live inside a batch (readout_store_begin)");
	/* SQLite: no SQL savepoint; the document's writes are noted instead (doc_writes) */
	int rc = st->db->kind == DB_SQLITE ? 0 : run_control(st, S_SAVEPOINT);
	if (!rc) {
		st->in_savepoint = true;
		st->undo.doc_id = st->undo.first_person = st->undo.first_form = st->undo.first_post = 0;
		st->undo.nplaced = st->undo.nfacets = 0;
		tally_mark(&st->sums);
		rows_mark(&st->rows);
	}
	return rc;
}

int readout_store_release_savepoint(readout_store *st)
{
	int rc = st->db->kind == DB_SQLITE ? 0 : run_control(st, S_RELEASE);
	st->in_savepoint = false;
	tally_mark(&st->sums);
	rows_mark(&st->rows);
	return rc;
}

/* Runs undo statement which for id, when id is set. */
static int undo_by(readout_store *st, int which, int64_t id)
{
	if (!id)
		return 0;
	db_stmt *q = NULL;
	int rc = store__stmt(st, which, &q);
	if (!rc && !(rc = db_bind_int(q, 1, id)) && (rc = db_step(q)) > 0)
		rc = 0;
	db_reset(q);
	return rc;
}

/* SQLite: deletes what the document wrote (doc_writes). Its rows and summary rows were still
 * in memory. A failure that ended the whole transaction (SQLite does so on I/O errors and
 * when full) ends the batch. */
static int undo_document(readout_store *st)
{
	if (!db_in_transaction(st->db))
		return readout_error__set(READOUT_EIO, "the batch's transaction has ended: its documents are not stored");
	const doc_writes *u = &st->undo;
	int rc = undo_by(st, S_UNDO_EVENTS, u->doc_id);
	if (!rc)
		rc = undo_by(st, S_UNDO_DOC, u->doc_id);
	if (!rc)
		rc = undo_by(st, S_UNDO_PERSONS, u->first_person);
	for (size_t i = 0; i < u->nplaced && !rc; i++)
		rc = undo_by(st, S_UNDO_REGION, u->placed[i]);
	for (size_t i = 0; i < u->nfacets && !rc; i++) {
		db_stmt *q = NULL;
		if (!(rc = store__stmt(st, S_UNDO_FACET, &q)) && !(rc = db_bind_int(q, 1, u->facets[i].person)) &&
		    !(rc = db_bind_text(q, 2, u->facets[i].key)) && (rc = db_step(q)) > 0)
			rc = 0;
		if (q)
			db_reset(q);
	}
	if (!rc)
		rc = undo_by(st, S_UNDO_FORMS, u->first_form);
	if (!rc)
		rc = undo_by(st, S_UNDO_POSTS, u->first_post);
	return rc;
}

/* The document's database writes go with the savepoint (or undo_document); its tallies and
 * any formulation id it may have made go here. */
int readout_store_rollback_savepoint(readout_store *st)
{
	if (!st->in_savepoint) /* what was written since would be undone with nothing to bound it */
		return readout_error__set(READOUT_EINVALID, "no savepoint to roll back to");
	bool lite = st->db->kind == DB_SQLITE;
	int rc = lite ? undo_document(st) : run_control(st, S_ROLLBACK_TO);
	st->in_savepoint = false;
	tally_undo_to_mark(&st->sums);
	rows_undo(&st->rows);
	names_clear(&st->names);
	tally_clear(&st->form_ids);
	store__people_forget_posts(st);
	return rc || lite ? rc : run_control(st, S_RELEASE);
}

/* Ingest binds the record's strings in place: they outlive every statement of readout_store_add. */
static inline int db_bind_str(db_stmt *s, int i, const char *v)
{
	return db_bind_text_ref(s, i, v, strlen(v));
}

const char *store__province_name(const readout_store *st, int place)
{
	if (!st->lex || place < 0)
		return NULL;
	int p = lex_province_of(st->lex, place);
	return p >= 0 ? st->lex->places[p].name : NULL;
}

/* ---- adding a document ---- */

/* A calendar date as YYYY-MM-DD, or NULL: records read back from JSON (--from-extracted) may
 * carry anything, and the queries do date arithmetic on these columns. */
const char *store__clean_date(const char *d)
{
	return civil_day_number(d, NULL) ? d : NULL;
}

static int insert_document(add_ctx *c, const char *hash, const char *record_json, int *added)
{
	const readout_record *rec = c->doc->record;
	const readout_event *main = rec->nevents ? &rec->events[0] : NULL;
	db_stmt *q;
	int rc = store__stmt(c->st, S_INS_DOC, &q);
	if (rc)
		return rc;
	/* the text as far as its first NUL, like every other C string the store keeps */
	const char *text = c->doc->text;
	size_t len = text ? strnlen(text, c->doc->len) : 0;
	if ((rc = db_bind_str(q, 1, c->doc->id ? c->doc->id : "")) || (rc = db_bind_str(q, 2, hash)) ||
	    (rc = db_bind_opt_ref(q, 3, c->doc->origin)) || (rc = db_bind_opt_ref(q, 4, rec->published)) ||
	    (rc = db_bind_opt_ref(q, 5, c->date)) || (rc = db_bind_opt_ref(q, 6, main ? main->place.text : NULL)) ||
	    (rc = db_bind_opt_ref(q, 7, c->province)) || (rc = db_bind_opt_ref(q, 8, main ? main->level.text : NULL)) ||
	    (rc = text ? db_bind_text_ref(q, 9, text, len) : db_bind_null(q, 9)) || (rc = db_bind_str(q, 10, record_json)) ||
	    (rc = db_bind_opt_ref(q, 11, c->url)) ||
	    (rc = c->doc->meta ? db_bind_text_ref(q, 12, c->doc->meta, c->doc->meta_len) : db_bind_null(q, 12)))
		return rc;
	rc = db_step_insert(q, &c->doc_id);
	if (rc < 0)
		return rc;
	*added = rc == 1;
	db_reset(q);
	if (*added)
		c->st->undo.doc_id = c->doc_id;
	if (*added && text && c->st->db->kind == DB_SQLITE) {
		/* ids only grow inside a batch, which holds the write lock: a range names its documents */
		if (!c->st->fts_first)
			c->st->fts_first = c->doc_id;
		c->st->fts_last = c->doc_id;
	}
	return 0;
}

/* The index among the document's people of name, or -1. */
static long person_index(const add_ctx *c, const char *name)
{
	const readout_record *rec = c->doc->record;
	for (size_t p = 0; p < rec->npeople; p++)
		if (strcmp(rec->people[p].name, name) == 0)
			return (long)p;
	return -1;
}

/* A person of a role list: their index among the document's people, and their place in the list. */
typedef struct listed {
	size_t person, position;
} listed;

/* The persons role list names, each once, at the first place it names them (two names of one
 * person, or one name written twice, are one entry): into out, which has room for n. */
static size_t listed_persons(const add_ctx *c, const readout_value *list, size_t n, listed *out)
{
	size_t m = 0;
	for (size_t k = 0; k < n; k++) {
		long p = person_index(c, list[k].text);
		if (p < 0)
			continue;
		bool seen = false;
		for (size_t j = 0; j < m && !seen; j++)
			seen = c->person_ids[out[j].person] == c->person_ids[p];
		if (!seen)
			out[m++] = (listed){(size_t)p, k};
	}
	return m;
}

/* Stored names of listed persons, in order, comma-separated: events.presided and spoke. */
static const char *listed_names(const add_ctx *c, const listed *v, size_t n, readout_buf *out)
{
	readout_buf_clear(out);
	for (size_t k = 0; k < n; k++) {
		const char *name = c->person_names[v[k].person];
		if (k)
			readout_buf_puts(out, ", ");
		readout_buf_puts(out, name ? name : c->doc->record->people[v[k].person].name);
	}
	return n ? out->data : NULL;
}

/* The province an event row stores: its place's, from the lexicon. */
static const char *event_province(const readout_store *st, const readout_event *e)
{
	return st->lex ? store__province_name(st, lex_place_by_name(st->lex, e->place.text)) : NULL;
}

/* Event i of the document's record, carrying who presided and spoke (who) and how many
 * attended. */
static int insert_event(add_ctx *c, size_t i, const char *date, const char *const *who, int64_t attended, int64_t *id)
{
	const readout_event *e = &c->doc->record->events[i];
	const char *prov = event_province(c->st, e);
	db_stmt *q;
	int rc;
	if ((rc = store__stmt(c->st, S_INS_EVENT, &q)) || (rc = db_bind_int(q, 1, c->doc_id)) ||
	    (rc = db_bind_int(q, 2, (int64_t)i)) || (rc = db_bind_opt_ref(q, 3, date)) ||
	    (rc = db_bind_opt_ref(q, 4, e->date_partial)) || (rc = db_bind_opt_ref(q, 5, e->host.text)) ||
	    (rc = db_bind_opt_ref(q, 6, e->place.text)) || (rc = db_bind_opt_ref(q, 7, prov)) ||
	    (rc = db_bind_opt_ref(q, 8, e->level.text)) || (rc = db_bind_opt_ref(q, 9, e->type.text)) ||
	    (rc = db_bind_opt_ref(q, 10, e->format.text)) || (rc = db_bind_opt_ref(q, 11, e->size.text)) ||
	    (rc = db_bind_opt_ref(q, 12, e->duration.text)) || (rc = db_bind_opt_ref(q, 13, e->subject.text)) ||
	    (rc = db_bind_int(q, 14, e->span.start)) || (rc = db_bind_int(q, 15, e->span.end)) ||
	    (rc = db_bind_opt_ref(q, 16, who[0])) || (rc = db_bind_opt_ref(q, 17, who[1])) ||
	    (rc = db_bind_int(q, 18, attended)))
		return rc;
	if ((rc = db_step_insert(q, id)) != 1)
		return rc < 0 ? rc : readout_error__set(READOUT_EIO, "event insert returned no id");
	db_reset(q);
	return 0;
}

/* A stored event's presiders, speakers and count of attendees, made again. */
static int set_event_people(readout_store *st, int64_t id, const char *const *who, int64_t attended)
{
	db_stmt *q;
	int rc;
	if ((rc = store__stmt(st, S_SET_EVENT_PEOPLE, &q)) || (rc = db_bind_int(q, 1, id)) ||
	    (rc = db_bind_opt_ref(q, 2, who[0])) || (rc = db_bind_opt_ref(q, 3, who[1])) ||
	    (rc = db_bind_int(q, 4, attended)) || (rc = db_step(q)) < 0)
		return rc;
	db_reset(q);
	return 0;
}

/* Each event's row, carrying who presided and spoke and how many attended, then its roles
 * (rows.c, for the commit) with the same people. */
int store__add_events(add_ctx *c)
{
	const readout_record *rec = c->doc->record;
	readout_buf presided = READOUT_BUF_INIT, spoke = READOUT_BUF_INIT;
	listed *lists[3] = {NULL, NULL, NULL};
	int rc = 0;
	for (size_t i = 0; i < rec->nevents && !rc; i++) {
		const readout_event *e = &rec->events[i];
		const readout_value *role_lists[3] = {e->presided, e->spoke, e->attended};
		size_t counts[3] = {e->npresided, e->nspoke, e->nattended}, nlisted[3];
		for (int r = 0; r < 3; r++) {
			free(lists[r]);
			if (!(lists[r] = malloc((counts[r] + 1) * sizeof *lists[r])))
				rc = readout_error__set(READOUT_ENOMEM, "out of memory");
			else
				nlisted[r] = listed_persons(c, role_lists[r], counts[r], lists[r]);
		}
		if (rc)
			break;
		const char *date = store__clean_date(e->date.text);
		const char *who[2] = {listed_names(c, lists[0], nlisted[0], &presided), listed_names(c, lists[1], nlisted[1], &spoke)};
		int64_t event_id = 0;
		if (c->event_ids) /* rebuild.c: the event is stored, its people are made again */
			rc = (event_id = c->event_ids[i]) ? set_event_people(c->st, event_id, who, (int64_t)nlisted[2]) : 0;
		else
			rc = insert_event(c, i, date, who, (int64_t)nlisted[2], &event_id);
		for (int r = 0; r < 3 && !rc && event_id; r++)
			for (size_t k = 0; k < nlisted[r] && !rc; k++)
				rc = rows_add_role(&c->st->rows, event_id, r, (int64_t)lists[r][k].position,
				                   c->person_ids[lists[r][k].person], date);
	}
	for (int r = 0; r < 3; r++)
		free(lists[r]);
	readout_buf_dispose(&presided);
	readout_buf_dispose(&spoke);
	return rc;
}

static void fold_form(char *out, size_t cap, const char *form)
{
	size_t o = 0;
	if (strncasecmp(form, "the ", 4) == 0)
		form += 4;
	for (; *form && o + 1 < cap; form++) {
		char ch = (char)tolower((unsigned char)*form);
		if (ch == '-')
			ch = ' ';
		if (ch == ' ' && (o == 0 || out[o - 1] == ' '))
			continue;
		out[o++] = ch;
	}
	while (o && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
}

/* The id of formulation key, made if new: remembered, since a corpus has a few hundred. */
static int formulation_id(readout_store *st, const readout_formulation *f, const char *key, int64_t *out)
{
	const tally_sum *known = tally_find(&st->form_ids, 'F', 0, key);
	if (known) {
		*out = known->a;
		return 0;
	}
	db_stmt *q;
	int rc;
	if ((rc = store__stmt(st, S_INS_FORM, &q)) || (rc = db_bind_str(q, 1, key)) ||
	    (rc = db_bind_opt_ref(q, 2, f->zh)) || (rc = db_bind_opt_ref(q, 3, f->pinyin)) ||
	    (rc = db_bind_str(q, 4, f->label ? f->label : f->forms[0])) || (rc = db_step_insert(q, out)) < 0)
		return rc;
	db_reset(q);
	if (rc == 1 && !st->undo.first_form)
		st->undo.first_form = *out;
	if (rc == 0) { /* there already */
		if ((rc = store__stmt(st, S_SEL_FORM, &q)) || (rc = db_bind_str(q, 1, key)))
			return rc;
		if ((rc = db_step(q)) != 1)
			return rc < 0 ? rc : readout_error__set(READOUT_EIO, "formulation lookup failed");
		*out = db_col_int(q, 0);
		db_reset(q);
	}
	bool first;
	tally_sum *sum = tally_touch(&st->form_ids, 'F', 0, key, &first);
	if (!sum)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	sum->a = *out;
	tally_mark(&st->form_ids);
	return 0;
}

/* Each formulation's use, and its additions to formulation_months and formulation_places
 * (whose sums make formulation_levels' at commit: sum_all_time). A use's level, province and
 * place are its document's main event's (ord 0) as stored, which nothing changes later: a
 * changed text is another document, and reconciliation and overrides move people, not
 * events. */
static int insert_formulations(add_ctx *c)
{
	const readout_record *rec = c->doc->record;
	const readout_event *main = rec->nevents ? &rec->events[0] : NULL;
	const char *place = main ? main->place.text : NULL;
	const char *level = main && main->level.text ? main->level.text : "unknown";
	char month[8] = "";
	if (c->date)
		snprintf(month, sizeof month, "%.7s", c->date);
	readout_buf forms = READOUT_BUF_INIT, group = READOUT_BUF_INIT;
	int rc = rec->nformulations ? group_key(&group, main ? event_province(c->st, main) : NULL, place, level) : 0;
	for (size_t i = 0; i < rec->nformulations && !rc; i++) {
		const readout_formulation *f = &rec->formulations[i];
		if (!f->nforms)
			continue;
		char key[256];
		if (f->zh)
			snprintf(key, sizeof key, "zh:%s", f->zh);
		else {
			char folded[240];
			fold_form(folded, sizeof folded, f->forms[0]);
			snprintf(key, sizeof key, "en:%s", folded);
		}
		int64_t fid = 0;
		if ((rc = formulation_id(c->st, f, key, &fid)))
			break;
		readout_buf_clear(&forms);
		for (size_t k = 0; k < f->nforms; k++) {
			if (k)
				readout_buf_puts(&forms, " | ");
			readout_buf_puts(&forms, f->forms[k]);
		}
		if ((rc = rows_add_use(&c->st->rows, fid, c->doc_id, (int64_t)f->count, forms.data ? forms.data : "", c->date,
		                       place)) ||
		    (rc = store__tally_add(c->st, 'M', fid, month, (int64_t)f->count, c->date)) ||
		    (rc = store__tally_add(c->st, 'G', fid, group.data, (int64_t)f->count, c->date)))
			break;
	}
	readout_buf_dispose(&forms);
	readout_buf_dispose(&group);
	return rc < 0 ? rc : 0;
}

/* A document's url: its metadata's "url" member when that is a string, into st->url (*url
 * NULL when there is none). Metadata that is not a JSON object is refused. */
static int meta_url(readout_store *st, const readout_store_doc *doc, const char **url)
{
	*url = NULL;
	if (!doc->meta)
		return 0;
	json_t *meta = json_loadb(doc->meta, doc->meta_len, 0, NULL);
	int rc = 0;
	if (!json_is_object(meta)) {
		rc = readout_error__set(READOUT_EINVALID, "the document's metadata is not a JSON object");
	} else {
		json_t *u = json_object_get(meta, "url");
		size_t n = json_is_string(u) ? json_string_length(u) : 0;
		readout_buf_clear(&st->url);
		/* as far as a first NUL, like every other string the store keeps */
		if (n && (rc = readout_buf_append(&st->url, json_string_value(u), strnlen(json_string_value(u), n))) == 0)
			*url = st->url.data;
	}
	json_decref(meta);
	return rc;
}

int readout_store_add(readout_store *st, const readout_store_doc *doc, int *added)
{
	*added = 0;
	if (st->db->readonly)
		return readout_error__set(READOUT_EINVALID, "the store is open read-only");
	if (!st->in_batch)
		return readout_error__set(READOUT_EINVALID, "documents are added inside a batch (readout_store_begin)");
	const readout_record *rec = doc->record;
	/* Documents are stored once per hash: a hash given with a text must be that text's, or
	 * another text would take the place of the document it names (a hand-edited extraction). */
	char hash[33];
	const char *given = doc->hash ? doc->hash : rec->hash[0] ? rec->hash : NULL;
	if (doc->text) {
		readout_store_hash(hash, doc->text, doc->len);
		if (given && strcmp(given, hash) != 0)
			return readout_error__set(READOUT_EINVALID, "the document's hash is not the hash of its text");
	} else if (given && strspn(given, "0123456789abcdef") == 32 && !given[32]) {
		memcpy(hash, given, 33);
	} else {
		return readout_error__set(READOUT_EINVALID, "a document needs its text or its content hash (32 hex digits)");
	}
	const char *url;
	int rc = meta_url(st, doc, &url);
	if (rc)
		return rc;
	readout_buf *json = &st->json;
	readout_buf_clear(json);
	if ((rc = readout_record_write_json(json, doc->id, rec, 0)))
		return rc;
	const readout_event *main = rec->nevents ? &rec->events[0] : NULL;
	const char *main_date = main ? store__clean_date(main->date.text) : NULL;
	tally_next_doc(&st->sums);
	if (!st->in_savepoint) { /* no savepoint to roll back to: nothing to undo */
		tally_mark(&st->sums);
		rows_mark(&st->rows);
	}
	add_ctx c = {st, doc, 0, main_date ? main_date : store__clean_date(rec->published), NULL, url, NULL, NULL, NULL};
	if (st->lex && main && main->place.text)
		c.province = store__province_name(st, lex_place_by_name(st->lex, main->place.text));
	c.person_ids = calloc(rec->npeople + 1, sizeof *c.person_ids);
	c.person_names = calloc(rec->npeople + 1, sizeof *c.person_names);
	if (!c.person_ids || !c.person_names)
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
	if (!rc)
		rc = insert_document(&c, hash, json->data, added);
	/* people first: an event row carries the names of its presiders and speakers */
	if (!rc && *added && !(rc = store__add_people(&c)) && !(rc = store__add_events(&c)))
		rc = insert_formulations(&c);
	free(c.person_ids);
	free(c.person_names);
	return rc;
}

int readout_store_counts_get(readout_store_counts *out, readout_store *st)
{
	static const char *const sql =
		"SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(*) FROM persons), "
		"(SELECT count(*) FROM person_titles), (SELECT count(*) FROM roles), (SELECT count(*) FROM formulations)";
	db_stmt *q;
	int rc = db_prepare(st->db, &q, sql);
	if (rc)
		return rc;
	rc = db_step(q);
	if (rc == 1) {
		*out = (readout_store_counts){db_col_int(q, 0), db_col_int(q, 1), db_col_int(q, 2),
		                              db_col_int(q, 3), db_col_int(q, 4), db_col_int(q, 5)};
		rc = 0;
	}
	db_finalize(q);
	return rc < 0 ? rc : 0;
}
