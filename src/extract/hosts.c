/* hosts.c — who held an event, and where it belongs: its host, place and level.
 * The host is the body the text says held the event: the subject of "held", "convened",
 * "organized" ("the Provincial Party Committee held", "Hebi City recently held"), the body
 * after "held by", or the body whose meeting it is ("a meeting of the Standing Committee of X
 * was held", "presided over a State Council executive meeting"); a venue ("held at the Party
 * School") is none. The anchor sentence is read first, then the headlines.
 * Level and place come from the host's name (orgs.c), else from the posts of those who
 * presided or spoke, else from the places the text names; a body named only by its kind
 * ("the Municipal Party Committee") takes its place from the text when one fits its level,
 * and a national body has no place. */
#include "extract/doc.h"
#include "extract/hosts.h"
#include "extract/orgs.h"
#include "util/error.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MAX_PLACES = 256, MAX_FILLER = 14, MAX_REMIT = 24 };

typedef struct place_hit {
	int place;
	uint32_t tok, len;
	int score;
	bool by_form; /* named by a formulation of its own ("Double Eight Strategy"): no venue, no agent */
} place_hit;

struct hosts {
	doc *d;
	place_hit places[MAX_PLACES];
	size_t nplaces;
	size_t from; /* the event's first sentence: places before it (but headlines') are another event's */
	size_t footer; /* the page's footer starts at this sentence (d->t->ns: no footer) */
};

static inline uint64_t ext(const doc *d, size_t k)
{
	return k < d->t->n ? lex_word_ext(d->lex, doc_tok(d, k)) : 0;
}

static org_text text_of(const doc *d)
{
	return (org_text){d->lex, d->text, d->t->v, d->hits, d->mention_at, d->t->n};
}

/* Sentence s ends with a photo's credit in brackets: "(Xinhua/Li Ming)". */
static bool ends_with_credit(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	if (se->last - se->first < 4 || !doc_is(d, se->last - 1, ')'))
		return false;
	for (size_t k = se->last - 1; k-- > se->first && !doc_is(d, k, '(');) {
		if (doc_is(d, k, '/'))
			return true;
		/* "(Photo by Xu Guokang)" */
		if (k > se->first && doc_is(d, k - 1, '(') && (doc_wc(d, k) & W_BYLINE) && (ext(d, k + 1) & X_BY))
			return true;
	}
	return false;
}

enum { FURNITURE_MAX_WORDS = 20 }; /* a longer line is text, whatever its words */

/* Sentence s holds a furniture word ("Portal", "Font", "Copyright", "Print"). */
static bool has_furniture_word(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	for (size_t k = se->first; k < se->last; k++)
		if (ext(d, k) & X_CHROME)
			return true;
	return false;
}

/* Sentence s, or the one after it on its line, ends with the photographer's credit. */
static bool caption_line(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	return ends_with_credit(d, s) || (s + 1 < d->t->ns && d->t->s[s + 1].line == se->line && ends_with_credit(d, s + 1));
}

/* Sentence s ends with a credit in square brackets: "[Photo/Xinhua]". */
static bool ends_with_bracketed_credit(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	if (se->last - se->first < 4 || !doc_is(d, se->last - 1, ']'))
		return false;
	for (size_t k = se->last - 1; k-- > se->first && !doc_is(d, k, '[');)
		if (doc_is(d, k, '/'))
			return true;
	return false;
}

bool hosts_caption(const hosts *h, size_t s)
{
	const doc *d = h->d;
	size_t last = s;
	while (last + 1 < d->t->ns && d->t->s[last + 1].line == d->t->s[s].line)
		last++;
	return ends_with_credit(d, last) || ends_with_bracketed_credit(d, last);
}

/* A line of the page's furniture: a short line with a furniture word ("Shandong Provincial
 * Government Portal", "Font size: L M S", "Hotline: ..."), or a photo's caption, which ends
 * its line with the photographer's credit. */
static bool furniture_line(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	if (caption_line(d, s))
		return true;
	return (se->headline || se->last - se->first <= FURNITURE_MAX_WORDS) && has_furniture_word(d, s);
}

/* Where the page's footer starts: the first line of furniture with a furniture word
 * ("Copyright ...", "[Print] [Close]") in the last part of the text. What follows it (an
 * address, a phone number, a site's owner) is the page's too, whatever its words: "Add:
 * Changshun town industrial park in Ulanqab" does not place the report. d->t->ns when none. */
static size_t footer_start(const doc *d)
{
	enum { FOOTER_FROM_PERCENT = 60 }; /* a furniture line above this is the page's header */
	for (size_t s = 0; s < d->t->ns; s++) {
		const sentence *se = &d->t->s[s];
		if (se->first == se->last || (uint64_t)doc_tok(d, se->first)->start * 100 < (uint64_t)d->len * FOOTER_FROM_PERCENT)
			continue;
		if (se->last - se->first <= FURNITURE_MAX_WORDS && has_furniture_word(d, s))
			return s;
	}
	return d->t->ns;
}

/* A sentence of the page's furniture: a furniture line, or one in the footer. */
static bool furniture(const hosts *h, size_t s)
{
	return s >= h->footer || furniture_line(h->d, s);
}

/* How much a place hit's score weighs in a tally: a place named only in the page's furniture
 * (score 0) counts only where no other place is named. */
static int place_weight(int score)
{
	return score ? 8 * score : 1;
}

/* Every place the text names, with a weight for how much it says where the text belongs:
 * "in X", a headline, a newspaper ("Haikou Daily"). A place inside a national body's name
 * ("the Chongqing Working Group of the State Council") counts least. */
static void collect_places(hosts *h)
{
	doc *d = h->d;
	org_text t = text_of(d);
	size_t nt = d->t->n, oi = 0;
	h->nplaces = 0;
	for (size_t k = 0; k < nt; k++) {
		/* "the Double Eight Strategy" is Zhejiang's own: a plain mention of its province */
		size_t fl = d->hits[k].len[PB_FORM];
		uint32_t fv = d->hits[k].val[PB_FORM];
		if (fl && fv < d->lex->nforms && d->lex->forms[fv].place >= 0) {
			if (h->nplaces == MAX_PLACES) {
				doc_capped(d, DOC_CAP_PLACES);
				break;
			}
			h->places[h->nplaces++] = (place_hit){d->lex->forms[fv].place, (uint32_t)k, (uint32_t)fl, 1, true};
			k += fl - 1;
			continue;
		}
		size_t len = d->hits[k].len[PB_PLACE];
		if (!len || d->mention_at[k] >= 0 || !org_place_stands(&t, k, len))
			continue;
		if (h->nplaces == MAX_PLACES) {
			doc_capped(d, DOC_CAP_PLACES);
			break;
		}
		/* "the Taiwan League" is a party of the mainland, not a place */
		if (d->hits[k].len[PB_ORG] >= len) {
			k += d->hits[k].len[PB_ORG] - 1;
			continue;
		}
		while (oi < d->norgs && d->orgs[oi].b <= k)
			oi++;
		bool in_central = oi < d->norgs && d->orgs[oi].a <= k && d->orgs[oi].judged.level == OL_CENTRAL;
		if (furniture(h, doc_tok(d, k)->sent)) {
			h->places[h->nplaces++] = (place_hit){(int)d->hits[k].val[PB_PLACE], (uint32_t)k, (uint32_t)len, 0, false};
		} else {
			int score = 1;
			if (k > 0 && (ext(d, k - 1) & X_VENUEPREP))
				score += 2;
			if (d->t->s[doc_tok(d, k)->sent].headline)
				score += 1;
			size_t n = k + len;
			if (n < nt && (ext(d, n) & X_MEDIAWORD) && (doc_tok(d, n)->flags & TF_CAP))
				score += 3;
			if (in_central)
				score = 1; /* where a national body's working group works, at most */
			h->places[h->nplaces++] = (place_hit){(int)d->hits[k].val[PB_PLACE], (uint32_t)k, (uint32_t)len, score, false};
		}
		k += len - 1;
	}
}

int hosts_new(hosts **out, doc *d)
{
	hosts *h = arena_alloc_raw(d->a, sizeof *h);
	if (!h)
		return READOUT_ENOMEM;
	h->d = d;
	h->from = 0;
	h->footer = footer_start(d);
	collect_places(h);
	*out = h;
	return 0;
}

/* ---- the host ---- */

/* The bodies are in text order and do not overlap: lookups by binary search, so that no
 * text of many bodies and verbs makes the host finder quadratic. */

/* Index of the first body ending after token k (d->norgs if none). */
static size_t first_ending_after(const doc *d, size_t k)
{
	size_t lo = 0, hi = d->norgs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->orgs[mid].b <= k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static const org *org_ending_at(const doc *d, size_t j)
{
	size_t i = j ? first_ending_after(d, j - 1) : 0;
	return i < d->norgs && d->orgs[i].b == j ? &d->orgs[i] : NULL;
}

static const org *org_starting_at(const doc *d, size_t j)
{
	size_t i = first_ending_after(d, j);
	return i < d->norgs && d->orgs[i].a == j ? &d->orgs[i] : NULL;
}

/* The first body within tokens [from, to). */
static const org *org_from(const doc *d, size_t from, size_t to)
{
	size_t i = first_ending_after(d, from);
	if (i < d->norgs && d->orgs[i].a < from)
		i++;
	return i < d->norgs && d->orgs[i].b <= to ? &d->orgs[i] : NULL;
}

/* A body inside a person's post ("Secretary of the Municipal Party Committee", "Director
 * Shan Chuanhua of the Second Division"), or someone's ("his party"), is no host. */
static bool in_post(const doc *d, const org *o)
{
	size_t j = o->a;
	while (j > 0 && (ext(d, j - 1) & X_ARTICLE))
		j--;
	uint32_t sent = doc_tok(d, o->a)->sent;
	if (j == 0 || doc_tok(d, j - 1)->sent != sent)
		return false;
	/* "his party" is someone's; "our school" is the writer's own, and may hold */
	if ((doc_wc(d, j - 1) & W_PRONOUN) && !(ext(d, j - 1) & X_OURWORD))
		return true;
	if ((ext(d, j - 1) & X_ORGJOIN) && (ext(d, j - 1) & X_OBJECTPREP))
		j--;
	else if (j == o->a)
		return (doc_wc(d, j - 1) & W_HEAD) && !(doc_wc(d, j - 1) & W_ORG);
	else
		return false;
	return j > 0 && doc_tok(d, j - 1)->sent == sent &&
	       (((doc_wc(d, j - 1) & (W_HEAD | W_MOD)) && !(doc_wc(d, j - 1) & W_ORG)) || d->mention_at[j - 1] >= 0);
}

/* Words that may stand between a host and its verb: "The State Council on Friday held",
 * "Jiangmen City recently held", "the Provincial Party Committee, on the afternoon of the 15th,
 * held". */
static bool filler(const doc *d, size_t k)
{
	const token *tk = doc_tok(d, k);
	if (tk->kind == TOK_PUNCT)
		return tk->ch == ',';
	if (tk->kind == TOK_NUM || (tk->flags & TF_ORDINAL))
		return true;
	if (d->mention_at[k] >= 0)
		return false;
	return (tk->word & (W_FUNC | W_MONTH | W_WEEKDAY)) ||
	       (ext(d, k) & (X_ADVERB | X_DAYPART | X_SAMEDAY | X_DURATIONUNIT));
}

typedef struct host_found {
	size_t a, b;   /* tokens of the host's name; a == b: none */
	const org *o;  /* its body, NULL for a place as agent */
	size_t ba, bb; /* a body of it named before its event's noun ("Standing Committee"), ba == bb: none */
	size_t of;     /* the "of" before tokens a.. */
	bool nation;   /* the nation itself as agent ("China held"): a central host */
} host_found;

/* The first token of a place (with its unit word: "Huzhou City") ending at j, or j; the place
 * in *place. */
static size_t place_ending_at(const hosts *h, size_t j, int *place)
{
	const doc *d = h->d;
	for (size_t i = 0; i < h->nplaces; i++) {
		if (h->places[i].by_form)
			continue;
		size_t e = h->places[i].tok + h->places[i].len;
		if (e + 1 == j && (doc_tok(d, e)->flags & TF_CAP) && (doc_wc(d, e) & (W_LVL_PROV | W_LVL_PREF | W_LVL_COUNTY)))
			e++;
		if (e == j) {
			*place = h->places[i].place;
			return h->places[i].tok;
		}
	}
	return j;
}

/* A place the gazetteer does not know, named with its unit, ending at j: "Yunjiang District",
 * "Sanbing Town". */
static bool unit_named_at(const doc *d, size_t j)
{
	return j >= 2 && (doc_tok(d, j - 1)->flags & TF_CAP) &&
	       ((doc_wc(d, j - 1) & (W_LVL_PREF | W_LVL_COUNTY)) || (ext(d, j - 1) & X_GRASSROOTS)) &&
	       doc_tok(d, j - 2)->kind == TOK_WORD && (doc_tok(d, j - 2)->flags & TF_CAP) && !doc_wc(d, j - 2) &&
	       d->mention_at[j - 2] < 0;
}

/* A word of a unit's capitalized name: "Qixian", "Santing", "Yongding". */
static bool unit_name_word(const doc *d, size_t k)
{
	const token *tk = doc_tok(d, k);
	return tk->kind == TOK_WORD && (tk->flags & TF_CAP) && d->mention_at[k] < 0 &&
	       !(tk->word & (W_STOP | W_EVENTVERB | W_EVENTNOUN | W_MONTH | W_WEEKDAY | W_FUNC | W_PRONOUN)) &&
	       !(ext(d, k) & (X_ARTICLE | X_ADVERB | X_DAYPART));
}

enum { MAX_LOWER_NAME = 3 }; /* "three pavilion": a unit's name translated word by word */
enum { MAX_UNIT_NAME = 2 };   /* more words of an unknown unit's capitalized name: "Zhengdong New" */
enum { MAX_PARTICIPLE = 3 }; /* "stationed in", "based in": words between a body and its place */

/* Where a unit written with its lower-case unit word ending at j starts ("Qixian county",
 * "Lishui town", "Yongding district Santing township", "Yongding district three pavilion
 * township"), or j. A name starts with a capitalized word; a unit's name translated into
 * lower-case words stands only between a unit named before it and its own unit word. */
static size_t lower_unit_start(const doc *d, size_t first, size_t j)
{
	if (j < first + 2 || !doc_lower_unit_word(d, j - 1))
		return j;
	size_t a = j - 1, start = j;
	while (a > first) {
		if (unit_name_word(d, a - 1)) {
			a--;
			start = a;
			continue;
		}
		if (a - 1 > first && doc_lower_unit_word(d, a - 1) && unit_name_word(d, a - 2)) {
			a -= 2;
			start = a;
			continue;
		}
		/* "district three pavilion township": lower-case name words after a named unit */
		size_t q = a, n = 0;
		while (q > first && n < MAX_LOWER_NAME && doc_is_lower(d, q - 1) && !doc_lower_unit_word(d, q - 1) &&
		       doc_tok(d, q - 1)->kind == TOK_WORD && d->mention_at[q - 1] < 0 &&
		       !(doc_wc(d, q - 1) & (W_FUNC | W_STOP | W_EVENTVERB | W_EVENTNOUN)) && !ext(d, q - 1))
			q--, n++;
		if (n && a == j - 1 && q > first + 1 && doc_lower_unit_word(d, q - 1) && unit_name_word(d, q - 2)) {
			a = q - 2;
			start = a;
			continue;
		}
		break;
	}
	return start;
}

/* The place at token a, after a comma, says where the body or place before the comma is: "the
 * Party Committee of Xiaoshan District, Hangzhou", "Changxing County, Huzhou City", "the party
 * committee of Sandaogou Town, Guazhou County", "Dongshan Village, Anji County" (not "in the
 * province of Guangdong, Shenzhen City held": Shenzhen is no part of itself). */
static bool locates_before(const hosts *h, size_t a, int place)
{
	const doc *d = h->d;
	if (a < 2 || !doc_is(d, a - 1, ','))
		return false;
	const org *o = org_ending_at(d, a - 1);
	int before = -1;
	if (o) {
		before = o->judged.place;
		/* a town's, a village's body or an institution: the place says where it is */
		if (o->judged.level == OL_OTHER)
			return true;
	} else if (place_ending_at(h, a - 1, &before) == a - 1) {
		/* a unit the gazetteer does not know, named with its unit word */
		size_t first = d->t->s[doc_tok(d, a - 1)->sent].first;
		return unit_named_at(d, a - 1) || lower_unit_start(d, first, a - 1) < a - 1;
	}
	return before >= 0 && before != place && lex_place_within(d->lex, before, place);
}

/* The unit a host verb at k has for subject when the text names it by its kind alone, in lower
 * case after "the" or "our" ("the village held", "our county held"): its token, or SIZE_MAX. */
static size_t unit_subject(const doc *d, size_t first, size_t k)
{
	size_t j = k;
	for (size_t steps = 0; j > first + 2 && steps < MAX_FILLER && filler(d, j - 1); steps++)
		j--;
	if (j < first + 2 || !doc_is_lower(d, j - 1) || d->mention_at[j - 1] >= 0 ||
	    !(ext(d, j - 2) & (X_ARTICLE | X_OURWORD)))
		return SIZE_MAX;
	/* not a preposition's object: "development in the village, and went to" */
	if (j >= first + 3 && doc_is_lower(d, j - 3) && (ext(d, j - 3) & (X_OBJECTPREP | X_VENUEPREP | X_DATEPREP)))
		return SIZE_MAX;
	bool unit = (doc_wc(d, j - 1) & (W_LVL_PROV | W_LVL_PREF | W_LVL_COUNTY)) || (ext(d, j - 1) & X_GRASSROOTS);
	return unit ? j - 1 : SIZE_MAX;
}

/* "Hebi City held": a place (and its unit word) ending at j. */
static bool place_agent(const hosts *h, size_t j, host_found *out)
{
	const doc *d = h->d;
	/* "Governor of the People's Government of Sichuan Province, visits": a name's part; "the
	 * Party Committee of Xiaoshan District, Hangzhou held": where the body before the comma is */
	int place;
	size_t a = place_ending_at(h, j, &place);
	/* "Qingshui Village in Anji County held", "Anji County of Huzhou City held": the village
	 * or county the place locates is the agent */
	if (a < j && a >= 3 && doc_is_lower(d, a - 1) && (ext(d, a - 1) & (X_VENUEPREP | X_OF))) {
		int inner;
		size_t ia = place_ending_at(h, a - 1, &inner);
		if (ia < a - 1 && inner != place && lex_place_within(d->lex, inner, place)) {
			*out = (host_found){ia, j, NULL, 0, 0, 0, false};
			return true;
		}
		if (unit_named_at(d, a - 1)) {
			*out = (host_found){a - 3, j, NULL, 0, 0, 0, false};
			return true;
		}
	}
	/* "the Central Inspection Team stationed in Henan held": a place after "in" says where the
	 * body before it is; the body is the agent */
	if (a < j && a >= 2 && doc_is_lower(d, a - 1) && (ext(d, a - 1) & X_VENUEPREP)) {
		size_t first = d->t->s[doc_tok(d, a - 1)->sent].first;
		for (size_t q = a - 1; q > first && q + MAX_PARTICIPLE >= a; q--) {
			const org *o = org_ending_at(d, q);
			if (o && !in_post(d, o)) {
				*out = (host_found){o->a, o->b, o, 0, 0, 0, false};
				return true;
			}
			if (!doc_is_lower(d, q - 1) || d->mention_at[q - 1] >= 0 || (doc_wc(d, q - 1) & W_EVENTVERB))
				break;
		}
	}
	if (a < j && !locates_before(h, a, place) &&
	    !(a > 0 && ((ext(d, a - 1) & X_OF) || (a > 1 && (ext(d, a - 1) & X_ARTICLE) && (ext(d, a - 2) & X_OF))))) {
		*out = (host_found){a, j, NULL, 0, 0, 0, false};
		return true;
	}
	/* "China held a grand gathering", "China on Thursday held": the nation itself, the clause's
	 * subject (not "north China", "of China" or "Power China") */
	if (j >= 1 && doc_tok(d, j - 1)->kind == TOK_WORD && (doc_tok(d, j - 1)->flags & TF_CAP) &&
	    (doc_wc(d, j - 1) & W_CENTRAL) && (ext(d, j - 1) & X_NATIONALWORD) && !(ext(d, j - 1) & X_ORGANWORD) &&
	    d->mention_at[j - 1] < 0 && !orgs_covering(d, j - 1) &&
	    (j == 1 || doc_tok(d, j - 2)->kind != TOK_WORD || doc_tok(d, j - 2)->sent != doc_tok(d, j - 1)->sent)) {
		*out = (host_found){j - 1, j, NULL, 0, 0, 0, true};
		return true;
	}
	/* a place the gazetteer does not know, named with its unit: "Yunjiang District held",
	 * "Sanbing Town held" */
	if (unit_named_at(d, j)) {
		/* "Zhengdong New District": a name of more capitalized words */
		size_t na = j - 2, first = d->t->s[doc_tok(d, na)->sent].first;
		while (na > first && j - 2 - na < MAX_UNIT_NAME && doc_tok(d, na - 1)->kind == TOK_WORD &&
		       (doc_tok(d, na - 1)->flags & TF_CAP) && !doc_wc(d, na - 1) && !ext(d, na - 1) && d->mention_at[na - 1] < 0)
			na--;
		*out = (host_found){na, j, NULL, 0, 0, 0, false};
		return true;
	}
	/* "Qixian county held", "Lishui town held": a unit with its unit word in lower case (not
	 * "the secretary of Qixian county held") */
	size_t la = j ? lower_unit_start(d, d->t->s[doc_tok(d, j - 1)->sent].first, j) : j;
	if (la < j && !(la > 0 && ((ext(d, la - 1) & (X_OF | X_OBJECTPREP)) || (la > 1 && (ext(d, la - 1) & X_ARTICLE) && (ext(d, la - 2) & X_OF))))) {
		*out = (host_found){la, j, NULL, 0, 0, 0, false};
		return true;
	}
	return false;
}

/* The subject of a host verb at k. */
static size_t name_end(const doc *d, const org *o, size_t last);

static bool active_subject(const hosts *h, size_t first, size_t k, host_found *out)
{
	const doc *d = h->d;
	size_t j = k;
	for (size_t steps = 0; j > first && steps < MAX_FILLER; steps++) {
		if (org_ending_at(d, j))
			break;
		if (!filler(d, j - 1))
			break;
		j--;
	}
	const org *o = org_ending_at(d, j);
	/* "the Party Committee of Xiaoshan District, Hangzhou held": the body before the place that
	 * locates it */
	int located = -1;
	size_t pa = o ? j : place_ending_at(h, j, &located);
	if (pa < j && locates_before(h, pa, located)) {
		o = org_ending_at(d, pa - 1);
		/* "Xiaoshan District, Hangzhou held": the place it locates is the agent */
		if (!o)
			return place_agent(h, pa - 1, out);
	}
	/* "Wuxi COFCO Engineering Co., Ltd. (for short Wuxi Engineering Group) convened": the
	 * short name in brackets */
	if (!o && j > first + 1 && doc_is(d, j - 1, ')'))
		o = org_ending_at(d, j - 1);
	/* "A leading group of the CPC Central Committee on the prevention and control of the
	 * outbreak held": a body, then what it is for */
	for (size_t q = j; !o && q-- > first && q + 12 > j;) {
		const token *tq = doc_tok(d, q);
		if (tq->kind != TOK_WORD || d->mention_at[q] >= 0 || (tq->word & (W_STOP | W_EVENTVERB)))
			break;
		if ((tq->word & W_FUNC) && doc_is_lower(d, q) && (ext(d, q) & (X_OBJECTPREP | X_DATEPREP)))
			o = org_ending_at(d, q);
		/* "the Central Guidance Group for Party | History Learning and Education held": a body
		 * whose remit, opened inside the name read, runs on to the verb */
		const org *e = o ? NULL : org_ending_at(d, q);
		if (e && name_end(d, e, k) >= j)
			o = e;
	}
	/* (not the object of a preposition: "the requirements of the provincial committee on
	 * X, and investigated") */
	if (o && !org_ending_at(d, j)) {
		size_t p = o->a;
		while (p > first && (ext(d, p - 1) & X_ARTICLE))
			p--;
		if (p > first && doc_is_lower(d, p - 1) && (ext(d, p - 1) & X_OBJECTPREP))
			o = NULL;
	}
	/* "the Municipal Party Committee, together with the Municipal Government, held": the body
	 * before the comma is the subject; the one it acts with is not */
	if (o) {
		size_t p = o->a;
		while (p > first && (ext(d, p - 1) & X_ARTICLE))
			p--;
		size_t q = p;
		while (q > first && q + 4 > p && doc_tok(d, q - 1)->kind == TOK_WORD && doc_is_lower(d, q - 1) &&
		       d->mention_at[q - 1] < 0 && !(doc_wc(d, q - 1) & (W_EVENTVERB | W_EVENTNOUN)))
			q--;
		bool with = false;
		for (size_t w = q; w < p; w++)
			with |= (ext(d, w) & X_WITH) != 0;
		const org *before = with && q > first + 1 && doc_is(d, q - 1, ',') ? org_ending_at(d, q - 1) : NULL;
		if (before && !in_post(d, before))
			o = before;
	}
	/* "The delegation of Guangxi that is attending the session of the NPC held": the body
	 * before a relative clause is the subject */
	for (size_t q = o ? o->a : j; o && q-- > first && q + 12 > o->a;) {
		if (doc_is(d, q, ',') || (doc_wc(d, q) & W_EVENTVERB))
			break;
		if (doc_is_lower(d, q) && (ext(d, q) & (X_THAT | X_WHO))) {
			const org *before = org_ending_at(d, q);
			if (before)
				o = before;
			break;
		}
	}
	/* "the Yunnan delegation to the 19th National Congress has held", "the Hainan delegation of
	 * the First Session of the 14th NPC held": the delegation is the subject, the congress it
	 * goes to is not (its name as written runs on to the verb) */
	for (size_t q = o ? o->a : first; o && q > first + 1 && q + 10 > o->a; q--) {
		const token *tq = doc_tok(d, q - 1);
		if (tq->kind != TOK_WORD || d->mention_at[q - 1] >= 0)
			break;
		if (ext(d, q - 1) & X_ARTICLE)
			continue;
		if (doc_is_lower(d, q - 1) && (ext(d, q - 1) & X_OBJECTPREP)) {
			const org *deleg = org_ending_at(d, q - 1);
			if (deleg && (ext(d, deleg->b - 1) & X_DELEGATION) && !in_post(d, deleg)) {
				o = deleg;
				break;
			}
			continue;
		}
		/* the session in between: "the First Session of" */
		if (!(tq->flags & (TF_CAP | TF_ORDINAL)) && !(tq->word & W_EVENTNOUN))
			break;
	}
	/* "The 13th National People's Congress (NPC), China's national legislature, opened" */
	size_t c = k;
	while (c > first && (ext(d, c - 1) & X_ADVERB))
		c--;
	if (!o && c > first && doc_is(d, c - 1, ',')) {
		for (size_t q = c - 1; q-- > first && q + 10 > c;)
			if (doc_is(d, q, ',')) {
				o = org_ending_at(d, q);
				if (o && in_post(d, o))
					o = NULL;
				break;
			}
	}
	/* "the Provincial Leading Group for Party Building held": a name whose last words, in
	 * capitals, no phrase of the bodies spans */
	for (size_t q = j; !o && q-- > first && q + 4 > j;) {
		const token *tq = doc_tok(d, q);
		if (tq->kind != TOK_WORD || !(tq->flags & TF_CAP) || d->mention_at[q] >= 0 ||
		    (tq->word & (W_STOP | W_EVENTVERB | W_EVENTNOUN | W_HEAD | W_MOD)) || q == first)
			break;
		const org *named = org_ending_at(d, q);
		if (named && !in_post(d, named) && named->a >= first) {
			*out = (host_found){named->a, j, named, 0, 0, 0, false};
			return true;
		}
	}
	/* "the leading group on Party building under the provincial Party committee held": the
	 * body under another is the subject, named with the one above it */
	if (o && o->a >= first + 2 && !in_post(d, o)) {
		size_t u = o->a;
		while (u > first && (ext(d, u - 1) & X_ARTICLE))
			u--;
		if (u > first + 1 && doc_is_lower(d, u - 1) && (ext(d, u - 1) & X_UNDER)) {
			const org *below = NULL;
			for (size_t q = u - 1; q-- > first && q + 12 > u;) {
				const token *tq = doc_tok(d, q);
				if (tq->kind != TOK_WORD || d->mention_at[q] >= 0 || (tq->word & (W_STOP | W_EVENTVERB)))
					break;
				const org *at = orgs_covering(d, q);
				if (at && at->a <= q && !in_post(d, at))
					below = at;
			}
			if (below) {
				*out = (host_found){below->a, o->b, below, 0, 0, 0, false};
				return true;
			}
		}
	}
	/* "the Party Committee of the School of Languages at Beijing Jiaotong University held": the
	 * body before "at" is the subject, and the name runs on over its institution */
	const org *whole = NULL;
	if (o && o->a > first + 1 && doc_is_lower(d, o->a - 1) && (ext(d, o->a - 1) & X_VENUEPREP) &&
	    (whole = org_ending_at(d, o->a - 1)) && !in_post(d, whole)) {
		*out = (host_found){whole->a, o->b, whole, 0, 0, 0, false};
		return true;
	}
	if (o && o->a >= first && !in_post(d, o)) {
		/* the name as written runs on to the verb when what the body is for follows it */
		size_t b = o->b;
		if (o->b < j && !doc_is(d, o->b, ',') &&
		    ((ext(d, o->b) & (X_OBJECTPREP | X_DATEPREP)) || name_end(d, o, k) >= j))
			b = j;
		*out = (host_found){o->a, b, o, 0, 0, 0, false};
		return true;
	}
	return place_agent(h, j, out);
}

/* A day after a preposition at k: "on the 9th", "on Jan 26", "on the same day" */
static bool day_follows(const doc *d, size_t k, size_t last)
{
	while (k < last && (ext(d, k) & X_ARTICLE))
		k++;
	return k < last && (doc_tok(d, k)->kind == TOK_NUM || (doc_tok(d, k)->flags & TF_ORDINAL) ||
	                    (doc_wc(d, k) & (W_MONTH | W_WEEKDAY)) || (ext(d, k) & (X_DAYPART | X_SAMEDAY)));
}

/* Where a body's name as written ends: a group's name runs on with what it is for ("the
 * Central Committee's Leading Group on Responding to the Pneumonia Outbreak", "a leading group
 * overseeing Hainan's reform") up to a verb, a person, a clause's end or a day ("the leading
 * group on flood control on July 2"). */
static size_t name_end(const doc *d, const org *o, size_t last)
{
	size_t b = o->b;
	org_text ot = text_of(d);
	/* the remit may open inside the name the recognizer read: "the Central Guidance Group for
	 * Party | History Learning and Education" ("Party" is a body's word) */
	bool inside = false;
	for (size_t k = o->a + 1; k < b && !inside; k++)
		inside = org_remit_opens(&ot, k);
	if (b >= last || (!inside && !org_remit_opens(&ot, b)))
		return b;
	const token *t = doc_tok(d, b);
	/* a headline's name is in title case: "Leading Group on Flood Control", not "leading group on
	 * flood control meets" */
	bool title_case = d->t->s[t->sent].headline;
	size_t end = b;
	for (size_t k = b; k < last && k < b + MAX_REMIT; k++) {
		const token *tk = doc_tok(d, k);
		if (title_case && tk->kind == TOK_WORD && !(tk->word & W_FUNC) && doc_is_lower(d, k))
			break;
		/* "on learning Xi Jinping's thought": a person's name inside what it is for */
		if (d->mention_at[k] >= 0) {
			size_t m = k;
			while (m < last && d->mention_at[m] == d->mention_at[k])
				m++;
			if (m >= last || doc_tok(d, m)->kind != TOK_POSS)
				break;
			k = m;
			continue;
		}
		if ((tk->word & (W_EVENTVERB | W_STOP | W_MONTH | W_WEEKDAY)) ||
		    (ext(d, k) & (X_PASSIVE | X_FUTURE | X_VENUEPREP)))
			break;
		if (tk->kind == TOK_PUNCT && !doc_is(d, k, '-'))
			break;
		/* "on the 9th", "on Jan 26": a day, not what the group is for */
		if ((ext(d, k) & X_DATEPREP) && day_follows(d, k + 1, last))
			break;
		if (k > b && tk->kind != TOK_PUNCT && !(tk->word & W_FUNC) && !(ext(d, k) & X_ARTICLE))
			end = k + 1; /* not ending on "of the" */
	}
	return end > b ? end : b;
}

/* The event named at [p, end): "[the] [second] [plenary] meeting of ORG", "the ORG ['s]
 * [executive] meeting". */
static bool event_owner(const doc *d, size_t p, size_t end, host_found *out)
{
	size_t noun = SIZE_MAX;
	for (size_t k = p; k < end && k < p + 16; k++) {
		if (d->mention_at[k] >= 0 || doc_is(d, k, ','))
			break;
		if ((doc_wc(d, k) & W_EVENTNOUN) && !orgs_covering(d, k)) {
			noun = k;
			break;
		}
	}
	if (noun == SIZE_MAX)
		return false;
	/* "meeting of the Standing Committee of X" */
	size_t j = noun + 1;
	while (j < end && (doc_wc(d, j) & W_EVENTNOUN))
		j++;
	if (j < end && (ext(d, j) & X_ORGJOIN) && (ext(d, j) & X_OBJECTPREP)) {
		size_t of = j++;
		while (j < end && (ext(d, j) & X_ARTICLE))
			j++;
		const org *o = org_starting_at(d, j);
		/* "a conference for Jilin Provincial Government's leaders, ...": the body's people
		 * take part; the body is no owner */
		if (o && o->b < end && doc_tok(d, o->b)->kind == TOK_POSS)
			return false;
		/* "the closing meeting of the 28th session of the NPC Standing Committee": the body
		 * whose session it is */
		for (size_t q = j; !o && q < end && q < j + 4; q++) {
			if (!(doc_wc(d, q) & W_EVENTNOUN))
				continue;
			size_t r = q + 1;
			while (r < end && (doc_wc(d, r) & W_EVENTNOUN))
				r++;
			if (r < end && (ext(d, r) & X_ORGJOIN) && (ext(d, r) & X_OBJECTPREP)) {
				of = r++;
				while (r < end && (ext(d, r) & X_ARTICLE))
					r++;
				o = org_starting_at(d, r);
			}
			break;
		}
		if (o) {
			*out = (host_found){o->a, name_end(d, o, end), o, 0, 0, 0, false};
			/* "the 125th Standing Committee meeting of the Gangu County CPC Committee": the
			 * body is the committee's Standing Committee */
			const org *body = org_from(d, p, noun + 1);
			size_t bb = body ? body->b : 0;
			/* "Standing Committee (expanded) meeting" */
			if (body && doc_is(d, bb, '(') && bb + 2 < noun && doc_is(d, noun - 1, ')'))
				bb = noun;
			if (body && bb == noun && !in_post(d, body)) {
				size_t ba = body->a;
				while (ba < body->b && (doc_tok(d, ba)->flags & TF_ORDINAL))
					ba++;
				if (ba < body->b)
					out->ba = ba, out->bb = bb, out->of = of;
			}
			return true;
		}
	}
	/* the body before the event's noun: "the CPPCC Party Group meeting" */
	const org *before = org_from(d, p, noun + 1);
	if (before && !in_post(d, before)) {
		bool adjacent = true; /* "the State Council's executive meeting" */
		for (size_t k = before->b; k < noun; k++)
			adjacent &= doc_tok(d, k)->kind == TOK_POSS || doc_tok(d, k)->kind == TOK_WORD || doc_is(d, k, '(') ||
			            doc_is(d, k, ')');
		if (adjacent && noun - before->b <= 4) {
			*out = (host_found){before->a, before->b, before, 0, 0, 0, false};
			return true;
		}
	}
	return false;
}

/* Where the clause holding token k starts: after the last comma before it, else the
 * sentence's start. */
static size_t clause_start(const doc *d, size_t first, size_t k)
{
	size_t j = k;
	while (j > first && !doc_is(d, j - 1, ','))
		j--;
	return j;
}

/* A year ("held 2021 party history study sessions"): a number, but no count. */
static bool is_year(const doc *d, size_t k)
{
	const token *tk = doc_tok(d, k);
	if (tk->end - tk->start != 4)
		return false;
	int y = atoi(d->text + tk->start);
	return y >= 1900 && y <= 2199;
}

static bool subject_event(const doc *d, const sentence *se, size_t p, size_t reach, host_found *out);
static bool reported_meeting(const doc *d, const sentence *se, host_found *out);
static bool event_noun_at(const doc *d, size_t k);

/* The agent after "held by" at k: a body ("organized by the Provincial Party Committee"), a
 * body's unit it names by its possessive ("organized by COSC's public policy research center",
 * judged as the body's), or a place ("hosted by Hebi City"). */
static bool by_agent(const hosts *h, const sentence *se, size_t k, host_found *out)
{
	const doc *d = h->d;
	size_t j = k + 2;
	while (j < se->last && (ext(d, j) & X_ARTICLE))
		j++;
	const org *o = org_starting_at(d, j);
	if (o) {
		*out = (host_found){o->a, o->b, o, 0, 0, 0, false};
		/* "X's public policy research center": lower-case words up to a kind of body */
		if (o->b < se->last && doc_tok(d, o->b)->kind == TOK_POSS) {
			for (size_t q = o->b + 1; q < se->last && q < o->b + 8; q++) {
				const token *tq = doc_tok(d, q);
				if (tq->kind != TOK_WORD || !doc_is_lower(d, q) || d->mention_at[q] >= 0 ||
				    (tq->word & (W_FUNC | W_STOP | W_EVENTVERB | W_EVENTNOUN)))
					break;
				const org *unit = org_ending_at(d, q + 1);
				if (unit && unit->a > o->b) {
					out->b = q + 1;
					break;
				}
			}
		}
		return true;
	}
	return place_agent(h, j + h->d->hits[j].len[PB_PLACE], out) && out->a == j;
}

/* The sentence s after the anchor says who held the anchor's event, by "by": "The forum was
 * organized by X", "It was co-hosted by X and Y". Only a passive of a host verb: "Lin, invited
 * by X, spoke" is no such report. */
static bool held_by_after(const hosts *h, size_t s, host_found *out)
{
	const doc *d = h->d;
	const sentence *se = &d->t->s[s];
	for (size_t k = se->first + 1; k + 1 < se->last; k++) {
		uint64_t x = ext(d, k);
		if (!(x & X_BYVERB) || !(x & X_HOSTVERB) || !doc_is_lower(d, k) || d->mention_at[k] >= 0 ||
		    !(ext(d, k - 1) & X_PASSIVE) || !(ext(d, k + 1) & X_BY))
			continue;
		/* its subject is the event: "the forum", "it" */
		size_t c = clause_start(d, se->first, k);
		bool event = false;
		for (size_t q = c; q + 1 < k && !event; q++)
			event = event_noun_at(d, q) || (doc_wc(d, q) & W_PRONOUN);
		return event && by_agent(h, se, k, out);
	}
	return false;
}

/* "under the auspices of X": a noun that says who held it, as "held by" does (a by-verb that is
 * no verb), then "of" and the agent. */
static bool auspices_agent(const hosts *h, const sentence *se, host_found *out)
{
	const doc *d = h->d;
	for (size_t k = se->first; k + 3 < se->last; k++) {
		if (!(ext(d, k) & X_UNDER) || !doc_is_lower(d, k))
			continue;
		size_t j = k + 1;
		while (j + 2 < se->last && (ext(d, j) & X_ARTICLE))
			j++;
		if ((ext(d, j) & X_BYVERB) && !(doc_wc(d, j) & W_EVENTVERB) && (ext(d, j + 1) & X_OF) &&
		    by_agent(h, se, j, out))
			return true;
	}
	return false;
}

/* Whether the object of the verb at k is an act, not a meeting: "launched the National Class
 * IV disaster relief emergency response" (events.tsv's acts): an act ends the noun phrase, no
 * event's noun after it. */
static bool act_object(const doc *d, const sentence *se, size_t k)
{
	bool act = false;
	for (size_t q = k + 1; q < se->last && q < k + 12; q++) {
		const token *tq = doc_tok(d, q);
		if ((tq->kind == TOK_PUNCT && !doc_is(d, q, '-')) || d->mention_at[q] >= 0 ||
		    (doc_is_lower(d, q) && (ext(d, q) & (X_OBJECTPREP | X_PURPOSE))))
			break;
		if (doc_wc(d, q) & W_EVENTNOUN)
			act = false;
		if (d->hits[q].len[PB_EVENT] && d->lex->events[d->hits[q].val[PB_EVENT]].field == EF_ACT)
			act = true;
	}
	return act;
}

/* agents_only: only a body named as doing it ("X held", "held by X"), not the body whose
 * meeting a noun phrase names */
static bool host_in_sentence(const hosts *h, size_t s, host_found *out, bool agents_only)
{
	const doc *d = h->d;
	const sentence *se = &d->t->s[s];
	if (auspices_agent(h, se, out))
		return true;
	for (size_t k = se->first; k < se->last; k++) {
		if (!(doc_wc(d, k) & W_EVENTVERB)) /* every host or presiding verb is one */
			continue;
		uint64_t x = ext(d, k);
		if (!(x & (X_HOSTVERB | X_PRESIDEVERB)) || d->mention_at[k] >= 0)
			continue;
		/* a capitalized verb is a name's word, except in a headline ("X Holds Meeting") or
		 * opening the sentence with its agent ("Organized by X, a forum was held") */
		bool opens_by = k == se->first && (x & X_BYVERB) && k + 1 < se->last && (ext(d, k + 1) & X_BY);
		if (!doc_is_lower(d, k) && !se->headline && !opens_by)
			continue;
		bool passive = k > se->first && (ext(d, k - 1) & X_PASSIVE);
		bool by = k + 1 < se->last && (ext(d, k + 1) & X_BY);
		if (by && (x & X_BYVERB) && by_agent(h, se, k, out))
			return true;
		if (agents_only && !(by && (x & X_BYVERB)) && !((x & X_HOSTVERB) && !passive))
			continue;
		/* "will be held in November": not the event reported */
		if (passive && k >= se->first + 2 && (ext(d, k - 2) & X_FUTURE))
			continue;
		if (passive) {
			size_t c = clause_start(d, se->first, k);
			if (event_owner(d, c, k, out))
				return true;
			continue;
		}
		/* "has held seven central symposiums on Tibet work": a record, not the event */
		size_t obj = k + 1;
		while (obj < se->last && (ext(d, obj) & X_ARTICLE))
			obj++;
		if (!passive && obj < se->last && obj == k + 1 &&
		    ((doc_tok(d, obj)->kind == TOK_NUM && !is_year(d, obj)) || ((doc_wc(d, obj) & W_NUMWORD) && !(ext(d, obj) & X_ARTICLE))))
			continue;
		if (!passive && act_object(d, se, k))
			continue;
		if ((x & X_HOSTVERB) && active_subject(h, se->first, k, out))
			return true;
		/* "the village held a Party branch meeting": the village is the host, as "the school
		 * held" makes the school; "the county held a Party committee meeting": the county, by
		 * its name if the text gives it (our_place_held), not the body whose meeting it is */
		size_t u = (x & X_HOSTVERB) && !(x & X_VISIT) ? unit_subject(d, se->first, k) : SIZE_MAX;
		if (u != SIZE_MAX && (ext(d, u) & X_GRASSROOTS) && (ext(d, u - 1) & X_ARTICLE)) {
			*out = (host_found){u, u + 1, NULL, 0, 0, 0, false};
			return true;
		}
		if (u != SIZE_MAX)
			continue;
		if (agents_only)
			continue;
		if ((x & X_PRESIDEVERB) || ((x & X_HOSTVERB) && !(x & X_VISIT))) {
			/* "presided over a meeting of the Political Bureau", "held a State Council
			 * executive meeting" (not "went to the service center and an activity room") */
			size_t j = k + 1;
			if (j < se->last && doc_tok(d, j)->kind == TOK_WORD && !(doc_wc(d, j) & W_EVENTNOUN) &&
			    doc_is_lower(d, j) && !(ext(d, j) & X_ARTICLE))
				j++; /* "over" */
			if (j < se->last && (ext(d, j) & X_BY))
				continue;
			/* "the State Council ... with Premier Li presiding over its first executive
			 * meeting": the body is the sentence's subject */
			if (j < se->last && (ext(d, j) & X_POSSESSIVE)) {
				const org *o = org_from(d, se->first, k);
				if (o && !in_post(d, o)) {
					*out = (host_found){o->a, o->b, o, 0, 0, 0, false};
					return true;
				}
			}
			size_t end = j;
			while (end < se->last && !doc_is(d, end, ',') && !(ext(d, end) & X_PURPOSE))
				end++;
			if (event_owner(d, j, end, out))
				return true;
		}
	}
	if (agents_only)
		return false;
	/* "speaks during a symposium of the central guidance group", "at a CPC Central Committee
	 * Political Bureau meeting" */
	for (size_t k = se->first; k + 1 < se->last; k++) {
		/* "at a meeting of", "according to a meeting of" */
		bool source = k > se->first && (ext(d, k - 1) & X_ACCORDING) && (ext(d, k) & X_PURPOSE);
		if (!source && (!(ext(d, k) & X_VENUEPREP) || !doc_is_lower(d, k)))
			continue;
		size_t j = k + 1;
		while (j < se->last && (ext(d, j) & X_ARTICLE))
			j++;
		if (j > k + 1 && event_owner(d, j, se->last, out) && out->a < j + 10)
			return true;
	}
	/* the sentence's subject is the event: "On May 26, the second meeting of the Standing
	 * Committee of X closed", "The State Council's executive meeting ..."; or a reported
	 * clause's: "Xinhua reports that the ninth meeting of X reviewed" */
	if (subject_event(d, se, se->first, 12, out))
		return true;
	return reported_meeting(d, se, out);
}

/* The reported clause's subject is the meeting itself ("Xinhua reports that the ninth meeting
 * of X reviewed"), not "the spirit of the meeting". */
static bool reported_meeting(const doc *d, const sentence *se, host_found *out)
{
	for (size_t k = se->first; k + 1 < se->last && k < se->first + 12; k++)
		if ((ext(d, k) & X_THAT) && doc_is_lower(d, k))
			return subject_event(d, se, k + 1, 3, out);
	return false;
}

/* An event's noun, not a body's word ("meeting", not the Congress of "people's Congress
 * Standing Committee") */
static bool event_noun_at(const doc *d, size_t k)
{
	return (doc_wc(d, k) & W_EVENTNOUN) && !orgs_covering(d, k);
}

/* Tokens [a, b) qualify a meeting, not name something else: "(enlarged)", "expanded" */
static bool modifiers_only(const doc *d, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (!doc_is(d, k, '(') && !doc_is(d, k, ')') && !(doc_tok(d, k)->kind == TOK_WORD && doc_is_lower(d, k)))
			return false;
	return true;
}

/* The event as the subject of the clause at p, its noun within reach words: "[date,] the
 * second meeting of X ...". */
static bool subject_event(const doc *d, const sentence *se, size_t p, size_t reach, host_found *out)
{
	/* "date 2021-08-18 The State Council's executive meeting ...": a dateline first */
	while (p < se->last && (doc_tok(d, p)->kind == TOK_NUM || (ext(d, p) & X_DATELINEWORD) || (doc_wc(d, p) & W_MONTH) ||
	                        (doc_tok(d, p)->kind == TOK_PUNCT && !doc_is(d, p, '('))))
		p++;
	for (size_t k = p; k < se->last && k < p + 12 && !event_noun_at(d, k); k++)
		if (doc_is(d, k, ',')) {
			p = k + 1;
			break;
		}
	while (p < se->last && (ext(d, p) & X_ARTICLE))
		p++;
	size_t end = p;
	while (end < se->last && end < p + reach && !event_noun_at(d, end) &&
	       (doc_tok(d, end)->kind == TOK_WORD || doc_tok(d, end)->kind == TOK_POSS || doc_is(d, end, '(') ||
	        doc_is(d, end, ')')))
		end++;
	if (!(end < se->last && event_noun_at(d, end) && event_owner(d, p, se->last, out) &&
	      (out->a > end || (out->b < se->last && doc_tok(d, out->b)->kind == TOK_POSS) ||
	       (out->a == p && out->o && (out->o->judged.place >= 0 || out->o->judged.level_word) &&
	        modifiers_only(d, out->b, end)))))
		return false;
	/* "The plenary session of the Central Committee will be held in July": not this event */
	for (size_t k = out->b; k < se->last && k < out->b + 3; k++)
		if (ext(d, k) & X_FUTURE)
			return false;
	return true;
}

bool hosts_sentence_reports(const hosts *h, size_t s)
{
	host_found hf;
	if (host_in_sentence(h, s, &hf, true) && hf.o)
		return true;
	/* "Xinhua reports that the ninth meeting of X reviewed ..." */
	return reported_meeting(h->d, &h->d->t->s[s], &hf) && hf.o;
}

/* The end of the sentence holding token k. */
static size_t sentence_end(const doc *d, size_t k)
{
	return d->t->s[doc_tok(d, k)->sent].last;
}

/* Whether tokens [a, b) are the words of tokens [ka, kb), case-blind. */
static bool same_words(const doc *d, size_t a, size_t b, size_t ka, size_t kb)
{
	if (b - a != kb - ka)
		return false;
	for (size_t i = 0; i < b - a; i++) {
		const token *x = doc_tok(d, ka + i), *y = doc_tok(d, a + i);
		size_t n = x->end - x->start;
		if (y->end - y->start != n || strncasecmp(d->text + x->start, d->text + y->start, n) != 0)
			return false;
	}
	return true;
}

/* Whether tokens [a, b) end with the words of tokens [ka, kb) and have more before them. */
static bool ends_with_words(const doc *d, size_t a, size_t b, size_t ka, size_t kb)
{
	return b - a > kb - ka && same_words(d, b - (kb - ka), b, ka, kb);
}

static bool holds_words(const doc *d, size_t a, size_t b, size_t ka, size_t kb);

/* A body named by its kind alone ("the leading group", "the Standing Committee", whose name
 * says no level) is the body of that kind the text named in full before: the nearest one
 * outside a post, else one in a headline; else the body a headline says holds its meeting. */
static void resolve_kind_only(const hosts *h, host_found *hf)
{
	const doc *d = h->d;
	const org *o = hf->o;
	if (!o || hf->bb > hf->ba || o->judged.place >= 0 || o->judged.level_word)
		return;
	/* "the group" in lower case is a group named before, not a company */
	bool group = o->b == o->a + 1 && (ext(d, o->a) & X_REMIT) && doc_is_lower(d, o->a);
	if (o->judged.level != OL_NONE && !group)
		return;
	const org *found = NULL;
	for (size_t i = first_ending_after(d, o->a); i-- > 0 && !found;) {
		const org *e = &d->orgs[i];
		if (e->b <= o->a && e->judged.level != OL_NONE && ends_with_words(d, e->a, e->b, o->a, o->b) && !in_post(d, e))
			found = e;
	}
	for (size_t i = 0; i < d->norgs && !found && d->orgs[i].b <= o->a; i++) {
		const org *e = &d->orgs[i];
		if (d->t->s[doc_tok(d, e->a)->sent].headline && e->judged.level != OL_NONE &&
		    ends_with_words(d, e->a, e->b, o->a, o->b))
			found = e;
	}
	/* "Han, head of a leading group overseeing Hainan's reform, spoke at a meeting of the
	 * group": else the body named in someone's post */
	for (size_t i = first_ending_after(d, o->a); i-- > 0 && !found;) {
		const org *e = &d->orgs[i];
		bool longer = ends_with_words(d, e->a, e->b, o->a, o->b);
		if (!longer && !same_words(d, e->a, e->b, o->a, o->b))
			continue;
		bool remit = name_end(d, e, sentence_end(d, e->a)) > e->b;
		if (remit || (longer && e->judged.level != OL_NONE))
			found = e;
	}
	if (found) {
		*hf = (host_found){found->a, name_end(d, found, sentence_end(d, found->a)), found, 0, 0, 0, false};
		return;
	}
	/* "Hebi Municipal Party Committee Holds Standing Committee Meeting. ... a Standing
	 * Committee meeting was held": the headline's agent, a body the text places, held it */
	for (size_t s = 0; s < d->t->ns && d->t->s[s].last <= o->a; s++) {
		host_found ah;
		if (!d->t->s[s].headline || !host_in_sentence(h, s, &ah, true) || !ah.o || ah.o == o)
			continue;
		if (ah.o->judged.level != OL_NONE && (ah.o->judged.place >= 0 || ah.o->judged.level_word) &&
		    holds_words(d, ah.b, d->t->s[s].last, o->a, o->b)) {
			*hf = ah;
			return;
		}
	}
}

/* A sentence after the anchor that names the meeting's body, and no other day: "The meeting
 * of the Political Bureau of the CPC Central Committee reviewed ...", "Li was speaking at a
 * plenary meeting of the State Council" (not "the speech at the meeting of X", studied). */
static bool meeting_named_after(const doc *d, size_t s, host_found *out)
{
	const sentence *se = &d->t->s[s];
	for (size_t k = se->first; k < se->last; k++)
		if (doc_wc(d, k) & (W_MONTH | W_WEEKDAY))
			return false;
	if ((ext(d, se->first) & X_ARTICLE) && subject_event(d, se, se->first, 3, out))
		return true;
	if (reported_meeting(d, se, out))
		return true;
	for (size_t k = se->first + 1; k + 1 < se->last; k++) {
		const token *v = doc_tok(d, k - 1);
		bool acting = v->kind == TOK_WORD && v->end - v->start > 4 && !memcmp(d->text + v->end - 3, "ing", 3);
		if (!acting || !(ext(d, k) & X_VENUEPREP) || !doc_is_lower(d, k))
			continue;
		size_t j = k + 1;
		while (j < se->last && (ext(d, j) & X_ARTICLE))
			j++;
		if (j > k + 1 && event_owner(d, j, se->last, out) && out->a < j + 10)
			return true;
	}
	return false;
}

/* A congress delegation's panel discussion: "Wu deliberated the work reports with the Huaian
 * delegation", "Members of Liaoning Delegation Made Speeches When Deliberating": when no body is
 * said to hold it, the delegation named in the anchor sentence or a headline before it. */
static bool delegation_host(const hosts *h, size_t anchor, host_found *out)
{
	const doc *d = h->d;
	for (size_t i = 0; i < d->norgs; i++) {
		const org *o = &d->orgs[i];
		uint32_t s = doc_tok(d, o->a)->sent;
		if (s > anchor || (s != anchor && !d->t->s[s].headline))
			continue;
		/* "Members of Liaoning Delegation": a post in it is no matter; its place is */
		if (!(ext(d, o->b - 1) & X_DELEGATION) || o->judged.place < 0)
			continue;
		*out = (host_found){o->a, o->b, o, 0, 0, 0, false};
		return true;
	}
	return false;
}

static bool find_host(const hosts *h, size_t anchor, size_t from, host_found *out)
{
	const doc *d = h->d;
	if (host_in_sentence(h, anchor, out, false))
		return true;
	/* "the second meeting of X closed. On the same day, the plenary meeting was held" */
	for (size_t s = anchor; s-- > from && s + 2 >= anchor;) {
		if (d->t->s[s].headline)
			break;
		if (host_in_sentence(h, s, out, false))
			return true;
	}
	for (size_t s = 0; s < anchor; s++)
		if (d->t->s[s].headline && host_in_sentence(h, s, out, false))
			return true;
	/* "The Yellow River Forum was held in Xining. ..., the forum was organized by X" */
	if (anchor + 1 < d->t->ns && !d->t->s[anchor + 1].headline && held_by_after(h, anchor + 1, out))
		return true;
	/* "A key Party meeting on Friday called for ... The meeting of the Political Bureau of the
	 * CPC Central Committee reviewed": the next sentences may name the meeting's body */
	for (size_t s = anchor + 1; s < d->t->ns && s <= anchor + 2; s++)
		if (!d->t->s[s].headline && meeting_named_after(d, s, out))
			return true;
	return delegation_host(h, anchor, out);
}

/* ---- place and level ---- */

static bool level_fits(int level, char lw, int place_level)
{
	switch (level) {
	case OL_PROVINCIAL: return org_level_of_place(place_level) == OL_PROVINCIAL;
	case OL_PREFECTURAL:
		/* "the Municipal Government" of a county-level city is a city's too */
		return place_level == PL_PREFECTURE || (lw != 's' && place_level == PL_MUNICIPALITY) ||
		       (lw == 'm' && place_level == PL_COUNTY_CITY);
	case OL_COUNTY: return org_level_of_place(place_level) == OL_COUNTY;
	default: return false;
	}
}

/* The place the text names most strongly that fits a level, or -1. A provincial body may also
 * take the province of the cities the text names ("Secretary of the Shenzhen Municipal Party
 * Committee" places "the Provincial Party Committee" in Guangdong), at half the weight. */
/* Whether place hit i is in the text of another event, before this one's (a headline is the
 * page's). */
static bool elsewhere(const hosts *h, size_t i)
{
	const token *tk = doc_tok(h->d, h->places[i].tok);
	return tk->sent < h->from && !h->d->t->s[tk->sent].headline;
}

static int context_place(const hosts *h, int level, char lw)
{
	const doc *d = h->d;
	int best = -1, best_score = 0;
	for (size_t i = 0; i < h->nplaces; i++) {
		if (elsewhere(h, i))
			continue;
		int p = h->places[i].place;
		if (!level_fits(level, lw, d->lex->places[p].level)) {
			p = level == OL_PROVINCIAL ? lex_province_of(d->lex, p) : -1;
			if (p < 0)
				continue;
		}
		/* "the Provincial Government" is no special administrative region's, which has no
		 * province's or city's bodies: "Macau's return" in a province's readout is a topic */
		if (lw && d->lex->places[p].level == PL_SAR)
			continue;
		int score = 0;
		for (size_t j = 0; j < h->nplaces; j++) {
			int q = h->places[j].place;
			if (elsewhere(h, j))
				continue;
			if (q == p)
				score += 2 * place_weight(h->places[j].score);
			else if (level == OL_PROVINCIAL && lex_province_of(d->lex, q) == p)
				score += place_weight(h->places[j].score);
		}
		if (score > best_score) {
			best = p;
			best_score = score;
		}
	}
	return best;
}

/* The place the text names most strongly, whatever its level, or -1: a place counts the
 * mentions of the places it lies in too, so "Hebi" outranks the "Henan" it is in. */
static int strongest_place(const hosts *h)
{
	const readout_lexicon *lex = h->d->lex;
	int best = -1, best_score = 0;
	for (size_t i = 0; i < h->nplaces; i++) {
		int p = h->places[i].place, score = 0;
		if (elsewhere(h, i))
			continue;
		for (size_t j = 0; j < h->nplaces; j++) {
			if (!elsewhere(h, j) && lex_place_within(lex, p, h->places[j].place))
				score += place_weight(h->places[j].score);
		}
		if (score > best_score) {
			best = p;
			best_score = score;
		}
	}
	return best;
}

/* The place the anchor sentence says the event was held in ("was held in Ordos city"), or -1:
 * the first place after a venue word there. */
static int venue_place(const hosts *h, size_t anchor, size_t *at)
{
	const doc *d = h->d;
	for (size_t i = 0; i < h->nplaces; i++) {
		size_t k = h->places[i].tok;
		if (doc_tok(d, k)->sent != anchor || h->places[i].by_form)
			continue;
		size_t j = k;
		while (j > 0 && (ext(d, j - 1) & X_ARTICLE))
			j--;
		if (j > 0 && doc_is_lower(d, j - 1) && (ext(d, j - 1) & X_VENUEPREP) && !orgs_covering(d, k)) {
			*at = i;
			return h->places[i].place;
		}
	}
	return -1;
}

static int set_text(doc *d, readout_value *v, const char *s, readout_span sp)
{
	v->text = s;
	v->spans = arena_alloc(d->a, sizeof *v->spans);
	if (!v->spans)
		return READOUT_ENOMEM;
	v->spans[0] = sp;
	v->nspans = 1;
	return 0;
}

static readout_span tok_span(const doc *d, size_t a, size_t b)
{
	return (readout_span){doc_tok(d, a)->start, doc_tok(d, b - 1)->end};
}

/* Where the text names the place: within the evidence span if it does there, else its first
 * mention, else the first mention of a place within it ("Shenzhen" for Guangdong), else the
 * evidence span itself. */
static readout_span place_span(const hosts *h, int place, readout_span within)
{
	const doc *d = h->d;
	int first = -1, child = -1;
	for (size_t i = 0; i < h->nplaces; i++) {
		int p = h->places[i].place;
		readout_span sp = tok_span(d, h->places[i].tok, h->places[i].tok + h->places[i].len);
		if (p == place && sp.start >= within.start && sp.end <= within.end)
			return sp;
		if (p == place && first < 0)
			first = (int)i;
		if (p != place && child < 0 && lex_province_of(d->lex, p) == place)
			child = (int)i;
	}
	int i = first >= 0 ? first : child;
	if (i < 0)
		return within;
	return tok_span(d, h->places[i].tok, h->places[i].tok + h->places[i].len);
}

/* A body named by an abbreviation the text spells out ("the 13th National People's Congress
 * (NPC)" before "13th NPC concludes"): the body as spelled out, with the host's ordinal. The
 * abbreviation is the host's one word in capitals; the spelled-out body ends with it in
 * brackets. */
static void spell_out(const hosts *h, host_found *hf)
{
	const doc *d = h->d;
	if (!hf->o || hf->bb > hf->ba)
		return;
	size_t abbr = SIZE_MAX;
	for (size_t k = hf->a; k < hf->b; k++) {
		const token *tk = doc_tok(d, k);
		if (tk->flags & TF_ORDINAL)
			continue;
		if (!(tk->flags & TF_ALLCAPS) || hf->b - hf->a > 2 || abbr != SIZE_MAX)
			return;
		abbr = k;
	}
	if (abbr == SIZE_MAX)
		return;
	const token *ta = doc_tok(d, abbr);
	size_t n = ta->end - ta->start;
	for (size_t i = 0; i < d->norgs; i++) {
		const org *e = &d->orgs[i];
		if (e->b - e->a < 4 || !doc_is(d, e->b - 1, ')') || !doc_is(d, e->b - 3, '('))
			continue;
		const token *tb = doc_tok(d, e->b - 2);
		if (tb->end - tb->start != n || memcmp(d->text + tb->start, d->text + ta->start, n) != 0)
			continue;
		/* the ordinal of the host's name and of the spelled-out one must agree */
		bool ord_h = doc_tok(d, hf->a)->flags & TF_ORDINAL, ord_e = doc_tok(d, e->a)->flags & TF_ORDINAL;
		if (ord_h && ord_e && !same_words(d, e->a, e->a + 1, hf->a, hf->a + 1))
			continue;
		*hf = (host_found){e->a, e->b - 3, e, 0, 0, 0, false};
		return;
	}
}

/* The host's name as written; a body named before its meeting's noun goes first: "Standing
 * Committee" + "of the Gangu County CPC Committee". */
static int set_host(doc *d, readout_value *v, const host_found *hf)
{
	const token *tb = doc_tok(d, hf->b - 1);
	v->spans = arena_alloc(d->a, 2 * sizeof *v->spans);
	if (!v->spans)
		return READOUT_ENOMEM;
	if (hf->bb > hf->ba) {
		/* "Standing Committee" + "of the Gangu County CPC Committee" */
		char *body = doc_text_of(d, hf->ba, hf->bb), *owner = doc_text_of(d, hf->of, hf->b);
		size_t bl = body ? strlen(body) : 0, ol = owner ? strlen(owner) : 0;
		char *name = body && owner ? arena_alloc(d->a, bl + 1 + ol + 1) : NULL;
		if (!name)
			return READOUT_ENOMEM;
		memcpy(name, body, bl);
		name[bl] = ' ';
		memcpy(name + bl + 1, owner, ol + 1);
		v->text = name;
		v->spans[0] = tok_span(d, hf->ba, hf->bb);
		v->spans[1] = (readout_span){doc_tok(d, hf->of)->start, tb->end};
		v->nspans = 2;
	} else {
		if (!(v->text = doc_text_of(d, hf->a, hf->b)))
			return READOUT_ENOMEM;
		v->spans[0] = tok_span(d, hf->a, hf->b);
		v->nspans = 1;
	}
	return 0;
}

/* A judgement with its evidence. */
typedef struct verdict {
	org_judgement j;
	readout_span sp;
} verdict;

/* The level the posts of the event's people give: those who presided first, then those who
 * spoke. */
static int judge_people(const hosts *h, const int *persons, size_t n, verdict *out)
{
	doc *d = h->d;
	for (size_t i = 0; i < n; i++) {
		/* the most local of a person's posts: a member of the provincial standing committee who
		 * is the city's secretary acts for the city */
		const person_acc *p = &d->p[persons[i]];
		for (size_t t = 0; t < p->ntitles; t++) {
			org_judgement j;
			int rc = org_judge_text(&j, d->lex, p->titles[t].text, strlen(p->titles[t].text));
			if (rc)
				return rc;
			/* an institution's post ("leader of the group") only when no government's */
			bool more_local = out->j.level == OL_NONE || out->j.level == OL_OTHER ? j.level != OL_NONE
			                                                                      : j.level > out->j.level && j.level != OL_OTHER;
			if (more_local) {
				out->j = j;
				out->sp = p->titles[t].spans[0];
			}
		}
		if (out->j.level != OL_NONE)
			return 0;
	}
	return 0;
}

/* "The National Conference on Propaganda Work was held", "BEIJING -- The Central Economic Work
 * Conference opened": the anchor's own event is named as the centre's. Only as the clause's
 * subject: not "after the national conference, the province held" nor "the spirit of the
 * Central Economic Work Conference". */
static bool national_event(const doc *d, size_t anchor, size_t *a, size_t *b)
{
	const sentence *se = &d->t->s[anchor];
	/* what may come before it is a dateline or a date ("BEIJING, Aug. 22 (Xinhua) --", "On
	 * the afternoon of the 15th,"), not a clause of its own: the sentence's opening, found once */
	size_t opening = se->first;
	for (; opening < se->last; opening++) {
		const token *tq = doc_tok(d, opening);
		if (!(tq->kind != TOK_WORD || (tq->flags & (TF_CAP | TF_ALLCAPS)) || (tq->word & (W_FUNC | W_MONTH | W_WEEKDAY)) ||
		      (ext(d, opening) & (X_DAYPART | X_DATEPREP | X_ADVERB | X_ARTICLE))))
			break;
	}
	for (size_t k = se->first; k < se->last; k++) {
		if (!(ext(d, k) & X_NATIONALEVENT) || d->mention_at[k] >= 0 || orgs_covering(d, k))
			continue;
		size_t p = k;
		while (p > se->first && (ext(d, p - 1) & X_ARTICLE))
			p--;
		const token *before = p > se->first ? doc_tok(d, p - 1) : NULL;
		if (before && !(before->kind == TOK_PUNCT && (before->ch == ',' || before->ch == '-' || before->ch == ')' || before->ch == ':')))
			continue;
		if (p > opening)
			break; /* every later one is past the opening too */
		/* "National Conference", "national work conference", "Central Rural Work Conference" */
		for (size_t j = k + 1; j < se->last && j <= k + 4; j++) {
			if (doc_wc(d, j) & W_EVENTNOUN) {
				*a = k;
				*b = j + 1;
				return true;
			}
			if (doc_tok(d, j)->kind != TOK_WORD || (doc_wc(d, j) & (W_FUNC | W_EVENTVERB)) || d->mention_at[j] >= 0)
				break;
		}
	}
	return false;
}

/* The person the anchor sentence is about: its first name, when that comes before its first
 * verb of meeting or visiting and is no preposition's object ("the speech of Xi Jinping"), or -1. */
static int anchor_subject(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	for (size_t k = se->first; k < se->last; k++) {
		if (doc_wc(d, k) & W_EVENTVERB)
			return -1;
		int mi = d->mention_at[k];
		if (mi < 0 || d->m[mi].byline)
			continue;
		size_t j = k;
		while (j > se->first && (doc_wc(d, j - 1) & (W_HEAD | W_MOD | W_HONORIFIC)))
			j--;
		if (j > se->first && doc_is_lower(d, j - 1) && (ext(d, j - 1) & X_OBJECTPREP))
			return -1;
		return doc_person_of(d, (size_t)mi);
	}
	return -1;
}

/* The first level word ("county", "Provincial") of tokens [from, to), or the last of [to, from)
 * when backwards; SIZE_MAX if none. */
static size_t level_word_in(const doc *d, size_t from, size_t to, bool backwards)
{
	for (size_t n = backwards ? from - to : to - from, i = 0; i < n; i++) {
		size_t k = backwards ? from - 1 - i : from + i;
		if ((doc_wc(d, k) & (W_LVL_PROV | W_LVL_PREF | W_LVL_COUNTY)) && d->mention_at[k] < 0)
			return k;
	}
	return SIZE_MAX;
}

/* The level word of the writer's own unit, "our city", "our county", anywhere in the text; or
 * SIZE_MAX. It says whose readout this is better than a province the text mentions. */
static size_t our_level_word(const doc *d)
{
	for (size_t k = 1; k < d->t->n; k++)
		if ((doc_wc(d, k) & (W_LVL_PROV | W_LVL_PREF | W_LVL_COUNTY)) && doc_is_lower(d, k) &&
		    (ext(d, k - 1) & X_OURWORD) && d->mention_at[k] < 0)
			return k;
	return SIZE_MAX;
}

/* Body o is the subject its clause opens with ("The Central Environmental Protection
 * Inspectorate will adhere to", "According to X, the Central Supervision Team will be
 * stationed in"): a national body that acts, not one whose spirit or decisions are studied
 * ("the spirit of the Central Committee", "the Central Committee's decision"). */
static bool opens_clause(const doc *d, const org *o)
{
	size_t k = o->a;
	uint32_t sent = doc_tok(d, k)->sent;
	while (k > d->t->s[sent].first && (ext(d, k - 1) & X_ARTICLE))
		k--;
	if (k > d->t->s[sent].first && !doc_is(d, k - 1, ','))
		return false;
	return o->b >= d->t->n || doc_tok(d, o->b)->kind != TOK_POSS;
}

/* Whether tokens [a, b) hold every word of [ka, kb) but articles and "of", each as often, in
 * any order: "Standing Committee of the Party Committee of the university" holds "Party
 * Committee Standing Committee". */
static bool holds_words(const doc *d, size_t a, size_t b, size_t ka, size_t kb)
{
	for (size_t i = ka; i < kb; i++) {
		if (doc_tok(d, i)->kind != TOK_WORD || (ext(d, i) & (X_ARTICLE | X_OF)))
			continue;
		size_t need = 0, have = 0;
		for (size_t j = ka; j < kb; j++)
			need += same_words(d, j, j + 1, i, i + 1);
		for (size_t j = a; j < b; j++)
			have += same_words(d, j, j + 1, i, i + 1);
		if (have < need)
			return false;
	}
	return true;
}

/* A body named by its kind alone and no level ("the Party Committee Standing Committee (expanded)
 * meeting was held") is at the level of the same body named in full in the sentences that
 * report the event, in a post or not ("members of the Standing Committee of the Party
 * Committee of the university attended"): its name says whose it is. */
static bool fuller_naming(const hosts *h, const host_found *hf, size_t anchor, verdict *out)
{
	const doc *d = h->d;
	size_t end = anchor + 3 < d->t->ns ? anchor + 3 : d->t->ns;
	size_t first = d->t->s[anchor].first, last = d->t->s[end - 1].last;
	for (size_t i = 0; i < d->norgs; i++) {
		const org *o = &d->orgs[i];
		if (o->a < hf->b || o->a < first || o->b > last || o->judged.level == OL_NONE || o->b - o->a <= hf->b - hf->a)
			continue;
		if (holds_words(d, o->a, o->b, hf->a, hf->b)) {
			out->j = o->judged;
			out->sp = tok_span(d, o->a, o->b);
			return true;
		}
	}
	return false;
}

/* With no host's name or post to go by: a body the event's first sentences name (not a
 * national one, which is more often what is studied than who studies it), else the anchor's
 * last level word ("the county held a meeting", "presided over ... in the city"). */
static void judge_sentences(const hosts *h, size_t anchor, size_t end, verdict *out)
{
	const doc *d = h->d;
	size_t first = d->t->s[anchor].first, last = d->t->s[end - 1].last;
	for (size_t i = 0; i < d->norgs; i++) {
		const org *o = &d->orgs[i];
		if (o->a >= first && o->b <= last && o->judged.level != OL_NONE &&
		    (o->judged.level != OL_CENTRAL || opens_clause(d, o)) && !in_post(d, o)) {
			out->j = o->judged;
			out->sp = tok_span(d, o->a, o->b);
			return;
		}
	}
	const sentence *se = &d->t->s[anchor];
	size_t k = level_word_in(d, se->last, se->first, true);
	if (k == SIZE_MAX)
		k = our_level_word(d);
	if (k == SIZE_MAX)
		k = level_word_in(d, 0, d->t->n, false);
	if (k != SIZE_MAX) {
		uint32_t wc = doc_wc(d, k);
		char lw = (wc & W_LVL_PROV) ? 'p' : (wc & W_LVL_PREF) ? 'm' : 'c';
		out->j = (org_judgement){lw == 'p' ? OL_PROVINCIAL : lw == 'm' ? OL_PREFECTURAL : OL_COUNTY, -1, lw, false, false};
		out->sp = tok_span(d, k, k + 1);
	}
}

/* Whether the text places "the Municipal Party Committee" below a province or above a
 * county (convention 14 of the annotation guide): a provincial body or a county-level one, or
 * such a place, named anywhere. */
static bool city_has_clue(const hosts *h)
{
	const doc *d = h->d;
	for (size_t i = 0; i < d->norgs; i++)
		if ((d->orgs[i].judged.level == OL_PROVINCIAL || d->orgs[i].judged.level == OL_COUNTY) &&
		    !furniture(h, doc_tok(d, d->orgs[i].a)->sent))
			return true;
	for (size_t i = 0; i < h->nplaces; i++) {
		if (!h->places[i].score)
			continue; /* the page's furniture */
		int lv = org_level_of_place(d->lex->places[h->places[i].place].level);
		if (lv == OL_PROVINCIAL || lv == OL_COUNTY)
			return true;
	}
	for (size_t k = 0; k < d->t->n; k++)
		if ((doc_wc(d, k) & (W_LVL_PROV | W_LVL_COUNTY)) && d->mention_at[k] < 0)
			return true;
	return false;
}

/* "On November 4th, our city held a meeting": the writer's own place is the agent (GUIDE:
 * the city's name as the text gives it elsewhere, a dateline or a newspaper's name). */
static bool our_place_held(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	for (size_t k = se->first + 2; k < se->last; k++) {
		if (!(ext(d, k) & X_HOSTVERB) || !doc_is_lower(d, k) || (k > 0 && (ext(d, k - 1) & X_PASSIVE)))
			continue;
		size_t u = unit_subject(d, se->first, k);
		if (u != SIZE_MAX && (doc_wc(d, u) & (W_LVL_PROV | W_LVL_PREF | W_LVL_COUNTY)))
			return true;
	}
	return false;
}

int hosts_fill(hosts *h, readout_event *out, size_t anchor, size_t from, const int *presided, size_t npresided,
               const int *spoke, size_t nspoke)
{
	doc *d = h->d;
	int rc;
	h->from = from;
	host_found hf = {0, 0, NULL, 0, 0, 0, false};
	verdict v = {{OL_NONE, -1, 0, false, false}, {0, 0}};
	bool named = find_host(h, anchor, from, &hf);
	if (named) {
		resolve_kind_only(h, &hf);
		spell_out(h, &hf);
		if ((rc = set_host(d, &out->host, &hf)))
			return rc;
		if (hf.o && hf.b == hf.o->b) {
			v.j = hf.o->judged;
		} else if (hf.o) { /* the name runs on with a remit, which tells what kind of body it is */
			org_text t = text_of(d);
			org_judge(&v.j, &t, hf.o->a, hf.b);
		} else if (hf.nation) {
			v.j = (org_judgement){OL_CENTRAL, -1, 0, false, true};
		} else {
			org_text t = text_of(d);
			org_judge(&v.j, &t, hf.a, hf.b);
		}
		v.sp = tok_span(d, hf.a, hf.b);
	}
	if (v.j.level == OL_NONE && named && hf.o && !hf.nation)
		fuller_naming(h, &hf, anchor, &v);
	size_t na, nb;
	if (v.j.level == OL_NONE && national_event(d, anchor, &na, &nb)) {
		v.j = (org_judgement){OL_CENTRAL, -1, 0, false, true};
		v.sp = tok_span(d, na, nb);
	}
	/* those who presided; the anchor's subject ("During the inspection in the city, Xi went to a
	 * community"); those who spoke (a leader whose report the meeting watched comes last) */
	if (v.j.level == OL_NONE && (rc = judge_people(h, presided, npresided, &v)))
		return rc;
	int subject = v.j.level == OL_NONE ? anchor_subject(d, anchor) : -1;
	if (subject >= 0 && (rc = judge_people(h, &subject, 1, &v)))
		return rc;
	bool by_speakers = v.j.level == OL_NONE;
	if (v.j.level == OL_NONE && (rc = judge_people(h, spoke, nspoke, &v)))
		return rc;
	if (v.j.level == OL_NONE)
		judge_sentences(h, anchor, anchor + 3 < d->t->ns ? anchor + 3 : d->t->ns, &v);
	/* "was held in Ordos": where it was held says more than that a guest who spoke works for
	 * an association or a company */
	size_t vi;
	int venue = by_speakers && (v.j.level == OL_NONE || v.j.level == OL_OTHER) ? venue_place(h, anchor, &vi) : -1;
	if (venue >= 0) {
		v.j = (org_judgement){org_level_of_place(d->lex->places[venue].level), venue, 0, false, false};
		v.sp = tok_span(d, h->places[vi].tok, h->places[vi].tok + h->places[vi].len);
	}
	int level = v.j.level, place = v.j.place;
	readout_span level_sp = v.sp, place_sp = v.sp;
	if (level == OL_CENTRAL) {
		place = -1;
	} else if (level != OL_NONE && level != OL_OTHER && place < 0 && !v.j.named) {
		place = context_place(h, level, v.j.level_word);
		if (place >= 0) {
			place_sp = place_span(h, place, v.sp);
			/* "the Municipal Party Committee" of Chongqing: a city of provincial rank */
			level = org_level_of_place(d->lex->places[place].level);
		} else if (v.j.level_word == 'm' && !city_has_clue(h)) {
			/* a city, but which? Beijing's Municipal Party Committee is provincial */
			level = OL_NONE;
		}
	} else if (level == OL_OTHER && place < 0) {
		/* a village, school or company belongs to the place the text names most */
		place = strongest_place(h);
		if (place >= 0)
			place_sp = place_span(h, place, (readout_span){0, 0});
	} else if (level == OL_NONE) {
		place = strongest_place(h);
		if (place >= 0) {
			level = org_level_of_place(d->lex->places[place].level);
			level_sp = place_sp = place_span(h, place, (readout_span){0, 0});
		}
	}
	if (place >= 0 && place == v.j.place)
		place_sp = place_span(h, place, v.sp); /* the place's own words in the host's name or post */
	const char *ln = org_level_name(level);
	if (ln && (rc = set_text(d, &out->level, ln, level_sp)))
		return rc;
	if (place >= 0 && (rc = set_text(d, &out->place, d->lex->places[place].name, place_sp)))
		return rc;
	/* "our city held": the place, as the text writes it where it names it */
	if (!out->host.text && place >= 0 && place_sp.end > place_sp.start && our_place_held(d, anchor)) {
		char *name = arena_strndup(d->a, d->text + place_sp.start, place_sp.end - place_sp.start);
		if (!name || (rc = set_text(d, &out->host, name, place_sp)))
			return rc ? rc : READOUT_ENOMEM;
	}
	return 0;
}
