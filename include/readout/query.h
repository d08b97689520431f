/* readout/query.h — questions to a store, answered in typed rows: integers as integers, reals
 * as reals, dates as dates, NULL as NULL. One function per question, each answering with one
 * table (a cursor over its rows); the CLI and the server only format them. The column names
 * and types of each question are part of its contract, below. */
#ifndef READOUT_QUERY_H
#define READOUT_QUERY_H

#include <stddef.h>
#include <stdint.h>

#include "readout/store.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- typed rows ---- */

typedef enum readout_type {
	READOUT_TYPE_NULL = 0, /* a cell: SQL NULL. A column: its cells' types are known only cell by
	                        * cell (readout_store_sql on SQLite, whose columns may mix types) */
	READOUT_TYPE_INTEGER,  /* cell.i */
	READOUT_TYPE_REAL,     /* cell.r (may be NaN from PostgreSQL's numeric) */
	READOUT_TYPE_TEXT,     /* cell.s, UTF-8 */
	READOUT_TYPE_DATE      /* cell.s, a calendar date "YYYY-MM-DD" */
} readout_type;

/* "null", "integer", "real", "text", "date"; NULL for anything else. */
const char *readout_type_name(int type);

/* One value. Text is borrowed from the cursor (until its next row) or the answer holding it. */
typedef struct readout_cell {
	readout_type type; /* READOUT_TYPE_NULL or its column's type */
	union {
		int64_t i;
		double r;
		const char *s;
	};
} readout_cell;

typedef struct readout_column {
	const char *name;
	readout_type type; /* every non-NULL cell of the column has this type */
} readout_column;

/* What a cap inside a question left out (not the caller's limit, which is asked for): the
 * answer was drawn from `kept` of `total` items, the items being named by each question
 * below; total is -1 when more than kept were there but were not counted. Both 0 when the
 * question has no such cap or it left nothing out. */
typedef struct readout_cut {
	int64_t kept, total;
} readout_cut;

/* The rows of one answer, read one at a time. A question runs its statement up to the first
 * row before it returns, so a bad query, an unknown name or a time limit reached before any
 * row comes back from the question itself; later errors come from readout_cursor_next. A
 * store answers one question at a time: free the cursor before asking the next (PostgreSQL
 * streams the rows over the store's one connection). The store's time limit runs from the
 * question until the cursor is freed; its row limit counts the rows read. */
typedef struct readout_cursor readout_cursor;

/* Moves to the next row: 1 when there is one (readout_cursor_row), 0 at the end, or an
 * error: READOUT_ETOOBIG (the store's row or time limit), READOUT_EINVALID (a stored value
 * that is not of its column's type, in a damaged database), READOUT_EIO. */
int readout_cursor_next(readout_cursor *c);

/* The columns, known from the question on (even for an answer without rows). Borrowed from
 * the cursor. */
size_t readout_cursor_ncols(const readout_cursor *c);
const readout_column *readout_cursor_columns(const readout_cursor *c);

/* The current row's cells (ncols of them), borrowed until the next readout_cursor_next. */
const readout_cell *readout_cursor_row(const readout_cursor *c);

readout_cut readout_cursor_cut(const readout_cursor *c);

/* Ends the question (and its time limit); accepts NULL. */
void readout_cursor_free(readout_cursor *c);

/* An answer held whole. Everything in it belongs to it. */
typedef struct readout_answer {
	size_t ncols, nrows;
	readout_column *cols;
	readout_cell *cells; /* row-major: row r, column c is cells[r * ncols + c] */
	readout_cut cut;
	struct readout_answer_mem *mem; /* private: the storage of text */
} readout_answer;

/* Reads the rest of c's rows into a new answer (*out, freed with readout_answer_free); c
 * stays the caller's and is at its end afterwards. The answer may take the store's
 * max_answer_bytes; more is READOUT_ETOOBIG. Other errors as readout_cursor_next. */
int readout_answer_read(readout_answer **out, readout_cursor *c);

void readout_answer_free(readout_answer *a);

/* The cell at row, column (both in range). */
static inline const readout_cell *readout_answer_cell(const readout_answer *a, size_t row, size_t col)
{
	return &a->cells[row * a->ncols + col];
}

/* The index of the column named name, or -1. */
int readout_answer_column(const readout_answer *a, const char *name);

/* ---- the questions ----
 * Each returns 0 with *out a new cursor (readout_cursor_free), or an error with *out NULL:
 * READOUT_EINVALID for a bad argument or a database an older readout made that needs one
 * writable open first (the message says which), READOUT_ENOTFOUND for a person or place that
 * is not stored (the message names the nearest that are), READOUT_EBUSY while another cursor
 * of the store is open, READOUT_ETOOBIG, READOUT_EIO, READOUT_ENOMEM. All text arguments are
 * bound as parameters, never spliced into SQL. Columns are listed as name:type. */

/* Filters; NULL or 0 means none. For people, place and level are those of a post they held
 * (with post, of the same post). */
typedef struct readout_query {
	const char *place;   /* a stored place or province (case-blind); people: a post's place or province */
	const char *title;   /* titles containing this */
	const char *level;   /* one of readout_level_name's levels; people: a post's */
	const char *type;    /* event types containing this */
	const char *subject; /* event subjects containing this */
	const char *from, *to; /* dates, YYYY-MM-DD, inclusive */
	const char *by;      /* formulations: "month" (default) or "week" */
	size_t limit;        /* at most this many rows; 0: all */
	const char *post;    /* people: a post's name, exactly (case-blind): "provincial party secretary" */
} readout_query;

/* The administrative levels, from the top, as the store holds them (events.level,
 * documents.level): central, provincial, prefectural, county, other. The name of level i
 * (0 <= i < READOUT_LEVELS), or NULL past the last. */
enum { READOUT_LEVELS = 5 };
const char *readout_level_name(size_t i);
/* The index of a level's name (in any case), or -1. */
int readout_level_find(const char *name);

/* People, most documents first (filters post, place, level, title, limit): name:text,
 * region:text, latest_title:text, documents:integer, first_date:date, last_date:date,
 * person_id:integer, then their latest post (of those the filters name, when post, place or
 * level is given; the person is left out when they held none): post:text, post_level:text,
 * post_place:text (its place, else its province), post_first_date:date, post_last_date:date.
 * A post or place that is not stored is READOUT_ENOTFOUND naming the nearest. */
int readout_store_people(readout_cursor **out, readout_store *st, const readout_query *q);

/* The persons of a name (its key: case, spaces, tone marks and the spellings of ü do not
 * count; a spelling of the store's overrides finds the person it names), most documents
 * first; no such person is READOUT_ENOTFOUND: person_id:integer, name:text, region:text,
 * documents:integer, mentions:integer, first_date:date, last_date:date. */
int readout_store_person(readout_cursor **out, readout_store *st, const char *name);

/* A person's parts, by persons.id (READOUT_ENOTFOUND for an id not stored). Each row starts
 * with person_id, so the parts of several persons concatenate into one table. */

/* Posts as written, first seen first: person_id:integer, title:text, first_date:date,
 * last_date:date, documents:integer. */
int readout_store_person_titles(readout_cursor **out, readout_store *st, int64_t person);

/* The person's events, oldest first, one row per role at an event, the latest `limit` of
 * them (0: all): person_id:integer, date:date, role:text, listed:integer (1 = listed first in
 * that role), level:text, place:text, host:text, type:text, document:text, url:text.
 * Cut: the person's roles at events. */
enum { READOUT_PERSON_EVENTS = 200 }; /* the CLI's default limit */
int readout_store_person_events(readout_cursor **out, readout_store *st, int64_t person, size_t limit);

/* Who is listed in the same events, most shared events first, at most `limit` people (0:
 * all), counted over the person's latest READOUT_COLISTED_EVENTS roles at events:
 * person_id:integer, colisted_id:integer (theirs), name:text, region:text,
 * shared_events:integer, listed_before:integer, listed_after:integer (in the same role, by
 * listing order). Cut: the person's roles at events. */
enum { READOUT_COLISTED = 20, READOUT_COLISTED_EVENTS = 1000 };
int readout_store_person_colisted(readout_cursor **out, readout_store *st, int64_t person, size_t limit);

/* Listing order per role: person_id:integer, role:text, events:integer,
 * average_place:real (1 = first), listed_first:integer. */
int readout_store_person_order(readout_cursor **out, readout_store *st, int64_t person);

/* A career: the person's posts (extract/posts.c: the titles read as posts), first seen first:
 * person_id:integer, post_id:integer, post:text, rank:text, body:text, organization:text,
 * level:text, place:text, province:text, side:text ("party", "state" or NULL),
 * first_date:date, last_date:date (the documents' dates: NULL for a former post),
 * documents:integer, concurrent:integer (1: held beside a main post), former:integer. */
int readout_store_person_career(readout_cursor **out, readout_store *st, int64_t person);

/* The documents of each post of a career, in the career's order, latest `limit` documents of
 * each post (0: all): person_id:integer, post_id:integer, post:text, date:date, title:text (as
 * written there), document:text, url:text. Cut: the person's documents giving posts. */
enum { READOUT_CAREER_DOCUMENTS = 20 }; /* the CLI's default limit */
int readout_store_person_career_documents(readout_cursor **out, readout_store *st, int64_t person, size_t limit);

/* Events, by date, undated last (filters from, to, level, place, type, subject, limit):
 * date:date, level:text, place:text, host:text, type:text, subject:text, presided:text,
 * spoke:text (names, listing order, ", "-separated), attended:integer, document:text,
 * url:text. */
int readout_store_events(readout_cursor **out, readout_store *st, const readout_query *q);

/* Uses of each formulation per period (filters from, to, place, by, limit), by period:
 * formulation:text, zh:text, period:text ("YYYY-MM", or "YYYY-Www" by ISO week),
 * uses:integer, documents:integer. */
int readout_store_formulation_periods(readout_cursor **out, readout_store *st, const readout_query *q);

/* First and last use of each formulation (filters from, to, place, limit), most used first:
 * formulation:text, zh:text, first_seen:date, last_seen:date, uses:integer,
 * documents:integer. */
int readout_store_formulation_spans(readout_cursor **out, readout_store *st, const readout_query *q);

/* How a campaign (events whose subject contains `subject`) moved down the levels; day 0 is
 * its first central event, else its first event: level:text ("unknown" when not stored),
 * events:integer, first_date:date, last_date:date, first_day:integer, mean_day:real. */
int readout_store_cascade_levels(readout_cursor **out, readout_store *st, const char *subject);

/* The campaign's first `per_level` events at each level (0: all), by date: date:date,
 * day:integer, level:text, place:text, host:text, type:text, document:text, url:text.
 * Cut: events (total -1: some level had more). */
enum { READOUT_CASCADE_EVENTS = 20 };
int readout_store_cascade_events(readout_cursor **out, readout_store *st, const char *subject, size_t per_level);

/* Full-text search, best first, at most `limit` documents (0: 20): document:text, date:date,
 * place:text, snippet:text (matches in [brackets]), score:real, url:text. */
int readout_store_search(readout_cursor **out, readout_store *st, const char *query, size_t limit);

/* One read-only statement; one that would write is refused (READOUT_EINVALID). On
 * PostgreSQL it runs in a READ ONLY transaction, and not for a role that is a superuser or
 * may read server files or signal other sessions (READOUT_EINVALID with the reason). Column
 * types come from the engine: PostgreSQL's per column (integer, real for floating and
 * numeric, date, else text); SQLite's per cell (columns READOUT_TYPE_NULL), dates as text. */
int readout_store_sql(readout_cursor **out, readout_store *st, const char *sql);

/* Stored names nearest to `name`, for "did you mean": the closest first, at most n:
 * name:text, distance:integer (edits between the folded forms; 0 for a name that only starts
 * with the one asked). */
enum readout_names { READOUT_NAMES_PLACES = 1, READOUT_NAMES_PERSONS, READOUT_NAMES_POSTS };
int readout_store_nearest(readout_cursor **out, readout_store *st, int kind, const char *name, size_t n);

/* ---- near spellings ---- */

/* The candidates nearest to word, for suggestions: writes up to max indices into out, closest
 * first (then in candidates' order), and returns how many. Distance is the edits (insert,
 * delete, replace, swap two neighbours) between the words folded to lower case, by code
 * point; a candidate qualifies within max(1, (length + 1) / 4) edits. */
size_t readout_nearest(size_t *out, size_t max, const char *word, const char *const *candidates, size_t ncandidates);

#ifdef __cplusplus
}
#endif
#endif
