/* hash.c — content hashing: XXH3-128, fast and with no practical collisions for dedupe. */
#include "util/hash.h"

#include <stdint.h>
#include <xxhash.h>

/* 16 lower-case hex digits of v into out (no printf: this runs once per document) */
static void hex64(char *out, uint64_t v)
{
	static const char digits[] = "0123456789abcdef";
	for (int i = 15; i >= 0; i--, v >>= 4)
		out[i] = digits[v & 15];
}

void readout_store_hash(char out[33], const char *text, size_t len)
{
	XXH128_hash_t h = XXH3_128bits(text, len);
	hex64(out, h.high64);
	hex64(out + 16, h.low64);
	out[32] = '\0';
}
