/* test_memo.c — src/store/memo.c: answers found by the key's text (the caller's copy may
 * go), replaced, forgotten at clear, kept through many resizes. */
#include "support.h"
#include "store/memo.h"

#include <stdio.h>
#include <string.h>

static void test_memo__keeps_answers_by_text_not_by_pointer(void **state)
{
	(void)state;
	memo m;
	memo_init(&m);
	char key[64];
	snprintf(key, sizeof key, "Secretary of the Hebei Provincial Party Committee");
	assert_int_equal(memo_put(&m, key, 7), 0);
	memset(key, 'x', sizeof key - 1); /* the memo holds its own copy */
	uint32_t v = 0;
	assert_true(memo_get(&m, "Secretary of the Hebei Provincial Party Committee", &v));
	assert_int_equal(v, 7);
	assert_false(memo_get(&m, "Secretary of the Hebei Provincial", &v)); /* a prefix is another key */
	assert_int_equal(memo_put(&m, "Secretary of the Hebei Provincial Party Committee", 9), 0);
	assert_true(memo_get(&m, "Secretary of the Hebei Provincial Party Committee", &v));
	assert_int_equal(v, 9);
	assert_int_equal(memo_put(&m, "", 3), 0); /* the empty title is a key like any other */
	assert_true(memo_get(&m, "", &v));
	assert_int_equal(v, 3);
	memo_clear(&m);
	assert_false(memo_get(&m, "Secretary of the Hebei Provincial Party Committee", &v));
	assert_false(memo_get(&m, "", &v));
	assert_int_equal(memo_put(&m, "Mayor", 1), 0); /* usable again after a clear */
	assert_true(memo_get(&m, "Mayor", &v));
	assert_int_equal(v, 1);
	memo_dispose(&m);
}

static void test_memo__grows_and_keeps_every_key(void **state)
{
	(void)state;
	memo m;
	memo_init(&m);
	char key[32];
	for (uint32_t i = 0; i < 20000; i++) {
		snprintf(key, sizeof key, "post %u", i);
		assert_int_equal(memo_put(&m, key, i * 2 + 1), 0);
	}
	for (uint32_t i = 0; i < 20000; i++) {
		uint32_t v = 0;
		snprintf(key, sizeof key, "post %u", i);
		assert_true(memo_get(&m, key, &v));
		assert_int_equal(v, i * 2 + 1);
	}
	memo_dispose(&m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_memo__keeps_answers_by_text_not_by_pointer),
		cmocka_unit_test(test_memo__grows_and_keeps_every_key),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
