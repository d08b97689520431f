/* test_record_read.c — src/io/record_read.c: reading readout's JSON records back
 * (`ingest --from-extracted`). What readout writes reads back to the same JSON; a record that
 * readout could not have written (a negative count, a span outside its text, a hash that is not
 * its text's, an unbounded id, a malformed span) is refused with a reason, never stored. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const text =
	"On May 6, the Songlin Municipal Party Committee held a meeting. Gu Wenbo, Secretary of the "
	"Municipal Party Committee, presided over the meeting. The meeting stressed the "
	"\xe2\x80\x9ctwo establishments\xe2\x80\x9d.";

/* The extractor's record of text, written with its text. */
static char *extracted_json(void)
{
	const readout_record *rec = support_extract(text);
	readout_buf out = READOUT_BUF_INIT;
	assert_int_equal(readout_record_write_json_text(&out, "doc", rec, 0, text, strlen(text)), 0);
	return out.data;
}

/* json with the first occurrence of from replaced by to (a fresh string). */
static char *edited(const char *json, const char *from, const char *to)
{
	const char *at = strstr(json, from);
	assert_non_null(at);
	size_t head = (size_t)(at - json), fl = strlen(from), tl = strlen(to);
	char *out = malloc(strlen(json) - fl + tl + 1);
	assert_non_null(out);
	memcpy(out, json, head);
	memcpy(out + head, to, tl);
	strcpy(out + head + tl, at + fl);
	return out;
}

/* Parses json and expects a refusal whose message contains why. */
static void assert_refused(const char *json, const char *why)
{
	readout_parsed *p = (readout_parsed *)1;
	int rc = readout_record_parse(&p, json, strlen(json));
	if (rc == 0) {
		readout_parsed_free(p);
		fail_msg("accepted: %s", json);
	}
	assert_int_equal(rc, READOUT_EINVALID);
	assert_null(p);
	if (!strstr(readout_error_message(), why))
		fail_msg("message \"%s\" does not say \"%s\"", readout_error_message(), why);
}

static void test_record_read__round_trip_gives_the_same_json(void **state)
{
	char *json = extracted_json();
	readout_parsed *p;
	assert_int_equal(readout_record_parse(&p, json, strlen(json)), 0);
	assert_string_equal(p->text, text);
	readout_buf again = READOUT_BUF_INIT;
	assert_int_equal(readout_record_write_json_text(&again, p->id, &p->record, 0, p->text, p->len), 0);
	assert_string_equal(again.data, json);
	readout_parsed_free(p);
	readout_buf_dispose(&again);
	free(json);
}

/* Issue 9: a record's meta reads back as compact JSON and is written back the same. */
static void test_record_read__meta_round_trips(void **state)
{
	const readout_record *rec = support_extract(text);
	const char *meta = "{\"url\":\"https://gov.example/a\",\"title\":\"A\",\"tags\":[1,2]}";
	readout_json_extras x = {meta, strlen(meta), text, strlen(text)};
	readout_buf out = READOUT_BUF_INIT, again = READOUT_BUF_INIT;
	assert_int_equal(readout_record_write_json_with(&out, "doc", rec, 0, &x), 0);
	readout_parsed *p;
	assert_int_equal(readout_record_parse(&p, out.data, out.len), 0);
	assert_string_equal(p->meta, meta);
	assert_int_equal(p->meta_len, strlen(meta));
	readout_json_extras y = {p->meta, p->meta_len, p->text, p->len};
	assert_int_equal(readout_record_write_json_with(&again, p->id, &p->record, 0, &y), 0);
	assert_string_equal(again.data, out.data);
	readout_parsed_free(p);
	readout_buf_dispose(&out);
	readout_buf_dispose(&again);
}

static void test_record_read__no_meta_is_null(void **state)
{
	char *json = extracted_json();
	readout_parsed *p;
	assert_int_equal(readout_record_parse(&p, json, strlen(json)), 0);
	assert_null(p->meta);
	readout_parsed_free(p);
	char *null_meta = edited(json, "\"hash\"", "\"meta\":null,\"hash\"");
	assert_int_equal(readout_record_parse(&p, null_meta, strlen(null_meta)), 0);
	assert_null(p->meta);
	readout_parsed_free(p);
	free(null_meta);
	free(json);
}

static void test_record_read__refuses_a_meta_that_is_not_an_object(void **state)
{
	char *json = extracted_json();
	char *bad = edited(json, "\"hash\"", "\"meta\":\"http://x\",\"hash\"");
	assert_refused(bad, "\"meta\" is not an object");
	free(bad);
	free(json);
}

/* Issue 10: "count": -1 was accepted, written back as 18446744073709551615, then refused. */
static void test_record_read__refuses_a_negative_count(void **state)
{
	char *json = extracted_json();
	char *bad = edited(json, "\"count\":1", "\"count\":-1");
	assert_refused(bad, "count");
	free(bad);
	bad = edited(json, "\"count\":1", "\"count\":1.5");
	assert_refused(bad, "count");
	free(bad);
	free(json);
}

/* json with its first "spans":[[...]] (a person's mentions) replaced by spans. */
static char *with_spans(const char *json, const char *spans)
{
	const char *at = strstr(json, "\"spans\":[[");
	assert_non_null(at);
	const char *end = strstr(at, "]]");
	assert_non_null(end);
	end += 2;
	size_t head = (size_t)(at - json), sl = strlen(spans);
	char *out = malloc(strlen(json) + sl + 1);
	assert_non_null(out);
	memcpy(out, json, head);
	memcpy(out + head, spans, sl);
	strcpy(out + head + sl, end);
	return out;
}

/* Issue 10: spans past the end of the text were stored. */
static void test_record_read__refuses_spans_outside_the_text(void **state)
{
	char *json = extracted_json();
	char past[64];
	snprintf(past, sizeof past, "\"spans\":[[%zu,%zu]]", strlen(text) - 2, strlen(text) + 5);
	const char *const bad_spans[] = {past, "\"spans\":[[-3,8]]", "\"spans\":[[8,2]]", "\"spans\":[[0,\"8\"]]",
	                                 "\"spans\":[[0]]", "\"spans\":[[0,4294967296]]", "\"spans\":[7]"};
	for (size_t i = 0; i < sizeof bad_spans / sizeof *bad_spans; i++) {
		char *bad = with_spans(json, bad_spans[i]);
		assert_refused(bad, "span");
		free(bad);
	}
	/* a span that ends at the text's end is fine */
	char last[64];
	snprintf(last, sizeof last, "\"spans\":[[0,%zu]]", strlen(text));
	char *ok = with_spans(json, last);
	readout_parsed *p;
	assert_int_equal(readout_record_parse(&p, ok, strlen(ok)), 0);
	readout_parsed_free(p);
	free(ok);
	free(json);
}

/* Issue 10: the store took the file's "hash" on faith, so a line with a real document's hash
 * and other text was stored under it, and the real document then skipped. */
static void test_record_read__refuses_a_hash_that_is_not_the_texts(void **state)
{
	char *json = extracted_json();
	char *other = edited(json, "Gu Wenbo, Secretary", "Xu Haoran, Secretary");
	assert_refused(other, "hash");
	char *upper = edited(json, "\"hash\":\"", "\"hash\":\"X");
	assert_refused(upper, "hash");
	free(other);
	free(upper);
	free(json);
}

static void test_record_read__refuses_records_readout_cannot_write(void **state)
{
	char *json = extracted_json();
	/* an id of 100,000 bytes */
	size_t n = 100000;
	char *id = malloc(n + 16);
	assert_non_null(id);
	strcpy(id, "\"id\":\"");
	memset(id + 6, 'x', n);
	strcpy(id + 6 + n, "\"");
	char *long_id = edited(json, "\"id\":\"doc\"", id);
	assert_refused(long_id, "id");
	/* a NUL inside a string */
	char *nul = edited(json, "\"name\":\"Gu Wenbo\"", "\"name\":\"Gu\\u0000Wenbo\"");
	assert_refused(nul, "NUL");
	/* people that are not a list */
	char *people = edited(json, "\"people\":[", "\"people\":{\"a\":[");
	char *closed = edited(people, "],\"events\"", "]},\"events\"");
	assert_refused(closed, "people");
	free(id);
	free(long_id);
	free(nul);
	free(people);
	free(closed);
	free(json);
}

/* The warnings of a record (here: a repaired byte) are part of it. */
static void test_record_read__keeps_warnings(void **state)
{
	const char *bad = "On May 6, Gu Wenbo \xc3 presided over the meeting.";
	const readout_record *rec = support_extract(bad);
	readout_buf out = READOUT_BUF_INIT, again = READOUT_BUF_INIT;
	assert_int_equal(readout_record_write_json(&out, "w", rec, 0), 0);
	assert_non_null(strstr(out.data, "\"warnings\":[\"1 invalid UTF-8 bytes"));
	readout_parsed *p;
	assert_int_equal(readout_record_parse(&p, out.data, out.len), 0);
	assert_int_equal(p->record.nwarnings, 1);
	assert_int_equal(readout_record_write_json(&again, p->id, &p->record, 0), 0);
	assert_string_equal(again.data, out.data);
	readout_parsed_free(p);
	readout_buf_dispose(&out);
	readout_buf_dispose(&again);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_record_read__round_trip_gives_the_same_json),
		cmocka_unit_test(test_record_read__meta_round_trips),
		cmocka_unit_test(test_record_read__no_meta_is_null),
		cmocka_unit_test(test_record_read__refuses_a_meta_that_is_not_an_object),
		cmocka_unit_test(test_record_read__refuses_a_negative_count),
		cmocka_unit_test(test_record_read__refuses_spans_outside_the_text),
		cmocka_unit_test(test_record_read__refuses_a_hash_that_is_not_the_texts),
		cmocka_unit_test(test_record_read__refuses_records_readout_cannot_write),
		cmocka_unit_test(test_record_read__keeps_warnings),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
