/* migrate.c — recognising a readout database and bringing it to the latest schema by the
 * numbered steps of schema.c, each recorded in schema_migrations with its time. It runs inside
 * the write transaction store.c opens (so a failed step leaves the database as it was) and
 * never prints. A database made before the steps were numbered is recognised once, by the one
 * detection below (legacy_version), and numbered from then on. */
#include "store/schema.h"
#include "store/store_impl.h"
#include "util/error.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* meta's 'schema' row: "1" before the steps were numbered; "2" since, with the version in
 * schema_migrations. Readouts from before numbering accept only "1": they refuse a numbered
 * database instead of writing to it without knowing its schema. */
#define SCHEMA_LEGACY "1"
#define SCHEMA_NUMBERED "2"
/* the last version before numbering */
#define LEGACY_LAST 9

static const char *const version1_name = "the first store: documents, events, people, roles, formulations";

static int run_template(readout_store *st, const char *tmpl)
{
	char *sql = NULL;
	int rc = schema__expand(&sql, st->db->kind, tmpl);
	if (!rc)
		rc = db_exec(st->db, sql);
	free(sql);
	return rc;
}

/* Whether the database has an object: *n 1 or 0. The names are the store's own constants. */
static int has_object(readout_store *st, const char *type, const char *name, int64_t *n)
{
	char sql[320];
	if (st->db->kind == DB_SQLITE)
		snprintf(sql, sizeof sql, "SELECT count(*) FROM sqlite_master WHERE type = '%s' AND name = '%s'", type, name);
	else if (!strcmp(type, "table"))
		snprintf(sql, sizeof sql, "SELECT count(*) FROM information_schema.tables"
		                          " WHERE table_name = '%s' AND table_schema = current_schema()", name);
	else
		snprintf(sql, sizeof sql, "SELECT count(*) FROM pg_indexes WHERE indexname = '%s'"
		                          " AND schemaname = current_schema()", name);
	return store__count_rows(st, sql, n);
}

static int has_column(readout_store *st, const char *table, const char *column, int64_t *n)
{
	char sql[320];
	if (st->db->kind == DB_SQLITE)
		snprintf(sql, sizeof sql, "SELECT count(*) FROM pragma_table_info('%s') WHERE name = '%s'", table, column);
	else
		snprintf(sql, sizeof sql,
		         "SELECT count(*) FROM information_schema.columns WHERE table_name = '%s'"
		         " AND column_name = '%s' AND table_schema = current_schema()",
		         table, column);
	return store__count_rows(st, sql, n);
}

/* Whether version v's mark is on a database made before numbering: *n 1 or 0. Each release
 * before numbering brought every database it opened for writing up to its own layout, so a
 * database has the marks of versions 2..k and none after: its version is k. */
static int legacy_mark(readout_store *st, int v, int64_t *n)
{
	int64_t m = 0;
	int rc;
	switch (v) {
	case 2: return has_object(st, "table", "formulation_months", n);
	case 3: return has_column(st, "roles", "date", n);
	case 4: return has_column(st, "events", "presided", n);
	case 5: /* person_titles_person dropped, and SQLite's full-text settings */
		if ((rc = has_object(st, "index", "person_titles_person", &m)))
			return rc;
		*n = !m;
		if (*n && st->db->kind == DB_SQLITE &&
		    !(rc = store__count_rows(st, "SELECT count(*) FROM documents_fts_config WHERE k IN ('automerge', 'hashsize')", &m)))
			*n = m == 2;
		return rc;
	case 6: return has_column(st, "documents", "url", n);
	case 7: return has_object(st, "table", "reuse_runs", n);
	case 8: return has_object(st, "index", "documents_id_ext_url", n);
	case 9: return store__count_rows(st, "SELECT count(*) FROM meta WHERE key = 'people' AND value = '2'", n);
	default: *n = 0; return 0;
	}
}

static int legacy_version(readout_store *st, int *version)
{
	int v = 1;
	int64_t n = 1;
	int rc = 0;
	while (v < LEGACY_LAST && !(rc = legacy_mark(st, v + 1, &n)) && n)
		v++;
	*version = v;
	return rc;
}

/* The database's version: 0 when it has no readout schema yet; *numbered whether it is
 * recorded in schema_migrations. */
static int read_version(readout_store *st, int *version, bool *numbered)
{
	*version = 0;
	*numbered = false;
	int64_t n = 0;
	int rc = has_object(st, "table", "meta", &n);
	if (rc || !n)
		return rc;
	db_stmt *q = NULL;
	if (db_prepare(st->db, &q, "SELECT value FROM meta WHERE key = 'schema'"))
		return readout_error__set(READOUT_EINVALID, "not a readout database (its meta table is another's)");
	rc = db_step(q);
	char mark[16] = "";
	if (rc == 1 && db_col_text(q, 0))
		snprintf(mark, sizeof mark, "%s", db_col_text(q, 0));
	db_finalize(q);
	if (rc < 0)
		return rc;
	if (!strcmp(mark, SCHEMA_LEGACY))
		return legacy_version(st, version);
	if (strcmp(mark, SCHEMA_NUMBERED))
		return readout_error__set(READOUT_EINVALID, "not a readout database (its meta table has no schema this readout knows)");
	*numbered = true;
	if ((rc = store__count_rows(st, "SELECT max(version) FROM schema_migrations", &n)))
		return rc;
	if (n < 1)
		return readout_error__set(READOUT_EINVALID, "the database's schema_migrations table is empty (a damaged database?)");
	if (n > SCHEMA_LATEST)
		return readout_error__set(READOUT_EINVALID, "the database has schema version %lld, newer than this readout's %d:"
		                                            " open it with a newer readout", (long long)n, SCHEMA_LATEST);
	*version = (int)n;
	return 0;
}

static const char *step_name(int version)
{
	if (version == 1)
		return version1_name;
	assert(schema_steps[version - 2].version == version); /* the steps are 2, 3, ... in order */
	return schema_steps[version - 2].name;
}

/* Records versions from..to as come by how. */
static int record_versions(readout_store *st, int from, int to, const char *how)
{
	db_stmt *q = NULL;
	int rc = db_prepare(st->db, &q, "INSERT INTO schema_migrations(version, name, how) VALUES($1, $2, $3)");
	for (int v = from; v <= to && !rc; v++) {
		db_reset(q);
		if (!(rc = db_bind_int(q, 1, v)) && !(rc = db_bind_text(q, 2, step_name(v))) && !(rc = db_bind_text(q, 3, how)))
			rc = (rc = db_step(q)) < 0 ? rc : 0;
	}
	db_finalize(q);
	return rc;
}

/* Brings a database at version (numbered or not) to SCHEMA_LATEST, step by step. */
static int migrate(readout_store *st, int version, bool numbered)
{
	int rc = 0;
	if (!numbered && ((rc = run_template(st, schema_versions_table)) || (rc = record_versions(st, 1, version, "recognised"))))
		return rc;
	for (size_t i = 0; i < schema_nsteps && !rc; i++) {
		const schema_migration *m = &schema_steps[i];
		if (m->version <= version)
			continue;
		if ((rc = run_template(st, m->sql))) {
			char why[512];
			snprintf(why, sizeof why, "%s", readout_error_message());
			return readout_error__set(rc, "schema step %d (%s): %s", m->version, m->name, why);
		}
		if (m->rebuild_people && ((rc = store__load_overrides(st)) || (rc = store__rebuild_people(st, NULL))))
			return rc;
		rc = record_versions(st, m->version, m->version, "applied");
	}
	if (!rc && !numbered)
		rc = db_exec(st->db, "UPDATE meta SET value = '" SCHEMA_NUMBERED "' WHERE key = 'schema'");
	return rc;
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
	int rc = store__count_rows(st, "SELECT count(*) FROM (VALUES (1)) v WHERE has_table_privilege('documents', 'INSERT')"
	                        " AND has_table_privilege('persons', 'UPDATE')", &n);
	if (rc)
		return rc;
	return n ? 0 : readout_error__set(READOUT_EINVALID, "this role may only read the database: readout ingest needs "
	                                                    "one that may write to it");
}

static int create_schema(readout_store *st)
{
	int rc;
	if ((rc = run_template(st, schema_latest)) || (rc = run_template(st, schema_versions_table)) ||
	    (rc = record_versions(st, 1, SCHEMA_LATEST, "created")))
		return rc;
	return db_exec(st->db, "INSERT INTO meta(key, value) VALUES('schema', '" SCHEMA_NUMBERED "')");
}

int store__open_schema(readout_store *st, bool create)
{
	int version = 0;
	bool numbered = false;
	int rc = read_version(st, &version, &numbered);
	if (rc)
		return rc;
	if (version) {
		/* a reader cannot upgrade: the queries that need a newer layout ask for one writable
		 * open; the others read what there is */
		st->stale = version < SCHEMA_QUERIES_NEED;
		st->url_index = version >= 8;
		st->has_url = version >= 6;
		st->form_groups = version >= 12;
		st->titles_by_person = version >= 13;
		if (st->db->readonly)
			return 0;
		if ((rc = refuse_foreign_code(st)) || (rc = check_can_write(st)))
			return rc;
		st->stale = false;
		st->url_index = true;
		st->has_url = true;
		st->form_groups = true;
		st->titles_by_person = true;
		return version == SCHEMA_LATEST && numbered ? 0 : migrate(st, version, numbered);
	}
	/* any other table means somebody else's database (PostgreSQL: in the current schema; point
	 * search_path at an empty schema to share a database) */
	int64_t n = 0;
	if ((rc = store__count_rows(st, st->db->kind == DB_SQLITE ? "SELECT count(*) FROM sqlite_master"
	                              : "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
	                     &n)))
		return rc;
	if (n > 0)
		return readout_error__set(READOUT_EINVALID, "not a readout database (it has other tables)");
	if (!create || st->db->readonly)
		return readout_error__set(READOUT_ENOTFOUND, "no readout database here yet (run readout ingest first)");
	st->url_index = true;
	st->has_url = true;
	st->form_groups = true;
	st->titles_by_person = true;
	return create_schema(st);
}
