/* test_source.c — src/io/source.c: files, folders, JSON Lines and streams. Each bad input
 * (missing, empty, binary, too big, a folder without texts, a malformed line) comes back as
 * one negative code naming it, and the next call goes on with the rest. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* One call of readout_source_next, flattened for comparison: "id|origin" for a document,
 * "ERR <code>|origin|message" for a bad input, "END" at the end. */
static const char *next(readout_source *src)
{
	static char out[8192];
	readout_doc d;
	int rc = readout_source_next(src, &d);
	if (rc == 0)
		return "END";
	if (rc < 0)
		snprintf(out, sizeof out, "ERR %d|%s|%s", rc, d.origin ? d.origin : "(null)", readout_error_message());
	else
		snprintf(out, sizeof out, "%s|%s|%.*s", d.id, d.origin, (int)d.len, d.text);
	return out;
}

static void assert_next(readout_source *src, const char *prefix)
{
	const char *got = next(src);
	if (strncmp(got, prefix, strlen(prefix)) != 0)
		fail_msg("expected '%s...', got '%s'", prefix, got);
}

/* Opens a source over paths relative to dir. */
static readout_source *open_in(const char *dir, const char *const *names, size_t n, size_t max_bytes)
{
	char **paths = calloc(n, sizeof *paths);
	assert_non_null(paths);
	for (size_t i = 0; i < n; i++) {
		paths[i] = malloc(strlen(dir) + strlen(names[i]) + 2);
		assert_non_null(paths[i]);
		sprintf(paths[i], "%s/%s", dir, names[i]);
	}
	readout_source_options opts = READOUT_SOURCE_OPTIONS_INIT;
	if (max_bytes)
		opts.max_bytes = max_bytes;
	readout_source *src;
	assert_int_equal(readout_source_open(&src, (const char *const *)paths, n, &opts), 0);
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
	return src;
}

static void test_source__reads_folder_txt_files_sorted(void **state)
{
	char *dir = support_tempdir();
	char sub[4096];
	snprintf(sub, sizeof sub, "%s/in", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	support_write(sub, "b.txt", "second", 6);
	support_write(sub, "a.txt", "first", 5);
	support_write(sub, "c.md", "not a text", 10);
	support_write(sub, ".hidden.txt", "hidden", 6);
	support_write(sub, "10.txt", "digits sort first", 17);
	const char *names[] = {"in"};
	readout_source *src = open_in(dir, names, 1, 0);
	char want[4200];
	snprintf(want, sizeof want, "10|%s/10.txt|digits sort first", sub);
	assert_string_equal(next(src), want);
	snprintf(want, sizeof want, "a|%s/a.txt|first", sub);
	assert_string_equal(next(src), want);
	snprintf(want, sizeof want, "b|%s/b.txt|second", sub);
	assert_string_equal(next(src), want);
	assert_string_equal(next(src), "END");
	assert_string_equal(next(src), "END");
	readout_source_free(src);
	support_rmdir(dir);
}

static void test_source__reports_each_bad_input_and_goes_on(void **state)
{
	char *dir = support_tempdir();
	char sub[4096];
	snprintf(sub, sizeof sub, "%s/notexts", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	support_write(sub, "readme.md", "x", 1);
	support_write(dir, "empty.txt", "", 0);
	support_write(dir, "binary.txt", "PK\3\4\0\0\1", 7);
	support_write(dir, "good.txt", "Gu Wenbo presided.", 18);
	support_write(dir, "big.txt", "0123456789abcdef0123456789", 26);
	const char *names[] = {"missing.txt", "empty.txt", "binary.txt", "notexts", "big.txt", "good.txt"};
	readout_source *src = open_in(dir, names, 6, 20);
	char want[4200];
	snprintf(want, sizeof want, "ERR %d|%s/missing.txt|", READOUT_ENOTFOUND, dir);
	assert_next(src, want);
	snprintf(want, sizeof want, "ERR %d|%s/empty.txt|empty", READOUT_EINVALID, dir);
	assert_next(src, want);
	snprintf(want, sizeof want, "ERR %d|%s/binary.txt|binary", READOUT_EINVALID, dir);
	assert_next(src, want);
	snprintf(want, sizeof want, "ERR %d|%s/notexts|folder has no .txt", READOUT_EINVALID, dir);
	assert_next(src, want);
	snprintf(want, sizeof want, "ERR %d|%s/big.txt|", READOUT_ETOOBIG, dir);
	assert_next(src, want);
	snprintf(want, sizeof want, "good|%s/good.txt|Gu Wenbo presided.", dir);
	assert_string_equal(next(src), want);
	assert_string_equal(next(src), "END");
	readout_source_free(src);
	support_rmdir(dir);
}

static void test_source__jsonl_malformed_lines_between_good_ones(void **state)
{
	char *dir = support_tempdir();
	const char *jl =
		"{\"id\": \"one\", \"text\": \"First text.\", \"source\": \"x\"}\n"
		"{\"id\": \"two\", \"text\": \"cut short\n"
		"\n"
		"{\"text\": \"No id here.\"}\n"
		"[1, 2, 3]\n"
		"{\"id\": \"notext\"}\n"
		"{\"id\": \"blank\", \"text\": \"\"}\n"
		"{\"id\": 7, \"text\": \"Numeric id.\"}\r\n"
		"{\"id\": \"last\", \"text\": \"No newline at the end.\"}";
	support_write(dir, "in.jsonl", jl, strlen(jl));
	const char *names[] = {"in.jsonl"};
	readout_source *src = open_in(dir, names, 1, 0);
	char want[4200];
	snprintf(want, sizeof want, "one|%s/in.jsonl:1|First text.", dir);
	assert_string_equal(next(src), want);
	snprintf(want, sizeof want, "ERR %d|%s/in.jsonl:2|malformed JSON", READOUT_EINVALID, dir);
	assert_next(src, want);
	/* line 3 is blank and skipped; a line without an id is named after the file and line */
	snprintf(want, sizeof want, "in.jsonl:4|%s/in.jsonl:4|No id here.", dir);
	assert_string_equal(next(src), want);
	snprintf(want, sizeof want, "ERR %d|%s/in.jsonl:5|", READOUT_EINVALID, dir);
	assert_next(src, want);
	snprintf(want, sizeof want, "ERR %d|%s/in.jsonl:6|", READOUT_EINVALID, dir);
	assert_next(src, want);
	snprintf(want, sizeof want, "ERR %d|%s/in.jsonl:7|empty", READOUT_EINVALID, dir);
	assert_next(src, want);
	snprintf(want, sizeof want, "7|%s/in.jsonl:8|Numeric id.", dir);
	assert_string_equal(next(src), want);
	snprintf(want, sizeof want, "last|%s/in.jsonl:9|No newline at the end.", dir);
	assert_string_equal(next(src), want);
	assert_string_equal(next(src), "END");
	readout_source_free(src);
	support_rmdir(dir);
}

static void test_source__jsonl_line_over_the_limit_is_skipped(void **state)
{
	char *dir = support_tempdir();
	/* the line cap is max_bytes * 5/4 + 1024: make one line well over it */
	size_t big = 4000;
	char *jl = malloc(big + 200);
	assert_non_null(jl);
	int n = sprintf(jl, "{\"id\":\"a\",\"text\":\"short\"}\n{\"id\":\"b\",\"text\":\"");
	memset(jl + n, 'x', big);
	n += (int)big;
	n += sprintf(jl + n, "\"}\n{\"id\":\"c\",\"text\":\"%s\"}\n{\"id\":\"d\",\"text\":\"after\"}\n",
	             "0123456789012345678901234567890123456789");
	support_write(dir, "in.jsonl", jl, (size_t)n);
	free(jl);
	const char *names[] = {"in.jsonl"};
	readout_source *src = open_in(dir, names, 1, 32);
	assert_next(src, "a|");
	char want[4200];
	snprintf(want, sizeof want, "ERR %d|%s/in.jsonl:2|line over", READOUT_ETOOBIG, dir);
	assert_next(src, want);
	/* a text over max_bytes on a line under the line cap */
	snprintf(want, sizeof want, "ERR %d|%s/in.jsonl:3|", READOUT_ETOOBIG, dir);
	assert_next(src, want);
	assert_next(src, "d|");
	assert_string_equal(next(src), "END");
	readout_source_free(src);
	support_rmdir(dir);
}

static void test_source__jsonl_line_with_nul_byte_spares_the_next_line(void **state)
{
	char *dir = support_tempdir();
	const char jl[] = "{\"id\":\"n\",\"text\":\"a\0b\"}\n{\"id\":\"after\",\"text\":\"fine\"}\n";
	support_write(dir, "in.jsonl", jl, sizeof jl - 1);
	const char *names[] = {"in.jsonl"};
	readout_source *src = open_in(dir, names, 1, 0);
	assert_next(src, "ERR ");
	assert_next(src, "after|");
	assert_string_equal(next(src), "END");
	readout_source_free(src);
	support_rmdir(dir);
}

static void test_source__json_line_rides_along(void **state)
{
	char *dir = support_tempdir();
	const char *jl = "{\"id\":\"a\",\"text\":\"T\",\"url\":\"http://x\"}\n";
	support_write(dir, "in.jsonl", jl, strlen(jl));
	const char *names[] = {"in.jsonl"};
	readout_source *src = open_in(dir, names, 1, 0);
	readout_doc d;
	assert_int_equal(readout_source_next(src, &d), 1);
	assert_int_equal(d.json_len, strlen(jl) - 1);
	assert_memory_equal(d.json_line, jl, d.json_len);
	readout_source_free(src);
	support_rmdir(dir);
}

/* The meta of each line of content, "-" for none. */
static void assert_metas(const char *content, const char *const *want, size_t n)
{
	char *dir = support_tempdir();
	support_write(dir, "in.jsonl", content, strlen(content));
	const char *names[] = {"in.jsonl"};
	readout_source *src = open_in(dir, names, 1, 0);
	for (size_t i = 0; i < n; i++) {
		readout_doc d;
		assert_int_equal(readout_source_next(src, &d), 1);
		if (!d.meta) {
			assert_string_equal("-", want[i]);
			continue;
		}
		assert_int_equal(d.meta_len, strlen(d.meta));
		assert_string_equal(d.meta, want[i]);
	}
	readout_doc d;
	assert_int_equal(readout_source_next(src, &d), 0);
	readout_source_free(src);
	support_rmdir(dir);
}

/* Issue 9: the members besides "id" and "text" are the document's meta, on the fast path and
 * on jansson's alike; none makes no meta. */
static void test_source__other_members_are_meta(void **state)
{
	const char *jl =
		"{\"id\":\"a\",\"url\":\"http://x/a\",\"text\":\"T\",\"title\":\"Q \\\"t\\\"\",\"n\":1.5,\"ok\":true}\n"
		"{ \"text\" : \"T\" , \"url\" : \"http://x/b\" }\n"
		"{\"id\":2,\"text\":\"T\"}\n"
		"{\"text\":\"T\",\"tags\":[\"p\", {\"k\": null}]}\n"
		"{\"text\":\"T\",\"u\\u0072l\":\"http://x/e\"}\n";
	const char *want[] = {"{\"url\":\"http://x/a\",\"title\":\"Q \\\"t\\\"\",\"n\":1.5,\"ok\":true}",
	                      "{\"url\":\"http://x/b\"}", "-", "{\"tags\":[\"p\",{\"k\":null}]}",
	                      "{\"url\":\"http://x/e\"}"};
	assert_metas(jl, want, 5);
}

/* Bytes that are not UTF-8 inside a member become '?', as in texts: the meta stays JSON. */
static void test_source__meta_is_repaired_utf8(void **state)
{
	const char *jl = "{\"text\":\"T\",\"title\":\"a\xff\xfe b\"}\n";
	const char *want[] = {"{\"title\":\"a?? b\"}"};
	assert_metas(jl, want, 1);
}

static void test_source__stream_reads_jsonl_and_leaves_it_open(void **state)
{
	char jl[] = "{\"id\":\"s1\",\"text\":\"One.\"}\nnot json\n{\"id\":\"s2\",\"text\":\"Two.\"}\n";
	FILE *f = fmemopen(jl, strlen(jl), "r");
	assert_non_null(f);
	readout_source *src;
	assert_int_equal(readout_source_open_stream(&src, f, "mem.jsonl", READOUT_INPUT_JSONL, NULL), 0);
	assert_string_equal(next(src), "s1|mem.jsonl:1|One.");
	char want[64];
	snprintf(want, sizeof want, "ERR %d|mem.jsonl:2|malformed JSON", READOUT_EINVALID);
	assert_next(src, want);
	assert_string_equal(next(src), "s2|mem.jsonl:3|Two.");
	assert_string_equal(next(src), "END");
	readout_source_free(src);
	/* the stream is still the caller's: usable, and closed here exactly once */
	assert_int_equal(fgetc(f), EOF);
	assert_int_equal(fclose(f), 0);
}

static void test_source__stream_sniffs_its_format(void **state)
{
	char jl[] = "\n  {\"id\":\"j\",\"text\":\"JSON.\"}\n";
	FILE *f = fmemopen(jl, strlen(jl), "r");
	readout_source *src;
	assert_int_equal(readout_source_open_stream(&src, f, "stdin", READOUT_INPUT_AUTO, NULL), 0);
	assert_string_equal(next(src), "j|stdin:2|JSON.");
	assert_string_equal(next(src), "END");
	readout_source_free(src);
	fclose(f);

	char txt[] = "Gu Wenbo presided.\n{not json}\n";
	f = fmemopen(txt, strlen(txt), "r");
	assert_int_equal(readout_source_open_stream(&src, f, "notes.txt", READOUT_INPUT_AUTO, NULL), 0);
	assert_string_equal(next(src), "notes|notes.txt|Gu Wenbo presided.\n{not json}\n");
	assert_string_equal(next(src), "END");
	readout_source_free(src);
	fclose(f);
}

static void test_source__stream_text_empty_or_binary_is_refused(void **state)
{
	FILE *f = tmpfile();
	assert_non_null(f);
	readout_source *src;
	assert_int_equal(readout_source_open_stream(&src, f, "empty", READOUT_INPUT_TEXT, NULL), 0);
	char want[64];
	snprintf(want, sizeof want, "ERR %d|empty|empty", READOUT_EINVALID);
	assert_next(src, want);
	assert_string_equal(next(src), "END");
	readout_source_free(src);
	fclose(f);

	char bin[] = "PK\3\4\0\0";
	f = fmemopen(bin, 6, "r");
	assert_int_equal(readout_source_open_stream(&src, f, "scan", READOUT_INPUT_AUTO, NULL), 0);
	snprintf(want, sizeof want, "ERR %d|scan|binary", READOUT_EINVALID);
	assert_next(src, want);
	assert_string_equal(next(src), "END");
	readout_source_free(src);
	fclose(f);
}

static void test_source__stream_text_of_max_bytes_is_accepted_one_more_is_not(void **state)
{
	readout_source_options opts = READOUT_SOURCE_OPTIONS_INIT;
	opts.max_bytes = 10;
	char ten[] = "0123456789", eleven[] = "0123456789a";
	FILE *f = fmemopen(ten, 10, "r");
	readout_source *src;
	assert_int_equal(readout_source_open_stream(&src, f, "ten", READOUT_INPUT_TEXT, &opts), 0);
	assert_string_equal(next(src), "ten|ten|0123456789");
	readout_source_free(src);
	fclose(f);

	f = fmemopen(eleven, 11, "r");
	assert_int_equal(readout_source_open_stream(&src, f, "eleven", READOUT_INPUT_TEXT, &opts), 0);
	char want[64];
	snprintf(want, sizeof want, "ERR %d|eleven|", READOUT_ETOOBIG);
	assert_next(src, want);
	assert_string_equal(next(src), "END");
	readout_source_free(src);
	fclose(f);
}

static void test_source__stream_text_keeps_leading_blanks(void **state)
{
	/* sniffing reads past the blanks; they must still be part of the text, or every span
	 * would be off by their number */
	char txt[] = " \n\tGu Wenbo presided.";
	FILE *f = fmemopen(txt, strlen(txt), "r");
	readout_source *src;
	assert_int_equal(readout_source_open_stream(&src, f, "stdin", READOUT_INPUT_AUTO, NULL), 0);
	assert_string_equal(next(src), "stdin|stdin| \n\tGu Wenbo presided.");
	readout_source_free(src);
	fclose(f);
}

static void test_source__empty_list_and_free_null(void **state)
{
	readout_source *src;
	assert_int_equal(readout_source_open(&src, NULL, 0, NULL), 0);
	assert_string_equal(next(src), "END");
	readout_source_free(src);
	readout_source_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_source__reads_folder_txt_files_sorted),
		cmocka_unit_test(test_source__reports_each_bad_input_and_goes_on),
		cmocka_unit_test(test_source__jsonl_malformed_lines_between_good_ones),
		cmocka_unit_test(test_source__jsonl_line_over_the_limit_is_skipped),
		cmocka_unit_test(test_source__jsonl_line_with_nul_byte_spares_the_next_line),
		cmocka_unit_test(test_source__json_line_rides_along),
		cmocka_unit_test(test_source__other_members_are_meta),
		cmocka_unit_test(test_source__meta_is_repaired_utf8),
		cmocka_unit_test(test_source__stream_reads_jsonl_and_leaves_it_open),
		cmocka_unit_test(test_source__stream_sniffs_its_format),
		cmocka_unit_test(test_source__stream_text_empty_or_binary_is_refused),
		cmocka_unit_test(test_source__stream_text_of_max_bytes_is_accepted_one_more_is_not),
		cmocka_unit_test(test_source__stream_text_keeps_leading_blanks),
		cmocka_unit_test(test_source__empty_list_and_free_null),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
