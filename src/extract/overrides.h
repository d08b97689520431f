/* extract/overrides.h — a user's corrections of who is who (internal side of
 * readout_overrides, include/readout/store.h): "this spelling is that person", "these places'
 * persons of a name are one", "this place's person of a name is apart". Read from a TSV file
 * or rebuilt from the rows the store keeps; looked up by name key when the store resolves. */
#ifndef READOUT_EXTRACT_OVERRIDES_H
#define READOUT_EXTRACT_OVERRIDES_H

#include "extract/identity.h"
#include "readout/store.h"
#include "util/arena.h"
#include "util/strmap.h"

#include <stddef.h>

enum override_action { OV_SPELLING = 1, OV_MERGE, OV_SPLIT };

typedef struct override_entry {
	int action;
	const char *name, *name_key; /* the name (a spelling's written form) and its key */
	const char *a, *b;           /* merge: two places; split: a; spelling: the person's name (a) and key (b) */
	size_t line;                 /* in its file, 0 when it came from the store */
} override_entry;

struct readout_overrides {
	override_entry *v;
	size_t n, cap;
	arena strings;
	strmap spelling; /* a spelling's key -> entry index */
	strmap by_name;  /* a name key -> its first merge or split entry */
};

/* An empty set. NULL when out of memory. */
readout_overrides *overrides_new(void);

/* Adds one entry (strings copied, key computed): 0 or READOUT_ENOMEM, READOUT_EINVALID when a
 * spelling would lead back to itself. Places are taken as given. */
int overrides_add(readout_overrides *ov, int action, const char *name, const char *a, const char *b, size_t line);

/* The key a name key resolves as: a spelling's person's key, else key itself. */
const char *overrides_key(const readout_overrides *ov, const char *key);

/* The merges and splits of name key into out (at most max); returns how many there are. */
size_t overrides_for(const readout_overrides *ov, const char *key, identity_override *out, size_t max);

/* "spelling", "merge", "split". */
const char *overrides_action_name(int action);

#endif
