/* test_extractor.c — src/extract/extractor.c: the contract of readout_extract. Binary input,
 * oversized input and a document over the memory cap are refused with their codes; invalid
 * UTF-8 is repaired in the copy; an extractor gives the same record for the same text however
 * many documents came before. */
#include "support.h"

#include <stdlib.h>
#include <string.h>

static const char *const doc_a =
	"On May 6, the Songlin Municipal Party Committee held a meeting. Gu Wenbo, Secretary of the "
	"Municipal Party Committee, presided over the meeting. Tang Lihua and Fang Zhiyuan attended.";
static const char *const doc_b =
	" date 2022-10-24 On October 24, the Fengyuan County Party Committee held a meeting. Xu "
	"Haoran presided. The meeting stressed the \xe2\x80\x9ctwo establishments\xe2\x80\x9d.";

static void test_extractor__refuses_binary_input(void **state)
{
	readout_extractor *ex;
	assert_int_equal(readout_extractor_new(&ex, support_lexicon(), NULL), 0);
	const readout_record *rec = (const readout_record *)1;
	assert_int_equal(readout_extract(&rec, ex, "Gu\0Wenbo", 8), READOUT_EINVALID);
	assert_null(rec);
	assert_non_null(strstr(readout_error_message(), "binary"));
	readout_extractor_free(ex);
}

static void test_extractor__refuses_text_over_max_bytes(void **state)
{
	readout_extract_options opts = READOUT_EXTRACT_OPTIONS_INIT;
	opts.max_bytes = 16;
	readout_extractor *ex;
	assert_int_equal(readout_extractor_new(&ex, support_lexicon(), &opts), 0);
	const readout_record *rec;
	assert_int_equal(readout_extract(&rec, ex, doc_a, strlen(doc_a)), READOUT_ETOOBIG);
	assert_null(rec);
	assert_int_equal(readout_extract(&rec, ex, "Gu Wenbo spoke.", 15), 0);
	assert_non_null(rec);
	readout_extractor_free(ex);
}

static void test_extractor__refuses_document_over_memory_cap(void **state)
{
	readout_extract_options opts = READOUT_EXTRACT_OPTIONS_INIT;
	opts.max_memory = 1024;
	readout_extractor *ex;
	assert_int_equal(readout_extractor_new(&ex, support_lexicon(), &opts), 0);
	/* a long document needs more than 1 KiB of per-document memory */
	size_t n = strlen(doc_a);
	char *big = malloc(n * 40 + 1);
	assert_non_null(big);
	for (size_t i = 0; i < 40; i++)
		memcpy(big + i * n, doc_a, n);
	big[n * 40] = '\0';
	const readout_record *rec;
	assert_int_equal(readout_extract(&rec, ex, big, n * 40), READOUT_ENOMEM);
	assert_null(rec);
	assert_true(readout_error_message()[0] != '\0');
	free(big);
	readout_extractor_free(ex);
}

/* Issue 10: a readout followed by a line of 30,000 "=" was refused for too many tokens (the cap
 * was one token per two bytes); the line is noise, the readout is still read. */
static void test_extractor__reads_a_readout_after_a_long_punctuation_line(void **state)
{
	size_t n = strlen(doc_a), line = 30000;
	char *text = malloc(n + line + 2);
	assert_non_null(text);
	memcpy(text, doc_a, n);
	text[n] = '\n';
	memset(text + n + 1, '=', line);
	text[n + 1 + line] = '\0';
	const readout_record *rec = support_extract(text);
	assert_non_null(support_person(rec, "Gu Wenbo"));
	assert_non_null(support_person(rec, "Tang Lihua"));
	free(text);
}

/* Past the memory cap, a document of punctuation alone is still refused, with a reason. */
static void test_extractor__refuses_more_tokens_than_memory_allows(void **state)
{
	readout_extract_options opts = READOUT_EXTRACT_OPTIONS_INIT;
	opts.max_memory = 256 * 1024; /* room for about 3,000 tokens */
	readout_extractor *ex;
	assert_int_equal(readout_extractor_new(&ex, support_lexicon(), &opts), 0);
	char text[8000];
	memset(text, '=', sizeof text);
	const readout_record *rec;
	assert_int_equal(readout_extract(&rec, ex, text, sizeof text), READOUT_ETOOBIG);
	assert_null(rec);
	assert_non_null(strstr(readout_error_message(), "tokens"));
	/* half as many marks, spaced, fit: one token per two bytes is always allowed */
	for (size_t i = 1; i < sizeof text; i += 2)
		text[i] = ' ';
	assert_int_equal(readout_extract(&rec, ex, text, sizeof text), 0);
	readout_extractor_free(ex);
}

/* Issue 10: each title of a person was compared with all the others, so one person given
 * thousands of posts stalled extraction. The comparisons now draw on a per-document budget:
 * when it runs out the document is still extracted, with the titles so far and a warning. */
static void test_extractor__stops_comparing_titles_at_the_work_budget(void **state)
{
	readout_buf text = READOUT_BUF_INIT;
	for (int i = 0; i < 1000; i++)
		readout_buf_printf(&text, "Gu Wenbo, Secretary of the %c%c%c Committee, spoke. ", 'A' + i % 26,
		                   'a' + i / 26 % 26, 'a' + i / 676);
	const readout_record *rec = support_extract(text.data);
	const readout_person *gu = support_person(rec, "Gu Wenbo");
	assert_non_null(gu);
	assert_int_equal(gu->nmentions, 1000);
	/* about sqrt(2 * 100,000) titles fit the budget of a short document */
	assert_in_range(gu->ntitles, 300, 999);
	assert_true(support_has_title(gu, "Secretary of the Aaa Committee"));
	assert_int_equal(rec->nwarnings, 1);
	assert_non_null(strstr(rec->warnings[0], "work budget"));
	assert_non_null(strstr(support_json(rec, "t"), "\"warnings\":[\"work budget"));
	/* a bigger budget keeps them all */
	readout_extract_options opts = READOUT_EXTRACT_OPTIONS_INIT;
	opts.work_per_kb = 20000;
	readout_extractor *ex;
	assert_int_equal(readout_extractor_new(&ex, support_lexicon(), &opts), 0);
	assert_int_equal(readout_extract(&rec, ex, text.data, text.len), 0);
	assert_int_equal(support_person(rec, "Gu Wenbo")->ntitles, 1000);
	assert_int_equal(rec->nwarnings, 0);
	readout_extractor_free(ex);
	readout_buf_dispose(&text);
}

/* Issue 10 left the fixed caps of extraction silent: 16 events, 128 people in a role. A cap
 * reached is now a warning in the record, and what fits is still there. */
static void test_extractor__a_cap_reached_is_a_warning(void **state)
{
	static const char *const surnames[] = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang"};
	static const char *const given[] = {"Ming", "Hua", "Jun", "Lei", "Tao", "Fang", "Qiang", "Bo", "Yan",
	                                    "Hong", "Ping", "Gang", "Wei", "Jie", "Lin", "Xin", "Yu", "Hui",
	                                    "Feng", "Kai", "Ning", "Rong", "Shan", "Xia", "Yun", "Zhen"};
	readout_buf text = READOUT_BUF_INIT;
	readout_buf_printf(&text, "On May 3, the county held a meeting. ");
	for (size_t i = 0; i < 6 * 26; i++)
		readout_buf_printf(&text, "%s%s %s", i ? ", " : "", surnames[i / 26], given[i % 26]);
	readout_buf_printf(&text, " attended the meeting.");
	for (int i = 0; i < 20; i++)
		readout_buf_printf(&text, " Subsequently, the county held a meeting on topic %d.", i);
	const readout_record *rec = support_extract(text.data);
	assert_int_equal(rec->nevents, 16);
	assert_int_equal(rec->events[0].nattended, 128);
	/* and the run of 156 bare names passes the 64 a post after them could reach */
	assert_int_equal(rec->nwarnings, 3);
	assert_non_null(strstr(rec->warnings[0], "more than 16 events"));
	assert_non_null(strstr(rec->warnings[1], "more than 128 people in one role"));
	assert_non_null(strstr(rec->warnings[2], "more than 64 names"));
	readout_buf_dispose(&text);
	rec = support_extract("On May 3, the county held a meeting. Wang Ming attended the meeting.");
	assert_int_equal(rec->nwarnings, 0);
}

static void test_extractor__repairs_invalid_utf8_in_its_copy(void **state)
{
	char text[] = "On May 6, the county \xc3 held a meeting. Gu Wenbo presided.";
	char copy[sizeof text];
	memcpy(copy, text, sizeof text);
	const readout_record *rec = support_extract(text);
	assert_int_equal(rec->repaired_bytes, 1);
	assert_memory_equal(text, copy, sizeof text); /* the caller's text is untouched */
	/* the spans point into the repaired copy, byte for byte the same length */
	const char *fixed = support_span_text((readout_span){0, (uint32_t)strlen(text)});
	assert_int_equal(strlen(fixed), strlen(text));
	assert_memory_equal(fixed, "On May 6, the county ? held", 27);
	const readout_person *gu = support_person(rec, "Gu Wenbo");
	assert_non_null(gu);
	assert_string_equal(support_span_text(gu->mentions[0]), "Gu Wenbo");
}

static void test_extractor__same_text_gives_same_record_after_other_documents(void **state)
{
	readout_extractor *ex;
	assert_int_equal(readout_extractor_new(&ex, support_lexicon(), NULL), 0);
	readout_buf first = READOUT_BUF_INIT, again = READOUT_BUF_INIT;
	const readout_record *rec;
	assert_int_equal(readout_extract(&rec, ex, doc_a, strlen(doc_a)), 0);
	assert_int_equal(readout_record_write_json(&first, "a", rec, 0), 0);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(readout_extract(&rec, ex, doc_b, strlen(doc_b)), 0);
		assert_int_equal(readout_extract(&rec, ex, "", 0), 0);
	}
	assert_int_equal(readout_extract(&rec, ex, doc_a, strlen(doc_a)), 0);
	assert_int_equal(readout_record_write_json(&again, "a", rec, 0), 0);
	assert_string_equal(first.data, again.data);
	readout_buf_dispose(&first);
	readout_buf_dispose(&again);
	readout_extractor_free(ex);
	readout_extractor_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_extractor__refuses_binary_input),
		cmocka_unit_test(test_extractor__refuses_text_over_max_bytes),
		cmocka_unit_test(test_extractor__refuses_document_over_memory_cap),
		cmocka_unit_test(test_extractor__reads_a_readout_after_a_long_punctuation_line),
		cmocka_unit_test(test_extractor__refuses_more_tokens_than_memory_allows),
		cmocka_unit_test(test_extractor__stops_comparing_titles_at_the_work_budget),
		cmocka_unit_test(test_extractor__a_cap_reached_is_a_warning),
		cmocka_unit_test(test_extractor__repairs_invalid_utf8_in_its_copy),
		cmocka_unit_test(test_extractor__same_text_gives_same_record_after_other_documents),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
