/* test_token.c — src/text/token.c: the genre's typography (possessives, Min'er, hyphenated
 * words, curly, straight and mojibake quotes) and where sentences and headlines end; plain
 * words looked up as they are scanned. */
#include "support.h"
#include "text/token.h"
#include "util/wordhash.h"

#include <string.h>

static tokens t;

static void build(const char *text)
{
	assert_int_equal(tokens_build(&t, text, strlen(text), 0), 0);
}

/* The text of token i, for messages and comparisons. */
static const char *tok_text(const char *text, size_t i)
{
	static char out[128];
	assert_true(i < t.n);
	size_t n = t.v[i].end - t.v[i].start;
	assert_true(n < sizeof out);
	memcpy(out, text + t.v[i].start, n);
	out[n] = '\0';
	return out;
}

/* Index of the first token whose text is s. */
static size_t find_tok(const char *text, const char *s)
{
	for (size_t i = 0; i < t.n; i++)
		if (!strcmp(tok_text(text, i), s))
			return i;
	fail_msg("no token '%s'", s);
	return 0;
}

/* The text of sentence k, from its first token's start to its last token's end. */
static const char *sent_text(const char *text, size_t k)
{
	static char out[512];
	assert_true(k < t.ns);
	uint32_t a = t.v[t.s[k].first].start, b = t.v[t.s[k].last - 1].end;
	assert_true(b - a < sizeof out);
	memcpy(out, text + a, b - a);
	out[b - a] = '\0';
	return out;
}

static int teardown(void **state)
{
	tokens_dispose(&t);
	return 0;
}

static void test_token__splits_possessive_s(void **state)
{
	const char *text = "Xi Jinping's speech and the party\xe2\x80\x99s cause";
	build(text);
	size_t j = find_tok(text, "Jinping");
	assert_int_equal(t.v[j + 1].kind, TOK_POSS);
	assert_string_equal(tok_text(text, j + 1), "'s");
	assert_string_equal(tok_text(text, j + 2), "speech");
	size_t p = find_tok(text, "party");
	assert_int_equal(t.v[p + 1].kind, TOK_POSS);
	assert_string_equal(tok_text(text, p + 1), "\xe2\x80\x99s");
}

/* Machine translation writes "School’ s": still one possessive, not a quote and a word "s";
 * a word after the space is no possessive ("the ‘Model’ soldiers"). */
static void test_token__a_possessive_with_a_space_inside(void **state)
{
	const char *text = "the School\xe2\x80\x99 s Party Committee and the \xe2\x80\x98Model\xe2\x80\x99 soldiers";
	build(text);
	size_t j = find_tok(text, "School");
	assert_int_equal(t.v[j + 1].kind, TOK_POSS);
	assert_string_equal(tok_text(text, j + 1), "\xe2\x80\x99 s");
	assert_string_equal(tok_text(text, j + 2), "Party");
	size_t m = find_tok(text, "Model");
	assert_int_not_equal(t.v[m + 1].kind, TOK_POSS);
	assert_string_equal(tok_text(text, m + 2), "soldiers");
}

static void test_token__keeps_apostrophe_names_whole(void **state)
{
	const char *text = "Luo Min'er and Gao Xi\xe2\x80\x99" "an met Bao Yu\xc2\xa1\xc2\xaf" "er.";
	build(text);
	size_t i = find_tok(text, "Min'er");
	assert_int_equal(t.v[i].kind, TOK_WORD);
	assert_true(t.v[i].flags & TF_APOS);
	assert_true(t.v[i].flags & TF_CAP);
	i = find_tok(text, "Xi\xe2\x80\x99" "an");
	assert_true(t.v[i].flags & TF_APOS);
	i = find_tok(text, "Yu\xc2\xa1\xc2\xaf" "er");
	assert_true(t.v[i].flags & TF_APOS);
}

static void test_token__splits_words_a_page_ran_together(void **state)
{
	const char *text = "Director of theStanding Committee ofSichuanProvincialCongress attendedThe meeting";
	build(text);
	size_t i = find_tok(text, "the");
	assert_string_equal(tok_text(text, i + 1), "Standing");
	assert_true(t.v[i + 1].flags & TF_CAP);
	assert_int_equal(t.v[i + 1].start, t.v[i].end); /* no space between: the text is untouched */
	uint64_t glued_the = t.v[i].first;
	find_tok(text, "Sichuan");
	find_tok(text, "Provincial");
	find_tok(text, "Congress");
	find_tok(text, "attended");
	/* each part hashes as the word written alone, so the lexicon knows it */
	const char *alone = "the Standing";
	tokens_dispose(&t);
	build(alone);
	assert_true(t.v[0].first == glued_the);
	/* a capital after one letter, or a word in capitals, is no seam */
	const char *names = "McDonald WeChat CPC iPhone";
	tokens_dispose(&t);
	build(names);
	assert_int_equal(t.n, 4);
}

static void test_token__keeps_hyphenated_words_whole(void **state)
{
	const char *text = "high-quality development, Secretary-General Fu, 2022-10-24";
	build(text);
	size_t i = find_tok(text, "high-quality");
	assert_int_equal(t.v[i].kind, TOK_WORD);
	assert_true(t.v[i].flags & TF_HYPHEN);
	i = find_tok(text, "Secretary-General");
	assert_true(t.v[i].flags & TF_HYPHEN);
	assert_true(t.v[i].flags & TF_CAP);
	/* a date stays one number token */
	i = find_tok(text, "2022-10-24");
	assert_int_equal(t.v[i].kind, TOK_NUM);
	assert_int_equal(i, t.n - 1);
}

static void test_token__flags_curly_straight_and_mojibake_quotes(void **state)
{
	const char *text = "\xe2\x80\x9ctwo musts\xe2\x80\x9d and \"four always\" and \xc2\xa1\xc2\xb0" "two upholds\xc2\xa1\xc2\xb1";
	build(text);
	assert_true(t.v[0].flags & TF_QOPEN);
	assert_int_equal(t.v[0].end - t.v[0].start, 3);
	size_t c = find_tok(text, "\xe2\x80\x9d");
	assert_true(t.v[c].flags & TF_QCLOSE);
	size_t s = find_tok(text, "\"");
	assert_true(t.v[s].flags & TF_QAMBIG);
	size_t mo = find_tok(text, "\xc2\xa1\xc2\xb0");
	assert_true(t.v[mo].flags & TF_QOPEN);
	assert_string_equal(tok_text(text, mo + 1), "two");
	size_t mc = find_tok(text, "\xc2\xa1\xc2\xb1");
	assert_true(t.v[mc].flags & TF_QCLOSE);
	assert_int_equal(mc, t.n - 1);
}

static void test_token__splits_sentences_at_period_semicolon_and_line_break(void **state)
{
	const char *text = "The meeting was held. It stressed unity; it urged action\nHe attended";
	build(text);
	assert_int_equal(t.ns, 4);
	assert_string_equal(sent_text(text, 0), "The meeting was held.");
	assert_string_equal(sent_text(text, 1), "It stressed unity;");
	assert_string_equal(sent_text(text, 2), "it urged action");
	assert_string_equal(sent_text(text, 3), "He attended");
	assert_int_equal(t.s[3].line, 1);
	for (size_t i = 0; i < t.n; i++)
		assert_true(t.v[i].sent < t.ns);
}

static void test_token__a_hand_wrapped_line_is_no_boundary(void **state)
{
	const char *text = "Wang Xiaohui, Secretary of\nthe CPC Provincial Committee,\nattended the session and delivered\n"
	                   "a speech.\nHe left\n\nthen returned";
	build(text);
	assert_int_equal(t.ns, 3);
	assert_string_equal(sent_text(text, 1), "He left");
	assert_string_equal(sent_text(text, 2), "then returned"); /* a blank line is a boundary */
}

/* A text wrapped by hand throughout (three breaks before lower-case words) also wraps before
 * a capitalized word ("Municipal\nCommittee"); one that is not keeps such a break. */
static void test_token__a_text_wrapped_throughout_joins_capitalized_lines(void **state)
{
	const char *text = "Hu Henghua, Deputy Secretary of the CPC Chongqing Municipal\nCommittee and Mayor, made a\n"
	                   "report. Li Ming attended the session and\ndelivered a speech, and Wang Hua\nwas present.";
	build(text);
	assert_int_equal(t.ns, 2);
	assert_string_equal(sent_text(text, 1), "Li Ming attended the session and\ndelivered a speech, and Wang Hua\nwas present.");
	const char *lines = "The Provincial Party Committee\nHeld a Meeting\nOn May 3, the committee met.";
	build(lines);
	assert_int_equal(t.ns, 3);
}

/* A short text cut at a width (few breaks before lower-case words, but every inner line long
 * and open) joins its capitalized lines too, and a bracket goes with its line's name; lines
 * of a listing, short, stay apart. */
static void test_token__lines_cut_at_a_width_join(void **state)
{
	(void)state;
	const char *text = "Ren Zhenhe, deputy secretary of the Communist Party of China (CPC) Songlin\n"
	                   "Provincial Committee and governor of Songlin province, and Li Ming, chairman\n"
	                   "of the National People's Congress of Songlin Province (NPC) Standing\n"
	                   "Committee, attended. Wang Hua of the Communist Party of China Songlin\n"
	                   "(CPC) Committee spoke.";
	build(text);
	assert_int_equal(t.ns, 2);
	assert_string_equal(sent_text(text, 1), "Wang Hua of the Communist Party of China Songlin\n(CPC) Committee spoke.");
	const char *listing = "Speakers\nRen Zhenhe, deputy secretary of the Songlin Provincial Committee\n"
	                      "Li Ming, chairman of the Songlin Provincial People's Congress\nDate\nMay 5";
	build(listing);
	assert_int_equal(t.ns, 5);
}

static void test_token__a_plural_possessive_is_no_quotation_mark(void **state)
{
	const char *text = "the Counsellors\xe2\x80\x99 Office and the members' group; the \xe2\x80\x98two upholds\xe2\x80\x99 here";
	build(text);
	assert_int_equal(t.v[2].kind, TOK_POSS);
	assert_int_equal(t.v[2].flags & (TF_QOPEN | TF_QCLOSE | TF_QAMBIG), 0);
	assert_int_equal(t.v[7].kind, TOK_POSS);
	/* a single quotation mark opened on the line is closed by the mark after "upholds" */
	assert_true(t.v[14].flags & TF_QCLOSE);
	assert_string_equal(tok_text(text, 13), "upholds");
}

static void test_token__does_not_split_after_mr_or_am(void **state)
{
	const char *text = "Mr. Gao arrived at 9 a.m. on Monday. The meeting began.";
	build(text);
	assert_int_equal(t.ns, 2);
	assert_string_equal(sent_text(text, 0), "Mr. Gao arrived at 9 a.m. on Monday.");
	assert_string_equal(sent_text(text, 1), "The meeting began.");
}

static void test_token__keeps_closing_quote_with_its_sentence(void **state)
{
	const char *text = "He said \xe2\x80\x9cwe must act.\xe2\x80\x9d Then he left.";
	build(text);
	assert_int_equal(t.ns, 2);
	assert_string_equal(sent_text(text, 1), "Then he left.");
}

static void test_token__marks_headline_lines(void **state)
{
	const char *text = "Songlin Holds Study Session on Party Building\n\n"
	                   "On May 12, the committee met. Gao presided.\n"
	                   "Editor: Fang Yu";
	build(text);
	assert_int_equal(t.ns, 4);
	assert_true(t.s[0].headline);
	assert_false(t.s[1].headline);
	assert_false(t.s[2].headline);
	assert_true(t.s[3].headline);
	assert_true(t.v[find_tok(text, "On")].flags & TF_PARA_BEFORE);
}

static void test_token__lower_cases_into_buffer(void **state)
{
	const char *text = "Party COMMITTEE";
	build(text);
	char out[16];
	assert_int_equal(token_lower(text, &t.v[1], out, sizeof out), 9);
	assert_string_equal(out, "committee");
	assert_true(t.v[1].flags & TF_ALLCAPS);
	assert_int_equal(token_lower(text, &t.v[1], out, 5), 0);
}

static void test_token__refuses_more_than_max_tokens(void **state)
{
	const char *text = "one two three four five";
	assert_int_equal(tokens_build(&t, text, strlen(text), 3), READOUT_ETOOBIG);
	assert_int_equal(tokens_build(&t, text, strlen(text), 5), 0);
	assert_int_equal(t.n, 5);
}

static void test_token__empty_and_blank_text_have_no_tokens(void **state)
{
	build("");
	assert_int_equal(t.n, 0);
	assert_int_equal(t.ns, 0);
	build(" \n\t\n ");
	assert_int_equal(t.n, 0);
	assert_int_equal(t.ns, 0);
}

/* A plain word's key as the tokenizer hashes it: FNV-1a over its lower-cased bytes, finished,
 * as a phrase of one word. */
static uint64_t word_key(const char *lower)
{
	uint64_t h = WORDHASH_OFFSET;
	for (const char *p = lower; *p; p++)
		h = wordhash_byte(h, (unsigned char)*p);
	return wordhash_extend(0, wordhash_finish(h));
}

static void filter_add(uint64_t *filter, uint64_t key)
{
	size_t bit = (size_t)(key >> (64 - TOKEN_LOOKUP_FILTER_LOG));
	filter[bit >> 6] |= (uint64_t)1 << (bit & 63);
}

/* A plain word in the map takes its word, gate and xid from the value, one not in it takes
 * absent, a number the gate only; words with an apostrophe, a hyphen or UTF-8 and punctuation
 * are left for the lexicon, and without a lookup nothing is looked up. */
static void test_token__plain_words_looked_up_as_scanned(void **state)
{
	static uint64_t filter[((size_t)1 << TOKEN_LOOKUP_FILTER_LOG) / 64];
	u64map words = {0};
	const uint64_t secretary = 0x0005000300000024ull, year = 0x0007000900000011ull;
	assert_int_equal(u64map_put(&words, word_key("secretary"), secretary, false), 0);
	assert_int_equal(u64map_put(&words, word_key("2035"), year, false), 0);
	filter_add(filter, word_key("secretary"));
	filter_add(filter, word_key("2035"));
	const token_lookup lookup = {&words, filter, (uint64_t)1 << 48, 0};
	const char *text = "Secretary Min'er met high-quality 2035 goals.";
	assert_int_equal(tokens_build_looked_up(&t, text, strlen(text), 0, &lookup), 0);
	const token *sec = &t.v[find_tok(text, "Secretary")];
	assert_true(sec->flags & TF_LOOKED_UP);
	assert_int_equal(sec->word, 0x24);
	assert_int_equal(sec->gate, 3);
	assert_int_equal(sec->xid, 5);
	const token *met = &t.v[find_tok(text, "met")];
	assert_true(met->flags & TF_LOOKED_UP);
	assert_int_equal(met->word, 0);
	assert_int_equal(met->gate, 0);
	assert_int_equal(met->xid, 1);
	const token *num = &t.v[find_tok(text, "2035")];
	assert_int_equal(num->kind, TOK_NUM);
	assert_true(num->flags & TF_LOOKED_UP);
	assert_int_equal(num->word, 0);
	assert_int_equal(num->gate, 9);
	assert_int_equal(num->xid, 1);
	assert_false(t.v[find_tok(text, "Min'er")].flags & TF_LOOKED_UP);
	assert_false(t.v[find_tok(text, "high-quality")].flags & TF_LOOKED_UP);
	assert_false(t.v[find_tok(text, ".")].flags & TF_LOOKED_UP);
	build(text);
	for (size_t i = 0; i < t.n; i++) {
		assert_false(t.v[i].flags & TF_LOOKED_UP);
		assert_int_equal(t.v[i].word | t.v[i].gate | t.v[i].xid, 0);
	}
	u64map_dispose(&words);
}

/* "Provinceheld": a capitalized word the lookup lacks, made of a known word and a word whose
 * bits glued_tail names, is two tokens; a word the lookup knows, or a tail of other bits, or a
 * lookup that names no tails, leaves it whole. */
static void test_token__words_run_together(void **state)
{
	static uint64_t filter[((size_t)1 << TOKEN_LOOKUP_FILTER_LOG) / 64];
	u64map words = {0};
	const char *known[] = {"province", "held", "group", "was", "greenfield"};
	const uint64_t value[] = {0x1, 0x40, 0x2, 0x8, 0x1};
	for (size_t i = 0; i < 5; i++) {
		assert_int_equal(u64map_put(&words, word_key(known[i]), value[i], false), 0);
		filter_add(filter, word_key(known[i]));
	}
	token_lookup lookup = {&words, filter, (uint64_t)1 << 48, 0x40};
	const char *text = "The Provinceheld a meeting; the Groupwas there; Greenfield held one.";
	assert_int_equal(tokens_build_looked_up(&t, text, strlen(text), 0, &lookup), 0);
	size_t p = find_tok(text, "Province");
	assert_string_equal(tok_text(text, p + 1), "held");
	assert_int_equal(t.v[p + 1].start, t.v[p].end);
	assert_int_equal(t.v[p + 1].word, 0x40);
	find_tok(text, "Groupwas");
	find_tok(text, "Greenfield");
	lookup.glued_tail = 0;
	assert_int_equal(tokens_build_looked_up(&t, text, strlen(text), 0, &lookup), 0);
	find_tok(text, "Provinceheld");
	u64map_dispose(&words);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_token__splits_possessive_s),
		cmocka_unit_test(test_token__words_run_together),
		cmocka_unit_test(test_token__a_possessive_with_a_space_inside),
		cmocka_unit_test(test_token__keeps_apostrophe_names_whole),
		cmocka_unit_test(test_token__keeps_hyphenated_words_whole),
		cmocka_unit_test(test_token__splits_words_a_page_ran_together),
		cmocka_unit_test(test_token__flags_curly_straight_and_mojibake_quotes),
		cmocka_unit_test(test_token__splits_sentences_at_period_semicolon_and_line_break),
		cmocka_unit_test(test_token__a_hand_wrapped_line_is_no_boundary),
		cmocka_unit_test(test_token__a_text_wrapped_throughout_joins_capitalized_lines),
		cmocka_unit_test(test_token__lines_cut_at_a_width_join),
		cmocka_unit_test(test_token__a_plural_possessive_is_no_quotation_mark),
		cmocka_unit_test(test_token__does_not_split_after_mr_or_am),
		cmocka_unit_test(test_token__keeps_closing_quote_with_its_sentence),
		cmocka_unit_test(test_token__marks_headline_lines),
		cmocka_unit_test(test_token__lower_cases_into_buffer),
		cmocka_unit_test(test_token__refuses_more_than_max_tokens),
		cmocka_unit_test(test_token__empty_and_blank_text_have_no_tokens),
		cmocka_unit_test(test_token__plain_words_looked_up_as_scanned),
	};
	return cmocka_run_group_tests(tests, NULL, teardown);
}
