/* test_json.c — src/extract/json.c: the record as JSON parses with jansson, carries every
 * documented key (README "Each output object has ..."), escapes what it must, and says the
 * same thing compact or indented. */
#include "support.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char *const sample =
	" date 2022-10-24 On October 24, the Fengyuan County Party Committee held a meeting. Xu "
	"Haoran, Secretary of the County Party Committee, presided over the meeting and delivered a "
	"speech. Tang Lihua and Fang Zhiyuan attended. The meeting called for upholding the "
	"\xe2\x80\x9ctwo establishments\xe2\x80\x9d.";

static json_t *parse(const char *s)
{
	json_error_t err;
	json_t *j = json_loads(s, 0, &err);
	if (!j)
		fail_msg("JSON does not parse: %s (line %d column %d)\n%s", err.text, err.line, err.column, s);
	return j;
}

static void assert_keys(json_t *obj, const char *const *keys, size_t n, const char *what)
{
	assert_true(json_is_object(obj));
	for (size_t i = 0; i < n; i++)
		if (!json_object_get(obj, keys[i]))
			fail_msg("%s has no key '%s'", what, keys[i]);
}

/* Every [start, end) pair inside v lies within the text. */
static void assert_spans_within(json_t *v, size_t len)
{
	if (json_is_array(v) && json_array_size(v) == 2 && json_is_integer(json_array_get(v, 0))) {
		json_int_t a = json_integer_value(json_array_get(v, 0));
		json_int_t b = json_integer_value(json_array_get(v, 1));
		assert_true(0 <= a && a <= b && (size_t)b <= len);
		return;
	}
	size_t i;
	json_t *x;
	const char *k;
	if (json_is_array(v))
		json_array_foreach(v, i, x) assert_spans_within(x, len);
	else if (json_is_object(v))
		json_object_foreach(v, k, x) assert_spans_within(x, len);
}

static void test_json__has_the_documented_keys(void **state)
{
	const readout_record *rec = support_extract(sample);
	json_t *j = parse(support_json(rec, "doc-1"));
	static const char *const top[] = {"id", "published", "people", "events", "formulations"};
	assert_keys(j, top, 5, "record");
	assert_str(json_string_value(json_object_get(j, "id")), "doc-1");
	assert_str(json_string_value(json_object_get(j, "published")), "2022-10-24");

	json_t *people = json_object_get(j, "people");
	assert_true(json_array_size(people) >= 3);
	static const char *const pk[] = {"name", "titles", "title_spans", "spans"};
	size_t i;
	json_t *x;
	json_array_foreach(people, i, x) {
		assert_keys(x, pk, 4, "person");
		assert_int_equal(json_array_size(json_object_get(x, "titles")),
		                 json_array_size(json_object_get(x, "title_spans")));
	}

	json_t *events = json_object_get(j, "events");
	assert_true(json_array_size(events) >= 1);
	static const char *const ek[] = {"date", "date_partial", "host", "place", "level", "type",
	                                 "format", "size", "duration", "subject", "presided", "spoke",
	                                 "attended", "spans"};
	json_t *e = json_array_get(events, 0);
	assert_keys(e, ek, sizeof ek / sizeof *ek, "event");
	assert_str(json_string_value(json_object_get(e, "date")), "2022-10-24");
	assert_true(json_is_null(json_object_get(e, "date_partial")));
	static const char *const sk[] = {"event", "presided", "spoke", "attended"};
	assert_keys(json_object_get(e, "spans"), sk, 4, "event spans");
	assert_int_equal(json_array_size(json_object_get(e, "presided")),
	                 json_array_size(json_object_get(json_object_get(e, "spans"), "presided")));

	json_t *forms = json_object_get(j, "formulations");
	assert_true(json_array_size(forms) >= 1);
	static const char *const fk[] = {"zh", "pinyin", "forms", "count", "spans"};
	json_array_foreach(forms, i, x) {
		assert_keys(x, fk, 5, "formulation");
		assert_int_equal(json_integer_value(json_object_get(x, "count")),
		                 json_array_size(json_object_get(x, "spans")));
	}
	assert_null(json_object_get(j, "warnings"));
	assert_spans_within(j, strlen(sample));
	json_decref(j);
}

static void test_json__compact_and_indented_say_the_same(void **state)
{
	const readout_record *rec = support_extract(sample);
	readout_buf a = READOUT_BUF_INIT, b = READOUT_BUF_INIT;
	assert_int_equal(readout_record_write_json(&a, "x", rec, 0), 0);
	assert_int_equal(readout_record_write_json(&b, "x", rec, 1), 0);
	assert_null(memchr(a.data, '\n', a.len));
	assert_non_null(memchr(b.data, '\n', b.len));
	json_t *ja = parse(a.data), *jb = parse(b.data);
	assert_true(json_equal(ja, jb));
	json_decref(ja);
	json_decref(jb);
	readout_buf_dispose(&a);
	readout_buf_dispose(&b);
}

static void test_json__escapes_quotes_backslashes_and_controls(void **state)
{
	const readout_record *rec = support_extract(sample);
	const char *id = "a\"b\\c\nd\te\x01";
	json_t *j = parse(support_json(rec, id));
	assert_str(json_string_value(json_object_get(j, "id")), id);
	json_decref(j);
}

static void test_json__null_id_and_empty_record(void **state)
{
	const readout_record *rec = support_extract("Nothing happened.");
	json_t *j = parse(support_json(rec, NULL));
	assert_true(json_is_null(json_object_get(j, "id")));
	assert_true(json_is_null(json_object_get(j, "published")));
	assert_int_equal(json_array_size(json_object_get(j, "people")), 0);
	assert_int_equal(json_array_size(json_object_get(j, "formulations")), 0);
	json_decref(j);
}

static void test_json__warns_about_repaired_bytes(void **state)
{
	const readout_record *rec = support_extract("On May 6, the county \xff\xfe held a meeting. Gu Wenbo presided.");
	assert_int_equal(rec->repaired_bytes, 2);
	json_t *j = parse(support_json(rec, "r"));
	json_t *w = json_object_get(j, "warnings");
	assert_int_equal(json_array_size(w), 1);
	assert_non_null(strstr(json_string_value(json_array_get(w, 0)), "2 invalid UTF-8 bytes"));
	json_decref(j);
}

static void test_json__reports_a_full_buffer(void **state)
{
	const readout_record *rec = support_extract(sample);
	readout_buf b = READOUT_BUF_INIT;
	b.limit = 64;
	assert_int_equal(readout_record_write_json(&b, "x", rec, 1), READOUT_ETOOBIG);
	assert_true(b.len <= 64);
	readout_buf_dispose(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json__has_the_documented_keys),
		cmocka_unit_test(test_json__compact_and_indented_say_the_same),
		cmocka_unit_test(test_json__escapes_quotes_backslashes_and_controls),
		cmocka_unit_test(test_json__null_id_and_empty_record),
		cmocka_unit_test(test_json__warns_about_repaired_bytes),
		cmocka_unit_test(test_json__reports_a_full_buffer),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
