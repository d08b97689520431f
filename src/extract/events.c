/* events.c — the events a readout reports and who did what at each.
 * The main event is anchored at the first sentence that reports a meeting being held (or a
 * dated sentence with a role); later sentences that open with "On the same day" and the like
 * and report another meeting start further events. Each event gets its date (resolved against
 * the dateline), host, place, level, roles, type, format, size, duration and subject. */
#include "extract/dates.h"
#include "extract/doc.h"
#include "util/error.h"

#include <ctype.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

enum { MAX_EVENTS = 16, MAX_ROLE = 128, MAX_DATES = 256 };

typedef struct ev_acc {
	size_t first_sent, end_sent;  /* sentences [first, end) */
	size_t anchor;                /* sentence that introduces it */
	int presided[MAX_ROLE], spoke[MAX_ROLE], attended[MAX_ROLE];
	readout_span psp[MAX_ROLE], ssp[MAX_ROLE], asp[MAX_ROLE];
	size_t np, ns, na;
} ev_acc;

typedef struct place_hit {
	int place;
	size_t tok;
	int score;
} place_hit;

typedef struct ev_ctx {
	doc *d;
	place_hit places[256];        /* every place the text names, found once */
	size_t nplaces;
	date_expr dates[MAX_DATES];
	size_t ndates;
	int ry, rm, rd;               /* reference (dateline) date */
	ev_acc ev[MAX_EVENTS];
	size_t nev;
} ev_ctx;

static bool sent_has(const doc *d, size_t s, uint32_t cls)
{
	const sentence *se = &d->t->s[s];
	const token *tv = d->t->v;
	for (size_t k = se->first; k < se->last; k++)
		if ((tv[k].word & cls) && d->mention_at[k] < 0)
			return true;
	return false;
}

static const date_expr *sent_date(const ev_ctx *c, size_t s)
{
	const sentence *se = &c->d->t->s[s];
	uint32_t a = doc_tok(c->d, se->first)->start, b = doc_tok(c->d, se->last - 1)->end;
	for (size_t i = 0; i < c->ndates; i++)
		if (!c->dates[i].dateline && c->dates[i].start >= a && c->dates[i].end <= b)
			return &c->dates[i];
	return NULL;
}

/* Role cue at token k: its cue entry and length (0 if none or its object is missing). */
static size_t cue_at(const doc *d, size_t k, size_t end, const lex_cue **out)
{
	uint32_t v;
	size_t n = doc_phrase(d, PB_CUE, k, end, &v);
	if (!n)
		return 0;
	/* only lower-case verbs are cues ("Said" in a headline is rare; "Attended" likewise) */
	const lex_cue *cue = &d->lex->cues[v];
	if (cue->objects[0]) {
		bool found = false;
		for (size_t j = k + n; j < end && j < k + n + 7 && !found; j++) {
			char key[64];
			size_t l = lex_token_key(d->text, doc_tok(d, j), key, sizeof key);
			if (!l)
				continue;
			const char *o = cue->objects;
			while (*o && !found) {
				const char *bar = strchr(o, '|');
				size_t ol = bar ? (size_t)(bar - o) : strlen(o);
				if (ol == l && strncmp(o, key, l) == 0)
					found = true;
				o += ol + (bar ? 1 : 0);
			}
		}
		if (!found)
			return 0;
	}
	*out = cue;
	return n;
}

static bool is_event_sentence(const doc *d, size_t s)
{
	return sent_has(d, s, W_EVENTNOUN) && sent_has(d, s, W_EVENTVERB);
}

static bool has_role_cue(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	for (size_t k = se->first; k < se->last; k++) {
		const lex_cue *c;
		if (cue_at(d, k, se->last, &c))
			return true;
	}
	return false;
}

/* "On the same day", "Subsequently", "After the meeting": another event may start here. */
static bool opens_with_connector(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	for (size_t k = se->first; k < se->last && k < se->first + 5; k++) {
		if (doc_is(d, k, ','))
			break;
		if (doc_wc(d, k) & W_CONNECTOR)
			return true;
	}
	return false;
}

static void add_role(ev_acc *e, int role, int person, readout_span sp)
{
	int *arr;
	readout_span *spans;
	size_t *n;
	switch (role) {
	case ROLE_PRESIDED: arr = e->presided, spans = e->psp, n = &e->np; break;
	case ROLE_SPOKE: arr = e->spoke, spans = e->ssp, n = &e->ns; break;
	default: arr = e->attended, spans = e->asp, n = &e->na; break;
	}
	for (size_t i = 0; i < *n; i++)
		if (arr[i] == person)
			return;
	if (*n < MAX_ROLE) {
		arr[*n] = person;
		spans[*n] = sp;
		(*n)++;
	}
}

/* A word that may stand in a title or name before a mention ("General Secretary of the ..."). */
static bool titleish(const doc *d, size_t j)
{
	const token *tk = doc_tok(d, j);
	uint32_t wc = doc_wc(d, j);
	return tk->kind == TOK_POSS || doc_is(d, j, '(') || doc_is(d, j, ')') ||
	       (tk->kind == TOK_WORD && ((tk->flags & TF_CAP) || (wc & (W_HONORIFIC | W_HEAD | W_MOD | W_ORG)) ||
	                                 doc_word_is(d, j, "of") || doc_word_is(d, j, "the"))) ||
	       doc_is(d, j, '.');
}

/* Where the titleish words before each token of a sentence begin: run[k], filled as far as
 * asked (upto), once per sentence. Scanning back from each mention made a long sentence of
 * names quadratic. */
typedef struct title_runs {
	uint32_t *run;
	size_t first, upto;
} title_runs;

static size_t run_start(const doc *d, title_runs *r, size_t k)
{
	for (; r->upto <= k; r->upto++)
		r->run[r->upto] = r->upto > r->first && titleish(d, r->upto - 1) ? r->run[r->upto - 1] : (uint32_t)r->upto;
	return r->run[k];
}

/* A mention that is the object of a preposition ("the speech of General Secretary Xi"),
 * a possessive ("Xi Jinping's") or part of "Xi Jinping Thought" is not a subject. */
static bool is_subject(const doc *d, const mention *m, size_t lo, title_runs *r)
{
	if (m->b < d->t->n) {
		const token *nx = doc_tok(d, m->b);
		if (nx->kind == TOK_POSS || doc_word_is(d, m->b, "thought"))
			return false;
	}
	size_t start = run_start(d, r, m->a);
	size_t j = start > lo ? start : lo;
	/* skip back over a title ending in "of the X" to the word before it */
	if (j > lo) {
		static const char *const preps[] = {"of", "by", "with", "to", "from", "for", "around", "about", "under"};
		for (size_t q = 0; q < sizeof preps / sizeof *preps; q++)
			if (doc_word_is(d, j - 1, preps[q]))
				return false;
	}
	return true;
}

/* The first mention starting at or after token k (mentions are in order of position). */
static size_t first_mention_from(const doc *d, size_t k)
{
	size_t lo = 0, hi = d->nm;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->m[mid].a < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void roles_in_sentence(ev_ctx *c, ev_acc *e, size_t s)
{
	doc *d = c->d;
	const sentence *se = &d->t->s[s];
	size_t boundary = se->first;
	title_runs runs = {d->scratch, se->first, se->first}; /* the scratch is free while events run */
	int prev[MAX_ROLE];
	readout_span prev_sp[MAX_ROLE];
	size_t nprev = 0;
	for (size_t k = se->first; k < se->last; k++) {
		if (d->mention_at[k] >= 0)
			continue;
		const lex_cue *cue;
		size_t n = cue_at(d, k, se->last, &cue);
		if (!n)
			continue;
		/* a capitalized cue word is part of a name or title, not a verb */
		if (doc_tok(d, k)->flags & TF_CAP && k != se->first && !(doc_tok(d, k)->flags & TF_NL_BEFORE))
			continue;
		int found[MAX_ROLE];
		readout_span fsp[MAX_ROLE];
		size_t nf = 0;
		size_t lo, hi;
		if (cue->after) {
			lo = k + n;
			hi = se->last;
			/* stop at the next cue */
			for (size_t j = lo; j < se->last; j++) {
				const lex_cue *c2;
				if (d->mention_at[j] < 0 && cue_at(d, j, se->last, &c2)) {
					hi = j;
					break;
				}
			}
		} else {
			lo = boundary;
			hi = k;
		}
		/* the mentions in [lo, hi), in order */
		for (size_t mi = first_mention_from(d, lo); mi < d->nm && d->m[mi].a < hi && nf < MAX_ROLE; mi++) {
			const mention *m = &d->m[mi];
			if (m->b > hi || m->byline)
				continue;
			if (!cue->after && !is_subject(d, m, lo, &runs))
				continue;
			int p = doc_person_of(d, mi);
			if (p < 0)
				continue;
			found[nf] = p;
			fsp[nf] = (readout_span){doc_tok(d, m->a)->start, doc_tok(d, m->b - 1)->end};
			nf++;
		}
		if (nf == 0 && !cue->after && nprev) {
			/* "X presided over the meeting and delivered a speech": the subject carries */
			size_t j = k;
			while (j > boundary && (doc_is_lower(d, j - 1) && !(doc_word_is(d, j - 1, "and") ||
			                                                    doc_word_is(d, j - 1, "while") ||
			                                                    doc_word_is(d, j - 1, "then"))))
				j--;
			if (j > boundary && (doc_word_is(d, j - 1, "and") || doc_word_is(d, j - 1, "while") ||
			                     doc_word_is(d, j - 1, "then"))) {
				for (size_t q = 0; q < nprev; q++) {
					found[nf] = prev[q];
					fsp[nf] = prev_sp[q]; /* the evidence is the subject's mention */
					nf++;
				}
			}
		}
		for (size_t q = 0; q < nf; q++)
			add_role(e, cue->role, found[q], fsp[q]);
		if (nf) {
			memcpy(prev, found, nf * sizeof *found);
			memcpy(prev_sp, fsp, nf * sizeof *fsp);
			nprev = nf;
		}
		boundary = cue->after ? hi : k + n;
		k += n - 1;
	}
}

/* ---- host ---- */

static bool org_token(const doc *d, size_t j)
{
	const token *tk = doc_tok(d, j);
	if (d->mention_at[j] >= 0)
		return false;
	if (tk->kind == TOK_POSS)
		return true;
	if (tk->kind == TOK_PUNCT)
		return tk->ch == '(' || tk->ch == ')';
	if (tk->kind != TOK_WORD)
		return false;
	uint32_t wc = doc_wc(d, j);
	if (wc & (W_MONTH | W_WEEKDAY | W_PRONOUN))
		return false;
	if (tk->flags & (TF_CAP | TF_ALLCAPS | TF_ORDINAL))
		return true;
	return (wc & (W_ORG | W_FUNC)) && !doc_word_is(d, j, "to") && !doc_word_is(d, j, "at") &&
	       !doc_word_is(d, j, "on") && !doc_word_is(d, j, "a") && !doc_word_is(d, j, "an");
}

static void trim_org(const doc *d, size_t *a, size_t *b)
{
	while (*a < *b && ((doc_wc(d, *a) & W_FUNC) || doc_is(d, *a, ')') || (doc_tok(d, *a)->flags & TF_ORDINAL && false)))
		(*a)++;
	while (*b > *a && ((doc_wc(d, *b - 1) & W_FUNC) || doc_tok(d, *b - 1)->kind == TOK_POSS || doc_is(d, *b - 1, '(')))
		(*b)--;
}

static bool org_is_real(const doc *d, size_t a, size_t b)
{
	if (b <= a || b - a > 20)
		return false;
	bool cap = false;
	for (size_t k = a; k < b; k++) {
		if (doc_tok(d, k)->flags & (TF_CAP | TF_ALLCAPS))
			cap = true;
		if (doc_wc(d, k) & W_ORG)
			cap = true;
	}
	/* "The meeting", "It" are not hosts */
	if (b - a == 1 && (doc_wc(d, a) & (W_EVENTNOUN | W_PRONOUN)))
		return false;
	for (size_t k = a; k < b; k++)
		if ((doc_wc(d, k) & W_EVENTNOUN) && doc_is_lower(d, k))
			return false;
	return cap;
}

/* "of the ORG" starting at k ("of"), returns the end of ORG or k. */
static size_t of_org(const doc *d, size_t k, size_t end, size_t *oa)
{
	if (!doc_word_is(d, k, "of"))
		return k;
	size_t j = k + 1;
	while (j < end && (org_token(d, j)))
		j++;
	size_t a = k + 1, b = j;
	trim_org(d, &a, &b);
	if (!org_is_real(d, a, b))
		return k;
	*oa = a;
	return b;
}

static int set_value(doc *d, readout_value *v, const char *s, size_t n, readout_span sp)
{
	char *t = arena_strndup(d->a, s, n);
	v->spans = arena_alloc(d->a, sizeof *v->spans);
	if (!t || !v->spans)
		return READOUT_ENOMEM;
	for (char *q = t; *q; q++)
		if (*q == '\n' || *q == '\r' || *q == '\t')
			*q = ' ';
	v->text = t;
	v->spans[0] = sp;
	v->nspans = 1;
	return 0;
}

static int set_value_toks(doc *d, readout_value *v, size_t a, size_t b)
{
	const token *ta = doc_tok(d, a), *tb = doc_tok(d, b - 1);
	return set_value(d, v, d->text + ta->start, tb->end - ta->start, (readout_span){ta->start, tb->end});
}

static int find_host(doc *d, size_t s, readout_value *host, size_t *ha, size_t *hb)
{
	const sentence *se = &d->t->s[s];
	*ha = *hb = 0;
	for (size_t k = se->first; k < se->last; k++) {
		if (!(doc_wc(d, k) & W_EVENTVERB) || !doc_is_lower(d, k))
			continue;
		bool passive = k > se->first && (doc_word_is(d, k - 1, "was") || doc_word_is(d, k - 1, "were") ||
		                                 doc_word_is(d, k - 1, "be") || doc_word_is(d, k - 1, "been"));
		bool presiding = doc_word_is(d, k, "presided") || doc_word_is(d, k, "presiding") ||
		                 doc_word_is(d, k, "chaired") || doc_word_is(d, k, "hosted") || doc_word_is(d, k, "chairs");
		if (!passive && !presiding) {
			/* ORG held a meeting */
			size_t j = k;
			while (j > se->first && org_token(d, j - 1))
				j--;
			size_t a = j, b = k;
			trim_org(d, &a, &b);
			if (org_is_real(d, a, b)) {
				*ha = a, *hb = b;
				return set_value_toks(d, host, a, b);
			}
			continue;
		}
		/* presided over a State Council executive meeting / the first group study of X */
		size_t j = k + 1;
		if (doc_word_is(d, j, "over"))
			j++;
		if (presiding && !passive) {
			if (doc_word_is(d, j, "by"))
				continue;
			while (j < se->last && (doc_word_is(d, j, "a") || doc_word_is(d, j, "an") || doc_word_is(d, j, "the")))
				j++;
			size_t a = j;
			while (j < se->last && !(doc_wc(d, j) & W_EVENTNOUN) && j - a < 12 && !doc_is(d, j, ','))
				j++;
			size_t noun = j;
			while (j < se->last && (doc_wc(d, j) & W_EVENTNOUN))
				j++;
			size_t body_a = a, body_b = noun;
			while (body_a < body_b && !(doc_tok(d, body_a)->flags & (TF_CAP | TF_ALLCAPS)))
				body_a++;
			/* "a State Council executive meeting": the body is the capitalized part */
			while (body_b > body_a && doc_is_lower(d, body_b - 1))
				body_b--;
			while (body_a < body_b && (doc_tok(d, body_a)->flags & TF_ORDINAL))
				body_a++;
			size_t oa = 0;
			size_t ob = of_org(d, j, se->last, &oa);
			bool body = org_is_real(d, body_a, body_b);
			if (ob > j && body) {
				/* "Standing Committee meeting of the Gangu County CPC Committee" */
				const token *t1 = doc_tok(d, body_a), *t2 = doc_tok(d, body_b - 1);
				const token *t3 = doc_tok(d, j), *t4 = doc_tok(d, ob - 1);
				char buf[512];
				int n = snprintf(buf, sizeof buf, "%.*s %.*s", (int)(t2->end - t1->start), d->text + t1->start,
				                 (int)(t4->end - t3->start), d->text + t3->start);
				if (n > 0 && (size_t)n < sizeof buf) {
					*ha = body_a, *hb = ob;
					return set_value(d, host, buf, (size_t)n, (readout_span){t1->start, t4->end});
				}
			}
			if (ob > j) {
				*ha = oa, *hb = ob;
				return set_value_toks(d, host, oa, ob);
			}
			if (body) {
				*ha = body_a, *hb = body_b;
				return set_value_toks(d, host, body_a, body_b);
			}
			continue;
		}
		/* passive: "a meeting of the Standing Committee of X was held", "held by X" */
		if (doc_word_is(d, k + 1, "by")) {
			size_t a = k + 2, b = a;
			while (b < se->last && org_token(d, b))
				b++;
			trim_org(d, &a, &b);
			if (org_is_real(d, a, b)) {
				*ha = a, *hb = b;
				return set_value_toks(d, host, a, b);
			}
		}
		for (size_t q = se->first; q < k; q++) {
			if (!(doc_wc(d, q) & W_EVENTNOUN) || !doc_is_lower(d, q))
				continue;
			size_t oa = 0, ob = of_org(d, q + 1, k, &oa);
			if (ob > q + 1) {
				*ha = oa, *hb = ob;
				return set_value_toks(d, host, oa, ob);
			}
		}
		return 0;
	}
	/* "The State Council's second plenary meeting" */
	for (size_t k = se->first; k + 1 < se->last; k++) {
		if (doc_tok(d, k)->kind != TOK_POSS)
			continue;
		bool meeting = false;
		for (size_t j = k + 1; j < se->last && j < k + 5; j++)
			if (doc_wc(d, j) & W_EVENTNOUN)
				meeting = true;
		if (!meeting)
			continue;
		size_t j = k;
		while (j > se->first && org_token(d, j - 1) && doc_tok(d, j - 1)->kind != TOK_POSS)
			j--;
		size_t a = j, b = k;
		trim_org(d, &a, &b);
		if (org_is_real(d, a, b)) {
			*ha = a, *hb = b;
			return set_value_toks(d, host, a, b);
		}
	}
	return 0;
}

/* ---- place and level ---- */


static int level_rank(int pl)
{
	switch (pl) {
	case PL_PROVINCE: case PL_MUNICIPALITY: case PL_AUTONOMOUS: case PL_SAR: return 1;
	case PL_PREFECTURE: return 2;
	default: return 3;
	}
}

/* "Party Group", "Party School", "leading group", "central group study": organs of the
 * party-state, not enterprises or schools. */
static bool party_organ(const doc *d, size_t k)
{
	if (k == 0)
		return false;
	static const char *const before[] = {"party", "leading", "central", "center", "centre", "study",
	                                     "work", "propaganda", "publicity", "inspection", "preaching", "lecture"};
	for (size_t i = 0; i < sizeof before / sizeof *before; i++)
		if (doc_word_is(d, k - 1, before[i]))
			return true;
	return false;
}

/* Level words in tokens [a, b): 'p'rovincial, 'm'unicipal/prefectural, 'c'ounty, 's'tate
 * (prefecture), 'C'entral, 'o'ther (an institution), or 0. The first decisive word wins. */
static int level_word(const doc *d, size_t a, size_t b, bool institutions)
{
	for (size_t k = a; k < b; k++) {
		uint32_t wc = doc_wc(d, k);
		if (institutions && (wc & W_INSTITUTION) && d->mention_at[k] < 0 && !party_organ(d, k))
			return 'o';
	}
	for (size_t k = a; k < b; k++) {
		uint32_t wc = doc_wc(d, k);
		if (d->mention_at[k] >= 0)
			continue;
		if ((wc & W_LVL_STATE) && doc_word_is(d, k + 1, "party"))
			return 's';
		if (wc & W_LVL_PROV) return 'p';
		if (wc & W_LVL_PREF) return 'm';
		if (wc & W_LVL_COUNTY) return 'c';
	}
	return 0;
}

static bool host_is_central(const doc *d, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++) {
		if (doc_word_is(d, k, "ministry") || doc_word_is(d, k, "politburo") ||
		    (doc_word_is(d, k, "political") && doc_word_is(d, k + 1, "bureau")) ||
		    (doc_word_is(d, k, "central") && (doc_word_is(d, k + 1, "committee") || doc_word_is(d, k + 1, "military") ||
		                                      doc_word_is(d, k + 1, "commission"))) ||
		    (doc_word_is(d, k, "state") && doc_word_is(d, k + 1, "council")))
			return true;
	}
	/* "State Encryption Administration", "National Health Commission", "Supreme People's
	 * Court", "All-China Federation of Trade Unions" */
	return (doc_word_is(d, a, "state") || doc_word_is(d, a, "national") || doc_word_is(d, a, "central") ||
	        doc_word_is(d, a, "supreme") || doc_word_is(d, a, "all-china")) &&
	       !doc_word_is(d, a + 1, "party");
}

static bool compatible(int lw, int pl)
{
	switch (lw) {
	case 'p': return level_rank(pl) == 1;
	case 'm': return pl == PL_PREFECTURE || pl == PL_MUNICIPALITY;
	case 's': return pl == PL_PREFECTURE;
	case 'c': return level_rank(pl) == 3;
	default: return true;
	}
}

/* A place name followed by one of these names a smaller unit or a street called after it. */
static bool names_smaller_unit(const doc *d, size_t k)
{
	static const char *const units[] = {"township", "town", "village", "subdistrict", "street", "road",
	                                    "community", "avenue", "lane", "gacha", "sumu"};
	if (k >= d->t->n || !(doc_tok(d, k)->flags & TF_CAP))
		return false;
	for (size_t i = 0; i < sizeof units / sizeof *units; i++)
		if (doc_word_is(d, k, units[i]))
			return true;
	return false;
}

static int collect_places(doc *d, place_hit *hits, size_t cap, size_t *n)
{
	*n = 0;
	const phrase_hit *ph = d->hits; /* a local pointer, as in fill_phrases */
	size_t nt = d->t->n;
	for (size_t k = 0; k < nt && *n < cap; k++) {
		/* the phrase table first: it rules out almost every token */
		if (!ph[k].len[PB_PLACE] || d->mention_at[k] >= 0 || !(doc_tok(d, k)->flags & (TF_CAP | TF_ALLCAPS)))
			continue;
		uint32_t v;
		size_t len = doc_phrase(d, PB_PLACE, k, d->t->n, &v);
		if (!len)
			continue;
		if (names_smaller_unit(d, k + len)) {
			k += len - 1;
			continue; /* "Xiangyang Township" is a township, not Xiangyang city */
		}
		int score = 1;
		if (k > 0 && doc_word_is(d, k - 1, "in"))
			score += 2;
		if (d->t->s[doc_tok(d, k)->sent].headline)
			score += 1;
		hits[(*n)++] = (place_hit){(int)v, k, score};
		k += len - 1;
	}
	return 0;
}

/* The place a name in the text stands for: an alias resolves to its unit. */
static int best_place(const doc *d, const place_hit *hits, size_t n, size_t a, size_t b, int lw)
{
	/* a place inside the host wins */
	for (size_t i = 0; i < n; i++)
		if (hits[i].tok >= a && hits[i].tok < b)
			return hits[i].place;
	int best = -1, best_score = 0;
	for (size_t i = 0; i < n; i++) {
		int pl = d->lex->places[hits[i].place].level;
		if (!compatible(lw, pl))
			continue;
		int score = 0;
		for (size_t j = 0; j < n; j++)
			if (hits[j].place == hits[i].place)
				score += hits[j].score;
		if (score > best_score) {
			best = hits[i].place;
			best_score = score;
		}
	}
	return best;
}

static const char *level_from(int lw)
{
	switch (lw) {
	case 'p': return "provincial";
	case 'm': case 's': return "prefectural";
	case 'c': return "county";
	case 'C': return "central";
	case 'o': return "other";
	default: return NULL;
	}
}

static int fill_place_level(ev_ctx *c, readout_event *out, size_t anchor, size_t ha, size_t hb, bool has_host)
{
	doc *d = c->d;
	const place_hit *hits = c->places;
	size_t nh = c->nplaces;
	const char *level = NULL;
	int lw = 0;
	bool central = false;
	const sentence *se = &d->t->s[anchor];
	if (has_host) {
		lw = level_word(d, ha, hb, true);
		central = !lw && host_is_central(d, ha, hb);
		bool host_place = false;
		for (size_t i = 0; i < nh; i++)
			if (hits[i].tok >= ha && hits[i].tok < hb)
				host_place = true;
		if (central && !host_place)
			level = "central";
	} else {
		lw = level_word(d, se->first, se->last, true);
		/* with no host, a place the text names outranks level words elsewhere in it */
		if (!lw && best_place(d, hits, nh, 0, 0, 0) < 0) {
			/* the level words of the whole text: "State Party Committee", "Provincial" */
			for (size_t s = 0; s < d->t->ns && !lw; s++)
				lw = level_word(d, d->t->s[s].first, d->t->s[s].last, false);
		}
	}
	int place = -1;
	if (!level) {
		place = best_place(d, hits, nh, has_host ? ha : 0, has_host ? hb : 0, lw == 'o' ? 0 : lw);
		/* an enterprise or school that names no place in itself has none from the text */
		if (lw == 'o' && has_host && place >= 0) {
			bool in_host = false;
			for (size_t i = 0; i < nh; i++)
				in_host |= hits[i].tok >= ha && hits[i].tok < hb;
			if (!in_host)
				place = -1;
		}
		bool place_in_host = false;
		for (size_t i = 0; has_host && place >= 0 && i < nh; i++)
			place_in_host |= hits[i].place == place && hits[i].tok >= ha && hits[i].tok < hb;
		int prank = place >= 0 ? level_rank(d->lex->places[place].level) : 0;
		int wrank = lw == 'p' ? 1 : (lw == 'm' || lw == 's') ? 2 : lw == 'c' ? 3 : 0;
		if (lw == 'o')
			level = "other";
		else if (place >= 0 && (lw == 0 || compatible(lw, d->lex->places[place].level) ||
		                        (place_in_host && wrank <= prank)))
			/* "Kunshan City": the lexicon knows Kunshan is county-level; a level word
			 * only wins when it points lower ("Gansu ... County Party Committee") */
			level = lex_level_name(d->lex->places[place].level);
		else
			level = level_from(lw);
		if (!level && !has_host && sent_has(d, anchor, W_CENTRAL))
			level = NULL;
	}
	if (level) {
		readout_span sp = has_host ? (readout_span){doc_tok(d, ha)->start, doc_tok(d, hb - 1)->end}
		                           : (readout_span){doc_tok(d, se->first)->start, doc_tok(d, se->last - 1)->end};
		if (set_value(d, &out->level, level, strlen(level), sp))
			return READOUT_ENOMEM;
	}
	if (place >= 0) {
		const lex_place *p = &d->lex->places[place];
		readout_span sp = {0, 0};
		for (size_t i = 0; i < nh; i++)
			if (hits[i].place == place) {
				sp = (readout_span){doc_tok(d, hits[i].tok)->start, doc_tok(d, hits[i].tok)->end};
				break;
			}
		if (set_value(d, &out->place, p->name, strlen(p->name), sp))
			return READOUT_ENOMEM;
	}
	return 0;
}

/* ---- type, format, size, duration, subject ---- */

static int fill_phrases(ev_ctx *c, readout_event *out, const ev_acc *e)
{
	doc *d = c->d;
	/* type: the longest type phrase of the anchor sentence */
	const sentence *an = &d->t->s[e->anchor];
	size_t best_len = 0, best_k = 0;
	uint32_t best_v = 0;
	for (size_t k = an->first; k < an->last; k++) {
		uint32_t v;
		size_t n = doc_phrase(d, PB_EVENT, k, an->last, &v);
		if (n && d->lex->events[v].field == EF_TYPE && n > best_len) {
			best_len = n, best_k = k, best_v = v;
		}
	}
	/* "The Standing Committee of X held a meeting": the host tells the type */
	if (out->host.text && (!best_len || best_len == 1)) {
		for (size_t k = an->first; k < an->last; k++) {
			if (doc_tok(d, k)->start < out->host.spans[0].start || doc_tok(d, k)->end > out->host.spans[0].end)
				continue;
			uint32_t v;
			size_t n = doc_phrase(d, PB_EVENT, k, an->last, &v);
			if (n > best_len && (d->lex->events[v].field == EF_HOST_TYPE ||
			                     (d->lex->events[v].field == EF_TYPE && n >= 2))) {
				best_len = n, best_k = k, best_v = v;
			}
		}
	}
	if (best_len) {
		const char *l = d->lex->events[best_v].label;
		readout_span sp = {doc_tok(d, best_k)->start, doc_tok(d, best_k + best_len - 1)->end};
		if (set_value(d, &out->type, l, strlen(l), sp))
			return READOUT_ENOMEM;
	}
	/* format, size, duration over the event's sentences */
	char fmt[256] = "";
	readout_span fsp = {0, 0};
	/* local pointers: the test of each token then needs no reloads (the arrays do not move) */
	const token *tv = d->t->v;
	const phrase_hit *hits = d->hits;
	for (size_t s = e->first_sent; s < e->end_sent; s++) {
		const sentence *se = &d->t->s[s];
		for (size_t k = se->first; k < se->last; k++) {
			/* most tokens start no event phrase and are no number or "five-day": nothing
			 * below applies to them */
			const token *tk0 = &tv[k];
			if (!hits[k].len[PB_EVENT] && tk0->kind != TOK_NUM && !(tk0->flags & TF_HYPHEN) &&
			    !(tk0->word & W_NUMWORD))
				continue;
			uint32_t v;
			size_t n = doc_phrase(d, PB_EVENT, k, se->last, &v);
			if (n && d->lex->events[v].field == EF_FORMAT) {
				const char *l = d->lex->events[v].label;
				if (!strstr(fmt, l) && strlen(fmt) + strlen(l) + 3 < sizeof fmt) {
					if (fmt[0])
						strcat(fmt, "; ");
					else
						fsp = (readout_span){doc_tok(d, k)->start, doc_tok(d, k + n - 1)->end};
					strcat(fmt, l);
				}
				k += n - 1;
				continue;
			}
			if (n && d->lex->events[v].field == EF_SUBJECT && !out->subject.text) {
				const char *l = d->lex->events[v].label;
				if (set_value(d, &out->subject, l, strlen(l), (readout_span){doc_tok(d, k)->start, doc_tok(d, k + n - 1)->end}))
					return READOUT_ENOMEM;
			}
			/* size: "more than 300 people" */
			if (!out->size.text && (doc_tok(d, k)->kind == TOK_NUM || (doc_wc(d, k) & W_NUMWORD))) {
				size_t j = k + 1;
				if (j < se->last && (doc_word_is(d, j, "people") || doc_word_is(d, j, "persons") ||
				                     doc_word_is(d, j, "participants") || doc_word_is(d, j, "attendees") ||
				                     doc_word_is(d, j, "cadres") || doc_word_is(d, j, "representatives") ||
				                     doc_word_is(d, j, "delegates") || doc_word_is(d, j, "officials") ||
				                     (doc_word_is(d, k - 1, "than") && doc_word_is(d, k - 3, "totaling")))) {
					size_t a = k;
					if (a >= 2 && doc_word_is(d, a - 1, "than") && (doc_word_is(d, a - 2, "more") || doc_word_is(d, a - 2, "less")))
						a -= 2;
					else if (a >= 1 && (doc_word_is(d, a - 1, "over") || doc_word_is(d, a - 1, "nearly") ||
					                    doc_word_is(d, a - 1, "about") || doc_word_is(d, a - 1, "around") ||
					                    doc_word_is(d, a - 1, "some") || doc_word_is(d, a - 1, "approximately")))
						a -= 1;
					size_t b = doc_word_is(d, k + 1, "people") || doc_word_is(d, k + 1, "persons") ||
					                   doc_word_is(d, k + 1, "participants") || doc_word_is(d, k + 1, "attendees") ||
					                   doc_word_is(d, k + 1, "cadres") || doc_word_is(d, k + 1, "representatives") ||
					                   doc_word_is(d, k + 1, "delegates") || doc_word_is(d, k + 1, "officials")
					               ? k + 2 : k + 1;
					if (set_value_toks(d, &out->size, a, b))
						return READOUT_ENOMEM;
				}
			}
			/* duration: "lasted for five days", "a five-day ..." */
			if (!out->duration.text && doc_tok(d, k)->kind == TOK_WORD && (doc_tok(d, k)->flags & TF_HYPHEN)) {
				const token *tk = doc_tok(d, k);
				const char *w = d->text + tk->start;
				size_t wl = tk->end - tk->start;
				const char *dash = memchr(w, '-', wl);
				if (dash && (size_t)(w + wl - dash) == 4 && strncasecmp(dash + 1, "day", 3) == 0) {
					char buf[64];
					int n2 = snprintf(buf, sizeof buf, "%.*s days", (int)(dash - w), w);
					if (n2 > 0 && (size_t)n2 < sizeof buf && set_value(d, &out->duration, buf, (size_t)n2, (readout_span){tk->start, tk->end}))
						return READOUT_ENOMEM;
				}
			}
			if (!out->duration.text && (doc_wc(d, k) & W_NUMWORD || doc_tok(d, k)->kind == TOK_NUM) &&
			    (doc_word_is(d, k + 1, "days") || doc_word_is(d, k + 1, "day") || doc_word_is(d, k + 1, "hours") ||
			     doc_word_is(d, k + 1, "weeks")) &&
			    k >= 2 && (doc_word_is(d, k - 1, "lasted") || doc_word_is(d, k - 2, "lasted") ||
			               doc_word_is(d, k - 1, "for"))) {
				if (set_value_toks(d, &out->duration, k, k + 2))
					return READOUT_ENOMEM;
			}
		}
	}
	if (fmt[0] && set_value(d, &out->format, fmt, strlen(fmt), fsp))
		return READOUT_ENOMEM;
	return 0;
}

static int ordinal_value(const doc *d, size_t k)
{
	static const char *const words[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
	                                    "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
	                                    "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
	                                    "nineteenth", "twentieth"};
	const token *tk = doc_tok(d, k);
	if (tk->flags & TF_ORDINAL)
		return atoi(d->text + tk->start);
	if (doc_word_is(d, k, "twenty") && doc_tok(d, k + 1)->kind == TOK_WORD) {
		int v = ordinal_value(d, k + 1);
		return v > 0 && v < 10 ? 20 + v : 0;
	}
	for (int i = 0; i < 20; i++)
		if (doc_word_is(d, k, words[i]))
			return i + 1;
	return 0;
}

static const char *ord_suffix(int n)
{
	if (n % 100 >= 11 && n % 100 <= 13)
		return "th";
	switch (n % 10) {
	case 1: return "st";
	case 2: return "nd";
	case 3: return "rd";
	default: return "th";
	}
}

/* "20th National Congress", "Nineteenth National Congress of the Communist Party of China",
 * "First Plenary Session of the 19th Central Committee" -> canonical subject. */
static int find_subject(ev_ctx *c, readout_event *out, size_t from, size_t to)
{
	doc *d = c->d;
	for (size_t s = from; s < to; s++) {
		const sentence *se = &d->t->s[s];
		for (size_t k = se->first; k < se->last; k++) {
			if (!(doc_tok(d, k)->flags & TF_ORDINAL) && !(doc_wc(d, k) & W_ORDWORD) && !doc_word_is(d, k, "twenty"))
				continue;
			int n = ordinal_value(d, k);
			if (!n)
				continue;
			size_t j = k + 1;
			if (doc_word_is(d, k, "twenty"))
				j++;
			while (j < se->last && (doc_word_is(d, j, "cpc") || doc_word_is(d, j, "ccp") || doc_word_is(d, j, "party") ||
			                        doc_word_is(d, j, "national") || doc_word_is(d, j, "communist")))
				j++;
			char buf[128];
			if (doc_word_is(d, j, "congress") && j > k + 1) {
				snprintf(buf, sizeof buf, "%d%s National Congress", n, ord_suffix(n));
				return set_value(d, &out->subject, buf, strlen(buf), (readout_span){doc_tok(d, k)->start, doc_tok(d, j)->end});
			}
			if (doc_word_is(d, j, "plenary") && doc_word_is(d, j + 1, "session")) {
				size_t q = j + 2;
				if (doc_word_is(d, q, "of"))
					q++;
				if (doc_word_is(d, q, "the"))
					q++;
				int cc = ordinal_value(d, q);
				if (cc) {
					snprintf(buf, sizeof buf, "%d%s Plenary Session of the %d%s Central Committee", n, ord_suffix(n), cc, ord_suffix(cc));
					return set_value(d, &out->subject, buf, strlen(buf), (readout_span){doc_tok(d, k)->start, doc_tok(d, q)->end});
				}
				snprintf(buf, sizeof buf, "%d%s Plenary Session", n, ord_suffix(n));
				return set_value(d, &out->subject, buf, strlen(buf), (readout_span){doc_tok(d, k)->start, doc_tok(d, j + 1)->end});
			}
		}
	}
	return 0;
}

/* ---- dates ---- */

/* The n bytes at s, ASCII letters folded to lower case, are lower's. */
static inline bool ascii_ieq(const char *s, const char *lower, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if ((c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) != lower[i])
			return false;
	}
	return true;
}

/* Only these tokens can open a date expression; the parser is not run at the others. */
static bool could_start_date(const doc *d, const token *tk, size_t k)
{
	if (tk->kind == TOK_NUM || (tk->flags & TF_ORDINAL))
		return true;
	if (tk->kind == TOK_PUNCT)
		return tk->ch == '(';
	if (tk->kind != TOK_WORD)
		return false;
	/* doc_word_is for the three words, by their lengths first: this runs for every token */
	const char *w = d->text + tk->start;
	uint32_t len = tk->end - tk->start;
	bool calendar = tk->word & (W_MONTH | W_WEEKDAY);
	if (len == 3) {
		/* "the 30th"; the comparison only when it could matter, as few words precede an
		 * ordinal */
		bool ordinal_next = k + 1 < d->t->n && (doc_tok(d, k + 1)->flags & TF_ORDINAL);
		if (ordinal_next == calendar)
			return calendar;
		return ascii_ieq(w, "the", 3) ? ordinal_next : calendar;
	}
	return calendar || (len == 9 && ascii_ieq(w, "yesterday", 9)) || (len == 5 && ascii_ieq(w, "today", 5));
}

static void collect_dates(ev_ctx *c)
{
	doc *d = c->d;
	c->ndates = 0;
	/* a local pointer: the test of each token then needs no reloads (the tokens do not move) */
	const token *tv = d->t->v;
	size_t nt = d->t->n;
	for (size_t k = 0; k < nt && c->ndates < MAX_DATES; k++) {
		const token *tk = &tv[k];
		if (!could_start_date(d, tk, k))
			continue;
		date_expr e;
		size_t n = date_parse_at(&e, d->text, d->len, tk->start);
		if (!n)
			continue;
		/* a bare day "(1st)" or weekday counts only after on/of/at or next to another date */
		if (e.kind == DK_WEEKDAY && !(k > 0 && (doc_word_is(d, k - 1, "on") || doc_word_is(d, k - 1, "last"))))
			continue;
		/* datelines: near the top of the text, or after a dateline word */
		if (e.kind == DK_FULL) {
			bool cue = false;
			for (size_t j = k >= 4 ? k - 4 : 0; j < k; j++)
				if (doc_word_is(d, j, "date") || doc_word_is(d, j, "issue") || doc_word_is(d, j, "release") ||
				    doc_word_is(d, j, "time") || doc_word_is(d, j, "updated") || doc_word_is(d, j, "published") ||
				    doc_word_is(d, j, "posted") || doc_word_is(d, j, "xinhua"))
					cue = true;
			if (k + 1 < d->t->n && doc_is(d, k - 1 < d->t->n ? k - 1 : k, ','))
				cue = cue || false;
			/* "On March 13, 2024, ..." opens an event sentence even at the top of the text */
			bool event_phrase = k > 0 && (doc_word_is(d, k - 1, "on") || doc_word_is(d, k - 1, "from") ||
			                              doc_word_is(d, k - 1, "since") || doc_word_is(d, k - 1, "of"));
			e.dateline = cue || (tk->start < 40 && !event_phrase);
			/* "08:43, March 13, 2024" */
			if (k >= 2 && doc_is(d, k - 1, ',') && doc_tok(d, k - 2)->kind == TOK_NUM && memchr(d->text + doc_tok(d, k - 2)->start, ':', doc_tok(d, k - 2)->end - doc_tok(d, k - 2)->start))
				e.dateline = 1;
		}
		if (e.kind == DK_MONTH_DAY) {
			/* "BEIJING, March 12 (Xinhua) --": a news agency dateline */
			size_t j = k;
			while (j < d->t->n && doc_tok(d, j)->start < e.end)
				j++;
			if (doc_is(d, j, '(') && j + 1 < d->t->n && (doc_tok(d, j + 1)->flags & TF_CAP) && doc_is(d, j + 2, ')'))
				e.dateline = 1;
		}
		c->dates[c->ndates++] = e;
		while (k + 1 < d->t->n && doc_tok(d, k + 1)->start < e.end)
			k++;
	}
	/* reference: the first full dateline, refined by a later "CITY, March 12 (Xinhua)" */
	c->ry = c->rm = c->rd = 0;
	for (size_t i = 0; i < c->ndates; i++)
		if (c->dates[i].dateline && c->dates[i].kind == DK_FULL) {
			c->ry = c->dates[i].y, c->rm = c->dates[i].m, c->rd = c->dates[i].d;
			break;
		}
	if (!c->ry) /* any full date gives the year */
		for (size_t i = 0; i < c->ndates; i++)
			if (c->dates[i].kind == DK_FULL) {
				c->ry = c->dates[i].y, c->rm = c->dates[i].m, c->rd = c->dates[i].d;
				break;
			}
	for (size_t i = 0; i < c->ndates; i++)
		if (c->dates[i].dateline && c->dates[i].kind == DK_MONTH_DAY && c->ry) {
			char buf[24];
			if (date_resolve(buf, &c->dates[i], c->ry, c->rm, c->rd) == 1) {
				c->ry = atoi(buf), c->rm = atoi(buf + 5), c->rd = atoi(buf + 8);
			}
		}
}

static int fill_date(ev_ctx *c, readout_event *out, const ev_acc *e, readout_record *rec)
{
	doc *d = c->d;
	const date_expr *de = sent_date(c, e->anchor);
	for (size_t s = e->first_sent; !de && s < e->end_sent; s++)
		if (!d->t->s[s].headline)
			de = sent_date(c, s);
	if (!de)
		return 0;
	/* "yesterday (1st)": the explicit day wins */
	const date_expr *next = de + 1;
	if (de->kind == DK_RELATIVE && next < c->dates + c->ndates && next->kind == DK_DAY && next->start < de->end + 3)
		de = next;
	char buf[24];
	int r = date_resolve(buf, de, c->ry, c->rm, c->rd);
	readout_span sp = {de->start, de->end};
	if (r == 1)
		return set_value(d, &out->date, buf, strlen(buf), sp);
	if (r == 0) {
		out->date_partial = arena_strndup(d->a, buf, strlen(buf));
		out->date.spans = arena_alloc(d->a, sizeof *out->date.spans);
		if (!out->date_partial || !out->date.spans)
			return READOUT_ENOMEM;
		out->date.spans[0] = sp;
		out->date.nspans = 1;
	}
	(void)rec;
	return 0;
}

static int publish_date(ev_ctx *c, readout_record *rec)
{
	for (size_t i = 0; i < c->ndates; i++)
		if (c->dates[i].dateline && c->dates[i].kind == DK_FULL) {
			char buf[24];
			if (date_resolve(buf, &c->dates[i], 0, 0, 0) == 1) {
				rec->published = arena_strndup(c->d->a, buf, strlen(buf));
				return rec->published ? 0 : READOUT_ENOMEM;
			}
		}
	return 0;
}

/* ---- events ---- */

static void segment_events(ev_ctx *c)
{
	doc *d = c->d;
	size_t ns = d->t->ns;
	size_t anchor = SIZE_MAX;
	for (size_t s = 0; s < ns && anchor == SIZE_MAX; s++)
		if (!d->t->s[s].headline && (is_event_sentence(d, s) || (sent_date(c, s) && has_role_cue(d, s))))
			anchor = s;
	for (size_t s = 0; s < ns && anchor == SIZE_MAX; s++)
		if (is_event_sentence(d, s))
			anchor = s;
	for (size_t s = 0; s < ns && anchor == SIZE_MAX; s++)
		if (sent_date(c, s) && !d->t->s[s].headline)
			anchor = s;
	if (anchor == SIZE_MAX)
		anchor = 0;
	c->nev = 1;
	c->ev[0].first_sent = 0;
	c->ev[0].anchor = anchor;
	c->ev[0].np = c->ev[0].ns = c->ev[0].na = 0;
	for (size_t s = anchor + 1; s < ns && c->nev < MAX_EVENTS; s++) {
		if (!is_event_sentence(d, s) || !opens_with_connector(d, s))
			continue;
		c->ev[c->nev - 1].end_sent = s;
		c->ev[c->nev].first_sent = s;
		c->ev[c->nev].anchor = s;
		c->ev[c->nev].np = c->ev[c->nev].ns = c->ev[c->nev].na = 0;
		c->nev++;
	}
	c->ev[c->nev - 1].end_sent = ns;
}

static bool same_day(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	for (size_t k = se->first; k + 1 < se->last && k < se->first + 6; k++)
		if ((doc_word_is(d, k, "same") || doc_word_is(d, k, "that")) && doc_word_is(d, k + 1, "day"))
			return true;
	return false;
}

static int names_out(doc *d, readout_value **out, size_t *nout, const int *persons, const readout_span *sp,
                     size_t n, const int *exclude1, size_t n1, const int *exclude2, size_t n2)
{
	*out = arena_alloc(d->a, (n ? n : 1) * sizeof **out);
	if (!*out)
		return READOUT_ENOMEM;
	*nout = 0;
	for (size_t i = 0; i < n; i++) {
		bool skip = false;
		for (size_t q = 0; q < n1; q++)
			skip |= exclude1[q] == persons[i];
		for (size_t q = 0; q < n2; q++)
			skip |= exclude2[q] == persons[i];
		if (skip)
			continue;
		readout_value *v = &(*out)[(*nout)++];
		v->text = d->p[persons[i]].name;
		v->spans = arena_alloc(d->a, sizeof *v->spans);
		if (!v->spans)
			return READOUT_ENOMEM;
		v->spans[0] = sp[i];
		v->nspans = 1;
	}
	return 0;
}

int events_extract(doc *d)
{
	/* large scratch (dates, places, role lists): initialized field by field, not zeroed */
	ev_ctx *c = arena_alloc_raw(d->a, sizeof *c);
	if (!c)
		return READOUT_ENOMEM;
	c->d = d;
	c->ndates = c->nplaces = c->nev = 0;
	if (d->t->ns == 0)
		return 0;
	collect_dates(c);
	collect_places(d, c->places, 256, &c->nplaces);
	segment_events(c);
	readout_record *rec = d->rec;
	int rc = publish_date(c, rec);
	if (rc)
		return rc;
	rec->events = arena_alloc(d->a, c->nev * sizeof *rec->events);
	if (!rec->events)
		return READOUT_ENOMEM;
	for (size_t i = 0; i < c->nev; i++) {
		ev_acc *e = &c->ev[i];
		readout_event *out = &rec->events[rec->nevents++];
		/* roles need a person in the sentence */
		size_t m = 0;
		for (size_t s = e->first_sent; s < e->end_sent; s++) {
			const sentence *se = &d->t->s[s];
			while (m < d->nm && d->m[m].a < se->first)
				m++;
			if (m < d->nm && d->m[m].a < se->last)
				roles_in_sentence(c, e, s);
		}
		const sentence *an = &d->t->s[e->anchor];
		out->span = (readout_span){doc_tok(d, an->first)->start, doc_tok(d, an->last - 1)->end};
		size_t ha, hb;
		if ((rc = find_host(d, e->anchor, &out->host, &ha, &hb)) ||
		    (rc = fill_place_level(c, out, e->anchor, ha, hb, out->host.text != NULL)) ||
		    (rc = fill_date(c, out, e, rec)) || (rc = fill_phrases(c, out, e)))
			return rc;
		/* "On the same day, X presided over ...": the main event's day */
		if (i > 0 && !out->date.text && same_day(d, e->anchor) && rec->events[0].date.text &&
		    (rc = set_value(d, &out->date, rec->events[0].date.text, strlen(rec->events[0].date.text), out->span)))
			return rc;
		if (!out->subject.text) {
			if ((rc = find_subject(c, out, e->anchor, e->anchor + 1)))
				return rc;
			if (!out->subject.text && (rc = find_subject(c, out, e->first_sent, e->end_sent)))
				return rc;
		}
		if ((rc = names_out(d, &out->presided, &out->npresided, e->presided, e->psp, e->np, NULL, 0, NULL, 0)) ||
		    (rc = names_out(d, &out->spoke, &out->nspoke, e->spoke, e->ssp, e->ns, NULL, 0, NULL, 0)) ||
		    (rc = names_out(d, &out->attended, &out->nattended, e->attended, e->asp, e->na, e->presided, e->np,
		                    e->spoke, e->ns)))
			return rc;
	}
	return 0;
}
