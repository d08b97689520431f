/* extract/orgs.h — organizations: finding the bodies a text names and judging what their
 * names say of their level and place (internal). The one place that decides whether a body
 * or a post is central: the extractor's hosts, places, levels and the store's person regions
 * all ask here. Vocabulary: data/orgs.tsv, the places gazetteer and vocab.tsv's level words. */
#ifndef READOUT_EXTRACT_ORGS_H
#define READOUT_EXTRACT_ORGS_H

#include "lexicon/lexicon_impl.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What a name says of the body it names. */
typedef struct org_judgement {
	int level;          /* enum org_level; OL_NONE when the name does not say */
	int place;          /* the place the name gives (lexicon index), or -1 */
	char level_word;    /* 'p', 'm', 'c', 's' (prefecture "State"): a level word with no place */
	bool named;         /* the level word follows a name the gazetteer does not know ("Songlin
	                     * Municipal Party Committee"): a place, but not one to look for */
	bool central_post;  /* a post of a national body ("Premier", "Vice Chairman of the NPC") */
} org_judgement;

/* Token range of a text with what the lexicon knows of each token: the tokens' classes and
 * phrase hits, and which tokens are people (mention_at, NULL if none). */
typedef struct org_text {
	const readout_lexicon *lex;
	const char *text;
	const token *tok;
	const phrase_hit *hits;
	const int32_t *mention_at;
	size_t ntok;
} org_text;

/* Judges tokens [a, b) as the name of a body or a post ("Secretary of the Jinjiang Municipal
 * Party Committee", "State Council", "Vice Premier"). The parts of a name joined by "of" are
 * read from the outermost body in: the first part that says anything decides. */
void org_judge(org_judgement *out, const org_text *t, size_t a, size_t b);

/* For a seat ("Deputy to the NPC", "Delegate to the 20th National Congress"), which org_judge
 * finds says nothing of its holder's level or post: the level of the body the seat is in
 * (enum org_level). OL_NONE for tokens [a, b) that name no seat or no level. */
int org_seat_level(const org_text *t, size_t a, size_t b);

/* The same for a string (a stored title): tokenizes it with the lexicon. Returns 0, or
 * READOUT_ENOMEM with out judging nothing. */
int org_judge_text(org_judgement *out, const readout_lexicon *lex, const char *text, size_t len);

/* Whether token k opens what the body named before it is for: a group's remit ("Leading Group
 * on X", "a leading group overseeing Hainan's reform"). A place in the remit is not the body's. */
bool org_remit_opens(const org_text *t, size_t k);

/* The level name of an enum org_level ("central", ...), or NULL for OL_NONE. */
const char *org_level_name(int level);

/* The org_level of a place of the gazetteer. */
int org_level_of_place(int place_level);

/* Whether the capitalized place name of the gazetteer at token k (len tokens) names that
 * place, and not a smaller unit called after it ("Xiangyang Township", "Jiefang Road"). */
bool org_place_stands(const org_text *t, size_t k, size_t len);

#endif
