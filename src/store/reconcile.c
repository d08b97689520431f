/* reconcile.c — deciding who is who again over everything a name has stored. Ingest places
 * each new facet as the batch sees it (people.c); at commit, each name the batch touched is
 * grouped again over all its facets (extract/identity.c), and the facets whose person changed
 * are moved with their appearances, titles and roles, in the batch's transaction; a name of
 * several persons has its mentions of no facet placed again, one document at a time. Moves are
 * rare once a name's facets are known; a person's titles are found through their documents
 * (person_titles has an index by document, none by person). readout_store_resolve does the same for
 * every name, after a change of the user's overrides; the overrides themselves are kept in
 * person_overrides. */
#include "store/schema.h"
#include "store/store_impl.h"
#include "util/error.h"
#include "util/grow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- overrides, as stored ---- */

int store__load_overrides(readout_store *st)
{
	readout_overrides_free(st->overrides);
	st->overrides = NULL;
	readout_overrides *ov = overrides_new();
	if (!ov)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	db_stmt *q = NULL;
	int rc = db_prepare(st->db, &q, "SELECT action, name, a, b FROM person_overrides ORDER BY ord");
	if (rc) { /* a database made before overrides: none (its upgrade makes the table) */
		st->overrides = ov;
		return 0;
	}
	while ((rc = db_step(q)) == 1) {
		const char *action = db_col_text(q, 0);
		int kind = !action ? 0 : !strcmp(action, "spelling") ? OV_SPELLING : !strcmp(action, "merge") ? OV_MERGE :
		           !strcmp(action, "split") ? OV_SPLIT : 0;
		if (!kind || !db_col_text(q, 1) || !db_col_text(q, 2))
			continue; /* a row readout did not write */
		if ((rc = overrides_add(ov, kind, db_col_text(q, 1), db_col_text(q, 2), db_col_text(q, 3), 0)) < 0 &&
		    rc != READOUT_EINVALID)
			break;
		rc = 1;
	}
	db_finalize(q);
	if (rc < 0) {
		readout_overrides_free(ov);
		return rc;
	}
	st->overrides = ov;
	return 0;
}

/* Replaces the stored overrides with ov's. */
static int store_overrides(readout_store *st, const readout_overrides *ov)
{
	int rc = db_exec(st->db, "DELETE FROM person_overrides");
	db_stmt *q = NULL;
	if (!rc)
		rc = db_prepare(st->db, &q, "INSERT INTO person_overrides(ord, action, name_key, name, a, b, source) "
		                            "VALUES($1, $2, $3, $4, $5, $6, $7)");
	for (size_t i = 0; i < ov->n && !rc; i++) {
		const override_entry *e = &ov->v[i];
		char source[32];
		snprintf(source, sizeof source, "line %zu", e->line);
		db_reset(q);
		if (!(rc = db_bind_int(q, 1, (int64_t)i + 1)) && !(rc = db_bind_text(q, 2, overrides_action_name(e->action))) &&
		    !(rc = db_bind_text(q, 3, e->name_key)) && !(rc = db_bind_text(q, 4, e->name)) &&
		    !(rc = db_bind_opt(q, 5, e->a)) && !(rc = db_bind_opt(q, 6, e->b)) &&
		    !(rc = db_bind_opt(q, 7, e->line ? source : NULL)) && (rc = db_step(q)) > 0)
			rc = 0;
	}
	db_finalize(q);
	return rc;
}

/* ---- one name ---- */

typedef struct move {
	int64_t from, to;
	char facet[IDENTITY_FACET_MAX]; /* "" for the rows of no facet (a person taken in whole) */
} move;

typedef struct region_set {
	int64_t person;
	char region[IDENTITY_FACET_MAX];
} region_set;

/* One document's mention moved alone: a mention of no facet goes where its document points. */
typedef struct doc_move {
	int64_t doc, from, to;
} doc_move;

/* Statements of a reconciliation, prepared when first needed and kept for every name. */
typedef struct doc_reader {
	db_stmt *faceted, *docs, *people, *posts;
} doc_reader;

typedef struct hands_reader {
	db_stmt *posts, *holders, *shared;
	u64map named_two; /* post id -> whether a document names two of its holders, + 1 */
} hands_reader;

typedef struct plan {
	doc_reader rd;
	hands_reader hr;
	move *moves;
	size_t nmoves, mcap;
	doc_move *docs;
	size_t ndocs, dcap;
	region_set *regions;
	size_t nregions, rcap;
	int64_t names;
} plan;

typedef struct stored_person {
	int64_t id;
	char *name, *region;
} stored_person;

static int add_move(plan *p, int64_t from, int64_t to, const char *facet)
{
	if (from == to)
		return 0;
	if (!grow_array((void **)&p->moves, &p->mcap, p->nmoves + 1, sizeof *p->moves, 16))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	move *m = &p->moves[p->nmoves++];
	m->from = from;
	m->to = to;
	snprintf(m->facet, sizeof m->facet, "%s", facet ? facet : "");
	return 0;
}

static int add_doc_move(plan *p, int64_t doc, int64_t from, int64_t to)
{
	if (from == to)
		return 0;
	if (!grow_array((void **)&p->docs, &p->dcap, p->ndocs + 1, sizeof *p->docs, 16))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	p->docs[p->ndocs++] = (doc_move){doc, from, to};
	return 0;
}

static int add_region(plan *p, int64_t person, const char *region)
{
	if (!grow_array((void **)&p->regions, &p->rcap, p->nregions + 1, sizeof *p->regions, 16))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	region_set *r = &p->regions[p->nregions++];
	r->person = person;
	if (region)
		identity_facet_region(r->region, sizeof r->region, region);
	else
		r->region[0] = '\0'; /* none: stored as NULL */
	return 0;
}

static void free_persons(stored_person *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].region);
	}
	free(v);
}

static char *dup_opt(const char *s, bool *ok)
{
	if (!s)
		return NULL;
	char *d = strdup(s);
	*ok &= d != NULL;
	return d;
}

/* The persons and facets of name key. */
static int load_name(readout_store *st, const char *key, stored_person **persons, size_t *np, identity_facet **facets,
                     size_t *nf)
{
	*persons = NULL, *facets = NULL;
	*np = *nf = 0;
	size_t pcap = 0, fcap = 0;
	db_stmt *q;
	int rc = store__stmt(st, S_SEL_PERSONS, &q);
	if (rc || (rc = db_bind_text(q, 1, key)))
		return rc;
	int64_t last = 0;
	while ((rc = db_step(q)) == 1) {
		int64_t id = db_col_int(q, 0);
		bool ok = true;
		if (id != last && (ok = grow_array((void **)persons, &pcap, *np + 1, sizeof **persons, 4))) {
			stored_person *p = &(*persons)[(*np)++];
			*p = (stored_person){id, dup_opt(db_col_text(q, 3), &ok), dup_opt(db_col_text(q, 1), &ok)};
		}
		last = id;
		if (ok && db_col_text(q, 4) && (ok = grow_array((void **)facets, &fcap, *nf + 1, sizeof **facets, 4))) {
			identity_facet *f = &(*facets)[(*nf)++];
			memset(f, 0, sizeof *f);
			f->person = id;
			snprintf(f->key, sizeof f->key, "%s", db_col_text(q, 4));
			snprintf(f->first, sizeof f->first, "%s", db_col_text(q, 5) ? db_col_text(q, 5) : "");
			snprintf(f->last, sizeof f->last, "%s", db_col_text(q, 6) ? db_col_text(q, 6) : "");
			f->dated = db_col_int(q, 7) < 0 ? 0 : db_col_int(q, 7);
			f->documents = db_col_int(q, 8) < 0 ? 0 : db_col_int(q, 8);
		}
		if (!ok) {
			rc = readout_error__set(READOUT_ENOMEM, "out of memory");
			break;
		}
	}
	db_reset(q);
	return rc < 0 ? rc : 0;
}

/* A person made for a group no stored person holds; named as the largest facet's holder. */
static int new_person(readout_store *st, const char *key, const char *name, const char *region, int64_t *out)
{
	db_stmt *ins;
	int rc;
	if ((rc = store__stmt(st, S_INS_PERSON, &ins)) || (rc = db_bind_text(ins, 1, name)) || (rc = db_bind_text(ins, 2, key)) ||
	    (rc = db_bind_opt(ins, 3, region)))
		return rc;
	if ((rc = db_step_insert(ins, out)) != 1)
		return rc < 0 ? rc : readout_error__set(READOUT_EIO, "person insert returned no id");
	db_reset(ins);
	return 0;
}

/* ---- mentions of no facet ---- */

/* One piece of what a group's documents hold: a person named beside the name (id), or a post's
 * name held by it (post), in the documents of group cluster. */
typedef struct held {
	int64_t id;
	char *post;
	size_t cluster;
} held;

typedef struct held_list {
	held *v;
	size_t n, cap;
} held_list;

static int cmp_held(const void *x, const void *y)
{
	const held *a = x, *b = y;
	if (a->id != b->id)
		return a->id < b->id ? -1 : 1;
	int c = strcmp(a->post ? a->post : "", b->post ? b->post : "");
	if (c)
		return c;
	return (a->cluster > b->cluster) - (a->cluster < b->cluster);
}

static void free_held(held_list *h)
{
	for (size_t i = 0; i < h->n; i++)
		free(h->v[i].post);
	free(h->v);
}

/* A document of the name: its stored person and the group of its facet (SIZE_MAX: no facet). */
typedef struct name_doc {
	int64_t doc, person;
	size_t cluster;
} name_doc;


static bool is_namesake(const stored_person *persons, size_t np, int64_t id)
{
	for (size_t i = 0; i < np; i++)
		if (persons[i].id == id)
			return true;
	return false;
}

/* What document doc shares, said by person (of the name): the other people named in it and
 * the names of person's posts in it, into h as group cluster's. */
static int read_shared(doc_reader *r, int64_t doc, int64_t person, const stored_person *persons, size_t np,
                       size_t cluster, held_list *h)
{
	int rc;
	db_reset(r->people);
	if ((rc = db_bind_int(r->people, 1, doc)))
		return rc;
	while ((rc = db_step(r->people)) == 1) {
		int64_t id = db_col_int(r->people, 0);
		if (is_namesake(persons, np, id))
			continue;
		if (!grow_array((void **)&h->v, &h->cap, h->n + 1, sizeof *h->v, 16))
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		h->v[h->n++] = (held){id, NULL, cluster};
	}
	if (rc < 0)
		return rc;
	db_reset(r->posts);
	if ((rc = db_bind_int(r->posts, 1, doc)) || (rc = db_bind_int(r->posts, 2, person)))
		return rc;
	while ((rc = db_step(r->posts)) == 1) {
		const char *name = db_col_text(r->posts, 0);
		if (!name)
			continue;
		char *copy = strdup(name);
		if (!copy || !grow_array((void **)&h->v, &h->cap, h->n + 1, sizeof *h->v, 16)) {
			free(copy);
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		}
		h->v[h->n++] = (held){0, copy, cluster};
	}
	return rc < 0 ? rc : 0;
}

/* Documents a group's colleagues and posts are read from, per facet: the latest. A national
 * leader's facet holds hundreds of thousands; the latest few hundred name the colleagues of
 * now, and the work stays bounded per batch. */
enum { EVIDENCE_DOCS = 256 };

static int add_name_doc(name_doc **v, size_t *n, size_t *cap, int64_t doc, int64_t person, size_t cluster)
{
	if (!grow_array((void **)v, cap, *n + 1, sizeof **v, 16))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	(*v)[(*n)++] = (name_doc){doc, person, cluster};
	return 0;
}

/* The name's documents to weigh: the mentions of no facet in documents from since on (cluster
 * SIZE_MAX), then, when there are any, each facet's latest EVIDENCE_DOCS, with its group. */
static int read_name_docs(doc_reader *r, const char *key, const identity_facet *f, size_t nf, int64_t since,
                          name_doc **out, size_t *n, size_t *unplaced)
{
	size_t cap = 0;
	*n = *unplaced = 0;
	int rc;
	db_reset(r->docs);
	if ((rc = db_bind_text(r->docs, 1, key)) || (rc = db_bind_int(r->docs, 2, since)))
		return rc;
	while ((rc = db_step(r->docs)) == 1) {
		if ((rc = add_name_doc(out, n, &cap, db_col_int(r->docs, 0), db_col_int(r->docs, 1), SIZE_MAX)))
			break;
		++*unplaced;
	}
	if (rc < 0 || !*unplaced)
		return rc < 0 ? rc : 0; /* nothing to place: no evidence needed */
	rc = 0;
	for (size_t i = 0; i < nf && !rc; i++) {
		db_reset(r->faceted);
		if ((rc = db_bind_int(r->faceted, 1, f[i].person)) || (rc = db_bind_text(r->faceted, 2, f[i].key)) ||
		    (rc = db_bind_int(r->faceted, 3, EVIDENCE_DOCS)))
			break;
		while ((rc = db_step(r->faceted)) == 1)
			if ((rc = add_name_doc(out, n, &cap, db_col_int(r->faceted, 0), f[i].person, f[i].cluster)))
				break;
		rc = rc < 0 ? rc : 0;
	}
	return rc;
}

/* Moves each mention of no facet of name key, in documents from since on (0: all), to the
 * group its document points to (extract/identity.h, identity_unplaced): to[c] is group c's
 * person; a mention no group shares anything with stays (a person no group kept has their
 * rest moved whole, reconcile_name). Earlier documents' mentions were placed when they came,
 * and again whenever the name's persons change (the caller passes 0), so the first mention of
 * a namesake, read before their facets were known, is placed again once they are. */
static int place_unplaced(readout_store *st, const char *key, const identity_facet *f, size_t nf, size_t k,
                          const int64_t *to, const stored_person *persons, size_t np, int64_t since, plan *pl)
{
	doc_reader *r = &pl->rd;
	name_doc *docs = NULL;
	held_list h = {NULL, 0, 0}, mine = {NULL, 0, 0};
	int64_t *evidence = calloc(k, sizeof *evidence);
	size_t n = 0, unplaced = 0;
	int rc = evidence ? 0 : readout_error__set(READOUT_ENOMEM, "out of memory");
	if (!rc && !r->faceted)
		rc = db_prepare(st->db, &r->faceted, "SELECT doc_id FROM person_docs WHERE person_id = $1 AND facet = $2"
		                                     " ORDER BY doc_id DESC LIMIT $3");
	if (!rc && !r->docs)
		rc = db_prepare(st->db, &r->docs, "SELECT pd.doc_id, pd.person_id FROM person_docs pd"
		                                  " JOIN persons p ON p.id = pd.person_id"
		                                  " WHERE p.name_key = $1 AND pd.facet IS NULL AND pd.doc_id >= $2");
	if (!rc && !r->people)
		rc = db_prepare(st->db, &r->people, "SELECT person_id FROM person_docs WHERE doc_id = $1");
	if (!rc && !r->posts)
		/* no DISTINCT: h is searched for presence and mine drops repeats itself */
		rc = db_prepare(st->db, &r->posts, "SELECT q.name FROM person_titles t JOIN posts q ON q.id = t.post_id"
		                                   " WHERE t.doc_id = $1 AND t.person_id = $2");
	if (!rc)
		rc = read_name_docs(r, key, f, nf, since, &docs, &n, &unplaced);
	for (size_t i = 0; i < n && !rc && unplaced; i++)
		if (docs[i].cluster != SIZE_MAX)
			rc = read_shared(r, docs[i].doc, docs[i].person, persons, np, docs[i].cluster, &h);
	if (!rc && h.n > 1)
		qsort(h.v, h.n, sizeof *h.v, cmp_held);
	for (size_t i = 0; i < n && !rc && unplaced; i++) {
		if (docs[i].cluster != SIZE_MAX)
			continue;
		mine.n = 0; /* reused: its strings are freed after each document */
		if ((rc = read_shared(r, docs[i].doc, docs[i].person, persons, np, 0, &mine)))
			break;
		size_t now = SIZE_MAX;
		for (size_t c = 0; c < k; c++) {
			evidence[c] = 0;
			if (to[c] == docs[i].person)
				now = c;
		}
		/* each of the document's colleagues and posts counts once for each group that holds it */
		for (size_t m = 0; m < mine.n; m++) {
			bool dup = false;
			for (size_t e = 0; e < m && !dup; e++)
				dup = mine.v[e].id == mine.v[m].id && strcmp(mine.v[e].post ? mine.v[e].post : "",
				                                             mine.v[m].post ? mine.v[m].post : "") == 0;
			for (size_t c = 0; c < k && !dup; c++) {
				held probe = {mine.v[m].id, mine.v[m].post, c};
				evidence[c] += bsearch(&probe, h.v, h.n, sizeof *h.v, cmp_held) != NULL;
			}
		}
		for (size_t m = 0; m < mine.n; m++) {
			free(mine.v[m].post);
			mine.v[m].post = NULL;
		}
		size_t c = identity_unplaced(evidence, k, now);
		if (c != SIZE_MAX)
			rc = add_doc_move(pl, docs[i].doc, docs[i].person, to[c]);
	}
	free(docs);
	free(evidence);
	free_held(&h);
	free_held(&mine);
	return rc;
}

/* ---- posts that changed hands ---- */


typedef struct tenure {
	char first[11], last[11]; /* "" when undated */
} tenure;

static void tenure_of(tenure *t, db_stmt *q, int first, int last)
{
	snprintf(t->first, sizeof t->first, "%s", db_col_text(q, first) ? db_col_text(q, first) : "");
	snprintf(t->last, sizeof t->last, "%s", db_col_text(q, last) ? db_col_text(q, last) : "");
}

static bool tenures_overlap(const tenure *a, const tenure *b)
{
	return a->first[0] && b->first[0] && strcmp(a->first, b->last) <= 0 && strcmp(b->first, a->last) <= 0;
}

/* When post post_id (held by the name's persons over mine) changed hands, as IDENTITY_HANDED_*
 * bits into out (0: it did not): a post held by one person at a time (no two holders named in
 * one document, no two tenures overlapping) with other holders, each after or before the name's
 * tenure, or undated. A post several hold at once ("Vice Mayor", "Member of the Standing
 * Committee") says nothing once a readout names two of them. A document naming two holders
 * is found from either one's documents, so the holder of most documents (a national leader a
 * title was read onto: 70,000 of 100,000) is not walked; each holder's titles have their
 * person_docs and career rows (people.c writes them together, the moves move them together). */
static int post_changed_hands(hands_reader *r, int64_t post_id, const tenure *mine, const stored_person *persons, size_t np,
                              unsigned *out)
{
	*out = 0;
	tenure *others = NULL;
	size_t n = 0, cap = 0;
	int rc;
	int64_t largest = 0, most = -1; /* the holder of most documents */
	db_reset(r->holders);
	if ((rc = db_bind_int(r->holders, 1, post_id)))
		return rc;
	while ((rc = db_step(r->holders)) == 1) {
		int64_t id = db_col_int(r->holders, 0);
		if (db_col_int(r->holders, 3) > most) {
			most = db_col_int(r->holders, 3);
			largest = id;
		}
		if (is_namesake(persons, np, id))
			continue;
		if (!grow_array((void **)&others, &cap, n + 1, sizeof *others, 8)) {
			free(others);
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		}
		tenure_of(&others[n++], r->holders, 1, 2);
	}
	unsigned when = 0;
	bool beside = false;
	for (size_t i = 0; i < n && rc >= 0; i++) {
		beside |= tenures_overlap(&others[i], mine);
		for (size_t j = i + 1; j < n; j++)
			beside |= tenures_overlap(&others[i], &others[j]);
		if (!others[i].first[0] || !mine->first[0])
			when |= IDENTITY_HANDED_UNDATED;
		else
			when |= strcmp(others[i].first, mine->last) > 0 ? IDENTITY_HANDED_AFTER : IDENTITY_HANDED_BEFORE;
	}
	free(others);
	if (rc < 0 || !when || beside)
		return rc < 0 ? rc : 0;
	/* the answer holds for the whole plan (what it reads is written by apply_moves only):
	 * names that share a post ask once */
	uint64_t two;
	if (!u64map_get(&r->named_two, (uint64_t)post_id, &two)) {
		db_reset(r->shared);
		if ((rc = db_bind_int(r->shared, 1, post_id)) || (rc = db_bind_int(r->shared, 2, largest)) ||
		    (rc = db_step(r->shared)) < 0)
			return rc;
		two = (uint64_t)rc + 1;
		if ((rc = u64map_put(&r->named_two, (uint64_t)post_id, two, true)))
			return rc;
	}
	*out = two == 1 ? when : 0; /* no document names two holders */
	return 0;
}

/* Watches post_id for name key: a later batch naming another holder decides the name again. */
static int watch_post(readout_store *st, const char *key, const char **copy, int64_t post_id)
{
	if (u64map_get(&st->watched, (uint64_t)post_id, NULL))
		return 0;
	if (!*copy && !(*copy = arena_strndup(&st->watch_keys, key, strlen(key))))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	return u64map_put(&st->watched, (uint64_t)post_id, (uint64_t)(uintptr_t)*copy, true);
}

/* Marks dirty the watched names of the posts this batch named a holder of. Reads the batch's
 * tally (its 'C' entries, a career's post id in decimal): store__flush_people reconciles
 * before it clears the tally, as reconcile_name's test of a facet new in the batch needs too. */
static int mark_watched(readout_store *st)
{
	int rc = 0;
	for (size_t i = 0; i < st->sums.n && !rc && st->watched.count; i++) {
		const tally_entry *e = &st->sums.entries[i];
		uint64_t key;
		if (e->live && e->kind == 'C' && u64map_get(&st->watched, strtoull(e->text, NULL, 10), &key))
			rc = store__mark_dirty(st, (const char *)(uintptr_t)key);
	}
	return rc;
}

/* Sets handed for each hard facet of a place that clashes with another hard facet of the name
 * (a transfer or namesakes to tell apart): when a post its holder holds there changed hands. */
static int find_handovers(readout_store *st, const char *key, identity_facet *f, size_t nf, const stored_person *persons,
                          size_t np, plan *pl)
{
	hands_reader *r = &pl->hr;
	const char *copy = NULL;
	int rc = 0;
	for (size_t i = 0; i < nf && !rc; i++) {
		f[i].handed = 0;
		if (!identity_facet_local_post(f[i].key))
			continue;
		bool rival = false;
		for (size_t j = 0; j < nf && !rival; j++)
			rival = j != i && identity_facet_local_post(f[j].key) && identity_places_clash(&f[i], &f[j]);
		if (!rival)
			continue;
		if (!r->posts &&
		    ((rc = db_prepare(st->db, &r->posts,
		                      "SELECT t.post_id, min(t.date), max(t.date) FROM person_docs pd"
		                      " JOIN person_titles t ON t.doc_id = pd.doc_id AND t.person_id = pd.person_id"
		                      " JOIN posts q ON q.id = t.post_id WHERE pd.person_id = $1 AND pd.facet = $2"
		                      " AND q.place IS NOT NULL AND q.former = 0 AND q.concurrent = 0 GROUP BY t.post_id")) ||
		     (rc = db_prepare(st->db, &r->holders, "SELECT c.person_id, c.first_date, c.last_date, coalesce(p.documents, 0)"
		                                          " FROM person_careers c LEFT JOIN persons p ON p.id = c.person_id"
		                                          " WHERE c.post_id = $1")) ||
		     (rc = db_prepare(st->db, &r->shared,
		                      "SELECT 1 FROM person_careers c JOIN person_docs pd ON pd.person_id = c.person_id"
		                      " JOIN person_titles a ON a.doc_id = pd.doc_id AND a.person_id = c.person_id AND a.post_id = c.post_id"
		                      " JOIN person_titles b ON b.doc_id = pd.doc_id AND b.post_id = c.post_id AND b.person_id <> c.person_id"
		                      " WHERE c.post_id = $1 AND c.person_id <> $2 LIMIT 1"))))
			break;
		db_reset(r->posts);
		if ((rc = db_bind_int(r->posts, 1, f[i].person)) || (rc = db_bind_text(r->posts, 2, f[i].key)))
			break;
		int64_t posts[16];
		tenure mine[16];
		size_t n = 0;
		while ((rc = db_step(r->posts)) == 1)
			if (n < 16) { /* a facet of more posts than that is a well-known career: a few tell */
				posts[n] = db_col_int(r->posts, 0);
				tenure_of(&mine[n++], r->posts, 1, 2);
			}
		if (rc < 0)
			break;
		rc = 0;
		for (size_t k = 0; k < n && !rc; k++)
			rc = watch_post(st, key, &copy, posts[k]);
		for (size_t k = 0; k < n && !rc; k++) {
			unsigned when;
			rc = post_changed_hands(r, posts[k], &mine[k], persons, np, &when);
			f[i].handed |= when;
		}
	}
	return rc;
}

enum { MAX_OVERRIDES = 64 };

/* Groups name key's facets again and plans the moves and regions that follows from it. */
static int reconcile_name(readout_store *st, const char *key, plan *pl)
{
	stored_person *persons;
	identity_facet *f;
	size_t np, nf;
	int rc = load_name(st, key, &persons, &np, &f, &nf);
	int64_t *to = NULL;
	size_t *home = NULL;
	if (rc || !nf)
		goto done;
	pl->names++;
	if ((rc = find_handovers(st, key, f, nf, persons, np, pl)))
		goto done;
	identity_override ov[MAX_OVERRIDES];
	size_t nov = overrides_for(st->overrides, key, ov, MAX_OVERRIDES);
	size_t k = identity_cluster(f, nf, ov, nov < MAX_OVERRIDES ? nov : MAX_OVERRIDES);
	if (k == SIZE_MAX || !(to = malloc(k * sizeof *to)) || !(home = malloc(k * sizeof *home)) ||
	    !identity_assign(to, f, nf, k)) {
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
		goto done;
	}
	/* each group's home facet: its region, and the name of a person made for it */
	for (size_t c = 0; c < k; c++) {
		size_t best = SIZE_MAX, n = 0;
		identity_facet *g = malloc(nf * sizeof *g);
		size_t *at = malloc(nf * sizeof *at);
		if (!g || !at) {
			free(g);
			free(at);
			rc = readout_error__set(READOUT_ENOMEM, "out of memory");
			goto done;
		}
		for (size_t i = 0; i < nf; i++)
			if (f[i].cluster == c) {
				at[n] = i;
				g[n++] = f[i];
			}
		size_t h = identity_home(g, n);
		best = h == SIZE_MAX ? SIZE_MAX : at[h];
		free(g);
		free(at);
		home[c] = best;
		if (to[c] == 0) {
			const char *name = key;
			for (size_t i = 0; i < np; i++)
				if (persons[i].id == f[best].person && persons[i].name)
					name = persons[i].name;
			char region[IDENTITY_FACET_MAX];
			identity_facet_region(region, sizeof region, f[best].key);
			if ((rc = new_person(st, key, name, identity_facet_places(f[best].key) ? region : NULL, &to[c])))
				goto done;
		}
	}
	bool changed = false; /* the name's persons change: a facet moves, or is new in this batch */
	for (size_t i = 0; i < nf && !rc; i++) {
		const tally_sum *batch = tally_find(&st->sums, 'R', f[i].person, f[i].key);
		changed |= f[i].person != to[f[i].cluster] || (batch && batch->b >= f[i].documents);
		rc = add_move(pl, f[i].person, to[f[i].cluster], f[i].key);
	}
	/* several persons: each mention of no facet goes where its document points (first: a
	 * document moved alone is not moved again with its person's rest below) */
	if (k > 1 && !rc)
		rc = place_unplaced(st, key, f, nf, k, to, persons, np, changed ? 0 : st->batch_first_doc, pl);
	/* a stored person no group kept: the rest of their rows go where their largest facet went */
	for (size_t i = 0; i < np && !rc; i++) {
		bool kept = false;
		size_t largest = SIZE_MAX;
		for (size_t c = 0; c < k; c++)
			kept |= to[c] == persons[i].id;
		for (size_t j = 0; j < nf; j++)
			if (f[j].person == persons[i].id && (largest == SIZE_MAX || f[j].documents > f[largest].documents))
				largest = j;
		if (!kept && largest != SIZE_MAX)
			rc = add_move(pl, persons[i].id, to[f[largest].cluster], NULL);
	}
	for (size_t c = 0; c < k && !rc; c++) {
		const char *now = NULL;
		for (size_t i = 0; i < np; i++)
			if (persons[i].id == to[c])
				now = persons[i].region;
		char region[IDENTITY_FACET_MAX];
		identity_facet_region(region, sizeof region, f[home[c]].key);
		if (!identity_facet_places(f[home[c]].key)) { /* named only untitled: no region */
			if (now)
				rc = add_region(pl, to[c], NULL);
		} else if (!now || strcmp(now, region) != 0) {
			rc = add_region(pl, to[c], f[home[c]].key);
		}
	}
done:
	free(to);
	free(home);
	free(f);
	free_persons(persons, np);
	return rc;
}

/* ---- the moves ---- */

static int exec_each(readout_store *st, const char *const *sql, size_t n)
{
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++)
		rc = db_exec(st->db, sql[i]);
	return rc;
}

/* Persons from and to, into readout_affected (statement a): their sums are made again. */
static int note_affected(db_stmt *a, int64_t from, int64_t to)
{
	int rc = 0;
	for (int side = 0; side < 2 && rc >= 0; side++) {
		db_reset(a);
		if (!(rc = db_bind_int(a, 1, side ? to : from)))
			rc = db_step(a);
	}
	return rc < 0 ? rc : 0;
}

/* The moves, in order: which documents go, the appearances (summing mentions where the person
 * moved to is named in the document too), titles, roles (one entry per person and role of an
 * event), the events' names, the facets, then the sums of every person concerned made again
 * from their rows, and persons left with nothing. */
static int apply_moves(readout_store *st, const plan *pl)
{
	static const char *const setup[] = {
		"CREATE TEMP TABLE IF NOT EXISTS readout_moves(from_id BIGINT NOT NULL, facet TEXT, to_id BIGINT NOT NULL)",
		("CREATE TEMP TABLE IF NOT EXISTS readout_moved(doc_id BIGINT NOT NULL, from_id BIGINT NOT NULL, "
		 "to_id BIGINT NOT NULL, PRIMARY KEY(doc_id, from_id))"),
		"CREATE TEMP TABLE IF NOT EXISTS readout_affected(id BIGINT PRIMARY KEY)",
		"DELETE FROM readout_moves", "DELETE FROM readout_moved", "DELETE FROM readout_affected",
	};
	int rc = exec_each(st, setup, sizeof setup / sizeof *setup);
	db_stmt *q = NULL, *d = NULL, *a = NULL;
	if (!rc)
		rc = db_prepare(st->db, &q, "INSERT INTO readout_moves(from_id, facet, to_id) VALUES($1, $2, $3)");
	if (!rc)
		rc = db_prepare(st->db, &d, "INSERT INTO readout_moved(doc_id, from_id, to_id) VALUES($1, $2, $3)");
	if (!rc)
		rc = db_prepare(st->db, &a, "INSERT INTO readout_affected(id) VALUES($1) ON CONFLICT DO NOTHING");
	for (size_t i = 0; i < pl->nmoves && !rc; i++) {
		const move *m = &pl->moves[i];
		db_reset(q);
		if (!(rc = db_bind_int(q, 1, m->from)) && !(rc = m->facet[0] ? db_bind_text(q, 2, m->facet) : db_bind_null(q, 2)) &&
		    !(rc = db_bind_int(q, 3, m->to)) && (rc = db_step(q)) >= 0)
			rc = note_affected(a, m->from, m->to);
	}
	for (size_t i = 0; i < pl->ndocs && !rc; i++) { /* documents moved alone go straight to readout_moved */
		const doc_move *m = &pl->docs[i];
		db_reset(d);
		if (!(rc = db_bind_int(d, 1, m->doc)) && !(rc = db_bind_int(d, 2, m->from)) && !(rc = db_bind_int(d, 3, m->to)) &&
		    (rc = db_step(d)) >= 0)
			rc = note_affected(a, m->from, m->to);
	}
	db_finalize(q);
	db_finalize(d);
	db_finalize(a);
	char *refill = NULL;
	if (rc || (rc = schema__expand(&refill, st->db->kind, schema_refill_event_roles)))
		return rc;
	const char *const steps[] = {
		"INSERT INTO readout_moved(doc_id, from_id, to_id) SELECT pd.doc_id, m.from_id, m.to_id FROM readout_moves m"
		" JOIN person_docs pd ON pd.person_id = m.from_id AND (pd.facet = m.facet OR (m.facet IS NULL AND pd.facet IS NULL))"
		" WHERE 1 = 1 ON CONFLICT(doc_id, from_id) DO NOTHING",
		"INSERT INTO person_docs(person_id, doc_id, name, mentions, date, facet)"
		" SELECT d.to_id, pd.doc_id, pd.name, pd.mentions, pd.date, pd.facet FROM readout_moved d"
		" JOIN person_docs pd ON pd.person_id = d.from_id AND pd.doc_id = d.doc_id WHERE 1 = 1"
		" ON CONFLICT(person_id, doc_id) DO UPDATE SET mentions = person_docs.mentions + excluded.mentions",
		"DELETE FROM person_docs WHERE person_id IN (SELECT from_id FROM readout_moved)"
		" AND EXISTS (SELECT 1 FROM readout_moved d WHERE d.from_id = person_docs.person_id AND d.doc_id = person_docs.doc_id)",
		/* by the index on doc_id: the moved documents' titles only */
		"UPDATE person_titles SET person_id = (SELECT d.to_id FROM readout_moved d"
		"  WHERE d.doc_id = person_titles.doc_id AND d.from_id = person_titles.person_id)"
		" WHERE doc_id IN (SELECT doc_id FROM readout_moved) AND EXISTS (SELECT 1 FROM readout_moved d"
		"  WHERE d.doc_id = person_titles.doc_id AND d.from_id = person_titles.person_id)",
		/* by the key too, as the UPDATE below: roles_person_date may be deferred (bulk.c) */
		"DELETE FROM roles WHERE event_id IN (SELECT e.id FROM readout_moved d JOIN events e ON e.doc_id = d.doc_id)"
		" AND +person_id IN (SELECT from_id FROM readout_moved) AND EXISTS (SELECT 1 FROM readout_moved d"
		" JOIN events e ON e.doc_id = d.doc_id JOIN roles r2 ON r2.event_id = e.id AND r2.person_id = d.to_id"
		" WHERE e.id = roles.event_id AND d.from_id = roles.person_id AND r2.role = roles.role)",
		/* by the key, the moved documents' events only: SQLite planned the UPDATE ... FROM form
		 * as a scan of every role (7 of 46 CPU seconds of an ingest of 100,000 documents), and
		 * the person's index would walk every role of a leader; the + keeps it off that index.
		 * The EXISTS pairs document and person: a person moved out of one document keeps the
		 * roles of another moved document where they stay (else the new id would be NULL) */
		"UPDATE roles SET person_id = (SELECT d.to_id FROM events e JOIN readout_moved d ON d.doc_id = e.doc_id"
		"  WHERE e.id = roles.event_id AND d.from_id = roles.person_id)"
		" WHERE event_id IN (SELECT e.id FROM readout_moved d JOIN events e ON e.doc_id = d.doc_id)"
		" AND +person_id IN (SELECT from_id FROM readout_moved) AND EXISTS (SELECT 1 FROM events e"
		"  JOIN readout_moved d ON d.doc_id = e.doc_id WHERE e.id = roles.event_id AND d.from_id = roles.person_id)",
		refill,
		"UPDATE person_facets SET person_id = m.to_id FROM readout_moves m"
		" WHERE person_facets.person_id = m.from_id AND person_facets.facet = m.facet",
		"DELETE FROM person_posts WHERE person_id IN (SELECT id FROM readout_affected)",
		"INSERT INTO person_posts(person_id, title, first_date, last_date, documents)"
		" SELECT t.person_id, t.title, min(t.date), max(t.date), count(DISTINCT t.doc_id) FROM person_docs pd"
		" JOIN person_titles t ON t.doc_id = pd.doc_id AND t.person_id = pd.person_id"
		" WHERE pd.person_id IN (SELECT id FROM readout_affected) GROUP BY t.person_id, t.title",
		"DELETE FROM person_careers WHERE person_id IN (SELECT id FROM readout_affected)",
		"INSERT INTO person_careers(person_id, post_id, first_date, last_date, documents)"
		" SELECT t.person_id, t.post_id, min(CASE WHEN q.former = 0 THEN t.date END),"
		" max(CASE WHEN q.former = 0 THEN t.date END), count(DISTINCT t.doc_id)"
		" FROM person_docs pd JOIN person_titles t ON t.doc_id = pd.doc_id AND t.person_id = pd.person_id"
		" JOIN posts q ON q.id = t.post_id"
		" WHERE pd.person_id IN (SELECT id FROM readout_affected) GROUP BY t.person_id, t.post_id",
		"UPDATE persons SET"
		" mentions = coalesce((SELECT sum(d.mentions) FROM person_docs d WHERE d.person_id = persons.id), 0),"
		" documents = (SELECT count(*) FROM person_docs d WHERE d.person_id = persons.id),"
		" first_date = (SELECT min(d.date) FROM person_docs d WHERE d.person_id = persons.id),"
		" last_date = (SELECT max(d.date) FROM person_docs d WHERE d.person_id = persons.id)"
		" WHERE id IN (SELECT id FROM readout_affected)",
		"DELETE FROM persons WHERE id IN (SELECT id FROM readout_affected)"
		" AND NOT EXISTS (SELECT 1 FROM person_docs d WHERE d.person_id = persons.id)"
		" AND NOT EXISTS (SELECT 1 FROM person_facets f WHERE f.person_id = persons.id)",
		"DELETE FROM readout_moves", "DELETE FROM readout_moved", "DELETE FROM readout_affected",
	};
	rc = exec_each(st, steps, sizeof steps / sizeof *steps);
	free(refill);
	return rc;
}

static int apply_regions(readout_store *st, const plan *pl)
{
	db_stmt *q = NULL;
	int rc = pl->nregions ? db_prepare(st->db, &q, "UPDATE persons SET region = $2 WHERE id = $1") : 0;
	for (size_t i = 0; i < pl->nregions && !rc; i++) {
		db_reset(q);
		const char *region = pl->regions[i].region;
		if (!(rc = db_bind_int(q, 1, pl->regions[i].person)) && !(rc = region[0] ? db_bind_text(q, 2, region) : db_bind_null(q, 2)) &&
		    (rc = db_step(q)) > 0)
			rc = 0;
	}
	db_finalize(q);
	return rc;
}

/* Groups the names of st->dirty again and applies what changed; *moved counts the moves. */
static int reconcile_dirty(readout_store *st, int64_t *nnames, int64_t *moved)
{
	plan pl = {0};
	int rc = mark_watched(st);
	for (size_t i = 0; i <= st->dirty.mask && st->dirty.slots && !rc; i++)
		if (st->dirty.slots[i].key)
			rc = reconcile_name(st, st->dirty.slots[i].key, &pl);
	if (!rc && (pl.nmoves || pl.ndocs))
		rc = apply_moves(st, &pl);
	if (!rc)
		rc = apply_regions(st, &pl);
	if (nnames)
		*nnames = pl.names;
	if (moved)
		*moved = (int64_t)(pl.nmoves + pl.ndocs);
	db_stmt *const stmts[] = {pl.rd.faceted, pl.rd.docs, pl.rd.people, pl.rd.posts, pl.hr.posts, pl.hr.holders, pl.hr.shared};
	for (size_t i = 0; i < sizeof stmts / sizeof *stmts; i++)
		db_finalize(stmts[i]);
	u64map_dispose(&pl.hr.named_two);
	free(pl.moves);
	free(pl.docs);
	free(pl.regions);
	return rc;
}

int store__reconcile(readout_store *st)
{
	return reconcile_dirty(st, NULL, NULL);
}

/* ---- readout_store_resolve ---- */

/* Marks every name the rule could group otherwise: names of several facets, and the names
 * of the overrides. */
static int mark_names(readout_store *st)
{
	db_stmt *q = NULL;
	int rc = db_prepare(st->db, &q, "SELECT p.name_key FROM persons p JOIN person_facets f ON f.person_id = p.id"
	                                " GROUP BY p.name_key HAVING count(*) > 1");
	if (rc)
		return rc;
	while ((rc = db_step(q)) == 1)
		if ((rc = store__mark_dirty(st, db_col_text(q, 0))))
			break;
	db_finalize(q);
	for (size_t i = 0; rc >= 0 && st->overrides && i < st->overrides->n; i++) {
		const override_entry *e = &st->overrides->v[i];
		rc = store__mark_dirty(st, e->action == OV_SPELLING ? e->b : e->name_key);
	}
	return rc < 0 ? rc : 0;
}

/* The persons of a spelling's key take the key of the person it names. */
static int apply_spellings(readout_store *st)
{
	db_stmt *q = NULL;
	int rc = 0;
	for (size_t i = 0; st->overrides && i < st->overrides->n && !rc; i++) {
		const override_entry *e = &st->overrides->v[i];
		if (e->action != OV_SPELLING || !strcmp(e->name_key, e->b))
			continue;
		if (!q && (rc = db_prepare(st->db, &q, "UPDATE persons SET name_key = $2 WHERE name_key = $1")))
			break;
		db_reset(q);
		if (!(rc = db_bind_text(q, 1, e->name_key)) && !(rc = db_bind_text(q, 2, e->b)) && (rc = db_step(q)) > 0)
			rc = 0;
	}
	db_finalize(q);
	return rc;
}

/* Everything of the store's overrides: from ov (copied in) or as stored. */
static int take_overrides(readout_store *st, const readout_overrides *ov)
{
	if (!ov)
		return 0;
	int rc = store_overrides(st, ov);
	return rc ? rc : store__load_overrides(st);
}

int readout_store_resolve(readout_store *st, const readout_overrides *ov, int rebuild, readout_resolve_report *out)
{
	readout_resolve_report r = {0};
	if (st->db->readonly)
		return readout_error__set(READOUT_EINVALID, "the store is open read-only");
	if (st->in_batch)
		return readout_error__set(READOUT_EINVALID, "people are resolved again outside a batch (commit it first)");
	int rc = db_exec(st->db, st->db->kind == DB_SQLITE ? "BEGIN IMMEDIATE" : "BEGIN");
	if (rc)
		return rc;
	if (st->db->kind == DB_PG)
		rc = db_exec(st->db, "SELECT pg_advisory_xact_lock(72430002)");
	store__people_clear(st);
	names_clear(&st->names);
	if (!rc && !(rc = store__count_rows(st, "SELECT count(*) FROM persons", &r.persons_before)) &&
	    !(rc = take_overrides(st, ov))) {
		if (rebuild)
			rc = store__rebuild_people(st, &r.documents);
		if (!rc && !(rc = apply_spellings(st)) && !(rc = mark_names(st)))
			rc = reconcile_dirty(st, &r.names, &r.moved);
	}
	store__people_clear(st);
	names_clear(&st->names);
	if (!rc)
		rc = store__count_rows(st, "SELECT count(*) FROM persons", &r.persons_after);
	r.overrides = (int64_t)readout_overrides_count(st->overrides);
	if (rc) {
		char why[512];
		snprintf(why, sizeof why, "%s", readout_error_message());
		db_exec(st->db, "ROLLBACK");
		tally_clear(&st->post_ids);
		store__load_overrides(st);
		return readout_error__set(rc, "%s", why);
	}
	rc = db_exec(st->db, "COMMIT");
	if (!rc && out)
		*out = r;
	return rc;
}
