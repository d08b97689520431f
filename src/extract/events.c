/* events.c — the events a readout reports and who did what at each.
 * The main event is anchored at the first sentence that reports a meeting being held (or a
 * dated sentence with a role); later sentences that open with "On the same day" and the like
 * and report another meeting start further events. Each event gets its date (resolved against
 * the dateline), host, place, level, roles, type, format, size, duration and subject. */
#include "extract/dates.h"
#include "extract/doc.h"
#include "extract/hosts.h"
#include "extract/orgs.h"
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
	int subject;                  /* the one person last named as a cue's subject, or -1 */
	readout_span subject_sp;      /* that mention */
} ev_acc;

typedef struct ev_ctx {
	doc *d;
	hosts *hosts;                 /* the documents' places, for hosts, places and levels */
	date_expr dates[MAX_DATES];
	size_t ndates;
	int ry, rm, rd;               /* reference (dateline) date */
	bool ref_dated;               /* the reference is the report's own date, not any date in it */
	bool ref_caption;             /* ... taken from a photo's caption: a day the report may postdate */
	ev_acc ev[MAX_EVENTS];
	size_t nev;
	uint8_t *quoted;              /* per token: inside a quotation (quotation_marks), or NULL */
} ev_ctx;

/* The rarely consulted classes of token k (none past the end). */
static inline uint64_t ext_at(const doc *d, size_t k)
{
	return k < d->t->n ? lex_word_ext(d->lex, doc_tok(d, k)) : 0;
}

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
		if (!c->dates[i].dateline && c->dates[i].kind != DK_UNDATED && c->dates[i].start >= a && c->dates[i].end <= b)
			return &c->dates[i];
	return NULL;
}

/* Sentence s says its event's day is not given before byte limit: "Recently, the county
 * held", "the bureau recently convened" ("the recently held conference" names another event).
 * A date after such a word dates what the event studies ("Recently, the county held a meeting
 * on the conference held on June 3"), not the event. */
static bool sent_undated(const ev_ctx *c, size_t s, uint32_t limit)
{
	const sentence *se = &c->d->t->s[s];
	uint32_t a = doc_tok(c->d, se->first)->start, b = doc_tok(c->d, se->last - 1)->end;
	for (size_t i = 0; i < c->ndates; i++) {
		const date_expr *e = &c->dates[i];
		if (e->kind != DK_UNDATED || e->start < a || e->end > b || e->start >= limit)
			continue;
		size_t k = se->first;
		while (k < se->last && doc_tok(c->d, k)->start < e->start)
			k++;
		if (k == se->first || !(ext_at(c->d, k - 1) & X_ARTICLE))
			return true;
	}
	return false;
}

/* Where the first of a cue's objects stands in [from, end), within nine words ("delivered a
 * comprehensive and in-depth lecture"), or SIZE_MAX. */
static size_t cue_object(const doc *d, const lex_cue *cue, size_t from, size_t end)
{
	for (size_t j = from; j < end && j < from + 9; j++) {
		char key[64];
		size_t l = lex_token_key(d->text, doc_tok(d, j), key, sizeof key);
		if (!l)
			continue;
		const char *o = cue->objects;
		while (*o) {
			const char *bar = strchr(o, '|');
			size_t ol = bar ? (size_t)(bar - o) : strlen(o);
			if (ol == l && strncmp(o, key, l) == 0)
				return j;
			o += ol + (bar ? 1 : 0);
		}
	}
	return SIZE_MAX;
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
	if (cue->objects[0] && cue_object(d, cue, k + n, end) == SIZE_MAX)
		return 0;
	*out = cue;
	return n;
}

/* A verb that reports a meeting held ("held", "convened", "presided over", "conducted"), not
 * one to come ("will convene", "will be held"). */
static bool sent_has_event_verb(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	for (size_t k = se->first; k < se->last; k++) {
		if (!(doc_wc(d, k) & W_EVENTVERB) || d->mention_at[k] >= 0)
			continue;
		bool future = false;
		for (size_t j = k > se->first + 3 ? k - 3 : se->first; j < k; j++)
			future |= (lex_word_ext(d->lex, doc_tok(d, j)) & X_FUTURE) != 0;
		if (!future)
			return true;
	}
	return false;
}

/* "Since January 7, Xi has chaired seven meetings of ...": a record of other days, no event. */
static bool is_record(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	if (!(ext_at(d, se->first) & X_SINCE))
		return false;
	for (size_t k = se->first; k < se->last; k++)
		if ((ext_at(d, k) & X_PERFECT) && doc_is_lower(d, k))
			return true;
	return false;
}

static bool is_event_sentence(const doc *d, size_t s)
{
	return sent_has(d, s, W_EVENTNOUN) && sent_has_event_verb(d, s) && !is_record(d, s);
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

/* Whether a sentence speaks of someone, by name (not a byline) or as an official ("A senior
 * official ... urged"): "with 19 cases reported on Monday" gives nobody a role. */
static bool names_someone(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	for (size_t k = se->first; k < se->last; k++)
		if ((d->mention_at[k] >= 0 && !d->m[d->mention_at[k]].byline) || (ext_at(d, k) & X_GENERIC))
			return true;
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

static void add_role(doc *d, ev_acc *e, int role, int person, readout_span sp)
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
	} else {
		doc_capped(d, DOC_CAP_ROLES);
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
static bool is_subject(const doc *d, const mention *m, size_t lo, title_runs *r, bool ing_cue)
{
	if (m->b < d->t->n) {
		const token *nx = doc_tok(d, m->b);
		if (nx->kind == TOK_POSS || doc_word_is(d, m->b, "thought"))
			return false;
	}
	size_t start = run_start(d, r, m->a);
	size_t j = start > lo ? start : lo;
	/* the run of title words may begin with the preposition itself: "the instructions of
	 * General Secretary Xi Jinping" */
	while (j < m->a && (lex_word_ext(d->lex, doc_tok(d, j)) & X_ARTICLE))
		j++;
	size_t prep = SIZE_MAX;
	if (j < m->a && doc_is_lower(d, j) && (lex_word_ext(d->lex, doc_tok(d, j)) & X_OBJECTPREP))
		prep = j;
	/* skip back over a title ending in "of the X" to the word before it */
	else if (j > lo && doc_is_lower(d, j - 1) && (lex_word_ext(d->lex, doc_tok(d, j - 1)) & X_OBJECTPREP))
		prep = j - 1;
	if (prep == SIZE_MAX)
		return true;
	uint64_t x = lex_word_ext(d->lex, doc_tok(d, prep));
	/* "A, along with B, attended": B joins the subject */
	if ((x & X_WITH) && prep > lo && (lex_word_ext(d->lex, doc_tok(d, prep - 1)) & X_COORD))
		return true;
	/* "with Premier Li presiding over the meeting": the subject of the -ing cue */
	return ing_cue && (x & X_WITH);
}

/* A cue word ending in "-ing" ("presiding", "chairing"). */
static bool is_ing(const doc *d, size_t k)
{
	const token *tk = doc_tok(d, k);
	return tk->end - tk->start > 4 && !memcmp(d->text + tk->end - 3, "ing", 3);
}

/* "Speakers" or "Chairperson:" alone on its line: the names of the lines below take the role. */
static bool is_header_cue(const doc *d, const sentence *se, size_t k, size_t n)
{
	if (k != se->first || !se->headline)
		return false;
	size_t e = k + n;
	while (e < se->last && doc_tok(d, e)->kind == TOK_PUNCT)
		e++;
	return e == se->last;
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

static void header_roles(ev_ctx *c, ev_acc *e, size_t s, int role);

/* The person mention mi names as a member of a list of a role, or -1: no byline, and no
 * owner of something ("Xi Jinping's instructions"). */
static int listed_person(const doc *d, size_t mi)
{
	const mention *m = &d->m[mi];
	if (m->byline || (m->b < d->t->n && doc_tok(d, m->b)->kind == TOK_POSS))
		return -1;
	return doc_person_of(d, mi);
}

/* "Entrepreneurs spoke at the symposium, including A, chairman of X, B, ...": a cue whose
 * subject names nobody gives its role to the list after it, up to the next cue. Returns how
 * many were found (at most MAX_ROLE) into found and fsp. */
static size_t listed_subjects(doc *d, size_t from, size_t to, int *found, readout_span *fsp)
{
	size_t list = SIZE_MAX;
	for (size_t j = from; j < to && list == SIZE_MAX; j++) {
		const lex_cue *c2;
		if (d->mention_at[j] >= 0 || doc_is(d, j, ':') || cue_at(d, j, to, &c2))
			return 0;
		if (doc_is_lower(d, j) && (lex_word_ext(d->lex, doc_tok(d, j)) & X_LIST))
			list = j + 1;
	}
	size_t nf = 0;
	for (size_t mi = first_mention_from(d, list); list < to && mi < d->nm && d->m[mi].a < to; mi++) {
		const mention *m = &d->m[mi];
		const lex_cue *c2;
		if (m->b > to)
			break;
		for (size_t j = mi ? d->m[mi - 1].b : list; j < m->a; j++)
			if (j >= list && d->mention_at[j] < 0 && cue_at(d, j, to, &c2))
				return nf;
		int p = listed_person(d, mi);
		if (p < 0)
			continue;
		if (nf == MAX_ROLE) {
			doc_capped(d, DOC_CAP_ROLES);
			break;
		}
		found[nf] = p;
		fsp[nf] = (readout_span){doc_tok(d, m->a)->start, doc_tok(d, m->b - 1)->end};
		nf++;
	}
	return nf;
}

/* Per token, whether it stands inside a quotation opened before it in its paragraph:
 * someone's words ("the delegate said: \u201cGeneral Secretary Xi Jinping has made instructions
 * ...\u201d"), not the event's. One pass, made the first time a cue asks; a straight quote
 * says nothing, so it ends what an opening mark began. NULL when out of memory. */
static const uint8_t *quotation_marks(ev_ctx *c)
{
	if (c->quoted)
		return c->quoted;
	doc *d = c->d;
	size_t n = d->t->n;
	uint8_t *q = arena_alloc_raw(d->a, n ? n : 1);
	if (!q)
		return NULL;
	uint8_t inside = 0;
	for (size_t k = 0; k < n; k++) {
		const token *tk = doc_tok(d, k);
		if (tk->flags & TF_PARA_BEFORE)
			inside = 0;
		q[k] = inside;
		if (tk->flags & (TF_QCLOSE | TF_QAMBIG))
			inside = 0;
		else if (tk->flags & TF_QOPEN)
			inside = 1;
	}
	return c->quoted = q;
}

static bool inside_quotation(ev_ctx *c, size_t k)
{
	const uint8_t *q = quotation_marks(c);
	return q && q[k];
}

/* Token k follows a closing quotation mark, with or without a comma before it. */
static bool after_quotation(const doc *d, size_t first, size_t k)
{
	size_t j = k;
	if (j > first && doc_is(d, j - 1, ','))
		j--;
	return j > first && doc_tok(d, j - 1)->kind == TOK_PUNCT && (doc_tok(d, j - 1)->flags & (TF_QCLOSE | TF_QAMBIG));
}

/* The subjects of a cue in sentence s whose list began in sentences before it, each a name
 * and its posts ending at a semicolon ("A, deputy secretary; B, governor; and C attended"):
 * puts their people before the nf in found (room for MAX_ROLE) and returns the new count. */
static size_t semicolon_roster(doc *d, size_t s, int *found, readout_span *fsp, size_t nf)
{
	for (size_t p = s; p-- > 0;) {
		const sentence *ps = &d->t->s[p];
		if (ps->last <= ps->first || !doc_is(d, ps->last - 1, ';') || ps->headline)
			break;
		size_t a = ps->first;
		while (a < ps->last && doc_is_lower(d, a) && (lex_word_ext(d->lex, doc_tok(d, a)) & X_CLAUSEWORD))
			a++;
		if (a < ps->last && doc_is(d, a, ','))
			a++;
		size_t mi = first_mention_from(d, a);
		if (mi >= d->nm || d->m[mi].a != a || d->m[mi].byline)
			break;
		/* the rest is posts: no other name, no verb of an event */
		for (size_t k = d->m[mi].b; k < ps->last; k++)
			if (d->mention_at[k] >= 0 || (doc_wc(d, k) & W_EVENTVERB))
				return nf;
		int person = doc_person_of(d, mi);
		if (person < 0)
			break;
		if (nf == MAX_ROLE) {
			doc_capped(d, DOC_CAP_ROLES);
			break;
		}
		/* in the order of the text: the earlier sentence's name goes first */
		memmove(found + 1, found, nf * sizeof *found);
		memmove(fsp + 1, fsp, nf * sizeof *fsp);
		found[0] = person;
		fsp[0] = (readout_span){doc_tok(d, d->m[mi].a)->start, doc_tok(d, d->m[mi].b - 1)->end};
		nf++;
	}
	return nf;
}

/* The people of a cue's list after it that goes on past semicolons, each item a sentence of
 * its own ("Attending were A, deputy secretary; vice mayor B; and C, secretary-general"): adds
 * the names of the items after sentence s to the nf in found (room for MAX_ROLE) and returns
 * the new count. An item that says more than names and posts (a cue, a verb of an event, "was")
 * or a new paragraph ends the list. */
static size_t semicolon_tail(doc *d, size_t s, int *found, readout_span *fsp, size_t nf)
{
	for (size_t t = s + 1; t < d->t->ns; t++) {
		const sentence *ps = &d->t->s[t - 1], *ns = &d->t->s[t];
		if (ps->last <= ps->first || !doc_is(d, ps->last - 1, ';') || (doc_tok(d, ns->first)->flags & TF_PARA_BEFORE) ||
		    has_role_cue(d, t))
			break;
		for (size_t k = ns->first; k < ns->last; k++)
			if (d->mention_at[k] < 0 && ((doc_wc(d, k) & W_EVENTVERB) || (doc_is_lower(d, k) && (ext_at(d, k) & X_PASSIVE))))
				return nf;
		size_t took = 0;
		for (size_t mi = first_mention_from(d, ns->first); mi < d->nm && d->m[mi].a < ns->last; mi++) {
			const mention *m = &d->m[mi];
			int p = m->b > ns->last ? -1 : listed_person(d, mi);
			if (p < 0)
				continue;
			if (nf == MAX_ROLE) {
				doc_capped(d, DOC_CAP_ROLES);
				return nf;
			}
			found[nf] = p;
			fsp[nf] = (readout_span){doc_tok(d, m->a)->start, doc_tok(d, m->b - 1)->end};
			nf++, took++;
		}
		if (!took)
			break;
	}
	return nf;
}

/* A speech noun within five words after a cue: "made important remarks", "has made a series
 * of important instructions". */
static bool speech_object(const doc *d, size_t from, size_t last)
{
	for (size_t j = from; j < last && j < from + 5; j++)
		if (ext_at(d, j) & X_SPEECHNOUN)
			return true;
	return false;
}

/* Whether the person named nearest before k (after lo) already has a role at this event:
 * "Wang Bo presided. Wang Bo has stressed that ..." is this meeting's speech, where "Xi Jinping
 * has stressed that ..." in a county's readout is one of other days. */
static bool takes_part(const doc *d, const ev_acc *e, size_t lo, size_t k)
{
	for (size_t j = k; j-- > lo;) {
		int mi = d->mention_at[j];
		if (mi < 0)
			continue;
		int person = doc_person_of(d, (size_t)mi);
		for (size_t i = 0; i < e->np; i++)
			if (e->presided[i] == person)
				return true;
		for (size_t i = 0; i < e->na; i++)
			if (e->attended[i] == person)
				return true;
		return false;
	}
	return false;
}

/* Whether the verb at k is in the perfect: "has"/"have" between it and its subject (the
 * nearest name before it, after lo), not inside a relative clause ("X, who has long worked
 * here, delivered a speech"). */
static bool in_perfect(const doc *d, size_t lo, size_t k)
{
	for (size_t j = k; j-- > lo && j + 12 > k;) {
		if (d->mention_at[j] >= 0)
			return false;
		const token *tk = doc_tok(d, j);
		if (tk->kind == TOK_PUNCT && !doc_is(d, j, ','))
			return false;
		if (tk->kind != TOK_WORD || !doc_is_lower(d, j))
			continue;
		uint64_t x = lex_word_ext(d->lex, tk);
		if (x & X_WHO)
			return false;
		if (x & X_PERFECT) {
			for (size_t q = j; q-- > lo && d->mention_at[q] < 0;)
				if (lex_word_ext(d->lex, doc_tok(d, q)) & X_WHO)
					return false;
			return true;
		}
	}
	return false;
}

/* Whether the clause before token k names a studied event: "the spirit of the meeting of X"
 * with no comma or verb of an event between it and k. */
static bool studied_event_before(const doc *d, size_t first, size_t k)
{
	for (size_t j = k; j > first + 1; j--) {
		if (doc_is(d, j - 1, ',') || (doc_wc(d, j - 1) & W_EVENTVERB))
			return false;
		if ((ext_at(d, j - 1) & X_OF) && (ext_at(d, j - 2) & X_SPEECHNOUN))
			return true;
	}
	return false;
}

/* Token k is a lower-case word of four letters or more in -ed: "cited", "issued". */
static bool lower_ed_word(const doc *d, size_t k)
{
	const token *tk = doc_tok(d, k);
	return tk->kind == TOK_WORD && doc_is_lower(d, k) && tk->end - tk->start > 3 && !memcmp(d->text + tk->end - 2, "ed", 2);
}

/* Token k is a lower-case word in -ed that is no word of posts or bodies and in no name:
 * a verb in the past ("cited", "stressed"), not "retired" in "retired cadres". */
static bool is_past_verb(const doc *d, size_t k)
{
	return lower_ed_word(d, k) && d->mention_at[k] < 0 && !(doc_wc(d, k) & (W_HEAD | W_MOD | W_ORG)) && k + 1 < d->t->n &&
	       !(doc_wc(d, k + 1) & W_PLURAL) && !(lex_word_ext(d->lex, doc_tok(d, k + 1)) & X_GENERIC);
}

/* A name opens token q and the clause it opens has a verb of its own, a cue that takes the
 * people before it: "B, C attended", "B, vice mayor, delivered a speech". */
static bool names_own_verb(const doc *d, const sentence *se, size_t q)
{
	if (q >= se->last || d->mention_at[q] < 0)
		return false;
	for (size_t t = q; t < se->last; t++) {
		const lex_cue *c2;
		if (d->mention_at[t] >= 0 || doc_is(d, t, ';'))
			continue;
		if (!cue_at(d, t, se->last, &c2))
			continue;
		/* "the commended secretaries": after an article, a word, not a verb */
		if (t > q && (lex_word_ext(d->lex, doc_tok(d, t - 1)) & X_ARTICLE))
			return false;
		return !c2->after && !c2->header && !c2->inverted && doc_is_lower(d, t);
	}
	return false;
}

/* "and" at j and a verb in the past after it that is no cue: "conveyed and studied". */
static bool agenda_pair(const doc *d, size_t j, size_t last)
{
	const lex_cue *c2;
	return j + 1 < last && doc_word_is(d, j, "and") && is_past_verb(d, j + 1) && !cue_at(d, j + 1, last, &c2);
}

/* Where the people named after a cue at lo end: at the next cue, or at a new clause about
 * the meeting ("Hosted by A, the meeting invited B to ..."), else at the sentence's end. */
static size_t list_after_end(const doc *d, const sentence *se, size_t lo)
{
	for (size_t j = lo; j < se->last; j++) {
		const lex_cue *c2;
		if (d->mention_at[j] < 0 && cue_at(d, j, se->last, &c2))
			return j;
		if (j > lo && doc_is(d, j - 1, ',') && doc_is_lower(d, j) && (lex_word_ext(d->lex, doc_tok(d, j)) & X_ARTICLE) &&
		    j + 1 < se->last && (doc_wc(d, j + 1) & W_EVENTNOUN))
			return j;
		/* "chaired by A, and B, C attended": after ", and" or ";" the names are the subject
		 * of a verb of their own, not more of the list */
		if (j > lo && (doc_is(d, j, ';') || (doc_is(d, j, ',') && doc_word_is(d, j + 1, "and"))) &&
		    names_own_verb(d, se, doc_is(d, j, ';') ? j + 1 : j + 2))
			return j;
		/* "was delivered by A on Monday and cited B's call": "and" before a verb in the past
		 * opens what the subject did next, not another name of the list */
		if (j > lo && doc_word_is(d, j, "and") && j + 1 < se->last && is_past_verb(d, j + 1))
			return j;
	}
	return se->last;
}

/* The token of the pronoun that is sentence se's subject: its first word ("He emphasized"),
 * or the first after a short opening phrase and its comma ("In his speech, he emphasized",
 * "At the meeting, she said"); SIZE_MAX if none. *owner is the mention the opening phrase
 * names as a possessive ("In Dong's speech, he said": Dong is "he"), or -1; a name there that
 * is no possessive leaves "he" unknown. */
static size_t anaphor_subject(const doc *d, const sentence *se, int *owner)
{
	*owner = -1;
	if (se->last > se->first && (ext_at(d, se->first) & X_ANAPHOR))
		return se->first;
	for (size_t j = se->first; j + 1 < se->last && j < se->first + 10; j++) {
		int mi = d->mention_at[j];
		if (mi >= 0) {
			size_t b = d->m[mi].b;
			if (d->m[mi].byline || *owner >= 0 || b >= se->last || doc_tok(d, b)->kind != TOK_POSS)
				return SIZE_MAX;
			*owner = mi;
			j = b;
			continue;
		}
		if (doc_tok(d, j)->kind == TOK_PUNCT && !doc_is(d, j, ','))
			return SIZE_MAX;
		if (doc_is(d, j, ','))
			return j > se->first && doc_is_lower(d, j + 1) && (ext_at(d, j + 1) & X_ANAPHOR) ? j + 1 : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* A cue of speech ending at token j reports what follows it ("X pointed out that ...", "The
 * meeting said: ..."): those named there act in another time. */
static bool reports_speech(const doc *d, const lex_cue *cue, size_t j, size_t last)
{
	return cue->role == ROLE_SPOKE && j < last && (doc_is(d, j, ':') || (lex_word_ext(d->lex, doc_tok(d, j)) & X_THAT));
}

static void roles_in_sentence(ev_ctx *c, ev_acc *e, size_t s)
{
	doc *d = c->d;
	const sentence *se = &d->t->s[s];
	size_t boundary = se->first;
	title_runs runs = {d->scratch, se->first, se->first}; /* the scratch is free while events run */
	bool subject_set = false; /* whether a cue here named the subject "he" refers to */
	int prev[MAX_ROLE];
	readout_span prev_sp[MAX_ROLE];
	size_t nprev = 0;
	bool relative = false; /* the last cue opened a relative clause: ", who presided over ..." */
	int owner;
	size_t pronoun = anaphor_subject(d, se, &owner);
	for (size_t k = se->first; k < se->last; k++) {
		if (d->mention_at[k] >= 0)
			continue;
		const lex_cue *cue;
		size_t n = cue_at(d, k, se->last, &cue);
		if (!n)
			continue;
		/* a capitalized cue word is part of a name or title, not a verb, except in a headline
		 * ("Cao Zhiqiang Presided Symposium") */
		if (doc_tok(d, k)->flags & TF_CAP && k != se->first && !(doc_tok(d, k)->flags & TF_NL_BEFORE) && !se->headline)
			continue;
		if (cue->header) {
			if (is_header_cue(d, se, k, n)) {
				header_roles(c, e, s, cue->role);
				break;
			}
			/* "Host: Cheng Wenhui", "Attendants: A, B and C": the names after the label */
			if (!(k == se->first && doc_is(d, k + n, ':')))
				continue; /* "Li Zhanshu, executive chairperson of the presidium, presided" */
		}
		/* "the commended outstanding Party secretaries": after an article, a word, not a verb */
		if (inside_quotation(c, k) || (k > se->first && doc_is_lower(d, k - 1) && (lex_word_ext(d->lex, doc_tok(d, k - 1)) & X_ARTICLE)))
			continue;
		/* "...,” said top legislator X": after a quotation the speaker follows */
		bool after = cue->after || (cue->after_quote && after_quotation(d, se->first, k));
		/* "President Xi has personally planned the strategy, he said": the subject is the
		 * pronoun, someone named before, and not the names of what he said */
		if (!after && k > boundary && (doc_wc(d, k - 1) & W_PRONOUN) &&
		    (doc_is_lower(d, k - 1) || k - 1 == se->first) && !(lex_word_ext(d->lex, doc_tok(d, k - 1)) & X_OURWORD)) {
			/* "X presided over the meeting. He emphasized that ...": a sentence's "he" is the
			 * person named before as the subject */
			if (k - 1 == pronoun && owner >= 0) {
				const mention *om = &d->m[owner];
				int p = doc_person_of(d, (size_t)owner);
				if (p >= 0)
					add_role(d, e, cue->role, p, (readout_span){doc_tok(d, om->a)->start, doc_tok(d, om->b - 1)->end});
			} else if (k - 1 == pronoun && e->subject >= 0) {
				add_role(d, e, cue->role, e->subject, e->subject_sp);
			}
			boundary = k + n;
			k += n - 1;
			/* "He said that Secretary X emphasized ...": what he reports, as after a name */
			if (reports_speech(d, cue, k + 1, se->last))
				break;
			continue;
		}
		/* "General Secretary Xi Jinping has inspected the county twice and made important
		 * remarks", "Since January 7, Xi has chaired seven meetings", "Xi Jinping has stressed
		 * that ...": a record of other days, not this event ("Numerous businessmen had spoken at
		 * the symposium" is this one's) */
		if (!after && in_perfect(d, boundary, k) &&
		    (speech_object(d, k + n, se->last) || is_record(d, s) ||
		     (k + n < se->last && (ext_at(d, k + n) & X_THAT) && !takes_part(d, e, boundary, k)))) {
			boundary = k + n;
			k += n - 1;
			continue;
		}
		/* "study the spirit of the meeting of the Political Bureau chaired by Xi": the event
		 * studied, not this one */
		if (after && studied_event_before(d, se->first, k)) {
			k += n - 1;
			continue;
		}
		int found[MAX_ROLE];
		readout_span fsp[MAX_ROLE];
		size_t nf = 0, last_end = 0;
		size_t lo, hi;
		if (after) {
			lo = k + n;
			/* "Also present to provide guidance were A, B": the people after "were" */
			if (cue->inverted)
				lo = cue_object(d, cue, lo, se->last) + 1;
			hi = list_after_end(d, se, lo);
		} else {
			lo = boundary;
			hi = k;
		}
		/* the mentions in [lo, hi), in order */
		for (size_t mi = first_mention_from(d, lo); mi < d->nm && d->m[mi].a < hi; mi++) {
			const mention *m = &d->m[mi];
			if (m->b > hi || m->byline)
				continue;
			if (!after && !is_subject(d, m, lo, &runs, is_ing(d, k)))
				continue;
			int p = doc_person_of(d, mi);
			if (p < 0)
				continue;
			if (nf == MAX_ROLE) {
				doc_capped(d, DOC_CAP_ROLES);
				break;
			}
			found[nf] = p;
			fsp[nf] = (readout_span){doc_tok(d, m->a)->start, doc_tok(d, m->b - 1)->end};
			last_end = m->b;
			nf++;
		}
		if (nf == 0 && !after && nprev) {
			/* "X presided over the meeting and delivered a speech", "X presided over the
			 * meeting, emphasizing ...": the subject carries to a verb after a clause word, or
			 * to a participle after a comma */
			size_t j = k;
			while (j > boundary && doc_is_lower(d, j - 1) && !(lex_word_ext(d->lex, doc_tok(d, j - 1)) & X_CLAUSEWORD))
				j--;
			bool clause = j > boundary && (lex_word_ext(d->lex, doc_tok(d, j - 1)) & X_CLAUSEWORD);
			/* (in a headline, any verb after a comma: "X chairs meeting, stresses flood
			 * control") */
			bool participle = k > se->first && doc_is(d, k - 1, ',') && (is_ing(d, k) || se->headline);
			/* "X, who presided over the meeting, made a speech": the verb after the
			 * relative clause's closing comma is its subject's */
			bool after_relative = relative && k > se->first && doc_is(d, k - 1, ',');
			/* "X presided over the meeting and conveyed and studied the spirit of ...": a verb
			 * of speech the subject carries to, paired with one that is no cue, names the
			 * meeting's agenda, not a speech (GUIDE convention 12; "Y conveyed and studied"
			 * with its own subject is Y's speech) */
			bool agenda = cue->role == ROLE_SPOKE && agenda_pair(d, k + n, se->last);
			if ((clause || participle || after_relative) && !agenda) {
				for (size_t q = 0; q < nprev; q++) {
					found[nf] = prev[q];
					fsp[nf] = prev_sp[q]; /* the evidence is the subject's mention */
					nf++;
				}
			}
		}
		if (nf == 0 && !after && !nprev && cue->role != ROLE_PRESIDED)
			nf = listed_subjects(d, k + n, se->last, found, fsp);
		/* "A, deputy secretary; B, governor; and C, director, attended": the list's earlier
		 * names end sentences of their own at the semicolons */
		if (nf && !after && lo == se->first)
			nf = semicolon_roster(d, s, found, fsp, nf);
		else if (nf && after && hi == se->last)
			nf = semicolon_tail(d, s, found, fsp, nf);
		for (size_t q = 0; q < nf; q++)
			add_role(d, e, cue->role, found[q], fsp[q]);
		/* "X met in Changsha with A, winner of ..., and B": those met share the role */
		if (cue->both && !after) {
			size_t end = list_after_end(d, se, k + n);
			for (size_t mi = first_mention_from(d, k + n); mi < d->nm && d->m[mi].b <= end; mi++) {
				const mention *m = &d->m[mi];
				int p = listed_person(d, mi);
				if (p >= 0)
					add_role(d, e, cue->role, p, (readout_span){doc_tok(d, m->a)->start, doc_tok(d, m->b - 1)->end});
			}
		}
		/* "The meeting was presided over by X. He emphasized ...": the one presider is the
		 * subject "he" refers to, as of "X presided" */
		if (!after || (cue->role == ROLE_PRESIDED && nf == 1)) {
			e->subject = nf == 1 ? found[0] : -1, e->subject_sp = nf == 1 ? fsp[0] : (readout_span){0, 0};
			subject_set = true;
		}
		if (nf) {
			memcpy(prev, found, nf * sizeof *found);
			memcpy(prev_sp, fsp, nf * sizeof *fsp);
			nprev = nf;
		}
		relative = !after && nf && k >= se->first + 2 && doc_is(d, k - 2, ',') && doc_is_lower(d, k - 1) &&
		           (lex_word_ext(d->lex, doc_tok(d, k - 1)) & X_WHO);
		/* after "presided over by X, secretary of ...,": a relative clause ("who also delivered
		 * a speech") may follow the last name taken */
		boundary = after ? (last_end ? last_end : cue->inverted ? k + n : hi) : k + n;
		k += n - 1;
		/* "X pointed out that ...", "The meeting said: ...": what follows is reported, and
		 * those named in it (a leader whose speech is studied) act in another time */
		if (!after && reports_speech(d, cue, k + 1, se->last))
			break;
	}
	/* "Tianjin Secretary Li Hongzhong: Tibet's work is crucial", "Chen Wenjun:" over a
	 * transcript's paragraph: a name before a colon is speaking */
	for (size_t mi = first_mention_from(d, se->first); mi < d->nm && d->m[mi].a < se->last; mi++) {
		const mention *m = &d->m[mi];
		if (m->byline || !doc_is(d, m->b, ':') || (m->b + 1 < se->last && d->mention_at[m->b + 1] >= 0))
			continue;
		/* "Xi Jinping: The Governance of China" is a book */
		if (m->a > 0 && (doc_tok(d, m->a - 1)->flags & (TF_QOPEN | TF_QAMBIG)))
			continue;
		int p = doc_person_of(d, mi);
		if (p >= 0)
			add_role(d, e, ROLE_SPOKE, p, (readout_span){doc_tok(d, m->a)->start, doc_tok(d, m->b - 1)->end});
	}
	/* "In her remarks, Zhang reviewed ... She said": someone else named since, with no cue of
	 * ours, leaves "she" unknown */
	for (size_t mi = first_mention_from(d, se->first); !subject_set && mi < d->nm && d->m[mi].a < se->last; mi++)
		if (!d->m[mi].byline && doc_person_of(d, mi) != e->subject) {
			e->subject = -1;
			break;
		}
}

/* "Speakers" on a line of its own: each following line that opens with a name gives that
 * person the role, until a line that does not. */
static void header_roles(ev_ctx *c, ev_acc *e, size_t s, int role)
{
	doc *d = c->d;
	for (size_t t = s + 1; t < d->t->ns; t++) {
		const sentence *se = &d->t->s[t];
		size_t k = se->first;
		while (k < se->last && ((doc_wc(d, k) & W_HONORIFIC) || doc_is(d, k, '.')))
			k++;
		int mi = k < se->last ? d->mention_at[k] : -1;
		if (mi < 0 || d->m[mi].byline)
			break;
		int p = doc_person_of(d, (size_t)mi);
		if (p >= 0)
			add_role(d, e, role, p, (readout_span){doc_tok(d, d->m[mi].a)->start, doc_tok(d, d->m[mi].b - 1)->end});
	}
}

/* A roster line: a line of its own that opens with a name and a comma and goes on with titles,
 * with no verb of a role ("Ren Zhenhe, governor of Gansu province"). Returns the mention or -1. */
static int roster_line(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	if (!se->headline)
		return -1;
	size_t k = se->first;
	while (k < se->last && ((doc_wc(d, k) & W_HONORIFIC) || doc_is(d, k, '.')))
		k++;
	int mi = k < se->last ? d->mention_at[k] : -1;
	if (mi < 0 || d->m[mi].byline || d->m[mi].a != k)
		return -1;
	size_t b = d->m[mi].b;
	if (b + 2 >= se->last || !doc_is(d, b, ',') || has_role_cue(d, s))
		return -1;
	return mi;
}

/* Two or more roster lines in a row, as press conferences and briefings list who took part:
 * those who have no other role attended. */
static void roster_roles(ev_ctx *c, ev_acc *e)
{
	doc *d = c->d;
	for (size_t s = e->first_sent; s < e->end_sent;) {
		size_t t = s;
		while (t < e->end_sent && roster_line(d, t) >= 0)
			t++;
		if (t - s >= 2) {
			for (size_t q = s; q < t; q++) {
				int mi = roster_line(d, q);
				int p = doc_person_of(d, (size_t)mi);
				if (p >= 0)
					add_role(d, e, ROLE_ATTENDED, p,
					         (readout_span){doc_tok(d, d->m[mi].a)->start, doc_tok(d, d->m[mi].b - 1)->end});
			}
		}
		s = t > s ? t : s + 1;
	}
}

/* Gives v the text t (in d's arena) and its one span. */
static int attach_value(doc *d, readout_value *v, char *t, readout_span sp)
{
	v->spans = arena_alloc(d->a, sizeof *v->spans);
	if (!t || !v->spans)
		return READOUT_ENOMEM;
	v->text = t;
	v->spans[0] = sp;
	v->nspans = 1;
	return 0;
}

static int set_value(doc *d, readout_value *v, const char *s, size_t n, readout_span sp)
{
	char *t = arena_strndup(d->a, s, n);
	for (char *q = t; q && *q; q++)
		if (*q == '\n' || *q == '\r' || *q == '\t')
			*q = ' ';
	return attach_value(d, v, t, sp);
}

static int set_value_toks(doc *d, readout_value *v, size_t a, size_t b)
{
	const token *ta = doc_tok(d, a), *tb = doc_tok(d, b - 1);
	return attach_value(d, v, doc_text_of(d, a, b), (readout_span){ta->start, tb->end});
}

/* ---- type, format, size, duration, subject ---- */

/* A meeting named after "of" ("the spirit of the Fifth Plenary Session") is what is studied,
 * not the event held. */
static bool studied(const doc *d, size_t first, size_t k)
{
	size_t j = k;
	while (j > first && ((lex_word_ext(d->lex, doc_tok(d, j - 1)) & X_ARTICLE) || (doc_tok(d, j - 1)->flags & TF_ORDINAL) ||
	                     (doc_wc(d, j - 1) & W_ORDWORD)))
		j--;
	return j > first && (lex_word_ext(d->lex, doc_tok(d, j - 1)) & X_OF);
}

/* Whether mention m is the author of a speech the sentence names: "the important speech of
 * General Secretary Xi Jinping", "Xi Jinping's instructions". */
static bool speech_author(const doc *d, const mention *m, size_t first)
{
	size_t j = m->a;
	while (j > first && (doc_wc(d, j - 1) & (W_HEAD | W_MOD | W_HONORIFIC)) && !(ext_at(d, j - 1) & X_OF))
		j--;
	if (j > first + 1 && (ext_at(d, j - 1) & X_OF) && (ext_at(d, j - 2) & X_SPEECHNOUN))
		return true;
	size_t k = m->b;
	if (k < d->t->n && doc_tok(d, k)->kind == TOK_POSS) {
		for (size_t q = k + 1; q < d->t->n && q < k + 4; q++)
			if (ext_at(d, q) & X_SPEECHNOUN)
				return true;
	}
	return false;
}

/* Whether mention m names the leader whose thought the sentence studies: his name opens a
 * formulation of the lexicon ("Xi Jinping Thought on Socialism with Chinese Characteristics for a
 * New Era") or one follows it ("Xi Jinping's new era of socialism"). */
static bool thought_author(const doc *d, const mention *m)
{
	uint32_t v;
	if (doc_phrase(d, PB_FORM, m->a, d->t->n, &v) > m->b - m->a && v != LEX_FORM_METAPHOR)
		return true;
	size_t k = m->b;
	if (k < d->t->n && doc_tok(d, k)->kind == TOK_POSS)
		k++;
	for (size_t q = k; q < d->t->n && q < k + 2; q++)
		if (doc_phrase(d, PB_FORM, q, d->t->n, &v) && v != LEX_FORM_METAPHOR)
			return true;
	return false;
}

/* Person p, unless he presided, is no speaker of e. */
static void unspeak_unless_presided(ev_acc *e, int p)
{
	for (size_t i = 0; i < e->np; i++)
		if (e->presided[i] == p)
			return;
	for (size_t i = 0; i < e->ns; i++)
		if (e->spoke[i] == p) {
			memmove(&e->spoke[i], &e->spoke[i + 1], (e->ns - i - 1) * sizeof *e->spoke);
			memmove(&e->ssp[i], &e->ssp[i + 1], (e->ns - i - 1) * sizeof *e->ssp);
			e->ns--;
			return;
		}
}

/* At an event below the centre, a leader whose thought it studies (thought_author, in its
 * anchor) did not speak at it, whatever it quotes him requiring; unless he presided. At the
 * centre he may well have: "the conference on studying Xi Jinping's Thought ... Xi delivered a
 * speech". */
static void drop_leader_of_studied_thought(const doc *d, ev_acc *e, const readout_event *out)
{
	if (!out->level.text || !strcmp(out->level.text, org_level_name(OL_CENTRAL)))
		return;
	const sentence *an = &d->t->s[e->anchor];
	for (size_t mi = first_mention_from(d, an->first); mi < d->nm && d->m[mi].a < an->last; mi++) {
		int p = doc_person_of(d, mi);
		if (p >= 0 && thought_author(d, &d->m[mi]))
			unspeak_unless_presided(e, p);
	}
}

/* A leader whose speech the event studies ("convey the spirit of the important speech of
 * General Secretary Xi Jinping") did not speak at it, whatever later sentences quote him
 * saying; unless he presided. */
static void drop_studied_speakers(const doc *d, ev_acc *e)
{
	const sentence *an = &d->t->s[e->anchor];
	for (size_t mi = first_mention_from(d, an->first); mi < d->nm && d->m[mi].a < an->last; mi++) {
		int p = doc_person_of(d, mi);
		if (p >= 0 && speech_author(d, &d->m[mi], an->first))
			unspeak_unless_presided(e, p);
	}
	/* in the event's other sentences, a speech named before its author is first said to speak
	 * is another day's ("The meeting studied the instructions of General Secretary Xi Jinping.
	 * Xi Jinping emphasized that ..."); named after, it is this one's ("All must study
	 * Comrade X's speech"); a headline names the speech the text reports */
	for (size_t s = e->first_sent; s < e->end_sent; s++) {
		const sentence *se = &d->t->s[s];
		if (s == e->anchor || se->headline)
			continue;
		for (size_t mi = first_mention_from(d, se->first); mi < d->nm && d->m[mi].a < se->last; mi++) {
			int p = doc_person_of(d, mi);
			if (p < 0 || !speech_author(d, &d->m[mi], se->first))
				continue;
			for (size_t i = 0; i < e->ns; i++)
				if (e->spoke[i] == p && e->ssp[i].start > doc_tok(d, d->m[mi].a)->start) {
					unspeak_unless_presided(e, p);
					break;
				}
		}
	}
}

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
		if (n && d->lex->events[v].field == EF_TYPE && n > best_len && !studied(d, an->first, k)) {
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
			/* size: "more than 300 people", "totaling more than 300" */
			if (!out->size.text && (doc_tok(d, k)->kind == TOK_NUM || (doc_wc(d, k) & W_NUMWORD))) {
				bool counted = k + 1 < se->last && (ext_at(d, k + 1) & X_SIZENOUN);
				bool than = k >= 1 && (ext_at(d, k - 1) & X_THAN);
				if (counted || (than && k >= 3 && (ext_at(d, k - 3) & X_TOTAL))) {
					size_t a = k;
					if (than && a >= 2 && (ext_at(d, a - 2) & X_COMPARE))
						a -= 2;
					else if (a >= 1 && (ext_at(d, a - 1) & X_APPROX))
						a -= 1;
					if (set_value_toks(d, &out->size, a, counted ? k + 2 : k + 1))
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
			    (ext_at(d, k + 1) & X_DURATIONUNIT) && k >= 2 &&
			    ((ext_at(d, k - 1) & X_DURATIONCUE) || (ext_at(d, k - 2) & X_DURATIONCUE))) {
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
	const token *tk = doc_tok(d, k);
	if (tk->flags & TF_ORDINAL)
		return atoi(d->text + tk->start);
	if (doc_word_is(d, k, "twenty") && doc_tok(d, k + 1)->kind == TOK_WORD) {
		int v = ordinal_value(d, k + 1);
		return v > 0 && v < 10 ? 20 + v : 0;
	}
	return tk->kind == TOK_WORD ? date_ordinal_word(d->lex, d->text + tk->start, tk->end - tk->start) : 0;
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
			/* "since the 18th National Congress": a time, not what the event is about */
			size_t b = k > se->first && doc_word_is(d, k - 1, "the") ? k - 1 : k;
			if (!n || (b > se->first && (lex_word_ext(d->lex, doc_tok(d, b - 1)) & X_SINCE)))
				continue;
			size_t j = k + 1;
			if (doc_word_is(d, k, "twenty"))
				j++;
			while (j < se->last && (lex_word_ext(d->lex, doc_tok(d, j)) & X_CONGRESSWORD))
				j++;
			char buf[128];
			if (doc_word_is(d, j, "congress") && j > k + 1) {
				snprintf(buf, sizeof buf, "%d%s National Congress", n, ord_suffix(n));
				return set_value(d, &out->subject, buf, strlen(buf), (readout_span){doc_tok(d, k)->start, doc_tok(d, j)->end});
			}
			/* "the 13th Beijing Municipal Congress of the CPC": a local party congress, as written */
			size_t q = j;
			while (q < se->last && q < j + 4 && !doc_word_is(d, q, "congress") && (doc_tok(d, q)->flags & TF_CAP))
				q++;
			if (q > j && doc_word_is(d, q, "congress") && orgs_covering(d, q) && orgs_covering(d, q)->judged.level != OL_CENTRAL)
				return set_value_toks(d, &out->subject, k, q + 1);
			if (doc_word_is(d, j, "plenary") && doc_word_is(d, j + 1, "session")) {
				q = j + 2;
				if (doc_word_is(d, q, "of"))
					q++;
				if (doc_word_is(d, q, "the"))
					q++;
				int cc = ordinal_value(d, q);
				/* the Central Committee's plenum, or a province's ("of the 15th Jiangxi Provincial
				 * Committee"): as the body's name says */
				const org *body = orgs_covering(d, q + (cc ? 1 : 0));
				if (cc && body && body->judged.level != OL_CENTRAL && body->judged.level != OL_NONE)
					return set_value_toks(d, &out->subject, k, body->b);
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
	/* "the" by its length first: this runs for every token */
	const char *w = d->text + tk->start;
	uint32_t len = tk->end - tk->start;
	bool calendar = tk->word & (W_MONTH | W_WEEKDAY | W_RELDAY);
	if (len == 3) {
		/* "the 30th"; the comparison only when it could matter, as few words precede an
		 * ordinal */
		/* "the 3rd", "the third", "the twenty-first" */
		bool ordinal_next = k + 1 < d->t->n && ((doc_tok(d, k + 1)->flags & (TF_ORDINAL | TF_HYPHEN)) ||
		                                        (doc_tok(d, k + 1)->word & W_ORDWORD));
		if (ordinal_next == calendar)
			return calendar;
		return ascii_ieq(w, "the", 3) ? ordinal_next : calendar;
	}
	return calendar;
}

/* A clock time token ("08:43", "13:05:55"). */
static bool is_clock(const doc *d, size_t k)
{
	const token *tk = doc_tok(d, k);
	return k < d->t->n && tk->kind == TOK_NUM && memchr(d->text + tk->start, ':', tk->end - tk->start);
}

/* The text at byte pos, past blanks and a source in brackets, is a dash: "August 14, 2023 – On
 * the morning of ...", "23rd November, 2020 (BISTU)—" */
static bool dash_at(const doc *d, size_t pos)
{
	while (pos < d->len && d->text[pos] == ' ')
		pos++;
	if (pos < d->len && d->text[pos] == '(') {
		const char *close = memchr(d->text + pos, ')', d->len - pos < 40 ? d->len - pos : 40);
		if (close)
			pos = (size_t)(close - d->text) + 1;
		while (pos < d->len && d->text[pos] == ' ')
			pos++;
	}
	if (pos < d->len && d->text[pos] == '-')
		return true;
	/* en dash, em dash */
	return pos + 2 < d->len && !memcmp(d->text + pos, "\xe2\x80", 2) &&
	       ((unsigned char)d->text[pos + 2] == 0x93 || (unsigned char)d->text[pos + 2] == 0x94);
}

/* After a date ending at byte pos, past ", Place" (up to three capitalized words), a dash:
 * "July 14, Inner Mongolia – The Standing Committee ...", a report's dateline. */
static bool place_dash_at(const doc *d, size_t pos)
{
	if (pos + 2 < d->len && d->text[pos] == ',' && d->text[pos + 1] == ' ') {
		size_t p = pos + 2;
		for (int words = 0; words < 3 && p < d->len && d->text[p] >= 'A' && d->text[p] <= 'Z'; words++) {
			while (p < d->len && (isalpha((unsigned char)d->text[p]) || d->text[p] == '\''))
				p++;
			if (dash_at(d, p))
				return true;
			if (p < d->len && d->text[p] == ' ')
				p++;
		}
		return false;
	}
	return dash_at(d, pos);
}

/* Only a place or an agency's name, then a comma, stands before byte pos on its line: the
 * "Fengyang, " of "Fengyang, June 16 -- The county ...", "China News Service, July 22." */
static bool place_comma_before(const doc *d, uint32_t pos)
{
	size_t p = pos;
	while (p > 0 && d->text[p - 1] == ' ')
		p--;
	if (p == 0 || d->text[p - 1] != ',')
		return false;
	p--;
	for (int words = 0; words < 5; words++) {
		size_t end = p;
		while (p > 0 && (isalpha((unsigned char)d->text[p - 1]) || d->text[p - 1] == '\''))
			p--;
		if (p == end || d->text[p] < 'A' || d->text[p] > 'Z')
			return false;
		if (p == 0 || d->text[p - 1] == '\n')
			return true;
		if (d->text[p - 1] != ' ')
			return false;
		p--;
	}
	return false;
}

/* The text before byte pos ends with a time of day: "10 a.m. ", "3 p.m. " */
static bool after_meridiem(const doc *d, uint32_t pos)
{
	size_t p = pos;
	while (p > 0 && (d->text[p - 1] == ' ' || d->text[p - 1] == '\n'))
		p--;
	if (p < 4 || d->text[p - 1] != '.' || (d->text[p - 2] | 0x20) != 'm' || d->text[p - 3] != '.')
		return false;
	char c = (char)(d->text[p - 4] | 0x20);
	return c == 'a' || c == 'p';
}

/* Nothing but blanks stands before byte pos on its line. */
static bool date_opens_line(const doc *d, uint32_t pos)
{
	while (pos > 0 && (d->text[pos - 1] == ' ' || d->text[pos - 1] == '\t'))
		pos--;
	return pos == 0 || d->text[pos - 1] == '\n';
}

/* The date ending at byte pos closes a caption, before its credit: "..., Sept 5, 2022. (Photo
 * ...)", "December 29, 2018. /Xinhua Photo". */
static bool date_ends_caption(const doc *d, uint32_t pos)
{
	while (pos < d->len && d->text[pos] == ' ')
		pos++;
	if (pos < d->len && d->text[pos] == '.')
		pos++;
	while (pos < d->len && d->text[pos] == ' ')
		pos++;
	return pos < d->len && (d->text[pos] == '(' || d->text[pos] == '[' || d->text[pos] == '/');
}

/* The first token that starts at or after byte pos (tokens are in text order). */
static size_t token_from(const doc *d, uint32_t pos)
{
	size_t lo = 0, hi = d->t->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (doc_tok(d, mid)->start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The full date de stands in a short line of no sentence, a page's date: "(Fengyang Daily, June
 * 16, 2023)", "Friday, June 16, 2023", "Source: Fengyang Daily | 2023-06-16" under or over the
 * report; not "The rules take effect on January 1, 2024." nor a photo's caption. */
static bool page_date_line(const doc *d, const date_expr *de)
{
	enum { MAX_WORDS = 5 };
	size_t k = token_from(d, de->start), a = k, b = k;
	if (k >= d->t->n)
		return false;
	while (a > 0 && !(doc_tok(d, a)->flags & TF_NL_BEFORE))
		a--;
	while (b < d->t->n && (b == k || !(doc_tok(d, b)->flags & TF_NL_BEFORE)))
		b++;
	/* "on June 16, 2023" dates an event; a full stop before it ends a sentence (a caption's) */
	if (k > a && (ext_at(d, k - 1) & X_DATEPREP))
		return false;
	int words = 0;
	for (size_t j = a; j < b; j++) {
		const token *tk = doc_tok(d, j);
		if (tk->start >= de->start && tk->end <= de->end)
			continue;
		if (j < k && doc_is(d, j, '.'))
			return false;
		words += tk->kind == TOK_WORD;
	}
	return words <= MAX_WORDS;
}

/* Whether the blanks after token k, up to the next token, are other than one plain space:
 * two spaces, a tab, a no-break space, a line break inside the sentence. */
static bool odd_gap_after(const doc *d, size_t k)
{
	uint32_t a = doc_tok(d, k)->end, b = doc_tok(d, k + 1)->start;
	return b > a && !(b == a + 1 && d->text[a] == ' ');
}

/* A date read from token k on when the page spaced it oddly ("October  24,\u00a02022",
 * "on October\n24" in a hand-wrapped text): the grammar reads a copy of the next tokens of the
 * sentence with one space for each gap, and the date's bytes are mapped back to the text. */
static size_t date_parse_spaced(const doc *d, size_t k, date_expr *e)
{
	enum { WINDOW = 12, BYTES = 112 };
	const token *tk = doc_tok(d, k);
	bool odd = false;
	size_t last = k;
	while (last + 1 < d->t->n && last + 1 < k + WINDOW && doc_tok(d, last + 1)->sent == tk->sent) {
		odd |= odd_gap_after(d, last);
		last++;
	}
	if (!odd)
		return 0;
	char buf[BYTES + 1];
	uint32_t at[BYTES + 1]; /* the text's offset of each byte of buf, and of its end */
	size_t n = 0;
	for (size_t j = k; j <= last; j++) {
		const token *t = doc_tok(d, j);
		size_t w = t->end - t->start;
		if (n + w + 1 > BYTES)
			break;
		if (j > k && t->start > doc_tok(d, j - 1)->end) {
			at[n] = doc_tok(d, j - 1)->end;
			buf[n++] = ' ';
		}
		for (size_t i = 0; i < w; i++) {
			at[n] = t->start + (uint32_t)i;
			buf[n++] = d->text[t->start + i];
		}
		at[n] = t->end;
	}
	buf[n] = '\0';
	size_t len = date_parse_at(e, d->lex, buf, n, 0);
	if (!len)
		return 0;
	e->start = tk->start;
	e->end = at[len - 1] + 1;
	return e->end - e->start;
}

/* The reference date among the datelines: the first labelled one, else the first. ndates
 * when there is none. */
static size_t first_full_dateline(const ev_ctx *c)
{
	size_t first = c->ndates;
	for (size_t i = 0; i < c->ndates; i++)
		if (c->dates[i].dateline && c->dates[i].kind == DK_FULL) {
			if (c->dates[i].dateline == DATELINE_LABELLED)
				return i;
			if (first == c->ndates)
				first = i;
		}
	return first;
}

/* de resolved against the reference into out (date_resolve's answers): the report's own
 * date when the text gives one, else only the year of a date it names (date_resolve_near);
 * last: the last day of de's range. */
static int resolve_ref(const ev_ctx *c, char *out, const date_expr *de, bool last)
{
	int r = c->ref_dated ? date_resolve(out, de, c->ry, c->rm, c->rd) : date_resolve_near(out, de, c->ry, c->rm, c->rd);
	if (r == 1 && last)
		date_to_last(out, de);
	return r;
}

static void collect_dates(ev_ctx *c)
{
	doc *d = c->d;
	c->ndates = 0;
	/* a local pointer: the test of each token then needs no reloads (the tokens do not move) */
	const token *tv = d->t->v;
	size_t nt = d->t->n;
	for (size_t k = 0; k < nt; k++) {
		const token *tk = &tv[k];
		if (!could_start_date(d, tk, k))
			continue;
		date_expr e;
		size_t n = date_parse_at(&e, d->lex, d->text, d->len, tk->start);
		date_expr spaced;
		size_t ns = k + 1 < nt && (tk->start == 0 || !isalnum((unsigned char)d->text[tk->start - 1]))
		                ? date_parse_spaced(d, k, &spaced)
		                : 0;
		if (ns > n) {
			e = spaced;
			n = ns;
		}
		if (!n)
			continue;
		if (c->ndates == MAX_DATES) {
			doc_capped(d, DOC_CAP_DATES);
			break;
		}
		/* a weekday in lower case is no date ("a monday meeting" is rare; "may" is a verb) */
		if (e.kind == DK_WEEKDAY && !(tk->flags & TF_CAP))
			continue;
		/* datelines: near the top of the text, or after a dateline word */
		if (e.kind == DK_FULL) {
			/* "On March 13, 2024, ..." opens an event sentence even at the top of the text */
			/* ... and "On the 15th June 2023, ..." */
			size_t before = k > 1 && (ext_at(d, k - 1) & X_ARTICLE) ? k - 1 : k;
			bool event_phrase = before > 0 && (lex_word_ext(d->lex, doc_tok(d, before - 1)) & X_DATEPREP);
			/* a label may stand on the line above its date ("Date:\nMay 22, 2021"), but not
			 * above an event's: "Release time: 2023-06-08\nOn June 5, 2023, the ..." */
			bool cue = false;
			for (size_t j = k; j-- > (k >= 4 ? k - 4 : 0);) {
				cue |= (lex_word_ext(d->lex, doc_tok(d, j)) & X_DATELINEWORD) != 0;
				if (event_phrase && (doc_tok(d, j)->flags & TF_NL_BEFORE))
					break;
			}
			/* "At 13:30, July 26, 2017, a meeting ...": the event's own time */
			bool at_time = k >= 3 && doc_is(d, k - 1, ',') && is_clock(d, k - 2) &&
			               (lex_word_ext(d->lex, doc_tok(d, k - 3)) & X_VENUEPREP);
			/* the token after the date */
			size_t next = k;
			while (next < nt && doc_tok(d, next)->start < e.end)
				next++;
			/* "June 15, 2023, the county held ...": a sentence goes on after it */
			bool sentence_on = next + 1 < nt && doc_is(d, next, ',') && (ext_at(d, next + 1) & X_ARTICLE) &&
			                   doc_is_lower(d, next + 1);
			e.dateline = cue ? DATELINE_LABELLED : (tk->start < 40 && !event_phrase && !at_time && !sentence_on);
			/* "08:43, March 13, 2024", "2020-12-22 11:24": a page's time stamp */
			if ((k >= 2 && doc_is(d, k - 1, ',') && is_clock(d, k - 2) && !at_time) || (next < nt && is_clock(d, next)))
				e.dateline = 1;
			/* "August 14, 2023 – On the morning of August 12, ...": a report's dateline */
			if (!event_phrase && dash_at(d, e.end))
				e.dateline = 1;
			/* "Beijing | 10 a.m. June 16, 2021" over a press conference, "Meeting time: 12
			 * October 2018" in minutes: the event's own date (a page's bare "Date:" label is as
			 * often its publication's) */
			bool meeting_time = k >= 3 && doc_is(d, k - 1, ':') &&
			                    (lex_word_ext(d->lex, doc_tok(d, k - 2)) & X_DATELINEWORD) &&
			                    (doc_wc(d, k - 3) & W_EVENTNOUN) && !(doc_tok(d, k - 2)->flags & TF_NL_BEFORE);
			if (after_meridiem(d, tk->start) || meeting_time) {
				e.header = 1;
				e.dateline = 0;
			}
		}
		if (e.kind == DK_MONTH_DAY) {
			/* "BEIJING, March 12 (Xinhua) --": a news agency dateline */
			size_t j = k;
			while (j < d->t->n && doc_tok(d, j)->start < e.end)
				j++;
			if (doc_is(d, j, '(') && j + 1 < d->t->n && (doc_tok(d, j + 1)->flags & TF_CAP) && doc_is(d, j + 2, ')'))
				e.dateline = 1;
			/* "July 14, Inner Mongolia – The ...", "July 14 — ...": a dateline opening its line */
			if (date_opens_line(d, e.start) && place_dash_at(d, e.end))
				e.dateline = 1;
			/* "Fengyang, June 16 -- The ...", "Lanzhou, March 19 (Reporter ...) The ...", "China
			 * News Service, July 22. According to ...": a dateline after its place */
			if (place_comma_before(d, e.start) &&
			    (dash_at(d, e.end) || doc_is(d, j, '(') || (doc_is(d, j, '.') && doc_tok(d, j)->start == e.end)))
				e.dateline = 1;
		}
		c->dates[c->ndates++] = e;
		while (k + 1 < d->t->n && doc_tok(d, k + 1)->start < e.end)
			k++;
	}
	/* reference: the first full dateline, a labelled one ("Date: 2017-11-08") before a page's
	 * clock ("Wednesday November 14, 2018" over the page), refined by a later "CITY, March 12
	 * (Xinhua)" */
	c->ry = c->rm = c->rd = 0;
	c->ref_dated = false;
	c->ref_caption = false;
	size_t ref = first_full_dateline(c);
	if (ref < c->ndates) {
		c->ry = c->dates[ref].y, c->rm = c->dates[ref].m, c->rd = c->dates[ref].d;
		c->ref_dated = true;
	}
	if (!c->ry) /* any full date gives the year */
		for (size_t i = 0; i < c->ndates; i++)
			if (c->dates[i].kind == DK_FULL) {
				/* a later page's date in a line of its own ("(Fengyang Daily, June 16, 2023)"
				 * under the report) rather than a plan's date in the text */
				size_t p = i;
				while (p < c->ndates && !(c->dates[p].kind == DK_FULL && page_date_line(d, &c->dates[p])))
					p++;
				bool paged = p < c->ndates && !c->dates[i].header && !date_opens_line(d, c->dates[i].start);
				if (paged)
					i = p;
				c->ry = c->dates[i].y, c->rm = c->dates[i].m, c->rd = c->dates[i].d;
				/* the event's own header date, a date on a line of its own or a photo's
				 * caption's is the report's; "to take effect on January 1, 2020" is not */
				c->ref_dated = paged || c->dates[i].header || date_opens_line(d, c->dates[i].start);
				c->ref_caption = !c->ref_dated && date_ends_caption(d, c->dates[i].end);
				c->ref_dated |= c->ref_caption;
				break;
			}
	for (size_t i = 0; i < c->ndates; i++)
		if (c->dates[i].dateline && c->dates[i].kind == DK_MONTH_DAY && c->ry) {
			char buf[24];
			if (resolve_ref(c, buf, &c->dates[i], false) == 1) {
				c->ry = atoi(buf), c->rm = atoi(buf + 5), c->rd = atoi(buf + 8);
				c->ref_dated = true;
				c->ref_caption = false;
			}
		}
}

/* The date de of sentence s follows "on", "from": an event's date, not a page's. */
static bool after_dateprep(const doc *d, size_t s, const date_expr *de)
{
	const sentence *st = &d->t->s[s];
	for (size_t k = st->first + 1; k < st->last; k++)
		if (doc_tok(d, k)->start == de->start)
			return (ext_at(d, k - 1) & X_DATEPREP) != 0;
	return false;
}

/* de, or NULL when it counts from the report's date and the text gives none: a neighbour's
 * "Today, we have invited ..." must not stop the search for a date that says the day. */
static const date_expr *countable(const ev_ctx *c, const date_expr *de)
{
	return de && (de->kind == DK_WEEKDAY || de->kind == DK_RELATIVE) && !c->ref_dated ? NULL : de;
}

/* de resolves to a day after the day after the report's own date, when that is known (a
 * day's slack, as date_resolve allows: a report may be dated the evening before). */
static bool after_the_report(const ev_ctx *c, const date_expr *de)
{
	char day[24], next[24];
	date_expr tomorrow = {.kind = DK_RELATIVE, .rel = 1};
	if (!c->ref_dated || resolve_ref(c, day, de, false) != 1 || date_resolve(next, &tomorrow, c->ry, c->rm, c->rd) != 1)
		return false;
	return strcmp(day, next) > 0;
}

/* Whether de names a day no neighbour of the anchor can date it by: the start of a period
 * ("Since June 1, the county has inspected 30 villages") or, when the report's own date is
 * known, a day after it (a deadline: "to be completed before June 30"). */
static bool not_an_events_day(const ev_ctx *c, const date_expr *de)
{
	const doc *d = c->d;
	size_t k = token_from(d, de->start);
	if (k > 0 && k < d->t->n && doc_word_is(d, k - 1, "the"))
		k--;
	if (k > 0 && k <= d->t->n && (ext_at(d, k - 1) & X_SINCE))
		return true;
	return after_the_report(c, de);
}

/* The first date of sentence s, a neighbour of the anchor, that can date the anchor's event
 * (countable, and not_an_events_day), or NULL. */
static const date_expr *neighbour_date(const ev_ctx *c, size_t s)
{
	const sentence *se = &c->d->t->s[s];
	uint32_t a = doc_tok(c->d, se->first)->start, b = doc_tok(c->d, se->last - 1)->end;
	for (size_t i = 0; i < c->ndates; i++) {
		const date_expr *de = &c->dates[i];
		if (de->dateline || de->kind == DK_UNDATED || de->start < a || de->end > b)
			continue;
		if (!not_an_events_day(c, de))
			return countable(c, de);
	}
	return NULL;
}

/* The date de is all of sentence s, a line of its own. */
static bool date_is_line(const doc *d, size_t s, const date_expr *de)
{
	const sentence *st = &d->t->s[s];
	return doc_tok(d, st->first)->start == de->start && doc_tok(d, st->last - 1)->end <= de->end;
}

/* The page's own date comes before de ("China.org.cn | May 15, 2024"): then a date on a line
 * of its own below it dates what follows (a transcript's "April 26, 2024" over the speakers).
 * The first full date of the text, on its line, is the page's date and not the event's day. */
static bool page_date_before(const ev_ctx *c, const date_expr *de)
{
	for (size_t i = 0; i < c->ndates && c->dates[i].start < de->start; i++)
		if (c->dates[i].kind == DK_FULL)
			return true;
	return false;
}

/* A photo's caption dates the weekday de only when it is that weekday ("closed its session on
 * Saturday" under a caption of that Saturday): a photo taken on a Tuesday says nothing of which
 * Wednesday the report, written any day after it, means; nor of its "yesterday". */
static bool caption_day_is(const ev_ctx *c, const date_expr *de)
{
	char buf[24];
	date_expr same = *de;
	if (de->kind != DK_WEEKDAY || date_resolve(buf, &same, c->ry, c->rm, c->rd) != 1)
		return false;
	return atoi(buf) == c->ry && atoi(buf + 5) == c->rm && atoi(buf + 8) == c->rd;
}

/* Whether de can be resolved: a weekday or "yesterday" needs the report's own date (a photo's
 * caption or a law's coming into force elsewhere in the text says nothing of which Wednesday). */
static bool resolvable(const ev_ctx *c, const date_expr *de)
{
	bool from_report = de->kind == DK_WEEKDAY || de->kind == DK_RELATIVE;
	return !from_report || (c->ref_dated && !(c->ref_caption && !caption_day_is(c, de)));
}

/* The event's day day (YYYY-MM-DD) is a later day of a range its anchor sentence or the next
 * gives ("Xi yesterday urged ... He made the remarks during a tour on Tuesday and Wednesday";
 * "closed on February 28 ... the session, held February 26-28, 2024"): the range, whose first
 * day is the event's (GUIDE convention 16), or NULL. A range further on is rather another
 * event's (the plenum that a study session studies). */
static const date_expr *range_around(const ev_ctx *c, const ev_acc *e, const char *day, char *first)
{
	const doc *d = c->d;
	size_t last_sent = e->anchor + 1 < e->end_sent ? e->anchor + 1 : e->anchor;
	uint32_t a = doc_tok(d, d->t->s[e->anchor].first)->start;
	uint32_t b = doc_tok(d, d->t->s[last_sent].last - 1)->end;
	for (size_t i = 0; i < c->ndates; i++) {
		const date_expr *r = &c->dates[i];
		char last[24];
		if (!r->span || r->dateline || r->start < a || r->end > b || !resolvable(c, r) ||
		    resolve_ref(c, first, r, false) != 1 || resolve_ref(c, last, r, true) != 1)
			continue;
		if (strcmp(first, day) < 0 && strcmp(day, last) <= 0)
			return r;
	}
	return NULL;
}

/* The date of sentence s's main clause: a sentence opened by a clause of purpose or time ("To
 * convey the spirit of the conference held on March 3, the committee held a meeting on March 5",
 * "Following the conference on March 3, ...") dates another event there; a date after the
 * comma that ends it is the sentence's own. Else sent_date's. */
static const date_expr *main_clause_date(const ev_ctx *c, size_t s)
{
	const doc *d = c->d;
	const sentence *se = &d->t->s[s];
	const date_expr *first = sent_date(c, s);
	if (!first || !((doc_wc(d, se->first) & W_CONNECTOR) || (ext_at(d, se->first) & X_PURPOSE)))
		return first;
	uint32_t b = doc_tok(d, se->last - 1)->end;
	bool comma = false;
	size_t k = se->first;
	while (k < se->last && doc_tok(d, k)->start < first->end)
		k++;
	for (const date_expr *x = first + 1; x < c->dates + c->ndates && x->end <= b; x++) {
		for (; k < se->last && doc_tok(d, k)->start < x->start; k++)
			comma |= doc_is(d, k, ',');
		if (comma && !x->dateline && x->kind != DK_UNDATED)
			return x;
	}
	return first;
}

/* The date de is the first day of a range: "June 12 to 14", "June 12-14", "from the 12th
 * to the 14th". */
static bool opens_range(const doc *d, const date_expr *de)
{
	if (de->span)
		return true;
	size_t p = de->end;
	if (p < d->len && d->text[p] == '-')
		p++;
	else if (p + 4 <= d->len && !strncmp(d->text + p, " to ", 4))
		p += 4;
	else
		return false;
	if (p + 4 <= d->len && !strncmp(d->text + p, "the ", 4))
		p += 4;
	return p < d->len && isdigit((unsigned char)d->text[p]);
}

/* The date de of sentence s dates a thing its main clause names, not its event: the date
 * follows "on" after a participle that comes after the sentence's first event verb and its
 * purpose ("held a meeting to study the spirit of the conference held on June 12", "to study the
 * speech delivered by X on June 12"); "The
 * meeting held on the 15th" and "held a meeting on the 15th" date the event. */
static bool dates_a_thing_named(const doc *d, size_t s, const date_expr *de)
{
	const sentence *se = &d->t->s[s];
	size_t verb = se->last;
	for (size_t k = se->first; k < se->last && verb == se->last; k++)
		if ((doc_wc(d, k) & W_EVENTVERB) && d->mention_at[k] < 0)
			verb = k;
	size_t k = token_from(d, de->start);
	if (k < se->first + 2 || k >= se->last)
		return false;
	if (doc_word_is(d, k - 1, "the"))
		k--;
	if (k < se->first + 2 || !doc_word_is(d, k - 1, "on"))
		return false;
	/* the participle right before "on", or before its agent ("issued by the Provincial Party
	 * Committee on June 1") */
	size_t p = k - 2;
	for (size_t j = k - 2; j > se->first && j + 10 > k; j--)
		if (ext_at(d, j) & X_BY) {
			p = j - 1;
			break;
		}
	bool participle = lower_ed_word(d, p) || (doc_tok(d, p)->kind == TOK_WORD && doc_is_lower(d, p) && (doc_wc(d, p) & W_EVENTVERB));
	if (!participle || verb >= p)
		return false;
	/* ... with the event's purpose between: "held a meeting to study the ... held on", not
	 * "chaired a meeting of the Standing Committee convened on January 7" */
	for (size_t j = verb + 1; j < p; j++)
		if ((ext_at(d, j) & X_PURPOSE) && doc_word_is(d, j, "to"))
			return true;
	return false;
}

/* "The next day" (DK_AFTER): the days after the last day the text named before it ("On March
 * 4, the team arrived. The next day, ..."), written into buf; -1 when none is named or it
 * cannot be resolved. */
static int resolve_after(const ev_ctx *c, const date_expr *de, char *buf)
{
	for (const date_expr *p = de; p-- > c->dates;) {
		if (p->dateline || p->header || !(p->kind == DK_FULL || p->kind == DK_MONTH_DAY || p->kind == DK_DAY))
			continue;
		date_expr day = *p;
		day.span = de->rel; /* its last day is the one meant */
		return resolve_ref(c, buf, &day, true);
	}
	return -1;
}

static int fill_date(ev_ctx *c, readout_event *out, const ev_acc *e, readout_record *rec)
{
	doc *d = c->d;
	/* the anchor's date; else the nearest before it ("On July 16, the ministry raised the
	 * response. ... presided over a meeting on the same day"); else one after it */
	const date_expr *de = main_clause_date(c, e->anchor);
	/* ... nor does a day after the report's own (a deadline, a plan's start: "to arrange the
	 * work before June 30", "rules effective from July 1"): a report tells what was held */
	if (de && (dates_a_thing_named(d, e->anchor, de) || (!de->span && !opens_range(d, de) && after_the_report(c, de))))
		de = NULL;
	/* a photo's caption taken for the event for want of a sentence that reports one ("Rescuers
	 * evacuate villagers in Zhengzhou, July 23, 2021. [Photo/Xinhua]") dates the photo; one that
	 * shows the meeting ("X presides over the meeting ..., March 30, 2021. (Xinhua/...)") is it */
	if (de && de->kind == DK_FULL && date_ends_caption(d, de->end) && !is_event_sentence(d, e->anchor) &&
	    !has_role_cue(d, e->anchor))
		de = NULL;
	/* (a range after it gives the days of a tour or session: GUIDE convention 16) */
	if (sent_undated(c, e->anchor, !de ? UINT32_MAX : opens_range(d, de) ? 0 : de->start))
		return 0;
	for (size_t s = e->anchor; !de && s-- > e->first_sent;)
		if (!d->t->s[s].headline)
			de = neighbour_date(c, s);
	for (size_t s = e->anchor + 1; !de && s < e->end_sent; s++)
		if (!d->t->s[s].headline)
			de = neighbour_date(c, s);
	/* an event the text dates only in its page's header */
	for (size_t i = 0; !de && i < c->ndates; i++)
		if (c->dates[i].header)
			de = &c->dates[i];
	/* or only in a title line before it, with its year: "Communiqué of the Third Plenary
	 * Session (Adopted at the session on July 18, 2024)", or a date standing alone on its line
	 * below the page's own dateline (a transcript's "April 26, 2024" over the speakers) */
	for (size_t s = e->first_sent; !de && s < e->anchor; s++)
		if (d->t->s[s].headline && (de = sent_date(c, s)) &&
		    !(de->kind == DK_FULL && (after_dateprep(d, s, de) || (date_is_line(d, s, de) && page_date_before(c, de)))) &&
		    !((de->kind == DK_MONTH_DAY || de->kind == DK_DAY) && after_dateprep(d, s, de)))
			de = NULL;
	if (!de)
		return 0;
	/* "today's press conference" under a transcript's date line ("May 22, 2021" over the
	 * speakers, below the page's own date): that line says which day */
	for (size_t s = e->first_sent; de->kind == DK_RELATIVE && de->rel == 0 && s < e->anchor; s++) {
		const date_expr *line = d->t->s[s].headline ? sent_date(c, s) : NULL;
		if (line && line->kind == DK_FULL && date_is_line(d, s, line) && page_date_before(c, line))
			de = line;
	}
	/* "yesterday (1st)": the explicit day wins */
	const date_expr *next = de + 1;
	if (de->kind == DK_RELATIVE && next < c->dates + c->ndates && next->kind == DK_DAY && next->start < de->end + 3)
		de = next;
	char buf[24], first[24];
	int r = resolvable(c, de) ? resolve_ref(c, buf, de, false) : -1;
	if (de->kind == DK_AFTER)
		r = resolve_after(c, de, buf);
	const date_expr *range = r == 1 ? range_around(c, e, buf, first) : NULL;
	if (range) {
		memcpy(buf, first, sizeof buf);
		de = range;
	}
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
	size_t i = first_full_dateline(c);
	char buf[24];
	if (i < c->ndates && date_resolve(buf, &c->dates[i], 0, 0, 0) == 1) {
		rec->published = arena_strndup(c->d->a, buf, strlen(buf));
		return rec->published ? 0 : READOUT_ENOMEM;
	}
	return 0;
}

/* ---- events ---- */

/* A line that opens with an event's date ("On October 12, 2018, the Party Branch organized
 * ...") is a sentence whose full stop the page lost, not a headline. */
static void unheadline_dated_lines(ev_ctx *c)
{
	doc *d = c->d;
	for (size_t i = 0; i < c->ndates; i++) {
		const date_expr *de = &c->dates[i];
		if (de->dateline || de->header)
			continue;
		/* the token the date starts at */
		size_t lo = token_from(d, de->start);
		if (lo >= d->t->n || doc_tok(d, lo)->start != de->start)
			continue;
		size_t k = lo;
		sentence *se = &d->t->s[doc_tok(d, k)->sent];
		if (se->headline && k <= se->first + 1 && se->last - se->first > 8)
			se->headline = 0;
	}
}

/* A sentence that says a meeting is held: an event verb within four words of an event noun
 * ("presided over a symposium", "the meeting was held"), not "After listening to the report,
 * X affirmed ... carried out the work". */
static bool holds_a_meeting(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	for (size_t k = se->first; k < se->last; k++) {
		if (!(doc_wc(d, k) & W_EVENTVERB) || d->mention_at[k] >= 0)
			continue;
		size_t lo = k > se->first + 4 ? k - 4 : se->first, hi = k + 5 < se->last ? k + 5 : se->last;
		for (size_t j = lo; j < hi; j++)
			if (j != k && (doc_wc(d, j) & W_EVENTNOUN) && !orgs_covering(d, j))
				return true;
	}
	return false;
}

/* Whether sentence t studies the meeting sentence s reports: "the spirit of the plenary
 * session", whose event noun s uses. */
static bool studies_meeting_of(const doc *d, size_t t, size_t s)
{
	const sentence *st = &d->t->s[t], *ss = &d->t->s[s];
	for (size_t k = st->first; k + 2 < st->last; k++) {
		if (!(ext_at(d, k) & X_SPEECHNOUN) || !(ext_at(d, k + 1) & X_OF))
			continue;
		for (size_t q = k + 2; q < st->last && q < k + 10; q++) {
			const token *tq = doc_tok(d, q);
			if (tq->kind != TOK_WORD || d->mention_at[q] >= 0)
				break;
			if (!(doc_wc(d, q) & W_EVENTNOUN) || !tq->wh)
				continue;
			/* s reports that meeting, not studies it too ("held meetings to study the
			 * spirit of the plenary session") */
			for (size_t j = ss->first; j < ss->last; j++)
				if (doc_tok(d, j)->wh == tq->wh && (doc_wc(d, j) & W_EVENTNOUN) && !studied_event_before(d, ss->first, j))
					return true;
			break;
		}
	}
	return false;
}

/* The anchor after a background sentence: "The Sixth Plenary Session ... took place in Beijing
 * from November 8 to 11 ... Chen Bin attended the special learning meeting and conveyed the
 * spirit of the plenary session." A first report of a meeting that names no one, followed
 * within a few sentences by a meeting of its own (with a day, or with someone's role) that
 * studies it, is what the text's meeting studies: the later one is the event. */
static size_t past_background(ev_ctx *c, size_t anchor)
{
	doc *d = c->d;
	if (names_someone(d, anchor))
		return anchor;
	for (size_t t = anchor + 1; t < d->t->ns && t <= anchor + 5; t++) {
		if (d->t->s[t].headline || !is_event_sentence(d, t))
			continue;
		if ((sent_date(c, t) || (has_role_cue(d, t) && names_someone(d, t))) && studies_meeting_of(d, t, anchor))
			return t;
	}
	return anchor;
}

/* Sentence s reports an event of a type that is no meeting: a phrase of events.tsv's types
 * without an event noun ("inspected", "carried out research"; not "plenary session"), not one
 * of an event it studies. */
static bool has_act_type(const doc *d, size_t s)
{
	const sentence *se = &d->t->s[s];
	for (size_t k = se->first; k < se->last; k++) {
		uint32_t v;
		size_t n = doc_phrase(d, PB_EVENT, k, se->last, &v);
		if (!n || d->lex->events[v].field != EF_TYPE || studied(d, se->first, k))
			continue;
		bool noun = false;
		for (size_t j = k; j < k + n; j++)
			noun |= (doc_wc(d, j) & W_EVENTNOUN) != 0;
		if (!noun)
			return true;
	}
	return false;
}

static void segment_events(ev_ctx *c)
{
	doc *d = c->d;
	size_t ns = d->t->ns;
	size_t anchor = SIZE_MAX;
	/* a meeting reported held, a dated sentence with a role, or a body doing something ("the
	 * Party Branch organized its members to watch a film"), or a dated tour that is no photo's
	 * caption ("X greets residents while inspecting ... (Xinhua/Y)" shows a tour told below) */
	for (size_t s = 0; s < ns && anchor == SIZE_MAX; s++)
		if (!d->t->s[s].headline && !is_record(d, s) &&
		    (is_event_sentence(d, s) || (sent_date(c, s) && has_role_cue(d, s) && names_someone(d, s)) ||
		     hosts_sentence_reports(c->hosts, s) ||
		     (sent_date(c, s) && names_someone(d, s) && has_act_type(d, s) && !hosts_caption(c->hosts, s))))
			anchor = s;
	for (size_t s = 0; s < ns && anchor == SIZE_MAX; s++)
		if (is_event_sentence(d, s))
			anchor = s;
	for (size_t s = 0; s < ns && anchor == SIZE_MAX; s++)
		if (sent_date(c, s) && !d->t->s[s].headline && !is_record(d, s))
			anchor = s;
	if (anchor == SIZE_MAX)
		anchor = 0;
	size_t reported = past_background(c, anchor);
	c->nev = 1;
	/* the background before a meeting that studies it is another event's text */
	c->ev[0].first_sent = reported != anchor ? reported : 0;
	anchor = reported;
	c->ev[0].anchor = anchor;
	c->ev[0].np = c->ev[0].ns = c->ev[0].na = 0;
	c->ev[0].subject = -1;
	for (size_t s = anchor + 1; s < ns; s++) {
		if (!is_event_sentence(d, s) || !opens_with_connector(d, s) || !holds_a_meeting(d, s))
			continue;
		if (c->nev == MAX_EVENTS) {
			doc_capped(d, DOC_CAP_EVENTS);
			break;
		}
		c->ev[c->nev - 1].end_sent = s;
		c->ev[c->nev].first_sent = s;
		c->ev[c->nev].anchor = s;
		c->ev[c->nev].np = c->ev[c->nev].ns = c->ev[c->nev].na = 0;
		c->ev[c->nev].subject = -1;
		c->nev++;
	}
	c->ev[c->nev - 1].end_sent = ns;
}

/* "On the same day" opening sentence s, or anywhere in it when whole_sentence ("X held a
 * meeting on the same day") */
static bool same_day(const doc *d, size_t s, bool whole_sentence)
{
	const sentence *se = &d->t->s[s];
	for (size_t k = se->first; k + 1 < se->last && (whole_sentence || k < se->first + 6); k++)
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
	c->ndates = c->nev = 0;
	c->quoted = NULL;
	if (d->t->ns == 0)
		return 0;
	collect_dates(c);
	unheadline_dated_lines(c);
	int rc = hosts_new(&c->hosts, d);
	if (rc)
		return rc;
	segment_events(c);
	readout_record *rec = d->rec;
	if ((rc = publish_date(c, rec)))
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
			/* or a header line ("Speakers") over a line that opens with a name, or a sentence
			 * whose subject is "he" or "she", someone named before */
			int owner;
			bool anaphor = e->subject >= 0 && anaphor_subject(d, se, &owner) != SIZE_MAX;
			if ((m < d->nm && (d->m[m].a < se->last || (s + 1 < d->t->ns && d->m[m].a < d->t->s[s + 1].last &&
			                                            se->headline && se->last - se->first <= 3))) ||
			    anaphor)
				roles_in_sentence(c, e, s);
		}
		if (i == 0)
			roster_roles(c, e);
		drop_studied_speakers(d, e);
		const sentence *an = &d->t->s[e->anchor];
		out->span = (readout_span){doc_tok(d, an->first)->start, doc_tok(d, an->last - 1)->end};
		if ((rc = hosts_fill(c->hosts, out, e->anchor, e->first_sent, e->presided, e->np, e->spoke, e->ns)) ||
		    (rc = fill_date(c, out, e, rec)) || (rc = fill_phrases(c, out, e)))
			return rc;
		drop_leader_of_studied_thought(d, e, out);
		/* "On the same day, X presided over ...": the main event's day, or for the main event
		 * itself the day of the dateline or header it follows */
		const char *that_day = i > 0 ? rec->events[0].date.text : rec->published;
		if (!out->date.text && that_day && same_day(d, e->anchor, i == 0) &&
		    (rc = set_value(d, &out->date, that_day, strlen(that_day), out->span)))
			return rc;
		if (!out->subject.text) {
			if ((rc = find_subject(c, out, e->anchor, e->anchor + 1)))
				return rc;
			if (!out->subject.text && (rc = find_subject(c, out, e->first_sent, e->end_sent)))
				return rc;
			/* the background names in full the meeting this one studies */
			if (!out->subject.text && i == 0 && e->first_sent > 0 && (rc = find_subject(c, out, 0, e->first_sent)))
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
