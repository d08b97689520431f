/* suggest.c — names the store does not hold: whether a place is stored, and the stored places
 * and people nearest to a name that is not (readout_store_nearest), for messages that say
 * "did you mean". The distance is util/nearest.c's, as for mistyped commands. */
#include "store/cursor.h"
#include "store/store_impl.h"
#include "store/suggest.h"
#include "util/error.h"
#include "util/grow.h"
#include "util/nearest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SUGGESTIONS = 3 }; /* in a message */

/* A stored name and how near it is. */
typedef struct nearby {
	char *name;
	int distance;
	int64_t weight; /* more documents first among equals */
} nearby;

typedef struct nears {
	nearby *v;
	size_t n, cap;
} nears;

static void nears_free(nears *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i].name);
	free(s->v);
}

static int by_nearness(const void *a, const void *b)
{
	const nearby *x = a, *y = b;
	if (x->distance != y->distance)
		return x->distance < y->distance ? -1 : 1;
	if (x->weight != y->weight)
		return x->weight > y->weight ? -1 : 1;
	return strcmp(x->name, y->name);
}

/* Adds name when it is within reach of word (compared as folded, shown as stored). */
static int consider(nears *s, const char *word, const char *folded, const char *name, int64_t weight)
{
	int d = nearest_distance(word, folded, nearest_max_edits(nearest_length(word)));
	if (d < 0)
		return 0;
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(s->v[i].name, name) == 0)
			return 0;
	if (!grow_array((void **)&s->v, &s->cap, s->n + 1, sizeof *s->v, 16) || !(s->v[s->n].name = strdup(name)))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	s->v[s->n].distance = d;
	s->v[s->n++].weight = weight;
	return 0;
}

/* Every distinct stored place, walked through the case-blind indexes one value at a time
 * (a few thousand places, not a read of every row): lower-case key, then a stored spelling. */
/* (The places of posts: not in databases made before posts, which queries read as they are.) */
#define PLACES_SQL(POSTS_CTE, POSTS_UNION, POSTS_SPELLING)                                         \
	"WITH RECURSIVE dp(v) AS (SELECT min(lower(place)) FROM documents UNION ALL"                   \
	"  SELECT (SELECT min(lower(place)) FROM documents WHERE lower(place) > dp.v) FROM dp WHERE dp.v IS NOT NULL)," \
	" dv(v) AS (SELECT min(lower(province)) FROM documents UNION ALL"                              \
	"  SELECT (SELECT min(lower(province)) FROM documents WHERE lower(province) > dv.v) FROM dv WHERE dv.v IS NOT NULL)," \
	" ep(v) AS (SELECT min(lower(place)) FROM events UNION ALL"                                    \
	"  SELECT (SELECT min(lower(place)) FROM events WHERE lower(place) > ep.v) FROM ep WHERE ep.v IS NOT NULL)," \
	" ev(v) AS (SELECT min(lower(province)) FROM events UNION ALL"                                 \
	"  SELECT (SELECT min(lower(province)) FROM events WHERE lower(province) > ev.v) FROM ev WHERE ev.v IS NOT NULL)," \
	" pr(v) AS (SELECT DISTINCT lower(region) FROM persons WHERE region IS NOT NULL),"            \
	POSTS_CTE                                                                                      \
	" k(v) AS (SELECT v FROM dp UNION SELECT v FROM dv UNION SELECT v FROM ep UNION SELECT v FROM ev UNION SELECT v FROM pr" \
	POSTS_UNION ")"                                                                                \
	" SELECT v, coalesce((SELECT place FROM documents WHERE lower(place) = k.v LIMIT 1),"          \
	"  (SELECT province FROM documents WHERE lower(province) = k.v LIMIT 1),"                      \
	"  (SELECT place FROM events WHERE lower(place) = k.v LIMIT 1),"                              \
	"  (SELECT province FROM events WHERE lower(province) = k.v LIMIT 1),"                        \
	"  (SELECT region FROM persons WHERE lower(region) = k.v LIMIT 1)" POSTS_SPELLING "), 0"        \
	" FROM k WHERE v IS NOT NULL"
static const char *const places_sql = PLACES_SQL(
	" po(v) AS (SELECT DISTINCT lower(place) FROM posts WHERE place IS NOT NULL"
	"  UNION SELECT DISTINCT lower(province) FROM posts WHERE province IS NOT NULL),",
	" UNION SELECT v FROM po",
	", (SELECT place FROM posts WHERE lower(place) = k.v LIMIT 1), (SELECT province FROM posts WHERE lower(province) = k.v LIMIT 1)");
static const char *const places_sql_before_posts = PLACES_SQL("", "", "");
/* Every person's name key, name and documents (one read of persons, on this path only). */
static const char *const persons_sql = "SELECT name_key, name, documents FROM persons";

/* Every post's name, folded, with its holders' documents. */
static const char *const posts_sql =
	"SELECT lower(q.name), q.name, sum(c.documents) FROM posts q JOIN person_careers c ON c.post_id = q.id GROUP BY q.name";

/* The stored names of a kind near `name`, nearest first. */
static int gather(nears *out, readout_store *st, int kind, const char *name)
{
	*out = (nears){0};
	char key[256], lower[256];
	const char *word = name;
	if (kind == READOUT_NAMES_PERSONS) {
		name_key(key, sizeof key, name);
		word = key;
	} else {
		size_t i = 0;
		for (; name[i] && i + 1 < sizeof lower; i++)
			lower[i] = name[i] >= 'A' && name[i] <= 'Z' ? (char)(name[i] - 'A' + 'a') : name[i];
		lower[i] = '\0';
		word = lower;
	}
	const char *sql = kind == READOUT_NAMES_PERSONS ? persons_sql : kind == READOUT_NAMES_POSTS ? posts_sql
	                : st->stale ? places_sql_before_posts : places_sql;
	cursor_spec spec = {.sql = sql, .types = "tti"};
	readout_cursor *c;
	int rc = cursor__start(&c, st, &spec);
	if (rc)
		return rc;
	while ((rc = readout_cursor_next(c)) == 1) {
		const readout_cell *r = readout_cursor_row(c);
		if (r[0].type == READOUT_TYPE_NULL || r[1].type == READOUT_TYPE_NULL)
			continue;
		if ((rc = consider(out, word, r[0].s, r[1].s, r[2].type == READOUT_TYPE_INTEGER ? r[2].i : 0)))
			break;
	}
	readout_cursor_free(c);
	if (rc < 0) {
		nears_free(out);
		return rc;
	}
	if (out->n) /* qsort takes no NULL, even for nothing */
		qsort(out->v, out->n, sizeof *out->v, by_nearness);
	return 0;
}

int readout_store_nearest(readout_cursor **out, readout_store *st, int kind, const char *name, size_t n)
{
	*out = NULL;
	if (kind != READOUT_NAMES_PLACES && kind != READOUT_NAMES_PERSONS && kind != READOUT_NAMES_POSTS)
		return readout_error__set(READOUT_EINVALID, "no such kind of names (%d)", kind);
	if (!name)
		return readout_error__set(READOUT_EINVALID, "no name given");
	nears s;
	int rc = gather(&s, st, kind, name);
	if (rc)
		return rc;
	static const char *const cols[] = {"name", "distance"};
	readout_answer *a;
	if (!(rc = answer__new(&a, 2, cols, "ti"))) {
		for (size_t i = 0; i < s.n && (!n || i < n) && !rc; i++) {
			readout_cell row[2] = {{.type = READOUT_TYPE_TEXT, .s = s.v[i].name},
			                       {.type = READOUT_TYPE_INTEGER, .i = s.v[i].distance}};
			rc = answer__add(a, row);
		}
		rc = rc ? (readout_answer_free(a), rc) : cursor__over(out, st, a);
	}
	nears_free(&s);
	return rc;
}

/* "; the nearest: A, B" for a message, or "" when nothing is near. */
static int nearest_text(char *out, size_t cap, readout_store *st, int kind, const char *name)
{
	out[0] = '\0';
	nears s;
	int rc = gather(&s, st, kind, name);
	if (rc)
		return rc;
	size_t o = 0;
	for (size_t i = 0; i < s.n && i < SUGGESTIONS && o < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, "%s%s", i ? ", " : "; did you mean ", s.v[i].name);
	if (s.n && o < cap)
		snprintf(out + o, cap - o, "?");
	nears_free(&s);
	return 0;
}

int store__check_place(readout_store *st, const char *place)
{
	if (!place)
		return 0;
#define STORED_PLACE(POSTS)                                                                        \
	"SELECT CASE WHEN EXISTS (SELECT 1 FROM documents WHERE lower(place) = lower($1))"            \
	" OR EXISTS (SELECT 1 FROM documents WHERE lower(province) = lower($1))"                      \
	" OR EXISTS (SELECT 1 FROM events WHERE lower(place) = lower($1))"                            \
	" OR EXISTS (SELECT 1 FROM events WHERE lower(province) = lower($1))"                         \
	" OR EXISTS (SELECT 1 FROM persons WHERE lower(region) = lower($1))" POSTS " THEN 1 ELSE 0 END"
	static const char *const sql =
		STORED_PLACE(" OR EXISTS (SELECT 1 FROM posts WHERE lower(place) = lower($1) OR lower(province) = lower($1))");
	static const char *const before_posts = STORED_PLACE("");
	int64_t found;
	const char *params[] = {place};
	int rc = store__count(&found, st, st->stale ? before_posts : sql, params, 1);
	if (rc || found)
		return rc;
	char hint[512];
	if ((rc = nearest_text(hint, sizeof hint, st, READOUT_NAMES_PLACES, place)))
		return rc;
	return readout_error__set(READOUT_ENOTFOUND, "no place '%s' in the database%s", place, hint);
}

int store__check_post(readout_store *st, const char *name)
{
	if (!name)
		return 0;
	int64_t found;
	const char *params[] = {name};
	int rc = store__count(&found, st, "SELECT count(*) FROM posts WHERE lower(name) = lower($1)", params, 1);
	if (rc || found)
		return rc;
	char hint[512];
	if ((rc = nearest_text(hint, sizeof hint, st, READOUT_NAMES_POSTS, name)))
		return rc;
	return readout_error__set(READOUT_ENOTFOUND, "no post '%s' in the database%s", name, hint);
}

int store__no_person(readout_store *st, const char *name)
{
	char hint[512];
	int rc = nearest_text(hint, sizeof hint, st, READOUT_NAMES_PERSONS, name);
	if (rc)
		return rc;
	return readout_error__set(READOUT_ENOTFOUND, "no person named '%s'%s", name, hint);
}
