/* test_nearest.c — src/util/nearest.c and src/util/levels.c: the distance behind "did you
 * mean" (edits by code point, a swap of neighbours one edit, a beginning none, case-blind) and
 * readout_nearest's choice and order; the administrative levels' one list. */
#include "support.h"
#include "readout/query.h"
#include "util/nearest.h"

#include <string.h>

static void test_nearest__counts_edits_by_code_point(void **state)
{
	(void)state;
	assert_int_equal(nearest_distance("peopel", "people", 2), 1);      /* a swap */
	assert_int_equal(nearest_distance("chongqin", "chongqing", 2), 0); /* a beginning */
	assert_int_equal(nearest_distance("xijingping", "xijinping", 2), 1);
	assert_int_equal(nearest_distance("Hebie", "hebei", 1), 1); /* case-blind */
	assert_int_equal(nearest_distance("evnts", "events", 1), 1);
	assert_int_equal(nearest_distance("kitten", "sitting", 3), 3);
	assert_int_equal(nearest_distance("kitten", "sitting", 2), -1); /* past max */
	assert_int_equal(nearest_distance("abc", "abcdefgh", 1), 0);
	assert_int_equal(nearest_distance("abcdefgh", "abc", 2), -1);
	/* a CJK character is one code point, one edit */
	assert_int_equal(nearest_distance("\xe4\xb8\xa4\xe4\xb8\xaa\xe7\xbb\xb4\xe6\x8a\xa4", "\xe4\xb8\xa4\xe4\xb8\xaa"
	                                  "\xe7\xa1\xae\xe7\xab\x8b", 2), 2);
	assert_int_equal(nearest_length("\xe4\xb8\xa4\xe4\xb8\xaa"), 2);
	assert_int_equal(nearest_length("a\xff" "b"), 3); /* an invalid byte counts one */
	assert_int_equal(nearest_distance("", "ab", 2), 2); /* nothing begins nothing */
}

static void test_nearest__allows_more_edits_for_longer_words(void **state)
{
	(void)state;
	assert_int_equal(nearest_max_edits(2), 1);
	assert_int_equal(nearest_max_edits(6), 1);
	assert_int_equal(nearest_max_edits(8), 2);
	assert_int_equal(nearest_max_edits(11), 3);
}

static void test_nearest__chooses_the_closest_first(void **state)
{
	(void)state;
	static const char *const commands[] = {"extract", "ingest", "people", "person", "events", "reuse", "reuse-pairs"};
	size_t out[4];
	assert_int_equal(readout_nearest(out, 4, "peopel", commands, 7), 1);
	assert_int_equal(out[0], 2);
	assert_int_equal(readout_nearest(out, 4, "perso", commands, 7), 1);
	assert_int_equal(out[0], 3);
	/* beginnings first, in the candidates' order, then one edit */
	assert_int_equal(readout_nearest(out, 4, "reus", commands, 7), 2);
	assert_int_equal(out[0], 5);
	assert_int_equal(out[1], 6);
	assert_int_equal(readout_nearest(out, 1, "reus", commands, 7), 1); /* at most max */
	assert_int_equal(out[0], 5);
	assert_int_equal(readout_nearest(out, 4, "xyzzy", commands, 7), 0);
	assert_int_equal(readout_nearest(out, 0, "people", commands, 7), 0);
	/* a closer one later in the list moves ahead of a farther one */
	static const char *const names[] = {"hubei", "hebei"};
	assert_int_equal(readout_nearest(out, 3, "hebei", names, 2), 2);
	assert_int_equal(out[0], 1);
	assert_int_equal(out[1], 0);
}

static void test_nearest__levels_are_one_list(void **state)
{
	(void)state;
	assert_string_equal(readout_level_name(0), "central");
	assert_string_equal(readout_level_name(READOUT_LEVELS - 1), "other");
	assert_null(readout_level_name(READOUT_LEVELS));
	assert_int_equal(readout_level_find("Prefectural"), 2);
	assert_int_equal(readout_level_find("provinical"), -1);
	assert_int_equal(readout_level_find(NULL), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nearest__counts_edits_by_code_point),
		cmocka_unit_test(test_nearest__allows_more_edits_for_longer_words),
		cmocka_unit_test(test_nearest__chooses_the_closest_first),
		cmocka_unit_test(test_nearest__levels_are_one_list),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
