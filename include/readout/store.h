/* readout/store.h — a queryable database of readouts: documents, events with roles, people
 * with title histories, formulations. SQLite by default (a file path); PostgreSQL when the
 * location is a postgresql:// or postgres:// URI. */
#ifndef READOUT_STORE_H
#define READOUT_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "readout/extract.h"
#include "readout/lexicon.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct readout_store readout_store;

typedef struct readout_store_options {
	unsigned version;
	int readonly;            /* open without write access (queries, `readout sql`) */
	int create;              /* create the file / schema when missing */
	/* Limits of the questions (readout/query.h); reaching one is READOUT_ETOOBIG with the
	 * reason. 0 means the default. */
	unsigned query_seconds;  /* time from a question until its cursor is freed: 60 */
	size_t max_rows;         /* rows a cursor may read: 1,000,000 */
	size_t max_answer_bytes; /* memory an answer held whole (readout_answer_read) may take: 256 MB */
	/* SQLite's page cache for this connection, bytes; 0 means the default: 512 KB for a reader,
	 * which reads most pages once and pays a page fault for every page of cache it touches, 56 MB
	 * for a writer. A reader that lives long and asks often (the web server) gains from more. */
	size_t cache_bytes;
	/* SQLite: bytes of the file read through a memory map instead of read() calls; 0, the
	 * default, reads. A reader that asks often of a file bigger than its page cache spends most
	 * of its time copying pages from the kernel otherwise (bench/README.md, "The web server"). */
	size_t mmap_bytes;
} readout_store_options;

#define READOUT_STORE_OPTIONS_VERSION 1
#define READOUT_STORE_OPTIONS_INIT {READOUT_STORE_OPTIONS_VERSION, 0, 1, 60, 1000000, 256u << 20, 0, 0}

/* Opens (and with opts->create, creates or migrates) a store. lex is borrowed (it places
 * people and events in the administrative hierarchy) and may be NULL for read-only use.
 * Returns 0, READOUT_EINVALID (not a readout database, or a corrupt file), READOUT_ENOTFOUND,
 * READOUT_EBUSY or READOUT_EIO. */
int readout_store_open(readout_store **out, const char *location, const readout_lexicon *lex,
                       const readout_store_options *opts);
void readout_store_close(readout_store *st);

/* "sqlite" or "postgresql". */
const char *readout_store_backend(const readout_store *st);

/* A token of what the store's questions see: when two calls on the same store give the same
 * token, no other connection committed a change in between, so an answer given after the first
 * is still the answer (SQLite's data_version; PostgreSQL's snapshot, which changes with any
 * write to the server's databases). NUL-terminated in out[cap]; cap of
 * READOUT_STORE_VERSION_MAX is enough. Returns 0, READOUT_EINVALID (cap too small), READOUT_EIO
 * or READOUT_EBUSY (a question's cursor is open). */
enum { READOUT_STORE_VERSION_MAX = 256 };
int readout_store_version(char *out, size_t cap, readout_store *st);

/* Several questions that must agree: between read_begin and read_end every question sees the
 * store as one snapshot (no commit of another connection shows in between), and each costs
 * less (SQLite takes its locks once). Not inside a batch; end it before a batch begins.
 * Returns 0, READOUT_EINVALID (a batch or read is open), READOUT_EBUSY (end: a cursor is open)
 * or READOUT_EIO. */
int readout_store_read_begin(readout_store *st);
int readout_store_read_end(readout_store *st);

/* Batches: everything between begin and commit lands together or not at all. */
/* A batch's size by default (`readout ingest --batch`): its documents, or its text if that
 * comes first. Each commit writes every index page the batch touched, and at scale a batch
 * touches most of them, so bigger batches write less (100,000 documents: 2,000 a batch took
 * 41 s, 10,000 took 33 s); its rows wait in memory for the commit (about 28 MB per 10,000
 * documents), which bounds it. */
enum { READOUT_BATCH_DOCS = 10000, READOUT_BATCH_TEXT = 64 << 20, READOUT_BATCH_MEMORY = 32 << 20 };
/* Bytes the open batch holds in memory until its commit (its rows, sums and names in use;
 * allocations may be up to twice that): a batch that reaches READOUT_BATCH_MEMORY should
 * commit, whatever its documents and text (readouts that list hundreds of attendees make
 * many rows from little text). 10,000 generated documents hold about 28 MB. */
size_t readout_store_batch_memory(const readout_store *st);
int readout_store_begin(readout_store *st);
int readout_store_commit(readout_store *st);
int readout_store_rollback(readout_store *st);

/* A bulk load (SQLite): the indexes only queries read (dates, places, a month's uses) are
 * rewritten all over by every commit, so a run into an empty or small database goes without
 * them and makes each once, with one sort, at its end. defer drops them when the documents
 * stored before the run are no more than the run_added it has committed so far (*deferred
 * says whether it did); restore makes them again. Both outside a batch. Until restore, or
 * after a crash until the next writable open (which makes them), queries answer the same,
 * more slowly. PostgreSQL keeps its indexes: both do nothing there. Return 0, READOUT_EINVALID
 * (a batch or read is open), READOUT_EBUSY or READOUT_EIO. */
int readout_store_defer_indexes(readout_store *st, size_t run_added, bool *deferred);
int readout_store_restore_indexes(readout_store *st);

/* Inside a batch: a savepoint around one document, so a failure undoes only that document
 * (on SQLite by deleting what it wrote, not with a SQL savepoint). A rollback that finds the
 * batch's transaction already ended by the failure returns an error: the batch is lost. */
int readout_store_savepoint(readout_store *st);
int readout_store_release_savepoint(readout_store *st);
int readout_store_rollback_savepoint(readout_store *st);

/* One document to store: its id, origin, text (may be NULL when only the extraction is at
 * hand), the content hash (hex; computed from text when NULL), its record and the input's
 * metadata (readout_doc.meta: a JSON object, or NULL). The metadata's "url", when a string,
 * is also the document's url. */
typedef struct readout_store_doc {
	const char *id;
	const char *origin;
	const char *text;
	size_t len;
	const char *hash;
	const readout_record *record;
	const char *meta;
	size_t meta_len;
} readout_store_doc;

/* Stores a document inside a batch. *added is 1 when new, 0 when a document with the same
 * content hash is already stored (then nothing is written). */
int readout_store_add(readout_store *st, const readout_store_doc *doc, int *added);

/* The content hash readout uses (XXH3-128 of the text, 32 hex digits) into out[33]. */
void readout_store_hash(char out[33], const char *text, size_t len);

/* ---- who is who (docs/schema.md, "Who is who") ---- */

/* A user's corrections of person resolution, read from a TSV file: rows "spelling <TAB> as
 * written <TAB> the person's name", "merge <TAB> name <TAB> place <TAB> place" and "split <TAB>
 * name <TAB> place", a place being "central", a provincial-level unit or "Province/Prefecture". */
typedef struct readout_overrides readout_overrides;

/* Reads path, checking its places against lex. Returns 0 with *out (readout_overrides_free),
 * or READOUT_EINVALID naming the file and line of the first bad row (nothing of the file is
 * taken), READOUT_ENOTFOUND, READOUT_EIO, READOUT_ENOMEM. */
int readout_overrides_load(readout_overrides **out, const char *path, const readout_lexicon *lex);
/* An empty set (*out): given to readout_store_resolve, it drops the store's corrections.
 * 0 or READOUT_ENOMEM. */
int readout_overrides_empty(readout_overrides **out);
size_t readout_overrides_count(const readout_overrides *ov);
void readout_overrides_free(readout_overrides *ov);

/* What readout_store_resolve did. */
typedef struct readout_resolve_report {
	int64_t documents;  /* documents read again (rebuild) */
	int64_t names;      /* names whose persons were decided again */
	int64_t moved;      /* facets (a name's mentions in one place) that changed person */
	int64_t persons_before, persons_after;
	int64_t overrides;  /* the store's overrides now */
} readout_resolve_report;

/* Decides who is who again over everything stored, in one transaction, outside any batch.
 * ov, when not NULL, replaces the store's overrides first (they are kept in the database and
 * applied by every later ingest); NULL keeps those stored. With rebuild, every stored record
 * is read again first, so posts, facets and name keys are made as this readout makes them
 * (after a change to data/posts.tsv or an upgrade). out may be NULL. Returns 0, or
 * READOUT_EINVALID (a read-only store, a batch open, a stored record that does not read),
 * READOUT_EIO, READOUT_ENOMEM. */
int readout_store_resolve(readout_store *st, const readout_overrides *ov, int rebuild, readout_resolve_report *out);

/* The questions a store answers are in readout/query.h. */

/* Counts for summaries and tests. */
typedef struct readout_store_counts {
	int64_t documents, events, persons, titles, roles, formulations;
} readout_store_counts;
int readout_store_counts_get(readout_store_counts *out, readout_store *st);

#ifdef __cplusplus
}
#endif
#endif
