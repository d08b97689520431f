/* formulations.c — political formulations (tifa): quoted slogans (a compound of short parallel
 * parts stays whole), numbered formulas with or without quotes ("four always", "nine profound
 * understandings"), and every rendering the lexicon knows wherever it occurs, grouped under one
 * Chinese original; each entry says how it was found (its cue). Counts ("13 aspects", "five
 * days"), names of meetings and documents, and quoted speech are left out. */
#include "extract/doc.h"
#include "util/error.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MAX_FORMS = 16, MAX_QUOTE_TOKENS = 30, MAX_SPEECH_TOKENS = 400 };

/* A token inside a pair of marks: one that names a formulation or a thing (a work, a theme,
 * an honour), read whole; or words someone said, in which the formulations they use count
 * as they would unquoted ("“common prosperity is the essential requirement of socialism”"). */
enum { IN_QUOTE = 1, IN_SPEECH = 2 };

typedef struct form_acc {
	int lex;                 /* lexicon entry or -1 */
	int cue;                 /* enum readout_cue: the strongest of its uses */
	char key[96];            /* grouping key of a formulation the lexicon does not know */
	const char *forms[MAX_FORMS];
	size_t nforms;
	readout_span *spans;
	size_t nspans, scap;
	uint32_t first;
} form_acc;

typedef struct fctx {
	doc *d;
	form_acc *f;
	size_t nf, fcap;
	doc_strset index;        /* the keys of the formulations the lexicon does not know */
	uint32_t *by_lex;        /* per lexicon entry: its index into f, UINT32_MAX if none yet */
	uint32_t *by_key;        /* per id of index: its index into f */
	size_t nkeys, kcap;
	uint8_t *in_quote;       /* per token: IN_QUOTE, IN_SPEECH or 0 */
	size_t last_id;          /* the entry record() last added a use to */
	size_t numbered_close;   /* the closing mark of the last quoted numbered formula, or SIZE_MAX */
	size_t numbered_id;      /* its entry */
} fctx;

static bool is_numbered_tok(const doc *d, size_t k)
{
	const token *tk = doc_tok(d, k);
	return ((doc_wc(d, k) | lex_first_word_class(d->lex, tk)) & (W_NUMWORD | W_ORDWORD)) ||
	       tk->kind == TOK_NUM || (tk->flags & TF_DIGIT);
}

/* "Four Histories", "Ten Actions": a cardinal opens the formula (an ordinal rather opens a
 * post or a name: "First Secretary") */
static bool opens_with_cardinal(const doc *d, size_t k)
{
	const token *tk = doc_tok(d, k);
	return ((doc_wc(d, k) | lex_first_word_class(d->lex, tk)) & W_NUMWORD) || tk->kind == TOK_NUM ||
	       doc_rank_number(d, k);
}

/* A rendering the lexicon knows is numbered when a number opens it ("two establishments"), or
 * when its original counts and a number stands inside it ("the goal of the second century",
 * "the central eight-point regulations"); "people first" (人民至上) is not. */
static bool lexicon_use_numbered(const doc *d, size_t a, size_t b, int lex)
{
	if (is_numbered_tok(d, a))
		return true;
	if (!d->lex->forms[lex].zh_counts)
		return false;
	for (size_t k = a + 1; k < b; k++)
		if (is_numbered_tok(d, k))
			return true;
	return false;
}

static char *surface(doc *d, size_t a, size_t b)
{
	const token *ta = doc_tok(d, a), *tb = doc_tok(d, b - 1);
	char *s = arena_strndup(d->a, d->text + ta->start, tb->end - ta->start);
	if (!s)
		return NULL;
	/* quotation marks inside ("two "musts"") go; a line break is a space */
	char *w = s;
	for (char *r = s; *r; r++) {
		if (*r == '"')
			continue;
		if (*r == '\n' || *r == '\r' || *r == '\t' || *r == ' ') {
			if (w > s && w[-1] != ' ')
				*w++ = ' ';
			continue;
		}
		if ((unsigned char)r[0] == 0xe2 && (unsigned char)r[1] == 0x80 &&
		    ((unsigned char)r[2] == 0x9c || (unsigned char)r[2] == 0x9d)) {
			r += 2;
			continue;
		}
		*w++ = *r;
	}
	*w = '\0';
	return s;
}

enum { DROP_WORD = SIZE_MAX };

/* Rewrites each space-separated word of key in place: kept_len says how much of the word stays
 * (DROP_WORD: none, nor its space); alone: nothing kept before it and nothing after it. */
static void rewrite_words(char *key, size_t (*kept_len)(const char *word, size_t n, bool alone))
{
	char *w = key;
	for (char *r = key;;) {
		char *e = r;
		while (*e && *e != ' ')
			e++;
		size_t n = kept_len(r, (size_t)(e - r), w == key && !*e);
		if (n != DROP_WORD) {
			if (w > key)
				*w++ = ' ';
			memmove(w, r, n);
			w += n;
		}
		if (!*e)
			break;
		r = e + 1;
	}
	*w = '\0';
}

/* "looking back" and "look back" are one: the -ing of each word of six letters or more goes. */
static size_t without_ing(const char *word, size_t n, bool alone)
{
	(void)alone;
	return n >= 6 && memcmp(word + n - 3, "ing", 3) == 0 ? n - 3 : n;
}

/* "city of future" and "city of the future" are one: articles inside a key go. */
static size_t without_article(const char *word, size_t n, bool alone)
{
	bool article = (n == 3 && memcmp(word, "the", 3) == 0) || (n == 1 && *word == 'a') ||
	               (n == 2 && memcmp(word, "an", 2) == 0);
	return article && !alone ? DROP_WORD : n;
}

static void fold_key(const char *s, char *key, size_t cap)
{
	size_t o = 0;
	if (strncasecmp(s, "the ", 4) == 0)
		s += 4;
	for (; *s && o + 1 < cap; s++) {
		char c = *s;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c == '-')
			c = ' ';
		if (c == ' ' && (o == 0 || key[o - 1] == ' '))
			continue;
		key[o++] = c;
	}
	while (o && key[o - 1] == ' ')
		o--;
	if (o > 3 && key[o - 1] == 's')
		o--; /* "two maintenance" and "two maintenances" are one */
	key[o] = '\0';
	rewrite_words(key, without_ing);
	rewrite_words(key, without_article);
}

/* Whether the text of tokens [a, b), read as surface() writes it, is form (any case): most
 * uses repeat a form already seen, and need no copy. */
static bool span_is_form(const doc *d, size_t a, size_t b, const char *form)
{
	const unsigned char *r = (const unsigned char *)d->text + doc_tok(d, a)->start;
	const unsigned char *end = (const unsigned char *)d->text + doc_tok(d, b - 1)->end;
	const unsigned char *f = (const unsigned char *)form;
	for (; r < end; r++) {
		if (*r == '"')
			continue;
		if (*r == '\n' || *r == '\r' || *r == '\t' || *r == ' ') {
			if (r > (const unsigned char *)d->text + doc_tok(d, a)->start &&
			    (r[-1] == ' ' || r[-1] == '\n' || r[-1] == '\r' || r[-1] == '\t'))
				continue; /* a run of white space is one space, as surface() writes it */
			if (*f++ != ' ')
				return false;
			continue;
		}
		if (r[0] == 0xe2 && r + 2 < end && r[1] == 0x80 && (r[2] == 0x9c || r[2] == 0x9d)) {
			r += 2;
			continue;
		}
		unsigned char x = *r, y = *f++;
		if (x >= 'A' && x <= 'Z')
			x = (unsigned char)(x + 32);
		if (y >= 'A' && y <= 'Z')
			y = (unsigned char)(y + 32);
		if (x != y)
			return false;
	}
	return *f == '\0';
}

/* Adds the use [a, b) to the entry of lexicon entry lex, or (lex < 0) to that of its folded
 * form; into >= 0 names the entry instead (a numbered formula's expansion). */
static int record_into(fctx *c, int lex, size_t a, size_t b, int cue, long into)
{
	doc *d = c->d;
	form_acc *f = NULL;
	char *form = NULL;
	char key[96] = "";
	uint32_t id;
	/* a quotation the lexicon has no rendering of may be one of its entries written another
	 * way ("not forget the original intention and keep the mission in mind") */
	if (lex < 0) {
		if (!(form = surface(d, a, b)))
			return READOUT_ENOMEM;
		if (!form[0])
			return 0;
		lex = lex_formulation_loose(d->lex, form, strlen(form));
	}
	if (lex >= 0) {
		/* the lexicon's entries by number: looked up, not searched for, so a document of
		 * thousands of uses stays linear */
		if (!c->by_lex) {
			if (!(c->by_lex = arena_alloc_raw(d->a, d->lex->nforms * sizeof *c->by_lex)))
				return READOUT_ENOMEM;
			memset(c->by_lex, 0xff, d->lex->nforms * sizeof *c->by_lex);
		}
		id = c->by_lex[lex] == UINT32_MAX ? (uint32_t)c->nf : c->by_lex[lex];
		c->by_lex[lex] = id;
	} else {
		fold_key(form, key, sizeof key);
		uint32_t kid;
		if (doc_strset_add(d, &c->index, key, strlen(key), &kid))
			return READOUT_ENOMEM;
		if (kid == c->nkeys) { /* a new key: its entry is the next of f, or into */
			uint32_t next = into >= 0 ? (uint32_t)into : (uint32_t)c->nf;
			if (DOC_PUSH(d, c->by_key, c->nkeys, c->kcap, next))
				return READOUT_ENOMEM;
		}
		id = c->by_key[kid];
	}
	if (id < c->nf) {
		f = &c->f[id];
	} else {
		form_acc nf;
		memset(&nf, 0, sizeof nf);
		nf.lex = lex;
		nf.cue = cue;
		memcpy(nf.key, key, sizeof key);
		nf.first = doc_tok(d, a)->start;
		if (DOC_PUSH(d, c->f, c->nf, c->fcap, nf))
			return READOUT_ENOMEM;
		f = &c->f[c->nf - 1];
	}
	c->last_id = (size_t)(f - c->f);
	if (cue < f->cue)
		f->cue = cue;
	bool seen = false;
	for (size_t i = 0; i < f->nforms && !seen; i++)
		seen = form ? strcasecmp(f->forms[i], form) == 0 : span_is_form(d, a, b, f->forms[i]);
	if (!seen && f->nforms == MAX_FORMS) {
		doc_capped(d, DOC_CAP_FORMS);
	} else if (!seen) {
		if (!form && !(form = surface(d, a, b)))
			return READOUT_ENOMEM;
		f->forms[f->nforms++] = form;
	}
	readout_span sp = {doc_tok(d, a)->start, doc_tok(d, b - 1)->end};
	return DOC_PUSH(d, f->spans, f->nspans, f->scap, sp);
}

static int record(fctx *c, int lex, size_t a, size_t b, int cue)
{
	return record_into(c, lex, a, b, cue, -1);
}

/* The entry of the quoted numbered formula that the quotation opened at k spells out, or -1:
 * "the “four priorities” for the region's work, namely “stability, development, ecology and
 * border management”", "the “three priorities”: “security, reform and development”" (a list
 * word or a colon right before it, in the formula's sentence, a few words after it; the
 * quotation [a, b) lists parts). GUIDE: one entry per formulation, every form it is given. */
static long expanded_formula(const fctx *c, size_t k, size_t a, size_t b)
{
	const doc *d = c->d;
	size_t n = c->numbered_close;
	if (n == SIZE_MAX || n >= k || k - n > 12 || doc_tok(d, n)->sent != doc_tok(d, k)->sent)
		return -1;
	size_t j = k - 1;
	if (j > n && doc_is(d, j, ','))
		j--;
	if (!doc_is(d, j, ':') && (j <= n || !(lex_word_ext(d->lex, doc_tok(d, j)) & X_LIST)))
		return -1;
	size_t parts = 1;
	for (size_t q = a; q < b; q++)
		parts += doc_is(d, q, ',') || doc_is(d, q, ';') || doc_word_is(d, q, "and");
	return parts >= 2 ? (long)c->numbered_id : -1;
}

/* Whether the number at token k of a quotation ending before b names a formula ("1310",
 * "Party building leading 123", "No. 1 Project") rather than counts, dates or orders: not an
 * ordinal ("20th"), a decimal, a year, nor a number before a counting noun ("5 Years"). */
static bool number_is_code(const doc *d, size_t k, size_t b)
{
	const token *tk = doc_tok(d, k);
	if (tk->kind != TOK_NUM || (tk->flags & TF_ORDINAL))
		return false;
	const char *s = d->text + tk->start;
	size_t n = tk->end - tk->start;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	if (k >= 2 && doc_rank_number(d, k - 2))
		return true; /* "No. 1 projects": a rank, whatever follows */
	if (n == 4 && (memcmp(s, "19", 2) == 0 || memcmp(s, "20", 2) == 0))
		return false;
	if (doc_is(d, k + 1, '%'))
		return false; /* “100%”: a share */
	/* a number alone is a code from three digits on ("761", "1310"); "4", "71" are values */
	bool alone = (k == 0 || !(doc_tok(d, k - 1)->kind == TOK_WORD)) && k + 1 == b;
	if (alone && n < 3)
		return false;
	return !(k + 1 < b && (doc_wc(d, k + 1) & W_COUNT));
}

/* Whether the word at k ends the quotation (which ends before b) or a phrase within it: "X
 * institute in the new era", "the lecture of Y", "opinions on X", "the plan for Y". */
static bool heads_phrase(const doc *d, size_t k, size_t b)
{
	return k + 1 == b ||
	       (lex_word_ext(d->lex, doc_tok(d, k + 1)) & (X_OF | X_OBJECTPREP | X_VENUEPREP | X_REMITPREP)) != 0;
}

/* A word of a quotation that makes it speech or a name rather than a slogan, or false. A
 * pronoun does when it opens the quotation or one of its parts, as the subject of someone's
 * words ("we will never let the people down"); inside a part it is a saying's object ("empty
 * talk harms the country, hard work makes it prosper"). */
static bool rules_out(const doc *d, size_t k, size_t b, bool numbered, bool opens_part)
{
	const token *tk = doc_tok(d, k);
	uint32_t wc = doc_wc(d, k);
	if (d->mention_at[k] >= 0)
		return true;
	if (tk->kind == TOK_NUM || (tk->flags & TF_DIGIT))
		return !number_is_code(d, k, b); /* "Work in Past 5 Years", "20th Congress" */
	/* a name's word is capitalized, or heads it: "Memorial Hall", "the action plan", "the
	 * first lecture of the secretary"; "one post and two responsibilities" or "eight more
	 * times" (a counting noun) name nothing */
	if ((wc & W_NAMEWORD) && ((tk->flags & TF_CAP) || (!(wc & W_COUNT) && heads_phrase(d, k, b))))
		return true;
	return (wc & W_PRONOUN) && opens_part && !numbered && !(lex_word_ext(d->lex, tk) & X_OURWORD);
}

/* A quotation is a slogan when it is short, or a compound of short parallel parts ("stable
 * employment, stable finance, stable foreign trade and stable investment"); sentences, names of
 * meetings and documents, and speech are not. */
/* "1+5+12+N", "1+1+1+1": numbers (and a letter) joined by plus signs, a formula by shape. */
static bool plus_formula(const doc *d, size_t a, size_t b)
{
	size_t plus = 0;
	for (size_t k = a; k < b; k++) {
		const token *tk = doc_tok(d, k);
		bool sign = tk->kind == TOK_PUNCT && tk->ch == '+';
		if ((k - a) % 2 == 1 ? !sign : !(tk->kind == TOK_NUM || (tk->kind == TOK_WORD && tk->end - tk->start == 1)))
			return false;
		plus += sign;
	}
	return plus > 0 && (b - a) % 2 == 1 && doc_tok(d, a)->kind == TOK_NUM;
}

/* A word of title case: capitalized, or a short lower-case word ("of", "under", "a"). */
static bool title_word(const doc *d, size_t k, bool *cap)
{
	const token *tk = doc_tok(d, k);
	*cap = (tk->flags & TF_CAP) != 0;
	return *cap || tk->end - tk->start <= 5;
}

/* Whether tokens [a, b) are written in title case: opened by a capital, with two capitals
 * and no longer word in lower case ("Sword Out of Sheath", "Party Classes under X"). A name
 * that ends in a formulation's noun ("Strong Provincial Capital Strategy", "Spring Thunder
 * Action") names a strategy or a campaign, which is a formulation (GUIDE convention 10). */
static bool in_title_case(const doc *d, size_t a, size_t b)
{
	size_t caps = 0;
	bool first = true;
	if (b > a && doc_tok(d, b - 1)->kind == TOK_WORD && (doc_wc(d, b - 1) & W_TIFA))
		return false;
	for (size_t k = a; k < b; k++) {
		if (doc_tok(d, k)->kind != TOK_WORD)
			continue;
		bool cap;
		if (!title_word(d, k, &cap) || (first && !cap))
			return false;
		caps += cap;
		first = false;
	}
	return caps >= 2;
}

/* Whether the words before the quotation [open, close] on its line (or, with none, after it)
 * are mostly capitalized, as in a headline: there title case says nothing. Up to six words,
 * in its sentence. */
static bool title_context(const doc *d, size_t open, size_t close)
{
	const token *q = doc_tok(d, open);
	const sentence *st = &d->t->s[q->sent];
	if (st->headline)
		return true;
	size_t words = 0, caps = 0, seen = 0;
	for (size_t k = open; k-- > st->first && seen < 6;) {
		const token *tk = doc_tok(d, k);
		if (tk->flags & (TF_QOPEN | TF_QCLOSE | TF_QAMBIG))
			break;
		if (tk->kind != TOK_WORD)
			continue;
		seen++;
		if (k == st->first || tk->end - tk->start <= 3 || d->mention_at[k] >= 0)
			continue; /* a sentence's first word and a name are capitalized anyway; "of" not */
		words++;
		caps += (tk->flags & TF_CAP) != 0;
		if (tk->flags & TF_NL_BEFORE)
			break;
	}
	if (words)
		return caps * 5 >= words * 3;
	/* nothing before it on its line: the words after (capitals right after it are rather
	 * the rest of a name: "the “X” Industry Forum") */
	seen = 0;
	for (size_t k = close + 1; k < st->last && k < d->t->n && seen < 6; k++) {
		const token *tk = doc_tok(d, k);
		if (tk->flags & (TF_QOPEN | TF_QCLOSE | TF_QAMBIG | TF_NL_BEFORE))
			break;
		if (tk->kind != TOK_WORD)
			continue;
		seen++;
		if (tk->end - tk->start <= 3)
			continue;
		words++;
		caps += (tk->flags & TF_CAP) != 0;
	}
	return words > 0 && caps * 5 >= words * 3;
}

/* Whether the quotation closed at token e is speech by its attribution: a comma inside the
 * marks, then the speaker ("“Empty talk ..., and hard work ...,” Xi said", "..., ” he added"). */
static bool attributed_speech(const doc *d, size_t e)
{
	if (e < 1 || e + 1 >= d->t->n || !doc_is(d, e - 1, ','))
		return false;
	return d->mention_at[e + 1] >= 0 || (doc_wc(d, e + 1) & W_PRONOUN);
}

/* Whether the quotation opened at token k names a work or a theme by the words before it:
 * "the article “X”", "a symposium themed on “X”", "with the theme of “X”", "the important
 * article of General Secretary Xi Jinping “X”" (its author between, in capitals). */
static bool names_a_work(const doc *d, size_t k)
{
	size_t j = k;
	if (j > 0 && doc_tok(d, j - 1)->kind == TOK_PUNCT && doc_tok(d, j - 1)->ch == ':')
		j--;
	/* "selected as a “X”", "named the “X”" */
	if (j > 1 && doc_tok(d, j - 1)->kind == TOK_WORD && (lex_word_ext(d->lex, doc_tok(d, j - 1)) & X_ARTICLE))
		j--;
	for (size_t skipped = 0; j > 0 && skipped < 8 && doc_tok(d, j - 1)->kind == TOK_WORD &&
	                         (d->mention_at[j - 1] >= 0 || (doc_tok(d, j - 1)->flags & TF_CAP)) &&
	                         !(lex_word_ext(d->lex, doc_tok(d, j - 1)) & X_WORKNOUN);
	     skipped++)
		j--;
	if (j > 0 && (doc_word_is(d, j - 1, "of") || doc_word_is(d, j - 1, "on") || doc_word_is(d, j - 1, "as"))) {
		j--;
		/* "a series of themed press conferences on “X”": the events the theme names */
		for (size_t skipped = 0; j > 0 && skipped < 3 && doc_is_lower(d, j - 1) &&
		                         !(lex_word_ext(d->lex, doc_tok(d, j - 1)) & X_WORKNOUN) &&
		                         !(doc_wc(d, j - 1) & (W_STOP | W_EVENTVERB | W_FUNC));
		     skipped++)
			j--;
	}
	return j > 0 && doc_tok(d, j - 1)->kind == TOK_WORD && (lex_word_ext(d->lex, doc_tok(d, j - 1)) & X_WORKNOUN);
}

/* Whether the quotation opened at k gives the title or theme of an event held or given:
 * "a Party lecture on “X”", "a seminar on “X”", "a report: “X”" (an event's noun that names
 * one, then "on", "of" or a colon). An activity or a campaign named so is a formulation. */
static bool names_an_event_theme(const doc *d, size_t k)
{
	size_t j = k;
	if (j == 0)
		return false;
	if (doc_is(d, j - 1, ':') || doc_word_is(d, j - 1, "on") || doc_word_is(d, j - 1, "of"))
		j--;
	if (j == k || j == 0 || doc_tok(d, j - 1)->kind != TOK_WORD)
		return false;
	uint32_t wc = doc_wc(d, j - 1);
	return (wc & W_EVENTNOUN) && (wc & W_NAMEWORD);
}

/* Whether the only word of [a, b) is a number word ("two", "Four"), with no hyphen. */
static bool numword_alone(const doc *d, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (doc_tok(d, k)->kind == TOK_WORD)
			return (doc_wc(d, k) & W_NUMWORD) && !(doc_tok(d, k)->flags & TF_HYPHEN);
	return false;
}

/* Whether [a, b) quotes the spirit of a numbered meeting as machine translation renders
 * 二十大精神: a number, at most one word, then "spirit" (“Party's Twenty Spirit”, “twenty big
 * spirit”): the number is the Congress's, an ordinal of a meeting (GUIDE convention 5). "One"
 * opens formulas' parts rather ("two bombs, one satellite spirit"). */
static bool meeting_spirit(const doc *d, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++) {
		if (!(doc_wc(d, k) & W_NUMWORD) || doc_word_is(d, k, "one"))
			continue;
		for (size_t j = k + 1; j < b && j <= k + 2; j++) {
			if (doc_tok(d, j)->kind != TOK_WORD)
				break;
			if (lex_word_ext(d->lex, doc_tok(d, j)) & X_SPEECHNOUN)
				return doc_word_is(d, j, "spirit");
		}
	}
	return false;
}

static bool quote_is_formulation(const doc *d, size_t a, size_t b)
{
	if (plus_formula(d, a, b))
		return true;
	if (meeting_spirit(d, a, b))
		return false;
	size_t words = 0, part = 0, parts = 1, longest = 0;
	bool numbered = false;
	for (size_t k = a; k < b; k++) {
		const token *tk = doc_tok(d, k);
		if (tk->kind == TOK_PUNCT) {
			if (tk->ch == ',' || tk->ch == ';') {
				longest = part > longest ? part : longest;
				part = 0;
				parts++;
				continue;
			}
			if (tk->ch == '.' && k > a && doc_rank_number(d, k - 1))
				continue;
			if (tk->ch == '.' || tk->ch == '!' || tk->ch == '?' || tk->ch == ':')
				return false;
			continue;
		}
		if ((doc_wc(d, k) & (W_NUMWORD | W_ORDWORD)) || number_is_code(d, k, b))
			numbered = true;
		if (rules_out(d, k, b, numbered, part == 0))
			return false;
		words++;
		part++;
	}
	longest = part > longest ? part : longest;
	if (words == 0 || (parts == 1 && words > 12) || (parts > 1 && (longest > 10 || words > 30)))
		return false;
	/* a word alone is no slogan, but a coined one is: “zero-distance”, “Internet+” */
	if (words == 1 && !numbered && !(doc_tok(d, a)->flags & TF_HYPHEN) && !doc_is(d, b - 1, '+'))
		return false;
	/* a number word alone (the “two” establishments) quotes a count, not its formula */
	if (words == 1 && numword_alone(d, a, b))
		return false;
	/* a number and meetings (the “two sessions”, the “two meetings”) name meetings */
	if (words == 2 && numbered && parts == 1 && (doc_wc(d, b - 1) & W_NAMEWORD) &&
	    (doc_wc(d, b - 1) & (W_COUNT | W_EVENTNOUN)))
		return false;
	return true;
}

/* Whether straight marks at k and e pair as one long quotation: the first opens (a space or
 * the line before it, a word glued after it), the second closes (glued to what it ends, a
 * space or punctuation after it). Curly marks say their direction themselves. */
static bool straight_pair(const doc *d, size_t k, size_t e)
{
	const token *o = doc_tok(d, k), *c = doc_tok(d, e);
	if (o->ch != '"' || c->ch != '"' || e + 1 >= d->t->n)
		return false;
	bool opens = (k == 0 || (o->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE))) &&
	             !(doc_tok(d, k + 1)->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE));
	const token *after = doc_tok(d, e + 1);
	bool closes = !(c->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)) &&
	              ((after->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)) || after->kind == TOK_PUNCT);
	return opens && closes;
}

/* Whether the quotation closing at e names what follows it: "the “Red Collar Pioneer”
 * exhibition", "the “red collar pioneer” style exhibition" (a name's word right after it, or
 * after one more word). */
static bool names_what_follows(const doc *d, size_t e)
{
	size_t k = e + 1;
	bool between = k + 1 < d->t->n && doc_tok(d, k)->kind == TOK_WORD && !(doc_wc(d, k) & W_NAMEWORD) &&
	               !(doc_wc(d, k) & (W_STOP | W_EVENTVERB | W_FUNC | W_COUNT)) && d->mention_at[k] < 0 &&
	               /* "style exhibition", "Elegance Exhibition": one case for both */
	               doc_is_lower(d, k) == doc_is_lower(d, k + 1);
	if (between)
		k++;
	return k < d->t->n && doc_tok(d, k)->kind == TOK_WORD && (doc_wc(d, k) & W_NAMEWORD) && !(doc_wc(d, k) & W_COUNT);
}

/* Records the numbered formulas the lexicon knows that a quoted slogan [a, b) names with
 * "the" inside it: “firmly support the two establishments and resolutely achieve the two
 * safeguards” uses both formulas (GUIDE: a numbered formula counts, quoted or not). A
 * compound slogan of numbered parts (“three stricts and three earnests”) names none so. */
static int numbered_inside(fctx *c, size_t a, size_t b)
{
	doc *d = c->d;
	for (size_t q = a; q + 1 < b; q++) {
		if (!doc_word_is(d, q, "the"))
			continue;
		uint32_t v;
		size_t m = lex_phrase_match(&d->lex->form_names, d->text, d->t->v, q + 1, b, &v);
		if (!m || v == LEX_FORM_METAPHOR || !lexicon_use_numbered(d, q + 1, q + 1 + m, (int)v))
			continue;
		int rc = record(c, (int)v, q + 1, q + 1 + m, READOUT_CUE_NUMBERED);
		if (rc)
			return rc;
		q += m;
	}
	return 0;
}

/* Reads the quotation between the marks at k and e: a slogan, a formulation the lexicon
 * knows, a name or words someone said. */
static int read_quotation(fctx *c, size_t k, size_t e)
{
	doc *d = c->d;
	size_t a = k + 1, b = e;
	for (size_t q = a; q < b; q++)
		c->in_quote[q] = IN_QUOTE;
	/* "the “two musts,”": punctuation before the closing mark is the sentence's */
	while (b > a && doc_tok(d, b - 1)->kind == TOK_PUNCT && strchr(".,;!?", doc_tok(d, b - 1)->ch))
		b--;
	size_t s = a;
	if (doc_word_is(d, s, "the") && s + 1 < b)
		s++;
	/* "the three “in place”": a number before the marks is the formula's, unless the
	 * marks open with their own ("two “one ...”" counts the formula quoted) */
	size_t from = a;
	if (k > 0 && (doc_wc(d, k - 1) & W_NUMWORD) && !c->in_quote[k - 1] && doc_is_lower(d, k - 1) &&
	    !is_numbered_tok(d, s))
		from = k - 1;
	if (b > s) {
		uint32_t v;
		/* the lexicon knows the formula with its number ("two never allows") */
		size_t m = from < a ? lex_phrase_match(&d->lex->form_names, d->text, d->t->v, from, b, &v) : 0;
		if (m && from + m == b && v != LEX_FORM_METAPHOR)
			s = from;
		else
			m = lex_phrase_match(&d->lex->form_names, d->text, d->t->v, s, b, &v);
		int rc;
		if (m && s + m == b && v == LEX_FORM_METAPHOR) {
			/* "the “mother river” of the nation": a metaphor, no formulation */
		} else if (names_a_work(d, k)) {
			/* a title, even of a formulation the lexicon knows: "a forum themed on
			 * “Promoting High-quality Development”" */
		} else if (m && s + m == b) {
			if ((rc = record(c, (int)v, s, b, READOUT_CUE_QUOTED)))
				return rc;
			if (opens_with_cardinal(d, s)) {
				c->numbered_close = e;
				c->numbered_id = c->last_id;
			}
		} else if (from == a && !opens_with_cardinal(d, s) && in_title_case(d, s, b) &&
		           !title_context(d, k, e)) {
			/* "the film “Sword Out of Sheath”", "awarded the “National Advanced
			 * Unit”": in running text, title case names a work, an honour or a post */
		} else if (!names_what_follows(d, e)) {
			/* not before a name's word (names_what_follows); one the lexicon knows, taken
			 * above, stays one there: "the “Red Boat Spirit” exhibition" shows the spirit */
			if (names_an_event_theme(d, k)) {
				/* a lecture's or a seminar's title; one the lexicon knows, taken above, stays
				 * a formulation */
			} else if (!attributed_speech(d, e) && quote_is_formulation(d, from, b)) {
				if ((rc = record_into(c, -1, from, b, READOUT_CUE_QUOTED, expanded_formula(c, k, from, b))))
					return rc;
				if (opens_with_cardinal(d, from)) {
					c->numbered_close = e;
					c->numbered_id = c->last_id;
				}
				if ((rc = numbered_inside(c, from + 1, b)))
					return rc;
			} else {
				/* words someone said: what they use is counted as unquoted */
				for (size_t q = a; q < e; q++)
					c->in_quote[q] = IN_SPEECH;
			}
		}
	}
	return 0;
}

/* Whether the token at k is the same quotation mark as the one before it, glued to it: the
 * second of a doubled mark (""two musts"", ''two musts''), which pairs as one. */
static bool doubled_mark(const doc *d, size_t k)
{
	if (k == 0 || k >= d->t->n)
		return false;
	const token *p = doc_tok(d, k - 1), *t = doc_tok(d, k);
	return t->kind == TOK_PUNCT && p->kind == TOK_PUNCT && p->end == t->start &&
	       t->end - t->start == p->end - p->start &&
	       memcmp(d->text + t->start, d->text + p->start, t->end - t->start) == 0 &&
	       (t->flags & (TF_QOPEN | TF_QCLOSE | TF_QAMBIG) || t->ch == '\'');
}

static bool is_single_straight(const doc *d, size_t k)
{
	const token *t = doc_tok(d, k);
	return (t->kind == TOK_PUNCT || t->kind == TOK_POSS) && t->end - t->start == 1 && d->text[t->start] == '\'';
}

/* The closing mark of a quotation in single straight marks opened at k ('two musts',
 * 'stable prices'), or 0: the opening mark has a space (or a line, or a bracket) before it and
 * a word glued after it; the closing one, in the same sentence, is glued to the word before it
 * and has a space or punctuation after it (the tokenizer may have read it as a plural's
 * possessive). An apostrophe inside a word is no mark. */
static size_t single_quotation(const doc *d, size_t k)
{
	size_t n = d->t->n;
	const token *o = doc_tok(d, k);
	if (!is_single_straight(d, k) || k + 2 >= n)
		return 0;
	if (k > 0 && !(o->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)) && !doc_is(d, k - 1, '(') && !doubled_mark(d, k))
		return 0;
	if (doc_tok(d, k + 1)->kind != TOK_WORD || (doc_tok(d, k + 1)->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)))
		return 0;
	for (size_t e = k + 2; e < n && e - k <= MAX_QUOTE_TOKENS && doc_tok(d, e)->sent == o->sent; e++) {
		const token *t = doc_tok(d, e);
		if (t->flags & (TF_QOPEN | TF_QCLOSE | TF_QAMBIG))
			return 0;
		if (!is_single_straight(d, e) || (t->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)))
			continue;
		if (doc_tok(d, e - 1)->kind != TOK_WORD)
			continue;
		if (e + 1 == n || (doc_tok(d, e + 1)->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)) ||
		    doc_tok(d, e + 1)->kind == TOK_PUNCT)
			return e;
	}
	return 0;
}

/* Whether the mark at k opens a slogan the end of the text cuts off ("the requirements of
 * “preventing the epidemic, stabilizin"): an opening mark inside a sentence, then at least three
 * words, the first in lower case, no more than a slogan has, and no full stop at the end. A
 * quotation that opens its line or a capitalized sentence ("\"The regular mechanism will be
 * ...") is speech. */
static bool cut_slogan(const doc *d, size_t k)
{
	size_t n = d->t->n;
	const token *o = doc_tok(d, k);
	if ((o->flags & TF_QCLOSE) || k + 1 >= n || n - k - 1 > MAX_QUOTE_TOKENS)
		return false;
	if (k == 0 || (o->flags & TF_NL_BEFORE) || doc_tok(d, k - 1)->sent != o->sent || !doc_is_lower(d, k + 1))
		return false;
	if (doc_is(d, n - 1, '.') || doc_is(d, n - 1, '!') || doc_is(d, n - 1, '?'))
		return false; /* a sentence that ends: its closing mark is lost, not cut */
	size_t words = 0;
	for (size_t q = k + 1; q < n; q++)
		words += doc_tok(d, q)->kind == TOK_WORD;
	return words >= 3;
}

/* Whether the straight mark at k can only close: glued to the word before it, with a space or
 * punctuation after ("the \"two\n\nestablishments\" deeply": a closing mark whose opening one a
 * paragraph break kept from pairing opens nothing, or every pair after it reads inside out). */
static bool closes_only(const doc *d, size_t k)
{
	const token *tk = doc_tok(d, k);
	if (!(tk->flags & TF_QAMBIG) || k == 0 || (tk->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)) ||
	    doc_tok(d, k - 1)->kind != TOK_WORD)
		return false;
	return k + 1 >= d->t->n || (doc_tok(d, k + 1)->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)) ||
	       doc_tok(d, k + 1)->kind == TOK_PUNCT;
}

/* Reads the quotations in single straight marks inside speech [a, b) in double marks: "“We
 * must protect the 'green water and blue sky' of the county,” Li said". */
static int read_singles_inside(fctx *c, size_t a, size_t b)
{
	for (size_t q = a; q < b; q++) {
		size_t close = single_quotation(c->d, q);
		if (!close || close >= b)
			continue;
		int rc = read_quotation(c, q, close);
		if (rc)
			return rc;
		q = close;
	}
	return 0;
}

/* Pairs quotation marks: curly, straight double and single, and the GBK mojibake ones. */
static int scan_quotes(fctx *c)
{
	doc *d = c->d;
	size_t n = d->t->n;
	const token *tv = d->t->v; /* a local pointer, as in scan_unquoted */
	int rc;
	for (size_t k = 0; k < n; k++) {
		const token *tk = &tv[k];
		/* most tokens are words: no mark of any kind */
		if (tk->kind != TOK_PUNCT && tk->kind != TOK_POSS && !(tk->flags & (TF_QOPEN | TF_QAMBIG)))
			continue;
		/* a doubled opening mark: the second opens */
		if (k + 1 < n && doubled_mark(d, k + 1) && !(tv[k].flags & TF_QCLOSE) &&
		    !(tv[k + 1].flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)) && k + 2 < n &&
		    tv[k + 2].kind == TOK_WORD && !(tv[k + 2].flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)))
			continue;
		size_t single = single_quotation(d, k);
		if (single) {
			if ((rc = read_quotation(c, k, single)))
				return rc;
			k = single + doubled_mark(d, single + 1);
			continue;
		}
		bool open = (tk->flags & TF_QOPEN) || (tk->flags & TF_QAMBIG);
		if (!open || closes_only(d, k))
			continue;
		size_t e = k + 1;
		while (e < n && e - k <= MAX_SPEECH_TOKENS &&
		       !(doc_tok(d, e)->flags & (TF_QOPEN | TF_QCLOSE | TF_QAMBIG | TF_PARA_BEFORE)) &&
		       !doc_line_break_before(d, e))
			e++;
		/* a curly mark that opens before this one closes: this one opens speech that quotes
		 * (“The team worked around the “Five Revitalizations” ...): the inner pair is read */
		if (e < n && (tk->flags & TF_QOPEN) && (doc_tok(d, e)->flags & TF_QOPEN) && !(doc_tok(d, e)->flags & TF_QAMBIG)) {
			k = e - 1;
			continue;
		}
		/* a page cut off inside a quotation (web excerpts end mid-sentence, even mid-word):
		 * what a slogan quotes up to the cut is read as one */
		if (e == n && cut_slogan(d, k)) {
			if ((rc = read_quotation(c, k, n)))
				return rc;
			break;
		}
		if (e >= n || e - k > MAX_SPEECH_TOKENS || !(doc_tok(d, e)->flags & (TF_QCLOSE | TF_QAMBIG)))
			continue;
		if (e - k > MAX_QUOTE_TOKENS) {
			/* quoted speech, too long for a slogan: its closing mark (a straight one) must not
			 * open the next quotation, or every pair after it is read inside out */
			if (straight_pair(d, k, e)) {
				if ((rc = read_singles_inside(c, k + 1, e)))
					return rc;
				k = e;
			}
			continue;
		}
		if ((rc = read_quotation(c, k, e)))
			return rc;
		if (c->in_quote[k + 1] == IN_SPEECH && (rc = read_singles_inside(c, k + 1, e)))
			return rc;
		/* a doubled closing mark closes once, and opens nothing */
		k = e + (doubled_mark(d, e + 1) &&
		         (e + 2 >= n || (tv[e + 2].flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)) || tv[e + 2].kind == TOK_PUNCT));
	}
	return 0;
}

static bool preceded_by_count_context(const doc *d, size_t k)
{
	if (k == 0)
		return false;
	return doc_tok(d, k - 1)->kind == TOK_NUM || (lex_word_ext(d->lex, doc_tok(d, k - 1)) & X_COUNTCONTEXT);
}

/* Whether a quotation mark the pairing left alone opens the lexicon's match [a, b): a mark
 * whose closing one the page lost (“Do not forget ..., keep the mission in mind.), or single
 * straight marks ('Great Shanghai Defense' war), glued to the match after a space. */
static bool opened_by_mark(const doc *d, size_t a, size_t b)
{
	if (a == 0 || (doc_tok(d, a)->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)))
		return false;
	const token *o = doc_tok(d, a - 1);
	bool apostrophe = o->kind == TOK_PUNCT && o->ch == '\'';
	if (!(o->flags & (TF_QOPEN | TF_QAMBIG)) && !apostrophe)
		return false;
	if (a - 1 > 0 && !(o->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE)))
		return false;
	/* a single straight mark opens only with its closing one glued to the match's end */
	if (apostrophe)
		return b < d->t->n && doc_tok(d, b)->kind == TOK_PUNCT && doc_tok(d, b)->ch == '\'' &&
		       !(doc_tok(d, b)->flags & (TF_SPACE_BEFORE | TF_NL_BEFORE));
	/* a double mark closed later on its line opens a quotation too long for a slogan (speech),
	 * which quotes the formulation among other words */
	for (size_t k = b; k < d->t->n && !doc_line_break_before(d, k); k++)
		if (doc_tok(d, k)->flags & (TF_QCLOSE | TF_QAMBIG))
			return false;
	return true;
}

/* Whether the numbered rendering [a, b) the lexicon knows in the singular ("six targeted",
 * "two health", "seven focus") only counts the plural noun after it: "six targeted measures",
 * "two health checks", "seven focus areas". A plural rendering ("the two safeguards") and a
 * noun in the singular after ("the six stability work") leave the formula whole. */
static bool looks_plural(const doc *d, size_t k)
{
	const token *tk = doc_tok(d, k);
	size_t len = tk->end - tk->start;
	const char *w = d->text + tk->start;
	/* "class", "focus", "analysis" are no plurals */
	return len >= 4 && w[len - 1] == 's' && w[len - 2] != 's' && w[len - 2] != 'u' && w[len - 2] != 'i';
}

static bool modifies_a_plural(const doc *d, size_t a, size_t b)
{
	if (b >= d->t->n || !is_numbered_tok(d, a))
		return false;
	const token *last = doc_tok(d, b - 1), *next = doc_tok(d, b);
	if (last->kind != TOK_WORD || looks_plural(d, b - 1) || next->kind != TOK_WORD || !doc_is_lower(d, b) ||
	    (next->flags & TF_NL_BEFORE) || !looks_plural(d, b))
		return false;
	return !(doc_wc(d, b) & (W_STOP | W_FUNC | W_EVENTVERB | W_PRONOUN));
}

static int scan_unquoted(fctx *c)
{
	doc *d = c->d;
	size_t n = d->t->n;
	/* local pointers: the test of each token then needs no reloads (the arrays do not move) */
	const token *tv = d->t->v;
	const phrase_hit *hits = d->hits;
	for (size_t k = 0; k < n; k++) {
		/* most tokens start no formulation and are no number word: nothing below applies */
		if (!hits[k].len[PB_FORM] && !(tv[k].word & (W_NUMWORD | W_ORDWORD)) && !(tv[k].flags & TF_HYPHEN))
			continue;
		if (c->in_quote[k] == IN_QUOTE || doc_tok(d, k)->kind == TOK_PUNCT)
			continue;
		uint32_t v;
		size_t m = doc_phrase(d, PB_FORM, k, n, &v);
		if (m && (v == LEX_FORM_METAPHOR || modifies_a_plural(d, k, k + m)))
			m = 0;
		if (m) {
			bool quoted = false;
			for (size_t q = k; q < k + m; q++)
				quoted |= c->in_quote[q] == IN_QUOTE;
			int cue = lexicon_use_numbered(d, k, k + m, (int)v) ? READOUT_CUE_NUMBERED : READOUT_CUE_LEXICON;
			if (cue == READOUT_CUE_LEXICON && opened_by_mark(d, k, k + m))
				cue = READOUT_CUE_QUOTED;
			/* "united front" inside "the United Front Work Department" names a body; "the
			 * Party's self-revolution" only starts with one */
			const org *in = !quoted && cue == READOUT_CUE_LEXICON ? orgs_covering(d, k) : NULL;
			if (in && in->b >= k + m) {
				k += m - 1;
				continue;
			}
			if (!quoted) {
				int rc = record(c, (int)v, k, k + m, cue);
				if (rc)
					return rc;
				k += m - 1;
				continue;
			}
		}
		/* number + (one or two words) + formulation noun: "nine profound understandings"; a
		 * hyphenated number too: "the three-year action" (三年行动) */
		uint32_t wc = doc_wc(d, k);
		if ((tv[k].flags & TF_HYPHEN) && !(wc & (W_NUMWORD | W_ORDWORD)))
			wc |= lex_first_word_class(d->lex, &tv[k]) & W_NUMWORD;
		/* an ordinal picks one of a series ("the first strategy is innovation", "the second
		 * action"): the ordinal formulas are the lexicon's ("second centenary goal") */
		if (!(wc & W_NUMWORD) || doc_word_is(d, k, "one") || preceded_by_count_context(d, k))
			continue;
		if (!doc_is_lower(d, k) && !(doc_tok(d, k)->flags & TF_CAP))
			continue;
		for (size_t j = k + 1; j < n && j <= k + 3; j++) {
			uint32_t wj = doc_wc(d, j);
			if (doc_tok(d, j)->kind != TOK_WORD || c->in_quote[j] == IN_QUOTE || (wj & W_COUNT))
				break;
			if (wj & W_TIFA) {
				/* "the three-year action plan" names a plan */
				if (j + 1 < n && (doc_wc(d, j + 1) & W_NAMEWORD))
					break;
				int rc = record(c, -1, k, j + 1, READOUT_CUE_NUMBERED);
				if (rc)
					return rc;
				k = j;
				break;
			}
			if (wj & (W_STOP | W_FUNC | W_NUMWORD | W_EVENTNOUN))
				break;
		}
	}
	return 0;
}

typedef struct first_use {
	uint32_t first, i;
} first_use;

static int cmp_first_use(const void *x, const void *y)
{
	const first_use *a = x, *b = y;
	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	return (a->i > b->i) - (a->i < b->i); /* stable */
}

/* Orders the formulations by first use, keeping the order of those used first at one place. */
static int sort_by_first_use(fctx *c)
{
	if (c->nf < 2)
		return 0;
	first_use *o = arena_alloc_raw(c->d->a, c->nf * sizeof *o);
	form_acc *sorted = arena_alloc_raw(c->d->a, c->nf * sizeof *sorted);
	if (!o || !sorted)
		return READOUT_ENOMEM;
	for (size_t i = 0; i < c->nf; i++)
		o[i] = (first_use){c->f[i].first, (uint32_t)i};
	qsort(o, c->nf, sizeof *o, cmp_first_use);
	for (size_t i = 0; i < c->nf; i++)
		sorted[i] = c->f[o[i].i];
	c->f = sorted;
	return 0;
}

int formulations_extract(doc *d)
{
	fctx c;
	memset(&c, 0, sizeof c);
	c.d = d;
	c.numbered_close = SIZE_MAX;
	c.in_quote = arena_alloc(d->a, d->t->n + 1);
	if (!c.in_quote)
		return READOUT_ENOMEM;
	int rc;
	if ((rc = scan_quotes(&c)) || (rc = scan_unquoted(&c)))
		return rc;
	/* order by first use */
	if ((rc = sort_by_first_use(&c)))
		return rc;
	readout_record *rec = d->rec;
	rec->formulations = arena_alloc(d->a, (c.nf ? c.nf : 1) * sizeof *rec->formulations);
	if (!rec->formulations)
		return READOUT_ENOMEM;
	for (size_t i = 0; i < c.nf; i++) {
		form_acc *f = &c.f[i];
		readout_formulation *o = &rec->formulations[rec->nformulations++];
		o->label = f->forms[0];
		if (f->lex >= 0) {
			const char *raw = d->lex->forms[f->lex].forms_raw;
			const char *bar = strchr(raw, '|');
			o->label = bar ? arena_strndup(d->a, raw, (size_t)(bar - raw)) : raw;
			if (!o->label)
				return READOUT_ENOMEM;
			o->zh = d->lex->forms[f->lex].zh;
			o->pinyin = d->lex->forms[f->lex].pinyin[0] ? d->lex->forms[f->lex].pinyin : NULL;
		}
		o->forms = arena_alloc(d->a, f->nforms * sizeof *o->forms);
		if (!o->forms)
			return READOUT_ENOMEM;
		memcpy(o->forms, f->forms, f->nforms * sizeof *o->forms);
		o->nforms = f->nforms;
		o->count = f->nspans;
		o->spans = f->spans;
		o->nspans = f->nspans;
		o->cue = f->cue;
	}
	return 0;
}
