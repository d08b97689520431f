/* util/wordhash.h — the word hash shared by the tokenizer and the lexicons (internal).
 * A word is hashed over its normalized bytes (lower-case ASCII) with FNV-1a and finalized
 * with fmix64; a phrase composes its words' hashes as a polynomial in WORDHASH_PRIME, so a
 * phrase's key extends word by word. The tokenizer hashes plain ASCII words as it scans them;
 * the lexicon hashes everything else with the same functions. */
#ifndef READOUT_UTIL_WORDHASH_H
#define READOUT_UTIL_WORDHASH_H

#include <stdint.h>

#define WORDHASH_OFFSET 0xcbf29ce484222325ull
#define WORDHASH_FNV 0x100000001b3ull
/* multiplier of the polynomial phrase hash: odd, with well-mixed bits */
#define WORDHASH_PRIME 0x9E3779B97F4A7C15ull

static inline uint64_t wordhash_byte(uint64_t h, unsigned char c)
{
	return (h ^ c) * WORDHASH_FNV;
}

static inline uint64_t wordhash_finish(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 33;
	return h;
}

/* Appends a finished word hash w to a phrase hash. */
static inline uint64_t wordhash_extend(uint64_t phrase, uint64_t w)
{
	return phrase * WORDHASH_PRIME + w;
}

#endif
