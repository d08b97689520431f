/* posts.c — a title's post. The title is read twice: once as it is, for what orgs.c judges of
 * its body's level and place and to see which words belong to phrases of data/posts.tsv; then
 * without its places, level words, numbers, brackets and the words posts.tsv skips (its
 * "skeleton": "Secretary of the CPC Hebei Provincial Committee" is "secretary of cpc
 * committee"), where the rank and the body are found. A title opening with a rank names its
 * body after it ("Director of the Standing Committee of the Provincial People's Congress");
 * one that does not names it before ("CPC Hunan Provincial Committee deputy secretary",
 * "Hunan governor"). Depends on the lexicon and orgs.c; no document state. */
#include "extract/posts.h"
#include "extract/identity.h"
#include "util/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_TITLE_TOKENS = 256 };

/* One phrase of posts.tsv, or one other word, of the skeleton. */
typedef struct item {
	int kind;     /* PK_RANK, PK_BODY, or 0 for another word */
	int word;     /* post_words index, or -1 */
	size_t at, n; /* skeleton tokens */
} item;

typedef struct reader {
	const readout_lexicon *lex;
	const char *text;
	token *skel;
	size_t ns;
	item *items;
	size_t ni;
} reader;

static bool is_function_word(const readout_lexicon *lex, const token *tk)
{
	return tk->kind == TOK_WORD && (tk->word & W_FUNC) && (lex_word_ext(lex, tk) & (X_ORGJOIN | X_OF | X_ARTICLE));
}

static char level_word_of(uint32_t wc)
{
	return (wc & W_LVL_PROV) ? 'p' : (wc & W_LVL_PREF) ? 'm' : (wc & W_LVL_COUNTY) ? 'c' : 0;
}

/* The title's skeleton into r->skel: the words of posts.tsv's phrases as they stand, and the
 * other words that are not places, level words, numbers or bracketed abbreviations. */
static void build_skeleton(reader *r, post_reading *out, const token *tk, size_t n, const phrase_hit *hits)
{
	const readout_lexicon *lex = r->lex;
	for (size_t k = 0; k < n; k++) {
		uint32_t v;
		size_t m = lex_phrase_match(&lex->post_phrases, r->text, tk, k, n, &v);
		if (m) {
			int kind = lex->post_words[v].kind;
			if (kind == PK_FORMER)
				out->former = true;
			if (kind == PK_RANK || kind == PK_BODY)
				for (size_t j = k; j < k + m; j++)
					if ((tk[j].kind == TOK_WORD && !(lex_word_ext(lex, &tk[j]) & X_ARTICLE)) || tk[j].kind == TOK_POSS)
						r->skel[r->ns++] = tk[j];
			k += m - 1;
			continue;
		}
		const token *t = &tk[k];
		if (t->kind == TOK_PUNCT) {
			/* "(CPC)", "(NPC)": an abbreviation of what stands before it */
			if (t->ch == '(') {
				size_t j = k + 1;
				while (j < n && j < k + 5 && tk[j].ch != ')')
					j++;
				if (j < n && tk[j].ch == ')')
					k = j;
			}
			continue;
		}
		/* numbers, ordinals, articles, and possessives outside a phrase ("Yunnan's") */
		if (t->kind != TOK_WORD || (t->flags & TF_ORDINAL) || (lex_word_ext(lex, t) & X_ARTICLE))
			continue;
		size_t pn = hits[k].len[PB_PLACE];
		if (pn) {
			k += pn - 1;
			continue;
		}
		char lw = level_word_of(t->word);
		if (lw) {
			if (!out->level_word)
				out->level_word = lw;
			continue;
		}
		r->skel[r->ns++] = *t;
	}
}

/* The skeleton as phrases and words, longest phrase first. */
static void find_items(reader *r)
{
	for (size_t k = 0; k < r->ns;) {
		uint32_t v;
		size_t m = lex_phrase_match(&r->lex->post_phrases, r->text, r->skel, k, r->ns, &v);
		int kind = m ? r->lex->post_words[v].kind : 0;
		if (kind == PK_RANK || kind == PK_BODY) {
			r->items[r->ni++] = (item){kind, (int)v, k, m};
			k += m;
		} else {
			r->items[r->ni++] = (item){0, -1, k, 1};
			k++;
		}
	}
}

static bool item_is_function(const reader *r, const item *it)
{
	return it->kind == 0 && is_function_word(r->lex, &r->skel[it->at]);
}

/* The body post_words index whose name is name, one that fixes no level if there is one
 * ("people's government", not "autonomous region"), or -1. */
static int body_named(const readout_lexicon *lex, const char *name)
{
	int found = -1;
	for (size_t i = 0; name && i < lex->npost_words; i++) {
		const lex_post_word *w = &lex->post_words[i];
		if (w->kind == PK_BODY && strcmp(w->value, name) == 0 && (found < 0 || w->level == OL_NONE)) {
			found = (int)i;
			if (w->level == OL_NONE)
				break;
		}
	}
	return found;
}

/* A body a standard body belongs to without being another post's ("of the Party Committee"). */
static bool is_parent_body(const lex_post_word *w)
{
	static const char *const parents[] = {"party committee", "central committee", "people's government", "state council"};
	for (size_t i = 0; i < sizeof parents / sizeof *parents; i++)
		if (strcmp(w->value, parents[i]) == 0)
			return true;
	return false;
}

/* The words of items [a, b) lower case, space-separated, into out->words. */
static void words_of(const reader *r, size_t a, size_t b, post_reading *out)
{
	size_t o = 0;
	for (size_t i = a; i < b; i++)
		for (size_t k = r->items[i].at; k < r->items[i].at + r->items[i].n; k++) {
			char w[64];
			size_t n = lex_token_key(r->text, &r->skel[k], w, sizeof w);
			if (!n || o + n + 2 > sizeof out->words)
				continue;
			if (o)
				out->words[o++] = ' ';
			memcpy(out->words + o, w, n);
			o += n;
		}
	out->words[o] = '\0';
}

/* Whether item i is the word w ("and", "of"). */
static bool item_is(const reader *r, size_t i, const char *w)
{
	const item *it = &r->items[i];
	char k[16];
	return it->kind == 0 && lex_token_key(r->text, &r->skel[it->at], k, sizeof k) && strcmp(k, w) == 0;
}

/* Rank and body from the items: a title opening with its rank names the body after it ("of
 * X"), one ending with it names the body before it. */
static void read_items(reader *r, post_reading *out)
{
	const readout_lexicon *lex = r->lex;
	size_t rank = SIZE_MAX, a, b;
	if (r->ni && r->items[0].kind == PK_RANK) {
		rank = 0;
		a = 1;
		/* "A of X and B of Y" unsplit: the first post */
		for (b = a; b < r->ni; b++)
			if (item_is(r, b, "and") && b + 1 < r->ni && r->items[b + 1].kind == PK_RANK)
				break;
		/* words after the rank that do not name its body ("Secretary on May 7") */
		if (b > a && r->items[a].kind != PK_BODY && !item_is(r, a, "of") && !item_is(r, a, "for"))
			b = a;
	} else {
		for (size_t i = r->ni; i-- > 0 && rank == SIZE_MAX;)
			if (r->items[i].kind == PK_RANK)
				rank = i;
		a = 0;
		b = rank;
	}
	if (rank == SIZE_MAX)
		return;
	while (a < b && item_is_function(r, &r->items[a]))
		a++;
	while (b > a && item_is_function(r, &r->items[b - 1]))
		b--;
	const lex_post_word *rw = &lex->post_words[r->items[rank].word];
	size_t bodies = 0, words = 0, first_body = SIZE_MAX, second_body = SIZE_MAX;
	bool marked = false; /* a word that names something: capitalized, or a word of bodies */
	for (size_t i = a; i < b; i++) {
		const item *it = &r->items[i];
		const token *tk = &r->skel[it->at];
		if (it->kind == PK_BODY) {
			bodies++;
			out->concurrent |= lex->post_words[it->word].concurrent;
			if (first_body == SIZE_MAX)
				first_body = i;
			else if (second_body == SIZE_MAX)
				second_body = i;
			marked = true;
		} else if (!item_is_function(r, it)) {
			words++;
			marked |= (tk->flags & (TF_CAP | TF_ALLCAPS)) || (tk->word & (W_ORG | W_INSTITUTION));
		}
	}
	if (a == b) {
		out->rank = r->items[rank].word;
		out->body = body_named(lex, rw->body);
		out->bare = out->body < 0; /* "Director": a rank of no body */
		return;
	}
	bool standard = words == 0 && (bodies == 1 || (bodies == 2 && is_parent_body(&lex->post_words[r->items[second_body].word])));
	if (!standard && !marked)
		return; /* "head of the fifth round" */
	out->rank = r->items[rank].word;
	if (standard) {
		out->body = r->items[first_body].word;
		return;
	}
	/* a body the words name, when they open with its kind ("Party Group of the CPPCC") */
	out->named = true;
	out->body = first_body == a ? r->items[first_body].word : -1;
	words_of(r, a, b, out);
}

int post_read(post_reading *out, const readout_lexicon *lex, const char *title, size_t len)
{
	memset(out, 0, sizeof *out);
	out->rank = out->body = -1;
	out->judged.place = -1;
	if (!lex || !lex->npost_words || !len)
		return 0;
	tokens tk = {0};
	phrase_hit *hits = NULL;
	reader r = {lex, NULL, NULL, 0, NULL, 0};
	/* the tokenizer wants a NUL at text[len] */
	char *copy = malloc(len + 1);
	int rc = copy ? 0 : READOUT_ENOMEM;
	if (!rc) {
		memcpy(copy, title, len);
		copy[len] = '\0';
		r.text = copy;
		rc = tokens_build(&tk, copy, len, MAX_TITLE_TOKENS);
		if (rc == READOUT_ETOOBIG) /* no title is that long: a run of text, no post */
			rc = 0, tk.n = 0;
	}
	if (!rc && tk.n && (!(hits = calloc(tk.n, sizeof *hits)) || !(r.skel = malloc(tk.n * sizeof *r.skel)) ||
	                    !(r.items = malloc(tk.n * sizeof *r.items))))
		rc = READOUT_ENOMEM;
	if (!rc && tk.n) {
		lex_classify_tokens(lex, copy, tk.v, tk.n);
		lex_find_phrases(lex, tk.v, 0, tk.n, hits);
		org_text t = {lex, copy, tk.v, hits, NULL, tk.n};
		org_judge(&out->judged, &t, 0, tk.n);
		out->seat_level = org_seat_level(&t, 0, tk.n);
		build_skeleton(&r, out, tk.v, tk.n, hits);
		find_items(&r);
		read_items(&r, out);
	}
	free(r.items);
	free(r.skel);
	free(hits);
	free(copy);
	tokens_dispose(&tk);
	return rc == READOUT_ENOMEM ? readout_error__set(rc, "out of memory") : rc;
}

/* ---- in a document ---- */

static int level_of_word(char lw)
{
	return lw == 'p' ? OL_PROVINCIAL : lw == 'm' ? OL_PREFECTURAL : lw == 'c' ? OL_COUNTY : OL_NONE;
}

/* The place among place and its ancestors whose level is level, or -1. */
static int place_at_level(const readout_lexicon *lex, int place, int level)
{
	for (int hops = 0; place >= 0 && hops < 4; hops++) {
		if (org_level_of_place(lex->places[place].level) == level)
			return place;
		place = lex->places[place].parent;
	}
	return -1;
}

/* A body kind the title's own words do not place takes the document's level: "the Party
 * Committee" of a county readout is the county's. Not a national document's: its "Party
 * Committee" is a ministry's or an enterprise's, not a central body. */
static bool takes_document_level(const lex_post_word *body, int doc_level)
{
	return body && body->level == OL_NONE && doc_level != OL_CENTRAL;
}

static const char *level_adjective(int level)
{
	switch (level) {
	case OL_CENTRAL: return "central ";
	case OL_PROVINCIAL: return "provincial ";
	case OL_PREFECTURAL: return "municipal ";
	case OL_COUNTY: return "county ";
	default: return "";
	}
}

static void name_post(post *out, const post_reading *r, const readout_lexicon *lex)
{
	if (r->named) {
		snprintf(out->name, sizeof out->name, "%s of %s", out->rank, r->words);
		out->organization = r->words;
		return;
	}
	/* the name for the level, else the name for any level ("mayor" of a readout that does
	 * not say which), else one made of the parts */
	char key[POST_NAME_MAX + 64];
	const char *level = org_level_name(out->level);
	for (int pass = 0; pass < 2; pass++) {
		int n = snprintf(key, sizeof key, "%s|%s|%s", out->rank, out->body, pass == 0 && level ? level : "-");
		uint32_t v;
		if (n > 0 && (size_t)n < sizeof key && strmap_get(&lex->post_names, key, (size_t)n, &v)) {
			snprintf(out->name, sizeof out->name, "%s", lex->post_name_values[v]);
			return;
		}
	}
	snprintf(out->name, sizeof out->name, "%s%s %s", level_adjective(out->level), out->body, out->rank);
}

bool post_place(post *out, const post_reading *r, const readout_lexicon *lex, int doc_place, int doc_level)
{
	if (r->rank < 0)
		return false;
	const lex_post_word *rank = &lex->post_words[r->rank];
	const lex_post_word *body = r->body >= 0 ? &lex->post_words[r->body] : NULL;
	memset(out, 0, sizeof *out);
	out->rank = rank->value;
	out->body = body ? body->value : NULL;
	out->side = body && body->side ? body->side : rank->side;
	out->concurrent = rank->concurrent || (body && body->concurrent) || r->concurrent;
	out->former = r->former;
	out->place = out->province = -1;
	if (r->bare) {
		snprintf(out->name, sizeof out->name, "%s", rank->value);
		return true;
	}
	/* the level: the title's body, then what the body, the rank or a level word imply, then
	 * the document's for a body the document's words would name ("the Party Committee") */
	int level = r->judged.level;
	if (level == OL_NONE && out->concurrent)
		level = r->seat_level; /* a seat: the level of the congress it is in */
	if (level == OL_NONE && body && body->level)
		level = body->level;
	if (level == OL_NONE && !r->named && rank->level)
		level = rank->level;
	if (level == OL_NONE)
		level = level_of_word(r->level_word);
	int explicit_place = r->judged.place;
	if (level == OL_NONE && !r->named && explicit_place < 0 && takes_document_level(body, doc_level)) {
		level = doc_level;
		out->borrowed = true;
	}
	if (level == OL_CENTRAL) {
		out->level = level;
		name_post(out, r, lex);
		return true;
	}
	int from = explicit_place >= 0 ? explicit_place : (r->named && level == OL_NONE) ? -1 : doc_place;
	/* "Municipal" in a readout of Chongqing: the municipality, a provincial-level unit */
	if (level == OL_PREFECTURAL && explicit_place < 0 && from >= 0 && place_at_level(lex, from, OL_PREFECTURAL) < 0) {
		int prov = lex_province_of(lex, from);
		if (prov >= 0 && lex->places[prov].level == PL_MUNICIPALITY)
			level = OL_PROVINCIAL;
	}
	if (level == OL_NONE && explicit_place >= 0)
		level = org_level_of_place(lex->places[explicit_place].level);
	out->level = level;
	out->borrowed |= explicit_place < 0 && from >= 0;
	if (from >= 0) {
		out->place = level == OL_OTHER || level == OL_NONE ? -1 : place_at_level(lex, from, level);
		out->province = lex_province_of(lex, from);
	}
	name_post(out, r, lex);
	return true;
}

int post_context_place(const readout_lexicon *lex, int own_place, int doc_place)
{
	if (own_place < 0)
		return doc_place;
	if (doc_place < 0 || lex_province_of(lex, own_place) != lex_province_of(lex, doc_place))
		return own_place;
	return doc_place;
}

bool post_facet(char *out, size_t cap, const post *p, const readout_lexicon *lex)
{
	if (p->former)
		return false;
	if (p->level == OL_CENTRAL)
		return identity_facet_key(out, cap, "central", NULL, p->concurrent);
	if (p->province < 0)
		return false;
	int area = p->place >= 0 && p->level != OL_PROVINCIAL ? place_at_level(lex, p->place, OL_PREFECTURAL) : -1;
	return identity_facet_key(out, cap, lex->places[p->province].name, area >= 0 ? lex->places[area].name : NULL,
	                          p->concurrent);
}

bool post_document_facet(char *out, size_t cap, const readout_lexicon *lex, int doc_place, int doc_level)
{
	if (doc_place < 0 || doc_level == OL_CENTRAL)
		return false;
	int province = lex_province_of(lex, doc_place);
	if (province < 0)
		return false;
	/* the province only: a weak facet clashes and links by province, and a national leader
	 * named in every prefecture's readouts would otherwise carry hundreds of facets */
	size_t n;
	if (!identity_facet_key(out, cap, lex->places[province].name, NULL, false) ||
	    (n = strlen(out)) + 2 > cap)
		return false;
	out[n] = '?';
	out[n + 1] = '\0';
	return true;
}

const char *post_level_name(const post *p)
{
	return org_level_name(p->level);
}

const char *post_side_name(int side)
{
	return side == PS_PARTY ? "party" : side == PS_STATE ? "state" : NULL;
}
