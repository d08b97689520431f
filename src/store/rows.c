/* rows.c — a batch's rows in growing arrays, strings in an arena; written with INSERTs of
 * ROWS_PER_INSERT rows (then one-row INSERTs for the rest), in key order. */
#include "store/rows.h"
#include "util/error.h"
#include "util/grow.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

void rows_init(rows *r)
{
	memset(r, 0, sizeof *r);
	arena_init(&r->strings, 0);
}

static void index_forget(doc_rows_index *ix)
{
	u64map_dispose(&ix->map);
	memset(ix, 0, sizeof *ix);
}

void rows_dispose(rows *r)
{
	index_forget(&r->person_docs_ix);
	index_forget(&r->uses_ix);
	free(r->person_docs.v);
	free(r->titles.v);
	free(r->roles.v);
	free(r->uses.v);
	for (size_t i = 0; i < sizeof r->stmt / sizeof *r->stmt; i++)
		db_finalize(r->stmt[i]);
	arena_dispose(&r->strings);
	u64map_dispose(&r->strings_by_hash);
	memset(r, 0, sizeof *r);
}

void rows_clear(rows *r)
{
	index_forget(&r->person_docs_ix);
	index_forget(&r->uses_ix);
	r->person_docs.n = r->titles.n = r->roles.n = r->uses.n = 0;
	memset(r->mark, 0, sizeof r->mark);
	arena_reset(&r->strings);
	u64map_dispose(&r->strings_by_hash);
}

size_t rows_memory(const rows *r)
{
	return r->person_docs.n * sizeof *r->person_docs.v + r->titles.n * sizeof *r->titles.v +
	       r->roles.n * sizeof *r->roles.v + r->uses.n * sizeof *r->uses.v + r->strings.used_total +
	       u64map_capacity(&r->strings_by_hash) * sizeof(u64map_slot);
}

/* s kept until rows_clear: the batch's copy of an equal string, or a new one. Dates, places,
 * facets, titles and a formulation's forms repeat from row to row and document to document;
 * one copy each took a batch's strings from 10.4 MB to 0.9 MB, so 32 MB of pending rows hold
 * 8,900 generated documents instead of 5,900 (fewer commits, each of which writes out most
 * index pages and reconciles its names). A copy outlives rows_undo, so a shared one stays good. */
static const char *keep_str(rows *r, const char *s, bool *ok)
{
	if (!s)
		return NULL;
	size_t n = strlen(s);
	uint64_t h = XXH3_64bits(s, n), at;
	if (u64map_get(&r->strings_by_hash, h, &at)) {
		const char *c = (const char *)(uintptr_t)at;
		if (strcmp(c, s) == 0)
			return c;
		return arena_strdup_opt(&r->strings, s, ok); /* two strings of one hash: the first keeps it */
	}
	char *c = arena_strndup(&r->strings, s, n);
	if (!c || u64map_put(&r->strings_by_hash, h, (uint64_t)(uintptr_t)c, true)) {
		*ok = false;
		return NULL;
	}
	return c;
}

void rows_mark(rows *r)
{
	r->mark[0] = r->person_docs.n;
	r->mark[1] = r->titles.n;
	r->mark[2] = r->roles.n;
	r->mark[3] = r->uses.n;
}

void rows_undo(rows *r)
{
	/* the rows indexed may be gone, and a new document may take the same id */
	index_forget(&r->person_docs_ix);
	index_forget(&r->uses_ix);
	r->person_docs.n = r->mark[0];
	r->titles.n = r->mark[1];
	r->roles.n = r->mark[2];
	r->uses.n = r->mark[3];
}

/* Room for one more element of size at the end of *v (n used, cap allocated). */
static void *grow(void **v, size_t *n, size_t *cap, size_t size)
{
	if (!grow_array(v, cap, *n + 1, size, 1024))
		return NULL;
	return (char *)*v + (*n)++ * size;
}

#define PUSH(arr) grow((void **)&(arr).v, &(arr).n, &(arr).cap, sizeof *(arr).v)

static int no_memory(void)
{
	return readout_error__set(READOUT_ENOMEM, "out of memory");
}

enum { LOOK_BACK = 32, NO_ROW = -1 };

#define ROW_FIELD(v, size, i, off) (*(const int64_t *)((const char *)(v) + (i) * (size) + (off)))

/* The index of the row of document doc with key among the n rows of v (each size bytes, with
 * the document and key ids at doc_off and key_off), or NO_ROW. A document's rows are the last
 * ones: most documents have a few, looked through from the end; past LOOK_BACK of them they are
 * found in the index, so a document naming 100,000 people or formulations is linear, not
 * quadratic. -2 when the index is out of memory. */
static long doc_row(doc_rows_index *ix, const void *v, size_t n, size_t size, size_t doc_off, size_t key_off,
                    int64_t doc, int64_t key)
{
	size_t i = n, seen = 0;
	for (; i > 0 && ROW_FIELD(v, size, i - 1, doc_off) == doc && seen < LOOK_BACK; i--, seen++)
		if (ROW_FIELD(v, size, i - 1, key_off) == key)
			return (long)(i - 1);
	if (i == 0 || ROW_FIELD(v, size, i - 1, doc_off) != doc)
		return NO_ROW; /* all of the document's rows were looked at */
	if (ix->doc != doc) {
		index_forget(ix);
		ix->doc = doc;
		for (ix->upto = n; ix->upto > 0 && ROW_FIELD(v, size, ix->upto - 1, doc_off) == doc; ix->upto--)
			;
	}
	for (; ix->upto < n; ix->upto++)
		if (u64map_put(&ix->map, (uint64_t)ROW_FIELD(v, size, ix->upto, key_off), ix->upto + 1, false))
			return -2;
	uint64_t at;
	return u64map_get(&ix->map, (uint64_t)key, &at) ? (long)at - 1 : NO_ROW;
}

int rows_add_person_doc(rows *r, int64_t person_id, int64_t doc_id, const char *name, int64_t mentions,
                        const char *date, const char *facet)
{
	/* two names of the document resolved to one person: one row, their mentions summed */
	long at = doc_row(&r->person_docs_ix, r->person_docs.v, r->person_docs.n, sizeof *r->person_docs.v,
	                  offsetof(person_doc_row, doc_id), offsetof(person_doc_row, person_id), doc_id, person_id);
	if (at == -2)
		return no_memory();
	if (at != NO_ROW) {
		r->person_docs.v[at].mentions += mentions;
		return 0;
	}
	bool ok = true;
	person_doc_row row = {person_id, doc_id, mentions, keep_str(r, name, &ok), keep_str(r, date, &ok), keep_str(r, facet, &ok)};
	person_doc_row *slot = ok ? PUSH(r->person_docs) : NULL;
	if (!slot)
		return no_memory();
	*slot = row;
	return 0;
}

int rows_add_title(rows *r, int64_t person_id, int64_t doc_id, const char *title, const char *date,
                   int64_t span_start, int64_t span_end, int64_t post_id)
{
	bool ok = true;
	title_row row = {person_id, doc_id, span_start, span_end, post_id, keep_str(r, title, &ok), keep_str(r, date, &ok)};
	title_row *slot = ok ? PUSH(r->titles) : NULL;
	if (!slot)
		return no_memory();
	*slot = row;
	return 0;
}

int rows_add_role(rows *r, int64_t event_id, int role, int64_t position, int64_t person_id, const char *date)
{
	bool ok = true;
	role_row row = {event_id, person_id, position, role, keep_str(r, date, &ok)};
	role_row *slot = ok ? PUSH(r->roles) : NULL;
	if (!slot)
		return no_memory();
	*slot = row;
	return 0;
}

int rows_add_use(rows *r, int64_t formulation_id, int64_t doc_id, int64_t count, const char *forms,
                 const char *date, const char *place)
{
	/* two entries of the record under one formulation key: one row, their counts summed */
	long at = doc_row(&r->uses_ix, r->uses.v, r->uses.n, sizeof *r->uses.v, offsetof(use_row, doc_id),
	                  offsetof(use_row, formulation_id), doc_id, formulation_id);
	if (at == -2)
		return no_memory();
	if (at != NO_ROW) {
		r->uses.v[at].count += count;
		return 0;
	}
	bool ok = true;
	use_row row = {formulation_id, doc_id, count, keep_str(r, forms, &ok), keep_str(r, date, &ok), keep_str(r, place, &ok)};
	use_row *slot = ok ? PUSH(r->uses) : NULL;
	if (!slot)
		return no_memory();
	*slot = row;
	return 0;
}

/* ---- writing ---- */

#define CMP(a, b) ((a) < (b) ? -1 : (a) > (b))

static int cmp_str(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL); /* NULL first, as SQLite orders it */
	return strcmp(a, b);
}

static int cmp_person_doc(const void *x, const void *y)
{
	const person_doc_row *a = x, *b = y;
	int c = CMP(a->person_id, b->person_id);
	return c ? c : CMP(a->doc_id, b->doc_id);
}

static int cmp_title(const void *x, const void *y)
{
	const title_row *a = x, *b = y;
	int c = CMP(a->person_id, b->person_id);
	if (!c)
		c = cmp_str(a->date, b->date);
	return c ? c : CMP(a->doc_id, b->doc_id);
}

static int cmp_role(const void *x, const void *y)
{
	const role_row *a = x, *b = y;
	int c = CMP(a->event_id, b->event_id);
	if (!c)
		c = CMP(a->role, b->role);
	return c ? c : CMP(a->position, b->position);
}

static int cmp_use(const void *x, const void *y)
{
	const use_row *a = x, *b = y;
	int c = CMP(a->formulation_id, b->formulation_id);
	return c ? c : CMP(a->doc_id, b->doc_id);
}

typedef struct table_spec {
	const char *head; /* t(columns) VALUES, after db_batch_insert's verb */
	int ncols;
	const char *tail; /* after the values */
} table_spec;

static const table_spec tables[4] = {
	{"person_docs(person_id, doc_id, name, mentions, date, facet) VALUES", 6, ""},
	{"person_titles(person_id, doc_id, title, date, span_start, span_end, post_id) VALUES", 7, ""},
	/* a person once per role of an event is the caller's rule; the key guards it */
	{"roles(event_id, role, position, person_id, date) VALUES", 5, " ON CONFLICT DO NOTHING"},
	{"formulation_uses(formulation_id, doc_id, count, forms, date, place) VALUES", 6, ""},
};

char *rows_values_sql(const char *verb, const char *head, const char *const *casts, int ncols, int nrows,
                      const char *tail)
{
	size_t cast_len = 0;
	for (int c = 0; c < ncols; c++)
		cast_len += casts ? strlen(casts[c]) + 16 : 0;
	size_t cap = strlen(verb) + strlen(head) + strlen(tail) + (size_t)nrows * ((size_t)ncols * 8 + cast_len + 4) + 16;
	char *sql = malloc(cap);
	if (!sql)
		return NULL;
	size_t o = (size_t)snprintf(sql, cap, "%s%s", verb, head);
	int p = 1;
	for (int row = 0; row < nrows; row++) {
		o += (size_t)snprintf(sql + o, cap - o, "%s(", row ? "," : " ");
		for (int c = 0; c < ncols; c++, p++)
			o += casts ? (size_t)snprintf(sql + o, cap - o, "%sCAST($%d AS %s)", c ? "," : "", p, casts[c])
			           : (size_t)snprintf(sql + o, cap - o, "%s$%d", c ? "," : "", p);
		o += (size_t)snprintf(sql + o, cap - o, ")");
	}
	snprintf(sql + o, cap - o, "%s", tail);
	return sql;
}

/* The INSERT of table t for nrows rows. */
static int prepare(rows *r, db *d, int t, int nrows, db_stmt **out)
{
	int which = t * 2 + (nrows == 1);
	if (r->stmt[which]) {
		*out = r->stmt[which];
		db_reset(*out);
		return 0;
	}
	const table_spec *s = &tables[t];
	char *sql = rows_values_sql(db_batch_insert(d), s->head, NULL, s->ncols, nrows, s->tail);
	if (!sql)
		return no_memory();
	int rc = db_prepare(d, &r->stmt[which], sql);
	free(sql);
	if (rc)
		return rc;
	*out = r->stmt[which];
	return 0;
}

static int bind_str(db_stmt *q, int i, const char *v)
{
	return v ? db_bind_text_ref(q, i, v, strlen(v)) : db_bind_null(q, i);
}

static int bind_opt_int(db_stmt *q, int i, int64_t v)
{
	return v < 0 ? db_bind_null(q, i) : db_bind_int(q, i, v);
}

static const char *const role_names[] = {"presided", "spoke", "attended"};

/* Binds row k of table t at parameter p (the first of the row's). */
static int bind_row(const rows *r, int t, size_t k, db_stmt *q, int p)
{
	int rc;
	if (t == 0) {
		const person_doc_row *x = &r->person_docs.v[k];
		(void)((rc = db_bind_int(q, p, x->person_id)) || (rc = db_bind_int(q, p + 1, x->doc_id)) ||
		       (rc = bind_str(q, p + 2, x->name)) || (rc = db_bind_int(q, p + 3, x->mentions)) ||
		       (rc = bind_str(q, p + 4, x->date)) || (rc = bind_str(q, p + 5, x->facet)));
	} else if (t == 1) {
		const title_row *x = &r->titles.v[k];
		(void)((rc = db_bind_int(q, p, x->person_id)) || (rc = db_bind_int(q, p + 1, x->doc_id)) ||
		       (rc = bind_str(q, p + 2, x->title)) || (rc = bind_str(q, p + 3, x->date)) ||
		       (rc = bind_opt_int(q, p + 4, x->span_start)) || (rc = bind_opt_int(q, p + 5, x->span_end)) ||
		       (rc = x->post_id > 0 ? db_bind_int(q, p + 6, x->post_id) : db_bind_null(q, p + 6)));
	} else if (t == 2) {
		const role_row *x = &r->roles.v[k];
		(void)((rc = db_bind_int(q, p, x->event_id)) || (rc = bind_str(q, p + 1, role_names[x->role])) ||
		       (rc = db_bind_int(q, p + 2, x->position)) || (rc = db_bind_int(q, p + 3, x->person_id)) ||
		       (rc = bind_str(q, p + 4, x->date)));
	} else {
		const use_row *x = &r->uses.v[k];
		(void)((rc = db_bind_int(q, p, x->formulation_id)) || (rc = db_bind_int(q, p + 1, x->doc_id)) ||
		       (rc = db_bind_int(q, p + 2, x->count)) || (rc = bind_str(q, p + 3, x->forms)) ||
		       (rc = bind_str(q, p + 4, x->date)) || (rc = bind_str(q, p + 5, x->place)));
	}
	return rc;
}

static int write_table(rows *r, db *d, int t, size_t n)
{
	int ncols = tables[t].ncols;
	for (size_t k = 0; k < n;) {
		int nrows = n - k >= ROWS_PER_INSERT ? ROWS_PER_INSERT : 1;
		db_stmt *q = NULL;
		int rc = prepare(r, d, t, nrows, &q);
		if (rc)
			return rc;
		for (int row = 0; row < nrows && !rc; row++)
			rc = bind_row(r, t, k + (size_t)row, q, 1 + row * ncols);
		if (!rc && (rc = db_step(q)) > 0)
			rc = 0;
		db_reset(q);
		if (rc)
			return rc;
		k += (size_t)nrows;
	}
	return 0;
}

int rows_write(rows *r, db *d)
{
	if (r->person_docs.n > 1)
		qsort(r->person_docs.v, r->person_docs.n, sizeof *r->person_docs.v, cmp_person_doc);
	if (r->titles.n > 1)
		qsort(r->titles.v, r->titles.n, sizeof *r->titles.v, cmp_title);
	if (r->roles.n > 1)
		qsort(r->roles.v, r->roles.n, sizeof *r->roles.v, cmp_role);
	if (r->uses.n > 1)
		qsort(r->uses.v, r->uses.n, sizeof *r->uses.v, cmp_use);
	size_t counts[4] = {r->person_docs.n, r->titles.n, r->roles.n, r->uses.n};
	for (int t = 0; t < 4; t++) {
		int rc = write_table(r, d, t, counts[t]);
		if (rc)
			return rc;
	}
	return 0;
}
