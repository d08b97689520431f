/* cli/table.h — output formats for query answers. */
#ifndef READOUT_CLI_TABLE_H
#define READOUT_CLI_TABLE_H

#include <stdio.h>

#include "readout/store.h"

enum { FMT_TABLE, FMT_CSV, FMT_JSONL, FMT_JSON };

/* "table", "csv", "jsonl", "json" -> FMT_*; -1 if none. */
int table_format_parse(const char *s);

/* Prints every section of t. A multi-section answer in CSV gets a blank line between
 * sections; in JSON Lines a "section" key; in JSON an object keyed by section. */
void table_print(FILE *f, const readout_table *t, int format);

/* An answer printed row by row as it comes (csv, jsonl or json; the aligned table needs every
 * row first): rows with cells NULL is the header. table_stream_row returns -1 once the output
 * has failed. */
typedef struct table_stream {
	FILE *f;
	int format;
	int started;
	size_t rows;
} table_stream;
int table_stream_row(table_stream *ts, size_t ncols, const char *const *names, const char *const *cells);
/* Closes the JSON array, if the header came. */
void table_stream_end(table_stream *ts);

#endif
