/* readout/pipeline.h — extracting a stream of documents on several threads, delivering the
 * results in input order on the calling thread. */
#ifndef READOUT_PIPELINE_H
#define READOUT_PIPELINE_H

#include "readout/extract.h"
#include "readout/source.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct readout_result {
	const readout_doc *doc;        /* id, origin and text of the input */
	const readout_record *record;  /* NULL when rc != 0 */
	int rc;                        /* 0, or the code for a bad input */
	const char *message;           /* the reason when rc != 0 */
} readout_result;

/* Called once per input, in input order, on the thread that called readout_pipeline_run.
 * Everything it receives is borrowed for the call. A non-zero return stops the run and is
 * returned by readout_pipeline_run. */
typedef int (*readout_sink)(void *user, const readout_result *result);

typedef struct readout_pipeline_options {
	unsigned version;
	unsigned threads;              /* worker threads; 0 or 1 = extract on the calling thread */
	readout_extract_options extract;
} readout_pipeline_options;

#define READOUT_PIPELINE_OPTIONS_VERSION 1
#define READOUT_PIPELINE_OPTIONS_INIT {READOUT_PIPELINE_OPTIONS_VERSION, 1, READOUT_EXTRACT_OPTIONS_INIT}

/* Reads every document of src, extracts it and hands the result to sink. Bad inputs reach
 * the sink as results with rc != 0; they do not stop the run. Returns 0, the sink's non-zero
 * value, or READOUT_ENOMEM. */
int readout_pipeline_run(readout_source *src, const readout_lexicon *lex,
                         const readout_pipeline_options *opts, readout_sink sink, void *user);

#ifdef __cplusplus
}
#endif
#endif
