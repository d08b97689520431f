/* extract/identity.h — who is who across documents (internal): the rule that decides which
 * mentions of one name are one person. It works on summaries the store hands it and never
 * touches a database, so the rule has one home and tests of its own.
 *
 * A mention's facet is where its posts put its holder: "central", a provincial-level unit, or
 * one of its prefecture-level areas ("Hubei/Wuhan"); a facet is hard when a post the holder
 * works in gives it, soft when only a seat or a group's leadership does ("Member of the
 * Political Bureau", "Leader of the Steering Group"). A mention whose posts place nothing takes
 * a weak facet from its readout's province ("Hubei?"), none in a national readout or one of
 * no place: it says only where the person was named, and never gives a person a region. The
 * facets of a name are grouped into persons:
 * - Two hard facets whose dated mentions overlap in time but whose places cannot be held at
 *   once (two provinces, central and local, two prefectures of a province) are two people.
 * - A weak facet clashes only with a hard facet of another province over the same dates: an
 *   untitled Wang Yong in Fujian readouts while a Hunan Wang Yong holds posts is a Fujian one.
 * - Otherwise facets of one region are one person, as are central and local ones (national
 *   leaders named in local texts, officials promoted or sent down), and soft facets join; a
 *   weak facet of another province joins last.
 * - Facets of two provinces (or of two prefectures of one province) are one person only when
 *   the dated documents of the two places, posts and untitled mentions, do not overlap in time,
 *   and either they fall apart as a transfer's would with at most IDENTITY_TRANSFER_CHANCE of
 *   namesakes active over the same years showing such a clean split (2 a! b! / (a + b)! for a
 *   and b dated documents), or a post of either place changed hands (handed) as a move from
 *   the earlier place to the later would leave it: an official who left a post has a successor
 *   in it, one who arrived a predecessor, while a namesake in office holds theirs alone.
 * - Overrides come first: facets a user merged are one person, a facet split off is alone.
 * Facets are joined strongest link first (same region, central and local, soft, transfers by
 * their chance, weak), a join refused when it would put a conflicting pair together, so the persons
 * depend on the facets only, not on the order documents came in. */
#ifndef READOUT_EXTRACT_IDENTITY_H
#define READOUT_EXTRACT_IDENTITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The largest chance that namesakes' mentions split in time as cleanly as observed for two
 * provinces' facets to be taken, on that alone, for one person's transfer. A transfer always
 * splits cleanly, and most also leave a post that changed hands (identity_facet.handed), which
 * joins them whatever the split; so a split alone must be one that at most one namesake pair
 * in four would show (bench/README.md, "Person resolution", measures 0.1 to 0.5). */
#define IDENTITY_TRANSFER_CHANCE 0.25

/* The dated documents a weak facet needs to clash: one untitled mention in a readout whose
 * place the reader guessed ("the Municipal Party Committee") splits no one. */
#define IDENTITY_WEAK_CLASH 2

enum { IDENTITY_FACET_MAX = 96 };

/* When another held a facet's post: at a time not known against the holder's (one of them
 * undated), after them (a successor), before them (a predecessor). A transfer leaves a
 * successor in the place left and a predecessor in the place reached. */
enum { IDENTITY_HANDED_UNDATED = 1, IDENTITY_HANDED_AFTER = 2, IDENTITY_HANDED_BEFORE = 4 };

typedef struct identity_facet {
	char key[IDENTITY_FACET_MAX]; /* "central", "Hebei", "Hubei/Wuhan", with "~" after a soft one,
	                               * "?" after a weak one */
	char first[11], last[11];     /* its dated mentions' first and last dates, "" for none */
	int64_t dated, documents;     /* documents with a date, all documents */
	int64_t person;               /* the person it belongs to now, 0 for a facet not stored yet */
	unsigned handed;              /* a post its holder holds there changed hands: another held it,
	                               * never beside them; IDENTITY_HANDED_* bits (the store's
	                               * evidence; 0 when not looked for) */
	size_t cluster;               /* out: identity_cluster's group */
} identity_facet;

/* A user's correction for one name (src/extract/overrides.c reads them from a file). */
enum identity_override_kind { IDENTITY_MERGE = 1, IDENTITY_SPLIT };
typedef struct identity_override {
	int kind;
	const char *a, *b; /* regions or "region/area"; b for merges only */
} identity_override;

/* The facet key of a region, an area (NULL for none) and softness into out; returns false
 * when it does not fit. */
bool identity_facet_key(char *out, size_t cap, const char *region, const char *area, bool soft);

/* The region of a facet key ("Hubei" of "Hubei/Wuhan~") into out. */
void identity_facet_region(char *out, size_t cap, const char *key);

/* Whether a facet is a hard one of a local place: a post held there, not a seat, not central,
 * not where an untitled mention was named. */
bool identity_facet_local_post(const char *key);

/* Whether a facet may give its person a region: false for a weak one. */
bool identity_facet_places(const char *key);

/* Whether two hard facets cannot be held at once (different provinces, central and local,
 * two areas of one province), and whether their dated mentions overlap in time. */
bool identity_places_clash(const identity_facet *a, const identity_facet *b);
bool identity_overlap(const identity_facet *a, const identity_facet *b);

/* The chance that namesakes' a and b dated documents split cleanly in time. */
double identity_split_chance(int64_t a, int64_t b);

/* Groups the n facets of one name: sets each facet's cluster (0 .. k - 1, numbered by their
 * first facet in the order given) and returns k. overrides may be NULL. Returns 0 for n = 0,
 * and SIZE_MAX when out of memory. */
size_t identity_cluster(identity_facet *f, size_t n, const identity_override *ov, size_t nov);

/* The person of each of k clusters into person[k]: the stored person holding most of the
 * cluster's documents, each stored person given to one cluster at most (the larger); 0 where
 * a cluster needs a new person. Returns false when out of memory. */
bool identity_assign(int64_t *person, const identity_facet *f, size_t n, size_t k);

/* The group of a mention of no facet (untitled, or titled without a place, in a readout that
 * names no place), chosen among k groups by what its document shares with each group's
 * documents: evidence[c] counts the document's other people named in group c's documents
 * (colleagues of one body are named together) and its posts' names held in group c's (two
 * namesakes hold different posts). The group of most evidence; now (the mention's current
 * group, SIZE_MAX for none) when it ties for most; SIZE_MAX when no group shares anything,
 * and the mention stays where it is. */
size_t identity_unplaced(const int64_t *evidence, size_t k, size_t now);

/* The facet among f (n of them) that gives a person's region: the latest by dates (hard
 * before soft), else the one of most documents, a weak one only when all are; its index, or
 * SIZE_MAX for n = 0. */
size_t identity_home(const identity_facet *f, size_t n);

#endif
