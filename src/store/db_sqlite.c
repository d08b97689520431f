/* db_sqlite.c — the SQLite backend of store/db.h. WAL journal with synchronous=NORMAL: a
 * crash loses at most the last uncommitted batch, never consistency. Files are untrusted:
 * opened in SQLite's defensive mode with an untrusted schema, and written only once the store
 * has recognised them as its own. */
#include "store/db.h"
#include "store/fts_rank.h"
#include "store/fts_words.h"
#include "util/error.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { BUSY_MS = 10000 }; /* how long a writer waits for another's lock */

enum { STMT_CACHE = 32 };

typedef struct sdb {
	db base;
	sqlite3 *h;
	unsigned limit_s;      /* the time limit, for messages; 0 = none */
	struct timespec until; /* when the running statement's time is up */
	bool timed_out;        /* the progress handler stopped a statement */
	/* A read-only connection's statements, kept when finalized and given back when the same
	 * SQL is prepared again: a long-lived reader (the web server) asks the same questions all
	 * day, and preparing a join costs as much as running it on a small answer. Only idle
	 * statements are here (reset, bindings cleared); one in use is the caller's alone. */
	struct sstmt *kept[STMT_CACHE];
	size_t nkept;
	bool own_snapshot; /* s_snapshot's BEGIN or COMMIT is being run: the authorizer lets it by */
} sdb;

enum { PARAM_MAP = 32 };

typedef struct sstmt {
	struct db_stmt_head head;
	sqlite3_stmt *st;
	sqlite3 *h;
	struct sdb *owner;
	/* $N may first appear out of order in the SQL text and SQLite numbers parameters by first
	 * appearance: index[N] is $N's position, looked up once at prepare (by name, per bind, it
	 * cost a twentieth of ingest) */
	unsigned char index[PARAM_MAP + 1];
	char *sql; /* the text it was prepared from, when it may be kept (read-only connections) */
} sstmt;

static struct timespec now_plus(unsigned seconds)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	t.tv_sec += (time_t)seconds;
	return t;
}

/* SQLite calls this every PROGRESS_OPS virtual machine steps of a statement: non-zero stops it
 * (SQLITE_INTERRUPT). An endless recursive query would otherwise run until killed. */
static int over_time(void *arg)
{
	sdb *s = arg;
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	if (t.tv_sec > s->until.tv_sec || (t.tv_sec == s->until.tv_sec && t.tv_nsec >= s->until.tv_nsec)) {
		s->timed_out = true;
		return 1;
	}
	return 0;
}

enum { PROGRESS_OPS = 10000 }; /* a clock read per 10,000 steps: nothing against a query's work */

static int fail(sqlite3 *h, int rc, const char *what)
{
	int code = READOUT_EIO;
	int prim = rc & 0xff;
	if (prim == SQLITE_BUSY || prim == SQLITE_LOCKED)
		code = READOUT_EBUSY;
	else if (prim == SQLITE_NOTADB || prim == SQLITE_CORRUPT)
		code = READOUT_EINVALID;
	else if (prim == SQLITE_CANTOPEN)
		code = READOUT_ENOTFOUND;
	else if (prim == SQLITE_READONLY || prim == SQLITE_ERROR || prim == SQLITE_AUTH)
		code = READOUT_EINVALID;
	else if (prim == SQLITE_NOMEM)
		code = READOUT_ENOMEM;
	if (prim == SQLITE_AUTH)
		return readout_error__set(code, "refused: the database is open read-only and this statement does more than read");
	if (prim == SQLITE_NOTADB)
		return readout_error__set(code, "not a readout database (not an SQLite file, or encrypted)");
	if (prim == SQLITE_CORRUPT)
		return readout_error__set(code, "corrupt database (%s): restore it from a backup or ingest again into a new file",
		                          h ? sqlite3_errmsg(h) : sqlite3_errstr(rc));
	return readout_error__set(code, "%s: %s", what, h ? sqlite3_errmsg(h) : sqlite3_errstr(rc));
}

/* Pragmas that only read, whatever their argument (a table or index name). */
static const char *const read_pragmas[] = {
	"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
	"foreign_key_list", "foreign_key_check", "integrity_check", "quick_check", "database_list",
	"collation_list", "function_list", "module_list", "pragma_list", "compile_options"};
/* Pragmas that read without an argument and write with one. */
static const char *const getter_pragmas[] = {
	"user_version", "schema_version", "application_id", "page_count", "page_size", "freelist_count",
	"encoding", "journal_mode", "data_version", "foreign_keys", "query_only"};

static bool in_list(const char *name, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (sqlite3_stricmp(name, list[i]) == 0)
			return true;
	return false;
}

/* The authorizer of read-only connections (queries and `readout sql`). Writes to the file
 * are already impossible (read-only open, query_only, sqlite3_stmt_readonly), but those let
 * ATTACH (reading any other file), DETACH, transactions and every PRAGMA through: refuse
 * them, except the pragmas that only read. Everything else is allowed, since SQLite itself
 * asks for actions while it reads (virtual tables such as FTS5 and table-valued pragmas). */
static int readonly_authorizer(void *user, int action, const char *a1, const char *a2, const char *db_name,
                               const char *trigger)
{
	(void)db_name, (void)trigger;
	switch (action) {
	case SQLITE_TRANSACTION:
		return ((const sdb *)user)->own_snapshot ? SQLITE_OK : SQLITE_DENY;
	case SQLITE_ATTACH:
	case SQLITE_DETACH:
	case SQLITE_SAVEPOINT:
	case SQLITE_ANALYZE:
	case SQLITE_REINDEX:
	case SQLITE_ALTER_TABLE:
		return SQLITE_DENY;
	case SQLITE_PRAGMA:
		if (a1 && in_list(a1, read_pragmas, sizeof read_pragmas / sizeof *read_pragmas))
			return SQLITE_OK;
		if (a1 && !a2 && in_list(a1, getter_pragmas, sizeof getter_pragmas / sizeof *getter_pragmas))
			return SQLITE_OK;
		return SQLITE_DENY;
	default:
		return SQLITE_OK;
	}
}

static int s_exec(db *d, const char *sql)
{
	sdb *s = (sdb *)d;
	char *err = NULL;
	int rc = sqlite3_exec(s->h, sql, NULL, NULL, &err);
	if (rc != SQLITE_OK) {
		int code = fail(s->h, rc, "sqlite");
		sqlite3_free(err);
		return code;
	}
	return 0;
}

static const db_ops sqlite_ops;

/* The statement kept for sql, taken out of the cache; NULL when none is. */
static sstmt *take_kept(sdb *s, const char *sql)
{
	for (size_t i = s->nkept; i-- > 0;)
		if (!strcmp(s->kept[i]->sql, sql)) {
			sstmt *st = s->kept[i];
			memmove(&s->kept[i], &s->kept[i + 1], (s->nkept - i - 1) * sizeof *s->kept);
			s->nkept--;
			return st;
		}
	return NULL;
}

static void finalize(sstmt *st)
{
	sqlite3_finalize(st->st);
	free(st->sql);
	free(st);
}

static int s_prepare(db *d, db_stmt **out, const char *sql)
{
	sdb *s = (sdb *)d;
	sstmt *st = d->readonly ? take_kept(s, sql) : NULL;
	if (st) {
		*out = (db_stmt *)st;
		return 0;
	}
	st = calloc(1, sizeof *st);
	if (!st)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	const char *tail = NULL;
	int rc = sqlite3_prepare_v2(s->h, sql, -1, &st->st, &tail);
	if (rc != SQLITE_OK) {
		free(st);
		return fail(s->h, rc, "sqlite");
	}
	if (!st->st) {
		free(st);
		return readout_error__set(READOUT_EINVALID, "no SQL statement given");
	}
	/* SQLite would silently ignore everything after the first statement */
	sqlite3_stmt *next = NULL;
	if (tail && *tail && (sqlite3_prepare_v2(s->h, tail, -1, &next, NULL) != SQLITE_OK || next)) {
		sqlite3_finalize(next);
		sqlite3_finalize(st->st);
		free(st);
		return readout_error__set(READOUT_EINVALID, "one SQL statement at a time");
	}
	if (d->readonly && !sqlite3_stmt_readonly(st->st)) {
		sqlite3_finalize(st->st);
		free(st);
		return readout_error__set(READOUT_EINVALID, "the database is open read-only: only statements that read are allowed");
	}
	st->head.ops = &sqlite_ops;
	st->h = s->h;
	st->owner = s;
	if (d->readonly)
		st->sql = strdup(sql); /* NULL (out of memory): not kept, nothing else */
	int nparams = sqlite3_bind_parameter_count(st->st);
	for (int i = 1; i <= nparams && i <= PARAM_MAP; i++) {
		const char *name = sqlite3_bind_parameter_name(st->st, i);
		int n = name && name[0] == '$' ? atoi(name + 1) : 0;
		if (n > 0 && n <= PARAM_MAP)
			st->index[n] = (unsigned char)i;
	}
	*out = (db_stmt *)st;
	return 0;
}

static int param_index(const sstmt *s, int n)
{
	return n > 0 && n <= PARAM_MAP && s->index[n] ? s->index[n] : n;
}

static int s_bind_text(db_stmt *x, int i, const char *v)
{
	sstmt *s = (sstmt *)x;
	i = param_index(s, i);
	int rc = sqlite3_bind_text(s->st, i, v, -1, SQLITE_TRANSIENT);
	return rc == SQLITE_OK ? 0 : fail(s->h, rc, "bind");
}

/* SQLite reads v in place: it must live until the statement is reset (s_reset clears the
 * bindings, so nothing points at it afterwards). */
static int s_bind_text_ref(db_stmt *x, int i, const char *v, size_t len)
{
	sstmt *s = (sstmt *)x;
	int rc = sqlite3_bind_text64(s->st, param_index(s, i), v, len, SQLITE_STATIC, SQLITE_UTF8);
	return rc == SQLITE_OK ? 0 : fail(s->h, rc, "bind");
}

static int s_bind_int(db_stmt *x, int i, int64_t v)
{
	sstmt *s = (sstmt *)x;
	int rc = sqlite3_bind_int64(s->st, param_index(s, i), v);
	return rc == SQLITE_OK ? 0 : fail(s->h, rc, "bind");
}

static int s_bind_null(db_stmt *x, int i)
{
	sstmt *s = (sstmt *)x;
	int rc = sqlite3_bind_null(s->st, param_index(s, i));
	return rc == SQLITE_OK ? 0 : fail(s->h, rc, "bind");
}

static int s_step(db_stmt *x)
{
	sstmt *s = (sstmt *)x;
	int rc = sqlite3_step(s->st);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	if (s->owner->timed_out && (rc & 0xff) == SQLITE_INTERRUPT) {
		s->owner->timed_out = false;
		return readout_error__set(READOUT_ETOOBIG, "the query ran past its time limit of %u s",
		                          s->owner->limit_s);
	}
	return fail(s->h, rc, "sqlite");
}

/* The id comes from the connection: RETURNING would make and drop an ephemeral table at
 * every execution (about a tenth of the insert's cost). */
static int s_step_insert(db_stmt *x, int64_t *id)
{
	sstmt *s = (sstmt *)x;
	int rc = sqlite3_step(s->st);
	if (rc == SQLITE_ROW)
		return readout_error__set(READOUT_EINVALID, "an insert returned rows: prepare it without RETURNING");
	if (rc != SQLITE_DONE)
		return fail(s->h, rc, "sqlite");
	if (sqlite3_changes(s->h) == 0)
		return 0;
	*id = sqlite3_last_insert_rowid(s->h);
	return 1;
}

static int s_ncols(db_stmt *x) { return sqlite3_column_count(((sstmt *)x)->st); }
static const char *s_col_name(db_stmt *x, int i) { return sqlite3_column_name(((sstmt *)x)->st, i); }
static const char *s_col_text(db_stmt *x, int i) { return (const char *)sqlite3_column_text(((sstmt *)x)->st, i); }
static int64_t s_col_int(db_stmt *x, int i) { return sqlite3_column_int64(((sstmt *)x)->st, i); }
static double s_col_real(db_stmt *x, int i) { return sqlite3_column_double(((sstmt *)x)->st, i); }

static int s_col_type(db_stmt *x, int i)
{
	switch (sqlite3_column_type(((sstmt *)x)->st, i)) {
	case SQLITE_NULL: return DB_NULL;
	case SQLITE_INTEGER: return DB_INT;
	case SQLITE_FLOAT: return DB_REAL;
	default: return DB_TEXT; /* text, and blobs read as text */
	}
}

static void s_reset(db_stmt *x)
{
	sstmt *s = (sstmt *)x;
	sqlite3_reset(s->st);
	sqlite3_clear_bindings(s->st);
}

static void s_finalize(db_stmt *x)
{
	sstmt *st = (sstmt *)x;
	sdb *s = st->owner;
	if (!st->sql) {
		finalize(st);
		return;
	}
	/* kept idle: a reset statement holds no read transaction and no bound text */
	sqlite3_reset(st->st);
	sqlite3_clear_bindings(st->st);
	if (s->nkept == STMT_CACHE) { /* the least recently kept goes */
		finalize(s->kept[0]);
		memmove(&s->kept[0], &s->kept[1], (STMT_CACHE - 1) * sizeof *s->kept);
		s->nkept--;
	}
	s->kept[s->nkept++] = st;
}

static void s_close(db *d)
{
	sdb *s = (sdb *)d;
	for (size_t i = 0; i < s->nkept; i++)
		finalize(s->kept[i]);
	sqlite3_close_v2(s->h);
	free(s);
}

static bool s_in_transaction(db *d) { return !sqlite3_get_autocommit(((sdb *)d)->h); }

/* The clock starts now: the statements run next share the limit (a query is one statement). */
static int s_time_limit(db *d, unsigned seconds)
{
	sdb *s = (sdb *)d;
	s->limit_s = seconds;
	s->timed_out = false;
	s->until = now_plus(seconds);
	sqlite3_progress_handler(s->h, seconds ? PROGRESS_OPS : 0, seconds ? over_time : NULL, s);
	return 0;
}

/* A deferred transaction: its snapshot is taken at the first read, and the file's locks and
 * checks are made once for all the statements in it, not at each. */
static int s_snapshot(db *d, bool begin)
{
	sdb *s = (sdb *)d;
	s->own_snapshot = true;
	int rc = s_exec(d, begin ? "BEGIN" : "COMMIT");
	s->own_snapshot = false;
	return rc;
}

/* SQLite types values, not columns (a column may hold integers and text). */
static int s_col_kind(db_stmt *x, int i)
{
	(void)x, (void)i;
	return DB_NULL;
}

static const db_ops sqlite_ops = {s_exec, s_prepare, s_bind_text, s_bind_text_ref, s_bind_int, s_bind_null, s_step, s_step_insert, s_ncols,
                                  s_col_name, s_col_text, s_col_int, s_col_real, s_col_type, s_col_kind, s_reset, s_finalize, s_close, s_in_transaction,
                                  s_time_limit, s_snapshot};

/* A missing file, when not asked to create one, is "no database yet"; anything else keeps
 * SQLite's reason. */
static int open_fail(sqlite3 *h, int rc, bool create)
{
	if ((rc & 0xff) == SQLITE_CANTOPEN && !create)
		return readout_error__set(READOUT_ENOTFOUND, "no readout database here (run readout ingest first)");
	return fail(h, rc, "cannot open the database");
}

/* SQLite counts every allocation under a global mutex unless told not to, before its first
 * use in the process (afterwards the call is refused and changes nothing). Nothing here
 * reads those counts. */
static void configure_sqlite(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/* "file:" URI of path, reserved characters escaped, with the query q. NULL if too long. */
static char *file_uri(const char *path, const char *q)
{
	size_t n = strlen(path);
	char *u = malloc(5 + 3 * n + strlen(q) + 2);
	if (!u)
		return NULL;
	char *o = u + sprintf(u, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++)
		o += (*p == '%' || *p == '?' || *p == '#') ? sprintf(o, "%%%02X", *p) : sprintf(o, "%c", *p);
	sprintf(o, "?%s", q);
	return u;
}

/* Opens the file and checks it can be read as a database: a foreign or corrupt file fails here,
 * before anything is written to it. */
static int open_checked(sqlite3 **h, const char *name, int flags, bool create)
{
	int rc = sqlite3_open_v2(name, h, flags | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(*h, BUSY_MS);
		sqlite3_extended_result_codes(*h, 1);
		/* the database's own SQL is not trusted: views and triggers may call only innocuous
		 * functions, and nothing may write the schema or shadow tables directly */
		sqlite3_db_config(*h, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
		sqlite3_db_config(*h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
		rc = sqlite3_exec(*h, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
	}
	if (rc != SQLITE_OK) {
		int code = open_fail(*h, rc, create);
		sqlite3_close_v2(*h);
		*h = NULL;
		return code;
	}
	return 0;
}

/* A reader who may not write beside a WAL database cannot make its -shm file: SQLite refuses
 * it then, unless the -wal and -shm files are there. With no -wal file no writer has it open,
 * and it can be read as an immutable file (no locks, no -shm). */
static bool unreadable_wal(int code, const char *path)
{
	if (code != READOUT_EINVALID && code != READOUT_ENOTFOUND && code != READOUT_EIO)
		return false;
	size_t n = strlen(path);
	char *wal = malloc(n + 5);
	if (!wal)
		return false;
	memcpy(wal, path, n);
	memcpy(wal + n, "-wal", 5);
	bool none = access(wal, F_OK) != 0 && access(path, R_OK) == 0;
	free(wal);
	return none;
}

int db_sqlite_open(db **out, const char *path, bool readonly, bool create, size_t cache_bytes, size_t mmap_bytes)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, configure_sqlite);
	*out = NULL;
	sdb *s = calloc(1, sizeof *s);
	if (!s)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
	int code = open_checked(&s->h, path, flags, create);
	if (code && readonly && unreadable_wal(code, path)) {
		char *uri = file_uri(path, "immutable=1");
		code = uri ? open_checked(&s->h, uri, flags | SQLITE_OPEN_URI, create)
		           : readout_error__set(READOUT_ENOMEM, "out of memory");
		free(uri);
	}
	if (code) {
		free(s);
		return code;
	}
	/* A file the user may not write opens read-only without a word: say so once, rather than
	 * fail on every document */
	if (!readonly && sqlite3_db_readonly(s->h, "main") == 1) {
		sqlite3_close_v2(s->h);
		free(s);
		return readout_error__set(READOUT_EINVALID, "the database file is read-only (its permissions): readout cannot "
		                                            "add to it");
	}
	s->base.ops = &sqlite_ops;
	s->base.kind = DB_SQLITE;
	s->base.readonly = readonly;
	/* A new database's pages are 32 KB, not SQLite's 4 KB: read and written an eighth as often
	 * (ingest of 100,000 documents: 63 -> 51 s at 16 KB, then 33 -> 30.5 s at 32 KB), and
	 * documents of a few KB each leave less of a page unused; an existing database keeps its
	 * own. */
	/* Readers: a 512 KB page cache, not SQLite's 2 MB. A query reads most pages once, and every
	 * page of cache first touched costs a page fault (13 us each on this project's VM): the
	 * 1,617 county events of a 1M-document database took 38.5 ms through the CLI with 2 MB,
	 * 31.7 with 512 KB. Sorts of tens of thousands of rows, whose working memory SQLite sizes
	 * by the same setting, take longer (58,655 formulation months: 254 -> 354 ms). */
	/* Nothing here writes to the file: the WAL journal, which does, is set by db_sqlite_use_wal
	 * once the store has recognised the database as its own. */
	const char *pragmas = readonly ? "PRAGMA query_only=1; PRAGMA foreign_keys=ON; PRAGMA cache_size=-512;"
	                               : "PRAGMA page_size=32768; PRAGMA synchronous=NORMAL; "
	                                 /* the writer inserts rows under parents it has just made or
	                                  * found: checking every declared key cost a lookup per parent
	                                  * per row. The keys stay declared, for the documentation and
	                                  * for tools that turn enforcement on (ON DELETE CASCADE). */
	                                 "PRAGMA foreign_keys=OFF; "
	                                 /* Debian builds SQLite to zero every deleted record and freed
	                                  * page; the full-text index's merges free pages all the time,
	                                  * and nothing deleted here is secret (1% of ingest's work) */
	                                 "PRAGMA secure_delete=OFF; "
	                                 /* temporary b-trees (sorts) in memory; upgrades that build
	                                  * big indexes switch to files (store.c) */
	                                 "PRAGMA temp_store=MEMORY; "
	                                 /* ingest touches most index pages in every batch: a 56 MB
	                                  * page cache, and a checkpoint every 10,000 WAL pages (320 MB)
	                                  * rather than SQLite's 1,000, so a hot page is copied into
	                                  * the database once per checkpoint, not once per commit.
	                                  * Peak RSS at 100,000 documents: 105 MB. */
	                                 "PRAGMA cache_size=-57344; PRAGMA wal_autocheckpoint=10000;";
	int rc = sqlite3_exec(s->h, pragmas, NULL, NULL, NULL);
	if (rc == SQLITE_OK && cache_bytes) { /* the caller's size instead (readout_store_options) */
		char cache[64];
		snprintf(cache, sizeof cache, "PRAGMA cache_size=-%zu;", cache_bytes / 1024 ? cache_bytes / 1024 : 1);
		rc = sqlite3_exec(s->h, cache, NULL, NULL, NULL);
	}
	if (rc == SQLITE_OK && mmap_bytes) { /* SQLite caps it at its build's maximum */
		char mmap[64];
		snprintf(mmap, sizeof mmap, "PRAGMA mmap_size=%zu;", mmap_bytes);
		rc = sqlite3_exec(s->h, mmap, NULL, NULL, NULL);
	}
	if (rc != SQLITE_OK) {
		code = fail(s->h, rc, "cannot set up the database");
		sqlite3_close_v2(s->h);
		free(s);
		return code;
	}
	/* the full-text index of databases made since it came needs its tokenizer to read or write;
	 * searches rank and quote with the functions of store/fts_rank.h */
	if ((rc = fts_words_register(s->h)) != SQLITE_OK || (rc = fts_rank_register(s->h)) != SQLITE_OK) {
		code = fail(s->h, rc, "cannot set up full-text search (SQLite without FTS5?)");
		sqlite3_close_v2(s->h);
		free(s);
		return code;
	}
	if (readonly)
		sqlite3_set_authorizer(s->h, readonly_authorizer, s);
	*out = &s->base;
	return 0;
}

/* The WAL journal: readers go on while ingest writes, and a crash costs at most the batch in
 * flight. Switching needs the file to itself, and SQLite does not wait for that (another
 * ingest may be checking the new file at the same moment): retried here for as long as the
 * busy timeout. A file system without WAL support keeps its journal mode. */
int db_sqlite_use_wal(db *d)
{
	sdb *s = (sdb *)d;
	int rc = SQLITE_OK;
	for (int waited = 0;; waited += 10) {
		rc = sqlite3_exec(s->h, "PRAGMA journal_mode=WAL", NULL, NULL, NULL);
		int prim = rc & 0xff;
		if ((prim != SQLITE_BUSY && prim != SQLITE_LOCKED) || waited >= BUSY_MS)
			break;
		sqlite3_sleep(10);
	}
	return rc == SQLITE_OK ? 0 : fail(s->h, rc, "cannot switch the database to WAL");
}
