/* test_jsonrun.c — src/util/jsonrun.h: the end of a run of plain JSON string content is the
 * first quote, backslash or control byte, whichever way it is found (16 or 8 bytes a step). */
#include "support.h"
#include "util/jsonrun.h"

#include <stdlib.h>
#include <string.h>

/* The first special byte, one byte at a time. */
static const char *reference_end(const char *p, const char *end)
{
	while (p < end && !jsonrun_special((unsigned char)*p))
		p++;
	return p;
}

static void test_jsonrun__finds_each_special_byte_at_each_place(void **state)
{
	const unsigned char specials[] = {'"', '\\', 0x00, 0x01, '\n', '\t', 0x1f};
	char buf[80];
	for (size_t s = 0; s < sizeof specials; s++)
		for (size_t at = 0; at < 40; at++)
			for (size_t len = at + 1; len < 48; len += 5) {
				/* plain bytes around it: ASCII, UTF-8 of a curly quote, DEL, a space */
				for (size_t i = 0; i < sizeof buf; i++)
					buf[i] = "ab \xe2\x80\x9cZ\x7f 9"[i % 9];
				buf[at] = (char)specials[s];
				assert_ptr_equal(jsonrun_end(buf, buf + len), buf + at);
				assert_ptr_equal(jsonrun_end_words(buf, buf + len), buf + at);
			}
}

static void test_jsonrun__plain_run_ends_at_the_end(void **state)
{
	const char *s = "He said \xe2\x80\x9cwe will\xe2\x80\x9d at 9:30, 100% (sure) \x7f\xff ok";
	for (size_t len = 0; len <= strlen(s); len++) {
		assert_ptr_equal(jsonrun_end(s, s + len), s + len);
		assert_ptr_equal(jsonrun_end_words(s, s + len), s + len);
	}
}

static void test_jsonrun__agrees_with_bytewise_on_random_bytes(void **state)
{
	char buf[128];
	srand(9);
	for (int t = 0; t < 20000; t++) {
		size_t len = (size_t)(rand() % 100), off = len ? (size_t)(rand() % (int)len) : 0;
		for (size_t i = 0; i < len; i++) {
			int r = rand() % 100;
			/* specials are rare, as in texts */
			buf[i] = (char)(r < 2 ? '"' : r < 4 ? '\\' : r < 6 ? rand() % 32 : 32 + rand() % 224);
		}
		const char *want = reference_end(buf + off, buf + len);
		assert_ptr_equal(jsonrun_end(buf + off, buf + len), want);
		assert_ptr_equal(jsonrun_end_words(buf + off, buf + len), want);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_jsonrun__finds_each_special_byte_at_each_place),
		cmocka_unit_test(test_jsonrun__plain_run_ends_at_the_end),
		cmocka_unit_test(test_jsonrun__agrees_with_bytewise_on_random_bytes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
