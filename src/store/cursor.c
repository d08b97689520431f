/* cursor.c — the rows of a question as typed cells (readout_cursor), and answers held whole
 * (readout_answer). The one place that turns what SQLite and PostgreSQL return into integers,
 * reals, text and dates, and that enforces the store's query limits. */
#include "store/cursor.h"
#include "store/store_impl.h"
#include "util/arena.h"
#include "util/error.h"
#include "util/grow.h"

#include <assert.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct readout_cursor {
	readout_store *st;
	db_stmt *q;              /* NULL for a cursor over a held answer */
	readout_answer *held;    /* cursor__over's rows */
	size_t pos;              /* the held row being read, + 1 */
	size_t ncols;
	readout_column *cols;    /* names copied: a streamed PostgreSQL row's result holds them */
	char *types;             /* declared letters, or NULL */
	readout_cell *row;
	int pending;             /* the first step's result, taken by the first next; -1 when taken */
	size_t nrows;
	readout_cut cut;
	bool transaction;        /* a READ ONLY transaction to roll back */
	bool timed;              /* the store's time limit is set for it */
	size_t hidden;           /* trailing columns not shown */
};

const char *readout_type_name(int type)
{
	static const char *const type_names[] = {"null", "integer", "real", "text", "date"};
	return type >= 0 && type < (int)(sizeof type_names / sizeof *type_names) ? type_names[type] : NULL;
}

static readout_type type_of_letter(char c)
{
	switch (c) {
	case 'i': return READOUT_TYPE_INTEGER;
	case 'r': return READOUT_TYPE_REAL;
	case 'd': return READOUT_TYPE_DATE;
	default: assert(c == 't'); return READOUT_TYPE_TEXT;
	}
}

/* The time limit for the question about to run: a read-only store keeps it set (PostgreSQL:
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

void readout_cursor_free(readout_cursor *c)
{
	if (!c)
		return;
	db_finalize(c->q);
	if (c->transaction)
		db_exec(c->st->db, "ROLLBACK");
	if (c->timed)
		end_query(c->st);
	c->st->asking = false;
	if (c->held)
		readout_answer_free(c->held); /* which holds the columns */
	else
		for (size_t i = 0; c->cols && i < c->ncols; i++)
			free((char *)c->cols[i].name);
	if (!c->held)
		free(c->cols);
	free(c->types);
	free(c->row);
	free(c);
}

static int take_store(readout_cursor **out, readout_store *st)
{
	*out = NULL;
	if (st->asking)
		return readout_error__set(READOUT_EBUSY, "the store is still answering a question: free its cursor first");
	readout_cursor *c = calloc(1, sizeof *c);
	if (!c)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	c->st = st;
	c->pending = -1;
	st->asking = true;
	*out = c;
	return 0;
}

/* The columns, from the statement's first step (PostgreSQL names them only then). */
static int name_columns(readout_cursor *c)
{
	size_t all = (size_t)db_ncols(c->q);
	if (c->hidden > all)
		return readout_error__set(READOUT_EINVALID, "internal: %zu hidden columns of %zu", c->hidden, all);
	c->ncols = all - c->hidden;
	if (c->types && strlen(c->types) != c->ncols)
		return readout_error__set(READOUT_EINVALID, "internal: %zu column types for %zu columns", strlen(c->types),
		                          c->ncols);
	c->cols = calloc(c->ncols + 1, sizeof *c->cols);
	c->row = calloc(c->ncols + 1, sizeof *c->row);
	if (!c->cols || !c->row)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	for (size_t i = 0; i < c->ncols; i++) {
		const char *name = db_col_name(c->q, (int)i);
		if (!(c->cols[i].name = strdup(name ? name : "")))
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		if (c->types)
			c->cols[i].type = type_of_letter(c->types[i]);
		else {
			int kind = db_col_kind(c->q, (int)i);
			c->cols[i].type = kind == DB_INT    ? READOUT_TYPE_INTEGER
			                  : kind == DB_REAL ? READOUT_TYPE_REAL
			                  : kind == DB_DATE ? READOUT_TYPE_DATE
			                  : kind == DB_TEXT ? READOUT_TYPE_TEXT
			                                    : READOUT_TYPE_NULL;
		}
	}
	return 0;
}

int cursor__start(readout_cursor **out, readout_store *st, const cursor_spec *spec)
{
	*out = NULL;
	readout_cursor *c;
	int rc = take_store(&c, st);
	if (rc)
		return rc;
	c->hidden = spec->hidden;
	if (spec->types && !(c->types = strdup(spec->types)))
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
	if (!rc && !(rc = begin_query(st)))
		c->timed = true;
	/* (inside a read, its transaction is already read-only: readout_store_read_begin) */
	if (!rc && spec->read_only_transaction && st->db->kind == DB_PG && !st->in_read && !(rc = db_exec(st->db, "BEGIN READ ONLY")))
		c->transaction = true;
	if (!rc)
		rc = db_prepare(st->db, &c->q, spec->sql);
	for (size_t i = 0; i < spec->nparams && !rc; i++)
		rc = db_bind_opt(c->q, (int)i + 1, spec->params[i]);
	if (!rc && (rc = db_step(c->q)) >= 0) {
		c->pending = rc;
		rc = name_columns(c);
	}
	if (rc) {
		readout_cursor_free(c);
		return rc;
	}
	*out = c;
	return 0;
}

int cursor__scan(readout_store *st, const cursor_spec *spec, int (*row)(void *ctx, db_stmt *q), void *ctx)
{
	readout_cursor *c;
	int rc = take_store(&c, st);
	if (rc)
		return rc;
	if (!(rc = begin_query(st)))
		c->timed = true;
	if (!rc)
		rc = db_prepare(st->db, &c->q, spec->sql);
	for (size_t i = 0; i < spec->nparams && !rc; i++)
		rc = db_bind_opt(c->q, (int)i + 1, spec->params[i]);
	while (!rc && (rc = db_step(c->q)) == 1)
		rc = row(ctx, c->q);
	readout_cursor_free(c);
	return rc;
}

bool cursor__first_int(const readout_cursor *c, size_t col, int64_t *v)
{
	if (c->held || c->pending != 1 || col >= c->ncols + c->hidden || db_col_type(c->q, (int)col) == DB_NULL)
		return false;
	*v = db_col_int(c->q, (int)col);
	return true;
}

bool cursor__empty(const readout_cursor *c)
{
	return c->held ? c->held->nrows == 0 : c->pending == 0 && c->nrows == 0;
}

void cursor__set_cut(readout_cursor *c, int64_t kept, int64_t total)
{
	c->cut = (readout_cut){kept, total};
}

int cursor__over(readout_cursor **out, readout_store *st, readout_answer *a)
{
	int rc = take_store(out, st);
	if (rc) {
		readout_answer_free(a);
		return rc;
	}

	(*out)->held = a;
	(*out)->ncols = a->ncols;
	(*out)->cols = a->cols;
	(*out)->cut = a->cut;
	return 0;
}

/* Text that is a whole number in decimal (an engine's integer as text). */
static bool parse_int(const char *s, int64_t *v)
{
	if (!s || !*s)
		return false;
	char *end;
	errno = 0;
	long long n = strtoll(s, &end, 10);
	if (errno || *end)
		return false;
	*v = n;
	return true;
}

static bool parse_real(const char *s, double *v)
{
	if (!s || !*s)
		return false;
	char *end;
	errno = 0;
	*v = strtod(s, &end);
	return !*end && errno != ERANGE;
}

/* YYYY-MM-DD: how the store keeps dates (docs/schema.md), and PostgreSQL's ISO date style. */
static bool is_date(const char *s)
{
	for (int i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return false;
	return s[10] == '\0';
}

static int not_of_type(const readout_cursor *c, size_t i, const char *v)
{
	return readout_error__set(READOUT_EINVALID, "column %s holds '%.40s', which is not %s %s (a damaged database?)",
	                          c->cols[i].name, v ? v : "", c->cols[i].type == READOUT_TYPE_INTEGER ? "an" : "a",
	                          readout_type_name(c->cols[i].type));
}

/* Cell i of the statement's current row, as its column's type. */
static int read_cell(readout_cursor *c, size_t i)
{
	readout_cell *cell = &c->row[i];
	int kind = db_col_type(c->q, (int)i);
	if (kind == DB_NULL) {
		*cell = (readout_cell){.type = READOUT_TYPE_NULL};
		return 0;
	}
	readout_type want = c->cols[i].type;
	if (want == READOUT_TYPE_NULL) /* typed cell by cell */
		want = kind == DB_INT    ? READOUT_TYPE_INTEGER
		       : kind == DB_REAL ? READOUT_TYPE_REAL
		       : kind == DB_DATE ? READOUT_TYPE_DATE
		                         : READOUT_TYPE_TEXT;
	cell->type = want;
	const char *text;
	switch (want) {
	case READOUT_TYPE_INTEGER:
		if (kind == DB_INT) {
			cell->i = db_col_int(c->q, (int)i);
			return 0;
		}
		text = db_col_text(c->q, (int)i);
		if (parse_int(text, &cell->i))
			return 0;
		if (kind == DB_REAL) { /* PostgreSQL's sum() of bigints is numeric; SQLite may store 3.0 */
			double r = db_col_real(c->q, (int)i);
			if (r == floor(r) && fabs(r) < 9.2e18) {
				cell->i = (int64_t)r;
				return 0;
			}
		}
		return not_of_type(c, i, text);
	case READOUT_TYPE_REAL:
		if (kind == DB_INT) {
			cell->r = (double)db_col_int(c->q, (int)i);
			return 0;
		}
		if (kind == DB_REAL) {
			cell->r = db_col_real(c->q, (int)i);
			return 0;
		}
		text = db_col_text(c->q, (int)i);
		return parse_real(text, &cell->r) ? 0 : not_of_type(c, i, text);
	case READOUT_TYPE_DATE:
		text = db_col_text(c->q, (int)i);
		if (!text || !is_date(text))
			return not_of_type(c, i, text);
		cell->s = text;
		return 0;
	default:
		text = db_col_text(c->q, (int)i);
		if (!text)
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		cell->s = text;
		return 0;
	}
}

size_t readout_cursor_ncols(const readout_cursor *c)
{
	return c->ncols;
}

const readout_column *readout_cursor_columns(const readout_cursor *c)
{
	return c->cols;
}

const readout_cell *readout_cursor_row(const readout_cursor *c)
{
	if (c->held)
		return c->pos ? readout_answer_cell(c->held, c->pos - 1, 0) : NULL;
	return c->row;
}

readout_cut readout_cursor_cut(const readout_cursor *c)
{
	return c->cut;
}

int readout_cursor_next(readout_cursor *c)
{
	if (c->held) {
		if (c->pos >= c->held->nrows)
			return 0;
		c->pos++;
		return 1;
	}
	int step = c->pending;
	c->pending = -1;
	if (step < 0)
		step = db_step(c->q);
	if (step <= 0)
		return step;
	if (c->nrows == c->st->max_rows)
		return readout_error__set(READOUT_ETOOBIG, "the answer has more than %zu rows (the row limit): narrow the "
		                                           "query or raise the limit", c->st->max_rows);
	for (size_t i = 0; i < c->ncols; i++) {
		int rc = read_cell(c, i);
		if (rc)
			return rc;
	}
	c->nrows++;
	return 1;
}

/* ---- answers held whole ---- */

struct readout_answer_mem {
	arena text;
	size_t cap; /* rows the cells have room for */
	size_t max_bytes;
};

void readout_answer_free(readout_answer *a)
{
	if (!a)
		return;
	if (a->mem)
		arena_dispose(&a->mem->text);
	free(a->mem);
	free(a->cols);
	free(a->cells);
	free(a);
}

int readout_answer_column(const readout_answer *a, const char *name)
{
	for (size_t i = 0; i < a->ncols; i++)
		if (strcmp(a->cols[i].name, name) == 0)
			return (int)i;
	return -1;
}

/* An empty answer with these columns; max_bytes caps what its rows may take (0: none). */
static int answer_make(readout_answer **out, size_t ncols, const readout_column *cols, size_t max_bytes)
{
	*out = NULL;
	readout_answer *a = calloc(1, sizeof *a);
	if (!a || !(a->mem = calloc(1, sizeof *a->mem)) || !(a->cols = calloc(ncols + 1, sizeof *a->cols))) {
		readout_answer_free(a);
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	}
	arena_init(&a->mem->text, 0);
	a->mem->max_bytes = max_bytes;
	a->ncols = ncols;
	for (size_t i = 0; i < ncols; i++) {
		a->cols[i].type = cols[i].type;
		if (!(a->cols[i].name = arena_strndup(&a->mem->text, cols[i].name, strlen(cols[i].name)))) {
			readout_answer_free(a);
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		}
	}
	*out = a;
	return 0;
}

int answer__add(readout_answer *a, const readout_cell *row)
{
	size_t n = a->ncols ? a->ncols : 1;
	if (!grow_array((void **)&a->cells, &a->mem->cap, (a->nrows + 1) * n, sizeof *a->cells, 16 * n))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	readout_cell *dst = a->cells + a->nrows * a->ncols;
	for (size_t i = 0; i < a->ncols; i++) {
		dst[i] = row[i];
		if ((row[i].type == READOUT_TYPE_TEXT || row[i].type == READOUT_TYPE_DATE) &&
		    !(dst[i].s = arena_strndup(&a->mem->text, row[i].s, strlen(row[i].s))))
			return readout_error__set(READOUT_ENOMEM, "out of memory");
	}
	a->nrows++;
	if (a->mem->max_bytes && a->mem->text.used_total + a->nrows * a->ncols * sizeof *a->cells > a->mem->max_bytes)
		return readout_error__set(READOUT_ETOOBIG, "the answer takes more than %zu MB (the memory limit of an answer "
		                                           "held whole): narrow the query", a->mem->max_bytes >> 20);
	return 0;
}

int answer__new(readout_answer **out, size_t ncols, const char *const *colnames, const char *types)
{
	readout_column cols[16];
	assert(ncols <= sizeof cols / sizeof *cols && strlen(types) == ncols);
	for (size_t i = 0; i < ncols; i++)
		cols[i] = (readout_column){colnames[i], type_of_letter(types[i])};
	return answer_make(out, ncols, cols, 0);
}

int readout_answer_read(readout_answer **out, readout_cursor *c)
{
	readout_answer *a;
	int rc = answer_make(&a, c->ncols, c->cols, c->st->max_answer_bytes);
	if (rc)
		return rc;
	a->cut = c->cut;
	while ((rc = readout_cursor_next(c)) == 1)
		if ((rc = answer__add(a, readout_cursor_row(c))))
			break;
	if (rc) {
		readout_answer_free(a);
		return rc;
	}
	*out = a;
	return 0;
}

int store__count(int64_t *out, readout_store *st, const char *sql, const char *const *params, size_t nparams)
{
	*out = 0;
	readout_cursor *c;
	cursor_spec spec = {.sql = sql, .params = params, .nparams = nparams, .types = "i"};
	int rc = cursor__start(&c, st, &spec);
	if (rc)
		return rc;
	if ((rc = readout_cursor_next(c)) == 1) {
		const readout_cell *v = readout_cursor_row(c);
		*out = v[0].type == READOUT_TYPE_INTEGER ? v[0].i : 0;
		rc = 0;
	}
	readout_cursor_free(c);
	return rc;
}
