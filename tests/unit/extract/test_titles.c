/* test_titles.c — src/extract/titles.c through readout_extract: appositive titles, titles
 * before a name, a shared tail split over two posts, and a plural title given to every name
 * of a list. Titles are kept as written. */
#include "support.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

static const readout_person *person(const readout_record *rec, const char *name)
{
	const readout_person *p = support_person(rec, name);
	if (!p)
		fail_msg("no person '%s'", name);
	return p;
}

static void assert_title(const readout_person *p, const char *title)
{
	if (support_has_title(p, title))
		return;
	fprintf(stderr, "titles of %s:", p->name);
	for (size_t i = 0; i < p->ntitles; i++)
		fprintf(stderr, " [%s]", p->titles[i].text);
	fprintf(stderr, "\n");
	fail_msg("%s has no title '%s'", p->name, title);
}

/* Posts written before a segment go to the name that opens it, not to one deep inside: when
 * the holder's name is one readout does not know ("Gu We" is no pinyin name), the posts are
 * nobody's, rather than the leader's whose speech the meeting studies. */
static void test_titles__a_day_after_the_post_is_no_part_of_it(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"Li Ming, Secretary of the County Party Committee on the morning of May 7 presided over a meeting. "
		"Wang Bo, Deputy Party Secretary on Monday toured the villages. Zhou Hua, member of the Committee on "
		"the 12th Five-Year Plan, and Sun Qiang, secretary of the May Fourth Village Party Branch, attended.");
	assert_true(support_has_title(support_person(rec, "Li Ming"), "Secretary of the County Party Committee"));
	assert_true(support_has_title(support_person(rec, "Wang Bo"), "Deputy Party Secretary"));
	/* an ordinal of a name and a month in a name are no days */
	assert_true(support_has_title(support_person(rec, "Zhou Hua"), "member of the Committee on the 12th Five-Year Plan"));
	assert_true(support_has_title(support_person(rec, "Sun Qiang"), "secretary of the May Fourth Village Party Branch"));
}

static void test_titles__posts_before_go_to_the_name_that_follows(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On the afternoon of May 6, Gu We, Deputy Secretary of the Municipal Party Committee and Mayor, "
		"presided over a meeting to study the important speech delivered by Comrade Xi Jinping during "
		"his inspection in the city. Vice Mayor Tang Lihua attended.");
	assert_int_equal(person(rec, "Xi Jinping")->ntitles, 0);
	assert_title(person(rec, "Tang Lihua"), "Vice Mayor");
	rec = support_extract(
		"From May 6 to 8, the party secretary Gao Peng, the Deputy Secretary of the Municipal Party "
		"Committee, and the mayor Gu Wenbo led the delegation to Songlin.");
	assert_title(person(rec, "Gu Wenbo"), "Deputy Secretary of the Municipal Party Committee");
	assert_title(person(rec, "Gu Wenbo"), "mayor");
	rec = support_extract(
		"On May 6, the conference was held. Members of the Standing Committee of the Municipal Party "
		"Committee, including Gu Wenbo and Tang Lihua, attended.");
	assert_title(person(rec, "Tang Lihua"), "Members of the Standing Committee of the Municipal Party Committee");
}

static void test_titles__takes_appositive_titles(void **state)
{
	const readout_record *rec = support_extract(
		"On May 6, the Songlin Municipal Party Committee held a meeting. Gu Wenbo, Secretary of "
		"the Municipal Party Committee, presided over the meeting. Tang Lihua, Deputy Secretary "
		"of the Municipal Party Committee and Secretary of the Political and Legal Committee, "
		"attended.");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_int_equal(gu->ntitles, 1);
	assert_title(gu, "Secretary of the Municipal Party Committee");
	const readout_person *tang = person(rec, "Tang Lihua");
	assert_int_equal(tang->ntitles, 2);
	assert_title(tang, "Deputy Secretary of the Municipal Party Committee");
	assert_title(tang, "Secretary of the Political and Legal Committee");
}

static void test_titles__a_post_before_the_name_of_the_body_after(void **state)
{
	const readout_record *rec = support_extract(
		"On May 6, Deputy Director Gu Wenbo of the Organization Department of the Songlin Municipal Party "
		"Committee visited the university, accompanied by Director Fang Zhiyuan of the Publicity Department.");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_int_equal(gu->ntitles, 1);
	assert_title(gu, "Deputy Director of the Organization Department of the Songlin Municipal Party Committee");
	assert_title(person(rec, "Fang Zhiyuan"), "Director of the Publicity Department");
	/* a full post keeps its own words: "of" then opens no body of it */
	rec = support_extract("On May 6, Provincial Party Secretary Gu Wenbo of Songlin visited the county.");
	assert_title(person(rec, "Gu Wenbo"), "Provincial Party Secretary");
}

static void test_titles__elected_after_an_appositive(void **state)
{
	const readout_record *rec = support_extract(
		"Gu Wenbo, Party secretary of Songlin, has been elected as the head of the Songlin delegation, "
		"while Deputy Party Secretary Fang Zhiyuan and Lu Meng, vice mayor of Songlin, have been chosen "
		"as deputy heads.");
	assert_title(person(rec, "Gu Wenbo"), "head of the Songlin delegation");
	assert_title(person(rec, "Fang Zhiyuan"), "deputy heads");
	assert_title(person(rec, "Lu Meng"), "deputy heads");
	assert_false(support_has_title(person(rec, "Gu Wenbo"), "deputy heads"));
	/* by the surname alone */
	rec = support_extract("Gu Wenbo and Fang Zhiyuan were elected members of the standing committee. Gu was also "
	                      "elected secretary of the Songlin Commission for Discipline Inspection.");
	assert_title(person(rec, "Gu Wenbo"), "secretary of the Songlin Commission for Discipline Inspection");
	assert_false(support_has_title(person(rec, "Fang Zhiyuan"), "secretary of the Songlin Commission for Discipline Inspection"));
}

static void test_titles__a_post_then_a_colon_then_its_holders(void **state)
{
	const readout_record *rec = support_extract(
		"Members of the Standing Committee of the Provincial Party Committee: Gu Wenbo, Fang Zhiyuan, Lu Meng.");
	assert_title(person(rec, "Gu Wenbo"), "Members of the Standing Committee of the Provincial Party Committee");
	assert_title(person(rec, "Lu Meng"), "Members of the Standing Committee of the Provincial Party Committee");
	rec = support_extract("Attending the meeting were: Gu Wenbo, Fang Zhiyuan, Lu Meng, members of the Standing "
	                      "Committee of the Municipal Party Committee.");
	assert_title(person(rec, "Gu Wenbo"), "members of the Standing Committee of the Municipal Party Committee");
	/* a group's label is no post */
	rec = support_extract("Municipal leaders: Gu Wenbo, Fang Zhiyuan.");
	assert_int_equal(person(rec, "Gu Wenbo")->ntitles, 0);
}

static void test_titles__takes_titles_before_the_name(void **state)
{
	const readout_record *rec = support_extract(
		"On May 6, the Songlin Municipal Party Committee held a meeting. Deputy Secretary of the "
		"Municipal Party Committee and Mayor Fang Zhiyuan presided over the meeting. Secretary "
		"Gu Wenbo delivered a speech.");
	const readout_person *fang = person(rec, "Fang Zhiyuan");
	assert_int_equal(fang->ntitles, 2);
	assert_title(fang, "Deputy Secretary of the Municipal Party Committee");
	assert_title(fang, "Mayor");
	assert_title(person(rec, "Gu Wenbo"), "Secretary");
}

static void test_titles__splits_compound_titles(void **state)
{
	const char *text =
		"On June 8, the Party Committee of the Ministry of Water Resources held a study session. "
		"Wu Yaping, Secretary and Minister of the Party Committee of the Ministry of Water "
		"Resources, presided over the meeting.";
	const readout_record *rec = support_extract(text);
	const readout_person *wu = person(rec, "Wu Yaping");
	assert_int_equal(wu->ntitles, 2);
	assert_title(wu, "Secretary of the Party Committee of the Ministry of Water Resources");
	assert_title(wu, "Minister of the Ministry of Water Resources");
	/* each part of the assembled titles is evidenced: the head and the shared tail */
	for (size_t i = 0; i < wu->ntitles; i++) {
		assert_int_equal(wu->titles[i].nspans, 2);
		const char *head = support_span_text(wu->titles[i].spans[0]);
		assert_true(!strcmp(head, "Secretary") || !strcmp(head, "Minister"));
	}
	/* a mayor is no mayor of the Party Group whose secretary he also is */
	rec = support_extract("On May 6, the city held a meeting. Gu Wenbo, Deputy Secretary of the Municipal "
	                      "Party Committee, Mayor and Secretary of the Party Group of the Municipal "
	                      "Government, presided over the meeting.");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_title(gu, "Mayor");
	assert_title(gu, "Secretary of the Party Group of the Municipal Government");
	assert_int_equal(gu->ntitles, 3);
}

static void test_titles__gives_plural_title_after_a_list_to_each_name(void **state)
{
	const readout_record *rec = support_extract(
		"On May 6, the Songlin Municipal Party Committee held a meeting. Tang Lihua, Fang Zhiyuan "
		"and Xu Haoran, members of the Standing Committee of the Municipal Party Committee, "
		"attended the meeting.");
	const char *names[] = {"Tang Lihua", "Fang Zhiyuan", "Xu Haoran"};
	for (size_t i = 0; i < 3; i++) {
		const readout_person *p = person(rec, names[i]);
		assert_int_equal(p->ntitles, 1);
		assert_int_equal(strncasecmp(p->titles[0].text, "member", 6), 0);
		assert_non_null(strstr(p->titles[0].text, "of the Standing Committee of the Municipal Party Committee"));
	}
}

static void test_titles__gives_plural_title_before_a_list_to_each_name(void **state)
{
	const readout_record *rec = support_extract(
		"On May 6, the Songlin Municipal Party Committee held a meeting. Vice Mayors Liang Qiuyan "
		"and Du Mingxuan attended the meeting.");
	const char *names[] = {"Liang Qiuyan", "Du Mingxuan"};
	for (size_t i = 0; i < 2; i++) {
		const readout_person *p = person(rec, names[i]);
		assert_int_equal(p->ntitles, 1);
		assert_int_equal(strncasecmp(p->titles[0].text, "vice mayor", 10), 0);
	}
}

static void test_titles__title_spans_point_at_the_title(void **state)
{
	const readout_record *rec = support_extract(
		"On May 6, the county held a meeting. Gu Wenbo, Secretary of the County Party Committee, "
		"presided over the meeting.");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_int_equal(gu->ntitles, 1);
	assert_int_equal(gu->titles[0].nspans, 1);
	assert_string_equal(support_span_text(gu->titles[0].spans[0]), "Secretary of the County Party Committee");
}

static void test_titles__keeps_a_post_once_per_person(void **state)
{
	const readout_record *rec = support_extract(
		"On May 6, the county held a meeting. Gu Wenbo, Secretary of the County Party Committee, "
		"presided over the meeting. Gu Wenbo, Secretary of the County Party Committee, also "
		"delivered a speech.");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_int_equal(gu->ntitles, 1);
}

static void test_titles__a_plural_post_before_including_goes_to_the_list(void **state)
{
	const readout_record *rec = support_extract(
		"Members of the Standing Committee of the Provincial Party Committee, including Gu Wenbo, "
		"Fang Zhiyuan and Lu Meng, attended the meeting.");
	const char *post = "Members of the Standing Committee of the Provincial Party Committee";
	assert_title(person(rec, "Gu Wenbo"), post);
	assert_title(person(rec, "Fang Zhiyuan"), post);
	assert_title(person(rec, "Lu Meng"), post);
}

static void test_titles__and_other_members_share_the_post(void **state)
{
	const readout_record *rec = support_extract(
		"Gu Wenbo, Fang Zhiyuan and other members of the Standing Committee of the Municipal Party "
		"Committee attended. Lu Meng and other leaders of the Party and the state were present.");
	assert_title(person(rec, "Gu Wenbo"), "members of the Standing Committee of the Municipal Party Committee");
	assert_title(person(rec, "Fang Zhiyuan"), "members of the Standing Committee of the Municipal Party Committee");
	assert_int_equal(person(rec, "Lu Meng")->ntitles, 0); /* "other leaders" are a group */
}

static void test_titles__group_labels_are_no_titles(void **state)
{
	const readout_record *rec = support_extract(
		"Municipal leaders Gu Wenbo and Fang Zhiyuan attended the meeting. Lu Meng, Deputy Leader, "
		"spoke. Senior CPC official Kong Yuxi attended.");
	assert_int_equal(person(rec, "Gu Wenbo")->ntitles, 0);
	assert_int_equal(person(rec, "Fang Zhiyuan")->ntitles, 0);
	assert_int_equal(person(rec, "Kong Yuxi")->ntitles, 0);
	assert_title(person(rec, "Lu Meng"), "Deputy Leader"); /* a rank in some group: a post */
}

/* A plural of a kind of person alone before or after a list is a group too. */
static void test_titles__a_lone_plural_of_leaders_is_a_group(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the county held a meeting. Leaders Gu Wenbo, Fang Zhiyuan and Lu Meng attended. "
		"Officials Kong Yuxi and Tang Lihua were present.");
	assert_int_equal(person(rec, "Gu Wenbo")->ntitles, 0);
	assert_int_equal(person(rec, "Lu Meng")->ntitles, 0);
	assert_int_equal(person(rec, "Tang Lihua")->ntitles, 0);
	rec = support_extract("On May 6, the county held a meeting. Gu Wenbo and Fang Zhiyuan, leaders, attended. "
	                      "Team Leader Lu Meng spoke.");
	assert_int_equal(person(rec, "Fang Zhiyuan")->ntitles, 0);
	assert_title(person(rec, "Lu Meng"), "Team Leader");
}

/* A singular post right after the last name of a plural post's list is that name's own. */
static void test_titles__a_post_after_a_lists_last_name_is_its_own(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the county held a meeting. Vice mayors Gu Wenbo, Fang Zhiyuan and Lu Meng, "
		"secretary-general of the county government, attended.");
	assert_title(person(rec, "Fang Zhiyuan"), "Vice mayors");
	const readout_person *lu = person(rec, "Lu Meng");
	assert_int_equal(lu->ntitles, 1);
	assert_title(lu, "secretary-general of the county government");
	/* a plural post after the list is still another group's */
	rec = support_extract("On May 6, the county held a meeting. Vice mayors Gu Wenbo and Lu Meng, heads of "
	                      "relevant departments, attended.");
	assert_int_equal(person(rec, "Lu Meng")->ntitles, 1);
	assert_title(person(rec, "Lu Meng"), "Vice mayors");
}

/* "and also a member of X", "and concurrently vice premier": an adverb after "and" still
 * opens a second post, with its own tail. */
static void test_titles__and_also_opens_a_second_post(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, Gu Wenbo, vice premier and also a member of the Political Bureau of the CPC Central "
		"Committee, inspected the port. Fang Zhiyuan, member of the Standing Committee and concurrently "
		"vice mayor, attended.");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_int_equal(gu->ntitles, 2);
	assert_title(gu, "vice premier");
	assert_title(gu, "member of the Political Bureau of the CPC Central Committee");
	assert_title(person(rec, "Fang Zhiyuan"), "vice mayor");
}

/* A post before a name goes on to the bare names of a list only when the name ends its
 * segment: after a clause ("Mayor A inspected the port and B attended") B holds no post. */
static void test_titles__a_clause_ends_a_posts_list(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, Mayor Gu Wenbo inspected the port and Fang Zhiyuan attended. Vice Mayor Lu Meng, "
		"Kong Yuxi and Tang Lihua were present.");
	assert_title(person(rec, "Gu Wenbo"), "Mayor");
	assert_int_equal(person(rec, "Fang Zhiyuan")->ntitles, 0);
	assert_title(person(rec, "Tang Lihua"), "Vice Mayor");
}

static void test_titles__a_page_cut_inside_a_second_post(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the county held a meeting. We have invited Gu Wenbo, deputy secretary of the county "
		"party committee and gov");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_int_equal(gu->ntitles, 1);
	assert_title(gu, "deputy secretary of the county party committee");
	rec = support_extract("On May 6, the county held a meeting. We have invited Gu Wenbo, deputy secretary of the "
	                      "county party commi");
	assert_title(person(rec, "Gu Wenbo"), "deputy secretary of the county party commi");
}

/* A plural post in brackets after a list of bare names is every name's; a singular one is
 * the last name's. */
static void test_titles__a_plural_post_in_brackets_after_a_list(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the county held a meeting. Gu Wenbo (county head), Fang Zhiyuan, Lu Meng and Kong Yuxi "
		"(deputy county heads) attended. Tang Lihua, Qiu Mingde (secretary-general) spoke.");
	assert_title(person(rec, "Gu Wenbo"), "county head");
	assert_int_equal(person(rec, "Gu Wenbo")->ntitles, 1);
	assert_title(person(rec, "Fang Zhiyuan"), "deputy county heads");
	assert_title(person(rec, "Lu Meng"), "deputy county heads");
	assert_title(person(rec, "Kong Yuxi"), "deputy county heads");
	assert_int_equal(person(rec, "Tang Lihua")->ntitles, 0);
}

/* "Secretary and Chairman of the Party Leadership Group of X": the government post is X's, for
 * any Party body's kind orgs.tsv knows, not only "Party Committee" and "Party Group". */
static void test_titles__a_party_leadership_group_leaves_the_shared_tail(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, Gu Wenbo, Secretary and Chairman of the Party Leadership Group of the Songlin Municipal "
		"Committee of the CPPCC, attended.");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_title(gu, "Secretary of the Party Leadership Group of the Songlin Municipal Committee of the CPPCC");
	assert_title(gu, "Chairman of the Songlin Municipal Committee of the CPPCC");
}

/* A dash set off by spaces ends a dateline or sets off a list: "BEIJING, May 4 (Xinhua) --
 * State Councilor and Minister of X Gu Wenbo", "Deputy heads -- A, B and C". A hyphen cut
 * from its word is none. */
static void test_titles__a_spaced_dash_opens_the_sentence_anew(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"BEIJING, May 4 (Xinhua) -- State Councilor and Minister of Public Security Gu Wenbo attended the "
		"meeting. Deputy heads \u2014 Fang Zhiyuan, Lu Meng and Kong Yuxi \u2014 joined the review.");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_title(gu, "State Councilor");
	assert_title(gu, "Minister of Public Security");
	assert_title(person(rec, "Fang Zhiyuan"), "Deputy heads");
	assert_title(person(rec, "Kong Yuxi"), "Deputy heads");
}

/* "the leaders of the Autonomous Region Party Secretary X": a group's label run into the
 * post written before the name leaves the post; "Leaders of the Municipal Party Committee X"
 * stays a group. */
static void test_titles__a_group_label_run_into_a_post(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the region held a meeting. During the meeting, the leaders of the Autonomous Region Party "
		"Secretary Gu Wenbo and Autonomous Region Chairman Fang Zhiyuan attended. Leaders of the Municipal "
		"Party Committee Lu Meng and Kong Yuxi attended.");
	assert_title(person(rec, "Gu Wenbo"), "Autonomous Region Party Secretary");
	assert_int_equal(person(rec, "Gu Wenbo")->ntitles, 1);
	assert_title(person(rec, "Fang Zhiyuan"), "Autonomous Region Chairman");
	assert_int_equal(person(rec, "Lu Meng")->ntitles, 0);
}

/* A sentence's first word opens the post before a name when it is a body's name or
 * abbreviation orgs.tsv knows: "NPC deputies A and B spoke". */
static void test_titles__a_body_abbreviation_opens_a_sentences_post(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the delegation held a panel discussion. NPC deputies Gu Wenbo and Fang Zhiyuan spoke.");
	assert_title(person(rec, "Gu Wenbo"), "NPC deputies");
	assert_title(person(rec, "Fang Zhiyuan"), "NPC deputies");
}

static void test_titles__an_infinitive_ends_the_post(void **state)
{
	const readout_record *rec = support_extract(
		"The meeting invited Gu Wenbo, the vice president to convey the spirit of the conference.");
	assert_title(person(rec, "Gu Wenbo"), "vice president");
	/* so does a verb in the present: "... Congress says the city" */
	rec = support_extract("Fang Zhiyuan, secretary of the Municipal Party Committee and a delegate to the 14th "
	                      "National People's Congress says the city will open wider.");
	assert_title(person(rec, "Fang Zhiyuan"), "delegate to the 14th National People's Congress");
	/* a sentence whose full stop the page lost: the next one does not join the post */
	rec = support_extract("Gu Wenbo, member of the Standing Committee of the Municipal Party Committee Relevant "
	                      "city leaders who are in charge of the area attended the meeting.");
	assert_title(person(rec, "Gu Wenbo"), "member of the Standing Committee of the Municipal Party Committee");
}

/* A clause that opens with a verb is no post, though a post's plural is in it; a place's or an
 * acting post's word is ("Xining Mayor", "Acting Mayor"). */
static void test_titles__a_clause_opening_with_a_verb_is_no_post(void **state)
{
	const readout_record *rec = support_extract(
		"On May 6, Gu Wenbo inspected Fengyuan County. Calling on officials at all levels to learn from "
		"the model, Gu asked them to serve the people. Acting Mayor Fang Zhiyuan attended.");
	assert_int_equal(person(rec, "Gu Wenbo")->ntitles, 0);
	assert_title(person(rec, "Fang Zhiyuan"), "Acting Mayor");
}

static void test_titles__headline_verbs_are_not_titles(void **state)
{
	const readout_record *rec = support_extract(
		"Provincial Party Committee Holds Meeting to Study General Secretary Xi Jinping's Speech\n\n"
		"On May 6, the Provincial Party Committee held a meeting.");
	const readout_person *xi = person(rec, "Xi Jinping");
	assert_int_equal(xi->ntitles, 1);
	assert_title(xi, "General Secretary");
}

static void test_titles__a_post_between_names_written_before_them(void **state)
{
	/* in a run of "post Name" pairs, a post after a name is the next name's */
	const readout_record *rec = support_extract(
		"Deputy Secretary of the Provincial Party Committee and Governor Gu Wenbo, Deputy Secretary of the "
		"Provincial Party Committee and Secretary of the Shenzhen Municipal Party Committee Fang Zhiyuan attended.");
	const readout_person *fang = person(rec, "Fang Zhiyuan");
	assert_title(fang, "Deputy Secretary of the Provincial Party Committee");
	assert_title(fang, "Secretary of the Shenzhen Municipal Party Committee");
	assert_int_equal(person(rec, "Gu Wenbo")->ntitles, 2);
}

static void test_titles__a_post_before_a_list_of_bare_names(void **state)
{
	const readout_record *rec = support_extract(
		"Attendees, including Vice Chairman Gu Wenbo, Fang Zhiyuan, Lu Meng, and Secretary General Kong Yuxi, "
		"expressed their gratitude.");
	assert_title(person(rec, "Fang Zhiyuan"), "Vice Chairman");
	assert_title(person(rec, "Lu Meng"), "Vice Chairman");
	assert_title(person(rec, "Kong Yuxi"), "Secretary General");
	assert_int_equal(person(rec, "Kong Yuxi")->ntitles, 1);
}

static void test_titles__who_is_also(void **state)
{
	const readout_record *rec = support_extract(
		"Gu Wenbo, who is also Chinese president and chairman of the Central Military Commission, made the remarks.");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_title(gu, "Chinese president");
	assert_title(gu, "chairman of the Central Military Commission");
	/* a relative clause's verb of office: "who serves as", "who was elected" */
	rec = support_extract(
		"Fang Zhiyuan, who serves as director of the Municipal Bureau of Commerce, spoke. Lu Meng, who "
		"was elected Secretary of the Municipal Party Committee, presided. Kong Yuxi, who also serves as "
		"Mayor, attended.");
	assert_title(person(rec, "Fang Zhiyuan"), "director of the Municipal Bureau of Commerce");
	assert_title(person(rec, "Lu Meng"), "Secretary of the Municipal Party Committee");
	assert_title(person(rec, "Kong Yuxi"), "Mayor");
}

static void test_titles__leaders_of_a_body_are_a_group(void **state)
{
	const readout_record *rec = support_extract(
		"Gu Wenbo, Fang Zhiyuan and other leaders of the Provincial People's Congress Standing Committee "
		"attended. Lu Meng, leader of the inspection team, spoke.");
	assert_int_equal(person(rec, "Gu Wenbo")->ntitles, 0);
	assert_title(person(rec, "Lu Meng"), "leader of the inspection team");
}

/* Issue 9: "Chen is also a member of X": a post after a copula and an article, also for a
 * surname that refers back. */
static void test_titles__a_post_after_is_also_a(void **state)
{
	const readout_record *rec = support_extract(
		"Qin Hailan, Secretary of the Lanxi Municipal Party Committee, spoke. Qin is also a member of the "
		"Standing Committee of the Zhejiang Provincial Party Committee. Qin was present at the meeting.");
	const readout_person *p = support_person(rec, "Qin Hailan");
	assert_non_null(p);
	assert_true(support_has_title(p, "member of the Standing Committee of the Zhejiang Provincial Party Committee"));
	assert_int_equal(p->ntitles, 2);
}

static void test_titles__those_elected_as_the_other_members(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"Gu Wenbo was elected secretary of the commission, while Fang Zhiyuan, Lu Meng and Qin Hailan were "
		"chosen as deputy secretaries. Kong Yuxi and Bao Yuer were elected as the other members of the "
		"standing committee of the commission.");
	/* the first name after ", while" is in the list too */
	assert_title(person(rec, "Fang Zhiyuan"), "deputy secretaries");
	assert_title(person(rec, "Qin Hailan"), "deputy secretaries");
	assert_title(person(rec, "Kong Yuxi"), "members of the standing committee of the commission");
	assert_title(person(rec, "Bao Yuer"), "members of the standing committee of the commission");
}

static void test_titles__posts_of_business_and_science(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"Entrepreneurs spoke at the symposium, including Gu Wenbo, founder and CEO of Lanshui Technology, and "
		"Fang Zhiyuan, professor of Lanshui University and academician of the Chinese Academy of Engineering.");
	assert_title(person(rec, "Gu Wenbo"), "CEO of Lanshui Technology");
	assert_title(person(rec, "Fang Zhiyuan"), "academician of the Chinese Academy of Engineering");
}

static void test_titles__the_party_committee_of_the_body_after(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"Gu Wenbo, Secretary of the Party Committee and Director of the Lanshui Commission of Water Resources, "
		"presided. Fang Zhiyuan, member of the Party Committee and head of the Party and Mass Work Department, "
		"and Lu Meng, General Secretary of the Headquarters and Vice Minister of Water Resources, attended.");
	assert_title(person(rec, "Gu Wenbo"), "Secretary of the Party Committee of the Lanshui Commission of Water Resources");
	/* a Party department is the Party committee's, not its owner; a headquarters is no Party body */
	assert_title(person(rec, "Fang Zhiyuan"), "member of the Party Committee");
	assert_title(person(rec, "Lu Meng"), "General Secretary of the Headquarters");
	/* a development zone's Party Working Committee is a Party body named by its kind too */
	rec = support_extract(
		"Kong Yuxi, Deputy Secretary of the Party Working Committee and Director of the Management "
		"Committee of the Songlin High-tech Zone, presided.");
	assert_title(person(rec, "Kong Yuxi"),
	             "Deputy Secretary of the Party Working Committee of the Management Committee of the Songlin High-tech Zone");
}

static void test_titles__a_post_at_a_body(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the county held a lecture. Gu Wenbo, professor at Songlin University, and Tang Lihua, "
		"researcher at the Provincial Academy of Social Sciences, gave lectures. Fang Zhiyuan, deputy "
		"director at the meeting, spoke.");
	assert_title(person(rec, "Gu Wenbo"), "professor at Songlin University");
	assert_title(person(rec, "Tang Lihua"), "researcher at the Provincial Academy of Social Sciences");
	/* at a meeting is no body */
	assert_title(person(rec, "Fang Zhiyuan"), "deputy director");
}

static void test_titles__newly_elected_and_a_team_leader(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the Songlin Municipal CPPCC closed its session. Gu Wenbo, newly elected chairman of the "
		"Songlin Municipal CPPCC, spoke. Tang Lihua, the team leader and first secretary of Xinhe Village, "
		"said the work went well.");
	assert_title(person(rec, "Gu Wenbo"), "newly elected chairman of the Songlin Municipal CPPCC");
	assert_title(person(rec, "Tang Lihua"), "team leader");
	assert_title(person(rec, "Tang Lihua"), "first secretary of Xinhe Village");
}

static void test_titles__a_plural_post_before_a_list_and_no_further(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the county held a meeting. Deputy county magistrates Gu Wenbo and Tang Lihua, and "
		"Secretary-General Fang Zhiyuan attended. The vice presidents of the county college, Xu Haoran and "
		"Ouyang Xiaowen, spoke.");
	assert_title(person(rec, "Tang Lihua"), "Deputy county magistrates");
	assert_int_equal(person(rec, "Fang Zhiyuan")->ntitles, 1);
	assert_title(person(rec, "Fang Zhiyuan"), "Secretary-General");
	assert_title(person(rec, "Xu Haoran"), "vice presidents of the county college");
	assert_title(person(rec, "Ouyang Xiaowen"), "vice presidents of the county college");
}

static void test_titles__no_dangling_dash(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the province held a meeting. Gu Wenbo, governor of the province -- who took office in "
		"March -- spoke at the meeting.");
	const readout_person *p = person(rec, "Gu Wenbo");
	assert_int_equal(p->ntitles, 1);
	assert_string_equal(p->titles[0].text, "governor of the province");
}

static void test_titles__group_leaders_and_alternate_members_are_no_posts(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the province held a meeting. Group leaders Gu Wenbo and Tang Lihua attended. Fang Zhiyuan, "
		"Xu Haoran and Ouyang Xiaowen, members and alternate members of the Central Committee, attended. "
		"Qiu Mingde, alternate member of the Central Committee, and Lan Yuping, the student group leader, "
		"spoke.");
	assert_int_equal(person(rec, "Gu Wenbo")->ntitles, 0);
	assert_int_equal(person(rec, "Tang Lihua")->ntitles, 0);
	assert_int_equal(person(rec, "Fang Zhiyuan")->ntitles, 0);
	assert_int_equal(person(rec, "Ouyang Xiaowen")->ntitles, 0);
	assert_title(person(rec, "Qiu Mingde"), "alternate member of the Central Committee");
	assert_title(person(rec, "Lan Yuping"), "student group leader");
}

static void test_titles__elected_by_the_delegates_as(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On March 3, the Songlin delegation held its first plenary meeting. Gu Wenbo was unanimously elected "
		"by all delegates as head of the delegation.");
	assert_title(person(rec, "Gu Wenbo"), "head of the delegation");
}

static void test_titles__a_leader_named_inside_a_body(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the university held a meeting. Gu Wenbo, deputy head of the Leading Group for Studying and "
		"Implementing Xi Jinping's Thought, attended. Tang Lihua, director of the Research Center for Xi "
		"Jinping Thought on the Rule of Law, spoke. The meeting studied General Secretary Xi Jinping's "
		"speech.");
	assert_title(person(rec, "Gu Wenbo"), "deputy head of the Leading Group for Studying and Implementing Xi Jinping's Thought");
	assert_title(person(rec, "Tang Lihua"), "director of the Research Center for Xi Jinping Thought on the Rule of Law");
	/* after a post's word the name is its holder's */
	assert_title(person(rec, "Xi Jinping"), "General Secretary");
}

static void test_titles__a_quoted_campaign_inside_a_post(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the college held a meeting. Gu Wenbo, leader of the Third Guidance Group for the "
		"\u201cTwo Studies, One Action\u201d Education at Songlin Normal College, spoke. Tang Lihua, secretary "
		"of the Party committee, said \u201cWe must do well.\u201d");
	assert_title(person(rec, "Gu Wenbo"),
	             "leader of the Third Guidance Group for the \u201cTwo Studies, One Action\u201d Education at Songlin Normal College");
	const readout_person *p = person(rec, "Tang Lihua");
	assert_int_equal(p->ntitles, 1);
	assert_string_equal(p->titles[0].text, "secretary of the Party committee");
}

/* "A, B and C, all members of X", "A and B, who are both members of X": the post of each
 * name of the list, written without its quantifier; "and all members attended" names nobody's
 * post, and one post written plural and singular counts once. */
static void test_titles__all_and_both_before_a_shared_post(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the Songlin Municipal Party Committee held a meeting. Gu Wenbo, Tang Lihua and "
		"Zhou Hua, all members of the Standing Committee of the Municipal Party Committee, attended. "
		"Sun Qiang and Li Ming, who are both vice mayors of Songlin, spoke.");
	assert_title(person(rec, "Tang Lihua"), "members of the Standing Committee of the Municipal Party Committee");
	assert_title(person(rec, "Zhou Hua"), "members of the Standing Committee of the Municipal Party Committee");
	assert_title(person(rec, "Sun Qiang"), "vice mayors of Songlin");
	assert_title(person(rec, "Li Ming"), "vice mayors of Songlin");
	rec = support_extract(
		"On May 6, the steering group held a meeting. Gu Wenbo, leader of the steering group, Tang "
		"Lihua, deputy leader, and all members attended. Gu Wenbo presided. Also present were Mr. Zhou "
		"Hua, vice governor of Songlin province; and Mr. Sun Qiang and Mr. Zhou Hua, both vice governors "
		"of Songlin province.");
	const readout_person *tang = person(rec, "Tang Lihua");
	assert_int_equal(tang->ntitles, 1);
	assert_title(tang, "deputy leader");
	assert_int_equal(person(rec, "Zhou Hua")->ntitles, 1);
	assert_title(person(rec, "Sun Qiang"), "vice governors of Songlin province");
}

/* "Vice Chairman of X, A, B and C attended": the post before a comma goes to the list of bare
 * names as it does with no comma; a name with a post of its own ends the list. */
static void test_titles__a_post_and_a_comma_before_a_list(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the Songlin Municipal Party Committee held a meeting. Vice Chairman of the Municipal "
		"CPPCC, Gu Wenbo, Fang Zhiyuan and Lu Meng attended. Deputy Secretary of the Municipal Party "
		"Committee, Kong Yuxi, Zhou Hua, Secretary of the Commission for Discipline Inspection, and Sun "
		"Qiang, Mayor, spoke.");
	assert_title(person(rec, "Fang Zhiyuan"), "Vice Chairman of the Municipal CPPCC");
	assert_title(person(rec, "Lu Meng"), "Vice Chairman of the Municipal CPPCC");
	assert_title(person(rec, "Kong Yuxi"), "Deputy Secretary of the Municipal Party Committee");
	assert_int_equal(person(rec, "Zhou Hua")->ntitles, 1);
	assert_int_equal(person(rec, "Sun Qiang")->ntitles, 1);
}

/* One post written with a body's name and its abbreviation, then with the abbreviation alone
 * or the name alone, is listed once (GUIDE 8: the first wording). */
static void test_titles__a_body_written_out_or_abbreviated_is_one_post(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"SONGLIN, May 6 -- Gu Wenbo, secretary of the Communist Party of China (CPC) Songlin Provincial "
		"Committee, presided over a meeting. Fang Zhiyuan, chairman of the National People's Congress "
		"(NPC) Standing Committee, attended. Lu Meng, member of the Political Bureau of the Communist "
		"Party of China (CPC) Central Committee, spoke. Gu Wenbo, secretary of the CPC Songlin Provincial "
		"Committee, said the work matters. Fang Zhiyuan, chairman of the NPC Standing Committee, agreed. "
		"Lu Meng, member of the Political Bureau of the Communist Party of China Central Committee, "
		"agreed too.");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_int_equal(gu->ntitles, 1);
	assert_title(gu, "secretary of the Communist Party of China (CPC) Songlin Provincial Committee");
	assert_int_equal(person(rec, "Fang Zhiyuan")->ntitles, 1);
	assert_int_equal(person(rec, "Lu Meng")->ntitles, 1);
}

/* "A, deputy secretary of X, and members of the Standing Committee attended": the plural post
 * after "and" is others', not A's; a plural post after the list's comma is still the list's. */
static void test_titles__a_plural_post_after_and_is_others(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the Songlin Municipal Party Committee held a meeting. Gu Wenbo, mayor, and Fang "
		"Zhiyuan, deputy secretary of the municipal party committee, and members of the standing "
		"committee of the municipal party committee attended. Lu Meng and Kong Yuxi, members of the "
		"standing committee of the municipal party committee, spoke.");
	const readout_person *fang = person(rec, "Fang Zhiyuan");
	assert_int_equal(fang->ntitles, 1);
	assert_title(fang, "deputy secretary of the municipal party committee");
	assert_title(person(rec, "Lu Meng"), "members of the standing committee of the municipal party committee");
	assert_title(person(rec, "Kong Yuxi"), "members of the standing committee of the municipal party committee");
}

/* "China's top political advisor Wang Yang", "top legislator Li Zhanshu": the wire's names for
 * the heads of the CPPCC and the NPC are posts written before the name; a top body is none. */
static void test_titles__top_legislator_and_political_advisor(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"BEIJING, May 6 -- The CPPCC, China's top political advisory body, held a meeting. China's top "
		"political advisor Gu Wenbo stressed the priorities. \u201cWe must act,\u201d said top "
		"legislator Fang Zhiyuan.");
	assert_title(person(rec, "Gu Wenbo"), "China's top political advisor");
	assert_title(person(rec, "Fang Zhiyuan"), "top legislator");
}

/* A post written again with a place's words more or less ("Party chief of East China's Songlin
 * province"), or with another name of its rank ("Deputy Governor" for "Vice Governor",
 * "Deputy Director-General" for "Deputy Director": one rank in data/posts.tsv), is listed once;
 * two posts of one body are two. */
static void test_titles__one_post_with_more_place_words_or_another_rank_word(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"SONGLIN, May 6 -- Gu Wenbo, Party chief of Songlin province, met deputies. Ms. Fang Zhiyuan, "
		"Vice Governor of Songlin Province, attended. Gu Wenbo, Party chief of East China's Songlin "
		"province, spoke. Ms. Fang Zhiyuan, Deputy Governor of Songlin, delivered remarks. Lu Meng, "
		"Secretary of the Party Group of the Songlin Provincial Bureau of Commerce and Director of the "
		"Songlin Provincial Bureau of Commerce, attended. Qiao Ruolan, Deputy Director-General of the "
		"Songlin Provincial Department of Finance, attended. Qiao Ruolan, Deputy Director of the "
		"Songlin Provincial Department of Finance, answered questions.");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_int_equal(gu->ntitles, 1);
	assert_title(gu, "Party chief of Songlin province");
	const readout_person *fang = person(rec, "Fang Zhiyuan");
	assert_int_equal(fang->ntitles, 1);
	assert_title(fang, "Vice Governor of Songlin Province");
	assert_int_equal(person(rec, "Lu Meng")->ntitles, 2);
	const readout_person *qiao = person(rec, "Qiao Ruolan");
	assert_int_equal(qiao->ntitles, 1);
	assert_title(qiao, "Deputy Director-General of the Songlin Provincial Department of Finance");
}

/* In a text wrapped by hand, a post shared over a line break reads as written on one line:
 * "and Vice-\nPresident of X" is a post of its own sharing the tail, and no title keeps the
 * line break of the tail it shares. */
static void test_titles__posts_wrapped_over_lines(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"Gu Wenbo, Secretary of the Leading Party Members' Group and Vice-\n"
		"President and First Member of the Secretariat of the Songlin Federation, on\n"
		"October 24 presided over a conference. Fang Zhiyuan, Secretary and Minister of the Party "
		"Committee of the Ministry of National\nSecurity, attended.");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_title(gu, "Secretary of the Leading Party Members' Group");
	assert_title(gu, "Vice-President of the Secretariat of the Songlin Federation");
	assert_title(gu, "First Member of the Secretariat of the Songlin Federation");
	const readout_person *fang = person(rec, "Fang Zhiyuan");
	assert_title(fang, "Secretary of the Party Committee of the Ministry of National Security");
	assert_title(fang, "Minister of the Ministry of National Security");
}

/* "Attending were A, B and C, deputy mayors", "The meeting was attended by A, B and C, members of
 * X": the list's first name, after the words that open it, shares the plural post; the object
 * of another clause does not ("a meeting on the speech of A"). */
static void test_titles__the_first_name_after_attending_were(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the Songlin Municipal Party Committee held a meeting. Attending the meeting were Gu "
		"Wenbo, Fang Zhiyuan and Lu Meng, deputy mayors. The session was attended by Kong Yuxi, Zhou Hua "
		"and Sun Qiang, members of the Standing Committee of the Municipal Party Committee.");
	assert_title(person(rec, "Gu Wenbo"), "deputy mayors");
	assert_title(person(rec, "Lu Meng"), "deputy mayors");
	assert_title(person(rec, "Kong Yuxi"), "members of the Standing Committee of the Municipal Party Committee");
	rec = support_extract(
		"On May 6, Li Ming presided over a meeting on the speech of Gu Wenbo, Fang Zhiyuan and Lu Meng, "
		"deputy mayors, attended.");
	assert_int_equal(person(rec, "Gu Wenbo")->ntitles, 0);
	assert_title(person(rec, "Lu Meng"), "deputy mayors");
}

/* "Gu Wenbo (Secretary of the Municipal Party Committee) presided": a post in brackets after the
 * name is the name's; brackets that hold no post ("(female)") give none. */
static void test_titles__a_post_in_brackets_after_the_name(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, the Songlin Municipal Party Committee held a meeting. Gu Wenbo (Secretary of the "
		"Municipal Party Committee) presided over the meeting. The meeting was attended by Fang Zhiyuan "
		"(the Mayor) and Lu Meng (female).");
	assert_title(person(rec, "Gu Wenbo"), "Secretary of the Municipal Party Committee");
	assert_title(person(rec, "Fang Zhiyuan"), "Mayor");
	assert_int_equal(person(rec, "Lu Meng")->ntitles, 0);
}

/* Posts named after their bodies in lower case split at "and" as capitalized ones do: "CPC
 * Songlin provincial committee secretary and Songlin provincial People's Congress standing
 * committee director" are two posts. */
static void test_titles__lower_case_posts_named_after_their_body_split(void **state)
{
	(void)state;
	const readout_record *rec = support_extract(
		"On May 6, Gu Wenbo, CPC Songlin provincial committee secretary and Songlin provincial People's "
		"Congress standing committee director, presided over the meeting.");
	const readout_person *gu = person(rec, "Gu Wenbo");
	assert_int_equal(gu->ntitles, 2);
	assert_title(gu, "CPC Songlin provincial committee secretary");
	assert_title(gu, "Songlin provincial People's Congress standing committee director");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_titles__a_quoted_campaign_inside_a_post),
		cmocka_unit_test(test_titles__a_leader_named_inside_a_body),
		cmocka_unit_test(test_titles__elected_by_the_delegates_as),
		cmocka_unit_test(test_titles__group_leaders_and_alternate_members_are_no_posts),
		cmocka_unit_test(test_titles__no_dangling_dash),
		cmocka_unit_test(test_titles__a_plural_post_before_a_list_and_no_further),
		cmocka_unit_test(test_titles__newly_elected_and_a_team_leader),
		cmocka_unit_test(test_titles__a_post_at_a_body),
		cmocka_unit_test(test_titles__a_day_after_the_post_is_no_part_of_it),
		cmocka_unit_test(test_titles__a_post_after_is_also_a),
		cmocka_unit_test(test_titles__those_elected_as_the_other_members),
		cmocka_unit_test(test_titles__posts_of_business_and_science),
		cmocka_unit_test(test_titles__the_party_committee_of_the_body_after),
		cmocka_unit_test(test_titles__a_post_between_names_written_before_them),
		cmocka_unit_test(test_titles__a_post_before_a_list_of_bare_names),
		cmocka_unit_test(test_titles__who_is_also),
		cmocka_unit_test(test_titles__leaders_of_a_body_are_a_group),
		cmocka_unit_test(test_titles__takes_appositive_titles),
		cmocka_unit_test(test_titles__takes_titles_before_the_name),
		cmocka_unit_test(test_titles__splits_compound_titles),
		cmocka_unit_test(test_titles__gives_plural_title_after_a_list_to_each_name),
		cmocka_unit_test(test_titles__gives_plural_title_before_a_list_to_each_name),
		cmocka_unit_test(test_titles__title_spans_point_at_the_title),
		cmocka_unit_test(test_titles__keeps_a_post_once_per_person),
		cmocka_unit_test(test_titles__a_plural_post_before_including_goes_to_the_list),
		cmocka_unit_test(test_titles__and_other_members_share_the_post),
		cmocka_unit_test(test_titles__group_labels_are_no_titles),
		cmocka_unit_test(test_titles__a_lone_plural_of_leaders_is_a_group),
		cmocka_unit_test(test_titles__a_post_after_a_lists_last_name_is_its_own),
		cmocka_unit_test(test_titles__and_also_opens_a_second_post),
		cmocka_unit_test(test_titles__a_clause_ends_a_posts_list),
		cmocka_unit_test(test_titles__a_page_cut_inside_a_second_post),
		cmocka_unit_test(test_titles__a_plural_post_in_brackets_after_a_list),
		cmocka_unit_test(test_titles__a_party_leadership_group_leaves_the_shared_tail),
		cmocka_unit_test(test_titles__a_spaced_dash_opens_the_sentence_anew),
		cmocka_unit_test(test_titles__a_group_label_run_into_a_post),
		cmocka_unit_test(test_titles__a_body_abbreviation_opens_a_sentences_post),
		cmocka_unit_test(test_titles__a_post_then_a_colon_then_its_holders),
		cmocka_unit_test(test_titles__elected_after_an_appositive),
		cmocka_unit_test(test_titles__a_post_before_the_name_of_the_body_after),
		cmocka_unit_test(test_titles__an_infinitive_ends_the_post),
		cmocka_unit_test(test_titles__headline_verbs_are_not_titles),
		cmocka_unit_test(test_titles__a_clause_opening_with_a_verb_is_no_post),
		cmocka_unit_test(test_titles__posts_before_go_to_the_name_that_follows),
		cmocka_unit_test(test_titles__all_and_both_before_a_shared_post),
		cmocka_unit_test(test_titles__a_post_and_a_comma_before_a_list),
		cmocka_unit_test(test_titles__a_body_written_out_or_abbreviated_is_one_post),
		cmocka_unit_test(test_titles__a_plural_post_after_and_is_others),
		cmocka_unit_test(test_titles__top_legislator_and_political_advisor),
		cmocka_unit_test(test_titles__one_post_with_more_place_words_or_another_rank_word),
		cmocka_unit_test(test_titles__posts_wrapped_over_lines),
		cmocka_unit_test(test_titles__the_first_name_after_attending_were),
		cmocka_unit_test(test_titles__a_post_in_brackets_after_the_name),
		cmocka_unit_test(test_titles__lower_case_posts_named_after_their_body_split),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
