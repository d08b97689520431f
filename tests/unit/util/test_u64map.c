/* test_u64map.c — src/util/u64map.c: put and get with key 0 and colliding slots, keep_first,
 * a value changed in place, and the table's fill bound: half by default, load_eighths when a
 * map sets it. */
#include "support.h"
#include "util/u64map.h"

static void test_u64map__gets_what_was_put_keeping_first_when_asked(void **state)
{
	u64map m = {0};
	assert_int_equal(u64map_put(&m, 0, 5, false), 0); /* key 0 is stored as 1 */
	assert_int_equal(u64map_put(&m, 256 + 3, 7, false), 0);
	assert_int_equal(u64map_put(&m, 3, 9, false), 0); /* same slot as 259 in 256 */
	assert_int_equal(u64map_put(&m, 3, 10, true), 0);
	uint64_t v = 0;
	assert_true(u64map_get(&m, 0, &v));
	assert_int_equal(v, 5);
	assert_true(u64map_get(&m, 259, &v));
	assert_int_equal(v, 7);
	assert_true(u64map_get(&m, 3, &v));
	assert_int_equal(v, 9);
	assert_int_equal(u64map_put(&m, 3, 11, false), 0);
	assert_true(u64map_get(&m, 3, &v));
	assert_int_equal(v, 11);
	assert_false(u64map_get(&m, 4, &v));
	assert_int_equal(m.count, 3);
	u64map_dispose(&m);
	assert_false(u64map_get(&m, 3, &v));
}

/* value_for adds a key it lacks with 0 and hands out the stored value of one it has, which
 * a get then reads as changed. */
static void test_u64map__value_for_adds_or_finds_one_value_to_change(void **state)
{
	u64map m = {0};
	assert_int_equal(u64map_put(&m, 259, 7, false), 0);
	uint64_t *v = u64map_value_for(&m, 3);
	assert_non_null(v);
	assert_int_equal(*v, 0);
	*v = 12;
	v = u64map_value_for(&m, 259);
	assert_non_null(v);
	assert_int_equal(*v, 7);
	*v |= 8;
	uint64_t got = 0;
	assert_true(u64map_get(&m, 3, &got));
	assert_int_equal(got, 12);
	assert_true(u64map_get(&m, 259, &got));
	assert_int_equal(got, 15);
	assert_int_equal(m.count, 2);
	u64map_dispose(&m);
}

/* Keys with a common low part, as hashes that all land in one region would. */
static uint64_t key_of(size_t i) { return (uint64_t)i * 0x9E3779B97F4A7C15ull | 1; }

static void test_u64map__fills_its_table_to_the_bound_it_is_given(void **state)
{
	u64map half = {0}, fuller = {.load_eighths = 5};
	for (size_t i = 0; i < 5000; i++) {
		assert_int_equal(u64map_put(&half, key_of(i), i, false), 0);
		assert_int_equal(u64map_put(&fuller, key_of(i), i, false), 0);
		assert_true(half.count * 2 <= u64map_capacity(&half));
		assert_true(fuller.count * 8 <= u64map_capacity(&fuller) * 5);
	}
	/* 5000 keys: half full needs 16384 slots, five eighths 8192 */
	assert_int_equal(u64map_capacity(&half), 16384);
	assert_int_equal(u64map_capacity(&fuller), 8192);
	for (size_t i = 0; i < 5000; i++) {
		uint64_t v = 0;
		assert_true(u64map_get(&fuller, key_of(i), &v));
		assert_int_equal(v, i);
	}
	assert_false(u64map_get(&fuller, key_of(5001), NULL));
	u64map_dispose(&half);
	u64map_dispose(&fuller);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_u64map__gets_what_was_put_keeping_first_when_asked),
		cmocka_unit_test(test_u64map__value_for_adds_or_finds_one_value_to_change),
		cmocka_unit_test(test_u64map__fills_its_table_to_the_bound_it_is_given),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
