/* server/cache.h — the API's answers kept in memory by request, for as long as the database
 * shows no change: an answer is kept under the generation current when its question was asked,
 * and a change (serve.c compares each store's readout_store_version) starts a new generation,
 * whose lookups never see the old answers. Least recently used answers go first when the
 * memory cap is reached. Thread-safe. */
#ifndef READOUT_SERVER_CACHE_H
#define READOUT_SERVER_CACHE_H

#include <stddef.h>
#include <stdint.h>

typedef struct answer_cache answer_cache;

/* A cache of at most max_bytes of answers (and their keys); an answer over a sixteenth of it
 * is not kept. Returns NULL when out of memory. */
answer_cache *cache_new(size_t max_bytes);
void cache_free(answer_cache *c);

/* The current generation. */
uint64_t cache_generation(answer_cache *c);

/* Starts a new generation and frees every answer kept. */
void cache_invalidate(answer_cache *c);

/* A copy (malloc'd, the caller's to free) of the answer kept for key in generation gen, with
 * its length in *len; NULL when there is none. */
char *cache_get(answer_cache *c, const char *key, size_t klen, uint64_t gen, size_t *len);

/* Keeps a copy of body as the answer for key, asked in generation gen (nothing when gen is no
 * longer current, the answer is too big, or memory is short). */
void cache_put(answer_cache *c, const char *key, size_t klen, uint64_t gen, const char *body, size_t len);

#endif
