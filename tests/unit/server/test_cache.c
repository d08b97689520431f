/* test_cache.c — the server's cache of answers (src/server/cache.c): lookups by key and
 * generation, the memory cap with the least recently used answer out first. */
#include "support.h"

#include "server/cache.h"

#include <stdlib.h>
#include <string.h>

static void put(answer_cache *c, const char *key, const char *body)
{
	cache_put(c, key, strlen(key), cache_generation(c), body, strlen(body));
}

/* The answer kept for key, as a string to compare ("" when none). */
static char kept[4096];
static const char *get(answer_cache *c, const char *key)
{
	size_t len = 0;
	char *body = cache_get(c, key, strlen(key), cache_generation(c), &len);
	kept[0] = '\0';
	if (body) {
		assert_true(len < sizeof kept);
		memcpy(kept, body, len);
		kept[len] = '\0';
		free(body);
	}
	return kept;
}

static void test_cache__keeps_answers_by_key(void **state)
{
	answer_cache *c = cache_new(1 << 20);
	assert_non_null(c);
	assert_string_equal(get(c, "search\nq=a"), "");
	put(c, "search\nq=a", "{\"a\":1}");
	put(c, "search\nq=b", "{\"b\":2}");
	assert_string_equal(get(c, "search\nq=a"), "{\"a\":1}");
	assert_string_equal(get(c, "search\nq=b"), "{\"b\":2}");
	assert_string_equal(get(c, "search\nq=ab"), "");
	/* two workers answering one question: the later answer is the one kept */
	put(c, "search\nq=a", "{\"a\":3}");
	assert_string_equal(get(c, "search\nq=a"), "{\"a\":3}");
	/* an empty answer is an answer */
	put(c, "info", "");
	size_t len = 99;
	char *body = cache_get(c, "info", 4, cache_generation(c), &len);
	assert_non_null(body);
	assert_int_equal(len, 0);
	free(body);
	cache_free(c);
	cache_free(NULL);
}

static void test_cache__a_new_generation_forgets_and_refuses_the_old(void **state)
{
	answer_cache *c = cache_new(1 << 20);
	put(c, "person\nid=1", "old");
	uint64_t before = cache_generation(c);
	cache_invalidate(c);
	assert_true(cache_generation(c) != before);
	assert_string_equal(get(c, "person\nid=1"), "");
	/* an answer asked before the change and finished after it is not kept */
	cache_put(c, "person\nid=1", 11, before, "stale", 5);
	assert_string_equal(get(c, "person\nid=1"), "");
	size_t len;
	put(c, "person\nid=1", "new");
	assert_null(cache_get(c, "person\nid=1", 11, before, &len));
	assert_string_equal(get(c, "person\nid=1"), "new");
	cache_free(c);
}

static void test_cache__least_recently_used_goes_first_at_the_cap(void **state)
{
	/* answers of 1,000 bytes under a cap of 19,200: each with its key and entry under a
	 * sixteenth of it, so they are kept, and at most 19 of them */
	char body[1001], key[32];
	memset(body, 'x', 1000);
	body[1000] = '\0';
	answer_cache *c = cache_new(19200);
	for (int i = 0; i < 40; i++) {
		snprintf(key, sizeof key, "k%d", i);
		put(c, key, body);
		if (i >= 1) /* k0 is asked for after every answer: always the most recently used */
			assert_int_equal(strlen(get(c, "k0")), 1000);
	}
	assert_int_equal(strlen(get(c, "k0")), 1000);
	assert_string_equal(get(c, "k1"), "");   /* the oldest others are gone */
	assert_int_equal(strlen(get(c, "k39")), 1000);
	int held = 0;
	for (int i = 0; i < 40; i++) {
		snprintf(key, sizeof key, "k%d", i);
		held += get(c, key)[0] != '\0';
	}
	assert_true(held >= 2 && held <= 19);
	/* an answer over a sixteenth of the cap is not kept */
	char *big = malloc(2000);
	memset(big, 'y', 1999);
	big[1999] = '\0';
	put(c, "big", big);
	assert_string_equal(get(c, "big"), "");
	free(big);
	cache_free(c);
}

/* More answers than the table's first buckets: all found after it grows. */
static void test_cache__many_answers_are_all_found(void **state)
{
	answer_cache *c = cache_new(64u << 20);
	char key[32], body[32];
	for (int i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "search\nq=%d", i);
		snprintf(body, sizeof body, "%d", i * 7);
		put(c, key, body);
	}
	for (int i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "search\nq=%d", i);
		snprintf(body, sizeof body, "%d", i * 7);
		assert_string_equal(get(c, key), body);
	}
	cache_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cache__keeps_answers_by_key),
		cmocka_unit_test(test_cache__a_new_generation_forgets_and_refuses_the_old),
		cmocka_unit_test(test_cache__least_recently_used_goes_first_at_the_cap),
		cmocka_unit_test(test_cache__many_answers_are_all_found),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
