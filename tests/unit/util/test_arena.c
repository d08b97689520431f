/* test_arena.c — src/util/arena.c: zeroed, aligned allocations; a reset hands the same chunks
 * out again instead of calling malloc; the limit refuses allocations cleanly. */
#include "support.h"
#include "util/arena.h"

#include <string.h>

static void test_arena__returns_zeroed_aligned_memory(void **state)
{
	arena a;
	arena_init(&a, 0);
	for (size_t size = 1; size < 200; size += 7) {
		unsigned char *p = arena_alloc(&a, size);
		assert_non_null(p);
		assert_int_equal((uintptr_t)p % 16, 0);
		for (size_t i = 0; i < size; i++)
			assert_int_equal(p[i], 0);
		memset(p, 0xab, size);
	}
	assert_non_null(arena_alloc(&a, 0));
	arena_dispose(&a);
}

static void test_arena__strndup_copies_and_terminates(void **state)
{
	arena a;
	arena_init(&a, 0);
	char *s = arena_strndup(&a, "Secretary of the Party Committee", 9);
	assert_string_equal(s, "Secretary");
	arena_dispose(&a);
}

static void test_arena__reuses_chunks_after_reset(void **state)
{
	arena a;
	arena_init(&a, 0);
	void *first = arena_alloc(&a, 100);
	void *big = arena_alloc(&a, 200 * 1024); /* larger than a standard chunk */
	assert_non_null(first);
	assert_non_null(big);
	arena_reset(&a);
	assert_int_equal(a.used_total, 0);
	assert_null(a.head);
	assert_non_null(a.spare);
	/* the next document gets memory from the kept chunks */
	void *again = arena_alloc(&a, 100);
	void *big_again = arena_alloc(&a, 200 * 1024);
	assert_true(again == first || again == big);
	assert_true(big_again == big || big_again == first);
	assert_ptr_not_equal(again, big_again);
	/* and it is zeroed again although the previous document wrote to it */
	memset(again, 0x5a, 100);
	arena_reset(&a);
	unsigned char *z = arena_alloc(&a, 100);
	for (int i = 0; i < 100; i++)
		assert_int_equal(z[i], 0);
	arena_dispose(&a);
}

static void test_arena__refuses_allocations_over_limit(void **state)
{
	arena a;
	arena_init(&a, 1024);
	assert_non_null(arena_alloc(&a, 512));
	assert_non_null(arena_alloc(&a, 512));
	assert_null(arena_alloc(&a, 1));
	assert_null(arena_alloc(&a, 1u << 20));
	assert_null(arena_strndup(&a, "x", 1));
	/* a reset gives the whole budget back */
	arena_reset(&a);
	assert_non_null(arena_alloc(&a, 1024));
	arena_dispose(&a);
}

static void test_arena__dispose_of_empty_arena(void **state)
{
	arena a;
	arena_init(&a, 0);
	arena_reset(&a);
	arena_dispose(&a);
	arena_dispose(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arena__returns_zeroed_aligned_memory),
		cmocka_unit_test(test_arena__strndup_copies_and_terminates),
		cmocka_unit_test(test_arena__reuses_chunks_after_reset),
		cmocka_unit_test(test_arena__refuses_allocations_over_limit),
		cmocka_unit_test(test_arena__dispose_of_empty_arena),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
