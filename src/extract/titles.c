/* titles.c — giving people their titles.
 * A sentence is cut into segments at commas and at "and" when a post or a name follows.
 * Each segment is a name (maybe with a title before it: "Governor Hu Changsheng"), a title
 * alone, or other text. Title segments after a name are its appositives ("Chen Miner,
 * Secretary of the Municipal Party Committee,"); title segments before any name wait for the
 * next one ("Deputy secretary of X, director of Y, Fu Kang, attended"); a plural title after
 * a run of bare names goes to all of them ("A, B and C, members of the Standing Committee").
 * "Secretary and Minister of X" shares the tail X with both posts. */
#include "extract/doc.h"
#include "util/error.h"

#include <string.h>
#include <strings.h>

enum sep { SEP_START, SEP_COMMA, SEP_AND, SEP_COMMA_AND };

typedef struct segment {
	uint32_t a, b;
	int sep;
} segment;

static bool is_cap_word(const doc *d, size_t i)
{
	const token *tk = doc_tok(d, i);
	return tk->kind == TOK_WORD && (tk->flags & (TF_CAP | TF_ALLCAPS)) && !(tk->flags & TF_DIGIT);
}

/* Surname-only references count too: "Xi, also chairman of the Central Military Commission". */
static bool is_name_start(const doc *d, size_t i)
{
	int m = d->mention_at[i];
	return m >= 0 && d->m[m].a == i && !d->m[m].byline;
}

static size_t skip_honorifics(const doc *d, size_t i, size_t e)
{
	while (i < e && ((doc_wc(d, i) & W_HONORIFIC) || doc_is(d, i, '.')))
		i++;
	return i;
}

/* The first token from j (before e) that is no adverb in lower case: "also", "concurrently". */
static size_t skip_adverbs(const doc *d, size_t j, size_t e)
{
	while (j < e && doc_is_lower(d, j) && (lex_word_ext(d->lex, doc_tok(d, j)) & X_ADVERB))
		j++;
	return j;
}

/* "and" splits a segment when a post or a person follows it. */
static bool and_splits(const doc *d, size_t k, size_t e)
{
	if (!doc_word_is(d, k, "and"))
		return false;
	/* "members and alternate members of X" stay one (a group label) */
	if (k > 0 && (lex_word_ext(d->lex, doc_tok(d, k - 1)) & X_MEMBER))
		for (size_t q = k + 1; q < e && q <= k + 2; q++)
			if (lex_word_ext(d->lex, doc_tok(d, q)) & X_MEMBER)
				return false;
	/* "and also a member of X", "and concurrently vice premier" */
	size_t j = skip_adverbs(d, k + 1, e);
	while (j < e && (doc_word_is(d, j, "the") || doc_word_is(d, j, "a") || doc_word_is(d, j, "an")))
		j++;
	j = skip_honorifics(d, j, e);
	if (j < e && is_name_start(d, j))
		return true;
	/* "and CPC Shannan Municipal Committee secretary", "and Hunan Provincial People's Congress
	 * Standing Committee Director": a post named after its body */
	for (size_t n = 0; n < 10 && j < e; n++, j++) {
		/* "and Vice-\nPresident of X": a word hyphenated at a line's end */
		if (doc_broken_hyphen(d, j + 1))
			continue;
		uint32_t wc = doc_wc(d, j);
		if (wc & W_HEAD)
			return true;
		/* (lower-case body words too: "and Hunan provincial People's Congress standing
		 * committee director", not "of" or "and") */
		if (!(wc & W_MOD) && !((wc & W_ORG) && !(wc & W_FUNC)) && !is_cap_word(d, j) &&
		    doc_tok(d, j)->kind != TOK_POSS)
			return false;
		if (d->mention_at[j] >= 0)
			return false;
	}
	return false;
}

/* Token k stands inside a short quotation of sentence s (opened at most 12 words before it and
 * closed at most 12 after): "the \u201cTwo Studies, One Action\u201d Education" is one name. */
static bool in_short_quote(const doc *d, const sentence *s, size_t k)
{
	size_t a = k;
	while (a > s->first && a + 12 > k && !(doc_tok(d, a - 1)->flags & (TF_QOPEN | TF_QCLOSE | TF_QAMBIG)))
		a--;
	if (a == s->first || !(doc_tok(d, a - 1)->flags & TF_QOPEN))
		return false;
	for (size_t b = k + 1; b < s->last && b < k + 12; b++)
		if (doc_tok(d, b)->flags & (TF_QOPEN | TF_QAMBIG))
			return false;
		else if (doc_tok(d, b)->flags & TF_QCLOSE)
			return true;
	return false;
}

/* The number of tokens of a dash set off by spaces at k ("--", an em dash), or 0: a hyphen
 * inside a word ("Vice-Chairman") or cut from one ("school -themed") is none. */
static size_t spaced_dash(const doc *d, size_t k, size_t e)
{
	if (!doc_is(d, k, '-') || !(doc_tok(d, k)->flags & TF_SPACE_BEFORE) || k + 1 >= e)
		return 0;
	if (doc_is(d, k + 1, '-') && !(doc_tok(d, k + 1)->flags & TF_SPACE_BEFORE))
		return k + 2 < e && (doc_tok(d, k + 2)->flags & TF_SPACE_BEFORE) ? 2 : 0;
	return (doc_tok(d, k + 1)->flags & TF_SPACE_BEFORE) ? 1 : 0;
}

/* The segments of sentence s into out (at most cap); *capped when the sentence had more. */
static size_t split_segments(const doc *d, const sentence *s, segment *out, size_t cap, bool *capped)
{
	size_t n = 0;
	uint32_t start = s->first;
	int sep = SEP_START;
	*capped = false;
	for (uint32_t k = s->first; k < s->last; k++) {
		if (n + 1 >= cap) {
			*capped = true;
			break;
		}
		/* "BEIJING, May 4 (Xinhua) -- State Councilor and Minister X": a spaced dash ends a
		 * dateline, and what follows opens the sentence anew */
		size_t dash = spaced_dash(d, k, s->last);
		if (dash) {
			if (k > start)
				out[n++] = (segment){start, k, sep};
			sep = SEP_START;
			start = k + dash;
			k += dash - 1;
			continue;
		}
		bool comma = (doc_is(d, k, ',') || doc_is(d, k, ';')) && !in_short_quote(d, s, k);
		bool and = !comma && doc_word_is(d, k, "and") && and_splits(d, k, s->last);
		if (!comma && !and)
			continue;
		if (k > start)
			out[n++] = (segment){start, k, sep};
		sep = comma ? SEP_COMMA : SEP_AND;
		start = k + 1;
		if (comma && doc_word_is(d, k + 1, "and") && and_splits(d, k + 1, s->last)) {
			sep = SEP_COMMA_AND;
			start = k + 2;
			k++;
		}
	}
	if (start < s->last)
		out[n++] = (segment){start, s->last, sep};
	return n;
}

typedef struct title_span {
	uint32_t ts, te;     /* tokens [ts, te) */
	uint32_t head;       /* first head token */
	bool plural, bare, party;
} title_span;

static bool ends_in_ed(const doc *d, size_t i)
{
	const token *tk = doc_tok(d, i);
	size_t n = tk->end - tk->start;
	return n > 3 && d->text[tk->end - 2] == 'e' && d->text[tk->end - 1] == 'd';
}

static void classify_heads(const doc *d, title_span *t)
{
	t->head = UINT32_MAX;
	t->bare = true;
	t->party = false;
	t->plural = false;
	for (uint32_t k = t->ts; k < t->te; k++) {
		uint32_t wc = doc_wc(d, k);
		if (!(wc & (W_HEAD | W_MOD)) && !doc_broken_hyphen(d, k + 1))
			t->bare = false;
		if ((wc & W_HEAD) && t->head == UINT32_MAX) {
			t->head = k;
			t->plural = wc & W_PLURAL;
			/* the head cluster: "Deputy Secretary", "Secretary General" */
			uint32_t last = k;
			while (last + 1 < t->te && (doc_wc(d, last + 1) & W_HEAD))
				last++;
			t->party = (doc_wc(d, last) & W_PARTY) && (doc_wc(d, k) & W_PARTY);
		}
	}
	/* "deputy to the National People's Congress", "delegate to the Party congress": a seat in
	 * a congress is held like a post */
	uint32_t k = t->ts;
	if (t->head == UINT32_MAX && k + 1 < t->te && doc_is_lower(d, k + 1) &&
	    ((doc_wc(d, k) & W_MOD) || (lex_word_ext(d->lex, doc_tok(d, k)) & X_DELEGATE)) &&
	    (lex_word_ext(d->lex, doc_tok(d, k + 1)) & X_PURPOSE)) {
		t->head = k;
		t->bare = false;
	}
}

/* "Municipal leaders", "senior CPC official", "member and alternate member": people named by
 * their kind and level, with no body whose post they hold; a group label, never a title. */
static bool is_group_label(const doc *d, const title_span *t)
{
	/* "Group leaders", "inspection team leaders": plural leaders or officials of a kind of
	 * body are a group too ("Standing Committee members" hold a post) */
	uint64_t hx = t->head < t->te ? lex_word_ext(d->lex, doc_tok(d, t->head)) : 0;
	bool group_plural = t->head < t->te && (doc_wc(d, t->head) & W_PLURAL) && (hx & X_GENERIC) && !(hx & X_MEMBER);
	bool generic = false, member = false;
	for (uint32_t k = t->ts; k < t->te; k++) {
		/* "member and alternate member of the Central Committee": which is which is not said */
		if (member && doc_word_is(d, k, "and"))
			for (uint32_t j = k + 1; j < t->te && j <= k + 2; j++)
				if (lex_word_ext(d->lex, doc_tok(d, j)) & X_MEMBER)
					return true;
		member |= (lex_word_ext(d->lex, doc_tok(d, k)) & X_MEMBER) != 0;
	}
	for (uint32_t k = t->ts; k < t->te; k++) {
		const token *tk = doc_tok(d, k);
		uint64_t x = lex_word_ext(d->lex, tk);
		if (x & X_GENERIC) {
			generic = true;
			continue;
		}
		/* "Deputy Leader" is a rank in some group's posts; "senior official" is no rank */
		if ((x & X_RANK) && !(x & X_ORGANWORD))
			return false;
		if (x & (X_ORGJOIN | X_OBJECTPREP))
			return generic && (doc_wc(d, t->head) & W_PLURAL) && !(lex_word_ext(d->lex, doc_tok(d, t->head)) & X_MEMBER);
			/* "leader of the inspection team" is a post, "leaders of the garrison" a group */
		if ((tk->flags & TF_CAP) && !tk->word && tk->kind == TOK_WORD)
			return false; /* "Central Propaganda Mission member": a body's own name */
		if ((tk->word & W_ORG) && !(tk->word & (W_LVL_PROV | W_LVL_PREF | W_LVL_COUNTY | W_CENTRAL)) &&
		    !(x & X_ORGANWORD) && !group_plural)
			return false; /* "county committee member", "student group leader" name a body */
	}
	/* a lone "member" may share a tail: "member and Vice Chairman of the X Conference"; a lone
	 * plural of a kind of person ("Leaders A, B and C", "Officials A and B") names no post */
	return generic && (t->te - t->ts > 1 || group_plural);
}

/* Token j follows the last word of a body's name, is in no name or place itself, and a
 * lower-case word of content follows it ("Relevant city leaders"). */
static bool after_a_body(const doc *d, size_t j)
{
	const org *o = orgs_covering(d, j - 1);
	return o && o->b == j && !orgs_covering(d, j) && !d->hits[j].len[PB_ORG] && !d->hits[j].len[PB_PLACE] &&
	       !(doc_wc(d, j) & (W_HEAD | W_MOD | W_ORG)) && j + 1 < d->t->n && doc_tok(d, j + 1)->kind == TOK_WORD &&
	       doc_is_lower(d, j + 1) && !(doc_wc(d, j + 1) & W_FUNC);
}

/* Token s is a capitalized -ing word that is no word of posts, bodies or places, with a
 * lower-case word after it. */
static bool opens_with_gerund(const doc *d, size_t s, size_t e)
{
	const token *tk = doc_tok(d, s);
	size_t n = tk->end - tk->start;
	return n > 4 && memcmp(d->text + tk->end - 3, "ing", 3) == 0 && is_cap_word(d, s) &&
	       !(doc_wc(d, s) & (W_HEAD | W_MOD | W_ORG)) && !d->hits[s].len[PB_PLACE] && s + 1 < e &&
	       doc_tok(d, s + 1)->kind == TOK_WORD && doc_is_lower(d, s + 1);
}

/* The name at k is a possessive inside a body's name, not a person the sentence speaks of:
 * "deputy head of the Leading Group for Learning and Implementing Xi Jinping's Thought",
 * "director of the Research Center for Xi Jinping Thought on the Rule of Law"
 * (after a post's word it is the post's holder: "General Secretary Xi Jinping's speech"). */
static bool possessive_in_title(const doc *d, size_t k)
{
	int mi = d->mention_at[k];
	if (mi < 0 || d->m[mi].a != k || k == 0 || d->m[mi].b >= d->t->n ||
	    (doc_tok(d, d->m[mi].b)->kind != TOK_POSS && !doc_word_is(d, d->m[mi].b, "thought")))
		return false;
	const token *pv = doc_tok(d, k - 1);
	return pv->kind == TOK_WORD && d->mention_at[k - 1] < 0 && !(doc_wc(d, k - 1) & (W_HEAD | W_MOD | W_HONORIFIC));
}

/* The quotation opening at q (within 24 words, no name in it) when a capitalized word that is
 * no verb follows its close: where that word stands, else 0. */
static size_t quoted_name_end(const doc *d, size_t q, size_t e)
{
	for (size_t k = q + 1; k < e && k < q + 24; k++) {
		const token *tk = doc_tok(d, k);
		if (d->mention_at[k] >= 0)
			return 0;
		if (tk->kind == TOK_PUNCT && (tk->flags & (TF_QCLOSE | TF_QAMBIG)))
			return k + 1 < e && is_cap_word(d, k + 1) && d->mention_at[k + 1] < 0 &&
			               !(doc_wc(d, k + 1) & (W_STOP | W_EVENTVERB)) ? k + 1 : 0;
	}
	return 0;
}

/* Token k (after an article) opens a capitalized name that is not a person's: a body's
 * ("Songlin University", "the Provincial Academy of Social Sciences"). */
static bool at_a_body(const doc *d, size_t k, size_t e)
{
	while (k < e && doc_is_lower(d, k) && (lex_word_ext(d->lex, doc_tok(d, k)) & X_ARTICLE))
		k++;
	return k < e && is_cap_word(d, k) && d->mention_at[k] < 0 && !(doc_wc(d, k) & (W_MONTH | W_WEEKDAY | W_EVENTNOUN));
}

/* A day at token k: "May 7", "Monday", "the 7th", "the morning of May 7", "the same day". */
static bool day_follows(const doc *d, size_t k, size_t e)
{
	if (k < e && doc_word_is(d, k, "the"))
		k++;
	if (k >= e)
		return false;
	const token *tk = doc_tok(d, k);
	/* "the 7th" is a day, "the 12th Five-Year Plan" an ordinal of a name */
	if (tk->kind == TOK_NUM || (tk->flags & TF_ORDINAL))
		return !(k + 1 < e && is_cap_word(d, k + 1) && !(doc_wc(d, k + 1) & W_MONTH));
	/* "May 7", not "the May Fourth Village" */
	if (doc_wc(d, k) & W_MONTH)
		return k + 1 < e && (doc_tok(d, k + 1)->kind == TOK_NUM || (doc_tok(d, k + 1)->flags & TF_ORDINAL));
	return (doc_wc(d, k) & W_WEEKDAY) || (lex_word_ext(d->lex, tk) & (X_DAYPART | X_SAMEDAY));
}

/* A title starting at s (after "the", "a", "and"), running until a verb or punctuation.
 * It must contain a post within its first words. */
static bool title_extent(const doc *d, size_t s, size_t e, title_span *out)
{
	/* "the", "and also", ", who is also Chinese president", "A and B, both members of X", ", who
	 * are all members of X" (an adverb of office stays: "newly elected chairman") */
	bool quantified = false, relative = false;
	for (;; s++) {
		if (s >= e)
			return false;
		relative |= doc_is_lower(d, s) && (lex_word_ext(d->lex, doc_tok(d, s)) & X_WHO);
		if (doc_word_is(d, s, "the") || doc_word_is(d, s, "a") || doc_word_is(d, s, "an") ||
		    doc_word_is(d, s, "and") || doc_word_is(d, s, "also") ||
		    (doc_is_lower(d, s) && (lex_word_ext(d->lex, doc_tok(d, s)) & (X_WHO | X_PASSIVE))))
			continue;
		/* ", who serves as director of X", ", who was elected Secretary of X": the post the
		 * name's relative clause gives it (a clause's own verb, "A, B and C have been chosen as
		 * deputy heads", is the subjects' and title_after_as's) */
		if (relative && doc_is_lower(d, s) && (lex_word_ext(d->lex, doc_tok(d, s)) & (X_ASVERB | X_ELECT))) {
			if (doc_word_is(d, s + 1, "as"))
				s++;
			continue;
		}
		if (doc_is_lower(d, s) && (lex_word_ext(d->lex, doc_tok(d, s)) & X_ADVERB) &&
		    !(s + 1 < e && (lex_word_ext(d->lex, doc_tok(d, s + 1)) & (X_ELECT | X_ADVERB)))) {
			quantified = true;
			continue;
		}
		break;
	}
	/* "newly elected chairman of the CPPCC", "the newly appointed secretary": the post as
	 * written, its adverb and verb of office with it */
	size_t p = s;
	while (p < e && doc_is_lower(d, p) && (lex_word_ext(d->lex, doc_tok(d, p)) & X_ADVERB))
		p++;
	if (p > s && p + 1 < e && doc_is_lower(d, p) && (lex_word_ext(d->lex, doc_tok(d, p)) & X_ELECT))
		p++;
	else
		p = s;
	uint32_t wc0 = doc_wc(d, p);
	const token *t0 = doc_tok(d, p);
	if (t0->kind != TOK_WORD || (wc0 & (W_GROUP | W_MONTH | W_WEEKDAY | W_PRONOUN)) || d->mention_at[p] >= 0)
		return false;
	/* a lower-case post opens with its body's word in "team leader", "branch secretary" */
	bool body_head = (wc0 & W_ORG) && p + 1 < e && (doc_wc(d, p + 1) & W_HEAD) && doc_is_lower(d, p + 1);
	if (!(wc0 & (W_HEAD | W_MOD)) && !is_cap_word(d, p) && !body_head)
		return false;
	/* "Calling on officials at all levels to learn from Gu, Xi asked": a clause opening with a
	 * verb, not a post ("Standing Committee member", "Xining Mayor" are a body's words, a place) */
	if (opens_with_gerund(d, p, e))
		return false;
	size_t j = p;
	int depth = 0;
	while (j < e && j - s < 40) {
		const token *tk = doc_tok(d, j);
		if (d->mention_at[j] >= 0) {
			if (j > p && possessive_in_title(d, j)) {
				j = d->m[d->mention_at[j]].b;
				j += doc_tok(d, j)->kind == TOK_POSS;
				continue;
			}
			break;
		}
		/* "... of the Municipal Party Committee Relevant city leaders who": a capitalized word
		 * right after a body's name, in no name itself, opens the next sentence whose full
		 * stop the page lost */
		if (j > s && (tk->flags & TF_CAP) && !(tk->flags & TF_ALLCAPS) && after_a_body(d, j))
			break;
		/* "Leader of the Supervision Group for the \u201cStay True to Our Mission\u201d Education": a
		 * quoted campaign inside a body's name, a word of the name after it */
		if (tk->kind == TOK_PUNCT && (tk->flags & (TF_QOPEN | TF_QAMBIG)) && j > p && doc_tok(d, j - 1)->kind == TOK_WORD) {
			size_t q = quoted_name_end(d, j, e);
			if (q) {
				j = q;
				continue;
			}
		}
		if (tk->kind == TOK_PUNCT) {
			if (tk->ch == '(') depth++;
			else if (tk->ch == ')' && depth > 0) depth--;
			else if (!(tk->ch == '&' || tk->ch == '/' || tk->ch == '-'))
				break;
		} else if (tk->kind == TOK_WORD && doc_is_lower(d, j)) {
			uint32_t wc = doc_wc(d, j);
			/* "professor at Songlin University", "researcher at the Academy", "Supervision
			 * Group at X University": a post's body after "at" (a name, not "at the meeting") */
			if (j > s && (doc_wc(d, j - 1) & (W_HEAD | W_ORG)) && (lex_word_ext(d->lex, tk) & X_VENUEPREP) && at_a_body(d, j + 1, e)) {
				j++;
				continue;
			}
			if ((wc & W_STOP) && !(wc & (W_HEAD | W_ORG | W_MOD)))
				break;
			/* "the vice president to convey the spirit": an infinitive ends the post;
			 * "Delegate to the 20th National Congress" does not */
			if ((lex_word_ext(d->lex, tk) & X_PURPOSE) && j + 1 < e && doc_is_lower(d, j + 1) &&
			    !(doc_wc(d, j + 1) & (W_FUNC | W_ORG | W_HEAD | W_MOD)))
				break;
			if (ends_in_ed(d, j) && !(wc & (W_HEAD | W_ORG | W_MOD)))
				break;
			/* "Deputy Party Secretary on May 7 toured": a day ends the post */
			if ((lex_word_ext(d->lex, tk) & X_DATEPREP) && !(lex_word_ext(d->lex, tk) & X_OF) &&
			    day_follows(d, j + 1, e))
				break;
		}
		j++;
	}
	/* "... Provincial Committee and gov": a page cut inside a second post, of which one word
	 * that names nothing is left, leaves the first post whole */
	if (j == d->t->n && j > p + 2 && doc_word_is(d, j - 2, "and") && doc_tok(d, j - 1)->kind == TOK_WORD &&
	    !doc_wc(d, j - 1))
		j -= 2;
	/* no dangling "of the", "(" or a hyphen cut from its word ("school -themed") */
	while (j > p && ((doc_wc(d, j - 1) & W_FUNC) || doc_tok(d, j - 1)->kind == TOK_POSS || doc_is(d, j - 1, '(') ||
	                 doc_is(d, j - 1, '-') || doc_is(d, j - 1, '&') || doc_is(d, j - 1, '/')))
		j--;
	if (j <= p)
		return false;
	out->ts = (uint32_t)s;
	out->te = (uint32_t)j;
	classify_heads(d, out);
	if (out->head == UINT32_MAX || out->head - s > 8)
		return false;
	/* "A, deputy leader, and all members attended": all the members of a body, no post */
	if (quantified && j == s + 1 && (lex_word_ext(d->lex, doc_tok(d, s)) & X_GENERIC))
		return false;
	return !is_group_label(d, out);
}

static bool backward_ok(const doc *d, size_t j)
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
	if (wc & (W_MONTH | W_WEEKDAY | W_PRONOUN | W_GROUP))
		return false;
	if (tk->flags & TF_ORDINAL)
		return true;
	/* in a headline every word is capitalized: only the words of posts and bodies count
	 * ("Provincial Party Committee Holds Meeting to Study General Secretary Xi Jinping") */
	if (is_cap_word(d, j) && d->t->s[tk->sent].headline)
		return (wc & (W_ORG | W_HEAD | W_MOD | W_LVL_PROV | W_LVL_PREF | W_LVL_COUNTY | W_CENTRAL | W_FUNC)) &&
		       !(wc & (W_STOP | W_EVENTVERB));
	if (is_cap_word(d, j))
		return true;
	return (wc & (W_ORG | W_HEAD | W_MOD | W_FUNC)) && !(wc & W_STOP && !(wc & (W_HEAD | W_ORG | W_MOD)));
}

/* The title written just before a name ("Provincial party secretary Wu Zhenglong"). */
static bool title_before(const doc *d, size_t from, size_t name, title_span *out)
{
	size_t k = name;
	while (k > from && ((doc_wc(d, k - 1) & W_HONORIFIC) || doc_is(d, k - 1, '.')))
		k--;
	size_t te = k;
	size_t j = k;
	while (j > from && backward_ok(d, j - 1))
		j--;
	const sentence *s = &d->t->s[doc_tok(d, name)->sent];
	size_t ts = j;
	while (ts < te) {
		uint32_t wc = doc_wc(d, ts);
		/* a sentence's first word is capitalized anyway: a starter if it is a body's word or a
		 * place ("Nanning Mayor Zhou Hongbo held") */
		bool starter = (wc & (W_HEAD | W_MOD)) ||
		               (is_cap_word(d, ts) && !(wc & W_FUNC) &&
		                (ts != s->first || (wc & W_ORG) || d->hits[ts].len[PB_PLACE] || d->hits[ts].len[PB_ORG]));
		if (starter)
			break;
		ts++;
	}
	if (ts >= te)
		return false;
	uint32_t wl = doc_wc(d, te - 1);
	if ((wl & W_FUNC) && !(wl & W_HEAD))
		return false;
	out->ts = (uint32_t)ts;
	out->te = (uint32_t)te;
	classify_heads(d, out);
	if (out->head == UINT32_MAX)
		return false;
	if (!is_group_label(d, out))
		return true;
	/* "the leaders of the Autonomous Region Party Secretary Lu Xin": a group's label run into
	 * the post of the name, which ends in a post's singular word right before it */
	if (!(doc_wc(d, te - 1) & W_HEAD) || (doc_wc(d, te - 1) & W_PLURAL))
		return false;
	for (size_t q = ts; q + 1 < te; q++) {
		if (!((lex_word_ext(d->lex, doc_tok(d, q)) & X_GENERIC) && (doc_wc(d, q) & W_PLURAL) && doc_word_is(d, q + 1, "of")))
			continue;
		size_t a = q + 2;
		while (a < te && (lex_word_ext(d->lex, doc_tok(d, a)) & X_ARTICLE))
			a++;
		if (a >= te)
			return false;
		out->ts = (uint32_t)a;
		classify_heads(d, out);
		return out->head != UINT32_MAX && !is_group_label(d, out);
	}
	return false;
}

/* A title after a name's verb of office: "as" ("re-election of Comrade Xi Jinping as General
 * Secretary", "was also elected as Secretary", "served as Mayor"), right after a verb of
 * election ("were elected deputy secretaries"), or after a copula and an article ("Chen is
 * also a member of the Political Bureau"). */
static bool title_after_as(const doc *d, size_t after, size_t e, title_span *out)
{
	size_t j = after;
	bool elected = false, copula = false;
	for (; j < e; j++) {
		uint64_t x = lex_word_ext(d->lex, doc_tok(d, j));
		if (!doc_is_lower(d, j) || !(x & (X_PASSIVE | X_ADVERB | X_ELECT | X_ASVERB)))
			break;
		elected = (x & X_ELECT) != 0;
		copula |= (x & X_PASSIVE) != 0;
	}
	/* "was elected by all delegates as head of the delegation": the electors, then the post */
	if (elected && j < e && doc_is_lower(d, j) && (lex_word_ext(d->lex, doc_tok(d, j)) & X_BY)) {
		size_t q = j + 1;
		while (q < e && q < j + 6 && doc_is_lower(d, q) && d->mention_at[q] < 0 && !doc_word_is(d, q, "as"))
			q++;
		if (q < e && doc_word_is(d, q, "as"))
			j = q;
	}
	if (doc_word_is(d, j, "as")) {
		/* "were elected as the other members of the standing committee": the post of those
		 * elected (unlike "A and other members of X", where only some are named) */
		size_t k = j + 1;
		while (k < e && (lex_word_ext(d->lex, doc_tok(d, k)) & X_ARTICLE))
			k++;
		if (elected && k < e && doc_is_lower(d, k) && (lex_word_ext(d->lex, doc_tok(d, k)) & X_OTHER))
			return title_extent(d, k + 1, e, out);
		return title_extent(d, j + 1, e, out);
	}
	if (elected && j > after)
		return title_extent(d, j, e, out) && out->ts == j && out->head != UINT32_MAX;
	/* "Chen is also a member of the Political Bureau": a post after the copula and an article */
	return copula && !elected && j + 1 < e && (lex_word_ext(d->lex, doc_tok(d, j)) & X_ARTICLE) &&
	       title_extent(d, j, e, out) && out->ts == j + 1 && out->head != UINT32_MAX;
}

static int make_title(doc *d, const title_span *ts, title_acc *out)
{
	const token *a = doc_tok(d, ts->ts), *b = doc_tok(d, ts->te - 1);
	memset(out, 0, sizeof *out);
	out->text = doc_text_of(d, ts->ts, ts->te);
	if (!out->text)
		return READOUT_ENOMEM;
	out->spans[0] = (readout_span){a->start, b->end};
	out->nspans = 1;
	out->first_tok = ts->ts;
	out->last_tok = ts->te;
	out->bare = ts->bare;
	out->party = ts->party;
	out->plural = ts->plural;
	return 0;
}

/* Token index of the first "of" in a title, or te. */
static uint32_t tail_start(const doc *d, const title_acc *t)
{
	for (uint32_t k = t->first_tok; k < t->last_tok; k++)
		if (doc_word_is(d, k, "of"))
			return k;
	return t->last_tok;
}

static char *concat(doc *d, const char *a, size_t alen, const char *b, size_t blen)
{
	char *s = arena_alloc(d->a, alen + blen + 2);
	if (!s)
		return NULL;
	memcpy(s, a, alen);
	s[alen] = ' ';
	memcpy(s + alen + 1, b, blen);
	s[alen + 1 + blen] = '\0';
	return s;
}

/* "Secretary" + "and Minister of the Party Committee of the Ministry of X": the bare head
 * takes the tail; a government post under a party body's tail drops the party body
 * ("Minister of the Ministry of X"; "Chairman of the CPPCC" for "... CPPCC Party Group"). */
static int share_tail(doc *d, title_acc *bare, title_acc *full)
{
	uint32_t of = tail_start(d, full);
	if (of >= full->last_tok)
		return 0;
	const token *ot = doc_tok(d, of), *et = doc_tok(d, full->last_tok - 1);
	/* the texts as doc_text_of gives them: a line break inside is a space */
	const char *tail = doc_text_of(d, of, full->last_tok);
	char *joined = tail ? concat(d, bare->text, strlen(bare->text), tail, strlen(tail)) : NULL;
	if (!joined)
		return READOUT_ENOMEM;
	bare->text = joined;
	bare->spans[1] = (readout_span){ot->start, et->end};
	bare->nspans = 2;
	if (!bare->party || full->party)
		return 0;
	/* government post: strip a party body from the shared tail */
	uint32_t k = of + 1;
	if (doc_word_is(d, k, "the"))
		k++;
	/* "the Party Committee of X", "the Party Leadership Group of X": a Party body's kind (orgs.tsv)
	 * and its owner */
	size_t pn = d->hits[k].len[PB_ORG];
	if (!(pn && (lex_word_ext(d->lex, doc_tok(d, k)) & X_PARTYWORD) && d->lex->orgs[d->hits[k].val[PB_ORG]].kind == OK_HEAD))
		pn = doc_word_is(d, k, "party") && (doc_word_is(d, k + 1, "committee") || doc_word_is(d, k + 1, "group")) ? 2 : 0;
	if (pn && k + pn < full->last_tok && doc_word_is(d, k + pn, "of")) {
		const token *rest = doc_tok(d, k + pn + 1);
		const token *head_end = doc_tok(d, of - 1);
		char *head = doc_text_of(d, full->first_tok, of), *body = doc_text_of(d, k + pn + 1, full->last_tok);
		char *t = head && body ? concat(d, head, strlen(head), "of", 2) : NULL;
		char *t2 = t ? concat(d, t, strlen(t), body, strlen(body)) : NULL;
		if (!t2)
			return READOUT_ENOMEM;
		full->text = t2;
		full->spans[0] = (readout_span){doc_tok(d, full->first_tok)->start, head_end->end};
		full->spans[1] = (readout_span){rest->start, et->end};
		full->nspans = 2;
		return 0;
	}
	uint32_t last = full->last_tok;
	if (last >= 2 && doc_word_is(d, last - 2, "party") &&
	    (doc_word_is(d, last - 1, "group") || doc_word_is(d, last - 1, "committee"))) {
		const token *s0 = doc_tok(d, full->first_tok), *e0 = doc_tok(d, last - 3);
		char *t = doc_text_of(d, full->first_tok, last - 2);
		if (!t)
			return READOUT_ENOMEM;
		full->text = t;
		full->spans[0] = (readout_span){s0->start, e0->end};
		full->nspans = 1;
	}
	return 0;
}

/* "Secretary", "Deputy Secretary", "member": a bare post that takes the tail of the next one.
 * A post with a locative modifier ("Chinese president") is complete in itself. */
static bool rank_only(const doc *d, const title_acc *t)
{
	for (uint32_t k = t->first_tok; k < t->last_tok; k++)
		if (!(doc_wc(d, k) & W_HEAD) && !(lex_word_ext(d->lex, doc_tok(d, k)) & X_RANK) && !doc_broken_hyphen(d, k + 1))
			return false;
	return true;
}

/* Whether a title's body is one of the Party's own ("head of the Party and Mass Work
 * Department"): an ownerless Party Committee before it is not its (nor is it a Party post's:
 * "Deputy Secretary of the Party Committee and Secretary of the Commission for Discipline
 * Inspection" are two Party bodies). */
static bool of_a_party_body(const doc *d, const title_acc *t)
{
	for (uint32_t k = tail_start(d, t); k < t->last_tok; k++)
		if (lex_word_ext(d->lex, doc_tok(d, k)) & X_PARTYWORD)
			return true;
	return false;
}

/* "Secretary of the Party Committee" (and Director of X): a party post of a Party body named by
 * its kind alone (one kind of body of orgs.tsv, no place, level or owner), which is the body of
 * the post after it. */
static bool of_an_ownerless_body(const doc *d, const title_acc *t)
{
	uint32_t of = tail_start(d, t);
	if (!t->party || of + 1 >= t->last_tok)
		return false;
	uint32_t k = of + 1;
	while (k < t->last_tok && (lex_word_ext(d->lex, doc_tok(d, k)) & X_ARTICLE))
		k++;
	size_t n = k < t->last_tok ? d->hits[k].len[PB_ORG] : 0;
	return n && k + n == t->last_tok && d->lex->orgs[d->hits[k].val[PB_ORG]].kind == OK_HEAD && of_a_party_body(d, t);
}

/* "Mayor", "Governor": a post that names its body by itself (kind post in orgs.tsv), so "Mayor
 * and Secretary of the Party Group of the Municipal Government" does not make a mayor of the
 * Party Group. */
static bool names_its_body(const doc *d, const title_acc *t)
{
	size_t n = d->hits[t->first_tok].len[PB_ORG];
	return n && t->first_tok + n == t->last_tok && d->lex->orgs[d->hits[t->first_tok].val[PB_ORG]].kind == OK_POST;
}

/* "Deputy Director Xu Ying of the Organization Department of X": a bare post before a name
 * is of the body named right after it. */
static int body_after_name(doc *d, const mention *m, size_t e, title_acc *t)
{
	if (!rank_only(d, t) || m->b + 1 >= e || !doc_word_is(d, m->b, "of"))
		return 0;
	size_t j = m->b + 1;
	if (j < e && (lex_word_ext(d->lex, doc_tok(d, j)) & X_ARTICLE))
		j++;
	const org *o = j < e ? orgs_covering(d, j) : NULL;
	if (!o || o->a != j || o->b > e)
		return 0;
	const token *of = doc_tok(d, m->b), *last = doc_tok(d, o->b - 1);
	const char *body = doc_text_of(d, m->b, o->b);
	char *joined = body ? concat(d, t->text, strlen(t->text), body, strlen(body)) : NULL;
	if (!joined)
		return READOUT_ENOMEM;
	t->text = joined;
	t->spans[1] = (readout_span){of->start, last->end};
	t->nspans = 2;
	t->bare = 0;
	return 0;
}

enum { MAX_SEGS = 256, MAX_RUN = 64, MAX_PENDING = 8 };

typedef struct state {
	int chain;                 /* person the next appositive title belongs to, or -1 */
	int run[MAX_RUN];          /* bare names since the last title */
	size_t nrun;
	title_acc pending[MAX_PENDING];
	size_t npending;
	bool such_as;              /* inside "members of X such as A, B, C" */
	title_acc list_title;
	title_acc last;            /* the last title given, for shared tails */
	int last_person;
	bool has_last;
	bool shorthand;            /* the name at hand is a surname-only reference */
	bool prefixed;             /* the last name had its post written before it ("Governor X") */
	title_acc run_title;       /* "Vice Chairman A, B, C": a post before a list of bare names */
	bool has_run_title;
	int subj[MAX_RUN];         /* the names of the clause so far, titled or not */
	size_t nsubj;
} state;

static int give(doc *d, state *st, int person, title_acc *t)
{
	t->shorthand = st->shorthand;
	int rc = st->shorthand ? people_add_title_if_new(d, person, t) : people_add_title(d, person, t);
	st->last = *t;
	st->last_person = person;
	st->has_last = true;
	return rc;
}

/* Replaces a title already given (after its tail was shared). */
static void regive(doc *d, int person, const char *old_text, const title_acc *t)
{
	while (person >= 0 && d->p[person].merged_into >= 0)
		person = d->p[person].merged_into;
	if (person < 0)
		return;
	person_acc *p = &d->p[person];
	if (!doc_spend(d, p->ntitles, DOC_BUDGET_TITLES))
		return;
	for (size_t i = 0; i < p->ntitles; i++)
		if (p->titles[i].text == old_text) {
			p->titles[i] = *t;
			return;
		}
}

/* run_ok: the post before a list may go to this segment's bare name (the list goes on with
 * names, not with the name's own post or "and other provincial leaders") */
/* Whether the name at k opens its segment: only honorifics, function or list words ("the",
 * "including") and a post written before it ("and the mayor Zhang Guoqing") come first. */
static bool opens_segment(const doc *d, const segment *sg, size_t k)
{
	size_t a = skip_honorifics(d, sg->a, sg->b), end = k;
	title_span tb;
	if (k > a && title_before(d, a, k, &tb))
		end = tb.ts;
	for (size_t q = a; q < end; q++)
		if (!(doc_wc(d, q) & W_FUNC) && !(lex_word_ext(d->lex, doc_tok(d, q)) & (X_LIST | X_ARTICLE)))
			return false;
	return true;
}

/* A post in brackets at token k ("(Secretary of X)"), all that the brackets hold. */
static bool title_in_brackets(const doc *d, size_t k, size_t e, title_span *out)
{
	if (!doc_is(d, k, '('))
		return false;
	size_t close = k + 1;
	while (close < e && close < k + 40 && !doc_is(d, close, ')') && !doc_is(d, close, '('))
		close++;
	return close < e && doc_is(d, close, ')') && title_extent(d, k + 1, close, out) && out->te == close;
}

/* The words [from, name) end in what opens a list of those attending: "Attending were",
 * "Participants included", "namely", "was attended by" (the first name of "..., A, B and C,
 * deputy mayors" is in the list; the object of "presided over a meeting on the speech of A"
 * is not). */
static bool list_introduced(const doc *d, size_t from, size_t name)
{
	if (name <= from)
		return false;
	if (doc_is_lower(d, name - 1) && (lex_word_ext(d->lex, doc_tok(d, name - 1)) & (X_PASSIVE | X_LIST)))
		return true;
	for (size_t q = from; q < name; q++) {
		uint32_t v;
		size_t n = doc_phrase(d, PB_CUE, q, name, &v);
		if (n && q + n == name && d->lex->cues[v].after && d->lex->cues[v].role == ROLE_ATTENDED)
			return true;
	}
	return false;
}

static int handle_name_segment(doc *d, state *st, const segment *sg, bool run_ok, bool *bare_out, int *last_out)
{
	int rc;
	size_t prev_end = sg->a;
	int last = -1;
	bool bare = false;
	for (size_t k = sg->a; k < sg->b; k++) {
		if (!is_name_start(d, k))
			continue;
		mention *m = &d->m[d->mention_at[k]];
		int person = doc_person_of(d, (size_t)d->mention_at[k]);
		st->shorthand = m->surname_only;
		bool got_title = false, own_title = false;
		/* pending titles from segments before ("Members of X, including A, B and C") */
		size_t before = k;
		while (before > sg->a && ((doc_wc(d, before - 1) & W_HONORIFIC) || doc_is(d, before - 1, '.')))
			before--;
		/* "..., as well as A, Vice Chairperson of X": a new part of the list, out of the
		 * plural post before it */
		for (size_t q = prev_end; q < k && st->such_as; q++)
			if (doc_is_lower(d, q) && (lex_word_ext(d->lex, doc_tok(d, q)) & X_COORD))
				st->such_as = false;
		/* posts written before the segment are the name's that opens it ("Deputy Secretary of
		 * X, Ms. Li Ying"), not of one deep inside it ("Huang Me, Mayor, presided over a
		 * meeting on the speech of Xi Jinping", where "Huang Me" is no name readout knows) */
		if (st->npending && !opens_segment(d, sg, k))
			st->npending = 0;
		for (size_t q = 0; q < st->npending; q++) {
			if ((rc = give(d, st, person, &st->pending[q])))
				return rc;
			/* "The vice presidents of the university, A and B, attended": a plural post
			 * before the names goes to each of them */
			if (st->pending[q].plural) {
				st->list_title = st->pending[q];
				st->such_as = true;
			} else if (st->npending == 1) {
				/* "Vice Chairman of X, A, B and C attended": a post before a comma and a
				 * list goes to the bare names that follow, as with no comma */
				st->run_title = st->pending[q];
				st->has_run_title = own_title = true;
			}
			got_title = true;
		}
		st->npending = 0;
		/* "members of the Party Committee such as A" */
		if (k >= prev_end + 2 && doc_word_is(d, k - 2, "such") && doc_word_is(d, k - 1, "as")) {
			title_span ts;
			if (title_extent(d, prev_end, k - 2, &ts)) {
				if ((rc = make_title(d, &ts, &st->list_title)))
					return rc;
				st->such_as = true;
			}
		} else {
			title_span ts;
			st->prefixed = false;
			if (title_before(d, prev_end, k, &ts)) {
				title_acc t;
				if ((rc = make_title(d, &ts, &t)) || (rc = body_after_name(d, m, sg->b, &t)) ||
				    (rc = give(d, st, person, &t)))
					return rc;
				got_title = own_title = st->prefixed = true;
				/* "Vice mayors A, B and C": a plural post before a list goes to each; a
				 * singular one to the bare names that follow ("Vice Chairman A, B, C") */
				if (ts.plural) {
					st->list_title = t;
					st->such_as = true;
				} else {
					st->run_title = t;
					st->has_run_title = true;
					/* "Vice mayors A and B, and Secretary-General C": C's own post ends
					 * the list of the plural one */
					st->such_as = false;
				}
			} else if (before > prev_end + 1 && doc_is(d, before - 1, ':')) {
				/* "Members of the Standing Committee: A, B, C": a post, a colon, its holders */
				size_t from = skip_honorifics(d, prev_end, before - 1);
				if (title_extent(d, from, before - 1, &ts) && ts.te == before - 1 && ts.head != UINT32_MAX &&
				    !is_group_label(d, &ts)) {
					if ((rc = make_title(d, &ts, &st->list_title)))
						return rc;
					st->such_as = true;
				}
			}
		}
		if (st->such_as) {
			if ((rc = people_add_title(d, person, &st->list_title)))
				return rc;
			got_title = true;
		}
		/* "Zhang Wei (Secretary of the Municipal Party Committee) presided": a post in brackets
		 * right after the name */
		title_span br;
		if (title_in_brackets(d, m->b, sg->b, &br)) {
			title_acc t;
			if ((rc = make_title(d, &br, &t)) || (rc = give(d, st, person, &t)))
				return rc;
			got_title = true;
			/* "A, B and C (vice mayors)": a plural post in brackets is the list's */
			if (br.plural && (sg->sep == SEP_COMMA || sg->sep == SEP_AND || sg->sep == SEP_COMMA_AND)) {
				for (size_t r = 0; r < st->nrun; r++)
					if ((rc = give(d, st, st->run[r], &t)))
						return rc;
				st->nrun = 0;
			}
		}
		/* "X as General Secretary ..." */
		title_span as;
		bool has_as = title_after_as(d, m->b, sg->b, &as);
		if (has_as) {
			title_acc t;
			if ((rc = make_title(d, &as, &t)) || (rc = give(d, st, person, &t)))
				return rc;
			got_title = true;
			/* "A, B and C were elected as members of X": the list before is the subject */
			if (sg->sep == SEP_AND || sg->sep == SEP_COMMA_AND) {
				for (size_t r = 0; r < st->nrun; r++)
					if ((rc = give(d, st, st->run[r], &t)))
						return rc;
				st->nrun = 0;
			}
		}
		size_t after = m->b;
		while (after < sg->b && (doc_tok(d, after)->kind == TOK_POSS || doc_is(d, after, '.') || doc_is(d, after, ')')))
			after++;
		/* "A, B and other standing members of the Provincial Party Committee": the post of
		 * the others is the list's */
		if (after + 2 < sg->b && (lex_word_ext(d->lex, doc_tok(d, after)) & X_CLAUSEWORD) &&
		    (lex_word_ext(d->lex, doc_tok(d, after + 1)) & X_OTHER)) {
			title_span ot;
			/* "other members of X" hold its post; "other leaders of the Party and the
			 * state" are a group */
			if (title_extent(d, after + 2, sg->b, &ot) && ot.plural &&
			    (lex_word_ext(d->lex, doc_tok(d, ot.head)) & X_MEMBER)) {
				title_acc t;
				if ((rc = make_title(d, &ot, &t)) || (rc = give(d, st, person, &t)))
					return rc;
				for (size_t r = 0; r < st->nrun; r++)
					if ((rc = give(d, st, st->run[r], &t)))
						return rc;
				st->nrun = 0;
				got_title = true;
			}
		}
		bool ends_seg = after >= sg->b;
		/* "Mayor A inspected the port and B attended": the post before a name that a clause
		 * goes on after is no list's ("Vice Chairman A, B, C") */
		if (own_title && !ends_seg)
			st->has_run_title = false;
		size_t lead = skip_honorifics(d, prev_end, sg->b);
		/* "and the", ", while A, B and C were chosen as": a new clause's list */
		while (lead < k && (doc_word_is(d, lead, "and") || doc_word_is(d, lead, "the") ||
		                    (doc_is_lower(d, lead) && (lex_word_ext(d->lex, doc_tok(d, lead)) & X_CLAUSEWORD))))
			lead++;
		/* "Attending were: A, B, C, members of X": a label's colon opens the list */
		if (before > sg->a && doc_is(d, before - 1, ':'))
			lead = k;
		bare = ends_seg && (lead == k || list_introduced(d, lead, before)) && !got_title;
		/* "Vice Chairman A, B and C were seated": the list's last name, before its verb */
		title_span none;
		bool list_end = !ends_seg && lead == k && !got_title && (sg->sep == SEP_AND || sg->sep == SEP_COMMA_AND) &&
		                doc_is_lower(d, after) && !title_extent(d, after, sg->b, &none);
		if ((bare || list_end) && st->has_run_title && !own_title && run_ok) {
			if ((rc = people_add_title(d, person, &st->run_title)))
				return rc;
			bare = false;
		} else if (!own_title) {
			st->has_run_title = false;
		}
		last = (ends_seg || has_as) ? person : -1;
		prev_end = m->b;
		if (!ends_seg && !has_as)
			st->such_as = st->such_as && false;
	}
	*bare_out = bare;
	*last_out = last;
	return 0;
}

/* A segment of one to four capitalized words that say nothing of a post or a body: a name. */
static bool unknown_name(const doc *d, const segment *sg)
{
	if (sg->b - sg->a > 4)
		return false;
	for (size_t k = sg->a; k < sg->b; k++) {
		const token *tk = doc_tok(d, k);
		if (tk->kind == TOK_PUNCT && tk->ch == '-')
			continue;
		if (tk->kind != TOK_WORD || !(tk->flags & TF_CAP) || (doc_wc(d, k) & (W_HEAD | W_MOD | W_ORG | W_FUNC)) ||
		    d->hits[k].len[PB_PLACE])
			return false;
	}
	return true;
}

/* After segment i, the list goes on with bare names: no post of the name's own follows it, and
 * the list does not end in "and other leaders" (a list of people of different posts). */
static bool run_goes_on(const doc *d, const segment *segs, size_t ns, size_t i)
{
	for (size_t q = i + 1; q < ns; q++) {
		bool named = false;
		for (size_t k = segs[q].a; k < segs[q].b; k++) {
			if (lex_word_ext(d->lex, doc_tok(d, k)) & X_OTHER)
				return false;
			named |= is_name_start(d, k);
		}
		title_span ts;
		if (!named)
			return !(q == i + 1 && title_extent(d, segs[q].a, segs[q].b, &ts));
	}
	return true;
}

static int assign_sentence(doc *d, const sentence *s)
{
	segment segs[MAX_SEGS];
	bool capped;
	size_t ns = split_segments(d, s, segs, MAX_SEGS, &capped);
	if (capped)
		doc_capped(d, DOC_CAP_SEGMENTS);
	state st;
	memset(&st, 0, sizeof st);
	st.chain = -1;
	st.last_person = -1;
	int prev_kind = 0; /* 0 other, 1 name, 2 title */
	int rc;
	for (size_t i = 0; i < ns; i++) {
		segment *sg = &segs[i];
		bool has_name = false;
		title_span whole;
		bool titled = false, tried = false;
		for (size_t k = sg->a; k < sg->b && !has_name; k++) {
			if (!is_name_start(d, k))
				continue;
			/* a name inside the segment's title is part of a body's name */
			if (possessive_in_title(d, k)) {
				if (!tried)
					titled = title_extent(d, sg->a, sg->b, &whole), tried = true;
				if (titled && whole.te > k)
					continue;
			}
			has_name = true;
		}
		if (has_name) {
			bool bare;
			int last;
			/* "..., while A, B and C": a new clause, new subjects */
			if (doc_is_lower(d, sg->a) && (lex_word_ext(d->lex, doc_tok(d, sg->a)) & X_CLAUSEWORD))
				st.nsubj = 0;
			if ((rc = handle_name_segment(d, &st, sg, run_goes_on(d, segs, ns, i), &bare, &last)))
				return rc;
			if (bare && !st.such_as) {
				if (st.nrun < MAX_RUN)
					st.run[st.nrun++] = last;
				else
					doc_capped(d, DOC_CAP_LISTS);
			} else {
				st.nrun = 0;
			}
			st.chain = last;
			if (last >= 0 && st.nsubj < MAX_RUN)
				st.subj[st.nsubj++] = last;
			prev_kind = 1;
			continue;
		}
		title_span ts;
		if (title_extent(d, sg->a, sg->b, &ts)) {
			title_acc t;
			if ((rc = make_title(d, &ts, &t)))
				return rc;
			if (st.such_as) {
				/* "Vice mayors A, B and C, secretary-general, attended": a singular post
				 * right after the list's last name is that name's own, out of the list */
				if (!t.plural && prev_kind == 1 && sg->sep == SEP_COMMA && st.chain >= 0 &&
				    !(i + 1 < ns && segs[i + 1].sep == SEP_COMMA &&
				      is_name_start(d, skip_honorifics(d, segs[i + 1].a, segs[i + 1].b)))) {
					regive(d, st.chain, st.list_title.text, &t);
					st.such_as = false;
					st.chain = -1;
				}
				prev_kind = 2;
				continue; /* "heads of relevant departments" after a list: another group */
			}
			/* "A and the student group leader, B": a title between a bare name and the
			 * next name belongs to the next one */
			bool next_is_bare_name = i + 1 < ns && segs[i + 1].sep == SEP_COMMA &&
			                         is_name_start(d, skip_honorifics(d, segs[i + 1].a, segs[i + 1].b));
			if ((sg->sep == SEP_AND || sg->sep == SEP_COMMA_AND) && prev_kind == 1 && next_is_bare_name) {
				if (st.npending < MAX_PENDING)
					st.pending[st.npending++] = t;
				else
					doc_capped(d, DOC_CAP_LISTS);
				st.chain = -1;
				prev_kind = 2;
				continue;
			}
			/* "Secretary and Minister of X" shares X; "Vice Premier and a member of X" does not */
			size_t a0 = skip_adverbs(d, sg->a, sg->b - 1); /* "and also a member of X" */
			bool article = doc_word_is(d, a0, "a") || doc_word_is(d, a0, "an") || doc_word_is(d, a0, "the");
			/* (not "Governor A and Deputy Secretary of X ... B": a post written before its
			 * name is complete) */
			if (sg->sep == SEP_AND && !article && st.has_last &&
			    ((st.last.bare && rank_only(d, &st.last) && !(names_its_body(d, &st.last) && of_a_party_body(d, &t))) ||
			     (of_an_ownerless_body(d, &st.last) && !t.party && !of_a_party_body(d, &t))) &&
			    st.chain >= 0 &&
			    st.last_person == st.chain && !st.prefixed && tail_start(d, &t) < t.last_tok) {
				const char *old = st.last.text;
				title_acc bare = st.last;
				if ((rc = share_tail(d, &bare, &t)))
					return rc;
				regive(d, st.chain, old, &bare);
			}
			/* "Governor A, Deputy Secretary of X and Secretary of Y B": in a run of posts
			 * written before names, a post between two names is the next one's */
			bool next_named = false;
			for (size_t q = i + 1; q < ns && q <= i + 2 && !next_named; q++)
				for (size_t k = segs[q].a; k < segs[q].b && !next_named; k++)
					next_named = is_name_start(d, k);
			st.has_run_title = false;
			if (st.chain >= 0 && st.prefixed && next_named && (sg->sep == SEP_COMMA || sg->sep == SEP_AND)) {
				if (st.npending < MAX_PENDING)
					st.pending[st.npending++] = t;
				else
					doc_capped(d, DOC_CAP_LISTS);
				st.chain = -1;
				prev_kind = 2;
				continue;
			}
			/* "A, deputy secretary of X, and members of the Standing Committee attended": a
			 * plural post after "and" is held by others, named after it or not at all */
			if (t.plural && (sg->sep == SEP_AND || sg->sep == SEP_COMMA_AND)) {
				st.chain = -1;
				st.nrun = 0;
			}
			if (st.chain >= 0) {
				if (t.plural && st.nrun >= 2) {
					for (size_t r = 0; r < st.nrun; r++)
						if ((rc = give(d, &st, st.run[r], &t)))
							return rc;
				} else if ((rc = give(d, &st, st.chain, &t))) {
					return rc;
				}
				st.nrun = 0;
			} else if (st.npending < MAX_PENDING) {
				st.pending[st.npending++] = t;
			} else {
				doc_capped(d, DOC_CAP_LISTS);
			}
			prev_kind = 2;
			continue;
		}
		/* a name readout does not know, in a list of names ("..., Zhou Qiang, Pabala Glenje,
		 * Leung Chun-ying"): the list and its post go on past it */
		if (prev_kind == 1 && sg->sep == SEP_COMMA && unknown_name(d, sg)) {
			st.chain = -1;
			continue;
		}
		/* "A, Party secretary of X, has been elected as the head of the delegation": the
		 * post of the name before its appositive; a plural one of every name of the clause
		 * ("A, B and C, vice chairman of Y, have been chosen as deputy heads") */
		title_span as;
		if (prev_kind == 2 && st.chain >= 0 && !st.such_as && title_after_as(d, sg->a, sg->b, &as)) {
			title_acc t;
			if ((rc = make_title(d, &as, &t)))
				return rc;
			if (as.plural && st.nsubj >= 2) {
				for (size_t r = 0; r < st.nsubj; r++)
					if ((rc = give(d, &st, st.subj[r], &t)))
						return rc;
			} else if ((rc = give(d, &st, st.chain, &t))) {
				return rc;
			}
		}
		/* other text: it may still end in a title that introduces the next name
		 * ("The participants also include Deputy Secretary of the Party Committee, Ms. LI Ying") */
		st.chain = -1;
		st.nrun = 0;
		st.nsubj = 0;
		st.npending = 0;
		st.such_as = false;
		st.has_run_title = false;
		prev_kind = 0;
		if (i + 1 < ns && segs[i + 1].sep == SEP_COMMA &&
		    is_name_start(d, skip_honorifics(d, segs[i + 1].a, segs[i + 1].b))) {
			title_span tb;
			if (title_before(d, sg->a, sg->b, &tb) && tb.te == sg->b) {
				title_acc t;
				if ((rc = make_title(d, &tb, &t)))
					return rc;
				st.pending[st.npending++] = t;
			}
		}
	}
	return 0;
}

int titles_assign(doc *d)
{
	/* titles only ever attach to names: sentences without a person are skipped */
	size_t m = 0;
	for (size_t s = 0; s < d->t->ns && m < d->nm; s++) {
		const sentence *se = &d->t->s[s];
		while (m < d->nm && d->m[m].a < se->first)
			m++;
		if (m >= d->nm || d->m[m].a >= se->last)
			continue;
		int rc = assign_sentence(d, se);
		if (rc)
			return rc;
	}
	return 0;
}
