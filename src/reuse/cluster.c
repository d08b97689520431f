/* cluster.c — near-duplicate clusters: documents whose pair covers at least near_duplicate of
 * both are one story, transitively; the events such documents report are matched into event
 * clusters, so a meeting republished by three outlets counts once. Recomputed from every
 * stored pair at the end of each run. */
#include "reuse/run.h"
#include "util/error.h"
#include "util/grow.h"
#include "util/u64map.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct forest {
	u64map index;      /* document id -> its number here */
	int64_t *ids;
	uint32_t *parent;
	size_t n, cap;
	int rc;
} forest;

static uint32_t find(forest *f, uint32_t i)
{
	while (f->parent[i] != i) {
		f->parent[i] = f->parent[f->parent[i]];
		i = f->parent[i];
	}
	return i;
}

static int node(forest *f, int64_t id, uint32_t *out)
{
	uint64_t v;
	if (u64map_get(&f->index, (uint64_t)id, &v)) {
		*out = (uint32_t)v;
		return 0;
	}
	size_t cap = f->cap;
	if (!grow_array((void **)&f->ids, &cap, f->n + 1, sizeof *f->ids, 256) ||
	    !grow_array((void **)&f->parent, &f->cap, f->n + 1, sizeof *f->parent, 256) ||
	    u64map_put(&f->index, (uint64_t)id, f->n, false))
		return readout_error__set(READOUT_ENOMEM, "out of memory for clusters");
	f->ids[f->n] = id;
	f->parent[f->n] = (uint32_t)f->n;
	*out = (uint32_t)f->n++;
	return 0;
}

static int join(void *user, int64_t a, int64_t b)
{
	forest *f = user;
	uint32_t x, y;
	int rc = node(f, a, &x);
	if (!rc)
		rc = node(f, b, &y);
	if (rc)
		return rc;
	x = find(f, x);
	y = find(f, y);
	if (x != y) /* the root is the smallest document id: the cluster's id */
		f->parent[f->ids[x] < f->ids[y] ? y : x] = f->ids[x] < f->ids[y] ? x : y;
	return 0;
}

/* ---- events ---- */

/* Events of one document cluster that describe one meeting. */
typedef struct group {
	int64_t first;         /* its first event: the event cluster's id */
	const char *date, *partial, *place, *type; /* copies, owned by the grouping */
	int64_t *docs;         /* documents already in it (one event each) */
	int64_t *events;
	size_t n, cap;
} group;

typedef struct grouping {
	int64_t cluster;       /* the document cluster being grouped */
	group *groups;
	size_t ngroups, gcap;
	int64_t *rows;         /* (event, cluster) pairs to store */
	size_t nrows, rcap;
	size_t events;         /* events in groups of two or more */
	const forest *f;
} grouping;

/* Two values agree when both are unknown, one is, or they are equal (ignoring case). */
static bool agree(const char *a, const char *b)
{
	return !a || !b || strcasecmp(a, b) == 0;
}

static bool same_meeting(const group *g, const reuse_db_event *e)
{
	bool dated = g->date && e->date;
	if (dated ? strcmp(g->date, e->date) != 0 : !agree(g->partial, e->date_partial))
		return false;
	if (!agree(g->place, e->place) || !agree(g->type, e->type))
		return false;
	for (size_t i = 0; i < g->n; i++)
		if (g->docs[i] == e->doc_id)
			return false;
	return true;
}

static char *dup_opt(const char *s, bool *ok)
{
	char *c = s ? strdup(s) : NULL;
	*ok = *ok && (!s || c);
	return c;
}

static void group_free(group *g)
{
	free((char *)g->date);
	free((char *)g->partial);
	free((char *)g->place);
	free((char *)g->type);
	free(g->docs);
	free(g->events);
}

/* The groups of a finished document cluster become rows. */
static int close_cluster(grouping *x)
{
	int rc = 0;
	for (size_t i = 0; i < x->ngroups; i++) {
		group *g = &x->groups[i];
		if (g->n >= 2 && !rc) {
			if (!grow_array((void **)&x->rows, &x->rcap, 2 * (x->nrows + g->n), sizeof *x->rows, 256))
				rc = readout_error__set(READOUT_ENOMEM, "out of memory for event clusters");
			for (size_t k = 0; k < g->n && !rc; k++) {
				x->rows[2 * x->nrows] = g->events[k];
				x->rows[2 * x->nrows++ + 1] = g->first;
			}
			x->events += rc ? 0 : g->n;
		}
		group_free(g);
	}
	x->ngroups = 0;
	return rc;
}

static int take_event(void *user, const reuse_db_event *e)
{
	grouping *x = user;
	uint64_t v;
	int64_t cluster = u64map_get(&x->f->index, (uint64_t)e->doc_id, &v) ? x->f->ids[find((forest *)x->f, (uint32_t)v)] : 0;
	if (cluster != x->cluster) {
		int rc = close_cluster(x);
		if (rc)
			return rc;
		x->cluster = cluster;
	}
	size_t i = 0;
	while (i < x->ngroups && !same_meeting(&x->groups[i], e))
		i++;
	if (i == x->ngroups) {
		if (!grow_array((void **)&x->groups, &x->gcap, x->ngroups + 1, sizeof *x->groups, 16))
			return readout_error__set(READOUT_ENOMEM, "out of memory for event clusters");
		group *g = &x->groups[x->ngroups++];
		memset(g, 0, sizeof *g);
		bool ok = true;
		g->first = e->id;
		g->date = dup_opt(e->date, &ok);
		g->partial = dup_opt(e->date_partial, &ok);
		g->place = dup_opt(e->place, &ok);
		g->type = dup_opt(e->type, &ok);
		if (!ok)
			return readout_error__set(READOUT_ENOMEM, "out of memory for event clusters");
	}
	group *g = &x->groups[i];
	size_t cap = g->cap;
	if (!grow_array((void **)&g->docs, &cap, g->n + 1, sizeof *g->docs, 4) ||
	    !grow_array((void **)&g->events, &g->cap, g->n + 1, sizeof *g->events, 4))
		return readout_error__set(READOUT_ENOMEM, "out of memory for event clusters");
	g->docs[g->n] = e->doc_id;
	g->events[g->n++] = e->id;
	/* what the first event left unknown, a later one may tell */
	bool ok = true;
	if (!g->place)
		g->place = dup_opt(e->place, &ok);
	if (!g->type)
		g->type = dup_opt(e->type, &ok);
	return ok ? 0 : readout_error__set(READOUT_ENOMEM, "out of memory for event clusters");
}

/* (doc, cluster, size) rows of every clustered document, by document id. */
static int cluster_rows(forest *f, int64_t **out, size_t *n)
{
	*n = 0;
	size_t *size = calloc(f->n + 1, sizeof *size);
	*out = malloc((3 * f->n + 1) * sizeof **out);
	if (!size || !*out) {
		free(size);
		return readout_error__set(READOUT_ENOMEM, "out of memory for clusters");
	}
	for (size_t i = 0; i < f->n; i++)
		size[find(f, (uint32_t)i)]++;
	for (size_t i = 0; i < f->n; i++) {
		uint32_t r = find(f, (uint32_t)i);
		(*out)[3 * i] = f->ids[i];
		(*out)[3 * i + 1] = f->ids[r];
		(*out)[3 * i + 2] = (int64_t)size[r];
	}
	*n = f->n;
	free(size);
	return 0;
}

int reuse_cluster(reuse_db_writer *w, double near_duplicate, readout_reuse_summary *sum)
{
	forest f;
	memset(&f, 0, sizeof f);
	grouping x;
	memset(&x, 0, sizeof x);
	x.f = &f;
	int64_t *rows = NULL;
	size_t n = 0;
	int rc = readout_store__reuse_near_pairs(w, near_duplicate, join, &f);
	if (!rc)
		rc = cluster_rows(&f, &rows, &n);
	if (!rc)
		rc = readout_store__reuse_put_clusters(w, rows, n);
	if (!rc)
		rc = readout_store__reuse_clustered_events(w, take_event, &x);
	int closed = close_cluster(&x);
	rc = rc ? rc : closed;
	if (!rc)
		rc = readout_store__reuse_put_event_clusters(w, x.rows, x.nrows);
	sum->clustered_documents = n;
	sum->clusters = 0;
	for (size_t i = 0; i < f.n; i++)
		sum->clusters += find(&f, (uint32_t)i) == i;
	sum->clustered_events = x.events;
	free(rows);
	free(x.groups);
	free(x.rows);
	u64map_dispose(&f.index);
	free(f.ids);
	free(f.parent);
	return rc;
}
