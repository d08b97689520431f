/* reuse/corpus.h — every stored document as reuse needs it in memory (internal): a few
 * fields to orient pairs, its word count, and its content words' terms, all documents' terms
 * in one array (4 bytes a content word: 100,000 readouts take about 200 MB). Texts are not
 * kept: passages are turned into byte spans by reading the few documents they name again. */
#ifndef READOUT_REUSE_CORPUS_H
#define READOUT_REUSE_CORPUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "readout/reuse.h"
#include "reuse/align.h"

/* Levels from the top: central documents are sources for provincial ones, and so on. */
enum { LEVEL_CENTRAL, LEVEL_PROVINCIAL, LEVEL_PREFECTURAL, LEVEL_COUNTY, LEVEL_UNKNOWN };

typedef struct reuse_doc {
	int64_t id;            /* the store's id (0 for a reference or a streamed document) */
	char hash[33];         /* content hash: the last tie-breaker of direction */
	char date[11];         /* published date, else the event's; "" when none */
	uint8_t level;         /* LEVEL_* */
	bool is_new;           /* not aligned by an earlier run */
	uint32_t words;        /* every word, stop words too */
	uint32_t nterms;
	uint64_t first;        /* its terms: corpus.terms[first .. first + nterms) */
} reuse_doc;

typedef struct reuse_corpus {
	reuse_doc *docs;
	size_t n, cap;
	uint32_t *terms;
	size_t nterms, tcap;
	uint64_t *marks;       /* boilerplate marks over all terms (reuse/align.h), or NULL */
} reuse_corpus;

void reuse_corpus_dispose(reuse_corpus *c);

/* LEVEL_* of a level name ("central", ...; NULL or another name is LEVEL_UNKNOWN). */
int reuse_level_rank(const char *level);

/* Sets d's date from a published date or, when that is not a date, the event's date. */
void reuse_doc_set_date(reuse_doc *d, const char *published, const char *date);

/* Appends a document and its terms. */
int reuse_corpus_add(reuse_corpus *c, const reuse_doc *d, const uint32_t *terms, size_t nterms);

/* Allocates the marks (all clear) for the terms added so far. */
int reuse_corpus_alloc_marks(reuse_corpus *c);

/* Document i as one side of an alignment. */
reuse_side reuse_corpus_side(const reuse_corpus *c, size_t i);

/* Which of two documents is the source (earlier by date, then higher by level, then by
 * hash): 0 for a, 1 for b; *how is "date", "level" or "none". */
int reuse_source_of(const reuse_doc *a, const reuse_doc *b, const char **how);

enum { REUSE_MAX_THREADS = 256 };

/* Runs fn(ctx, k) for k = 0..n-1 (n at most REUSE_MAX_THREADS), on n threads of which the
 * calling thread is one; a share whose thread cannot start runs on the calling thread. */
void reuse_parallel(unsigned n, void (*fn)(void *ctx, unsigned k), void *ctx);

/* n-gram hash of terms[0..n): 64 bits, never 0. */
uint64_t reuse_ngram_hash(const uint32_t *terms, unsigned n);

/* Marks content words [pos, pos + n) of marks (a bit array). Atomic: threads mark at once. */
void reuse_mark(uint64_t *marks, uint64_t pos, unsigned n);

#endif
