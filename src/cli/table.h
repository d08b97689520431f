/* cli/table.h — the query commands' output: one table in an output format, from the typed
 * rows of one or more cursors with the same columns. */
#ifndef READOUT_CLI_TABLE_H
#define READOUT_CLI_TABLE_H

#include <stdbool.h>
#include <stdio.h>

#include "readout/query.h"

enum { FMT_TABLE, FMT_CSV, FMT_JSONL, FMT_JSON };

/* "table", "csv", "jsonl", "json" -> FMT_*; -1 if none. */
int table_format_parse(const char *s);

/* One table being printed: CSV with one header line (RFC 4180, CRLF), JSON Lines (an object
 * per row), a JSON array of objects, or, for people, columns aligned under a heading (that
 * needs every row first, so it holds them; the others print each row as it comes). In JSON,
 * integers and reals are numbers, NULL is null, text and dates are strings; in CSV NULL is an
 * empty field. */
typedef struct table_out {
	FILE *f;
	int format;
	const char *heading;   /* FMT_TABLE: a line above the table, or NULL */
	bool header_done;
	size_t rows;
	size_t ncols;
	readout_answer **held; /* FMT_TABLE: the answers, printed at the end */
	size_t nheld;
} table_out;

void table_begin(table_out *t, FILE *f, int format, const char *heading);

/* Prints (or, for FMT_TABLE, keeps) the rest of c's rows. Returns 0, the cursor's error, or
 * TABLE_WRITE_FAILED once the output has failed (reported through cli_stdout_failed). */
enum { TABLE_WRITE_FAILED = 1 };
int table_add(table_out *t, readout_cursor *c);

/* Finishes the table (FMT_TABLE: prints it; JSON: closes the array) and frees what it held.
 * Returns 0 or TABLE_WRITE_FAILED. */
int table_end(table_out *t);

#endif
