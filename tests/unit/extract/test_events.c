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

static void test_events__a_leader_whose_thought_is_studied_below_the_centre(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On June 19, 2023, Zhou Mingyuan presided over a meeting of the Provincial Party Committee to study "
		"Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era. The meeting pointed out "
		"that the study matters. General Secretary Xi Jinping put forward clear requirements for the study of "
		"the province.")->events[0];
	assert_false(support_values_have(e->spoke, e->nspoke, "Xi Jinping"));
	/* at the centre the leader may well speak at a conference on his thought */
	e = &support_extract(
		"On April 3, 2023, a work conference on studying Xi Jinping Thought on Socialism with Chinese "
		"Characteristics for a New Era was held in Beijing. Xi Jinping, General Secretary of the CPC Central "
		"Committee, delivered an important speech at the conference.")->events[0];
	assert_true(support_values_have(e->spoke, e->nspoke, "Xi Jinping"));
}

/* A list of names after a cue ends where "and" opens a new verb of the sentence's subject. */
static void test_events__a_list_after_a_cue_ends_at_and_a_verb(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On May 6, 2021, the county held a meeting presided over by Gu Wenbo, and reviewed the "
		"notice of the provincial government. The meeting was hosted by Fang Zhiyuan and "
		"quoted Governor Lu Meng's words on the harvest.")->events[0];
	assert_presided(e, "Gu Wenbo");
	assert_presided(e, "Fang Zhiyuan");
	assert_false(support_values_have(e->presided, e->npresided, "Lu Meng"));
	/* "and" before those honoured is still the list */
	e = &support_extract("On May 6, 2021, the county held a meeting attended by Gu Wenbo and retired cadres "
	                     "Fang Zhiyuan and Lu Meng.")->events[0];
	assert_attended(e, "Lu Meng");
}

/* A speech in the passive, speakers after their verb, deployments made: each is a speech. */
static void test_events__passive_and_inverted_speeches(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On May 6, 2021, the county held a lecture on the plenum. The report was made by Gu Wenbo, member of "
		"the lecture group. Also speaking at the meeting were Fang Zhiyuan and Lu Meng. Tang Lihua made "
		"deployments for the next stage. Kong Yuxi clarified that the work must go on.")->events[0];
	assert_spoke(e, "Gu Wenbo");
	assert_spoke(e, "Fang Zhiyuan");
	assert_spoke(e, "Lu Meng");
	assert_spoke(e, "Tang Lihua");
	assert_spoke(e, "Kong Yuxi");
	e = &support_extract("On May 6, 2021, the county held a meeting. A speech was delivered by Gu Wenbo. Speeches "
	                     "were made by Fang Zhiyuan and Lu Meng.")->events[0];
	assert_spoke(e, "Gu Wenbo");
	assert_spoke(e, "Lu Meng");
	/* a letter or a decision read out is a speech of its reader */
	e = &support_extract("On May 6, 2021, the county held a meeting. The congratulatory letter was read out by "
	                     "Kong Yuxi. The decision was read by Tang Lihua.")->events[0];
	assert_spoke(e, "Kong Yuxi");
	assert_spoke(e, "Tang Lihua");
}

/* A speech the meeting studies, named before its author is said to speak, is another day's;
 * one named after a speaker spoke is his speech at this meeting. */
static void test_events__a_speech_studied_before_its_author_speaks(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On May 6, 2021, the county held a meeting. Gu Wenbo presided. The meeting studied the important "
		"instructions of General Secretary Xi Jinping. Xi Jinping emphasized that the work must go on. The "
		"meeting conveyed the speech of Provincial Party Secretary Fang Zhiyuan at the provincial conference. "
		"Fang Zhiyuan pointed out that the harvest matters.")->events[0];
	assert_presided(e, "Gu Wenbo");
	assert_false(support_values_have(e->spoke, e->nspoke, "Xi Jinping"));
	assert_false(support_values_have(e->spoke, e->nspoke, "Fang Zhiyuan"));
	e = &support_extract("On May 6, 2021, the county held a meeting. Gu Wenbo presided. Fang Zhiyuan delivered a "
	                     "speech. The meeting asked all to study Comrade Fang Zhiyuan's speech.")->events[0];
	assert_spoke(e, "Fang Zhiyuan");
}

/* "X, who presided over the meeting, made a speech": the verb after a relative clause is
 * its subject's. */
static void test_events__a_verb_after_a_relative_clause(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On May 6, 2021, the county held a meeting. Gu Wenbo, who chaired the meeting, made a speech.")->events[0];
	assert_presided(e, "Gu Wenbo");
	assert_spoke(e, "Gu Wenbo");
	e = &support_extract("On May 6, 2021, Fang Zhiyuan, who presided over the meeting of the county, stressed "
	                     "that the harvest matters.")->events[0];
	assert_presided(e, "Fang Zhiyuan");
	assert_spoke(e, "Fang Zhiyuan");
}

/* After ", and" or ";" names with a verb of their own leave the list of "chaired by". */
static void test_events__names_with_their_own_verb_end_a_list(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On May 6, 2021, the county held a meeting. The meeting was chaired by Gu Wenbo, and Fang Zhiyuan, "
		"Lu Meng attended.")->events[0];
	assert_presided(e, "Gu Wenbo");
	assert_false(support_values_have(e->presided, e->npresided, "Lu Meng"));
	assert_attended(e, "Fang Zhiyuan");
	assert_attended(e, "Lu Meng");
	e = &support_extract("On May 6, 2021, the county held a meeting hosted by Gu Wenbo; Fang Zhiyuan, deputy county "
	                     "head, delivered a speech.")->events[0];
	assert_false(support_values_have(e->presided, e->npresided, "Fang Zhiyuan"));
	assert_spoke(e, "Fang Zhiyuan");
	/* an Oxford comma before the list's last name keeps it in the list */
	e = &support_extract("On May 6, 2021, the county held a meeting. It was chaired by Gu Wenbo, Fang Zhiyuan, "
	                     "and Lu Meng.")->events[0];
	assert_presided(e, "Lu Meng");
}

/* "with X presiding": the participle alone, at the sentence's end, names the presider. */
static void test_events__with_a_presider_presiding(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On May 6, 2021, the county held a meeting, with County Head Gu Wenbo presiding.")->events[0];
	assert_presided(e, "Gu Wenbo");
}

/* "he" after an opening phrase, "In X's speech, he said", and after "presided over by X". */
static void test_events__he_after_an_opening_phrase_or_a_passive_presider(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On May 6, 2021, the county held a meeting. Gu Wenbo presided over the meeting. In his speech, he "
		"emphasized the harvest.")->events[0];
	assert_spoke(e, "Gu Wenbo");
	e = &support_extract("On May 6, 2021, the county held a meeting. Gu Wenbo took the chair, and Fang Zhiyuan "
	                     "and Lu Meng attended. In Fang's speech, he said the harvest matters.")->events[0];
	assert_spoke(e, "Fang Zhiyuan");
	assert_false(support_values_have(e->spoke, e->nspoke, "Gu Wenbo"));
	e = &support_extract("On May 6, 2021, the county held a meeting. The meeting was presided over by Gu Wenbo. "
	                     "He emphasized the harvest.")->events[0];
	assert_spoke(e, "Gu Wenbo");
	/* a name in the opening phrase that is no possessive leaves "he" unknown */
	e = &support_extract("On May 6, 2021, the county held a meeting. Gu Wenbo presided over the meeting. As Lu "
	                     "Meng wrote, he emphasized the harvest.")->events[0];
	assert_false(support_values_have(e->spoke, e->nspoke, "Gu Wenbo"));
}

/* An inspection team's feedback, a tutorial ("counseling") lecture, a mobilization speech
 * and taking the floor are speeches. */
static void test_events__feedback_counseling_and_the_floor(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On May 6, 2021, the inspection team held a feedback meeting in the county. Gu Wenbo presided. Fang "
		"Zhiyuan fed back the opinions of the inspection. Lu Meng gave a counseling on the plenum. Kong Yuxi "
		"made a mobilization for the campaign. Tang Lihua took the floor.")->events[0];
	assert_spoke(e, "Fang Zhiyuan");
	assert_spoke(e, "Lu Meng");
	assert_spoke(e, "Kong Yuxi");
	assert_spoke(e, "Tang Lihua");
}

/* "He said that Secretary X emphasized ...": those named in what "he" reports did not speak,
 * as after a name's "said that". */
static void test_events__a_leader_quoted_after_he_said_that(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On May 6, 2021, the county held a meeting. Gu Wenbo presided and delivered a speech. He said that "
		"Fang Zhiyuan, secretary of the provincial party committee, emphasized that the harvest matters. He "
		"stressed: General Secretary Xi Jinping pointed out that we must work hard.")->events[0];
	assert_spoke(e, "Gu Wenbo");
	assert_false(support_values_have(e->spoke, e->nspoke, "Fang Zhiyuan"));
	assert_false(support_values_have(e->spoke, e->nspoke, "Xi Jinping"));
}

/* A joint meeting's presiders: "co-chaired", "co-hosted", "co-presided over", "officiated". */
static void test_events__joint_presiders(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On May 6, 2021, the two counties held a joint meeting. Gu Wenbo and Fang Zhiyuan co-chaired the "
		"meeting.")->events[0];
	assert_presided(e, "Gu Wenbo");
	assert_presided(e, "Fang Zhiyuan");
	e = &support_extract("On May 6, 2021, the two counties held a joint meeting, co-hosted by Gu Wenbo and Lu "
	                     "Meng.")->events[0];
	assert_presided(e, "Lu Meng");
	e = &support_extract("On May 6, 2021, the county held a ceremony. Kong Yuxi officiated at the ceremony.")->events[0];
	assert_presided(e, "Kong Yuxi");
}

/* "Attending leaders: A, B", "Guests: A, B": labels of those attending, on a line of their
 * own or before a colon. */
static void test_events__attending_leaders_and_guests_labels(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On May 6, 2021, the county held a meeting. Gu Wenbo presided. Attending leaders: Fang Zhiyuan, "
		"Lu Meng.")->events[0];
	assert_attended(e, "Fang Zhiyuan");
	assert_attended(e, "Lu Meng");
	e = &support_extract("On May 6, 2021, the county held a press conference.\nGuests\nKong Yuxi, deputy county "
	                     "head\nTang Lihua, director of the county bureau of statistics\n")->events[0];
	assert_attended(e, "Kong Yuxi");
	assert_attended(e, "Tang Lihua");
}

/* GUIDE 12: "presided over the meeting and conveyed and studied the spirit of X" is the
 * presider's agenda, no speech; "conveyed and explained", or another's "conveyed and
 * studied", is one. */
static void test_events__conveyed_and_studied_is_an_agenda(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On May 6, 2021, the county held a meeting. Gu Wenbo presided over the meeting and conveyed and "
		"studied the spirit of the plenum.")->events[0];
	assert_presided(e, "Gu Wenbo");
	assert_false(support_values_have(e->spoke, e->nspoke, "Gu Wenbo"));
	e = &support_extract("On May 6, 2021, the county held a meeting. Gu Wenbo presided over the meeting. Fang "
	                     "Zhiyuan conveyed and explained the spirit of the plenum. Lu Meng conveyed and studied "
	                     "the instructions of the provincial party committee.")->events[0];
	assert_spoke(e, "Fang Zhiyuan");
	assert_spoke(e, "Lu Meng"); /* with a subject of its own: a speech */
}

/* Headlines write the present: "X Chairs Meeting", "X hosts symposium", "X Attends and
 * Addresses Forum", "X calls for ...". */
static void test_events__headline_verbs_in_the_present(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"Gu Wenbo Chairs Standing Committee Meeting\n"
		"On May 6, 2021, the county party committee held a standing committee meeting. Fang Zhiyuan "
		"attended.")->events[0];
	assert_presided(e, "Gu Wenbo");
	e = &support_extract("Gu Wenbo chairs meeting, stresses flood control\n"
	                     "On May 6, 2021, the county party committee held a meeting.")->events[0];
	assert_spoke(e, "Gu Wenbo"); /* a headline's verb after a comma keeps its subject */
	e = &support_extract("Lu Meng Attends and Addresses Forum\n"
	                     "On May 6, 2021, the county held a forum. Kong Yuxi presided.")->events[0];
	assert_spoke(e, "Lu Meng");
	assert_presided(e, "Kong Yuxi");
}

static void test_events__a_tour_in_the_words_of_local_reports(void **state)
{
	(void)state;
	const readout_event *e = &support_extract(
		"On May 6, 2021, Li Ming, Secretary of the Provincial Party Committee, went deep into Hefei to "
		"investigate flood control work.")->events[0];
	assert_str(e->type.text, "inspection tour");
	e = &support_extract("On May 6, 2021, Li Ming, Secretary of the Provincial Party Committee, supervised and "
	                     "inspected flood control work in Hefei.")->events[0];
	assert_str(e->type.text, "inspection tour");
	/* a meeting held to look into something is a meeting */
	e = &support_extract("On May 6, 2021, the Municipal Party Committee held a meeting to inspect the work.")->events[0];
	assert_str(e->type.text, "meeting");
}

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

static void test_events__a_leader_studied_is_not_a_speaker(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, the County Party Committee held a study session. Gu Wenbo presided over the meeting "
		"and pointed out that General Secretary Xi Jinping delivered an important speech on rural work. "
		"The meeting said that Xi Jinping stressed the need to deepen reform."));
	assert_presided(e, "Gu Wenbo");
	assert_spoke(e, "Gu Wenbo");
	assert_false(support_values_have(e->spoke, e->nspoke, "Xi Jinping"));
}

static void test_events__speakers_and_chairperson_headers(void **state)
{
	const readout_event *e = main_event(support_extract(
		"Press conference on the plan\n"
		"Chairperson:\n"
		"Gu Wenbo, spokesperson of the Publicity Department\n"
		"Speakers\n"
		"Fang Zhiyuan, Secretary of the Provincial Party Committee\n"
		"Lu Meng, Governor\n"
		"Date:\n"
		"June 16, 2021"));
	assert_presided(e, "Gu Wenbo");
	assert_spoke(e, "Fang Zhiyuan");
	assert_spoke(e, "Lu Meng");
	/* "chairperson" inside an appositive is a post, not a header */
	e = main_event(support_extract(
		"Kong Yuxi, executive chairperson of the presidium of the session, presided over the meeting."));
	assert_presided(e, "Kong Yuxi");
}

static void test_events__a_name_before_a_colon_speaks(void **state)
{
	const readout_event *e = main_event(support_extract(
		"Provincial Secretary Gu Wenbo: the county's work is crucial\n\n"
		"On May 6, the Provincial Party Committee held a meeting. \u201cXi Jinping: The Governance of China\u201d "
		"was studied."));
	assert_spoke(e, "Gu Wenbo");
	assert_false(support_values_have(e->spoke, e->nspoke, "Xi Jinping"));
}

static void test_events__with_a_name_presiding(void **state)
{
	const readout_event *e = main_event(support_extract(
		"BEIJING, March 14 -- The State Council held its first executive meeting Tuesday, with Premier "
		"Gu Wenbo presiding over the meeting."));
	assert_presided(e, "Gu Wenbo");
}

static void test_events__who_carries_the_subject(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, the Municipal Party Committee held a study session. The session was presided over "
		"by Gu Wenbo, secretary of the municipal party committee, who also delivered a speech."));
	assert_presided(e, "Gu Wenbo");
	assert_spoke(e, "Gu Wenbo");
}

static void test_events__a_roster_of_lines_attended(void **state)
{
	const readout_event *e = main_event(support_extract(
		"Briefing on the county's development\n"
		"The Information Office held a press conference on Thursday.\n\n"
		"Mr. Gu Wenbo, secretary of the Lanshui Municipal Party Committee\n\n"
		"Fang Zhiyuan, a member of the Standing Committee and vice mayor of Lanshui\n\n"
		"Lu Meng spoke about the plan.\n"));
	assert_attended(e, "Gu Wenbo");
	assert_attended(e, "Fang Zhiyuan");
	assert_spoke(e, "Lu Meng");
	/* one such line, a photo caption, lists nobody */
	e = main_event(support_extract(
		"The Information Office held a press conference on Thursday.\n\n"
		"Gu Wenbo, secretary of the Lanshui Municipal Party Committee\n\n"
		"The conference lasted an hour.\n"));
	assert_false(support_values_have(e->attended, e->nattended, "Gu Wenbo"));
}

static void test_events__views_contributed_and_investigating_together(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, the Lanshui delegation held a meeting to deliberate the report. Other delegates, "
		"including Gu Wenbo and Fang Zhiyuan, also contributed their views on the report. Lu Meng, deputy "
		"secretary, investigated together."));
	assert_spoke(e, "Gu Wenbo");
	assert_spoke(e, "Fang Zhiyuan");
	assert_attended(e, "Lu Meng");
}

static void test_events__said_after_a_quotation(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, the Standing Committee of the Lanshui People's Congress held a session. \u201cThe law is a "
		"milestone,\u201d said top legislator Gu Wenbo when addressing the session. Fang Zhiyuan said the "
		"work went well."));
	assert_spoke(e, "Gu Wenbo");
	assert_spoke(e, "Fang Zhiyuan");
}

static void test_events__instructions_made_and_words_quoted(void **state)
{
	const readout_event *e = main_event(support_extract(
		"After the earthquake in Songlin County, Gu Wenbo, Secretary of the Provincial Party Committee, "
		"made important instructions to rescue the affected people."));
	assert_spoke(e, "Gu Wenbo");
	/* a leader named inside a delegate's quoted words did not speak there */
	e = main_event(support_extract(
		"On March 6, the Songlin delegation held a meeting. Fang Zhiyuan spoke at the meeting.\n\n"
		"\u201cGu Wenbo has made a series of instructions on the development of our province. We must "
		"follow them,\u201d said Fang Zhiyuan."));
	assert_spoke(e, "Fang Zhiyuan");
	assert_false(support_values_have(e->spoke, e->nspoke, "Gu Wenbo"));
}

static void test_events__a_list_after_a_cue_ends_at_a_new_clause(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On September 5, the Party Committee of the university held a study meeting. Hosted by Gu Wenbo, "
		"the meeting invited Fang Zhiyuan to report on the conference."));
	assert_presided(e, "Gu Wenbo");
	assert_false(support_values_have(e->presided, e->npresided, "Fang Zhiyuan"));
}

static void test_events__a_person_who_held_the_meeting_presided(void **state)
{
	const readout_event *e = main_event(support_extract(
		"Songlin Mayor Gu Wenbo held a special meeting on flood prevention on January 10, 2018. Gu "
		"emphasized that all parties should act."));
	assert_presided(e, "Gu Wenbo");
	/* a body holds meetings; nobody presides for it */
	e = main_event(support_extract("On May 6, the Songlin Municipal Party Committee held a meeting."));
	assert_int_equal(e->npresided, 0);
}

static void test_events__commended_as_a_verb_not_after_an_article(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On July 16, Gu Wenbo presided over a meeting on typhoon prevention. After listening to the reports, "
		"Gu Wenbo commended the quick response. Fang Zhiyuan requested in the summary that work go on."));
	assert_spoke(e, "Gu Wenbo");
	assert_spoke(e, "Fang Zhiyuan");
	e = main_event(support_extract(
		"On July 2, the county held a meeting with Lu Meng and Kong Yuxi, the commended outstanding Party "
		"secretaries. Dong Kaiwen took the chair."));
	assert_int_equal(e->nspoke, 0);
	assert_presided(e, "Dong Kaiwen");
}

static void test_events__speech_in_other_words(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, the county held a symposium. Gu Wenbo attended the meeting and encouraged the "
		"entrepreneurs. Fang Zhiyuan attended the meeting to guide and comment. Lu Meng went to the "
		"county to preside over the meeting. Attendees, including Kong Yuxi and Dong Kaiwen, expressed "
		"their gratitude."));
	assert_spoke(e, "Gu Wenbo");
	assert_spoke(e, "Fang Zhiyuan");
	assert_presided(e, "Lu Meng");
	assert_attended(e, "Kong Yuxi");
	assert_attended(e, "Dong Kaiwen");
	assert_false(support_values_have(e->spoke, e->nspoke, "Kong Yuxi"));
	/* a lesson taught, statements made in turn, a meeting sat in on */
	e = main_event(support_extract(
		"On May 6, the county held a meeting. Gu Wenbo taught a special party lesson. Fang Zhiyuan and "
		"Lu Meng made statements in turn. Kong Yuxi and Dong Kaiwen sat in on the meeting."));
	assert_spoke(e, "Gu Wenbo");
	assert_spoke(e, "Fang Zhiyuan");
	assert_spoke(e, "Lu Meng");
	assert_attended(e, "Kong Yuxi");
	assert_attended(e, "Dong Kaiwen");
	e = main_event(support_extract("On May 6, the county held a meeting. Leaders present included Gu Wenbo and "
	                               "Fang Zhiyuan. Lu Meng and Kong Yuxi observed the meeting."));
	assert_attended(e, "Gu Wenbo");
	assert_attended(e, "Fang Zhiyuan");
	assert_attended(e, "Lu Meng");
	assert_attended(e, "Kong Yuxi");
}

/* A record of other days, in the perfect, gives no role at this event: "has made important
 * instructions", "Since May, X has chaired five meetings"; this event's speakers in the perfect
 * ("had spoken at the symposium") keep theirs. */
static void test_events__a_record_in_the_perfect_is_no_role(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, 2021, the County Party Committee held a meeting. Gu Wenbo presided. General Secretary "
		"Fang Zhiyuan has inspected the county twice and made important remarks. Lu Meng and Kong Yuxi "
		"had spoken at the meeting."));
	assert_presided(e, "Gu Wenbo");
	assert_false(support_values_have(e->spoke, e->nspoke, "Fang Zhiyuan"));
	assert_spoke(e, "Lu Meng");
	assert_spoke(e, "Kong Yuxi");
	/* nor is such a record the event: the visit is, and the level comes from its leader */
	e = main_event(support_extract(
		"Fang Zhiyuan, general secretary of the CPC Central Committee, on Tuesday arrived in Fengyuan, "
		"Hubei Province, to inspect flood control work. The number of cases has dropped, with 19 cases "
		"reported on Monday.\n\nSince January 7, Fang has chaired seven meetings of the Political Bureau "
		"of the CPC Central Committee."));
	assert_int_equal(e->npresided, 0);
	assert_str(e->level.text, "central");
	assert_null(e->place.text);
	/* "X has stressed that ...": what someone said on other days, unless X takes part here */
	e = main_event(support_extract(
		"On May 6, 2021, the County Party Committee held a meeting. Gu Wenbo presided. Fang Zhiyuan has "
		"stressed that the Party must govern itself strictly. Gu Wenbo has stressed that the county must act."));
	assert_false(support_values_have(e->spoke, e->nspoke, "Fang Zhiyuan"));
	assert_spoke(e, "Gu Wenbo");
}

static void test_events__the_leader_whose_instructions_are_studied(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, the county held a meeting. The meeting studied the instructions of General Secretary "
		"Xi Jinping on the work, and summed up the experience."));
	assert_false(support_values_have(e->spoke, e->nspoke, "Xi Jinping"));
}

/* Issue 9: the anchor studies a leader's speech; a later sentence quotes him "stressing": he
 * still did not speak at this meeting. Someone who presided and is quoted keeps both roles. */
static void test_events__a_studied_speech_author_quoted_later(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On June 19th, the Lanxi Investment Group held a party committee meeting to convey the spirit of the "
		"important speech of General Secretary Xi Jinping during his visit to Zhejiang. Qian Liwei presided. "
		"General Secretary Xi Jinping stressed the need to promote high-quality development."));
	assert_presided(e, "Qian Liwei");
	assert_false(support_values_have(e->spoke, e->nspoke, "Xi Jinping"));
	e = main_event(support_extract(
		"On June 19th, the group held a meeting to study Qian Liwei's speech at the provincial conference. "
		"Qian Liwei presided over the meeting and stressed the need to act."));
	assert_presided(e, "Qian Liwei");
	assert_spoke(e, "Qian Liwei");
}

static void test_events__a_tour_and_those_met(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"On May 7, Gu Wenbo, deputy secretary of the Provincial Party Committee, toured Lanshui County to "
		"investigate rural revitalization. Fang Zhiyuan, secretary of the county Party committee, met with "
		"the inspection team."));
	assert_attended(e, "Gu Wenbo");
	assert_attended(e, "Fang Zhiyuan");
	assert_str(e->type.text, "inspection tour");
	e = main_event(support_extract("On July 10, the delegation of the Lanshui County Party Committee visited "
	                               "Songlin City."));
	assert_str(e->type.text, "visit");
}

static void test_events__speech_verbs_in_the_present_and_to_convey(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"On May 6, the Party committee held a meeting on safety. Finally, Gu Wenbo, Secretary of the Party "
		"Committee, conveys the spirit of the provincial meeting. The meeting invited Fang Zhiyuan, the vice "
		"president, to convey the spirit of the conference. Lu Meng directed the party class."));
	assert_spoke(e, "Gu Wenbo");
	assert_spoke(e, "Fang Zhiyuan");
	assert_spoke(e, "Lu Meng");
}

static void test_events__a_name_in_what_he_said_is_no_speaker(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"On July 2, Gu Wenbo chaired a meeting of the group. General Secretary Fang Zhiyuan has personally "
		"planned the strategy, he said. Lu Meng said the work was going well."));
	assert_spoke(e, "Lu Meng");
	assert_false(support_values_have(e->spoke, e->nspoke, "Fang Zhiyuan"));
}

static void test_events__a_roster_split_by_semicolons(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"On July 2, Gu Wenbo met with the delegates. Fang Zhiyuan, deputy secretary and governor; Lu Meng, "
		"deputy secretary; and, Qin Hailan, Organization Department director, attended the meeting."));
	assert_attended(e, "Fang Zhiyuan");
	assert_attended(e, "Lu Meng");
	assert_attended(e, "Qin Hailan");
	/* in the order of the text */
	assert_string_equal(e->attended[e->nattended - 3].text, "Fang Zhiyuan");
}

static void test_events__a_presider_who_goes_on_speaking(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"On May 6, the municipal government held a plenary meeting. Gu Wenbo, acting mayor, presided over the "
		"meeting, emphasizing the importance of the year's tasks."));
	assert_presided(e, "Gu Wenbo");
	assert_spoke(e, "Gu Wenbo");
	e = main_event(support_extract(
		"On November 18, Fang Zhiyuan, secretary of the Provincial Party Committee, presided over the meeting. "
		"He emphasized that reform must go on. Lu Meng, governor, attended the meeting."));
	assert_spoke(e, "Fang Zhiyuan");
	assert_false(support_values_have(e->spoke, e->nspoke, "Lu Meng"));
	/* someone named since, with no cue, leaves "she" unknown */
	e = main_event(support_extract(
		"On May 6, Fang Zhiyuan presided over the forum. In her remarks, Ms. Lu Meng reviewed the work. She "
		"said the province was true to its responsibilities."));
	assert_false(support_values_have(e->spoke, e->nspoke, "Fang Zhiyuan"));
	e = main_event(support_extract(
		"On May 6, the province held a briefing. The province's development was introduced by Qin Hailan, "
		"Secretary of the Provincial Committee, and Kong Yuxi, Governor."));
	assert_spoke(e, "Qin Hailan");
	assert_spoke(e, "Kong Yuxi");
	/* "to participate in the study" */
	e = main_event(support_extract(
		"On July 1, the Standing Committee held a collective study. Gu Wenbo presided over the meeting. Fang "
		"Zhiyuan, deputy party secretary, Party members Lu Meng and Qin Hailan, and others to participate in "
		"the study."));
	assert_attended(e, "Fang Zhiyuan");
	assert_attended(e, "Qin Hailan");
	/* "In attendance were", "assigned specific tasks" */
	e = main_event(support_extract(
		"On May 6, the district held a meeting on the business environment. Gu Wenbo presided over the "
		"meeting. Fang Zhiyuan, deputy head of the district government, assigned specific tasks. In attendance "
		"were Lu Meng, Director of the Organization Department, and Qin Hailan."));
	assert_spoke(e, "Fang Zhiyuan");
	assert_attended(e, "Lu Meng");
	assert_attended(e, "Qin Hailan");
	/* "in the presence of", "the meeting included the presence of" */
	e = main_event(support_extract(
		"On May 6, the committee held a meeting presided over by Gu Wenbo. The meeting included the presence "
		"of several officials, including Fang Zhiyuan, Governor, and Lu Meng, Deputy Secretary."));
	assert_attended(e, "Fang Zhiyuan");
	assert_attended(e, "Lu Meng");
}

static void test_events__the_presider_of_a_meeting_studied(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"On August 2, the Party committee held a meeting to convey and study the spirit of the meeting of "
		"the Political Bureau chaired by General Secretary Fang Zhiyuan. Gu Wenbo presided over the meeting."));
	assert_presided(e, "Gu Wenbo");
	assert_false(support_values_have(e->presided, e->npresided, "Fang Zhiyuan"));
}

static void test_events__subject_and_type_of_what_is_held(void **state)
{
	const readout_event *e = main_event(support_extract(
		"On May 6, the county held a meeting to study the spirit of the Fifth Plenary Session of the 19th "
		"Central Committee."));
	assert_str(e->type.text, "meeting"); /* studying a plenum is no plenary session */
	assert_str(e->subject.text, "5th Plenary Session of the 19th Central Committee");
	/* a province's plenum is the province's */
	e = main_event(support_extract(
		"On January 2, the Jiangxi Provincial Committee of the CPPCC held an enlarged meeting to study the "
		"spirit of the Fifth Plenary Session of the 15th Jiangxi Provincial Committee."));
	assert_str(e->subject.text, "Fifth Plenary Session of the 15th Jiangxi Provincial Committee");
	/* "since the 18th National Congress" dates a change; the spirit studied is the subject */
	e = main_event(support_extract(
		"On March 3, the district held a meeting. Gu Wenbo pointed out that since the 18th National Congress "
		"of the Party, great changes have taken place."));
	assert_null(e->subject.text);
	e = main_event(support_extract(
		"On March 3, the district held a meeting. Since the 18th National Congress, great changes have taken "
		"place. The meeting studied the spirit of the 20th National Congress of the Party."));
	assert_str(e->subject.text, "20th National Congress");
	e = main_event(support_extract("On May 6, the State Council Information Office held a press conference in Beijing."));
	assert_str(e->type.text, "press conference");
	e = main_event(support_extract("On May 6, the Party branch held a special democratic life meeting."));
	assert_str(e->type.text, "democratic life meeting");
	/* a visit "to investigate" is an inspection tour; a delegation's group discussion a panel */
	e = main_event(support_extract(
		"On the afternoon of August 23, Gu Wenbo, Secretary of the County Party Committee, went to the "
		"county water bureau to investigate flood control."));
	assert_str(e->type.text, "inspection tour");
	e = main_event(support_extract(
		"On January 14, Gu Wenbo joined deputies from Xinji in a group discussion on the government work report."));
	assert_str(e->type.text, "panel discussion");
	e = main_event(support_extract("On May 15, the State Council Information Office held press conferences on the economy."));
	assert_str(e->type.text, "press conference");
}

static void test_events__a_list_after_a_cue_goes_on_past_semicolons(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"On May 6, the county held a meeting. Gu Wenbo presided over the meeting. Attending the meeting "
		"were Tang Lihua, deputy secretary of the county Party committee; deputy county magistrate Fang "
		"Zhiyuan; and Xu Haoran, director of the county office."));
	assert_int_equal(e->nattended, 3);
	assert_attended(e, "Tang Lihua");
	assert_attended(e, "Fang Zhiyuan");
	assert_attended(e, "Xu Haoran");
	/* an item that reports something else ends the list */
	e = main_event(support_extract(
		"On May 6, the county held a meeting. Gu Wenbo presided over the meeting. Also present were "
		"Tang Lihua and Fang Zhiyuan; Xu Haoran was elected chairman of the federation."));
	assert_int_equal(e->nattended, 2);
}

static void test_events__those_met_share_the_role(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"On July 2, Gu Wenbo, secretary of the Provincial Party Committee, met in Songlin with Tang Lihua, "
		"a model worker, and Fang Zhiyuan and Xu Haoran, outstanding village Party secretaries."));
	assert_int_equal(e->nattended, 4);
	assert_attended(e, "Gu Wenbo");
	assert_attended(e, "Tang Lihua");
	assert_attended(e, "Xu Haoran");
	e = main_event(support_extract(
		"On July 2, the county held a symposium. Gu Wenbo meets with Tang Lihua and other guests."));
	assert_attended(e, "Tang Lihua");
}

static void test_events__seated_at_the_rostrum_and_observing(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"On May 6, the Songlin Municipal People's Congress opened its session. Gu Wenbo presided over the "
		"session. Tang Lihua, Fang Zhiyuan and other members of the presidium were seated at the podium."));
	assert_attended(e, "Tang Lihua");
	assert_attended(e, "Fang Zhiyuan");
	e = main_event(support_extract(
		"On May 6, the county held a flood drill. Gu Wenbo, deputy secretary of the county Party committee, "
		"observed the drill together with Xu Haoran, deputy county magistrate."));
	assert_attended(e, "Gu Wenbo");
	assert_attended(e, "Xu Haoran");
}

static void test_events__says_stated_and_answered(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"On March 6, the Songlin delegation held a plenary meeting. Gu Wenbo, a deputy to the National "
		"People's Congress, says the city will carry out the plan. Tang Lihua stated that the work must be "
		"done well. Fang Zhiyuan answered questions from reporters."));
	assert_spoke(e, "Gu Wenbo");
	assert_spoke(e, "Tang Lihua");
	assert_spoke(e, "Fang Zhiyuan");
}

static void test_events__present_to_guide_were(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"On May 6, the college held a mobilization meeting. Gu Wenbo presided over the meeting. Also present "
		"to provide guidance were deputy team leader Tang Lihua and liaison officer Fang Zhiyuan. Joining the "
		"meeting were Xu Haoran and Ouyang Xiaowen. Also present, Qiu Ming said the work was done well."));
	assert_attended(e, "Tang Lihua");
	assert_attended(e, "Fang Zhiyuan");
	assert_attended(e, "Xu Haoran");
	assert_attended(e, "Ouyang Xiaowen");
	/* the inverted list begins after its verb: a name before it is the next cue's */
	assert_spoke(e, "Qiu Ming");
}

static void test_events__more_ways_to_say_who_attended(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"On May 6, the county held a meeting. Gu Wenbo presided over the meeting. The meeting was "
		"participated by Tang Lihua. Among the attendees were Fang Zhiyuan and Xu Haoran. Those in "
		"attendance included Ouyang Xiaowen.\nPresent at the meeting: Qiu Mingde, Lan Yuping."));
	assert_attended(e, "Tang Lihua");
	assert_attended(e, "Fang Zhiyuan");
	assert_attended(e, "Xu Haoran");
	assert_attended(e, "Ouyang Xiaowen");
	assert_attended(e, "Qiu Mingde");
	assert_attended(e, "Lan Yuping");
}

static void test_events__more_verbs_of_speech(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"On May 6, the county held a meeting. Gu Wenbo presided over the meeting. Tang Lihua expounded on "
		"the spirit of the plenary session. Fang Zhiyuan told the meeting that the work is going well. Xu "
		"Haoran transmitted the spirit of the provincial conference. Ouyang Xiaowen raised requirements for "
		"the next step. Qiu Mingde warned that the risks remain."));
	assert_spoke(e, "Tang Lihua");
	assert_spoke(e, "Fang Zhiyuan");
	assert_spoke(e, "Xu Haoran");
	assert_spoke(e, "Ouyang Xiaowen");
	assert_spoke(e, "Qiu Mingde");
	assert_int_equal(e->nspoke, 5);
}

/* Issue 9 (GUIDE: the main event is the first the text reports): a dated tour by a named
 * person opening the text is the main event, not the meeting he chairs afterwards. */
static void test_events__a_tour_before_a_meeting_is_the_main_event(void **state)
{
	(void)state;
	const readout_event *e = main_event(support_extract(
		"Release time: 2023-06-16\nOn the morning of the 14th, Gu Wenbo, secretary of the Lanshui County "
		"Party Committee, inspected flood control work in Songlin Town. On the 15th, he presided over a "
		"meeting of the Standing Committee of the County Party Committee."));
	assert_str(e->type.text, "inspection tour");
	assert_str(e->date.text, "2023-06-14");
	assert_null(e->host.text);
	/* a photo's caption of a tour shows it; the report's sentences say what the event is */
	e = main_event(support_extract(
		"Release time: 2023-06-16\nGu Wenbo, secretary of the Lanshui County Party Committee, inspected "
		"flood control work in Songlin Town on the 14th. He learned about the dikes. [Photo/Lanshui "
		"Daily]\nOn the 15th, the Standing Committee of the Lanshui County Party Committee held a "
		"meeting. Gu Wenbo presided over the meeting."));
	assert_str(e->host.text, "Standing Committee of the Lanshui County Party Committee");
	assert_str(e->date.text, "2023-06-15");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_events__more_verbs_of_speech),
		cmocka_unit_test(test_events__more_ways_to_say_who_attended),
		cmocka_unit_test(test_events__present_to_guide_were),
		cmocka_unit_test(test_events__says_stated_and_answered),
		cmocka_unit_test(test_events__seated_at_the_rostrum_and_observing),
		cmocka_unit_test(test_events__a_list_after_a_cue_goes_on_past_semicolons),
		cmocka_unit_test(test_events__those_met_share_the_role),
		cmocka_unit_test(test_events__a_leader_whose_thought_is_studied_below_the_centre),
		cmocka_unit_test(test_events__a_tour_in_the_words_of_local_reports),
		cmocka_unit_test(test_events__subject_and_type_of_what_is_held),
		cmocka_unit_test(test_events__a_tour_and_those_met),
		cmocka_unit_test(test_events__a_tour_before_a_meeting_is_the_main_event),
		cmocka_unit_test(test_events__the_presider_of_a_meeting_studied),
		cmocka_unit_test(test_events__a_presider_who_goes_on_speaking),
		cmocka_unit_test(test_events__a_roster_split_by_semicolons),
		cmocka_unit_test(test_events__a_name_in_what_he_said_is_no_speaker),
		cmocka_unit_test(test_events__speech_verbs_in_the_present_and_to_convey),
		cmocka_unit_test(test_events__speech_in_other_words),
		cmocka_unit_test(test_events__a_record_in_the_perfect_is_no_role),
		cmocka_unit_test(test_events__the_leader_whose_instructions_are_studied),
		cmocka_unit_test(test_events__a_studied_speech_author_quoted_later),
		cmocka_unit_test(test_events__a_leader_studied_is_not_a_speaker),
		cmocka_unit_test(test_events__speakers_and_chairperson_headers),
		cmocka_unit_test(test_events__a_name_before_a_colon_speaks),
		cmocka_unit_test(test_events__with_a_name_presiding),
		cmocka_unit_test(test_events__who_carries_the_subject),
		cmocka_unit_test(test_events__presided_over_the_meeting),
		cmocka_unit_test(test_events__was_presided_over_by),
		cmocka_unit_test(test_events__spoke_by_speech_cues),
		cmocka_unit_test(test_events__attended_takes_every_name_of_a_list),
		cmocka_unit_test(test_events__a_roster_of_lines_attended),
		cmocka_unit_test(test_events__views_contributed_and_investigating_together),
		cmocka_unit_test(test_events__said_after_a_quotation),
		cmocka_unit_test(test_events__instructions_made_and_words_quoted),
		cmocka_unit_test(test_events__a_list_after_a_cue_ends_at_a_new_clause),
		cmocka_unit_test(test_events__a_person_who_held_the_meeting_presided),
		cmocka_unit_test(test_events__commended_as_a_verb_not_after_an_article),
		cmocka_unit_test(test_events__was_attended_by),
		cmocka_unit_test(test_events__attending_the_meeting_were),
		cmocka_unit_test(test_events__role_spans_point_at_names),
		cmocka_unit_test(test_events__host_and_level_from_the_committee),
		cmocka_unit_test(test_events__text_without_meeting_has_no_roles),
		cmocka_unit_test(test_events__a_list_after_a_cue_ends_at_and_a_verb),
		cmocka_unit_test(test_events__passive_and_inverted_speeches),
		cmocka_unit_test(test_events__a_speech_studied_before_its_author_speaks),
		cmocka_unit_test(test_events__a_verb_after_a_relative_clause),
		cmocka_unit_test(test_events__names_with_their_own_verb_end_a_list),
		cmocka_unit_test(test_events__with_a_presider_presiding),
		cmocka_unit_test(test_events__he_after_an_opening_phrase_or_a_passive_presider),
		cmocka_unit_test(test_events__feedback_counseling_and_the_floor),
		cmocka_unit_test(test_events__a_leader_quoted_after_he_said_that),
		cmocka_unit_test(test_events__joint_presiders),
		cmocka_unit_test(test_events__attending_leaders_and_guests_labels),
		cmocka_unit_test(test_events__conveyed_and_studied_is_an_agenda),
		cmocka_unit_test(test_events__headline_verbs_in_the_present),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
