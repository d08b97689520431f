/* db_pg.c — the PostgreSQL backend of store/db.h, over libpq. Statements are prepared
 * server-side once and executed with text parameters. A writer reads rows from the whole
 * result (it reads few); a read-only connection streams them one at a time (single-row mode),
 * so an answer of any size is never held whole. */
#include "store/db.h"
#include "util/error.h"

#include <dlfcn.h>
#include <libpq-fe.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* libpq is loaded when the first PostgreSQL store is opened, not linked: linked, it made every
 * `readout` start (SQLite queries included) load and initialise libpq's TLS, Kerberos and LDAP
 * libraries, some 15-20 ms of CPU per command. The calls below go through these pointers. */
#define PQ_FUNCTIONS(X)                                                                            \
	X(PQclear) X(PQconnectdb) X(PQerrorMessage) X(PQexec) X(PQexecPrepared) X(PQfinish) X(PQfname) X(PQftype) \
	X(PQgetisnull) X(PQgetvalue) X(PQnfields) X(PQntuples) X(PQprepare) X(PQresultErrorField)     \
	X(PQresultErrorMessage) X(PQresultStatus) X(PQsetNoticeProcessor) X(PQstatus) X(PQtransactionStatus) \
	X(PQsendQueryPrepared) X(PQsetSingleRowMode) X(PQgetResult) X(PQgetCancel) X(PQcancel) X(PQfreeCancel)
#define PQ_POINTER(f) __typeof__(&f) f;
static struct {
	PQ_FUNCTIONS(PQ_POINTER)
} pq;
static char pq_error[256];
static pthread_once_t pq_once = PTHREAD_ONCE_INIT;

static void pq_load(void)
{
	void *h = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
	const char *missing = NULL;
	if (h) {
#define PQ_LOAD(f)                                                                                 \
	if (!(pq.f = (__typeof__(pq.f))dlsym(h, #f)) && !missing)                                      \
		missing = #f;
		PQ_FUNCTIONS(PQ_LOAD)
#undef PQ_LOAD
	}
	if (!h)
		snprintf(pq_error, sizeof pq_error, "PostgreSQL needs libpq: %s", dlerror());
	else if (missing)
		snprintf(pq_error, sizeof pq_error, "PostgreSQL needs libpq: %s has no %s", "libpq.so.5", missing);
}

#define PQ_CALL(f) (pq.f)
#define PQclear PQ_CALL(PQclear)
#define PQconnectdb PQ_CALL(PQconnectdb)
#define PQerrorMessage PQ_CALL(PQerrorMessage)
#define PQexec PQ_CALL(PQexec)
#define PQexecPrepared PQ_CALL(PQexecPrepared)
#define PQfinish PQ_CALL(PQfinish)
#define PQfname PQ_CALL(PQfname)
#define PQftype PQ_CALL(PQftype)
#define PQgetisnull PQ_CALL(PQgetisnull)
#define PQgetvalue PQ_CALL(PQgetvalue)
#define PQnfields PQ_CALL(PQnfields)
#define PQntuples PQ_CALL(PQntuples)
#define PQprepare PQ_CALL(PQprepare)
#define PQresultErrorField PQ_CALL(PQresultErrorField)
#define PQresultErrorMessage PQ_CALL(PQresultErrorMessage)
#define PQresultStatus PQ_CALL(PQresultStatus)
#define PQsetNoticeProcessor PQ_CALL(PQsetNoticeProcessor)
#define PQstatus PQ_CALL(PQstatus)
#define PQtransactionStatus PQ_CALL(PQtransactionStatus)
#define PQsendQueryPrepared PQ_CALL(PQsendQueryPrepared)
#define PQsetSingleRowMode PQ_CALL(PQsetSingleRowMode)
#define PQgetResult PQ_CALL(PQgetResult)
#define PQgetCancel PQ_CALL(PQgetCancel)
#define PQcancel PQ_CALL(PQcancel)
#define PQfreeCancel PQ_CALL(PQfreeCancel)

enum { MAX_PARAMS = 1024 }; /* multi-row inserts bind a few hundred */

typedef struct pdb {
	db base;
	PGconn *conn;
	unsigned next_name;
	unsigned limit_s;   /* statement_timeout as set, in seconds; 0 = none */
} pdb;

typedef struct pstmt {
	struct db_stmt_head head;
	pdb *owner;
	char name[32];
	int nparams;
	char **values; /* nparams of them */
	PGresult *res;
	int row;      /* next row to return */
	int done;
	int streaming; /* a read-only connection's statement: rows come one result each */
	int sent;      /* streaming: the query is sent and its results not all read */
} pstmt;

static int pg_fail(PGconn *c, const PGresult *r, const char *what)
{
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	const char *msg = r ? PQresultErrorMessage(r) : PQerrorMessage(c);
	int code = READOUT_EIO;
	if (state && !strcmp(state, "57014")) /* query_canceled: statement_timeout */
		return readout_error__set(READOUT_ETOOBIG, "the query ran past its time limit (statement_timeout)");
	if (state) {
		if (!strncmp(state, "42", 2) || !strncmp(state, "22", 2) || !strcmp(state, "25006"))
			code = READOUT_EINVALID; /* syntax, data, read-only transaction */
		else if (!strcmp(state, "40P01") || !strcmp(state, "55P03") || !strcmp(state, "40001"))
			code = READOUT_EBUSY;
	}
	/* libpq's messages span lines ("ERROR:  ...\nDETAIL: ...\n\tIs the server running..."):
	 * one line, single spaces */
	char clean[400];
	size_t o = 0;
	for (const char *p = msg ? msg : "unknown error"; *p && o + 1 < sizeof clean; p++) {
		char ch = *p == '\n' || *p == '\t' ? ' ' : *p;
		if (ch == ' ' && (o == 0 || clean[o - 1] == ' '))
			continue;
		clean[o++] = ch;
	}
	while (o && clean[o - 1] == ' ')
		o--;
	clean[o] = '\0';
	return readout_error__set(code, "%s: %s", what, clean);
}

static int p_exec(db *d, const char *sql)
{
	pdb *p = (pdb *)d;
	PGresult *r = PQexec(p->conn, sql);
	ExecStatusType s = PQresultStatus(r);
	int rc = (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) ? 0 : pg_fail(p->conn, r, "postgresql");
	PQclear(r);
	return rc;
}

static const db_ops pg_ops;

/* Counts $N placeholders outside quotes. */
static int count_params(const char *sql)
{
	int max = 0;
	char q = 0;
	for (const char *s = sql; *s; s++) {
		if (q) {
			if (*s == q)
				q = 0;
			continue;
		}
		if (*s == '\'' || *s == '"') {
			q = *s;
			continue;
		}
		if (*s == '$' && s[1] >= '1' && s[1] <= '9') {
			int n = atoi(s + 1);
			if (n > max)
				max = n;
		}
	}
	return max;
}

static int p_prepare(db *d, db_stmt **out, const char *sql)
{
	pdb *p = (pdb *)d;
	pstmt *st = calloc(1, sizeof *st);
	if (!st)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	st->nparams = count_params(sql);
	if (st->nparams > MAX_PARAMS) {
		free(st);
		return readout_error__set(READOUT_EINVALID, "too many parameters");
	}
	if (st->nparams && !(st->values = calloc((size_t)st->nparams, sizeof *st->values))) {
		free(st);
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	}
	snprintf(st->name, sizeof st->name, "readout_%u", p->next_name++);
	PGresult *r = PQprepare(p->conn, st->name, sql, st->nparams, NULL);
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		int rc = pg_fail(p->conn, r, "postgresql");
		PQclear(r);
		free(st->values);
		free(st);
		return rc;
	}
	PQclear(r);
	st->head.ops = &pg_ops;
	st->owner = p;
	st->streaming = d->readonly;
	*out = (db_stmt *)st;
	return 0;
}

static int set_param(pstmt *s, int i, char *v)
{
	if (i < 1 || i > s->nparams) {
		free(v);
		return readout_error__set(READOUT_EINVALID, "parameter $%d out of range", i);
	}
	free(s->values[i - 1]);
	s->values[i - 1] = v;
	return 0;
}

static int p_bind_text(db_stmt *x, int i, const char *v)
{
	char *c = strdup(v);
	if (!c)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	return set_param((pstmt *)x, i, c);
}

/* libpq sends text parameters NUL-terminated: a copy either way */
static int p_bind_text_ref(db_stmt *x, int i, const char *v, size_t len)
{
	char *c = strndup(v, len);
	if (!c)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	return set_param((pstmt *)x, i, c);
}

static int p_bind_int(db_stmt *x, int i, int64_t v)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%lld", (long long)v);
	return p_bind_text(x, i, buf);
}

static int p_bind_null(db_stmt *x, int i)
{
	return set_param((pstmt *)x, i, NULL);
}

/* Reads what is left of a streamed statement's results, cancelling it first if it is still
 * running, so the connection is free for the next. */
static void stream_drain(pstmt *s, bool cancel)
{
	if (!s->sent)
		return;
	if (cancel) {
		PGcancel *c = PQgetCancel(s->owner->conn);
		char err[256];
		if (c) {
			PQcancel(c, err, sizeof err);
			PQfreeCancel(c);
		}
	}
	PGresult *r;
	while ((r = PQgetResult(s->owner->conn)))
		PQclear(r);
	s->sent = 0;
}

/* Single-row mode: each row is a result of its own, so a big answer is never held whole. */
static int stream_step(pstmt *s)
{
	if (!s->sent) {
		if (!PQsendQueryPrepared(s->owner->conn, s->name, s->nparams, (const char *const *)s->values, NULL, NULL, 0))
			return s->done = 1, pg_fail(s->owner->conn, NULL, "postgresql");
		s->sent = 1;
		PQsetSingleRowMode(s->owner->conn);
	}
	PGresult *r = PQgetResult(s->owner->conn);
	ExecStatusType st = PQresultStatus(r);
	if (st == PGRES_SINGLE_TUPLE) {
		PQclear(s->res);
		s->res = r;
		s->row = 1;
		return 1;
	}
	/* the end: keep the last result, which names the columns of an empty answer */
	int rc = 0;
	if (r && st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK)
		rc = pg_fail(s->owner->conn, r, "postgresql");
	else if (!r)
		rc = pg_fail(s->owner->conn, NULL, "postgresql");
	PQclear(s->res);
	s->res = rc ? NULL : r;
	if (rc)
		PQclear(r);
	s->row = 0;
	s->done = 1;
	stream_drain(s, false);
	return rc;
}

static int p_step(db_stmt *x)
{
	pstmt *s = (pstmt *)x;
	if (s->done)
		return 0;
	if (s->streaming)
		return stream_step(s);
	if (!s->res) {
		s->res = PQexecPrepared(s->owner->conn, s->name, s->nparams, (const char *const *)s->values, NULL, NULL, 0);
		ExecStatusType st = PQresultStatus(s->res);
		if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
			int rc = pg_fail(s->owner->conn, s->res, "postgresql");
			PQclear(s->res);
			s->res = NULL;
			s->done = 1;
			return rc;
		}
		s->row = 0;
	}
	if (s->row < PQntuples(s->res)) {
		s->row++;
		return 1;
	}
	s->done = 1;
	return 0;
}

static int64_t p_col_int(db_stmt *x, int i);

/* The statement ends in RETURNING id: its row carries the id. */
static int p_step_insert(db_stmt *x, int64_t *id)
{
	int rc = p_step(x);
	if (rc == 1)
		*id = p_col_int(x, 0);
	return rc;
}

static int p_ncols(db_stmt *x)
{
	pstmt *s = (pstmt *)x;
	if (!s->res)
		return 0;
	return PQnfields(s->res);
}

static const char *p_col_name(db_stmt *x, int i)
{
	pstmt *s = (pstmt *)x;
	return s->res ? PQfname(s->res, i) : NULL;
}

static const char *p_col_text(db_stmt *x, int i)
{
	pstmt *s = (pstmt *)x;
	int r = s->row - 1;
	if (!s->res || r < 0 || PQgetisnull(s->res, r, i))
		return NULL;
	return PQgetvalue(s->res, r, i);
}

static int64_t p_col_int(db_stmt *x, int i)
{
	const char *v = p_col_text(x, i);
	return v ? strtoll(v, NULL, 10) : 0;
}

static double p_col_real(db_stmt *x, int i)
{
	const char *v = p_col_text(x, i);
	return v ? strtod(v, NULL) : 0;
}

/* By the column's type (OIDs from PostgreSQL's pg_type.h, stable across releases); booleans
 * and everything else as text. */
static int p_col_kind(db_stmt *x, int i)
{
	pstmt *s = (pstmt *)x;
	if (!s->res)
		return DB_NULL;
	switch (PQftype(s->res, i)) {
	case 20: case 21: case 23: case 26: return DB_INT; /* int8, int2, int4, oid */
	case 700: case 701: case 1700: return DB_REAL;     /* float4, float8, numeric */
	case 1082: return DB_DATE;
	default: return DB_TEXT;
	}
}

static int p_col_type(db_stmt *x, int i)
{
	return p_col_text(x, i) ? p_col_kind(x, i) : DB_NULL;
}

static void p_reset(db_stmt *x)
{
	pstmt *s = (pstmt *)x;
	stream_drain(s, true);
	PQclear(s->res);
	s->res = NULL;
	s->done = 0;
	s->row = 0;
	for (int i = 0; i < s->nparams; i++) {
		free(s->values[i]);
		s->values[i] = NULL;
	}
}

static void p_finalize(db_stmt *x)
{
	pstmt *s = (pstmt *)x;
	p_reset(x);
	char sql[64];
	snprintf(sql, sizeof sql, "DEALLOCATE %s", s->name);
	PQclear(PQexec(s->owner->conn, sql));
	free(s->values);
	free(s);
}

static void p_close(db *d)
{
	pdb *p = (pdb *)d;
	PQfinish(p->conn);
	free(p);
}

static bool p_in_transaction(db *d)
{
	PGTransactionStatusType t = PQtransactionStatus(((pdb *)d)->conn);
	return t == PQTRANS_INTRANS || t == PQTRANS_INERROR || t == PQTRANS_ACTIVE;
}

/* statement_timeout, set again only when it changes (a SET is a round trip). Outside a
 * transaction, so that a rollback does not take it back. */
static int p_time_limit(db *d, unsigned seconds)
{
	pdb *p = (pdb *)d;
	if (seconds == p->limit_s)
		return 0;
	char sql[64];
	snprintf(sql, sizeof sql, "SET statement_timeout = %llu", (unsigned long long)seconds * 1000);
	int rc = p_exec(d, sql);
	if (!rc)
		p->limit_s = seconds;
	return rc;
}

static int p_snapshot(db *d, bool begin)
{
	return p_exec(d, begin ? "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY" : "COMMIT");
}

static const db_ops pg_ops = {p_exec, p_prepare, p_bind_text, p_bind_text_ref, p_bind_int, p_bind_null, p_step, p_step_insert, p_ncols,
                              p_col_name, p_col_text, p_col_int, p_col_real, p_col_type, p_col_kind, p_reset, p_finalize, p_close,
                              p_in_transaction, p_time_limit, p_snapshot};

static void ignore_notice(void *arg, const char *message)
{
	(void)arg, (void)message;
}

int db_pg_open(db **out, const char *uri, bool readonly)
{
	*out = NULL;
	pthread_once(&pq_once, pq_load);
	if (pq_error[0])
		return readout_error__set(READOUT_ENOTFOUND, "%s", pq_error);
	pdb *p = calloc(1, sizeof *p);
	if (!p)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	p->conn = PQconnectdb(uri);
	if (PQstatus(p->conn) != CONNECTION_OK) {
		int rc = pg_fail(p->conn, NULL, "cannot connect to PostgreSQL");
		PQfinish(p->conn);
		free(p);
		return rc;
	}
	/* the library never prints: libpq's default notice processor writes to stderr */
	PQsetNoticeProcessor(p->conn, ignore_notice, NULL);
	p->base.ops = &pg_ops;
	p->base.kind = DB_PG;
	p->base.readonly = readonly;
	int rc = p_exec(&p->base, "SET client_min_messages = warning");
	if (!rc && readonly)
		rc = p_exec(&p->base, "SET default_transaction_read_only = on");
	if (rc) {
		p_close(&p->base);
		return rc;
	}
	*out = &p->base;
	return 0;
}
