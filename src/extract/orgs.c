/* orgs.c — organizations: the bodies a text names, and what their names say of their level
 * and place.
 * A body's name is a run of name words (capitalized words, level words, places, the kinds of
 * data/orgs.tsv, joined by "of", "and", "for") that ends in a kind of body ("Party
 * Committee", "Bureau", "State Council"). Its level is read from the outermost body in:
 * "Organization Department of the Jinjiang Municipal Party Committee" is judged by
 * "Jinjiang Municipal Party Committee" (a county-level city), "Chongqing Working Group of
 * the State Council" by the State Council (central). */
#include "extract/doc.h"
#include "extract/orgs.h"
#include "readout/query.h"
#include "util/error.h"

#include <stdlib.h>
#include <string.h>

const char *org_level_name(int level)
{
	return level > OL_NONE ? readout_level_name((size_t)(level - 1)) : NULL;
}

int org_level_of_place(int place_level)
{
	switch (place_level) {
	case PL_PROVINCE: case PL_MUNICIPALITY: case PL_AUTONOMOUS: case PL_SAR: return OL_PROVINCIAL;
	case PL_PREFECTURE: return OL_PREFECTURAL;
	case PL_COUNTY: case PL_DISTRICT: case PL_COUNTY_CITY: return OL_COUNTY;
	default: return OL_NONE;
	}
}

static int level_of_word(char lw)
{
	switch (lw) {
	case 'p': return OL_PROVINCIAL;
	case 'm': case 's': return OL_PREFECTURAL;
	case 'c': return OL_COUNTY;
	default: return OL_NONE;
	}
}

/* A level word agrees with a place: "Chongqing Municipal" (a municipality is a city of
 * provincial rank), "Suzhou City", "Gangu County". */
static bool word_fits_place(char lw, int place_level)
{
	switch (lw) {
	case 'p': return org_level_of_place(place_level) == OL_PROVINCIAL;
	case 'm': return place_level == PL_PREFECTURE || place_level == PL_MUNICIPALITY;
	case 's': return place_level == PL_PREFECTURE;
	case 'c': return org_level_of_place(place_level) == OL_COUNTY;
	default: return true;
	}
}

static inline uint64_t ext_of(const org_text *t, size_t k)
{
	return k < t->ntok ? lex_word_ext(t->lex, &t->tok[k]) : 0;
}

static inline bool is_person(const org_text *t, size_t k)
{
	return t->mention_at && t->mention_at[k] >= 0;
}

bool org_place_stands(const org_text *t, size_t k, size_t len)
{
	if (!(t->tok[k].flags & (TF_CAP | TF_ALLCAPS)))
		return false;
	/* "Lishui town", as machine translation writes 溧水镇, is a town too */
	size_t n = k + len;
	return !(n < t->ntok && t->tok[n].kind == TOK_WORD && (ext_of(t, n) & X_SMALLERUNIT));
}

/* What one part of a name (between two "of"s) says. */
typedef struct part_signal {
	bool central_body, central_post, institution, grassroots, head, national_head, named, central_first;
	bool nation_only; /* the part is the nation's name alone: "... Administration of China" */
	int place;
	char lw;
} part_signal;

static void read_part(part_signal *ps, const org_text *t, size_t s, size_t e)
{
	memset(ps, 0, sizeof *ps);
	ps->place = -1;
	bool national_first = false, seen_word = false, other_word = false;
	size_t place_end = SIZE_MAX;
	for (size_t k = s; k < e; k++) {
		const token *tk = &t->tok[k];
		if (tk->kind == TOK_PUNCT || is_person(t, k))
			continue;
		size_t n = t->hits[k].len[PB_ORG];
		if (n && k + n <= e) {
			const lex_org *o = &t->lex->orgs[t->hits[k].val[PB_ORG]];
			switch (o->kind) {
			case OK_BODY:
				ps->central_body |= o->level == OL_CENTRAL;
				ps->head = true;
				break;
			case OK_HEAD:
				ps->head = true;
				ps->national_head |= national_first;
				break;
			case OK_INSTITUTION: ps->institution = true; break;
			case OK_POST:
				ps->central_post |= o->level == OL_CENTRAL;
				/* "Mayor": a city's post, as good as a level word */
				if (!ps->lw && (o->level == OL_PROVINCIAL || o->level == OL_PREFECTURAL || o->level == OL_COUNTY))
					ps->lw = o->level == OL_PROVINCIAL ? 'p' : o->level == OL_PREFECTURAL ? 'm' : 'c';
				break;
			}
			seen_word = true;
			k += n - 1;
			continue;
		}
		size_t pn = t->hits[k].len[PB_PLACE];
		if (pn && k + pn <= e && org_place_stands(t, k, pn)) {
			int place = (int)t->hits[k].val[PB_PLACE];
			/* "Hangzhou Xiaoshan District Party Committee": the place within the one before
			 * it is the body's */
			if (ps->place < 0 || (k == place_end && lex_place_within(t->lex, place, ps->place)))
				ps->place = place;
			seen_word = true;
			k += pn - 1;
			place_end = k + 1;
			continue;
		}
		uint32_t wc = tk->word;
		uint64_t x = ext_of(t, k);
		if (!ps->lw) {
			/* "Xishuangbanna Dai Autonomous State Party Committee": State is 州, a prefecture */
			if ((wc & W_LVL_STATE) && k + 1 < e && (ext_of(t, k + 1) & X_ORGANWORD) && (t->tok[k + 1].word & W_ORG))
				ps->lw = 's';
			else if (wc & W_LVL_PROV)
				ps->lw = 'p';
			else if (wc & W_LVL_PREF)
				ps->lw = 'm';
			else if (wc & W_LVL_COUNTY)
				ps->lw = 'c';
			/* "Songlin Municipal": a capitalized word of no class before the level word */
			if (ps->lw && k > s && (t->tok[k - 1].flags & TF_CAP) && !t->tok[k - 1].word && t->tok[k - 1].kind == TOK_WORD &&
			    !(ext_of(t, k - 1) & (X_ARTICLE | X_ORGJOIN)))
				ps->named = true;
		}
		if (x & X_GRASSROOTS)
			ps->grassroots = true;
		if (!seen_word && (x & X_NATIONALWORD))
			national_first = true;
		if (!seen_word && (x & X_CENTRALWORD))
			ps->central_first = true;
		/* "the 13th National Committee": a term's ordinal leaves "National" first */
		if (!(x & (X_ARTICLE | X_ORGJOIN)) && !(tk->flags & TF_ORDINAL) && !(wc & W_ORDWORD)) {
			seen_word = true;
			other_word |= !(x & X_NATIONALWORD);
		}
	}
	ps->nation_only = seen_word && !other_word && !ps->head && !ps->institution && ps->place < 0 && !ps->lw;
}

/* The level a part gives, or OL_NONE; its place in *place. */
static int part_level(const part_signal *ps, const readout_lexicon *lex, int *place)
{
	*place = ps->place;
	if (ps->central_body && ps->place < 0 && !ps->lw)
		return OL_CENTRAL;
	/* "the Central First Inspection Group" is the centre's; "China X Group" an enterprise */
	if (ps->central_first && ps->place < 0 && !ps->lw && !ps->grassroots)
		return OL_CENTRAL;
	if (ps->institution || ps->grassroots)
		return OL_OTHER;
	if (ps->place >= 0) {
		int pl = lex->places[ps->place].level;
		int plevel = org_level_of_place(pl), wlevel = level_of_word(ps->lw);
		/* a level word only wins when it points lower ("Gansu ... County Party Committee") */
		if (ps->lw && !word_fits_place(ps->lw, pl) && wlevel > plevel)
			return wlevel;
		return plevel;
	}
	if (ps->lw)
		return level_of_word(ps->lw);
	if (ps->national_head || ps->central_post)
		return OL_CENTRAL;
	return OL_NONE;
}

/* The judgement a part gives at level (not OL_NONE) and place: a level word decides only
 * where no place does. */
static void judge_by_part(org_judgement *out, const part_signal *ps, int level, int place)
{
	out->level = level;
	out->place = place;
	out->level_word = place < 0 ? ps->lw : 0;
	out->named = place < 0 && ps->named;
}

bool org_remit_opens(const org_text *t, size_t k)
{
	if (k == 0 || k >= t->ntok || !(ext_of(t, k - 1) & X_REMIT))
		return false;
	const token *tk = &t->tok[k];
	if (ext_of(t, k) & X_REMITPREP)
		return true;
	/* a participle: "overseeing", "leading" */
	return tk->kind == TOK_WORD && tk->end - tk->start > 5 && !memcmp(t->text + tk->end - 3, "ing", 3) &&
	       !(tk->flags & TF_CAP) && !(tk->word & (W_EVENTVERB | W_EVENTNOUN | W_STOP));
}

/* org_judge's reading, and in *seat whether the tokens name a seat (which org_judge then
 * takes back). */
static void judge(org_judgement *out, const org_text *t, size_t a, size_t b, bool *seat);

void org_judge(org_judgement *out, const org_text *t, size_t a, size_t b)
{
	bool seat;
	judge(out, t, a, b, &seat);
	if (seat) { /* a seat, not a post: nothing of its holder's level */
		memset(out, 0, sizeof *out);
		out->place = -1;
	}
}

int org_seat_level(const org_text *t, size_t a, size_t b)
{
	org_judgement j;
	bool seat;
	judge(&j, t, a, b, &seat);
	return seat ? j.level : OL_NONE;
}

static void judge(org_judgement *out, const org_text *t, size_t a, size_t b, bool *seat)
{
	memset(out, 0, sizeof *out);
	out->place = -1;
	if (b > t->ntok)
		b = t->ntok;
	/* "the Office of the Leading Group for Poverty Alleviation under the State Council": the
	 * body above, after "under", decides as an owner after "of" does */
	for (size_t k = a + 1; k + 1 < b; k++)
		if (t->tok[k].kind == TOK_WORD && (ext_of(t, k) & X_UNDER) && !(t->tok[k].flags & TF_CAP)) {
			judge(out, t, k + 1, b, seat);
			if (out->level != OL_NONE || out->place >= 0)
				return;
			b = k;
			break;
		}
	/* "head of a leading group overseeing Hainan's reform": the body's name ends at its remit */
	bool remit = false;
	for (size_t k = a + 1; k < b; k++)
		if (org_remit_opens(t, k)) {
			b = k;
			remit = true;
			break;
		}
	/* the parts between the "of"s that no phrase spans ("Chinese Academy of Sciences" is one) */
	size_t cut[64];
	size_t ncut = 0;
	cut[ncut++] = a;
	size_t covered = a;
	for (size_t k = a; k < b && ncut < 63; k++) {
		size_t n = t->hits[k].len[PB_ORG] > t->hits[k].len[PB_PLACE] ? t->hits[k].len[PB_ORG] : t->hits[k].len[PB_PLACE];
		if (k + n > covered)
			covered = k + n;
		/* "of" names the body above; "for" what a body is for ("Leading Group for Reform") */
		if (k >= covered && t->tok[k].kind == TOK_WORD && (t->tok[k].word & W_FUNC) && (ext_of(t, k) & X_OF))
			cut[ncut++] = k + 1;
	}
	cut[ncut] = b;
	/* "Delegate to the 20th National Congress", "Deputy to the NPC": a seat, not a post */
	size_t f = a;
	while (f < b && (t->tok[f].kind == TOK_PUNCT || (ext_of(t, f) & X_ARTICLE)))
		f++;
	*seat = f < b && ((ext_of(t, f) & X_DELEGATE) || (f + 1 < b && (t->tok[f].word & W_MOD) && (ext_of(t, f + 1) & X_PURPOSE)));
	/* "the Hainan delegation of the First Session of the 14th NPC": a delegation that says
	 * whose it is belongs there, not to the congress it goes to */
	size_t first_end = ncut > 1 ? cut[1] - 1 : b;
	if (ncut > 1 && first_end > a && (ext_of(t, first_end - 1) & X_DELEGATION)) {
		part_signal own;
		read_part(&own, t, a, first_end);
		int place, level = part_level(&own, t->lex, &place);
		if (level != OL_NONE) {
			judge_by_part(out, &own, level, place);
			return;
		}
	}
	bool post = false, of_nation = false;
	for (size_t i = ncut; i-- > 0;) {
		part_signal ps;
		read_part(&ps, t, cut[i], i + 1 < ncut ? cut[i + 1] - 1 : b);
		/* "the Civil Aviation Administration of China": a body of the nation is national (a
		 * bank or a society of China is an institution still) */
		if (of_nation && ps.head && !ps.institution && !ps.grassroots && ps.place < 0 && !ps.lw)
			ps.national_head = true;
		of_nation = ps.nation_only;
		/* "the group leading the promotion of X" works on a remit; a company is "X Group" */
		if (remit && i + 1 == ncut && t->tok[b - 1].kind == TOK_WORD && !(t->tok[b - 1].flags & TF_CAP))
			ps.institution = false;
		post |= ps.central_post;
		int place;
		int level = part_level(&ps, t->lex, &place);
		/* "the Xiaoshan District Party Committee of Hangzhou", "the Party Committee of Zhejiang
		 * University of Hangzhou": a last part that is only a place locates the body of a place
		 * within it or of an institution, which is the body's */
		if (level != OL_NONE && place >= 0 && !ps.head && !ps.lw && !ps.institution) {
			for (size_t q = i; q-- > 0;) {
				part_signal inner;
				read_part(&inner, t, cut[q], cut[q + 1] - 1);
				int inner_place, inner_level = part_level(&inner, t->lex, &inner_place);
				if (inner_level == OL_OTHER ||
				    (inner_level != OL_NONE && inner_place >= 0 && inner_place != place &&
				     lex_place_within(t->lex, inner_place, place))) {
					level = inner_level;
					place = inner_place;
					ps = inner;
					break;
				}
			}
		}
		if (level != OL_NONE) {
			judge_by_part(out, &ps, level, place);
			break;
		}
	}
	out->central_post = out->level == OL_CENTRAL || (post && out->level == OL_NONE);
}

int org_judge_text(org_judgement *out, const readout_lexicon *lex, const char *text, size_t len)
{
	memset(out, 0, sizeof *out);
	out->place = -1;
	tokens tk = {0};
	phrase_hit *hits = NULL;
	/* the tokenizer wants a NUL at text[len] */
	char *copy = malloc(len + 1);
	int rc = copy ? 0 : READOUT_ENOMEM;
	if (!rc) {
		memcpy(copy, text, len);
		copy[len] = '\0';
		rc = tokens_build(&tk, copy, len, 4096);
	}
	if (!rc && tk.n && !(hits = calloc(tk.n, sizeof *hits)))
		rc = READOUT_ENOMEM;
	if (!rc && tk.n) {
		lex_classify_tokens(lex, copy, tk.v, tk.n);
		lex_find_phrases(lex, tk.v, 0, tk.n, hits);
		org_text t = {lex, copy, tk.v, hits, NULL, tk.n};
		org_judge(out, &t, 0, tk.n);
	}
	free(hits);
	free(copy);
	tokens_dispose(&tk);
	return rc == READOUT_ENOMEM ? readout_error__set(rc, "out of memory") : 0;
}

/* ---- finding the bodies a document names ---- */

static org_text text_of(const doc *d)
{
	return (org_text){d->lex, d->text, d->t->v, d->hits, d->mention_at, d->t->n};
}

/* A word that may stand in a body's name: capitalized, a level or organization word, a
 * place, an ordinal ("14th"). Tokens inside a phrase of the books are taken by the caller. */
static bool name_word(const doc *d, size_t k)
{
	const token *tk = doc_tok(d, k);
	if (d->mention_at[k] >= 0)
		return false;
	if (tk->kind == TOK_POSS)
		return true;
	if (tk->kind == TOK_PUNCT)
		return tk->ch == '(' || tk->ch == ')' || tk->ch == '&';
	if (tk->kind != TOK_WORD)
		return false;
	if (tk->flags & TF_ORDINAL)
		return true;
	uint32_t wc = tk->word;
	if (wc & (W_MONTH | W_WEEKDAY | W_PRONOUN | W_EVENTVERB | W_STOP | W_EVENTNOUN))
		return false;
	/* posts: "Secretary of the Municipal Party Committee" names a person's post; but a post's
	 * word right before a kind of body is the body's ("Inspector Group") */
	if (((wc & W_HEAD) && !(k + 1 < d->t->n && d->hits[k + 1].len[PB_ORG] && d->mention_at[k + 1] < 0)) ||
	    ((wc & W_MOD) && !(wc & (W_ORG | W_ORDWORD)) && !(lex_word_ext(d->lex, tk) & X_NATIONALWORD)))
		return false;
	if (tk->flags & (TF_CAP | TF_ALLCAPS))
		return !(lex_word_ext(d->lex, tk) & (X_ARTICLE | X_ADVERB | X_DAYPART));
	/* in lower case, only the words of bodies' kinds and levels: "the municipal party committee",
	 * not "the education of party members" */
	return ((wc & (W_LVL_PROV | W_LVL_PREF | W_LVL_COUNTY | W_CENTRAL)) || ((wc & W_MOD) && (wc & W_ORG)) ||
	        (lex_word_ext(d->lex, tk) & X_ORGANWORD)) &&
	       !(wc & W_FUNC);
}

/* Joins and articles are function words: the class rules out most tokens without a probe. */
static bool is_join(const doc *d, size_t k)
{
	const token *tk = doc_tok(d, k);
	if (tk->kind == TOK_PUNCT)
		return tk->ch == '&';
	return tk->kind == TOK_WORD && (tk->word & W_FUNC) && doc_is_lower(d, k) && (lex_word_ext(d->lex, tk) & X_ORGJOIN);
}

/* A join that adds a word to a name ("and", "&"), not one that names another body ("of"). */
static bool is_and(const doc *d, size_t k)
{
	return is_join(d, k) && !(lex_word_ext(d->lex, doc_tok(d, k)) & X_OBJECTPREP);
}

static bool is_article(const doc *d, size_t k)
{
	const token *tk = doc_tok(d, k);
	return tk->kind == TOK_WORD && (tk->word & W_FUNC) && (lex_word_ext(d->lex, tk) & X_ARTICLE);
}

/* Token j is inside a phrase of the places or of the bodies (not of the posts). */
static bool in_phrase(const doc *d, size_t j)
{
	for (size_t q = j + 1; q-- > 0 && q + 8 > j;) {
		const phrase_hit *h = &d->hits[q];
		size_t n = h->len[PB_PLACE];
		if (h->len[PB_ORG] > n && d->lex->orgs[h->val[PB_ORG]].kind != OK_POST)
			n = h->len[PB_ORG];
		if (q + n > j)
			return d->mention_at[j] < 0;
	}
	return false;
}

/* An event's word inside a capitalized name: "Theoretical Learning Center Group", "Discipline
 * Inspection and Supervision Commission". */
static bool name_event_word(const doc *d, size_t first, size_t k)
{
	if (!(doc_wc(d, k) & W_EVENTNOUN) || !(doc_tok(d, k)->flags & TF_CAP) || d->mention_at[k] >= 0 || k <= first)
		return false;
	if ((doc_tok(d, k - 1)->flags & TF_CAP) && name_word(d, k - 1))
		return true;
	/* "Leading Group for Inspection Work": after a body's kind and its "for" */
	return k - 1 > first && is_join(d, k - 1) && in_phrase(d, k - 2) &&
	       (doc_tok(d, k - 2)->flags & TF_CAP);
}

enum { MAX_LOWER_REMIT = 4 };

/* Whether tokens [a, b) are all words in lower case. */
static bool all_lower(const doc *d, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (!doc_is_lower(d, k))
			return false;
	return true;
}

/* The level word that opens lower-case words of what a body is for, ending at e: "municipal"
 * in "municipal housing and urban-rural development"; or the possessive of a capitalized
 * name before them; or e. */
static size_t lower_remit_start(const doc *d, size_t first, size_t e)
{
	size_t q = e, n = 0;
	while (q > first && n <= MAX_LOWER_REMIT) {
		const token *tk = doc_tok(d, q - 1);
		if (tk->kind == TOK_PUNCT && tk->ch == '-') {
			q--;
			continue;
		}
		/* "the Municipal Party Committee's theoretical study center group": a name's possessive */
		if (tk->kind == TOK_POSS)
			return n && q - 1 > first && (doc_tok(d, q - 2)->flags & TF_CAP) ? q - 1 : e;
		if (!doc_is_lower(d, q - 1) || d->mention_at[q - 1] >= 0)
			return e;
		if (tk->word & (W_LVL_PROV | W_LVL_PREF | W_LVL_COUNTY))
			return n ? q - 1 : e;
		/* (an event's word is a remit's: "discipline inspection", "theoretical learning") */
		if ((tk->word & (W_STOP | W_EVENTVERB | W_PRONOUN | W_MONTH | W_WEEKDAY | W_HEAD | W_PLURAL)) ||
		    ((tk->word & W_FUNC) && !is_and(d, q - 1)) || lex_word_ext(d->lex, tk) & (X_ARTICLE | X_ADVERB | X_DAYPART))
			return e;
		q--;
		n++;
	}
	return e;
}

/* Where the name ending in the kind at [h, ...) starts: back over name words and joins. A walk
 * that reaches floor (the end of the body before, or 0) stops there: one name with it, and no
 * run of kinds is walked again and again. */
static size_t name_start(const doc *d, size_t first, size_t h, size_t floor)
{
	size_t j = h;
	while (j > first) {
		if (j <= floor)
			return j;
		size_t k = j - 1;
		if (in_phrase(d, k) || name_word(d, k)) {
			j = k;
			continue;
		}
		/* "Ningbo No. 2 Middle School": a rank inside an institution's name */
		if (k >= first + 2 && doc_rank_number(d, k - 2) && d->hits[h].len[PB_ORG] &&
		    d->lex->orgs[d->hits[h].val[PB_ORG]].kind == OK_INSTITUTION) {
			j = k - 2;
			continue;
		}
		/* an event's word inside a capitalized name: "Theoretical Learning Center Group" */
		if (name_event_word(d, first, k) && ((doc_tok(d, j)->flags & TF_CAP) || is_and(d, j))) {
			j = k;
			continue;
		}
		/* "the" only after a join: "Standing Committee of the Provincial ..." */
		if (is_article(d, k) && k > first && is_join(d, k - 1) && k - 1 > first &&
		    (in_phrase(d, k - 2) || name_word(d, k - 2))) {
			j = k - 1;
			continue;
		}
		if (is_join(d, k) && k > first &&
		    (in_phrase(d, k - 1) || name_word(d, k - 1) || (is_and(d, k) && name_event_word(d, first, k - 1)))) {
			j = k;
			continue;
		}
		/* "the municipal finance bureau", "the provincial natural resources department": what
		 * a lower-case kind is for, after its level word */
		size_t lw = lower_remit_start(d, first, k + 1);
		if (lw <= k && all_lower(d, k + 1, h + 1)) {
			j = lw;
			continue;
		}
		break;
	}
	/* a name starts with a word of its own */
	while (j < h && (is_join(d, j) || is_article(d, j) || doc_tok(d, j)->kind == TOK_POSS || doc_is(d, j, ')')))
		j++;
	return j;
}

/* Whether tokens [a, b) open a bracket they do not close. */
static bool bracket_open(const doc *d, size_t a, size_t b)
{
	int depth = 0;
	for (size_t k = a; k < b; k++)
		depth += doc_is(d, k, '(') ? 1 : doc_is(d, k, ')') ? -1 : 0;
	return depth > 0;
}

/* Whether an institution's one-word phrase starts at k ("Ltd", "Company"). */
static bool institution_word_at(const doc *d, size_t k)
{
	return d->hits[k].len[PB_ORG] == 1 && d->lex->orgs[d->hits[k].val[PB_ORG]].kind == OK_INSTITUTION;
}

/* "Co., Ltd.": a company's legal form, written after a comma, is still its name. [a, e) is the
 * phrase that ends the name so far; returns where the name ends. */
static size_t legal_form_end(const doc *d, size_t a, size_t e, size_t last)
{
	if (d->lex->orgs[d->hits[a].val[PB_ORG]].kind != OK_INSTITUTION)
		return e;
	size_t q = e < last && doc_is(d, e, '.') ? e + 1 : e;
	if (q + 1 >= last || !doc_is(d, q, ',') || !institution_word_at(d, q + 1) ||
	    !(doc_tok(d, q + 1)->flags & TF_CAP) || d->mention_at[q + 1] >= 0)
		return e;
	/* not a list of bodies: "Tianyuan Group, Company B and ..." */
	if (q + 2 < last && doc_tok(d, q + 2)->kind == TOK_WORD && (doc_tok(d, q + 2)->flags & TF_CAP))
		return e;
	/* the abbreviation's own full stop */
	if (q + 2 < last && doc_is(d, q + 2, '.') && !(doc_tok(d, q + 2)->flags & TF_SPACE_BEFORE))
		return q + 3;
	return q + 2;
}

/* "Ministry of Public Security", "(CPC)": what a capitalized kind takes after it. */
static size_t name_end(const doc *d, size_t e, size_t last)
{
	if (doc_is(d, e, '(') && e + 2 < last && (doc_tok(d, e + 1)->flags & TF_ALLCAPS) && doc_is(d, e + 2, ')'))
		e += 3;
	/* "the delegation of Hebei Province" too: a capitalized name after "of" */
	size_t first_of = e + 1 < last && is_article(d, e + 1) ? e + 2 : e + 1;
	if (e < last && is_join(d, e) && (lex_word_ext(d->lex, doc_tok(d, e)) & X_OBJECTPREP) &&
	    ((doc_tok(d, e - 1)->flags & TF_CAP) || (first_of < last && (doc_tok(d, first_of)->flags & TF_CAP)))) {
		size_t j = e + 1, end = e;
		if (j < last && is_article(d, j))
			j++;
		/* "for State owned Enterprise Reform": a lower-case word between capitalized ones */
		while (j < last && (in_phrase(d, j) || name_word(d, j) ||
		                    /* "of Lishui town", "of Dongshan village" */
		                    (doc_lower_unit_word(d, j) && (doc_tok(d, j - 1)->flags & TF_CAP)) ||
		                    (is_join(d, j) && j + 1 < last && (in_phrase(d, j + 1) || name_word(d, j + 1))) ||
		                    (j > e + 1 && doc_is_lower(d, j) && !(doc_wc(d, j) & (W_FUNC | W_STOP | W_EVENTVERB)) &&
		                     (doc_tok(d, j - 1)->flags & TF_CAP) && j + 1 < last && (doc_tok(d, j + 1)->flags & TF_CAP) &&
		                     name_word(d, j + 1)))) {
			/* a place written with its lower-case unit: "of Guangxi Zhuang autonomous region" */
			size_t pn = d->hits[j].len[PB_PLACE];
			if (pn > 1 && j + pn <= last && (doc_tok(d, j)->flags & TF_CAP) && d->mention_at[j] < 0) {
				j += pn;
				end = j;
				continue;
			}
			if ((doc_tok(d, j)->flags & (TF_CAP | TF_ALLCAPS)) || doc_lower_unit_word(d, j))
				end = j + 1;
			/* another kind of body: its own name goes on from there, unless an organization's
			 * word follows ("for State-owned Enterprise Reform") or a place's unit ("of Lishui
			 * town") */
			if (in_phrase(d, j) && !(j + 1 < last && (in_phrase(d, j + 1) || doc_lower_unit_word(d, j + 1) ||
			                                          ((doc_tok(d, j + 1)->flags & TF_CAP) && (doc_wc(d, j + 1) & W_ORG)))))
				break;
			j++;
		}
		/* "... Deepening Reform (CCCDR)": a bracket opened in the name closes in it */
		if (end > e && end < last && doc_is(d, end, ')') && bracket_open(d, e, end))
			end++;
		/* "Jiangsu Delegation for the Second Session of the NPC": what runs into a meeting's
		 * noun names the meeting the body is for, not the body */
		if (end > e && end < last && end == j && (doc_wc(d, end) & W_EVENTNOUN) && d->mention_at[end] < 0)
			end = e;
		if (end > e)
			e = end;
	}
	/* "Commission for Discipline Inspection and Supervision": capitalized words after "and"
	 * that name no body, place or person of their own end the name ("and Provincial
	 * Government" is another body) */
	if (e + 1 < last && (doc_tok(d, e - 1)->flags & TF_CAP) && is_and(d, e)) {
		size_t j = e + 1;
		while (j < last && (doc_tok(d, j)->flags & TF_CAP) && name_word(d, j) && !in_phrase(d, j) &&
		       !d->hits[j].len[PB_PLACE])
			j++;
		if (j > e + 1 && (j == last || (!name_word(d, j) && !in_phrase(d, j) && !is_join(d, j) && !doc_is(d, j, '('))))
			e = j;
	}
	return e;
}

static int push_org(doc *d, size_t a, size_t b, bool place_only)
{
	org o = {(uint32_t)a, (uint32_t)b, place_only, {0}};
	org_text t = text_of(d);
	org_judge(&o.judged, &t, a, b);
	return DOC_PUSH(d, d->orgs, d->norgs, d->ocap, o);
}

/* Whether the word at k, after a one-word kind of body that also modifies posts ("Party":
 * "Party secretary"), makes the kind a modifier of its own noun: "Party history", "Party
 * building", "the Party history learning and education meeting" (not "Party Committee",
 * "Party Secretary", "Party meeting", "Party of"). */
static bool kind_as_modifier(const doc *d, size_t k, size_t last)
{
	if (k >= last || d->mention_at[k] >= 0 || d->hits[k].len[PB_ORG] || d->hits[k].len[PB_PLACE])
		return false;
	const token *tk = doc_tok(d, k);
	if (tk->kind != TOK_WORD || (tk->flags & (TF_ALLCAPS | TF_ORDINAL)))
		return false;
	return !(tk->word & (W_FUNC | W_STOP | W_EVENTVERB | W_EVENTNOUN | W_HEAD | W_PLURAL | W_MOD | W_PARTY |
	                     W_CENTRAL | W_LVL_PROV | W_LVL_PREF | W_LVL_COUNTY | W_LVL_STATE | W_MONTH | W_WEEKDAY |
	                     W_PRONOUN | W_NUMWORD | W_ORDWORD | W_INSTITUTION | W_GROUP | W_CONNECTOR)) &&
	       !(lex_word_ext(d->lex, tk) & (X_ADVERB | X_DAYPART | X_HOSTVERB | X_ARTICLE | X_REMIT | X_SMALLERUNIT));
}

int orgs_find(doc *d)
{
	d->norgs = 0;
	for (size_t s = 0; s < d->t->ns; s++) {
		const sentence *se = &d->t->s[s];
		size_t cur_a = 0, cur_b = 0;
		bool open = false;
		for (size_t k = se->first; k < se->last; k++) {
			size_t n = d->hits[k].len[PB_ORG];
			if (!n || d->mention_at[k] >= 0 || k + n > se->last)
				continue;
			int kind = d->lex->orgs[d->hits[k].val[PB_ORG]].kind;
			if (kind == OK_POST || (kind == OK_HEAD && n == 1 && (doc_wc(d, k) & W_MOD) && kind_as_modifier(d, k + 1, se->last)))
				continue;
			size_t a = name_start(d, se->first, k, open ? cur_b : 0);
			size_t b = name_end(d, legal_form_end(d, k, k + n, se->last), se->last);
			/* "the X Party Committee (X People's Government)": a bracket opened closes in the name */
			if (b < se->last && doc_is(d, b, ')') && bracket_open(d, a, b))
				b++;
			if (open && a <= cur_b) {
				cur_b = b > cur_b ? b : cur_b;
			} else {
				int rc;
				if (open && (rc = push_org(d, cur_a, cur_b, false)))
					return rc;
				cur_a = a, cur_b = b;
				open = true;
			}
			k += n - 1;
		}
		int rc;
		if (open && (rc = push_org(d, cur_a, cur_b, false)))
			return rc;
	}
	return 0;
}

const org *orgs_covering(const doc *d, size_t k)
{
	size_t lo = 0, hi = d->norgs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->orgs[mid].b <= k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < d->norgs && d->orgs[lo].a <= k ? &d->orgs[lo] : NULL;
}
