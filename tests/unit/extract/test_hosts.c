/* test_hosts.c — src/extract/hosts.c through readout_extract: who held the main event, and the
 * place and level that follow from it. */
#include <string.h>
#include "support.h"

static const readout_event *main_event(const char *text)
{
	const readout_record *rec = support_extract(text);
	assert_true(rec->nevents >= 1);
	return &rec->events[0];
}

static void test_hosts__the_subject_of_held(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On May 6, the Standing Committee of the Municipal Party Committee held an enlarged meeting. "
		"Gu Wenbo, Secretary of the Provincial Party Committee, attended.");
	assert_str(e->host.text, "Standing Committee of the Municipal Party Committee");
	assert_str(e->level.text, "prefectural");
	/* a body and its verb apart: "on the afternoon of the 15th" between them */
	e = main_event("The Provincial Party Committee, on the afternoon of the 15th, convened a symposium.");
	assert_str(e->host.text, "Provincial Party Committee");
}

static void test_hosts__the_body_whose_meeting_it_is(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"BEIJING, March 3 (Xinhua) -- A meeting of the Political Bureau of the CPC Central Committee "
		"was held on Friday in Beijing.");
	assert_str(e->host.text, "Political Bureau of the CPC Central Committee");
	assert_str(e->level.text, "central");
	assert_null(e->place.text); /* a national body has no place, wherever it meets */
	e = main_event("On June 2, Fang Zhiyuan presided over the 31st Standing Committee (expanded) meeting of "
	               "the Gangu County CPC Committee.");
	assert_str(e->host.text, "Standing Committee (expanded) of the Gangu County CPC Committee");
	assert_int_equal(e->host.nspans, 2);
	assert_str(e->place.text, "Gangu County");
	assert_str(e->level.text, "county");
}

static void test_hosts__held_by(void **state)
{
	(void)state;
	const readout_event *e = main_event("On May 6, a training class was organized by the Organization "
	                                    "Department of the Provincial Party Committee.");
	assert_str(e->host.text, "Organization Department of the Provincial Party Committee");
	assert_str(e->level.text, "provincial");
}

/* "under the auspices of X" says who held it as "held by X" does; "under the guidance of X"
 * does not */
static void test_hosts__under_the_auspices_of(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On June 3, under the auspices of the Provincial Federation of Trade Unions, a forum on "
		"skilled workers was held in Lanzhou.");
	assert_str(e->host.text, "Provincial Federation of Trade Unions");
	assert_str(e->level.text, "provincial");
	e = main_event("On June 3, under the guidance of the Provincial Federation of Trade Unions, a "
	               "forum on skilled workers was held in Lanzhou.");
	assert_null(e->host.text);
}

/* "Qingshui Village in Anji County held": the village acts, the county only says where it is */
static void test_hosts__a_village_in_a_county(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On May 6, 2022, Shangtian Village in Deqing County held a meeting of villagers' representatives. "
		"Zhou Ming, secretary of the village Party branch, presided over the meeting.");
	assert_str(e->host.text, "Shangtian Village in Deqing County");
	assert_str(e->level.text, "other");
	assert_str(e->place.text, "Deqing County");
	/* a district the gazetteer knows, in its city: still the district's own level and place */
	e = main_event("On May 6, 2022, Yuhang District in Hangzhou held a mobilization meeting.");
	assert_str(e->level.text, "county");
	assert_str(e->place.text, "Yuhang District");
}

/* Machine translation writes a unit's word in lower case after its name: "Jiaxian county
 * held", "Yongding district Santing township held", the township's name even translated word
 * by word; a city's name before "town" names a town, not the city */
static void test_hosts__a_unit_with_its_word_in_lower_case(void **state)
{
	(void)state;
	const readout_event *e = main_event("On April 9, 2022, Jiaxian county held a meeting on flood control.");
	assert_str(e->host.text, "Jiaxian county");
	assert_str(e->level.text, "county");
	/* a county of one syllable fused with "xian" (县) is the gazetteer's "Jia County" */
	assert_str(e->place.text, "Jia County");
	e = main_event("On April 9, 2022, Yongding district Santing township held a meeting on flood control.");
	assert_str(e->host.text, "Yongding district Santing township");
	assert_str(e->level.text, "other");
	assert_str(e->place.text, "Yongding District");
	e = main_event("April 9 morning, Yongding district two bridges township held a meeting on flood control.");
	assert_str(e->host.text, "Yongding district two bridges township");
	e = main_event("On April 9, 2022, Lishui town held a meeting on flood control.");
	assert_str(e->host.text, "Lishui town");
	assert_str(e->level.text, "other");
	assert_null(e->place.text);
	e = main_event("On April 9, 2022, Xinhua street held a meeting on flood control.");
	assert_str(e->host.text, "Xinhua street");
	/* an object of "of" is no agent */
	e = main_event("On April 9, 2022, the secretary of Jiaxian county held a meeting on flood control.");
	assert_null(e->host.text);
}

/* A development zone, a high-tech zone or an industrial park is a body that holds meetings,
 * of the city it is in */
static void test_hosts__a_development_zone_held(void **state)
{
	(void)state;
	const readout_event *e = main_event("On April 9, 2022, the Anyang Economic and Technological "
	                                    "Development Zone held a meeting on work safety.");
	assert_str(e->host.text, "Anyang Economic and Technological Development Zone");
	assert_str(e->place.text, "Anyang");
	e = main_event("On April 9, 2022, Nanning High-tech Zone held a meeting on work safety.");
	assert_str(e->host.text, "Nanning High-tech Zone");
	e = main_event("On April 9, 2022, the Suzhou Industrial Park held a meeting on work safety.");
	assert_str(e->host.text, "Suzhou Industrial Park");
	/* a new district the gazetteer does not know, its name of two capitalized words */
	e = main_event("On April 9, 2022, Baisha New District held a meeting on work safety.");
	assert_str(e->host.text, "Baisha New District");
	assert_str(e->level.text, "county");
}

/* A body's name holds what "and" adds to it ("Commission for Discipline Inspection and
 * Supervision", "Discipline Inspection and Supervision Commission") and the women's
 * federation's possessive */
static void test_hosts__a_name_with_and_or_a_possessive(void **state)
{
	(void)state;
	const readout_event *e = main_event("On April 9, 2022, the Lankao County Commission for Discipline "
	                                    "Inspection and Supervision held a warning education meeting.");
	assert_str(e->host.text, "Lankao County Commission for Discipline Inspection and Supervision");
	assert_str(e->level.text, "county");
	e = main_event("On April 9, 2022, the Discipline Inspection and Supervision Commission of Lankao "
	               "County held a warning education meeting.");
	assert_str(e->host.text, "Discipline Inspection and Supervision Commission of Lankao County");
	e = main_event("On April 9, 2022, the Kaifeng Municipal Women's Federation held a meeting.");
	assert_str(e->host.text, "Kaifeng Municipal Women's Federation");
	assert_str(e->level.text, "prefectural");
	/* an event's word in what a group is for: "Leading Group for Inspection Work" */
	e = main_event("On April 9, 2022, the Leading Group for Inspection Work of the Henan Provincial Party "
	               "Committee held a meeting.");
	assert_str(e->host.text, "Leading Group for Inspection Work of the Henan Provincial Party Committee");
	/* another body after "and" is no part of the name */
	e = main_event("On April 9, 2022, the Kaifeng Municipal Party Committee and Municipal Government "
	               "held a meeting.");
	assert_str(e->host.text, "Kaifeng Municipal Party Committee and Municipal Government");
}

/* "X Town, Y County held": the place after the comma says where the town, the village or the
 * institution before it is; it is not the agent */
static void test_hosts__a_small_unit_located_after_a_comma(void **state)
{
	(void)state;
	const readout_event *e = main_event("On April 9, 2022, Xiaoba Town, Jinchuan County held a meeting.");
	assert_str(e->host.text, "Xiaoba Town");
	assert_str(e->level.text, "other");
	assert_str(e->place.text, "Jinchuan County");
	e = main_event("On April 9, 2022, the Party committee of Xiaoba Town, Jinchuan County held a meeting.");
	assert_str(e->host.text, "Party committee of Xiaoba Town");
	assert_str(e->level.text, "other");
	e = main_event("On April 9, 2022, Xiaoba town, Jinchuan county held a meeting.");
	assert_str(e->host.text, "Xiaoba town");
	e = main_event("On April 9, 2022, Sichuan University, Chengdu held a meeting.");
	assert_str(e->host.text, "Sichuan University");
	/* a body of a unit written with its word in lower case */
	e = main_event("On April 9, 2022, the Party committee of Lishui town held a meeting.");
	assert_str(e->host.text, "Party committee of Lishui town");
	assert_str(e->level.text, "other");
	e = main_event("On April 9, 2022, the Party branch of Xiaoba village held a meeting.");
	assert_str(e->host.text, "Party branch of Xiaoba village");
}

/* Machine translation writes a department's name in lower case: "the municipal finance
 * bureau held" names the bureau, not a "bureau" */
static void test_hosts__a_department_named_in_lower_case(void **state)
{
	(void)state;
	const readout_event *e = main_event("On April 9, 2022, the municipal finance bureau held a meeting "
	                                    "in Lanzhou.");
	assert_str(e->host.text, "municipal finance bureau");
	assert_str(e->level.text, "prefectural");
	e = main_event("On April 9, 2022, the provincial housing and urban-rural development department "
	               "held a meeting in Lanzhou.");
	assert_str(e->host.text, "provincial housing and urban-rural development department");
	assert_str(e->level.text, "provincial");
	/* organization words and an event's words in the remit */
	e = main_event("On April 9, 2022, the county united front work department held a meeting in Gangu County.");
	assert_str(e->host.text, "county united front work department");
	e = main_event("On April 9, 2022, the municipal discipline inspection commission held a meeting in Lanzhou.");
	assert_str(e->host.text, "municipal discipline inspection commission");
	e = main_event("On April 9, 2022, the provincial party committee theoretical learning center group held "
	               "a study session in Lanzhou.");
	assert_str(e->host.text, "provincial party committee theoretical learning center group");
	assert_str(e->level.text, "provincial");
	/* after a capitalized name's possessive */
	e = main_event("On April 9, 2022, the Gangu County Party Committee's theoretical learning center group "
	               "held a study session.");
	assert_str(e->host.text, "Gangu County Party Committee's theoretical learning center group");
	assert_str(e->level.text, "county");
	/* a bracket opened in a name closes in it */
	e = main_event("On April 9, 2022, the Gangu County Party Committee (Gangu County People's Government) "
	               "held a meeting.");
	assert_str(e->host.text, "Gangu County Party Committee (Gangu County People's Government)");
}

/* "X Holds Standing Committee Meeting" over "a Standing Committee meeting was held": the
 * headline says whose Standing Committee it is, and who held the meeting */
static void test_hosts__a_headline_names_the_owner_of_a_kind(void **state)
{
	(void)state;
	const readout_event *e = main_event("Tianshui Municipal Party Committee Holds Standing Committee Meeting\n\n"
	                                    "On April 9, 2022, a Standing Committee meeting was held. Secretary Li "
	                                    "Ming presided.");
	assert_str(e->host.text, "Tianshui Municipal Party Committee");
	assert_str(e->level.text, "prefectural");
	assert_str(e->place.text, "Tianshui");
	/* a headline of another meeting says nothing of this one */
	e = main_event("Tianshui Municipal Party Committee Holds Plenary Session\n\n"
	               "On April 9, 2022, a Standing Committee meeting was held. Secretary Li Ming presided.");
	assert_str(e->host.text, "Standing Committee");
}

/* "Party history", "Party building": "Party" before a noun of its own modifies it and ends no
 * body's name; a meeting named so was held by nobody the text names */
static void test_hosts__party_history_is_no_party(void **state)
{
	(void)state;
	const readout_event *e = main_event("On April 9, 2022, the Tianshui party history learning and "
	                                    "education mobilization meeting was held.");
	assert_null(e->host.text);
	assert_str(e->level.text, "prefectural");
	assert_str(e->place.text, "Tianshui");
	e = main_event("On April 9, 2022, the Tianshui Municipal Party History Learning and Education "
	               "Mobilization Conference was held.");
	assert_null(e->host.text);
	/* a party's own body still ends in "Party" */
	e = main_event("On April 9, 2022, the Communist Party of China held a symposium in Beijing.");
	assert_str(e->host.text, "Communist Party of China");
}

/* "X, together with Y, held": X is the subject, Y only acts with it; an adverb between a body
 * and its verb ("successfully held") leaves the body the subject */
static void test_hosts__a_body_acting_with_another(void **state)
{
	(void)state;
	const readout_event *e = main_event("On April 9, 2022, the Tianshui Municipal Party Committee, together "
	                                    "with the Municipal Government, held a meeting.");
	assert_str(e->host.text, "Tianshui Municipal Party Committee");
	e = main_event("On April 9, 2022, the Tianshui Municipal Party Committee, in conjunction with the "
	               "Municipal Government, held a meeting.");
	assert_str(e->host.text, "Tianshui Municipal Party Committee");
	e = main_event("On April 9, 2022, the Tianshui Municipal Party Committee successfully held a meeting.");
	assert_str(e->host.text, "Tianshui Municipal Party Committee");
}

/* "the Central Inspection Team stationed in Gansu held": the place after "in" says where the
 * body is; the body, national, is the agent, and the place is not its */
static void test_hosts__a_body_stationed_in_a_place(void **state)
{
	(void)state;
	const readout_event *e = main_event("On April 9, 2022, the Third Central Inspection Team stationed in "
	                                    "Gansu held a mobilization meeting.");
	assert_str(e->host.text, "Third Central Inspection Team");
	assert_str(e->level.text, "central");
	assert_null(e->place.text);
	e = main_event("On April 9, 2022, the Tianshui Municipal Party Committee in Gansu held a meeting.");
	assert_str(e->host.text, "Tianshui Municipal Party Committee");
	assert_str(e->level.text, "prefectural");
}

/* A unit named by its kind in lower case acts: "the village held" names the village as "the
 * school held" names the school; "the county held" names the county, by its name where the
 * text gives it, else nobody; never the body whose meeting it held */
static void test_hosts__the_village_held(void **state)
{
	(void)state;
	const readout_event *e = main_event("On March 5, 2023, the village held a Party branch meeting. "
	                                    "Secretary Wang Li presided.");
	assert_str(e->host.text, "village");
	assert_str(e->level.text, "other");
	e = main_event("On March 5, 2023, the county held a Party committee meeting. Secretary Wang Li presided.");
	assert_null(e->host.text);
	assert_str(e->level.text, "county");
	e = main_event("On March 5, 2023, the city held a Party committee meeting. Secretary Wang Li presided. "
	               "(Jinhua Daily reporter Li Na)");
	assert_str(e->host.text, "Jinhua");
	/* a preposition's object is no subject */
	e = main_event("On March 5, 2023, Li Ming learned about the industries in the village, and held a "
	               "symposium with the Party branch.");
	assert_null(e->host.text);
}

/* A photo's caption, credited "(Photo by X)", says where the photo was taken, not where the
 * body is */
static void test_hosts__a_caption_is_no_place(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"Leaders visit the exhibition in Shenzhen. (Photo by Li Ming)\n\n"
		"On the morning of August 3, 2021, the Provincial Party Committee held an enlarged meeting. "
		"Secretary Lou Yangsheng presided over the meeting. The meeting stressed that Henan must do a "
		"good job.");
	assert_str(e->place.text, "Henan");
}

/* A machine translation's lower case: "communist party" is a body's kind as "Communist Party" is */
static void test_hosts__lower_case_communist_party(void **state)
{
	(void)state;
	const readout_event *e = main_event("On the morning of 15th September, an enlarged meeting of standing "
	                                    "committee of communist party of HIT was held in the main building.");
	assert_str(e->host.text, "standing committee of communist party of HIT");
}

/* "Provinceheld": a web page ran the name and its verb together */
static void test_hosts__a_name_run_into_its_verb(void **state)
{
	(void)state;
	const readout_event *e = main_event("On February 11th, the People's Government of Gansu Provinceheld a "
	                                    "symposium for private entrepreneurs.");
	assert_str(e->host.text, "People's Government of Gansu Province");
	assert_str(e->level.text, "provincial");
}

/* "launched an emergency response": an act, no meeting, so no host; a meeting launched is one */
static void test_hosts__an_act_is_no_meeting(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On September 5, 2022, the State Flood Control Headquarters and the Ministry of Water Resources "
		"launched the National Class IV flood emergency response.");
	assert_null(e->host.text);
	assert_str(e->level.text, "central");
	e = main_event("On September 5, 2022, the Provincial Federation of Trade Unions launched a training "
	               "class for workers.");
	assert_str(e->host.text, "Provincial Federation of Trade Unions");
}

/* A readout that opens with the meeting it studies: the background is another event's text,
 * its day, place and body not this one's */
static void test_hosts__past_the_background(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"The Fifth Plenary Session of the 19th Central Committee concluded in Beijing on October 29, 2020. "
		"The session adopted the proposals for the 14th Five-Year Plan.\n\n"
		"Li Ming, secretary of the Party branch of the Tianfu Software Association, attended the special "
		"study meeting and conveyed the spirit of the plenary session.");
	assert_null(e->date.text);
	assert_str(e->level.text, "other");
	assert_null(e->place.text); /* Beijing is where the plenum met */
	/* a first report that studies it too is no background: "held meetings to study the spirit
	 * of the plenary session" */
	e = main_event("On November 2, 2020, the departments of the Provincial Party Committee held meetings to "
	               "study the spirit of the plenary session. On November 3, the Provincial Commission for "
	               "Discipline Inspection held a meeting to study the spirit of the plenary session.");
	assert_str(e->date.text, "2020-11-02");
}

/* "No. 2 Middle School": a rank inside an institution's name is the name's */
static void test_hosts__a_numbered_school(void **state)
{
	(void)state;
	const readout_event *e = main_event("On June 1, 2023, Ningbo No. 2 Middle School held a Party history "
	                                    "lecture. Principal Zhou Yong spoke.");
	assert_str(e->host.text, "Ningbo No. 2 Middle School");
	assert_str(e->level.text, "other");
	assert_str(e->place.text, "Ningbo");
}

/* A democratic party is named whole, not cut to its last word */
static void test_hosts__a_democratic_party(void **state)
{
	(void)state;
	const readout_event *e = main_event("On June 1, 2023, the Central Committee of the China Zhi Gong Party "
	                                    "held a meeting. Chairman Jiang Ming presided.");
	assert_str(e->host.text, "Central Committee of the China Zhi Gong Party");
	assert_str(e->level.text, "central");
}

/* "Organized by X, a forum was held": the agent opens the sentence */
static void test_hosts__organized_by_opens_the_sentence(void **state)
{
	(void)state;
	const readout_event *e = main_event("Organized by the Publicity Department of the Provincial Party "
	                                    "Committee, a report meeting was held in Lanzhou on May 6, 2022.");
	assert_str(e->host.text, "Publicity Department of the Provincial Party Committee");
	assert_str(e->level.text, "provincial");
	/* a person is no agent: "Hosted by Mr. Li, the meeting ..." */
	e = main_event("Hosted by Li Ming, the meeting was held on May 6, 2022 to study the plenary session.");
	assert_null(e->host.text);
}

/* "Anji County of Huzhou City held": the county acts, the city after "of" says where it is */
static void test_hosts__a_county_of_its_city(void **state)
{
	(void)state;
	const readout_event *e = main_event("On March 3, 2022, Deqing County of Huzhou City held a meeting on "
	                                    "rural revitalization. Secretary Wang Ming presided.");
	assert_str(e->host.text, "Deqing County of Huzhou City");
	assert_str(e->place.text, "Deqing County");
	assert_str(e->level.text, "county");
	e = main_event("On March 3, 2022, Yiwu City of Zhejiang Province held a meeting.");
	assert_str(e->place.text, "Yiwu");
	assert_str(e->level.text, "county");
}

/* "Co., Ltd.": a company's legal form after a comma is still its name */
static void test_hosts__a_company_limited(void **state)
{
	(void)state;
	const readout_event *e = main_event("On May 6, 2022, the Party Committee of Jinling Iron and Steel Co., Ltd. "
	                                    "held a meeting. Secretary Zhao Min presided.");
	assert_str(e->host.text, "Party Committee of Jinling Iron and Steel Co., Ltd.");
	assert_str(e->level.text, "other");
	/* written with no space, and no full stop after it */
	e = main_event("On November 2, 2018, Nantong Textile Machinery Co.,Ltd held a study meeting.");
	assert_str(e->host.text, "Nantong Textile Machinery Co.,Ltd");
}

/* A body named by its kind alone is at the level of the same body named in full where the
 * event is reported, in a post or not; a topic's province says nothing of it. */
static void test_hosts__the_same_body_named_in_full(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On the afternoon of May 5, the Party Committee Standing Committee (enlarged) meeting was held "
		"to convey the spirit of the education conference of Hunan Province. Li Ming presided over "
		"the meeting. Members of the Standing Committee of the Party Committee of the college and heads "
		"of departments attended the meeting.");
	assert_str(e->host.text, "Party Committee Standing Committee");
	assert_str(e->level.text, "other");
}

static void test_hosts__a_venue_is_no_host(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On November 24, a seminar on the plenary session was held at the Party School of the Provincial "
		"Party Committee. Fang Zhiyuan, Deputy Secretary of the Provincial Party Committee, spoke.");
	assert_null(e->host.text);
	assert_str(e->level.text, "provincial");
}

static void test_hosts__a_place_after_a_comma_locates_the_agent_before_it(void **state)
{
	const readout_event *e =
		&support_extract("On May 6, 2021, the Party Committee of Xiaoshan District, Hangzhou held a meeting.")->events[0];
	assert_str(e->host.text, "Party Committee of Xiaoshan District");
	assert_str(e->place.text, "Xiaoshan District");
	assert_str(e->level.text, "county");
	e = &support_extract("On May 6, 2021, Changxing County, Huzhou City held a meeting.")->events[0];
	assert_str(e->host.text, "Changxing County");
	assert_str(e->level.text, "county");
	/* a clause's comma: the province is no locator of its city */
	e = &support_extract("On May 6, after the conference in the province of Guangdong, Shenzhen City held a "
	                     "meeting.")->events[0];
	assert_str(e->host.text, "Shenzhen City");
}

static void test_hosts__a_body_under_another_and_a_name_ending_in_capitals(void **state)
{
	const readout_event *e = &support_extract(
		"On May 6, 2021, the Office of the Leading Group for Poverty Alleviation under the State Council "
		"held a meeting.")->events[0];
	assert_str(e->host.text, "Office of the Leading Group for Poverty Alleviation under the State Council");
	assert_str(e->level.text, "central");
	e = &support_extract("On May 6, 2021, the leading group on Party building under the provincial Party "
	                     "committee held a meeting.")->events[0];
	assert_str(e->host.text, "leading group on Party building under the provincial Party committee");
	assert_str(e->level.text, "provincial");
	/* what the group is for, in capitals, ends its name */
	e = &support_extract("On May 6, 2021, the Provincial Leading Group for Party Building held a meeting.")->events[0];
	assert_str(e->host.text, "Provincial Leading Group for Party Building");
	/* what it is for runs on past a body's word ("Party") to the verb; a central group meeting
	 * in a province is central, with no place */
	e = &support_extract("On May 6, 2021, the Central Guidance Group for Party History Learning and Education "
	                     "held a symposium in Nanjing.")->events[0];
	assert_str(e->host.text, "Central Guidance Group for Party History Learning and Education");
	assert_str(e->level.text, "central");
	assert_null(e->place.text);
	/* under someone's guidance: no body under another */
	e = &support_extract("On May 6, 2021, under the guidance of the Provincial Party Committee, the Municipal "
	                     "Party Committee held a meeting.")->events[0];
	assert_str(e->host.text, "Municipal Party Committee");
}

static void test_hosts__the_pages_furniture_places_nothing_the_text_places(void **state)
{
	/* a portal's name over the page and a photo's caption name other places than the text */
	const char *text =
		"Hunan Provincial People's Government Portal\n"
		"Home > News   Font size: L M S\n"
		"\n"
		"On October 24, 2022, the Provincial Party Committee held a meeting. Zhou Mingyuan "
		"presided over the meeting and urged all of Jiangxi to carry out the plan.\n"
		"Photo taken in Beijing on October 20, 2022. (Songlin/Li Ming)\n";
	const readout_event *e = &support_extract(text)->events[0];
	assert_str(e->place.text, "Jiangxi");
	assert_str(e->level.text, "provincial");
	/* with no other place named, the portal's still places the report */
	e = &support_extract("Hunan Provincial People's Government Portal\n"
	                     "\n"
	                     "On October 24, 2022, the Provincial Party Committee held a meeting. Zhou "
	                     "Mingyuan presided over the meeting.\n")->events[0];
	assert_str(e->place.text, "Hunan");
}

/* The page's footer: the lines after "Copyright ..." near the end (an address, a phone number)
 * are the page's, not the text's, so the text's weaker place still wins over them; with no
 * other place they still place the report, as the portal's name does. */
static void test_hosts__the_pages_footer_places_nothing_the_text_places(void **state)
{
	(void)state;
	const char *text =
		"On October 24, 2022, the Provincial Party Committee held a meeting. Zhou Mingyuan presided "
		"over the meeting. The meeting stressed that the reform of Jiangxi must go on, and that the "
		"tasks of the year must be done well, with every department doing its part.\n"
		"\n"
		"Copyright 2022 All rights reserved\n"
		"Address: No. 9 Qingnian Road, Beijing\n"
		"Tel: 010-6307 1234\n";
	const readout_event *e = &support_extract(text)->events[0];
	assert_str(e->place.text, "Jiangxi");
	e = &support_extract("On October 24, 2022, the Provincial Party Committee held a meeting. Zhou "
	                     "Mingyuan presided over the meeting and the tasks of the year were set, each "
	                     "department with its part of the work and the time it has to finish it.\n"
	                     "\n"
	                     "Copyright 2022 All rights reserved\n"
	                     "Address: No. 9 Wuyi Road, Fuzhou\n")->events[0];
	assert_str(e->place.text, "Fujian"); /* the provincial body of the province Fuzhou is in */
}

static void test_hosts__a_place_as_the_agent(void **state)
{
	(void)state;
	const readout_event *e = main_event("Hebi City recently held a mobilization meeting on flood prevention.");
	assert_str(e->host.text, "Hebi City");
	assert_str(e->place.text, "Hebi");
	assert_str(e->level.text, "prefectural");
	/* after the province's conference, the city's own */
	e = main_event("On July 19, Hebi City continued to hold a televised conference on flood prevention.");
	assert_str(e->host.text, "Hebi City");
}

static void test_hosts__a_leader_of_a_national_body(void **state)
{
	(void)state;
	/* no host: the level comes from the post of the one who spoke, not from the province he visited */
	const readout_event *e = main_event(
		"On April 2, Xi Jinping, general secretary of the CPC Central Committee, inspected Fuzhou, Fujian "
		"Province. Xi stressed the need to deepen reform.");
	assert_null(e->host.text);
	assert_str(e->level.text, "central");
	assert_null(e->place.text);
	/* nobody speaks: the one who went about the city during the inspection */
	e = main_event("On April 2, Xi Jinping, general secretary of the CPC Central Committee, inspected Fuzhou. "
	               "During the inspection in the city, Xi went to a local community.");
	assert_str(e->level.text, "central");
	assert_null(e->place.text);
}

static void test_hosts__a_national_conference_is_the_centres(void **state)
{
	(void)state;
	const readout_event *e = main_event("BEIJING, Aug. 22 (Xinhua) -- The National Conference on Propaganda Work was "
	                                    "held in Beijing from Aug. 21 to 22.");
	assert_null(e->host.text);
	assert_str(e->level.text, "central");
	assert_null(e->place.text);
	e = main_event("On the afternoon of December 12, the Central Rural Work Conference opened in Beijing.");
	assert_str(e->level.text, "central");
	/* one studied, or one before the event, is not the event */
	e = main_event("After the national video conference on flood control, a meeting was held in Zhengzhou.");
	assert_str(e->level.text, "prefectural");
	e = main_event("On December 27, Gu Wenbo stressed in Urumqi the need to study the spirit of the Central "
	               "Economic Work Conference.");
	assert_str(e->place.text, "Urumqi");
}

static void test_hosts__a_city_named_only_by_kind(void **state)
{
	(void)state;
	/* no city named anywhere, no province above it and no county below it: which city? */
	const readout_event *e = main_event("On May 6, the Municipal Party Committee held a meeting on the economy.");
	assert_str(e->host.text, "Municipal Party Committee");
	assert_null(e->level.text);
	/* a provincial body mentioned places it below a province */
	e = main_event("On May 6, the Municipal Party Committee held a meeting to study the plan of the Provincial "
	               "Party Committee.");
	assert_str(e->level.text, "prefectural");
	/* counties and districts below it (GUIDE 14), in the plural as a meeting addresses them */
	e = main_event("On May 6, the Municipal Party Committee held a meeting. The meeting required all counties "
	               "and districts to act.");
	assert_str(e->level.text, "prefectural");
	/* the city a newspaper names */
	e = main_event("Jiaxing Daily, May 7. On May 6, the Municipal Party Committee held a meeting.");
	assert_str(e->place.text, "Jiaxing");
	assert_str(e->level.text, "prefectural");
}

static void test_hosts__a_province_from_its_cities(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On July 21, the Provincial Party Committee held a meeting. Fang Zhiyuan, Secretary of the "
		"Shenzhen Municipal Party Committee, attended.");
	assert_str(e->place.text, "Guangdong");
	assert_str(e->level.text, "provincial");
	/* a state-level new area ranks with the districts */
	e = main_event("On May 9, the Working Committee of Tianfu New Area held a meeting on rural revitalization.");
	assert_str(e->place.text, "Tianfu New Area");
	assert_str(e->level.text, "county");
}

static void test_hosts__an_event_to_come_is_not_the_one_held(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"BEIJING, June 27 -- The plenary session of the Central Committee will be held in July, according "
		"to a meeting of the Political Bureau of the CPC Central Committee on Thursday.");
	assert_str(e->host.text, "Political Bureau of the CPC Central Committee");
}

static void test_hosts__meeting_minutes(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"Party Day Activities of the Songlin Party Branch\n\n"
		"2020-12-22 11:24\n\n"
		"Meeting time: 12 October 2018\n\n"
		"Host: Gu Wenbo\n\n"
		"Attendants: Gu Wenbo, Fang Zhiyuan and Lu Meng.\n\n"
		"On October 12, 2018, Songlin Black Cat Party Branch organized all members of the Party to watch a film\n\n"
		"Gu Wenbo spoke: the film teaches us a lot.");
	const readout_event *e = &rec->events[0];
	assert_str(e->date.text, "2018-10-12"); /* not the page's time stamp */
	assert_str(e->host.text, "Songlin Black Cat Party Branch");
	assert_true(support_values_have(e->presided, e->npresided, "Gu Wenbo"));
	assert_true(support_values_have(e->attended, e->nattended, "Fang Zhiyuan"));
	assert_true(support_values_have(e->attended, e->nattended, "Lu Meng"));
}

static void test_hosts__what_a_body_is_for_is_not_above_it(void **state)
{
	(void)state;
	/* "for" names a purpose, "of" the body above: the State Council's office, central */
	const readout_event *e = main_event(
		"On July 5th, the Office of the State Council Leading Group for State owned Enterprise Reform held a "
		"special promotion meeting.");
	assert_str(e->host.text, "Office of the State Council Leading Group for State owned Enterprise Reform");
	assert_str(e->level.text, "central");
	e = main_event("On November 4th, the Central First Ecological Environmental Protection Inspector Group held a "
	               "mobilization meeting in Shenyang.");
	assert_str(e->level.text, "central");
	assert_null(e->place.text);
}

static void test_hosts__a_visiting_delegation(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"Yesterday (20th), the party and government delegation of Hebei Province visited Beijing. Gu Wenbo, "
		"Secretary of the Beijing Municipal Party Committee, attended.");
	assert_str(e->host.text, "party and government delegation of Hebei Province");
	assert_str(e->place.text, "Hebei");
	assert_str(e->level.text, "provincial");
}

static void test_hosts__no_host_in_a_person_or_a_record(void **state)
{
	(void)state;
	/* the body in a person's post, or after his name, did not act */
	const readout_event *e = main_event(
		"Deputy Director Gu Wenbo of the Organization Department, accompanied by Director Fang Zhiyuan of "
		"the Second Division of the Department, visited the university on May 6.");
	assert_null(e->host.text);
	e = main_event("Gu Wenbo and his party successively went to the distillery and the glass factory.");
	assert_null(e->host.text);
	/* a record of meetings past is no meeting held */
	const readout_record *rec = support_extract(
		"The CPC Central Committee has held seven central symposiums on Tibet work. On June 4, the Regional "
		"Party Committee held a meeting.");
	assert_str(rec->events[0].host.text, "Regional Party Committee");
}

static void test_hosts__a_group_named_with_what_it_is_for(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On July 8, a meeting of the Provincial Leading Group on Flood Prevention and Drought Relief was "
		"held. Zhao Minghui presided over the meeting.");
	assert_str(e->host.text, "Provincial Leading Group on Flood Prevention and Drought Relief");
	/* a day after the group is not what it is for */
	e = main_event("Zhao Minghui chaired a meeting of the provincial leading group on flood prevention on "
	               "the 9th.");
	assert_str(e->host.text, "provincial leading group on flood prevention");
	e = main_event("Zhao Minghui chaired a meeting of the provincial leading group on July 9.");
	assert_str(e->host.text, "provincial leading group");
	/* a group named only in a post, and a place in its remit that is not its own */
	e = main_event("Vice Premier Zhao Minghui, head of a leading group overseeing Fujian's coastal "
	               "development, spoke at a meeting of the group on July 2.");
	assert_str(e->host.text, "leading group overseeing Fujian's coastal development");
	assert_str(e->level.text, "central");
	/* "the group" named the same way in a post, working on a remit, is no company */
	e = main_event("Vice Premier Zhao Minghui, head of the group leading the promotion of coastal "
	               "development, chairs a meeting of the group, Jan. 18, 2022.");
	assert_str(e->host.text, "group leading the promotion of coastal development");
	assert_str(e->level.text, "central");
	/* a committee's name does not run on: "on" opens what the meeting is about */
	e = main_event("Zhao Minghui chaired a meeting of the Provincial Party Committee on flood prevention.");
	assert_str(e->host.text, "Provincial Party Committee");
}

static void test_hosts__a_body_named_before_its_meeting(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On March 3, the municipal people's Congress Standing Committee (enlarged) meeting, study the "
		"spirit of the provincial sessions. Wang Hailin presided over the meeting.");
	assert_str(e->host.text, "municipal people's Congress Standing Committee");
	/* a bare kind is not named in full */
	e = main_event("The Party meeting studied the spirit of the session. Wang Hailin presided over the meeting.");
	assert_null(e->host.text);
}

static void test_hosts__an_abbreviation_the_text_spells_out(void **state)
{
	(void)state;
	const readout_event *f = main_event(
		"Second session of 13th NPC concludes\n\nBeijing: The second session of the 13th National People's "
		"Congress (NPC) lowered the curtain Friday.");
	assert_str(f->host.text, "13th National People's Congress");
	assert_str(f->level.text, "central");
}

static void test_hosts__a_delegation_holds_its_panel_discussion(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"Gu Wenbo, Governor of Jiangsu province, deliberated the work report of the provincial government "
		"with the Wuxi delegation to the first session of the 14th Provincial People's Congress on Jan. 29.");
	assert_str(e->host.text, "Wuxi delegation");
	assert_str(e->level.text, "prefectural");
	/* a delegation named by its kind alone is no host */
	e = main_event("Gu Wenbo, head of the delegation, deliberated the work report with deputies on Jan. 29.");
	assert_null(e->host.text);
}

static void test_hosts__bodies_by_other_names(void **state)
{
	(void)state;
	/* a body of a body at an institution, as written */
	const readout_event *e = main_event(
		"On the afternoon of September 19, the Party Committee of the School of Foreign Studies at Lanshui "
		"University held a mobilization meeting.");
	assert_str(e->host.text, "Party Committee of the School of Foreign Studies at Lanshui University");
	assert_str(e->level.text, "other");
	/* the NPC's Council of Chairpersons, not a council */
	e = main_event("Gu Wenbo presides over the 89th meeting of the Council of Chairpersons of the 13th NPC Standing "
	               "Committee in Beijing, March 30, 2021.");
	assert_str(e->host.text, "Council of Chairpersons of the 13th NPC Standing Committee");
	assert_str(e->level.text, "central");
	/* "the central authorities" are national, and "started" a round of inspections */
	e = main_event("BEIJING, Nov. 21 (Xinhua) -- China's central authorities on Tuesday started a new round of "
	               "environmental inspections.");
	assert_str(e->level.text, "central");
	assert_null(e->place.text);
	/* an inspection team named by its remit in lower case is still the centre's, wherever it sits */
	e = main_event("On May 7, 2021, the fourth central environmental protection inspection team held a "
	               "mobilization meeting in Taiyuan.");
	assert_str(e->host.text, "central environmental protection inspection team");
	assert_str(e->level.text, "central");
	assert_null(e->place.text);
}

/* Wire copy names the nation as the agent: "China held" is a central host, placed nowhere;
 * "north China" and a company called "... China" are not the nation. */
static void test_hosts__the_nation_as_the_agent(void **state)
{
	(void)state;
	const readout_event *e = main_event("China on Friday held a grand rally in Nanning to mark the founding of the region.");
	assert_str(e->host.text, "China");
	assert_str(e->level.text, "central");
	assert_null(e->place.text);
	e = main_event("BEIJING, Dec. 9 -- China held its annual work conference on rural affairs from Monday to Tuesday.");
	assert_str(e->host.text, "China");
	e = main_event("Hydro China held a safety meeting in Chengdu on May 4, 2021.");
	assert_true(!e->host.text || strcmp(e->host.text, "China") != 0);
	assert_str(e->place.text, "Chengdu");
	e = main_event("Officials from north China held a forum in Taiyuan on May 4, 2021.");
	assert_true(!e->host.text || strcmp(e->host.text, "China") != 0);
	assert_str(e->place.text, "Taiyuan");
}

static void test_hosts__our_city_held(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"Wuxi Daily News (Reporter/Gu Wenbo) On November 4th, our city held a mobilization meeting to study "
		"the spirit of the congress. Fang Zhiyuan, Member of the Standing Committee of the Municipal Party "
		"Committee, attended and spoke.");
	assert_str(e->host.text, "Wuxi");
	assert_str(e->place.text, "Wuxi");
	assert_str(e->level.text, "prefectural");
	/* no place named: no host */
	e = main_event("On November 4th, our city held a mobilization meeting to study the spirit of the congress.");
	assert_null(e->host.text);
}

/* A wire report whose meeting is the subject of what an agency reports, after a dateline and a
 * sentence of comment: the meeting's body hosts it, its abbreviation in brackets whole. */
static void test_hosts__a_meeting_an_agency_reports(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"Taiyuan to get a new zone\n\nMay 4, 2021\n\nA top body has backed a pilot zone for Taiyuan.\n\n"
		"Xinhua reports that the fifth meeting of the Central Committee for Financial and Economic Affairs "
		"(CFEAC), the top economic body, reviewed five plans.");
	assert_str(e->host.text, "Central Committee for Financial and Economic Affairs (CFEAC)");
	assert_str(e->level.text, "central");
	assert_null(e->place.text);
}

/* Issue 9 (GUIDE convention 7): a joint conference of two governments is a standing body; its
 * numbered session is its meeting, and the conference, named with what it is for, is the host. */
static void test_hosts__a_joint_conference_holds_its_sessions(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On May 9, the Fourth Session of Anhui-Jiangxi Party and Government Joint Meeting for Promoting "
		"Construction of Songlin River Economic Belt was held. Wang Haiyang presided over the session.");
	assert_str(e->host.text, "Anhui-Jiangxi Party and Government Joint Meeting for Promoting Construction of Songlin River Economic Belt");
	e = main_event("On May 9, the Second Meeting of the Hunan-Hubei Joint Conference on Flood Control was held. "
	               "Wang Haiyang presided over the meeting.");
	assert_non_null(e->host.text);
	assert_true(strstr(e->host.text, "Joint Conference") != NULL);
}

/* Issue 9: "the first plenary meeting of Lanxi Delegation for the Second Session of the 13th
 * Provincial People's Congress": the delegation's name stops before the session it is for. */
static void test_hosts__a_delegation_for_a_session(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"The first plenary meeting of Songlin Delegation for the Second Session of the 13th National "
		"People's Congress was held on the third of this month. Wang Haiyang presided over the meeting.");
	assert_str(e->host.text, "Songlin Delegation");
}

/* Issue 9: "the Lanxi delegation to the 19th National Congress of the CPC has held plenary
 * meetings", "the Hainan delegation of the First Session of the 14th NPC held": the delegation
 * is the subject of held, not the congress it goes to; its name as written runs on to the verb,
 * and its level is its own. */
static void test_hosts__a_delegation_to_a_congress_holds(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"From October 18 on, the Songlin Province delegation to the 19th National Congress of the "
		"Communist Party of China (CPC) has held plenary meetings to discuss the report. Wang Haiyang "
		"chaired the meeting.");
	assert_str(e->host.text, "Songlin Province delegation to the 19th National Congress of the Communist Party of China (CPC)");
	assert_str(e->level.text, "provincial");
	/* the session in between; the delegation's level, not the congress's */
	e = main_event("On the afternoon of March 5, the Hainan delegation of the First Session of the 14th "
	               "National People's Congress held a plenary meeting to review the government work report.");
	assert_str(e->host.text, "Hainan delegation of the First Session of the 14th National People's Congress");
	assert_str(e->level.text, "provincial");
	assert_str(e->place.text, "Hainan");
}

/* Issue 9 (GUIDE convention 14): with no level from the host's name or its people, "our city"
 * anywhere in the text says whose readout it is, before a province the text only mentions. */
static void test_hosts__our_city_gives_the_level(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On September 21, the 21st meeting of the 11th Standing Committee of the CPPCC was held. "
		"The meeting studied the regulations of the Party in Henan Province. Members will offer "
		"advice on the pilot of our city.");
	assert_str(e->level.text, "prefectural");
}

/* Issue 9: "The forum was held in Xining. ..., the forum was organized by X": the sentence after
 * the anchor says who held it; "X's research center" is X's unit and takes X's level, and a
 * national body's venue in a province is no place of it. */
static void test_hosts__organized_by_in_the_next_sentence(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On July 21, 2021, the Songlin River Forum was held in the city of Xining. Under the theme of "
		"ecological protection, the forum was organized by COSC\u2019s public policy research center "
		"under the guidance of COSC. Wang Haiyang spoke at the forum.");
	assert_str(e->host.text, "COSC\u2019s public policy research center");
	assert_str(e->level.text, "central");
	assert_null(e->place.text);
	/* a person invited by a body is no report of who held the event */
	e = main_event("On July 21, 2021, the Songlin River Forum was held in the city of Xining. Wang Haiyang, "
	               "invited by the Provincial Party Committee, spoke at the forum.");
	assert_null(e->host.text);
}

/* Issue 9 (GUIDE convention 14): with no host found, a national body that opens its clause as
 * the subject acts (a central inspection team stationed in a province): level central, and the
 * province it is stationed in is no place of it. A national body whose spirit is studied is
 * not the one that acts. */
static void test_hosts__a_national_body_that_acts_in_a_province(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"Lanxi News reported on the 24th that the fourth batch of inspections has been launched. They "
		"have been stationed in Fujian Province this afternoon. The Central Ecological Protection "
		"Inspection Team will focus on the prominent problems.");
	assert_str(e->level.text, "central");
	assert_null(e->place.text);
	e = main_event(
		"Lanxi News reported on the 24th that the fourth batch of inspections has been launched. They "
		"have been stationed in Fujian Province this afternoon. Members studied the spirit of the "
		"Central Committee.");
	assert_str(e->level.text, "provincial");
}

/* Issue 9: "the Provincial Party Committee" of a text that names no province, but uses a
 * formulation that is one province's own ("Double Eight Strategy" is Zhejiang's), is that
 * province's; a province the text names wins over it, and it is never a venue. */
static void test_hosts__a_provinces_own_formulation_places_its_body(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On the afternoon of the 15th, the Provincial Party Committee held a meeting. Lin Hai presided "
		"and stressed the need to implement the \u201cDouble Eighth Strategies\u201d in depth.");
	assert_str(e->place.text, "Zhejiang");
	assert_str(e->level.text, "provincial");
	e = main_event(
		"On the afternoon of the 15th, the Provincial Party Committee held a meeting in Nanchang. Lin Hai "
		"presided and asked Jiangxi to learn from the Double Eight Strategy.");
	assert_str(e->place.text, "Jiangxi");
}

/* Issue 9: a body named only by its level word ("the Provincial Government Party Group") is no
 * special administrative region's: Macao's return, a topic of the meeting, does not place it. */
static void test_hosts__a_province_is_no_special_administrative_region(void **state)
{
	(void)state;
	const readout_event *e = main_event(
		"On December 25, Lin Hai presided over a meeting of the Provincial Government Party Group to "
		"study the speech on the 20th anniversary of Macau\u2019s return to the motherland.");
	assert_str(e->level.text, "provincial");
	assert_null(e->place.text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hosts__meeting_minutes),
		cmocka_unit_test(test_hosts__a_meeting_an_agency_reports),
		cmocka_unit_test(test_hosts__what_a_body_is_for_is_not_above_it),
		cmocka_unit_test(test_hosts__a_visiting_delegation),
		cmocka_unit_test(test_hosts__no_host_in_a_person_or_a_record),
		cmocka_unit_test(test_hosts__the_subject_of_held),
		cmocka_unit_test(test_hosts__the_body_whose_meeting_it_is),
		cmocka_unit_test(test_hosts__held_by),
		cmocka_unit_test(test_hosts__under_the_auspices_of),
		cmocka_unit_test(test_hosts__a_village_in_a_county),
		cmocka_unit_test(test_hosts__a_caption_is_no_place),
		cmocka_unit_test(test_hosts__lower_case_communist_party),
		cmocka_unit_test(test_hosts__a_name_run_into_its_verb),
		cmocka_unit_test(test_hosts__an_act_is_no_meeting),
		cmocka_unit_test(test_hosts__past_the_background),
		cmocka_unit_test(test_hosts__a_unit_with_its_word_in_lower_case),
		cmocka_unit_test(test_hosts__a_development_zone_held),
		cmocka_unit_test(test_hosts__a_name_with_and_or_a_possessive),
		cmocka_unit_test(test_hosts__a_small_unit_located_after_a_comma),
		cmocka_unit_test(test_hosts__a_department_named_in_lower_case),
		cmocka_unit_test(test_hosts__a_headline_names_the_owner_of_a_kind),
		cmocka_unit_test(test_hosts__party_history_is_no_party),
		cmocka_unit_test(test_hosts__a_body_acting_with_another),
		cmocka_unit_test(test_hosts__a_body_stationed_in_a_place),
		cmocka_unit_test(test_hosts__the_village_held),
		cmocka_unit_test(test_hosts__a_numbered_school),
		cmocka_unit_test(test_hosts__a_democratic_party),
		cmocka_unit_test(test_hosts__organized_by_opens_the_sentence),
		cmocka_unit_test(test_hosts__a_county_of_its_city),
		cmocka_unit_test(test_hosts__a_company_limited),
		cmocka_unit_test(test_hosts__the_same_body_named_in_full),
		cmocka_unit_test(test_hosts__a_venue_is_no_host),
		cmocka_unit_test(test_hosts__a_place_as_the_agent),
		cmocka_unit_test(test_hosts__the_pages_furniture_places_nothing_the_text_places),
		cmocka_unit_test(test_hosts__the_pages_footer_places_nothing_the_text_places),
		cmocka_unit_test(test_hosts__a_place_after_a_comma_locates_the_agent_before_it),
		cmocka_unit_test(test_hosts__a_body_under_another_and_a_name_ending_in_capitals),
		cmocka_unit_test(test_hosts__a_leader_of_a_national_body),
		cmocka_unit_test(test_hosts__a_national_conference_is_the_centres),
		cmocka_unit_test(test_hosts__a_city_named_only_by_kind),
		cmocka_unit_test(test_hosts__a_province_from_its_cities),
		cmocka_unit_test(test_hosts__an_event_to_come_is_not_the_one_held),
		cmocka_unit_test(test_hosts__a_group_named_with_what_it_is_for),
		cmocka_unit_test(test_hosts__a_body_named_before_its_meeting),
		cmocka_unit_test(test_hosts__an_abbreviation_the_text_spells_out),
		cmocka_unit_test(test_hosts__a_delegation_holds_its_panel_discussion),
		cmocka_unit_test(test_hosts__bodies_by_other_names),
		cmocka_unit_test(test_hosts__our_city_held),
		cmocka_unit_test(test_hosts__the_nation_as_the_agent),
		cmocka_unit_test(test_hosts__a_joint_conference_holds_its_sessions),
		cmocka_unit_test(test_hosts__a_delegation_for_a_session),
		cmocka_unit_test(test_hosts__a_delegation_to_a_congress_holds),
		cmocka_unit_test(test_hosts__our_city_gives_the_level),
		cmocka_unit_test(test_hosts__organized_by_in_the_next_sentence),
		cmocka_unit_test(test_hosts__a_national_body_that_acts_in_a_province),
		cmocka_unit_test(test_hosts__a_provinces_own_formulation_places_its_body),
		cmocka_unit_test(test_hosts__a_province_is_no_special_administrative_region),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
