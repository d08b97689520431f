/* util/utf8.h — UTF-8 checks and repair (internal). */
#ifndef READOUT_UTIL_UTF8_H
#define READOUT_UTIL_UTF8_H

#include <stddef.h>

/* Replaces every byte that is not part of a valid UTF-8 sequence with '?', in place, so byte
 * offsets into the text stay the same as in the input. Returns how many bytes were replaced. */
size_t utf8_repair(char *s, size_t len);

/* Length in bytes of the UTF-8 sequence starting at s (1 for ASCII or an invalid byte). */
size_t utf8_seqlen(const char *s, size_t avail);

#endif
