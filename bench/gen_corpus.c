/* gen_corpus.c — a deterministic generator of synthetic meeting readouts for the benchmarks:
 * datelines, events, presiders, speakers and attendees with pinyin names and real-looking
 * titles, formulations and long policy prose composed from gen_phrases.c; optionally planted
 * people whose identity resolution must get right (namesakes, officials transferred between
 * provinces, names written several ways, central officials named in local readouts) with a
 * ground-truth file. libc only: it reads data/ at run time and must not depend on the readout
 * library it feeds. */
#define _GNU_SOURCE
#include "gen_phrases.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_DOC_PEOPLE 24
#define MAX_NAMESAKES 1000 /* and as many of each other kind of planted people */
#define APPEARANCES_FORCED 3 /* documents each planted person is guaranteed to appear in */

_Noreturn static void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("gen_corpus: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(1);
}

/* ---- PRNG: splitmix64, one stream per purpose so documents do not depend on each other ---- */

typedef struct rng {
	uint64_t s;
} rng;

static uint64_t rng_u64(rng *r)
{
	uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static rng rng_stream(uint64_t seed, uint64_t stream)
{
	rng r = {seed ^ (stream * 0xd1342543de82ef95ull)};
	rng_u64(&r);
	return r;
}

static size_t rng_below(rng *r, size_t n)
{
	return n ? (size_t)(rng_u64(r) % n) : 0; /* modulo bias is irrelevant at these sizes */
}

static double rng_unit(rng *r)
{
	return (double)(rng_u64(r) >> 11) * 0x1.0p-53;
}

static int rng_chance(rng *r, double p)
{
	return rng_unit(r) < p;
}

static int rng_range(rng *r, int lo, int hi)
{
	return lo + (int)rng_below(r, (size_t)(hi - lo + 1));
}

/* Standard normal by Box-Muller: document sizes are log-normal, like real readouts. */
static double rng_normal(rng *r)
{
	double u = rng_unit(r), v = rng_unit(r);
	return sqrt(-2.0 * log(u > 0 ? u : 1e-300)) * cos(6.283185307179586 * v);
}

static const char *pick(rng *r, const phrase_list *l)
{
	return l->v[rng_below(r, l->n)];
}

/* ---- growable string ---- */

typedef struct sbuf {
	char *p;
	size_t len, cap;
} sbuf;

static void sb_reserve(sbuf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 4096;
	while (cap < b->len + extra + 1)
		cap *= 2;
	char *p = realloc(b->p, cap);
	if (!p)
		die("out of memory");
	b->p = p;
	b->cap = cap;
}

static void sb_put(sbuf *b, const char *s, size_t n)
{
	sb_reserve(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void sb_puts(sbuf *b, const char *s)
{
	sb_put(b, s, strlen(s));
}

static void sb_putc(sbuf *b, char c)
{
	sb_put(b, &c, 1);
}

static void sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(sbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	sb_reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

static char *xstrdup(const char *s)
{
	char *d = strdup(s);
	if (!d)
		die("out of memory");
	return d;
}

/* ---- string set (open addressing), for names that must stay unique ---- */

typedef struct strset {
	char **slots;
	size_t cap, n;
} strset;

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)(*s | 0x20)) * 1099511628211ull; /* case-insensitive */
	return h;
}

static char **set_slot(strset *s, const char *key)
{
	for (size_t i = hash_str(key) & (s->cap - 1);; i = (i + 1) & (s->cap - 1))
		if (!s->slots[i] || strcasecmp(s->slots[i], key) == 0)
			return &s->slots[i];
}

static int set_has(strset *s, const char *key)
{
	return s->cap && *set_slot(s, key);
}

static void set_add(strset *s, const char *key)
{
	if ((s->n + 1) * 2 > s->cap) {
		strset bigger = {calloc(s->cap ? s->cap * 2 : 1024, sizeof(char *)), s->cap ? s->cap * 2 : 1024, 0};
		if (!bigger.slots)
			die("out of memory");
		for (size_t i = 0; i < s->cap; i++)
			if (s->slots[i])
				*set_slot(&bigger, s->slots[i]) = s->slots[i], bigger.n++;
		free(s->slots);
		*s = bigger;
	}
	char **slot = set_slot(s, key);
	if (!*slot) {
		*slot = xstrdup(key);
		s->n++;
	}
}

/* ---- data/ lexicons ---- */

typedef struct strvec {
	char **v;
	size_t n, cap;
} strvec;

static void vec_push(strvec *v, const char *s)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 64;
		v->v = realloc(v->v, v->cap * sizeof *v->v);
		if (!v->v)
			die("out of memory");
	}
	v->v[v->n++] = xstrdup(s);
}

enum host_kind { K_PROVINCE, K_MUNICIPALITY, K_REGION, K_CITY, K_COUNTY_CITY, K_COUNTY, K_DISTRICT, K_MINISTRY, K_COUNT };

typedef struct host {
	char *name;     /* place or ministry name as written */
	int kind;
	int parent;     /* index of the parent host, -1 if none or unknown */
	size_t first, n;/* its officials */
	int ministry;   /* index into ph_ministries for K_MINISTRY */
} host;

typedef struct official {
	char *name;
	int host, role;
	int ns;         /* planted person of this post (index into world.namesakes), -1 for none */
	/* a post that changes hands (a planted transfer): from switch_ymd on, name2 holds it, and
	 * the planted person is ns2 */
	char *name2;
	int switch_ymd, ns2;
	const char *const *spellings; /* a planted name written several ways: NULL, or 3 spellings */
} official;

enum plant_kind { PLANT_NAMESAKE, PLANT_TRANSFER, PLANT_SPELLING, PLANT_LEADER };

/* A planted person: the ground truth names them by key. */
typedef struct namesake {
	char *name;     /* as generated (a spelling plant's first spelling) */
	size_t official;
	char key[16];
	int kind;       /* enum plant_kind */
} namesake;

/* A document that must name a planted person: which post, on which side of its holder's
 * change (-1 before, 1 after, 0 either), and in whose readout (-1: the post's own host). */
typedef struct forced_entry {
	size_t official;
	int side, host;
} forced_entry;

typedef struct world {
	strvec surnames, syllables, formulations;
	size_t *form_rows;     /* index in formulations of each row's first (official) form */
	size_t nform_rows, cap_form_rows;
	strset taken;          /* names that may not be generated: people, places, not_names */
	host *hosts;
	size_t nhosts, cap_hosts;
	size_t by_kind_first[K_COUNT], by_kind_n[K_COUNT];
	official *officials;
	size_t nofficials, cap_officials;
	strvec newsroom;       /* reporters and editors, for bylines */
	namesake *namesakes;
	size_t nnamesakes, cap_namesakes;
	forced_entry *forced;
	size_t nforced, cap_forced;
	char **owned;          /* planted names and spellings, freed at the end */
	size_t nowned, cap_owned;
} world;

typedef void (*row_fn)(world *w, char **f, size_t n);

/* Calls fn for each data row of dir/name (comments and the header skipped). Returns 0, or -1
 * when the file is absent and optional. */
static int each_row(world *w, const char *dir, const char *name, int optional, row_fn fn)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "r");
	if (!f) {
		if (optional && errno == ENOENT)
			return -1;
		die("%s: %s", path, strerror(errno));
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int header_seen = 0;
	while ((len = getline(&line, &cap, f)) > 0) {
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (!len || line[0] == '#')
			continue;
		if (!header_seen++)
			continue;
		char *fields[8];
		size_t n = 0;
		for (char *p = line; n < 8;) {
			fields[n++] = p;
			char *tab = strchr(p, '\t');
			if (!tab)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		fn(w, fields, n);
	}
	free(line);
	fclose(f);
	return 0;
}

static void row_surname(world *w, char **f, size_t n)
{
	/* Hanyu pinyin spellings only: the Cantonese and Wade-Giles rows are other people's names. */
	if (n >= 3 && strcmp(f[2], "pinyin") == 0 && f[0][0])
		vec_push(&w->surnames, f[0]);
}

static void row_syllable(world *w, char **f, size_t n)
{
	const char *s = f[0];
	if (n < 2 || strcmp(f[1], "standard") != 0 || strlen(s) < 2)
		return;
	for (const char *p = s; *p; p++)
		if ((unsigned char)*p >= 0x80)
			return; /* ü forms: names are written in ASCII */
	vec_push(&w->syllables, s);
}

static void row_not_name(world *w, char **f, size_t n)
{
	if (n >= 1 && f[0][0])
		set_add(&w->taken, f[0]);
}

static void add_host(world *w, const char *name, int kind, int parent, int ministry)
{
	if (w->nhosts == w->cap_hosts) {
		w->cap_hosts = w->cap_hosts ? w->cap_hosts * 2 : 1024;
		w->hosts = realloc(w->hosts, w->cap_hosts * sizeof *w->hosts);
		if (!w->hosts)
			die("out of memory");
	}
	w->hosts[w->nhosts++] = (host){xstrdup(name), kind, parent, 0, 0, ministry};
}

static int find_host(const world *w, const char *name, int kind_lo, int kind_hi)
{
	for (size_t i = 0; i < w->nhosts; i++)
		if (w->hosts[i].kind >= kind_lo && w->hosts[i].kind <= kind_hi && strcmp(w->hosts[i].name, name) == 0)
			return (int)i;
	return -1;
}

/* places.tsv is sorted provincial, prefecture, county level, so a parent is always known first. */
static void row_place(world *w, char **f, size_t n)
{
	if (n < 3)
		return;
	static const struct { const char *level; int kind; } levels[] = {
		{"province", K_PROVINCE}, {"municipality", K_MUNICIPALITY}, {"autonomous_region", K_REGION},
		{"prefecture", K_CITY}, {"county_city", K_COUNTY_CITY}, {"county", K_COUNTY}, {"district", K_DISTRICT}};
	set_add(&w->taken, f[0]); /* a given name equal to a place would be a place, not a person */
	if (strcmp(f[0], "Taiwan") == 0)
		return; /* no Party committee readouts come from there */
	for (size_t i = 0; i < sizeof levels / sizeof *levels; i++) {
		if (strcmp(f[1], levels[i].level) != 0)
			continue;
		int kind = levels[i].kind, parent = -1;
		if (kind == K_CITY)
			parent = find_host(w, f[2], K_PROVINCE, K_REGION);
		else if (kind >= K_COUNTY_CITY)
			parent = find_host(w, f[2], K_PROVINCE, K_CITY);
		add_host(w, f[0], kind, parent, -1);
		return;
	}
}

/* Each form of a formulations.tsv row (zh, pinyin, forms separated by '|'). */
static void row_formulation(world *w, char **f, size_t n)
{
	if (n < 3)
		return;
	char *forms = f[2];
	if (w->nform_rows == w->cap_form_rows) {
		w->cap_form_rows = w->cap_form_rows ? w->cap_form_rows * 2 : 256;
		w->form_rows = realloc(w->form_rows, w->cap_form_rows * sizeof *w->form_rows);
		if (!w->form_rows)
			die("out of memory");
	}
	w->form_rows[w->nform_rows++] = w->formulations.n;
	for (char *tok = strtok(forms, "|"); tok; tok = strtok(NULL, "|"))
		if (*tok)
			vec_push(&w->formulations, tok);
}

static void load_data(world *w, const char *dir)
{
	each_row(w, dir, "surnames.tsv", 0, row_surname);
	each_row(w, dir, "pinyin.tsv", 0, row_syllable);
	each_row(w, dir, "not_names.tsv", 1, row_not_name);
	each_row(w, dir, "places.tsv", 0, row_place);
	if (each_row(w, dir, "formulations.tsv", 1, row_formulation) < 0 || w->formulations.n == 0) {
		w->nform_rows = 0;
		for (size_t i = 0; i < ph_formulations_fallback.n; i++)
			vec_push(&w->formulations, ph_formulations_fallback.v[i]);
	}
	set_add(&w->taken, "Xi Jinping"); /* named in the prose; never a generated official */
	if (!w->surnames.n || !w->syllables.n)
		die("%s: no pinyin surnames or syllables found", dir);
	for (size_t i = 0; i < ph_ministries.n; i++) {
		char name[256];
		snprintf(name, sizeof name, "%s", ph_ministries.v[i]);
		*strchr(name, '|') = '\0';
		add_host(w, name, K_MINISTRY, -1, (int)i);
	}
}

/* ---- names ---- */

static int in_vec(const strvec *v, const char *s)
{
	for (size_t i = 0; i < v->n; i++)
		if (strcmp(v->v[i], s) == 0)
			return 1;
	return 0;
}

static const char *pick_surname(rng *r, const world *w)
{
	/* Real readouts are dominated by a few dozen surnames; the alphabetical tail is rare. */
	if (rng_chance(r, 0.8)) {
		const char *s = pick(r, &ph_common_surnames);
		if (in_vec(&w->surnames, s))
			return s;
	}
	return w->surnames.v[rng_below(r, w->surnames.n)];
}

static const char *pick_syllable(rng *r, const world *w)
{
	if (rng_chance(r, 0.75)) {
		const char *s = pick(r, &ph_name_syllables);
		if (in_vec(&w->syllables, s))
			return s;
	}
	return w->syllables.v[rng_below(r, w->syllables.n)];
}

/* "Surname Given": one or two syllables joined, no syllable after the first starting with a
 * vowel (that would need an apostrophe, as in Xi'an). */
static void make_name(char *out, size_t cap, rng *r, const world *w)
{
	char given[32];
	const char *a = pick_syllable(r, w);
	snprintf(given, sizeof given, "%s", a);
	if (rng_chance(r, 0.8)) {
		const char *b;
		do
			b = pick_syllable(r, w);
		while (strchr("aeo", b[0]));
		snprintf(given + strlen(given), sizeof given - strlen(given), "%s", b);
	}
	given[0] = (char)(given[0] - 'a' + 'A');
	snprintf(out, cap, "%s %s", pick_surname(r, w), given);
}

/* A name nobody else in the corpus has: uniqueness lets the ground truth name only namesakes. */
static char *unique_name(rng *r, world *w)
{
	char name[64], given_key[64];
	for (;;) {
		make_name(name, sizeof name, r, w);
		const char *given = strchr(name, ' ') + 1;
		snprintf(given_key, sizeof given_key, "%s", given);
		if (set_has(&w->taken, name) || set_has(&w->taken, given_key))
			continue;
		set_add(&w->taken, name);
		return xstrdup(name);
	}
}

/* ---- casts ---- */

static size_t cast_size(int kind)
{
	switch (kind) {
	case K_PROVINCE: case K_MUNICIPALITY: case K_REGION: return ph_local_roles.n;
	case K_CITY: return 13;
	case K_MINISTRY: return ph_ministry_roles.n;
	default: return 8;
	}
}

static void add_official(world *w, char *name, int h, int role)
{
	if (w->nofficials == w->cap_officials) {
		w->cap_officials = w->cap_officials ? w->cap_officials * 2 : 4096;
		w->officials = realloc(w->officials, w->cap_officials * sizeof *w->officials);
		if (!w->officials)
			die("out of memory");
	}
	w->officials[w->nofficials++] = (official){name, h, role, -1, NULL, 0, -1, NULL};
}

static void build_casts(world *w, uint64_t seed)
{
	rng r = rng_stream(seed, 1);
	for (size_t h = 0; h < w->nhosts; h++) {
		host *ho = &w->hosts[h];
		ho->first = w->nofficials;
		ho->n = cast_size(ho->kind);
		for (size_t k = 0; k < ho->n; k++)
			add_official(w, unique_name(&r, w), (int)h, (int)k);
	}
	for (int k = 0; k < K_COUNT; k++) {
		w->by_kind_first[k] = w->nhosts;
		for (size_t h = 0; h < w->nhosts; h++)
			if (w->hosts[h].kind == k) {
				if (w->by_kind_first[k] == w->nhosts)
					w->by_kind_first[k] = h;
				w->by_kind_n[k]++;
			}
	}
	for (int i = 0; i < 400; i++) {
		char *name = unique_name(&r, w);
		vec_push(&w->newsroom, name);
		free(name);
	}
}

static int province_of(const world *w, int h)
{
	while (h >= 0 && w->hosts[h].kind > K_REGION)
		h = w->hosts[h].parent;
	return h;
}

/* Namesakes sit in provincial or city casts, below the top posts, in two different provinces
 * and two different posts, so that place and title tell them apart. */
static size_t namesake_slot(rng *r, world *w, int avoid_province, int avoid_role)
{
	for (long tries = 0; tries < 10000000; tries++) {
		int kind = rng_chance(r, 0.5) ? (int)rng_below(r, 3) : K_CITY;
		if (!w->by_kind_n[kind])
			continue;
		int h = (int)(w->by_kind_first[kind] + rng_below(r, w->by_kind_n[kind]));
		int role = rng_range(r, 5, (int)w->hosts[h].n - 1);
		size_t o = w->hosts[h].first + (size_t)role;
		if (w->officials[o].ns >= 0 || w->officials[o].name2 || w->hosts[h].kind != kind || province_of(w, h) < 0 ||
		    province_of(w, h) == avoid_province || role == avoid_role)
			continue;
		return o;
	}
	die("no cast post left for a planted person: plant fewer people");
}

static void role_title(char *out, size_t cap, const world *w, const official *o);

static int same_title(const world *w, size_t a, size_t b)
{
	char ta[512], tb[512];
	role_title(ta, sizeof ta, w, &w->officials[a]);
	role_title(tb, sizeof tb, w, &w->officials[b]);
	return strcmp(ta, tb) == 0;
}

static void *grow_to(void *p, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return p;
	*cap = *cap ? *cap * 2 : 64;
	p = realloc(p, *cap * size);
	if (!p)
		die("out of memory");
	return p;
}

static namesake *add_planted(world *w, char *name, size_t post, const char *key, int kind)
{
	w->namesakes = grow_to(w->namesakes, &w->cap_namesakes, w->nnamesakes, sizeof *w->namesakes);
	namesake *ns = &w->namesakes[w->nnamesakes++];
	*ns = (namesake){name, post, "", kind};
	snprintf(ns->key, sizeof ns->key, "%s", key);
	return ns;
}

static void add_forced(world *w, size_t post, int side, int in_host)
{
	w->forced = grow_to(w->forced, &w->cap_forced, w->nforced, sizeof *w->forced);
	w->forced[w->nforced++] = (forced_entry){post, side, in_host};
}

static char *own(world *w, char *s)
{
	w->owned = grow_to(w->owned, &w->cap_owned, w->nowned, sizeof *w->owned);
	return w->owned[w->nowned++] = s;
}

/* Gives a cast post to a planted person: the post's old holder is gone (their name stays
 * taken, so no one else gets it). */
static void give_post(world *w, size_t o, char *name, int ns)
{
	free(w->officials[o].name);
	w->officials[o].name = name;
	w->officials[o].ns = ns;
}

static void plant_namesakes(world *w, uint64_t seed, unsigned k)
{
	rng r = rng_stream(seed, 2);
	for (unsigned i = 0; i < k; i++) {
		char *name = own(w, unique_name(&r, w));
		size_t a = namesake_slot(&r, w, -1, -1);
		size_t b;
		do /* two roles can read alike ("Vice Mayor" twice): the titles themselves must differ */
			b = namesake_slot(&r, w, province_of(w, w->officials[a].host), w->officials[a].role);
		while (same_title(w, a, b));
		size_t pair[2] = {a, b};
		for (int j = 0; j < 2; j++) {
			char key[16];
			snprintf(key, sizeof key, "ns%04u%c", i + 1, 'a' + j);
			add_planted(w, name, pair[j], key, PLANT_NAMESAKE);
			give_post(w, pair[j], name, (int)w->nnamesakes - 1);
			add_forced(w, pair[j], 0, -1);
		}
	}
}

/* A cast post of a provincial-level unit or a prefecture-level city, not planted yet, outside
 * province avoid (-1 for none). Dies when none is left after many draws. */
static size_t transfer_slot(rng *r, world *w, int avoid_province)
{
	for (long tries = 0; tries < 10000000; tries++) {
		int kind = rng_chance(r, 0.5) ? (int)rng_below(r, 3) : K_CITY; /* province, municipality, region; city */
		if (!w->by_kind_n[kind])
			continue;
		int h = (int)(w->by_kind_first[kind] + rng_below(r, w->by_kind_n[kind]));
		size_t o = w->hosts[h].first + rng_below(r, w->hosts[h].n);
		if (w->officials[o].ns < 0 && !w->officials[o].name2 && w->hosts[h].kind == kind && province_of(w, h) >= 0 &&
		    province_of(w, h) != avoid_province)
			return o;
	}
	die("no cast post left for a planted transfer: plant fewer people");
}

/* K officials moved from a post in one province (its own or a city's) to one in another on a
 * day between 2019 and 2022: the first post's next holder and the second's former one are new names. Each is
 * named on both sides of the move (forced documents dated before and after it). */
static void plant_transfers(world *w, uint64_t seed, unsigned k)
{
	rng r = rng_stream(seed, 3);
	for (unsigned i = 0; i < k; i++) {
		char *name = own(w, unique_name(&r, w));
		size_t a = transfer_slot(&r, w, -1);
		size_t b = transfer_slot(&r, w, province_of(w, w->officials[a].host));
		int ymd = rng_range(&r, 2019, 2022) * 10000 + rng_range(&r, 1, 12) * 100 + rng_range(&r, 1, 28);
		char key[16];
		snprintf(key, sizeof key, "tr%04u", i + 1);
		add_planted(w, name, a, key, PLANT_TRANSFER);
		int ns = (int)w->nnamesakes - 1;
		official *oa = &w->officials[a], *ob = &w->officials[b];
		give_post(w, a, name, ns); /* a: held until the move, then by a successor */
		oa->name2 = own(w, unique_name(&r, w));
		oa->switch_ymd = ymd;
		oa->ns2 = -1;
		ob->name2 = name; /* b: held by a predecessor until the move */
		ob->switch_ymd = ymd;
		ob->ns2 = ns;
		add_forced(w, a, -1, -1);
		add_forced(w, b, 1, -1);
	}
}

/* A syllable of the lexicon that opens with a vowel ("an", "ou", "er"): after another syllable
 * it needs an apostrophe to be read apart (Xi'an), which texts write, replace or leave out. */
static const char *vowel_syllable(rng *r, const world *w)
{
	for (;;) {
		const char *s = w->syllables.v[rng_below(r, w->syllables.n)];
		if (strchr("aeo", s[0]))
			return s;
	}
}

/* The three spellings of planted name i, into spell[]: even i, the surname Lü as "Lü", "Lv"
 * and "Lyu" (texts without a ü write one of the other two); odd i, a given name of two
 * syllables, the second opening with a vowel, with an apostrophe, a hyphen or nothing between
 * them. */
static void spell_name(char *spell[3], rng *r, const world *w, unsigned i)
{
	char name[64], first[16];
	snprintf(first, sizeof first, "%s", pick_syllable(r, w));
	first[0] = (char)(first[0] - 'a' + 'A');
	if (i % 2 == 0) {
		static const char *const lv[] = {"L\xc3\xbc", "Lv", "Lyu"};
		const char *second = rng_chance(r, 0.5) ? pick_syllable(r, w) : "";
		for (int j = 0; j < 3; j++) {
			snprintf(name, sizeof name, "%s %s%s", lv[j], first, strchr("aeo", second[0]) ? "" : second);
			spell[j] = xstrdup(name);
		}
		return;
	}
	const char *sur = pick_surname(r, w), *second = vowel_syllable(r, w);
	static const char *const joins[] = {"'", "", "-"};
	for (int j = 0; j < 3; j++) {
		snprintf(name, sizeof name, "%s %s%s%s", sur, first, joins[j], second);
		spell[j] = xstrdup(name);
	}
}

/* K officials whose names texts write several ways (spell_name), each name nobody else has in
 * any of its spellings. */
static void plant_spellings(world *w, uint64_t seed, unsigned k)
{
	rng r = rng_stream(seed, 4);
	for (unsigned i = 0; i < k; i++) {
		char *spell[3];
		for (;;) {
			spell_name(spell, &r, w, i);
			if (!set_has(&w->taken, spell[0]) && !set_has(&w->taken, spell[1]) && !set_has(&w->taken, spell[2]))
				break;
			for (int j = 0; j < 3; j++)
				free(spell[j]);
		}
		const char **spellings = malloc(3 * sizeof *spellings);
		if (!spellings)
			die("out of memory");
		for (int j = 0; j < 3; j++) {
			set_add(&w->taken, spell[j]);
			spellings[j] = own(w, spell[j]);
		}
		own(w, (char *)spellings); /* the array: freed with the names */
		size_t o = namesake_slot(&r, w, -1, -1);
		char key[16];
		snprintf(key, sizeof key, "sp%04u", i + 1);
		add_planted(w, (char *)spellings[0], o, key, PLANT_SPELLING);
		give_post(w, o, (char *)spellings[0], (int)w->nnamesakes - 1);
		w->officials[o].spellings = spellings;
		add_forced(w, o, 0, -1);
	}
}

/* K central officials (any post of a ministry's cast) named in the readouts of provinces and
 * cities they visit, with the ministry's post in full or short ("Member of the Party Group
 * and Vice Minister"), or with no post in a list of names. */
static void plant_leaders(world *w, uint64_t seed, unsigned k)
{
	rng r = rng_stream(seed, 5);
	size_t room = w->by_kind_n[K_MINISTRY] * ph_ministry_roles.n;
	if (k > room)
		die("--plant-leaders: at most %zu, the ministries' posts", room);
	for (unsigned i = 0; i < k; i++) {
		size_t o;
		do {
			int h = (int)(w->by_kind_first[K_MINISTRY] + rng_below(&r, w->by_kind_n[K_MINISTRY]));
			o = w->hosts[h].first + rng_below(&r, w->hosts[h].n);
		} while (w->officials[o].ns >= 0);
		char *name = own(w, unique_name(&r, w));
		char key[16];
		snprintf(key, sizeof key, "cl%04u", i + 1);
		add_planted(w, name, o, key, PLANT_LEADER);
		give_post(w, o, name, (int)w->nnamesakes - 1);
		for (int j = 0; j < 2; j++) { /* two local readouts a round, each in its own place */
			int kind = rng_chance(&r, 0.5) ? K_PROVINCE : K_CITY;
			int h = (int)(w->by_kind_first[kind] + rng_below(&r, w->by_kind_n[kind]));
			add_forced(w, o, 0, h);
		}
	}
}

static void vec_free(strvec *v)
{
	for (size_t i = 0; i < v->n; i++)
		free(v->v[i]);
	free(v->v);
}

static void world_free(world *w)
{
	vec_free(&w->surnames);
	vec_free(&w->syllables);
	vec_free(&w->formulations);
	vec_free(&w->newsroom);
	free(w->form_rows);
	for (size_t i = 0; i < w->taken.cap; i++)
		free(w->taken.slots[i]);
	free(w->taken.slots);
	for (size_t i = 0; i < w->nhosts; i++)
		free(w->hosts[i].name);
	free(w->hosts);
	for (size_t i = 0; i < w->nofficials; i++)
		if (w->officials[i].ns < 0) /* planted names are owned by the world */
			free(w->officials[i].name);
	free(w->officials);
	for (size_t i = 0; i < w->nowned; i++)
		free(w->owned[i]);
	free(w->owned);
	free(w->namesakes);
	free(w->forced);
}

/* ---- one document ---- */

typedef struct doc {
	rng r;
	const world *w;
	sbuf *text;
	int host;
	int curly, quote_open, upper_surnames, para_sep_single;
	int year, month, day;        /* meeting */
	int ymd;                     /* the meeting's day as yyyymmdd: who holds a post that changes hands */
	int pyear, pmonth, pday;     /* published */
	const char *congress;        /* "19th" or "20th" */
	const official *main;        /* %N */
	char ev_host[512], ev_type[256], ev_purpose[1024]; /* the main event, as headline and lead tell it */
	const official *people[MAX_DOC_PEOPLE];
	size_t npeople;
	int depth;
} doc;

static const char *const month_names[] = {"January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December"};
static const char *const month_abbr[] = {"Jan.", "Feb.", "March", "April", "May", "June", "July",
                                         "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};

static const host *doc_host(const doc *d)
{
	return &d->w->hosts[d->host];
}

static void expand(doc *d, const char *t);

static void put_quote(doc *d)
{
	if (d->curly)
		sb_puts(d->text, d->quote_open ? "\xe2\x80\x9d" : "\xe2\x80\x9c");
	else
		sb_putc(d->text, '"');
	d->quote_open = !d->quote_open;
}

static void capitalize_at(doc *d, size_t pos)
{
	char *c = d->text->p + pos;
	if (pos < d->text->len && *c >= 'a' && *c <= 'z')
		*c = (char)(*c - 'a' + 'A');
}

/* Who holds post o on day ymd: a post that changes hands has two holders. */
static const char *holder_of(const official *o, int ymd)
{
	return o->name2 && ymd >= o->switch_ymd ? o->name2 : o->name;
}

/* The planted person holding post o on day ymd, or -1. */
static int planted_of(const official *o, int ymd)
{
	return o->name2 && ymd >= o->switch_ymd ? o->ns2 : o->ns;
}

static void put_name(doc *d, const official *o)
{
	if (d->npeople < MAX_DOC_PEOPLE) {
		size_t i = 0;
		while (i < d->npeople && d->people[i] != o)
			i++;
		if (i == d->npeople)
			d->people[d->npeople++] = o;
	}
	const char *name = holder_of(o, d->ymd);
	if (o->spellings) /* a name written several ways: this time, one of them */
		name = o->spellings[rng_below(&d->r, 3)];
	if (!d->upper_surnames) {
		sb_puts(d->text, name);
		return;
	}
	/* "ZHOU Haobo": some sources capitalize the family name. */
	for (const char *p = name; *p; p++)
		sb_putc(d->text, (char)(p < strchr(name, ' ') && *p >= 'a' && *p <= 'z' ? *p - 32 : *p));
}

static const char *level_noun(int kind)
{
	static const char *const n[K_COUNT] = {"province", "city", "region", "city", "city", "county", "district", "system"};
	return n[kind];
}

static const char *level_adj(int kind)
{
	static const char *const a[K_COUNT] = {"provincial", "municipal", "regional", "municipal", "municipal",
	                                       "county", "district", "ministry"};
	return a[kind];
}

static const char *place_name(const doc *d)
{
	const host *h = doc_host(d);
	return h->kind == K_MINISTRY ? "China" : h->name;
}

static void put_congress(doc *d)
{
	const char *c = d->congress;
	double u = rng_unit(&d->r);
	if (u < 0.6)
		sb_printf(d->text, "the %s National Congress of the Communist Party of China", c);
	else if (u < 0.75)
		sb_printf(d->text, "the %s National Congress of the CPC", c);
	else if (u < 0.85)
		sb_printf(d->text, "the %s Party Congress", c);
	else
		sb_printf(d->text, "the Party's %s National Congress", c);
}

static void put_formulation(doc *d)
{
	const world *w = d->w;
	const char *form = w->formulations.v[rng_below(&d->r, w->formulations.n)];
	if (w->nform_rows) {
		/* a row, then its official form half the time, else one of its variant renderings */
		size_t row = rng_below(&d->r, w->nform_rows);
		size_t first = w->form_rows[row];
		size_t end = row + 1 < w->nform_rows ? w->form_rows[row + 1] : w->formulations.n;
		form = w->formulations.v[rng_chance(&d->r, 0.5) ? first : first + rng_below(&d->r, end - first)];
	}
	int quoted = rng_chance(&d->r, 0.75);
	if (quoted)
		put_quote(d);
	sb_puts(d->text, form);
	if (quoted)
		put_quote(d);
}

/* adverb verb object, the adverb after the object when it is a phrase ("in depth"). */
static void put_verb_phrase(doc *d)
{
	const char *adv = rng_chance(&d->r, 0.7) ? pick(&d->r, &ph_adverbs) : NULL;
	int after = adv && strchr(adv, ' ') && strncmp(adv, "more ", 5) != 0;
	if (adv && !after)
		sb_printf(d->text, "%s ", adv);
	sb_puts(d->text, pick(&d->r, &ph_verbs));
	sb_putc(d->text, ' ');
	expand(d, pick(&d->r, &ph_objects));
	if (after)
		sb_printf(d->text, " %s", adv);
}

static void put_verb_list(doc *d)
{
	int n = rng_range(&d->r, 2, 4);
	for (int i = 0; i < n; i++) {
		if (i)
			sb_puts(d->text, i == n - 1 ? (rng_chance(&d->r, 0.85) ? ", and " : "; ") : ", ");
		put_verb_phrase(d);
	}
}

static void put_main_name(doc *d)
{
	if (d->main)
		put_name(d, d->main);
	else
		sb_puts(d->text, "the responsible comrade");
}

/* One %-slot. Slots that recurse go through expand() with a depth guard. */
static void expand_slot(doc *d, char c)
{
	const host *h = doc_host(d);
	switch (c) {
	case 'P': sb_puts(d->text, place_name(d)); break;
	case 'L': sb_puts(d->text, level_noun(h->kind)); break;
	case 'A': sb_puts(d->text, level_adj(h->kind)); break;
	case 'S': sb_puts(d->text, pick(&d->r, &ph_sectors)); break;
	case 'F': put_formulation(d); break;
	case 'C': put_congress(d); break;
	case 'X': sb_puts(d->text, rng_chance(&d->r, 0.7) ? "General Secretary Xi Jinping" : "Comrade Xi Jinping"); break;
	case 'N': put_main_name(d); break;
	case 'Y': sb_printf(d->text, "%d", d->year); break;
	case 'Z': sb_printf(d->text, "%d", d->year + 1); break;
	case 'B': sb_puts(d->text, pick(&d->r, &ph_number_words)); break;
	case 'K':
		sb_printf(d->text, "%s Plenary Session of the %s Central Committee", pick(&d->r, &ph_ordinals), d->congress);
		break;
	case 'V': put_verb_phrase(d); break;
	case 'W': put_verb_list(d); break;
	case 'O': expand(d, pick(&d->r, &ph_objects)); break;
	case 'R': expand(d, pick(&d->r, &ph_purposes)); break;
	case 'T': expand(d, pick(&d->r, &ph_contexts)); break;
	case 'G': expand(d, pick(&d->r, &ph_groups)); break;
	case 'M': sb_puts(d->text, pick(&d->r, &ph_modals)); break;
	case 'D': expand(d, pick(&d->r, &ph_topics)); break;
	case 'E': expand(d, pick(&d->r, &ph_predicates)); break;
	case 'U': sb_puts(d->text, level_adj(h->kind)); break;
	default: sb_putc(d->text, '%'); sb_putc(d->text, c); break;
	}
}

/* Writes a fragment, filling its slots. Literal apostrophes turn curly with the document's
 * quote style; names and places keep theirs. */
static void expand(doc *d, const char *t)
{
	if (++d->depth > 6) {
		d->depth--;
		return;
	}
	while (*t) {
		size_t run = strcspn(t, "%\"'");
		sb_put(d->text, t, run);
		t += run;
		if (*t == '%' && t[1]) {
			expand_slot(d, t[1]);
			t += 2;
		} else if (*t == '"') {
			put_quote(d);
			t++;
		} else if (*t == '\'') {
			sb_puts(d->text, d->curly ? "\xe2\x80\x99" : "'");
			t++;
		} else if (*t) {
			sb_putc(d->text, *t++);
		}
	}
	d->depth--;
}

/* A sentence: the fragment expanded, its first letter capitalized, a full stop ensured. */
static void sentence(doc *d, const char *t)
{
	size_t start = d->text->len;
	expand(d, t);
	capitalize_at(d, start);
	if (d->text->len && d->text->p[d->text->len - 1] != '.')
		sb_putc(d->text, '.');
}

/* ---- titles and hosts ($-slots) ---- */

static void unit_words(const doc *d, int named, char *out, size_t cap)
{
	const host *h = doc_host(d);
	static const char *const unit[K_COUNT] = {"Provincial", "Municipal", "Regional", "Municipal", "Municipal",
	                                          "County", "District", ""};
	if (h->kind == K_COUNTY || h->kind == K_DISTRICT) {
		const char *last = strrchr(h->name, ' ');
		snprintf(out, cap, "%s", named ? h->name : last ? last + 1 : unit[h->kind]);
	} else {
		snprintf(out, cap, "%s%s%s", named ? h->name : "", named ? " " : "", unit[h->kind]);
	}
}

static void ministry_part(const doc *d, int part, char *out, size_t cap)
{
	const char *m = ph_ministries.v[doc_host(d)->ministry];
	for (int i = 0; i < part; i++)
		m = strchr(m, '|') + 1;
	size_t n = strcspn(m, "|");
	snprintf(out, cap, "%.*s", (int)n, m);
}

static void expand_dollar(doc *d, const char *t, int named)
{
	static const char *const head[K_COUNT] = {"Governor", "Mayor", "Chairman of the Regional Government", "Mayor",
	                                          "Mayor", "County Magistrate", "District Mayor", ""};
	static const char *const deputy[K_COUNT] = {"Vice Governor", "Vice Mayor", "Vice Chairman of the Regional Government",
	                                            "Vice Mayor", "Vice Mayor", "Deputy County Magistrate",
	                                            "Deputy District Mayor", ""};
	const host *h = doc_host(d);
	char word[256];
	while (*t) {
		size_t run = strcspn(t, "$");
		sb_put(d->text, t, run);
		t += run;
		if (!*t || !t[1])
			break;
		switch (t[1]) {
		case 'U': unit_words(d, named, word, sizeof word); named = 0; break; /* name the place once */
		case 'G': snprintf(word, sizeof word, "%s", head[h->kind]); break;
		case 'V': snprintf(word, sizeof word, "%s", deputy[h->kind]); break;
		case 'B': snprintf(word, sizeof word, "%s", h->kind <= K_REGION ? "Department" : "Bureau"); break;
		case 'E': snprintf(word, sizeof word, "%s", pick(&d->r, &ph_departments)); break;
		case 'M': ministry_part(d, 0, word, sizeof word); break;
		case 'H': ministry_part(d, 1, word, sizeof word); break;
		case 'D': ministry_part(d, 2, word, sizeof word); break;
		default: snprintf(word, sizeof word, "$%c", t[1]); break;
		}
		sb_puts(d->text, word);
		t += 2;
	}
}

static void put_title(doc *d, const official *o)
{
	/* a visitor's post is their own body's, not the host's */
	int doc_host_index = d->host;
	d->host = o->host;
	const phrase_list *roles = doc_host(d)->kind == K_MINISTRY ? &ph_ministry_roles : &ph_local_roles;
	expand_dollar(d, roles->v[o->role], rng_chance(&d->r, 0.3));
	d->host = doc_host_index;
}

static void put_host(doc *d)
{
	const phrase_list *hosts = doc_host(d)->kind == K_MINISTRY ? &ph_ministry_hosts : &ph_local_hosts;
	expand_dollar(d, pick(&d->r, hosts), rng_chance(&d->r, 0.4));
}

/* Moves what was written since start into out, so a phrase can be told twice. */
static void take_since(doc *d, size_t start, char *out, size_t cap)
{
	snprintf(out, cap, "%s", d->text->p + start);
	d->text->len = start;
	d->text->p[start] = '\0';
}

/* Draws the main event's host, type and purpose once: the headline and the lead agree. */
static void draw_event(doc *d)
{
	size_t start = d->text->len;
	put_host(d);
	take_since(d, start, d->ev_host, sizeof d->ev_host);
	expand(d, pick(&d->r, &ph_meeting_types));
	take_since(d, start, d->ev_type, sizeof d->ev_type);
	expand(d, pick(&d->r, &ph_meeting_purposes));
	take_since(d, start, d->ev_purpose, sizeof d->ev_purpose);
}

/* "Name, Title," / "Title Name" / "Comrade Name". */
static void put_person(doc *d, const official *o, int style)
{
	if (style == 0) {
		put_name(d, o);
		sb_puts(d->text, ", ");
		put_title(d, o);
		sb_putc(d->text, ',');
	} else if (style == 1) {
		put_title(d, o);
		sb_putc(d->text, ' ');
		put_name(d, o);
	} else {
		sb_puts(d->text, "Comrade ");
		put_name(d, o);
	}
}

/* ---- the document's parts ---- */

static void put_date(doc *d, int with_part_of_day)
{
	static const char *const parts[] = {"the morning of ", "the afternoon of ", "the evening of "};
	if (with_part_of_day && rng_chance(&d->r, 0.3))
		sb_puts(d->text, parts[rng_below(&d->r, 3)]);
	sb_printf(d->text, "%s %d", month_names[d->month - 1], d->day);
}

static void put_iso_date(doc *d)
{
	sb_printf(d->text, "%04d-%02d-%02d", d->pyear, d->pmonth, d->pday);
}

static void put_headline(doc *d)
{
	size_t start = d->text->len;
	if (d->main && rng_chance(&d->r, 0.35)) {
		put_name(d, d->main);
		sb_puts(d->text, " emphasized at ");
		expand(d, pick(&d->r, &ph_meeting_types));
		sb_puts(d->text, " that it is necessary to ");
		put_verb_phrase(d);
	} else {
		sb_printf(d->text, "%s held %s %s", d->ev_host, d->ev_type, d->ev_purpose);
	}
	capitalize_at(d, start);
	sb_puts(d->text, "\n\n");
	if (rng_chance(&d->r, 0.3)) {
		expand(d, pick(&d->r, &ph_slogans));
		sb_puts(d->text, "\n\n");
	}
}

/* Datelines as the samples have them; some documents have none. u picks the style. */
static void put_dateline(doc *d, double u)
{
	if (u < 0.25) {
		sb_puts(d->text, " date ");
		put_iso_date(d);
		sb_putc(d->text, ' ');
		if (rng_chance(&d->r, 0.3))
			put_headline(d);
	} else if (u < 0.45) {
		put_headline(d);
		sb_puts(d->text, "Release time: ");
		put_iso_date(d);
		sb_printf(d->text, " %02d:%02d:%02d Source: %s %s\n\n", rng_range(&d->r, 7, 22), rng_range(&d->r, 0, 59),
		          rng_range(&d->r, 0, 59), place_name(d), pick(&d->r, &ph_newspapers));
	} else if (u < 0.5) {
		sb_puts(d->text, "Information exchange\n\n");
		put_headline(d);
		sb_puts(d->text, "Date of issue: ");
		put_iso_date(d);
		sb_printf(d->text, " Source: %s", d->ev_host + (strncmp(d->ev_host, "the ", 4) ? 0 : 4));
		sb_puts(d->text, "\n[Font: large in Small Print\n\n");
	} else if (u < 0.65) {
		/* Xinhua: the lead itself carries the dateline */
	} else if (rng_chance(&d->r, 0.5)) {
		put_headline(d);
	}
}

static int is_xinhua(double u)
{
	return u >= 0.5 && u < 0.65;
}

static void put_xinhua_dateline(doc *d)
{
	/* Xinhua datelines name a city: a county's readout is filed from its prefecture. */
	int hi = d->host;
	while (d->w->hosts[hi].kind >= K_COUNTY_CITY && d->w->hosts[hi].kind != K_MINISTRY && d->w->hosts[hi].parent >= 0)
		hi = d->w->hosts[hi].parent;
	const host *h = &d->w->hosts[hi];
	const char *city = h->kind == K_MINISTRY ? "BEIJING" : h->name;
	for (const char *p = city; *p && *p != ' '; p++)
		sb_putc(d->text, (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p));
	sb_printf(d->text, ", %s %d (Xinhua) -- ", month_abbr[d->pmonth - 1], d->pday);
}

static void put_lead(doc *d, int xinhua)
{
	size_t start = d->text->len;
	double u = rng_unit(&d->r);
	if (xinhua) {
		put_xinhua_dateline(d);
		start = d->text->len;
		sb_printf(d->text, "%s held %s on ", d->ev_host, d->ev_type);
		put_date(d, 0);
	} else if (u < 0.1) {
		sb_printf(d->text, "Recently, %s held %s", d->ev_host, d->ev_type);
	} else if (u < 0.2 && d->main) {
		sb_puts(d->text, "On ");
		put_date(d, 1);
		sb_puts(d->text, ", ");
		put_person(d, d->main, 0);
		sb_printf(d->text, " presided over %s of %s", d->ev_type, d->ev_host);
	} else {
		sb_puts(d->text, "On ");
		put_date(d, 1);
		sb_printf(d->text, ", %s held %s", d->ev_host, d->ev_type);
		if (rng_chance(&d->r, 0.15))
			sb_puts(d->text, " in the form of a video conference");
	}
	sb_printf(d->text, " %s", d->ev_purpose);
	capitalize_at(d, start);
	sb_puts(d->text, ". ");
}

static void put_presider(doc *d)
{
	const official *p = d->main;
	switch (rng_below(&d->r, 6)) {
	case 0: put_person(d, p, 0); sb_puts(d->text, " presided over the meeting and delivered a speech. "); break;
	case 1: put_person(d, p, 1); sb_puts(d->text, " presided over the meeting. "); break;
	case 2: sb_puts(d->text, "The meeting was presided over by "); put_person(d, p, 2); sb_puts(d->text, ". "); break;
	case 3: put_person(d, p, 0); sb_puts(d->text, " presided over the meeting and made a concluding speech. "); break;
	case 4: put_person(d, p, 1); sb_puts(d->text, " presided over the meeting and delivered a speech. "); break;
	default: sb_puts(d->text, "The meeting was chaired by "); put_person(d, p, 0);
		d->text->p[d->text->len - 1] = '.'; sb_putc(d->text, ' '); break;
	}
}

static void put_speaker(doc *d, const official *o)
{
	switch (rng_below(&d->r, 4)) {
	case 0: put_person(d, o, 0); sb_puts(d->text, " attended the meeting and delivered a speech. "); break;
	case 1: put_person(d, o, 1); sb_puts(d->text, " conveyed the spirit of "); expand(d, "%C at the meeting. "); break;
	case 2: put_person(d, o, 0); expand(d, " made a report on %S. "); break;
	default: put_person(d, o, 0); sb_puts(d->text, " attended and spoke. "); break;
	}
}

static void put_attendees(doc *d, const official **who, size_t n)
{
	int style = (int)rng_below(&d->r, 5);
	size_t start = d->text->len;
	if (style == 3) {
		sb_printf(d->text, "More than %d people attended the meeting, including ", rng_range(&d->r, 3, 30) * 10);
		expand(d, pick(&d->r, &ph_attendee_groups));
		sb_puts(d->text, " and ");
		expand(d, pick(&d->r, &ph_attendee_groups));
		sb_puts(d->text, ". ");
		return;
	}
	if (style == 2)
		sb_puts(d->text, "Leaders including ");
	else if (style == 4)
		sb_puts(d->text, "Attending the meeting were ");
	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_puts(d->text, i == n - 1 && style != 0 ? " and " : (style == 0 ? " " : ", "));
		if (style == 0)
			put_person(d, who[i], 0);
		else if (style == 2)
			put_person(d, who[i], 1);
		else
			put_name(d, who[i]);
	}
	if (style == 0 || style == 1)
		expand(d, style == 0 ? " and other %A leaders attended the meeting. " : " and other %A leaders attended. ");
	else
		sb_puts(d->text, style == 2 ? " attended the meeting. " : ". ");
	capitalize_at(d, start);
}

/* "earnestly achieve the "four always": always X; always Y ..." */
static void put_numbered(doc *d)
{
	int n = rng_range(&d->r, 2, 5);
	int musts = rng_chance(&d->r, 0.4);
	expand(d, "%G %M earnestly achieve the ");
	put_quote(d);
	sb_printf(d->text, "%s %s", ph_number_words.v[n - 2], musts ? "musts" : "always");
	put_quote(d);
	sb_puts(d->text, ": ");
	for (int i = 0; i < n; i++) {
		if (i)
			sb_puts(d->text, "; ");
		sb_puts(d->text, musts ? "we must " : "always ");
		sb_puts(d->text, pick(&d->r, &ph_numbered_items));
	}
	sb_puts(d->text, ". ");
}

static void put_paragraph(doc *d)
{
	size_t start = d->text->len;
	expand(d, pick(&d->r, &ph_openers));
	sb_putc(d->text, ' ');
	expand(d, pick(&d->r, &ph_clauses));
	capitalize_at(d, start);
	sb_puts(d->text, ". ");
	int n = rng_range(&d->r, 1, 5);
	for (int i = 0; i < n; i++) {
		double u = rng_unit(&d->r);
		if (u < 0.06)
			sb_puts(d->text, pick(&d->r, &ph_fragments));
		else if (u < 0.12) {
			size_t s = d->text->len;
			put_numbered(d);
			capitalize_at(d, s);
			continue;
		} else if (u < 0.55)
			sentence(d, pick(&d->r, &ph_imperatives));
		else
			sentence(d, pick(&d->r, &ph_clauses));
		sb_putc(d->text, ' ');
	}
	while (d->text->len && d->text->p[d->text->len - 1] == ' ')
		d->text->len--;
	sb_puts(d->text, d->para_sep_single ? "\n" : "\n\n");
}

static void put_second_event(doc *d)
{
	sb_puts(d->text, "On the same day, ");
	put_main_name(d);
	sb_puts(d->text, " presided over ");
	expand(d, pick(&d->r, &ph_meeting_types));
	sb_puts(d->text, " of ");
	put_host(d);
	sb_putc(d->text, ' ');
	expand(d, pick(&d->r, &ph_meeting_purposes));
	sb_puts(d->text, ".\n\n");
}

static void put_byline(doc *d)
{
	const strvec *nr = &d->w->newsroom;
	const char *a = nr->v[rng_below(&d->r, nr->n)], *b = nr->v[rng_below(&d->r, nr->n)];
	switch (rng_below(&d->r, 3)) {
	case 0: sb_printf(d->text, "(Reporter %s photographed by %s)", a, b); break;
	case 1: sb_printf(d->text, "(Editors in charge: %s, %s)", a, b); break;
	default: sb_printf(d->text, "(Reporter %s Correspondent %s)", a, b); break;
	}
}

static void put_closing(doc *d)
{
	if (rng_chance(&d->r, 0.6)) {
		sentence(d, pick(&d->r, &ph_closings));
		sb_puts(d->text, d->para_sep_single ? "\n" : "\n\n");
	}
	if (rng_chance(&d->r, 0.4))
		put_byline(d);
	while (d->text->len && (d->text->p[d->text->len - 1] == '\n'))
		d->text->len--;
	d->text->p[d->text->len] = '\0';
}

/* ---- choosing the event's people ---- */

static int days_in_month(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : days[m - 1];
}

static void pick_dates(doc *d)
{
	d->pyear = rng_range(&d->r, 2017, 2024);
	d->pmonth = rng_range(&d->r, 1, 12);
	d->pday = rng_range(&d->r, 1, days_in_month(d->pyear, d->pmonth));
	int back = (int)rng_below(&d->r, 3);
	d->year = d->pyear;
	d->month = d->pmonth;
	d->day = d->pday - back > 0 ? d->pday - back : d->pday;
	int before_20th = d->year < 2022 || (d->year == 2022 && (d->month < 10 || (d->month == 10 && d->day < 23)));
	d->congress = before_20th ? "19th" : "20th";
	d->ymd = d->year * 10000 + d->month * 100 + d->day;
}

static int pick_host(doc *d)
{
	static const double weight[K_COUNT] = {0.12, 0.04, 0.04, 0.36, 0.08, 0.12, 0.08, 0.16};
	const world *w = d->w;
	double u = rng_unit(&d->r);
	int k = 0;
	for (; k < K_COUNT - 1 && (u -= weight[k]) >= 0; k++)
		;
	if (!w->by_kind_n[k])
		k = K_CITY;
	return (int)(w->by_kind_first[k] + rng_below(&d->r, w->by_kind_n[k]));
}

/* Fills who[] with distinct cast members other than the main one; forced joins them. */
static size_t pick_cast(doc *d, const official **who, size_t want, const official *forced)
{
	const host *h = doc_host(d);
	size_t n = 0;
	if (forced && forced != d->main)
		who[n++] = forced;
	for (size_t tries = 0; n < want && tries < 64; tries++) {
		const official *o = &d->w->officials[h->first + rng_below(&d->r, h->n)];
		int dup = o == d->main;
		for (size_t i = 0; i < n && !dup; i++)
			dup = who[i] == o;
		if (!dup)
			who[n++] = o;
	}
	return n;
}

typedef struct composed {
	const official *people[MAX_DOC_PEOPLE]; /* everyone named, for the ground truth */
	size_t npeople;
	int ymd;                                /* the meeting's day */
} composed;

/* Composes document number idx into text. Its draws come from its own stream, so a document
 * is the same whatever the corpus size. fe names a planted person who must appear, or is NULL. */
static void compose(composed *out, sbuf *text, const world *w, uint64_t seed, uint64_t idx, const forced_entry *fe)
{
	doc d = {.r = rng_stream(seed, 1000 + idx), .w = w, .text = text};
	const official *forced = fe ? &w->officials[fe->official] : NULL;
	text->len = 0;
	sb_reserve(text, 16384);
	pick_dates(&d);
	/* a post that changes hands: a day on the side of the change the document must show */
	for (int tries = 0; fe && fe->side && tries < 64 && (d.ymd >= forced->switch_ymd) != (fe->side > 0); tries++)
		pick_dates(&d);
	d.host = forced ? (fe->host >= 0 ? fe->host : forced->host) : pick_host(&d);
	d.curly = rng_chance(&d.r, 0.5);
	d.upper_surnames = rng_chance(&d.r, 0.01);
	d.para_sep_single = rng_chance(&d.r, 0.25);
	const host *h = doc_host(&d);
	d.main = &w->officials[h->first + (rng_chance(&d.r, 0.75) ? rng_below(&d.r, 2) : rng_below(&d.r, h->n))];
	if (forced && rng_chance(&d.r, 0.15))
		d.main = forced;
	double target = exp(log(5200.0) + 0.5 * rng_normal(&d.r));
	size_t want = (size_t)(target < 1800 ? 1800 : target > 12500 ? 12500 : target);

	double style = rng_unit(&d.r);
	draw_event(&d);
	put_dateline(&d, style);
	put_lead(&d, is_xinhua(style));
	put_presider(&d);
	const official *cast[MAX_DOC_PEOPLE];
	size_t nspeak = rng_below(&d.r, 3), nattend = (size_t)rng_range(&d.r, 2, 8);
	if (forced && nspeak == 0)
		nspeak = 1; /* a speaker is always named; an attendee list may name nobody */
	size_t n = pick_cast(&d, cast, nspeak + nattend, forced);
	size_t split = nspeak < n ? nspeak : n;
	for (size_t i = 0; i < split; i++)
		put_speaker(&d, cast[i]);
	if (n > split)
		put_attendees(&d, cast + split, n - split);
	text->len--; /* the space after the last sentence */
	sb_puts(text, d.para_sep_single ? "\n" : "\n\n");
	while (text->len + 250 < want)
		put_paragraph(&d);
	if (rng_chance(&d.r, 0.2))
		put_second_event(&d);
	put_closing(&d);
	out->npeople = d.npeople;
	out->ymd = d.ymd;
	memcpy(out->people, d.people, d.npeople * sizeof *d.people);
}

/* ---- output ---- */

typedef struct options {
	unsigned long long docs, bytes, seed;
	unsigned namesakes, transfers, spellings, leaders;
	const char *out, *format, *data, *truth;
	int quiet;
} options;

typedef struct writer {
	int jsonl;
	FILE *f;          /* the .jsonl stream, or NULL for a folder */
	const char *dir;
	FILE *truth;
	sbuf line;
	unsigned long long bytes, docs, truth_rows;
} writer;

static void json_string(sbuf *b, const char *s, size_t n)
{
	sb_reserve(b, n + n / 8 + 2);
	sb_putc(b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			sb_putc(b, '\\');
			sb_putc(b, (char)c);
		} else if (c == '\n') {
			sb_puts(b, "\\n");
		} else if (c < 0x20) {
			sb_printf(b, "\\u%04x", c);
		} else {
			sb_putc(b, (char)c);
		}
	}
	sb_putc(b, '"');
}

static void write_doc(writer *wr, const char *id, const sbuf *text)
{
	if (!wr->jsonl) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s.txt", wr->dir, id);
		FILE *f = fopen(path, "wb");
		if (!f || fwrite(text->p, 1, text->len, f) != text->len || fclose(f) != 0)
			die("%s: %s", path, strerror(errno));
		wr->bytes += text->len;
		return;
	}
	wr->line.len = 0;
	sb_printf(&wr->line, "{\"id\":\"%s\",\"source\":\"gen_corpus\",\"text\":", id);
	json_string(&wr->line, text->p, text->len);
	sb_puts(&wr->line, "}\n");
	if (fwrite(wr->line.p, 1, wr->line.len, wr->f) != wr->line.len)
		die("%s: write failed: %s", wr->dir ? wr->dir : "output", strerror(errno));
	wr->bytes += wr->line.len;
}

/* The post as the cast has it, without the place's name: "Vice Governor". */
static void role_title(char *out, size_t cap, const world *w, const official *o)
{
	sbuf b = {0};
	doc d = {.r = rng_stream(0, 0), .w = w, .text = &b, .host = o->host};
	const phrase_list *roles = w->hosts[o->host].kind == K_MINISTRY ? &ph_ministry_roles : &ph_local_roles;
	expand_dollar(&d, roles->v[o->role], 0);
	snprintf(out, cap, "%s", b.p ? b.p : "");
	free(b.p);
}

static void write_truth(writer *wr, const world *w, const char *id, const composed *c)
{
	if (!wr->truth)
		return;
	char title[512];
	static const char *const kinds[] = {"namesake", "transfer", "spelling", "leader"};
	for (size_t i = 0; i < c->npeople; i++) {
		const official *o = c->people[i];
		int pk = planted_of(o, c->ymd);
		if (pk < 0)
			continue;
		const namesake *ns = &w->namesakes[pk];
		const host *h = &w->hosts[o->host];
		int prov = province_of(w, o->host);
		role_title(title, sizeof title, w, o);
		fprintf(wr->truth, "{\"doc\":\"%s\",\"name\":\"%s\",\"person\":\"%s\",\"kind\":\"%s\",\"place\":\"%s\","
		                   "\"province\":\"%s\",\"title\":\"%s\"}\n",
		        id, ns->name, ns->key, kinds[ns->kind], h->name, prov >= 0 ? w->hosts[prov].name : "central", title);
		wr->truth_rows++;
	}
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void open_writer(writer *wr, const options *o)
{
	wr->jsonl = o->format ? strcmp(o->format, "jsonl") == 0 : strcmp(o->out, "-") == 0 || ends_with(o->out, ".jsonl");
	if (o->format && !wr->jsonl && strcmp(o->format, "txt") != 0)
		die("--format: '%s' is not txt or jsonl", o->format);
	if (!wr->jsonl && strcmp(o->out, "-") == 0)
		die("--format txt needs a folder for --out");
	static char truth_path[4096];
	const char *truth = o->truth;
	int planting = o->namesakes || o->transfers || o->spellings || o->leaders;
	if (wr->jsonl) {
		wr->f = strcmp(o->out, "-") == 0 ? stdout : fopen(o->out, "wb");
		if (!wr->f)
			die("%s: %s", o->out, strerror(errno));
		setvbuf(wr->f, NULL, _IOFBF, 1 << 20);
		wr->dir = o->out;
		if (!truth && planting && wr->f != stdout) {
			size_t stem = strlen(o->out) - (ends_with(o->out, ".jsonl") ? 6 : 0);
			snprintf(truth_path, sizeof truth_path, "%.*s.truth.jsonl", (int)stem, o->out);
			truth = truth_path;
		}
	} else {
		if (mkdir(o->out, 0777) != 0 && errno != EEXIST)
			die("%s: %s", o->out, strerror(errno));
		wr->dir = o->out;
		if (!truth && planting) {
			snprintf(truth_path, sizeof truth_path, "%s/truth.jsonl", o->out);
			truth = truth_path;
		}
	}
	if (planting && !truth)
		die("--plant-* with --out - needs --truth FILE");
	if (truth && planting && !(wr->truth = fopen(truth, "w")))
		die("%s: %s", truth, strerror(errno));
	if (!o->quiet && wr->truth)
		fprintf(stderr, "gen_corpus: ground truth in %s\n", truth);
}

static void close_writer(writer *wr)
{
	if (wr->f && (fflush(wr->f) != 0 || ferror(wr->f)))
		die("output: write failed: %s", strerror(errno));
	if (wr->f && wr->f != stdout)
		fclose(wr->f);
	if (wr->truth && fclose(wr->truth) != 0)
		die("truth file: write failed");
	free(wr->line.p);
}

/* ---- main ---- */

static void usage(FILE *f)
{
	fprintf(f,
	        "usage: gen_corpus [--docs N] [--bytes TOTAL] [--seed S] --out DIR|FILE.jsonl|-\n"
	        "                  [--format txt|jsonl] [--data DIR] [--plant-namesakes K] [--plant-transfers K]\n"
	        "                  [--plant-spellings K] [--plant-leaders K] [--truth FILE] [--quiet]\n"
	        "\n"
	        "Writes synthetic English readouts of Chinese official meetings, the same for the same seed.\n"
	        "  --docs N             number of documents (default 100; with --bytes, an upper bound)\n"
	        "  --bytes TOTAL        stop once TOTAL bytes are written (k/M/G = 1024-based)\n"
	        "  --seed S             the PRNG seed (default 1)\n"
	        "  --out DIR|FILE|-     a folder of ID.txt files, a .jsonl file, or - for JSON Lines on stdout\n"
	        "  --format txt|jsonl   default: jsonl for - and *.jsonl, else txt\n"
	        "  --data DIR           the lexicons: surnames.tsv, pinyin.tsv, places.tsv... (default ./data)\n"
	        "  --plant-namesakes K  K pairs of different people sharing one name, in different provinces\n"
	        "  --plant-transfers K  K officials moved from a post in one province to one in another\n"
	        "  --plant-spellings K  K officials whose names are written three ways (Lü/Lv/Lyu, Min'an/Minan/Min-an)\n"
	        "  --plant-leaders K    K central officials also named in provincial and city readouts\n"
	        "  --truth FILE         the planted people's ground truth, JSON Lines (default FILE.truth.jsonl\n"
	        "                       or DIR/truth.jsonl)\n"
	        "  --quiet              no summary on stderr\n");
}

static unsigned long long parse_size(const char *opt, const char *s)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	int shift = 0;
	if (*end == 'k' || *end == 'K') shift = 10, end++;
	else if (*end == 'm' || *end == 'M') shift = 20, end++;
	else if (*end == 'g' || *end == 'G') shift = 30, end++;
	if (errno || end == s || *end || s[0] == '-')
		die("%s: '%s' is not a size", opt, s);
	return v << shift;
}

static void parse_options(options *o, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"docs", required_argument, NULL, 'n'}, {"bytes", required_argument, NULL, 'b'},
		{"seed", required_argument, NULL, 's'}, {"out", required_argument, NULL, 'o'},
		{"format", required_argument, NULL, 'f'}, {"data", required_argument, NULL, 'd'},
		{"plant-namesakes", required_argument, NULL, 'k'}, {"truth", required_argument, NULL, 't'},
		{"plant-transfers", required_argument, NULL, 'T'}, {"plant-spellings", required_argument, NULL, 'S'},
		{"plant-leaders", required_argument, NULL, 'L'},
		{"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	int opt;
	*o = (options){.seed = 1, .data = "data"};
	while ((opt = getopt_long(argc, argv, "n:b:s:o:f:d:k:t:qh", longopts, NULL)) != -1) {
		switch (opt) {
		case 'n': o->docs = parse_size("--docs", optarg); break;
		case 'b': o->bytes = parse_size("--bytes", optarg); break;
		case 's': o->seed = parse_size("--seed", optarg); break;
		case 'o': o->out = optarg; break;
		case 'f': o->format = optarg; break;
		case 'd': o->data = optarg; break;
		case 'k': o->namesakes = (unsigned)parse_size("--plant-namesakes", optarg); break;
		case 'T': o->transfers = (unsigned)parse_size("--plant-transfers", optarg); break;
		case 'S': o->spellings = (unsigned)parse_size("--plant-spellings", optarg); break;
		case 'L': o->leaders = (unsigned)parse_size("--plant-leaders", optarg); break;
		case 't': o->truth = optarg; break;
		case 'q': o->quiet = 1; break;
		case 'h': usage(stdout); exit(0);
		default: usage(stderr); exit(2);
		}
	}
	if (!o->out || optind != argc) {
		usage(stderr);
		exit(2);
	}
	if (o->namesakes > MAX_NAMESAKES || o->transfers > MAX_NAMESAKES || o->spellings > MAX_NAMESAKES ||
	    o->leaders > MAX_NAMESAKES)
		die("--plant-*: at most %d of each", MAX_NAMESAKES);
	if (!o->docs && !o->bytes)
		o->docs = 100;
}

/* The planted person doc idx must show, if any: the first documents take the forced entries
 * in turn, APPEARANCES_FORCED rounds, so each appears at least that often (more by chance later). */
static const forced_entry *forced_for(const world *w, unsigned long long idx)
{
	if (!w->nforced || idx >= (unsigned long long)w->nforced * APPEARANCES_FORCED)
		return NULL;
	return &w->forced[idx % w->nforced];
}

int main(int argc, char **argv)
{
	options o;
	parse_options(&o, argc, argv);
	world w = {0};
	load_data(&w, o.data);
	build_casts(&w, o.seed);
	plant_namesakes(&w, o.seed, o.namesakes);
	plant_transfers(&w, o.seed, o.transfers);
	plant_spellings(&w, o.seed, o.spellings);
	plant_leaders(&w, o.seed, o.leaders);
	writer wr = {0};
	open_writer(&wr, &o);
	if (!o.quiet && w.nforced && o.docs && o.docs < (unsigned long long)w.nforced * APPEARANCES_FORCED)
		fprintf(stderr, "gen_corpus: warning: %llu documents are too few for every planted person to appear %d times\n",
		        o.docs, APPEARANCES_FORCED);
	sbuf text = {0};
	composed c;
	char id[32];
	for (unsigned long long i = 0; (!o.docs || i < o.docs) && (!o.bytes || wr.bytes < o.bytes); i++) {
		snprintf(id, sizeof id, "gen-%07llu", i + 1);
		compose(&c, &text, &w, o.seed, i, forced_for(&w, i));
		write_doc(&wr, id, &text);
		write_truth(&wr, &w, id, &c);
		wr.docs++;
	}
	close_writer(&wr);
	if (!o.quiet)
		fprintf(stderr, "gen_corpus: %llu documents, %llu bytes, %zu people (%zu planted, %llu truth rows)\n",
		        wr.docs, wr.bytes, w.nofficials, w.nnamesakes, wr.truth_rows);
	free(text.p);
	world_free(&w);
	return 0;
}
