/* store/names.h — the persons of each name key, as the current batch knows them (internal).
 * Resolving a mention read every namesake of its name from the database; leaders are named in
 * most documents of a batch, so the batch keeps what it read and what it changed. Valid while
 * the batch holds the write lock; forgotten at its end and when a document is rolled back. */
#ifndef READOUT_STORE_NAMES_H
#define READOUT_STORE_NAMES_H

#include "util/arena.h"
#include "util/strmap.h"

#include <stddef.h>
#include <stdint.h>

/* One of a person's facets (extract/identity.h) as stored at the batch's start, or made by it
 * (counts 0: the batch's own are in its tally). */
typedef struct name_facet {
	const char *key;
	char first[11], last[11];
	int64_t dated, documents;
} name_facet;

typedef struct namesake {
	int64_t id;
	int64_t mentions;   /* as stored; the batch's own are in its tally */
	const char *region; /* NULL when unplaced */
	const char *name;   /* as persons.name: the first spelling stored */
	name_facet *facets;
	size_t nfacets, cap;
} namesake;

typedef struct name_list {
	const char *key;
	namesake *v;
	size_t n, cap;
} name_list;

typedef struct names {
	strmap index; /* key -> position in lists */
	name_list *lists;
	size_t n, cap;
	arena strings;
	size_t namesakes, facets; /* in all lists, for names_memory */
} names;

void names_init(names *m);
void names_dispose(names *m);
void names_clear(names *m);
/* Bytes the lists take, about: their entries, index slots and strings; kept as they grow,
 * since ingest asks after every document. */
size_t names_memory(const names *m);

/* The list of key, or NULL when the batch has not read it. */
name_list *names_find(names *m, const char *key);
/* A new empty list for key (the caller then adds what the database holds); NULL on out of memory. */
name_list *names_add_list(names *m, const char *key);
/* 0 or READOUT_ENOMEM; region and name are copied. */
int names_add(names *m, name_list *l, int64_t id, int64_t mentions, const char *region, const char *name);
/* The stored name of person id in l, or NULL. */
const char *names_name_of(const name_list *l, int64_t id);
/* Sets the region of person id in l; 0 or READOUT_ENOMEM. */
int names_set_region(names *m, name_list *l, int64_t id, const char *region);
/* Adds a facet to person id of l (strings copied); 0 or READOUT_ENOMEM. A person not in l
 * is left alone. */
int names_add_facet(names *m, name_list *l, int64_t id, const char *key, const char *first, const char *last,
                    int64_t dated, int64_t documents);
/* The namesake of l owning facet key, or NULL. */
const namesake *names_owner(const name_list *l, const char *key);
/* The facets of all persons of l. */
size_t names_facets(const name_list *l);

#endif
