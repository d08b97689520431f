/* u64map.c — linear probing on pre-hashed keys, load kept under 1/2. libc only. */
#include "util/u64map.h"
#include "util/error.h"

#include <stdlib.h>
#include <string.h>

static int grow(u64map *m)
{
	size_t cap = m->keys ? (m->mask + 1) * 2 : 256;
	uint64_t *keys = calloc(cap, sizeof *keys);
	uint64_t *values = calloc(cap, sizeof *values);
	if (!keys || !values) {
		free(keys);
		free(values);
		return readout_error__set(READOUT_ENOMEM, "out of memory growing a hash map");
	}
	for (size_t i = 0; m->keys && i <= m->mask; i++) {
		if (!m->keys[i])
			continue;
		size_t j = m->keys[i] & (cap - 1);
		while (keys[j])
			j = (j + 1) & (cap - 1);
		keys[j] = m->keys[i];
		values[j] = m->values[i];
	}
	free(m->keys);
	free(m->values);
	m->keys = keys;
	m->values = values;
	m->mask = cap - 1;
	return 0;
}

int u64map_put(u64map *m, uint64_t key, uint64_t value, bool keep_first)
{
	if (!key)
		key = 1; /* 0 marks an empty slot */
	if (!m->keys || (m->count + 1) * 2 > m->mask + 1) {
		int rc = grow(m);
		if (rc)
			return rc;
	}
	size_t i = key & m->mask;
	while (m->keys[i]) {
		if (m->keys[i] == key) {
			if (!keep_first)
				m->values[i] = value;
			return 0;
		}
		i = (i + 1) & m->mask;
	}
	m->keys[i] = key;
	m->values[i] = value;
	m->count++;
	return 0;
}

bool u64map_get(const u64map *m, uint64_t key, uint64_t *value)
{
	if (!m->keys)
		return false;
	if (!key)
		key = 1;
	size_t i = key & m->mask;
	while (m->keys[i]) {
		if (m->keys[i] == key) {
			if (value)
				*value = m->values[i];
			return true;
		}
		i = (i + 1) & m->mask;
	}
	return false;
}

void u64map_dispose(u64map *m)
{
	free(m->keys);
	free(m->values);
	memset(m, 0, sizeof *m);
}
