/* test_identity.c — src/extract/identity.c: which facets of a name are one person. */
#include "support.h"

#include "extract/identity.h"

#include <stdio.h>
#include <string.h>

static identity_facet facet(const char *key, const char *first, const char *last, int64_t dated, int64_t documents,
                            int64_t person)
{
	identity_facet f;
	memset(&f, 0, sizeof f);
	snprintf(f.key, sizeof f.key, "%s", key);
	snprintf(f.first, sizeof f.first, "%s", first ? first : "");
	snprintf(f.last, sizeof f.last, "%s", last ? last : "");
	f.dated = dated;
	f.documents = documents;
	f.person = person;
	return f;
}

/* Whether facets i and j ended up together. */
static bool together(const identity_facet *f, size_t i, size_t j)
{
	return f[i].cluster == f[j].cluster;
}

static void test_identity__keys_and_regions(void **state)
{
	(void)state;
	char key[IDENTITY_FACET_MAX], region[64];
	assert_true(identity_facet_key(key, sizeof key, "Hubei", "Wuhan", false));
	assert_string_equal(key, "Hubei/Wuhan");
	assert_true(identity_facet_key(key, sizeof key, "central", NULL, true));
	assert_string_equal(key, "central~");
	identity_facet_region(region, sizeof region, "Hubei/Wuhan~");
	assert_string_equal(region, "Hubei");
	assert_false(identity_facet_key(key, 4, "Hubei", NULL, false));
	assert_false(identity_facet_key(key, sizeof key, "", NULL, false));
}

static void test_identity__split_chance_is_that_of_namesakes(void **state)
{
	(void)state;
	assert_true(identity_split_chance(1, 1) == 1.0);
	assert_true(identity_split_chance(0, 5) == 1.0);
	assert_true(identity_split_chance(2, 2) > 0.333 && identity_split_chance(2, 2) < 0.334);
	assert_true(identity_split_chance(3, 3) > 0.0999 && identity_split_chance(3, 3) < 0.1001);
	assert_true(identity_split_chance(1000, 1000) < 1e-10);
}

static void test_identity__a_transfer_with_a_clean_split_in_time_is_one_person(void **state)
{
	(void)state;
	identity_facet f[] = {facet("Hebei", "2017-03-01", "2019-12-20", 4, 6, 1),
	                      facet("Yunnan", "2020-01-15", "2023-05-02", 3, 4, 2)};
	assert_int_equal(identity_cluster(f, 2, NULL, 0), 1);
	/* the same two facets, too few dated documents to tell a transfer from namesakes */
	identity_facet g[] = {facet("Hebei", "2017-03-01", "2019-12-20", 1, 6, 1),
	                      facet("Yunnan", "2020-01-15", "2023-05-02", 2, 4, 2)};
	assert_int_equal(identity_cluster(g, 2, NULL, 0), 2);
	/* untitled mentions in each province's readouts count: five dated documents split cleanly */
	identity_facet w[] = {facet("Hebei", "2017-03-01", "2019-12-20", 1, 6, 1),
	                      facet("Yunnan", "2020-01-15", "2023-05-02", 2, 4, 2),
	                      facet("Hebei?", "2018-04-01", "2018-04-01", 1, 1, 1),
	                      facet("Yunnan?", "2021-04-01", "2021-04-01", 1, 1, 2)};
	assert_int_equal(identity_cluster(w, 4, NULL, 0), 1);
	/* and when they overlap the other province's dates, the split is not clean */
	snprintf(w[3].first, sizeof w[3].first, "2019-01-01");
	assert_int_equal(identity_cluster(w, 4, NULL, 0), 2);
	/* two prefectures of one province take the same test */
	identity_facet p[] = {facet("Anhui/Bozhou", "2018-02-11", "2018-02-11", 1, 3, 1),
	                      facet("Anhui/Suzhou", "2020-06-18", "2024-10-27", 1, 6, 2)};
	assert_int_equal(identity_cluster(p, 2, NULL, 0), 2);
	p[1].dated = 8;
	assert_int_equal(identity_cluster(p, 2, NULL, 0), 1);
	/* no dates on one side: time tells them neither apart nor together */
	identity_facet h[] = {facet("Hebei", "2017-03-01", "2019-12-20", 5, 6, 1), facet("Yunnan", NULL, NULL, 0, 4, 2)};
	assert_int_equal(identity_cluster(h, 2, NULL, 0), 2);
	/* but a post of either place that changed hands does */
	h[1].handed = true;
	assert_int_equal(identity_cluster(h, 2, NULL, 0), 1);
	g[0].handed = IDENTITY_HANDED_BEFORE; /* Hebei, the earlier place, had someone before him: nothing */
	assert_int_equal(identity_cluster(g, 2, NULL, 0), 2);
	g[0].handed = IDENTITY_HANDED_AFTER; /* and someone after him: he left */
	assert_int_equal(identity_cluster(g, 2, NULL, 0), 1);
	g[0].handed = 0;
	g[1].handed = IDENTITY_HANDED_BEFORE; /* Yunnan had someone before him: he arrived */
	assert_int_equal(identity_cluster(g, 2, NULL, 0), 1);
	/* not when they overlap in time */
	identity_facet o[] = {facet("Hebei", "2017-03-01", "2020-02-20", 1, 6, 1),
	                      facet("Yunnan", "2020-01-15", "2023-05-02", 2, 4, 2)};
	o[0].handed = true;
	assert_int_equal(identity_cluster(o, 2, NULL, 0), 2);
}

static void test_identity__namesakes_at_the_same_time_stay_apart(void **state)
{
	(void)state;
	identity_facet f[] = {facet("Hebei", "2017-03-01", "2023-12-20", 9, 12, 1),
	                      facet("Yunnan", "2018-01-15", "2021-05-02", 8, 9, 2)};
	assert_int_equal(identity_cluster(f, 2, NULL, 0), 2);
	/* two prefectures of one province at once */
	identity_facet g[] = {facet("Hubei/Wuhan", "2020-01-01", "2021-01-01", 2, 2, 1),
	                      facet("Hubei/Yichang", "2020-06-01", "2020-07-01", 1, 1, 0)};
	assert_int_equal(identity_cluster(g, 2, NULL, 0), 2);
	/* one after the other in one province: a career */
	identity_facet h[] = {facet("Hubei/Wuhan", "2020-01-01", "2021-01-01", 2, 2, 1),
	                      facet("Hubei/Yichang", "2021-06-01", "2021-07-01", 1, 1, 0),
	                      facet("Hubei", "2020-03-01", "2022-01-01", 4, 5, 1)};
	assert_int_equal(identity_cluster(h, 3, NULL, 0), 1);
}

static void test_identity__national_leaders_are_one_person_wherever_named(void **state)
{
	(void)state;
	/* central posts, and a stray local facet from a local text that overlaps nothing */
	identity_facet f[] = {facet("central", "2017-01-01", "2024-12-01", 400, 800, 1),
	                      facet("Guangdong", NULL, NULL, 0, 2, 2), facet("central~", "2018-01-01", "2018-01-01", 1, 3, 1)};
	assert_int_equal(identity_cluster(f, 3, NULL, 0), 1);
	/* promoted: Shanghai secretary, then premier; a Politburo seat beside the local post */
	identity_facet g[] = {facet("Shanghai", "2017-11-01", "2022-06-28", 5, 8, 1),
	                      facet("central", "2023-03-11", "2024-02-01", 6, 6, 2),
	                      facet("central~", "2018-06-01", "2022-06-01", 3, 3, 1)};
	assert_int_equal(identity_cluster(g, 3, NULL, 0), 1);
	/* a State Councilor and a Qinghai official on the same day are two people */
	identity_facet h[] = {facet("central", "2021-07-21", "2021-07-21", 1, 2, 1),
	                      facet("Qinghai", "2021-07-21", "2021-07-21", 1, 1, 2)};
	assert_int_equal(identity_cluster(h, 2, NULL, 0), 2);
}

static void test_identity__a_link_that_would_join_a_clash_is_refused(void **state)
{
	(void)state;
	/* both provinces' facets could join the central one, but they overlap each other */
	identity_facet f[] = {facet("central", NULL, NULL, 0, 10, 1), facet("Hebei", "2019-01-01", "2022-01-01", 5, 5, 2),
	                      facet("Hunan", "2020-01-01", "2021-01-01", 5, 5, 3)};
	assert_int_equal(identity_cluster(f, 3, NULL, 0), 2);
	assert_false(together(f, 1, 2));
}

/* Untitled mentions in a province's readouts: they date the namesake of that province (whose
 * titled mentions alone split cleanly from the other's), join a national leader, and never
 * bridge two provinces' posts. */
static void test_identity__untitled_mentions_are_weak_facets(void **state)
{
	(void)state;
	identity_facet ns[] = {
		facet("Shandong/Linyi", "2018-02-10", "2019-09-21", 4, 6, 0),
		facet("Hebei", "2020-01-20", "2024-11-15", 8, 14, 0),
		facet("Shandong?", "2022-08-14", "2023-12-03", 2, 3, 0),
	};
	assert_int_equal(identity_cluster(ns, 3, NULL, 0), 2);
	assert_true(together(ns, 0, 2));
	assert_false(together(ns, 0, 1));
	identity_facet leader[] = {
		facet("central", "2022-10-25", "2022-10-25", 1, 1, 0),
		facet("Yunnan?", "2022-10-28", "2022-10-28", 1, 1, 0),
		facet("Hebei?", "2022-11-03", "2022-11-03", 1, 1, 0),
	};
	assert_int_equal(identity_cluster(leader, 3, NULL, 0), 1);
	assert_int_equal(identity_home(leader, 3), 0);
	identity_facet bridge[] = { /* undated posts in two provinces, untitled in one of them */
		facet("Xinjiang/Tacheng", NULL, NULL, 0, 4, 0),
		facet("Guizhou/Qiannan", "2020-05-07", "2024-10-18", 6, 7, 0),
		facet("Xinjiang?", NULL, NULL, 0, 1, 0),
	};
	assert_int_equal(identity_cluster(bridge, 3, NULL, 0), 2);
	assert_true(together(bridge, 0, 2));
	/* one untitled mention in a readout placed in another province (perhaps a guess) splits
	 * no one; two do */
	identity_facet stray[] = {
		facet("Heilongjiang/Jixi", "2019-01-01", "2024-06-13", 4, 8, 0),
		facet("Shanghai?", "2021-05-06", "2021-05-06", 1, 1, 0),
	};
	assert_int_equal(identity_cluster(stray, 2, NULL, 0), 1);
	stray[1].dated = 2;
	assert_int_equal(identity_cluster(stray, 2, NULL, 0), 2);
	identity_facet alone[] = {facet("Hubei?", "2020-01-01", "2020-01-01", 1, 1, 0)};
	assert_false(identity_facet_places(alone[0].key));
	assert_true(identity_facet_places("Hubei/Wuhan~"));
}

static void test_identity__the_order_given_changes_nothing(void **state)
{
	(void)state;
	identity_facet f[] = {facet("Hebei", "2017-03-01", "2019-12-20", 4, 6, 1), facet("central", NULL, NULL, 0, 3, 3),
	                      facet("Yunnan", "2020-01-15", "2023-05-02", 3, 4, 2),
	                      facet("Hunan", "2018-01-01", "2018-05-01", 2, 2, 4)};
	identity_facet g[] = {f[3], f[2], f[1], f[0]};
	size_t kf = identity_cluster(f, 4, NULL, 0), kg = identity_cluster(g, 4, NULL, 0);
	assert_int_equal(kf, kg);
	for (size_t i = 0; i < 4; i++)
		for (size_t j = 0; j < 4; j++)
			assert_int_equal(together(f, i, j), together(g, 3 - i, 3 - j));
}

static void test_identity__overrides_come_first(void **state)
{
	(void)state;
	identity_override merge = {IDENTITY_MERGE, "Hebei", "Yunnan"};
	identity_facet f[] = {facet("Hebei", "2017-03-01", "2023-12-20", 9, 12, 1),
	                      facet("Yunnan", "2018-01-15", "2021-05-02", 8, 9, 2)};
	assert_int_equal(identity_cluster(f, 2, &merge, 1), 1);
	identity_override split = {IDENTITY_SPLIT, "Hubei/Wuhan", NULL};
	identity_facet g[] = {facet("Hubei", NULL, NULL, 0, 4, 1), facet("Hubei/Wuhan", NULL, NULL, 0, 2, 1),
	                      facet("Hubei/Wuhan~", NULL, NULL, 0, 1, 1)};
	assert_int_equal(identity_cluster(g, 3, &split, 1), 2);
	assert_true(together(g, 1, 2));
	assert_false(together(g, 0, 1));
}

static void test_identity__clusters_keep_their_stored_persons(void **state)
{
	(void)state;
	identity_facet f[] = {facet("Hebei", "2017-03-01", "2023-12-20", 9, 12, 7),
	                      facet("Yunnan", "2018-01-15", "2021-05-02", 8, 9, 7), facet("Hunan", NULL, NULL, 0, 1, 0)};
	size_t k = identity_cluster(f, 3, NULL, 0);
	assert_int_equal(k, 3);
	int64_t person[3];
	assert_true(identity_assign(person, f, 3, k));
	/* person 7 held both: the larger keeps it, the others need new persons */
	assert_int_equal(person[f[0].cluster], 7);
	assert_int_equal(person[f[1].cluster], 0);
	assert_int_equal(person[f[2].cluster], 0);
}

static void test_identity__an_unplaced_mention_goes_where_its_document_points(void **state)
{
	(void)state;
	int64_t none[3] = {0, 0, 0}, one[3] = {0, 2, 1}, tie[3] = {2, 2, 0};
	assert_int_equal(identity_unplaced(none, 3, 0), SIZE_MAX); /* nothing shared: it stays */
	assert_int_equal(identity_unplaced(one, 3, 0), 1);
	assert_int_equal(identity_unplaced(one, 3, SIZE_MAX), 1);
	assert_int_equal(identity_unplaced(tie, 3, 1), 1); /* a tie keeps it where it is */
	assert_int_equal(identity_unplaced(tie, 3, 2), 0);
}

static void test_identity__the_home_facet_is_the_latest(void **state)
{
	(void)state;
	identity_facet f[] = {facet("Shanghai", "2017-11-01", "2022-06-28", 5, 8, 1),
	                      facet("central", "2023-03-11", "2024-02-01", 6, 6, 1),
	                      facet("central~", "2018-06-01", "2024-06-01", 3, 3, 1), facet("Hebei", NULL, NULL, 0, 50, 1)};
	assert_int_equal(identity_home(f, 4), 1);
	identity_facet g[] = {facet("Hebei", NULL, NULL, 0, 2, 1), facet("Hunan", NULL, NULL, 0, 5, 1)};
	assert_int_equal(identity_home(g, 2), 1);
	assert_int_equal(identity_home(g, 0), SIZE_MAX);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identity__keys_and_regions),
		cmocka_unit_test(test_identity__split_chance_is_that_of_namesakes),
		cmocka_unit_test(test_identity__a_transfer_with_a_clean_split_in_time_is_one_person),
		cmocka_unit_test(test_identity__namesakes_at_the_same_time_stay_apart),
		cmocka_unit_test(test_identity__national_leaders_are_one_person_wherever_named),
		cmocka_unit_test(test_identity__a_link_that_would_join_a_clash_is_refused),
		cmocka_unit_test(test_identity__untitled_mentions_are_weak_facets),
		cmocka_unit_test(test_identity__the_order_given_changes_nothing),
		cmocka_unit_test(test_identity__overrides_come_first),
		cmocka_unit_test(test_identity__clusters_keep_their_stored_persons),
		cmocka_unit_test(test_identity__an_unplaced_mention_goes_where_its_document_points),
		cmocka_unit_test(test_identity__the_home_facet_is_the_latest),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
