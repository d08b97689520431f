/* test_store.c — the store (src/store) through its public API, on both backends: every test
 * runs once on a fresh SQLite file and once on a fresh PostgreSQL database. The PostgreSQL
 * server comes from scripts/pg-test-server.sh (a ctest fixture starts it and writes its URI
 * to $READOUT_PG_DIR/uri); without one the PostgreSQL half is skipped, or fails when CI is set.
 * Test code only: it includes sqlite3.h solely to forge a foreign database file and to plant a
 * constraint behind the store's back. */
#include "support.h"

#include "readout/store.h"

#include <ctype.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef READOUT_TEST_PG_SCRIPT
#define READOUT_TEST_PG_SCRIPT "scripts/pg-test-server.sh"
#endif
#ifndef READOUT_TEST_PG_DIR
#define READOUT_TEST_PG_DIR ""
#endif
#ifndef READOUT_TEST_SAMPLES_DIR
#define READOUT_TEST_SAMPLES_DIR "samples"
#endif

/* ---- the two backends ---- */

static const char *pg_dir;        /* the test server's state folder, or NULL */
static char pg_unavailable[512];  /* why there is no server */
enum { MAX_PG_DBS = 56 }; /* at least the number of tests */
static char pg_uris[MAX_PG_DBS][512]; /* fresh databases made at group setup, one per test */
static size_t pg_ndbs, pg_next;

typedef struct fixture {
	bool pg;
	char *dir;         /* scratch folder (both backends) */
	char dbname[64];   /* PostgreSQL: this test's database */
	char loc[1024];    /* SQLite path or PostgreSQL URI */
} fixture;

static bool ci(void)
{
	const char *v = getenv("CI");
	return v && *v && strcmp(v, "false") != 0 && strcmp(v, "0") != 0;
}

/* Runs the server script with arguments; up to max output lines into lines (may be NULL).
 * Returns the number of lines, or -1. */
static int pg_script(char (*lines)[512], size_t max, const char *args)
{
	char cmd[2048];
	snprintf(cmd, sizeof cmd, "bash '%s' %s '%s'", READOUT_TEST_PG_SCRIPT, args, pg_dir);
	FILE *p = popen(cmd, "r");
	if (!p)
		return -1;
	char line[512];
	size_t n = 0;
	while (fgets(line, sizeof line, p)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (lines && n < max)
			snprintf(lines[n++], sizeof lines[0], "%s", line);
	}
	return pclose(p) == 0 ? (int)n : -1;
}

static void find_pg(void)
{
	const char *dir = getenv("READOUT_PG_DIR");
	if (!dir || !*dir)
		dir = READOUT_TEST_PG_DIR;
	char path[4096];
	snprintf(path, sizeof path, "%s/uri", dir);
	if (*dir && access(path, R_OK) == 0) {
		pg_dir = dir;
		return;
	}
	snprintf(path, sizeof path, "%s/unavailable", dir);
	FILE *f = *dir ? fopen(path, "r") : NULL;
	if (f && fgets(pg_unavailable, sizeof pg_unavailable, f))
		pg_unavailable[strcspn(pg_unavailable, "\n")] = '\0';
	else
		snprintf(pg_unavailable, sizeof pg_unavailable,
		         "no test server (run scripts/pg-test-server.sh start %s, or ctest starts it)", *dir ? dir : "DIR");
	if (f)
		fclose(f);
}

static int setup_sqlite(void **state)
{
	fixture *f = calloc(1, sizeof *f);
	assert_non_null(f);
	f->dir = support_tempdir();
	snprintf(f->loc, sizeof f->loc, "%s/readout.db", f->dir);
	*state = f;
	return 0;
}

/* The PostgreSQL group: the lexicon, then one fresh database per test in one go (making
 * them one by one costs a second each). */
static int pg_group_setup(void **state)
{
	if (support_setup(state))
		return -1;
	if (!pg_dir)
		return 0;
	char args[128];
	snprintf(args, sizeof args, "newdbs readout_unit_%ld %d", (long)getpid(), MAX_PG_DBS);
	int n = pg_script(pg_uris, MAX_PG_DBS, args);
	if (n != MAX_PG_DBS) {
		print_error("cannot create the PostgreSQL test databases\n");
		return -1;
	}
	pg_ndbs = (size_t)n;
	return 0;
}

static int pg_group_teardown(void **state)
{
	/* on a server of one's own, drop what the tests did not use (the test server goes whole) */
	for (size_t i = pg_next; i < pg_ndbs && getenv("READOUT_TEST_PG_URI"); i++) {
		char args[128];
		snprintf(args, sizeof args, "dropdb readout_unit_%ld_%zu", (long)getpid(), i + 1);
		pg_script(NULL, 0, args);
	}
	return support_teardown(state);
}

static int setup_pg(void **state)
{
	fixture *f = calloc(1, sizeof *f);
	assert_non_null(f);
	f->pg = true;
	f->dir = support_tempdir();
	*state = f;
	if (!pg_dir)
		return 0; /* the test skips (or fails under CI) */
	if (pg_next >= pg_ndbs) {
		print_error("more tests than PostgreSQL test databases (MAX_PG_DBS)\n");
		return -1;
	}
	snprintf(f->loc, sizeof f->loc, "%s", pg_uris[pg_next]);
	snprintf(f->dbname, sizeof f->dbname, "readout_unit_%ld_%zu", (long)getpid(), pg_next + 1);
	pg_next++;
	assert_non_null(strstr(f->loc, f->dbname));
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	/* the test server's databases go with it; on a server of one's own, clean up */
	if (f->pg && f->loc[0] && getenv("READOUT_TEST_PG_URI")) {
		char args[128];
		snprintf(args, sizeof args, "dropdb %s", f->dbname);
		pg_script(NULL, 0, args);
	}
	support_rmdir(f->dir);
	free(f);
	return 0;
}

/* First line of every test: PostgreSQL tests skip without a server, except under CI. */
static fixture *need(void **state)
{
	fixture *f = *state;
	if (f->pg && !f->loc[0]) {
		if (ci())
			fail_msg("PostgreSQL is required under CI: %s", pg_unavailable);
		skip();
	}
	return f;
}

/* ---- helpers ---- */

static readout_store *open_rw(const fixture *f)
{
	readout_store *st = NULL;
	int rc = readout_store_open(&st, f->loc, support_lexicon(), NULL);
	if (rc)
		fail_msg("open %s: %d %s", f->loc, rc, readout_error_message());
	assert_string_equal(readout_store_backend(st), f->pg ? "postgresql" : "sqlite");
	return st;
}

/* The location as readers open it: on PostgreSQL as the test server's reading role
 * (scripts/pg-test-server.sh), since readout_store_sql refuses a superuser. */
static const char *reader_loc(const fixture *f)
{
	static char loc[1100];
	const char *user = strstr(f->loc, "user=");
	if (!f->pg)
		return f->loc;
	if (!user) {
		snprintf(loc, sizeof loc, "%s%suser=readout_reader", f->loc, strchr(f->loc, '?') ? "&" : "?");
		return loc;
	}
	const char *rest = user + strcspn(user, "&");
	snprintf(loc, sizeof loc, "%.*suser=readout_reader%s", (int)(user - f->loc), f->loc, rest);
	return loc;
}

/* The store opened read-only, with lex (or NULL). */
static readout_store *open_ro_with(const fixture *f, const readout_lexicon *lex)
{
	readout_store_options o = READOUT_STORE_OPTIONS_INIT;
	o.readonly = 1;
	o.create = 0;
	readout_store *st = NULL;
	int rc = readout_store_open(&st, reader_loc(f), lex, &o);
	if (rc)
		fail_msg("open read-only %s: %d %s", reader_loc(f), rc, readout_error_message());
	return st;
}

static readout_store *open_ro(const fixture *f)
{
	return open_ro_with(f, NULL);
}

/* A cell as text (numbers in one of a few static buffers), or NULL for NULL. */
static const char *text_of(const readout_cell *v)
{
	static char bufs[8][64];
	static size_t next;
	char *b = bufs[next++ % 8];
	switch (v->type) {
	case READOUT_TYPE_INTEGER: snprintf(b, 64, "%lld", (long long)v->i); return b;
	case READOUT_TYPE_REAL: snprintf(b, 64, "%.15g", v->r); return b;
	case READOUT_TYPE_TEXT:
	case READOUT_TYPE_DATE: return v->s;
	default: return NULL;
	}
}

/* Asserts that a question answered (rc 0) and reads its rows; frees the cursor *c. */
static readout_answer *answer_of(int rc, readout_cursor **c)
{
	if (rc)
		fail_msg("question: %d %s", rc, readout_error_message());
	readout_answer *a = NULL;
	if ((rc = readout_answer_read(&a, *c)))
		fail_msg("rows: %d %s", rc, readout_error_message());
	readout_cursor_free(*c);
	*c = NULL;
	return a;
}

/* The first cell of a query on a read-only store, or NULL; copied into a static buffer. */
static const char *cell(const fixture *f, const char *sql)
{
	static char out[4096];
	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_sql(&c, st, sql), &c);
	const char *v = t->nrows && t->ncols ? text_of(readout_answer_cell(t, 0, 0)) : NULL;
	if (v)
		snprintf(out, sizeof out, "%s", v);
	readout_answer_free(t);
	readout_store_close(st);
	return v ? out : NULL;
}

static long count(const fixture *f, const char *sql)
{
	const char *v = cell(f, sql);
	assert_non_null(v);
	return strtol(v, NULL, 10);
}

static readout_store_counts counts(const fixture *f)
{
	readout_store *st = open_ro(f);
	readout_store_counts c;
	int rc = readout_store_counts_get(&c, st);
	if (rc)
		fail_msg("counts: %s", readout_error_message());
	readout_store_close(st);
	return c;
}

/* The cell of a row in the named column. */
static const char *at(const readout_answer *t, size_t row, const char *col)
{
	int k = readout_answer_column(t, col);
	if (k < 0)
		fail_msg("no column %s", col);
	assert_true(row < t->nrows);
	return text_of(readout_answer_cell(t, row, (size_t)k));
}

static void assert_counts_equal(readout_store_counts a, readout_store_counts b)
{
	assert_int_equal(a.documents, b.documents);
	assert_int_equal(a.events, b.events);
	assert_int_equal(a.persons, b.persons);
	assert_int_equal(a.titles, b.titles);
	assert_int_equal(a.roles, b.roles);
	assert_int_equal(a.formulations, b.formulations);
}

/* A record made by hand, so each test controls exactly the people, posts and events. */
typedef struct person_spec {
	const char *name, *title, *role; /* role: presided, spoke, attended or NULL */
	const char *title2;              /* a second title in the same document, or NULL */
} person_spec;

typedef struct doc_spec {
	const char *id, *text;
	const char *date, *place, *level, *subject, *type;
	person_spec people[4];
	const char *host;        /* the event's host, or NULL */
	const char *formulation; /* a Chinese formulation */
	size_t uses;             /* its uses: 0 is 1 */
} doc_spec;

typedef struct built {
	readout_record rec;
	readout_person people[4];
	readout_value titles[4][2];
	readout_span spans[4];
	readout_event ev;
	readout_value roles[3][4];
	readout_formulation form;
	const char *forms[1];
	readout_span form_span;
} built;

static void build(built *b, const doc_spec *d)
{
	memset(b, 0, sizeof *b);
	b->rec.published = d->date;
	size_t nroles[3] = {0, 0, 0};
	for (size_t i = 0; i < 4 && d->people[i].name; i++) {
		const person_spec *ps = &d->people[i];
		readout_person *p = &b->people[i];
		b->spans[i] = (readout_span){0, 1};
		p->name = ps->name;
		p->mentions = &b->spans[i];
		p->nmentions = 1;
		if (ps->title) {
			b->titles[i][0] = (readout_value){ps->title, &b->spans[i], 1};
			b->titles[i][1] = (readout_value){ps->title2, &b->spans[i], 1};
			p->titles = b->titles[i];
			p->ntitles = ps->title2 ? 2 : 1;
		}
		int r = !ps->role ? -1 : !strcmp(ps->role, "presided") ? 0 : !strcmp(ps->role, "spoke") ? 1 : 2;
		if (r >= 0)
			b->roles[r][nroles[r]++] = (readout_value){ps->name, NULL, 0};
		b->rec.npeople++;
	}
	b->rec.people = b->people;
	b->ev.date.text = d->date;
	b->ev.place.text = d->place;
	b->ev.level.text = d->level;
	b->ev.subject.text = d->subject;
	b->ev.type.text = d->type;
	b->ev.host.text = d->host;
	b->ev.presided = b->roles[0], b->ev.npresided = nroles[0];
	b->ev.spoke = b->roles[1], b->ev.nspoke = nroles[1];
	b->ev.attended = b->roles[2], b->ev.nattended = nroles[2];
	b->rec.events = &b->ev;
	b->rec.nevents = 1;
	if (d->formulation) {
		b->forms[0] = "two establishments";
		b->form_span = (readout_span){0, 1};
		b->form = (readout_formulation){NULL, d->formulation, NULL, b->forms, 1, d->uses ? d->uses : 1, &b->form_span, 1,
		                                READOUT_CUE_QUOTED};
		b->rec.formulations = &b->form;
		b->rec.nformulations = 1;
	}
}

/* Adds documents in one batch, each under a savepoint; returns how many were new. */
static int add_docs(readout_store *st, const doc_spec *docs, size_t n)
{
	int total = 0;
	assert_int_equal(readout_store_begin(st), 0);
	for (size_t i = 0; i < n; i++) {
		built b;
		build(&b, &docs[i]);
		readout_store_doc doc = {docs[i].id, "test", docs[i].text, strlen(docs[i].text), NULL, &b.rec, NULL, 0};
		int added = 0;
		assert_int_equal(readout_store_savepoint(st), 0);
		int rc = readout_store_add(st, &doc, &added);
		if (rc)
			fail_msg("add %s: %d %s", docs[i].id, rc, readout_error_message());
		assert_int_equal(readout_store_release_savepoint(st), 0);
		total += added;
	}
	assert_int_equal(readout_store_commit(st), 0);
	return total;
}

/* Adds one new document inside the open batch under its savepoint, then keeps it (release)
 * or takes it back (rollback). */
static void add_one(readout_store *st, const doc_spec *d, bool keep)
{
	built b;
	build(&b, d);
	readout_store_doc doc = {d->id, "test", d->text, strlen(d->text), NULL, &b.rec, NULL, 0};
	int added = 0;
	assert_int_equal(readout_store_savepoint(st), 0);
	int rc = readout_store_add(st, &doc, &added);
	if (rc)
		fail_msg("add %s: %d %s", d->id, rc, readout_error_message());
	assert_int_equal(added, 1);
	assert_int_equal(keep ? readout_store_release_savepoint(st) : readout_store_rollback_savepoint(st), 0);
}

static void add_specs(const fixture *f, const doc_spec *docs, size_t n)
{
	readout_store *st = open_rw(f);
	assert_int_equal(add_docs(st, docs, n), (int)n);
	readout_store_close(st);
}

static char *read_sample(const char *name, size_t *len)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", READOUT_TEST_SAMPLES_DIR, name);
	FILE *f = fopen(path, "rb");
	if (!f)
		fail_msg("cannot read %s", path);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *text = malloc((size_t)n + 1);
	assert_non_null(text);
	assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
	text[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return text;
}

/* Extracts and adds the five sample readouts; returns how many were new. */
static int add_samples(readout_store *st, const char *id_prefix)
{
	static const char *const names[] = {"s000.txt", "s001.txt", "s002.txt", "s003.txt", "s004.txt"};
	int total = 0;
	assert_int_equal(readout_store_begin(st), 0);
	for (size_t i = 0; i < 5; i++) {
		size_t len;
		char *text = read_sample(names[i], &len);
		const readout_record *rec = support_extract(text);
		char id[64];
		snprintf(id, sizeof id, "%s%zu", id_prefix, i);
		readout_store_doc doc = {id, names[i], text, len, NULL, rec, NULL, 0};
		int added = 0;
		assert_int_equal(readout_store_savepoint(st), 0);
		if (readout_store_add(st, &doc, &added))
			fail_msg("add %s: %s", names[i], readout_error_message());
		assert_int_equal(readout_store_release_savepoint(st), 0);
		total += added;
		free(text);
	}
	assert_int_equal(readout_store_commit(st), 0);
	return total;
}

static void write_file(const char *path, const void *data, size_t len)
{
	FILE *out = fopen(path, "wb");
	assert_non_null(out);
	assert_int_equal(fwrite(data, 1, len, out), len);
	assert_int_equal(fclose(out), 0);
}

/* ---- opening ---- */

static void test_store__creates_then_reopens_read_only(void **state)
{
	fixture *f = need(state);
	readout_store *st = open_rw(f);
	readout_store_counts c;
	assert_int_equal(readout_store_counts_get(&c, st), 0);
	assert_int_equal(c.documents + c.events + c.persons + c.titles + c.roles + c.formulations, 0);
	readout_store_close(st);
	/* opening again finds the schema and changes nothing */
	st = open_rw(f);
	readout_store_close(st);
	st = open_ro(f);
	assert_int_equal(readout_store_counts_get(&c, st), 0);
	assert_int_equal(c.documents, 0);
	/* a read-only store takes no documents */
	built b;
	doc_spec d = {.id = "x", .text = "x"};
	build(&b, &d);
	readout_store_doc doc = {"x", "test", "x", 1, NULL, &b.rec, NULL, 0};
	int added = 1;
	assert_int_equal(readout_store_add(st, &doc, &added), READOUT_EINVALID);
	assert_int_equal(added, 0);
	assert_int_equal(readout_store_begin(st), READOUT_EINVALID);
	readout_store_close(st);
	/* numbered (docs/schema.md): every version recorded once, as made by the new database */
	assert_string_equal(cell(f, "SELECT value FROM meta WHERE key = 'schema'"), "2");
	char created[32];
	snprintf(created, sizeof created, "%s", cell(f, "SELECT count(*) FROM schema_migrations WHERE how = 'created'"));
	assert_string_equal(cell(f, "SELECT max(version) FROM schema_migrations"), created);
	assert_string_equal(cell(f, "SELECT count(*) FROM schema_migrations WHERE how <> 'created'"), "0");
}

static void test_store__missing_database_is_not_found(void **state)
{
	fixture *f = need(state);
	readout_store_options o = READOUT_STORE_OPTIONS_INIT;
	o.readonly = 1;
	o.create = 0;
	readout_store *st = (readout_store *)1;
	/* SQLite: no file; PostgreSQL: an empty database */
	assert_int_equal(readout_store_open(&st, f->loc, NULL, &o), READOUT_ENOTFOUND);
	assert_null(st);
	assert_non_null(strstr(readout_error_message(), "no readout database"));
	if (!f->pg) {
		struct stat sb;
		assert_int_not_equal(stat(f->loc, &sb), 0); /* and none was created */
		char path[1200];
		snprintf(path, sizeof path, "%s/no/such/folder/x.db", f->dir);
		assert_int_not_equal(readout_store_open(&st, path, NULL, NULL), 0);
		assert_null(st);
		assert_true(strlen(readout_error_message()) > 0);
	} else {
		char uri[1200];
		snprintf(uri, sizeof uri, "%s", f->loc);
		char *db = strstr(uri, f->dbname);
		assert_non_null(db);
		memcpy(db, "readout_none", 12); /* a database that does not exist */
		memmove(db + 12, db + strlen(f->dbname), strlen(db + strlen(f->dbname)) + 1);
		assert_int_equal(readout_store_open(&st, uri, NULL, &o), READOUT_EIO);
		assert_null(st);
		assert_non_null(strstr(readout_error_message(), "PostgreSQL"));
	}
}

static void test_store__foreign_database_is_refused(void **state)
{
	fixture *f = need(state);
	if (f->pg) {
		char cmd[2048];
		snprintf(cmd, sizeof cmd, "psql -X -q '%s' -c 'CREATE TABLE users(id integer, name text)' >/dev/null 2>&1", f->loc);
		if (system(cmd) != 0)
			skip(); /* no psql */
	} else {
		sqlite3 *h;
		assert_int_equal(sqlite3_open(f->loc, &h), SQLITE_OK);
		assert_int_equal(sqlite3_exec(h, "CREATE TABLE users(id INTEGER, name TEXT); INSERT INTO users VALUES(1, 'a')",
		                              NULL, NULL, NULL), SQLITE_OK);
		sqlite3_close(h);
	}
	readout_store *st = (readout_store *)1;
	assert_int_equal(readout_store_open(&st, f->loc, support_lexicon(), NULL), READOUT_EINVALID);
	assert_null(st);
	assert_non_null(strstr(readout_error_message(), "not a readout database"));
	readout_store_options o = READOUT_STORE_OPTIONS_INIT;
	o.readonly = 1;
	o.create = 0;
	assert_int_equal(readout_store_open(&st, f->loc, NULL, &o), READOUT_EINVALID);
	assert_non_null(strstr(readout_error_message(), "not a readout database"));
	if (!f->pg) { /* left as it was */
		sqlite3 *h;
		sqlite3_stmt *q;
		assert_int_equal(sqlite3_open(f->loc, &h), SQLITE_OK);
		assert_int_equal(sqlite3_prepare_v2(h, "SELECT count(*) FROM sqlite_master", -1, &q, NULL), SQLITE_OK);
		assert_int_equal(sqlite3_step(q), SQLITE_ROW);
		assert_int_equal(sqlite3_column_int(q, 0), 1);
		sqlite3_finalize(q);
		sqlite3_close(h);
	}
}

static void assert_refused(const char *path, const char *what)
{
	readout_store *st = (readout_store *)1;
	int rc = readout_store_open(&st, path, support_lexicon(), NULL);
	if (rc != READOUT_EINVALID)
		fail_msg("%s: expected READOUT_EINVALID, got %d (%s)", what, rc, rc ? readout_error_message() : "opened");
	assert_null(st);
	assert_true(strlen(readout_error_message()) > 10);
	readout_store_options o = READOUT_STORE_OPTIONS_INIT;
	o.readonly = 1;
	o.create = 0;
	assert_int_equal(readout_store_open(&st, path, NULL, &o), READOUT_EINVALID);
}

static void test_store__corrupt_file_is_refused(void **state)
{
	fixture *f = need(state);
	if (f->pg)
		skip(); /* a file-level matter */
	char path[1200];
	/* random bytes */
	unsigned char junk[65536];
	srand(7);
	for (size_t i = 0; i < sizeof junk; i++)
		junk[i] = (unsigned char)rand();
	snprintf(path, sizeof path, "%s/random.db", f->dir);
	write_file(path, junk, sizeof junk);
	assert_refused(path, "random bytes");
	/* an SQLite header over garbage */
	memcpy(junk, "SQLite format 3", 16);
	snprintf(path, sizeof path, "%s/header.db", f->dir);
	write_file(path, junk, sizeof junk);
	assert_refused(path, "header over garbage");
	/* a text file */
	snprintf(path, sizeof path, "%s/text.db", f->dir);
	write_file(path, "id,name\n1,a\n", 12);
	assert_refused(path, "text file");

	/* a real store, truncated: its schema pages are gone */
	readout_store *st = open_rw(f);
	assert_int_equal(add_samples(st, "s"), 5);
	readout_store_close(st); /* the last connection checkpoints the WAL into the file */
	FILE *in = fopen(f->loc, "rb");
	assert_non_null(in);
	static unsigned char page[8192];
	size_t n = fread(page, 1, sizeof page, in);
	fclose(in);
	assert_int_equal(n, sizeof page);
	snprintf(path, sizeof path, "%s/truncated.db", f->dir);
	write_file(path, page, 3000);
	assert_refused(path, "truncated to 3000 bytes");
	write_file(path, page, sizeof page);
	readout_store_options o = READOUT_STORE_OPTIONS_INIT;
	st = (readout_store *)1;
	int rc = readout_store_open(&st, path, support_lexicon(), &o);
	if (rc == 0) { /* the first pages may hold the whole schema: then reading must fail */
		readout_store_counts c;
		rc = readout_store_counts_get(&c, st);
		readout_store_close(st);
	}
	assert_int_equal(rc, READOUT_EINVALID);
	assert_true(strlen(readout_error_message()) > 10);
}

/* ---- adding ---- */

static void test_store__readding_adds_nothing(void **state)
{
	fixture *f = need(state);
	readout_store *st = open_rw(f);
	assert_int_equal(add_samples(st, "s"), 5);
	readout_store_counts first;
	assert_int_equal(readout_store_counts_get(&first, st), 0);
	assert_int_equal(first.documents, 5);
	assert_true(first.events > 0 && first.persons > 0 && first.titles > 0 && first.roles > 0);
	assert_int_equal(add_samples(st, "s"), 0);
	assert_int_equal(add_samples(st, "other-id-"), 0); /* the content hash decides, not the id */
	readout_store_close(st);
	st = open_rw(f); /* and again from a new connection */
	assert_int_equal(add_samples(st, "s"), 0);
	readout_store_close(st);
	assert_counts_equal(counts(f), first);
	assert_int_equal(count(f, "SELECT count(DISTINCT hash) FROM documents"), 5);
	assert_int_equal(count(f, "SELECT count(*) FROM documents WHERE ext_id LIKE 'other%'"), 0);
}

static void test_store__rolled_back_document_leaves_no_trace(void **state)
{
	fixture *f = need(state);
	readout_store *st = open_rw(f);
	doc_spec docs[] = {
		{.id = "a", .text = "document a", .date = "2022-10-24", .level = "central", .subject = "20th National Congress",
		 .people = {{"Xi Jinping", "General Secretary of the CPC Central Committee", "presided"}}},
		{.id = "b", .text = "document b", .date = "2022-10-25", .level = "provincial", .place = "Chongqing",
		 .people = {{"Chen Miner", "Secretary of the Chongqing Municipal Party Committee", "spoke"}}},
	};
	built b;
	int added = 0;
	/* outside a batch nothing is added */
	build(&b, &docs[0]);
	readout_store_doc doc = {"a", "test", docs[0].text, strlen(docs[0].text), NULL, &b.rec, NULL, 0};
	assert_int_equal(readout_store_add(st, &doc, &added), READOUT_EINVALID);
	assert_int_equal(readout_store_savepoint(st), READOUT_EINVALID);
	assert_int_equal(readout_store_rollback_savepoint(st), READOUT_EINVALID);
	assert_int_equal(readout_store_begin(st), 0);
	assert_int_equal(readout_store_savepoint(st), 0);
	assert_int_equal(readout_store_add(st, &doc, &added), 0);
	assert_int_equal(added, 1);
	assert_int_equal(readout_store_rollback_savepoint(st), 0);
	add_one(st, &docs[1], true);
	assert_int_equal(readout_store_commit(st), 0);
	/* a whole batch rolled back */
	assert_int_equal(readout_store_begin(st), 0);
	build(&b, &docs[0]);
	assert_int_equal(readout_store_add(st, &doc, &added), 0);
	assert_int_equal(added, 1);
	assert_int_equal(readout_store_rollback(st), 0);
	readout_store_close(st);
	readout_store_counts c = counts(f);
	assert_int_equal(c.documents, 1);
	assert_int_equal(c.events, 1);
	assert_int_equal(c.persons, 1);
	assert_int_equal(c.titles, 1);
	assert_int_equal(c.roles, 1);
	assert_string_equal(cell(f, "SELECT name FROM persons"), "Chen Miner");
	/* the summary rows, kept in memory until commit, lost the rolled-back document's share */
	assert_string_equal(cell(f, "SELECT documents || '/' || first_date FROM persons"), "1/2022-10-25");
	assert_string_equal(cell(f, "SELECT count(*) || '/' || sum(documents) FROM person_posts"), "1/1");
	/* the rolled-back document can be added later */
	st = open_rw(f);
	assert_int_equal(add_docs(st, docs, 2), 1);
	readout_store_close(st);
	assert_string_equal(cell(f, "SELECT documents || '/' || last_date FROM persons WHERE name = 'Xi Jinping'"),
	                    "1/2022-10-24");
	assert_string_equal(cell(f, "SELECT count(*) || '/' || sum(documents) FROM person_posts"), "2/2");
}

/* Runs one statement on the database behind the store's back: false when it cannot (no psql). */
static bool plant(const fixture *f, const char *sql)
{
	if (f->pg) {
		char cmd[2048];
		snprintf(cmd, sizeof cmd, "psql -X -q '%s' -c '%s' >/dev/null 2>&1", f->loc, sql);
		return system(cmd) == 0;
	}
	sqlite3 *h;
	assert_int_equal(sqlite3_open(f->loc, &h), SQLITE_OK);
	int rc = sqlite3_exec(h, sql, NULL, NULL, NULL);
	sqlite3_close(h);
	return rc == SQLITE_OK;
}

/* A batch whose commit fails keeps nothing, and the failure names its own cause (on SQLite the
 * failing statement has already rolled the transaction back, and the rollback that follows
 * must not replace its message). */
static void test_store__failed_commit_keeps_nothing_and_says_why(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "a", .text = "document a", .date = "2022-10-24", .level = "provincial", .place = "Chongqing",
		 .people = {{"Chen Miner", "Secretary of the Chongqing Municipal Party Committee", "presided"}}},
		{.id = "b", .text = "document b", .date = "2022-12-08", .level = "provincial", .place = "Chongqing",
		 .people = {{"Yuan Jiajun", "Secretary of the Chongqing Municipal Party Committee", "presided"}}},
	};
	readout_store *st = open_rw(f);
	assert_int_equal(add_docs(st, docs, 1), 1);
	readout_store_close(st);
	readout_store_counts before = counts(f);
	/* a constraint the store does not know of: the second holder of a title breaks it at commit */
	if (!plant(f, "CREATE UNIQUE INDEX planted ON person_titles(title)"))
		skip();
	st = open_rw(f);
	assert_int_equal(readout_store_begin(st), 0);
	add_one(st, &docs[1], true);
	assert_int_not_equal(readout_store_commit(st), 0);
	char why[512];
	snprintf(why, sizeof why, "%s", readout_error_message());
	for (char *c = why; *c; c++)
		*c = (char)tolower((unsigned char)*c);
	if (!strstr(why, "unique"))
		fail_msg("the commit's failure lost its cause: %s", why);
	readout_store_close(st);
	assert_counts_equal(counts(f), before);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name = 'Yuan Jiajun'"), 0);
	/* nothing half-written stands in the way once the constraint is gone */
	assert_true(plant(f, "DROP INDEX planted"));
	st = open_rw(f);
	assert_int_equal(add_docs(st, docs, 2), 1);
	readout_store_close(st);
	assert_int_equal(count(f, "SELECT count(*) FROM person_titles"), 2);
}

/* Issue 10: a trigger planted in a readout database ran inside ingest (an endless one hung it).
 * readout makes none: a writer refuses a database with one (or a PostgreSQL rule), readers
 * still read it. */
static void test_store__planted_trigger_or_rule_is_refused(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {{.id = "a", .text = "document a", .date = "2022-10-24", .level = "central",
	                    .people = {{"Li Qiang", "Premier of the State Council", "presided"}}}};
	add_specs(f, docs, 1);
	if (!plant(f, f->pg ? "CREATE RULE planted AS ON INSERT TO documents DO ALSO NOTHING"
	                    : "CREATE TRIGGER planted AFTER INSERT ON documents BEGIN SELECT 1; END"))
		skip();
	readout_store *st = NULL;
	assert_int_equal(readout_store_open(&st, f->loc, support_lexicon(), NULL), READOUT_EINVALID);
	assert_non_null(strstr(readout_error_message(), "planted"));
	st = open_ro(f);
	readout_store_close(st);
}

/* Issue 10: a huge persons.mentions planted in the database overflowed a signed integer in
 * person resolution (UBSan). Counts read from the database are taken as counts, whatever they
 * hold: ingest goes on (on PostgreSQL the commit's own sum may then be out of range, which is
 * an error with its reason, not a crash). */
static void test_store__huge_counts_in_the_database_are_no_overflow(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "a", .text = "document a", .date = "2022-10-24", .level = "central",
		 .people = {{"Li Qiang", "Premier of the State Council", "presided"}, {"Ding Xuexiang", NULL, "attended"}}},
		{.id = "b", .text = "document b", .date = "2022-12-08", .level = "central",
		 .people = {{"Li Qiang", NULL, "presided"}}},
		{.id = "c", .text = "document c", .date = "2022-12-09", .level = "central",
		 .people = {{"Li Qiang", "Governor of Zhejiang Province", "presided"}, {"Ding Xuexiang", NULL, "spoke"}}},
	};
	add_specs(f, docs, 1);
	/* Li Qiang, then Ding Xuexiang (no quotes: plant runs psql through a shell) */
	assert_string_equal(cell(f, "SELECT name FROM persons WHERE id = 1"), "Li Qiang");
	/* the column's largest value: 64 bits on SQLite, 32 on PostgreSQL */
	if (!plant(f, f->pg ? "UPDATE persons SET mentions = 2147483647 WHERE id = 1"
	                    : "UPDATE persons SET mentions = 9223372036854775807 WHERE id = 1") ||
	    !plant(f, f->pg ? "UPDATE persons SET mentions = -2147483647 WHERE id = 2"
	                    : "UPDATE persons SET mentions = -9223372036854775807 WHERE id = 2"))
		skip();
	readout_store *st = open_rw(f);
	assert_int_equal(readout_store_begin(st), 0);
	add_one(st, &docs[1], true);
	add_one(st, &docs[2], true);
	int rc = readout_store_commit(st);
	if (rc && !(f->pg && strstr(readout_error_message(), "out of range")))
		fail_msg("commit: %s", readout_error_message());
	readout_store_close(st);
	if (!f->pg)
		assert_int_equal(count(f, "SELECT count(*) FROM documents"), 3);
}

/* SQLite's full-text index merges 8 segments at a time and writes out its pending terms at
 * 4 MB, in new databases and, from their next writable open, in databases made with FTS5's
 * defaults. */
static void test_store__full_text_index_merges_by_eight_and_flushes_at_4mb(void **state)
{
	fixture *f = need(state);
	if (f->pg)
		skip(); /* PostgreSQL indexes text with a GIN index */
	readout_store_close(open_rw(f));
	const char *merge = "SELECT v FROM documents_fts_config WHERE k = 'automerge'";
	const char *hash = "SELECT v FROM documents_fts_config WHERE k = 'hashsize'";
	assert_string_equal(cell(f, merge), "8");
	assert_string_equal(cell(f, hash), "4194304");
	/* databases made before the settings get them by step 5 (tests/store/migrations.sh) */
}

/* What a batch holds in memory until its commit grows with its documents and is nothing once
 * the batch ends: ingest commits when it passes READOUT_BATCH_MEMORY. */
/* A string a batch already holds (a title, a date, a place) is kept once: the second document
 * of the same person with the same long title adds far less than the title's length, and a
 * document rolled back in between leaves the shared copy good. */
static void test_store__a_batch_keeps_one_copy_of_a_repeated_string(void **state)
{
	fixture *f = need(state);
	char title[1200];
	memset(title, 'x', sizeof title - 1);
	memcpy(title, "Director of the ", 16);
	title[sizeof title - 1] = '\0';
	doc_spec docs[] = {
		{.id = "s1", .text = "document s1", .date = "2023-04-01", .level = "central", .people = {{"Li Qiang", title, "presided"}}},
		{.id = "s2", .text = "document s2", .date = "2023-04-01", .level = "central", .people = {{"Li Qiang", title, "spoke"}}},
		{.id = "s3", .text = "document s3", .date = "2023-04-01", .level = "central", .people = {{"Li Qiang", title, "attended"}}},
	};
	readout_store *st = open_rw(f);
	assert_int_equal(readout_store_begin(st), 0);
	add_one(st, &docs[0], true);
	size_t one = readout_store_batch_memory(st);
	add_one(st, &docs[1], false); /* rolled back */
	add_one(st, &docs[2], true);
	size_t two = readout_store_batch_memory(st);
	assert_true(two > one);
	assert_true(two - one < sizeof title / 2);
	if (readout_store_commit(st))
		fail_msg("commit: %s", readout_error_message());
	readout_store_close(st);
	assert_int_equal(count(f, "SELECT count(*) FROM person_titles WHERE length(title) = 1199 AND title LIKE 'Director of the x%'"), 2);
}

static void test_store__batch_memory_grows_with_documents_and_ends_with_the_batch(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "m1", .text = "document m1", .date = "2023-04-01", .level = "central", .formulation = "两个确立",
		 .people = {{"Li Qiang", "Premier of the State Council", "presided"},
		            {"Ding Xuexiang", "Vice Premier of the State Council", "spoke"}}},
		{.id = "m2", .text = "document m2", .date = "2023-04-02", .level = "central",
		 .people = {{"Wang Yi", "Director of the Office of the Central Foreign Affairs Commission", "spoke"},
		            {"Li Qiang", "Premier of the State Council", "attended"}}},
	};
	readout_store *st = open_rw(f);
	assert_int_equal(readout_store_batch_memory(st), 0);
	assert_int_equal(readout_store_begin(st), 0);
	add_one(st, &docs[0], true);
	size_t one = readout_store_batch_memory(st);
	assert_true(one > 0);
	add_one(st, &docs[1], false); /* rolled back */
	add_one(st, &docs[1], true);
	assert_true(readout_store_batch_memory(st) > one);
	if (readout_store_commit(st))
		fail_msg("commit: %s", readout_error_message());
	assert_int_equal(readout_store_batch_memory(st), 0);
	readout_store_close(st);
}

/* A document rolled back inside a batch takes back everything it wrote: the people it made,
 * the region it gave an unplaced person, the formulation it made and its event; the batch's
 * next document and the commit go on as if it had never come. */
static void test_store__rolled_back_document_takes_back_people_places_formulations(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "c", .text = "document c", .date = "2023-03-01", .level = "central",
		 .people = {{"Li Qiang", NULL, "attended"}}},
		{.id = "d", .text = "document d", .date = "2023-03-11", .level = "central", .formulation = "两个确立",
		 .people = {{"Li Qiang", "Premier of the State Council", "presided"},
		            {"Ding Xuexiang", "Vice Premier of the State Council", "spoke"}}},
		{.id = "e", .text = "document e", .date = "2023-03-12", .level = "central",
		 .people = {{"Wang Yi", "Director of the Office of the Central Foreign Affairs Commission", "spoke"}}},
	};
	readout_store *st = open_rw(f);
	assert_int_equal(add_docs(st, docs, 1), 1);
	assert_int_equal(readout_store_begin(st), 0);
	add_one(st, &docs[1], false);
	add_one(st, &docs[2], true);
	assert_int_equal(readout_store_commit(st), 0);
	readout_store_close(st);
	readout_store_counts c = counts(f);
	assert_int_equal(c.documents, 2);
	assert_int_equal(c.events, 2);
	assert_int_equal(c.persons, 2);
	assert_int_equal(c.formulations, 0);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name = 'Ding Xuexiang'"), 0);
	assert_null(cell(f, "SELECT region FROM persons WHERE name = 'Li Qiang'"));
	assert_int_equal(count(f, "SELECT count(*) FROM documents WHERE ext_id = 'd'"), 0);
	/* the rolled-back document can come again, and then places Li Qiang */
	st = open_rw(f);
	assert_int_equal(add_docs(st, docs, 3), 1);
	readout_store_close(st);
	assert_string_equal(cell(f, "SELECT region FROM persons WHERE name = 'Li Qiang'"), "central");
	assert_int_equal(count(f, "SELECT count(*) FROM persons"), 3);
	assert_int_equal(count(f, "SELECT count(*) FROM formulation_uses"), 1);
}

/* `readout extract --with-text` output read back for `ingest --from-extracted` is the same
 * record: written again, it is the same JSON, and stored, the same row. */
static void test_store__extracted_record_reads_back_whole(void **state)
{
	fixture *f = need(state);
	doc_spec d = {.id = "partial", .text = "On April 6, the committee met.", .level = "provincial", .place = "Jiangxi",
	              .people = {{"Yin Hong", "Secretary of the Jiangxi Provincial Party Committee", "presided"}},
	              .formulation = "两个确立"};
	built b;
	build(&b, &d);
	/* a date known only as month and day: no date text, but the span of its words */
	readout_span date_span = {3, 10};
	b.ev.date = (readout_value){NULL, &date_span, 1};
	b.ev.date_partial = "--04-06";
	readout_store_hash(b.rec.hash, d.text, strlen(d.text)); /* as the extractor sets it */
	readout_buf first = READOUT_BUF_INIT, second = READOUT_BUF_INIT;
	assert_int_equal(readout_record_write_json_text(&first, d.id, &b.rec, 0, d.text, strlen(d.text)), 0);
	readout_parsed *p = NULL;
	if (readout_record_parse(&p, first.data, first.len))
		fail_msg("parse: %s", readout_error_message());
	assert_string_equal(p->text, d.text);
	assert_int_equal(p->record.events[0].date.nspans, 1);
	assert_int_equal(readout_record_write_json_text(&second, p->id, &p->record, 0, p->text, p->len), 0);
	assert_string_equal(second.data, first.data);

	readout_store *st = open_rw(f);
	assert_int_equal(readout_store_begin(st), 0);
	readout_store_doc doc = {p->id, "x.jsonl:1", p->text, p->len, NULL, &p->record, NULL, 0};
	int added = 0;
	assert_int_equal(readout_store_add(st, &doc, &added), 0);
	assert_int_equal(added, 1);
	assert_int_equal(readout_store_commit(st), 0);
	readout_store_close(st);
	readout_buf_clear(&second);
	assert_int_equal(readout_record_write_json(&second, d.id, &b.rec, 0), 0);
	assert_string_equal(cell(f, "SELECT record FROM documents"), second.data);
	assert_string_equal(cell(f, "SELECT date_partial FROM events"), "--04-06");
	assert_null(cell(f, "SELECT date FROM events"));
	readout_parsed_free(p);
	readout_buf_dispose(&first);
	readout_buf_dispose(&second);
}

/* Dates from a hand-edited --from-extracted input may be anything; the queries compute with
 * them, so what is not a calendar date is stored as NULL. */
static void test_store__impossible_dates_are_stored_as_null(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "feb30", .text = "a", .date = "2022-02-30", .level = "county", .subject = "x"},
		{.id = "words", .text = "b", .date = "yesterday!", .level = "county", .subject = "x"},
		{.id = "leap", .text = "c", .date = "2024-02-29", .level = "county", .subject = "x"},
		{.id = "noleap", .text = "d", .date = "2023-02-29", .level = "county", .subject = "x"},
	};
	add_specs(f, docs, 4);
	assert_int_equal(count(f, "SELECT count(*) FROM events WHERE date IS NULL"), 3);
	assert_int_equal(count(f, "SELECT count(*) FROM documents WHERE date IS NULL"), 3);
	assert_string_equal(cell(f, "SELECT date FROM events WHERE date IS NOT NULL"), "2024-02-29");
	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_cascade_levels(&c, st, "x"), &c); /* date arithmetic on what is left */
	assert_string_equal(at(t, 1, "level"), "county");
	assert_string_equal(at(t, 1, "first_day"), "0");
	assert_string_equal(at(t, 2, "row"), "undated");
	assert_string_equal(at(t, 2, "events"), "3"); /* counted, not dropped */
	readout_answer_free(t);
	readout_query q = {.by = "week"};
	readout_answer_free(answer_of(readout_store_formulation_periods(&c, st, &q), &c));
	readout_store_close(st);
}

/* Issue 9: a document keeps its input's metadata, and its url is a column; metadata that is
 * not a JSON object is refused and adds nothing. */
static void test_store__document_keeps_its_metadata_and_url(void **state)
{
	fixture *f = need(state);
	readout_store *st = open_rw(f);
	assert_int_equal(readout_store_begin(st), 0);
	const char *docs[][2] = {
		{"{\"url\":\"https://gov.example/a\",\"title\":\"A\"}", "On May 6, the county held a meeting."},
		{"{\"url\":7}", "On May 7, the county held a meeting."},
		{"[\"not\", \"an object\"]", "On May 8, the county held a meeting."},
		{"{\"url\":\"https://gov.example/d\"", "On May 9, the county held a meeting."},
	};
	for (size_t i = 0; i < 4; i++) {
		built b;
		doc_spec d = {.id = "m", .text = docs[i][1]};
		build(&b, &d);
		readout_store_hash(b.rec.hash, d.text, strlen(d.text)); /* as extraction gives it */
		readout_store_doc doc = {d.id, "test", d.text, strlen(d.text), NULL, &b.rec, docs[i][0], strlen(docs[i][0])};
		int added = 0;
		assert_int_equal(readout_store_savepoint(st), 0);
		int rc = readout_store_add(st, &doc, &added);
		if (i < 2) {
			assert_int_equal(rc, 0);
			assert_int_equal(added, 1);
			assert_int_equal(readout_store_release_savepoint(st), 0);
		} else {
			assert_int_equal(rc, READOUT_EINVALID);
			assert_non_null(strstr(readout_error_message(), "metadata is not a JSON object"));
			assert_int_equal(readout_store_rollback_savepoint(st), 0);
		}
	}
	assert_int_equal(readout_store_commit(st), 0);
	readout_store_close(st);
	assert_int_equal(count(f, "SELECT count(*) FROM documents"), 2);
	assert_string_equal(cell(f, "SELECT url FROM documents WHERE meta LIKE '%\"title\"%'"), "https://gov.example/a");
	assert_string_equal(cell(f, "SELECT meta FROM documents WHERE url IS NULL"), "{\"url\":7}");

	/* the document question gives both documents of the id, in the order stored, whole */
	st = open_ro(f);
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_document(&c, st, "m"), &c);
	assert_int_equal(t->nrows, 2);
	assert_string_equal(at(t, 0, "url"), "https://gov.example/a");
	assert_string_equal(at(t, 0, "text"), docs[0][1]);
	assert_non_null(strstr(at(t, 0, "meta"), "\"title\""));
	assert_null(at(t, 1, "url"));
	readout_parsed *rec = NULL;
	const char *json = at(t, 1, "record");
	if (readout_record_parse(&rec, json, strlen(json)))
		fail_msg("record %s: %s", json, readout_error_message());
	assert_string_equal(rec->id, "m");
	assert_string_equal(rec->record.hash, at(t, 1, "hash"));
	readout_parsed_free(rec);
	readout_answer_free(t);
	assert_int_equal(readout_store_document(&c, st, "n"), READOUT_ENOTFOUND);
	assert_null(c);
	assert_string_equal(readout_error_message(), "no document with id 'n'");
	assert_int_equal(readout_store_document(&c, st, ""), READOUT_EINVALID);
	readout_store_close(st);
}

/* ---- person resolution ---- */

static void test_store__namesakes_in_two_provinces_stay_apart(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "hebei", .text = "Wang Yong in Hebei", .date = "2022-10-26", .place = "Hebei", .level = "provincial",
		 .people = {{"Wang Yong", "Secretary of the Hebei Provincial Party Committee", "presided"}}},
		{.id = "yunnan", .text = "Wang Yong in Yunnan", .date = "2022-10-27", .place = "Yunnan", .level = "provincial",
		 .people = {{"Wang Yong", "Governor of Yunnan Province", "spoke"}}},
		{.id = "hebei2", .text = "Wang Yong in Hebei again", .date = "2022-11-02", .place = "Hebei", .level = "provincial",
		 .people = {{"Wang Yong", "Secretary of the Hebei Provincial Party Committee", "presided"}}},
	};
	add_specs(f, docs, 3);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'wangyong'"), 2);
	assert_int_equal(count(f, "SELECT documents FROM persons WHERE region = 'Hebei'"), 2);
	assert_int_equal(count(f, "SELECT documents FROM persons WHERE region = 'Yunnan'"), 1);
	assert_string_equal(cell(f, "SELECT min(first_date) FROM persons WHERE region = 'Hebei'"), "2022-10-26");
	assert_string_equal(cell(f, "SELECT max(last_date) FROM persons WHERE region = 'Hebei'"), "2022-11-02");
	/* each keeps its own posts and events */
	assert_int_equal(count(f, "SELECT count(*) FROM v_person_titles WHERE region = 'Yunnan' AND title LIKE 'Governor%'"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM v_event_roles WHERE person = 'Wang Yong' AND role = 'presided'"), 2);

	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_person(&c, st, "wang yong"), &c); /* case- and space-blind */
	assert_int_equal(t->nrows, 2);
	/* each has their own parts, by id */
	for (size_t i = 0; i < 2; i++) {
		int64_t id = readout_answer_cell(t, i, 0)->i;
		readout_answer *titles = answer_of(readout_store_person_titles(&c, st, id), &c);
		assert_int_equal(titles->nrows, 1);
		assert_int_equal(readout_answer_cell(titles, 0, 0)->i, id);
		assert_string_equal(at(titles, 0, "title"), strcmp(at(t, i, "region"), "Hebei") == 0
		                                                ? "Secretary of the Hebei Provincial Party Committee"
		                                                : "Governor of Yunnan Province");
		readout_answer_free(titles);
	}
	readout_answer_free(t);
	assert_int_equal(readout_store_person(&c, st, "Nobody Here"), READOUT_ENOTFOUND);
	assert_null(c);
	readout_store_close(st);
}

/* Two spellings of one name in one document are one person there: one appearance with both
 * names' mentions, one role entry, one document in the counts. */
static void test_store__one_person_twice_in_a_document_counts_once(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "twice", .text = "Chen Miner ... CHEN Miner", .date = "2022-10-24", .place = "Chongqing", .level = "provincial",
		 .formulation = "两个确立",
		 .people = {{"Chen Miner", "Secretary of the Chongqing Municipal Party Committee", "attended"},
		            {"CHEN Miner", "Secretary of the Chongqing Municipal Party Committee", "attended"}}},
		{.id = "later", .text = "Chen Miner later", .date = "2022-11-01", .place = "Chongqing", .level = "provincial",
		 .formulation = "两个确立",
		 .people = {{"Chen Miner", "Secretary of the Chongqing Municipal Party Committee", "presided"}}},
	};
	add_specs(f, docs, 2);
	assert_int_equal(count(f, "SELECT count(*) FROM persons"), 1);
	assert_string_equal(cell(f, "SELECT mentions || '/' || documents FROM persons"), "3/2");
	assert_string_equal(cell(f, "SELECT count(*) || '/' || sum(mentions) FROM person_docs"), "2/3");
	assert_string_equal(cell(f, "SELECT count(*) || '/' || min(position) FROM roles WHERE role = 'attended'"), "1/0");
	assert_string_equal(cell(f, "SELECT documents || '/' || first_date || '/' || last_date FROM person_posts"),
	                    "2/2022-10-24/2022-11-01");
	assert_int_equal(count(f, "SELECT count(*) FROM person_titles"), 3);
	assert_string_equal(cell(f, "SELECT uses || '/' || documents FROM formulation_months WHERE month = '*'"), "2/2");
}

static void test_store__untitled_mention_joins_the_existing_person(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "c1", .text = "Li Qiang titled", .date = "2023-03-01", .level = "central",
		 .people = {{"Li Qiang", "Premier of the State Council", "presided"}}},
		{.id = "c2", .text = "Li Qiang untitled in a county", .date = "2023-03-05", .place = "Hebei", .level = "county",
		 .people = {{"Li Qiang", NULL, "attended"}}},
		/* untitled first: an unplaced person, placed by the first post seen later */
		{.id = "h1", .text = "Zhang Wei untitled", .date = "2023-01-01", .place = "Hubei", .level = "provincial",
		 .people = {{"Zhang Wei", NULL, "attended"}}},
		{.id = "h2", .text = "Zhang Wei titled", .date = "2023-01-02", .place = "Hubei", .level = "provincial",
		 .people = {{"Zhang Wei", "Secretary of the Hubei Provincial Party Committee", "presided"}}},
	};
	add_specs(f, docs, 4);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'liqiang'"), 1);
	assert_string_equal(cell(f, "SELECT region FROM persons WHERE name_key = 'liqiang'"), "central");
	assert_int_equal(count(f, "SELECT documents FROM persons WHERE name_key = 'liqiang'"), 2);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'zhangwei'"), 1);
	assert_string_equal(cell(f, "SELECT region FROM persons WHERE name_key = 'zhangwei'"), "Hubei");
	assert_int_equal(count(f, "SELECT count(*) FROM roles r JOIN persons p ON p.id = r.person_id WHERE p.name_key = 'zhangwei'"), 2);
	assert_int_equal(count(f, "SELECT count(*) FROM persons"), 2);
}

/* A readout that names no place: its untitled Wang Yong goes with his colleague, whose other
 * readouts place them both in Hebei, though only the Yunnan namesake was known when it came
 * (an earlier batch). */
static void test_store__unplaced_mention_goes_with_its_colleagues(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "yunnan", .text = "Wang Yong titled in Yunnan", .date = "2022-10-20", .place = "Yunnan", .level = "provincial",
		 .people = {{"Wang Yong", "Governor of Yunnan Province", "presided"}, {"Li Hua", "Vice Governor of Yunnan Province", "attended"}}},
		{.id = "yunnan2", .text = "Wang Yong titled in Yunnan again", .date = "2022-11-20", .place = "Yunnan", .level = "provincial",
		 .people = {{"Wang Yong", "Governor of Yunnan Province", "presided"}}},
		{.id = "nowhere", .text = "Wang Yong untitled, no place", .date = "2022-10-25", .level = "provincial",
		 .people = {{"Zhao Ming", NULL, "presided"}, {"Wang Yong", NULL, "attended"}}},
		{.id = "hebei", .text = "Wang Yong titled in Hebei", .date = "2022-10-26", .place = "Hebei", .level = "provincial",
		 .people = {{"Wang Yong", "Secretary of the Hebei Provincial Party Committee", "presided"},
		            {"Zhao Ming", "Governor of Hebei Province", "attended"}}},
		{.id = "hebei2", .text = "Wang Yong titled in Hebei again", .date = "2022-11-02", .place = "Hebei", .level = "provincial",
		 .people = {{"Wang Yong", "Secretary of the Hebei Provincial Party Committee", "presided"}}},
	};
	/* in two batches: the first knows only the Yunnan one; the second's new person places it again */
	readout_store *st = open_rw(f);
	assert_int_equal(add_docs(st, docs, 3), 3);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'wangyong'"), 1);
	assert_int_equal(add_docs(st, docs + 3, 2), 2);
	readout_store_close(st);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'wangyong'"), 2);
	assert_int_equal(count(f, "SELECT documents FROM persons WHERE name_key = 'wangyong' AND region = 'Hebei'"), 3);
	assert_int_equal(count(f, "SELECT documents FROM persons WHERE name_key = 'wangyong' AND region = 'Yunnan'"), 2);
	assert_string_equal(cell(f, "SELECT p.region FROM person_docs pd JOIN persons p ON p.id = pd.person_id"
	                            " JOIN documents d ON d.id = pd.doc_id WHERE d.ext_id = 'nowhere' AND p.name_key = 'wangyong'"),
	                    "Hebei");
	/* its role moved with it */
	assert_int_equal(count(f, "SELECT count(*) FROM roles r JOIN persons p ON p.id = r.person_id"
	                          " WHERE p.name_key = 'wangyong' AND p.region = 'Hebei'"), 3);
}

static void test_store__untitled_namesake_joins_the_one_of_its_province(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "hebei", .text = "Wang Yong titled in Hebei", .date = "2022-10-26", .place = "Hebei", .level = "provincial",
		 .people = {{"Wang Yong", "Secretary of the Hebei Provincial Party Committee", "presided"}}},
		{.id = "hebei2", .text = "Wang Yong titled in Hebei again", .date = "2022-10-28", .place = "Hebei", .level = "provincial",
		 .people = {{"Wang Yong", "Secretary of the Hebei Provincial Party Committee", "presided"}}},
		{.id = "yunnan", .text = "Wang Yong titled in Yunnan", .date = "2022-10-27", .place = "Yunnan", .level = "provincial",
		 .people = {{"Wang Yong", "Governor of Yunnan Province", "spoke"}}},
		/* no post: the Yunnan one, not the most-mentioned Hebei one */
		{.id = "yunnan2", .text = "Wang Yong untitled in Yunnan", .date = "2022-11-01", .place = "Yunnan", .level = "provincial",
		 .people = {{"Wang Yong", NULL, "attended"}}},
	};
	add_specs(f, docs, 4);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'wangyong'"), 2);
	assert_int_equal(count(f, "SELECT documents FROM persons WHERE region = 'Yunnan'"), 2);
	assert_int_equal(count(f, "SELECT documents FROM persons WHERE region = 'Hebei'"), 2);
}

static void test_store__national_body_post_is_central(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		/* a central official at a provincial meeting: the post names a national body, not a place */
		{.id = "visit", .text = "a vice chairman visits Hebei", .date = "2022-10-26", .place = "Hebei", .level = "provincial",
		 .people = {{"Zhao Chenxin", "Deputy Director of the National Development and Reform Commission", "spoke"}}},
		/* a local office with "National" in its name stays local */
		{.id = "local", .text = "a provincial office", .date = "2022-10-27", .place = "Yunnan", .level = "provincial",
		 .people = {{"Li Jun", "Director of the Provincial National Defense Mobilization Office", "spoke"}}},
	};
	add_specs(f, docs, 2);
	assert_string_equal(cell(f, "SELECT region FROM persons WHERE name_key = 'zhaochenxin'"), "central");
	assert_string_equal(cell(f, "SELECT region FROM persons WHERE name_key = 'lijun'"), "Yunnan");
}

static void test_store__a_bare_post_takes_the_place_its_holders_other_title_names(void **state)
{
	fixture *f = need(state);
	/* a joint meeting held in Chongqing: Sichuan's deputy secretary is Sichuan's governor */
	doc_spec docs[] = {
		{.id = "joint", .text = "a joint meeting of two provinces", .date = "2023-06-26", .place = "Chongqing",
		 .level = "provincial",
		 .people = {{"Ma Lin", "deputy secretary of the Sichuan Provincial Party Committee", "spoke", "governor"},
		            {"Zhou Ping", "Mayor", "presided", NULL}}},
	};
	add_specs(f, docs, 1);
	assert_string_equal(cell(f, "SELECT q.place FROM person_titles t JOIN posts q ON q.id = t.post_id"
	                            " WHERE t.title = 'governor'"),
	                    "Sichuan");
	/* a holder with no other title keeps the readout's place */
	assert_string_equal(cell(f, "SELECT q.province FROM person_titles t JOIN posts q ON q.id = t.post_id"
	                            " WHERE t.title = 'Mayor'"),
	                    "Chongqing");
}

/* ---- who is who: facets, posts, overrides ---- */

/* "name|region|documents" of every person, sorted, one a line: what two stores are compared by
 * (their ids may differ). */
static const char *persons_of(const fixture *f)
{
	static char out[8192];
	const char *v = cell(f, f->pg ? "SELECT string_agg(name || '|' || coalesce(region, '?') || '|' || documents, ';' "
	                                "ORDER BY name, region, documents) FROM persons"
	                              : "SELECT group_concat(x, ';') FROM (SELECT name || '|' || coalesce(region, '?') || '|' || "
	                                "documents AS x FROM persons ORDER BY name, region, documents)");
	snprintf(out, sizeof out, "%s", v ? v : "");
	return out;
}

static void test_store__a_national_leader_is_one_person_wherever_named(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "c1", .text = "central meeting", .date = "2022-10-25", .level = "central",
		 .people = {{"Xi Jinping", "General Secretary of the CPC Central Committee", "presided"}}},
		/* local readouts: his post named shortly, a bare "President", no title at all */
		{.id = "h1", .text = "Hebei study", .date = "2022-10-27", .place = "Hebei", .level = "provincial",
		 .people = {{"Xi Jinping", "General Secretary", NULL}, {"Ni Yuefeng", "Secretary of the Hebei Provincial Party Committee", "presided"}}},
		{.id = "y1", .text = "Yunnan study", .date = "2022-10-28", .place = "Yunnan", .level = "provincial",
		 .people = {{"Xi Jinping", "President", NULL}}},
		{.id = "x1", .text = "Xinji study", .date = "2022-11-03", .place = "Xinji", .level = "county",
		 .people = {{"Xi Jinping", NULL, NULL}}},
	};
	add_specs(f, docs, 4);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'xijinping'"), 1);
	assert_string_equal(cell(f, "SELECT region || '/' || documents FROM persons WHERE name_key = 'xijinping'"), "central/4");
	/* the bare "President" is a post of that rank only: it places him nowhere */
	assert_int_equal(count(f, "SELECT count(*) FROM person_titles t JOIN posts q ON q.id = t.post_id"
	                          " WHERE t.title = 'President' AND q.name = 'president' AND q.level IS NULL"
	                          " AND q.place IS NULL AND q.province IS NULL"), 1);
	/* where he was named untitled is kept, weakly, and gives no region */
	assert_string_equal(cell(f, f->pg ? "SELECT string_agg(facet, ';' ORDER BY facet) FROM person_facets f"
	                                    " JOIN persons p ON p.id = f.person_id WHERE p.name_key = 'xijinping'"
	                                  : "SELECT group_concat(facet, ';') FROM (SELECT facet FROM person_facets f"
	                                    " JOIN persons p ON p.id = f.person_id WHERE p.name_key = 'xijinping' ORDER BY facet)"),
	                    "Hebei?;Yunnan?;central");
}

static const doc_spec transfer_docs[] = {
	{.id = "hb1", .text = "Hebei 1", .date = "2017-03-02", .place = "Hebei", .level = "provincial",
	 .people = {{"Lou Qin", "Governor of Hebei Province", "presided"}}},
	{.id = "yn1", .text = "Yunnan 1", .date = "2020-05-06", .place = "Yunnan", .level = "provincial",
	 .people = {{"Lou Qin", "Secretary of the Yunnan Provincial Party Committee", "presided"}}},
	{.id = "hb2", .text = "Hebei 2", .date = "2018-06-11", .place = "Hebei", .level = "provincial",
	 .people = {{"Lou Qin", "Governor", "spoke"}}},
	{.id = "yn2", .text = "Yunnan 2", .date = "2021-02-01", .place = "Yunnan", .level = "provincial",
	 .people = {{"Lou Qin", "Secretary of the Provincial Party Committee", "spoke"}}},
	{.id = "hb3", .text = "Hebei 3", .date = "2019-01-20", .place = "Hebei", .level = "provincial",
	 .people = {{"Lou Qin", "Governor of Hebei Province", "attended"}}},
	{.id = "yn3", .text = "Yunnan 3", .date = "2022-09-09", .place = "Yunnan", .level = "provincial",
	 .people = {{"Lou Qin", "Secretary of the Yunnan Provincial Party Committee", "attended"}}},
};

/* One dated readout on each side says nothing of a transfer; a later batch naming another
 * governor of Hebei after him does: the post changed hands, so he left it. Two vice governors
 * named in one readout are a post several hold, whose other holders say nothing. */
static void test_store__a_post_that_changed_hands_joins_a_transfer(void **state)
{
	fixture *f = need(state);
	doc_spec first[] = {
		{.id = "hb1", .text = "Lou Ping governs Hebei", .date = "2019-01-10", .place = "Hebei", .level = "provincial",
		 .people = {{"Lou Ping", "Governor of Hebei Province", "presided"}, {"Gu Yan", "Vice Governor of Hebei Province", "attended"},
		            {"Pan Lu", "Vice Governor of Hebei Province", "attended"}}},
		{.id = "yn1", .text = "Lou Ping leads Yunnan", .date = "2021-05-01", .place = "Yunnan", .level = "provincial",
		 .people = {{"Lou Ping", "Secretary of the Yunnan Provincial Party Committee", "presided"}}},
		{.id = "hb2", .text = "Tang Yi in Hebei", .date = "2018-01-10", .place = "Hebei", .level = "provincial",
		 .people = {{"Tang Yi", "Vice Governor of Hebei Province", "presided"}}},
		{.id = "sx1", .text = "Tang Yi in Shanxi", .date = "2020-01-10", .place = "Shanxi", .level = "provincial",
		 .people = {{"Tang Yi", "Secretary of the Shanxi Provincial Party Committee", "presided"}}},
	};
	doc_spec later[] = {
		{.id = "hb3", .text = "Gao Feng governs Hebei", .date = "2021-06-01", .place = "Hebei", .level = "provincial",
		 .people = {{"Gao Feng", "Governor of Hebei Province", "presided"}}},
	};
	readout_store *st = open_rw(f);
	assert_int_equal(add_docs(st, first, 4), 4);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'louping'"), 2);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'tangyi'"), 2);
	assert_int_equal(add_docs(st, later, 1), 1);
	readout_store_close(st);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'louping'"), 1);
	assert_string_equal(cell(f, "SELECT region FROM persons WHERE name_key = 'louping'"), "Yunnan");
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'tangyi'"), 2);
}

/* Two holders of a post named in one undated readout make it a post several hold, whichever
 * of them is named most: reconciliation looks for such a readout from the documents of every
 * holder but the one of most documents, so that one's readouts must be found from the other's. */
static void test_store__holders_named_together_undated_make_a_shared_post(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "hb1", .text = "Gu Yan and Pan Lu", .place = "Hebei", .level = "provincial",
		 .people = {{"Gu Yan", "Vice Governor of Hebei Province", "presided"}, {"Pan Lu", "Vice Governor of Hebei Province", "attended"}}},
		{.id = "hb4", .text = "Gu Yan again", .place = "Hebei", .level = "provincial",
		 .people = {{"Gu Yan", "Vice Governor of Hebei Province", "presided"}}},
		{.id = "hb5", .text = "Gu Yan once more", .place = "Hebei", .level = "provincial",
		 .people = {{"Gu Yan", "Vice Governor of Hebei Province", "presided"}}},
		{.id = "hb2", .text = "Tang Yi in Hebei", .date = "2018-01-10", .place = "Hebei", .level = "provincial",
		 .people = {{"Tang Yi", "Vice Governor of Hebei Province", "presided"}}},
		{.id = "sx1", .text = "Tang Yi in Shanxi", .date = "2020-01-10", .place = "Shanxi", .level = "provincial",
		 .people = {{"Tang Yi", "Secretary of the Shanxi Provincial Party Committee", "presided"}}},
	};
	readout_store *st = open_rw(f);
	assert_int_equal(add_docs(st, docs, 5), 5);
	readout_store_close(st);
	assert_int_equal(count(f, "SELECT documents FROM persons WHERE name_key = 'guyan'"), 3);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'tangyi'"), 2);
}

/* One batch saw too little to tell a transfer from namesakes; the next batch's commit sees
 * the whole history and joins them, moving appearances, titles, roles and sums. */
static void test_store__a_transfer_with_a_continuous_history_is_one_person(void **state)
{
	fixture *f = need(state);
	readout_store *st = open_rw(f);
	assert_int_equal(add_docs(st, transfer_docs, 2), 2);
	readout_store_close(st);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'louqin'"), 2);
	st = open_rw(f);
	assert_int_equal(add_docs(st, transfer_docs + 2, 4), 4);
	readout_store_close(st);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'louqin'"), 1);
	/* the latest post gives the region; every row follows the person */
	assert_string_equal(cell(f, "SELECT region || '/' || documents || '/' || mentions || '/' || first_date || '/' || last_date"
	                            " FROM persons WHERE name_key = 'louqin'"),
	                    "Yunnan/6/6/2017-03-02/2022-09-09");
	assert_int_equal(count(f, "SELECT count(DISTINCT person_id) FROM person_titles"), 1);
	assert_int_equal(count(f, "SELECT count(DISTINCT person_id) FROM roles"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM v_event_roles WHERE person = 'Lou Qin'"), 6);
	assert_int_equal(count(f, "SELECT sum(documents) FROM person_posts"), 6);
	assert_int_equal(count(f, "SELECT count(*) FROM person_facets"), 2);
	/* the career, in order, each post with its documents */
	readout_store *ro = open_ro(f);
	readout_cursor *c = NULL;
	readout_answer *who = answer_of(readout_store_person(&c, ro, "Lou Qin"), &c);
	assert_int_equal(who->nrows, 1);
	int64_t id = readout_answer_cell(who, 0, 0)->i;
	readout_answer *career = answer_of(readout_store_person_career(&c, ro, id), &c);
	assert_int_equal(career->nrows, 2);
	assert_string_equal(at(career, 0, "post"), "governor");
	assert_string_equal(at(career, 0, "place"), "Hebei");
	assert_string_equal(at(career, 0, "first_date"), "2017-03-02");
	assert_string_equal(at(career, 0, "last_date"), "2019-01-20");
	assert_string_equal(at(career, 0, "documents"), "3");
	assert_string_equal(at(career, 1, "post"), "provincial party secretary");
	assert_string_equal(at(career, 1, "place"), "Yunnan");
	assert_string_equal(at(career, 1, "side"), "party");
	readout_answer *docs = answer_of(readout_store_person_career_documents(&c, ro, id, 2), &c);
	assert_int_equal(docs->nrows, 4); /* the latest two of each post */
	assert_string_equal(at(docs, 0, "post"), "governor");
	assert_string_equal(at(docs, 0, "document"), "hb2");
	assert_string_equal(at(docs, 1, "document"), "hb3");
	assert_string_equal(at(docs, 3, "document"), "yn3");
	assert_int_equal(docs->cut.kept, 2);
	readout_answer_free(docs);
	readout_answer_free(career);
	readout_answer_free(who);
	readout_store_close(ro);
}

/* The id of the one person of name. */
static int64_t only_person(readout_store *ro, const char *name)
{
	readout_cursor *c = NULL;
	readout_answer *who = answer_of(readout_store_person(&c, ro, name), &c);
	assert_int_equal(who->nrows, 1);
	int64_t id = readout_answer_cell(who, 0, 0)->i;
	readout_answer_free(who);
	return id;
}

/* Drops the indexes a bulk load defers, as it leaves the database until its end (SQLite). */
static void defer_indexes(const fixture *f, size_t n)
{
	readout_store *st = open_rw(f);
	bool dropped = false;
	assert_int_equal(readout_store_defer_indexes(st, n, &dropped), 0);
	assert_true(dropped);
	assert_int_equal(count(f, "SELECT count(*) FROM sqlite_master WHERE name = 'person_titles_person_post'"), 0);
	readout_store_close(st);
}

/* A leader named in thousands of documents has each post's latest documents read by date,
 * newest first (the same rows as reading all their documents): the dated ones of a post, its
 * undated ones only when too few are dated, a post of one document, a post never dated. */
static void test_store__career_documents_of_a_leader_in_many_documents(void **state)
{
	fixture *f = need(state);
	enum { DATED = 2010 };
	doc_spec *docs = calloc(DATED + 7, sizeof *docs);
	char(*ids)[16] = calloc(DATED + 7, sizeof *ids), (*dates)[16] = calloc(DATED + 7, sizeof *dates);
	assert_non_null(docs);
	assert_non_null(ids);
	assert_non_null(dates);
	size_t n = 0;
	for (int i = 0; i < DATED; i++, n++) {
		/* 2019-2024, a day in each month, in no order of date */
		int k = (i * 7919) % DATED;
		snprintf(ids[n], sizeof ids[n], "g%04d", k);
		snprintf(dates[n], sizeof dates[n], "%04d-%02d-%02d", 2019 + k / 336, 1 + (k / 28) % 12, 1 + k % 28);
		docs[n] = (doc_spec){.id = ids[n], .text = ids[n], .date = dates[n], .place = "Hebei", .level = "provincial",
		                     .people = {{"Gao Wenbo", "Governor of Hebei Province", "presided"}}};
	}
	const char *undated[] = {"u1", "u2", "s1", "s2", "s3"};
	for (int i = 0; i < 5; i++, n++)
		docs[n] = (doc_spec){.id = undated[i], .text = undated[i], .place = "Hebei", .level = "provincial",
		                     .people = {{"Gao Wenbo", i < 2 ? "Governor of Hebei Province" :
		                                                      "Secretary of the Hebei Provincial Party Committee", "spoke"}}};
	docs[n++] = (doc_spec){.id = "d1", .text = "d1", .date = "2020-05-05", .place = "Hebei", .level = "provincial",
	                       .people = {{"Gao Wenbo", "Director of the Hebei Provincial Department of Finance", NULL}}};
	/* the director's post written short: one post with d1 */
	docs[n++] = (doc_spec){.id = "d2", .text = "d2", .date = "2020-06-06", .place = "Hebei", .level = "provincial",
	                       .people = {{"Gao Wenbo", "Director", NULL}}};
	add_specs(f, docs, n);
	for (int deferred = 0; deferred < (f->pg ? 1 : 2); deferred++) {
		if (deferred) /* read by the documents' date (SQLite only) */
			defer_indexes(f, n);
		readout_store *ro = open_ro(f);
		readout_cursor *c = NULL;
		readout_answer *who = answer_of(readout_store_person(&c, ro, "Gao Wenbo"), &c);
		assert_int_equal(who->nrows, 1);
		int64_t id = readout_answer_cell(who, 0, 0)->i;
		readout_answer *docs2 = answer_of(readout_store_person_career_documents(&c, ro, id, 2), &c);
		readout_answer *all = answer_of(readout_store_person_career_documents(&c, ro, id, 0), &c);
		assert_int_equal(all->nrows, DATED + 7);
		/* governor: the two latest of 2,010 dated (2024-12-27, -28), not the undated u1, u2;
		 * the director's two documents; the secretary's undated three, the two of highest id */
		assert_int_equal(docs2->nrows, 6);
		size_t gov = 0, dir = 0, sec = 0;
		for (size_t r = 0; r < docs2->nrows; r++) {
			const char *post = at(docs2, r, "post"), *doc = at(docs2, r, "document");
			if (strstr(post, "governor")) {
				assert_true(gov < 2);
				assert_string_equal(doc, gov ? "g2009" : "g2008");
				gov++;
			} else if (strstr(post, "finance") || strstr(post, "director")) {
				assert_string_equal(post, "director of department of finance");
				assert_string_equal(doc, dir ? "d2" : "d1");
				dir++;
			} else {
				assert_string_equal(doc, sec ? "s3" : "s2");
				sec++;
			}
		}
		assert_true(gov == 2 && dir == 2 && sec == 2);
		assert_int_equal(docs2->cut.kept, 2);
		readout_answer_free(all);
		readout_answer_free(docs2);
		readout_answer_free(who);
		readout_store_close(ro);
	}
	free(dates);
	free(ids);
	free(docs);
}

/* "post: doc doc; post: doc" of a person's career documents at a limit. */
static const char *career_line(readout_store *ro, int64_t id, size_t limit)
{
	static char line[512];
	readout_cursor *c = NULL;
	readout_answer *docs = answer_of(readout_store_person_career_documents(&c, ro, id, limit), &c);
	size_t o = 0;
	for (size_t r = 0; r < docs->nrows; r++) {
		bool same = r && !strcmp(at(docs, r, "post"), at(docs, r - 1, "post"));
		o += (size_t)snprintf(line + o, sizeof line - o, "%s%s%s", same ? " " : r ? "; " : "",
		                      same ? "" : at(docs, r, "post"), same ? "" : ": ");
		o += (size_t)snprintf(line + o, sizeof line - o, "%s", at(docs, r, "document"));
	}
	readout_answer_free(docs);
	return line;
}

/* Each post's latest documents at a limit, as read from the index of titles by person and
 * post: documents on the date of the limit-th latest are all candidates (then the higher
 * ids, not the later stored, come first), a document naming the post twice counts once, the
 * undated come only when too few are dated, a post never dated lists its undated; a limit
 * cuts when a post has more documents. The same answers when a bulk load has deferred that
 * index (SQLite) and the documents are read another way. */
static void test_store__career_documents_from_the_index_by_person(void **state)
{
	fixture *f = need(state);
#define GOV "Governor of Hebei Province"
#define SEC "Secretary of the Hebei Provincial Party Committee"
#define DIR "Director of the Hebei Provincial Department of Finance"
#define HB .place = "Hebei", .level = "provincial"
	/* stored in this order: a5 first, so on 2023-03-01 the ids run a5 < a3 < a4 */
	const doc_spec docs[] = {
	    {.id = "a5", .text = "a5", .date = "2023-03-01", HB, .people = {{"Ren Haobo", GOV, "presided"}}},
	    {.id = "u3", .text = "u3", HB, .people = {{"Ren Haobo", SEC, "spoke"}}},
	    {.id = "a1", .text = "a1", .date = "2023-01-01", HB, .people = {{"Ren Haobo", GOV, "presided"}}},
	    {.id = "a3", .text = "a3", .date = "2023-03-01", HB, .people = {{"Ren Haobo", GOV, "presided"}}},
	    {.id = "c2", .text = "c2", HB, .people = {{"Ren Haobo", DIR, NULL}}},
	    {.id = "a4", .text = "a4", .date = "2023-03-01", HB, .people = {{"Ren Haobo", GOV, "presided"}}},
	    {.id = "u1", .text = "u1", HB, .people = {{"Ren Haobo", SEC, "spoke"}}},
	    {.id = "a2", .text = "a2", .date = "2023-02-01", HB, .people = {{"Ren Haobo", GOV, "presided"}}},
	    {.id = "b1", .text = "b1", .date = "2024-05-01", HB, .people = {{"Ren Haobo", SEC, "presided"}}},
	    {.id = "c1", .text = "c1", HB, .people = {{"Ren Haobo", DIR, NULL}}},
	    {.id = "u2", .text = "u2", HB, .people = {{"Ren Haobo", SEC, "spoke"}}},
	    /* the post twice in one document */
	    {.id = "a6", .text = "a6", .date = "2023-04-01", HB,
	     .people = {{"Ren Haobo", GOV, "presided"}, {"Ren Haobo", "Governor of Hebei", NULL}}},
	};
#undef HB
	enum { N = sizeof docs / sizeof *docs };
	add_specs(f, docs, N);
	assert_int_equal(count(f, "SELECT count(*) FROM person_titles t JOIN documents d ON d.id = t.doc_id"
	                          " WHERE d.ext_id = 'a6' AND t.post_id IN (SELECT post_id FROM person_titles WHERE title = '" GOV "')"),
	                 2);
	const char *want[][2] = {
	    {"1", "governor: a6; provincial party secretary: b1; director of department of finance: c2"},
	    {"2", "governor: a5 a6; provincial party secretary: b1 u3; director of department of finance: c1 c2"},
	    {"3", "governor: a4 a5 a6; provincial party secretary: b1 u2 u3; director of department of finance: c1 c2"},
	    {"0", "governor: a1 a2 a3 a4 a5 a6; provincial party secretary: b1 u1 u2 u3; director of department of finance: c1 c2"},
	};
	for (int deferred = 0; deferred < (f->pg ? 1 : 2); deferred++) {
		if (deferred) /* as a bulk load leaves the database until its end (SQLite only) */
			defer_indexes(f, N);
		readout_store *ro = open_ro(f);
		readout_cursor *c = NULL;
		int64_t id = only_person(ro, "Ren Haobo");
		for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
			assert_string_equal(career_line(ro, id, (size_t)atoi(want[i][0])), want[i][1]);
		}
		/* a limit leaves documents out when one post has more, not the person: 12 documents,
		 * at most 6 of a post */
		for (size_t limit = 5; limit <= 6; limit++) {
			readout_answer *got = answer_of(readout_store_person_career_documents(&c, ro, id, limit), &c);
			assert_int_equal(got->nrows, limit == 6 ? 12 : 11);
			assert_int_equal(got->cut.kept, limit == 6 ? 0 : 5);
			readout_answer_free(got);
		}
		readout_store_close(ro);
	}
	/* the next writable open makes it again */
	if (!f->pg) {
		readout_store_close(open_rw(f));
		assert_int_equal(count(f, "SELECT count(*) FROM sqlite_master WHERE name = 'person_titles_person_post'"), 1);
	}
#undef GOV
#undef SEC
#undef DIR
}

/* "post first..last documents; ..." of a person's career. */
static const char *career_posts_line(readout_store *ro, int64_t id)
{
	static char line[512];
	readout_cursor *c = NULL;
	readout_answer *career = answer_of(readout_store_person_career(&c, ro, id), &c);
	size_t o = 0;
	for (size_t r = 0; r < career->nrows; r++)
		o += (size_t)snprintf(line + o, sizeof line - o, "%s%s%s%s %s..%s %s", r ? "; " : "", at(career, r, "post"),
		                      at(career, r, "body") ? " of " : "", at(career, r, "body") ? at(career, r, "body") : "",
		                      at(career, r, "first_date") ? at(career, r, "first_date") : "-",
		                      at(career, r, "last_date") ? at(career, r, "last_date") : "-", at(career, r, "documents"));
	readout_answer_free(career);
	return line;
}

/* A bare post ("President": a rank alone) of a person who holds one other current post of its
 * rank is that post written short: the career shows one post, over both's dates, each document
 * once (one writes both titles), and the career's documents list them under it, the limit and
 * its note counting them together. Beside two posts of the rank (a university's president and
 * the country's) the bare post cannot say which it is and stays; so does one of a rank held
 * nowhere else. The titles as written are untouched. On every path to the documents. */
static void test_store__a_bare_post_folds_into_the_one_named_post_of_its_rank(void **state)
{
	fixture *f = need(state);
#define BARE "President"
#define STATE "Chinese President"
#define UNI "President of Hebei University"
	const doc_spec docs[] = {
	    {.id = "q1", .text = "q1", .date = "2019-01-10", .people = {{"Qiao Mingde", BARE, "presided"}}},
	    {.id = "q2", .text = "q2", .date = "2019-06-01", .people = {{"Qiao Mingde", STATE, "presided"}}},
	    {.id = "q3", .text = "q3", .date = "2020-03-01",
	     .people = {{"Qiao Mingde", BARE, "presided"}, {"Qiao Mingde", STATE, NULL}}},
	    {.id = "q4", .text = "q4", .date = "2021-05-05", .people = {{"Qiao Mingde", BARE, "spoke"}}},
	    {.id = "q5", .text = "q5", .people = {{"Qiao Mingde", STATE, "spoke"}}},
	    {.id = "q6", .text = "q6", .date = "2018-02-02", .people = {{"Qiao Mingde", "Vice Chairman", "attended"}}},
	    /* undated: one writing both titles, one more of the bare post (then the post of more) */
	    {.id = "q7", .text = "q7", .people = {{"Qiao Mingde", STATE, "spoke"}, {"Qiao Mingde", BARE, NULL}}},
	    {.id = "q8", .text = "q8", .people = {{"Qiao Mingde", BARE, "spoke"}}},
	    {.id = "l1", .text = "l1", .date = "2017-09-01", .place = "Hebei", .level = "provincial",
	     .people = {{"Lan Shuhe", UNI, "spoke"}}},
	    {.id = "l2", .text = "l2", .date = "2020-01-01", .people = {{"Lan Shuhe", STATE, "presided"}}},
	    {.id = "l3", .text = "l3", .date = "2021-01-01", .people = {{"Lan Shuhe", BARE, "presided"}}},
	};
	enum { N = sizeof docs / sizeof *docs };
	add_specs(f, docs, N);
	for (int deferred = 0; deferred < (f->pg ? 1 : 2); deferred++) {
		if (deferred) /* the documents read another way (SQLite only) */
			defer_indexes(f, N);
		readout_store *ro = open_ro(f);
		readout_cursor *c = NULL;
		int64_t qiao = only_person(ro, "Qiao Mingde");
		int64_t lan = only_person(ro, "Lan Shuhe");
		assert_string_equal(career_posts_line(ro, qiao),
		                    "vice chairman 2018-02-02..2018-02-02 1; president of state 2019-01-10..2021-05-05 7");
		assert_string_equal(career_posts_line(ro, lan), "university president of university 2017-09-01..2017-09-01 1;"
		                                                " president of state 2020-01-01..2020-01-01 1; president 2021-01-01..2021-01-01 1");
		assert_string_equal(career_line(ro, qiao, 0), "vice chairman: q6; president: q1 q2 q3 q4 q5 q7 q8");
		assert_string_equal(career_line(ro, qiao, 2), "vice chairman: q6; president: q3 q4");
		/* two posts named "president", the country's and the bare one */
		readout_answer *got = answer_of(readout_store_person_career_documents(&c, ro, lan, 1), &c);
		assert_int_equal(got->nrows, 3);
		assert_string_equal(at(got, 1, "document"), "l2");
		assert_string_equal(at(got, 2, "document"), "l3");
		assert_int_not_equal(readout_answer_cell(got, 1, 1)->i, readout_answer_cell(got, 2, 1)->i);
		readout_answer_free(got);
		/* the document that writes both titles is one row, with the first title by name */
		got = answer_of(readout_store_person_career_documents(&c, ro, qiao, 3), &c);
		assert_int_equal(got->nrows, 4);
		assert_string_equal(at(got, 2, "document"), "q3");
		assert_string_equal(at(got, 2, "title"), STATE);
		assert_int_equal(got->cut.kept, 3);
		readout_answer_free(got);
		/* seven documents of the one post: a limit of 7 leaves none out, 6 does */
		for (size_t limit = 6; limit <= 7; limit++) {
			got = answer_of(readout_store_person_career_documents(&c, ro, qiao, limit), &c);
			assert_int_equal(got->nrows, limit + 1);
			assert_int_equal(got->cut.kept, limit == 7 ? 0 : 6);
			readout_answer_free(got);
		}
		/* the titles as written stay apart */
		got = answer_of(readout_store_person_titles(&c, ro, qiao), &c);
		assert_int_equal(got->nrows, 3);
		readout_answer_free(got);
		readout_store_close(ro);
	}
#undef BARE
#undef STATE
#undef UNI
}

static void test_store__the_order_documents_come_in_changes_no_person(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		transfer_docs[0], transfer_docs[1], transfer_docs[2], transfer_docs[3], transfer_docs[4], transfer_docs[5],
		/* namesakes at the same time in two prefectures of one province */
		{.id = "wh1", .text = "Wuhan 1", .date = "2021-03-01", .place = "Wuhan", .level = "prefectural",
		 .people = {{"Zhang Wei", "Mayor of Wuhan", "presided"}}},
		{.id = "yc1", .text = "Yichang 1", .date = "2021-04-01", .place = "Yichang", .level = "prefectural",
		 .people = {{"Zhang Wei", "Secretary of the Yichang Municipal Party Committee", "presided"}}},
		{.id = "wh2", .text = "Wuhan 2", .date = "2021-06-01", .place = "Wuhan", .level = "prefectural",
		 .people = {{"Zhang Wei", "Mayor", "presided"}}},
	};
	enum { N = sizeof docs / sizeof *docs };
	/* one document a batch, first in this order, then in the reverse one into a second store */
	readout_store *st = open_rw(f);
	for (size_t i = 0; i < N; i++)
		assert_int_equal(add_docs(st, &docs[i], 1), 1);
	readout_store_close(st);
	char forward[8192];
	snprintf(forward, sizeof forward, "%s", persons_of(f));
	assert_string_equal(forward, "Lou Qin|Yunnan|6;Zhang Wei|Hubei|1;Zhang Wei|Hubei|2");
	if (f->pg)
		return; /* the reverse order needs a second database: a second file on SQLite */
	fixture g = *f;
	snprintf(g.loc, sizeof g.loc, "%.900s/reverse.db", f->dir);
	st = open_rw(&g);
	for (size_t i = N; i-- > 0;)
		assert_int_equal(add_docs(st, &docs[i], 1), 1);
	readout_store_close(st);
	assert_string_equal(persons_of(&g), forward);
}

static void test_store__spellings_of_one_name_are_one_person(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "s1", .text = "spelling 1", .date = "2022-01-01", .place = "Hebei", .level = "provincial",
		 .people = {{"L\xc3\xbc Wei", "Secretary of the Hebei Provincial Party Committee", "presided"}}},
		{.id = "s2", .text = "spelling 2", .date = "2022-02-01", .place = "Hebei", .level = "provincial",
		 .people = {{"Lv Wei", "Secretary of the Hebei Provincial Party Committee", "presided"}}},
		{.id = "s3", .text = "spelling 3", .date = "2022-03-01", .place = "Hebei", .level = "provincial",
		 .people = {{"LYU Wei", NULL, "attended"}}},
		{.id = "s4", .text = "spelling 4", .date = "2022-04-01", .place = "Hebei", .level = "provincial",
		 .people = {{"Chen Min'er", "Secretary of the Provincial Party Committee", "presided"},
		            {"CHEN Miner", NULL, NULL}}},
	};
	add_specs(f, docs, 4);
	assert_string_equal(cell(f, "SELECT name || '/' || documents FROM persons WHERE name_key = 'lvwei'"), "L\xc3\xbc Wei/3");
	assert_int_equal(count(f, "SELECT count(*) FROM persons"), 2);
	readout_store *ro = open_ro(f);
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_person(&c, ro, "Lu: Wei"), &c);
	assert_int_equal(t->nrows, 1);
	readout_answer_free(t);
	readout_store_close(ro);
}

static void test_store__people_filter_on_posts_exactly(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "p1", .text = "posts 1", .date = "2022-01-01", .place = "Hebei", .level = "provincial",
		 .people = {{"Ni Yuefeng", "Secretary of the Hebei Provincial Party Committee", "presided"},
		            {"Lian Yimin", "Deputy Secretary of the Hebei Provincial Party Committee", "attended"},
		            {"Wang Zhengpu", "Governor of Hebei Province", "attended"},
		            {"Chen Gang", "Secretary of the Baoding Municipal Party Committee", "attended"}}},
		{.id = "p2", .text = "posts 2", .date = "2022-02-01", .place = "Yunnan", .level = "provincial",
		 .people = {{"Wang Ning", "Secretary of the Provincial Party Committee", "presided"},
		            {"Calling Out", "Calling on officials", NULL}}},
	};
	add_specs(f, docs, 2);
	readout_store *ro = open_ro(f);
	readout_cursor *c = NULL;
	readout_query q = {.post = "Provincial Party Secretary"};
	readout_answer *t = answer_of(readout_store_people(&c, ro, &q), &c);
	assert_int_equal(t->nrows, 2); /* not the deputy, nor the municipal secretary */
	for (size_t i = 0; i < t->nrows; i++)
		assert_string_equal(at(t, i, "post"), "provincial party secretary");
	readout_answer_free(t);
	q.place = "yunnan";
	t = answer_of(readout_store_people(&c, ro, &q), &c);
	assert_int_equal(t->nrows, 1);
	assert_string_equal(at(t, 0, "name"), "Wang Ning");
	assert_string_equal(at(t, 0, "post_place"), "Yunnan");
	readout_answer_free(t);
	readout_query lq = {.level = "prefectural"};
	t = answer_of(readout_store_people(&c, ro, &lq), &c);
	assert_int_equal(t->nrows, 1);
	assert_string_equal(at(t, 0, "name"), "Chen Gang");
	assert_string_equal(at(t, 0, "post_place"), "Baoding");
	readout_answer_free(t);
	/* a post that is not stored says so, with the nearest that is */
	readout_query bad = {.post = "provincial party secretery"};
	assert_int_equal(readout_store_people(&c, ro, &bad), READOUT_ENOTFOUND);
	assert_null(c);
	if (!strstr(readout_error_message(), "did you mean provincial party secretary"))
		fail_msg("no suggestion: %s", readout_error_message());
	readout_store_close(ro);
	assert_int_equal(count(f, "SELECT count(*) FROM v_unmapped_titles WHERE title = 'Calling on officials'"), 1);
}

/* The overrides file's path in the fixture's folder, with these rows under its header. */
static const char *overrides_file(const fixture *f, const char *rows)
{
	static char path[4200];
	char text[2048];
	snprintf(text, sizeof text, "# test corrections\naction\tname\tfirst\tsecond\n%s", rows);
	support_write(f->dir, "overrides.tsv", text, strlen(text));
	snprintf(path, sizeof path, "%s/overrides.tsv", f->dir);
	return path;
}

static void test_store__overrides_merge_split_and_spell(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		/* undated in two provinces: nothing joins them */
		{.id = "j1", .text = "Jilin", .place = "Jilin", .level = "provincial",
		 .people = {{"Han Jun", "Governor of Jilin Province", "presided"}}},
		{.id = "a1", .text = "Anhui", .place = "Anhui", .level = "provincial",
		 .people = {{"Han Jun", "Secretary of the Anhui Provincial Party Committee", "presided"}}},
		/* central and local one after the other: one person, unless a user says otherwise */
		{.id = "c1", .text = "central", .date = "2021-07-21", .level = "central",
		 .people = {{"Wang Yong", "State Councilor", "spoke"}}},
		{.id = "q1", .text = "Qinghai", .date = "2023-07-21", .place = "Qinghai", .level = "provincial",
		 .people = {{"Wang Yong", "Deputy Secretary-General of the Qinghai Provincial Government", "presided"}}},
		{.id = "l1", .text = "Lu", .date = "2023-01-01", .place = "Hebei", .level = "provincial",
		 .people = {{"L\xc3\xbc Wei", "Secretary of the Hebei Provincial Party Committee", "presided"}}},
	};
	add_specs(f, docs, 5);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'hanjun'"), 2);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'wangyong'"), 1);
	/* a bad row: refused with its line, nothing taken */
	readout_overrides *ov = NULL;
	assert_int_equal(readout_overrides_load(&ov, overrides_file(f, "merge\tHan Jun\tJilin\tAnhwei\n"), support_lexicon()),
	                 READOUT_EINVALID);
	assert_null(ov);
	if (!strstr(readout_error_message(), "overrides.tsv:3: 'Anhwei' is not"))
		fail_msg("message: %s", readout_error_message());
	assert_int_equal(readout_overrides_load(&ov, overrides_file(f, "split\tWang Yong\tlu\n"), support_lexicon()),
	                 READOUT_EINVALID);
	assert_int_equal(readout_overrides_load(&ov, overrides_file(f, "rename\tWang Yong\tQinghai\n"), support_lexicon()),
	                 READOUT_EINVALID);
	assert_int_equal(readout_overrides_load(&ov, overrides_file(f, "merge\tHan Jun\tJilin\tAnhui\n"
	                                                                "split\tWang Yong\tQinghai\n"
	                                                                "spelling\tLu Wei\tL\xc3\xbc Wei\n"),
	                                        support_lexicon()),
	                 0);
	assert_int_equal(readout_overrides_count(ov), 3);
	readout_store *st = open_rw(f);
	readout_resolve_report r;
	assert_int_equal(readout_store_resolve(st, ov, 0, &r), 0);
	readout_overrides_free(ov);
	assert_int_equal(r.overrides, 3);
	assert_int_equal(r.persons_before, 4);
	assert_int_equal(r.persons_after, 4);
	assert_true(r.moved >= 2);
	/* kept in the database: the next ingest applies them */
	doc_spec later = {.id = "l2", .text = "Lu again", .date = "2023-02-01", .place = "Hebei", .level = "provincial",
	                  .people = {{"Lu Wei", "Secretary of the Hebei Provincial Party Committee", "presided"}}};
	assert_int_equal(add_docs(st, &later, 1), 1);
	readout_store_close(st);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'hanjun'"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'wangyong'"), 2);
	assert_string_equal(cell(f, "SELECT name || '/' || documents FROM persons WHERE name_key = 'lvwei'"), "L\xc3\xbc Wei/2");
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'luwei'"), 0);
	assert_int_equal(count(f, "SELECT count(*) FROM person_overrides"), 3);
	readout_store *ro = open_ro(f);
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_person(&c, ro, "Lu Wei"), &c); /* the spelling finds the person */
	assert_int_equal(t->nrows, 1);
	readout_answer_free(t);
	readout_store_close(ro);
	/* dropped again: the persons the rule makes come back */
	st = open_rw(f);
	assert_int_equal(readout_overrides_empty(&ov), 0);
	assert_int_equal(readout_store_resolve(st, ov, 0, &r), 0);
	readout_overrides_free(ov);
	readout_store_close(st);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'hanjun'"), 2);
	assert_int_equal(count(f, "SELECT count(*) FROM persons WHERE name_key = 'wangyong'"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM person_overrides"), 0);
}

static void test_store__people_rebuilt_from_the_records_are_the_same(void **state)
{
	fixture *f = need(state);
	readout_store *st = open_rw(f);
	assert_int_equal(add_samples(st, "s"), 5);
	readout_store_close(st);
	char before[8192];
	snprintf(before, sizeof before, "%s", persons_of(f));
	long roles = count(f, "SELECT count(*) FROM roles"), titles = count(f, "SELECT count(*) FROM person_titles");
	const char *presided = cell(f, "SELECT presided FROM events ORDER BY id LIMIT 1");
	char first_presided[512];
	snprintf(first_presided, sizeof first_presided, "%s", presided ? presided : "");
	st = open_rw(f);
	readout_resolve_report r;
	assert_int_equal(readout_store_resolve(st, NULL, 1, &r), 0);
	readout_store_close(st);
	assert_int_equal(r.documents, 5);
	assert_string_equal(persons_of(f), before);
	assert_int_equal(count(f, "SELECT count(*) FROM roles"), roles);
	assert_int_equal(count(f, "SELECT count(*) FROM person_titles"), titles);
	presided = cell(f, "SELECT presided FROM events ORDER BY id LIMIT 1");
	assert_string_equal(presided ? presided : "", first_presided);
}

/* ---- queries ---- */

static const doc_spec cascade_docs[] = {
	/* added out of order on purpose */
	{.id = "county", .text = "county study session on the congress", .date = "2022-11-03", .place = "Xinji",
	 .level = "county", .subject = "20th National Congress", .type = "study session",
	 .people = {{"Zhao Liang", "Secretary of the County Party Committee", "presided"}}},
	{.id = "prov", .text = "provincial standing committee on the congress", .date = "2022-10-27", .place = "Hebei",
	 .level = "provincial", .subject = "20th National Congress", .type = "standing committee meeting",
	 .people = {{"Ni Yuefeng", "Secretary of the Hebei Provincial Party Committee", "presided"},
	            {"Wang Zhengpu", "Governor of Hebei Province", "attended"}},
	 .formulation = "两个确立"},
	{.id = "central", .text = "central politburo study of the congress", .date = "2022-10-25", .level = "central",
	 .subject = "20th National Congress", .type = "collective study session",
	 .people = {{"Xi Jinping", "General Secretary of the CPC Central Committee", "presided"},
	            {"Li Qiang", "Member of the Political Bureau", "spoke"},
	            {"Cai Qi", "Member of the Political Bureau", "spoke"}},
	 .formulation = "两个确立"},
	{.id = "pref", .text = "prefectural plenary on the congress", .date = "2022-11-01", .place = "Baoding",
	 .level = "prefectural", .subject = "20th National Congress", .type = "plenary meeting",
	 .people = {{"Dang Hui", "Secretary of the Baoding Municipal Party Committee", "presided"}}},
	{.id = "other", .text = "an unrelated symposium", .date = "2021-01-03", .level = "provincial", .place = "Hubei",
	 .subject = "rural revitalization", .type = "symposium", .formulation = "两个维护",
	 .people = {{"Wang Menghui", "Secretary of the Hubei Provincial Party Committee", "presided"}}},
};

static void test_store__cascade_runs_down_the_hierarchy(void **state)
{
	fixture *f = need(state);
	add_specs(f, cascade_docs, 5);
	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_cascade_levels(&c, st, "national congress"), &c);
	assert_int_equal(t->nrows, 7); /* the meeting, four levels, undated, total */
	static const char *const levels[] = {"central", "provincial", "prefectural", "county"};
	static const char *const days[] = {"0", "2", "7", "9"};
	assert_string_equal(at(t, 0, "row"), "meeting");
	assert_string_equal(at(t, 0, "events"), "0"); /* none of its sessions stored */
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(at(t, i + 1, "level"), levels[i]);
		assert_string_equal(at(t, i + 1, "first_day"), days[i]);
		assert_string_equal(at(t, i + 1, "events"), "1");
		assert_string_equal(at(t, i + 1, "day0_from"), "first central relay");
	}
	assert_string_equal(at(t, 6, "row"), "total");
	assert_string_equal(at(t, 6, "events"), "4");
	assert_string_equal(at(t, 6, "median_day"), "4.5");
	readout_answer_free(t);
	t = answer_of(readout_store_cascade_events(&c, st, "national congress", READOUT_CASCADE_EVENTS), &c);
	assert_int_equal(t->nrows, 4);
	assert_string_equal(at(t, 0, "document"), "central");
	assert_string_equal(at(t, 3, "document"), "county");
	assert_int_equal(t->cut.total, 0);
	readout_answer_free(t);
	assert_int_equal(readout_store_cascade_levels(&c, st, ""), READOUT_EINVALID);
	t = answer_of(readout_store_cascade_levels(&c, st, "no such campaign"), &c);
	assert_int_equal(t->nrows, 3); /* the meeting, undated and total rows, with no events */
	assert_string_equal(at(t, 2, "events"), "0");
	assert_null(at(t, 2, "day0"));
	readout_answer_free(t);
	readout_store_close(st);
}

static void test_store__queries_answer_with_named_columns(void **state)
{
	fixture *f = need(state);
	add_specs(f, cascade_docs, 5);
	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	readout_query q = {0};

	readout_answer *t = answer_of(readout_store_people(&c, st, &q), &c);
	assert_int_equal(t->nrows, 8);
	assert_string_equal(t->cols[0].name, "name");
	readout_answer_free(t);
	q.place = "hebei"; /* a person's region, or the place or province of one of their documents */
	t = answer_of(readout_store_people(&c, st, &q), &c);
	assert_int_equal(t->nrows, 4); /* Baoding and Xinji are in Hebei */
	readout_answer_free(t);
	q.place = "Baoding";
	t = answer_of(readout_store_people(&c, st, &q), &c);
	assert_int_equal(t->nrows, 1);
	assert_string_equal(at(t, 0, "name"), "Dang Hui");
	readout_answer_free(t);
	q = (readout_query){.title = "governor"};
	t = answer_of(readout_store_people(&c, st, &q), &c);
	assert_int_equal(t->nrows, 1);
	assert_string_equal(at(t, 0, "name"), "Wang Zhengpu");
	assert_string_equal(at(t, 0, "latest_title"), "Governor of Hebei Province");
	readout_answer_free(t);

	q = (readout_query){.level = "Central"};
	t = answer_of(readout_store_events(&c, st, &q), &c);
	assert_int_equal(t->nrows, 1);
	assert_string_equal(at(t, 0, "presided"), "Xi Jinping");
	assert_string_equal(at(t, 0, "spoke"), "Li Qiang, Cai Qi"); /* in listing order */
	readout_answer_free(t);
	q = (readout_query){.from = "2022-10-26", .to = "2022-11-01"};
	t = answer_of(readout_store_events(&c, st, &q), &c);
	assert_int_equal(t->nrows, 2);
	assert_string_equal(at(t, 0, "document"), "prov");
	assert_string_equal(at(t, 0, "attended"), "1");
	readout_answer_free(t);
	q = (readout_query){.limit = 2};
	t = answer_of(readout_store_events(&c, st, &q), &c);
	assert_int_equal(t->nrows, 2);
	readout_answer_free(t);

	q = (readout_query){0};
	t = answer_of(readout_store_formulation_periods(&c, st, &q), &c);
	/* 两个确立 in 2022-10 (twice), 两个维护 in 2021-01: both in every month between, the most
	 * used first */
	assert_int_equal(t->nrows, 2 * 22);
	assert_string_equal(at(t, 0, "period"), "2021-01");
	assert_string_equal(at(t, 0, "zh"), "两个确立");
	assert_string_equal(at(t, 0, "uses"), "0");
	assert_string_equal(at(t, 1, "uses"), "1");
	assert_string_equal(at(t, 42, "period"), "2022-10");
	assert_string_equal(at(t, 42, "uses"), "2");
	readout_answer_free(t);
	t = answer_of(readout_store_formulation_spans(&c, st, &q), &c);
	assert_string_equal(at(t, 0, "zh"), "两个确立");
	assert_string_equal(at(t, 0, "first_seen"), "2022-10-25");
	readout_answer_free(t);
	/* ISO weeks on both backends: Sunday 2021-01-03 belongs to 2020-W53 */
	q = (readout_query){.by = "week"};
	t = answer_of(readout_store_formulation_periods(&c, st, &q), &c);
	assert_string_equal(at(t, 0, "period"), "2020-W53");
	assert_string_equal(at(t, 2, "period"), "2021-W01");
	assert_string_equal(at(t, t->nrows - 1, "period"), "2022-W43");
	readout_answer_free(t);
	q = (readout_query){.by = "year"};
	t = answer_of(readout_store_formulation_periods(&c, st, &q), &c);
	assert_int_equal(t->nrows, 4); /* 2021 and 2022, both formulations */
	assert_string_equal(at(t, 3, "period"), "2022");
	assert_string_equal(at(t, 3, "uses"), "0");
	readout_answer_free(t);
	static const char *const asked[] = {"两个维护"};
	q = (readout_query){.by = "year", .names = asked, .nnames = 1};
	t = answer_of(readout_store_formulation_periods(&c, st, &q), &c);
	assert_int_equal(t->nrows, 1); /* its one year: the range is the named formulations' */
	assert_string_equal(at(t, 0, "zh"), "两个维护");
	assert_string_equal(at(t, 0, "period"), "2021");
	readout_answer_free(t);
	static const char *const unknown[] = {"two establishmen", "no such tifa"};
	q = (readout_query){.names = unknown, .nnames = 2};
	assert_int_equal(readout_store_formulation_periods(&c, st, &q), READOUT_ENOTFOUND);
	q = (readout_query){.by = "day"};
	assert_int_equal(readout_store_formulation_periods(&c, st, &q), READOUT_EINVALID);
	assert_null(c);
	readout_store_close(st);
}

static void assert_columns(const readout_answer *t, const char *want);

/* The cascade's per-level days: three provincial events (days 2, 3 and 10 after the central
 * one) and two county ones (9 and 12). */
static void test_store__cascade_levels_give_mean_and_median_days(void **state)
{
	fixture *f = need(state);
	static const doc_spec docs[] = {
		{.id = "c", .text = "central", .date = "2022-10-25", .level = "central", .subject = "flood control"},
		{.id = "p1", .text = "p one", .date = "2022-10-27", .level = "provincial", .place = "Hebei", .subject = "flood control"},
		{.id = "p2", .text = "p two", .date = "2022-11-04", .level = "provincial", .place = "Hubei", .subject = "flood control"},
		{.id = "p3", .text = "p three", .date = "2022-10-28", .level = "provincial", .place = "Hunan", .subject = "flood control"},
		{.id = "k1", .text = "k one", .date = "2022-11-06", .level = "county", .place = "Xinji", .subject = "flood control"},
		{.id = "k2", .text = "k two", .date = "2022-11-03", .level = "county", .place = "Xinji", .subject = "flood control"},
	};
	add_specs(f, docs, 6);
	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_cascade_levels(&c, st, "flood"), &c);
	assert_int_equal(t->nrows, 6);
	assert_string_equal(at(t, 2, "level"), "provincial");
	assert_string_equal(at(t, 2, "mean_day"), "5");
	assert_string_equal(at(t, 2, "median_day"), "3");
	assert_string_equal(at(t, 2, "last_day"), "10");
	assert_string_equal(at(t, 3, "level"), "county");
	assert_string_equal(at(t, 3, "median_day"), "10.5");
	assert_string_equal(at(t, 1, "median_day"), "0");
	assert_string_equal(at(t, 5, "median_day"), "6"); /* the total: days 0 2 3 9 10 12 */
	readout_answer_free(t);
	readout_store_close(st);
}

/* A store opened read-only with the lexicon, whose calendar of central meetings
 * (data/meetings.tsv) the cascade reads. */
static readout_store *open_ro_calendar(const fixture *f)
{
	return open_ro_with(f, support_lexicon());
}

/* With the calendar: day 0 is the meeting's close though no session is stored; an event
 * dated while the meeting sat is its own, one dated before it opened prepared it, and
 * neither is a relay. A plenum named without its Central Committee is the nearest one. */
static void test_store__cascade_takes_the_meetings_days_from_the_calendar(void **state)
{
	fixture *f = need(state);
	static const doc_spec docs[] = {
		{.id = "welcome", .text = "welcoming the congress", .date = "2022-09-20", .level = "provincial", .place = "Hebei",
		 .subject = "20th National Congress"},
		{.id = "panel", .text = "a delegation discusses the report", .date = "2022-10-17", .level = "provincial",
		 .place = "Hubei", .subject = "20th National Congress"},
		{.id = "relay", .text = "studying the congress", .date = "2022-10-25", .level = "provincial", .place = "Hunan",
		 .subject = "20th National Congress"},
		{.id = "plenum", .text = "studying the plenum", .date = "2021-11-15", .level = "county", .place = "Xinji",
		 .subject = "6th Plenary Session"},
	};
	add_specs(f, docs, 4);
	readout_store *st = open_ro_calendar(f);
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_cascade_levels(&c, st, "20th National Congress"), &c);
	assert_int_equal(t->nrows, 5); /* meeting, before, provincial, undated, total */
	assert_string_equal(at(t, 0, "row"), "meeting");
	assert_string_equal(at(t, 0, "events"), "1");
	assert_string_equal(at(t, 0, "first_date"), "2022-10-17");
	assert_string_equal(at(t, 1, "row"), "before");
	assert_string_equal(at(t, 1, "first_day"), "-32");
	assert_string_equal(at(t, 2, "level"), "provincial");
	assert_string_equal(at(t, 2, "events"), "1");
	assert_string_equal(at(t, 2, "first_day"), "3");
	assert_string_equal(at(t, 4, "row"), "total");
	assert_string_equal(at(t, 4, "events"), "1");
	assert_string_equal(at(t, 4, "day0"), "2022-10-22");
	assert_string_equal(at(t, 4, "day0_from"), "calendar");
	readout_answer_free(t);
	t = answer_of(readout_store_cascade_events(&c, st, "20th National Congress", READOUT_CASCADE_EVENTS), &c);
	assert_int_equal(t->nrows, 3);
	assert_string_equal(at(t, 0, "kind"), "meeting");
	assert_string_equal(at(t, 1, "kind"), "before");
	assert_string_equal(at(t, 2, "kind"), "relay");
	readout_answer_free(t);
	readout_store_close(st);
	/* one meeting reported twice, its host written two ways: one event of two documents */
	static const doc_spec twice[] = {
		{.id = "pb1", .text = "the politburo studies the congress", .date = "2022-10-25", .level = "central",
		 .subject = "20th National Congress", .type = "collective study session",
		 .host = "Political Bureau of the CPC Central Committee"},
		{.id = "pb2", .text = "the politburo studies the congress again", .date = "2022-10-25", .level = "central",
		 .subject = "20th National Congress", .type = "collective study session",
		 .host = "Political Bureau of the Central Committee of the Communist Party of China (CPC)"},
	};
	add_specs(f, twice, 2);
	st = open_ro_calendar(f);
	t = answer_of(readout_store_cascade_levels(&c, st, "20th National Congress"), &c);
	assert_string_equal(at(t, 2, "level"), "central");
	assert_string_equal(at(t, 2, "events"), "1");
	assert_string_equal(at(t, 2, "documents"), "2");
	readout_answer_free(t);
	t = answer_of(readout_store_cascade_levels(&c, st, "6th Plenary Session"), &c);
	assert_string_equal(at(t, 0, "day0"), "2021-11-11");
	assert_string_equal(at(t, 1, "first_day"), "4");
	readout_answer_free(t);
	readout_store_close(st);
}

/* Dated events per month and level, and per place under their provinces. */
static void test_store__events_per_period_and_per_place(void **state)
{
	fixture *f = need(state);
	add_specs(f, cascade_docs, 5);
	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	readout_query q = {0};
	readout_answer *t = answer_of(readout_store_event_periods(&c, st, &q), &c);
	assert_columns(t, "period:text level:text events:integer");
	static const char *const periods[][2] = {{"2021-01", "provincial"}, {"2022-10", "central"}, {"2022-10", "provincial"},
	                                         {"2022-11", "prefectural"}, {"2022-11", "county"}};
	assert_int_equal(t->nrows, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(at(t, i, "period"), periods[i][0]);
		assert_string_equal(at(t, i, "level"), periods[i][1]);
		assert_string_equal(at(t, i, "events"), "1");
	}
	readout_answer_free(t);
	q = (readout_query){.by = "week", .from = "2022-11-01"};
	t = answer_of(readout_store_event_periods(&c, st, &q), &c);
	assert_int_equal(t->nrows, 2);
	assert_string_equal(at(t, 0, "period"), "2022-W44");
	readout_answer_free(t);
	q = (readout_query){.by = "day"};
	assert_int_equal(readout_store_event_periods(&c, st, &q), READOUT_EINVALID);

	q = (readout_query){0};
	t = answer_of(readout_store_event_places(&c, st, &q), &c);
	assert_columns(t, "province:text place:text level:text events:integer province_events:integer");
	/* Hebei (three events) first, its places by name at one event each; then Hubei; then the
	 * central event, in no province */
	static const char *const places[][3] = {{"Hebei", "Baoding", "prefectural"}, {"Hebei", "Hebei", "provincial"},
	                                        {"Hebei", "Xinji", "county"}, {"Hubei", "Hubei", "provincial"}};
	assert_int_equal(t->nrows, 5);
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(at(t, i, "province"), places[i][0]);
		assert_string_equal(at(t, i, "place"), places[i][1]);
		assert_string_equal(at(t, i, "level"), places[i][2]);
	}
	assert_string_equal(at(t, 0, "province_events"), "3");
	assert_null(at(t, 4, "province"));
	assert_string_equal(at(t, 4, "level"), "central");
	readout_answer_free(t);
	q = (readout_query){.place = "hebei", .type = "plenary"};
	t = answer_of(readout_store_event_places(&c, st, &q), &c);
	assert_int_equal(t->nrows, 1);
	assert_string_equal(at(t, 0, "place"), "Baoding");
	readout_answer_free(t);
	q = (readout_query){.place = "Atlantis"};
	assert_int_equal(readout_store_event_places(&c, st, &q), READOUT_ENOTFOUND);
	readout_store_close(st);
}

/* Formulations narrowed to one (by label or Chinese) and to the documents of a level. */
static void test_store__formulations_by_name_and_level(void **state)
{
	fixture *f = need(state);
	add_specs(f, cascade_docs, 5);
	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	readout_query q = {.formulation = "确立"};
	readout_answer *t = answer_of(readout_store_formulation_periods(&c, st, &q), &c);
	assert_int_equal(t->nrows, 1);
	assert_string_equal(at(t, 0, "period"), "2022-10");
	assert_string_equal(at(t, 0, "uses"), "2");
	readout_answer_free(t);
	q = (readout_query){.formulation = "TWO ESTABLISH", .level = "central"};
	t = answer_of(readout_store_formulation_spans(&c, st, &q), &c);
	assert_int_equal(t->nrows, 1);
	assert_string_equal(at(t, 0, "zh"), "两个确立");
	assert_string_equal(at(t, 0, "uses"), "1");
	readout_answer_free(t);
	q = (readout_query){.level = "provincial", .by = "week"};
	t = answer_of(readout_store_formulation_periods(&c, st, &q), &c);
	/* 两个维护 (Hubei) and 两个确立 (Hebei), each in every week from 2020-W53 to 2022-W43 */
	assert_int_equal(t->nrows, 2 * (1 + 52 + 43));
	assert_string_equal(at(t, 0, "period"), "2020-W53");
	assert_string_equal(at(t, 2, "period"), "2021-W01");
	assert_string_equal(at(t, 2, "uses"), "0");
	readout_answer_free(t);
	q = (readout_query){.formulation = "100%"};
	t = answer_of(readout_store_formulation_spans(&c, st, &q), &c);
	assert_int_equal(t->nrows, 0); /* % is a character */
	readout_answer_free(t);
	q = (readout_query){.level = "national"};
	assert_int_equal(readout_store_formulation_spans(&c, st, &q), READOUT_EINVALID);
	readout_store_close(st);
}

/* An answer's rows as lines (cells as text, NULL as \N, separated by |), sorted, in one string:
 * the caller's to free. */
static int by_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *sorted_lines(const readout_answer *t)
{
	char **lines = calloc(t->nrows + 1, sizeof *lines);
	size_t total = 1;
	assert_non_null(lines);
	for (size_t r = 0; r < t->nrows; r++) {
		char line[1024];
		size_t o = 0;
		for (size_t k = 0; k < t->ncols && o < sizeof line; k++) {
			const char *v = text_of(readout_answer_cell(t, r, k));
			o += (size_t)snprintf(line + o, sizeof line - o, "%s%s", k ? "|" : "", v ? v : "\\N");
		}
		lines[r] = strdup(line);
		assert_non_null(lines[r]);
		total += strlen(line) + 1;
	}
	qsort(lines, t->nrows, sizeof *lines, by_line);
	char *out = malloc(total);
	assert_non_null(out);
	size_t o = 0;
	for (size_t r = 0; r < t->nrows; r++) {
		o += (size_t)sprintf(out + o, "%s\n", lines[r]);
		free(lines[r]);
	}
	out[o] = '\0';
	free(lines);
	return out;
}

/* The formulations per level or place as every use and its document's main event give them
 * (the query the parts ran before the sums were kept), with the filters as SQL literals. */
static char *uses_by_group(readout_store *st, bool by_place, const char *where, size_t limit)
{
	char sql[4096], keep[64] = "";
	if (limit)
		snprintf(keep, sizeof keep, " WHERE y.n <= %zu", limit);
	snprintf(sql, sizeof sql,
	         "SELECT %s, first_seen, last_seen, uses, documents FROM"
	         " (SELECT x.*, dense_rank() OVER (ORDER BY x.total DESC, x.formulation, x.fid) AS n FROM"
	         "  (SELECT f.id AS fid, f.label AS formulation, f.zh, %s, min(u.date) AS first_seen, max(u.date) AS last_seen,"
	         "   sum(u.count) AS uses, count(*) AS documents, sum(sum(u.count)) OVER (PARTITION BY f.id) AS total"
	         "   FROM formulations f JOIN formulation_uses u ON u.formulation_id = f.id"
	         "   LEFT JOIN events e ON e.doc_id = u.doc_id AND e.ord = 0 WHERE 1 = 1%s"
	         "   GROUP BY f.id, f.label, f.zh, %s) x) y%s",
	         by_place ? "formulation, zh, province, place" : "formulation, zh, level",
	         by_place ? "e.province AS province, u.place AS place" : "coalesce(e.level, 'unknown') AS level", where,
	         by_place ? "e.province, u.place" : "coalesce(e.level, 'unknown')", keep);
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_sql(&c, st, sql), &c);
	char *out = sorted_lines(t);
	readout_answer_free(t);
	return out;
}

/* formulations --part levels and places, answered from the sums kept at ingest, are the
 * answers of every use: over several batches, levels (and none), places (one the lexicon does
 * not know, so of no province, and none), undated documents, a document added twice, a
 * changed text under the same name (another document), one rolled back under its savepoint,
 * with each filter the sums answer and with the limit. */
static void test_store__formulation_levels_and_places_sums_equal_the_uses(void **state)
{
	fixture *f = need(state);
	static const doc_spec first[] = {
		{.id = "a", .text = "a Hebei meeting", .date = "2022-10-27", .place = "Hebei", .level = "provincial",
		 .formulation = "两个确立", .uses = 3},
		{.id = "b", .text = "a Baoding meeting", .date = "2022-11-01", .place = "Baoding", .level = "prefectural",
		 .formulation = "两个确立"},
		{.id = "c", .text = "a central meeting", .date = "2022-10-25", .level = "central", .formulation = "两个维护", .uses = 2},
		{.id = "d", .text = "an undated Xinji meeting", .place = "Xinji", .level = "county", .formulation = "两个确立"},
		{.id = "e", .text = "a meeting of no level", .date = "2023-01-05", .place = "Hubei", .formulation = "两个维护"},
	};
	static const doc_spec second[] = {
		{.id = "a", .text = "a Hebei meeting", .date = "2022-10-27", .place = "Hebei", .level = "provincial",
		 .formulation = "两个确立", .uses = 3}, /* the same text again: nothing */
		{.id = "b", .text = "a Baoding meeting, corrected", .date = "2022-11-02", .place = "Baoding", .level = "county",
		 .formulation = "两个确立", .uses = 2},
		{.id = "f", .text = "a meeting nowhere known", .date = "2023-02-01", .place = "Atlantis", .level = "county",
		 .formulation = "共同富裕", .uses = 4},
		{.id = "g", .text = "a meeting of no place", .date = "2021-06-01", .level = "provincial", .formulation = "两个确立"},
		{.id = "h", .text = "another Hebei meeting", .date = "2021-03-01", .place = "Hebei", .level = "provincial",
		 .formulation = "共同富裕"},
	};
	static const doc_spec dropped = {.id = "x", .text = "taken back", .date = "2020-01-01", .place = "Hubei",
	                                 .level = "provincial", .formulation = "两个维护", .uses = 9};
	static const doc_spec kept = {.id = "y", .text = "kept after one taken back", .date = "2020-02-01", .place = "Hubei",
	                              .level = "provincial", .formulation = "两个维护"};
	readout_store *st = open_rw(f);
	assert_int_equal(add_docs(st, first, 5), 5);
	assert_int_equal(add_docs(st, second, 5), 4);
	assert_int_equal(readout_store_begin(st), 0);
	add_one(st, &dropped, false);
	add_one(st, &kept, true);
	assert_int_equal(readout_store_commit(st), 0);
	readout_store_close(st);
	/* the sums are the uses' groups, row for row */
	static const char *const same[] = {
		"SELECT u.formulation_id, coalesce(e.level, 'unknown'), sum(u.count), count(*), min(u.date), max(u.date)"
		" FROM formulation_uses u LEFT JOIN events e ON e.doc_id = u.doc_id AND e.ord = 0"
		" GROUP BY u.formulation_id, coalesce(e.level, 'unknown')",
		"SELECT formulation_id, level, uses, documents, first_date, last_date FROM formulation_levels",
		"SELECT u.formulation_id, e.province, u.place, coalesce(e.level, 'unknown'), sum(u.count), count(*), min(u.date),"
		" max(u.date) FROM formulation_uses u LEFT JOIN events e ON e.doc_id = u.doc_id AND e.ord = 0"
		" GROUP BY u.formulation_id, e.province, u.place, coalesce(e.level, 'unknown')",
		"SELECT formulation_id, CASE WHEN nulls IN (1, 3) THEN NULL ELSE province END,"
		" CASE WHEN nulls >= 2 THEN NULL ELSE place END, level, uses, documents, first_date, last_date"
		" FROM formulation_places",
	};
	char sql[2048];
	for (size_t i = 0; i < 4; i += 2) {
		snprintf(sql, sizeof sql, "SELECT (SELECT count(*) FROM (%s EXCEPT %s) x) + (SELECT count(*) FROM (%s EXCEPT %s) y)",
		         same[i], same[i + 1], same[i + 1], same[i]);
		assert_int_equal(count(f, sql), 0);
	}
	assert_int_equal(count(f, "SELECT count(*) FROM formulation_places WHERE nulls = 1"), 1); /* Atlantis */
	assert_int_equal(count(f, "SELECT count(*) FROM formulation_places WHERE nulls = 3"), 2); /* c and g: no place */
	assert_string_equal(cell(f, "SELECT uses || '/' || documents FROM formulation_levels WHERE level = 'unknown'"), "1/1");

	st = open_ro(f);
	static const struct {
		readout_query q;
		const char *where; /* the same filters on the uses */
	} asked[] = {
		{{0}, ""},
		{{.limit = 1}, ""},
		{{.limit = 2}, ""},
		{{.level = "provincial"}, " AND e.level = 'provincial'"},
		{{.level = "county", .limit = 1}, " AND e.level = 'county'"},
		{{.place = "hebei"}, " AND lower(u.place) = 'hebei'"},
		{{.place = "Baoding", .level = "county"}, " AND lower(u.place) = 'baoding' AND e.level = 'county'"},
		{{.formulation = "确立"}, " AND f.zh LIKE '%确立%'"},
	};
	for (size_t i = 0; i < sizeof asked / sizeof *asked; i++)
		for (int by_place = 0; by_place < 2; by_place++) {
			readout_cursor *c = NULL;
			int rc = by_place ? readout_store_formulation_places(&c, st, &asked[i].q)
			                  : readout_store_formulation_levels(&c, st, &asked[i].q);
			readout_answer *t = answer_of(rc, &c);
			char *got = sorted_lines(t), *want = uses_by_group(st, by_place, asked[i].where, asked[i].q.limit);
			if (strcmp(got, want) != 0)
				fail_msg("question %zu, %s: the sums answer\n%s\nthe uses\n%s", i, by_place ? "places" : "levels", got,
				         want);
			if (i == 0)
				assert_true(t->nrows >= 5);
			free(got);
			free(want);
			readout_answer_free(t);
		}
	readout_store_close(st);
}

/* The documents readout_store_search lists for query and q, as "id,id,...". */
static const char *search_ids(readout_store *st, const char *query, const readout_query *q)
{
	static char out[256];
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_search(&c, st, query, q), &c);
	size_t o = 0;
	out[0] = '\0';
	for (size_t i = 0; i < t->nrows; i++)
		o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", i ? "," : "", at(t, i, "document"));
	readout_answer_free(t);
	return out;
}

static int64_t search_count(readout_store *st, const char *query, const readout_query *q, int64_t most, int *more)
{
	int64_t n = -1;
	int rc = readout_store_search_count(&n, more, st, query, q, most);
	if (rc)
		fail_msg("count: %d %s", rc, readout_error_message());
	return n;
}

static void test_store__search_filters_pages_and_counts(void **state)
{
	fixture *f = need(state);
	add_specs(f, cascade_docs, 5);
	readout_store *st = open_ro(f);
	int more = -1;
	assert_int_equal(search_count(st, "congress", NULL, 0, &more), 4);
	assert_int_equal(more, 0);
	assert_int_equal(search_count(st, "congress", NULL, 2, &more), 2);
	assert_int_equal(more, 1);
	assert_int_equal(search_count(st, "congress", NULL, 4, &more), 4);
	assert_int_equal(more, 0);
	readout_query q = {.level = "County"};
	assert_string_equal(search_ids(st, "congress", &q), "county");
	q = (readout_query){.from = "2022-10-26", .to = "2022-11-02"};
	assert_int_equal(search_count(st, "congress", &q, 0, &more), 2); /* prov, pref */
	q = (readout_query){.place = "hebei"}; /* the place or its province */
	assert_int_equal(search_count(st, "congress", &q, 0, &more), 3);
	q = (readout_query){.person = "XI  jinping"};
	assert_string_equal(search_ids(st, "congress", &q), "central");
	q = (readout_query){.formulation = "两个确立"};
	assert_int_equal(search_count(st, "congress", &q, 0, &more), 2);
	q = (readout_query){.formulation = "establishments", .type = "standing"};
	assert_string_equal(search_ids(st, "congress", &q), "prov");
	q = (readout_query){.subject = "rural"};
	assert_string_equal(search_ids(st, NULL, &q), "other");
	q = (readout_query){.person = "Nobody Atall"};
	assert_int_equal(search_count(st, "congress", &q, 0, &more), 0);
	/* pages: disjoint, and together the whole answer */
	q = (readout_query){.limit = 2};
	char first[256];
	snprintf(first, sizeof first, "%s", search_ids(st, "congress", &q));
	q.offset = 2;
	const char *second = search_ids(st, "congress", &q);
	assert_int_equal(strlen(first) > 0 && strlen(second) > 0, 1);
	assert_null(strstr(first, second));
	q.offset = 4;
	assert_string_equal(search_ids(st, "congress", &q), "");
	/* no words: every document the filters give, newest first, the text's start as snippet */
	assert_string_equal(search_ids(st, NULL, NULL), "county,pref,prov,central,other");
	assert_string_equal(search_ids(st, "  ", &(readout_query){.level = "provincial"}), "prov,other");
	assert_int_equal(search_count(st, "", NULL, 0, &more), 5);
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_search(&c, st, NULL, &(readout_query){.limit = 1}), &c);
	assert_string_equal(at(t, 0, "snippet"), "county study session on the congress");
	assert_null(at(t, 0, "score"));
	readout_answer_free(t);
	q = (readout_query){.place = "Atlantis"};
	assert_int_equal(readout_store_search(&c, st, "congress", &q), READOUT_ENOTFOUND);
	assert_int_equal(readout_store_search_count(&(int64_t){0}, &more, st, "congress", NULL, -1), READOUT_EINVALID);
	readout_store_close(st);
}

/* The version token moves when another connection commits, and on SQLite only then. */
static void test_store__version_moves_with_another_connections_commit(void **state)
{
	fixture *f = need(state);
	add_specs(f, cascade_docs, 1);
	readout_store *reader = open_ro(f);
	char v1[READOUT_STORE_VERSION_MAX], v2[READOUT_STORE_VERSION_MAX], v3[READOUT_STORE_VERSION_MAX];
	assert_int_equal(readout_store_version(v1, sizeof v1, reader), 0);
	assert_true(v1[0] != '\0');
	readout_cursor *c = NULL;
	readout_answer_free(answer_of(readout_store_search(&c, reader, "congress", NULL), &c));
	assert_int_equal(readout_store_version(v2, sizeof v2, reader), 0);
	if (!f->pg) /* PostgreSQL's snapshot also moves with other tests' writes on the server */
		assert_string_equal(v1, v2);
	readout_store *writer = open_rw(f);
	assert_int_equal(add_docs(writer, cascade_docs + 1, 1), 1);
	readout_store_close(writer);
	assert_int_equal(readout_store_version(v3, sizeof v3, reader), 0);
	assert_string_not_equal(v2, v3);
	assert_int_equal(readout_store_version(v3, 1, reader), READOUT_EINVALID);
	/* not while a cursor is open */
	assert_int_equal(readout_store_search(&c, reader, "congress", NULL), 0);
	assert_int_equal(readout_store_version(v3, sizeof v3, reader), READOUT_EBUSY);
	readout_cursor_free(c);
	readout_store_close(reader);
}

/* The rows readout_store_search answers query with. */
static size_t search_rows(readout_store *st, const char *query, size_t limit)
{
	readout_cursor *c = NULL;
	readout_query q = {.limit = limit};
	readout_answer *t = answer_of(readout_store_search(&c, st, query, &q), &c);
	size_t n = t->nrows;
	readout_answer_free(t);
	return n;
}

/* A reader asks the same questions again and again (the web server): each answer is its own,
 * one left half read holds nothing, and another connection's commit is in the next answer. */
static void test_store__a_reader_asking_again_sees_each_new_commit(void **state)
{
	fixture *f = need(state);
	add_specs(f, cascade_docs, 1);
	readout_store *reader = open_ro(f);
	assert_int_equal(search_rows(reader, "congress", 0), 1);
	assert_int_equal(search_rows(reader, "standing", 0), 0);
	/* a question abandoned after its first row */
	readout_cursor *c = NULL;
	assert_int_equal(readout_store_search(&c, reader, "congress", NULL), 0);
	readout_cursor_free(c);
	readout_store *writer = open_rw(f);
	assert_int_equal(add_docs(writer, cascade_docs + 1, 1), 1);
	assert_int_equal(search_rows(reader, "congress", 0), 2);
	assert_int_equal(search_rows(reader, "standing", 0), 1);
	/* more distinct questions than a connection keeps, then the first again */
	char word[32];
	for (int i = 0; i < 80; i++) {
		snprintf(word, sizeof word, i % 2 ? "congress" : "nothing%d", i);
		readout_query q = {.limit = (size_t)i + 1}; /* another statement each time */
		readout_answer *t = answer_of(readout_store_search(&c, reader, word, &q), &c);
		assert_int_equal(t->nrows, i % 2 ? 2 : 0);
		readout_answer_free(t);
	}
	assert_int_equal(add_docs(writer, cascade_docs + 2, 1), 1);
	readout_store_close(writer);
	assert_int_equal(search_rows(reader, "congress", 0), 3);
	readout_store_close(reader);
}

/* The web server answers a page with several questions: inside one read they see one
 * snapshot, so another connection's commit shows only after the read ends. */
static void test_store__a_read_sees_one_snapshot_until_it_ends(void **state)
{
	fixture *f = need(state);
	add_specs(f, cascade_docs, 1);
	readout_store *reader = open_ro(f);
	assert_int_equal(readout_store_read_end(reader), READOUT_EINVALID);
	assert_int_equal(readout_store_read_begin(reader), 0);
	assert_int_equal(readout_store_read_begin(reader), READOUT_EINVALID);
	assert_int_equal(search_rows(reader, "congress", 0), 1);
	readout_store *writer = open_rw(f);
	assert_int_equal(add_docs(writer, cascade_docs + 1, 1), 1);
	assert_int_equal(search_rows(reader, "congress", 0), 1);
	/* a user's SQL inside the read keeps to its snapshot and leaves it open */
	readout_cursor *sq = NULL;
	readout_answer *n = answer_of(readout_store_sql(&sq, reader, "SELECT count(*) AS n FROM documents"), &sq);
	assert_int_equal(n->nrows, 1);
	assert_int_equal(n->cells[0].i, 1);
	readout_answer_free(n);
	assert_int_equal(search_rows(reader, "congress", 0), 1);
	/* not ended while a cursor is open */
	readout_cursor *c = NULL;
	assert_int_equal(readout_store_search(&c, reader, "congress", NULL), 0);
	assert_int_equal(readout_store_read_end(reader), READOUT_EBUSY);
	readout_cursor_free(c);
	assert_int_equal(readout_store_read_end(reader), 0);
	assert_int_equal(search_rows(reader, "congress", 0), 2);
	/* a writer's batch and a read do not nest */
	assert_int_equal(readout_store_read_begin(writer), 0);
	assert_int_equal(readout_store_begin(writer), READOUT_EINVALID);
	assert_int_equal(readout_store_read_end(writer), 0);
	assert_int_equal(readout_store_begin(writer), 0);
	assert_int_equal(readout_store_read_begin(writer), READOUT_EINVALID);
	assert_int_equal(readout_store_rollback(writer), 0);
	readout_store_close(writer);
	readout_store_close(reader);
}

static void test_store__search_ranks_and_marks_the_words(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "once", .text = "The meeting discussed grain output and mentioned rural revitalization once, then water "
		                       "conservancy, flood control and the budget for the coming year in some detail."},
		{.id = "thrice", .text = "Rural revitalization was the theme: rural revitalization plans, funds for rural "
		                         "revitalization and village roads were reviewed by the committee at length."},
		{.id = "none1", .text = "The committee reviewed the budget, the audit of state firms and the school building "
		                        "programme for the coming year, and heard a report on industry."},
		{.id = "none2", .text = "Delegates studied the report of the congress and the party building tasks set for the "
		                        "coming year, with a session on discipline inspection."},
		{.id = "none3", .text = "A symposium on private enterprise heard from entrepreneurs about credit, taxes and "
		                        "the business environment in the province this year."},
	};
	add_specs(f, docs, 5);
	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_search(&c, st, "rural revitalization", NULL), &c);
	assert_int_equal(t->nrows, 2);
	assert_string_equal(at(t, 0, "document"), "thrice");
	assert_string_equal(at(t, 1, "document"), "once");
	assert_true(strtod(at(t, 0, "score"), NULL) >= strtod(at(t, 1, "score"), NULL));
	const char *snip = at(t, 1, "snippet");
	assert_non_null(snip);
	assert_non_null(strstr(snip, "[rural]"));
	assert_non_null(strstr(snip, "[revitalization]"));
	readout_answer_free(t);
	assert_int_equal(search_rows(st, "rural revitalization", 1), 1);
	/* not search syntax: read as plain words */
	assert_int_equal(search_rows(st, "\"rural (revitalization", 0), 2);
	assert_int_equal(search_rows(st, "nonexistentword", 0), 0);
	/* stop words are not searched for: they neither narrow a query nor match alone */
	assert_int_equal(search_rows(st, "revitalization of the rural", 0), 2);
	assert_int_equal(search_rows(st, "the AND rural", 0), 2);
	assert_int_equal(search_rows(st, "\"rural revitalization was the theme\"", 0), 1);
	assert_int_equal(search_rows(st, "the", 0), 0);
	readout_store_close(st);
}

/* "id score|id score|..." of an answer of readout_store_search. */
static void ranking_of(char *out, size_t cap, readout_answer *t)
{
	size_t o = 0;
	out[0] = '\0';
	for (size_t i = 0; i < t->nrows; i++)
		o += (size_t)snprintf(out + o, cap - o, "%s%s %s", i ? "|" : "", at(t, i, "document"), at(t, i, "score"));
}

/* A search's page and count in one question: the same rows and count as the two questions
 * asked apart, the same ranking whichever way the engine is asked (FTS5's own ORDER BY rank
 * for its operators), and a count bound that also bounds the ranking, to the documents
 * stored last. */
static void test_store__search_page_ranks_and_counts_in_one_pass(void **state)
{
	fixture *f = need(state);
	doc_spec docs[6];
	char texts[6][200], ids[6][8];
	for (int i = 0; i < 6; i++) {
		snprintf(ids[i], sizeof ids[i], "d%d", i);
		/* d5 says it most often, d0 least; d0 alone leaves out the harvest, d5 the rain */
		snprintf(texts[i], sizeof texts[i], "The county meeting studied flood control%s and the %s of the year%s.",
		         i == 0 ? "" : i == 1 ? ", flood" : i == 2 ? ", flood, flood" : i == 3 ? ", flood, flood, flood"
		                  : i == 4 ? ", flood, flood, flood, flood" : ", flood, flood, flood, flood, flood",
		         i ? "harvest" : "budget", i < 5 ? " after the rain" : "");
		docs[i] = (doc_spec){.id = ids[i], .text = texts[i]};
	}
	add_specs(f, docs, 6);
	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	int64_t total = -1;
	int more = -1;
	readout_query q = {.limit = 3};
	assert_int_equal(readout_store_search_page(&c, &total, &more, st, "flood control", &q, 0), 0);
	readout_answer *t = answer_of(0, &c);
	char page[512], apart[512];
	ranking_of(page, sizeof page, t);
	readout_answer_free(t);
	assert_int_equal(total, 6);
	assert_int_equal(more, 0);
	t = answer_of(readout_store_search(&c, st, "flood control", &q), &c);
	ranking_of(apart, sizeof apart, t);
	assert_string_equal(page, apart);
	assert_string_equal(at(t, 0, "document"), "d5");
	assert_string_equal(at(t, 2, "document"), "d3");
	readout_answer_free(t);
	/* FTS5 ranks the same query written with its operator the same way */
	t = answer_of(readout_store_search(&c, st, "flood AND control", &q), &c);
	ranking_of(apart, sizeof apart, t);
	readout_answer_free(t);
	if (!f->pg)
		assert_string_equal(page, apart);
	/* a word in half the documents or more (SQLite: checked by its set of documents) still
	 * leaves out those without it */
	assert_int_equal(readout_store_search_page(&c, &total, &more, st, "harvest rain", NULL, 0), 0);
	t = answer_of(0, &c);
	assert_int_equal(total, 4);
	assert_int_equal(t->nrows, 4);
	for (size_t i = 0; i < t->nrows; i++) {
		assert_string_not_equal(at(t, i, "document"), "d0");
		assert_string_not_equal(at(t, i, "document"), "d5");
	}
	assert_non_null(strstr(at(t, 0, "snippet"), "[rain]"));
	readout_answer_free(t);
	/* counted up to 4: more, and (SQLite) ranked among the 5 stored last, d1 to d5 */
	assert_int_equal(readout_store_search_page(&c, &total, &more, st, "flood", &(readout_query){.offset = 3}, 4), 0);
	t = answer_of(0, &c);
	assert_int_equal(total, 4);
	assert_int_equal(more, 1);
	if (!f->pg) {
		assert_int_equal(t->nrows, 2);
		assert_string_equal(at(t, 1, "document"), "d1");
	}
	readout_answer_free(t);
	/* pages end with the documents ranked */
	assert_int_equal(readout_store_search_page(&c, &total, &more, st, "flood", &(readout_query){.offset = 5}, 4), 0);
	t = answer_of(0, &c);
	if (!f->pg)
		assert_int_equal(t->nrows, 0);
	readout_answer_free(t);
	/* a page past the end; no match; a bad bound */
	assert_int_equal(readout_store_search_page(&c, &total, &more, st, "flood", &(readout_query){.offset = 10}, 0), 0);
	t = answer_of(0, &c);
	assert_int_equal(t->nrows, 0);
	assert_int_equal(total, 6);
	readout_answer_free(t);
	assert_int_equal(readout_store_search_page(&c, &total, &more, st, "drought", NULL, 100), 0);
	t = answer_of(0, &c);
	assert_int_equal(t->nrows, 0);
	assert_int_equal(total, 0);
	readout_answer_free(t);
	assert_int_equal(readout_store_search_page(&c, &total, &more, st, "flood", NULL, -1), READOUT_EINVALID);
	readout_store_close(st);
}

static void test_store__hostile_query_arguments_are_inert(void **state)
{
	fixture *f = need(state);
	add_specs(f, cascade_docs, 5);
	readout_store_counts before = counts(f);
	static const char *const hostile[] = {
		"x'; DROP TABLE documents; --", "'", "''", "\"", "\\", "%", "_", "%'--", "'); DELETE FROM persons; --",
		"1 OR 1=1", "Robert'); DROP TABLE persons;--", "$1", "\" OR \"\"=\"", "x' UNION SELECT sql FROM sqlite_master --",
		"中文'", "NULL",
		/* search syntax around stop words (dropped from SQLite searches) */
		"the AND NOT", "\"of the", "text:the OR", "NEAR(the of)", "the* OR of*",
	};
	readout_store *st = open_ro(f);
	for (size_t i = 0; i < sizeof hostile / sizeof *hostile; i++) {
		const char *h = hostile[i];
		readout_cursor *c = NULL;
		readout_answer *t;
		/* places and levels not stored are refused as such, whatever they hold */
		readout_query q = {.place = h, .title = h};
		assert_int_equal(readout_store_people(&c, st, &q), READOUT_ENOTFOUND);
		assert_null(c);
		q = (readout_query){.level = h};
		assert_int_equal(readout_store_people(&c, st, &q), READOUT_EINVALID);
		q = (readout_query){.place = h, .level = h, .type = h, .subject = h, .from = h, .to = h};
		assert_true(readout_store_events(&c, st, &q) < 0);
		assert_null(c);
		/* one filter at a time: % and _ match themselves, not any text */
		q = (readout_query){.subject = h};
		t = answer_of(readout_store_events(&c, st, &q), &c);
		assert_int_equal(t->nrows, 0);
		readout_answer_free(t);
		q = (readout_query){.type = h, .from = h, .to = h};
		t = answer_of(readout_store_events(&c, st, &q), &c);
		assert_int_equal(t->nrows, 0);
		readout_answer_free(t);
		q = (readout_query){.title = h};
		t = answer_of(readout_store_people(&c, st, &q), &c);
		assert_int_equal(t->nrows, 0);
		readout_answer_free(t);
		q = (readout_query){.from = h, .to = h};
		readout_answer_free(answer_of(readout_store_formulation_periods(&c, st, &q), &c));
		readout_answer_free(answer_of(readout_store_formulation_spans(&c, st, &q), &c));
		q = (readout_query){.place = h};
		assert_int_equal(readout_store_formulation_spans(&c, st, &q), READOUT_ENOTFOUND);
		t = answer_of(readout_store_cascade_levels(&c, st, h), &c);
		assert_int_equal(t->nrows, 3); /* no events */
		readout_answer_free(t);
		t = answer_of(readout_store_cascade_events(&c, st, h, 1), &c);
		assert_int_equal(t->nrows, 0);
		readout_answer_free(t);
		assert_int_equal(readout_store_person(&c, st, h), READOUT_ENOTFOUND);
		assert_null(c);
		readout_answer_free(answer_of(readout_store_nearest(&c, st, READOUT_NAMES_PLACES, h, 3), &c));
		readout_answer_free(answer_of(readout_store_nearest(&c, st, READOUT_NAMES_PERSONS, h, 3), &c));
		int rc = readout_store_search(&c, st, h, &(readout_query){.limit = 5});
		assert_true(rc == 0 || rc == READOUT_EINVALID); /* EINVALID: no word in it */
		if (!rc) {
			t = answer_of(rc, &c);
			assert_int_equal(t->nrows, 0);
			readout_answer_free(t);
		}
	}
	readout_store_close(st);
	assert_counts_equal(counts(f), before);
	assert_int_equal(count(f, "SELECT count(*) FROM documents"), 5);
	assert_int_equal(count(f, "SELECT count(*) FROM persons"), 8);
}

static void test_store__sql_refuses_writes(void **state)
{
	fixture *f = need(state);
	add_specs(f, cascade_docs, 2);
	readout_store_counts before = counts(f);
	static const char *const common[] = {
		"INSERT INTO meta(key, value) VALUES('x', 'y')", "UPDATE persons SET name = 'x'", "DELETE FROM documents",
		"DROP TABLE documents", "CREATE TABLE t(a INTEGER)", "ALTER TABLE persons ADD COLUMN x INTEGER",
		"SELECT 1; DELETE FROM documents", "  delete from documents", "/* a comment */ DELETE FROM documents",
		"BEGIN", "COMMIT", "VACUUM", "REINDEX", "ANALYZE", "", "   ",
	};
	static const char *const sqlite_only[] = {
		"ATTACH DATABASE 'other.db' AS other", "DETACH DATABASE main", "PRAGMA user_version = 7",
		"PRAGMA journal_mode = DELETE", "PRAGMA query_only = 0", "PRAGMA writable_schema = 1", "PRAGMA optimize",
		"PRAGMA wal_checkpoint(TRUNCATE)", "WITH x AS (SELECT 1) DELETE FROM documents",
		"VACUUM INTO 'copy.db'", "CREATE TEMP TABLE t(a)", "SELECT load_extension('x')",
	};
	static const char *const pg_only[] = {
		"WITH x AS (DELETE FROM documents RETURNING 1) SELECT count(*) FROM x", "COPY (SELECT 1) TO PROGRAM 'true'",
		"COPY documents TO '/tmp/readout-copy'", "SET default_transaction_read_only = off",
		"SELECT nextval('documents_id_seq')", "EXPLAIN ANALYZE DELETE FROM documents", "TRUNCATE documents",
		"CALL x()", "DO $$ BEGIN DELETE FROM documents; END $$", "LOCK TABLE documents",
	};
	readout_store *st = open_ro(f);
	for (int pass = 0; pass < 2; pass++) {
		const char *const *list = pass == 0 ? common : f->pg ? pg_only : sqlite_only;
		size_t n = pass == 0 ? sizeof common / sizeof *common
		                     : f->pg ? sizeof pg_only / sizeof *pg_only : sizeof sqlite_only / sizeof *sqlite_only;
		for (size_t i = 0; i < n; i++) {
			readout_cursor *t = (readout_cursor *)1;
			int rc = readout_store_sql(&t, st, list[i]);
			if (rc != READOUT_EINVALID)
				fail_msg("'%s' was not refused: %d", list[i], rc);
			assert_null(t);
			assert_true(strlen(readout_error_message()) > 10);
		}
	}
	/* the connection still answers */
	readout_cursor *c = NULL;
	readout_answer *t = answer_of(readout_store_sql(&c, st, "SELECT count(*) AS n FROM documents"), &c);
	assert_string_equal(t->cols[0].name, "n");
	assert_string_equal(at(t, 0, "n"), "2");
	readout_answer_free(t);
	t = answer_of(readout_store_sql(&c, st, "  -- counts\n WITH p AS (SELECT * FROM persons) SELECT count(*) AS n FROM p"), &c);
	assert_string_equal(at(t, 0, "n"), "3");
	readout_answer_free(t);
	if (!f->pg) {
		t = answer_of(readout_store_sql(&c, st, "PRAGMA table_info(persons)"), &c);
		assert_true(t->nrows >= 8);
		readout_answer_free(t);
		readout_answer_free(answer_of(readout_store_sql(&c, st, "SELECT count(*) FROM pragma_table_info('documents')"), &c));
	}
	readout_cursor *t2 = NULL;
	readout_store_close(st);

	/* a read-write store: PostgreSQL runs the query in a read-only transaction, the reading
	 * role's store answers; SQLite asks for a read-only store */
	st = open_rw(f);
	assert_int_equal(readout_store_sql(&t2, st, "DELETE FROM documents"), READOUT_EINVALID);
	if (f->pg) {
		/* the fixture's own role is the server's superuser: refused, whatever the statement */
		assert_int_equal(readout_store_sql(&t2, st, "SELECT count(*) FROM documents"), READOUT_EINVALID);
		assert_non_null(strstr(readout_error_message(), "superuser"));
	}
	readout_store_close(st);
	if (f->pg) {
		st = open_ro(f);
		assert_int_equal(readout_store_sql(&t2, st, "WITH x AS (DELETE FROM documents RETURNING 1) SELECT count(*) FROM x"),
		                 READOUT_EINVALID);
		assert_non_null(strstr(readout_error_message(), "read-only transaction"));
		assert_int_equal(readout_store_sql(&t2, st, "SELECT pg_read_file('PG_VERSION')"), READOUT_EINVALID);
		readout_store_close(st);
	}
	assert_counts_equal(counts(f), before);
	assert_string_equal(cell(f, "SELECT value FROM meta WHERE key = 'schema'"), "2");
}

/* Issue 10: an endless recursive query in readout sql ran until killed, and answers were held
 * whole (2.6 GB). Each query has a time limit, a row limit and, held as a table, a memory
 * limit; rows can be taken one at a time and the query stopped, the connection still fit for
 * the next query (PostgreSQL: its streaming cancelled and drained). */
static void test_store__queries_stop_at_their_limits(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {{.id = "a", .text = "document a", .date = "2022-10-24", .level = "central",
	                    .people = {{"Li Qiang", "Premier of the State Council", "presided"}}}};
	add_specs(f, docs, 1);
	readout_store_options o = READOUT_STORE_OPTIONS_INIT;
	o.readonly = 1;
	o.create = 0;
	o.query_seconds = 1;
	o.max_rows = 10;
	o.max_answer_bytes = 4096;
	readout_store *st = NULL;
	assert_int_equal(readout_store_open(&st, reader_loc(f), NULL, &o), 0);
	readout_cursor *c = NULL;
	readout_answer *t = NULL;
	time_t start = time(NULL);
	assert_int_equal(readout_store_sql(&c, st, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
	                                           "SELECT count(*) FROM c"), READOUT_ETOOBIG);
	assert_non_null(strstr(readout_error_message(), "time limit"));
	assert_true(time(NULL) - start < 15);
	const char *eleven = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 11) SELECT x FROM c";
	assert_int_equal(readout_store_sql(&c, st, eleven), 0);
	assert_int_equal(readout_answer_read(&t, c), READOUT_ETOOBIG);
	assert_null(t);
	assert_non_null(strstr(readout_error_message(), "10 rows"));
	readout_cursor_free(c);
	assert_int_equal(readout_store_sql(&c, st, f->pg ? "SELECT repeat('x', 1000) FROM generate_series(1, 8)"
	                                                 : "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
	                                                   " WHERE x < 8) SELECT printf('%.*c', 1000, 'x') FROM c"), 0);
	assert_int_equal(readout_answer_read(&t, c), READOUT_ETOOBIG);
	assert_non_null(strstr(readout_error_message(), "memory"));
	readout_cursor_free(c);
	/* rows can be taken one at a time and the question left early */
	assert_int_equal(readout_store_sql(&c, st, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
	                                           " WHERE x < 1000000) SELECT x FROM c"), 0);
	for (int64_t i = 1; i <= 3; i++) {
		assert_int_equal(readout_cursor_next(c), 1);
		assert_int_equal(readout_cursor_row(c)[0].i, i);
	}
	readout_cursor_free(c);
	/* the canned queries have the same limits */
	readout_query q = {.limit = 0};
	readout_answer_free(answer_of(readout_store_events(&c, st, &q), &c));
	/* and the connection answers the next query */
	t = answer_of(readout_store_sql(&c, st, "SELECT count(*) AS n FROM documents"), &c);
	assert_string_equal(at(t, 0, "n"), "1");
	readout_answer_free(t);
	readout_store_close(st);
}

/* ---- typed answers (issue 11) ---- */

/* The type of column name, asserting every cell of it is that or NULL. */
static readout_type column_type(const readout_answer *t, const char *name)
{
	int k = readout_answer_column(t, name);
	if (k < 0)
		fail_msg("no column %s", name);
	for (size_t r = 0; r < t->nrows; r++) {
		readout_type got = readout_answer_cell(t, r, (size_t)k)->type;
		if (got != READOUT_TYPE_NULL && got != t->cols[k].type)
			fail_msg("%s row %zu: a %s cell in a %s column", name, r, readout_type_name(got),
			         readout_type_name(t->cols[k].type));
	}
	return t->cols[k].type;
}

/* Asserts the columns of an answer, as "name:type name:type ...". */
static void assert_columns(const readout_answer *t, const char *want)
{
	char got[1024];
	size_t o = 0;
	for (size_t i = 0; i < t->ncols && o < sizeof got; i++)
		o += (size_t)snprintf(got + o, sizeof got - o, "%s%s:%s", i ? " " : "", t->cols[i].name,
		                      readout_type_name(column_type(t, t->cols[i].name)));
	assert_string_equal(got, want);
}

static void test_store__questions_answer_in_types(void **state)
{
	fixture *f = need(state);
	add_specs(f, cascade_docs, 5);
	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	readout_query q = {0};
	readout_answer *t = answer_of(readout_store_people(&c, st, &q), &c);
	assert_columns(t, "name:text region:text latest_title:text documents:integer first_date:date last_date:date "
	                  "person_id:integer post:text post_level:text post_place:text post_first_date:date post_last_date:date");
	assert_int_equal(readout_answer_cell(t, 0, 3)->i, 1);
	readout_answer_free(t);

	t = answer_of(readout_store_events(&c, st, &q), &c);
	assert_columns(t, "date:date level:text place:text host:text type:text subject:text presided:text spoke:text "
	                  "attended:integer document:text url:text");
	int central = -1;
	for (size_t r = 0; r < t->nrows; r++)
		if (!strcmp(at(t, r, "document"), "central"))
			central = (int)r;
	assert_true(central >= 0);
	assert_int_equal(readout_answer_cell(t, (size_t)central, 2)->type, READOUT_TYPE_NULL); /* no place: NULL */
	assert_int_equal(readout_answer_cell(t, (size_t)central, 10)->type, READOUT_TYPE_NULL); /* no url */
	assert_int_equal(readout_answer_cell(t, (size_t)central, 8)->i, 0);
	assert_string_equal(readout_answer_cell(t, (size_t)central, 0)->s, "2022-10-25");
	readout_answer_free(t);

	t = answer_of(readout_store_cascade_levels(&c, st, "congress"), &c);
	assert_columns(t, "row:text level:text events:integer documents:integer first_date:date last_date:date "
	                  "first_day:integer median_day:real last_day:integer mean_day:real day0:date day0_from:text");
	assert_true(readout_answer_cell(t, 4, 9)->r == 9.0);
	readout_answer_free(t);
	t = answer_of(readout_store_cascade_events(&c, st, "congress", 0), &c);
	assert_columns(t, "event:integer kind:text level:text date:date day:integer place:text host:text type:text "
	                  "documents:integer document:text url:text");
	assert_int_equal(readout_answer_cell(t, 3, 4)->i, 9);
	readout_answer_free(t);
	q = (readout_query){.by = "week"};
	t = answer_of(readout_store_formulation_periods(&c, st, &q), &c);
	assert_columns(t, "formulation:text zh:text period:text uses:integer documents:integer");
	readout_answer_free(t);
	t = answer_of(readout_store_formulation_spans(&c, st, &q), &c);
	assert_columns(t, "formulation:text zh:text first_seen:date last_seen:date uses:integer documents:integer");
	readout_answer_free(t);
	t = answer_of(readout_store_search(&c, st, "symposium", NULL), &c);
	assert_columns(t, "document:text date:date place:text snippet:text score:real url:text");
	assert_true(t->nrows > 0 && readout_answer_cell(t, 0, 4)->r > 0);
	readout_answer_free(t);

	/* readout sql: each cell typed as the engine gives it; PostgreSQL also types the columns */
	t = answer_of(readout_store_sql(&c, st, "SELECT 1 AS i, 2.5 AS r, 'x' AS s, NULL AS n, count(*) AS c FROM documents"), &c);
	static const readout_type cells[] = {READOUT_TYPE_INTEGER, READOUT_TYPE_REAL, READOUT_TYPE_TEXT, READOUT_TYPE_NULL,
	                                     READOUT_TYPE_INTEGER};
	for (size_t i = 0; i < 5; i++) {
		assert_int_equal(readout_answer_cell(t, 0, i)->type, cells[i]);
		assert_int_equal(t->cols[i].type, f->pg ? (i == 3 ? READOUT_TYPE_TEXT : cells[i]) : READOUT_TYPE_NULL);
	}
	assert_int_equal(readout_answer_cell(t, 0, 4)->i, 5);
	assert_true(readout_answer_cell(t, 0, 1)->r == 2.5);
	readout_answer_free(t);
	if (f->pg) { /* numeric and date columns */
		t = answer_of(readout_store_sql(&c, st, "SELECT round(2.345, 2) AS x, DATE '2022-10-25' AS d"), &c);
		assert_columns(t, "x:real d:date");
		assert_string_equal(readout_answer_cell(t, 0, 1)->s, "2022-10-25");
		readout_answer_free(t);
	}
	assert_null(readout_type_name(99));
	readout_store_close(st);
}

static void test_store__person_parts_answer_by_id_and_say_what_they_cut(void **state)
{
	fixture *f = need(state);
	doc_spec docs[] = {
		{.id = "a", .text = "meeting a", .date = "2022-10-24", .level = "provincial", .place = "Hebei",
		 .people = {{"Ni Yuefeng", "Secretary of the Hebei Provincial Party Committee", "presided"},
		            {"Wang Zhengpu", "Governor of Hebei Province", "spoke"}}},
		{.id = "b", .text = "meeting b", .date = "2022-10-25", .level = "provincial", .place = "Hebei",
		 .people = {{"Ni Yuefeng", "Secretary of the Hebei Provincial Party Committee", "presided"},
		            {"Wang Zhengpu", "Governor of Hebei Province", "attended"}}},
		{.id = "c", .text = "meeting c", .date = "2022-10-26", .level = "provincial", .place = "Hebei",
		 .people = {{"Ni Yuefeng", "Secretary of the Hebei Provincial Party Committee", "spoke"}}},
	};
	add_specs(f, docs, 3);
	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	readout_answer *who = answer_of(readout_store_person(&c, st, "Ni Yuefeng"), &c);
	assert_columns(who, "person_id:integer name:text region:text documents:integer mentions:integer first_date:date "
	                    "last_date:date");
	assert_int_equal(who->nrows, 1);
	int64_t id = readout_answer_cell(who, 0, 0)->i;
	readout_answer_free(who);

	readout_answer *t = answer_of(readout_store_person_titles(&c, st, id), &c);
	assert_columns(t, "person_id:integer title:text first_date:date last_date:date documents:integer");
	assert_int_equal(readout_answer_cell(t, 0, 4)->i, 3);
	readout_answer_free(t);

	/* the latest two of three: said through the cut; all of them: no cut */
	t = answer_of(readout_store_person_events(&c, st, id, 2), &c);
	assert_columns(t, "person_id:integer date:date role:text listed:integer level:text place:text host:text type:text "
	                  "document:text url:text");
	assert_int_equal(t->nrows, 2);
	assert_string_equal(at(t, 0, "document"), "b");
	assert_string_equal(at(t, 1, "role"), "spoke");
	assert_int_equal(t->cut.kept, 2);
	assert_int_equal(t->cut.total, 3);
	readout_answer_free(t);
	t = answer_of(readout_store_person_events(&c, st, id, 0), &c);
	assert_int_equal(t->nrows, 3);
	assert_int_equal(t->cut.total, 0);
	readout_answer_free(t);

	t = answer_of(readout_store_person_colisted(&c, st, id, 0), &c);
	assert_columns(t, "person_id:integer colisted_id:integer name:text region:text shared_events:integer "
	                  "listed_before:integer listed_after:integer");
	assert_int_equal(t->nrows, 1);
	assert_string_equal(at(t, 0, "name"), "Wang Zhengpu");
	assert_string_equal(at(t, 0, "shared_events"), "2");
	readout_answer_free(t);

	t = answer_of(readout_store_person_order(&c, st, id), &c);
	assert_columns(t, "person_id:integer role:text events:integer average_place:real listed_first:integer");
	assert_string_equal(at(t, 0, "role"), "presided");
	assert_true(readout_answer_cell(t, 0, 3)->r == 1.0);
	readout_answer_free(t);

	/* an id not stored */
	assert_int_equal(readout_store_person_titles(&c, st, 999999), READOUT_ENOTFOUND);
	assert_int_equal(readout_store_person_events(&c, st, -1, 5), READOUT_ENOTFOUND);
	assert_null(c);

	/* one question at a time: a second while a cursor is open is refused, then answered */
	assert_int_equal(readout_store_person_events(&c, st, id, 0), 0);
	assert_int_equal(readout_cursor_next(c), 1);
	readout_cursor *second = NULL;
	assert_int_equal(readout_store_person_order(&second, st, id), READOUT_EBUSY);
	assert_null(second);
	readout_cursor_free(c);
	readout_answer_free(answer_of(readout_store_person_order(&second, st, id), &second));
	readout_store_close(st);
}

static void test_store__names_not_stored_suggest_the_nearest(void **state)
{
	fixture *f = need(state);
	add_specs(f, cascade_docs, 5);
	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	readout_query q = {.place = "Hebie"};
	assert_int_equal(readout_store_people(&c, st, &q), READOUT_ENOTFOUND);
	assert_string_equal(readout_error_message(), "no place 'Hebie' in the database; did you mean Hebei?");
	assert_int_equal(readout_store_events(&c, st, &q), READOUT_ENOTFOUND);
	assert_int_equal(readout_store_formulation_periods(&c, st, &q), READOUT_ENOTFOUND);
	assert_null(c);
	q.place = "xinji"; /* places are case-blind */
	readout_answer_free(answer_of(readout_store_events(&c, st, &q), &c));
	q = (readout_query){.level = "provinical"};
	assert_int_equal(readout_store_events(&c, st, &q), READOUT_EINVALID);
	assert_string_equal(readout_error_message(),
	                    "level 'provinical' is not one of central, provincial, prefectural, county or other");

	assert_int_equal(readout_store_person(&c, st, "Wang Zhengpo"), READOUT_ENOTFOUND);
	assert_string_equal(readout_error_message(), "no person named 'Wang Zhengpo'; did you mean Wang Zhengpu?");
	assert_int_equal(readout_store_person(&c, st, "Zzyzx"), READOUT_ENOTFOUND);
	assert_string_equal(readout_error_message(), "no person named 'Zzyzx'");

	readout_answer *t = answer_of(readout_store_nearest(&c, st, READOUT_NAMES_PLACES, "baodin", 5), &c);
	assert_columns(t, "name:text distance:integer");
	assert_int_equal(t->nrows, 1);
	assert_string_equal(at(t, 0, "name"), "Baoding"); /* as stored */
	assert_string_equal(at(t, 0, "distance"), "0");   /* a beginning of it */
	readout_answer_free(t);
	t = answer_of(readout_store_nearest(&c, st, READOUT_NAMES_PERSONS, "wang", 5), &c);
	assert_int_equal(t->nrows, 2); /* Wang Menghui, Wang Zhengpu */
	readout_answer_free(t);
	assert_int_equal(readout_store_nearest(&c, st, 0, "x", 1), READOUT_EINVALID);
	readout_store_close(st);
}

/* A stored value that is not of its column's type (a hand-edited file) stops the answer with
 * a message naming the column, not a wrong number. SQLite only: PostgreSQL's columns are typed. */
static void test_store__a_value_of_the_wrong_type_is_an_error(void **state)
{
	fixture *f = need(state);
	if (f->pg)
		skip();
	add_specs(f, cascade_docs, 2);
	assert_true(plant(f, "UPDATE persons SET documents = 'many' WHERE name = 'Zhao Liang'"));
	readout_store *st = open_ro(f);
	readout_cursor *c = NULL;
	readout_query q = {0};
	assert_int_equal(readout_store_people(&c, st, &q), 0);
	readout_answer *t = NULL;
	assert_int_equal(readout_answer_read(&t, c), READOUT_EINVALID);
	assert_null(t);
	assert_string_equal(readout_error_message(), "column documents holds 'many', which is not an integer (a damaged database?)");
	readout_cursor_free(c);
	readout_store_close(st);
}

/* ---- main ---- */

#define BOTH(name)                                                                                           \
	cmocka_unit_test_setup_teardown(name, setup_sqlite, teardown)
#define PG(name) cmocka_unit_test_setup_teardown(name, setup_pg, teardown)
#define TESTS(X)                                                                                             \
	X(test_store__creates_then_reopens_read_only), X(test_store__missing_database_is_not_found),             \
	X(test_store__foreign_database_is_refused), X(test_store__corrupt_file_is_refused),                      \
	X(test_store__readding_adds_nothing), X(test_store__rolled_back_document_leaves_no_trace),               \
	X(test_store__failed_commit_keeps_nothing_and_says_why), X(test_store__huge_counts_in_the_database_are_no_overflow), \
	X(test_store__planted_trigger_or_rule_is_refused), \
	X(test_store__batch_memory_grows_with_documents_and_ends_with_the_batch), X(test_store__full_text_index_merges_by_eight_and_flushes_at_4mb),  \
	X(test_store__a_batch_keeps_one_copy_of_a_repeated_string),                                             \
	X(test_store__rolled_back_document_takes_back_people_places_formulations),                              \
	X(test_store__extracted_record_reads_back_whole), X(test_store__impossible_dates_are_stored_as_null),   \
	X(test_store__document_keeps_its_metadata_and_url),                                                      \
	X(test_store__namesakes_in_two_provinces_stay_apart), X(test_store__one_person_twice_in_a_document_counts_once), \
	X(test_store__untitled_mention_joins_the_existing_person),                                               \
	X(test_store__untitled_namesake_joins_the_one_of_its_province),                                           \
	X(test_store__unplaced_mention_goes_with_its_colleagues), X(test_store__national_body_post_is_central), X(test_store__a_bare_post_takes_the_place_its_holders_other_title_names),   \
	X(test_store__a_national_leader_is_one_person_wherever_named),                                           \
	X(test_store__a_transfer_with_a_continuous_history_is_one_person),                                       \
	X(test_store__a_post_that_changed_hands_joins_a_transfer),                                               \
	X(test_store__holders_named_together_undated_make_a_shared_post),                                        \
	X(test_store__the_order_documents_come_in_changes_no_person),                                            \
	X(test_store__spellings_of_one_name_are_one_person), X(test_store__people_filter_on_posts_exactly),      \
	X(test_store__overrides_merge_split_and_spell), X(test_store__people_rebuilt_from_the_records_are_the_same), \
	X(test_store__cascade_runs_down_the_hierarchy),                                                          \
	X(test_store__queries_answer_with_named_columns), X(test_store__search_ranks_and_marks_the_words),       \
	X(test_store__search_page_ranks_and_counts_in_one_pass),                                                 \
	X(test_store__hostile_query_arguments_are_inert), X(test_store__sql_refuses_writes),                    \
	X(test_store__queries_stop_at_their_limits), X(test_store__questions_answer_in_types),                  \
	X(test_store__person_parts_answer_by_id_and_say_what_they_cut),                                          \
	X(test_store__names_not_stored_suggest_the_nearest), X(test_store__a_value_of_the_wrong_type_is_an_error), \
	X(test_store__cascade_levels_give_mean_and_median_days), X(test_store__cascade_takes_the_meetings_days_from_the_calendar), X(test_store__events_per_period_and_per_place),   \
	X(test_store__formulations_by_name_and_level), X(test_store__search_filters_pages_and_counts),            \
	X(test_store__formulation_levels_and_places_sums_equal_the_uses),            \
	X(test_store__version_moves_with_another_connections_commit), X(test_store__a_reader_asking_again_sees_each_new_commit), \
	X(test_store__a_read_sees_one_snapshot_until_it_ends), X(test_store__career_documents_of_a_leader_in_many_documents), \
	X(test_store__career_documents_from_the_index_by_person),                                                \
	X(test_store__a_bare_post_folds_into_the_one_named_post_of_its_rank)

int main(void)
{
	const struct CMUnitTest sqlite_tests[] = {TESTS(BOTH)};
	const struct CMUnitTest pg_tests[] = {TESTS(PG)};
	find_pg();
	if (!pg_dir)
		fprintf(stderr, "test_store: PostgreSQL tests %s: %s\n", ci() ? "FAIL (CI is set)" : "skipped", pg_unavailable);
	int failed = cmocka_run_group_tests_name("store on SQLite", sqlite_tests, support_setup, support_teardown);
	failed += cmocka_run_group_tests_name("store on PostgreSQL", pg_tests, pg_group_setup, pg_group_teardown);
	return failed;
}
