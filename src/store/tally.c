/* tally.c — open addressing over entry indexes, entries in one growing array so a flush
 * walks them in the order they were made (the same database for the same input). */
#include "store/tally.h"
#include "util/civil_date.h"
#include "util/grow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

enum { TALLY_ARENA_LIMIT = 0 };

void tally_init(tally *t)
{
	memset(t, 0, sizeof *t);
	arena_init(&t->strings, TALLY_ARENA_LIMIT);
}

void tally_dispose(tally *t)
{
	free(t->entries);
	free(t->slots);
	free(t->undo);
	arena_dispose(&t->strings);
	memset(t, 0, sizeof *t);
}

void tally_clear(tally *t)
{
	t->n = 0;
	t->nundo = 0;
	if (t->slots)
		memset(t->slots, 0, (t->mask + 1) * sizeof *t->slots);
	arena_reset(&t->strings);
}

size_t tally_memory(const tally *t)
{
	/* slots: the table keeps at most half of them full */
	return t->n * (sizeof *t->entries + 2 * sizeof *t->slots) + t->nundo * sizeof *t->undo + t->strings.used_total;
}

static uint64_t key_hash(char kind, int64_t id, const char *text)
{
	uint64_t seed = ((uint64_t)id * 0x9E3779B97F4A7C15u) ^ (uint64_t)(unsigned char)kind;
	return XXH3_64bits_withSeed(text, strlen(text), seed);
}

static uint32_t *slot_of(const tally *t, uint64_t h, char kind, int64_t id, const char *text)
{
	size_t i = h & t->mask;
	for (;;) {
		uint32_t *s = &t->slots[i];
		if (!*s)
			return s;
		const tally_entry *e = &t->entries[*s - 1];
		if (e->hash == h && e->kind == kind && e->id == id && strcmp(e->text, text) == 0)
			return s;
		i = (i + 1) & t->mask;
	}
}

static bool grow_slots(tally *t)
{
	size_t cap = t->slots ? (t->mask + 1) * 2 : 1024;
	uint32_t *slots = calloc(cap, sizeof *slots);
	if (!slots)
		return false;
	free(t->slots);
	t->slots = slots;
	t->mask = cap - 1;
	for (size_t k = 0; k < t->n; k++) {
		size_t i = t->entries[k].hash & t->mask;
		while (t->slots[i])
			i = (i + 1) & t->mask;
		t->slots[i] = (uint32_t)(k + 1);
	}
	return true;
}

const tally_sum *tally_find(const tally *t, char kind, int64_t id, const char *text)
{
	if (!t->slots)
		return NULL;
	text = text ? text : "";
	uint32_t s = *slot_of(t, key_hash(kind, id, text), kind, id, text);
	return s && t->entries[s - 1].live ? &t->entries[s - 1].sum : NULL;
}

static tally_entry *add_entry(tally *t, uint64_t h, char kind, int64_t id, const char *text)
{
	if ((!t->slots || (t->n + 1) * 2 > t->mask + 1) && !grow_slots(t))
		return NULL;
	if (!grow_array((void **)&t->entries, &t->cap, t->n + 1, sizeof *t->entries, 256))
		return NULL;
	char *copy = arena_strndup(&t->strings, text, strlen(text));
	if (!copy)
		return NULL;
	tally_entry *e = &t->entries[t->n];
	*e = (tally_entry){.kind = kind, .id = id, .text = copy, .hash = h, .stamp = t->doc - 1};
	*slot_of(t, h, kind, id, text) = (uint32_t)(++t->n);
	return e;
}

tally_sum *tally_touch(tally *t, char kind, int64_t id, const char *text, bool *first_touch)
{
	text = text ? text : "";
	uint64_t h = key_hash(kind, id, text);
	uint32_t s = t->slots ? *slot_of(t, h, kind, id, text) : 0;
	tally_entry *e = s ? &t->entries[s - 1] : add_entry(t, h, kind, id, text);
	if (!e)
		return NULL;
	*first_touch = e->stamp != t->doc || !e->live;
	if (e->stamp != t->doc) {
		if (!grow_array((void **)&t->undo, &t->capundo, t->nundo + 1, sizeof *t->undo, 256))
			return NULL;
		t->undo[t->nundo++] = (tally_undo){(uint32_t)(e - t->entries), e->stamp, e->live, e->sum};
		e->stamp = t->doc;
	}
	e->live = true;
	return &e->sum;
}

void tally_next_doc(tally *t)
{
	t->doc++;
}

void tally_mark(tally *t)
{
	t->nundo = 0;
}

void tally_undo_to_mark(tally *t)
{
	while (t->nundo) {
		const tally_undo *u = &t->undo[--t->nundo];
		tally_entry *e = &t->entries[u->entry];
		e->stamp = u->stamp;
		e->live = u->live;
		e->sum = u->sum;
	}
}

/* Day numbers (days since 1970-01-01) moved up so that every date of years 1 to 9999 is
 * positive, leaving 0 for none. */
enum { DAY_BIAS = 800000 };

int32_t tally_day(const char *date)
{
	int64_t n;
	return date && civil_day_number(date, &n) ? (int32_t)(n + DAY_BIAS) : 0;
}

static void fold_day(tally_sum *s, int32_t day)
{
	if (!day)
		return;
	if (!s->first || day < s->first)
		s->first = day;
	if (!s->last || day > s->last)
		s->last = day;
}

void tally_date(tally_sum *s, const char *date)
{
	fold_day(s, tally_day(date));
}

void tally_dates_of(tally_sum *s, const tally_sum *from)
{
	fold_day(s, from->first);
	fold_day(s, from->last);
}

const char *tally_date_text(char out[11], int32_t day)
{
	return day && civil_date_of(out, (int64_t)day - DAY_BIAS) ? out : NULL;
}
