/* test_namekey.c — src/text/namekey.c: one key for the spellings of one name, and different
 * keys for different names. */
#include "support.h"
#include "text/namekey.h"

#include <string.h>

/* The key of name, in one of two static buffers (a comparison takes two). */
static const char *key_of(const char *name)
{
	static char out[2][128];
	static int next;
	char *o = out[next++ % 2];
	name_key(o, sizeof out[0], name);
	return o;
}

static void test_namekey__case_spaces_and_punctuation_do_not_count(void **state)
{
	(void)state;
	assert_string_equal(key_of("Chen Miner"), "chenminer");
	assert_string_equal(key_of("CHEN Min'er"), "chenminer");
	assert_string_equal(key_of("Chen Min\xe2\x80\x99" "er"), "chenminer"); /* a curly apostrophe */
	assert_string_equal(key_of("Chen Min-er"), "chenminer");
	assert_string_equal(key_of("  chen\tminer "), "chenminer");
	assert_string_equal(key_of("\xef\xbc\xa3hen Miner"), "chenminer"); /* a fullwidth C */
}

static void test_namekey__every_spelling_of_u_umlaut_is_one_key(void **state)
{
	(void)state;
	const char *spellings[] = {"L\xc3\xbc Wei", "Lv Wei", "LYU Wei", "Lyu Wei", "Lu: Wei", "LU: WEI",
	                           "Lu\xcc\x88 Wei" /* u + combining diaeresis */, "L\xc7\x9a W\xc3\xa8i" /* tones */,
	                           "L\xc3\x9c Wei"};
	for (size_t i = 0; i < sizeof spellings / sizeof *spellings; i++)
		assert_string_equal(key_of(spellings[i]), "lvwei");
	assert_string_equal(key_of("N\xc3\xbc Jing"), "nvjing");
	assert_string_equal(key_of("Nyu Jing"), "nvjing");
}

static void test_namekey__u_umlaut_before_e_is_written_u(void **state)
{
	(void)state;
	/* lüe: the umlaut is optional in pinyin, so "Lue", "Lüe" and "Lve" are one syllable */
	assert_string_equal(key_of("Zhang L\xc3\xbc" "e"), "zhanglue");
	assert_string_equal(key_of("Zhang Lve"), "zhanglue");
	assert_string_equal(key_of("Zhang Lue"), "zhanglue");
	assert_string_equal(key_of("Wang Nve"), "wangnue");
}

static void test_namekey__different_names_keep_different_keys(void **state)
{
	(void)state;
	/* Lu (卢, 陆) and Lü (吕) are different surnames */
	assert_string_not_equal(key_of("Lu Wei"), key_of("Lv Wei"));
	/* "yu" inside a given name is the syllable yu, not ü */
	assert_string_equal(key_of("Wang Xinyu"), "wangxinyu");
	assert_string_equal(key_of("Zhang Lianyu"), "zhanglianyu");
	assert_string_not_equal(key_of("Wang Lin"), key_of("Wang Ling"));
}

static void test_namekey__other_scripts_are_kept_folded(void **state)
{
	(void)state;
	assert_string_equal(key_of("\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3"), "\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3"); /* 习近平 */
	assert_string_equal(key_of("Shohrat Zakir"), "shohratzakir");
	assert_string_equal(key_of("S\xc3\xb6hret"), "sohret"); /* not u: the diaeresis goes */
}

static void test_namekey__appends_and_cuts_at_a_character(void **state)
{
	(void)state;
	char out[8];
	size_t used = 0;
	out[0] = '\0';
	assert_int_equal(name_key_append(out, &used, sizeof out, "Xi", 2), 2);
	assert_int_equal(name_key_append(out, &used, sizeof out, "Jin-ping", 8), 5);
	assert_string_equal(out, "xijinpi");
	assert_int_equal(used, 7);
	/* a three-byte character that does not fit is left out whole */
	char small[4];
	used = 0;
	small[0] = '\0';
	name_key_append(small, &used, sizeof small, "a\xe4\xb9\xa0", 4);
	assert_string_equal(small, "a");
	/* invalid bytes are no part of a key */
	assert_string_equal(key_of("Li\xff Qiang"), "liqiang");
	assert_string_equal(key_of(""), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_namekey__case_spaces_and_punctuation_do_not_count),
		cmocka_unit_test(test_namekey__every_spelling_of_u_umlaut_is_one_key),
		cmocka_unit_test(test_namekey__u_umlaut_before_e_is_written_u),
		cmocka_unit_test(test_namekey__different_names_keep_different_keys),
		cmocka_unit_test(test_namekey__other_scripts_are_kept_folded),
		cmocka_unit_test(test_namekey__appends_and_cuts_at_a_character),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
