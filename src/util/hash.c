/* hash.c — content hashing: XXH3-128, fast and with no practical collisions for dedupe. */
#include "util/hash.h"

#include <stdio.h>
#include <xxhash.h>

void readout_store_hash(char out[33], const char *text, size_t len)
{
	XXH128_hash_t h = XXH3_128bits(text, len);
	snprintf(out, 33, "%016llx%016llx", (unsigned long long)h.high64, (unsigned long long)h.low64);
}
