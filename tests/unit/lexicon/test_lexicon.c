/* test_lexicon.c — src/lexicon/lexicon.c: the built-in data loads with every table filled; a
 * data folder with a bad row is refused with READOUT_EINVALID naming file and line, and one
 * with a missing file with READOUT_ENOTFOUND; one walk over the shared phrase map finds each
 * book's longest phrase as a walk of that book alone does. */
#include "support.h"
#include "lexicon/embedded.h"
#include "lexicon/lexicon_impl.h"
#include "text/token.h"
#include "util/civil_date.h"
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Copies the .tsv files of the source tree's data/ (what the library embeds) into dir,
 * leaving out skip (or nothing when NULL): a complete data folder but for one file. */
static void copy_data(const char *dir, const char *skip)
{
	DIR *d = opendir(READOUT_TEST_DATA_DIR);
	assert_non_null(d);
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t n = strlen(e->d_name);
		if (n < 4 || strcmp(e->d_name + n - 4, ".tsv") || (skip && !strcmp(e->d_name, skip)))
			continue;
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", READOUT_TEST_DATA_DIR, e->d_name);
		FILE *f = fopen(path, "rb");
		assert_non_null(f);
		static char data[1 << 22];
		size_t len = fread(data, 1, sizeof data, f);
		assert_true(len < sizeof data);
		fclose(f);
		support_write(dir, e->d_name, data, len);
	}
	closedir(d);
}

/* Writes data/name with rows (complete lines) appended into dir, over what copy_data put there. */
static void append_rows(const char *dir, const char *name, const char *rows)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", READOUT_TEST_DATA_DIR, name);
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	static char data[1 << 22];
	size_t len = fread(data, 1, sizeof data, f);
	fclose(f);
	size_t add = strlen(rows);
	assert_true(len + add < sizeof data);
	memcpy(data + len, rows, add);
	support_write(dir, name, data, len + add);
}

static void test_lexicon__builtin_loads_with_every_table_filled(void **state)
{
	readout_lexicon *lex = NULL;
	int rc = readout_lexicon_load(&lex, NULL);
	if (rc)
		fail_msg("built-in lexicon: %s", readout_error_message());
	readout_lexicon_stats st;
	readout_lexicon_stats_get(&st, lex);
	assert_true(st.surnames > 100);
	assert_true(st.syllables > 300);
	assert_true(st.words > 0);
	assert_true(st.places > 100);
	assert_true(st.formulations > 0);
	assert_true(st.formulation_forms >= st.formulations);
	assert_true(st.role_cues > 0);
	assert_true(st.event_phrases > 0);
	readout_lexicon_free(lex);
	readout_lexicon_free(NULL);
}

static void test_lexicon__loads_from_a_data_folder(void **state)
{
	char *dir = support_tempdir();
	copy_data(dir, NULL);
	readout_lexicon *a = NULL, *b = NULL;
	assert_int_equal(readout_lexicon_load(&a, dir), 0);
	assert_int_equal(readout_lexicon_load(&b, NULL), 0);
	readout_lexicon_stats sa, sb;
	readout_lexicon_stats_get(&sa, a);
	readout_lexicon_stats_get(&sb, b);
	assert_memory_equal(&sa, &sb, sizeof sa);
	readout_lexicon_free(a);
	readout_lexicon_free(b);
	support_rmdir(dir);
}

/* The lexicon fuzz target writes the first 60 lines of every built-in file and fuzzes one: such
 * a folder must load, or every input is refused before the file fuzzed is read. */
static void test_lexicon__slices_of_every_built_in_file_load(void **state)
{
	(void)state;
	char *dir = support_tempdir();
	const char *name;
	size_t files = 0;
	for (size_t i = 0; (name = readout__embedded_file_name(i)) != NULL; i++, files++) {
		size_t n, end = 0;
		const char *data = readout__embedded_file(name, &n);
		assert_non_null(data);
		for (int lines = 0; end < n && lines < 60; end++)
			lines += data[end] == '\n';
		support_write(dir, name, data, end);
	}
	assert_true(files >= 16);
	readout_lexicon *lex = NULL;
	if (readout_lexicon_load(&lex, dir) != 0)
		fail_msg("slices refused: %s", readout_error_message());
	readout_lexicon_free(lex);
	support_rmdir(dir);
}

static void test_lexicon__malformed_row_names_file_and_line(void **state)
{
	char *dir = support_tempdir();
	/* comment, header, good row, then a row without its classes column on line 5 */
	const char *titles = "# titles for a test\n"
	                     "word\tclasses\tsource\n"
	                     "secretary\thead,party\ttest\n"
	                     "\n"
	                     "minister\n";
	support_write(dir, "titles.tsv", titles, strlen(titles));
	readout_lexicon *lex = (readout_lexicon *)1;
	assert_int_equal(readout_lexicon_load(&lex, dir), READOUT_EINVALID);
	assert_null(lex);
	const char *msg = readout_error_message();
	if (!strstr(msg, "titles.tsv:5"))
		fail_msg("message does not name titles.tsv:5: %s", msg);
	support_rmdir(dir);
}

static void test_lexicon__unknown_word_class_names_file_and_line(void **state)
{
	char *dir = support_tempdir();
	copy_data(dir, "vocab.tsv");
	const char *vocab = "word\tclasses\tsource\nmusts\ttifa\ttest\ndays\tcuont\ttest\n";
	support_write(dir, "vocab.tsv", vocab, strlen(vocab));
	readout_lexicon *lex = NULL;
	assert_int_equal(readout_lexicon_load(&lex, dir), READOUT_EINVALID);
	assert_null(lex);
	const char *msg = readout_error_message();
	if (!strstr(msg, "vocab.tsv:3") || !strstr(msg, "cuont"))
		fail_msg("message does not name vocab.tsv:3 and the class: %s", msg);
	support_rmdir(dir);
}

static void test_lexicon__central_meetings_are_found_by_subject(void **state)
{
	(void)state;
	readout_lexicon *lex = NULL;
	assert_int_equal(readout_lexicon_load(&lex, NULL), 0);
	const lex_meeting *m = lex_meeting_find(lex, "20th national congress", false, 0);
	assert_non_null(m);
	assert_string_equal(m->opened, "2022-10-16");
	assert_string_equal(m->closed, "2022-10-22");
	/* a plenum named without its Central Committee: the one closing nearest the events */
	int64_t near;
	assert_true(civil_day_number("2021-12-01", &near));
	m = lex_meeting_find(lex, "6th Plenary Session", true, near);
	assert_non_null(m);
	assert_string_equal(m->subject, "6th Plenary Session of the 19th Central Committee");
	assert_true(civil_day_number("2016-12-01", &near));
	assert_string_equal(lex_meeting_find(lex, "6th Plenary Session", true, near)->subject,
	                    "6th Plenary Session of the 18th Central Committee");
	/* no date to go by: the latest */
	assert_string_equal(lex_meeting_find(lex, "1st Plenary Session", false, 0)->subject,
	                    "1st Plenary Session of the 20th Central Committee");
	/* a prefix of a word is no subject; an unknown meeting is none */
	assert_null(lex_meeting_find(lex, "6th Plenary", false, 0));
	assert_null(lex_meeting_find(lex, "13th Beijing Municipal Congress", false, 0));
	readout_lexicon_free(lex);
}

/* The key of name, for comparing bodies (two buffers, used in turn). */
static const char *body_key(const readout_lexicon *lex, const char *name)
{
	static char out[2][512];
	static size_t next;
	char *o = out[next++ % 2];
	if (!lex_body_key(lex, name, o, sizeof out[0]))
		return "";
	return o;
}

static void test_lexicon__one_body_written_many_ways_has_one_key(void **state)
{
	(void)state;
	readout_lexicon *lex = NULL;
	assert_int_equal(readout_lexicon_load(&lex, NULL), 0);
	const char *politburo[] = {
		"Political Bureau of the CPC Central Committee",
		"Political Bureau of the Communist Party of China (CPC) Central Committee",
		"Political Bureau of the Central Committee of the Communist Party of China",
		"CPC Central Committee Political Bureau",
		"the Politburo of the CCP Central Committee",
	};
	for (size_t i = 0; i < sizeof politburo / sizeof *politburo; i++)
		assert_string_equal(body_key(lex, politburo[i]), "bureau central committee cpc political");
	/* possessives, curly or straight, and bracketed abbreviations go */
	assert_string_equal(body_key(lex, "13th National People\xe2\x80\x99s Congress (NPC) Standing Committee"),
	                    body_key(lex, "Standing Committee of the 13th NPC"));
	/* a ministry written out or by its abbreviation */
	assert_string_equal(body_key(lex, "Party Group of the Ministry of Commerce"), body_key(lex, "MOFCOM Party Group"));
	/* bodies that differ stay apart: the Standing Committee is not the Politburo, the 13th NPC
	 * not the 14th, a province's committee not a city's */
	assert_string_not_equal(body_key(lex, "Standing Committee of the Political Bureau of the CPC Central Committee"),
	                        body_key(lex, politburo[0]));
	assert_string_not_equal(body_key(lex, "13th NPC Standing Committee"), body_key(lex, "14th NPC Standing Committee"));
	assert_string_not_equal(body_key(lex, "Provincial Party Committee"), body_key(lex, "Municipal Party Committee"));
	/* a name of no words has no key */
	char out[16];
	assert_int_equal(lex_body_key(lex, "()", out, sizeof out), 0);
	readout_lexicon_free(lex);
}

static void test_lexicon__a_meeting_closing_before_it_opens_is_refused(void **state)
{
	char *dir = support_tempdir();
	copy_data(dir, "meetings.tsv");
	const char *rows = "subject\topened\tclosed\tsource\n"
	                   "20th National Congress\t2022-10-16\t2022-10-22\ttest\n"
	                   "1st Plenary Session of the 20th Central Committee\t2022-10-23\t2022-10-03\ttest\n";
	support_write(dir, "meetings.tsv", rows, strlen(rows));
	readout_lexicon *lex = NULL;
	assert_int_equal(readout_lexicon_load(&lex, dir), READOUT_EINVALID);
	const char *msg = readout_error_message();
	if (!strstr(msg, "meetings.tsv:3"))
		fail_msg("message does not name meetings.tsv:3: %s", msg);
	support_rmdir(dir);
}

static void test_lexicon__malformed_later_file_is_refused(void **state)
{
	char *dir = support_tempdir();
	copy_data(dir, "places.tsv");
	const char *places = "name\tlevel\tparent\tzh\taliases\tsource\n"
	                     "Lanshui\tcounty\n";
	support_write(dir, "places.tsv", places, strlen(places));
	readout_lexicon *lex = NULL;
	assert_int_equal(readout_lexicon_load(&lex, dir), READOUT_EINVALID);
	assert_null(lex);
	if (!strstr(readout_error_message(), "places.tsv:2"))
		fail_msg("message does not name places.tsv:2: %s", readout_error_message());
	support_rmdir(dir);
}

/* Where a cue's people are must be one of the four ways: a typo is refused with its line. */
static void test_lexicon__bad_roles_row_names_file_and_line(void **state)
{
	char *dir = support_tempdir();
	copy_data(dir, "roles.tsv");
	const char *roles = "cue\trole\tobjects\tpeople\tsource\n"
	                    "said\tspoke\t\tquoted\tt\n"
	                    "presided\tpresided\t\tbefor\tt\n";
	support_write(dir, "roles.tsv", roles, strlen(roles));
	readout_lexicon *lex = NULL;
	assert_int_equal(readout_lexicon_load(&lex, dir), READOUT_EINVALID);
	assert_null(lex);
	if (!strstr(readout_error_message(), "roles.tsv:3"))
		fail_msg("message does not name roles.tsv:3: %s", readout_error_message());
	support_rmdir(dir);
}

/* A month out of range, an unknown kind: refused with the line. */
static void test_lexicon__bad_calendar_row_names_file_and_line(void **state)
{
	const char *rows[] = {"word\tkind\tvalue\tsource\njanuary\tmonth\t1\tt\nsmarch\tmonth\t13\tt\n",
	                      "word\tkind\tvalue\tsource\njanuary\tmonth\t1\tt\nfortnight\tperiod\t14\tt\n",
	                      "word\tkind\tvalue\tsource\njanuary\tmonth\t1\tt\nmay\tmonth\t5x\tt\n"};
	for (size_t i = 0; i < 3; i++) {
		char *dir = support_tempdir();
		copy_data(dir, "calendar.tsv");
		support_write(dir, "calendar.tsv", rows[i], strlen(rows[i]));
		readout_lexicon *lex = NULL;
		assert_int_equal(readout_lexicon_load(&lex, dir), READOUT_EINVALID);
		assert_null(lex);
		if (!strstr(readout_error_message(), "calendar.tsv:3"))
			fail_msg("message does not name calendar.tsv:3: %s", readout_error_message());
		support_rmdir(dir);
	}
}

/* An unknown kind or side, a missing column, a rank or body said to be central (orgs.tsv's to
 * say): refused with the line. */
static void test_lexicon__bad_posts_row_names_file_and_line(void **state)
{
	const char *head = "phrase\tkind\tvalue\tside\tlevel\tbody\tconcurrent\tsource\n"
	                   "secretary\trank\tsecretary\tparty\t-\tparty committee\t-\tt\n";
	const char *rows[] = {"governor\tranks\tgovernor\tstate\t-\t-\t-\tt\n", "governor\trank\tgovernor\tgovernment\t-\t-\t-\tt\n",
	                      "governor\trank\tgovernor\tstate\tnational\t-\t-\tt\n", "governor\trank\tgovernor\n",
	                      "governor\trank\t\tstate\t-\t-\t-\tt\n", "premier\trank\tpremier\tstate\tcentral\t-\t-\tt\n",
	                      "state council\tbody\tstate council\tstate\tcentral\t-\t-\tt\n"};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		char *dir = support_tempdir();
		copy_data(dir, "posts.tsv");
		char text[512];
		snprintf(text, sizeof text, "%s%s", head, rows[i]);
		support_write(dir, "posts.tsv", text, strlen(text));
		readout_lexicon *lex = NULL;
		assert_int_equal(readout_lexicon_load(&lex, dir), READOUT_EINVALID);
		assert_null(lex);
		if (!strstr(readout_error_message(), "posts.tsv:3"))
			fail_msg("message does not name posts.tsv:3: %s", readout_error_message());
		support_rmdir(dir);
	}
}

/* A metaphor without forms: refused with the line. */
static void test_lexicon__bad_metaphors_row_names_file_and_line(void **state)
{
	char *dir = support_tempdir();
	copy_data(dir, "metaphors.tsv");
	const char *rows = "zh\tforms\tsource\n\xe8\x80\x81\xe8\x99\x8e\ttiger|tigers\tt\n"
	                   "\xe9\x87\x91\xe9\x92\xa5\xe5\x8c\x99\t\tt\n";
	support_write(dir, "metaphors.tsv", rows, strlen(rows));
	readout_lexicon *lex = NULL;
	assert_int_equal(readout_lexicon_load(&lex, dir), READOUT_EINVALID);
	assert_null(lex);
	if (!strstr(readout_error_message(), "metaphors.tsv:3"))
		fail_msg("message does not name metaphors.tsv:3: %s", readout_error_message());
	support_rmdir(dir);
}

/* A formulation's province must be a place of the gazetteer: a typo is refused with its line. */
static void test_lexicon__formulation_of_an_unknown_place_names_file_and_line(void **state)
{
	char *dir = support_tempdir();
	copy_data(dir, "formulations.tsv");
	const char *rows = "zh\tpinyin\tforms\tsource\tplace\n"
	                   "\xe5\x85\xab\xe5\x85\xab\tba ba\tlanxi strategy\tt\tZhejiang\n"
	                   "\xe4\xb9\x9d\xe4\xb9\x9d\tjiu jiu\tsonglin strategy\tt\tZhejang\n";
	support_write(dir, "formulations.tsv", rows, strlen(rows));
	readout_lexicon *lex = NULL;
	assert_int_equal(readout_lexicon_load(&lex, dir), READOUT_EINVALID);
	assert_null(lex);
	if (!strstr(readout_error_message(), "formulations.tsv:3"))
		fail_msg("message does not name formulations.tsv:3: %s", readout_error_message());
	support_rmdir(dir);
}

/* A classified token carries its rare word classes (token.xid); one never classified asks the
 * map: both answer alike, for words with such classes and without. */
static void test_lexicon__rare_classes_same_classified_or_looked_up(void **state)
{
	readout_lexicon *lex = NULL;
	assert_int_equal(readout_lexicon_load(&lex, NULL), 0);
	const char *text = "On the same day, the meeting was held by the Standing Committee, with him presiding; "
	                   "according to its report, Xinhua's delegates and other members attended.";
	tokens t = {0};
	assert_int_equal(tokens_build(&t, text, strlen(text), 0), 0);
	lex_classify_tokens(lex, text, t.v, t.n);
	size_t with_classes = 0;
	for (size_t i = 0; i < t.n; i++) {
		token asked = t.v[i];
		asked.xid = LEX_XID_ASK;
		uint64_t x = lex_word_ext(lex, &t.v[i]);
		assert_true(x == lex_word_ext(lex, &asked));
		assert_true(x == lex_word_ext_probe(lex, &t.v[i]));
		with_classes += x != 0;
	}
	assert_true(with_classes >= 8);
	tokens_dispose(&t);
	readout_lexicon_free(lex);
}

/* Tokens of text, classified, with each sentence's phrases found (hits: one per token). */
static tokens phrases_of(const readout_lexicon *lex, const char *text, phrase_hit **hits)
{
	tokens t = {0};
	assert_int_equal(tokens_build(&t, text, strlen(text), 0), 0);
	lex_classify_tokens(lex, text, t.v, t.n);
	*hits = calloc(t.n + 1, sizeof **hits);
	assert_non_null(*hits);
	for (size_t s = 0; s < t.ns; s++)
		lex_find_phrases(lex, t.v, t.s[s].first, t.s[s].last, *hits);
	return t;
}

/* The first token at or after from whose text starts with word, or fails. */
static size_t token_at(const tokens *t, const char *text, const char *word, size_t from)
{
	for (size_t i = from; i < t->n; i++)
		if (!strncmp(text + t->v[i].start, word, strlen(word)))
			return i;
	fail_msg("no token %s", word);
	return 0;
}

/* A key whole in one book and the beginning of a longer phrase in another, and a key whole in
 * three books with a value in each: one walk answers every book, each with its own value; a
 * book's first row for a phrase keeps it. A phrase whose first token is hyphenated is not
 * found from its first word written alone. */
static void test_lexicon__phrases_of_several_books_found_in_one_walk(void **state)
{
	char *dir = support_tempdir();
	copy_data(dir, NULL);
	append_rows(dir, "orgs.tsv", "zqxon alpha\tbody\tcentral\ttest\nzqxon alpha\thead\t-\ttest\n"
	                             "zqxon delta\tinstitution\tother\ttest\nzqyon-kappa council\tbody\tcentral\ttest\n");
	append_rows(dir, "events.tsv", "zqxon alpha beta gamma\ttype\tzq long event\ttest\n"
	                               "zqxon delta\tsubject\tzq delta subject\ttest\n");
	append_rows(dir, "roles.tsv", "zqxon delta\tspoke\t\tbefore\ttest\n");
	readout_lexicon *lex = NULL;
	if (readout_lexicon_load(&lex, dir))
		fail_msg("%s", readout_error_message());
	const char *text = "The Zqxon Alpha Beta Gamma met. Then zqxon delta spoke; zqxon alpha beta left. "
	                   "The zqyon kappa council and the zqyon-kappa council met.";
	phrase_hit *hits;
	tokens t = phrases_of(lex, text, &hits);
	size_t k = token_at(&t, text, "Zqxon", 0);
	assert_int_equal(hits[k].len[PB_ORG], 2);
	assert_int_equal(lex->orgs[hits[k].val[PB_ORG]].kind, OK_BODY); /* the first row's */
	assert_int_equal(hits[k].len[PB_EVENT], 4);
	assert_str(lex->events[hits[k].val[PB_EVENT]].label, "zq long event");
	assert_int_equal(hits[k].len[PB_PLACE] | hits[k].len[PB_FORM] | hits[k].len[PB_CUE], 0);
	k = token_at(&t, text, "zqxon", k + 1);
	assert_int_equal(hits[k].len[PB_ORG], 2);
	assert_int_equal(lex->orgs[hits[k].val[PB_ORG]].kind, OK_INSTITUTION);
	assert_int_equal(hits[k].len[PB_EVENT], 2);
	assert_str(lex->events[hits[k].val[PB_EVENT]].label, "zq delta subject");
	assert_int_equal(hits[k].len[PB_CUE], 2);
	assert_int_equal(lex->cues[hits[k].val[PB_CUE]].role, ROLE_SPOKE);
	/* the longer event phrase broken off: the org's phrase still stands, the event has none */
	k = token_at(&t, text, "zqxon", k + 1);
	assert_int_equal(hits[k].len[PB_ORG], 2);
	assert_int_equal(hits[k].len[PB_EVENT], 0);
	k = token_at(&t, text, "zqyon", k + 1);
	assert_int_equal(hits[k].len[PB_ORG], 0);
	k = token_at(&t, text, "zqyon-kappa", k + 1);
	assert_int_equal(hits[k].len[PB_ORG], 2);
	free(hits);
	tokens_dispose(&t);
	readout_lexicon_free(lex);
	support_rmdir(dir);
}

/* Over a text dense with the built-in books' phrases, what lex_find_phrases records at each
 * token for each book is what lex_phrase_match finds for that book alone from there. */
static void test_lexicon__phrases_found_at_once_as_book_by_book(void **state)
{
	readout_lexicon *lex = NULL;
	assert_int_equal(readout_lexicon_load(&lex, NULL), 0);
	const char *text =
	    "On March 3, the Standing Committee of the Political Bureau of the CPC Central Committee held a "
	    "meeting in Beijing, presided over by Xi Jinping, who delivered an important speech. The State "
	    "Council's executive meeting studied high-quality development, the \"two establishments\" and "
	    "\"Two Safeguards\", Chinese-style modernization and the Belt and Road Initiative. Leaders of "
	    "Hebei Province, Shijiazhuang City and Zhengding County attended the symposium, and the "
	    "Provincial Party Committee's study session on Xi Jinping Thought on Socialism with Chinese "
	    "Characteristics for a New Era was chaired by the secretary of the Municipal Party Committee.";
	phrase_hit *hits;
	tokens t = phrases_of(lex, text, &hits);
	const phrasebook *books[PB_COUNT] = {&lex->place_names, &lex->form_names, &lex->cue_names,
	                                     &lex->event_names, &lex->org_names};
	size_t found = 0, kinds = 0;
	for (unsigned b = 0; b < PB_COUNT; b++) {
		size_t in_book = 0;
		for (size_t s = 0; s < t.ns; s++) {
			for (size_t i = t.s[s].first; i < t.s[s].last; i++) {
				uint32_t v = 0;
				size_t n = lex_phrase_match(books[b], text, t.v, i, t.s[s].last, &v);
				if (hits[i].len[b] != n)
					fail_msg("book %u at token %zu: %u tokens at once, %zu alone", b, i, hits[i].len[b], n);
				if (n)
					assert_int_equal(hits[i].val[b], v);
				in_book += n > 0;
			}
		}
		found += in_book;
		kinds += in_book > 0;
	}
	assert_true(found >= 15);
	assert_int_equal(kinds, PB_COUNT);
	free(hits);
	tokens_dispose(&t);
	readout_lexicon_free(lex);
}

/* The words the tokenizer looks up as it scans them get the classes, gates and rare classes
 * lex_classify_tokens gives the same tokens built without the lookup. */
static void test_lexicon__words_looked_up_while_tokenizing_as_classified(void **state)
{
	readout_lexicon *lex = NULL;
	assert_int_equal(readout_lexicon_load(&lex, NULL), 0);
	const char *text = "On 12 March 2035, the Standing Committee of the CPC Provincial Committee held its "
	                   "20th plenary session in Hefei; Secretary Wang Qingxian's speech on high-quality "
	                   "development and the 'two establishments' was studied by Min'er and the others.";
	tokens a = {0}, b = {0};
	assert_int_equal(tokens_build(&a, text, strlen(text), 0), 0);
	lex_classify_tokens(lex, text, a.v, a.n);
	assert_int_equal(tokens_build_looked_up(&b, text, strlen(text), 0, &lex->lookup), 0);
	lex_classify_tokens(lex, text, b.v, b.n);
	assert_int_equal(a.n, b.n);
	size_t looked_up = 0, known = 0;
	for (size_t i = 0; i < a.n; i++) {
		assert_int_equal(a.v[i].word, b.v[i].word);
		assert_int_equal(a.v[i].gate, b.v[i].gate);
		assert_int_equal(a.v[i].xid, b.v[i].xid);
		assert_true(a.v[i].wh == b.v[i].wh);
		looked_up += (b.v[i].flags & TF_LOOKED_UP) != 0;
		known += b.v[i].word != 0 && (b.v[i].flags & TF_LOOKED_UP);
	}
	assert_true(looked_up * 2 > a.n);
	assert_true(known >= 8);
	tokens_dispose(&a);
	tokens_dispose(&b);
	readout_lexicon_free(lex);
}

static void test_lexicon__missing_file_gives_enotfound(void **state)
{
	char *dir = support_tempdir();
	copy_data(dir, "roles.tsv");
	readout_lexicon *lex = NULL;
	assert_int_equal(readout_lexicon_load(&lex, dir), READOUT_ENOTFOUND);
	assert_null(lex);
	if (!strstr(readout_error_message(), "roles.tsv"))
		fail_msg("message does not name roles.tsv: %s", readout_error_message());
	support_rmdir(dir);
}

static void test_lexicon__missing_folder_gives_enotfound(void **state)
{
	readout_lexicon *lex = NULL;
	assert_int_equal(readout_lexicon_load(&lex, "/nonexistent/readout-data"), READOUT_ENOTFOUND);
	assert_null(lex);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lexicon__builtin_loads_with_every_table_filled),
		cmocka_unit_test(test_lexicon__loads_from_a_data_folder),
		cmocka_unit_test(test_lexicon__bad_roles_row_names_file_and_line),
		cmocka_unit_test(test_lexicon__malformed_row_names_file_and_line),
		cmocka_unit_test(test_lexicon__unknown_word_class_names_file_and_line),
		cmocka_unit_test(test_lexicon__malformed_later_file_is_refused),
		cmocka_unit_test(test_lexicon__bad_calendar_row_names_file_and_line),
		cmocka_unit_test(test_lexicon__bad_posts_row_names_file_and_line),
		cmocka_unit_test(test_lexicon__bad_metaphors_row_names_file_and_line),
		cmocka_unit_test(test_lexicon__formulation_of_an_unknown_place_names_file_and_line),
		cmocka_unit_test(test_lexicon__rare_classes_same_classified_or_looked_up),
		cmocka_unit_test(test_lexicon__phrases_of_several_books_found_in_one_walk),
		cmocka_unit_test(test_lexicon__phrases_found_at_once_as_book_by_book),
		cmocka_unit_test(test_lexicon__words_looked_up_while_tokenizing_as_classified),
		cmocka_unit_test(test_lexicon__missing_file_gives_enotfound),
		cmocka_unit_test(test_lexicon__central_meetings_are_found_by_subject),
		cmocka_unit_test(test_lexicon__slices_of_every_built_in_file_load),
		cmocka_unit_test(test_lexicon__one_body_written_many_ways_has_one_key),
		cmocka_unit_test(test_lexicon__a_meeting_closing_before_it_opens_is_refused),
		cmocka_unit_test(test_lexicon__missing_folder_gives_enotfound),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
