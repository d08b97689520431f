/* lexicon/embedded.h — the data/ files compiled into the library (generated at build time). */
#ifndef READOUT_LEXICON_EMBEDDED_H
#define READOUT_LEXICON_EMBEDDED_H

#include <stddef.h>

/* The built-in copy of data/<name>, or NULL. */
const char *readout__embedded_file(const char *name, size_t *len);

/* The name of the i-th built-in file ("titles.tsv"), or NULL past the last. */
const char *readout__embedded_file_name(size_t i);

#endif
