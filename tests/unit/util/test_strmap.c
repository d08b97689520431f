/* test_strmap.c — src/util/strmap.c: put, get, replace, growth past many resizes; keys are
 * byte strings with a length, not NUL-terminated C strings. */
#include "support.h"
#include "util/strmap.h"

#include <stdio.h>
#include <string.h>

static void test_strmap__gets_what_was_put(void **state)
{
	strmap m = {0};
	assert_int_equal(strmap_put(&m, "wang", 4, 7), 0);
	assert_int_equal(strmap_put(&m, "ouyang", 6, 9), 0);
	uint32_t v = 0;
	assert_true(strmap_get(&m, "wang", 4, &v));
	assert_int_equal(v, 7);
	assert_true(strmap_get(&m, "ouyang", 6, &v));
	assert_int_equal(v, 9);
	assert_true(strmap_get(&m, "wang", 4, NULL));
	assert_false(strmap_get(&m, "wan", 3, &v));
	assert_false(strmap_get(&m, "li", 2, &v));
	assert_int_equal(m.count, 2);
	strmap_dispose(&m);
}

static void test_strmap__empty_map_finds_nothing(void **state)
{
	strmap m = {0};
	uint32_t v;
	assert_false(strmap_get(&m, "x", 1, &v));
	strmap_dispose(&m);
}

static void test_strmap__put_replaces_value_of_existing_key(void **state)
{
	strmap m = {0};
	assert_int_equal(strmap_put(&m, "secretary", 9, 1), 0);
	assert_int_equal(strmap_put(&m, "secretary", 9, 2), 0);
	uint32_t v = 0;
	assert_true(strmap_get(&m, "secretary", 9, &v));
	assert_int_equal(v, 2);
	assert_int_equal(m.count, 1);
	strmap_dispose(&m);
}

static void test_strmap__keys_are_length_delimited(void **state)
{
	strmap m = {0};
	const char *s = "party committee";
	assert_int_equal(strmap_put(&m, s, 5, 1), 0);  /* "party" */
	assert_int_equal(strmap_put(&m, s, 15, 2), 0); /* "party committee" */
	uint32_t v = 0;
	assert_true(strmap_get(&m, "party", 5, &v));
	assert_int_equal(v, 1);
	assert_true(strmap_get(&m, "party committee", 15, &v));
	assert_int_equal(v, 2);
	assert_true(strmap_get(&m, "partyXX", 5, &v));
	assert_int_equal(v, 1);
	strmap_dispose(&m);
}

static void test_strmap__grows_and_keeps_every_key(void **state)
{
	enum { N = 5000 };
	static char keys[N][12];
	strmap m = {0};
	for (int i = 0; i < N; i++) {
		snprintf(keys[i], sizeof keys[i], "k%d", i);
		assert_int_equal(strmap_put(&m, keys[i], strlen(keys[i]), (uint32_t)i), 0);
		/* the load factor stays under a half */
		assert_true(m.count * 2 <= m.mask + 1);
	}
	assert_int_equal(m.count, N);
	for (int i = 0; i < N; i++) {
		uint32_t v = UINT32_MAX;
		assert_true(strmap_get(&m, keys[i], strlen(keys[i]), &v));
		assert_int_equal(v, (uint32_t)i);
	}
	assert_false(strmap_get(&m, "k5000", 5, NULL));
	strmap_dispose(&m);
	assert_null(m.slots);
	assert_int_equal(m.count, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strmap__gets_what_was_put),
		cmocka_unit_test(test_strmap__empty_map_finds_nothing),
		cmocka_unit_test(test_strmap__put_replaces_value_of_existing_key),
		cmocka_unit_test(test_strmap__keys_are_length_delimited),
		cmocka_unit_test(test_strmap__grows_and_keeps_every_key),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
