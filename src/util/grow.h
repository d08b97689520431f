/* util/grow.h — growing an array by doubling (internal). */
#ifndef READOUT_UTIL_GROW_H
#define READOUT_UTIL_GROW_H

#include <stdbool.h>
#include <stdlib.h>

/* Makes room for at least `need` elements of `size` bytes in *v, which holds *cap: doubles,
 * starting at `first`. False when out of memory (then *v and *cap are unchanged). */
static inline bool grow_array(void **v, size_t *cap, size_t need, size_t size, size_t first)
{
	if (need <= *cap)
		return true;
	size_t c = *cap ? *cap : first;
	while (c < need)
		c *= 2;
	void *nv = realloc(*v, c * size);
	if (!nv)
		return false;
	*v = nv;
	*cap = c;
	return true;
}

#endif
