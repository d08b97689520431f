/* store/tally.h — running totals keyed by (kind, id, text), kept in memory (internal).
 * Ingest adds to summary rows (a person's mentions, a post's documents, a formulation's uses
 * in a month) many times per batch; tallying them here and writing each row once at commit
 * replaced a third of ingest's statements. A tally also undoes: every change made since
 * tally_mark is reverted by tally_undo, which is how a document rolled back to its savepoint
 * takes its additions with it. */
#ifndef READOUT_STORE_TALLY_H
#define READOUT_STORE_TALLY_H

#include "util/arena.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A total: two counters and the first and last date seen, as tally_day numbers (0: none).
 * Days, not "YYYY-MM-DD" text: an entry takes 56 bytes instead of 88, and a batch's memory cap
 * holds that many more documents (6,300 generated documents keep 126,000 entries). */
typedef struct tally_sum {
	int64_t a, b;
	int32_t first, last;
} tally_sum;

typedef struct tally_entry {
	int64_t id;
	const char *text; /* in the tally's arena; "" for none */
	uint64_t hash;
	tally_sum sum;
	uint32_t stamp;   /* the document that last touched it (tally_next_doc) */
	char kind;
	bool live;        /* false once undone before any document kept it */
} tally_entry;

typedef struct tally_undo {
	uint32_t entry;
	uint32_t stamp;
	bool live;
	tally_sum sum;
} tally_undo;

typedef struct tally {
	tally_entry *entries;
	size_t n, cap;
	uint32_t *slots; /* entry index + 1, 0 empty */
	size_t mask;
	tally_undo *undo;
	size_t nundo, capundo;
	uint32_t doc;    /* the current document's stamp */
	arena strings;
} tally;

void tally_init(tally *t);
void tally_dispose(tally *t);
/* Forgets every entry. */
void tally_clear(tally *t);
/* Bytes the tally takes: entries and undo records in use, their slots, strings. */
size_t tally_memory(const tally *t);

/* The entry of (kind, id, text), made empty if new, recorded for undo before its first change
 * by the current document; *first_touch says whether this document had not touched it yet.
 * NULL on out of memory. The pointer is good until the next tally_touch. */
tally_sum *tally_touch(tally *t, char kind, int64_t id, const char *text, bool *first_touch);
/* The live entry of (kind, id, text) or NULL; nothing recorded. */
const tally_sum *tally_find(const tally *t, char kind, int64_t id, const char *text);

/* Starts a new document: later touches count as its first. */
void tally_next_doc(tally *t);
/* Forgets the undo record: changes so far are kept. */
void tally_mark(tally *t);
/* Reverts every change since tally_mark. */
void tally_undo_to_mark(tally *t);

/* A date YYYY-MM-DD as a sum keeps it: 0 for NULL and for text that is not a date (the store
 * tallies only dates it has checked, store__clean_date). */
int32_t tally_day(const char *date);
/* Folds a date into a sum's first and last; NULL is no date. */
void tally_date(tally_sum *s, const char *date);
/* Folds the dates of from into s. */
void tally_dates_of(tally_sum *s, const tally_sum *from);
/* A sum's date (first or last) as YYYY-MM-DD into out; NULL for none. */
const char *tally_date_text(char out[11], int32_t day);

#endif
