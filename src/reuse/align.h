/* reuse/align.h — the passages two documents share, from the n-grams they share (internal).
 * Works on content words (reuse/words.h): terms, and a mark for each word covered by a
 * boilerplate n-gram. Anchors (where shared n-grams that are not boilerplate start) are
 * grouped into regions of anchors near each other in both documents. Each region's box,
 * widened by a margin, is aligned locally (Smith-Waterman: a matched word scores, a
 * substituted, dropped or inserted one costs), the alignment extended at both ends while that
 * costs nothing, and the parts of the box it leaves (before, beside and after it in each
 * document) searched again: a clause moved to the other end of its sentence comes back as a
 * piece beside the rest. Each word is matched once per pair. Pieces close in both documents
 * make one passage, which must match min_matches words outside boilerplate and half its
 * words. A matched boilerplate word scores half and does not count toward min_matches:
 * boilerplate alone makes no passage, and a passage runs on over it where both texts go on
 * with it. Depends on libc only. bench/README.md ("Reuse") has the figures that
 * chose the settings. */
#ifndef READOUT_REUSE_ALIGN_H
#define READOUT_REUSE_ALIGN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A shared n-gram: it starts at content word a of the first document and b of the second. */
typedef struct reuse_anchor {
	uint32_t a, b;
} reuse_anchor;

/* A passage, in content words: [a0, a1) of the first document repeats [b0, b1) of the second. */
typedef struct reuse_passage {
	uint32_t a0, a1, b0, b1;
	int32_t score;
	uint32_t matches;  /* content words matched, boilerplate aside */
	uint32_t equal;    /* content words matched, boilerplate too */
} reuse_passage;

/* One side of a pair: its content words' terms, and their boilerplate marks (NULL: none), a
 * bit array in which bit mark_base + i is set when content word i is covered by a
 * boilerplate n-gram. */
typedef struct reuse_side {
	const uint32_t *terms;
	const uint64_t *marks;
	uint64_t mark_base;
	size_t n;
} reuse_side;

/* The scores and distances. Defaults in REUSE_ALIGN_INIT. */
typedef struct reuse_align_params {
	unsigned ngram;        /* words per anchor n-gram */
	unsigned min_matches;  /* a passage matches at least this many content words */
	unsigned min_density;  /* percent: its matched words (boilerplate too) of its longer side */
	int match, mismatch, gap; /* scores: a matched word, a substituted one, one dropped or inserted */
	int match_boilerplate;   /* a matched word covered by boilerplate */
	unsigned near;         /* anchors this close (content words) in both documents make one region */
	unsigned join;         /* pieces this close in both documents make one passage */
	unsigned margin;       /* an alignment may reach this far beyond its region's anchors */
	size_t max_cells;      /* a region larger than this (words x words) is aligned in pieces */
} reuse_align_params;

/* match +2, mismatch -1, gap -1: two matched words pay for a substitution and an insertion,
 * as machine translations differ, and unrelated text loses one a word; a boilerplate match +1.
 * 9 content words are about 15 words of text; two translations of one text share three
 * content words in four, stock phrases that happen to meet in two texts far fewer (50%).
 * near 12 and margin 24 content words are about 20 and 40 words of text; join 25, a long
 * sentence: two sentences with their clauses swapped break an alignment into pieces that far
 * apart. max_cells bounds a box's time (4M cells: about 10 ms) and its traceback (a byte a
 * cell). */
#define REUSE_ALIGN_INIT {4, 9, 50, 2, -1, -1, 1, 12, 25, 24, (size_t)4 << 20}

/* A word of each document matched by segment seg of an alignment. */
typedef struct reuse_use {
	uint32_t a, b, seg;
} reuse_use;

/* Scratch memory for reuse_align, one per thread. */
typedef struct reuse_aligner {
	int32_t *cells;
	size_t cells_cap;
	uint8_t *steps, *used_a, *used_b;
	size_t steps_cap, used_a_cap, used_b_cap;
	reuse_use *log;         /* the words the alignment being made has matched */
	size_t nlog, log_cap;
	reuse_passage *segs;    /* its segments */
	size_t nsegs, segs_cap;
	uint32_t *group, *start;
	size_t group_cap, start_cap;
	reuse_anchor *sorted;
	size_t sorted_cap;
	reuse_passage *pieces;
	size_t npieces, pieces_cap;
} reuse_aligner;

void reuse_aligner_dispose(reuse_aligner *al);

/* The passages of a pair, sorted by a0, appended to *out (grown with realloc; *n and *cap are
 * its count and capacity). anchors are reordered. Returns 0 or READOUT_ENOMEM. */
int reuse_align(reuse_aligner *al, const reuse_side *a, const reuse_side *b, reuse_anchor *anchors, size_t nanchors,
                const reuse_align_params *p, reuse_passage **out, size_t *n, size_t *cap);

/* Whether content word i of the side is boilerplate. */
static inline bool reuse_marked(const reuse_side *s, size_t i)
{
	uint64_t bit = s->mark_base + i;
	return s->marks && (s->marks[bit >> 6] >> (bit & 63) & 1);
}

#endif
