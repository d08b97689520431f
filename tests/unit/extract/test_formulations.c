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

static void test_formulations__renderings_with_digits_and_signs(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting to achieve the two 100-year goals and carry out the "
		"\u201c8+8 strategy\u201d. The meeting ended at noon. 1. Work hard.");
	assert_string_equal(formulation(rec, "two 100-year goals")->zh, "\u4e24\u4e2a\u4e00\u767e\u5e74");
	assert_string_equal(formulation(rec, "8+8 strategy")->zh, "\u516b\u516b\u6218\u7565");
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
	/* Issue 9, class 8: "actions" and "standards" head numbered formulas too (三大行动, 十条标准) */
	rec = support_extract(
		"On May 12, the county held a meeting. Gu Wenbo stressed three key actions for Party "
		"branches and reported on the ten poverty alleviation standards of the county.");
	assert_int_equal(formulation(rec, "three key actions")->cue, READOUT_CUE_NUMBERED);
	assert_int_equal(formulation(rec, "ten poverty alleviation standards")->cue, READOUT_CUE_NUMBERED);
	/* a hyphenated number opens one too ("the three-year action", 三年行动); a plan is named */
	rec = support_extract(
		"On May 12, the county held a meeting on the three-year action of enterprise reform and "
		"adopted the two-year action plan for clean rivers.");
	assert_int_equal(formulation(rec, "three-year action")->cue, READOUT_CUE_NUMBERED);
	assert_no_formulation(rec, "two-year action");
	/* the classic warnings and the study campaign, unquoted (四大考验, 四种危险, 四史) */
	rec = support_extract(
		"On May 12, the county held a meeting. Party members must stand the four major tests, "
		"guard against the four dangers and study the four histories.");
	assert_string_equal(formulation(rec, "four major tests")->zh, "\u56db\u5927\u8003\u9a8c");
	assert_string_equal(formulation(rec, "four dangers")->zh, "\u56db\u79cd\u5371\u9669");
	assert_int_equal(formulation(rec, "four histories")->cue, READOUT_CUE_NUMBERED);
	/* village governance and election discipline (四议两公开, 三治融合, 九个严禁) */
	rec = support_extract(
		"On May 12, the township held a meeting on the four discussions and two disclosures, the "
		"integration of three governances and the nine strict prohibitions of the election.");
	assert_string_equal(formulation(rec, "four discussions and two disclosures")->zh,
	                    "\u56db\u8bae\u4e24\u516c\u5f00");
	assert_int_equal(formulation(rec, "integration of three governances")->cue, READOUT_CUE_NUMBERED);
	assert_int_equal(formulation(rec, "nine strict prohibitions")->cue, READOUT_CUE_NUMBERED);
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

/* Issue 9, class 8: "our" belongs to slogans ("Keep Our Feet on the Ground and Forge Ahead"),
 * as "we", "I" and "he" belong to speech. */
static void test_formulations__our_inside_a_slogan(void **state)
{
	const readout_record *rec = support_extract(
		"\"Keep Our Feet on the Ground and Forge Ahead\" - Songlin County Party Branch holds a "
		"study session\nOn May 12, the Party Branch held a study session. Gu Wenbo presided.");
	assert_int_equal(formulation(rec, "Keep Our Feet on the Ground and Forge Ahead")->cue, READOUT_CUE_QUOTED);
	rec = support_extract(
		"On May 12, the county held a meeting. Gu Wenbo called on cadres to \"keep our word and "
		"serve the people\" and said \"we keep our word\" in every village.");
	formulation(rec, "keep our word and serve the people");
	assert_no_formulation(rec, "we keep");
}

/* Issue 9, class 8 (translation variants grouped): a quoted list that spells out the numbered
 * formula just before it ("namely", a colon) is another form of it, one entry; a list after a
 * slogan with no number, or with no list word, is its own. */
static void test_formulations__a_numbered_formula_spelled_out_is_one_entry(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Gu Wenbo called for efforts on the \"three "
		"priorities\" for rural work, namely \"roads, water and schools\". He stressed the \"two "
		"firsts\": \"people first, safety first\".");
	const readout_formulation *f = formulation(rec, "three priorities");
	assert_ptr_equal(f, formulation(rec, "roads, water and schools"));
	assert_int_equal(f->nforms, 2);
	assert_ptr_equal(formulation(rec, "two firsts"), formulation(rec, "people first, safety first"));
	rec = support_extract(
		"On May 12, the county held a meeting. Gu Wenbo stressed \"common prosperity\", namely "
		"\"roads, water and schools\", and the \"three priorities\" and \"clean hills, clear "
		"water\".");
	assert_ptr_not_equal(formulation(rec, "common prosperity"), formulation(rec, "roads, water and schools"));
	assert_ptr_not_equal(formulation(rec, "three priorities"), formulation(rec, "clean hills, clear water"));
}

/* Issue 9, class 8: an honour is no formulation, in lower case too: "awarded the title of
 * “advanced grassroots Party organization”", "the honorary title “model worker”". */
static void test_formulations__an_honour_after_its_title_word(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. The Party branch of Lanxi village was awarded the "
		"title of \"advanced grassroots party organization\" and Gu Wenbo the honorary title "
		"\"excellent party worker\"; members should carry forward the \"two musts\".");
	assert_no_formulation(rec, "grassroots party organization");
	assert_no_formulation(rec, "excellent party worker");
	formulation(rec, "two musts");
}

/* Issue 9, class 8: machine translation doubles the marks (""x"", ''x''): the doubled pair
 * quotes once, and the quotations after it still pair the right way round. */
static void test_formulations__doubled_marks_quote_once(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. The meeting called for \"\"grasp the big and let go "
		"of the small\"\" in enterprise reform, and the bureau was told to \"\"keep the door "
		"open\"\". Gu Wenbo asked for ''small matters stay in the village'' as the \"first "
		"principle\" of the county.");
	formulation(rec, "grasp the big and let go of the small");
	formulation(rec, "keep the door open");
	formulation(rec, "small matters stay in the village");
	formulation(rec, "first principle");
	assert_no_formulation(rec, "in enterprise reform");
	assert_no_formulation(rec, "the bureau");
}

/* Issue 9, class 8: single straight marks quote a slogan too ('stable prices' and one whose
 * last word is a plural, which the tokenizer first reads as a possessive); apostrophes of
 * possessives and inside words pair with nothing. */
static void test_formulations__single_straight_marks_quote(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. The meeting called for 'stable employment, stable "
		"prices and stable growth' this year and 'grasp the big and let go of the small', and "
		"heard the members' opinions on the county's 'green villages' and the road's repairs.");
	formulation(rec, "stable employment, stable prices and stable growth");
	formulation(rec, "grasp the big and let go of the small");
	formulation(rec, "green villages");
	assert_no_formulation(rec, "opinions");
	assert_no_formulation(rec, "repairs");
}

/* Issue 9, class 8: one slogan rendered with and without its articles is one entry. */
static void test_formulations__articles_do_not_split_a_slogan(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. The county will become a \"city of the future\" and a "
		"\"work as a team\". Gu Wenbo said the \"city of future\" needs young people.");
	const readout_formulation *f = formulation(rec, "city of the future");
	assert_int_equal(f->nforms, 2);
	assert_int_equal(f->count, 2);
	assert_ptr_equal(support_formulation(rec, "city of future"), f);
	assert_int_equal(formulation(rec, "work as a team")->count, 1);
}

/* Issue 9, class 8: a quotation after "named", "rated as" or "awarded" is an honour, and one
 * after "the movie" or "the column" a work's name; no formulations. */
static void test_formulations__an_honour_after_its_verb_and_a_work_after_its_kind(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Twenty villages were named \u201ccivilized "
		"villages\u201d, Lanxi was rated as \u201cmodel community of the province\u201d and the "
		"clinic was awarded \u201cadvanced grassroots unit\u201d. Members watched the movie "
		"\u201cthe eight hundred\u201d, read the column \u201cvoices from the fields\u201d and "
		"kept the \u201cthree musts\u201d in mind.");
	assert_no_formulation(rec, "civilized villages");
	assert_no_formulation(rec, "model community");
	assert_no_formulation(rec, "grassroots unit");
	assert_no_formulation(rec, "eight hundred");
	assert_no_formulation(rec, "voices");
	formulation(rec, "three musts");
}

/* Issue 9, class 8: "the following three requirements" counts what the text lists next. */
static void test_formulations__the_following_number_counts(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Gu Wenbo put forward the following three "
		"requirements: first, study; second, act. Members must keep the four requirements of "
		"the province in mind.");
	assert_no_formulation(rec, "three requirements");
	formulation(rec, "four requirements");
	/* "all", "the above", "another", "the other" count what the text has named */
	rec = support_extract(
		"On May 12, the county held a meeting. All four standards were kept, the above two "
		"breakthroughs and another three actions were checked, and the other five strategies "
		"wait; the three musts stay.");
	assert_no_formulation(rec, "standards");
	assert_no_formulation(rec, "breakthroughs");
	assert_no_formulation(rec, "actions");
	assert_no_formulation(rec, "strategies");
	formulation(rec, "three musts");
}

/* Issue 9, class 8: a document's title in lower case is no formulation either: its kind
 * heads a phrase with "on" or "for" ("opinions on X", "the notice on Y", "a plan for Z"). */
static void test_formulations__a_lower_case_document_title(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. It studied the \u201copinions on strengthening the "
		"cadre team\u201d, the \u201cnotice on flood control this summer\u201d and the "
		"\u201cplan for clean rivers and green hills\u201d, and stressed \u201cclean rivers and "
		"green hills\u201d.");
	assert_no_formulation(rec, "opinions");
	assert_no_formulation(rec, "notice");
	assert_no_formulation(rec, "plan for");
	formulation(rec, "clean rivers and green hills");
}

/* Issue 9, class 8: quoted figures of speech common in readouts are no formulations
 * (metaphors.tsv): "the “new engine” of growth", "a “growth pole”", "the “fast lane”". */
static void test_formulations__more_quoted_metaphors(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Innovation is the \u201cnew engine\u201d of growth, "
		"the park a \u201cgrowth pole\u201d and an \u201cexperimental field\u201d of reform on the "
		"\u201cfast lane\u201d; discipline is a \u201chigh-voltage line\u201d and the county "
		"keeps the \u201ctwo musts\u201d.");
	assert_no_formulation(rec, "engine");
	assert_no_formulation(rec, "growth pole");
	assert_no_formulation(rec, "experimental field");
	assert_no_formulation(rec, "fast lane");
	assert_no_formulation(rec, "high-voltage line");
	formulation(rec, "two musts");
}

/* Issue 9, class 8: numbered formulas of 2017-2024 the lexicon now knows, with their Chinese
 * original, quoted or not. */
static void test_formulations__recent_numbered_formulas_have_their_original(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. The county must observe the three zones and three "
		"lines, train cadres with the \u201cone understanding and two loves\u201d, and its organs "
		"must be the three exemplars.");
	const readout_formulation *f = formulation(rec, "three zones and three lines");
	assert_string_equal(f->zh, "\u4e09\u533a\u4e09\u7ebf");
	assert_int_equal(f->cue, READOUT_CUE_NUMBERED);
	assert_string_equal(formulation(rec, "one understanding and two loves")->zh, "\u4e00\u61c2\u4e24\u7231");
	assert_string_equal(formulation(rec, "three exemplars")->zh, "\u4e09\u4e2a\u8868\u7387");
}

/* Issue 9, class 8: in lower case "building" is construction (建设), "road" a path and
 * "review" a check, not an edifice, a street or a journal: a slogan may end with them. */
static void test_formulations__a_slogan_ending_in_building_road_or_review(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. It called for \u201cgrassroots integrity "
		"building\u201d, took the \u201cgreen road\u201d and began the \u201cdouble check, double "
		"review\u201d in the \u201cNew Era Civilization Building\u201d on \u201cXinhua "
		"Road\u201d.");
	formulation(rec, "grassroots integrity building");
	formulation(rec, "green road");
	formulation(rec, "double check, double review");
	assert_no_formulation(rec, "Civilization Building");
	assert_no_formulation(rec, "Xinhua");
}

/* Issue 9, class 8: a pronoun inside a part of a quoted saying is its object, and the saying
 * a slogan; one that opens the quotation or a part is the subject of someone's words. */
static void test_formulations__a_pronoun_inside_a_saying(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. It stressed that \u201cempty talk harms the "
		"country, hard work makes it prosper\u201d. Gu Wenbo said: \u201cWe will never let the "
		"people down, they trust us.\u201d");
	formulation(rec, "empty talk harms the country, hard work makes it prosper");
	assert_no_formulation(rec, "let the people down");
}

/* Issue 9, class 8: machine translation's other renderings of common formulations join their
 * entry, so a text that uses two renderings lists one formulation. */
static void test_formulations__more_renderings_join_their_entry(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Members must understand the \u201ctwo "
		"established\u201d and the two establishments, strengthen the four senses and the four "
		"consciousnesses, and keep the \u201cbig man in the country\u201d in mind.");
	const readout_formulation *f = formulation(rec, "two established");
	assert_string_equal(f->zh, "\u4e24\u4e2a\u786e\u7acb");
	assert_ptr_equal(support_formulation(rec, "two establishments"), f);
	f = formulation(rec, "four senses");
	assert_string_equal(f->zh, "\u56db\u4e2a\u610f\u8bc6");
	assert_ptr_equal(support_formulation(rec, "four consciousnesses"), f);
	assert_string_equal(formulation(rec, "big man in the country")->zh, "\u56fd\u4e4b\u5927\u8005");
}

/* Issue 9, class 8: a numbered formula the lexicon knows, named with "the" inside a quoted
 * slogan, is used there; the parts of a compound numbered slogan are not. */
static void test_formulations__a_numbered_formula_inside_a_quoted_slogan(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Members must \u201cfirmly support the two "
		"establishments and resolutely achieve the two safeguards\u201d and carry out the "
		"\u201cthree stricts and three earnests\u201d.");
	assert_int_equal(formulation(rec, "two establishments")->cue, READOUT_CUE_NUMBERED);
	assert_int_equal(formulation(rec, "two safeguards")->cue, READOUT_CUE_NUMBERED);
	const readout_formulation *f = formulation(rec, "three stricts and three earnests");
	assert_int_equal(f->count, 1);
	assert_null(support_formulation(rec, "three stricts"));
}

/* Issue 9, class 8: a quoted share (“100%”) is a value, no formula. */
static void test_formulations__a_quoted_share_is_no_formula(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. The county must reach \u201c100%\u201d coverage "
		"and carry out the \u201c1310\u201d project.");
	assert_no_formulation(rec, "100");
	formulation(rec, "1310");
}

/* Issue 9, class 8: the title or topic of a lecture, a report or a seminar is no formulation
 * ("a Party lecture on “X”", "a report with the topic of “Y”"); an activity named by its
 * slogan is a campaign, and one the lexicon knows stays a formulation. */
static void test_formulations__an_event_title_is_no_formulation(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, Gu Wenbo gave a Party lecture on \u201ccarrying forward the fighting spirit in "
		"the new era\u201d, Wang Lin made a report with the topic of \u201cgovernance of villages "
		"today\u201d and the county held a seminar on \u201cgreen and clean villages\u201d and a "
		"seminar on \u201ccommon prosperity\u201d, and began the activity of \u201cevery member "
		"a lamp\u201d.");
	assert_no_formulation(rec, "fighting spirit");
	assert_no_formulation(rec, "governance of villages");
	assert_no_formulation(rec, "green and clean");
	formulation(rec, "common prosperity");
	formulation(rec, "every member a lamp");
}

/* Issue 9, class 8: a hotline's number or an app's name in quotation marks is no formula
 * (“12345” hotline), though a quoted code of a policy is (“1310”). */
static void test_formulations__a_hotline_or_an_app_is_named(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county opened the \u201c12345\u201d hotline and the \u201csmart county "
		"service\u201d app, and carried out the \u201c1310\u201d across the city.");
	assert_no_formulation(rec, "12345");
	assert_no_formulation(rec, "smart county");
	formulation(rec, "1310");
}

/* Issue 9, class 8: a number word alone in quotation marks (the “two” establishments) is
 * no formula: the formula is the number with its noun. */
static void test_formulations__a_quoted_number_word_alone(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Members must understand the \u201ctwo\u201d "
		"establishments and carry out the \u201cthree\u201d tasks of the year.");
	assert_null(support_formulation(rec, "two"));
	assert_null(support_formulation(rec, "three"));
	assert_string_equal(formulation(rec, "two establishments")->zh, "\u4e24\u4e2a\u786e\u7acb");
}

/* Issue 9, class 8: a quoted name in title case that ends in a formulation's noun names a
 * strategy or a campaign (GUIDE convention 10); other title case still names a work. */
static void test_formulations__a_strategy_named_in_title_case(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the city held a meeting. The city will implement the \u201cStrong Provincial "
		"Capital Strategy\u201d and the \u201cSpring Thunder Action\u201d, and members watched "
		"\u201cSword Out of Sheath\u201d.");
	assert_int_equal(formulation(rec, "Strong Provincial Capital Strategy")->cue, READOUT_CUE_QUOTED);
	formulation(rec, "Spring Thunder Action");
	assert_no_formulation(rec, "Sword");
}

/* Issue 9, class 8: a web excerpt cut off inside a quoted slogan, even mid-word, keeps what
 * it quotes up to the cut; cut speech, or a lost closing mark before a full stop, does not. */
static void test_formulations__a_slogan_cut_off_by_the_end_of_the_page(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. It set out the requirements of \u201cstaying true to "
		"the founding aspiration, shouldering the mission, finding the gaps, grasping implementa");
	assert_int_equal(formulation(rec, "staying true to the founding aspiration, shouldering the "
	                                  "mission, finding the gaps, grasping implementa")->cue,
	                 READOUT_CUE_QUOTED);
	rec = support_extract(
		"On May 12, the county held a meeting.\n\n\"The regular response mechanism will be improved "
		"to guard against");
	assert_no_formulation(rec, "mechanism");
	rec = support_extract(
		"On May 12, the county held a meeting. It called for \u201cclean rivers and green hills in "
		"every village.");
	assert_no_formulation(rec, "every village");
}

/* Issue 9, class 8: the four-part requirement of the 2019 thematic education (守初心、担使命、
 * 找差距、抓落实) is one formulation in its renderings, not a slogan per rendering. */
static void test_formulations__the_thematic_education_requirement(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting on the requirements of \u201cstaying true to our "
		"original aspiration, shouldering our mission, finding the gaps and grasping "
		"implementation\u201d; members must \u201cstay true to the original aspiration, take on "
		"the mission, find the gaps and focus on implementation\u201d.");
	const readout_formulation *f = formulation(rec, "stay true to the original aspiration, take on "
	                                                "the mission, find the gaps and focus on implementation");
	assert_string_equal(f->zh, "\u5b88\u521d\u5fc3\u3001\u62c5\u4f7f\u547d\u3001\u627e\u5dee\u8ddd\u3001"
	                           "\u6293\u843d\u5b9e");
	assert_int_equal(f->nforms, 2);
}

/* Issue 9, class 8: an ordinal before a formulation's noun picks one of a series ("the first
 * strategy is innovation", "the second action"); the ordinal formulas are the lexicon's. */
static void test_formulations__an_ordinal_picks_one_of_a_series(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. The first strategy is innovation, the second action "
		"starts now and the first must is safety; the country marches toward the second centenary "
		"goal.");
	assert_no_formulation(rec, "first strategy");
	assert_no_formulation(rec, "second action");
	assert_no_formulation(rec, "first must");
	assert_int_equal(formulation(rec, "second centenary goal")->cue, READOUT_CUE_NUMBERED);
}

/* Issue 9, class 8: a numbered rendering the lexicon knows in the singular, before a plural
 * noun, counts that noun ("six targeted measures", "two health checks", "seven focus areas");
 * the formulas themselves stay ("the two safeguards", "the six stability work"). */
static void test_formulations__a_singular_rendering_before_a_plural_counts(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. It adopted six targeted measures, gave two health "
		"checks and set seven focus areas; members must achieve the two safeguards and do the six "
		"stability work.");
	assert_no_formulation(rec, "six targeted");
	assert_no_formulation(rec, "two health");
	assert_no_formulation(rec, "seven focus");
	formulation(rec, "two safeguards");
	formulation(rec, "six stability");
	/* nor is an ordinary count a rendering: "in five batches", "six priorities" */
	rec = support_extract(
		"On May 12, the county held a meeting. The projects start in five batches and the county "
		"set six priorities for the year.");
	assert_no_formulation(rec, "five batches");
	assert_no_formulation(rec, "six priorities");
}

/* Issue 9, class 8: a straight closing mark whose opening one a paragraph break kept from
 * pairing opens nothing: the quotations after it still pair the right way round. */
static void test_formulations__a_closing_mark_left_alone_opens_nothing(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Members must understand the \"two\n\n"
		"establishments\" deeply and strengthen the \"green and clean villages\" in work.");
	formulation(rec, "green and clean villages");
	assert_no_formulation(rec, "deeply and");
}

/* Issue 9, class 8: machine translation renders the spirit of the 20th Congress (二十大精神)
 * as a number and "spirit" (“the Party's Twenty Spirit”, “nineteen big spirit”): a meeting's
 * ordinal, no formulation; a spirit the lexicon knows stays one. */
static void test_formulations__a_congress_spirit_by_its_number(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the union brought the \"Party's Twenty Spirit\" into enterprises, studied the "
		"\u201cnineteen big spirit\u201d and carried forward the \u201cRed Boat spirit\u201d.");
	assert_no_formulation(rec, "Twenty Spirit");
	assert_no_formulation(rec, "nineteen big spirit");
	assert_string_equal(formulation(rec, "Red Boat spirit")->zh, "\u7ea2\u8239\u7cbe\u795e");
}

/* Issue 9, class 8: the spirits of the Party's spiritual pedigree are formulations the
 * lexicon knows, in title case too (“Yimeng Spirit”), with their Chinese original. */
static void test_formulations__spirits_of_the_pedigree(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Members must carry forward the \u201cYimeng "
		"Spirit\u201d, the spirit of the Red Flag Canal and the \u201cSaihanba spirit\u201d.");
	assert_string_equal(formulation(rec, "Yimeng Spirit")->zh, "\u6c82\u8499\u7cbe\u795e");
	assert_string_equal(formulation(rec, "spirit of the Red Flag Canal")->zh, "\u7ea2\u65d7\u6e20\u7cbe\u795e");
	assert_int_equal(formulation(rec, "Saihanba spirit")->cue, READOUT_CUE_QUOTED);
}

/* Issue 9, class 8: one word with a plus sign is a coined formula (“Internet+”), though one
 * word alone in quotation marks is no slogan. */
static void test_formulations__a_word_with_a_plus_sign(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. It promoted \u201cInternet+\u201d government services "
		"and the \u201cwhitelist\u201d of firms.");
	formulation(rec, "Internet+");
	assert_no_formulation(rec, "whitelist");
}

/* Issue 9, class 8: a designation after "selected as", "listed as", "designated as",
 * "commended as" (an article between or not) is an honour, no formulation. */
static void test_formulations__a_designation_is_an_honour(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Lanxi was selected as a \u201cdemonstration village "
		"of rural governance\u201d, the park designated as a \u201cgreen development zone\u201d, "
		"ten units commended as \u201cadvanced collectives in poverty alleviation\u201d, and the "
		"study of the \u201ctwo establishments\u201d listed as a key task.");
	assert_no_formulation(rec, "demonstration village");
	assert_no_formulation(rec, "green development zone");
	assert_no_formulation(rec, "advanced collectives");
	formulation(rec, "two establishments");
}

/* Issue 9, class 8: provinces' numbered formulas of 2017-2024 the lexicon now knows, quoted
 * or not, with their Chinese original. */
static void test_formulations__provincial_numbered_formulas(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the province held a meeting. It pushed the \u201cHundred-Thousand-Ten Thousand "
		"Project\u201d, the three highs and four news and the \u201cthree zones and one "
		"center\u201d.");
	assert_string_equal(formulation(rec, "Hundred-Thousand-Ten Thousand Project")->zh,
	                    "\u767e\u5343\u4e07\u5de5\u7a0b");
	const readout_formulation *f = formulation(rec, "three highs and four news");
	assert_string_equal(f->zh, "\u4e09\u9ad8\u56db\u65b0");
	assert_int_equal(f->cue, READOUT_CUE_NUMBERED);
	assert_string_equal(formulation(rec, "three zones and one center")->zh,
	                    "\u4e09\u533a\u4e00\u4e2d\u5fc3");
}

/* Issue 9, class 8: a slogan in single marks inside quoted speech is read too, short speech
 * or long; the speech itself is none. */
static void test_formulations__single_marks_inside_speech(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. \"We must protect the 'green water and blue sky' of "
		"the county,\" Gu Wenbo said. \"Every official must work hard every day for the people of "
		"the county this year and keep 'small matters in the village' without any rest at all "
		"until the end,\" he added.");
	formulation(rec, "green water and blue sky");
	formulation(rec, "small matters in the village");
	assert_no_formulation(rec, "We must");
	assert_no_formulation(rec, "Every official");
}

/* Issue 9, class 8: a number and meetings in quotation marks name meetings (GUIDE: "Two
 * Sessions" names a meeting), in lower case too; a numbered formula of meetings the lexicon
 * knows stays one. */
static void test_formulations__quoted_meetings_by_number(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county studied the spirit of the national \u201ctwo sessions\u201d, the "
		"\u201ctwo meetings\u201d and the \u201ctwo conferences\u201d of the province, and "
		"kept the \u201cthree meetings and one lesson\u201d.");
	assert_no_formulation(rec, "two sessions");
	assert_no_formulation(rec, "two meetings");
	assert_no_formulation(rec, "two conferences");
	formulation(rec, "three meetings and one lesson");
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
	/* quoted with single straight marks, or by a mark whose closing one the page lost */
	rec = support_extract("The county will win the 'common prosperity' battle.");
	assert_int_equal(formulation(rec, "common prosperity")->cue, READOUT_CUE_QUOTED);
	rec = support_extract("The branch held an activity themed \xe2\x80\x9c" "common prosperity. The county took part.");
	assert_int_equal(formulation(rec, "common prosperity")->cue, READOUT_CUE_QUOTED);
	/* but not the opening words of a long quotation of speech, nor after an apostrophe */
	rec = support_extract("The meeting stressed \xe2\x80\x9c" "common prosperity is the essential requirement of "
	                      "socialism, and we must work for it step by step in every village and every town of the "
	                      "county, year after year, with patience and with care for every family.\xe2\x80\x9d");
	assert_int_equal(formulation(rec, "common prosperity")->cue, READOUT_CUE_LEXICON);
	rec = support_extract("The farmers' common prosperity grows.");
	assert_int_equal(formulation(rec, "common prosperity")->cue, READOUT_CUE_LEXICON);
	/* words someone said count what they use, as unquoted text would; a theme does not */
	rec = support_extract("He stressed: \xe2\x80\x9cWe will keep working for common prosperity in every village "
	                      "of this county, year after year.\xe2\x80\x9d");
	assert_int_equal(formulation(rec, "common prosperity")->cue, READOUT_CUE_LEXICON);
	rec = support_extract("\xe2\x80\x9cWe must uphold the four consciousnesses,\xe2\x80\x9d said Gu Wenbo.");
	assert_int_equal(formulation(rec, "four consciousnesses")->cue, READOUT_CUE_NUMBERED);
	rec = support_extract("The county held a symposium themed on \xe2\x80\x9cPromoting Common Prosperity in Every "
	                      "Village\xe2\x80\x9d.");
	assert_null(support_formulation(rec, "common prosperity"));
	/* a use that starts with a body's word counts; one inside a body's name does not */
	rec = support_extract("The meeting stressed the Party's self-revolution and the Party Central Committee "
	                      "with Comrade Xi Jinping at its core. Gu Wenbo heads the United Front Work Department.");
	assert_int_equal(formulation(rec, "Party's self-revolution")->cue, READOUT_CUE_LEXICON);
	assert_int_equal(formulation(rec, "Party Central Committee with Comrade Xi Jinping at its core")->cue, READOUT_CUE_LEXICON);
	assert_no_formulation(rec, "united front");
	assert_no_formulation(rec, "United Front");
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
	/* with it the lexicon knows the formula, and one quoted word is one */
	rec = support_extract(
		"We keep the two \xe2\x80\x9cnever allows\xe2\x80\x9d in mind and strive for the four "
		"\xe2\x80\x9cmosts\xe2\x80\x9d and the three \xe2\x80\x9cNo. 1 projects\xe2\x80\x9d.");
	assert_non_null(formulation(rec, "two never allows")->zh);
	assert_non_null(formulation(rec, "four mosts")->zh);
	formulation(rec, "three No. 1 projects");
}

/* Issue 9: a quotation that quotes its own number counts the formula; the number before it
 * is not the formula's ("two “one ...”"). */
static void test_formulations__a_quoted_number_keeps_the_number_before_out(void **state)
{
	const readout_record *rec = support_extract(
		"Enterprises must carry out the two \"one thread running through\" and the three "
		"\"in place\" in their work.");
	formulation(rec, "one thread running through");
	assert_no_formulation(rec, "two one");
	formulation(rec, "three in place");
}

/* Issue 9: speech that quotes a slogan with the same curly marks: the inner pair is the slogan,
 * the outer mark opens speech. */
static void test_formulations__a_quotation_inside_quoted_speech_is_read(void **state)
{
	const readout_record *rec = support_extract(
		"The first secretary said: \xe2\x80\x9cThe work team carried out its support around the "
		"\xe2\x80\x9c" "Five Major Revitalizations\xe2\x80\x9d and drew blueprints for the village.");
	formulation(rec, "Five Major Revitalizations");
	assert_no_formulation(rec, "work team");
}

/* Issue 9: the quoted theme of an event or the title of an article is a name, whether or not
 * the lexicon knows the phrase. */
static void test_formulations__a_theme_or_a_work_quoted_is_no_formulation(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the city held a symposium themed on \xe2\x80\x9cgathering strength and "
		"focusing on high-quality development\xe2\x80\x9d. The article \"serve the people, "
		"serve the county\" was read, and a forum with the theme of \"new era, new drivers\" "
		"followed. Cadres must achieve the \xe2\x80\x9ctwo establishments\xe2\x80\x9d.");
	assert_no_formulation(rec, "gathering strength");
	assert_no_formulation(rec, "serve the people");
	assert_no_formulation(rec, "new era");
	formulation(rec, "two establishments");
	/* the author between the work and its title */
	rec = support_extract(
		"Cadres studied the important article of General Secretary Xi Jinping \xe2\x80\x9c"
		"Upholding and Developing Socialism with Chinese Characteristics\xe2\x80\x9d at the meeting.");
	assert_no_formulation(rec, "Upholding");
	/* the theme of a series of events, with their nouns between */
	rec = support_extract("On May 15, the office held a series of themed press conferences on \"Promoting "
	                      "high-quality development\". Cadres must achieve the \"two establishments\".");
	assert_no_formulation(rec, "Promoting");
	formulation(rec, "two establishments");
	/* a quotation right before a name's word, or one word before it, names what follows */
	rec = support_extract("On May 6, the city held the \"Red Banner Vanguard\" Elegance Exhibition and the "
	                      "\"red banner vanguard\" style exhibition, and carried out the \"double reduction\" "
	                      "policy.");
	assert_no_formulation(rec, "anner");
	formulation(rec, "double reduction");
}

/* Issue 9: a compound slogan of longer parallel parts stays whole; the same shape closed by a
 * comma and its speaker is speech. */
static void test_formulations__a_slogan_of_long_parts_and_attributed_speech(void **state)
{
	const readout_record *rec = support_extract(
		"The city works in the spirit of \xe2\x80\x9ctime and tide wait for no man, seize the day "
		"and seize the hour\xe2\x80\x9d this year.");
	formulation(rec, "time and tide wait for no man, seize the day and seize the hour");
	rec = support_extract(
		"\xe2\x80\x9cIdle talk leads the cause astray, and solid work makes the nation strong,"
		"\xe2\x80\x9d Xi Jinping said at the meeting.");
	assert_no_formulation(rec, "idle talk");
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

/* Issue 9: in running text a quotation in title case names a work, an honour, a post or a
 * series ("the film “Red Lanterns Far Away”"); a numbered one is still a formula, and in a
 * headline, where every word is capitalized, title case says nothing. */
static void test_formulations__title_case_in_running_text_is_a_name(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Members watched the film \xe2\x80\x9cRed "
		"Lanterns Far Away\xe2\x80\x9d and the village won the title of \xe2\x80\x9cModel "
		"Grass-roots Unit\xe2\x80\x9d. They vowed to carry out the \xe2\x80\x9cSix "
		"Guarantees\xe2\x80\x9d and the \xe2\x80\x9c" "clean water, green hills\xe2\x80\x9d "
		"drive.");
	assert_no_formulation(rec, "Red Lanterns");
	assert_no_formulation(rec, "Grass-roots Unit");
	formulation(rec, "Six Guarantees");
	formulation(rec, "clean water, green hills");
}

static void test_formulations__title_case_in_a_headline_says_nothing(void **state)
{
	const readout_record *rec = support_extract(
		"County Holds Mobilization Meeting On Its \xe2\x80\x9c" "Clean Water Drive\xe2\x80\x9d Work\n\n"
		"On May 12, the county held a meeting on the \xe2\x80\x9c" "cleaning water drive\xe2\x80\x9d.");
	const readout_formulation *f = formulation(rec, "Clean Water Drive");
	/* one formulation written two ways: the -ing of a word does not make another */
	assert_ptr_equal(f, formulation(rec, "cleaning water drive"));
}

/* Issue 9: a rendering the lexicon knows is numbered when its Chinese original counts and a
 * number stands anywhere in it, not only first ("the goal of the second century" is
 * 第二个百年奋斗目标); an original that counts nothing keeps its ordinal unnumbered. */
static void test_formulations__a_number_inside_a_counted_original_is_numbered(void **state)
{
	const readout_record *rec = support_extract(
		"The people are marching towards the goal of the second century. Cadres must put "
		"people first in all work.");
	const readout_formulation *f = formulation(rec, "goal of the second century");
	assert_int_equal(f->cue, READOUT_CUE_NUMBERED);
	assert_str(f->zh, "\xe7\xac\xac\xe4\xba\x8c\xe4\xb8\xaa\xe7\x99\xbe\xe5\xb9\xb4"
	                  "\xe5\xa5\x8b\xe6\x96\x97\xe7\x9b\xae\xe6\xa0\x87"); /* 第二个百年奋斗目标 */
	assert_int_equal(formulation(rec, "people first")->cue, READOUT_CUE_LEXICON);
}

/* Issue 9: the lexicon knows the named packages of measures ("the twenty measures", 二十条) as
 * numbered formulas, and renderings such as "dual responsibility of one post" (一岗双责). */
static void test_formulations__the_lexicon_knows_named_packages(void **state)
{
	const readout_record *rec = support_extract(
		"The county will implement the 20 measures to further optimize prevention and control, "
		"and fulfil the dual responsibility of one post.");
	const readout_formulation *f = formulation(rec, "20 measures");
	assert_int_equal(f->cue, READOUT_CUE_NUMBERED);
	assert_str(f->zh, "\xe4\xba\x8c\xe5\x8d\x81\xe6\x9d\xa1"); /* 二十条 */
	f = formulation(rec, "dual responsibility of one post");
	assert_str(f->zh, "\xe4\xb8\x80\xe5\xb2\x97\xe5\x8f\x8c\xe8\xb4\xa3"); /* 一岗双责 */
	assert_int_equal(rec->nformulations, 2); /* not "dual responsibility" besides */
	/* 两新 (new economic and social organizations) in "the two new party building work", apart
	 * from 两新组织; "two new laboratories" is no formula */
	rec = support_extract(
		"The county will improve the two new party building work and guide the two new "
		"organizations; the city added two new laboratories.");
	assert_str(formulation(rec, "two new party building")->zh, "\xe4\xb8\xa4\xe6\x96\xb0"); /* 两新 */
	assert_int_equal(formulation(rec, "two new party building")->cue, READOUT_CUE_NUMBERED);
	assert_str(formulation(rec, "two new organizations")->zh,
	           "\xe4\xb8\xa4\xe6\x96\xb0\xe7\xbb\x84\xe7\xbb\x87"); /* 两新组织 */
	assert_no_formulation(rec, "laboratories");
}

/* Issue 9: a number in quotation marks can be a formula's code ("the “1310” policy", "the
 * “No. 1 Reform Project”"); ordinals, years, values and counts stay out. */
static void test_formulations__quoted_codes_are_formulas(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the city held a meeting. It will carry out the \xe2\x80\x9c" "4521\xe2\x80\x9d "
		"policy and hold a conference for the \xe2\x80\x9cNo. 2 Innovation Project\xe2\x80\x9d. "
		"The sum must be greater than \xe2\x80\x9c" "4\xe2\x80\x9d, and the report is titled "
		"\xe2\x80\x9c" "Work in Past 5 Years\xe2\x80\x9d; the \xe2\x80\x9c" "2035\xe2\x80\x9d "
		"vision and the \xe2\x80\x9c" "20th Congress\xe2\x80\x9d follow.");
	assert_int_equal(formulation(rec, "4521")->cue, READOUT_CUE_QUOTED);
	formulation(rec, "No. 2 Innovation Project");
	assert_null(support_formulation(rec, "4"));
	assert_no_formulation(rec, "5 Years");
	assert_no_formulation(rec, "2035");
	assert_no_formulation(rec, "Congress");
}

/* Issue 9: a name's word inside a compound slogan ("post", "building", "times") names nothing
 * unless it is capitalized or heads a phrase; as a head it still marks a name. */
static void test_formulations__a_name_word_inside_a_slogan_names_nothing(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. It stressed \xe2\x80\x9cjoint management, one post "
		"and two duties\xe2\x80\x9d, \xe2\x80\x9c" "checking nine more times\xe2\x80\x9d and "
		"\xe2\x80\x9cParty building leading 246\xe2\x80\x9d, then opened the \xe2\x80\x9c" "first "
		"lecture of the principal\xe2\x80\x9d and the \xe2\x80\x9cspring sowing action "
		"plan\xe2\x80\x9d at the \xe2\x80\x9cRiverside Memorial Hall\xe2\x80\x9d.");
	formulation(rec, "joint management, one post and two duties");
	formulation(rec, "checking nine more times");
	formulation(rec, "Party building leading 246");
	assert_no_formulation(rec, "lecture");
	assert_no_formulation(rec, "action plan");
	assert_no_formulation(rec, "Memorial Hall");
}

/* Issue 9: a long quotation in straight marks (an oath, a speech) is passed whole, so its
 * closing mark does not open the next pair and the slogan after it is read the right way
 * round. */
static void test_formulations__a_long_straight_quotation_keeps_the_pairs_in_step(void **state)
{
	const readout_record *rec = support_extract(
		"On July 1, the branch held a Party day. The oath was reviewed, \"I volunteer to join the "
		"Communist Party of China, support the Party's program, abide by the Party's "
		"constitution, fulfil the obligations of a member and carry out the Party's decisions "
		"......\", and members vowed to \"keep the original aspiration and the founding mission\", "
		"and to serve the people.");
	formulation(rec, "keep the original aspiration and the founding mission");
	assert_no_formulation(rec, "members vowed");
}

/* Issue 9 (GUIDE convention 10): a quoted metaphor of official prose (data/metaphors.tsv: the
 * "mother river", "golden key", "big tigers") is no formulation; a formulation that contains
 * one still is. */
static void test_formulations__quoted_metaphors_are_not_formulations(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. The Lan River is the \xe2\x80\x9cmother "
		"river\xe2\x80\x9d of the county and reform is the \xe2\x80\x9cgolden "
		"key\xe2\x80\x9d; the county caught several \xe2\x80\x9c" "big tigers\xe2\x80\x9d while "
		"fighting tigers and swatting flies.");
	assert_no_formulation(rec, "mother river");
	assert_no_formulation(rec, "golden key");
	assert_no_formulation(rec, "big tigers");
	formulation(rec, "fighting tigers and swatting flies");
	rec = support_extract("On May 12, the county held a meeting. Young cadres should be the \"main force\" "
	                      "and a \"new force\" of rural reform.");
	assert_no_formulation(rec, "main force");
	assert_no_formulation(rec, "new force");
	/* 牛鼻子, 最后一公里, 主战场: the key point, the last link, the main arena */
	rec = support_extract("On May 12, the county held a meeting. Cadres must hold the \"bull's nose\" of "
	                      "reform, open up the \"last mile\" of services and make the villages the \"main "
	                      "battlefield\" of the work.");
	assert_no_formulation(rec, "bull's nose");
	assert_no_formulation(rec, "last mile");
	assert_no_formulation(rec, "main battlefield");
}

/* A quotation that renders a lexicon entry in words the lexicon does not list (other fillers,
 * -ing or not, another order) is that entry, with its Chinese; a quotation that shares words
 * with an entry and says more is not. */
static void test_formulations__a_rendering_in_other_words_finds_its_entry(void **state)
{
	const readout_record *rec = support_extract(
		"On May 12, the county held a meeting. Members must \"always remember the original aspiration and "
		"firmly keep in mind the mission\"; they must \"never forget the original aspirations, keep the "
		"missions in mind\" as well.");
	const readout_formulation *f = formulation(rec, "always remember the original aspiration and firmly keep in mind the mission");
	assert_null(f->zh); /* "remember" is no word of any rendering */
	f = formulation(rec, "never forget the original aspirations, keep the missions in mind");
	assert_non_null(f->zh);
	assert_string_equal(f->zh, "\xe4\xb8\x8d\xe5\xbf\x98\xe5\x88\x9d\xe5\xbf\x83\xe3\x80\x81\xe7\x89\xa2\xe8\xae\xb0\xe4\xbd\xbf\xe5\x91\xbd");
	assert_int_equal(f->cue, READOUT_CUE_QUOTED);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_formulations__plus_formulas),
		cmocka_unit_test(test_formulations__a_quoted_number_keeps_the_number_before_out),
		cmocka_unit_test(test_formulations__a_quotation_inside_quoted_speech_is_read),
		cmocka_unit_test(test_formulations__a_theme_or_a_work_quoted_is_no_formulation),
		cmocka_unit_test(test_formulations__a_slogan_of_long_parts_and_attributed_speech),
		cmocka_unit_test(test_formulations__quoted_metaphors_are_not_formulations),
		cmocka_unit_test(test_formulations__a_rendering_in_other_words_finds_its_entry),
		cmocka_unit_test(test_formulations__a_long_straight_quotation_keeps_the_pairs_in_step),
		cmocka_unit_test(test_formulations__a_name_word_inside_a_slogan_names_nothing),
		cmocka_unit_test(test_formulations__quoted_codes_are_formulas),
		cmocka_unit_test(test_formulations__a_number_inside_a_counted_original_is_numbered),
		cmocka_unit_test(test_formulations__the_lexicon_knows_named_packages),
		cmocka_unit_test(test_formulations__title_case_in_running_text_is_a_name),
		cmocka_unit_test(test_formulations__title_case_in_a_headline_says_nothing),
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
		cmocka_unit_test(test_formulations__our_inside_a_slogan),
		cmocka_unit_test(test_formulations__an_honour_after_its_title_word),
		cmocka_unit_test(test_formulations__a_numbered_formula_spelled_out_is_one_entry),
		cmocka_unit_test(test_formulations__renderings_with_digits_and_signs),
		cmocka_unit_test(test_formulations__doubled_marks_quote_once),
		cmocka_unit_test(test_formulations__single_straight_marks_quote),
		cmocka_unit_test(test_formulations__articles_do_not_split_a_slogan),
		cmocka_unit_test(test_formulations__an_honour_after_its_verb_and_a_work_after_its_kind),
		cmocka_unit_test(test_formulations__the_following_number_counts),
		cmocka_unit_test(test_formulations__a_lower_case_document_title),
		cmocka_unit_test(test_formulations__more_quoted_metaphors),
		cmocka_unit_test(test_formulations__recent_numbered_formulas_have_their_original),
		cmocka_unit_test(test_formulations__a_slogan_ending_in_building_road_or_review),
		cmocka_unit_test(test_formulations__a_pronoun_inside_a_saying),
		cmocka_unit_test(test_formulations__more_renderings_join_their_entry),
		cmocka_unit_test(test_formulations__a_numbered_formula_inside_a_quoted_slogan),
		cmocka_unit_test(test_formulations__a_quoted_share_is_no_formula),
		cmocka_unit_test(test_formulations__an_event_title_is_no_formulation),
		cmocka_unit_test(test_formulations__a_hotline_or_an_app_is_named),
		cmocka_unit_test(test_formulations__a_quoted_number_word_alone),
		cmocka_unit_test(test_formulations__a_strategy_named_in_title_case),
		cmocka_unit_test(test_formulations__a_slogan_cut_off_by_the_end_of_the_page),
		cmocka_unit_test(test_formulations__the_thematic_education_requirement),
		cmocka_unit_test(test_formulations__an_ordinal_picks_one_of_a_series),
		cmocka_unit_test(test_formulations__a_singular_rendering_before_a_plural_counts),
		cmocka_unit_test(test_formulations__a_closing_mark_left_alone_opens_nothing),
		cmocka_unit_test(test_formulations__a_congress_spirit_by_its_number),
		cmocka_unit_test(test_formulations__spirits_of_the_pedigree),
		cmocka_unit_test(test_formulations__a_word_with_a_plus_sign),
		cmocka_unit_test(test_formulations__a_designation_is_an_honour),
		cmocka_unit_test(test_formulations__provincial_numbered_formulas),
		cmocka_unit_test(test_formulations__single_marks_inside_speech),
		cmocka_unit_test(test_formulations__quoted_meetings_by_number),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
