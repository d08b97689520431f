/* align.c — anchors to regions, regions to local alignments, alignments to passages (see
 * align.h). Everything is deterministic: ties go to the earliest cell and the diagonal, so
 * the same pair gives the same passages on every machine and in every stage. */
#include "reuse/align.h"
#include "util/error.h"
#include "util/grow.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* How the best alignment ending at a cell got there (one byte a cell, for the traceback). */
enum { STEP_NONE, STEP_START, STEP_DIAG, STEP_UP, STEP_LEFT };

typedef struct box {
	uint32_t a0, a1, b0, b1;
} box;

static int cmp_anchor(const void *x, const void *y)
{
	const reuse_anchor *p = x, *q = y;
	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	return (p->b > q->b) - (p->b < q->b);
}

static int cmp_piece(const void *x, const void *y)
{
	const reuse_passage *p = x, *q = y;
	if (p->a0 != q->a0)
		return p->a0 < q->a0 ? -1 : 1;
	if (p->b0 != q->b0)
		return p->b0 < q->b0 ? -1 : 1;
	return (p->a1 > q->a1) - (p->a1 < q->a1);
}

static uint32_t dist(uint32_t x, uint32_t y)
{
	return x > y ? x - y : y - x;
}

/* Union-find over the anchors: the root of i. */
static uint32_t root(uint32_t *g, uint32_t i)
{
	while (g[i] != i) {
		g[i] = g[g[i]];
		i = g[i];
	}
	return i;
}

/* Marks words i of a and j of b matched by segment seg of the alignment being made, noting it
 * so that a segment given up can give them back. */
static bool use(reuse_aligner *al, uint32_t i, uint32_t j, size_t seg)
{
	if (!grow_array((void **)&al->log, &al->log_cap, al->nlog + 1, sizeof *al->log, 256))
		return false;
	al->log[al->nlog++] = (reuse_use){i, j, (uint32_t)seg};
	al->used_a[i] = al->used_b[j] = 1;
	return true;
}

/* Gives back the words of segment seg (see use). */
static void release(reuse_aligner *al, size_t seg)
{
	for (size_t k = 0; k < al->nlog; k++)
		if (al->log[k].seg == seg)
			al->used_a[al->log[k].a] = al->used_b[al->log[k].b] = 0;
}

static int add_segment(reuse_aligner *al, const reuse_passage *x)
{
	if (!grow_array((void **)&al->segs, &al->segs_cap, al->nsegs + 1, sizeof *al->segs, 8))
		return readout_error__set(READOUT_ENOMEM, "out of memory for an alignment");
	al->segs[al->nsegs++] = *x;
	return 0;
}

/* The score of aligning content word i of a with j of b, and whether they are the same unused
 * word. */
static int32_t pair_score(const reuse_aligner *al, const reuse_side *a, const reuse_side *b, uint32_t i, uint32_t j,
                          const reuse_align_params *p, bool *same)
{
	*same = a->terms[i] == b->terms[j] && !al->used_a[i] && !al->used_b[j];
	if (!*same)
		return p->mismatch;
	return reuse_marked(a, i) || reuse_marked(b, j) ? p->match_boilerplate : p->match;
}

enum { REACH = 8 };

/* One step of extend: the farthest match within REACH words of each document's next words
 * (going out of x, dir 1 after it, -1 before it) that keeps the score, taken with the words
 * matched on the way, for segment seg. */
static int extend_step(reuse_aligner *al, const reuse_side *a, const reuse_side *b, const reuse_align_params *p,
                       reuse_passage *x, int dir, size_t seg)
{
	int32_t e[REACH + 1][REACH + 1];
	uint8_t st[REACH + 1][REACH + 1];
	uint32_t ia = dir > 0 ? x->a1 : x->a0, ib = dir > 0 ? x->b1 : x->b0; /* the first words outside */
	size_t ra = dir > 0 ? a->n - x->a1 : x->a0, rb = dir > 0 ? b->n - x->b1 : x->b0;
	ra = ra < REACH ? ra : REACH;
	rb = rb < REACH ? rb : REACH;
	int32_t best = -1;
	size_t bi = 0, bj = 0;
	e[0][0] = 0;
	for (size_t u = 1; u <= ra; u++)
		e[u][0] = e[u - 1][0] + p->gap, st[u][0] = STEP_UP;
	for (size_t v = 1; v <= rb; v++)
		e[0][v] = e[0][v - 1] + p->gap, st[0][v] = STEP_LEFT;
	for (size_t u = 1; u <= ra; u++)
		for (size_t v = 1; v <= rb; v++) {
			bool same;
			uint32_t i = dir > 0 ? ia + (uint32_t)u - 1 : ia - (uint32_t)u;
			uint32_t j = dir > 0 ? ib + (uint32_t)v - 1 : ib - (uint32_t)v;
			int32_t sd = e[u - 1][v - 1] + pair_score(al, a, b, i, j, p, &same);
			int32_t su = e[u - 1][v] + p->gap, sl = e[u][v - 1] + p->gap;
			if (sd >= su && sd >= sl) {
				e[u][v] = sd;
				st[u][v] = STEP_DIAG;
				if (same && sd >= 0 && (sd > best || (sd == best && u + v > bi + bj))) {
					best = sd;
					bi = u;
					bj = v;
				}
			} else if (su >= sl) {
				e[u][v] = su;
				st[u][v] = STEP_UP;
			} else {
				e[u][v] = sl;
				st[u][v] = STEP_LEFT;
			}
		}
	if (best < 0)
		return 0;
	x->score += best;
	for (size_t u = bi, v = bj; u > 0 || v > 0;) {
		if (st[u][v] == STEP_DIAG) {
			uint32_t i = dir > 0 ? ia + (uint32_t)u - 1 : ia - (uint32_t)u;
			uint32_t j = dir > 0 ? ib + (uint32_t)v - 1 : ib - (uint32_t)v;
			bool same;
			pair_score(al, a, b, i, j, p, &same);
			if (same) {
				x->equal++;
				x->matches += !reuse_marked(a, i) && !reuse_marked(b, j);
				if (!use(al, i, j, seg))
					return readout_error__set(READOUT_ENOMEM, "out of memory for an alignment");
			}
			u--, v--;
		} else if (st[u][v] == STEP_UP) {
			u--;
		} else {
			v--;
		}
	}
	if (dir > 0) {
		x->a1 += (uint32_t)bi;
		x->b1 += (uint32_t)bj;
	} else {
		x->a0 -= (uint32_t)bi;
		x->b0 -= (uint32_t)bj;
	}
	return 0;
}

/* Extends an alignment's end (dir 1) or start (dir -1), step by step, while what it takes
 * costs nothing overall: a local alignment stops where the next match would only pay back
 * what the words before it cost ("a substitution, then a match"), which leaves the last or
 * first words of a copied passage out, and it cannot leave its box, whose margin a passage
 * rewritten past its last anchor outgrows. */
static int extend(reuse_aligner *al, const reuse_side *a, const reuse_side *b, const reuse_align_params *p,
                  reuse_passage *x, int dir, size_t seg)
{
	for (;;) {
		uint32_t before = dir > 0 ? x->a1 + x->b1 : x->a0 + x->b0;
		int rc = extend_step(al, a, b, p, x, dir, seg);
		if (rc || (dir > 0 ? x->a1 + x->b1 : x->a0 + x->b0) == before)
			return rc;
	}
}

/* Local alignment of the box: the best alignment, as segments into al->segs (score 0 and no
 * segment when there is none), its words marked used so that no later alignment of the pair
 * matches them again (a word of one document repeats a word of the other once). A stretch of
 * more than `near` steps without a match cuts the alignment into segments: a strong stretch
 * can pay for a paragraph that one document has and the other not, and what lies on each
 * side of it is two pieces, joined again only if they are close (see reach_of). Scores in two rows;
 * the steps, one byte a cell, for the traceback that counts the matched words. */
static int best_alignment(reuse_aligner *al, const reuse_side *a, const reuse_side *b, box bx,
                          const reuse_align_params *p, reuse_passage *best)
{
	*best = (reuse_passage){0, 0, 0, 0, 0, 0, 0};
	size_t h = bx.a1 - bx.a0, w = bx.b1 - bx.b0;
	if (!h || !w)
		return 0;
	if (!grow_array((void **)&al->cells, &al->cells_cap, 2 * (w + 1), sizeof *al->cells, 1024) ||
	    !grow_array((void **)&al->steps, &al->steps_cap, h * w, 1, 1 << 16))
		return readout_error__set(READOUT_ENOMEM, "out of memory for an alignment");
	int32_t *prev = al->cells, *cur = prev + (w + 1);
	memset(prev, 0, (w + 1) * sizeof *prev);
	uint8_t *step = al->steps;
	const uint8_t *used_a = al->used_a, *used_b = al->used_b;
	uint32_t end_i = 0, end_j = 0;
	for (uint32_t i = bx.a0; i < bx.a1; i++) {
		uint32_t ta = a->terms[i];
		bool a_free = !used_a[i], a_plain = !reuse_marked(a, i);
		cur[0] = 0;
		for (size_t k = 1; k <= w; k++, step++) {
			uint32_t j = bx.b0 + (uint32_t)k - 1;
			bool same = b->terms[j] == ta && a_free && !used_b[j];
			int32_t sd = prev[k - 1] + (same ? (a_plain && !reuse_marked(b, j) ? p->match : p->match_boilerplate) : p->mismatch);
			int32_t su = prev[k] + p->gap, sl = cur[k - 1] + p->gap, v = 0;
			*step = STEP_NONE;
			if (sd > 0 && sd >= su && sd >= sl) {
				v = sd;
				*step = prev[k - 1] > 0 ? STEP_DIAG : STEP_START;
			} else if (su > 0 && su >= sl) {
				v = su;
				*step = STEP_UP;
			} else if (sl > 0) {
				v = sl;
				*step = STEP_LEFT;
			}
			cur[k] = v;
			if (v > best->score) {
				best->score = v;
				end_i = i;
				end_j = j;
			}
		}
		int32_t *t = prev;
		prev = cur;
		cur = t;
	}
	if (best->score <= 0)
		return 0;
	/* back from the end to the start, segment by segment (the last first), counting and
	 * marking the matched words, and adding up each segment's score */
	uint32_t i = end_i, j = end_j, gaps = 0;
	int32_t gap_cost = 0;
	reuse_passage seg = {0, i + 1, 0, j + 1, 0, 0, 0};
	for (;;) {
		uint8_t st = al->steps[(size_t)(i - bx.a0) * w + (j - bx.b0)];
		bool same = false;
		int32_t step_score = st == STEP_DIAG || st == STEP_START ? pair_score(al, a, b, i, j, p, &same) : p->gap;
		if (same) {
			if (gaps > p->near) { /* a cut: the segment after the stretch starts after it */
				int rc = add_segment(al, &seg);
				if (rc)
					return rc;
				seg = (reuse_passage){0, i + 1, 0, j + 1, 0, 0, 0};
			} else {
				seg.score += gap_cost;
			}
			gaps = 0;
			gap_cost = 0;
			seg.score += step_score;
			seg.equal++;
			seg.matches += !reuse_marked(a, i) && !reuse_marked(b, j);
			if (!use(al, i, j, al->nsegs))
				return readout_error__set(READOUT_ENOMEM, "out of memory for an alignment");
			seg.a0 = i;
			seg.b0 = j;
		} else {
			gaps++;
			gap_cost += step_score;
		}
		if (st == STEP_START)
			break;
		if (st == STEP_DIAG)
			i--, j--;
		else if (st == STEP_UP)
			i--;
		else {
			assert(st == STEP_LEFT);
			j--;
		}
	}
	return add_segment(al, &seg);
}

static int add_piece(reuse_aligner *al, const reuse_passage *piece)
{
	if (!grow_array((void **)&al->pieces, &al->pieces_cap, al->npieces + 1, sizeof *al->pieces, 16))
		return readout_error__set(READOUT_ENOMEM, "out of memory for an alignment");
	al->pieces[al->npieces++] = *piece;
	return 0;
}

/* Pieces matching fewer words than this (or fewer than 2 outside boilerplate) are chance, not
 * a moved clause. */
enum { PIECE_MATCHES = 3, PIECE_DEPTH = 2, LONG_PIECE = 12 };

/* The best alignment of the box, then, to depth PIECE_DEPTH, the best of each part of the box
 * the alignment leaves: before, beside or after it in each document. A clause moved to the
 * other end of its sentence lies beside the alignment in one document (the alignment stepped
 * over it) and before or after it in the other; a passage broken by a long rewritten stretch
 * goes on before or after it in both. */
static int align_box(reuse_aligner *al, const reuse_side *a, const reuse_side *b, box bx, const reuse_align_params *p,
                     int depth)
{
	reuse_passage best;
	al->nlog = al->nsegs = 0;
	int rc = best_alignment(al, a, b, bx, p, &best);
	if (rc || !al->nsegs)
		return rc;
	/* segments come last first: the first is extended forward, the last backward */
	size_t n = al->nsegs;
	if ((rc = extend(al, a, b, p, &al->segs[0], 1, 0)) || (rc = extend(al, a, b, p, &al->segs[n - 1], -1, n - 1)))
		return rc;
	box around = {UINT32_MAX, 0, UINT32_MAX, 0}; /* the segments kept */
	for (size_t k = 0; k < n && !rc; k++) {
		const reuse_passage *x = &al->segs[k];
		if (x->equal < PIECE_MATCHES || x->matches < 2) { /* chance: its words may serve another piece */
			release(al, k);
			continue;
		}
		around = (box){x->a0 < around.a0 ? x->a0 : around.a0, x->a1 > around.a1 ? x->a1 : around.a1,
		               x->b0 < around.b0 ? x->b0 : around.b0, x->b1 > around.b1 ? x->b1 : around.b1};
		rc = add_piece(al, x);
	}
	if (rc || depth >= PIECE_DEPTH || around.a1 == 0)
		return rc;
	uint32_t as[4] = {bx.a0, around.a0, around.a1, bx.a1}, bs[4] = {bx.b0, around.b0, around.b1, bx.b1};
	for (int i = 0; i < 3 && !rc; i++)
		for (int j = 0; j < 3 && !rc; j++)
			if ((i != 1 || j != 1) && as[i + 1] > as[i] && bs[j + 1] > bs[j])
				rc = align_box(al, a, b, (box){as[i], as[i + 1], bs[j], bs[j + 1]}, p, depth + 1);
	return rc;
}


/* The words between two spans [x0, x1) and [y0, y1) of one document: 0 when they overlap. */
static uint32_t apart(uint32_t x0, uint32_t x1, uint32_t y0, uint32_t y1)
{
	return y0 > x1 ? y0 - x1 : x0 > y1 ? x0 - y1 : 0;
}

/* The words [x0, x1) of a and [y0, y1) of b have in common (as a multiset), for spans of at
 * most a few dozen words. */
static uint32_t common_words(const reuse_side *a, uint32_t x0, uint32_t x1, const reuse_side *b, uint32_t y0,
                             uint32_t y1)
{
	bool taken[64] = {false};
	uint32_t n = 0;
	for (uint32_t i = x0; i < x1; i++)
		for (uint32_t j = y0; j < y1 && j - y0 < 64; j++)
			if (!taken[j - y0] && a->terms[i] == b->terms[j]) {
				taken[j - y0] = true;
				n++;
				break;
			}
	return n;
}

/* Whether two pieces are one passage. A short piece is a moved clause, next to the rest (within
 * REACH words in both documents), or chance. Two long ones may be a clause apart in one
 * document (near), or a sentence apart in both (join) when a stretch of the passage was
 * rewritten: then both documents have about as many words between them, and some of them the
 * same (an eighth); a paragraph that only one document has, or two different ones, between two
 * stretches they share makes two passages. */
static bool one_passage(const reuse_side *a, const reuse_side *b, const reuse_passage *x, const reuse_passage *y,
                        const reuse_align_params *p)
{
	uint32_t ga = apart(x->a0, x->a1, y->a0, y->a1), gb = apart(x->b0, x->b1, y->b0, y->b1);
	if (ga <= REACH && gb <= REACH)
		return true;
	bool long_ones = x->equal >= LONG_PIECE && y->equal >= LONG_PIECE;
	if (!long_ones || ga > p->join || gb > p->join)
		return false;
	/* a clause moved from the other end of the sentence leaves words between them in one
	 * document only, at most a long clause */
	if ((ga <= REACH && gb <= p->near) || (gb <= REACH && ga <= p->near))
		return true;
	if ((ga > gb ? ga - gb : gb - ga) > REACH)
		return false;
	/* the gaps: between the earlier piece's end and the later one's start, in each document */
	const reuse_passage *ea = x->a1 <= y->a0 ? x : y, *eb = x->b1 <= y->b0 ? x : y;
	uint32_t a0 = ea->a1, b0 = eb->b1;
	return common_words(a, a0, a0 + ga, b, b0, b0 + gb) * 8 >= (ga > gb ? ga : gb);
}

static void absorb(reuse_passage *into, const reuse_passage *x)
{
	into->a0 = x->a0 < into->a0 ? x->a0 : into->a0;
	into->b0 = x->b0 < into->b0 ? x->b0 : into->b0;
	into->a1 = x->a1 > into->a1 ? x->a1 : into->a1;
	into->b1 = x->b1 > into->b1 ? x->b1 : into->b1;
	into->score += x->score;
	into->matches += x->matches;
	into->equal += x->equal;
}

/* Whether a passage is one: enough words matched, and at least min_density percent of its
 * longer side. */
static bool worth(const reuse_passage *x, const reuse_align_params *p)
{
	uint32_t longer = x->a1 - x->a0 > x->b1 - x->b0 ? x->a1 - x->a0 : x->b1 - x->b0;
	return x->matches >= p->min_matches && (uint64_t)x->equal * 100 >= (uint64_t)longer * p->min_density;
}

/* The anchors' bounds, and the box they make widened by the margin and clipped. */
typedef struct bounds {
	uint32_t amin, amax, bmin, bmax;
} bounds;

static void bounds_add(bounds *x, const reuse_anchor *an)
{
	x->amin = an->a < x->amin ? an->a : x->amin;
	x->amax = an->a > x->amax ? an->a : x->amax;
	x->bmin = an->b < x->bmin ? an->b : x->bmin;
	x->bmax = an->b > x->bmax ? an->b : x->bmax;
}

static box bounds_box(const bounds *x, const reuse_side *a, const reuse_side *b, const reuse_align_params *p)
{
	box bx;
	bx.a0 = x->amin > p->margin ? x->amin - p->margin : 0;
	bx.b0 = x->bmin > p->margin ? x->bmin - p->margin : 0;
	size_t a1 = (size_t)x->amax + p->ngram + p->margin, b1 = (size_t)x->bmax + p->ngram + p->margin;
	bx.a1 = (uint32_t)(a1 < a->n ? a1 : a->n);
	bx.b1 = (uint32_t)(b1 < b->n ? b1 : b->n);
	return bx;
}

static size_t box_cells(box bx)
{
	return (size_t)(bx.a1 - bx.a0) * (bx.b1 - bx.b0);
}

/* Aligns the region made of anchors [lo, hi) of al->sorted (sorted by a), in consecutive
 * stretches of anchors whose boxes stay under max_cells. */
static int align_region(reuse_aligner *al, size_t lo, size_t hi, const reuse_side *a, const reuse_side *b,
                        const reuse_align_params *p)
{
	while (lo < hi) {
		bounds x = {UINT32_MAX, 0, UINT32_MAX, 0};
		bounds_add(&x, &al->sorted[lo]);
		size_t end = lo + 1;
		for (; end < hi; end++) {
			bounds wider = x;
			bounds_add(&wider, &al->sorted[end]);
			if (box_cells(bounds_box(&wider, a, b, p)) > p->max_cells)
				break;
			x = wider;
		}
		int rc = align_box(al, a, b, bounds_box(&x, a, b, p), p, 0);
		if (rc)
			return rc;
		lo = end;
	}
	return 0;
}

int reuse_align(reuse_aligner *al, const reuse_side *a, const reuse_side *b, reuse_anchor *anchors, size_t nanchors,
                const reuse_align_params *p, reuse_passage **out, size_t *n, size_t *cap)
{
	al->npieces = 0;
	if (!nanchors)
		return 0;
	qsort(anchors, nanchors, sizeof *anchors, cmp_anchor);
	if (!grow_array((void **)&al->used_a, &al->used_a_cap, a->n + 1, 1, 1024) ||
	    !grow_array((void **)&al->used_b, &al->used_b_cap, b->n + 1, 1, 1024) ||
	    !grow_array((void **)&al->group, &al->group_cap, nanchors, sizeof *al->group, 64) ||
	    !grow_array((void **)&al->start, &al->start_cap, nanchors + 1, sizeof *al->start, 64) ||
	    !grow_array((void **)&al->sorted, &al->sorted_cap, nanchors, sizeof *al->sorted, 64))
		return readout_error__set(READOUT_ENOMEM, "out of memory for an alignment");
	/* a word is matched once per pair, whatever region's box it falls in: boxes overlap */
	memset(al->used_a, 0, a->n);
	memset(al->used_b, 0, b->n);
	/* regions: anchors near each other in both documents, transitively */
	uint32_t *g = al->group;
	for (size_t i = 0; i < nanchors; i++) {
		g[i] = (uint32_t)i;
		for (size_t j = i; j-- > 0 && anchors[i].a - anchors[j].a <= p->near;)
			if (dist(anchors[i].b, anchors[j].b) <= p->near) {
				uint32_t ri = root(g, (uint32_t)i), rj = root(g, (uint32_t)j);
				if (ri != rj)
					g[ri > rj ? ri : rj] = ri < rj ? ri : rj;
			}
	}
	/* each region's anchors together, regions in order of their first anchor (a root is its
	 * region's first anchor): a counting sort by root, stable */
	uint32_t *start = al->start;
	memset(start, 0, (nanchors + 1) * sizeof *start);
	for (size_t i = 0; i < nanchors; i++) {
		g[i] = root(g, (uint32_t)i);
		start[g[i] + 1]++;
	}
	for (size_t r = 0; r < nanchors; r++)
		start[r + 1] += start[r];
	for (size_t i = 0; i < nanchors; i++)
		al->sorted[start[g[i]]++] = anchors[i];
	int rc = 0;
	size_t lo = 0;
	for (size_t r = 0; r < nanchors && !rc; r++) {
		if (g[r] != r)
			continue;
		/* start[r] is now the end of region r */
		rc = align_region(al, lo, start[r], a, b, p);
		lo = start[r];
	}
	if (rc)
		return rc;
	/* pieces close in both documents are one passage, transitively, whichever region found
	 * them: a long rewritten stretch or a moved clause leaves a gap between the anchors of one
	 * passage, and a region's best alignment may be a leftover of its neighbour's */
	if (al->npieces > 1)
		qsort(al->pieces, al->npieces, sizeof *al->pieces, cmp_piece);
	size_t m = al->npieces;
	for (bool merged = true; merged && m > 1;) {
		merged = false;
		size_t k = 0;
		for (size_t i = 0; i < m; i++) {
			size_t j = 0;
			while (j < k && !one_passage(a, b, &al->pieces[j], &al->pieces[i], p))
				j++;
			if (j < k) {
				absorb(&al->pieces[j], &al->pieces[i]);
				merged = true;
			} else {
				al->pieces[k++] = al->pieces[i];
			}
		}
		m = k;
	}
	size_t kept = 0;
	for (size_t i = 0; i < m; i++)
		if (worth(&al->pieces[i], p))
			al->pieces[kept++] = al->pieces[i];
	m = kept;
	if (!m)
		return 0;
	if (!grow_array((void **)out, cap, *n + m, sizeof **out, 8))
		return readout_error__set(READOUT_ENOMEM, "out of memory for passages");
	memcpy(*out + *n, al->pieces, m * sizeof *al->pieces);
	*n += m;
	return 0;
}

void reuse_aligner_dispose(reuse_aligner *al)
{
	free(al->cells);
	free(al->steps);
	free(al->used_a);
	free(al->used_b);
	free(al->log);
	free(al->segs);
	free(al->group);
	free(al->start);
	free(al->sorted);
	free(al->pieces);
	memset(al, 0, sizeof *al);
}
