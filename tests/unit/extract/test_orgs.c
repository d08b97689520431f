/* test_orgs.c — src/extract/orgs.c: what a body's name or a post says of its level and place,
 * read from the outermost body in. */
#include "support.h"

#include "extract/orgs.h"
#include "readout/query.h"

#include <string.h>

static org_judgement judge(const char *text)
{
	org_judgement j;
	assert_int_equal(org_judge_text(&j, support_lexicon(), text, strlen(text)), 0);
	return j;
}

static const char *level_of(const char *text)
{
	return org_level_name(judge(text).level);
}

static const char *place_of(const char *text)
{
	org_judgement j = judge(text);
	return j.place >= 0 ? support_lexicon()->places[j.place].name : NULL;
}

static void test_orgs__a_place_after_of_locates_a_body_within_it(void **state)
{
	(void)state;
	/* "of Hangzhou" says where the district is: the body is the district's */
	assert_str(level_of("Xiaoshan District Party Committee of Hangzhou"), "county");
	assert_str(place_of("Xiaoshan District Party Committee of Hangzhou"), "Xiaoshan District");
	assert_str(level_of("Party Committee of Zhejiang University of Hangzhou"), "other");
	/* the place before says where the next one is: "杭州市萧山区委" translated word by word */
	assert_str(level_of("Hangzhou Xiaoshan District Party Committee"), "county");
	assert_str(place_of("Hangzhou Xiaoshan District Party Committee"), "Xiaoshan District");
	assert_str(place_of("Guangdong Shenzhen Municipal Party Committee"), "Shenzhen");
	/* two places side by side, neither within the other: the first still names the body */
	assert_str(place_of("Zhejiang Jiangsu Cooperation Office"), "Zhejiang");
	/* an owner, not a locator: the city's own committee */
	assert_str(level_of("Standing Committee of the Party Committee of Hangzhou"), "prefectural");
	assert_str(place_of("Standing Committee of the Party Committee of Hangzhou"), "Hangzhou");
}

static void test_orgs__national_bodies_are_central(void **state)
{
	(void)state;
	assert_str(level_of("State Council"), "central");
	assert_str(level_of("Political Bureau of the CPC Central Committee"), "central");
	assert_str(level_of("Standing Committee of the National People's Congress"), "central");
	assert_str(level_of("National Health Commission"), "central");
	assert_str(level_of("Ministry of Water Resources"), "central");
	assert_str(level_of("CCDI"), "central");
	assert_str(level_of("State Flood Control and Drought Relief Headquarters"), "central");
	assert_str(level_of("Central Environmental Protection Inspectorate"), "central");
	/* a ministry or commission by its usual abbreviation */
	assert_str(level_of("MOFCOM"), "central");
	assert_str(level_of("Party Group of the CSRC"), "central");
	/* a term's ordinal before "National" */
	assert_str(level_of("13th National Committee of the Chinese People's Political Consultative Conference"), "central");
	assert_str(level_of("Second Session of the 14th National Committee of the CPPCC"), "central");
	assert_null(place_of("State Council"));
}

/* A body "of China" is the nation's, and so is a General Administration (总局); a bank or a
 * society of China is an institution still, and a body of a place is the place's */
static void test_orgs__a_body_of_the_nation(void **state)
{
	(void)state;
	assert_str(level_of("Forestry Administration of China"), "central");
	assert_str(level_of("Party Group of the Forestry Administration of China"), "central");
	assert_null(place_of("Forestry Administration of China"));
	assert_str(level_of("General Administration of Customs"), "central");
	assert_str(level_of("General Administration of Sport of China"), "central");
	assert_str(level_of("Construction Bank of China"), "other");
	assert_str(level_of("Forestry Administration of Yunnan"), "provincial");
	/* a customs house is a body of its place */
	assert_str(level_of("Ningbo Customs"), "prefectural");
	assert_str(place_of("Ningbo Customs"), "Ningbo");
}

/* The army's local commands are of their place: a provincial military district is the
 * province's, a sub-district the city's ("district" in their names is no county's word); a
 * theatre command is the centre's */
static void test_orgs__military_commands(void **state)
{
	(void)state;
	assert_str(level_of("Gansu Provincial Military District"), "provincial");
	assert_str(level_of("Tianshui Military Sub-district"), "prefectural");
	assert_str(place_of("Tianshui Military Sub-district"), "Tianshui");
	assert_str(level_of("Gangu County People's Armed Forces Department"), "county");
	assert_str(level_of("Party Committee of the Western Theater Command"), "central");
}

static void test_orgs__the_outermost_body_decides(void **state)
{
	(void)state;
	/* a working group named after the province it works in is still the State Council's */
	assert_str(level_of("Hunan Working Group of the Joint Mechanism of the State Council"), "central");
	/* a department of a provincial body is provincial */
	assert_str(level_of("Organization Department of the Provincial Party Committee"), "provincial");
	assert_str(level_of("Party School of the Municipal Party Committee"), "prefectural");
	/* "the Chinese People's Political Consultative Conference" names the whole body, not its
	 * national committee */
	assert_str(level_of("Hubei Provincial Committee of the Chinese People's Political Consultative Conference"),
	           "provincial");
	assert_str(place_of("Hubei Provincial Committee of the Chinese People's Political Consultative Conference"),
	           "Hubei");
	/* a delegation that says whose it is belongs there, not to the congress it goes to */
	assert_str(level_of("Hainan delegation of the First Session of the 14th National People's Congress"), "provincial");
	assert_str(place_of("Hainan delegation of the First Session of the 14th National People's Congress"), "Hainan");
	assert_str(level_of("delegation of the State Council"), "central");
}

static void test_orgs__a_place_gives_its_level(void **state)
{
	(void)state;
	/* Jinjiang is a county-level city: "Municipal" does not make it a prefecture */
	assert_str(level_of("Secretary of the Jinjiang Municipal Party Committee"), "county");
	assert_str(place_of("Secretary of the Jinjiang Municipal Party Committee"), "Jinjiang");
	assert_str(level_of("Gangu County Party Committee"), "county");
	/* a municipality is a city of provincial rank */
	assert_str(level_of("Chongqing Municipal Party Committee"), "provincial");
}

static void test_orgs__a_level_word_without_a_place(void **state)
{
	(void)state;
	org_judgement j = judge("Standing Committee of the Municipal Party Committee");
	assert_str(org_level_name(j.level), "prefectural");
	assert_int_equal(j.place, -1);
	assert_int_equal(j.level_word, 'm');
	assert_false(j.named);
	/* a mayor is a city's, a governor a province's; a place named says more */
	assert_int_equal(judge("Vice Mayor").level_word, 'm');
	assert_str(level_of("Governor"), "provincial");
	assert_str(level_of("Mayor of Yiwu"), "county");
	assert_false(judge("Mayor").central_post);
	/* a city the gazetteer does not know is still named */
	assert_true(judge("Songlin Municipal Party Committee").named);
	/* a local level word outranks a national body's abbreviation */
	assert_str(level_of("Provincial SASAC"), "provincial");
	/* "State" before a party committee is 州, an autonomous prefecture */
	assert_str(level_of("Secretary of the State Party Committee"), "prefectural");
}

static void test_orgs__institutions_are_other(void **state)
{
	(void)state;
	assert_str(level_of("Party Committee of Zhejiang University"), "other");
	assert_str(level_of("General Party Branch of the International College"), "other");
	assert_str(level_of("Party Committee of Tianyuan Group"), "other");
	/* enterprises known by a short name that says no kind: data/orgs.tsv lists them */
	assert_str(level_of("Party Committee of China Mobile"), "other");
	assert_str(level_of("Party Leadership Group of Sinopec"), "other");
	assert_str(level_of("Party Committee of Hainan Airlines"), "other");
	assert_str(level_of("Chongqing Vocational Institute of Engineering"), "other");
	/* universities that do not call themselves one */
	assert_str(level_of("Ningbo Institute of Technology"), "other");
	assert_str(level_of("Standing Committee of the Party Committee of Wuxi Polytechnic"), "other");
	/* a Party branch is grassroots, wherever it is; the body it is of says more */
	assert_str(level_of("Jining Black Cat Party Branch"), "other");
	assert_str(level_of("Songlin Elevator Company Party Branch"), "other");
	assert_str(level_of("Party Branch of the County Bureau of Statistics"), "county");
	/* colleges that call themselves institutes, power plants, broadcasters */
	assert_str(level_of("Lanzhou Institute of Engineering"), "other");
	assert_str(level_of("Party Committee of Tianshui Power Plant"), "other");
	assert_str(level_of("Tianshui Radio and Television Station"), "other");
	/* a science association is a people's organization of its place, not a company */
	assert_str(level_of("Tianshui Association for Science and Technology"), "prefectural");
	assert_str(level_of("China Association for Science and Technology"), "central");
	/* a party organ is no school */
	assert_str(level_of("Provincial Party School"), "provincial");
	/* groups of the party-state are no enterprise groups */
	assert_null(level_of("Leading Group"));
}

/* The eight democratic parties: a provincial committee is the province's, though the party's
 * name opens with "Chinese" or "China" */
static void test_orgs__democratic_parties(void **state)
{
	(void)state;
	assert_str(level_of("Zhejiang Provincial Committee of the Chinese Peasants' and Workers' Democratic Party"),
	           "provincial");
	assert_str(level_of("Fujian Provincial Committee of the China Association for Promoting Democracy"), "provincial");
	assert_str(level_of("Central Committee of the China Zhi Gong Party"), "central");
}

static void test_orgs__central_posts(void **state)
{
	(void)state;
	assert_true(judge("Vice Premier").central_post);
	assert_true(judge("Chinese Premier").central_post);
	assert_true(judge("member of the Political Bureau of the CPC Central Committee").central_post);
	assert_false(judge("Secretary of the Provincial Party Committee").central_post);
	assert_false(judge("President of Zhejiang University").central_post);
}

static void test_orgs__a_seat_is_no_post(void **state)
{
	(void)state;
	/* a local cadre who is a delegate to the national congress holds no central post */
	assert_null(level_of("Delegate to the 20th National Congress of the Communist Party of China"));
	assert_null(level_of("Deputy to the 14th National People's Congress"));
	assert_false(judge("Delegate to the 20th National Congress").central_post);
}

/* One home for the levels' names: the organizations' levels are readout's levels, in order. */
static void test_orgs__levels_are_readouts_levels(void **state)
{
	for (size_t i = 0; i < READOUT_LEVELS; i++)
		assert_string_equal(org_level_name((int)i + OL_CENTRAL), readout_level_name(i));
	assert_null(org_level_name(OL_NONE));
	assert_int_equal(OL_OTHER - OL_CENTRAL + 1, READOUT_LEVELS);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_orgs__levels_are_readouts_levels),
		cmocka_unit_test(test_orgs__national_bodies_are_central),
		cmocka_unit_test(test_orgs__a_place_after_of_locates_a_body_within_it),
		cmocka_unit_test(test_orgs__a_body_of_the_nation),
		cmocka_unit_test(test_orgs__military_commands),
		cmocka_unit_test(test_orgs__the_outermost_body_decides),
		cmocka_unit_test(test_orgs__a_place_gives_its_level),
		cmocka_unit_test(test_orgs__a_level_word_without_a_place),
		cmocka_unit_test(test_orgs__institutions_are_other),
		cmocka_unit_test(test_orgs__democratic_parties),
		cmocka_unit_test(test_orgs__central_posts),
		cmocka_unit_test(test_orgs__a_seat_is_no_post),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
