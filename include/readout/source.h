/* readout/source.h — reading documents from files, folders, JSON Lines and stdin.
 * A bad input (missing, empty, binary, too big, a malformed JSON line) is reported as an
 * error for that input and reading goes on with the next. */
#ifndef READOUT_SOURCE_H
#define READOUT_SOURCE_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

enum readout_input_format { READOUT_INPUT_AUTO = 0, READOUT_INPUT_TEXT, READOUT_INPUT_JSONL };

typedef struct readout_source_options {
	unsigned version;
	size_t max_bytes;      /* largest document (and JSON line) accepted */
	int stdin_format;      /* enum readout_input_format for "-" */
} readout_source_options;

#define READOUT_SOURCE_OPTIONS_VERSION 1
#define READOUT_SOURCE_OPTIONS_INIT {READOUT_SOURCE_OPTIONS_VERSION, 16u << 20, READOUT_INPUT_AUTO}

/* One document. Borrowed from the source: valid until the next readout_source_next(). */
typedef struct readout_doc {
	const char *id;        /* file base name without extension, or the JSON line's "id" */
	const char *origin;    /* where it came from, for messages: "dir/a.txt", "in.jsonl:12" */
	const char *text;
	size_t len;
	const char *json_line; /* for JSON Lines input: the whole line (other keys ride along) */
	size_t json_len;
	const char *meta;      /* for JSON Lines input: the line's members besides "id" and "text"
	                        * ("url", "title", ...) as one compact JSON object; NULL when it had
	                        * none, and for text input */
	size_t meta_len;
} readout_doc;

typedef struct readout_source readout_source;

/* paths: files, folders (their *.txt files, sorted), *.jsonl files, or "-" for stdin.
 * The array is copied. Returns 0 or READOUT_ENOMEM. */
int readout_source_open(readout_source **out, const char *const *paths, size_t npaths,
                        const readout_source_options *opts);

/* Reads documents from an already-open stream f: JSON Lines or one text document, as format
 * (enum readout_input_format; AUTO sniffs like "-" does). name is used for ids and messages
 * ("name:12"); it is copied. f is borrowed: the source never closes it, and the caller keeps it
 * open until readout_source_free. opts may be NULL. Returns 0 or READOUT_ENOMEM. */
int readout_source_open_stream(readout_source **out, FILE *f, const char *name, int format,
                               const readout_source_options *opts);

/* Reads the next document into *doc. Returns 1 with a document, 0 at the end, or a negative
 * code for one bad input: doc->origin names it, readout_error_message() says why; call
 * again to go on. */
int readout_source_next(readout_source *src, readout_doc *doc);

void readout_source_free(readout_source *src);

#ifdef __cplusplus
}
#endif
#endif
