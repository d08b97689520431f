/* test_pipeline.c — src/io/pipeline.c: on any number of threads, results reach the sink in
 * input order, bad inputs keep their place, and the records are the same as on one thread. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Texts of very different lengths, so that with several workers later documents finish
 * before earlier ones and the ordering is really exercised. */
static const char *const paragraph =
	"On May 6, the Songlin Municipal Party Committee held a meeting. Gu Wenbo, Secretary of the "
	"Municipal Party Committee, presided over the meeting and delivered a speech. Tang Lihua, "
	"Fang Zhiyuan and Xu Haoran, members of the Standing Committee of the Municipal Party "
	"Committee, attended. The meeting called for upholding the \xe2\x80\x9ctwo establishments\xe2\x80\x9d.\n";

/* Everything the sink saw, one line per result: origin, code, and the record's JSON. */
typedef struct seen {
	readout_buf log;
	size_t calls, stop_after;
} seen;

static int sink(void *user, const readout_result *r)
{
	seen *s = user;
	readout_buf_printf(&s->log, "%s %d ", r->doc->origin, r->rc);
	if (r->rc == 0) {
		assert_non_null(r->record);
		assert_int_equal(readout_record_write_json(&s->log, r->doc->id, r->record, 0), 0);
	} else {
		assert_null(r->record);
		assert_non_null(r->message);
		readout_buf_puts(&s->log, r->message);
	}
	readout_buf_putc(&s->log, '\n');
	s->calls++;
	return s->stop_after && s->calls == s->stop_after ? 42 : 0;
}

/* Writes 24 documents d00.txt .. d23.txt, one of them empty and one binary. */
static char *make_folder(void)
{
	char *dir = support_tempdir();
	for (int i = 0; i < 24; i++) {
		char name[16];
		snprintf(name, sizeof name, "d%02d.txt", i);
		if (i == 5) {
			support_write(dir, name, "", 0);
			continue;
		}
		if (i == 11) {
			support_write(dir, name, "\0\1\2", 3);
			continue;
		}
		int reps = (i * 7) % 23 + 1; /* 1 .. 23 paragraphs, not monotonic */
		size_t n = strlen(paragraph);
		char *text = malloc(n * (size_t)reps + 1);
		assert_non_null(text);
		for (int r = 0; r < reps; r++)
			memcpy(text + n * (size_t)r, paragraph, n);
		support_write(dir, name, text, n * (size_t)reps);
		free(text);
	}
	return dir;
}

static void run(seen *s, const char *path, unsigned threads)
{
	readout_source *src;
	const char *paths[] = {path};
	assert_int_equal(readout_source_open(&src, paths, 1, NULL), 0);
	readout_pipeline_options opts = READOUT_PIPELINE_OPTIONS_INIT;
	opts.threads = threads;
	int rc = readout_pipeline_run(src, support_lexicon(), &opts, sink, s);
	assert_int_equal(rc, s->stop_after ? 42 : 0);
	readout_source_free(src);
}

static void test_pipeline__threads_deliver_in_input_order_with_same_records(void **state)
{
	char *dir = make_folder();
	seen one = {READOUT_BUF_INIT, 0, 0}, two = {READOUT_BUF_INIT, 0, 0}, four = {READOUT_BUF_INIT, 0, 0};
	run(&one, dir, 1);
	run(&two, dir, 2);
	run(&four, dir, 4);
	assert_int_equal(one.calls, 24);
	assert_string_equal(two.log.data, one.log.data);
	assert_string_equal(four.log.data, one.log.data);
	/* in order: the lines name d00 .. d23 one after the other */
	const char *p = one.log.data;
	for (int i = 0; i < 24; i++) {
		char want[32];
		snprintf(want, sizeof want, "/d%02d.txt ", i);
		const char *hit = strstr(p, want);
		assert_non_null(hit);
		p = hit + 1;
	}
	readout_buf_dispose(&one.log);
	readout_buf_dispose(&two.log);
	readout_buf_dispose(&four.log);
	support_rmdir(dir);
}

static void test_pipeline__bad_inputs_keep_their_place(void **state)
{
	char *dir = make_folder();
	seen s = {READOUT_BUF_INIT, 0, 0};
	run(&s, dir, 2);
	char want[64];
	snprintf(want, sizeof want, "/d05.txt %d empty", READOUT_EINVALID);
	assert_non_null(strstr(s.log.data, want));
	snprintf(want, sizeof want, "/d11.txt %d binary", READOUT_EINVALID);
	assert_non_null(strstr(s.log.data, want));
	assert_true(strstr(s.log.data, "/d04.txt 0 ") < strstr(s.log.data, "/d05.txt "));
	assert_true(strstr(s.log.data, "/d05.txt ") < strstr(s.log.data, "/d06.txt 0 "));
	readout_buf_dispose(&s.log);
	support_rmdir(dir);
}

/* Runs the JSON Lines in jl on 1 and on threads threads: the same calls, in the same order. */
static void same_on_threads(const readout_buf *jl, unsigned threads, size_t calls)
{
	char *dir = support_tempdir();
	support_write(dir, "in.jsonl", jl->data, jl->len);
	char path[4200];
	snprintf(path, sizeof path, "%s/in.jsonl", dir);
	seen one = {READOUT_BUF_INIT, 0, 0}, many = {READOUT_BUF_INIT, 0, 0};
	run(&one, path, 1);
	run(&many, path, threads);
	assert_int_equal(one.calls, calls);
	assert_string_equal(many.log.data, one.log.data);
	readout_buf_dispose(&one.log);
	readout_buf_dispose(&many.log);
	support_rmdir(dir);
}

static void test_pipeline__jsonl_on_threads_matches_one_thread(void **state)
{
	readout_buf jl = READOUT_BUF_INIT;
	for (int i = 0; i < 40; i++) {
		if (i == 17) {
			readout_buf_puts(&jl, "{\"id\": broken\n");
			continue;
		}
		readout_buf_printf(&jl, "{\"id\":\"j%d\",\"text\":\"On May %d, the county held a meeting. "
		                        "Gu Wenbo presided over the meeting.%s\"}\n",
		                   i, i % 28 + 1, i % 3 ? "" : " Tang Lihua and Fang Zhiyuan attended.");
	}
	same_on_threads(&jl, 3, 40);
	readout_buf_dispose(&jl);
}

/* Issue 10: ThreadSanitizer found a data race when slots are reused (a slot's state was set
 * free outside the mutex that the workers read it under). 1,000 documents make 63 batches, so
 * every slot of the ring is reused many times; the TSan build runs this (ctest -L threads). */
static void test_pipeline__many_batches_reuse_the_slots(void **state)
{
	readout_buf jl = READOUT_BUF_INIT;
	for (int i = 0; i < 1000; i++)
		readout_buf_printf(&jl, "{\"id\":\"m%d\",\"text\":\"On May %d, Gu Wenbo presided over a meeting.\"}\n", i,
		                   i % 28 + 1);
	same_on_threads(&jl, 2, 1000);
	readout_buf_dispose(&jl);
}

static void test_pipeline__sink_can_stop_the_run(void **state)
{
	char *dir = make_folder();
	for (unsigned threads = 1; threads <= 3; threads += 2) {
		seen s = {READOUT_BUF_INIT, 0, 3};
		run(&s, dir, threads);
		assert_int_equal(s.calls, 3);
		readout_buf_dispose(&s.log);
	}
	support_rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pipeline__threads_deliver_in_input_order_with_same_records),
		cmocka_unit_test(test_pipeline__bad_inputs_keep_their_place),
		cmocka_unit_test(test_pipeline__jsonl_on_threads_matches_one_thread),
		cmocka_unit_test(test_pipeline__many_batches_reuse_the_slots),
		cmocka_unit_test(test_pipeline__sink_can_stop_the_run),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
