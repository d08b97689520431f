/* reuse/run.h — the steps all-pairs runs and reference runs share (internal): loading the
 * stored documents into a corpus, turning passages found over content words into byte spans
 * and word counts, the settings a store's results were made with, and the clusters. */
#ifndef READOUT_REUSE_RUN_H
#define READOUT_REUSE_RUN_H

#include <stddef.h>
#include <stdint.h>

#include "readout/reuse.h"
#include "reuse/align.h"
#include "reuse/corpus.h"
#include "reuse/words.h"
#include "store/reuse_db.h"

/* The options with defaults for NULL, and the alignment parameters they imply. */
void reuse_settle(readout_reuse_options *o, reuse_align_params *p, const readout_reuse_options *given);

/* "ngram=4 max_df=100 min_shared=2 min_matches=9": the settings results depend on. */
void reuse_settings_text(char *out, size_t cap, const readout_reuse_options *o);

/* Refuses (READOUT_EINVALID) to mix results of other settings with a run of this kind's
 * ("pairs" or "reference"). */
int reuse_check_settings(readout_store *st, const char *kind, const char *settings);

/* Ends the batch that stores a run: commits, or after a failure rc rolls back and returns rc
 * with its message. */
int reuse_end_batch(readout_store *st, int rc);

/* Loads every stored document with a text into c, in id order; those whose id is in done
 * (sorted) are old, the rest new. Counts go to sum. */
int reuse_load(reuse_corpus *c, readout_store *st, const int64_t *done, size_t ndone, const readout_reuse_options *o,
               readout_reuse_summary *sum);

/* Where a passage lies in a document's text. */
typedef struct reuse_span {
	uint32_t start, end;   /* bytes */
	uint32_t w0, w1;       /* words [w0, w1) */
} reuse_span;

/* One end of a passage to locate: content words [x0, x1) of corpus document doc. */
typedef struct reuse_end {
	uint32_t doc;
	uint32_t x0, x1;
	reuse_span *out;
} reuse_end;

/* Reads the documents the ends name and fills each end's span. ends are reordered. */
int reuse_locate(readout_store *st, const reuse_corpus *c, reuse_end *ends, size_t n);

/* The span of content words [x0, x1) of a document split into w. */
reuse_span reuse_span_of(const reuse_words *w, uint32_t x0, uint32_t x1);

/* Words covered by the union of spans (each [w0, w1)); spans are reordered. */
uint32_t reuse_covered(reuse_span **spans, size_t n);

/* Recomputes the near-duplicate clusters of documents and their events from every stored
 * pair (inside the writer's batch). */
int reuse_cluster(reuse_db_writer *w, double near_duplicate, readout_reuse_summary *sum);

/* The current time, UTC, ISO 8601, into out[21]. */
void reuse_now(char out[21]);

/* Seconds on the monotonic clock. */
double reuse_clock(void);

#endif
