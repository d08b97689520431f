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

/* Filters; NULL or 0 means none. Each question below names the ones it reads. For people,
 * place and level are those of a post they held (with post, of the same post). */
typedef struct readout_query {
	const char *place;   /* a stored place or province (case-blind); people: a post's place or province */
	const char *title;   /* titles containing this */
	const char *level;   /* one of readout_level_name's levels; people: a post's */
	const char *type;    /* event types containing this */
	const char *subject; /* event subjects containing this */
	const char *from, *to; /* dates, YYYY-MM-DD, inclusive */
	const char *by;      /* periods: "month" (default), "week" (ISO 8601) or "year" */
	size_t limit;        /* at most this many rows; 0: all */
	const char *person;  /* documents naming a person of this name (case- and space-blind) */
	const char *formulation; /* formulations whose label or Chinese contains this (case-blind) */
	size_t offset;       /* rows skipped before the first (paging) */
	const char *const *names; /* formulations: for each name, the formulation whose label,
	                           * Chinese or pinyin it is (case-blind), else those whose label or
	                           * Chinese contains it; one that matches none is READOUT_ENOTFOUND
	                           * naming the nearest labels */
	size_t nnames;
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

/* A career: the person's posts (extract/posts.c: the titles read as posts), first seen first,
 * a bare post (a rank alone, "President") beside exactly one other current post of its rank
 * folded into that one (its dates spanning both, its documents counting each once):
 * person_id:integer, post_id:integer, post:text, rank:text, body:text, organization:text,
 * level:text, place:text, province:text, side:text ("party", "state" or NULL),
 * first_date:date, last_date:date (the documents' dates: NULL for a former post),
 * documents:integer, concurrent:integer (1: held beside a main post), former:integer. */
int readout_store_person_career(readout_cursor **out, readout_store *st, int64_t person);

/* The documents of each post of a career (a folded bare post's under the post it folds into,
 * a document of both once), in the career's order, latest `limit` documents of
 * each post (0: all; latest by date, undated last, then by document id, highest first), each
 * by date, undated last: person_id:integer, post_id:integer, post:text, date:date, title:text
 * (as written there), document:text, url:text. Cut (kept = limit, total unknown): some post has
 * more documents than the limit. */
enum { READOUT_CAREER_DOCUMENTS = 20 }; /* the CLI's default limit */
int readout_store_person_career_documents(readout_cursor **out, readout_store *st, int64_t person, size_t limit);

/* Events, by date, undated last (filters from, to, level, place, type, subject, limit):
 * date:date, level:text, place:text, host:text, type:text, subject:text, presided:text,
 * spoke:text (names, listing order, ", "-separated), attended:integer, document:text,
 * url:text. */
int readout_store_events(readout_cursor **out, readout_store *st, const readout_query *q);

/* Dated events per period and level (filters as readout_store_events, and by), by period,
 * then down the levels: period:text ("YYYY-MM", or "YYYY-Www" by ISO week), level:text
 * ("unknown" when not stored), events:integer. */
int readout_store_event_periods(readout_cursor **out, readout_store *st, const readout_query *q);

/* Events per place (filters as readout_store_events), the provinces with most events first,
 * then within each the places with most: province:text (NULL for central events and places
 * not placed in a province), place:text, level:text, events:integer,
 * province_events:integer (the province's total). */
int readout_store_event_places(readout_cursor **out, readout_store *st, const readout_query *q);

/* Every use of the formulations (quoted, numbered or known to the lexicon alike) per period,
 * as whole time series (filters from, to, place, level (of the documents), formulation,
 * names, by, limit): every period from the first with a use to the last (from the periods of
 * `from` and `to` when they are dates), by period, with every formulation in each, the most used
 * first, and 0 where it had none. limit keeps the `limit` most used formulations, each
 * whole: it never cuts a timeline. Undated uses are in no period (the spans count them).
 * formulation:text, zh:text, period:text ("YYYY-MM", "YYYY-Www" by ISO week, or "YYYY"),
 * uses:integer, documents:integer. More rows than the store's row limit is
 * READOUT_ETOOBIG. */
int readout_store_formulation_periods(readout_cursor **out, readout_store *st, const readout_query *q);

/* First and last use of each formulation (filters from, to, place, level, formulation,
 * names, limit), most used first:
 * formulation:text, zh:text, first_seen:date, last_seen:date, uses:integer,
 * documents:integer. */
int readout_store_formulation_spans(readout_cursor **out, readout_store *st, const readout_query *q);

/* The same per level of the documents using them (their main event's; "unknown" when it has
 * none), the most used formulations first (limit: that many formulations, with all their
 * levels), each down the levels: formulation:text, zh:text, level:text, first_seen:date,
 * last_seen:date, uses:integer, documents:integer. */
int readout_store_formulation_levels(readout_cursor **out, readout_store *st, const readout_query *q);

/* The same per province and place of the documents using them, each formulation's most used
 * place first: formulation:text, zh:text, province:text, place:text, first_seen:date,
 * last_seen:date, uses:integer, documents:integer. */
int readout_store_formulation_places(readout_cursor **out, readout_store *st, const readout_query *q);

/* The cascade of a central meeting: how the events relaying it (events on its subject) moved
 * down the levels. Day 0 is the close of the meeting: `day0` when given, else the last date
 * of the meeting's own sessions in the data (events whose host is the meeting's body: the
 * "20th National Congress of the CPC" for the subject "20th National Congress", the "19th
 * Central Committee" for "5th Plenary Session of the 19th Central Committee"); those sessions
 * are the meeting, not relays. Without either, day 0 is the first dated central relay, else
 * the first dated relay, and day0_from says so. One meeting reported by several documents is
 * one event with all its documents: events with the same host (case-blind), date and type,
 * and the events `readout reuse` put in one near-duplicate cluster (reports copied from one
 * another, undated ones too), transitively. An event's date is its reports' earliest, its
 * level the one most of them give (the higher on a tie; "unknown" when none does). */
typedef struct readout_cascade_query {
	const char *subject;  /* the stored subject equal to this (case-blind), else the one subject
	                       * containing it; several containing it and none equal: READOUT_EINVALID
	                       * naming them (a cascade has one day 0) */
	const char *day0;     /* YYYY-MM-DD, or NULL: from the data */
	const char *level;    /* the list: only the relays of this level (or "unknown"); NULL: all */
	size_t per_level;     /* the list: at most this many relays per level; 0: all */
} readout_cascade_query;

/* The figures, one row each: the meeting's sessions ("meeting": stored sessions of its body,
 * and events dated while it sat by the calendar of central meetings, data/meetings.tsv, when
 * the store was opened with a lexicon), the events dated before it opened ("before", when
 * there are some: preparations, not relays), the dated relays of each level that has some,
 * down the levels ("level"), the undated relays ("undated"), and every relay ("total"): row:text, level:text (NULL but in "level" rows), events:integer,
 * documents:integer (reports; a document reporting two events counts twice), first_date:date,
 * last_date:date, first_day:integer, median_day:real, last_day:integer, mean_day:real (days
 * after day 0 of the dated events, NULL without day 0; the median of an even number is the
 * mean of the middle two; the mean to one decimal), day0:date, day0_from:text ("given",
 * "meeting", "calendar", "first central relay", "first relay"; both NULL when there is neither
 * a dated event nor the meeting in the calendar).
 * A subject not stored gives the meeting, undated and total rows with no events. */
int readout_store_cascade_summary(readout_cursor **out, readout_store *st, const readout_cascade_query *q);

/* Every event (or per_level of each level), one row per document reporting it: the meeting's
 * sessions first, then down the levels, each by date, undated last: event:integer (its number
 * in this list), kind:text ("meeting", "before" or "relay"), level:text, date:date, day:integer (after
 * day 0), place:text, host:text, type:text, documents:integer (reporting the event),
 * document:text, url:text. Cut: the relays listed, of those of the levels asked. */
enum { READOUT_CASCADE_EVENTS = 20 }; /* the CLI's default per_level without a level */
int readout_store_cascade_list(readout_cursor **out, readout_store *st, const readout_cascade_query *q);

/* The same as readout_store_cascade_summary and _list for a subject alone (and per_level). */
int readout_store_cascade_levels(readout_cursor **out, readout_store *st, const char *subject);
int readout_store_cascade_events(readout_cursor **out, readout_store *st, const char *subject, size_t per_level);

/* Protocol order: the order in which the readouts of a body's meetings list its leaders, and
 * where it changes. */
typedef struct readout_rank_query {
	const char *body;     /* the host of the meetings, as stored (case-blind) */
	const char *from, *to; /* dates, YYYY-MM-DD, inclusive; NULL: all */
	int changes_only;     /* leave out the rows whose change is "same" */
	const char *place;    /* the place it meets in (case-blind), or NULL: a body whose meetings
	                       * are in several places (one named by its kind alone, "Standing
	                       * Committee of the Provincial Party Committee") is READOUT_EINVALID
	                       * naming them; a place it never meets in, READOUT_ENOTFOUND */
} readout_rank_query;

/* The body's dated meetings in order, each with the people listed, presiders first, then those
 * attending, each in the order written (a person once, at their first place; speakers are
 * listed by the agenda, not by rank, and are left out). Reports of one meeting (the body's
 * events of one date and type) are one meeting, listed as the report naming most people gives
 * it. One row per person listed, then one per person listed at the meeting before and not at
 * this one: event:integer (the meeting's number, 1 = the first), date:date, type:text,
 * rank:integer (1 = listed first; NULL for one dropped out), person_id:integer, name:text,
 * role:text (presided or attended; NULL for one dropped out), previous_rank:integer (at the
 * meeting before; NULL when not listed there), change:text ("first" at the first meeting;
 * "new" never listed before, "returned" listed before but not at the meeting before, "up",
 * "down" or "same" by their place among the people listed at both meetings, so one person
 * leaving moves nobody up; "dropped"), documents:integer (reports of the meeting),
 * document:text, url:text (the report whose listing it is). A body that hosts no stored event
 * is READOUT_ENOTFOUND naming hosts that contain it. Cut: the dated meetings, of all (the
 * undated ones cannot be placed in time and are left out). */
int readout_store_rank(readout_cursor **out, readout_store *st, const readout_rank_query *q);

/* Each person's course through the same meetings (changes_only aside), the people of the
 * latest meeting first in its order, then the others, latest first: person_id:integer,
 * name:text, meetings:integer (listed at), first_date:date, last_date:date,
 * first_rank:integer, last_rank:integer, best_rank:integer, moved_up:integer,
 * moved_down:integer, dropped:integer (times not listed after a meeting that listed them).
 * Errors and cut as readout_store_rank. */
int readout_store_rank_people(readout_cursor **out, readout_store *st, const readout_rank_query *q);

/* Full-text search, best first (filters from, to (the document's date), place, level (the
 * document's), type, subject (of one of its events), person, formulation, limit (0: 20),
 * offset): document:text, date:date, place:text, snippet:text (matches in [brackets]),
 * score:real, url:text. A query that is NULL or blank lists the documents the filters
 * give, newest first, each with its first words as the snippet and a NULL score; a query of
 * stop words alone matches nothing. q may be NULL. */
int readout_store_search(readout_cursor **out, readout_store *st, const char *query, const readout_query *q);

/* How many documents readout_store_search would list for query and q without limit and
 * offset, counting up to `most` (0: all): *out is the count, and *more 1 when there were more
 * than `most` (then *out is most). Errors as readout_store_search. */
int readout_store_search_count(int64_t *out, int *more, readout_store *st, const char *query, const readout_query *q,
                               int64_t most);

/* A search's page (as readout_store_search) and its count (as readout_store_search_count) in
 * one question. On SQLite, a query of plain words and "quoted phrases" is ranked and counted
 * in one pass over its matches, the last stored first, that stops where the count does: a
 * query that matches more than `most` documents (then *more is 1) is ranked among the most + 1
 * documents stored last, and its pages reach those alone: that bounds the work of a query of
 * common words (a word in 95% of 100,000 documents: 21 ms ranked whole). most 0 ranks and
 * counts every match. Errors as readout_store_search; most < 0 is READOUT_EINVALID. */
int readout_store_search_page(readout_cursor **out, int64_t *total, int *more, readout_store *st, const char *query,
                              const readout_query *q, int64_t most);

/* The stored documents of an id (readout_store_doc.id: a file's name, a JSON line's "id"),
 * in the order stored; READOUT_ENOTFOUND when there is none: document:text, hash:text,
 * origin:text, published:date, date:date, place:text, province:text, level:text, url:text,
 * meta:text (JSON object, or NULL), record:text (the extraction as JSON, as
 * readout_record_write_json wrote it: readout_record_parse reads it), text:text (NULL when
 * stored without). */
int readout_store_document(readout_cursor **out, readout_store *st, const char *document);

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
