/* query.c — the analyst questions: people, a person and the parts of their profile, events,
 * formulation timelines, the cascade of a campaign down the hierarchy, full-text search,
 * read-only SQL. Each writes one statement and declares its columns' types; store/cursor.c
 * runs it and types the rows. All user input is bound as parameters, never spliced into SQL. */
#include "readout/buf.h"
#include "store/cursor.h"
#include "store/fts_rank.h"
#include "store/fts_words.h"
#include "store/search_stats.h"
#include "store/store_impl.h"
#include "store/suggest.h"
#include "store/timeline.h"
#include "util/error.h"

#include <assert.h>
#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A "contains" filter argument for `LIKE '%' || $n || '%' ESCAPE '\'`: % and _ typed by the
 * user match themselves, not any text. NULL stays NULL; the caller frees the copy. */
static char *like_arg(const char *v, int *rc)
{
	if (!v)
		return NULL;
	char *out = malloc(strlen(v) * 2 + 1), *o = out;
	if (!out) {
		*rc = readout_error__set(READOUT_ENOMEM, "out of memory");
		return NULL;
	}
	for (; *v; v++) {
		if (*v == '%' || *v == '_' || *v == '\\')
			*o++ = '\\';
		*o++ = *v;
	}
	*o = '\0';
	return out;
}


/* The names in one role of an event, in listing order, comma-separated. */
static void role_names(char *out, size_t cap, const readout_store *st, const char *role)
{
	if (st->db->kind == DB_SQLITE) /* group_concat takes no ORDER BY before SQLite 3.44 */
		snprintf(out, cap,
		         "(SELECT group_concat(name, ', ') FROM (SELECT p.name AS name FROM roles r JOIN persons p ON p.id = r.person_id"
		         " WHERE r.event_id = e.id AND r.role = '%s' ORDER BY r.position))",
		         role);
	else
		snprintf(out, cap,
		         "(SELECT string_agg(p.name, ', ' ORDER BY r.position) FROM roles r JOIN persons p ON p.id = r.person_id"
		         " WHERE r.event_id = e.id AND r.role = '%s')",
		         role);
}

/* " LIMIT n", or nothing for 0 (every row). */
static void limit_clause(char *buf, size_t cap, size_t limit)
{
	if (limit)
		snprintf(buf, cap, " LIMIT %zu", limit);
	else
		buf[0] = '\0';
}

/* The queries below read tables and indexes that a database made by an older readout gets at
 * its next writable open. */
static int need_current(const readout_store *st)
{
	if (!st->stale)
		return 0;
	return readout_error__set(READOUT_EINVALID, "this database was made by an older readout: run any `readout ingest` "
	                                            "into it once (even of an empty file) to add the tables this query reads");
}

/* documents as d, for looking up ext_id and url by id: SQLite reads them from the covering
 * index, not from rows that hold whole texts and records (url comes after them, so reading it
 * from the row walks the text's overflow pages: 1,881 events took 28 ms instead of 11).
 * Databases made before that index have one without url, and read url from the row. */
static const char *docs_by_id(const readout_store *st)
{
	if (st->db->kind != DB_SQLITE || st->stale)
		return "documents d";
	return st->url_index ? "documents d INDEXED BY documents_id_ext_url" : "documents d INDEXED BY documents_id_ext";
}

/* A document's url in a select list: NULL where the database is older than urls (version 6,
 * opened by a reader, which cannot upgrade it). */
static const char *doc_url(const readout_store *st)
{
	return st->has_url ? "d.url" : "CAST(NULL AS TEXT) AS url";
}

/* Runs one statement as the answer. */
static int ask(readout_cursor **out, readout_store *st, const char *sql, const char *types, const char *const *params,
               size_t nparams)
{
	cursor_spec spec = {.sql = sql, .params = params, .nparams = nparams, .types = types};
	return cursor__start(out, st, &spec);
}

/* The level filter: one of the levels, or READOUT_EINVALID naming them. */
static int check_level(const char *level)
{
	if (!level || readout_level_find(level) >= 0)
		return 0;
	char allowed[128];
	size_t o = 0;
	for (size_t i = 0; i < READOUT_LEVELS; i++)
		o += (size_t)snprintf(allowed + o, sizeof allowed - o, "%s%s", i ? (i + 1 < READOUT_LEVELS ? ", " : " or ") : "",
		                      readout_level_name(i));
	return readout_error__set(READOUT_EINVALID, "level '%s' is not one of %s", level, allowed);
}

/* The checks every filtered question makes first: levels and places that exist. */
static int check_filters(readout_store *st, const readout_query *q)
{
	int rc = check_level(q->level);
	return rc ? rc : store__check_place(st, q->place);
}

/* A WHERE clause made of the filters actually given, so the planner sees plain conditions it
 * can answer from an index; `(CAST($n AS TEXT) IS NULL OR ...)` for every filter made both
 * engines scan whole tables. */
typedef struct filters {
	char sql[4096];
	size_t len;
	const char *params[12];
	size_t n;
} filters;

/* Appends " AND (clause)" with each "$?" in clause standing for value; nothing when value is
 * NULL. */
static void filter(filters *f, const char *clause, const char *value)
{
	if (!value)
		return;
	assert(f->n < sizeof f->params / sizeof *f->params);
	f->params[f->n++] = value;
	char num[16];
	snprintf(num, sizeof num, "$%zu", f->n);
	size_t cap = sizeof f->sql;
	f->len += (size_t)snprintf(f->sql + f->len, cap - f->len, " AND (");
	for (const char *c = clause; *c && f->len + 16 < cap; c++) {
		if (c[0] == '$' && c[1] == '?') {
			f->len += (size_t)snprintf(f->sql + f->len, cap - f->len, "%s", num);
			c++;
		} else
			f->sql[f->len++] = *c;
	}
	f->len += (size_t)snprintf(f->sql + f->len, cap - f->len, ")");
	assert(f->len + 1 < cap);
}

/* The distinct subjects containing $? (a like_arg pattern): a walk through the subject index
 * from one value to the next, reading one entry per subject instead of every event. */
#define MATCHING_SUBJECTS                                                                          \
	"WITH RECURSIVE s(v) AS (SELECT min(subject) FROM events UNION ALL"                            \
	" SELECT (SELECT min(subject) FROM events WHERE subject > s.v) FROM s WHERE s.v IS NOT NULL)"  \
	" SELECT v FROM s WHERE v IS NOT NULL AND lower(v) LIKE '%' || lower($?) || '%' ESCAPE '\\'"

/* The documents of a level ($?): a document's level is its main event's (ord 0), and the
 * events' index by level finds them without reading the documents' rows, which hold whole
 * texts (on 100,000 documents, a county filter on formulations took 3.9 s through them). */
#define DOCUMENTS_OF_LEVEL "SELECT e.doc_id FROM events e WHERE e.ord = 0 AND e.level = lower($?)"

int readout_store_people(readout_cursor **out, readout_store *st, const readout_query *q)
{
	/* posts and titles come from person_careers and person_posts: person_titles has no index
	 * by person */
	*out = NULL;
	int rc = need_current(st);
	if (rc || (rc = check_level(q->level)) || (rc = store__check_place(st, q->place)) ||
	    (rc = store__check_post(st, q->post)))
		return rc;
	char *title = like_arg(q->title, &rc);
	if (rc)
		return rc;
	/* the posts the filters name, exactly: each person's latest of them */
	filters posts = {.len = 0};
	filter(&posts, "lower(q.name) = lower($?)", q->post);
	filter(&posts, "q.level = lower($?)", q->level);
	filter(&posts, "lower(q.place) = lower($?) OR lower(q.province) = lower($?)", q->place);
	bool by_post = posts.n > 0;
	filters f = posts;
	filter(&f, "EXISTS (SELECT 1 FROM person_posts t WHERE t.person_id = p.id"
	           " AND lower(t.title) LIKE '%' || lower($?) || '%' ESCAPE '\\')",
	       title);
	char sql[8192], lim[32];
	limit_clause(lim, sizeof lim, q->limit);
	snprintf(sql, sizeof sql,
	         "WITH m AS (SELECT c.person_id, q.name AS post, q.level AS post_level, coalesce(q.place, q.province) AS post_place,"
	         "  c.first_date AS post_first_date, c.last_date AS post_last_date,"
	         "  row_number() OVER (PARTITION BY c.person_id ORDER BY c.last_date DESC NULLS LAST, c.first_date DESC NULLS LAST,"
	         "  q.name, q.id) AS k"
	         "  FROM person_careers c JOIN posts q ON q.id = c.post_id WHERE 1 = 1%s)"
	         " SELECT p.name, p.region,"
	         " (SELECT t.title FROM person_posts t WHERE t.person_id = p.id ORDER BY t.last_date DESC NULLS LAST, t.title LIMIT 1) AS latest_title,"
	         " p.documents, p.first_date, p.last_date, p.id AS person_id,"
	         " m.post, m.post_level, m.post_place, m.post_first_date, m.post_last_date"
	         " FROM persons p %s JOIN m ON m.person_id = p.id AND m.k = 1 WHERE 1 = 1%s"
	         " ORDER BY p.documents DESC, p.name, p.id%s",
	         posts.sql, by_post ? "" : "LEFT", f.sql + posts.len, lim);
	rc = ask(out, st, sql, "tttidditttdd", f.params, f.n);
	free(title);
	return rc;
}

int readout_store_person(readout_cursor **out, readout_store *st, const char *name)
{
	*out = NULL;
	int rc = need_current(st);
	if (rc)
		return rc;
	if (!name || !*name)
		return readout_error__set(READOUT_EINVALID, "no name given");
	char key[256];
	name_key(key, sizeof key, name);
	const char *kp[] = {key};
	readout_cursor *c;
	/* a spelling the user's overrides name is the person it names */
	if ((rc = ask(&c, st,
	              "SELECT id AS person_id, name, region, documents, mentions, first_date, last_date FROM persons"
	              " WHERE name_key = coalesce((SELECT b FROM person_overrides WHERE action = 'spelling' AND name_key = $1"
	              " ORDER BY ord LIMIT 1), $1) ORDER BY documents DESC, id",
	              "ittiidd", kp, 1)))
		return rc;
	if (cursor__empty(c)) {
		readout_cursor_free(c);
		return store__no_person(st, name);
	}
	*out = c;
	return 0;
}

/* A person part's argument: persons.id as the text bound to $1. */
typedef struct person_ref {
	char id[24];
	const char *params[1];
} person_ref;

/* Fills r for person after checking the store can answer and has the person (else
 * READOUT_ENOTFOUND); their count of roles at events into *roles when roles is not NULL. */
static int person_ref_of(person_ref *r, readout_store *st, int64_t person, int64_t *roles)
{
	snprintf(r->id, sizeof r->id, "%" PRId64, person);
	r->params[0] = r->id;
	int64_t n;
	int rc = need_current(st);
	if (rc || (rc = store__count(&n, st, "SELECT count(*) FROM persons WHERE id = CAST($1 AS BIGINT)", r->params, 1)))
		return rc;
	if (!n)
		return readout_error__set(READOUT_ENOTFOUND, "no person with id %" PRId64, person);
	return roles ? store__count(roles, st, "SELECT count(*) FROM roles WHERE person_id = CAST($1 AS BIGINT)", r->params, 1)
	             : 0;
}

/* Asks a person part's sql; when cap (0: none) left some of the person's roles out, says so
 * in the cut. */
static int ask_person(readout_cursor **out, readout_store *st, const char *sql, const char *types, const person_ref *r,
                      int64_t cap, int64_t roles)
{
	int rc = ask(out, st, sql, types, r->params, 1);
	if (!rc && cap && roles > cap)
		cursor__set_cut(*out, cap, roles);
	return rc;
}

int readout_store_person_titles(readout_cursor **out, readout_store *st, int64_t person)
{
	*out = NULL;
	person_ref r;
	int rc = person_ref_of(&r, st, person, NULL);
	if (rc)
		return rc;
	/* person_posts: one row per post, kept at ingest (person_titles has one per mention) */
	return ask_person(out, st,
	                  "SELECT person_id, title, first_date, last_date, documents"
	                  " FROM person_posts WHERE person_id = CAST($1 AS BIGINT) ORDER BY first_date, title",
	                  "itddi", &r, 0, 0);
}

int readout_store_person_events(readout_cursor **out, readout_store *st, int64_t person, size_t limit)
{
	*out = NULL;
	char lim[32], sql[1600];
	person_ref r;
	int64_t n = 0;
	int rc = person_ref_of(&r, st, person, &n);
	if (rc)
		return rc;
	/* the latest events only, when limited: a leader named in most readouts has thousands */
	limit_clause(lim, sizeof lim, limit);
	snprintf(sql, sizeof sql,
	         "SELECT CAST($1 AS BIGINT) AS person_id, e.date, x.role, x.position + 1 AS listed, e.level, e.place, e.host,"
	         " e.type, d.ext_id AS document, %s"
	         " FROM (SELECT r.event_id, r.role, r.position, r.date FROM roles r"
	         "  WHERE r.person_id = CAST($1 AS BIGINT) ORDER BY r.date DESC NULLS LAST, r.event_id DESC%s) x"
	         " JOIN events e ON e.id = x.event_id JOIN %s ON d.id = e.doc_id ORDER BY x.date NULLS LAST, x.event_id, x.role",
	         doc_url(st), lim, docs_by_id(st));
	return ask_person(out, st, sql, "idtitttttt", &r, (int64_t)limit, n);
}

int readout_store_person_colisted(readout_cursor **out, readout_store *st, int64_t person, size_t limit)
{
	*out = NULL;
	char lim[32], sql[1600];
	person_ref r;
	int64_t n = 0;
	int rc = person_ref_of(&r, st, person, &n);
	if (rc)
		return rc;
	/* co-listed people counted per person id first, names looked up for the groups only; over
	 * the latest READOUT_COLISTED_EVENTS events of someone who has more */
	limit_clause(lim, sizeof lim, limit);
	snprintf(sql, sizeof sql,
	         "SELECT CAST($1 AS BIGINT) AS person_id, p2.id AS colisted_id, p2.name, p2.region, x.shared_events,"
	         " x.listed_before, x.listed_after FROM"
	         " (SELECT r2.person_id, count(DISTINCT r2.event_id) AS shared_events,"
	         "  sum(CASE WHEN r2.role = r1.role AND r2.position < r1.position THEN 1 ELSE 0 END) AS listed_before,"
	         "  sum(CASE WHEN r2.role = r1.role AND r2.position > r1.position THEN 1 ELSE 0 END) AS listed_after"
	         "  FROM (SELECT r.event_id, r.person_id, r.role, r.position FROM roles r"
	         "   WHERE r.person_id = CAST($1 AS BIGINT) ORDER BY r.date DESC NULLS LAST, r.event_id DESC LIMIT %d) r1"
	         "  JOIN roles r2 ON r2.event_id = r1.event_id AND r2.person_id <> r1.person_id GROUP BY r2.person_id) x"
	         " JOIN persons p2 ON p2.id = x.person_id ORDER BY x.shared_events DESC, p2.name, p2.id%s",
	         READOUT_COLISTED_EVENTS, lim);
	return ask_person(out, st, sql, "iittiii", &r, READOUT_COLISTED_EVENTS, n);
}

int readout_store_person_order(readout_cursor **out, readout_store *st, int64_t person)
{
	*out = NULL;
	person_ref r;
	int rc = person_ref_of(&r, st, person, NULL);
	if (rc)
		return rc;
	return ask_person(out, st,
	                  "SELECT CAST($1 AS BIGINT) AS person_id, role, count(*) AS events,"
	                  " round(avg(position + 1.0), 2) AS average_place,"
	                  " sum(CASE WHEN position = 0 THEN 1 ELSE 0 END) AS listed_first"
	                  " FROM roles WHERE person_id = CAST($1 AS BIGINT) GROUP BY role ORDER BY role",
	                  "itiri", &r, 0, 0);
}

/* A person's ($1) career as analysts read it, as common table expressions of one statement
 * for both backends. k: the person's posts. f: each current bare post (extract/posts.h: a rank
 * alone, "President", the one kind of post stored with neither body nor organization) of a
 * person who holds exactly one other current post of its rank ("president" of the state),
 * with that post: the two are one post written two ways. With two such posts (a university's
 * president and the country's) or none, the bare post cannot say which it is, and stays. s:
 * the career's rows, a post with the bare post folded into it (bare_id) spanning the dates of
 * both. v: each post of k with the row of s it is shown as (shown_id) and that row's dates. */
#define CAREER_FOLD                                                                                \
	"k AS (SELECT c.person_id, c.post_id, c.first_date, c.last_date, c.documents, q.rank, q.former,"  \
	" CASE WHEN q.body IS NULL AND q.organization IS NULL THEN 1 ELSE 0 END AS bare"                   \
	" FROM person_careers c JOIN posts q ON q.id = c.post_id WHERE c.person_id = CAST($1 AS BIGINT)),"  \
	" f AS (SELECT b.post_id AS bare_id, min(n.post_id) AS into_id FROM k b JOIN k n ON n.rank = b.rank"  \
	" AND n.bare = 0 AND n.former = 0 WHERE b.bare = 1 AND b.former = 0 GROUP BY b.post_id HAVING count(*) = 1)," \
	" s AS (SELECT k.person_id, k.post_id, f.bare_id,"                                                 \
	" CASE WHEN b.first_date < k.first_date OR k.first_date IS NULL THEN b.first_date ELSE k.first_date END AS first_date," \
	" CASE WHEN b.last_date > k.last_date OR k.last_date IS NULL THEN b.last_date ELSE k.last_date END AS last_date" \
	" FROM k LEFT JOIN f ON f.into_id = k.post_id LEFT JOIN k b ON b.post_id = f.bare_id"            \
	" WHERE k.post_id NOT IN (SELECT bare_id FROM f)),"                                              \
	" v AS (SELECT s.person_id, k.post_id, s.post_id AS shown_id, s.first_date AS pf, s.last_date AS pl"  \
	" FROM s JOIN k ON k.post_id = s.post_id OR k.post_id = s.bare_id)"

/* The documents of post A that write post B too, A's titles (of person s.person_id) read from
 * person_titles_person_post: the dated ones each a look-up of B's title of the same date and
 * document in that index (B's range is contiguous there, so this reads few pages: through the
 * index by document a bare post in 183,241 documents took 0.9 to 1.6 s, through this one 30 ms
 * of CPU with none in common), the undated ones through the index by document. */
#define CAREER_BOTH(A, B)                                                                          \
	"(SELECT count(DISTINCT t.doc_id) FROM person_titles t WHERE t.person_id = s.person_id"           \
	" AND t.post_id = " A " AND t.date IS NOT NULL AND EXISTS (SELECT 1 FROM person_titles u"        \
	" WHERE u.person_id = t.person_id AND u.post_id = " B " AND u.date = t.date AND u.doc_id = t.doc_id))" \
	" + (SELECT count(DISTINCT t.doc_id) FROM person_titles t WHERE t.person_id = s.person_id"       \
	" AND t.post_id = " A " AND t.date IS NULL AND EXISTS (SELECT 1 FROM person_titles u"             \
	" WHERE u.doc_id = t.doc_id AND u.person_id = t.person_id AND u.post_id = " B "))"

/* The documents of row s of CAREER_FOLD, each once: with a bare post folded in (b, its row
 * of k), both posts' counts less the documents that write both titles, read from the titles
 * of the post of fewer documents. */
#define CAREER_DOCUMENTS                                                                           \
	"CASE WHEN s.bare_id IS NULL THEN k.documents ELSE k.documents + b.documents - CASE"             \
	" WHEN b.documents <= k.documents THEN " CAREER_BOTH("s.bare_id", "s.post_id")                   \
	" ELSE " CAREER_BOTH("s.post_id", "s.bare_id") " END END"

/* The rows of CAREER_FOLD's s with their own (k) and their bare post's (b) rows of k. */
#define CAREER_ROWS " FROM s JOIN k ON k.post_id = s.post_id LEFT JOIN k b ON b.post_id = s.bare_id"

int readout_store_person_career(readout_cursor **out, readout_store *st, int64_t person)
{
	*out = NULL;
	person_ref r;
	int rc = person_ref_of(&r, st, person, NULL);
	if (rc)
		return rc;
	return ask_person(out, st,
	                  "WITH " CAREER_FOLD
	                  " SELECT s.person_id, q.id AS post_id, q.name AS post, q.rank, q.body, q.organization, q.level,"
	                  " q.place, q.province, q.side, s.first_date, s.last_date, " CAREER_DOCUMENTS " AS documents,"
	                  " q.concurrent, q.former" CAREER_ROWS " JOIN posts q ON q.id = s.post_id"
	                  " ORDER BY s.first_date NULLS LAST, s.last_date NULLS LAST, q.name, q.id",
	                  "iittttttttddiii", &r, 0, 0);
}

/* Without person_titles_person_post (a database older than version 13 opened by a reader, or
 * while a bulk load defers it), a person in more documents than this may have each post's
 * latest documents read from the documents by date, newest first, until the limit (a leader
 * named in most documents); else they come from all the person's documents at once. At most
 * CAREER_POSTS posts that way, and only when the walk is the cheaper: it reads about limit *
 * all documents / the post's documents per post, the other way every document of the person
 * (a person in 1 % of a million documents took 5 s by date, 0.2 s the other way). */
enum { CAREER_SCAN_DOCS = 2000, CAREER_POSTS = 48, CAREER_DATE = 16 };

typedef struct career_posts {
	size_t n;
	bool over;
	double walk; /* documents the walk by date is expected to read */
	int64_t all; /* documents stored */
	size_t limit;
	struct {
		char id[24], first[CAREER_DATE], last[CAREER_DATE];
	} p[CAREER_POSTS];
} career_posts;

static int career_post_row(void *ctx, db_stmt *q)
{
	career_posts *cp = ctx;
	if (cp->n == CAREER_POSTS) {
		cp->over = true;
		return 0;
	}
	int64_t docs = db_col_int(q, 3);
	double w = (double)cp->limit * (double)cp->all / (double)(docs > 0 ? docs : 1);
	cp->walk += w < (double)cp->all ? w : (double)cp->all;
	const char *first = db_col_text(q, 1), *last = db_col_text(q, 2);
	snprintf(cp->p[cp->n].id, sizeof cp->p[cp->n].id, "%" PRId64, db_col_int(q, 0));
	/* a date as stored, or empty (no bound) when there is none or it is not a plain date */
	snprintf(cp->p[cp->n].first, CAREER_DATE, "%s", first && strlen(first) == 10 ? first : "");
	snprintf(cp->p[cp->n].last, CAREER_DATE, "%s", last && strlen(last) == 10 ? last : "");
	cp->n++;
	return 0;
}

/* The title of a career document x as written there: the first by name of the person's titles
 * in the document of the posts shown as x's (CAREER_FOLD's v), whichever of them a path read. */
#define CAREER_TITLE                                                                               \
	"(SELECT min(u.title) FROM person_titles u JOIN v w ON w.post_id = u.post_id WHERE u.doc_id = x.doc_id" \
	" AND u.person_id = x.person_id AND w.shown_id = x.post_id) AS title"

/* The latest documents of each post by the documents' date (see CAREER_SCAN_DOCS): per post,
 * its dated documents between the post's first and last dates, newest first, then its undated
 * ones, each part stopping at the limit; the same rows as the query over all documents. */
static int career_documents_by_date(readout_cursor **out, readout_store *st, const person_ref *r, size_t limit,
                                    const career_posts *cp)
{
	/* the documents by date, then the person's row of each (CROSS JOIN: SQLite keeps that order) */
	const char *dp = st->db->kind == DB_SQLITE && !st->stale ? "documents d INDEXED BY documents_date CROSS JOIN person_docs pd"
	                                                          : "documents d CROSS JOIN person_docs pd";
	const char *params[1 + 2 * CAREER_POSTS];
	size_t np = 0;
	params[np++] = r->id;
	readout_buf sql = READOUT_BUF_INIT;
	/* each part names its own post's documents as the post they are shown as: a document of a
	 * bare post and the one it folds into is one row (y) */
	int rc = readout_buf_printf(&sql, "WITH " CAREER_FOLD " SELECT x.person_id, x.post_id, x.post, x.date, " CAREER_TITLE
	                          ", x.document, x.url FROM"
	                          " (SELECT y.*, row_number() OVER (PARTITION BY y.post_id"
	                          " ORDER BY y.date DESC NULLS LAST, y.document DESC) AS k FROM"
	                          " (SELECT DISTINCT person_id, post_id, post, date, doc_id, document, url, pf, pl FROM (");
	for (size_t i = 0; i < cp->n && !rc; i++) {
		char bounds[64] = "";
		if (cp->p[i].first[0] && cp->p[i].last[0]) {
			snprintf(bounds, sizeof bounds, " AND d.date >= $%zu AND d.date <= $%zu", np + 1, np + 2);
			params[np++] = cp->p[i].first;
			params[np++] = cp->p[i].last;
		}
		/* the post's documents, by date: its dated ones newest first; its undated ones only when
		 * fewer than the limit are dated (a corpus may hold many undated documents) */
		char where[256];
		snprintf(where, sizeof where,
		         " WHERE pd.person_id = CAST($1 AS BIGINT) AND pd.doc_id = d.id AND EXISTS (SELECT 1 FROM person_titles t"
		         " WHERE t.doc_id = d.id AND t.person_id = CAST($1 AS BIGINT) AND t.post_id = %s)",
		         cp->p[i].id);
		for (int dated = 1; dated >= 0 && !rc; dated--) {
			rc = readout_buf_printf(
			    &sql,
			    "%sSELECT * FROM (SELECT CAST($1 AS BIGINT) AS person_id, q.id AS post_id, q.name AS post, d.date,"
			    " d.id AS doc_id, d.ext_id AS document, %s, v.pf, v.pl FROM ",
			    i || !dated ? " UNION ALL " : "", doc_url(st));
			/* the undated ones under a one-row count of the dated ones, which stops them before
			 * their scan starts when there are enough */
			if (!rc && !dated)
				rc = readout_buf_printf(&sql,
				                        "(SELECT count(*) AS n FROM (SELECT 1 FROM %s%s AND d.date IS NOT NULL%s LIMIT %zu) AS m)"
				                        " AS g CROSS JOIN ",
				                        dp, where, bounds, limit);
			if (!rc)
				rc = readout_buf_printf(&sql,
				                        "%s CROSS JOIN v CROSS JOIN posts q%s AND v.post_id = %s AND q.id = v.shown_id",
				                        dp, where, cp->p[i].id);
			if (!rc && dated)
				rc = readout_buf_printf(&sql, " AND d.date IS NOT NULL%s", bounds);
			else if (!rc)
				rc = readout_buf_printf(&sql, " AND d.date IS NULL AND g.n < %zu", limit);
			if (!rc)
				rc = readout_buf_printf(&sql, " ORDER BY d.date DESC, d.ext_id DESC LIMIT %zu) AS p%zu%c", limit, i,
				                        dated ? 'd' : 'u');
		}
	}
	if (!rc)
		rc = readout_buf_printf(&sql, ") y0) y) x WHERE x.k <= %zu"
	                          " ORDER BY x.pf NULLS LAST, x.pl NULLS LAST, x.post, x.post_id, x.date NULLS LAST, x.document",
	                    limit);
	rc = rc ? readout_error__set(READOUT_ENOMEM, "out of memory") : ask(out, st, sql.data, "iitdttt", params, np);
	readout_buf_dispose(&sql);
	return rc;
}

/* The post's dated documents, newest first, as (date, doc_id) from person_titles_person_post
 * alone, at most the limit of them. */
#define CAREER_DATED                                                                               \
	"(SELECT u.date FROM person_titles u WHERE u.person_id = v.person_id AND u.post_id = v.post_id"  \
	" AND u.date IS NOT NULL GROUP BY u.date, u.doc_id ORDER BY u.date DESC, u.doc_id DESC LIMIT %zu) z"

/* One part of career_documents_by_post's union: the person's titles of each post of b that
 * WHERE keeps, a document once as the post it is shown as, with that post's dates. */
#define CAREER_PART(WHERE)                                                                         \
	"SELECT b.person_id, b.shown_id AS post_id, b.post, t.date, t.doc_id, d.ext_id AS document, d.url, b.pf, b.pl" \
	" FROM b CROSS JOIN person_titles t CROSS JOIN %s"                                             \
	" WHERE t.person_id = b.person_id AND t.post_id = b.post_id AND " WHERE " AND d.id = t.doc_id"   \
	" GROUP BY b.person_id, b.shown_id, b.post, t.date, t.doc_id, d.ext_id, d.url, b.pf, b.pl"

/* The latest documents of each post from person_titles_person_post. First, per post (b): the
 * date of its limit-th latest dated document and how many of those there are, from the index
 * alone. Then its dated documents from that date on (all of that date, since ties are ordered
 * by the document), and its undated ones only when fewer than the limit are dated; then the
 * same numbering and order as the query over all the person's documents. Each post reads
 * about the limit's worth of index entries, however many documents the person has. The bounds
 * are a table of their own so that each post's range is an index range on either backend. */
static int career_documents_by_post(readout_cursor **out, readout_store *st, const person_ref *r, size_t limit)
{
	assert(st->titles_by_person && st->has_url); /* version 13 on */
	const char *docs = docs_by_id(st);
	char sql[4096];
	int n = snprintf(sql, sizeof sql,
	                 "WITH " CAREER_FOLD ", b AS (SELECT v.person_id, v.post_id, v.shown_id, q.name AS post, v.pf, v.pl,"
	                 " (SELECT min(z.date) FROM " CAREER_DATED ") AS since, (SELECT count(*) FROM " CAREER_DATED ") AS dated"
	                 " FROM v JOIN posts q ON q.id = v.shown_id)"
	                 " SELECT x.person_id, x.post_id, x.post, x.date, " CAREER_TITLE ", x.document, x.url FROM"
	                 " (SELECT y.*, row_number() OVER (PARTITION BY y.post_id"
	                 " ORDER BY y.date DESC NULLS LAST, y.document DESC, y.doc_id DESC) AS k FROM"
	                 " (SELECT DISTINCT * FROM (" CAREER_PART("t.date >= b.since") " UNION ALL "
	                 CAREER_PART("t.date IS NULL AND b.dated < %zu") ") y0) y) x WHERE x.k <= %zu"
	                 " ORDER BY x.pf NULLS LAST, x.pl NULLS LAST, x.post, x.post_id, x.date NULLS LAST, x.document",
	                 limit, limit, docs, docs, limit, limit);
	assert(n > 0 && (size_t)n < sizeof sql);
	(void)n;
	return ask(out, st, sql, "iitdttt", r->params, 1);
}

/* Each post's latest documents without person_titles_person_post: by the documents' date
 * where that walk is the cheaper (see CAREER_SCAN_DOCS), else from all the person's documents
 * (limit 0: all of them, by either way). */
static int career_documents_by_person(readout_cursor **out, readout_store *st, const person_ref *r, size_t limit)
{
	int64_t n = 0;
	int rc = store__count(&n, st, "SELECT count(*) FROM person_docs WHERE person_id = CAST($1 AS BIGINT)", r->params, 1);
	if (rc)
		return rc;
	if (limit && n > CAREER_SCAN_DOCS) {
		career_posts cp = {.limit = limit};
		cursor_spec posts = {.sql = "SELECT post_id, first_date, last_date, documents FROM person_careers"
		                            " WHERE person_id = CAST($1 AS BIGINT) ORDER BY post_id",
		                     .params = r->params, .nparams = 1};
		/* ids are given in order, so the largest is about how many documents there are */
		if ((rc = store__count(&cp.all, st, "SELECT coalesce(max(id), 0) FROM documents", NULL, 0)) ||
		    (rc = cursor__scan(st, &posts, career_post_row, &cp)))
			return rc;
		if (!cp.over && cp.n && cp.walk < (double)n)
			return career_documents_by_date(out, st, r, limit, &cp);
	}
	/* the person's documents by their key, each document's titles by the index on doc_id; a
	 * post given twice in a document is listed once */
	char sql[2048], keep[64] = "";
	if (limit)
		snprintf(keep, sizeof keep, " WHERE x.k <= %zu", limit);
	snprintf(sql, sizeof sql,
	         "WITH " CAREER_FOLD " SELECT x.person_id, x.post_id, x.post, x.date, x.title, x.document, x.url FROM"
	         " (SELECT pd.person_id, v.shown_id AS post_id, q.name AS post, pd.date, min(t.title) AS title, d.ext_id AS document,"
	         "  d.url, v.pf, v.pl,"
	         "  row_number() OVER (PARTITION BY v.shown_id ORDER BY pd.date DESC NULLS LAST, d.ext_id DESC, pd.doc_id DESC) AS k"
	         "  FROM person_docs pd JOIN person_titles t ON t.doc_id = pd.doc_id AND t.person_id = pd.person_id"
	         "  JOIN v ON v.post_id = t.post_id JOIN posts q ON q.id = v.shown_id"
	         "  JOIN %s ON d.id = pd.doc_id WHERE pd.person_id = CAST($1 AS BIGINT)"
	         "  GROUP BY pd.person_id, v.shown_id, q.name, pd.date, pd.doc_id, d.ext_id, d.url, v.pf, v.pl) x%s"
	         " ORDER BY x.pf NULLS LAST, x.pl NULLS LAST, x.post, x.post_id, x.date NULLS LAST, x.document",
	         docs_by_id(st), keep);
	return ask(out, st, sql, "iitdttt", r->params, 1);
}

int readout_store_person_career_documents(readout_cursor **out, readout_store *st, int64_t person, size_t limit)
{
	*out = NULL;
	person_ref r;
	int rc = person_ref_of(&r, st, person, NULL);
	/* the most documents of one post (kept at ingest): a limit under it leaves some out */
	int64_t most = 0;
	if (rc || (rc = store__count(&most, st,
	                             "WITH " CAREER_FOLD " SELECT coalesce(max(" CAREER_DOCUMENTS "), 0)" CAREER_ROWS,
	                             r.params, 1)))
		return rc;
	/* from the index by person wherever it is: there from version 13 on, unless a bulk load
	 * has deferred it (bulk.c); else as before it */
	bool by_post = limit && st->titles_by_person, deferred = false;
	if (by_post && (rc = store__indexes_deferred(st, &deferred)))
		return rc;
	rc = by_post && !deferred ? career_documents_by_post(out, st, &r, limit) : career_documents_by_person(out, st, &r, limit);
	if (!rc && limit && (int64_t)limit < most)
		cursor__set_cut(*out, (int64_t)limit, -1);
	return rc;
}

/* The events questions' filters on events e (from, to, level, place, type, subject), after
 * their checks; the patterns are the caller's to free (event_filters_free). */
typedef struct event_filters {
	filters f;
	char *type, *subject;
} event_filters;

static void event_filters_free(event_filters *a)
{
	free(a->type);
	free(a->subject);
}

static int event_filters_of(event_filters *a, readout_store *st, const readout_query *q)
{
	memset(a, 0, sizeof *a);
	int rc = check_filters(st, q);
	if (rc)
		return rc;
	a->type = like_arg(q->type, &rc);
	if (!rc)
		a->subject = like_arg(q->subject, &rc);
	if (rc) {
		event_filters_free(a);
		return rc;
	}
	filters *f = &a->f;
	filter(f, "e.date >= $?", q->from);
	filter(f, "e.date <= $?", q->to);
	filter(f, "e.level = lower($?)", q->level);
	filter(f, "lower(e.place) = lower($?) OR lower(e.province) = lower($?)", q->place);
	filter(f, "lower(e.type) LIKE '%' || lower($?) || '%' ESCAPE '\\'", a->type);
	filter(f, "e.subject IN (" MATCHING_SUBJECTS ")", a->subject);
	return 0;
}

int readout_store_events(readout_cursor **out, readout_store *st, const readout_query *q)
{
	*out = NULL;
	event_filters a;
	int rc = event_filters_of(&a, st, q);
	if (rc)
		return rc;
	const filters *fp = &a.f;
	char sql[24576], presided[400], spoke[400], attended[160], cut[9216] = "";
	if (!st->stale) { /* kept on the event rows at ingest */
		snprintf(presided, sizeof presided, "e.presided");
		snprintf(spoke, sizeof spoke, "e.spoke");
		snprintf(attended, sizeof attended, "e.attended");
	} else {
		role_names(presided, sizeof presided, st, "presided");
		role_names(spoke, sizeof spoke, st, "spoke");
		snprintf(attended, sizeof attended, "(SELECT count(*) FROM roles r WHERE r.event_id = e.id AND r.role = 'attended')");
	}
	if (!q->limit) /* every row: each event's row read once (the page's way reads it twice) */
		snprintf(sql, sizeof sql,
		         "SELECT e.date, e.level, e.place, e.host, e.type, e.subject, %s AS presided, %s AS spoke,"
		         " %s AS attended, d.ext_id AS document, %s"
		         " FROM events e JOIN %s ON d.id = e.doc_id WHERE 1 = 1%s"
		         " ORDER BY e.date NULLS LAST, d.ext_id, e.ord",
		         presided, spoke, attended, doc_url(st), docs_by_id(st), fp->sql);
	else {
		/* A page of N rows: the N-th date first, from the indexes alone, so that only the rows
		 * up to it (ties included) are joined to their documents and sorted. Without it, a
		 * filter matching 80,000 events read 80,000 document ids for a page of 100. */
		char nth[4352];
		snprintf(nth, sizeof nth, "(SELECT e.date FROM events e WHERE e.date IS NOT NULL%s ORDER BY e.date LIMIT 1 OFFSET %zu)",
		         fp->sql, q->limit - 1);
		/* no N-th date: fewer dated rows than N, and then every row is in the page */
		snprintf(cut, sizeof cut, " AND (e.date <= %s OR %s IS NULL)", nth, nth);
		/* the page is chosen on narrow rows first; names, counts and urls are looked up for it
		 * alone */
		snprintf(sql, sizeof sql,
		         "SELECT e.date, e.level, e.place, e.host, e.type, e.subject, %s AS presided, %s AS spoke,"
		         " %s AS attended, page.ext_id AS document, page.url"
		         " FROM (SELECT e.id, e.date, d.ext_id, %s, e.ord FROM events e JOIN %s ON d.id = e.doc_id WHERE 1 = 1%s%s"
		         "  ORDER BY e.date NULLS LAST, d.ext_id, e.ord LIMIT %zu) page JOIN events e ON e.id = page.id"
		         " ORDER BY page.date NULLS LAST, page.ext_id, page.ord",
		         presided, spoke, attended, doc_url(st), docs_by_id(st), fp->sql, cut, q->limit);
	}
	rc = ask(out, st, sql, "dtttttttitt", fp->params, fp->n);
	event_filters_free(&a);
	return rc;
}

/* The period expression of --by over the date column `date`, written as store/timeline.c
 * writes periods: ISO 8601 weeks as PostgreSQL's IYYY-IW (the week's Thursday gives year and
 * number), months, years. */
static void period_sql(char *out, size_t cap, const readout_store *st, int kind, const char *date)
{
	if (kind != PERIOD_WEEK)
		snprintf(out, cap, "substr(%s, 1, %d)", date, kind == PERIOD_YEAR ? 4 : 7);
	else if (st->db->kind == DB_SQLITE)
		snprintf(out, cap, "(strftime('%%Y', %s, '-3 days', 'weekday 4') || '-W' ||"
		                   " printf('%%02d', (strftime('%%j', %s, '-3 days', 'weekday 4') - 1) / 7 + 1))",
		         date, date);
	else
		snprintf(out, cap, "to_char(%s::date, 'IYYY-\"W\"IW')", date);
}

/* --by: month (the default), week or year; *kind says which (enum period_kind). */
static int period_of(int *kind, const char *by)
{
	if ((*kind = period_kind_of(by)) < 0)
		return readout_error__set(READOUT_EINVALID, "period '%s' is not month, week or year", by);
	return 0;
}

/* Down the hierarchy: the levels in order, then the rest; over the level column `level`. */
static void level_rank(char *out, size_t cap, const char *level)
{
	size_t o = (size_t)snprintf(out, cap, "CASE %s", level);
	for (size_t i = 0; i < READOUT_LEVELS; i++)
		o += (size_t)snprintf(out + o, cap - o, " WHEN '%s' THEN %zu", readout_level_name(i), i + 1);
	snprintf(out + o, cap - o, " ELSE %d END", READOUT_LEVELS + 1);
}

int readout_store_event_periods(readout_cursor **out, readout_store *st, const readout_query *q)
{
	*out = NULL;
	int week;
	int rc = period_of(&week, q->by);
	event_filters a;
	if (rc || (rc = event_filters_of(&a, st, q)))
		return rc;
	char sql[8192], period[256], rank[256];
	period_sql(period, sizeof period, st, week, "e.date");
	level_rank(rank, sizeof rank, "x.level");
	snprintf(sql, sizeof sql,
	         "SELECT x.period, x.level, count(*) AS events FROM"
	         " (SELECT %s AS period, coalesce(e.level, 'unknown') AS level FROM events e WHERE e.date IS NOT NULL%s) x"
	         " GROUP BY x.period, x.level ORDER BY x.period, %s",
	         period, a.f.sql, rank);
	rc = ask(out, st, sql, "tti", a.f.params, a.f.n);
	event_filters_free(&a);
	return rc;
}

int readout_store_event_places(readout_cursor **out, readout_store *st, const readout_query *q)
{
	*out = NULL;
	event_filters a;
	int rc = event_filters_of(&a, st, q);
	if (rc)
		return rc;
	char sql[8192];
	snprintf(sql, sizeof sql,
	         "SELECT province, place, level, events, province_events FROM"
	         " (SELECT e.province AS province, e.place AS place, coalesce(e.level, 'unknown') AS level, count(*) AS events,"
	         "  CAST(sum(count(*)) OVER (PARTITION BY e.province) AS BIGINT) AS province_events"
	         "  FROM events e WHERE 1 = 1%s GROUP BY e.province, e.place, coalesce(e.level, 'unknown')) x"
	         " ORDER BY province_events DESC, province NULLS LAST, events DESC, place NULLS LAST, level",
	         a.f.sql);
	rc = ask(out, st, sql, "tttii", a.f.params, a.f.n);
	event_filters_free(&a);
	return rc;
}

/* What the formulation questions start from: their checks, the uses' filters (from, to,
 * place, level), the formulations asked for and the limit. */
typedef struct formulation_args {
	filters f;
	char lim[32];
	int kind;        /* enum period_kind */
	bool unfiltered; /* no filter on the uses: formulation_months, kept at ingest, has the sums */
	char *pattern;   /* the formulation filter's LIKE argument, or NULL */
	char *ids;       /* " AND f.id IN (...)" for the formulations named, or "" */
} formulation_args;

static void formulation_args_free(formulation_args *a)
{
	free(a->pattern);
	free(a->ids);
}

/* Whether text contains part, ASCII letters case-blind. */
static bool contains_ci(const char *text, const char *part)
{
	size_t n = strlen(part);
	for (; *text; text++)
		if (!strncasecmp(text, part, n))
			return true;
	return n == 0;
}

/* READOUT_ENOTFOUND for a formulation name that is none stored, naming the nearest labels. */
static int no_formulation(const readout_answer *all, const char *name)
{
	const char **labels = malloc((all->nrows ? all->nrows : 1) * sizeof *labels);
	if (!labels)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	for (size_t r = 0; r < all->nrows; r++)
		labels[r] = readout_answer_cell(all, r, 1)->s;
	size_t near[3], n = readout_nearest(near, 3, name, labels, all->nrows);
	char list[512] = "";
	size_t o = 0;
	for (size_t i = 0; i < n && o < sizeof list; i++)
		o += (size_t)snprintf(list + o, sizeof list - o, "%s'%s'", i == 0 ? "" : i + 1 < n ? ", " : " or ",
		                      labels[near[i]]);
	free(labels);
	if (n)
		return readout_error__set(READOUT_ENOTFOUND, "no formulation '%s' in the database; did you mean %s?", name, list);
	return readout_error__set(READOUT_ENOTFOUND, "no formulation '%s' in the database (readout formulations --part "
	                                             "spans lists them)", name);
}

/* Whether formulation row r (id, label, zh, pinyin) is the one named: its label, Chinese or
 * pinyin, case-blind; else (exact false) whether its label or Chinese contains the name. */
static bool names_formulation(const readout_answer *all, size_t r, const char *name, bool exact)
{
	for (size_t k = 1; k < 4; k++) {
		const readout_cell *c = readout_answer_cell(all, r, k);
		if (c->type == READOUT_TYPE_NULL)
			continue;
		if (exact ? !strcasecmp(c->s, name) : k < 3 && contains_ci(c->s, name))
			return true;
	}
	return false;
}

/* The formulations named (readout_query.names) as a clause on f.id into a->ids: for each name
 * the formulation so named, else those containing it; READOUT_ENOTFOUND for a name that is
 * none of them, naming the nearest labels. */
static int formulation_ids(formulation_args *a, readout_store *st, const readout_query *q)
{
	readout_cursor *c;
	readout_answer *all = NULL;
	int rc = ask(&c, st, "SELECT id, label, zh, pinyin FROM formulations ORDER BY id", "ittt", NULL, 0);
	if (!rc) {
		rc = readout_answer_read(&all, c);
		readout_cursor_free(c);
	}
	readout_buf ids = READOUT_BUF_INIT;
	if (!rc)
		rc = readout_buf_puts(&ids, " AND f.id IN (");
	size_t listed = 0;
	for (size_t i = 0; i < q->nnames && !rc; i++) {
		const char *name = q->names[i];
		size_t found = 0;
		for (int exact = 1; exact >= 0 && !found && !rc; exact--)
			for (size_t r = 0; r < all->nrows && !rc; r++)
				if (names_formulation(all, r, name, exact)) {
					rc = readout_buf_printf(&ids, "%s%" PRId64, listed++ ? ", " : "", readout_answer_cell(all, r, 0)->i);
					found++;
				}
		if (!found && !rc)
			rc = no_formulation(all, name);
	}
	if (!rc)
		rc = readout_buf_puts(&ids, ")");
	if (!rc && !(a->ids = strdup(ids.data)))
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
	readout_buf_dispose(&ids);
	readout_answer_free(all);
	return rc;
}

/* The formulation filter (a like_arg pattern, or NULL): it is on formulations f, which every
 * way of answering reads. */
static void formulation_filter(filters *f, const char *pattern)
{
	filter(f, "lower(f.label) LIKE '%' || lower($?) || '%' ESCAPE '\\' OR f.zh LIKE '%' || $? || '%' ESCAPE '\\'",
	       pattern);
}

static int formulation_args_of(formulation_args *a, readout_store *st, const readout_query *q)
{
	memset(a, 0, sizeof *a);
	int rc = period_of(&a->kind, q->by);
	if (rc || (rc = check_level(q->level)) || (rc = store__check_place(st, q->place)))
		return rc;
	filter(&a->f, "u.date >= $?", q->from);
	filter(&a->f, "u.date <= $?", q->to);
	filter(&a->f, "lower(u.place) = lower($?)", q->place);
	filter(&a->f, "u.doc_id IN (" DOCUMENTS_OF_LEVEL ")", q->level);
	a->unfiltered = a->f.n == 0;
	if (!(a->pattern = like_arg(q->formulation, &rc)) && rc)
		return rc;
	formulation_filter(&a->f, a->pattern);
	limit_clause(a->lim, sizeof a->lim, q->limit);
	if (q->nnames)
		return formulation_ids(a, st, q);
	return (a->ids = strdup("")) ? 0 : readout_error__set(READOUT_ENOMEM, "out of memory");
}

int readout_store_formulation_periods(readout_cursor **out, readout_store *st, const readout_query *q)
{
	*out = NULL;
	formulation_args a;
	readout_answer *sparse = NULL, *whole = NULL;
	int rc = formulation_args_of(&a, st, q);
	if (rc)
		goto done;
	/* the periods with uses, by period; store/timeline.c adds those without and the limit */
	char sql[8192 + 64], period[256];
	if (a.unfiltered && a.kind != PERIOD_WEEK) {
		/* from the months kept at ingest ('YYYY-MM', which sort after formulation_months' ''
		 * undated and '*' all-time rows); a document is in one month, so months add up */
		if ((rc = need_current(st)))
			goto done;
		period_sql(period, sizeof period, st, a.kind, "m.month");
		snprintf(sql, sizeof sql,
		         "SELECT f.id, f.label, f.zh, %s AS period, sum(m.uses) AS uses, sum(m.documents) AS documents"
		         " FROM formulation_months m JOIN formulations f ON f.id = m.formulation_id WHERE m.month >= '0'%s%s"
		         " GROUP BY f.id, f.label, f.zh, %s ORDER BY period, f.id",
		         period, a.f.sql, a.ids, period);
	} else {
		period_sql(period, sizeof period, st, a.kind, "u.date");
		snprintf(sql, sizeof sql,
		         "SELECT f.id, f.label, f.zh, %s AS period, sum(u.count) AS uses, count(*) AS documents"
		         " FROM formulations f JOIN formulation_uses u ON u.formulation_id = f.id WHERE u.date IS NOT NULL%s%s"
		         " GROUP BY f.id, f.label, f.zh, %s ORDER BY period, f.id",
		         period, a.f.sql, a.ids, period);
	}
	if (strlen(sql) + 1 >= sizeof sql) {
		rc = readout_error__set(READOUT_ETOOBIG, "too many formulations named");
		goto done;
	}
	readout_cursor *c;
	if ((rc = ask(&c, st, sql, "itttii", a.f.params, a.f.n)))
		goto done;
	rc = readout_answer_read(&sparse, c);
	readout_cursor_free(c);
	if (!rc && !(rc = timeline__fill(&whole, sparse, a.kind, q->from, q->to, q->limit, st->max_rows)))
		rc = cursor__over(out, st, whole);
done:
	readout_answer_free(sparse);
	formulation_args_free(&a);
	return rc;
}

int readout_store_formulation_spans(readout_cursor **out, readout_store *st, const readout_query *q)
{
	*out = NULL;
	formulation_args a;
	int rc = formulation_args_of(&a, st, q);
	if (rc)
		goto done;
	char sql[8192 + 64];
	if (a.unfiltered) { /* the '*' row of each formulation holds its totals */
		if ((rc = need_current(st)))
			goto done;
		snprintf(sql, sizeof sql,
		         "SELECT f.label AS formulation, f.zh, m.first_date AS first_seen, m.last_date AS last_seen,"
		         " m.uses, m.documents"
		         " FROM formulation_months m JOIN formulations f ON f.id = m.formulation_id WHERE m.month = '*'%s%s"
		         " ORDER BY m.uses DESC, f.label%s",
		         a.f.sql, a.ids, a.lim);
	} else {
		snprintf(sql, sizeof sql,
		         "SELECT f.label AS formulation, f.zh, min(u.date) AS first_seen, max(u.date) AS last_seen,"
		         " sum(u.count) AS uses, count(*) AS documents"
		         " FROM formulations f JOIN formulation_uses u ON u.formulation_id = f.id WHERE 1 = 1%s%s"
		         " GROUP BY f.id, f.label, f.zh ORDER BY uses DESC, f.label%s",
		         a.f.sql, a.ids, a.lim);
	}
	rc = strlen(sql) + 1 < sizeof sql ? ask(out, st, sql, "ttddii", a.f.params, a.f.n)
	                                  : readout_error__set(READOUT_ETOOBIG, "too many formulations named");
done:
	formulation_args_free(&a);
	return rc;
}

/* The formulations' uses per group (level or place: the SQL expressions `keys`, named and
 * typed by the answer's columns), the most used formulations first, `limit` (0: all) of them
 * each with all its groups, from every use. */
static int formulation_groups(readout_cursor **out, readout_store *st, const readout_query *q, const formulation_args *a,
                              const char *keys, const char *group, const char *columns, const char *order,
                              const char *types)
{
	char sql[12288], keep[64] = "";
	if (q->limit)
		snprintf(keep, sizeof keep, " WHERE y.n <= %zu", q->limit);
	/* a use's level and place are its document's, as its main event (ord 0) gives them */
	snprintf(sql, sizeof sql,
	         "SELECT %s, first_seen, last_seen, uses, documents FROM"
	         " (SELECT x.*, dense_rank() OVER (ORDER BY x.total DESC, x.formulation, x.fid) AS n FROM"
	         "  (SELECT f.id AS fid, f.label AS formulation, f.zh, %s, min(u.date) AS first_seen, max(u.date) AS last_seen,"
	         "   sum(u.count) AS uses, count(*) AS documents, sum(sum(u.count)) OVER (PARTITION BY f.id) AS total"
	         "   FROM formulations f JOIN formulation_uses u ON u.formulation_id = f.id"
	         "   LEFT JOIN events e ON e.doc_id = u.doc_id AND e.ord = 0 WHERE 1 = 1%s%s"
	         "   GROUP BY f.id, f.label, f.zh, %s) x) y%s"
	         " ORDER BY y.n, %s",
	         columns, keys, a->f.sql, a->ids, group, keep, order);
	return strlen(sql) + 1 < sizeof sql ? ask(out, st, sql, types, a->f.params, a->f.n)
	                                    : readout_error__set(READOUT_ETOOBIG, "too many formulations named");
}

/* formulation_places keeps NULL as '' with a bit in nulls (1 province, 2 place) */
#define SUM_PROVINCE "CASE WHEN g.nulls IN (1, 3) THEN NULL ELSE g.province END"
#define SUM_PLACE "CASE WHEN g.nulls >= 2 THEN NULL ELSE g.place END"

/* The parts by level and by place from the sums kept at ingest: the formulations ranked
 * first, from their totals (a few hundred rows), then their groups summed and sorted once. A
 * place's levels are in formulation_places, which is keyed by level too. */
static int formulation_sums(readout_cursor **out, readout_store *st, const readout_query *q, bool by_place,
                            const char *pattern, const char *ids, const char *columns, const char *order,
                            const char *types)
{
	filters fl = {0};
	/* a level filter is on events.level as stored, as DOCUMENTS_OF_LEVEL's; a valid level is
	 * never 'unknown', which stands for NULL here */
	filter(&fl, "g.level = lower($?)", q->level);
	filter(&fl, "lower(g.place) = lower($?) AND g.nulls < 2", q->place);
	char on_groups[sizeof fl.sql];
	snprintf(on_groups, sizeof on_groups, "%s", fl.sql); /* the filters on g alone */
	formulation_filter(&fl, pattern);
	const char *totals = q->place ? "formulation_places" : "formulation_levels";
	const char *groups = by_place || q->place ? "formulation_places" : "formulation_levels";
	char sql[12288], keep[64] = "";
	if (q->limit)
		snprintf(keep, sizeof keep, " AND t.n <= %zu", q->limit);
	snprintf(sql, sizeof sql,
	         "SELECT %s, first_seen, last_seen, uses, documents FROM"
	         " (SELECT t.n, t.formulation, t.zh, %s, min(g.first_date) AS first_seen, max(g.last_date) AS last_seen,"
	         "  sum(g.uses) AS uses, sum(g.documents) AS documents FROM"
	         "  (SELECT s.fid, s.formulation, s.zh, dense_rank() OVER (ORDER BY s.total DESC, s.formulation, s.fid) AS n FROM"
	         "   (SELECT f.id AS fid, f.label AS formulation, f.zh, sum(g.uses) AS total FROM formulations f"
	         "    JOIN %s g ON g.formulation_id = f.id WHERE 1 = 1%s%s GROUP BY f.id, f.label, f.zh) s) t"
	         "  JOIN %s g ON g.formulation_id = t.fid WHERE 1 = 1%s%s"
	         "  GROUP BY t.n, t.fid, t.formulation, t.zh, %s) y"
	         " ORDER BY y.n, %s",
	         columns, by_place ? SUM_PROVINCE " AS province, " SUM_PLACE " AS place" : "g.level AS level", totals, fl.sql,
	         ids, groups, on_groups, keep, by_place ? "g.province, g.place, g.nulls" : "g.level", order);
	return strlen(sql) + 1 < sizeof sql ? ask(out, st, sql, types, fl.params, fl.n)
	                                    : readout_error__set(READOUT_ETOOBIG, "too many formulations named");
}

/* The parts by level and by place: from the sums kept at ingest (formulation_levels,
 * formulation_places) when the filters are ones they answer; a date range (--from, --to)
 * cuts through them, and is answered from the uses, as a database older than the sums is. */
static int formulation_parts(readout_cursor **out, readout_store *st, const readout_query *q, bool by_place)
{
	*out = NULL;
	formulation_args a;
	int rc = formulation_args_of(&a, st, q);
	if (rc)
		goto done;
	char order[320];
	const char *columns = by_place ? "formulation, zh, province, place" : "formulation, zh, level";
	const char *types = by_place ? "ttttddii" : "tttddii";
	if (by_place)
		snprintf(order, sizeof order, "y.uses DESC, y.province NULLS LAST, y.place NULLS LAST");
	else
		level_rank(order, sizeof order, "y.level");
	if (st->form_groups && !q->from && !q->to)
		rc = formulation_sums(out, st, q, by_place, a.pattern, a.ids, columns, order, types);
	else if (by_place)
		rc = formulation_groups(out, st, q, &a, "e.province AS province, u.place AS place", "e.province, u.place",
		                        columns, order, types);
	else
		rc = formulation_groups(out, st, q, &a, "coalesce(e.level, 'unknown') AS level", "coalesce(e.level, 'unknown')",
		                        columns, order, types);
done:
	formulation_args_free(&a);
	return rc;
}

int readout_store_formulation_levels(readout_cursor **out, readout_store *st, const readout_query *q)
{
	return formulation_parts(out, st, q, false);
}

int readout_store_formulation_places(readout_cursor **out, readout_store *st, const readout_query *q)
{
	return formulation_parts(out, st, q, true);
}

static bool word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* The query without its bare stop words (not those in quotes, nor prefixes "the*", nor the
 * upper-case operators AND OR NOT NEAR, nor column names "text:"): the index holds none, and
 * FTS5 reads a word that is all stop word as a phrase that matches nothing, which would make
 * "spirit of the congress" find nothing. PostgreSQL's websearch_to_tsquery drops them too. */
static void drop_stop_words(char *out, size_t cap, const char *q)
{
	size_t o = 0;
	while (*q && o + 1 < cap) {
		if (*q == '"') { /* a quoted phrase, as it is: the tokenizer skips its stop words */
			const char *end = strchr(q + 1, '"');
			size_t n = end ? (size_t)(end - q) + 1 : strlen(q);
			if (o + n >= cap)
				break;
			memcpy(out + o, q, n);
			o += n;
			q += n;
		} else if (word_byte((unsigned char)*q)) {
			size_t n = 0;
			while (word_byte((unsigned char)q[n]))
				n++;
			bool op = (n == 3 && (!strncmp(q, "AND", 3) || !strncmp(q, "NOT", 3))) || (n == 2 && !strncmp(q, "OR", 2));
			bool keep = op || q[n] == '*' || q[n] == ':' || !fts_is_stop_word(q, n);
			if (keep && o + n < cap) {
				memcpy(out + o, q, n);
				o += n;
			}
			q += n;
		} else {
			out[o++] = *q++;
		}
	}
	out[o] = '\0';
}

/* FTS5 syntax for power users; plain words when the query is not valid syntax. */
static void quote_terms(char *out, size_t cap, const char *q)
{
	size_t o = 0;
	while (*q && o + 4 < cap) {
		while (*q && !word_byte((unsigned char)*q))
			q++;
		if (!*q)
			break;
		size_t n = 0;
		while (word_byte((unsigned char)q[n]))
			n++;
		if (fts_is_stop_word(q, n) || o + n + 3 >= cap) { /* as drop_stop_words */
			q += n;
			continue;
		}
		if (o)
			out[o++] = ' ';
		out[o++] = '"';
		memcpy(out + o, q, n);
		o += n;
		q += n;
		out[o++] = '"';
	}
	out[o] = '\0';
}

/* A search's query and filters: the words as the engine is asked them ($1, when there are
 * words), the filters on documents d after them, and their patterns (search_args_free). */
typedef struct search_args {
	filters f;
	bool words;      /* a query with words (else the filters list documents by date) */
	char query[1024]; /* the words as asked, when they differ from the user's */
	char key[256];   /* the person's name key */
	char *type, *subject, *formulation;
} search_args;

static void search_args_free(search_args *a)
{
	free(a->type);
	free(a->subject);
	free(a->formulation);
}

/* query: as the user typed it, or its words alone (plain, after it failed as FTS5 syntax). */
static int search_args_of(search_args *a, readout_store *st, const char *query, const readout_query *q, bool plain)
{
	memset(a, 0, sizeof *a);
	int rc = need_current(st);
	if (rc || (rc = check_filters(st, q)))
		return rc;
	a->words = query && strspn(query, " \t\r\n") < strlen(query);
	if (a->words) {
		const char *text = query;
		if (plain) {
			quote_terms(a->query, sizeof a->query, query);
			if (!a->query[0])
				return readout_error__set(READOUT_EINVALID, "search needs at least one word");
			text = a->query;
		} else if (st->db->kind == DB_SQLITE && strlen(query) < sizeof a->query) {
			drop_stop_words(a->query, sizeof a->query, query);
			if (strspn(a->query, " \t\r\n") < strlen(a->query)) /* only stop words: then as asked (no match) */
				text = a->query;
		}
		a->f.params[a->f.n++] = text;
	}
	a->type = like_arg(q->type, &rc);
	if (!rc)
		a->subject = like_arg(q->subject, &rc);
	if (!rc)
		a->formulation = like_arg(q->formulation, &rc);
	if (rc)
		return rc;
	if (q->person)
		name_key(a->key, sizeof a->key, q->person); /* the key people are stored by (text/namekey.h) */
	filters *f = &a->f;
	filter(f, "d.date >= $?", q->from);
	filter(f, "d.date <= $?", q->to);
	/* checked on each document the words or the date order bring (a page of the newest county
	 * documents: 0.2 s through DOCUMENTS_OF_LEVEL on 100,000 documents, 2 ms this way) */
	filter(f, "d.level = lower($?)", q->level);
	filter(f, "lower(d.place) = lower($?) OR lower(d.province) = lower($?)", q->place);
	filter(f, "d.id IN (SELECT e.doc_id FROM events e WHERE lower(e.type) LIKE '%' || lower($?) || '%' ESCAPE '\\')",
	       a->type);
	filter(f, "d.id IN (SELECT e.doc_id FROM events e WHERE e.subject IN (" MATCHING_SUBJECTS "))", a->subject);
	filter(f, "d.id IN (SELECT pd.doc_id FROM person_docs pd JOIN persons p ON p.id = pd.person_id WHERE p.name_key = $?)",
	       q->person ? a->key : NULL);
	filter(f, "d.id IN (SELECT u.doc_id FROM formulation_uses u JOIN formulations fo ON fo.id = u.formulation_id"
	          " WHERE lower(fo.label) LIKE '%' || lower($?) || '%' ESCAPE '\\' OR fo.zh LIKE '%' || $? || '%' ESCAPE '\\')",
	       a->formulation);
	return 0;
}

/* The statement of a search's page (count false) or of its count, up to `most` + 1 rows
 * (0: all). */
static void search_sql(char *out, size_t cap, const readout_store *st, const search_args *a, const readout_query *q,
                       bool count, int64_t most)
{
	size_t limit = q->limit ? q->limit : 20;
	char page[64], upto[48] = "";
	snprintf(page, sizeof page, " LIMIT %zu OFFSET %zu", limit, q->offset);
	if (most)
		snprintf(upto, sizeof upto, " LIMIT %" PRId64, most + 1);
	bool filtered = (size_t)a->words < a->f.n;
	if (!a->words) {
		/* newest first: the date index gives the order, and the filters are checked on the way */
		if (count)
			snprintf(out, cap, "SELECT count(*) FROM (SELECT 1 FROM documents d WHERE 1 = 1%s%s) x", a->f.sql, upto);
		else
			snprintf(out, cap,
			         "SELECT d.ext_id AS document, d.date, d.place, substr(d.text, 1, 200) AS snippet, NULL AS score, d.url"
			         " FROM documents d WHERE 1 = 1%s ORDER BY d.date DESC NULLS LAST, d.id DESC%s",
			         a->f.sql, page);
	} else if (st->db->kind == DB_PG) {
		if (count)
			snprintf(out, cap,
			         "SELECT count(*) FROM (SELECT 1 FROM documents d, websearch_to_tsquery('english', $1) q"
			         " WHERE d.text_tsv @@ q%s%s) x",
			         a->f.sql, upto);
		else
			snprintf(out, cap,
			         "SELECT d.ext_id AS document, d.date, d.place,"
			         " ts_headline('english', d.text, q, 'StartSel=[,StopSel=],MaxWords=24,MinWords=8') AS snippet,"
			         " round(ts_rank(d.text_tsv, q)::numeric, 4) AS score, d.url"
			         " FROM documents d, websearch_to_tsquery('english', $1) q WHERE d.text_tsv @@ q%s"
			         " ORDER BY score DESC, d.ext_id%s",
			         a->f.sql, page);
	} else if (count) {
		snprintf(out, cap,
		         "SELECT count(*) FROM (SELECT 1 FROM documents_fts%s WHERE documents_fts MATCH $1%s%s) x",
		         filtered ? " JOIN documents d ON d.id = documents_fts.rowid" : "", a->f.sql, upto);
	} else {
		/* ORDER BY rank (bm25) lets FTS5 sort the matches itself and make snippets for the page
		 * only; ordered by bm25() in the join it made one for every match (a word in 16% of a
		 * million documents: 0.92 -> 0.21 s). Filters join the documents to the matches. */
		snprintf(out, cap,
		         "SELECT d.ext_id AS document, d.date, d.place, s.snippet, s.score, d.url FROM"
		         " (SELECT documents_fts.rowid AS id, snippet(documents_fts, 0, '[', ']', '...', 16) AS snippet,"
		         "  round(-bm25(documents_fts), 4) AS score, bm25(documents_fts) AS r"
		         "  FROM documents_fts%s WHERE documents_fts MATCH $1%s ORDER BY rank%s) s"
		         " JOIN documents d ON d.id = s.id ORDER BY s.r",
		         filtered ? " JOIN documents d ON d.id = documents_fts.rowid" : "", a->f.sql, page);
	}
}

/* A ranked search keeps its best offset + limit matches in memory (16 bytes each): a page
 * further down than this is asked of FTS5's ORDER BY rank, which sorts every match. */
enum { RANKED_KEEP_MAX = 100000, RANKED_PHRASES = 32 };

typedef struct hit {
	double score;
	int64_t id;
} hit;

/* The ranking's order: higher score first, then the earlier document. */
static bool better(const hit *a, const hit *b)
{
	return a->score > b->score || (a->score == b->score && a->id < b->id);
}

/* The best `keep` matches seen, as a heap with the worst kept at the top, and how many. */
typedef struct best {
	hit *h;
	size_t n, keep;
	int64_t seen, upto; /* matches scored; the scan stops at upto (0: all) */
	/* the phrases checked by their sets of documents, not by FTS5 (search_ranked) */
	const uint8_t *sets[RANKED_PHRASES];
	int nsets;
	int64_t max_id; /* the sets' last rowid */
} best;

static void sift_down(hit *h, size_t n, size_t i)
{
	for (;;) {
		size_t w = i, l = 2 * i + 1, r = l + 1;
		if (l < n && better(&h[w], &h[l]))
			w = l;
		if (r < n && better(&h[w], &h[r]))
			w = r;
		if (w == i)
			return;
		hit t = h[i];
		h[i] = h[w];
		h[w] = t;
		i = w;
	}
}

static int keep_match(void *ctx, db_stmt *q)
{
	best *b = ctx;
	hit x = {db_col_real(q, 1), db_col_int(q, 0)};
	for (int i = 0; i < b->nsets; i++)
		if (x.id < 0 || x.id > b->max_id || !(b->sets[i][x.id >> 3] & (1u << (x.id & 7))))
			return 0; /* not a match: one of the common phrases is not in it */
	b->seen++;
	if (b->n < b->keep) {
		size_t i = b->n++;
		b->h[i] = x;
		while (i && better(&b->h[(i - 1) / 2], &b->h[i])) { /* the worse one rises */
			hit t = b->h[i];
			b->h[i] = b->h[(i - 1) / 2];
			b->h[(i - 1) / 2] = t;
			i = (i - 1) / 2;
		}
	} else if (b->keep && better(&x, &b->h[0])) {
		b->h[0] = x;
		sift_down(b->h, b->n, 0);
	}
	return b->seen == b->upto ? 1 : 0; /* 1: enough, stop */
}

static int by_rank(const void *a, const void *b)
{
	return better(a, b) ? -1 : better(b, a) ? 1 : 0;
}

/* The page's rows: each listed document with its snippet, in the ranking's order. One
 * statement reads them all (a JSON array of the ids), not one each. */
static int ranked_page(readout_cursor **out, readout_store *st, const char *query, const hit *h, size_t from, size_t to)
{
	static const char *const columns[] = {"document", "date", "place", "snippet", "score", "url"};
	char *ids = malloc(3 + (to - from) * 21); /* "[", the ids and commas, "]", NUL */
	if (!ids)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	size_t o = 0;
	ids[o++] = '[';
	for (size_t i = from; i < to; i++)
		o += (size_t)sprintf(ids + o, "%s%" PRId64, i > from ? "," : "", h[i].id);
	ids[o++] = ']';
	ids[o] = '\0';
	const char *params[] = {ids, query};
	cursor_spec spec = {
		.sql = "SELECT d.id, d.ext_id, d.date, d.place, " FTS_SNIPPET_FUNCTION "(d.text, $2, 16), d.url"
		       " FROM json_each($1) j JOIN documents d ON d.id = j.value",
		.params = params,
		.nparams = 2,
		.types = "itdttt",
	};
	readout_cursor *c = NULL;
	readout_answer *got = NULL, *a = NULL;
	int rc = cursor__start(&c, st, &spec);
	if (!rc)
		rc = readout_answer_read(&got, c);
	readout_cursor_free(c);
	free(ids);
	if (!rc)
		rc = answer__new(&a, 6, columns, "tdttrt");
	for (size_t i = from; !rc && i < to; i++)
		for (size_t r = 0; r < got->nrows; r++) { /* a page holds at most a few hundred */
			const readout_cell *v = readout_answer_cell(got, r, 0);
			if (v[0].i != h[i].id)
				continue;
			readout_cell row[6] = {v[1], v[2], v[3], v[4], {.type = READOUT_TYPE_REAL}, v[5]};
			row[4].r = round(h[i].score * 1e4) / 1e4;
			rc = answer__add(a, row);
			break;
		} /* a document that went between the ranking and now is left out */
	readout_answer_free(got);
	if (rc) {
		readout_answer_free(a);
		return rc;
	}
	return cursor__over(out, st, a);
}

/* SQLite, a query of words and "phrases" (fts_simple_phrases): the matches are scored by
 * readout_bm25 in one pass that also counts them (*total), the best offset + limit kept; the
 * page's snippets are made of its documents alone (readout_snippet). With most (> 0), the
 * pass reads the matches newest first (by rowid: the order stored) and stops after most + 1,
 * which the count stops at too: a search that matches more documents than it counts is
 * ranked among the most + 1 stored last, and its pages end there (readout/query.h). 1 when
 * the query is not of that form or the page is too deep (the caller asks FTS5), else 0 or an
 * error. */
static int search_ranked(readout_cursor **out, int64_t *total, readout_store *st, const search_args *a,
                         const readout_query *q, int64_t most)
{
	const char *query = a->f.params[0];
	fts_item items[RANKED_PHRASES];
	int n = fts_simple_phrases(items, RANKED_PHRASES, query);
	size_t limit = q->limit ? q->limit : 20;
	size_t keep = q->offset > RANKED_KEEP_MAX || limit > RANKED_KEEP_MAX ? RANKED_KEEP_MAX + 1 : q->offset + limit;
	if (most && keep > (uint64_t)most + 1)
		keep = (size_t)most + 1; /* pages reach the documents ranked, no further */
	if (n <= 0 || keep > RANKED_KEEP_MAX)
		return 1;
	best b = {.keep = keep, .upto = most ? most + 1 : 0};
	int64_t docs[RANKED_PHRASES], indexed = 0;
	char phrase[RANKED_PHRASES][256];
	int rc = store__search_fresh(st);
	for (int i = 0; !rc && i < n; i++) {
		if (items[i].len >= sizeof phrase[i])
			return 1; /* FTS5 ranks it */
		memcpy(phrase[i], query + items[i].start, items[i].len);
		phrase[i][items[i].len] = '\0';
		rc = store__phrase_docs(&docs[i], st, phrase[i]);
	}
	if (!rc)
		rc = store__search_rows(&indexed, &b.max_id, st);
	if (rc)
		return rc;
	/* A phrase in half the documents or more weighs 1e-6 in bm25 (FTS5's floor of idf), and
	 * walking its doclist costs more than all the rest (a 9-word formulation of common words:
	 * 3.7 ms, 0.9 without its 5 commonest): it is checked by its set of documents, and its
	 * weight, at most 2.2e-6 a phrase, is left out of the score. The rarest phrase stays with
	 * FTS5, which needs one. */
	int rarest = 0;
	for (int i = 1; i < n; i++)
		if (docs[i] < docs[rarest])
			rarest = i;
	char asked[sizeof phrase], weights[RANKED_PHRASES * 21]; /* room for every phrase and count */
	size_t ao = 0, wo = 0;
	for (int i = 0; i < n; i++) {
		const uint8_t *set = NULL;
		if (i != rarest && 2 * docs[i] >= indexed && (rc = store__phrase_set(&set, st, phrase[i])))
			return rc;
		if (set)
			b.sets[b.nsets++] = set;
		else {
			ao += (size_t)snprintf(asked + ao, sizeof asked - ao, "%s%s", ao ? " " : "", phrase[i]);
			wo += (size_t)snprintf(weights + wo, sizeof weights - wo, "%s%" PRId64, wo ? " " : "", docs[i]);
		}
	}
	assert(ao < sizeof asked && wo < sizeof weights);
	const char *params[sizeof a->f.params / sizeof *a->f.params + 1];
	memcpy(params, a->f.params, a->f.n * sizeof *params);
	params[0] = asked;
	params[a->f.n] = weights;
	char sql[8192];
	bool filtered = a->f.n > 1;
	snprintf(sql, sizeof sql,
	         "SELECT documents_fts.rowid, " FTS_RANK_FUNCTION "(documents_fts, $%zu) FROM documents_fts%s"
	         " WHERE documents_fts MATCH $1%s%s",
	         a->f.n + 1, filtered ? " JOIN documents d ON d.id = documents_fts.rowid" : "", a->f.sql,
	         most ? " ORDER BY documents_fts.rowid DESC" : "");
	if (!(b.h = malloc(b.keep * sizeof *b.h)))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	cursor_spec spec = {.sql = sql, .params = params, .nparams = a->f.n + 1};
	if ((rc = cursor__scan(st, &spec, keep_match, &b)) == 1)
		rc = 0; /* stopped at most + 1 */
	if (!rc) {
		qsort(b.h, b.n, sizeof *b.h, by_rank);
		if (total)
			*total = b.seen;
		rc = out ? ranked_page(out, st, query, b.h, q->offset < b.n ? q->offset : b.n, b.n) : 0;
	}
	free(b.h);
	return rc;
}

/* Runs a search's page (out) and its count up to most (n), either or both; on SQLite, a
 * query that is not FTS5 syntax is asked again as its plain words. */
static int search_run(readout_cursor **out, int64_t *n, readout_store *st, const char *query, const readout_query *q,
                      int64_t most)
{
	readout_query none = {0};
	if (!q)
		q = &none;
	int rc = 0;
	for (int plain = 0; plain < 2; plain++) {
		search_args a;
		char sql[16384];
		bool asked = false;
		if (!(rc = search_args_of(&a, st, query, q, plain))) {
			asked = true;
			if (!out || !a.words || st->db->kind != DB_SQLITE || (rc = search_ranked(out, n, st, &a, q, n ? most : 0)) == 1) {
				rc = 0;
				if (n) { /* first: the page's cursor holds the store until it is freed */
					search_sql(sql, sizeof sql, st, &a, q, true, most);
					rc = store__count(n, st, sql, a.f.params, a.f.n);
				}
				if (!rc && out) {
					search_sql(sql, sizeof sql, st, &a, q, false, 0);
					rc = ask(out, st, sql, "tdttrt", a.f.params, a.f.n);
				}
			}
		}
		bool retry = asked && !plain && a.words && st->db->kind == DB_SQLITE && (rc == READOUT_EINVALID || rc == READOUT_EIO);
		search_args_free(&a);
		if (!retry)
			break;
	}
	return rc;
}

int readout_store_search(readout_cursor **out, readout_store *st, const char *query, const readout_query *q)
{
	*out = NULL;
	return search_run(out, NULL, st, query, q, 0);
}

/* The page (out, or NULL) and the count up to most of a search. */
static int search_counted(readout_cursor **out, int64_t *total, int *more, readout_store *st, const char *query,
                          const readout_query *q, int64_t most)
{
	*total = 0;
	*more = 0;
	if (most < 0)
		return readout_error__set(READOUT_EINVALID, "a count up to %" PRId64 " documents", most);
	int64_t n = 0;
	int rc = search_run(out, &n, st, query, q, most);
	if (!rc && most && n > most) {
		n = most;
		*more = 1;
	}
	if (!rc)
		*total = n;
	return rc;
}

int readout_store_search_count(int64_t *out, int *more, readout_store *st, const char *query, const readout_query *q,
                               int64_t most)
{
	return search_counted(NULL, out, more, st, query, q, most);
}

int readout_store_search_page(readout_cursor **out, int64_t *total, int *more, readout_store *st, const char *query,
                              const readout_query *q, int64_t most)
{
	*out = NULL;
	return search_counted(out, total, more, st, query, q, most);
}

int readout_store_document(readout_cursor **out, readout_store *st, const char *document)
{
	*out = NULL;
	int rc = need_current(st);
	if (rc)
		return rc;
	if (!document || !*document)
		return readout_error__set(READOUT_EINVALID, "no document id given");
	const char *params[] = {document};
	readout_cursor *c;
	if ((rc = ask(&c, st,
	              "SELECT ext_id AS document, hash, origin, published, date, place, province, level, url, meta, record, text"
	              " FROM documents WHERE ext_id = $1 ORDER BY id",
	              "tttddttttttt", params, 1)))
		return rc;
	if (cursor__empty(c)) {
		readout_cursor_free(c);
		return readout_error__set(READOUT_ENOTFOUND, "no document with id '%s'", document);
	}
	*out = c;
	return 0;
}

/* The first keyword of a statement, past blanks, comments and opening parentheses. */
static void first_keyword(char *out, size_t cap, const char *sql)
{
	for (;;) {
		while (isspace((unsigned char)*sql) || *sql == '(')
			sql++;
		if (sql[0] == '-' && sql[1] == '-') {
			sql += strcspn(sql, "\n");
		} else if (sql[0] == '/' && sql[1] == '*') {
			const char *end = strstr(sql + 2, "*/");
			sql = end ? end + 2 : sql + strlen(sql);
		} else
			break;
	}
	size_t o = 0;
	while (isalpha((unsigned char)*sql) && o + 1 < cap)
		out[o++] = (char)toupper((unsigned char)*sql++);
	out[o] = '\0';
}

/* readout sql on PostgreSQL refuses a role that could, through a SELECT, read the server's
 * files, reload its configuration or stop other sessions: a read-only transaction does not
 * stop those. The first such right the role has, or NULL. */
static int privileged_role(readout_store *st, char *out, size_t cap)
{
	static const char *const sql =
		"SELECT 'a superuser' WHERE current_setting('is_superuser') = 'on'"
		" UNION ALL SELECT 'a member of ' || r FROM unnest(ARRAY['pg_read_server_files', 'pg_write_server_files',"
		"  'pg_execute_server_program', 'pg_signal_backend']) AS r"
		"  WHERE CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN pg_has_role(r, 'MEMBER') ELSE false END"
		" UNION ALL SELECT 'allowed to call ' || f FROM unnest(ARRAY['pg_read_file(text)', 'pg_read_binary_file(text)',"
		"  'pg_ls_dir(text)', 'pg_stat_file(text)', 'pg_reload_conf()', 'pg_rotate_logfile()', 'lo_import(text)',"
		"  'lo_export(oid,text)', 'pg_file_write(text,text,boolean)']) AS f"
		"  WHERE CASE WHEN to_regprocedure(f) IS NOT NULL THEN has_function_privilege(f, 'EXECUTE') ELSE false END"
		" LIMIT 1";
	out[0] = '\0';
	db_stmt *q;
	int rc = db_prepare(st->db, &q, sql);
	if (rc)
		return rc;
	if ((rc = db_step(q)) == 1)
		snprintf(out, cap, "%s", db_col_text(q, 0));
	db_finalize(q);
	return rc < 0 ? rc : 0;
}

/* Whether sql may run: one statement that reads. */
static int sql_gate(readout_store *st, const char *sql)
{
	/* The engines enforce read-only access (a read-only SQLite connection with an authorizer,
	 * a READ ONLY transaction on PostgreSQL); this first check gives a plain answer, and keeps
	 * out what a read-only transaction still allows (COPY ... TO PROGRAM, SET, COMMIT). */
	static const char *const reads[] = {"SELECT", "WITH", "VALUES", "EXPLAIN", "TABLE", "SHOW", "PRAGMA"};
	char kw[16];
	first_keyword(kw, sizeof kw, sql);
	bool ok = false;
	for (size_t i = 0; i < sizeof reads / sizeof *reads && !ok; i++)
		ok = strcmp(kw, reads[i]) == 0 &&
		     !(st->db->kind == DB_SQLITE && (!strcmp(kw, "TABLE") || !strcmp(kw, "SHOW"))) &&
		     !(st->db->kind == DB_PG && !strcmp(kw, "PRAGMA"));
	if (!kw[0])
		return readout_error__set(READOUT_EINVALID, "no SQL statement given");
	if (!ok)
		return readout_error__set(READOUT_EINVALID,
		                          "only queries that read are allowed (SELECT, WITH, VALUES, EXPLAIN%s), not %s",
		                          st->db->kind == DB_SQLITE ? ", read-only PRAGMA" : ", TABLE, SHOW", kw);
	if (st->db->kind == DB_SQLITE && !st->db->readonly)
		return readout_error__set(READOUT_EINVALID, "open the store read-only for SQL");
	if (st->db->kind == DB_PG) {
		if (st->in_batch)
			return readout_error__set(READOUT_EINVALID, "SQL queries are not run inside a batch");
		char why[128];
		int rc = privileged_role(st, why, sizeof why);
		if (rc)
			return rc;
		if (why[0])
			return readout_error__set(READOUT_EINVALID, "refused: the role is %s, and a query could read the server's "
			                                            "files or stop it; connect as a role that may only read "
			                                            "(docs/schema.md, \"Access and safety\")", why);
	}
	return 0;
}

int readout_store_sql(readout_cursor **out, readout_store *st, const char *sql)
{
	*out = NULL;
	int rc = sql_gate(st, sql);
	if (rc)
		return rc;
	cursor_spec spec = {.sql = sql, .read_only_transaction = true};
	return cursor__start(out, st, &spec);
}

char *store__like_arg(const char *v, int *rc)
{
	return like_arg(v, rc);
}

const char *store__docs_by_id(const readout_store *st)
{
	return docs_by_id(st);
}

int store__need_current(const readout_store *st)
{
	return need_current(st);
}

int store__query(readout_cursor **out, readout_store *st, const char *sql, const char *const *params, size_t nparams)
{
	return ask(out, st, sql, NULL, params, nparams);
}
