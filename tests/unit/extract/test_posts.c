/* test_posts.c — src/extract/posts.c: a title and the post it names, alone and in a document
 * that places it. */
#include "support.h"

#include "extract/identity.h"
#include "extract/posts.h"

#include <stdio.h>
#include <string.h>

/* The post of title in a document at place doc_place (a standard name, or NULL) of level
 * doc_level (a level name, or NULL), as "name | level | place | province | side", or NULL
 * for no post. */
static const char *post_of(const char *title, const char *doc_place, const char *doc_level)
{
	static char out[512];
	const readout_lexicon *lex = support_lexicon();
	post_reading r;
	assert_int_equal(post_read(&r, lex, title, strlen(title)), 0);
	int place = doc_place ? lex_place_by_name(lex, doc_place) : -1;
	int level = OL_NONE;
	for (int l = OL_CENTRAL; doc_level && l <= OL_OTHER; l++)
		if (!strcmp(org_level_name(l), doc_level))
			level = l;
	post p;
	if (!post_place(&p, &r, lex, place, level))
		return NULL;
	snprintf(out, sizeof out, "%s | %s | %s | %s | %s", p.name, post_level_name(&p) ? post_level_name(&p) : "-",
	         p.place >= 0 ? lex->places[p.place].name : "-", p.province >= 0 ? lex->places[p.province].name : "-",
	         post_side_name(p.side) ? post_side_name(p.side) : "-");
	return out;
}

static post reading_of(const char *title)
{
	const readout_lexicon *lex = support_lexicon();
	post_reading r;
	assert_int_equal(post_read(&r, lex, title, strlen(title)), 0);
	post p;
	memset(&p, 0, sizeof p);
	if (!post_place(&p, &r, lex, -1, OL_NONE))
		fail_msg("no post: %s", title);
	return p;
}

static void test_posts__every_wording_of_a_party_secretary_is_one_post(void **state)
{
	(void)state;
	const char *titles[] = {
		"Secretary of the Hebei Provincial Party Committee", "Secretary of the CPC Hebei Provincial Committee",
		"secretary of the Communist Party of China (CPC) Hebei Provincial Committee",
		"Secretary of Hebei Provincial Committee of the CPC", "Hebei Party Secretary", "Party chief of Hebei Province",
		"Hebei's Party secretary", "CPC Hebei Provincial Committee Secretary",
	};
	for (size_t i = 0; i < sizeof titles / sizeof *titles; i++)
		assert_str(post_of(titles[i], NULL, NULL), "provincial party secretary | provincial | Hebei | Hebei | party");
}

static void test_posts__ranks_are_told_apart(void **state)
{
	(void)state;
	/* a deputy secretary is no secretary: posts match exactly, not by substring */
	assert_str(post_of("Deputy Secretary of the Hebei Provincial Party Committee", NULL, NULL),
	           "deputy provincial party secretary | provincial | Hebei | Hebei | party");
	assert_str(post_of("Vice Secretary of the CPC Hebei Provincial Committee", NULL, NULL),
	           "deputy provincial party secretary | provincial | Hebei | Hebei | party");
	assert_str(post_of("Member of the Standing Committee of the Hebei Provincial Party Committee", NULL, NULL),
	           "provincial standing committee member | provincial | Hebei | Hebei | party");
	assert_str(post_of("Vice Governor of Hebei Province", NULL, NULL), "vice governor | provincial | Hebei | Hebei | state");
	assert_str(post_of("Governor of the People's Government of Hebei Province", NULL, NULL),
	           "governor | provincial | Hebei | Hebei | state");
	assert_str(post_of("Director of the Standing Committee of the Hebei Provincial People's Congress", NULL, NULL),
	           "provincial people's congress chairman | provincial | Hebei | Hebei | state");
	assert_str(post_of("Chairman of the CPPCC Hebei Provincial Committee", NULL, NULL),
	           "provincial cppcc chairman | provincial | Hebei | Hebei | -");
}

static void test_posts__a_title_without_place_takes_the_documents(void **state)
{
	(void)state;
	assert_str(post_of("Secretary of the Provincial Party Committee", "Hubei", "provincial"),
	           "provincial party secretary | provincial | Hubei | Hubei | party");
	assert_str(post_of("Governor", "Hubei", "provincial"), "governor | provincial | Hubei | Hubei | state");
	/* a county's readout: its prefecture's mayor, its own party committee */
	assert_str(post_of("Secretary of the County Party Committee", "Xinji", "county"),
	           "county party secretary | county | Xinji | Hebei | party");
	assert_str(post_of("Mayor", "Baoding", "prefectural"), "mayor | prefectural | Baoding | Hebei | state");
	/* "Municipal" in a readout of a municipality: a provincial-level post */
	assert_str(post_of("Secretary of the Municipal Party Committee", "Chongqing", "provincial"),
	           "provincial party secretary | provincial | Chongqing | Chongqing | party");
	/* a title's own place wins over the document's */
	assert_str(post_of("Secretary of the Wuxi Municipal Party Committee", "Hubei", "provincial"),
	           "municipal party secretary | prefectural | Wuxi | Jiangsu | party");
	/* nothing to place it: the post without a place */
	assert_str(post_of("Mayor", NULL, NULL), "mayor | prefectural | - | - | state");
	/* a national readout's "Party Committee" is a ministry's or a firm's, not a central body */
	assert_str(post_of("Secretary of the Party Committee", NULL, "central"), "party secretary | - | - | - | party");
}

static void test_posts__national_posts_are_central_wherever_the_document_is(void **state)
{
	(void)state;
	assert_str(post_of("General Secretary of the CPC Central Committee", "Hubei", "county"),
	           "general secretary | central | - | - | party");
	assert_str(post_of("General Secretary", "Hubei", "county"), "general secretary | central | - | - | party");
	/* the Party written out or abbreviated, without "Central Committee": the same post */
	assert_str(post_of("General Secretary of CPC", NULL, NULL), "general secretary | central | - | - | party");
	assert_str(post_of("general secretary of the Communist Party of China", "Hubei", "county"),
	           "general secretary | central | - | - | party");
	assert_str(post_of("Premier", "Hubei", "provincial"), "premier | central | - | - | state");
	assert_str(post_of("Chinese President", "Hubei", "provincial"), "president | central | - | - | state");
	assert_str(post_of("member of the Standing Committee of the Political Bureau of the CPC Central Committee", NULL, NULL),
	           "politburo standing committee member | central | - | - | party");
	assert_str(post_of("Member of the Political Bureau of the CPC Central Committee", NULL, NULL),
	           "politburo member | central | - | - | party");
	assert_str(post_of("Vice Chairman of the National Committee of the Chinese People's Political Consultative Conference",
	                   "Hebei", "provincial"),
	           "cppcc vice chairman | central | - | - | -");
	assert_str(post_of("chairman of the National People's Congress (NPC) Standing Committee", NULL, NULL),
	           "npc chairman | central | - | - | state");
	assert_str(post_of("head of the Publicity Department of the CPC Central Committee", NULL, NULL),
	           "central propaganda department head | central | - | - | party");
	/* a seat says nothing of its holder's post (orgs.c), but its congress is national */
	assert_str(post_of("deputy to the National People's Congress", "Hebei", "provincial"),
	           "npc deputy | central | - | - | state");
	assert_str(post_of("State Councilors", "Hebei", "provincial"), "state councilor | central | - | - | state");
	assert_str(post_of("President of the State", "Hebei", "provincial"), "president | central | - | - | state");
}

/* "Secretary of the Party Group and Minister of Transport" in a Liaoning readout: the first
 * post's place is the document's (borrowed), the second's its own words'. */
static void test_posts__a_place_from_the_document_is_borrowed(void **state)
{
	(void)state;
	const readout_lexicon *lex = support_lexicon();
	int liaoning = lex_place_by_name(lex, "Liaoning");
	const char *titles[] = {"Secretary of the Party Group", "Minister of the Ministry of Transport", "Governor of Hebei Province"};
	bool borrowed[] = {true, false, false};
	for (size_t i = 0; i < 3; i++) {
		post_reading r;
		post p;
		assert_int_equal(post_read(&r, lex, titles[i], strlen(titles[i])), 0);
		assert_true(post_place(&p, &r, lex, liaoning, OL_PROVINCIAL));
		assert_int_equal(p.borrowed, borrowed[i]);
	}
}

static void test_posts__bodies_the_vocabulary_does_not_know_are_named_by_their_words(void **state)
{
	(void)state;
	assert_str(post_of("Director of the National Development and Reform Commission", "Hebei", "provincial"),
	           "director of national development and reform commission | central | - | - | -");
	post p = reading_of("Director of the National Development and Reform Commission");
	assert_str(p.organization, "national development and reform commission");
	assert_str(post_of("Chairman of New Hope Group", "Sichuan", "provincial"), "chairman of new hope group | other | - | Sichuan | -");
}

/* A rank alone is a post of that rank and nothing more: of China, a university, a court? It
 * takes no level or place from the document, so it places its holder nowhere. */
static void test_posts__a_rank_alone_is_bare_and_words_of_nothing_no_post(void **state)
{
	(void)state;
	assert_str(post_of("Director", "Hebei", "provincial"), "director | - | - | - | -");
	assert_str(post_of("President", "Hebei", "provincial"), "president | - | - | - | -");
	assert_str(post_of("vice-chairmen", "Hebei", "provincial"), "vice chairman | - | - | - | -");
	assert_str(post_of("Secretary General", "Shijiazhuang", "prefectural"), "secretary-general | - | - | - | -");
	post p = reading_of("Deputy Head");
	char facet[IDENTITY_FACET_MAX];
	assert_false(post_facet(facet, sizeof facet, &p, support_lexicon()));
	assert_null(post_of("head of the fifth round", "Hebei", "provincial"));
	assert_null(post_of("Calling on officials", "Hebei", "provincial"));
	assert_null(post_of("", NULL, NULL));
}

/* The store tells a bare post by what post_place leaves out (posts.h): neither a body nor
 * the words of one. Every other post has one of the two, in a document or not. */
static void test_posts__only_a_bare_post_has_neither_body_nor_organization(void **state)
{
	(void)state;
	const readout_lexicon *lex = support_lexicon();
	const char *titles[] = {
		"Director", "President", "former President", "Vice Chairman", "Deputy Head", "Chinese President",
		"President of Hebei University", "Chairman of New Hope Group", "Governor", "Mayor", "Secretary",
		"Secretary of the Hebei Provincial Party Committee", "CPPCC member", "General Secretary",
	};
	for (size_t i = 0; i < sizeof titles / sizeof *titles; i++) {
		post_reading r;
		assert_int_equal(post_read(&r, lex, titles[i], strlen(titles[i])), 0);
		for (int doc = 0; doc < 2; doc++) {
			post p;
			if (!post_place(&p, &r, lex, doc ? lex_place_by_name(lex, "Hebei") : -1, doc ? OL_PROVINCIAL : OL_NONE))
				fail_msg("no post: %s", titles[i]);
			if (r.bare != (!p.body && !p.organization))
				fail_msg("%s: bare %d, body %s, organization %s", titles[i], r.bare, p.body ? p.body : "-",
				         p.organization ? p.organization : "-");
		}
	}
	post_reading r;
	assert_int_equal(post_read(&r, lex, "President", 9), 0);
	assert_true(r.bare);
}

static void test_posts__former_and_concurrent_posts_say_so(void **state)
{
	(void)state;
	post p = reading_of("former Party chief of Shaanxi Province");
	assert_true(p.former);
	assert_string_equal(p.name, "provincial party secretary");
	p = reading_of("Leader of the Second Steering Group of the Central Committee on Theme Education");
	assert_true(p.concurrent);
	assert_false(p.former);
	p = reading_of("Member of the Standing Committee of the Hebei Provincial Party Committee");
	assert_false(p.concurrent);
	assert_str(post_of("CPPCC member", "Beijing", "provincial"), "provincial cppcc member | provincial | Beijing | Beijing | -");
	assert_true(reading_of("CPPCC member").concurrent);
}

static void test_posts__rank_after_its_body(void **state)
{
	(void)state;
	assert_str(post_of("CPC Hunan Provincial Committee deputy secretary", NULL, NULL),
	           "deputy provincial party secretary | provincial | Hunan | Hunan | party");
	assert_str(post_of("Hunan governor", NULL, NULL), "governor | provincial | Hunan | Hunan | state");
	assert_str(post_of("Organization Department director", "Hubei", "provincial"),
	           "provincial organization department head | provincial | Hubei | Hubei | party");
	/* words after a rank that name no body are not part of it */
	assert_str(post_of("Zhejiang Deputy Party Secretary on May 7", NULL, NULL),
	           "deputy provincial party secretary | provincial | Zhejiang | Zhejiang | party");
}

static void test_posts__an_autonomous_region_is_a_provincial_government(void **state)
{
	(void)state;
	assert_str(post_of("Chairman of the Autonomous Region", "Guangxi", "provincial"),
	           "governor | provincial | Guangxi | Guangxi | state");
	assert_str(post_of("Secretary of the Party Committee of the Autonomous Region", "Inner Mongolia", "provincial"),
	           "provincial party secretary | provincial | Inner Mongolia | Inner Mongolia | party");
	assert_str(post_of("secretary of the Tibet Autonomous Regional Committee of the Communist Party of China", NULL, NULL),
	           "provincial party secretary | provincial | Tibet | Tibet | party");
}

static void test_posts__long_or_odd_titles_are_read_safely(void **state)
{
	(void)state;
	char big[8192];
	size_t n = 0;
	while (n + 20 < sizeof big)
		n += (size_t)snprintf(big + n, sizeof big - n, "Secretary of the ");
	assert_null(post_of(big, NULL, NULL)); /* more tokens than a title has: no post */
	assert_null(post_of("((((", NULL, NULL));
	assert_null(post_of("of of of and", NULL, NULL));
	assert_str(post_of("Secretary (", "Hebei", "provincial"), "provincial party secretary | provincial | Hebei | Hebei | party");
}

static void test_posts__a_title_of_the_same_person_places_a_bare_one(void **state)
{
	(void)state;
	const readout_lexicon *lex = support_lexicon();
	int sichuan = lex_place_by_name(lex, "Sichuan"), chengdu = lex_place_by_name(lex, "Chengdu");
	int chongqing = lex_place_by_name(lex, "Chongqing");
	assert_true(sichuan >= 0 && chengdu >= 0 && chongqing >= 0);
	/* the holder's own title names another province than the readout's: it wins */
	assert_int_equal(post_context_place(lex, sichuan, chongqing), sichuan);
	/* a readout of no place: the holder's own */
	assert_int_equal(post_context_place(lex, sichuan, -1), sichuan);
	/* the same province: the readout's place, which may be finer */
	assert_int_equal(post_context_place(lex, sichuan, chengdu), chengdu);
	/* no title of the holder's names a place */
	assert_int_equal(post_context_place(lex, -1, chongqing), chongqing);
}

static void test_posts__a_village_first_secretary(void **state)
{
	(void)state;
	const readout_lexicon *lex = support_lexicon();
	post_reading r;
	const char *title = "first secretary of Xinhe Village";
	assert_int_equal(post_read(&r, lex, title, strlen(title)), 0);
	post p;
	assert_true(post_place(&p, &r, lex, -1, OL_NONE));
	assert_non_null(strstr(p.name, "first secretary"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_posts__a_village_first_secretary),
		cmocka_unit_test(test_posts__a_title_of_the_same_person_places_a_bare_one),
		cmocka_unit_test(test_posts__every_wording_of_a_party_secretary_is_one_post),
		cmocka_unit_test(test_posts__ranks_are_told_apart),
		cmocka_unit_test(test_posts__a_title_without_place_takes_the_documents),
		cmocka_unit_test(test_posts__national_posts_are_central_wherever_the_document_is),
		cmocka_unit_test(test_posts__a_place_from_the_document_is_borrowed),
		cmocka_unit_test(test_posts__bodies_the_vocabulary_does_not_know_are_named_by_their_words),
		cmocka_unit_test(test_posts__a_rank_alone_is_bare_and_words_of_nothing_no_post),
		cmocka_unit_test(test_posts__only_a_bare_post_has_neither_body_nor_organization),
		cmocka_unit_test(test_posts__former_and_concurrent_posts_say_so),
		cmocka_unit_test(test_posts__rank_after_its_body),
		cmocka_unit_test(test_posts__an_autonomous_region_is_a_provincial_government),
		cmocka_unit_test(test_posts__long_or_odd_titles_are_read_safely),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
