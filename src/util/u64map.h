/* util/u64map.h — open-addressing map from 64-bit hashes to 64-bit values (internal).
 * Phrase lookups on the hot path hash words once per token and then probe here with no
 * string work. Key 0 is reserved as empty. Keys and values share a slot, so a hit costs one
 * cache line. */
#ifndef READOUT_UTIL_U64MAP_H
#define READOUT_UTIL_U64MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct u64map_slot {
	uint64_t key;
	uint64_t value;
} u64map_slot;

typedef struct u64map {
	u64map_slot *slots;
	size_t mask, count;
	/* the table doubles before it is more than load_eighths / 8 full; 0 means 4 (half full).
	 * A large map read mostly through a filter may fill more of its table to take less memory. */
	unsigned load_eighths;
} u64map;

/* 0 or READOUT_ENOMEM. With keep_first, an existing key keeps its value. */
int u64map_put(u64map *m, uint64_t key, uint64_t value, bool keep_first);

/* The value of key, to read and change in place, after one probe; a key not in the map is
 * added with value 0. NULL when the table could not grow (READOUT_ENOMEM in the error slot).
 * The pointer holds until the next put or value_for. */
uint64_t *u64map_value_for(u64map *m, uint64_t key);

/* Inline: the tokens' word classes and every phrase step probe here, millions of times per
 * corpus, and most probes end at the first slot. */
static inline bool u64map_get(const u64map *m, uint64_t key, uint64_t *value)
{
	if (!m->slots)
		return false;
	if (!key)
		key = 1;
	for (size_t i = key & m->mask;; i = (i + 1) & m->mask) {
		const u64map_slot *s = &m->slots[i];
		if (s->key == key) {
			if (value)
				*value = s->value;
			return true;
		}
		if (!s->key)
			return false;
	}
}

void u64map_dispose(u64map *m);

/* Iteration: slots [0, mask] with key != 0. */
static inline size_t u64map_capacity(const u64map *m) { return m->slots ? m->mask + 1 : 0; }

#endif
