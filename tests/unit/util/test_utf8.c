/* test_utf8.c — src/util/utf8.c: repair replaces each invalid byte by '?' one for one, so the
 * length and every byte offset of the text stay as they were. */
#include "support.h"
#include "util/utf8.h"

#include <string.h>

static void test_utf8__valid_text_is_untouched(void **state)
{
	char s[] = "Chen Min\xe2\x80\x99" "er said \xe2\x80\x9ctwo establishments\xe2\x80\x9d \xe4\xb8\xa4\xe4\xb8\xaa.";
	char copy[sizeof s];
	memcpy(copy, s, sizeof s);
	assert_int_equal(utf8_repair(s, strlen(s)), 0);
	assert_memory_equal(s, copy, sizeof s);
}

static void test_utf8__repair_keeps_length_and_offsets(void **state)
{
	/* Latin-1 "é", a lone continuation byte, a truncated 3-byte sequence, then valid text */
	char s[] = "caf\xe9 \x80 x\xe4\xb8 after \xe2\x80\x9cok\xe2\x80\x9d";
	size_t len = strlen(s);
	const char *after = strstr(s, "after");
	size_t off = (size_t)(after - s);
	size_t n = utf8_repair(s, len);
	assert_int_equal(n, 4);
	assert_int_equal(strlen(s), len);
	assert_memory_equal(s, "caf? ? x?? after ", 17);
	assert_int_equal(strncmp(s + off, "after", 5), 0);
	/* the valid curly quotes after the repairs are kept */
	assert_non_null(strstr(s, "\xe2\x80\x9cok\xe2\x80\x9d"));
}

static void test_utf8__repairs_overlong_and_surrogate_encodings(void **state)
{
	char s[] = "\xc0\xaf|\xed\xa0\x80|";
	size_t n = utf8_repair(s, strlen(s));
	assert_true(n >= 5);
	assert_int_equal(strlen(s), 7);
	assert_int_equal(s[2], '|');
	assert_int_equal(s[6], '|');
}

static void test_utf8__repairs_invalid_byte_at_the_very_end(void **state)
{
	/* no NUL inside the given length: repair must not read past it */
	char s[9] = {'a', 'b', 'c', 'd', 'e', 'f', 'g', (char)0xe4, (char)0xb8};
	assert_int_equal(utf8_repair(s, sizeof s), 2);
	assert_memory_equal(s, "abcdefg??", 9);
}

static void test_utf8__seqlen_counts_bytes_of_one_character(void **state)
{
	assert_int_equal(utf8_seqlen("a", 1), 1);
	assert_int_equal(utf8_seqlen("\xc3\xbc", 2), 2);
	assert_int_equal(utf8_seqlen("\xe2\x80\x9c", 3), 3);
	assert_int_equal(utf8_seqlen("\xf0\x9f\x98\x80", 4), 4);
	assert_int_equal(utf8_seqlen("\xff", 1), 1);
	assert_int_equal(utf8_seqlen("\xe2\x80", 2), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8__valid_text_is_untouched),
		cmocka_unit_test(test_utf8__repair_keeps_length_and_offsets),
		cmocka_unit_test(test_utf8__repairs_overlong_and_surrogate_encodings),
		cmocka_unit_test(test_utf8__repairs_invalid_byte_at_the_very_end),
		cmocka_unit_test(test_utf8__seqlen_counts_bytes_of_one_character),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
