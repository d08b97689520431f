/* check_corpus.c — invariants of extraction over a corpus of real readouts (JSON Lines of
 * {"id", "text"}), checked by `make quality` on ../shared/corpus/official.jsonl:
 *   1. every person's name is a known surname and a pinyin given name, or words of
 *      data/minority_names.tsv;
 *   2. no title is a group label ("municipal leaders", "senior CPC official");
 *   3. an event whose host names a national body has level central and no place;
 *   4. every span points at text that says what its field says (names, titles, hosts,
 *      places, formulations, roles).
 * The oracles here are written apart from the extractor's rules, so that a rule that breaks an
 * invariant is caught, not restated. Prints one line per violation; exits 1 if any. */
#include "extract/orgs.h"
#include "lexicon/lexicon_impl.h"
#include "readout/readout.h"
#include "text/token.h"

#include <ctype.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct checker {
	const readout_lexicon *lex;
	const char *id, *text;
	size_t len;
	size_t violations;
} checker;

static void violation(checker *c, const char *what, const char *detail)
{
	printf("%s: %s: %s\n", c->id, what, detail);
	c->violations++;
}

/* Whether text opens with a formulation data/formulations.tsv gives to place as its own (the
 * Double Eight Strategy is Zhejiang's): the span of a place a province's formulation says. */
static bool formulation_of(const checker *c, const char *text, int place)
{
	tokens t = {0};
	bool found = false;
	if (place >= 0 && tokens_build(&t, text, strlen(text), 4096) == 0 && t.n) {
		phrase_hit *hits = calloc(t.n, sizeof *hits);
		if (hits) {
			lex_classify_tokens(c->lex, text, t.v, t.n);
			lex_find_phrases(c->lex, t.v, 0, t.n, hits);
			uint32_t v = hits[0].val[PB_FORM];
			found = hits[0].len[PB_FORM] && v < c->lex->nforms && c->lex->forms[v].place == place;
			free(hits);
		}
	}
	tokens_dispose(&t);
	return found;
}

/* Lower-cased ASCII copy of a span with runs of white space as one space. */
static void fold(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t i = 0; i < n && o + 1 < cap; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (isspace(ch)) {
			if (o && out[o - 1] != ' ')
				out[o++] = ' ';
			continue;
		}
		out[o++] = (char)tolower(ch);
	}
	while (o && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
}

/* The same words, where a value may have a space that the page lost ("theStanding" says
 * "the Standing") */
static bool same_but_spaces(const char *got, const char *want)
{
	for (;;) {
		while (*got == ' ')
			got++;
		while (*want == ' ')
			want++;
		if (*got != *want)
			return false;
		if (!*got)
			return true;
		got++, want++;
	}
}

static bool span_ok(const checker *c, readout_span sp)
{
	return sp.start <= sp.end && sp.end <= c->len;
}

/* The text of spans joined by a space, folded. */
static void spans_text(const checker *c, const readout_span *sp, size_t n, char *out, size_t cap)
{
	char buf[4096];
	size_t o = 0;
	for (size_t i = 0; i < n && o + 2 < sizeof buf; i++) {
		size_t l = sp[i].end - sp[i].start;
		if (o + l + 2 >= sizeof buf)
			l = sizeof buf - o - 2;
		if (i)
			buf[o++] = ' ';
		memcpy(buf + o, c->text + sp[i].start, l);
		o += l;
	}
	fold(buf, o, out, cap);
}

static bool is_syllables(const readout_lexicon *lex, const char *g)
{
	/* fewest syllables covering g, with apostrophes and hyphens as boundaries */
	char s[64];
	size_t n = 0;
	for (; *g && n + 1 < sizeof s; g++)
		if (isalpha((unsigned char)*g))
			s[n++] = (char)tolower((unsigned char)*g);
	if (!n)
		return false;
	int best[64];
	for (size_t k = 0; k <= n; k++)
		best[k] = 99;
	best[0] = 0;
	for (size_t k = 0; k < n; k++)
		for (size_t l = 1; l <= 6 && k + l <= n && best[k] < 99; l++)
			if (lex_is_syllable(lex, s + k, l) && best[k] + 1 < best[k + l])
				best[k + l] = best[k] + 1;
	return best[n] <= 3;
}

/* The classes of one word, as the lexicon keys words. */
static void word_classes(const readout_lexicon *lex, const char *w, uint32_t *wc, uint64_t *x)
{
	tokens t = {0};
	*wc = 0;
	*x = 0;
	if (tokens_build(&t, w, strlen(w), 16) == 0 && t.n >= 1) {
		lex_classify_tokens(lex, w, t.v, t.n);
		*wc = t.v[0].word;
		*x = lex_word_ext(lex, &t.v[0]);
	}
	tokens_dispose(&t);
}

static void check_name(checker *c, const char *name)
{
	char copy[128];
	snprintf(copy, sizeof copy, "%s", name);
	char *words[4];
	size_t n = 0;
	for (char *w = strtok(copy, " "); w && n < 4; w = strtok(NULL, " "))
		words[n++] = w;
	bool minority = n >= 1;
	for (size_t i = 0; i < n; i++) {
		uint32_t wc;
		uint64_t x;
		word_classes(c->lex, words[i], &wc, &x);
		minority &= (x & (X_MINORITY | X_MINORITY_SINGLE)) != 0 || (n == 2 && i == 1 && minority);
	}
	if (n == 2) {
		uint32_t wc;
		uint64_t x;
		word_classes(c->lex, words[0], &wc, &x);
		if ((wc & W_SURNAME) && is_syllables(c->lex, words[1]))
			return;
		uint64_t x1;
		word_classes(c->lex, words[1], &wc, &x1);
		if ((x | x1) & X_MINORITY)
			return;
	}
	if (n == 1 && minority)
		return;
	violation(c, "name neither pinyin nor a listed minority name", name);
}

/* A label of a group of people: only words of kind and level, with no body named. */
static bool group_label(const char *title)
{
	static const char *const kinds[] = {"leader", "leaders", "official", "officials", "comrade", "comrades", "cadre",
	                                    "cadres", "personnel", "staff"};
	static const char *const others[] = {"municipal", "provincial", "city", "county", "district", "relevant",
	                                     "responsible", "main", "senior", "other", "cpc", "party", "and", "local",
	                                     "leading", "old", "retired", "state", "national", "central", "the"};
	char copy[512];
	fold(title, strlen(title), copy, sizeof copy);
	bool kind = false;
	size_t words = 0;
	for (char *w = strtok(copy, " "); w; w = strtok(NULL, " "), words++) {
		bool k = false, o = false;
		for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
			k |= !strcmp(w, kinds[i]);
		for (size_t i = 0; i < sizeof others / sizeof *others; i++)
			o |= !strcmp(w, others[i]);
		if (!k && !o)
			return false;
		kind |= k;
	}
	return kind && words > 1; /* a lone "leader" is a post cut short, not a group */
}

/* A form as the text writes it: no quotation marks, folded. */
static void form_key(const char *s, size_t n, char *out, size_t cap)
{
	char buf[1024];
	size_t o = 0;
	for (size_t i = 0; i < n && o + 1 < sizeof buf; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch == '"')
			continue;
		if (ch == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x9c || (unsigned char)s[i + 2] == 0x9d)) {
			i += 2;
			continue;
		}
		buf[o++] = (char)ch;
	}
	fold(buf, o, out, cap);
}

/* b is a with "of" words added. */
static bool same_words_but_of(const char *a, const char *b)
{
	while (*a || *b) {
		while (*a == ' ')
			a++;
		while (*b == ' ')
			b++;
		size_t la = strcspn(a, " "), lb = strcspn(b, " ");
		if (la == lb && !strncmp(a, b, la)) {
			a += la, b += lb;
			continue;
		}
		if (lb == 2 && !strncmp(b, "of", 2)) {
			b += lb;
			continue;
		}
		return false;
	}
	return true;
}

/* A mention says the name, its surname alone ("Xi said"), or the name with a syllable a machine
 * translation glued to it ("Cai Qicong" for "Cai Qi from"). */
static bool says_name(const char *got, const char *want)
{
	size_t lg = strlen(got), lw = strlen(want);
	return !strcmp(got, want) || (lg < lw && !strncmp(want, got, lg)) || (lw < lg && !strncmp(got, want, lw));
}

static void check_record(checker *c, const readout_record *rec)
{
	char got[4096], want[4096];
	for (size_t i = 0; i < rec->npeople; i++) {
		const readout_person *p = &rec->people[i];
		check_name(c, p->name);
		fold(p->name, strlen(p->name), want, sizeof want);
		for (size_t m = 0; m < p->nmentions; m++) {
			if (!span_ok(c, p->mentions[m])) {
				violation(c, "mention span outside the text", p->name);
				continue;
			}
			spans_text(c, &p->mentions[m], 1, got, sizeof got);
			/* a full mention, or the surname alone ("Xi said") */
			if (!says_name(got, want))
				violation(c, "mention span does not say the name", got);
		}
		for (size_t t = 0; t < p->ntitles; t++) {
			const readout_value *v = &p->titles[t];
			if (group_label(v->text))
				violation(c, "group label as a title", v->text);
			bool inside = true;
			for (size_t s = 0; s < v->nspans; s++)
				inside &= span_ok(c, v->spans[s]);
			if (!inside) {
				violation(c, "title span outside the text", v->text);
				continue;
			}
			/* a post that shares a tail is written with the "of" that joins its parts
			 * ("Minister" + "the Ministry of X": "Minister of the Ministry of X") */
			spans_text(c, v->spans, v->nspans, got, sizeof got);
			fold(v->text, strlen(v->text), want, sizeof want);
			if (strcmp(got, want) && !same_words_but_of(got, want) && !same_but_spaces(got, want))
				violation(c, "title span does not say the title", v->text);
		}
	}
	for (size_t e = 0; e < rec->nevents; e++) {
		const readout_event *ev = &rec->events[e];
		if (ev->host.text) {
			bool inside = true;
			for (size_t s = 0; s < ev->host.nspans; s++)
				inside &= span_ok(c, ev->host.spans[s]);
			spans_text(c, ev->host.spans, inside ? ev->host.nspans : 0, got, sizeof got);
			fold(ev->host.text, strlen(ev->host.text), want, sizeof want);
			if (!inside || (strcmp(got, want) && !same_but_spaces(got, want)))
				violation(c, "host span does not say the host", ev->host.text);
			org_judgement j;
			if (org_judge_text(&j, c->lex, ev->host.text, strlen(ev->host.text)) == 0 && j.level == OL_CENTRAL &&
			    (!ev->level.text || strcmp(ev->level.text, "central") || ev->place.text))
				violation(c, "a national host not central with no place", ev->host.text);
		}
		if (ev->place.text && ev->place.nspans) {
			readout_span sp = ev->place.spans[0];
			if (!span_ok(c, sp)) {
				violation(c, "place span outside the text", ev->place.text);
			} else {
				/* the span names the place, by its name or an alias the gazetteer gives it */
				char span_text[512];
				snprintf(span_text, sizeof span_text, "%.*s", (int)(sp.end - sp.start), c->text + sp.start);
				org_judgement j;
				int place = lex_place_by_name(c->lex, ev->place.text);
				if ((org_judge_text(&j, c->lex, span_text, strlen(span_text)) != 0 || j.place < 0 ||
				     (j.place != place && lex_province_of(c->lex, j.place) != place &&
				      strcmp(c->lex->places[j.place].name, ev->place.text))) &&
				    !formulation_of(c, span_text, place))
					violation(c, "place span does not name the place", ev->place.text);
			}
		}
		const readout_value *roles[3] = {ev->presided, ev->spoke, ev->attended};
		size_t nroles[3] = {ev->npresided, ev->nspoke, ev->nattended};
		for (int r = 0; r < 3; r++)
			for (size_t i = 0; i < nroles[r]; i++) {
				const readout_value *v = &roles[r][i];
				if (!v->nspans || !span_ok(c, v->spans[0])) {
					violation(c, "role without evidence", v->text);
					continue;
				}
				spans_text(c, v->spans, 1, got, sizeof got);
				fold(v->text, strlen(v->text), want, sizeof want);
				if (!says_name(got, want))
					violation(c, "role span does not say the name", v->text);
			}
	}
	for (size_t i = 0; i < rec->nformulations; i++) {
		const readout_formulation *f = &rec->formulations[i];
		if (f->nforms >= 16)
			continue; /* forms past the sixteenth are not listed */
		for (size_t s = 0; s < f->nspans; s++) {
			if (!span_ok(c, f->spans[s])) {
				violation(c, "formulation span outside the text", f->label);
				continue;
			}
			form_key(c->text + f->spans[s].start, f->spans[s].end - f->spans[s].start, got, sizeof got);
			bool found = false;
			for (size_t k = 0; k < f->nforms && !found; k++) {
				form_key(f->forms[k], strlen(f->forms[k]), want, sizeof want);
				found = !strcmp(got, want);
			}
			if (!found)
				violation(c, "formulation span is none of its forms", got);
		}
	}
}

static void check_text(checker *c, readout_extractor *ex, const char *id, const char *text, size_t len, size_t *docs)
{
	const readout_record *rec;
	if (readout_extract(&rec, ex, text, len)) {
		printf("%s: not extracted: %s\n", id, readout_error_message());
		c->violations++;
		return;
	}
	c->id = id;
	c->text = readout_extractor_text(ex, &c->len);
	check_record(c, rec);
	(*docs)++;
}

/* A JSON Lines corpus ({"id", "text"} a line), or one text file. Returns false if unreadable. */
static bool check_file(checker *c, readout_extractor *ex, const char *path, size_t *docs)
{
	FILE *in = fopen(path, "rb");
	if (!in)
		return false;
	size_t pl = strlen(path);
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	if (pl > 6 && !strcmp(path + pl - 6, ".jsonl")) {
		while ((n = getline(&line, &cap, in)) > 0) {
			json_t *o = json_loadb(line, (size_t)n, 0, NULL);
			const char *id = json_string_value(json_object_get(o, "id"));
			const char *text = json_string_value(json_object_get(o, "text"));
			if (id && text)
				check_text(c, ex, id, text, strlen(text), docs);
			json_decref(o);
		}
	} else {
		n = getdelim(&line, &cap, '\0', in);
		const char *base = strrchr(path, '/');
		check_text(c, ex, base ? base + 1 : path, n > 0 ? line : "", n > 0 ? (size_t)n : 0, docs);
	}
	free(line);
	fclose(in);
	return true;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: check_corpus CORPUS.jsonl|TEXT...\n");
		return 2;
	}
	readout_lexicon *lex;
	readout_extractor *ex;
	if (readout_lexicon_load(&lex, NULL) || readout_extractor_new(&ex, lex, NULL)) {
		fprintf(stderr, "check_corpus: %s\n", readout_error_message());
		return 2;
	}
	checker c = {lex, NULL, NULL, 0, 0};
	size_t docs = 0;
	int rc = 0;
	for (int i = 1; i < argc; i++)
		if (!check_file(&c, ex, argv[i], &docs)) {
			fprintf(stderr, "check_corpus: %s: cannot open\n", argv[i]);
			rc = 2;
		}
	readout_extractor_free(ex);
	readout_lexicon_free(lex);
	printf("check_corpus: %zu documents, %zu violations\n", docs, c.violations);
	return rc ? rc : c.violations ? 1 : 0;
}
