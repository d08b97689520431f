/* util/u64map.h — open-addressing map from 64-bit hashes to 64-bit values (internal).
 * Phrase lookups on the hot path hash words once per token and then probe here with no
 * string work. Key 0 is reserved as empty. */
#ifndef READOUT_UTIL_U64MAP_H
#define READOUT_UTIL_U64MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct u64map {
	uint64_t *keys;
	uint64_t *values;
	size_t mask, count;
} u64map;

/* 0 or READOUT_ENOMEM. With keep_first, an existing key keeps its value. */
int u64map_put(u64map *m, uint64_t key, uint64_t value, bool keep_first);
bool u64map_get(const u64map *m, uint64_t key, uint64_t *value);
void u64map_dispose(u64map *m);

#endif
