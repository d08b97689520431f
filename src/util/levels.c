/* levels.c — the administrative levels the store holds and the queries filter on, from the
 * top: the one list of their names (docs/conventions.md says why it is not in data/). */
#include "readout/query.h"

#include <strings.h>

static const char *const levels[READOUT_LEVELS] = {"central", "provincial", "prefectural", "county", "other"};

const char *readout_level_name(size_t i)
{
	return i < READOUT_LEVELS ? levels[i] : NULL;
}

int readout_level_find(const char *name)
{
	for (size_t i = 0; name && i < READOUT_LEVELS; i++)
		if (strcasecmp(levels[i], name) == 0)
			return (int)i;
	return -1;
}
