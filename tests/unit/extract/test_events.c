/* test_events.c — src/extract/events.c through readout_extract: who presided, spoke and
 * attended (active and passive cues, lists), and the host and level of the main event. */
#include "support.h"

#include <stdio.h>
#include <string.h>

static const readout_event *main_event(const readout_record *rec)
{
	assert_true(rec->nevents >= 1);
	return &rec->events[0];
}

static void assert_role(const readout_value *v, size_t n, const char *name, const char *role)
{
	if (support_values_have(v, n, name))
		return;
	fprintf(stderr, "%s:", role);
	for (size_t i = 0; i < n; i++)
		fprintf(stderr, " [%s]", v[i].text);
	fprintf(stderr, "\n");
	fail_msg("'%s' is not among those who %s", name, role);
}

#define assert_presided(e, name) assert_role((e)->presided, (e)->npresided, name, "presided")
#define assert_spoke(e, name) assert_role((e)->spoke, (e)->nspoke, name, "spoke")
#define assert_attended(e, name) assert_role((e)->attended, (e)->nattended, name, "attended")

static void test_events__presided_over_the_meeting(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, the Songlin Municipal Party Committee held a meeting. Gu Wenbo, Secretary of "
		"the Municipal Party Committee, presided over the meeting and delivered a speech."));
	assert_int_equal(e->npresided, 1);
	assert_presided(e, "Gu Wenbo");
	assert_spoke(e, "Gu Wenbo");
}

static void test_events__was_presided_over_by(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, the Standing Committee of the Songlin Municipal Party Committee held a "
		"meeting. The meeting was presided over by Gu Wenbo, Secretary of the Municipal Party "
		"Committee."));
	assert_int_equal(e->npresided, 1);
	assert_presided(e, "Gu Wenbo");
	assert_int_equal(e->nattended, 0);
}

static void test_events__spoke_by_speech_cues(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, the county held a meeting. Gu Wenbo presided over the meeting. Fang Zhiyuan "
		"made a speech. Xu Haoran spoke at the meeting."));
	assert_presided(e, "Gu Wenbo");
	assert_spoke(e, "Fang Zhiyuan");
	assert_spoke(e, "Xu Haoran");
}

static void test_events__attended_takes_every_name_of_a_list(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, the county held a meeting. Gu Wenbo presided over the meeting. Tang Lihua, "
		"Fang Zhiyuan, Xu Haoran and Ouyang Xiaowen attended the meeting."));
	assert_presided(e, "Gu Wenbo");
	assert_int_equal(e->nattended, 4);
	assert_attended(e, "Tang Lihua");
	assert_attended(e, "Fang Zhiyuan");
	assert_attended(e, "Xu Haoran");
	assert_attended(e, "Ouyang Xiaowen");
	/* roles keep the order of the text */
	assert_string_equal(e->attended[0].text, "Tang Lihua");
	assert_string_equal(e->attended[3].text, "Ouyang Xiaowen");
}

static void test_events__was_attended_by(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, the county held a meeting. Gu Wenbo presided over the meeting. The meeting was "
		"attended by Tang Lihua and Fang Zhiyuan."));
	assert_attended(e, "Tang Lihua");
	assert_attended(e, "Fang Zhiyuan");
}

static void test_events__attending_the_meeting_were(void **state)
{
	/* the inverted order of Xinhua's English */
	const readout_event *e = main_event(support_extract(
		"On May 6, the county held a meeting. Gu Wenbo presided over the meeting. Attending the "
		"meeting were Tang Lihua and Fang Zhiyuan."));
	assert_attended(e, "Tang Lihua");
	assert_attended(e, "Fang Zhiyuan");
}

static void test_events__role_spans_point_at_names(void **state)
{
	const readout_record *rec = support_extract(
		"On May 6, the county held a meeting. Gu Wenbo presided over the meeting.");
	const readout_event *e = main_event(rec);
	assert_int_equal(e->npresided, 1);
	assert_true(e->presided[0].nspans >= 1);
	assert_string_equal(support_span_text(e->presided[0].spans[0]), "Gu Wenbo");
	assert_string_equal(support_span_text(e->span), "On May 6, the county held a meeting.");
}

static void test_events__host_and_level_from_the_committee(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, the Lanshui County Party Committee held a meeting. Gu Wenbo presided."));
	assert_str(e->host.text, "Lanshui County Party Committee");
	assert_str(e->level.text, "county");
	e = main_event(support_extract(
		"On May 6, the Songlin Municipal Party Committee held a meeting. Gu Wenbo presided."));
	assert_str(e->host.text, "Songlin Municipal Party Committee");
	assert_str(e->level.text, "prefectural");
}

static void test_events__text_without_meeting_has_no_roles(void **state)
{
	const readout_record *rec = support_extract("The weather in Lanshui was fine all week.");
	for (size_t i = 0; i < rec->nevents; i++) {
		assert_int_equal(rec->events[i].npresided, 0);
		assert_int_equal(rec->events[i].nspoke, 0);
		assert_int_equal(rec->events[i].nattended, 0);
	}
	assert_int_equal(rec->npeople, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_events__presided_over_the_meeting),
		cmocka_unit_test(test_events__was_presided_over_by),
		cmocka_unit_test(test_events__spoke_by_speech_cues),
		cmocka_unit_test(test_events__attended_takes_every_name_of_a_list),
		cmocka_unit_test(test_events__was_attended_by),
		cmocka_unit_test(test_events__attending_the_meeting_were),
		cmocka_unit_test(test_events__role_spans_point_at_names),
		cmocka_unit_test(test_events__host_and_level_from_the_committee),
		cmocka_unit_test(test_events__text_without_meeting_has_no_roles),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
