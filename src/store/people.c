/* people.c — a document's people into the store. Each title is read as a post
 * (extract/posts.c, once per batch), each mention gets the facet its posts give
 * (extract/identity.h), and its person is decided by extract/identity.c's rule over the
 * persons of its name as the batch sees them (names.c): a facet a person holds is theirs; a
 * new facet goes where the rule groups it with the name's other facets, else to a new person;
 * a mention whose posts place nothing joins the person of its name that holds one of its
 * titles, else the central one, else the one of the document's province, else the most
 * mentioned. The batch's commit then decides the names it touched again over all their facets,
 * and places those mentions again by what their documents share with each person's
 * (reconcile.c), so what is stored does not depend on the order documents came in. */
#include "store/store_impl.h"
#include "util/error.h"
#include "util/grow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Ingest binds the record's strings in place: they outlive every statement of readout_store_add. */
static inline int db_bind_str(db_stmt *s, int i, const char *v)
{
	return db_bind_text_ref(s, i, v, strlen(v));
}

void store__people_init(readout_store *st)
{
	memo_init(&st->posts.titles);
	arena_init(&st->posts.facets, 0);
	tally_init(&st->post_ids);
	arena_init(&st->dirty_keys, 0);
	arena_init(&st->watch_keys, 0);
}

/* The titles placed in documents: they name readings by their index and posts by their id. */
static void forget_placed(readout_store *st)
{
	u64map_dispose(&st->posts.placed);
	memset(&st->posts.placed, 0, sizeof st->posts.placed);
	st->posts.nposts = 0;
	arena_reset(&st->posts.facets);
}

void store__people_forget_posts(readout_store *st)
{
	forget_placed(st);
	tally_clear(&st->post_ids);
}

void store__people_clear(readout_store *st)
{
	memo_clear(&st->posts.titles);
	st->posts.n = 0;
	forget_placed(st);
	strmap_dispose(&st->dirty);
	memset(&st->dirty, 0, sizeof st->dirty);
	arena_reset(&st->dirty_keys);
	st->batch_first_doc = 0;
}

void store__people_dispose(readout_store *st)
{
	store__people_clear(st);
	memo_dispose(&st->posts.titles);
	free(st->posts.readings);
	free(st->posts.posts);
	arena_dispose(&st->posts.facets);
	tally_dispose(&st->post_ids);
	arena_dispose(&st->dirty_keys);
	u64map_dispose(&st->watched);
	arena_dispose(&st->watch_keys);
	readout_overrides_free(st->overrides);
	free(st->undo.facets);
}

size_t store__people_memory(const readout_store *st)
{
	const post_cache *pc = &st->posts;
	return pc->n * sizeof *pc->readings + pc->nposts * (sizeof *pc->posts + 2 * sizeof *pc->placed.slots) +
	       pc->facets.used_total + st->dirty_keys.used_total;
}

int store__mark_dirty(readout_store *st, const char *key)
{
	uint32_t v;
	size_t len = strlen(key);
	if (strmap_get(&st->dirty, key, len, &v))
		return 0;
	char *copy = arena_strndup(&st->dirty_keys, key, len);
	if (!copy || strmap_put(&st->dirty, copy, len, 1))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	return 0;
}

int store__tally_add(readout_store *st, char kind, int64_t id, const char *text, int64_t a, const char *date)
{
	bool first;
	tally_sum *sum = tally_touch(&st->sums, kind, id, text, &first);
	if (!sum)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	sum->a += a;
	sum->b += first;
	tally_date(sum, date);
	return 0;
}

/* ---- posts ---- */

/* What title reads as, read once per batch, and its index among the batch's readings
 * (UINT32_MAX for one the batch could not keep). The pointer is good until the next call. */
static int reading_of(readout_store *st, const char *title, const post_reading **out, uint32_t *index)
{
	post_cache *pc = &st->posts;
	uint32_t v;
	if (memo_get(&pc->titles, title, &v)) {
		*out = &pc->readings[v];
		*index = v;
		return 0;
	}
	*index = UINT32_MAX;
	if (!grow_array((void **)&pc->readings, &pc->cap, pc->n + 1, sizeof *pc->readings, 256))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	post_reading *r = &pc->readings[pc->n];
	int rc = post_read(r, st->lex, title, strlen(title));
	if (rc)
		return rc;
	/* a memo that cannot grow only stops saving work: the reading is used at once */
	if (pc->n < UINT32_MAX && memo_put(&pc->titles, title, (uint32_t)pc->n) == 0)
		*index = (uint32_t)pc->n++;
	*out = r;
	return 0;
}

/* The stored id of post p, inserted when new: remembered, since a corpus has a few thousand. */
static int post_id_of(readout_store *st, const post *p, int64_t *out)
{
	const readout_lexicon *lex = st->lex;
	const char *level = post_level_name(p);
	const char *place = p->place >= 0 ? lex->places[p->place].name : NULL;
	const char *province = p->province >= 0 ? lex->places[p->province].name : NULL;
	char key[POST_NAME_MAX + 160];
	snprintf(key, sizeof key, "%s|%s|%s|%s%s", p->name, level ? level : "", place ? place : "", province ? province : "",
	         p->former ? "|former" : "");
	const tally_sum *known = tally_find(&st->post_ids, 'Q', 0, key);
	if (known) {
		*out = known->a;
		return 0;
	}
	db_stmt *q;
	int rc;
	if ((rc = store__stmt(st, S_INS_POST, &q)) || (rc = db_bind_str(q, 1, key)) || (rc = db_bind_str(q, 2, p->name)) ||
	    (rc = db_bind_str(q, 3, p->rank)) || (rc = db_bind_opt_ref(q, 4, p->body)) ||
	    (rc = db_bind_opt_ref(q, 5, p->organization)) || (rc = db_bind_opt_ref(q, 6, level)) ||
	    (rc = db_bind_opt_ref(q, 7, place)) || (rc = db_bind_opt_ref(q, 8, province)) ||
	    (rc = db_bind_opt_ref(q, 9, post_side_name(p->side))) || (rc = db_bind_int(q, 10, p->concurrent)) ||
	    (rc = db_bind_int(q, 11, p->former)) || (rc = db_step_insert(q, out)) < 0)
		return rc;
	db_reset(q);
	if (rc == 1 && !st->undo.first_post)
		st->undo.first_post = *out;
	if (rc == 0) { /* there already */
		if ((rc = store__stmt(st, S_SEL_POST, &q)) || (rc = db_bind_str(q, 1, key)))
			return rc;
		if ((rc = db_step(q)) != 1)
			return rc < 0 ? rc : readout_error__set(READOUT_EIO, "post lookup failed");
		*out = db_col_int(q, 0);
		db_reset(q);
	}
	bool first;
	tally_sum *sum = tally_touch(&st->post_ids, 'Q', 0, key, &first);
	if (!sum)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	sum->a = *out;
	tally_mark(&st->post_ids);
	return 0;
}

/* ---- the persons of a name ---- */

/* A count as the database holds it, taken within [0, 2^53]: the database is a file anyone may
 * have edited, and resolution adds the batch's own counts to it (a planted INT64_MAX
 * overflowed). Readout's counts never come near the bound. */
static int64_t stored_count(int64_t v)
{
	const int64_t max = (int64_t)1 << 53;
	return v < 0 ? 0 : v > max ? max : v;
}

/* The persons of name key with their facets, from the batch's memory or read into it. */
static int namesakes_of(readout_store *st, const char *key, name_list **out)
{
	if ((*out = names_find(&st->names, key)))
		return 0;
	name_list *l = names_add_list(&st->names, key);
	if (!l)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	db_stmt *q;
	int rc = store__stmt(st, S_SEL_PERSONS, &q);
	if (rc || (rc = db_bind_str(q, 1, l->key)))
		return rc;
	int64_t last = 0;
	while ((rc = db_step(q)) == 1) {
		int64_t id = db_col_int(q, 0);
		if (id != last && (rc = names_add(&st->names, l, id, stored_count(db_col_int(q, 2)), db_col_text(q, 1),
		                                  db_col_text(q, 3))))
			break;
		last = id;
		if (db_col_text(q, 4) &&
		    (rc = names_add_facet(&st->names, l, id, db_col_text(q, 4), db_col_text(q, 5), db_col_text(q, 6),
		                          stored_count(db_col_int(q, 7)), stored_count(db_col_int(q, 8)))))
			break;
	}
	db_reset(q);
	*out = l;
	return rc < 0 ? rc : 0;
}

/* A new person of list l's name key. */
static int insert_person(readout_store *st, const char *name, name_list *l, const char *region, int64_t *out)
{
	db_stmt *ins = NULL;
	int rc;
	if ((rc = store__stmt(st, S_INS_PERSON, &ins)) || (rc = db_bind_str(ins, 1, name)) ||
	    (rc = db_bind_str(ins, 2, l->key)) || (rc = db_bind_opt_ref(ins, 3, region)))
		return rc;
	if ((rc = db_step_insert(ins, out)) != 1)
		return rc < 0 ? rc : readout_error__set(READOUT_EIO, "person insert returned no id");
	db_reset(ins);
	if (!st->undo.first_person)
		st->undo.first_person = *out;
	return names_add(&st->names, l, *out, 0, region, name);
}

/* Person id got a region from the current document (doc_writes). */
static int note_placed(readout_store *st, int64_t id)
{
	doc_writes *u = &st->undo;
	if (!grow_array((void **)&u->placed, &u->cap, u->nplaced + 1, sizeof *u->placed, 8))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	u->placed[u->nplaced++] = id;
	return 0;
}

/* Gives person id of l the facet key: stored at once (a later document of the batch, or one
 * after a rollback forgot the batch's names, must see whose it is), its counts at commit. */
static int give_facet(readout_store *st, name_list *l, int64_t id, const char *key)
{
	db_stmt *q;
	int rc;
	if ((rc = store__stmt(st, S_INS_FACET, &q)) || (rc = db_bind_int(q, 1, id)) || (rc = db_bind_str(q, 2, key)) ||
	    (rc = db_step(q)) < 0)
		return rc;
	db_reset(q);
	doc_writes *u = &st->undo;
	if (!grow_array((void **)&u->facets, &u->fcap, u->nfacets + 1, sizeof *u->facets, 8))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	made_facet *m = &u->facets[u->nfacets++];
	m->person = id;
	snprintf(m->key, sizeof m->key, "%s", key);
	return names_add_facet(&st->names, l, id, key, NULL, NULL, 0, 0);
}

/* Sets person id's region when it has none (its first facet). */
static int place_person(readout_store *st, name_list *l, int64_t id, const char *region)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].id == id && l->v[i].region)
			return 0;
	db_stmt *u;
	int rc;
	if ((rc = store__stmt(st, S_SET_REGION, &u)) || (rc = db_bind_int(u, 1, id)) || (rc = db_bind_str(u, 2, region)) ||
	    (rc = db_step(u)) < 0 || (rc = note_placed(st, id)))
		return rc;
	db_reset(u);
	return names_set_region(&st->names, l, id, region);
}

/* The facets of l with what the batch has added to them, for extract/identity.c. */
static identity_facet *facets_of(const readout_store *st, const name_list *l, size_t extra, size_t *n)
{
	identity_facet *f = malloc((names_facets(l) + extra) * sizeof *f);
	*n = 0;
	if (!f)
		return NULL;
	for (size_t i = 0; i < l->n; i++)
		for (size_t k = 0; k < l->v[i].nfacets; k++) {
			const name_facet *nf = &l->v[i].facets[k];
			identity_facet *x = &f[(*n)++];
			memset(x, 0, sizeof *x);
			snprintf(x->key, sizeof x->key, "%s", nf->key);
			memcpy(x->first, nf->first, sizeof x->first);
			memcpy(x->last, nf->last, sizeof x->last);
			x->dated = nf->dated;
			x->documents = nf->documents;
			x->person = l->v[i].id;
			const tally_sum *pending = tally_find(&st->sums, 'R', x->person, nf->key);
			if (pending) {
				x->dated += pending->a;
				x->documents += pending->b;
				if (pending->first[0] && (!x->first[0] || strcmp(pending->first, x->first) < 0))
					memcpy(x->first, pending->first, sizeof x->first);
				if (pending->last[0] && strcmp(pending->last, x->last) > 0)
					memcpy(x->last, pending->last, sizeof x->last);
			}
		}
	return f;
}

enum { MAX_OVERRIDES = 64 };

/* The person a facet new to the name's persons goes to (0: a new person), by the rule over
 * the name's facets with this mention's. */
static int place_facet(readout_store *st, const name_list *l, const char *key, const char *date, int64_t *out)
{
	*out = 0;
	size_t n;
	identity_facet *f = facets_of(st, l, 1, &n);
	if (!f)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	identity_facet *x = &f[n++];
	memset(x, 0, sizeof *x);
	snprintf(x->key, sizeof x->key, "%s", key);
	if (date) {
		snprintf(x->first, sizeof x->first, "%s", date);
		snprintf(x->last, sizeof x->last, "%s", date);
		x->dated = 1;
	}
	x->documents = 1;
	identity_override ov[MAX_OVERRIDES];
	size_t nov = overrides_for(st->overrides, l->key, ov, MAX_OVERRIDES);
	size_t k = identity_cluster(f, n, ov, nov < MAX_OVERRIDES ? nov : MAX_OVERRIDES);
	int64_t *person = k != SIZE_MAX ? malloc((k ? k : 1) * sizeof *person) : NULL;
	int rc = 0;
	if (!person || !identity_assign(person, f, n, k))
		rc = readout_error__set(READOUT_ENOMEM, "out of memory");
	else
		*out = person[x->cluster];
	free(person);
	free(f);
	return rc;
}

/* Whether person id already holds one of p's titles. */
static int holds_title(readout_store *st, int64_t id, const readout_person *p, bool *out)
{
	*out = false;
	for (size_t t = 0; t < p->ntitles && !*out; t++) {
		if (tally_find(&st->sums, 'T', id, p->titles[t].text)) { /* a post of this batch */
			*out = true;
			break;
		}
		db_stmt *q;
		int rc = store__stmt(st, S_HAS_TITLE, &q);
		if (rc || (rc = db_bind_int(q, 1, id)) || (rc = db_bind_str(q, 2, p->titles[t].text)))
			return rc;
		if ((rc = db_step(q)) < 0)
			return rc;
		*out = rc == 1;
		db_reset(q);
	}
	return 0;
}

/* Whether a namesake holds a facet in region ("central", "Hebei"). */
static bool has_region(const namesake *ns, const char *region)
{
	for (size_t k = 0; k < ns->nfacets; k++) {
		char r[IDENTITY_FACET_MAX];
		identity_facet_region(r, sizeof r, ns->facets[k].key);
		if (strcmp(r, region) == 0)
			return true;
	}
	return false;
}

enum { MAX_NAMESAKES = 32 };

/* A mention whose posts place nothing: see the file's head. */
static int unplaced_person(readout_store *st, const readout_person *p, const char *doc_province, name_list *l,
                           int64_t *out)
{
	int64_t ids[MAX_NAMESAKES], mentions[MAX_NAMESAKES]; /* most-mentioned first */
	size_t n = 0;
	int64_t home = 0, first_central = 0;
	for (size_t i = 0; i < l->n; i++) {
		const namesake *ns = &l->v[i];
		if (doc_province && !home && has_region(ns, doc_province))
			home = ns->id;
		if (!first_central && has_region(ns, "central"))
			first_central = ns->id;
		if (n < MAX_NAMESAKES) {
			/* the mentions this batch has yet to write count too */
			const tally_sum *pending = tally_find(&st->sums, 'P', ns->id, NULL);
			int64_t m = ns->mentions + (pending ? pending->a : 0);
			size_t k = n++;
			for (; k > 0 && (mentions[k - 1] < m || (mentions[k - 1] == m && ids[k - 1] > ns->id)); k--) {
				ids[k] = ids[k - 1];
				mentions[k] = mentions[k - 1];
			}
			ids[k] = ns->id;
			mentions[k] = m;
		}
	}
	if (!n) /* the first titled mention of a place will place it */
		return insert_person(st, p->name, l, NULL, out);
	if (p->ntitles && n > 1)
		for (size_t i = 0; i < n; i++) {
			bool holds;
			int rc = holds_title(st, ids[i], p, &holds);
			if (rc)
				return rc;
			if (holds) {
				*out = ids[i];
				return 0;
			}
		}
	/* a central namesake before the one of the province: one stray title in a provincial
	 * readout placed a Xi Jinping in that province, and every untitled Xi Jinping of the
	 * province then joined him */
	*out = first_central ? first_central : home ? home : ids[0];
	return 0;
}

/* The person of a mention of name key with facet (NULL for none), and the name stored for them. */
static int person_of(readout_store *st, const readout_person *p, const char *key, const char *facet, const char *date,
                     const char *doc_province, int64_t *out, const char **stored_name)
{
	name_list *l;
	int rc = namesakes_of(st, key, &l);
	*stored_name = NULL;
	if (rc)
		return rc;
	if (!facet) {
		if ((rc = unplaced_person(st, p, doc_province, l, out)))
			return rc;
		/* a guess among several persons: the commit places it again by its document */
		if (l->n > 1 && (rc = store__mark_dirty(st, l->key)))
			return rc;
	} else {
		const namesake *owner = names_owner(l, facet);
		if (owner) {
			*out = owner->id;
		} else {
			char buf[IDENTITY_FACET_MAX];
			identity_facet_region(buf, sizeof buf, facet);
			const char *region = identity_facet_places(facet) ? buf : NULL;
			if ((rc = place_facet(st, l, facet, date, out)))
				return rc;
			/* a facet of its own: the name's unplaced person, made by an untitled mention, takes it */
			for (size_t i = 0; i < l->n && !*out; i++)
				if (!l->v[i].nfacets && !l->v[i].region)
					*out = l->v[i].id;
			if (*out)
				rc = region ? place_person(st, l, *out, region) : 0;
			else
				rc = insert_person(st, p->name, l, region, out);
			if (rc || (rc = give_facet(st, l, *out, facet)))
				return rc;
		}
		/* a name of several facets: its commit groups them again over everything */
		if (names_facets(l) > 1 && (rc = store__mark_dirty(st, l->key)))
			return rc;
	}
	*stored_name = names_name_of(l, *out);
	return 0;
}

/* ---- a document's people ---- */

/* The facet of a mention: its first post held as a main post that its own words place, else
 * one the document places, else its first seat or group that places it. "Secretary of the
 * Party Group and Minister of Transport" in a Liaoning readout is the ministry's secretary,
 * not Liaoning's. */
static const char *mention_facet(const placed_post *const *posts, size_t n)
{
	for (int pass = 0; pass < 3; pass++)
		for (size_t i = 0; i < n; i++) {
			const char *f = posts[i]->facet;
			bool soft = f && f[strlen(f) - 1] == '~';
			if (f && soft == (pass == 2) && (pass == 2 || posts[i]->borrowed == (pass == 1)))
				return f;
		}
	return NULL;
}

/* For a document whose event names no place: the province most of its people's titles name
 * (the first on a tie; one vote a person), or -1. */
static int voted_province(readout_store *st, const readout_record *rec)
{
	int seen[16];
	unsigned votes[16];
	size_t n = 0, best = 0;
	for (size_t i = 0; i < rec->npeople; i++)
		for (size_t t = 0; t < rec->people[i].ntitles; t++) {
			const post_reading *r;
			uint32_t index;
			if (reading_of(st, rec->people[i].titles[t].text, &r, &index))
				return -1; /* out of memory: no vote */
			int prov = r->judged.level != OL_CENTRAL && r->judged.place >= 0 ? lex_province_of(st->lex, r->judged.place) : -1;
			if (prov < 0)
				continue;
			size_t k = 0;
			while (k < n && seen[k] != prov)
				k++;
			if (k == n) {
				if (n == 16)
					continue;
				seen[n] = prov;
				votes[n++] = 0;
			}
			votes[k]++;
			break;
		}
	for (size_t k = 1; k < n; k++)
		if (votes[k] > votes[best])
			best = k;
	return n ? seen[best] : -1;
}

static int org_level_of(const char *name)
{
	for (int l = OL_CENTRAL; name && l <= OL_OTHER; l++)
		if (strcmp(org_level_name(l), name) == 0)
			return l;
	return OL_NONE;
}

static const placed_post no_post = {0, false, NULL, false};

/* A well-mixed key for (reading, place, level): u64map's slots are its low bits. */
static uint64_t placed_key(uint32_t reading, int place, int level)
{
	uint64_t z = ((uint64_t)reading << 32 | (uint64_t)(uint32_t)(place + 1) << 4 | (uint64_t)level) + 0x9e3779b97f4a7c15ull;
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return (z ^ (z >> 31)) | 1;
}

/* Title t read in the document's context, once per batch for each place and level. The
 * pointer is good until the next call. */
static int place_title(readout_store *st, const char *title, int doc_place, int doc_level, const placed_post **out)
{
	*out = &no_post;
	if (!st->lex) /* a store opened without a lexicon keeps titles, not posts */
		return 0;
	post_cache *pc = &st->posts;
	const post_reading *r;
	uint32_t index;
	int rc = reading_of(st, title, &r, &index);
	if (rc)
		return rc;
	uint64_t key = placed_key(index, doc_place, doc_level), at;
	if (index != UINT32_MAX && u64map_get(&pc->placed, key, &at)) {
		*out = &pc->posts[at - 1];
		return 0;
	}
	post p;
	if (!post_place(&p, r, st->lex, doc_place, doc_level))
		return 0;
	if (!grow_array((void **)&pc->posts, &pc->pcap, pc->nposts + 1, sizeof *pc->posts, 256))
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	placed_post *pp = &pc->posts[pc->nposts];
	*pp = (placed_post){0, p.former, NULL, p.borrowed};
	char facet[IDENTITY_FACET_MAX];
	bool ok = true;
	if (post_facet(facet, sizeof facet, &p, st->lex))
		pp->facet = arena_strdup_opt(&pc->facets, facet, &ok);
	if (!ok)
		return readout_error__set(READOUT_ENOMEM, "out of memory");
	if ((rc = post_id_of(st, &p, &pp->id)))
		return rc;
	/* a map that cannot grow only stops saving work */
	if (index == UINT32_MAX || u64map_put(&pc->placed, key, pc->nposts + 1, false) == 0)
		pc->nposts++;
	*out = pp;
	return 0;
}

/* A mention's posts, one per title: reused between mentions. */
typedef struct mention_posts {
	placed_post *v;
	const placed_post **at;
	size_t cap;
} mention_posts;

static int read_posts(readout_store *st, const readout_person *p, int doc_place, int doc_level, mention_posts *mp)
{
	if (p->ntitles > mp->cap) {
		placed_post *v = realloc(mp->v, p->ntitles * sizeof *v);
		if (v)
			mp->v = v;
		const placed_post **at = v ? realloc(mp->at, p->ntitles * sizeof *at) : NULL;
		if (!at)
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		mp->at = at;
		mp->cap = p->ntitles;
	}
	/* the place the person's own titles name in this readout: a bare "governor" beside
	 * "deputy secretary of the Sichuan Provincial Party Committee" is Sichuan's */
	int own = -1;
	for (size_t t = 0; t < p->ntitles && own < 0 && st->lex; t++) {
		const post_reading *r;
		uint32_t index;
		int rc = reading_of(st, p->titles[t].text, &r, &index);
		if (rc)
			return rc;
		if (r->rank >= 0 && !r->former)
			own = r->judged.place;
	}
	int place = st->lex ? post_context_place(st->lex, own, doc_place) : doc_place;
	for (size_t t = 0; t < p->ntitles; t++) {
		const placed_post *pp;
		int rc = place_title(st, p->titles[t].text, place, doc_level, &pp);
		if (rc)
			return rc;
		mp->v[t] = *pp; /* copied: the cache may move */
		mp->at[t] = &mp->v[t];
	}
	return 0;
}

/* A positive id in decimal into out[24]: a career's key (snprintf was a tenth of this file's work). */
static const char *decimal(char *out, int64_t v)
{
	char *o = out + 23;
	*o = '\0';
	uint64_t u = (uint64_t)v;
	do
		*--o = (char)('0' + u % 10);
	while ((u /= 10) && o > out);
	return o;
}

/* The mention's sums: a facet's dated documents and documents, a post's documents and dates
 * (a former post's without them: the document is not when it was held). */
static int tally_mention(add_ctx *c, const readout_person *p, int64_t pid, const char *facet, const mention_posts *mp)
{
	readout_store *st = c->st;
	int rc;
	if (facet) {
		bool first;
		tally_sum *sum = tally_touch(&st->sums, 'R', pid, facet, &first);
		if (!sum)
			return readout_error__set(READOUT_ENOMEM, "out of memory");
		sum->a += first && c->date;
		sum->b += first;
		tally_date(sum, c->date);
	}
	for (size_t t = 0; t < p->ntitles; t++) {
		const readout_value *v = &p->titles[t];
		int64_t start = v->nspans ? (int64_t)v->spans[0].start : -1;
		int64_t end = v->nspans ? (int64_t)v->spans[v->nspans - 1].end : -1;
		if ((rc = rows_add_title(&st->rows, pid, c->doc_id, v->text, c->date, start, end, mp->v[t].id)) ||
		    (rc = store__tally_add(st, 'T', pid, v->text, 0, c->date)))
			return rc;
		if (mp->v[t].id) {
			char id[24];
			if ((rc = store__tally_add(st, 'C', pid, decimal(id, mp->v[t].id), 0, mp->v[t].former ? NULL : c->date)))
				return rc;
		}
	}
	return 0;
}

int store__add_people(add_ctx *c)
{
	readout_store *st = c->st;
	const readout_record *rec = c->doc->record;
	const readout_event *main = rec->nevents ? &rec->events[0] : NULL;
	int doc_level = org_level_of(main ? main->level.text : NULL);
	int doc_place = st->lex && main && main->place.text ? lex_place_by_name(st->lex, main->place.text) : -1;
	if (doc_place < 0 && st->lex && doc_level != OL_CENTRAL)
		doc_place = voted_province(st, rec);
	const char *province = c->province ? c->province : store__province_name(st, doc_place);
	mention_posts mp = {NULL, NULL, 0};
	int rc = 0;
	if (!st->batch_first_doc || c->doc_id < st->batch_first_doc)
		st->batch_first_doc = c->doc_id;
	for (size_t i = 0; i < rec->npeople && !rc; i++) {
		const readout_person *p = &rec->people[i];
		char key[256];
		name_key(key, sizeof key, p->name);
		const char *k = overrides_key(st->overrides, key);
		if (!k[0])
			k = p->name; /* a name of no letters keeps its own key */
		if ((rc = read_posts(st, p, doc_place, doc_level, &mp)))
			break;
		const char *facet = mention_facet(mp.at, p->ntitles);
		char weak[IDENTITY_FACET_MAX];
		if (!facet && st->lex && post_document_facet(weak, sizeof weak, st->lex, doc_place, doc_level))
			facet = weak; /* where the person was named, for who is who: never their region */
		int64_t pid = 0;
		if ((rc = person_of(st, p, k, facet, c->date, province, &pid, &c->person_names[i])))
			break;
		c->person_ids[i] = pid;
		if ((rc = rows_add_person_doc(&st->rows, pid, c->doc_id, p->name, (int64_t)p->nmentions, c->date,
		                              facet)) ||
		    (rc = store__tally_add(st, 'P', pid, NULL, (int64_t)p->nmentions, c->date)))
			break;
		rc = tally_mention(c, p, pid, facet, &mp);
	}
	free(mp.v);
	free(mp.at);
	return rc;
}
