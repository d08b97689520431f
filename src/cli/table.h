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

#endif
