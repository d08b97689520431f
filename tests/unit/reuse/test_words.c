/* test_words.c — src/reuse/words.c: what reuse counts as a word and as a content word. */
#include "support.h"
#include "reuse/words.h"

#include <string.h>

static reuse_words w;

static int teardown(void **state)
{
	reuse_words_dispose(&w);
	return 0;
}

static void build(const char *text)
{
	assert_int_equal(reuse_words_build(&w, text, strlen(text)), 0);
}

/* The text of word i. */
static const char *word(const char *text, size_t i)
{
	static char out[64];
	assert_true(i < w.nwords);
	size_t n = w.words[i].end - w.words[i].start;
	assert_true(n < sizeof out);
	memcpy(out, text + w.words[i].start, n);
	out[n] = '\0';
	return out;
}

static void test_words__leave_out_stop_words_and_punctuation(void **state)
{
	const char *text = "The meeting stressed that the spirit of the Congress must be studied.";
	build(text);
	assert_int_equal(w.nwords, 12);
	assert_int_equal(w.ncontent, 6); /* meeting stressed spirit congress must studied */
	assert_string_equal(word(text, w.at[0]), "meeting");
	assert_string_equal(word(text, w.at[3]), "Congress");
	assert_string_equal(word(text, w.at[5]), "studied");
}

static void test_words__fold_case(void **state)
{
	build("Party Committee");
	uint32_t a0 = w.terms[0], a1 = w.terms[1];
	build("party COMMITTEE");
	assert_int_equal(w.terms[0], a0);
	assert_int_equal(w.terms[1], a1);
}

static void test_words__split_hyphenated_words(void **state)
{
	const char *text = "high-quality development";
	build(text);
	assert_int_equal(w.nwords, 3);
	assert_string_equal(word(text, 0), "high");
	assert_string_equal(word(text, 1), "quality");
	uint32_t high = w.terms[0], quality = w.terms[1];
	build("high quality development");
	assert_int_equal(w.terms[0], high);
	assert_int_equal(w.terms[1], quality);
}

static void test_words__read_curly_apostrophes_as_straight(void **state)
{
	build("Min\xe2\x80\x99" "er");
	uint32_t curly = w.terms[0];
	build("Min'er");
	assert_int_equal(w.terms[0], curly);
	assert_int_equal(reuse_term("Min'er", 6), curly);
}

static void test_words__leave_out_possessive_s(void **state)
{
	const char *text = "the people's lives";
	build(text);
	assert_int_equal(w.nwords, 3);
	assert_string_equal(word(text, 1), "people");
}

static void test_words__keep_numbers(void **state)
{
	const char *text = "the 20th Congress in 2022";
	build(text);
	assert_int_equal(w.ncontent, 3);
	assert_string_equal(word(text, w.at[0]), "20th");
	assert_string_equal(word(text, w.at[2]), "2022");
}

static void test_words__spans_stay_offsets_into_invalid_utf8(void **state)
{
	const char text[] = "flood \xff\xfe control works";
	build(text);
	assert_string_equal(word(text, 0), "flood");
	assert_string_equal(word(text, w.nwords - 1), "works");
	assert_int_equal(w.words[w.nwords - 1].end, sizeof text - 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_words__leave_out_stop_words_and_punctuation, teardown),
		cmocka_unit_test_teardown(test_words__fold_case, teardown),
		cmocka_unit_test_teardown(test_words__split_hyphenated_words, teardown),
		cmocka_unit_test_teardown(test_words__read_curly_apostrophes_as_straight, teardown),
		cmocka_unit_test_teardown(test_words__leave_out_possessive_s, teardown),
		cmocka_unit_test_teardown(test_words__keep_numbers, teardown),
		cmocka_unit_test_teardown(test_words__spans_stay_offsets_into_invalid_utf8, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
