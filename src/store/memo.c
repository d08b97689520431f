/* memo.c — a strmap whose keys live in the memo's arena. */
#include "store/memo.h"
#include "util/error.h"

#include <string.h>

void memo_init(memo *m)
{
	memset(m, 0, sizeof *m);
	arena_init(&m->keys, 0);
}

void memo_clear(memo *m)
{
	strmap_dispose(&m->map);
	memset(&m->map, 0, sizeof m->map);
	arena_reset(&m->keys);
}

void memo_dispose(memo *m)
{
	strmap_dispose(&m->map);
	arena_dispose(&m->keys);
	memset(m, 0, sizeof *m);
}

bool memo_get(const memo *m, const char *key, uint32_t *value)
{
	return strmap_get(&m->map, key, strlen(key), value);
}

int memo_put(memo *m, const char *key, uint32_t value)
{
	size_t len = strlen(key);
	char *copy = arena_strndup(&m->keys, key, len);
	if (!copy || strmap_put(&m->map, copy, len, value))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	return 0;
}
