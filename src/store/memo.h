/* store/memo.h — answers computed from a string, kept for the rest of a batch (internal): the
 * same titles come back in most documents of a batch, and judging one takes dozens of
 * substring searches. Keys are copied. */
#ifndef READOUT_STORE_MEMO_H
#define READOUT_STORE_MEMO_H

#include "util/arena.h"
#include "util/strmap.h"

#include <stdbool.h>
#include <stdint.h>

typedef struct memo {
	strmap map;
	arena keys;
} memo;

void memo_init(memo *m);
void memo_dispose(memo *m);
/* Forgets every answer. */
void memo_clear(memo *m);
bool memo_get(const memo *m, const char *key, uint32_t *value);
/* 0 or READOUT_ENOMEM. */
int memo_put(memo *m, const char *key, uint32_t value);

#endif
