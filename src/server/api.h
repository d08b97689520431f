/* server/api.h — the JSON API's answers (docs/api.md): a handler per route over the public
 * query API, the typed rows as JSON, and the one table that turns the library's error codes
 * into HTTP statuses. No SQL and no HTTP library here. */
#ifndef READOUT_SERVER_API_H
#define READOUT_SERVER_API_H

#include <jansson.h>
#include <stddef.h>

#include "readout/query.h"
#include "server/request.h"

/* Caps of the answers that are not the client's to choose: a search counts its documents up
 * to API_COUNT_MAX, a document page marks at most API_MARKS spans, a formulation chart draws
 * at most API_SERIES lines. Each says so in its answer when it is reached. */
enum { API_COUNT_MAX = 10000, API_MARKS = 5000, API_SERIES = 12 };

/* One call of the API. */
typedef struct api_call {
	readout_store *st;   /* this worker's store, read-only */
	const request *rq;   /* checked by request_parse */
	int status;          /* the HTTP status of a refusal (api_answer's return) */
	char message[1024];  /* its reason */
} api_call;

/* Answers a call of an API route: 0 with *out a new JSON object (json_decref), or the HTTP
 * status of the failure with the reason in call->message. */
int api_answer(json_t **out, api_call *call);

/* The HTTP status of a library error code: the one table. */
int api_status(int code);

/* ---- typed rows as JSON (api_json.c) ---- */

/* A JSON string of s, invalid UTF-8 replaced by U+FFFD (a damaged database's text still makes
 * JSON); JSON null for NULL. NULL only when out of memory. */
json_t *api_text(const char *s);
json_t *api_textn(const char *s, size_t len);

/* A cell as JSON: integers and reals as numbers (NaN as null), text and dates as strings,
 * NULL as null. */
json_t *api_cell(const readout_cell *c);

/* One row as an object keyed by column name; NULL when out of memory. */
json_t *api_row(const readout_column *cols, size_t ncols, const readout_cell *row);

/* Reads up to max rows of c (0: all) into *out, an array of objects keyed by column name;
 * *more (may be NULL) tells whether another row followed. Returns 0 or the cursor's error. */
int api_rows(json_t **out, readout_cursor *c, size_t max, int *more);

/* {"kept": n, "total": n} of a cut, or null when the question left nothing out. */
json_t *api_cut(readout_cut cut);

/* Sets o[key] to v (taking it); false when v is NULL (out of memory) or the set fails. */
int api_put(json_t *o, const char *key, json_t *v);

/* ---- a document's text and its facts (api_marks.c) ---- */

/* The document page's view of a record over its text: "facts" (one per person, title, date,
 * place, host, level, type, subject, role and formulation: {"kind", "label", ...}),
 * "record" (events, people and formulations with the ids of their facts) and "segments" (the
 * text cut at every edge of a fact's spans: a plain string, or {"t": text, "f": [fact ids]}).
 * Spans outside the text or inside a UTF-8 character are clipped to whole characters. At
 * most API_MARKS spans are marked; "marks_cut" says how many were left. Returns 0 or
 * READOUT_ENOMEM. */
int api_marks(json_t *out, const char *text, size_t len, const struct readout_record *rec);

#endif
