/* extract/posts.h — posts: what a title says of the post it names (internal). The one place that
 * maps a title ("Secretary of the CPC Hebei Provincial Committee", "Hunan governor") to a post:
 * its rank, body, level, place and side, and the name analysts filter by ("provincial party
 * secretary"). The store keeps careers by these posts and resolves people with them.
 * Vocabulary: data/posts.tsv; what a body's name says of its level and place is
 * extract/orgs.c's (org_judge), the one judge of centrality. */
#ifndef READOUT_EXTRACT_POSTS_H
#define READOUT_EXTRACT_POSTS_H

#include "extract/orgs.h"
#include "lexicon/lexicon_impl.h"

#include <stdbool.h>
#include <stddef.h>

enum { POST_NAME_MAX = 160 };

/* What a title says by itself, before a document places it: post_read's result, the same for
 * every document that writes the title (so a batch reads each title once). */
typedef struct post_reading {
	int rank;            /* index into lex->post_words, or -1: no post */
	int body;            /* the post's body (post_words index), or -1 */
	bool named;          /* the title names a body the vocabulary does not know as one body:
	                      * the post is named from its words */
	bool former;         /* "former ...": a past post */
	bool bare;           /* a rank alone ("Director", "Vice Chairman"): its body is not named */
	bool concurrent;     /* a body of the title is one held beside a main post ("Steering Group") */
	char level_word;     /* 'p', 'm', 'c' (orgs.h), or 0 */
	org_judgement judged;/* the title's level and place, as orgs.c reads a body's name */
	int seat_level;      /* a seat's: the level of the body it is in (org_seat_level) */
	char words[POST_NAME_MAX - 48]; /* named: the words after the rank ("national development and reform commission") */
} post_reading;

/* A post: a title read in its document. */
typedef struct post {
	const char *rank;    /* the rank's name (lexicon string) */
	const char *body;    /* the body's name, or NULL */
	char name[POST_NAME_MAX]; /* "provincial party secretary", "director of national development and reform commission" */
	const char *organization; /* named posts: the words naming the body (into the reading), else NULL */
	int level;           /* enum org_level; OL_NONE when neither the title nor the document says */
	int place;           /* the place at the post's level (lexicon index), or -1 */
	int province;        /* the provincial-level unit of the post's place, or -1 */
	int side;            /* enum post_side */
	bool concurrent;     /* held beside a main post: a seat, a group's leadership */
	bool former;
	bool borrowed;       /* its level or place is the document's, not the title's ("the Party Group") */
} post;

/* Reads title[0, len). 0 (out->rank < 0 when the title names no post: no rank, or words
 * after the rank that name nothing, "head of the fifth round"), or READOUT_ENOMEM. A rank
 * alone that implies no body ("Director", "President": of China, a university, a court?) is
 * a bare post: its rank, and nothing of its body, level or place. */
int post_read(post_reading *out, const readout_lexicon *lex, const char *title, size_t len);

/* The post a reading names in a document whose main event is at doc_place (lexicon index, -1
 * for none) and doc_level (enum org_level, OL_NONE for none): a title without a place ("Mayor",
 * "Secretary of the Municipal Party Committee") takes the document's place at the post's
 * level; a bare post takes nothing from the document (its body, and so its level, is not
 * known: a president named in a provincial readout may be the country's), and it is the one
 * post with neither body nor organization: the store tells a bare post by that (a career folds
 * one into the one other post of its rank its holder holds, store/query.c). Returns false, out
 * untouched, for a reading of no post. out->organization points into r, which must outlive out. */
bool post_place(post *out, const post_reading *r, const readout_lexicon *lex, int doc_place, int doc_level);

/* The place a title without one of its own borrows, for a person whose other title in the same
 * document names own_place (lexicon index, -1 for none) in a readout at doc_place: "deputy
 * secretary of the Sichuan Provincial Party Committee and governor" in a joint meeting held in
 * Chongqing is Sichuan's governor. own_place wins when the readout has no place or one in
 * another province; otherwise the readout's place stays (it may be finer: a city's). */
int post_context_place(const readout_lexicon *lex, int own_place, int doc_place);

/* Where a post puts its holder, as a facet key of extract/identity.h: "central", a
 * provincial-level unit, or "Province/Prefecture" for a post below a province's level, with
 * "~" after it for a post held beside another (p->concurrent). False for a former post and for
 * one whose level and province nothing gives. */
bool post_facet(char *out, size_t cap, const post *p, const readout_lexicon *lex);

/* The weak facet of extract/identity.h an untitled mention takes from its readout at
 * doc_place (lexicon index) of doc_level (enum org_level): its province, "Hubei?". False for a
 * national readout and one of no place. */
bool post_document_facet(char *out, size_t cap, const readout_lexicon *lex, int doc_place, int doc_level);

/* The level name of out->level for storing ("central", ...), or NULL. */
const char *post_level_name(const post *p);

/* "party", "state" or NULL. */
const char *post_side_name(int side);

#endif
