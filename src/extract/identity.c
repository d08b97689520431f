/* identity.c — grouping a name's facets into persons (the rule is in identity.h). Links
 * between facets are ranked and taken strongest first, each joining two groups unless some
 * pair across them clashes; a name has a handful of facets, so the pairwise checks cost
 * nothing. libc only. */
#include "extract/identity.h"

#include <stdlib.h>
#include <string.h>

bool identity_facet_key(char *out, size_t cap, const char *region, const char *area, bool soft)
{
	size_t n = strlen(region), m = area && *area ? strlen(area) + 1 : 0;
	if (!n || n + m + (soft ? 1 : 0) + 1 > cap)
		return false;
	memcpy(out, region, n);
	if (m) {
		out[n] = '/';
		memcpy(out + n + 1, area, m - 1);
	}
	n += m;
	if (soft)
		out[n++] = '~';
	out[n] = '\0';
	return true;
}

static bool is_soft(const char *key)
{
	size_t n = strlen(key);
	return n && key[n - 1] == '~';
}

static bool is_weak(const char *key)
{
	size_t n = strlen(key);
	return n && key[n - 1] == '?';
}

bool identity_facet_places(const char *key)
{
	return !is_weak(key);
}

/* The region's length in key (up to '/', '~' or '?'). */
static size_t region_len(const char *key)
{
	return strcspn(key, "/~?");
}

/* The area of key (after '/', up to '~') and its length; length 0 for none. */
static const char *area_of(const char *key, size_t *len)
{
	const char *slash = strchr(key, '/');
	if (!slash) {
		*len = 0;
		return NULL;
	}
	*len = strcspn(slash + 1, "~?");
	return slash + 1;
}

void identity_facet_region(char *out, size_t cap, const char *key)
{
	size_t n = region_len(key);
	if (n + 1 > cap)
		n = cap - 1;
	memcpy(out, key, n);
	out[n] = '\0';
}

static bool same_region(const char *a, const char *b)
{
	size_t n = region_len(a);
	return n == region_len(b) && strncmp(a, b, n) == 0;
}

static bool is_central(const char *key)
{
	return region_len(key) == 7 && strncmp(key, "central", 7) == 0;
}

bool identity_places_clash(const identity_facet *a, const identity_facet *b)
{
	if (!same_region(a->key, b->key))
		return true;
	size_t la, lb;
	const char *xa = area_of(a->key, &la), *xb = area_of(b->key, &lb);
	return la && lb && (la != lb || strncmp(xa, xb, la) != 0);
}

bool identity_overlap(const identity_facet *a, const identity_facet *b)
{
	return a->dated > 0 && b->dated > 0 && a->first[0] && b->first[0] && strcmp(a->first, b->last) <= 0 &&
	       strcmp(b->first, a->last) <= 0;
}

double identity_split_chance(int64_t a, int64_t b)
{
	if (a <= 0 || b <= 0)
		return 1.0;
	/* 2 / C(a + b, a), the binomial built up factor by factor (it only grows) */
	double c = 1.0;
	for (int64_t i = 1; i <= b && c < 1e12; i++)
		c = c * (double)(a + i) / (double)i;
	double p = 2.0 / c;
	return p < 1.0 ? p : 1.0;
}

bool identity_facet_local_post(const char *key)
{
	return !is_soft(key) && !is_weak(key) && !is_central(key);
}

/* Hard facets clash by place over the same dates; a weak one (an untitled mention in a local
 * readout) only with a hard facet of another province, never with a central one (a national
 * leader is named untitled everywhere) nor with another weak one. */
static bool conflict(const identity_facet *a, const identity_facet *b)
{
	if (is_soft(a->key) || is_soft(b->key))
		return false;
	bool wa = is_weak(a->key), wb = is_weak(b->key);
	if (wa && wb)
		return false;
	if (wa || wb) {
		const identity_facet *hard = wa ? b : a, *weak = wa ? a : b;
		return weak->dated >= IDENTITY_WEAK_CLASH && !is_central(hard->key) && !same_region(a->key, b->key) &&
		       identity_overlap(a, b);
	}
	return identity_places_clash(a, b) && identity_overlap(a, b);
}

/* Whether an override's place ("Hubei", "Hubei/Wuhan", "central") takes in the facet. */
static bool selects(const char *sel, const identity_facet *f)
{
	if (!sel || !same_region(sel, f->key))
		return false;
	size_t ls, lf;
	const char *as = area_of(sel, &ls), *af = area_of(f->key, &lf);
	return !ls || (ls == lf && strncmp(as, af, ls) == 0);
}

/* A split keeps the facets it selects apart from all others. */
static bool split_apart(const identity_facet *a, const identity_facet *b, const identity_override *ov, size_t nov)
{
	for (size_t i = 0; i < nov; i++)
		if (ov[i].kind == IDENTITY_SPLIT && selects(ov[i].a, a) != selects(ov[i].a, b))
			return true;
	return false;
}

static bool forced(const identity_facet *a, const identity_facet *b, const identity_override *ov, size_t nov)
{
	for (size_t i = 0; i < nov; i++)
		if (ov[i].kind == IDENTITY_MERGE &&
		    ((selects(ov[i].a, a) && selects(ov[i].b, b)) || (selects(ov[i].a, b) && selects(ov[i].b, a))))
			return true;
	return false;
}

typedef struct link {
	size_t i, j;
	int strength; /* 0 strongest */
	double chance;
	int64_t documents;
	bool forced;
} link;

enum { L_FORCED, L_REGION, L_CENTRAL, L_SOFT, L_TRANSFER, L_WEAK };

static bool same_area(const char *a, const char *b)
{
	size_t la, lb;
	const char *xa = area_of(a, &la), *xb = area_of(b, &lb);
	return la == lb && (!la || strncmp(xa, xb, la) == 0);
}

/* A region's (by_area: a region's area's) facets, posts and untitled mentions (not seats: a seat says nothing of where its
 * holder was), as one: their dated documents and first and last dates. */
static identity_facet region_of(const identity_facet *f, size_t n, const char *key, bool by_area)
{
	identity_facet r;
	memset(&r, 0, sizeof r);
	for (size_t i = 0; i < n; i++) {
		if (is_soft(f[i].key) || !same_region(f[i].key, key) || (by_area && !same_area(f[i].key, key)) ||
		    f[i].dated <= 0 || !f[i].first[0])
			continue;
		if (!r.first[0] || strcmp(f[i].first, r.first) < 0)
			memcpy(r.first, f[i].first, sizeof r.first);
		if (strcmp(f[i].last, r.last) > 0)
			memcpy(r.last, f[i].last, sizeof r.last);
		r.dated += f[i].dated;
	}
	return r;
}

/* Whether a's and b's posts changed hands as a move between their places would leave them:
 * a successor in the earlier place, a predecessor in the later (ra and rb, their regions' dated
 * spans, say which is which); any change of hands when either region or the change is undated. */
static bool moved_between(const identity_facet *a, const identity_facet *b, const identity_facet *ra,
                          const identity_facet *rb)
{
	if (ra->dated <= 0 || rb->dated <= 0)
		return a->handed || b->handed;
	const identity_facet *early = strcmp(ra->last, rb->first) < 0 ? a : b, *late = early == a ? b : a;
	return ((a->handed | b->handed) & IDENTITY_HANDED_UNDATED) || (early->handed & IDENTITY_HANDED_AFTER) ||
	       (late->handed & IDENTITY_HANDED_BEFORE);
}

/* The link between facets a and b of the n facets f, if they have one. */
static bool make_link(link *out, const identity_facet *f, size_t n, size_t i, size_t j, const identity_override *ov,
                      size_t nov)
{
	const identity_facet *a = &f[i], *b = &f[j];
	*out = (link){i, j, L_REGION, 0.0, a->documents + b->documents, false};
	if (forced(a, b, ov, nov)) {
		out->strength = L_FORCED;
		out->forced = true;
		return true;
	}
	if (split_apart(a, b, ov, nov) || conflict(a, b))
		return false;
	bool soft = is_soft(a->key) || is_soft(b->key);
	bool hard = !soft && !is_weak(a->key) && !is_weak(b->key);
	if (same_region(a->key, b->key) && !(hard && identity_places_clash(a, b)))
		out->strength = L_REGION;
	else if (soft)
		out->strength = L_SOFT;
	else if (is_central(a->key) || is_central(b->key))
		out->strength = L_CENTRAL;
	else if (is_weak(a->key) || is_weak(b->key))
		out->strength = L_WEAK; /* untitled in another province, at other times: nothing says two */
	else {
		out->strength = L_TRANSFER;
		/* the split is judged on every dated document of the two regions: untitled ones too
		 * (their dates clash with the other's posts when they overlap) */
		bool by_area = same_region(a->key, b->key); /* two prefectures of one province */
		identity_facet ra = region_of(f, n, a->key, by_area), rb = region_of(f, n, b->key, by_area);
		out->chance = identity_split_chance(ra.dated, rb.dated);
		bool split = ra.dated > 0 && rb.dated > 0 && out->chance <= IDENTITY_TRANSFER_CHANCE;
		if (identity_overlap(&ra, &rb) || !(split || moved_between(a, b, &ra, &rb)))
			return false;
	}
	return true;
}

static int cmp_link(const void *x, const void *y)
{
	const link *a = x, *b = y;
	if (a->strength != b->strength)
		return a->strength < b->strength ? -1 : 1;
	if (a->chance != b->chance)
		return a->chance < b->chance ? -1 : 1;
	if (a->documents != b->documents)
		return a->documents > b->documents ? -1 : 1;
	if (a->i != b->i)
		return a->i < b->i ? -1 : 1;
	return a->j < b->j ? -1 : a->j > b->j;
}

static size_t find(size_t *parent, size_t i)
{
	while (parent[i] != i)
		i = parent[i] = parent[parent[i]];
	return i;
}

/* Whether the group of root r holds a hard facet of a local place. */
static bool holds_local_post(const identity_facet *f, size_t n, size_t *parent, size_t r)
{
	for (size_t x = 0; x < n; x++)
		if (find(parent, x) == r && !is_soft(f[x].key) && !is_weak(f[x].key) && !is_central(f[x].key))
			return true;
	return false;
}

/* Facets ordered by key, so the links and their ties do not depend on the caller's order. */
typedef struct keyed {
	const identity_facet *f;
	size_t at;
} keyed;

static int cmp_keyed(const void *x, const void *y)
{
	const keyed *a = x, *b = y;
	int c = strcmp(a->f->key, b->f->key);
	return c ? c : (a->at > b->at) - (a->at < b->at);
}

size_t identity_cluster(identity_facet *f, size_t n, const identity_override *ov, size_t nov)
{
	if (!n)
		return 0;
	keyed *order = malloc(n * sizeof *order);
	identity_facet *sorted = malloc(n * sizeof *sorted);
	size_t *parent = malloc(n * sizeof *parent), *number = malloc(n * sizeof *number);
	size_t *root = malloc(n * sizeof *root); /* per facet in the caller's order */
	link *links = n > 1 ? malloc(n * (n - 1) / 2 * sizeof *links) : NULL;
	size_t k = SIZE_MAX;
	if (!order || !sorted || !parent || !number || !root || (n > 1 && !links))
		goto done;
	for (size_t i = 0; i < n; i++)
		order[i] = (keyed){&f[i], i};
	qsort(order, n, sizeof *order, cmp_keyed);
	for (size_t i = 0; i < n; i++) {
		sorted[i] = *order[i].f;
		parent[i] = i;
	}
	size_t nl = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++)
			if (make_link(&links[nl], sorted, n, i, j, ov, nov))
				nl++;
	if (nl > 1)
		qsort(links, nl, sizeof *links, cmp_link);
	for (size_t l = 0; l < nl; l++) {
		size_t ri = find(parent, links[l].i), rj = find(parent, links[l].j);
		if (ri == rj)
			continue;
		/* a weak link joins a person named untitled elsewhere, never two persons with posts
		 * in two provinces: that takes a transfer's link */
		bool ok = links[l].strength != L_WEAK || !holds_local_post(sorted, n, parent, ri) ||
		          !holds_local_post(sorted, n, parent, rj);
		for (size_t x = 0; x < n && ok && !links[l].forced; x++)
			if (find(parent, x) == ri)
				for (size_t y = 0; y < n && ok; y++)
					if (find(parent, y) == rj)
						ok = !conflict(&sorted[x], &sorted[y]) && !split_apart(&sorted[x], &sorted[y], ov, nov);
		if (ok)
			parent[rj] = ri;
	}
	/* number the groups by their first facet in the caller's order */
	for (size_t s = 0; s < n; s++) {
		number[s] = SIZE_MAX;
		root[order[s].at] = find(parent, s);
	}
	k = 0;
	for (size_t i = 0; i < n; i++) {
		if (number[root[i]] == SIZE_MAX)
			number[root[i]] = k++;
		f[i].cluster = number[root[i]];
	}
done:
	free(order);
	free(sorted);
	free(parent);
	free(number);
	free(root);
	free(links);
	return k;
}

typedef struct claim {
	size_t cluster;
	int64_t person, documents;
} claim;

static int cmp_claim(const void *x, const void *y)
{
	const claim *a = x, *b = y;
	if (a->documents != b->documents)
		return a->documents > b->documents ? -1 : 1;
	if (a->person != b->person)
		return a->person < b->person ? -1 : 1;
	return (a->cluster > b->cluster) - (a->cluster < b->cluster);
}

bool identity_assign(int64_t *person, const identity_facet *f, size_t n, size_t k)
{
	for (size_t c = 0; c < k; c++)
		person[c] = 0;
	claim *claims = n ? malloc(n * sizeof *claims) : NULL;
	if (n && !claims)
		return false;
	/* documents per (cluster, stored person) */
	size_t nc = 0;
	for (size_t i = 0; i < n; i++) {
		if (!f[i].person)
			continue;
		size_t j = 0;
		while (j < nc && !(claims[j].cluster == f[i].cluster && claims[j].person == f[i].person))
			j++;
		if (j == nc)
			claims[nc++] = (claim){f[i].cluster, f[i].person, 0};
		claims[j].documents += f[i].documents;
	}
	if (nc > 1)
		qsort(claims, nc, sizeof *claims, cmp_claim);
	for (size_t j = 0; j < nc; j++) {
		bool taken = person[claims[j].cluster] != 0;
		for (size_t c = 0; c < k && !taken; c++)
			taken = person[c] == claims[j].person;
		if (!taken)
			person[claims[j].cluster] = claims[j].person;
	}
	free(claims);
	return true;
}

size_t identity_home(const identity_facet *f, size_t n)
{
	size_t best = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		if (best == SIZE_MAX) {
			best = i;
			continue;
		}
		const identity_facet *a = &f[i], *b = &f[best];
		if (is_weak(a->key) != is_weak(b->key)) { /* a weak facet is home only to a person of no other */
			if (is_weak(b->key))
				best = i;
			continue;
		}
		bool ha = !is_soft(a->key) && a->dated, hb = !is_soft(b->key) && b->dated;
		bool da = a->dated > 0, db = b->dated > 0;
		int c;
		if (ha != hb)
			c = ha ? 1 : -1;
		else if (da != db)
			c = da ? 1 : -1;
		else if (da && (c = strcmp(a->last, b->last)) != 0)
			;
		else if (a->documents != b->documents)
			c = a->documents > b->documents ? 1 : -1;
		else
			c = strcmp(b->key, a->key); /* the first key on a tie */
		if (c > 0)
			best = i;
	}
	return best;
}

size_t identity_unplaced(const int64_t *evidence, size_t k, size_t now)
{
	size_t best = SIZE_MAX;
	for (size_t c = 0; c < k; c++)
		if (evidence[c] > 0 && (best == SIZE_MAX || evidence[c] > evidence[best]))
			best = c;
	if (best != SIZE_MAX && now < k && evidence[now] == evidence[best])
		best = now;
	return best;
}
