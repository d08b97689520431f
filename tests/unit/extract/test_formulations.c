/* test_formulations.c — src/extract/formulations.c through readout_extract: quoted slogans,
 * numbered formulas without quotes, renderings grouped under one Chinese original; counts,
 * names and quoted speech left out. */
#include "support.h"

#include <string.h>

static const readout_formulation *formulation(const readout_record *rec, const char *form)
{
	const readout_formulation *f = support_formulation(rec, form);
	if (!f)
		fail_msg("no formulation '%s' (%zu found)", form, rec->nformulations);
	return f;
}

static void assert_no_formulation(const readout_record *rec, const char *needle)
{
	for (size_t i = 0; i < rec->nformulations; i++)
		for (size_t k = 0; k < rec->formulations[i].nforms; k++)
			if (strstr(rec->formulations[i].forms[k], needle))
				fail_msg("'%s' taken as a formulation", rec->formulations[i].forms[k]);
}

static void test_formulations__records_quoted_slogans(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. The meeting called for carrying out the "
		"\xe2\x80\x9cthree stricts and three earnests\xe2\x80\x9d in depth.");
	const readout_formulation *f = formulation(rec, "three stricts and three earnests");
	assert_int_equal(f->count, 1);
	assert_int_equal(f->nspans, 1);
	assert_string_equal(support_span_text(f->spans[0]), "three stricts and three earnests");
}

static void test_formulations__records_numbered_formulas_without_quotes(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. The meeting required cadres to achieve the four "
		"always and to keep the nine profound understandings in mind.");
	assert_int_equal(formulation(rec, "four always")->count, 1);
	assert_int_equal(formulation(rec, "nine profound understandings")->count, 1);
}

static void test_formulations__leaves_counts_out(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Cadres must learn from 13 aspects and finish the "
		"training in five days; three people spoke.");
	assert_no_formulation(rec, "aspects");
	assert_no_formulation(rec, "days");
	assert_no_formulation(rec, "people");
}

static void test_formulations__groups_renderings_under_one_original(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. The meeting called for deeply understanding the "
		"\xe2\x80\x9ctwo establishments\xe2\x80\x9d and resolutely upholding the \"two to "
		"establish\". The \xc2\xa1\xc2\xb0two establishments\xc2\xa1\xc2\xb1 are decisive.");
	const readout_formulation *a = formulation(rec, "two establishments");
	const readout_formulation *b = formulation(rec, "two to establish");
	assert_ptr_equal(a, b);
	assert_non_null(a->zh);
	assert_str(a->zh, "\xe4\xb8\xa4\xe4\xb8\xaa\xe7\xa1\xae\xe7\xab\x8b"); /* 两个确立 */
	assert_int_equal(a->nforms, 2);
	assert_int_equal(a->count, 3);
	assert_int_equal(a->nspans, 3);
	for (size_t i = 0; i + 1 < a->nspans; i++)
		assert_true(a->spans[i].end <= a->spans[i + 1].start);
}

static void test_formulations__leaves_quoted_speech_and_names_out(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Gu Wenbo said, \xe2\x80\x9cWe must work hard.\xe2\x80\x9d "
		"Cadres visited the \"Red Boat Memorial Hall\" and the \"Lanshui Science Museum\".");
	assert_no_formulation(rec, "work hard");
	assert_no_formulation(rec, "Memorial Hall");
	assert_no_formulation(rec, "Science Museum");
}

static void test_formulations__leaves_quoted_document_titles_out(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. The meeting studied the \xe2\x80\x9cRegulations on "
		"Inspection Work\xe2\x80\x9d and an editorial of the \"Songlin Daily\".");
	assert_no_formulation(rec, "Regulations");
	assert_no_formulation(rec, "Songlin Daily");
}

static void test_formulations__are_ordered_by_first_use(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. It urged the \xe2\x80\x9cthree stricts and three "
		"earnests\xe2\x80\x9d, then the four always, then the \xe2\x80\x9ctwo establishments\xe2\x80\x9d.");
	assert_int_equal(rec->nformulations, 3);
	for (size_t i = 0; i + 1 < rec->nformulations; i++)
		assert_true(rec->formulations[i].spans[0].start < rec->formulations[i + 1].spans[0].start);
}

static void test_formulations__say_how_they_were_found(void **state)
{
	const readout_record *rec = support_extract(
		"The meeting stressed the \xe2\x80\x9ctwo establishments\xe2\x80\x9d, the four consciousnesses "
		"and high-quality development, and again high-quality development.");
	assert_int_equal(formulation(rec, "two establishments")->cue, READOUT_CUE_QUOTED);
	assert_int_equal(formulation(rec, "four consciousnesses")->cue, READOUT_CUE_NUMBERED);
	const readout_formulation *f = formulation(rec, "high-quality development");
	assert_int_equal(f->cue, READOUT_CUE_LEXICON); /* counted wherever it occurs */
	assert_int_equal(f->count, 2);
	/* "first" in "people first" is no number */
	rec = support_extract("We must put people first and life first in this work.");
	for (size_t i = 0; i < rec->nformulations; i++)
		assert_int_equal(rec->formulations[i].cue, READOUT_CUE_LEXICON);
	/* the strongest use names the entry */
	rec = support_extract("He spoke of common prosperity. We pursue \xe2\x80\x9c" "common prosperity\xe2\x80\x9d.");
	assert_int_equal(formulation(rec, "common prosperity")->cue, READOUT_CUE_QUOTED);
}

static void test_formulations__a_quoted_compound_slogan_stays_whole(void **state)
{
	const readout_record *rec = support_extract(
		"We will do a good job in \xe2\x80\x9cstable employment, stable finance, stable foreign trade and "
		"stable investment\xe2\x80\x9d this year.");
	formulation(rec, "stable employment, stable finance, stable foreign trade and stable investment");
	/* a quoted sentence is speech, not a slogan */
	rec = support_extract("He said \xe2\x80\x9cwe have done a great deal of work in the past year, and we will "
	                      "do more work in the coming year to make people happy\xe2\x80\x9d at the meeting.");
	assert_int_equal(rec->nformulations, 0);
}

static void test_formulations__the_punctuation_inside_the_marks_is_not_the_slogans(void **state)
{
	const readout_record *rec = support_extract(
		"Mao put forward the \"two musts,\" that is, modesty and prudence. The plan sets out the "
		"\xe2\x80\x9c" "five major strategies.\xe2\x80\x9d");
	formulation(rec, "two musts");
	formulation(rec, "five major strategies");
}

static void test_formulations__a_number_before_the_marks_is_the_formulas(void **state)
{
	const readout_record *rec = support_extract(
		"We must achieve the three \xe2\x80\x9cin place\xe2\x80\x9d of understanding and work.");
	formulation(rec, "three in place");
	assert_null(support_formulation(rec, "in place"));
}

/* Issue 9: a formula of numbers joined by plus signs is a numbered formulation, quoted. */
static void test_formulations__plus_formulas(void **state)
{
	const readout_record *rec = support_extract(
		"The meeting stressed that all departments should focus on the \xe2\x80\x9c" "1+5+12+N\xe2\x80\x9d system "
		"and spend \xe2\x80\x9c" "20 days\xe2\x80\x9d on it.");
	assert_int_equal(rec->nformulations, 1);
	assert_string_equal(rec->formulations[0].forms[0], "1+5+12+N");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_formulations__plus_formulas),
		cmocka_unit_test(test_formulations__say_how_they_were_found),
		cmocka_unit_test(test_formulations__a_quoted_compound_slogan_stays_whole),
		cmocka_unit_test(test_formulations__the_punctuation_inside_the_marks_is_not_the_slogans),
		cmocka_unit_test(test_formulations__a_number_before_the_marks_is_the_formulas),
		cmocka_unit_test(test_formulations__records_quoted_slogans),
		cmocka_unit_test(test_formulations__records_numbered_formulas_without_quotes),
		cmocka_unit_test(test_formulations__leaves_counts_out),
		cmocka_unit_test(test_formulations__groups_renderings_under_one_original),
		cmocka_unit_test(test_formulations__leaves_quoted_speech_and_names_out),
		cmocka_unit_test(test_formulations__leaves_quoted_document_titles_out),
		cmocka_unit_test(test_formulations__are_ordered_by_first_use),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
