/* reuse/index.h — the n-grams of a corpus that can anchor a passage (internal): those held by
 * at least 2 and at most max_df documents. Built in passes over the corpus, each keeping the
 * n-grams of one slice of the hash range (at most REUSE_SLICE occurrences in memory at once),
 * sorted, counted by document; n-grams in more than max_df documents are boilerplate: every
 * occurrence is marked in the corpus and none is kept. A document counts an n-gram once, at
 * its first position. */
#ifndef READOUT_REUSE_INDEX_H
#define READOUT_REUSE_INDEX_H

#include <stddef.h>
#include <stdint.h>

#include "readout/reuse.h"
#include "reuse/corpus.h"

/* An anchor n-gram of a document: the n-gram's number in the index, its first position. */
typedef struct reuse_gram {
	uint32_t gram, pos;
} reuse_gram;

typedef struct reuse_index {
	size_t ngrams;          /* anchor n-grams, numbered 0..ngrams-1 */
	uint64_t *gram_first;   /* gram g's documents: docs[gram_first[g] .. gram_first[g + 1]) */
	uint32_t *docs;         /* document numbers in the corpus, ascending per gram */
	uint64_t *doc_first;    /* document d's grams: grams[doc_first[d] .. doc_first[d + 1]) */
	reuse_gram *grams;      /* ascending by gram per document */
	size_t distinct;        /* distinct n-grams in the corpus */
	size_t boilerplate;     /* of those, in more than max_df documents */
} reuse_index;

/* Occurrences sorted in one pass: 16 bytes each, twice (the sort's copy), per thread: 256 MB
 * a thread. */
enum { REUSE_SLICE = 8u << 20 };

/* Builds the index of c's n-grams of ngram words and marks c's boilerplate (allocating
 * c->marks), slices of at most `slice` occurrences (0: REUSE_SLICE) sorted on `threads`
 * threads. Returns 0 or READOUT_ENOMEM / READOUT_ETOOBIG (more than 2^32 anchor n-grams). */
int reuse_index_build(reuse_index *ix, reuse_corpus *c, unsigned ngram, unsigned max_df, unsigned threads,
                      size_t slice, readout_reuse_progress progress, void *progress_user);
void reuse_index_dispose(reuse_index *ix);

/* The anchors two documents share: positions of the n-grams both hold, (position in a,
 * position in b), appended to *out. */
int reuse_index_shared(const reuse_index *ix, size_t a, size_t b, reuse_anchor **out, size_t *n, size_t *cap);

#endif
