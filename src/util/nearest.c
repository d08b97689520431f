/* nearest.c — edit distance between short names (commands, places, people) for suggestions.
 * libc only: code points are decoded here, and only ASCII letters are folded, as the store's
 * name keys fold them. */
#include "util/nearest.h"
#include "readout/query.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_CODES = 128 }; /* longer names are compared on their first 128 code points */

/* Decodes s into code points, ASCII letters lower-cased; returns how many. */
static size_t decode(uint32_t *out, const char *s)
{
	size_t n = 0;
	const unsigned char *p = (const unsigned char *)s;
	while (*p && n < MAX_CODES) {
		uint32_t c = *p;
		size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
		for (size_t i = 1; i < len; i++)
			if ((p[i] & 0xC0) != 0x80)
				len = 1;
		if (len > 1) {
			c &= 0x3F >> (len - 1);
			for (size_t i = 1; i < len; i++)
				c = c << 6 | (p[i] & 0x3F);
		} else if (c >= 'A' && c <= 'Z') {
			c += 'a' - 'A';
		}
		out[n++] = c;
		p += len;
	}
	return n;
}

size_t nearest_length(const char *s)
{
	uint32_t codes[MAX_CODES];
	return decode(codes, s);
}

size_t nearest_max_edits(size_t len)
{
	return (len + 1) / 4 > 1 ? (len + 1) / 4 : 1;
}

static size_t min3(size_t a, size_t b, size_t c)
{
	size_t m = a < b ? a : b;
	return m < c ? m : c;
}

int nearest_distance(const char *word, const char *candidate, size_t max)
{
	uint32_t a[MAX_CODES], b[MAX_CODES];
	size_t n = decode(a, word), m = decode(b, candidate);
	if (n && n <= m && memcmp(a, b, n * sizeof *a) == 0)
		return 0;
	if ((n > m ? n - m : m - n) > max)
		return -1;
	/* optimal string alignment: three rows of the table, a swap reaching two rows back */
	size_t rows[3][MAX_CODES + 1];
	size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
	for (size_t j = 0; j <= m; j++)
		prev[j] = j;
	for (size_t i = 1; i <= n; i++) {
		cur[0] = i;
		size_t best = cur[0];
		for (size_t j = 1; j <= m; j++) {
			size_t cost = a[i - 1] != b[j - 1];
			cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < cur[j])
				cur[j] = prev2[j - 2] + 1;
			if (cur[j] < best)
				best = cur[j];
		}
		if (best > max) /* every path through this row is already too far */
			return -1;
		size_t *t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[m] <= max ? (int)prev[m] : -1;
}

size_t readout_nearest(size_t *out, size_t max, const char *word, const char *const *candidates, size_t ncandidates)
{
	enum { MOST = 64 };
	int dist[MOST];
	size_t edits = nearest_max_edits(nearest_length(word)), n = 0;
	if (max > MOST)
		max = MOST;
	if (max == 0)
		return 0;
	for (size_t i = 0; i < ncandidates; i++) {
		int d = nearest_distance(word, candidates[i], edits);
		if (d < 0 || (n == max && d >= dist[n - 1]))
			continue;
		/* insert after the equals: candidates' order stays among them */
		size_t at = n < max ? n : max - 1;
		while (at > 0 && dist[at - 1] > d) {
			if (at < max) {
				dist[at] = dist[at - 1];
				out[at] = out[at - 1];
			}
			at--;
		}
		dist[at] = d;
		out[at] = i;
		if (n < max)
			n++;
	}
	return n;
}
