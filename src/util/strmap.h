/* util/strmap.h — open-addressing hash map from byte strings to 32-bit values (internal).
 * Keys are borrowed: the caller keeps them alive as long as the map (the lexicon owns them).
 * Hashing is xxHash3, chosen for speed on the short keys of the hot path. */
#ifndef READOUT_UTIL_STRMAP_H
#define READOUT_UTIL_STRMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct strmap_slot {
	const char *key;
	uint32_t len;
	uint32_t value;
	uint64_t hash;
} strmap_slot;

typedef struct strmap {
	strmap_slot *slots;
	size_t mask;  /* capacity - 1; capacity is a power of two */
	size_t count;
} strmap;

uint64_t strmap_hash(const char *key, size_t len);
/* 0 or READOUT_ENOMEM. Replaces the value of an existing key. */
int strmap_put(strmap *m, const char *key, size_t len, uint32_t value);
bool strmap_get(const strmap *m, const char *key, size_t len, uint32_t *value);
void strmap_dispose(strmap *m);

#endif
