/* test_blanks.c — the page's blanks are layout, not meaning: a text wrapped by hand (line breaks
 * inside sentences, words hyphenated at a line's end), doubled spaces, tabs and no-break spaces
 * give the record the same text would give written in one line with single spaces. */
#include "support.h"

#include <stdio.h>
#include <string.h>

static const readout_event *main_event(const readout_record *rec)
{
	assert_true(rec->nevents >= 1);
	return &rec->events[0];
}

/* lines cut at about 60 columns, as an e-mail or a PDF copy gives them */
static const char *const wrapped =
	"Release time: 2022-10-28\n"
	"\n"
	"Zhou Mingyuan, Secretary of the Leading Party Members' Group and Vice-\n"
	"Chairman of the Songlin Federation of Trade Unions, on October 24\n"
	"presided over a meeting to study the spirit of the congress and the\n"
	"\"two establishments\". The meeting was attended by Wang Jiahui and Li\n"
	"Xiaofeng, members of the Leading Party Members' Group, who spoke in\n"
	"turn on the work of the year. The meeting called on all the members to\n"
	"keep in mind the tasks that the congress set and to carry them out in\n"
	"every field of the federation's work.\n";

static void test_blanks__a_name_broken_over_two_lines_is_one_person(void **state)
{
	const readout_record *rec = support_extract(wrapped);
	assert_non_null(support_person(rec, "Li Xiaofeng"));
	const readout_event *e = main_event(rec);
	assert_true(support_values_have(e->spoke, e->nspoke, "Li Xiaofeng"));
}

static void test_blanks__a_date_at_a_lines_end_dates_the_verb_on_the_next(void **state)
{
	const readout_event *e = main_event(support_extract(wrapped));
	assert_str(e->date.text, "2022-10-24");
	assert_true(support_values_have(e->presided, e->npresided, "Zhou Mingyuan"));
}

static void test_blanks__a_word_hyphenated_at_a_lines_end_is_one_word(void **state)
{
	const readout_person *p = support_person(support_extract(wrapped), "Zhou Mingyuan");
	assert_non_null(p);
	bool whole = false;
	for (size_t i = 0; i < p->ntitles; i++)
		whole |= strstr(p->titles[i].text, "Vice-Chairman of the Songlin Federation") != NULL;
	assert_true(whole);
}

static void test_blanks__a_quotation_broken_over_two_lines_is_read(void **state)
{
	const readout_record *rec = support_extract(
		"On October 24, 2022, the county Party committee held a meeting. It called on all to\n"
		"firmly support the \"two\n"
		"establishments\" and to study the report of the congress in depth, and every member of\n"
		"the committee spoke at the meeting on what the county will do.\n");
	const readout_formulation *f = support_formulation(rec, "two establishments");
	assert_non_null(f);
	assert_int_equal(f->cue, READOUT_CUE_QUOTED);
}

static void test_blanks__a_line_that_ends_with_a_number_still_ends_a_sentence(void **state)
{
	/* only a lower-case word after a number continues a wrapped line */
	const readout_record *rec = support_extract(
		"Meeting of the Songlin County Party Committee 2022\n"
		"Zhou Mingyuan presided over the meeting on October 24, 2022, and spoke, and the work\n"
		"of the year was reviewed at length by all the members who took part in it, and the\n"
		"members then discussed the plans of the county for the coming year in some detail\n"
		"and agreed on them.\n");
	const readout_event *e = main_event(rec);
	assert_true(support_values_have(e->presided, e->npresided, "Zhou Mingyuan"));
	assert_str(e->date.text, "2022-10-24");
}

static void test_blanks__doubled_spaces_and_no_break_spaces_in_a_date(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On  October  24,  2022,  the Songlin County Party Committee held a meeting. Zhou "
		"Mingyuan presided."));
	assert_str(e->date.text, "2022-10-24");
	assert_string_equal(support_span_text(e->date.spans[0]), "October  24,  2022");
	e = main_event(support_extract("On October\xc2\xa0" "24,\xc2\xa0" "2022, the Songlin County Party Committee "
	                               "held a meeting. Zhou Mingyuan presided."));
	assert_str(e->date.text, "2022-10-24");
}

static void test_blanks__a_value_has_single_spaces(void **state)
{
	const readout_record *rec = support_extract(
		"On October 24, 2022, the Songlin  County\tParty Committee held a meeting. Zhou "
		"Mingyuan, Secretary  of  the County  Party Committee, presided.");
	assert_str(main_event(rec)->host.text, "Songlin County Party Committee");
	const readout_person *p = support_person(rec, "Zhou Mingyuan");
	assert_non_null(p);
	assert_true(support_has_title(p, "Secretary of the County Party Committee"));
}

static void test_blanks__a_labelled_date_is_the_reports_not_the_pages_clock(void **state)
{
	/* a page's header shows today's date; the report's own date has its label */
	const readout_record *rec = support_extract(
		"Wednesday  November  14, 2018\n"
		"County holds meeting\n"
		"Date: 2017-11-08   source: county news\n"
		"\n"
		"On November 6, the Songlin County Party Committee held a meeting. Zhou Mingyuan "
		"presided.");
	assert_str(rec->published, "2017-11-08");
	assert_str(main_event(rec)->date.text, "2017-11-06");
}

static void test_blanks__the_same_day_as_the_reports_date(void **state)
{
	const readout_record *rec = support_extract(
		"Date: June 16, 2021\n"
		"\n"
		"The Songlin Municipal Party Committee held a meeting on the same day. Zhou Mingyuan "
		"presided.");
	assert_str(main_event(rec)->date.text, "2021-06-16");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_blanks__a_name_broken_over_two_lines_is_one_person),
		cmocka_unit_test(test_blanks__a_date_at_a_lines_end_dates_the_verb_on_the_next),
		cmocka_unit_test(test_blanks__a_word_hyphenated_at_a_lines_end_is_one_word),
		cmocka_unit_test(test_blanks__a_quotation_broken_over_two_lines_is_read),
		cmocka_unit_test(test_blanks__a_line_that_ends_with_a_number_still_ends_a_sentence),
		cmocka_unit_test(test_blanks__doubled_spaces_and_no_break_spaces_in_a_date),
		cmocka_unit_test(test_blanks__a_value_has_single_spaces),
		cmocka_unit_test(test_blanks__a_labelled_date_is_the_reports_not_the_pages_clock),
		cmocka_unit_test(test_blanks__the_same_day_as_the_reports_date),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
