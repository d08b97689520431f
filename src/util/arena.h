/* util/arena.h — a bump allocator reset between documents (internal).
 * Per-document memory comes from here so the hot path makes almost no malloc calls. Chunks
 * are kept across resets; the total is capped so a hostile document fails cleanly. */
#ifndef READOUT_UTIL_ARENA_H
#define READOUT_UTIL_ARENA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct arena_chunk arena_chunk;

typedef struct arena {
	arena_chunk *head;   /* chunk being filled */
	arena_chunk *spare;  /* chunks kept from earlier documents */
	size_t used_total;   /* bytes handed out since the last reset */
	size_t limit;        /* cap on used_total; 0 = none */
} arena;

void arena_init(arena *a, size_t limit);
/* Returns zeroed memory aligned for any type, or NULL (over limit or out of memory). */
void *arena_alloc(arena *a, size_t size);
/* The same without zeroing, for large scratch the caller initializes itself. */
void *arena_alloc_raw(arena *a, size_t size);
char *arena_strndup(arena *a, const char *s, size_t n);
/* A copy of the string s, NULL staying NULL; *ok turns false when out of memory. */
const char *arena_strdup_opt(arena *a, const char *s, bool *ok);
/* Makes every allocation invalid and keeps the chunks for reuse. */
void arena_reset(arena *a);
void arena_dispose(arena *a);

#endif
