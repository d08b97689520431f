/* u64map.c — linear probing on pre-hashed keys, load kept under 1/2 (or the map's own bound). libc
 * only. */
#include "util/u64map.h"
#include "util/error.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

static int grow(u64map *m)
{
	size_t cap = m->slots ? (m->mask + 1) * 2 : 256;
	u64map_slot *slots = calloc(cap, sizeof *slots);
	if (!slots)
		return readout_error__set(READOUT_ENOMEM, "out of memory growing a hash map");
	for (size_t i = 0; m->slots && i <= m->mask; i++) {
		if (!m->slots[i].key)
			continue;
		size_t j = m->slots[i].key & (cap - 1);
		while (slots[j].key)
			j = (j + 1) & (cap - 1);
		slots[j] = m->slots[i];
	}
	free(m->slots);
	m->slots = slots;
	m->mask = cap - 1;
	return 0;
}

/* The slot of key, added with value 0 if it was not there (*added), or NULL when the table
 * could not grow. */
static u64map_slot *find_or_add(u64map *m, uint64_t key, bool *added)
{
	if (!key)
		key = 1; /* 0 marks an empty slot */
	size_t eighths = m->load_eighths ? m->load_eighths : 4;
	assert(eighths < 8); /* an empty slot ends every probe */
	if (!m->slots || (m->count + 1) * 8 > (m->mask + 1) * eighths) {
		if (grow(m))
			return NULL;
	}
	size_t i = key & m->mask;
	*added = false;
	while (m->slots[i].key) {
		if (m->slots[i].key == key)
			return &m->slots[i];
		i = (i + 1) & m->mask;
	}
	m->slots[i] = (u64map_slot){key, 0};
	m->count++;
	*added = true;
	return &m->slots[i];
}

int u64map_put(u64map *m, uint64_t key, uint64_t value, bool keep_first)
{
	bool added;
	u64map_slot *s = find_or_add(m, key, &added);
	if (!s)
		return READOUT_ENOMEM;
	if (added || !keep_first)
		s->value = value;
	return 0;
}

uint64_t *u64map_value_for(u64map *m, uint64_t key)
{
	bool added;
	u64map_slot *s = find_or_add(m, key, &added);
	return s ? &s->value : NULL;
}

void u64map_dispose(u64map *m)
{
	free(m->slots);
	memset(m, 0, sizeof *m);
}
