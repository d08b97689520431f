/* util/hash.h — the content hash of a document (internal; public as readout_store_hash). */
#ifndef READOUT_UTIL_HASH_H
#define READOUT_UTIL_HASH_H

#include <stddef.h>

/* XXH3-128 of the bytes as 32 lower-case hex digits and a NUL. */
void readout_store_hash(char out[33], const char *text, size_t len);

#endif
