/* store.c — opening a store and adding documents to it. Adding is idempotent by content
 * hash; people are resolved across documents here (see resolve_person for the rule). */
#define _GNU_SOURCE /* strnlen */
#include "store/schema.h"
#include "extract/orgs.h"
#include "store/store_impl.h"
#include "readout/buf.h"
#include "util/error.h"
#include "util/grow.h"

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
	[S_SEL_PERSONS] = "SELECT id, region, mentions, name FROM persons WHERE name_key = $1 ORDER BY mentions DESC, id",
	[S_INS_PERSON] = "INSERT INTO persons(name, name_key, region) VALUES($1, $2, $3)",
	[S_SET_REGION] = "UPDATE persons SET region = $2 WHERE id = $1 AND region IS NULL",
	[S_INS_FORM] = "INSERT INTO formulations(key, zh, pinyin, label) VALUES($1, $2, $3, $4) ON CONFLICT(key) DO NOTHING",
	[S_SEL_FORM] = "SELECT id FROM formulations WHERE key = $1",
	[S_HAS_TITLE] = "SELECT 1 FROM person_posts WHERE person_id = $1 AND title = $2",
	[S_SAVEPOINT] = "SAVEPOINT readout_doc",
	[S_RELEASE] = "RELEASE SAVEPOINT readout_doc",
	[S_ROLLBACK_TO] = "ROLLBACK TO SAVEPOINT readout_doc",
	/* SQLite undoes a document with these (see doc_writes) */
	[S_UNDO_EVENTS] = "DELETE FROM events WHERE doc_id = $1",
	[S_UNDO_DOC] = "DELETE FROM documents WHERE id = $1",
	[S_UNDO_PERSONS] = "DELETE FROM persons WHERE id >= $1",
	[S_UNDO_FORMS] = "DELETE FROM formulations WHERE id >= $1",
	[S_UNDO_REGION] = "UPDATE persons SET region = NULL WHERE id = $1",
};

/* The statements run by db_step_insert: PostgreSQL reads their ids from RETURNING id. */
static bool inserts_with_id(int which)
{
	return which == S_INS_DOC || which == S_INS_EVENT || which == S_INS_PERSON || which == S_INS_FORM;
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

static int count_rows(readout_store *st, const char *sql, int64_t *n)
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

static int has_table(readout_store *st, const char *name, int64_t *n)
{
	char sql[256];
	snprintf(sql, sizeof sql,
	         st->db->kind == DB_SQLITE ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%s'"
	                                   : "SELECT count(*) FROM information_schema.tables"
	                                     " WHERE table_name = '%s' AND table_schema = current_schema()",
	         name);
	return count_rows(st, sql, n);
}

/* A writer brings a version-1 database made before the latest additions up to date: the
 * added objects are all "IF NOT EXISTS", and the tables ingest keeps totals in are filled
 * once, when made. */
/* Whether table has column (added after the first version-1 schema): *n 1 or 0. */
static int has_column(readout_store *st, const char *table, const char *column, int64_t *n)
{
	char sql[320];
	/* names are the store's own constants, never input */
	if (st->db->kind == DB_SQLITE)
		snprintf(sql, sizeof sql, "SELECT count(*) FROM pragma_table_info('%s') WHERE name = '%s'", table, column);
	else
		snprintf(sql, sizeof sql,
		         "SELECT count(*) FROM information_schema.columns WHERE table_name = '%s'"
		         " AND column_name = '%s' AND table_schema = current_schema()",
		         table, column);
	return count_rows(st, sql, n);
}

static int upgrade_tables(readout_store *st)
{
	int64_t months = 0, posts = 0, dates = 0, event_roles = 0, source = 0;
	bool lite = st->db->kind == DB_SQLITE;
	int rc;
	if ((rc = has_table(st, "formulation_months", &months)) || (rc = has_table(st, "person_posts", &posts)) ||
	    (rc = has_column(st, "roles", "date", &dates)) || (!dates && (rc = db_exec(st->db, schema_add_role_dates))) ||
	    (rc = has_column(st, "documents", "url", &source)) ||
	    (!source && (rc = db_exec(st->db, schema_add_document_source))) ||
	    (rc = has_column(st, "events", "presided", &event_roles)) ||
	    (!event_roles && (rc = db_exec(st->db, lite ? schema_add_event_roles_sqlite : schema_add_event_roles_pg))) ||
	    (rc = db_exec(st->db, st->db->kind == DB_SQLITE ? schema_upgrade_sqlite : schema_upgrade_pg)))
		return rc;
	if (!months && (rc = db_exec(st->db, schema_fill_months)))
		return rc;
	int64_t lean = 1, fts = 2;
	if (st->db->kind == DB_SQLITE &&
	    ((rc = count_rows(st, "SELECT count(*) FROM sqlite_master WHERE name = 'roles' AND sql LIKE '%WITHOUT ROWID%'", &lean)) ||
	     (!lean && (rc = db_exec(st->db, schema_upgrade_sqlite_roles))) ||
	     (rc = count_rows(st, "SELECT count(*) FROM documents_fts_config WHERE k IN ('automerge', 'hashsize')", &fts)) ||
	     (fts < 2 && (rc = db_exec(st->db, schema_fts_settings)))))
		return rc;
	return posts ? 0 : db_exec(st->db, schema_fill_posts);
}

/* An upgrade may sort millions of rows to build an index: SQLite sorts in temporary files for
 * it, not in the memory the writer's temp store otherwise uses (the roles index of a million
 * documents: 119 MB peak and 6.8 s, instead of 475 MB and 10.2 s). */
static int upgrade_schema(readout_store *st)
{
	bool lite = st->db->kind == DB_SQLITE;
	int rc = lite ? db_exec(st->db, "PRAGMA temp_store=FILE") : 0;
	if (!rc)
		rc = upgrade_tables(st);
	int back = lite ? db_exec(st->db, "PRAGMA temp_store=MEMORY") : 0;
	return rc ? rc : back;
}

/* A reader cannot upgrade: it notes whether the database has what the queries read (the
 * queries that need it then ask for one writable open). */
static int check_current(readout_store *st)
{
	int64_t months = 0, posts = 0, dates = 0, event_roles = 0, source = 0;
	int rc;
	if ((rc = has_table(st, "formulation_months", &months)) || (rc = has_table(st, "person_posts", &posts)) ||
	    (rc = has_column(st, "roles", "date", &dates)) || (rc = has_column(st, "events", "presided", &event_roles)) ||
	    (rc = has_column(st, "documents", "url", &source)))
		return rc;
	/* SQLite's queries name their indexes: either index of documents' ids will do (the one
	 * with urls, or the one it superseded) */
	int64_t roles_index = 1, ids_index = 1, url_index = 0;
	static const char *const indexes = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name";
	char sql[256];
	if (st->db->kind == DB_SQLITE) {
		snprintf(sql, sizeof sql, "%s = 'roles_person_date'", indexes);
		if ((rc = count_rows(st, sql, &roles_index)))
			return rc;
		snprintf(sql, sizeof sql, "%s IN ('documents_id_ext', 'documents_id_ext_url')", indexes);
		if ((rc = count_rows(st, sql, &ids_index)))
			return rc;
		snprintf(sql, sizeof sql, "%s = 'documents_id_ext_url'", indexes);
		if ((rc = count_rows(st, sql, &url_index)))
			return rc;
	}
	st->url_index = url_index > 0;
	st->stale = !months || !posts || !dates || !event_roles || !source || !roles_index || !ids_index;
	return 0;
}

/* readout's schema has no triggers or rules: one in the database was put there by someone
 * else, and would run inside ingest (an endless one hung it). A writer refuses it. */
static int refuse_foreign_code(readout_store *st)
{
	static const char *const sqlite_sql = "SELECT name FROM sqlite_master WHERE type = 'trigger' LIMIT 1";
	static const char *const pg_sql =
		"SELECT t.tgname::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
		" JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
		" UNION ALL SELECT rulename::text FROM pg_rules WHERE schemaname = current_schema() LIMIT 1";
	db_stmt *q = NULL;
	int rc = db_prepare(st->db, &q, st->db->kind == DB_SQLITE ? sqlite_sql : pg_sql);
	if (rc)
		return rc;
	rc = db_step(q);
	if (rc == 1)
		rc = readout_error__set(READOUT_EINVALID, "the database has a trigger or rule readout did not make (%s): "
		                                          "it is not written while that is there", db_col_text(q, 0));
	db_finalize(q);
	return rc < 0 ? rc : 0;
}

/* A PostgreSQL role that may only read would fail at the first statement that writes, with
 * the server's words ("must be owner of table documents"): say it plainly, once. (An SQLite
 * file the user may not write is refused when it is opened.) */
static int check_can_write(readout_store *st)
{
	if (st->db->kind != DB_PG)
		return 0;
	int64_t n = 0;
	int rc = count_rows(st, "SELECT count(*) FROM (VALUES (1)) v WHERE has_table_privilege('documents', 'INSERT')"
	                        " AND has_table_privilege('persons', 'UPDATE')", &n);
	if (rc)
		return rc;
	return n ? 0 : readout_error__set(READOUT_EINVALID, "this role may only read the database: readout ingest needs "
	                                                    "one that may write to it");
}

/* Inside check_or_create_schema's transaction (when it has one). */
static int check_schema(readout_store *st, bool create)
{
	bool lite = st->db->kind == DB_SQLITE;
	int64_t n = 0;
	int rc = count_rows(st, lite ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
	                             : "SELECT count(*) FROM information_schema.tables"
	                               " WHERE table_name = 'meta' AND table_schema = current_schema()", &n);
	if (rc)
		return rc;
	if (n > 0) {
		db_stmt *q = NULL;
		if (db_prepare(st->db, &q, "SELECT value FROM meta WHERE key = 'schema'"))
			return readout_error__set(READOUT_EINVALID, "not a readout database (its meta table is another's)");
		rc = db_step(q);
		const char *v = rc == 1 ? db_col_text(q, 0) : NULL;
		bool ok = v && strcmp(v, READOUT_SCHEMA_VERSION) == 0;
		db_finalize(q);
		if (rc < 0)
			return rc;
		if (!ok)
			return readout_error__set(READOUT_EINVALID, "not a readout database of schema version %s", READOUT_SCHEMA_VERSION);
		if (st->db->readonly)
			return check_current(st);
		if ((rc = refuse_foreign_code(st)) || (rc = check_can_write(st)) || (rc = upgrade_schema(st)))
			return rc;
		st->url_index = true; /* the upgrade makes it */
		return 0;
	}
	/* any other table means somebody else's database (PostgreSQL: in the current schema; point
	 * search_path at an empty schema to share a database) */
	if ((rc = count_rows(st, lite ? "SELECT count(*) FROM sqlite_master"
	                              : "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
	                     &n)))
		return rc;
	if (n > 0)
		return readout_error__set(READOUT_EINVALID, "not a readout database (it has other tables)");
	if (!create || st->db->readonly)
		return readout_error__set(READOUT_ENOTFOUND, "no readout database here yet (run readout ingest first)");
	if ((rc = db_exec(st->db, lite ? schema_sqlite : schema_pg)))
		return rc;
	st->url_index = true;
	return db_exec(st->db, "INSERT INTO meta(key, value) VALUES('schema', '" READOUT_SCHEMA_VERSION "') "
	                       "ON CONFLICT(key) DO NOTHING");
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
static int check_or_create_schema(readout_store *st, bool create)
{
	if (st->db->readonly)
		return check_schema(st, false);
	int rc = db_exec(st->db, st->db->kind == DB_SQLITE ? "BEGIN IMMEDIATE" : "BEGIN");
	if (rc)
		return rc;
	if (st->db->kind == DB_PG)
		rc = db_exec(st->db, "SELECT pg_advisory_xact_lock(72430001)");
	if (!rc)
		rc = check_schema(st, create);
	return rc ? rollback_failed(st, rc) : db_exec(st->db, "COMMIT");
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
	memo_init(&st->title_judgements);
	int rc = is_pg_uri(location) ? db_pg_open(&st->db, location, opts->readonly)
	                             : db_sqlite_open(&st->db, location, opts->readonly, opts->create);
	if (rc || (rc = check_or_create_schema(st, opts->create)) ||
	    (st->db->kind == DB_SQLITE && !opts->readonly && (rc = db_sqlite_use_wal(st->db)))) {
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
	for (int i = 0; i < 3; i++)
		for (int m = 0; m < 2; m++)
			db_finalize(st->sum_stmt[i][m]);
	rows_dispose(&st->rows); /* its statements too: before the connection goes */
	if (st->in_batch)
		db_exec(st->db, "ROLLBACK");
	db_close(st->db);
	tally_dispose(&st->sums);
	tally_dispose(&st->form_ids);
	names_dispose(&st->names);
	memo_dispose(&st->title_judgements);
	readout_buf_dispose(&st->json);
	readout_buf_dispose(&st->url);
	free(st->undo.placed);
	free(st);
}

const char *readout_store_backend(const readout_store *st)
{
	return st->db->kind == DB_SQLITE ? "sqlite" : "postgresql";
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
	if (st->in_batch)
		return readout_error__set(READOUT_EINVALID, "a batch is already open");
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
 * post ('T'), a formulation's month ('M'). Each head follows its verb (db_batch_update for 'P',
 * db_batch_insert for the others). */
static const struct sum_spec {
	char kind;
	int ncols;
	const char *head, *tail;
	const char *casts[6];
} sum_specs[3] = {
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
};

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

static int bind_sum(db_stmt *q, int p, const tally_entry *e)
{
	const char *first = e->sum.first[0] ? e->sum.first : NULL, *last = e->sum.last[0] ? e->sum.last : NULL;
	int rc;
	if (e->kind == 'P')
		(void)((rc = db_bind_int(q, p, e->id)) || (rc = db_bind_int(q, p + 1, e->sum.a)) ||
		       (rc = db_bind_int(q, p + 2, e->sum.b)) || (rc = db_bind_opt(q, p + 3, first)) ||
		       (rc = db_bind_opt(q, p + 4, last)));
	else if (e->kind == 'T')
		(void)((rc = db_bind_int(q, p, e->id)) || (rc = db_bind_text(q, p + 1, e->text)) ||
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

/* Writes the batch's tallies (see readout_store.sums) to their summary rows, in key order,
 * ROWS_PER_INSERT rows a statement. */
static int write_sums(readout_store *st)
{
	const tally_entry **order = st->sums.n ? malloc(st->sums.n * sizeof *order) : NULL;
	if (st->sums.n && !order)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	size_t n = 0;
	for (size_t i = 0; i < st->sums.n; i++)
		if (st->sums.entries[i].live)
			order[n++] = &st->sums.entries[i];
	if (n > 1)
		qsort(order, n, sizeof *order, cmp_entry);
	int rc = 0;
	for (size_t k = 0; k < n && !rc;) {
		int spec = order[k]->kind == 'P' ? 0 : order[k]->kind == 'T' ? 1 : 2;
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
	return rc;
}

size_t readout_store_batch_memory(const readout_store *st)
{
	return rows_memory(&st->rows) + tally_memory(&st->sums) + names_memory(&st->names);
}

int readout_store_commit(readout_store *st)
{
	int rc = write_sums(st);
	if (!rc)
		rc = rows_write(&st->rows, st->db);
	if (!rc)
		rc = index_batch_text(st);
	tally_clear(&st->sums);
	rows_clear(&st->rows);
	names_clear(&st->names);
	memo_clear(&st->title_judgements);
	if (rc) {
		rc = rollback_failed(st, rc);
		tally_clear(&st->form_ids);
		st->in_batch = 0;
		return rc;
	}
	rc = db_exec(st->db, "COMMIT");
	if (rc)
		tally_clear(&st->form_ids);
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
		st->undo.doc_id = st->undo.first_person = st->undo.first_form = 0;
		st->undo.nplaced = 0;
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
	if (!rc)
		rc = undo_by(st, S_UNDO_FORMS, u->first_form);
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
	return rc || lite ? rc : run_control(st, S_RELEASE);
}

/* Ingest binds the record's strings in place: they outlive every statement of readout_store_add. */
static inline int db_bind_str(db_stmt *s, int i, const char *v)
{
	return db_bind_text_ref(s, i, v, strlen(v));
}

/* ---- person resolution ----
 * A person is a name plus a region: "central" for posts in central bodies (a central body's
 * name, or a national body named without any local level or place), else the provincial-level
 * unit of the place their posts name, else, for titled mentions whose posts name no place,
 * "central" at a central event or the document's province. The document's province is that of
 * its event's place or, when the event names none, the one most of its people's posts name.
 * A titled mention joins the person of its name and region, or gives an unplaced person of its
 * name that region, or makes a new person. A mention with no region (no post, or posts in a
 * document that names no place) joins, among the persons of its name: one who already holds
 * one of its titles; else the central one; else the one placed in the document's province;
 * else the most-mentioned. Only the first mention of a name ever
 * makes an unplaced person, and the first titled one places it. So the persons made depend on
 * the corpus, not on the order it is ingested in (only which namesake an untitled mention
 * joins can): two Wang Yongs with posts in different provinces stay apart, an untitled Wang
 * Yong in a Fujian readout joins the Fujian one, and Xi Jinping without a title in a county
 * readout joins the central Xi Jinping. Limits: one person transferred between provinces
 * becomes two; an untitled local namesake of a central official joins the central one; an
 * untitled namesake outside both namesakes' provinces joins the most-mentioned one. */

static const char *province_name(const readout_store *st, int place)
{
	if (!st->lex || place < 0)
		return NULL;
	int p = lex_province_of(st->lex, place);
	return p >= 0 ? st->lex->places[p].name : NULL;
}

/* What a title says of its holder's place and whether the post is central, as the extractor
 * judges bodies' names (extract/orgs.c): one decision for both. */
static void judge_post(const readout_lexicon *lex, const char *title, int *place, bool *central)
{
	org_judgement j = {OL_NONE, -1, 0, false, false};
	if (lex)
		(void)org_judge_text(&j, lex, title, strlen(title)); /* out of memory: judged as saying nothing */
	*place = j.place;
	*central = j.level == OL_CENTRAL || j.central_post;
}

/* A title's place in the lexicon (-1 for none) and whether it is a central post, judged once
 * per batch (see memo.h). A memo that cannot grow only stops saving work. */
static void judge_title(readout_store *st, const char *title, int *place, bool *central)
{
	uint32_t v;
	if (memo_get(&st->title_judgements, title, &v)) {
		*place = (int)(v >> 1) - 1;
		*central = v & 1;
		return;
	}
	judge_post(st->lex, title, place, central);
	(void)memo_put(&st->title_judgements, title, (uint32_t)(*place + 1) << 1 | (uint32_t)*central);
}

static const char *person_region(readout_store *st, const readout_person *p, const char *doc_province,
                                 const char *doc_level)
{
	if (!p->ntitles)
		return NULL;
	const char *prov = NULL;
	for (size_t i = 0; i < p->ntitles; i++) {
		int place;
		bool central;
		judge_title(st, p->titles[i].text, &place, &central);
		if (central)
			return "central";
		if (!prov)
			prov = province_name(st, place);
	}
	if (prov)
		return prov;
	if (doc_level && strcmp(doc_level, "central") == 0)
		return "central";
	return doc_province;
}

/* Whether person id already holds one of p's titles. */
static int holds_title(readout_store *st, int64_t id, const readout_person *p, bool *out)
{
	*out = false;
	for (size_t t = 0; t < p->ntitles && !*out; t++) {
		if (tally_find(&st->sums, 'T', id, p->titles[t].text)) { /* a post of this batch */
			*out = true;
			break;
		}
		db_stmt *q;
		int rc = store__stmt(st, S_HAS_TITLE, &q);
		if (rc || (rc = db_bind_int(q, 1, id)) || (rc = db_bind_str(q, 2, p->titles[t].text)))
			return rc;
		if ((rc = db_step(q)) < 0)
			return rc;
		*out = rc == 1;
		db_reset(q);
	}
	return 0;
}

/* A new person of list l's name key. */
static int insert_person(readout_store *st, const readout_person *p, name_list *l, const char *region,
                         int64_t *out)
{
	db_stmt *ins = NULL;
	int rc;
	if ((rc = store__stmt(st, S_INS_PERSON, &ins)) || (rc = db_bind_str(ins, 1, p->name)) ||
	    (rc = db_bind_str(ins, 2, l->key)) || (rc = db_bind_opt_ref(ins, 3, region)))
		return rc;
	if ((rc = db_step_insert(ins, out)) != 1)
		return rc < 0 ? rc : readout_error__set(READOUT_EIO, "person insert returned no id");
	db_reset(ins);
	if (!st->undo.first_person)
		st->undo.first_person = *out;
	return names_add(&st->names, l, *out, 0, region, p->name);
}

/* Person id got a region from the current document (doc_writes). */
static int note_placed(readout_store *st, int64_t id)
{
	doc_writes *u = &st->undo;
	if (!grow_array((void **)&u->placed, &u->cap, u->nplaced + 1, sizeof *u->placed, 8))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	u->placed[u->nplaced++] = id;
	return 0;
}

/* A count as the database holds it, taken within [0, 2^53]: the database is a file anyone may
 * have edited, and resolution adds the batch's own counts to it (a planted INT64_MAX
 * overflowed). Readout's counts never come near the bound. */
static int64_t stored_count(int64_t v)
{
	const int64_t max = (int64_t)1 << 53;
	return v < 0 ? 0 : v > max ? max : v;
}

/* The persons of name key, from the batch's memory or read into it. */
static int namesakes_of(readout_store *st, const char *key, name_list **out)
{
	if ((*out = names_find(&st->names, key)))
		return 0;
	name_list *l = names_add_list(&st->names, key);
	if (!l)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	db_stmt *q;
	int rc = store__stmt(st, S_SEL_PERSONS, &q);
	if (rc || (rc = db_bind_str(q, 1, l->key)))
		return rc;
	while ((rc = db_step(q)) == 1)
		if ((rc = names_add(&st->names, l, db_col_int(q, 0), stored_count(db_col_int(q, 2)), db_col_text(q, 1),
		                    db_col_text(q, 3))))
			break;
	db_reset(q);
	*out = l;
	return rc < 0 ? rc : 0;
}

enum { MAX_NAMESAKES = 32 };

/* The rule in the comment above: region as person_region gives it, doc_province the
 * document's province or NULL. */
static int resolve_in_list(readout_store *st, const readout_person *p, const char *region,
                           const char *doc_province, name_list *l, int64_t *out)
{
	int rc;
	int64_t ids[MAX_NAMESAKES], mentions[MAX_NAMESAKES]; /* most-mentioned first */
	size_t n = 0;
	int64_t same = 0, unplaced = 0, home = 0, first_central = 0;
	for (size_t i = 0; i < l->n; i++) {
		int64_t id = l->v[i].id;
		const char *r = l->v[i].region;
		if (region && r && strcmp(r, region) == 0 && !same)
			same = id;
		if (!r && !unplaced)
			unplaced = id;
		if (doc_province && r && strcmp(r, doc_province) == 0 && !home)
			home = id;
		if (r && strcmp(r, "central") == 0 && !first_central)
			first_central = id;
		if (n < MAX_NAMESAKES) {
			/* the mentions this batch has yet to write count too */
			const tally_sum *pending = tally_find(&st->sums, 'P', id, NULL);
			int64_t m = l->v[i].mentions + (pending ? pending->a : 0);
			size_t k = n++;
			for (; k > 0 && (mentions[k - 1] < m || (mentions[k - 1] == m && ids[k - 1] > id)); k--) {
				ids[k] = ids[k - 1];
				mentions[k] = mentions[k - 1];
			}
			ids[k] = id;
			mentions[k] = m;
		}
	}
	*out = 0;
	if (same) {
		*out = same;
		return 0;
	}
	if (region) { /* a titled mention */
		if (unplaced) {
			db_stmt *u;
			if ((rc = store__stmt(st, S_SET_REGION, &u)) || (rc = db_bind_int(u, 1, unplaced)) ||
			    (rc = db_bind_str(u, 2, region)) || (rc = db_step(u)) < 0 || (rc = note_placed(st, unplaced)))
				return rc;
			*out = unplaced;
			return names_set_region(&st->names, l, unplaced, region);
		}
		return insert_person(st, p, l, region, out);
	}
	if (!n) /* unplaced: the first titled mention will place it */
		return insert_person(st, p, l, NULL, out);
	if (p->ntitles && n > 1)
		for (size_t i = 0; i < n; i++) {
			bool holds;
			if ((rc = holds_title(st, ids[i], p, &holds)))
				return rc;
			if (holds) {
				*out = ids[i];
				return 0;
			}
		}
	/* a central namesake before the one of the province: one stray title in a provincial
	 * readout ("Xi Jinping ... delegate power") placed a Xi Jinping in that province, and
	 * every untitled Xi Jinping of the province then joined him */
	*out = first_central ? first_central : home ? home : ids[0];
	return 0;
}

/* The person of mention p (resolve_in_list) and the name stored for them. */
static int resolve_person(readout_store *st, const readout_person *p, const char *region,
                          const char *doc_province, int64_t *out, const char **stored_name)
{
	char key[128];
	name_key(key, sizeof key, p->name);
	name_list *l;
	int rc = namesakes_of(st, key, &l);
	if (!rc)
		rc = resolve_in_list(st, p, region, doc_province, l, out);
	*stored_name = rc ? NULL : names_name_of(l, *out);
	return rc;
}

/* ---- adding a document ---- */

/* A calendar date as YYYY-MM-DD, or NULL: records read back from JSON (--from-extracted) may
 * carry anything, and the queries do date arithmetic on these columns. */
static const char *clean_date(const char *d)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (!d || strlen(d) != 10 || d[4] != '-' || d[7] != '-')
		return NULL;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)d[i]))
			return NULL;
	int y = atoi(d), m = atoi(d + 5), day = atoi(d + 8);
	if (y < 1 || m < 1 || m > 12 || day < 1 || day > mdays[m - 1])
		return NULL;
	if (m == 2 && day == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return NULL;
	return d;
}

typedef struct add_ctx {
	readout_store *st;
	const readout_store_doc *doc;
	int64_t doc_id;
	const char *date;
	const char *province;
	const char *url;
	int64_t *person_ids;
	const char **person_names; /* as stored in persons.name */
} add_ctx;

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

/* For a document whose event names no place: the province most of its people's posts name
 * (the first on a tie), or NULL. Province names are the lexicon's, so equal names are one pointer. */
static const char *people_province(const add_ctx *c)
{
	const readout_record *rec = c->doc->record;
	const char *seen[16];
	unsigned votes[16];
	size_t n = 0, best = 0;
	if (!c->st->lex)
		return NULL;
	for (size_t i = 0; i < rec->npeople; i++)
		for (size_t t = 0; t < rec->people[i].ntitles; t++) {
			const char *title = rec->people[i].titles[t].text;
			int place;
			bool central;
			judge_title(c->st, title, &place, &central);
			const char *prov = central ? NULL : province_name(c->st, place);
			if (!prov)
				continue;
			size_t k = 0;
			while (k < n && seen[k] != prov)
				k++;
			if (k == n) {
				if (n == 16)
					continue;
				seen[n] = prov;
				votes[n++] = 0;
			}
			votes[k]++;
			break; /* one vote per person */
		}
	for (size_t k = 1; k < n; k++)
		if (votes[k] > votes[best])
			best = k;
	return n ? seen[best] : NULL;
}

/* Adds to this batch's tally for (kind, id, text): a uses or mentions, and one document the
 * first time this document touches it (a person written twice, or two forms of one
 * formulation, are one document). */
static int tally_add(readout_store *st, char kind, int64_t id, const char *text, int64_t a, const char *date)
{
	bool first;
	tally_sum *sum = tally_touch(&st->sums, kind, id, text, &first);
	if (!sum)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	sum->a += a;
	sum->b += first;
	tally_date(sum, date);
	return 0;
}

static int insert_people(add_ctx *c)
{
	const readout_record *rec = c->doc->record;
	const char *level = rec->nevents ? rec->events[0].level.text : NULL;
	const char *province = c->province;
	if (!province && !(level && strcmp(level, "central") == 0))
		province = people_province(c);
	int rc = 0;
	for (size_t i = 0; i < rec->npeople; i++) {
		const readout_person *p = &rec->people[i];
		const char *region = person_region(c->st, p, province, level);
		int64_t pid = 0;
		if ((rc = resolve_person(c->st, p, region, province, &pid, &c->person_names[i])))
			return rc;
		c->person_ids[i] = pid;
		if ((rc = rows_add_person_doc(&c->st->rows, pid, c->doc_id, p->name, (int64_t)p->nmentions, c->date)) ||
		    (rc = tally_add(c->st, 'P', pid, NULL, (int64_t)p->nmentions, c->date)))
			return rc;
		for (size_t t = 0; t < p->ntitles; t++) {
			const readout_value *v = &p->titles[t];
			int64_t start = v->nspans ? (int64_t)v->spans[0].start : -1;
			int64_t end = v->nspans ? (int64_t)v->spans[v->nspans - 1].end : -1;
			if ((rc = rows_add_title(&c->st->rows, pid, c->doc_id, v->text, c->date, start, end)) ||
			    (rc = tally_add(c->st, 'T', pid, v->text, 0, c->date)))
				return rc;
		}
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

/* Each event's row, carrying who presided and spoke and how many attended, then its roles
 * (rows.c, for the commit) with the same people. */
static int insert_events(add_ctx *c)
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
		const char *date = clean_date(e->date.text);
		const char *prov = c->st->lex ? province_name(c->st, lex_place_by_name(c->st->lex, e->place.text)) : NULL;
		db_stmt *q;
		if ((rc = store__stmt(c->st, S_INS_EVENT, &q)) || (rc = db_bind_int(q, 1, c->doc_id)) ||
		    (rc = db_bind_int(q, 2, (int64_t)i)) || (rc = db_bind_opt_ref(q, 3, date)) ||
		    (rc = db_bind_opt_ref(q, 4, e->date_partial)) || (rc = db_bind_opt_ref(q, 5, e->host.text)) ||
		    (rc = db_bind_opt_ref(q, 6, e->place.text)) || (rc = db_bind_opt_ref(q, 7, prov)) ||
		    (rc = db_bind_opt_ref(q, 8, e->level.text)) || (rc = db_bind_opt_ref(q, 9, e->type.text)) ||
		    (rc = db_bind_opt_ref(q, 10, e->format.text)) || (rc = db_bind_opt_ref(q, 11, e->size.text)) ||
		    (rc = db_bind_opt_ref(q, 12, e->duration.text)) || (rc = db_bind_opt_ref(q, 13, e->subject.text)) ||
		    (rc = db_bind_int(q, 14, e->span.start)) || (rc = db_bind_int(q, 15, e->span.end)) ||
		    (rc = db_bind_opt_ref(q, 16, listed_names(c, lists[0], nlisted[0], &presided))) ||
		    (rc = db_bind_opt_ref(q, 17, listed_names(c, lists[1], nlisted[1], &spoke))) ||
		    (rc = db_bind_int(q, 18, (int64_t)nlisted[2])))
			break;
		int64_t event_id = 0;
		if ((rc = db_step_insert(q, &event_id)) != 1) {
			rc = rc < 0 ? rc : readout_error__set(READOUT_EIO, "event insert returned no id");
			break;
		}
		db_reset(q);
		rc = 0;
		for (int r = 0; r < 3 && !rc; r++)
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

static int insert_formulations(add_ctx *c)
{
	const readout_record *rec = c->doc->record;
	const char *place = rec->nevents ? rec->events[0].place.text : NULL;
	char month[8] = "";
	if (c->date)
		snprintf(month, sizeof month, "%.7s", c->date);
	int rc = 0;
	readout_buf forms = READOUT_BUF_INIT;
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
		    (rc = tally_add(c->st, 'M', fid, month, (int64_t)f->count, c->date)) ||
		    (rc = tally_add(c->st, 'M', fid, "*", (int64_t)f->count, c->date)))
			break;
	}
	readout_buf_dispose(&forms);
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
	const char *main_date = main ? clean_date(main->date.text) : NULL;
	tally_next_doc(&st->sums);
	if (!st->in_savepoint) { /* no savepoint to roll back to: nothing to undo */
		tally_mark(&st->sums);
		rows_mark(&st->rows);
	}
	add_ctx c = {st, doc, 0, main_date ? main_date : clean_date(rec->published), NULL, url, NULL, NULL};
	if (st->lex && main && main->place.text)
		c.province = province_name(st, lex_place_by_name(st->lex, main->place.text));
	c.person_ids = calloc(rec->npeople + 1, sizeof *c.person_ids);
	c.person_names = calloc(rec->npeople + 1, sizeof *c.person_names);
	if (!c.person_ids || !c.person_names)
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
	if (!rc)
		rc = insert_document(&c, hash, json->data, added);
	/* people first: an event row carries the names of its presiders and speakers */
	if (!rc && *added && !(rc = insert_people(&c)) && !(rc = insert_events(&c)))
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
