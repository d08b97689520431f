/* cache.c — the answers kept: a hash table of entries (XXH3 of the key) chained in buckets,
 * and a list from most to least recently used; one mutex over both. Memory is the answers'
 * bytes, their keys' and a fixed cost per entry, capped. */
#include "server/cache.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

typedef struct entry {
	struct entry *next_in_bucket;
	struct entry *newer, *older;
	uint64_t hash;
	char *key, *body;
	size_t klen, len;
} entry;

struct answer_cache {
	pthread_mutex_t lock;
	size_t max_bytes, bytes, entries;
	uint64_t generation;
	entry **buckets;
	size_t nbuckets; /* a power of two */
	entry *newest, *oldest;
};

static size_t cost(const entry *e)
{
	return sizeof *e + e->klen + e->len;
}

answer_cache *cache_new(size_t max_bytes)
{
	answer_cache *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->max_bytes = max_bytes;
	c->nbuckets = 1024;
	c->buckets = calloc(c->nbuckets, sizeof *c->buckets);
	if (!c->buckets) {
		free(c);
		return NULL;
	}
	pthread_mutex_init(&c->lock, NULL);
	return c;
}

static void unlink_entry(answer_cache *c, entry *e)
{
	entry **p = &c->buckets[e->hash & (c->nbuckets - 1)];
	while (*p != e)
		p = &(*p)->next_in_bucket;
	*p = e->next_in_bucket;
	if (e->newer)
		e->newer->older = e->older;
	else
		c->newest = e->older;
	if (e->older)
		e->older->newer = e->newer;
	else
		c->oldest = e->newer;
	c->bytes -= cost(e);
	c->entries--;
	free(e->key);
	free(e->body);
	free(e);
}

static void drop_all(answer_cache *c)
{
	while (c->oldest)
		unlink_entry(c, c->oldest);
}

void cache_free(answer_cache *c)
{
	if (!c)
		return;
	drop_all(c);
	free(c->buckets);
	pthread_mutex_destroy(&c->lock);
	free(c);
}

uint64_t cache_generation(answer_cache *c)
{
	pthread_mutex_lock(&c->lock);
	uint64_t g = c->generation;
	pthread_mutex_unlock(&c->lock);
	return g;
}

void cache_invalidate(answer_cache *c)
{
	pthread_mutex_lock(&c->lock);
	c->generation++;
	drop_all(c);
	pthread_mutex_unlock(&c->lock);
}

static entry *find(answer_cache *c, uint64_t h, const char *key, size_t klen)
{
	for (entry *e = c->buckets[h & (c->nbuckets - 1)]; e; e = e->next_in_bucket)
		if (e->hash == h && e->klen == klen && !memcmp(e->key, key, klen))
			return e;
	return NULL;
}

/* Moves e to the front of the list: the most recently used. */
static void touch(answer_cache *c, entry *e)
{
	if (c->newest == e)
		return;
	e->newer->older = e->older; /* e is not the newest, so it has a newer */
	if (e->older)
		e->older->newer = e->newer;
	else
		c->oldest = e->newer;
	e->newer = NULL;
	e->older = c->newest;
	c->newest->newer = e;
	c->newest = e;
}

char *cache_get(answer_cache *c, const char *key, size_t klen, uint64_t gen, size_t *len)
{
	uint64_t h = XXH3_64bits(key, klen);
	char *copy = NULL;
	pthread_mutex_lock(&c->lock);
	entry *e = gen == c->generation ? find(c, h, key, klen) : NULL;
	if (e && (copy = malloc(e->len ? e->len : 1))) {
		memcpy(copy, e->body, e->len);
		*len = e->len;
		touch(c, e);
	}
	pthread_mutex_unlock(&c->lock);
	return copy;
}

/* Doubles the buckets when there are more entries than buckets (best effort). */
static void grow(answer_cache *c)
{
	size_t n = c->nbuckets * 2;
	entry **b = calloc(n, sizeof *b);
	if (!b)
		return;
	for (size_t i = 0; i < c->nbuckets; i++)
		for (entry *e = c->buckets[i], *next; e; e = next) {
			next = e->next_in_bucket;
			e->next_in_bucket = b[e->hash & (n - 1)];
			b[e->hash & (n - 1)] = e;
		}
	free(c->buckets);
	c->buckets = b;
	c->nbuckets = n;
}

void cache_put(answer_cache *c, const char *key, size_t klen, uint64_t gen, const char *body, size_t len)
{
	entry *e = calloc(1, sizeof *e);
	if (!e)
		return;
	e->hash = XXH3_64bits(key, klen);
	e->klen = klen;
	e->len = len;
	e->key = malloc(klen ? klen : 1);
	e->body = malloc(len ? len : 1);
	if (!e->key || !e->body || cost(e) > c->max_bytes / 16) {
		free(e->key);
		free(e->body);
		free(e);
		return;
	}
	memcpy(e->key, key, klen);
	memcpy(e->body, body, len);
	pthread_mutex_lock(&c->lock);
	if (gen != c->generation) { /* asked before the database changed */
		pthread_mutex_unlock(&c->lock);
		free(e->key);
		free(e->body);
		free(e);
		return;
	}
	entry *old = find(c, e->hash, key, klen);
	if (old) /* two workers answered the same question at once */
		unlink_entry(c, old);
	while (c->oldest && c->bytes + cost(e) > c->max_bytes)
		unlink_entry(c, c->oldest);
	if (c->entries >= c->nbuckets)
		grow(c);
	size_t b = e->hash & (c->nbuckets - 1);
	e->next_in_bucket = c->buckets[b];
	c->buckets[b] = e;
	e->older = c->newest;
	if (c->newest)
		c->newest->newer = e;
	c->newest = e;
	if (!c->oldest)
		c->oldest = e;
	c->bytes += cost(e);
	c->entries++;
	pthread_mutex_unlock(&c->lock);
}
