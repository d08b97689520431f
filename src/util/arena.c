/* arena.c — bump allocator with chunk reuse. libc only. */
#include "util/arena.h"

#include <stdlib.h>
#include <string.h>

struct arena_chunk {
	arena_chunk *next;
	size_t size;
	size_t used;
	_Alignas(16) unsigned char data[];
};

enum { CHUNK_MIN = 64 * 1024 };

void arena_init(arena *a, size_t limit)
{
	memset(a, 0, sizeof *a);
	a->limit = limit;
}

static arena_chunk *chunk_take(arena *a, size_t need)
{
	for (arena_chunk **p = &a->spare; *p; p = &(*p)->next) {
		if ((*p)->size >= need) {
			arena_chunk *c = *p;
			*p = c->next;
			c->used = 0;
			return c;
		}
	}
	size_t size = need > CHUNK_MIN ? need : CHUNK_MIN;
	arena_chunk *c = malloc(sizeof *c + size);
	if (!c)
		return NULL;
	c->size = size;
	c->used = 0;
	return c;
}

void *arena_alloc(arena *a, size_t size)
{
	void *p = arena_alloc_raw(a, size);
	if (p)
		memset(p, 0, size);
	return p;
}

void *arena_alloc_raw(arena *a, size_t size)
{
	size = (size + 15) & ~(size_t)15;
	if (size == 0)
		size = 16;
	if (a->limit && a->used_total + size > a->limit)
		return NULL;
	arena_chunk *c = a->head;
	if (!c || c->size - c->used < size) {
		c = chunk_take(a, size);
		if (!c)
			return NULL;
		c->next = a->head;
		a->head = c;
	}
	void *p = c->data + c->used;
	c->used += size;
	a->used_total += size;
	return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
	char *p = arena_alloc_raw(a, n + 1); /* every byte written below */
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

const char *arena_strdup_opt(arena *a, const char *s, bool *ok)
{
	if (!s)
		return NULL;
	char *c = arena_strndup(a, s, strlen(s));
	if (!c)
		*ok = false;
	return c;
}

void arena_reset(arena *a)
{
	while (a->head) {
		arena_chunk *c = a->head;
		a->head = c->next;
		c->next = a->spare;
		a->spare = c;
	}
	a->used_total = 0;
}

void arena_dispose(arena *a)
{
	arena_reset(a);
	while (a->spare) {
		arena_chunk *c = a->spare;
		a->spare = c->next;
		free(c);
	}
}
