/* strmap.c — linear-probing hash map; load factor kept under 1/2. */
#include "util/strmap.h"
#include "util/error.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

uint64_t strmap_hash(const char *key, size_t len)
{
	return XXH3_64bits(key, len);
}

static int grow(strmap *m)
{
	size_t cap = m->slots ? (m->mask + 1) * 2 : 64;
	strmap_slot *slots = calloc(cap, sizeof *slots);
	if (!slots)
		return readout_error__set(READOUT_ENOMEM, "out of memory growing a hash map");
	for (size_t i = 0; m->slots && i <= m->mask; i++) {
		strmap_slot *s = &m->slots[i];
		if (!s->key)
			continue;
		size_t j = s->hash & (cap - 1);
		while (slots[j].key)
			j = (j + 1) & (cap - 1);
		slots[j] = *s;
	}
	free(m->slots);
	m->slots = slots;
	m->mask = cap - 1;
	return 0;
}

int strmap_put(strmap *m, const char *key, size_t len, uint32_t value)
{
	if (!m->slots || (m->count + 1) * 2 > m->mask + 1) {
		int rc = grow(m);
		if (rc)
			return rc;
	}
	uint64_t h = strmap_hash(key, len);
	size_t i = h & m->mask;
	while (m->slots[i].key) {
		strmap_slot *s = &m->slots[i];
		if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0) {
			s->value = value;
			return 0;
		}
		i = (i + 1) & m->mask;
	}
	m->slots[i] = (strmap_slot){key, (uint32_t)len, value, h};
	m->count++;
	return 0;
}

bool strmap_get(const strmap *m, const char *key, size_t len, uint32_t *value)
{
	if (!m->slots)
		return false;
	uint64_t h = strmap_hash(key, len);
	size_t i = h & m->mask;
	while (m->slots[i].key) {
		const strmap_slot *s = &m->slots[i];
		if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0) {
			if (value)
				*value = s->value;
			return true;
		}
		i = (i + 1) & m->mask;
	}
	return false;
}

void strmap_dispose(strmap *m)
{
	free(m->slots);
	memset(m, 0, sizeof *m);
}
