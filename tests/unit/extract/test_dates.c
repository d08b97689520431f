/* test_dates.c — src/extract/dates.c through readout_extract: an event's month and day take
 * their year only from a full date in the text (the dateline); without one the date is null
 * and date_partial keeps "--MM-DD". Weekdays count back from the dateline. */
#include "support.h"

#include <stdio.h>
#include <string.h>

static const readout_event *main_event(const readout_record *rec)
{
	assert_true(rec->nevents >= 1);
	return &rec->events[0];
}

static void test_dates__a_day_first_numeric_date_when_the_day_says_so(void **state)
{
	/* 25 cannot be a month: day, month, year */
	const readout_record *rec = support_extract(
		"Source: County News Date: 25/10/2022\nOn October 24, the Songlin County Party Committee held a "
		"meeting. Xu Haoran presided.");
	assert_str(rec->published, "2022-10-25");
	assert_str(main_event(rec)->date.text, "2022-10-24");
	/* either way round: the American order, as before */
	rec = support_extract("Source: County News Date: 10/05/2022\nOn October 4, the Songlin County Party "
	                      "Committee held a meeting. Xu Haoran presided.");
	assert_str(rec->published, "2022-10-05");
}

static void test_dates__month_day_takes_the_year_of_the_dateline(void **state)
{
	const readout_record *rec = support_extract(
		" date 2022-10-24 On October 24, the Fengyuan County Party Committee held a meeting. Xu "
		"Haoran presided over the meeting.");
	assert_str(rec->published, "2022-10-24");
	const readout_event *e = main_event(rec);
	assert_str(e->date.text, "2022-10-24");
	assert_null(e->date_partial);
	assert_int_equal(e->date.nspans, 1);
	assert_string_equal(support_span_text(e->date.spans[0]), "October 24");
}

static void test_dates__month_day_without_any_year_is_partial(void **state)
{
	const readout_record *rec = support_extract(
		"On October 24, the Fengyuan County Party Committee held a meeting. Xu Haoran presided "
		"over the meeting.");
	assert_null(rec->published);
	const readout_event *e = main_event(rec);
	assert_null(e->date.text);
	assert_non_null(e->date_partial);
	assert_str(e->date_partial, "--10-24");
	/* the partial date is still evidenced */
	assert_int_equal(e->date.nspans, 1);
	assert_string_equal(support_span_text(e->date.spans[0]), "October 24");
}

static void test_dates__weekday_counts_back_from_the_dateline(void **state)
{
	/* 2023-04-13 is a Thursday: "on Tuesday" is 2023-04-11 */
	const readout_record *rec = support_extract(
		"Songlin Daily, 2023-04-13\n"
		"Premier Fu Jianmin presided over a State Council executive meeting on Tuesday.");
	assert_str(rec->published, "2023-04-13");
	assert_str(main_event(rec)->date.text, "2023-04-11");
}

static void test_dates__weekday_of_the_dateline_is_that_day(void **state)
{
	/* 2023-04-11 is a Tuesday */
	const readout_record *rec = support_extract(
		"Songlin Daily, 2023-04-11\n"
		"Premier Fu Jianmin presided over a State Council executive meeting on Tuesday.");
	assert_str(main_event(rec)->date.text, "2023-04-11");
}

static void test_dates__december_meeting_before_a_january_dateline_is_last_year(void **state)
{
	const readout_record *rec = support_extract(
		"Release time: 2022-01-03\n"
		"On December 28, the Fengyuan County Party Committee held a meeting. Xu Haoran presided.");
	assert_str(main_event(rec)->date.text, "2021-12-28");
}

static void test_dates__full_date_in_the_opening_sentence_is_the_event_date(void **state)
{
	const readout_record *rec = support_extract(
		"On March 13, 2024, the Fengyuan County Party Committee held a meeting. Xu Haoran "
		"presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2024-03-13");
}

static void test_dates__full_date_later_in_the_text_is_the_event_date(void **state)
{
	const readout_record *rec = support_extract(
		"Fengyuan County holds meeting on rural revitalization\n\n"
		"On the morning of March 13, 2024, the Fengyuan County Party Committee held a meeting. "
		"Xu Haoran presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2024-03-13");
}

static void test_dates__a_range_gives_its_first_day(void **state)
{
	const char *texts[][2] = {
		{" date 2023-03-01 From February 26 to 28, the Fengyuan County Party Committee held a training class.", "2023-02-26"},
		{" date 2021-07-25 On 21 and 22 July, the Fengyuan Forum was held in Xining.", "2021-07-21"},
		{" date 2021-01-07 The plenary session, which was held Nov. 27 and 28, 2020, was a success.", "2020-11-27"},
		/* the year after a range of days written day first: no dateline needed */
		{"On 21 and 22 July 2021, the Fengyuan Forum was held in Xining.", "2021-07-21"},
		{"The Fengyuan County Party Committee held a plenary meeting on 26-28 February, 2024.", "2024-02-26"},
		{"On March 8th-10th, 2021, the Fengyuan County Party Committee held a training course.", "2021-03-08"},
		{"BEIJING, Dec. 12 (Xinhua) -- The annual conference was held in Beijing from Monday to Tuesday.", NULL},
	};
	for (size_t i = 0; i < 6; i++)
		assert_str(main_event(support_extract(texts[i][0]))->date.text, texts[i][1]);
	/* "BEIJING, Dec. 12" gives no year: the weekday stays unresolved */
	assert_null(main_event(support_extract(texts[6][0]))->date.text);
	const readout_event *e = main_event(support_extract(
		" date 2023-12-12 BEIJING, Dec. 12 (Xinhua) -- The annual conference was held in Beijing from Monday to Tuesday."));
	assert_str(e->date.text, "2023-12-11");
}

/* Issue 9: "Release time: Mar.12, 2021" (no space after the abbreviation) is a dateline, and
 * the words of dates come from data/calendar.tsv ("Sept.", weekdays, "yesterday"); a clock time
 * after "At" dates the event; US-style page dates; "23rd November, 2020 (X)—" is a dateline. */
static void test_dates__abbreviated_months_and_calendar_words(void **state)
{
	const char *texts[][2] = {
		{"Release time: Mar.12, 2021\n\nOn March 12, the mobilization conference was held in Xian.", "2021-03-12"},
		{" date 2019-09-20 On Sept. 18, the county party committee held a meeting.", "2019-09-18"},
		{" date 2019-09-20 Yesterday, the county party committee held a meeting.", "2019-09-19"},
		{" date 2019-09-20 On Wednesday, the county party committee held a meeting.", "2019-09-18"},
		{"At 13:30, July, 26, 2017, at the conference room, a meeting of the committee was held.", "2017-07-26"},
		{"07/22/2021 | News release\n\nThe county held an emergency meeting on the morning of July 21.", "2021-07-21"},
		{"Beijing, 23rd November, 2020 (Lanxi Daily)\u2014On November 20, the county held a meeting.", "2020-11-20"},
		{"On the morning of 15th September, 2017, the county held a meeting.", "2017-09-15"},
	};
	for (size_t i = 0; i < 8; i++)
		assert_str(main_event(support_extract(texts[i][0]))->date.text, texts[i][1]);
}

static void test_dates__a_weekday_without_on(void **state)
{
	/* wire style: "opened its session Tuesday morning", "held a press conference Thursday" */
	const readout_event *e = main_event(support_extract(
		" date 2019-03-05 BEIJING -- The 13th National People's Congress opened its second session Tuesday "
		"morning at the Great Hall of the People."));
	assert_str(e->date.text, "2019-03-05");
}

static void test_dates__a_press_conference_dated_in_its_header(void **state)
{
	const readout_event *e = main_event(support_extract(
		"Briefing on the development of Fengyuan\nBeijing | 10 a.m. June 13, 2024\n\n"
		"The State Council Information Office held a press conference in Beijing on the development of "
		"Fengyuan."));
	assert_str(e->date.text, "2024-06-13");
	/* a page's publication time is not the event's date */
	e = main_event(support_extract(
		"Release time: 2022-12-14 09:52\n\nRecently, the Fengyuan County Party Committee held a meeting."));
	assert_null(e->date.text);
}

static void test_dates__the_same_day_as_the_sentence_before(void **state)
{
	const readout_event *e = main_event(support_extract(
		" date 2023-07-17 The typhoon is expected to land on July 18. The ministry raised the response at "
		"15:00 on July 16. Fang Zhiyuan presided over a deployment meeting on the same day."));
	assert_str(e->date.text, "2023-07-16");
}

/* Issue 9: a weekday counts back from the report's own date (a dateline, the event's header,
 * a date on a line of its own, a photo's caption), never from a date in running text such as
 * the day a law takes effect. */
static void test_dates__a_weekday_needs_the_reports_date(void **state)
{
	const readout_event *e = main_event(support_extract(
		"The session of the county congress closed Friday. Deputies adopted a regulation on "
		"river protection, which is to take effect on March 1, 2021. Lin Zhenhai presided over "
		"the closing meeting."));
	assert_null(e->date.text);
	/* 2018-12-29 was a Saturday */
	e = main_event(support_extract(
		"Deputies attend the closing meeting in Lanxi, December 29, 2018. /Photo by Xu Ming\n"
		"The standing committee of the county congress closed its session on Saturday. Lin "
		"Zhenhai presided over the closing meeting."));
	assert_str(e->date.text, "2018-12-29");
	/* a caption of a Tuesday (2020-01-28) does not say which Wednesday, nor which yesterday */
	e = main_event(support_extract(
		"Volunteers check the temperature of travellers at Lanxi station on Jan 28, 2020. (Photo: "
		"Xu Ming)\nThe county's leading group on epidemic control held a meeting on Wednesday. "
		"Lin Zhenhai presided over the meeting."));
	assert_null(e->date.text);
	e = main_event(support_extract(
		"Volunteers check the temperature of travellers at Lanxi station on Jan 28, 2020. (Photo: "
		"Xu Ming)\nThe county's leading group on epidemic control held a meeting yesterday. "
		"Lin Zhenhai presided over the meeting."));
	assert_null(e->date.text);
	/* a caption that shows no meeting dates the photo, not a work team's visit after it... */
	e = main_event(support_extract(
		"Rescuers evacuate villagers from a flooded road in Lanxi, Hunan Province, July 23, 2021. "
		"[Photo/Xu Ming]\n\nLanxi: A work team under the provincial flood control headquarters. "
		"Guidance on flood relief was provided in Lanxi. Header by Lin Zhenhai, deputy director of "
		"the headquarters, the team. On Saturday he entered the worst-hit villages."));
	assert_null(e->date.text);
	/* ...one that shows the meeting is its day */
	e = main_event(support_extract(
		"Lin Zhenhai presides over the meeting of the Lanxi county congress standing committee in "
		"Lanxi, July 23, 2021. [Photo/Xu Ming]\n\nThe standing committee reviewed two reports."));
	assert_str(e->date.text, "2021-07-23");
}

/* Issue 9: an event the body does not date takes the date its title line gives it with "on"
 * ("Communiqué of the Plenary Session (Adopted at the session on July 18, 2024)"), never a
 * page's date standing in a title line. */
static void test_dates__a_title_line_dates_an_undated_event(void **state)
{
	const readout_event *e = main_event(support_extract(
		"Communique of the Fourth Plenary Session of the 9th Lanxi County Party Committee\n"
		"(Adopted at the Fourth Plenary Session of the 9th County Party Committee on March 8, 2024)\n"
		"The plenary session was presided over by the Standing Committee of the County Party "
		"Committee. Zhou Wenbin, Secretary of the County Party Committee, delivered a speech."));
	assert_str(e->date.text, "2024-03-08");
	e = main_event(support_extract(
		"County propaganda department held a democratic life meeting\n"
		"2022-07-17 0 By\n"
		"Recently, the propaganda department of the Lanxi County Party Committee held a "
		"democratic life meeting. Zhou Wenbin presided over the meeting."));
	assert_null(e->date.text);
	/* a headline's month and day after "on", the year from the dateline */
	e = main_event(support_extract(
		"Lanxi County Party Committee holds Standing Committee meeting on March 5\n"
		"Time: 2023-03-07\n"
		"The Standing Committee of the Lanxi County Party Committee held a meeting. Zhou Wenbin "
		"presided over the meeting."));
	assert_str(e->date.text, "2023-03-05");
}

/* Issue 9 (GUIDE convention 15): "Recently, X held" gives no day, so the event has no date even
 * when a later sentence dates another meeting; "the recently held conference" is another
 * event, and does not hide the event's own date. */
static void test_dates__recently_gives_no_day(void **state)
{
	const readout_event *e = main_event(support_extract(
		"Release time: 2024-04-22\n"
		"The Party Committee of the School of Physics recently held an expanded meeting. Lu Fang "
		"presided over the meeting. Lu Fang conveyed the spirit of the university's meeting held "
		"on the morning of April 15."));
	assert_null(e->date.text);
	/* a range after it gives the days of a tour (GUIDE convention 16) */
	e = main_event(support_extract(
		"Release time: 2024-04-22\n"
		"Recently, Lu Fang, secretary of the Party Committee of the School of Physics, led a delegation "
		"to Lanxi from April 12 to 14 to study."));
	assert_str(e->date.text, "2024-04-12");
	/* a day after "recently" in the same sentence dates what the meeting studies */
	e = main_event(support_extract(
		"Release time: 2024-04-22\n"
		"Recently, the Party Committee of the School of Physics held a meeting to study the spirit of "
		"the education conference held on April 15. Lu Fang presided over the meeting."));
	assert_null(e->date.text);
	e = main_event(support_extract(
		"Release time: 2024-04-22\n"
		"On April 19, the Party Committee of the School of Physics held a meeting to convey the "
		"spirit of the recently held education conference. Lu Fang presided over the meeting."));
	assert_str(e->date.text, "2024-04-19");
}

/* Issue 9: "Release time: 2023-06-08" above "On June 5, 2023, the county held ..." labels its
 * own line: the event's full date below it is no dateline; a label alone on its line still
 * labels the date under it ("Date:\nMay 22, 2021"). */
static void test_dates__a_dateline_label_stays_on_its_line(void **state)
{
	const readout_record *rec = support_extract(
		"Release time: 2023-06-08\n\n"
		"On June 5, 2023, the Lanxi County Party Committee held a meeting. Wang Lihua presided "
		"over the meeting.");
	assert_str(main_event(rec)->date.text, "2023-06-05");
	assert_str(rec->published, "2023-06-08");
	rec = support_extract(
		"Date:\nMay 22, 2021\n"
		"The Lanxi County Party Committee held a meeting on May 20. Wang Lihua presided over the "
		"meeting.");
	assert_str(rec->published, "2021-05-22");
	assert_str(main_event(rec)->date.text, "2021-05-20");
}

/* Issue 9: a range of days of the dateline's month, "from the 5th to the 6th", "the 12th to
 * 14th", gives its first day; "the 20th" before other words is still an ordinal. */
static void test_dates__a_range_of_ordinal_days(void **state)
{
	const char *texts[][2] = {
		{" date 2023-06-08 The county party committee held a training from the 5th to the 6th.", "2023-06-05"},
		{" date 2023-06-18 From the 12th to 14th, the county party committee held a training class.", "2023-06-12"},
	};
	for (size_t i = 0; i < 2; i++)
		assert_str(main_event(support_extract(texts[i][0]))->date.text, texts[i][1]);
	assert_null(main_event(support_extract(
		" date 2023-06-08 The county studied the 20th to be sure of the spirit and held a meeting."))->date.text);
}

/* Issue 9: a press conference's transcript dates the event on a line of its own below the
 * page's date; a later "Today, we have invited ..." cannot be counted without the report's
 * date and does not stop the search. */
static void test_dates__a_transcripts_date_line(void **state)
{
	const readout_event *e = main_event(support_extract(
		"Press conference on the revitalization of Lanxi\n\n"
		"Lanxi.gov | May 15, 2024\n\n"
		"Mr. Wang Haiyang, governor of Lanxi province\n\n"
		"April 26, 2024\n\n"
		"Xie Minghua:\n\n"
		"Ladies and gentlemen, good morning. Welcome to this press conference held by the "
		"Information Office of the Lanxi Provincial Government. Today, we have invited Mr. Wang "
		"Haiyang to introduce the revitalization of Lanxi."));
	assert_str(e->date.text, "2024-04-26");
	/* "today's press conference" is the day of the line, not of the page (whose date shares
	 * its line with the page's buttons) */
	e = main_event(support_extract(
		"Press conference on the revitalization of Lanxi\n\n"
		"Share Print, May 15, 2024\n\n"
		"Mr. Wang Haiyang, governor of Lanxi province\n\n"
		"April 26, 2024\n\n"
		"Xie Minghua:\n\n"
		"Ladies and gentlemen, good morning. We have invited Mr. Wang Haiyang to today's press "
		"conference held by the Information Office of the Lanxi Provincial Government."));
	assert_str(e->date.text, "2024-04-26");
}

/* Issue 9 (GUIDE convention 15): a date on a line of its own with no page date above it is the
 * page's own date; a report that gives no day for its meeting ("reports that the ninth meeting
 * of X reviewed") has no date, though its year is known. */
static void test_dates__the_first_date_line_is_the_pages(void **state)
{
	const readout_record *rec = support_extract(
		"Lanxi to build a pilot zone for rural revival\n\n"
		"March 14, 2022\n\n"
		"LANXI - The provincial leading group headed by Wang Haiyang has pledged support for the "
		"zone. Lanxi Daily reports that the fifth meeting of the Provincial Leading Group for Rural "
		"Revival reviewed and approved six documents.");
	const readout_event *e = main_event(rec);
	assert_non_null(e->host.text);
	assert_null(e->date.text);
}

/* Issue 9: a page's stamp "2021 March 17 08:03" is a full date, the reference of "the 16th". */
static void test_dates__a_page_stamp_with_the_year_first(void **state)
{
	const readout_record *rec = support_extract(
		"Lecture group holds its first report 2021 March 17 08:03 Source: Songlin Daily\n\n"
		"The Municipal Party Committee held a report meeting on the morning of the 16th. Xu "
		"Haoran presided over the meeting.");
	assert_str(rec->published, "2021-03-17");
	assert_str(main_event(rec)->date.text, "2021-03-16");
	/* a name's words after it: no date */
	rec = support_extract(
		"Xu Haoran, winner of the 2021 May 4th Youth Medal, presided over the meeting of the "
		"Municipal Party Committee.");
	assert_null(rec->published);
	assert_null(main_event(rec)->date.text);
}

/* Issue 9: "On 10th," (a day of the dateline's month, without "the"); "of 13th NPC" is an
 * ordinal, no day. */
static void test_dates__a_bare_ordinal_day_after_on(void **state)
{
	const readout_record *rec = support_extract(
		"Release time: 2022-11-12\n\nOn 10th, the Municipal Party Committee held a meeting. Xu "
		"Haoran presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2022-11-10");
	rec = support_extract(
		"Release time: 2022-11-12\n\nThe delegation of 13th NPC held a meeting. Xu Haoran "
		"presided over the meeting.");
	assert_null(main_event(rec)->date.text);
}

/* Issue 9: a day written as a word ("on the third of this month", "the twenty-first of
 * February") or before "of" and its month ("the 5th of March, 2023", "5th of March") is a day; an ordinal word
 * without "of this month" or a month is none ("the third batch", "the first of its kind"). */
static void test_dates__a_day_of_this_month_in_words(void **state)
{
	const readout_record *rec = support_extract(
		"Updated on: 2019-03-08 17:41\nThe first plenary meeting of the Lanxi delegation was held "
		"on the third of this month. Xu Haoran presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2019-03-03");
	rec = support_extract(
		"Updated on: 2019-03-08 17:41\nOn the twenty-first of February, the Municipal Party "
		"Committee held a meeting. Xu Haoran presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2019-02-21");
	rec = support_extract(
		"On the 5th of March, 2023, the Municipal Party Committee held a meeting. Xu Haoran "
		"presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2023-03-05");
	rec = support_extract(
		"Updated on: 2023-03-07\nOn 5th of March, the Municipal Party Committee held a meeting. Xu "
		"Haoran presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2023-03-05");
	rec = support_extract(
		"Updated on: 2019-03-08 17:41\nThe third batch of inspection teams held the first of its "
		"mobilization meetings. Xu Haoran presided over the meeting. The plenary session was held "
		"on March 2.");
	assert_str(main_event(rec)->date.text, "2019-03-02");
}

/* Issue 9 (GUIDE convention 16): an event dated by a later day of a range its own sentences
 * give starts on the range's first day ("yesterday" of a tour "on Tuesday and Wednesday"); a
 * range given for another event further on leaves the day alone. */
static void test_dates__a_day_inside_the_events_range_is_its_first(void **state)
{
	/* 2024-10-17 was a Thursday */
	const readout_event *e = main_event(support_extract(
		" date 2024-10-17 LANXI - Xu Haoran yesterday urged the county to make greater progress. Xu "
		"made the remarks during an inspection tour of the county on Tuesday and Wednesday."));
	assert_str(e->date.text, "2024-10-15");
	e = main_event(support_extract(
		" date 2024-03-01 The plenary session of the Fengyuan County Party Committee closed on "
		"February 28. The session, held February 26-28, 2024, adopted a resolution. Xu Haoran "
		"presided over the session."));
	assert_str(e->date.text, "2024-02-26");
	e = main_event(support_extract(
		" date 2021-11-20 On November 10, the Party Branch held a study session. Xu Haoran presided "
		"over the session. All members attended the session. The plenary session was held in "
		"Beijing from November 8 to 11, 2021."));
	assert_str(e->date.text, "2021-11-10");
}

/* Issue 9: a date inside an opening clause of purpose or time belongs to the event it names
 * ("To convey the spirit of the conference held on March 3, ..."); the main clause's date is the
 * event's. */
static void test_dates__an_opening_clause_dates_another_event(void **state)
{
	const readout_record *rec = support_extract(
		"Time: 2023-03-07\nTo convey the spirit of the provincial conference held on March 3, the "
		"Municipal Party Committee held a meeting on March 5. Xu Haoran presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2023-03-05");
	rec = support_extract(
		"Time: 2023-03-07\nFollowing the provincial conference on March 3, the Municipal Party "
		"Committee held a meeting on March 5. Xu Haoran presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2023-03-05");
	/* no such clause: the first date */
	rec = support_extract(
		"Time: 2023-03-07\nOn March 5, the Municipal Party Committee held a meeting to convey the "
		"spirit of the conference held on March 3. Xu Haoran presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2023-03-05");
}

/* Issue 9: "the next day", "the following day" (次日) count from the day the text named before
 * them, not from the report's date. */
static void test_dates__the_next_day_after_the_day_before(void **state)
{
	const readout_record *rec = support_extract(
		"Time: 2023-03-07\nOn March 4, the provincial inspection team arrived in Lanxi. The next "
		"day, the Municipal Party Committee held a mobilization meeting. Xu Haoran presided over the "
		"meeting.");
	assert_str(main_event(rec)->date.text, "2023-03-05");
	rec = support_extract(
		"Time: 2023-03-07\nOn March 31, the provincial inspection team arrived in Lanxi. On the "
		"following day, the Municipal Party Committee held a mobilization meeting. Xu Haoran "
		"presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2023-04-01");
	/* no day named before it: no date */
	rec = support_extract(
		"Time: 2023-03-07\nThe next day, the Municipal Party Committee held a mobilization meeting. "
		"Xu Haoran presided over the meeting.");
	assert_null(main_event(rec)->date.text);
}

/* Issue 9: "From 8th to 9th March" is the 8th, its first day. */
static void test_dates__a_range_of_ordinal_days_before_the_month(void **state)
{
	const readout_record *rec = support_extract(
		"Release time: 2021-03-12\n\nFrom 8th to 9th March, the Municipal Party Committee held a "
		"training class. Xu Haoran presided over the class.");
	assert_str(main_event(rec)->date.text, "2021-03-08");
}

/* Issue 9: "A few days ago", "Not long ago", "In recent days" (日前, 不久前, 近日) give no day, as
 * "Recently" does: the day of a later sentence is not the event's. */
static void test_dates__phrases_that_give_no_day(void **state)
{
	static const char *const openings[] = {"A few days ago,", "Not long ago,", "In recent days,", "Some days ago,"};
	for (size_t i = 0; i < sizeof openings / sizeof *openings; i++) {
		char text[512];
		snprintf(text, sizeof text,
		         "Release time: 2021-03-09\n\n%s the Municipal Party Committee held a meeting. Xu "
		         "Haoran presided over the meeting. The plenary session was held on March 2.",
		         openings[i]);
		const readout_record *rec = support_extract(text);
		if (main_event(rec)->date.text)
			fail_msg("'%s' dated %s", openings[i], main_event(rec)->date.text);
	}
}

/* Issue 9: "This morning" is the report's day, "the day before yesterday" two days before it. */
static void test_dates__phrases_that_count_from_the_report(void **state)
{
	const readout_record *rec = support_extract(
		"Release time: 2021-03-09\n\nThis morning, the Municipal Party Committee held a meeting. "
		"Xu Haoran presided over the meeting. The plenary session was held on March 2.");
	assert_str(main_event(rec)->date.text, "2021-03-09");
	rec = support_extract(
		"Release time: 2021-03-09\n\nThe day before yesterday, the Municipal Party Committee held a "
		"meeting. Xu Haoran presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2021-03-07");
}

/* Issue 9: "July 14, Inner Mongolia – The ... recently convened": the report's dateline, not
 * the event's day; the event's own day resolves against it. */
static void test_dates__a_month_day_and_place_before_a_dash_is_the_dateline(void **state)
{
	const readout_record *rec = support_extract(
		"Published 2023-07-15\n\nJuly 14, Inner Mongolia \xe2\x80\x93 The Standing Committee of the "
		"Party Committee of the Autonomous Region recently convened a meeting. Sun Wei presided over "
		"the meeting.");
	assert_null(main_event(rec)->date.text);
	rec = support_extract(
		"Published 2023-07-15\n\nJuly 14 \xe2\x80\x94 On the 12th, the Standing Committee of the "
		"Party Committee of the Autonomous Region held a meeting. Sun Wei presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2023-07-12");
	/* the place before the day, on the line the dateline opens; the year from a date later on */
	static const char *const datelines[] = {"Hohhot, July 14 -- ", "Hohhot, July 14 (Reporter Zhao Lan) ",
	                                        "Northern News Service, July 14. "};
	for (size_t i = 0; i < sizeof datelines / sizeof *datelines; i++) {
		char text[512];
		snprintf(text, sizeof text,
		         "%sThe Standing Committee of the Party Committee of the Autonomous Region held a meeting "
		         "on the 12th. Sun Wei presided over the meeting. The plan adopted on July 4, 2023 was "
		         "reviewed.",
		         datelines[i]);
		rec = support_extract(text);
		if (!main_event(rec)->date.text || strcmp(main_event(rec)->date.text, "2023-07-12"))
			fail_msg("'%s' dated %s", datelines[i], main_event(rec)->date.text ? main_event(rec)->date.text : "null");
	}
}

/* Issue 9: "In early March", "In late March, 2021", "Earlier this month" (上旬, 下旬, 本月早些时候)
 * give no day (convention 16); "late on March 5" still gives its day. */
static void test_dates__a_part_of_a_month_gives_no_day(void **state)
{
	static const char *const openings[] = {"In early March,", "In late March, 2021,", "Earlier this month,"};
	for (size_t i = 0; i < sizeof openings / sizeof *openings; i++) {
		char text[512];
		snprintf(text, sizeof text,
		         "Release time: 2021-03-29\n\n%s the Municipal Party Committee held a meeting. Xu "
		         "Haoran presided over the meeting. The plenary session was held on March 2.",
		         openings[i]);
		const readout_record *rec = support_extract(text);
		if (main_event(rec)->date.text)
			fail_msg("'%s' dated %s", openings[i], main_event(rec)->date.text);
	}
	const readout_record *rec = support_extract(
		"Release time: 2021-03-29\n\nLate on March 5, the Municipal Party Committee held a meeting. "
		"Xu Haoran presided over the meeting.");
	assert_str(main_event(rec)->date.text, "2021-03-05");
}

/* Issue 9: a full date the text names that is not the report's own (a plan adopted on May 4,
 * 2023; rules in force from January 1, 2024) gives the year of a month and day, the nearest to
 * it, whether it falls before or after; it gives no month, so a day alone stays undated. */
static void test_dates__another_dates_year_is_the_nearest(void **state)
{
	static const char *const others[] = {"The plan adopted on May 4, 2023 was reviewed.",
	                                     "The rules take effect on January 1, 2024.",
	                                     "The work must be finished by December 31, 2023."};
	for (size_t i = 0; i < sizeof others / sizeof *others; i++) {
		char text[512];
		snprintf(text, sizeof text,
		         "On July 12, the Standing Committee of the County Party Committee held a meeting. Qin "
		         "Lu presided over the meeting. %s",
		         others[i]);
		const char *date = main_event(support_extract(text))->date.text;
		if (!date || strcmp(date, "2023-07-12"))
			fail_msg("'%s' dated %s", others[i], date ? date : "null");
	}
	const readout_event *e = main_event(support_extract(
		"On the 12th, the Standing Committee of the County Party Committee held a meeting. Qin Lu "
		"presided over the meeting. The plan adopted on May 4, 2023 was reviewed."));
	assert_null(e->date.text);
	/* a day up to the day after the named date falls in its month: a photo of the meeting */
	e = main_event(support_extract(
		"On the 15th, the Standing Committee of the County Party Committee held a meeting. Qin Lu "
		"presided over the meeting.\nPhoto taken on June 15, 2023 shows the meeting site."));
	assert_str(e->date.text, "2023-06-15");
}

/* Issue 9: a day after "on" or "of" may be followed by a word no ordinal's noun is (calendar.tsv's
 * daynext: "held a meeting on the 15th to study ...", "on the 15th afternoon", "of the 15th in
 * the hall"); "on the 20th anniversary", "of the 5th meeting" stay ordinals. */
static void test_dates__a_day_before_a_word_that_follows_days(void **state)
{
	static const char *const days[] = {"on the 15th to study the plan", "on the 15th afternoon",
	                                   "on the afternoon of the 15th in the county hall",
	                                   "on the 15th at the county hall", "on 15th via video link",
	                                   "on the afternoon of the 15th local time"};
	for (size_t i = 0; i < sizeof days / sizeof *days; i++) {
		char text[512];
		snprintf(text, sizeof text,
		         "Release time: 2023-06-16\nThe Standing Committee of the County Party Committee held a "
		         "meeting %s. Qin Lu presided over the meeting.",
		         days[i]);
		const char *date = main_event(support_extract(text))->date.text;
		if (!date || strcmp(date, "2023-06-15"))
			fail_msg("'%s' dated %s", days[i], date ? date : "null");
	}
	static const char *const ordinals[] = {"on the 20th anniversary of the county",
	                                       "to study the spirit of the 5th meeting of the congress"};
	for (size_t i = 0; i < sizeof ordinals / sizeof *ordinals; i++) {
		char text[512];
		snprintf(text, sizeof text,
		         "Release time: 2023-06-16\nThe Standing Committee of the County Party Committee held a "
		         "meeting %s. Qin Lu presided over the meeting.",
		         ordinals[i]);
		const char *date = main_event(support_extract(text))->date.text;
		if (date)
			fail_msg("'%s' dated %s", ordinals[i], date);
	}
}

/* Issue 9: a full date in a short line of no sentence, under or over the report, is the page's
 * date ("(Lanxi Daily, June 16, 2023)", "Friday, June 16, 2023"): "yesterday" and a day alone
 * resolve against it. A short sentence that dates something else is no page's date. */
static void test_dates__a_page_date_in_a_line_of_its_own(void **state)
{
	static const char *const lines[] = {"(Lanxi Daily, June 16, 2023)", "Friday, June 16, 2023",
	                                    "Source: Lanxi Daily | 2023-06-16"};
	static const char *const days[] = {"Yesterday afternoon", "On the 15th"};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
		for (size_t j = 0; j < sizeof days / sizeof *days; j++) {
			char text[512];
			snprintf(text, sizeof text,
			         "%s, the Standing Committee of the County Party Committee held a meeting. Qin Lu "
			         "presided over the meeting.\n%s",
			         days[j], lines[i]);
			const char *date = main_event(support_extract(text))->date.text;
			if (!date || strcmp(date, "2023-06-15"))
				fail_msg("'%s' under '%s' dated %s", lines[i], days[j], date ? date : "null");
		}
	const readout_event *e = main_event(support_extract(
		"On the 15th, the Standing Committee of the County Party Committee held a meeting. Qin Lu "
		"presided over the meeting.\nThe rules take effect on January 1, 2024."));
	assert_null(e->date.text);
}

/* Issue 9: "On the 15th June 2023, ..." at the top of a text dates the event like "On June 15,
 * 2023, ...": a date preposition before "the" says so as well as one right before the date. */
static void test_dates__on_the_day_month_year_opens_an_event(void **state)
{
	const readout_event *e = main_event(support_extract(
		"Release time: 2024-01-16\nOn the 15th June 2023, the Standing Committee of the County Party "
		"Committee held a meeting. Qin Lu presided over the meeting."));
	assert_str(e->date.text, "2023-06-15");
}

/* Issue 9 (GUIDE convention 15): an undated meeting takes no day from a neighbour's period
 * ("Since June 1, ...") or deadline ("before June 30", after the report's date); a neighbour
 * that says the day still does. */
static void test_dates__a_neighbours_period_or_deadline_is_no_day(void **state)
{
	static const char *const later[] = {"Since June 1, the county has inspected 30 villages.",
	                                    "The meeting required that the task be completed before June 30."};
	for (size_t i = 0; i < sizeof later / sizeof *later; i++) {
		char text[512];
		snprintf(text, sizeof text,
		         "Release time: 2023-06-16\nThe Standing Committee of the County Party Committee held a "
		         "meeting. Qin Lu presided over the meeting. %s",
		         later[i]);
		const char *date = main_event(support_extract(text))->date.text;
		if (date)
			fail_msg("'%s' dated %s", later[i], date);
	}
	const readout_event *e = main_event(support_extract(
		"Release time: 2023-06-16\nThe Standing Committee of the County Party Committee held a meeting. "
		"Qin Lu presided over the meeting. The meeting was held on the morning of June 15."));
	assert_str(e->date.text, "2023-06-15");
}

/* Issue 9: a translation may write 11月21日 number for number, "11 21, 2009"; with its year it is
 * a date. */
static void test_dates__month_and_day_as_numbers_before_the_year(void **state)
{
	const readout_event *e = main_event(support_extract(
		"The Provincial Party Committee holds a mobilization meeting for inspections\n11 21, 2009, the "
		"Provincial Party Committee held a mobilization meeting. Qin Lu presided over the meeting."));
	assert_str(e->date.text, "2009-11-21");
}

/* Issue 9: a full date that opens the text and goes on as a sentence ("June 15, 2023, the
 * county held ...", "On" lost in translation) is the event's day, not the page's dateline. */
static void test_dates__a_date_opening_a_sentence_at_the_top(void **state)
{
	static const char *const days[] = {"June 15, 2023", "2023-06-15", "6 15, 2023"};
	for (size_t i = 0; i < sizeof days / sizeof *days; i++) {
		char text[512];
		snprintf(text, sizeof text,
		         "%s, the Standing Committee of the County Party Committee held a meeting. Qin Lu presided "
		         "over the meeting.",
		         days[i]);
		const char *date = main_event(support_extract(text))->date.text;
		if (!date || strcmp(date, "2023-06-15"))
			fail_msg("'%s' dated %s", days[i], date ? date : "null");
	}
}

/* Issue 9 (GUIDE convention 15): in the anchor, a day after "on" that follows a participle
 * of what the meeting studies dates that ("held a meeting to study the spirit of the
 * conference held on June 12"); "chaired a meeting of X convened on January 7" dates the
 * meeting. */
static void test_dates__a_day_of_what_the_meeting_studies(void **state)
{
	static const char *const objects[] = {"the spirit of the provincial conference held on June 12",
	                                      "the speech delivered by Secretary Qin Lu on June 12",
	                                      "the opinions issued by the Provincial Party Committee on June 1"};
	for (size_t i = 0; i < sizeof objects / sizeof *objects; i++) {
		char text[512];
		snprintf(text, sizeof text,
		         "Release time: 2023-06-16\nThe Standing Committee of the County Party Committee held a "
		         "meeting to study %s. Qin Lu presided over the meeting.",
		         objects[i]);
		const char *date = main_event(support_extract(text))->date.text;
		if (date)
			fail_msg("'%s' dated %s", objects[i], date);
	}
	const readout_event *e = main_event(support_extract(
		"Qin Lu chaired a meeting of the Standing Committee of the County Party Committee convened on "
		"January 7, 2019, to hear work reports."));
	assert_str(e->date.text, "2019-01-07");
}

/* Issue 9: "last Friday" in a report dated a Friday is the Friday before; "on Friday" is the
 * report's own day. */
static void test_dates__last_weekday_is_before_the_report(void **state)
{
	const readout_event *e = main_event(support_extract(
		"Release time: 2023-06-16\nLast Friday, the Standing Committee of the County Party Committee "
		"held a meeting. Qin Lu presided over the meeting."));
	assert_str(e->date.text, "2023-06-09");
	e = main_event(support_extract(
		"Release time: 2023-06-16\nLast Thursday, the Standing Committee of the County Party Committee "
		"held a meeting. Qin Lu presided over the meeting."));
	assert_str(e->date.text, "2023-06-15");
}

/* Issue 9 (GUIDE convention 15): in the anchor, a day after the report's own (a deadline, the
 * start of rules) is no day the meeting was held. */
static void test_dates__a_day_after_the_report_is_no_events(void **state)
{
	static const char *const objects[] = {"to arrange the work before June 30",
	                                      "to implement the rules effective from July 1"};
	for (size_t i = 0; i < sizeof objects / sizeof *objects; i++) {
		char text[512];
		snprintf(text, sizeof text,
		         "Release time: 2023-06-16\nThe Standing Committee of the County Party Committee held a "
		         "meeting %s. Qin Lu presided over the meeting.",
		         objects[i]);
		const char *date = main_event(support_extract(text))->date.text;
		if (date)
			fail_msg("'%s' dated %s", objects[i], date);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates__a_range_gives_its_first_day),
		cmocka_unit_test(test_dates__a_page_stamp_with_the_year_first),
		cmocka_unit_test(test_dates__a_bare_ordinal_day_after_on),
		cmocka_unit_test(test_dates__a_day_before_a_word_that_follows_days),
		cmocka_unit_test(test_dates__a_range_of_ordinal_days_before_the_month),
		cmocka_unit_test(test_dates__a_day_of_this_month_in_words),
		cmocka_unit_test(test_dates__the_next_day_after_the_day_before),
		cmocka_unit_test(test_dates__an_opening_clause_dates_another_event),
		cmocka_unit_test(test_dates__a_day_inside_the_events_range_is_its_first),
		cmocka_unit_test(test_dates__a_transcripts_date_line),
		cmocka_unit_test(test_dates__the_first_date_line_is_the_pages),
		cmocka_unit_test(test_dates__a_range_of_ordinal_days),
		cmocka_unit_test(test_dates__a_dateline_label_stays_on_its_line),
		cmocka_unit_test(test_dates__recently_gives_no_day),
		cmocka_unit_test(test_dates__a_month_day_and_place_before_a_dash_is_the_dateline),
		cmocka_unit_test(test_dates__phrases_that_give_no_day),
		cmocka_unit_test(test_dates__a_part_of_a_month_gives_no_day),
		cmocka_unit_test(test_dates__another_dates_year_is_the_nearest),
		cmocka_unit_test(test_dates__a_day_after_the_report_is_no_events),
		cmocka_unit_test(test_dates__last_weekday_is_before_the_report),
		cmocka_unit_test(test_dates__a_day_of_what_the_meeting_studies),
		cmocka_unit_test(test_dates__a_date_opening_a_sentence_at_the_top),
		cmocka_unit_test(test_dates__month_and_day_as_numbers_before_the_year),
		cmocka_unit_test(test_dates__a_neighbours_period_or_deadline_is_no_day),
		cmocka_unit_test(test_dates__on_the_day_month_year_opens_an_event),
		cmocka_unit_test(test_dates__a_page_date_in_a_line_of_its_own),
		cmocka_unit_test(test_dates__phrases_that_count_from_the_report),
		cmocka_unit_test(test_dates__a_title_line_dates_an_undated_event),
		cmocka_unit_test(test_dates__a_weekday_needs_the_reports_date),
		cmocka_unit_test(test_dates__abbreviated_months_and_calendar_words),
		cmocka_unit_test(test_dates__a_weekday_without_on),
		cmocka_unit_test(test_dates__a_press_conference_dated_in_its_header),
		cmocka_unit_test(test_dates__the_same_day_as_the_sentence_before),
		cmocka_unit_test(test_dates__a_day_first_numeric_date_when_the_day_says_so),
		cmocka_unit_test(test_dates__month_day_takes_the_year_of_the_dateline),
		cmocka_unit_test(test_dates__month_day_without_any_year_is_partial),
		cmocka_unit_test(test_dates__weekday_counts_back_from_the_dateline),
		cmocka_unit_test(test_dates__weekday_of_the_dateline_is_that_day),
		cmocka_unit_test(test_dates__december_meeting_before_a_january_dateline_is_last_year),
		cmocka_unit_test(test_dates__full_date_in_the_opening_sentence_is_the_event_date),
		cmocka_unit_test(test_dates__full_date_later_in_the_text_is_the_event_date),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
