/* test_people.c — src/extract/people.c through readout_extract: pinyin names (one or two
 * syllables, joined or with an apostrophe, compound and upper-case surnames), surname-only
 * references, bylines set aside, place names shaped like names left alone. */
#include "support.h"

#include <string.h>

static void assert_person(const readout_record *rec, const char *name)
{
	if (!support_person(rec, name))
		fail_msg("no person '%s' (%zu people)", name, rec->npeople);
}

static void test_people__finds_one_and_two_syllable_given_names(void **state)
{
	const readout_record *rec = support_extract(
		"On April 2, the Lanshui County Party Committee held a meeting. Gu Wenbo presided over "
		"the meeting. Gao Peng attended.");
	assert_person(rec, "Gu Wenbo");
	assert_person(rec, "Gao Peng");
	assert_int_equal(rec->npeople, 2);
}

static void test_people__keeps_apostrophe_given_names(void **state)
{
	const readout_record *rec = support_extract(
		"On April 2, the county held a meeting. Luo Min'er presided over the meeting. "
		"Tan Xi\xe2\x80\x99" "an attended.");
	assert_person(rec, "Luo Min'er");
	assert_person(rec, "Tan Xi\xe2\x80\x99" "an");
}

static void test_people__finds_compound_surnames(void **state)
{
	const readout_record *rec = support_extract(
		"On April 2, the county held a meeting. Ouyang Xiaowen presided over the meeting. "
		"Sima Qinglan and Zhuge Mingyuan attended.");
	assert_person(rec, "Ouyang Xiaowen");
	assert_person(rec, "Sima Qinglan");
	assert_person(rec, "Zhuge Mingyuan");
}

/* Tibetan, Uyghur and Mongolian names of national leaders are listed words, not pinyin: a
 * listed word makes its two-word name a person, in a list as anywhere else. */
static void test_people__finds_listed_minority_names(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On March 9, the session opened. Vice Chairmen Gao Wenbo, Pagbalha Dorjee, Bateer Chaolu and "
		"Sun Liqun attended.");
	assert_person(rec, "Gao Wenbo");
	assert_person(rec, "Pagbalha Dorjee");
	assert_person(rec, "Bateer Chaolu");
	assert_person(rec, "Sun Liqun");
}

static void test_people__finds_a_single_name_beside_a_post_in_any_case(void **state)
{
	assert_person(support_extract("On April 2, the region held a meeting. Regional Party Secretary Bagatur "
	                              "presided over the meeting."),
	              "Bagatur");
	/* machine translations often write the post in lower case */
	assert_person(support_extract("On April 2, the region held a meeting. Regional party secretary Bagatur "
	                              "presided over the meeting."),
	              "Bagatur");
}

static void test_people__excludes_a_pages_editorial_credits(void **state)
{
	const readout_record *rec = support_extract(
		"On May 6, 2021, the County Party Committee held a meeting. Li Ming presided.\n"
		"Contributed by: Publicity Department   Reviewed by: Chen Haoyu\n"
		"First trial: Wang Pingan  Second trial: Sun Lijun  Final judgment: Zhang Qiangwei\n");
	assert_int_equal(rec->npeople, 1);
	assert_person(rec, "Li Ming");
	/* a body that reviewed a report names its people still */
	rec = support_extract("On May 6, 2021, the meeting reviewed the report of Wang Pingan.");
	assert_person(rec, "Wang Pingan");
}

/* Ordinary words and names of things written in syllables are no people: "Tai Chi",
 * "Feng Shui", the "Feng Qiao Experience", the Xue Xi Qiang Guo platform. */
static void test_people__syllables_of_things_are_no_people(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, 2021, the county held a meeting. Li Ming practised Tai Chi, discussed Feng Shui, studied "
		"the Hu Kou system and the Xue Xi Qiang Guo platform, and praised the \"Feng Qiao Experience\".");
	assert_person(rec, "Li Ming");
	assert_int_equal(rec->npeople, 1);
}

/* A surname before a listed given name that is no pinyin ("Che Dalha", a Tibetan name) is a
 * name; a word neither pinyin nor listed is none ("Xi Jinpings", a possessive's "s" run in). */
static void test_people__a_surname_before_a_given_name_that_is_no_pinyin(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, 2021, the region held a meeting. Che Dalha, secretary of the regional party committee, "
		"presided. Secretary Wang Dolkar attended. General Secretary Xi Jinping made a speech. The meeting "
		"studied General Secretary Xi Jinpings important speech.");
	assert_person(rec, "Che Dalha");
	assert_person(rec, "Wang Dolkar");
	assert_person(rec, "Xi Jinping");
	assert_null(support_person(rec, "Xi Jinpings"));
	assert_int_equal(rec->npeople, 3);
}

/* A name a headline gives once, then written with one syllable more (MT ran the next word's
 * first syllable in), is one person, first spelling kept. */
static void test_people__a_headlines_name_garbled_below_is_one_person(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"Gu Wen chaired a meeting of the Standing Committee\n"
		"On May 6, the county held a meeting. County Party Secretary Gu Wenli rushed to the venue and chaired "
		"the meeting.");
	assert_person(rec, "Gu Wen");
	assert_null(support_person(rec, "Gu Wenli"));
	assert_int_equal(rec->npeople, 1);
}

static void test_people__a_name_before_a_buildings_word_is_a_place(void **state)
{
	const readout_record *rec = support_extract(
		"On May 6, 2021, the meeting was held at the Bai Yun Hotel and the Jin Hua Plaza. Li Ming presided.");
	assert_int_equal(rec->npeople, 1);
	assert_person(rec, "Li Ming");
}

static void test_people__finds_upper_case_surnames(void **state)
{
	const readout_record *rec = support_extract(
		"On April 2, the county held a meeting. ZHOU Haobo presided over the meeting.");
	assert_person(rec, "ZHOU Haobo");
}

static void test_people__spans_cover_each_mention(void **state)
{
	const readout_record *rec = support_extract(
		"On April 2, the county held a meeting. Gu Wenbo presided over the meeting. "
		"Gu Wenbo pointed out that the work matters. Gu stressed that unity matters.");
	const readout_person *p = support_person(rec, "Gu Wenbo");
	assert_non_null(p);
	assert_int_equal(rec->npeople, 1);
	assert_int_equal(p->nmentions, 3);
	assert_string_equal(support_span_text(p->mentions[0]), "Gu Wenbo");
	assert_string_equal(support_span_text(p->mentions[1]), "Gu Wenbo");
	assert_string_equal(support_span_text(p->mentions[2]), "Gu");
	assert_true(p->mentions[0].start < p->mentions[1].start);
}

static void test_people__excludes_bracketed_reporter_byline(void **state)
{
	const readout_record *rec = support_extract(
		"On April 2, the county held a meeting. Gu Wenbo presided over the meeting. "
		"(Reporter Li Guoyu)");
	assert_person(rec, "Gu Wenbo");
	assert_null(support_person(rec, "Li Guoyu"));
	assert_true(rec->nevents >= 1);
	assert_false(support_values_have(rec->events[0].attended, rec->events[0].nattended, "Li Guoyu"));
}

static void test_people__excludes_credit_lines(void **state)
{
	const readout_record *rec = support_extract(
		"On April 2, the county held a meeting. Gu Wenbo presided over the meeting.\n"
		"Reporter: Pan Xiaolu\n"
		"Editor: Qiu Haitao");
	assert_person(rec, "Gu Wenbo");
	assert_null(support_person(rec, "Pan Xiaolu"));
	assert_null(support_person(rec, "Qiu Haitao"));
	/* a name alone in brackets at the end of a paragraph; a translation's credit */
	rec = support_extract(
		"On April 2, the county held a meeting. Gu Wenbo presided over the meeting. (Pan Xiaolu)\n"
		"Source: Songlin Daily; trans-editing by Qiu Haitao\n"
		"Lu Meng (Fang Zhiyuan's deputy) attended.");
	assert_person(rec, "Gu Wenbo");
	assert_person(rec, "Fang Zhiyuan");
	assert_null(support_person(rec, "Pan Xiaolu"));
	assert_null(support_person(rec, "Qiu Haitao"));
}

static void test_people__excludes_wire_credits(void **state)
{
	const readout_record *rec = support_extract(
		"Gu Wenbo speaks at the symposium in Beijing, May 2, 2023. (Xinhua/Fan Lichen)\n"
		"The meeting hall in Beijing. (TAO MINGHUI/CHINA DAILY)\n"
		"By SHEN XUEYAN | CHINA DAILY\n"
		"Sep 17, 2018 Kong Yuxi\n"
		"Dong Kaiwen\n"
		"BEIJING, May 2 (Xinhua) -- Gu Wenbo presided over the symposium. Lu Meng attended.");
	assert_person(rec, "Gu Wenbo");
	assert_person(rec, "Lu Meng");
	assert_null(support_person(rec, "Fan Lichen"));
	assert_null(support_person(rec, "TAO MINGHUI"));
	assert_null(support_person(rec, "SHEN XUEYAN"));
	assert_null(support_person(rec, "Kong Yuxi"));
	assert_null(support_person(rec, "Dong Kaiwen"));
}

/* A byline of several writers: every name after "By" is a credit, not only the first. */
static void test_people__excludes_every_name_of_a_byline(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"By Shen Xueyan and Tao Minghui\n"
		"On May 2, 2023, the city held a meeting. Gu Wenbo presided over the meeting.\n");
	assert_null(support_person(rec, "Shen Xueyan"));
	assert_null(support_person(rec, "Tao Minghui"));
	rec = support_extract("By SHEN XUEYAN, FAN LICHEN and TAO MINGHUI | CHINA DAILY\n"
	                      "On May 2, 2023, the city held a meeting. Gu Wenbo presided over the meeting.\n"
	                      "By the end of May, Lu Meng and Kong Yuxi had visited the city.");
	assert_null(support_person(rec, "FAN LICHEN"));
	assert_null(support_person(rec, "TAO MINGHUI"));
	assert_person(rec, "Kong Yuxi");
	assert_int_equal(rec->npeople, 3);
}

/* A credit's label and "by" opening a line, with no colon: "Reviewed by X", "Edited by X". In
 * running text the name after "reviewed by" is a person. */
static void test_people__excludes_a_credit_by_without_a_colon(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 2, 2023, the city held a meeting. Gu Wenbo presided over the meeting. The plan was reviewed "
		"by Lu Meng.\nContributed by Shen Xueyan\nReviewed by Tao Minghui\nEdited by Fan Lichen\n");
	assert_person(rec, "Gu Wenbo");
	assert_person(rec, "Lu Meng");
	assert_int_equal(rec->npeople, 2);
}

static void test_people__leaves_name_shaped_places_alone(void **state)
{
	const readout_record *rec = support_extract(
		"On April 2, the county held a meeting. Gu Wenbo presided over the meeting. The group "
		"then visited Lin He Road and Hong Kong.");
	assert_person(rec, "Gu Wenbo");
	assert_null(support_person(rec, "Lin He"));
	assert_null(support_person(rec, "Hong Kong"));
	assert_int_equal(rec->npeople, 1);
	/* nor a pair inside a longer place written in syllables: "An Men" of "Tian An Men" */
	rec = support_extract("On April 2, the county held a meeting at Tian An Men. Gu Wenbo presided over the meeting.");
	assert_null(support_person(rec, "An Men"));
	assert_int_equal(rec->npeople, 1);
}

/* A pair that starts inside a place's name, or that a lower-case place word follows, is a
 * place: "Kong Wan" of "Hong Kong Wan Chai", "Jiang Jia village", "Long Gang district". */
static void test_people__a_pair_inside_or_before_a_place_is_no_person(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On April 2, the county held a meeting. Gu Wenbo presided over the meeting. The group then "
		"visited the Hong Kong Wan Chai Convention Centre, Jiang Jia village and Long Gang district.");
	assert_person(rec, "Gu Wenbo");
	assert_null(support_person(rec, "Kong Wan"));
	assert_null(support_person(rec, "Jiang Jia"));
	assert_null(support_person(rec, "Long Gang"));
	assert_int_equal(rec->npeople, 1);
}

/* A name written with a double space or a tab between its parts is the name with one space:
 * a copy's layout does not make another person. */
static void test_people__a_name_over_blanks_has_one_space(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On April 2, the county  held a meeting. Gu  Wenbo presided over the meeting, and Gao\tPeng, "
		"secretary of the county Party committee, attended.");
	assert_person(rec, "Gu Wenbo");
	assert_person(rec, "Gao Peng");
	assert_int_equal(rec->npeople, 2);
}

/* "Premier Li" after "Premier Li Keqiang" and "Li Qiang": the surname goes to the person the
 * same post word stood before, not to the last Li named. */
/* "Governor Zhou" is the governor, not the vice governor named after him: the post before a
 * surname is matched with its rank word. */
static void test_people__a_surname_after_a_post_matches_its_rank(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, 2021, Governor Gu Wenbo and Vice Governor Gu Lihua attended the meeting. Governor Gu "
		"spoke. Vice Governor Gu presided.");
	const readout_person *wen = support_person(rec, "Gu Wenbo"), *li = support_person(rec, "Gu Lihua");
	assert_non_null(wen);
	assert_non_null(li);
	assert_int_equal(wen->nmentions, 2);
	assert_int_equal(li->nmentions, 2);
}

static void test_people__a_surname_after_a_post_is_the_posts_holder(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"The report was delivered by Premier Gu Keqiang on Monday. Gu Wenbo, secretary of the Songlin "
		"Municipal Party Committee, told a panel discussing Premier Gu's report that the city will act.");
	const readout_person *ke = support_person(rec, "Gu Keqiang"), *wen = support_person(rec, "Gu Wenbo");
	assert_non_null(ke);
	assert_non_null(wen);
	assert_int_equal(ke->nmentions, 2);
	assert_int_equal(wen->nmentions, 1);
	assert_false(support_has_title(wen, "Premier"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_people__finds_one_and_two_syllable_given_names),
		cmocka_unit_test(test_people__keeps_apostrophe_given_names),
		cmocka_unit_test(test_people__finds_compound_surnames),
		cmocka_unit_test(test_people__finds_upper_case_surnames),
		cmocka_unit_test(test_people__finds_listed_minority_names),
		cmocka_unit_test(test_people__finds_a_single_name_beside_a_post_in_any_case),
		cmocka_unit_test(test_people__spans_cover_each_mention),
		cmocka_unit_test(test_people__excludes_bracketed_reporter_byline),
		cmocka_unit_test(test_people__excludes_wire_credits),
		cmocka_unit_test(test_people__excludes_every_name_of_a_byline),
		cmocka_unit_test(test_people__excludes_a_credit_by_without_a_colon),
		cmocka_unit_test(test_people__excludes_credit_lines),
		cmocka_unit_test(test_people__excludes_a_pages_editorial_credits),
		cmocka_unit_test(test_people__leaves_name_shaped_places_alone),
		cmocka_unit_test(test_people__a_name_before_a_buildings_word_is_a_place),
		cmocka_unit_test(test_people__syllables_of_things_are_no_people),
		cmocka_unit_test(test_people__a_surname_before_a_given_name_that_is_no_pinyin),
		cmocka_unit_test(test_people__a_headlines_name_garbled_below_is_one_person),
		cmocka_unit_test(test_people__a_name_over_blanks_has_one_space),
		cmocka_unit_test(test_people__a_pair_inside_or_before_a_place_is_no_person),
		cmocka_unit_test(test_people__a_surname_after_a_post_is_the_posts_holder),
		cmocka_unit_test(test_people__a_surname_after_a_post_matches_its_rank),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
