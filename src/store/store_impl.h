/* store/store_impl.h — the store's state, shared by store.c (ingest) and query.c. */
#ifndef READOUT_STORE_IMPL_H
#define READOUT_STORE_IMPL_H

#include "extract/identity.h"
#include "extract/overrides.h"
#include "extract/posts.h"
#include "lexicon/lexicon_impl.h"
#include "readout/buf.h"
#include "readout/query.h"
#include "readout/store.h"
#include "store/db.h"
#include "store/memo.h"
#include "store/names.h"
#include "store/rows.h"
#include "store/search_stats.h"
#include "store/tally.h"
#include "text/namekey.h"
#include "util/u64map.h"

enum {
	S_INS_DOC, S_SEL_BATCH_TEXT, S_INS_FTS, S_INS_EVENT, S_SEL_PERSONS, S_INS_PERSON, S_SET_REGION,
	S_INS_FORM, S_SEL_FORM, S_HAS_TITLE, S_INS_POST, S_SEL_POST, S_INS_FACET, S_SET_EVENT_PEOPLE,
	S_SAVEPOINT, S_RELEASE, S_ROLLBACK_TO,
	S_UNDO_EVENTS, S_UNDO_DOC, S_UNDO_PERSONS, S_UNDO_FORMS, S_UNDO_REGION, S_UNDO_POSTS, S_UNDO_FACET, S_COUNT
};

/* SQLite: what the current document has written, so that undoing it needs no savepoint (one
 * cost a copy of every page the document touched first, a fourteenth of ingest's work). Ids
 * only grow inside a batch, which holds the write lock: the persons and formulations the
 * document made are those from its first one on. */
typedef struct made_facet {
	int64_t person;
	char key[IDENTITY_FACET_MAX];
} made_facet;

typedef struct doc_writes {
	int64_t doc_id;       /* its documents row (and events), or 0 */
	int64_t first_person; /* the first person it made, or 0 */
	int64_t first_form;   /* the first formulation it made, or 0 */
	int64_t first_post;   /* the first post it made, or 0 */
	int64_t *placed;      /* the persons it gave a region */
	size_t nplaced, cap;
	made_facet *facets;   /* the facets it gave persons */
	size_t nfacets, fcap;
} doc_writes;

/* A title read in a document's context: its stored post and where the post puts its holder. */
typedef struct placed_post {
	int64_t id;             /* 0: the title names no post */
	bool former;
	const char *facet;      /* post_facet's key, or NULL */
	bool borrowed;          /* its place is the document's (post.borrowed) */
} placed_post;

/* What the titles of a batch read as (extract/posts.h): each title is read once per batch,
 * and placed once per document place and level it comes with. */
typedef struct post_cache {
	memo titles;            /* title -> index into readings */
	post_reading *readings;
	size_t n, cap;
	u64map placed;          /* (reading, place, level) -> index into posts + 1 */
	placed_post *posts;
	size_t nposts, pcap;
	arena facets;           /* the placed posts' facet keys */
} post_cache;

/* The summary tables write_sums (store.c) fills: one statement pair each. */
enum { STORE_SUM_TABLES = 7 };

struct readout_store {
	db *db;
	const readout_lexicon *lex;
	db_stmt *stmt[S_COUNT];
	db_stmt *sum_stmt[STORE_SUM_TABLES][2]; /* write_sums: per summary table, many rows and one row */
	int in_batch;
	int64_t fts_first, fts_last; /* SQLite: ids of this batch's documents still to index for search */
	int stale;           /* read-only: made before the summary tables and indexes the queries use */
	bool form_groups;    /* formulation_levels and formulation_places exist (schema version 12 on) */
	bool titles_by_person; /* person_titles_person_post is made (schema version 13 on) unless deferred */
	bool url_index;      /* SQLite: documents_id_ext_url, which covers url (else documents_id_ext) */
	bool has_url;        /* documents.url exists (schema version 6 on; a reader of an older one) */
	bool in_savepoint;
	bool in_read;        /* between readout_store_read_begin and _end */
	doc_writes undo;     /* SQLite, inside a savepoint: see doc_writes */
	/* this batch's additions to persons' counts and dates ('P', person id), to person_posts
	 * ('T', person id, title), to formulation_months ('M', formulation id, month), to
	 * formulation_levels ('L', formulation id, level) and to formulation_places ('G',
	 * formulation id, group_key's key), written at commit */
	tally sums;
	tally form_ids; /* formulation key -> id ('F'); forgotten at any rollback */
	tally post_ids; /* post key -> id ('Q'); forgotten at any rollback */
	rows rows;      /* this batch's appearances, titles, roles and formulation uses */
	names names;    /* this batch's view of the persons of each name key */
	post_cache posts;  /* this batch's titles read as posts */
	readout_overrides *overrides; /* the user's corrections, as stored (a writer reads them at open) */
	int64_t batch_first_doc; /* the batch's first document id (people.c): reconcile.c places
	                          * mentions of no facet from it on; 0 for every document */
	strmap dirty;      /* name keys whose persons the batch's commit decides again (reconcile.c) */
	arena dirty_keys;
	/* post id -> a name key (in watch_keys): the posts of names whose places a post changing
	 * hands tells apart (reconcile.c); a batch naming a holder of one decides the name again.
	 * For the store's lifetime: a later run sees them when the name itself comes again. */
	u64map watched;
	arena watch_keys;
	readout_buf json; /* the record being added, as JSON: one buffer reused */
	readout_buf url;  /* the url in the metadata of the document being added */
	/* queries: each one's time limit, and the rows and memory of an answer (options) */
	unsigned query_seconds;
	size_t max_rows, max_answer_bytes;
	bool asking; /* a question's cursor is open (store/cursor.c) */
	search_stats search; /* a read-only store's, between searches */
};

/* A document being added, as store.c, people.c and rebuild.c share it. */
typedef struct add_ctx {
	readout_store *st;
	const readout_store_doc *doc;
	int64_t doc_id;
	const char *date;
	const char *province;
	const char *url;
	int64_t *person_ids;
	const char **person_names; /* as stored in persons.name */
	const int64_t *event_ids;  /* rebuild: the document's stored events, by ord; NULL when adding */
} add_ctx;

/* The provincial-level unit of a lexicon place (its standard name), or NULL. */
const char *store__province_name(const readout_store *st, int place);

/* A calendar date as YYYY-MM-DD, or NULL. */
const char *store__clean_date(const char *d);

/* Adds to the batch's tally for (kind, id, text): a uses or mentions, and one document the
 * first time this document touches it. 0 or READOUT_ENOMEM. */
int store__tally_add(readout_store *st, char kind, int64_t id, const char *text, int64_t a, const char *date);

/* The document's people (people.c): their titles read as posts, each mention's person,
 * appearances, titles and the sums of posts, careers and facets. Fills c->person_ids and
 * c->person_names. */
int store__add_people(add_ctx *c);

/* The document's events with their roles (store.c); with c->event_ids, the stored events'
 * people only (rebuild.c). */
int store__add_events(add_ctx *c);

/* The batch's people state: forgotten at commit and rollback (post readings, names, names
 * to reconcile), or at a document's rollback (names). */
void store__people_init(readout_store *st);
void store__people_dispose(readout_store *st);
void store__people_clear(readout_store *st);
/* Forgets the posts' ids (a rollback may have taken the rows they name). */
void store__people_forget_posts(readout_store *st);
size_t store__people_memory(const readout_store *st);

/* Marks name key for the commit's reconcile. 0 or READOUT_ENOMEM. */
int store__mark_dirty(readout_store *st, const char *key);

/* Decides again who is who for the names the batch marked (reconcile.c), in the batch's
 * transaction, after its rows and sums are written. */
int store__reconcile(readout_store *st);

/* The first column of a one-row query (a count) into *n, 0 when it gives no row. */
int store__count_rows(readout_store *st, const char *sql, int64_t *n);

/* Writes the batch's rows and sums and decides the names they touched again (reconcile.c),
 * without ending the transaction; the batch's memory is then empty. A commit starts so. */
int store__flush_people(readout_store *st);

/* Whether a bulk ingest has dropped the query-only indexes and not yet made them again
 * (bulk.c): *yes. */
int store__indexes_deferred(readout_store *st, bool *yes);

/* Recognises the database's schema and brings a writer's to the latest by numbered steps, or
 * makes it when there is none and create is set (migrate.c): inside store.c's transaction. */
int store__open_schema(readout_store *st, bool create);

/* Reads the stored overrides into st->overrides (a writer, at open). */
int store__load_overrides(readout_store *st);

/* Makes every person, appearance, title, role and sum of people again from the stored records
 * (rebuild.c), inside the caller's transaction and outside any batch: the upgrade of a
 * database made before posts and facets, and readout_store_resolve's rebuild. */
int store__rebuild_people(readout_store *st, int64_t *documents);

/* Prepares statement `which` on first use. */
int store__stmt(readout_store *st, int which, db_stmt **out);

/* A cursor over sql with params ($1..$n, NULL allowed), typed as the engine types it
 * (query.c). */
int store__query(readout_cursor **out, readout_store *st, const char *sql, const char *const *params, size_t nparams);

/* A "contains" argument for LIKE '%' || $n || '%' ESCAPE '\' (the user's % and _ match
 * themselves); NULL for NULL, or on error with *rc set. The caller frees it (query.c). */
char *store__like_arg(const char *v, int *rc);

/* "documents d" for looking up ext_id and url by id, from a covering index where there is one
 * (query.c). */
const char *store__docs_by_id(const readout_store *st);

/* 0, or READOUT_EINVALID when a read-only database needs the tables of a newer readout
 * (query.c). */
int store__need_current(const readout_store *st);

#endif
