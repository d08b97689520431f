/* people.c — finding people: pinyin names (surname from the lexicon, given name of one or two
 * pinyin syllables, joined or with an apostrophe), surname-only references ("Xi said",
 * "Premier Li") resolved to a full name in the same text, bylines set aside.
 * Depends on the lexicon and tokens only. */
#include "extract/doc.h"
#include "extract/posts.h"
#include "text/namekey.h"
#include "util/error.h"

#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A token's part of a person's key (text/namekey.h: the store matches people by the same key). */
static size_t fold_token(const doc *d, size_t i, char *out, size_t cap)
{
	const token *tk = doc_tok(d, i);
	size_t used = 0;
	out[0] = '\0';
	name_key_append(out, &used, cap, d->text + tk->start, tk->end - tk->start);
	return used;
}

/* Number of pinyin syllables the given name splits into (1..3), 0 if it does not. Apostrophes
 * and hyphens force a syllable boundary. */
static int pinyin_syllables(const doc *d, size_t i)
{
	const token *tk = doc_tok(d, i);
	char s[40];
	size_t n = 0;
	uint64_t forced = 0;
	for (uint32_t k = tk->start; k < tk->end; k++) {
		unsigned char c = (unsigned char)d->text[k];
		if (n + 1 >= sizeof s)
			return 0;
		if (c >= 'A' && c <= 'Z')
			s[n++] = (char)(c + 32);
		else if (c >= 'a' && c <= 'z')
			s[n++] = (char)c;
		else if (c == '\'' || c == '-')
			forced |= 1ull << n;
		else if (c == 0xe2 && k + 2 < tk->end) {
			forced |= 1ull << n;
			k += 2;
		} else if (c == 0xc3 && k + 1 < tk->end) {
			s[n++] = 'v';
			k++;
		} else
			return 0;
	}
	if (n == 0 || n > 18)
		return 0;
	/* best[k] = fewest syllables covering s[0..k) */
	int best[40];
	for (size_t k = 0; k <= n; k++)
		best[k] = 99;
	best[0] = 0;
	for (size_t k = 0; k < n; k++) {
		if (best[k] == 99)
			continue;
		/* the syllables starting at k, in one walk of the lexicon's trie */
		unsigned ends = lex_syllable_prefixes(d->lex, s + k, n - k < 6 ? n - k : 6);
		for (size_t l = 1; l <= 6 && k + l <= n; l++) {
			/* a forced boundary may not fall inside a syllable */
			int crosses = 0;
			for (size_t q = k + 1; q < k + l; q++)
				if (forced & (1ull << q))
					crosses = 1;
			if (crosses)
				continue;
			if (best[k] + 1 < best[k + l] && (ends >> l & 1))
				best[k + l] = best[k] + 1;
		}
	}
	return best[n] <= 3 ? best[n] : 0;
}

static bool is_cap_word(const doc *d, size_t i)
{
	const token *tk = doc_tok(d, i);
	return tk->kind == TOK_WORD && (tk->flags & (TF_CAP | TF_ALLCAPS)) && !(tk->flags & TF_DIGIT);
}

/* A given name: capitalized, one to two syllables (three for some minority transcriptions is
 * too risky in running English), never a function word. */
static bool is_given_name(const doc *d, size_t i, bool surname_allcaps)
{
	if (i >= d->t->n || !is_cap_word(d, i))
		return false;
	const token *tk = doc_tok(d, i);
	if (doc_line_break_before(d, i))
		return false;
	if ((tk->flags & TF_ALLCAPS) && !surname_allcaps)
		return false;
	uint32_t wc = doc_wc(d, i);
	if (wc & (W_NOTGIVEN | W_WEEKDAY | W_HEAD | W_MOD | W_HONORIFIC))
		return false;
	/* "Jun", "Jan" are given names too; before a day number they are months */
	if ((wc & W_MONTH) && i + 1 < d->t->n && doc_tok(d, i + 1)->kind == TOK_NUM)
		return false;
	/* mixed case inside the word (McDonald) is not pinyin */
	for (uint32_t k = tk->start + 1; k < tk->end; k++) {
		char c = d->text[k];
		if (c >= 'A' && c <= 'Z' && !(tk->flags & TF_ALLCAPS))
			return false;
	}
	int syl = pinyin_syllables(d, i);
	return syl >= 1 && syl <= 2;
}

/* The word class first: it rules out almost every token, and the scans over all tokens
 * call this for each. */
static inline bool is_surname_token(const doc *d, size_t i)
{
	return i < d->t->n && (doc_wc(d, i) & W_SURNAME) && is_cap_word(d, i);
}

/* The persons by key, and the brackets and credit words of each sentence, indexed so that a
 * document naming thousands of people takes linear time: the scans below ask per mention. */
typedef struct people_index {
	doc_strset keys;        /* person keys; an id is the person's index until sort_persons */
	/* per token of a sentence that has had a name (see index_bylines): */
	uint32_t *open;         /* the innermost unclosed '(' before it in its sentence, or NO_TOKEN */
	uint32_t *credit;       /* 1 + the last byline credit word before it in its sentence, or 0 */
	uint8_t *indexed;       /* per sentence: open and credit are filled */
} people_index;

enum { NO_TOKEN = UINT32_MAX };

static int find_or_add_person(doc *d, people_index *ix, size_t a, size_t b)
{
	char key[48], sur[16], giv[32] = "";
	size_t sl = fold_token(d, a, sur, sizeof sur);
	/* a name of one word ("Bayanqolu") has no given name */
	size_t gl = b > a + 1 ? fold_token(d, a + 1, giv, sizeof giv) : 0;
	if (!sl || (!gl && b > a + 1) || sl + gl + 1 > sizeof key)
		return -1;
	memcpy(key, sur, sl);
	memcpy(key + sl, giv, gl + 1);
	uint32_t id;
	if (doc_strset_add(d, &ix->keys, key, sl + gl, &id))
		return -2;
	if (id < d->np)
		return (int)id;
	/* as written, a line break or a double space between the parts one space */
	char *name = doc_text_of(d, a, b);
	if (!name)
		return -2;
	person_acc pa;
	memset(&pa, 0, sizeof pa);
	pa.name = name;
	memcpy(pa.key, key, strlen(key) + 1);
	memcpy(pa.surname, sur, sl + 1);
	memcpy(pa.given, giv, gl + 1);
	pa.merged_into = -1;
	pa.first_tok = (uint32_t)a;
	if (DOC_PUSH(d, d->p, d->np, d->pcap, pa))
		return -2;
	return (int)(d->np - 1);
}

/* Byline scope: inside brackets with a credit word before the name, or a short line that
 * starts with one ("Editor: ...", "Reporter Xu Lin"). */
static void index_bylines(const doc *d, people_index *ix, size_t s);

static bool is_byline(const doc *d, people_index *ix, size_t a)
{
	size_t si = doc_tok(d, a)->sent;
	const sentence *s = &d->t->s[si];
	if (!ix->indexed[si])
		index_bylines(d, ix, si);
	/* innermost open bracket before a in the sentence */
	uint32_t open = ix->open[a];
	if (open == NO_TOKEN) {
		/* "Liaoning Daily reporter Fang Liang Qi Wang reported that ...", "reporters A and B
		 * reported": names right after a credit word, however long the sentence */
		if (ix->credit[a]) {
			size_t k = ix->credit[a];
			while (k < a && (d->mention_at[k] >= 0 || doc_is(d, k, ',') ||
			                 (doc_is_lower(d, k) && (lex_word_ext(d->lex, doc_tok(d, k)) & X_CLAUSEWORD))))
				k++;
			if (k == a)
				return true;
		}
		if (s->last - s->first > 30)
			return false;
		/* a credit word among the first three tokens of the line */
		size_t lim = s->first + 3 < a ? s->first + 3 : a;
		for (size_t k = s->first; k < lim; k++)
			if (doc_wc(d, k) & W_BYLINE)
				return true;
		return false;
	}
	/* a credit word in (open, a), or before the bracket closes: "(Liu Xiaodong, Inner Mongolia
	 * Daily reporter)" */
	if (ix->credit[a] >= open + 2)
		return true;
	for (size_t k = a + 1; k < s->last && k < a + 12 && !doc_is(d, k, ')') && !doc_is(d, k, '('); k++)
		if (doc_wc(d, k) & W_BYLINE)
			return true;
	return false;
}

/* Fills ix->open and ix->credit for is_byline over sentence s, in one pass, the first time a
 * name there needs them: scanning back from each name to its sentence's start made a long
 * sentence of names quadratic. A bracket's own entry in open is the bracket it is nested in,
 * so the chain of open brackets needs no other stack; a ')' with none open is ignored, as the
 * backward scan ignored it. */
static void index_bylines(const doc *d, people_index *ix, size_t s)
{
	uint32_t cur = NO_TOKEN, credit = 0;
	for (uint32_t k = d->t->s[s].first; k < d->t->s[s].last; k++) {
		ix->open[k] = cur;
		ix->credit[k] = credit;
		if (doc_wc(d, k) & W_BYLINE)
			credit = k + 1;
		if (doc_is(d, k, '('))
			cur = k;
		else if (doc_is(d, k, ')') && cur != NO_TOKEN)
			cur = ix->open[cur];
	}
	ix->indexed[s] = 1;
}

static bool rejected_pair(const doc *d, size_t i)
{
	uint32_t v;
	if (lex_phrase_match(&d->lex->not_names, d->text, d->t->v, i, d->t->n, &v) >= 2)
		return true;
	/* a pair inside a longer one: "An Men" of "Tian An Men" */
	for (size_t back = 1; back <= 2 && back <= i; back++)
		if (lex_phrase_match(&d->lex->not_names, d->text, d->t->v, i - back, d->t->n, &v) > back + 1)
			return true;
	if (doc_phrase(d, PB_PLACE, i, d->t->n, &v) >= 2)
		return true;
	/* "Kong Wan" of "Hong Kong Wan Chai": a pair starting inside a place's name */
	for (size_t back = 1; back <= 2 && back <= i; back++)
		if (doc_phrase(d, PB_PLACE, i - back, d->t->n, &v) > back)
			return true;
	/* "Zhang Jiang Road", "Hong Shan District", "Jiang Jia village": a place, not a person */
	if (i + 2 < d->t->n && doc_tok(d, i + 2)->kind == TOK_WORD && (doc_wc(d, i + 2) & W_PLACESUFFIX) &&
	    (is_cap_word(d, i + 2) || doc_is_lower(d, i + 2)) && !(doc_tok(d, i + 2)->flags & TF_NL_BEFORE))
		return true;
	return false;
}

/* Tokens [a, b) are names (with their given names), commas and "and" only. */
static bool only_names_between(const doc *d, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (d->mention_at[k] < 0 && !doc_is(d, k, ',') && !doc_word_is(d, k, "and"))
			return false;
	return true;
}

/* Credits as the wires write them: "(Xinhua/Zhai Jianlan)", "(XIE HUANCHI/XINHUA)", "By CAO
 * DESHENG | CHINA DAILY", and a line that is only a name, maybe with a date ("Sep 17, 2018
 * Liu Jianing"). Name tokens [a, b). */
static bool is_credit(const doc *d, size_t a, size_t b)
{
	/* a page's editorial credits: "Reviewed by: Chen Hao", "First trial: Wang Ping", "Editor: X" */
	if (a >= 2 && doc_is(d, a - 1, ':')) {
		size_t l = a - 2;
		if (l > 0 && doc_is_lower(d, l) && (lex_word_ext(d->lex, doc_tok(d, l)) & X_BY))
			l--;
		if (doc_wc(d, l) & (W_BYLINE | W_CREDITLABEL))
			return true;
	}
	if ((a > 0 && (doc_is(d, a - 1, '/') || doc_is(d, a - 1, '|'))) || doc_is(d, b, '/') || doc_is(d, b, '|'))
		return true;
	const sentence *s = &d->t->s[doc_tok(d, a)->sent];
	const token *t0 = doc_tok(d, s->first);
	if (a <= s->first + 2 && (t0->flags & TF_CAP) && (lex_word_ext(d->lex, t0) & X_BY))
		return true;
	/* "Reviewed by Chen Hao", "Contributed by X" opening a line, with no colon: a credit's label
	 * and its "by" ("The plan was reviewed by X" opens no line) */
	if (a == s->first + 2 && (t0->flags & TF_CAP) && (t0->word & W_CREDITLABEL) && doc_is_lower(d, s->first + 1) &&
	    (lex_word_ext(d->lex, doc_tok(d, s->first + 1)) & X_BY) && (s->first == 0 || (t0->flags & TF_NL_BEFORE)))
		return true;
	/* "By ZHANG YI and LI WEI | CHINA DAILY": the names after "By" are all credits */
	if ((t0->flags & TF_CAP) && (lex_word_ext(d->lex, t0) & X_BY) && a > s->first + 2 && only_names_between(d, s->first + 1, a))
		return true;
	/* "10:12, May 11, 2023 By MO JINGXI (Chinadaily.com.cn)" */
	if (a > s->first && (doc_tok(d, a - 1)->flags & TF_CAP) && (lex_word_ext(d->lex, doc_tok(d, a - 1)) & X_BY) &&
	    (doc_tok(d, a)->flags & TF_ALLCAPS))
		return true;
	/* "... for a long time. (Ren Liangliang)": a name alone in brackets ending its line */
	if (a > 0 && doc_is(d, a - 1, '(') && doc_is(d, b, ')') &&
	    (b + 1 >= d->t->n || (doc_tok(d, b + 1)->flags & TF_NL_BEFORE)))
		return true;
	/* "Chen Wenjun:" over a transcript's paragraph labels a speaker, not a credit */
	if (!s->headline || s->last - s->first > 12 || doc_is(d, b, ':'))
		return false;
	for (size_t k = s->first; k < s->last; k++) {
		const token *tk = doc_tok(d, k);
		if ((k >= a && k < b) || tk->kind == TOK_NUM || tk->kind == TOK_PUNCT || (tk->word & (W_MONTH | W_WEEKDAY)) ||
		    (lex_word_ext(d->lex, tk) & X_MEDIAWORD))
			continue;
		return false;
	}
	return true;
}

static int add_mention(doc *d, people_index *ix, size_t a, size_t b, int person, bool surname_only)
{
	mention m = {(uint32_t)a, (uint32_t)b, person, surname_only, 0};
	m.byline = is_byline(d, ix, a) || is_credit(d, a, b);
	if (DOC_PUSH(d, d->m, d->nm, d->mcap, m))
		return READOUT_ENOMEM;
	for (size_t k = a; k < b; k++)
		d->mention_at[k] = (int32_t)(d->nm - 1);
	return 0;
}

/* Garbled extensions: MT glues the next word to a name ("Cai Qicong" for "Cai Qi from").
 * A rarer spelling whose given name is a known given name plus one syllable is the same
 * person. Of several such persons, the last in order is taken. The candidates are looked up
 * by key (keys: the person keys; map: a key's id to its person's index after sort_persons),
 * one per split of the given name, rather than compared pairwise. */
static void merge_garbled(doc *d, const doc_strset *keys, const uint32_t *map)
{
	for (size_t p = 0; p < d->np; p++) {
		person_acc *P = &d->p[p];
		if (P->nmentions != 1)
			continue;
		char key[sizeof P->key];
		size_t sl = strlen(P->surname), pl = strlen(P->given);
		memcpy(key, P->surname, sl);
		int64_t best = -1;
		for (size_t ql = 1; ql < pl; ql++) {
			if (!lex_is_syllable(d->lex, P->given + ql, pl - ql))
				continue;
			memcpy(key + sl, P->given, ql);
			int64_t q = doc_strset_find(keys, key, sl + ql);
			if (q < 0)
				continue;
			q = map[q]; /* the key's person, as sorted */
			if ((size_t)q == p || d->p[q].merged_into >= 0)
				continue;
			const person_acc *Q = &d->p[q];
			/* (named twice, or once in a headline, which names its people in full: "Wang Xiao
			 * chaired ...", then "Wang Xiaoli rushed" where MT ran "li" of "immediately" in) */
			bool known = Q->nmentions >= 2 || d->t->s[doc_tok(d, Q->first_tok)->sent].headline;
			if (strcmp(P->surname, Q->surname) == 0 && known && Q->first_tok < P->first_tok && q > best)
				best = q;
		}
		if (best >= 0)
			P->merged_into = (int)best;
	}
}

/* A capitalized word with no role in the lexicons: a candidate part of a non-pinyin name. */
static inline bool plain_cap_word(const doc *d, size_t i)
{
	const token *tk = doc_tok(d, i);
	/* the cheap tests first: this runs for every token */
	if (!(tk->flags & TF_CAP) || doc_wc(d, i))
		return false;
	if (tk->kind != TOK_WORD || (tk->flags & (TF_ALLCAPS | TF_DIGIT | TF_HYPHEN)))
		return false;
	if (tk->end - tk->start < 3 || d->mention_at[i] >= 0)
		return false;
	if (i > 0 && doc_line_break_before(d, i))
		return false;
	uint32_t v;
	return doc_phrase(d, PB_PLACE, i, i + 1, &v) == 0;
}

/* Token i is a surname and nothing else, capitalized as in running text, in no name yet, and
 * a listed name word that is no pinyin follows it ("Che Dalha": a Tibetan given name). A word
 * neither pinyin nor listed is no given name, whatever stands around it: every name readout
 * gives is pinyin or listed (tests/corpus/check_corpus.c). */
static bool surname_before_plain(const doc *d, size_t i)
{
	const token *tk = doc_tok(d, i);
	return doc_wc(d, i) == W_SURNAME && tk->kind == TOK_WORD && (tk->flags & TF_CAP) && !(tk->flags & TF_ALLCAPS) &&
	       d->mention_at[i] < 0 && !(i > 0 && doc_line_break_before(d, i)) && i + 1 < d->t->n &&
	       plain_cap_word(d, i + 1) && (lex_word_ext(d->lex, doc_tok(d, i + 1)) & X_MINORITY);
}

static bool clause_start(const doc *d, size_t i)
{
	if (i == 0 || d->t->s[doc_tok(d, i)->sent].first == i)
		return true;
	return doc_is(d, i - 1, ',') || doc_word_is(d, i - 1, "and") || (doc_wc(d, i - 1) & W_HONORIFIC) ||
	       (doc_wc(d, i - 1) & W_HEAD);
}

/* ", Chairman of ...", ", the Governor of ...", " is also a member of ...": a post right after a
 * comma, or a copula and an article, at k. */
static bool post_follows(const doc *d, size_t k)
{
	/* "Chen is also a member of ...": a copula, then an article */
	size_t c = k;
	while (c < d->t->n && doc_is_lower(d, c) && (lex_word_ext(d->lex, doc_tok(d, c)) & (X_PASSIVE | X_ADVERB)))
		c++;
	bool copula = c > k && c < d->t->n && (lex_word_ext(d->lex, doc_tok(d, c)) & X_ARTICLE);
	if (!doc_is(d, k, ',') && !copula)
		return false;
	/* ", the", ", also", ", who is also" */
	size_t j = copula ? c : k + 1;
	while (j < d->t->n && doc_is_lower(d, j) &&
	       (lex_word_ext(d->lex, doc_tok(d, j)) & (X_ARTICLE | X_ADVERB | X_WHO | X_PASSIVE)))
		j++;
	for (size_t q = 0; q < 3 && j + q < d->t->n; q++) {
		uint32_t wc = doc_wc(d, j + q);
		if (wc & W_HEAD)
			return true;
		/* "deputy to the NPC": a seat */
		if (q > 0 && (lex_word_ext(d->lex, doc_tok(d, j + q)) & X_PURPOSE))
			return true;
		if (!(wc & W_MOD))
			return false;
	}
	return false;
}

/* Persons are numbered by first mention; the second pass may add earlier ones. map[old] is
 * each person's new index (left as it is when they are not sorted). */
static void sort_persons(doc *d, uint32_t *map)
{
	if (d->np < 2)
		return;
	if (d->np > 256)
		return;
	size_t order[256];
	for (size_t i = 0; i < d->np; i++)
		order[i] = i;
	for (size_t i = 1; i < d->np; i++) {
		size_t x = order[i], j = i;
		while (j > 0 && d->p[order[j - 1]].first_tok > d->p[x].first_tok) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = x;
	}
	person_acc tmp[256];
	for (size_t i = 0; i < d->np; i++) {
		tmp[i] = d->p[order[i]];
		map[order[i]] = (uint32_t)i;
	}
	memcpy(d->p, tmp, d->np * sizeof *tmp);
	for (size_t m = 0; m < d->nm; m++)
		if (d->m[m].person >= 0)
			d->m[m].person = (int)map[d->m[m].person];
}

/* The tokens the scans of people_find start from, in order: words with the surname class (the
 * first and the last scan) and capitalized words with no class (the second), so that only one
 * pass reads every token. */
static void list_candidates(const doc *d, uint32_t *surnames, size_t *nsurnames, uint32_t *plain_caps,
                            size_t *nplain_caps)
{
	const token *tv = d->t->v; /* a local pointer: the tokens do not move here */
	size_t n = d->t->n, ns = 0, nc = 0;
	for (size_t i = 0; i < n; i++) {
		if (tv[i].word & W_SURNAME)
			surnames[ns++] = (uint32_t)i;
		/* (a surname may open a name whose given name is no pinyin: "Che Dalha") */
		if ((!tv[i].word || tv[i].word == W_SURNAME) && (tv[i].flags & TF_CAP))
			plain_caps[nc++] = (uint32_t)i;
	}
	*nsurnames = ns;
	*nplain_caps = nc;
}

static int cmp_mention(const void *x, const void *y)
{
	const mention *a = x, *b = y;
	return (a->a > b->a) - (a->a < b->a);
}

/* The rank word right before token k ("Vice" of "Vice Governor"), folded into out (cap
 * bytes); its length, 0 when none. */
static size_t rank_before(const doc *d, size_t k, char *out, size_t cap)
{
	out[0] = '\0';
	if (k == 0 || doc_tok(d, k - 1)->kind != TOK_WORD || !(lex_word_ext(d->lex, doc_tok(d, k - 1)) & X_RANK))
		return 0;
	return fold_token(d, k - 1, out, cap);
}

/* The last person of surname group g whose full mention (of the first nfull) the word before
 * token i stood before too ("Premier Li Keqiang", then "Premier Li"), or -1. */
static int same_post_word_before(const doc *d, const uint32_t *group, size_t nfull, uint32_t g, size_t i)
{
	char want[32], w[32], rank_want[32], rank[32];
	size_t wl = fold_token(d, i - 1, want, sizeof want);
	size_t rl = rank_before(d, i - 1, rank_want, sizeof rank_want);
	int found = -1;
	for (size_t m = 0; m < nfull; m++) {
		const mention *mm = &d->m[m];
		if (mm->byline || mm->a == 0 || mm->a >= i || group[mm->person] != g)
			continue;
		/* "Governor Zhou" is not "Vice Governor Zhou Li": the rank before the word too */
		if (fold_token(d, mm->a - 1, w, sizeof w) == wl && wl && memcmp(w, want, wl) == 0 &&
		    rank_before(d, mm->a - 1, rank, sizeof rank) == rl && memcmp(rank, rank_want, rl) == 0)
			found = mm->person;
	}
	return found;
}

/* Surname-only references, resolved to the nearest earlier full name with that surname (or
 * the first later one): the last full mention before i in the order they were found (first the
 * pinyin names, then the others), else the first found. One sweep over the full mentions, with
 * the last one of each surname so far, gives that for every i in order. After a post's word
 * ("Premier Li"), the person that word stood before first. */
static int resolve_surnames(doc *d, people_index *ix, const uint32_t *surnames, size_t nsurnames,
                            size_t npinyin)
{
	size_t n = d->t->n, nfull = d->nm;
	doc_strset surs = {0};
	uint32_t *group = NULL;
	int *first = NULL, *last_pinyin = NULL, *last_other = NULL;
	size_t next_pinyin = 0, next_other = npinyin;
	for (size_t c = 0; c < nsurnames; c++) {
		size_t i = surnames[c];
		if (!is_surname_token(d, i) || d->mention_at[i] >= 0 || (doc_wc(d, i) & W_PRONOUN))
			continue;
		bool after_title = i > 0 && (doc_wc(d, i - 1) & W_HEAD) && is_cap_word(d, i - 1);
		uint32_t v;
		/* "Xi also presided over" */
		size_t after = i + 1;
		while (after < n && doc_is_lower(d, after) && (lex_word_ext(d->lex, doc_tok(d, after)) & X_ADVERB))
			after++;
		/* "Liu was also elected secretary of X": the one a post is given to */
		size_t el = i + 1;
		while (el < n && doc_is_lower(d, el) && (lex_word_ext(d->lex, doc_tok(d, el)) & (X_ADVERB | X_PASSIVE)))
			el++;
		bool elected = el > i + 1 && el < n && doc_is_lower(d, el) && (lex_word_ext(d->lex, doc_tok(d, el)) & X_ELECT);
		/* "Xi went to a community", "Han visited": the actor of a visit too */
		bool before_cue = elected || (after < n && doc_phrase(d, PB_CUE, after, n, &v) > 0) ||
		                  (after < n && doc_is_lower(d, after) && (lex_word_ext(d->lex, doc_tok(d, after)) & X_VISIT)) ||
		                  (i + 1 < n && (doc_tok(d, i + 1)->kind == TOK_POSS || doc_is(d, i + 1, ':')));
		if (!after_title && !before_cue && !post_follows(d, i + 1))
			continue;
		if (i + 1 < n && is_given_name(d, i + 1, false))
			continue;
		if (!group) {
			/* the persons' surnames, and per surname the first person found and the last of
			 * each kind of name before i: made for the first reference (most texts have none) */
			if (!(group = arena_alloc_raw(d->a, (d->np + 1) * sizeof *group)))
				return READOUT_ENOMEM;
			for (size_t p = 0; p < d->np; p++)
				if (doc_strset_add(d, &surs, d->p[p].surname, strlen(d->p[p].surname), &group[p]))
					return READOUT_ENOMEM;
			if (!(first = arena_alloc_raw(d->a, (3 * surs.n + 1) * sizeof *first)))
				return READOUT_ENOMEM;
			last_pinyin = first + surs.n, last_other = last_pinyin + surs.n;
			for (size_t g = 0; g < 3 * surs.n; g++)
				first[g] = -1;
			for (size_t m = 0; m < nfull; m++)
				if (!d->m[m].byline && first[group[d->m[m].person]] < 0)
					first[group[d->m[m].person]] = d->m[m].person;
		}
		for (; next_pinyin < npinyin && d->m[next_pinyin].a < i; next_pinyin++)
			if (!d->m[next_pinyin].byline)
				last_pinyin[group[d->m[next_pinyin].person]] = d->m[next_pinyin].person;
		for (; next_other < nfull && d->m[next_other].a < i; next_other++)
			if (!d->m[next_other].byline)
				last_other[group[d->m[next_other].person]] = d->m[next_other].person;
		char sur[16];
		size_t sl = fold_token(d, i, sur, sizeof sur);
		int64_t g = doc_strset_find(&surs, sur, sl);
		if (g < 0)
			continue;
		int best = last_other[g] >= 0 ? last_other[g] : last_pinyin[g] >= 0 ? last_pinyin[g] : first[g];
		if (best < 0)
			continue;
		/* "Premier Li's report" after "Premier Li Keqiang" and "Li Qiang": the one whose name
		 * the same post word stood before */
		if (after_title) {
			int titled = same_post_word_before(d, group, nfull, (uint32_t)g, i);
			if (titled >= 0)
				best = titled;
		}
		/* two different people with this surname: ambiguous unless one is nearer before */
		if (add_mention(d, ix, i, i + 1, best, true))
			return READOUT_ENOMEM;
	}
	return 0;
}

int people_find(doc *d)
{
	size_t n = d->t->n;
	uint32_t *surnames = d->scratch, *plain_caps = d->scratch + n + 1;
	size_t nsurnames, nplain_caps;
	list_candidates(d, surnames, &nsurnames, plain_caps, &nplain_caps);
	people_index ix = {{0}, d->scratch + 2 * (n + 1), d->scratch + 3 * (n + 1), arena_alloc(d->a, d->t->ns + 1)};
	if (!ix.indexed)
		return READOUT_ENOMEM;
	/* next: the first token after a name just taken, where a scan goes on */
	for (size_t c = 0, next = 0; c < nsurnames; c++) {
		size_t i = surnames[c];
		if (i + 1 >= n)
			break;
		if (i < next || !is_surname_token(d, i) || d->mention_at[i] >= 0)
			continue;
		bool caps = doc_tok(d, i)->flags & TF_ALLCAPS;
		if (!is_given_name(d, i + 1, caps) || rejected_pair(d, i))
			continue;
		/* "Li Ying" after a lower-case surname-shaped word is still fine; but a surname
		 * directly after another capitalized surname-given pair is a list without commas */
		int p = find_or_add_person(d, &ix, i, i + 2);
		if (p == -2)
			return READOUT_ENOMEM;
		if (p < 0)
			continue;
		if (add_mention(d, &ix, i, i + 2, p, false))
			return READOUT_ENOMEM;
		d->p[p].nmentions++;
		next = i + 2;
	}
	size_t npinyin = d->nm;
	/* Names that are not pinyin (Uyghur, Tibetan, Mongolian transcriptions: "Shohrat Zakir")
	 * are taken only where the genre's syntax vouches for them: two plain capitalized words
	 * opening a clause and followed by ", <post>" or preceded by a post. */
	for (size_t c = 0, next = 0; c < nplain_caps; c++) {
		size_t i = plain_caps[c];
		if (i + 1 >= n)
			break;
		if (i < next)
			continue;
		/* "Che Dalha, secretary of X": a surname before a given name that is no pinyin */
		bool surname = surname_before_plain(d, i);
		if (!surname && !plain_cap_word(d, i))
			continue;
		bool post_before = i > 0 && (doc_wc(d, i - 1) & W_HEAD) && is_cap_word(d, i - 1);
		uint64_t x0 = lex_word_ext(d->lex, doc_tok(d, i));
		size_t b = i + 2;
		if (i + 2 < n && plain_cap_word(d, i + 1)) {
			/* two words: a listed name word vouches for itself, others need the syntax */
			bool listed = (!surname && (x0 & X_MINORITY)) || (lex_word_ext(d->lex, doc_tok(d, i + 1)) & X_MINORITY);
			if (!listed && !(clause_start(d, i) && (post_follows(d, i + 2) || post_before)))
				continue;
		} else if (!surname && (x0 & X_MINORITY_SINGLE) &&
		           (post_before || (i > 0 && (doc_wc(d, i - 1) & W_HEAD)) || post_follows(d, i + 1))) {
			/* "provincial Party Secretary Bayanqolu", "provincial party secretary Bayanqolu": a
			 * listed name needs no capital on the post */
			b = i + 1;
		} else {
			continue;
		}
		int p = find_or_add_person(d, &ix, i, b);
		if (p == -2)
			return READOUT_ENOMEM;
		if (p < 0 || add_mention(d, &ix, i, b, p, false))
			continue;
		d->p[p].nmentions++;
		next = b;
	}
	/* keep persons in order of first mention */
	uint32_t *map = arena_alloc_raw(d->a, (d->np + 1) * sizeof *map);
	if (!map)
		return READOUT_ENOMEM;
	for (size_t p = 0; p < d->np; p++)
		map[p] = (uint32_t)p;
	sort_persons(d, map);
	int rc = resolve_surnames(d, &ix, surnames, nsurnames, npinyin);
	if (rc)
		return rc;
	/* keep mentions sorted by position: the non-pinyin and surname-only ones were appended
	 * (no two mentions start at one token) */
	if (d->nm > 1) /* d->m is NULL with no mention */
		qsort(d->m, d->nm, sizeof *d->m, cmp_mention);
	for (size_t x = 0; x < d->nm; x++)
		for (uint32_t k = d->m[x].a; k < d->m[x].b; k++)
			d->mention_at[k] = (int32_t)x;
	merge_garbled(d, &ix.keys, map);
	return 0;
}

/* A lower-case word of n bytes made singular in place ("governors", "secretaries", "chairmen"),
 * so a post shared by a list ("A and B, both vice governors of X") is the post each holds;
 * returns its new length. */
static size_t singular(char *w, size_t n)
{
	if (n > 4 && !strcmp(w + n - 3, "ies")) {
		strcpy(w + n - 3, "y");
		return n - 2;
	}
	if (n > 4 && !strcmp(w + n - 3, "men")) {
		w[n - 2] = 'a';
		return n;
	}
	if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's') {
		w[n - 1] = '\0';
		return n - 1;
	}
	return n;
}

/* w (n bytes) is an abbreviation in parentheses, "(CPC)", whose letters are the initials of
 * the last n of the nw words before it ("Communist Party of China"). */
static bool abbreviates(const char *start, const char *w, size_t n, char words[][24], size_t nw)
{
	if (n < 2 || w == start || w[-1] != '(' || w[n] != ')' || nw < n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isupper((unsigned char)w[i]) || words[nw - n + i][0] != tolower((unsigned char)w[i]))
			return false;
	return true;
}

/* Splits a title into its rank words (the words before the first "of") and the bag of the other
 * content words, lower-cased and singular. A name written out and then abbreviated counts as
 * its abbreviation when short ("of the Communist Party of China (CPC) X Committee" is "of the
 * CPC X Committee"), else as the name written out. */
static void post_parts(const char *t, bool abbr_short, char *rank_words, size_t pcap, char words[][24], size_t *nw, size_t wcap)
{
	const char *start = t;
	static const char *const stop[] = {"of", "the", "and", "a", "an", "for", "in", "on", "to", "'s", "s"};
	enum { STOP_MAX = 3 }; /* the longest stop word: a longer word is none */
	size_t po = 0;
	int in_post = 1;
	*nw = 0;
	while (*t) {
		while (*t && !isalnum((unsigned char)*t))
			t++;
		const char *w = t;
		while (*t && (isalnum((unsigned char)*t) || *t == '-'))
			t++;
		size_t n = (size_t)(t - w);
		if (!n)
			continue;
		char lw[24];
		if (n >= sizeof lw)
			n = sizeof lw - 1;
		for (size_t i = 0; i < n; i++)
			lw[i] = (char)tolower((unsigned char)w[i]);
		lw[n] = '\0';
		if (!in_post && abbreviates(start, w, n, words, *nw)) {
			if (!abbr_short)
				continue;
			*nw -= n;
		}
		n = singular(lw, n);
		if (!strcmp(lw, "of"))
			in_post = 0;
		bool is_stop = false;
		for (size_t i = 0; i < sizeof stop / sizeof *stop && n <= STOP_MAX; i++)
			is_stop |= !strcmp(lw, stop[i]);
		if (in_post) {
			if (!is_stop && po + n + 2 < pcap) {
				if (po)
					rank_words[po++] = ' ';
				memcpy(rank_words + po, lw, n);
				po += n;
			}
		} else if (!is_stop && *nw < wcap) {
			memcpy(words[(*nw)++], lw, n + 1);
		}
	}
	rank_words[po] = '\0';
}

/* Titles a and b name one rank, as extract/posts.c reads them ("Vice Governor of X" and
 * "Deputy Governor of X": data/posts.tsv says both are a vice governor). */
static bool same_rank(const readout_lexicon *lex, const char *a, const char *b)
{
	post_reading ra, rb;
	if (post_read(&ra, lex, a, strlen(a)) || ra.rank < 0 || post_read(&rb, lex, b, strlen(b)))
		return false;
	return ra.rank == rb.rank ||
	       (rb.rank >= 0 && !strcmp(lex->post_words[ra.rank].value, lex->post_words[rb.rank].value));
}

/* The same post (its words, or the rank they name) and nearly the same organization words,
 * abbreviations read one way. */
static bool same_post_as(const readout_lexicon *lex, const char *a, const char *b, bool abbr_short)
{
	char pa[128], pb[128], wa[24][24], wb[24][24];
	size_t na, nb;
	post_parts(a, abbr_short, pa, sizeof pa, wa, &na, 24);
	post_parts(b, abbr_short, pb, sizeof pb, wb, &nb, 24);
	/* "District Political Consultative Conference Vice-Chairmen" has no "of": its post is
	 * everything, so compare only titles with an "of" each */
	if (!na || !nb || (strcmp(pa, pb) != 0 && !same_rank(lex, pa, pb)))
		return false;
	bool used[24] = {0};
	size_t common = 0;
	for (size_t i = 0; i < na; i++)
		for (size_t j = 0; j < nb; j++)
			if (!used[j] && !strcmp(wa[i], wb[j])) {
				used[j] = true;
				common++;
				break;
			}
	/* "Party chief of Anhui province", "Party chief of East China's Anhui province": one
	 * post, a place's words more in one */
	size_t fewer = na < nb ? na : nb, more = na < nb ? nb : na;
	return 2.0 * (double)common / (double)(na + nb) >= 0.8 || (common == fewer && more - fewer <= 2);
}

/* One post written two ways ("Deputy Secretary of the Party Group of the X Conference" and
 * "Deputy Secretary of the X Conference Party Group") counts once: the same post words and
 * nearly the same organization words, a body's abbreviation read as its name written out or
 * the other way ("the Communist Party of China (CPC) X Committee", "the CPC X Committee"). */
static bool same_post(const readout_lexicon *lex, const char *a, const char *b)
{
	return strcasecmp(a, b) == 0 || same_post_as(lex, a, b, false) || same_post_as(lex, a, b, true);
}

/* Every content word of a within b (case-insensitive, whole words). */
static bool words_within(const char *a, const char *b)
{
	const char *w = a;
	while (*w) {
		while (*w && !isalnum((unsigned char)*w))
			w++;
		const char *e = w;
		while (*e && (isalnum((unsigned char)*e) || *e == '-'))
			e++;
		size_t n = (size_t)(e - w);
		if (n) {
			bool found = false;
			for (const char *p = b; *p && !found; p++)
				if ((p == b || !(isalnum((unsigned char)p[-1]) || p[-1] == '-')) && strncasecmp(p, w, n) == 0 &&
				    !(isalnum((unsigned char)p[n]) || p[n] == '-'))
					found = true;
			if (!found)
				return false;
		}
		w = e;
	}
	return true;
}

int people_add_title_if_new(doc *d, int person, const title_acc *t)
{
	if (person < 0)
		return 0;
	while (d->p[person].merged_into >= 0)
		person = d->p[person].merged_into;
	person_acc *p = &d->p[person];
	if (!doc_spend(d, p->ntitles, DOC_BUDGET_TITLES))
		return 0;
	for (size_t i = 0; i < p->ntitles; i++)
		if (words_within(t->text, p->titles[i].text))
			return 0;
	return people_add_title(d, person, t);
}

int people_add_title(doc *d, int person, const title_acc *t)
{
	if (person < 0)
		return 0;
	while (d->p[person].merged_into >= 0)
		person = d->p[person].merged_into;
	person_acc *p = &d->p[person];
	/* each new title is compared with the person's others */
	if (!doc_spend(d, p->ntitles, DOC_BUDGET_TITLES))
		return 0;
	for (size_t i = 0; i < p->ntitles; i++) {
		if (same_post(d->lex, p->titles[i].text, t->text))
			return 0;
		/* "Premier Li" in a headline, then "Chinese Premier Li Keqiang": keep the full post */
		if (p->titles[i].shorthand && !t->shorthand && words_within(p->titles[i].text, t->text)) {
			p->titles[i] = *t;
			return 0;
		}
	}
	return DOC_PUSH(d, p->titles, p->ntitles, p->tcap, *t);
}

/* Title t of a person is a post given in full by another of the person's titles, written
 * again short: "General Secretary Xi" after "General Secretary of the CPC Central Committee",
 * "President" beside "Chinese President". One post is listed once (the short form is a name
 * and a few post words, no "of"). */
static bool restated_post(const person_acc *pa, size_t t)
{
	const char *s = pa->titles[t].text;
	size_t words = 1;
	for (const char *c = s; *c; c++)
		words += *c == ' ';
	if (words > 3 || strstr(s, " of ") || !strncasecmp(s, "of ", 3))
		return false;
	for (size_t u = 0; u < pa->ntitles; u++)
		if (u != t && strlen(pa->titles[u].text) > strlen(s) && words_within(s, pa->titles[u].text))
			return true;
	return false;
}

int people_finish(doc *d)
{
	readout_record *rec = d->rec;
	size_t keep = 0;
	for (size_t p = 0; p < d->np; p++)
		if (d->p[p].merged_into < 0)
			keep++;
	rec->people = arena_alloc(d->a, (keep ? keep : 1) * sizeof *rec->people);
	if (!rec->people)
		return READOUT_ENOMEM;
	/* each person's mentions in order, by counting: start[p] .. start[p + 1] in order (the
	 * scratch holds tokens + 1 entries each: no more persons or mentions than tokens) */
	uint32_t *start = d->scratch, *order = d->scratch + d->t->n + 1;
	assert(d->np <= d->t->n && d->nm <= d->t->n);
	memset(start, 0, (d->np + 1) * sizeof *start);
	for (size_t m = 0; m < d->nm; m++) {
		int p = doc_person_of(d, m);
		if (p >= 0)
			start[p + 1]++;
	}
	for (size_t p = 0; p < d->np; p++)
		start[p + 1] += start[p];
	uint32_t *fill = d->scratch + 2 * (d->t->n + 1);
	memcpy(fill, start, d->np * sizeof *fill);
	for (size_t m = 0; m < d->nm; m++) {
		int p = doc_person_of(d, m);
		if (p >= 0)
			order[fill[p]++] = (uint32_t)m;
	}
	/* persons were created in order of first full mention */
	for (size_t p = 0; p < d->np; p++) {
		person_acc *pa = &d->p[p];
		if (pa->merged_into >= 0)
			continue;
		size_t nm = start[p + 1] - start[p], nonbyline = 0;
		for (uint32_t k = start[p]; k < start[p + 1]; k++)
			nonbyline += !d->m[order[k]].byline;
		if (!nonbyline)
			continue;
		readout_person *out = &rec->people[rec->npeople++];
		out->name = pa->name;
		out->mentions = arena_alloc(d->a, nm * sizeof *out->mentions);
		out->titles = arena_alloc(d->a, (pa->ntitles ? pa->ntitles : 1) * sizeof *out->titles);
		if (!out->mentions || !out->titles)
			return READOUT_ENOMEM;
		for (uint32_t k = start[p]; k < start[p + 1]; k++) {
			const mention *m = &d->m[order[k]];
			if (!m->byline)
				out->mentions[out->nmentions++] = (readout_span){doc_tok(d, m->a)->start, doc_tok(d, m->b - 1)->end};
		}
		for (size_t t = 0; t < pa->ntitles; t++) {
			if (restated_post(pa, t))
				continue;
			readout_value *v = &out->titles[out->ntitles++];
			v->text = pa->titles[t].text;
			v->nspans = (size_t)pa->titles[t].nspans;
			v->spans = arena_alloc(d->a, sizeof(readout_span) * 2);
			if (!v->spans)
				return READOUT_ENOMEM;
			memcpy(v->spans, pa->titles[t].spans, sizeof(readout_span) * 2);
		}
	}
	return 0;
}
