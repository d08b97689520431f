/* io/jsonl.h — a fast path for the usual JSON Lines document (internal). */
#ifndef READOUT_IO_JSONL_H
#define READOUT_IO_JSONL_H

#include <stddef.h>

#include "readout/buf.h"

/* Reads one JSON object line, decoding its "id" (string or integer, *has_id) and "text"
 * (string) members; the others go into meta as one compact JSON object, their values as
 * written (meta stays empty when there are none). Returns 1 when the line is a well-formed object
 * with a "text" string; 0 when anything is unusual (a syntax error, a duplicate key, a control
 * character in a string, a buffer limit): the caller then parses the line with jansson, which
 * gives the precise message. Invalid UTF-8 inside strings is passed through for the extractor
 * to repair. */
int jsonl_fast_doc(const char *line, size_t len, readout_buf *id, readout_buf *text, readout_buf *meta,
                   int *has_id);

#endif
