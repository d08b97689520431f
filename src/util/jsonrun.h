/* util/jsonrun.h — where a run of plain JSON string content ends (internal). Shared by the
 * JSON Lines reader, which decodes texts, and the record writer, which escapes them: both
 * look for the bytes a JSON string cannot hold as they are (quote, backslash, control bytes),
 * and a text is mostly runs without one, so they are skipped many bytes at a time. libc only. */
#ifndef READOUT_UTIL_JSONRUN_H
#define READOUT_UTIL_JSONRUN_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* Whether byte c is a quote, a backslash or a control byte. */
static inline bool jsonrun_special(unsigned char c)
{
	return c < 0x20 || c == '"' || c == '\\';
}

/* Whether any of the 8 bytes at p is special. It may say yes for a byte after a special one
 * (a borrow), never no when one is special. */
static inline bool jsonrun_special8(const char *p)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	uint64_t v, q, b;
	memcpy(&v, p, 8);
	q = v ^ (ones * '"');
	b = v ^ (ones * '\\');
	return (((q - ones) & ~q) | ((b - ones) & ~b) | ((v - ones * 0x20) & ~v)) & highs;
}

/* The first special byte in [p, end), or end: 8 bytes a step in a 64-bit word. */
static inline const char *jsonrun_end_words(const char *p, const char *end)
{
	for (;;) {
		while (end - p >= 8 && !jsonrun_special8(p))
			p += 8;
		const char *stop = end - p >= 8 ? p + 8 : end;
		while (p < stop && !jsonrun_special((unsigned char)*p))
			p++;
		if (p < stop || p == end)
			return p;
	}
}

#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#include <emmintrin.h>

/* The same, 16 bytes a step (SSE2, in every x86-64): comparison masks, the first special byte
 * by its bit. */
static inline const char *jsonrun_end(const char *p, const char *end)
{
	const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), ctl = _mm_set1_epi8(0x1f);
	while (end - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		/* max(v, 0x1f) == 0x1f: v is a control byte */
		__m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
		                           _mm_cmpeq_epi8(_mm_max_epu8(v, ctl), ctl));
		unsigned mask = (unsigned)_mm_movemask_epi8(hit);
		if (mask)
			return p + __builtin_ctz(mask);
		p += 16;
	}
	while (p < end && !jsonrun_special((unsigned char)*p))
		p++;
	return p;
}

#else

static inline const char *jsonrun_end(const char *p, const char *end)
{
	return jsonrun_end_words(p, end);
}

#endif

#endif
