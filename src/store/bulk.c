/* bulk.c — a bulk ingest's deferred indexes (SQLite). The indexes only queries read
 * (schema_query_indexes) are keyed by dates, places and a month's uses, not by arrival, so
 * every commit rewrote pages all over them; a run that loads an empty or small database drops
 * them and makes each again with one sort when it ends. The meta row 'deferred_indexes' says
 * they are missing: a run that crashed leaves it, and the next writable open makes them.
 * Readers get the same answers without them, more slowly. */
#include "store/schema.h"
#include "store/store_impl.h"
#include "util/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFERRED_KEY "deferred_indexes"

/* DROP INDEX statements for the indexes schema_query_indexes makes: *out, the caller's. */
static int drop_sql(char **out)
{
	static const char create[] = "CREATE INDEX IF NOT EXISTS ";
	size_t cap = strlen(schema_query_indexes) + 1, len = 0;
	char *s = malloc(cap);
	if (!s)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	for (const char *p = strstr(schema_query_indexes, create); p; p = strstr(p, create)) {
		p += sizeof create - 1;
		size_t n = strcspn(p, " ");
		len += (size_t)snprintf(s + len, cap - len, "DROP INDEX IF EXISTS %.*s;\n", (int)n, p);
	}
	s[len] = '\0';
	*out = s;
	return 0;
}

int store__indexes_deferred(readout_store *st, bool *yes)
{
	int64_t n = 0;
	int rc = store__count_rows(st, "SELECT count(*) FROM meta WHERE key = '" DEFERRED_KEY "'", &n);
	*yes = n > 0;
	return rc;
}

/* Inside the write transaction: the row is read again, since another writer may have made
 * them since. */
static int restore_deferred(readout_store *st)
{
	bool deferred = false;
	int rc = store__indexes_deferred(st, &deferred);
	if (rc || !deferred)
		return rc;
	char *sql = NULL;
	if ((rc = schema__expand(&sql, st->db->kind, schema_query_indexes)))
		return rc;
	rc = db_exec(st->db, sql);
	free(sql);
	return rc ? rc : db_exec(st->db, "DELETE FROM meta WHERE key = '" DEFERRED_KEY "'");
}

/* A statement run in its own write transaction; rolled back when it fails. */
static int in_transaction(readout_store *st, int (*work)(readout_store *, void *), void *arg)
{
	int rc = db_exec(st->db, "BEGIN IMMEDIATE");
	if (rc)
		return rc;
	if ((rc = work(st, arg))) {
		char why[512];
		snprintf(why, sizeof why, "%s", readout_error_message());
		db_exec(st->db, "ROLLBACK");
		return readout_error__set(rc, "%s", why);
	}
	return db_exec(st->db, "COMMIT");
}

typedef struct defer_args {
	size_t run_added;
	bool *deferred;
} defer_args;

static int defer_work(readout_store *st, void *arg)
{
	defer_args *a = arg;
	int64_t n = 0;
	bool already = false;
	int rc = store__count_rows(st, "SELECT count(*) FROM documents", &n);
	if (rc || (rc = store__indexes_deferred(st, &already)))
		return rc;
	/* a small database: what it held before the run is no more than the run has added */
	if (!already && n - (int64_t)a->run_added > (int64_t)a->run_added)
		return 0;
	char *drop = NULL;
	if ((rc = drop_sql(&drop)))
		return rc;
	rc = db_exec(st->db, drop);
	free(drop);
	if (!rc && !already)
		rc = db_exec(st->db, "INSERT INTO meta(key, value) VALUES('" DEFERRED_KEY "', '1')");
	*a->deferred = !rc;
	return rc;
}

int readout_store_defer_indexes(readout_store *st, size_t run_added, bool *deferred)
{
	*deferred = false;
	if (st->db->kind != DB_SQLITE || st->db->readonly)
		return 0;
	if (st->in_batch || st->in_read)
		return readout_error__set(READOUT_EINVALID, "a %s is open", st->in_batch ? "batch" : "read");
	defer_args a = {run_added, deferred};
	return in_transaction(st, defer_work, &a);
}

static int restore_work(readout_store *st, void *arg)
{
	(void)arg;
	return restore_deferred(st);
}

/* The sorts of CREATE INDEX in temporary files, not in memory (as for migrations, store.c),
 * and with an 8 MB page cache, which also sizes each sorted run in memory: with the writer's
 * 56 MB the end of an ingest of 100,000 documents peaked at 175 MB. The settings change only
 * outside a transaction. */
int readout_store_restore_indexes(readout_store *st)
{
	if (st->db->kind != DB_SQLITE || st->db->readonly)
		return 0;
	if (st->in_batch || st->in_read)
		return readout_error__set(READOUT_EINVALID, "a %s is open", st->in_batch ? "batch" : "read");
	/* read first, without the write lock: every writable open asks */
	bool deferred = false;
	int rc = store__indexes_deferred(st, &deferred);
	if (rc || !deferred)
		return rc;
	int64_t cache = 0;
	rc = store__count_rows(st, "PRAGMA cache_size", &cache);
	if (!rc)
		rc = db_exec(st->db, "PRAGMA temp_store=FILE; PRAGMA cache_size=-8192");
	if (!rc)
		rc = in_transaction(st, restore_work, NULL);
	char why[512], back_sql[96];
	snprintf(why, sizeof why, "%s", readout_error_message());
	snprintf(back_sql, sizeof back_sql, "PRAGMA temp_store=MEMORY; PRAGMA cache_size=%lld", (long long)cache);
	int back = cache ? db_exec(st->db, back_sql) : 0;
	return rc ? readout_error__set(rc, "%s", why) : back;
}
