/* readout/extract.h — turning one readout's text into a record of events, people and
 * formulations, each fact with the byte spans of the text that supports it. */
#ifndef READOUT_EXTRACT_H
#define READOUT_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "readout/buf.h"
#include "readout/lexicon.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A byte range [start, end) of the document's text. */
typedef struct readout_span {
	uint32_t start, end;
} readout_span;

/* A string with the spans that support it. A value assembled from two places (a title whose
 * tail is shared: "Secretary and Minister of X") has two spans. */
typedef struct readout_value {
	const char *text;
	readout_span *spans;
	size_t nspans;
} readout_value;

typedef struct readout_person {
	const char *name;        /* as first written: "Chen Miner", "ZHOU Haobo" */
	readout_value *titles;   /* one post each, as written */
	size_t ntitles;
	readout_span *mentions;  /* every mention, full name or surname-only reference */
	size_t nmentions;
} readout_person;

typedef struct readout_event {
	readout_value date;      /* YYYY-MM-DD or NULL text when the year is unknown */
	const char *date_partial;/* "--10-24" when only month and day are known, else NULL */
	readout_value host, place, level, type, format, size, duration, subject;
	readout_value *presided, *spoke, *attended; /* person names, as in readout_person.name */
	size_t npresided, nspoke, nattended;
	readout_span span;       /* the sentence that introduces the event */
} readout_event;

/* How a formulation was found: the strongest of its uses. */
typedef enum readout_cue {
	READOUT_CUE_QUOTED = 1,   /* in quotation marks */
	READOUT_CUE_NUMBERED,     /* a numbered formula ("four consciousnesses"), unquoted */
	READOUT_CUE_LEXICON       /* only as a rendering the lexicon knows, unquoted and unnumbered */
} readout_cue;

/* "quoted", "numbered" or "lexicon" (NULL for anything else). */
const char *readout_cue_name(int cue);

typedef struct readout_formulation {
	const char *label;       /* its usual English name: the lexicon's first rendering, else forms[0] */
	const char *zh;          /* Chinese original from the lexicon, or NULL */
	const char *pinyin;      /* or NULL */
	const char **forms;      /* distinct surface forms, in order of first use */
	size_t nforms;
	size_t count;            /* occurrences in the document */
	readout_span *spans;     /* one per occurrence */
	size_t nspans;
	int cue;                 /* enum readout_cue */
} readout_formulation;

typedef struct readout_record {
	char hash[33];           /* content hash of the input text: XXH3-128, hex */
	const char *published;   /* the dateline's date, YYYY-MM-DD, or NULL */
	readout_person *people;
	size_t npeople;
	readout_event *events;   /* the main (first) event first */
	size_t nevents;
	readout_formulation *formulations;
	size_t nformulations;
	size_t repaired_bytes;   /* invalid UTF-8 bytes replaced by '?' */
	const char **warnings;   /* limits reached while extracting, one line each: what was left out */
	size_t nwarnings;
} readout_record;

typedef struct readout_extract_options {
	unsigned version;
	size_t max_bytes;        /* documents longer than this are refused (READOUT_ETOOBIG) */
	size_t max_memory;       /* cap on the per-document arena */
	size_t work_per_kb;      /* budget of the steps that grow faster than the text (comparing a
	                          * person's titles with each other): this many per KB, and at least
	                          * 100,000 per document (readouts take under 100); when it runs out,
	                          * the rest of that work is left out and the record has a warning.
	                          * 0 means the default, 256 */
} readout_extract_options;

#define READOUT_EXTRACT_OPTIONS_VERSION 1
#define READOUT_EXTRACT_OPTIONS_INIT {READOUT_EXTRACT_OPTIONS_VERSION, 16u << 20, 256u << 20, 256}

/* An extractor holds the scratch memory for one document at a time; use one per thread. */
typedef struct readout_extractor readout_extractor;

/* lex is borrowed and must outlive the extractor. opts may be NULL for defaults. */
int readout_extractor_new(readout_extractor **out, const readout_lexicon *lex,
                          const readout_extract_options *opts);
void readout_extractor_free(readout_extractor *ex);

/* Extracts one document. The text is copied (invalid UTF-8 is repaired in the copy) and the
 * record returned in *out is borrowed from the extractor: valid until its next call.
 * Returns 0, READOUT_ETOOBIG, READOUT_EINVALID (binary input) or READOUT_ENOMEM. */
int readout_extract(const readout_record **out, readout_extractor *ex, const char *text, size_t len);

/* The text the last record's spans point into (the repaired copy). */
const char *readout_extractor_text(const readout_extractor *ex, size_t *len);

/* Appends the record as one JSON object (no newline) with the given id. pretty indents it.
 * Returns 0 or the buffer's error. */
int readout_record_write_json(readout_buf *out, const char *id, const readout_record *rec, int pretty);

/* The same, with the document's text as a "text" member, so the output can be stored later
 * without the input (`readout ingest --from-extracted`). */
int readout_record_write_json_text(readout_buf *out, const char *id, const readout_record *rec, int pretty,
                                   const char *text, size_t len);

/* What a record's JSON carries besides the extraction. */
typedef struct readout_json_extras {
	const char *meta;        /* the input's metadata, a JSON object written as it is
	                          * (readout_doc.meta), as "meta"; or NULL */
	size_t meta_len;
	const char *text;        /* the document's text, as "text"; or NULL */
	size_t len;
} readout_json_extras;

/* The record with the extras that are not NULL (x itself may be NULL). */
int readout_record_write_json_with(readout_buf *out, const char *id, const readout_record *rec, int pretty,
                                   const readout_json_extras *x);

/* A record read back from readout's JSON output (jansson). Everything is owned by it. */
typedef struct readout_parsed {
	char *id;
	char *text;              /* NULL when the JSON had no "text" */
	size_t len;
	char *meta;              /* the "meta" object as compact JSON, or NULL when it had none */
	size_t meta_len;
	readout_record record;
	void *priv;
} readout_parsed;

/* Parses one JSON object as written by readout_record_write_json(_text). Returns 0 and a
 * parsed record the caller frees with readout_parsed_free, or READOUT_EINVALID with a
 * message (malformed JSON, a missing "hash" or "id", a field of the wrong type). */
int readout_record_parse(readout_parsed **out, const char *json, size_t len);
void readout_parsed_free(readout_parsed *p);

#ifdef __cplusplus
}
#endif
#endif
