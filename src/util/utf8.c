/* utf8.c — validation via utf8proc, with a fast path for ASCII runs. */
#include "util/utf8.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

size_t utf8_seqlen(const char *s, size_t avail)
{
	if ((unsigned char)s[0] < 0x80)
		return 1;
	utf8proc_int32_t cp;
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)avail, &cp);
	return n > 0 ? (size_t)n : 1;
}

size_t utf8_repair(char *s, size_t len)
{
	size_t replaced = 0;
	size_t i = 0;
	while (i < len) {
		/* ASCII fast path, eight bytes at a time. */
		while (i + 8 <= len) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (w & 0x8080808080808080ull)
				break;
			i += 8;
		}
		if (i >= len)
			break;
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		                                      (utf8proc_ssize_t)(len - i), &cp);
		if (n < 0) {
			s[i++] = '?';
			replaced++;
		} else {
			i += (size_t)n;
		}
	}
	return replaced;
}
