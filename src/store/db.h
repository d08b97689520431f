/* store/db.h — the small database interface the store is written against (internal).
 * Two backends implement it: SQLite (db_sqlite.c) and PostgreSQL (db_pg.c). SQL uses $1..$n
 * placeholders, numbered in order of first use, which both accept. Only src/store includes
 * sqlite3.h or libpq-fe.h. */
#ifndef READOUT_STORE_DB_H
#define READOUT_STORE_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum db_kind { DB_SQLITE = 1, DB_PG };

/* A value's type as the engine gives it (col_type). SQLite types each value; PostgreSQL each
 * column (integers, floating and numeric types, date; everything else is text). */
enum db_type { DB_NULL = 0, DB_INT, DB_REAL, DB_TEXT, DB_DATE };

typedef struct db db;
typedef struct db_stmt db_stmt;

typedef struct db_ops {
	int (*exec)(db *d, const char *sql);
	int (*prepare)(db *d, db_stmt **out, const char *sql);
	int (*bind_text)(db_stmt *s, int idx, const char *v);
	/* v[0..len) without a copy where the backend can: v must outlive the next reset */
	int (*bind_text_ref)(db_stmt *s, int idx, const char *v, size_t len);
	int (*bind_int)(db_stmt *s, int idx, int64_t v);
	int (*bind_null)(db_stmt *s, int idx);
	int (*step)(db_stmt *s);            /* 1 row, 0 done, < 0 error */
	/* An INSERT of one row, prepared from SQL that ends in "RETURNING id" on PostgreSQL and
	 * has no RETURNING on SQLite (see db_insert_sql): 1 and the row's id when it added the
	 * row, 0 when it added none (ON CONFLICT DO NOTHING), < 0 on error. */
	int (*step_insert)(db_stmt *s, int64_t *id);
	int (*ncols)(db_stmt *s);
	const char *(*col_name)(db_stmt *s, int i);
	const char *(*col_text)(db_stmt *s, int i); /* NULL for SQL NULL */
	int64_t (*col_int)(db_stmt *s, int i);
	double (*col_real)(db_stmt *s, int i);
	int (*col_type)(db_stmt *s, int i);         /* enum db_type of the current row's value */
	int (*col_kind)(db_stmt *s, int i);         /* the column's db_type where the engine types
	                                             * columns (PostgreSQL), else DB_NULL */
	void (*reset)(db_stmt *s);
	void (*finalize)(db_stmt *s);
	void (*close)(db *d);
	bool (*in_transaction)(db *d); /* whether a transaction is open (a failure may have ended it) */
	/* A time limit for each statement run from now on, in seconds (0 = none): one that runs
	 * longer fails with READOUT_ETOOBIG. */
	int (*time_limit)(db *d, unsigned seconds);
	/* Opens (begin) or ends one read-only snapshot for the statements in between; also on a
	 * read-only connection, which refuses transactions asked for in SQL. */
	int (*snapshot)(db *d, bool begin);
} db_ops;

struct db {
	const db_ops *ops;
	int kind;
	bool readonly;
};

/* Opens a backend by location: a postgresql:// URI or a file path. A read-only PostgreSQL
 * connection streams each statement's rows (libpq's single-row mode) instead of holding its
 * whole result. */
int db_sqlite_open(db **out, const char *path, bool readonly, bool create, size_t cache_bytes, size_t mmap_bytes);
/* Switches an SQLite database the store has recognised (or made) to the WAL journal. */
int db_sqlite_use_wal(db *d);
int db_pg_open(db **out, const char *uri, bool readonly);

static inline int db_exec(db *d, const char *sql) { return d->ops->exec(d, sql); }
static inline int db_snapshot(db *d, bool begin) { return d->ops->snapshot(d, begin); }
static inline int db_prepare(db *d, db_stmt **out, const char *sql) { return d->ops->prepare(d, out, sql); }

/* Statements know their backend through this header. */
struct db_stmt_head {
	const db_ops *ops;
};

#define DB_OPS(s) (((struct db_stmt_head *)(s))->ops)
static inline int db_bind_text(db_stmt *s, int i, const char *v) { return DB_OPS(s)->bind_text(s, i, v); }
static inline int db_bind_text_ref(db_stmt *s, int i, const char *v, size_t len) { return DB_OPS(s)->bind_text_ref(s, i, v, len); }
static inline int db_bind_int(db_stmt *s, int i, int64_t v) { return DB_OPS(s)->bind_int(s, i, v); }
static inline int db_bind_null(db_stmt *s, int i) { return DB_OPS(s)->bind_null(s, i); }
static inline int db_step(db_stmt *s) { return DB_OPS(s)->step(s); }
static inline int db_step_insert(db_stmt *s, int64_t *id) { return DB_OPS(s)->step_insert(s, id); }
static inline int db_ncols(db_stmt *s) { return DB_OPS(s)->ncols(s); }
static inline const char *db_col_name(db_stmt *s, int i) { return DB_OPS(s)->col_name(s, i); }
static inline const char *db_col_text(db_stmt *s, int i) { return DB_OPS(s)->col_text(s, i); }
static inline int64_t db_col_int(db_stmt *s, int i) { return DB_OPS(s)->col_int(s, i); }
static inline double db_col_real(db_stmt *s, int i) { return DB_OPS(s)->col_real(s, i); }
static inline int db_col_type(db_stmt *s, int i) { return DB_OPS(s)->col_type(s, i); }
static inline int db_col_kind(db_stmt *s, int i) { return DB_OPS(s)->col_kind(s, i); }
static inline void db_reset(db_stmt *s) { DB_OPS(s)->reset(s); }
static inline void db_finalize(db_stmt *s) { if (s) DB_OPS(s)->finalize(s); }
static inline void db_close(db *d) { if (d) d->ops->close(d); }
static inline bool db_in_transaction(db *d) { return d->ops->in_transaction(d); }
static inline int db_time_limit(db *d, unsigned seconds) { return d->ops->time_limit(d, seconds); }

/* Binds text or NULL. */
/* The verbs of the statements a batch's commit runs. On SQLite they are OR ROLLBACK: any
 * failure at commit rolls the whole batch back anyway, and a statement that may abort alone
 * keeps a journal of every page it touches first (a sixteenth of ingest's instructions).
 * PostgreSQL has no such clause. */
static inline const char *db_batch_insert(const db *d)
{
	return d->kind == DB_SQLITE ? "INSERT OR ROLLBACK INTO " : "INSERT INTO ";
}
static inline const char *db_batch_update(const db *d)
{
	return d->kind == DB_SQLITE ? "UPDATE OR ROLLBACK " : "UPDATE ";
}

static inline int db_bind_opt(db_stmt *s, int i, const char *v)
{
	return v ? db_bind_text(s, i, v) : db_bind_null(s, i);
}

/* Binds text or NULL in place (db_bind_text_ref). */
static inline int db_bind_opt_ref(db_stmt *s, int i, const char *v)
{
	return v ? db_bind_text_ref(s, i, v, strlen(v)) : db_bind_null(s, i);
}

#endif
