/* util/nearest.h — how near one spelling is to another, for "did you mean" (internal; the
 * public face is readout_nearest in readout/query.h). libc only. */
#ifndef READOUT_UTIL_NEAREST_H
#define READOUT_UTIL_NEAREST_H

#include <stddef.h>

/* The most edits a suggestion may be from a word of len code points: max(1, (len + 1) / 4),
 * so "peopel" finds "people" and "Xi Jingping" "Xi Jinping", but not "Li Mingqing". */
size_t nearest_max_edits(size_t len);

/* The distance from word to candidate, both folded to ASCII lower case and compared by code
 * point: 0 when word (not empty) begins candidate, else the edits (insert, delete, replace,
 * swap two neighbours) between them; -1 when that is more than max. */
int nearest_distance(const char *word, const char *candidate, size_t max);

/* Code points of s (an invalid byte counts one). */
size_t nearest_length(const char *s);

#endif
