/* test_run.c — src/reuse/run.c through the public API (readout/reuse.h) on an SQLite store:
 * what a run aligns and stores, that threads change nothing, that results of other settings
 * are not mixed, and what the summary counts. The behaviours on both backends, through the
 * CLI, are in tests/reuse/behaviour.sh. */
#include "support.h"

#include "readout/reuse.h"
#include "readout/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SHARED                                                                                     \
	"The meeting required that the water level of every reservoir in the Haihe basin be lowered "  \
	"before the next storm, that sluice gates be tested by the operators who run them, and that "  \
	"county water bureaus report the condition of small dams every Monday morning."

static const char *const texts[][2] = {
	{"a", "Release time: 2022-07-01 09:00 Source: Xinhua\n\nOn June 30, the State Council held an executive "
	      "meeting on flood control.\n\n" SHARED "\n\nThe meeting also approved a plan for rural roads."},
	{"b", "Date of issue: 2022-07-05\n\nThe Hebei Provincial Party Committee met on July 4 about the harvest.\n\n"
	      "Wheat yields in the south of the province rose by a tenth.\n\n" SHARED},
	{"c", "2022-07-09 10:00\n\nTeachers in Baoding will be paid on time, the county government said on July 8, "
	      "and new dormitories will open in September for pupils from distant villages."},
	{"d", NULL}, /* stored without its text */
};

typedef struct fixture {
	char *dir;
	char loc[1024];
} fixture;

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof *f);
	assert_non_null(f);
	f->dir = support_tempdir();
	snprintf(f->loc, sizeof f->loc, "%s/reuse.db", f->dir);
	readout_store *st;
	assert_int_equal(readout_store_open(&st, f->loc, support_lexicon(), NULL), 0);
	assert_int_equal(readout_store_begin(st), 0);
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		const char *text = texts[i][1] ? texts[i][1] : "A record without its text, as --from-extracted may store.";
		const readout_record *rec = support_extract(text);
		readout_store_doc d = {texts[i][0], texts[i][0], texts[i][1], texts[i][1] ? strlen(text) : 0, NULL, rec, NULL, 0};
		char hash[33];
		if (!texts[i][1]) {
			readout_store_hash(hash, text, strlen(text));
			d.hash = hash;
		}
		int added = 0;
		assert_int_equal(readout_store_add(st, &d, &added), 0);
		assert_int_equal(added, 1);
	}
	assert_int_equal(readout_store_commit(st), 0);
	readout_store_close(st);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	support_rmdir(f->dir);
	free(f);
	return 0;
}

static readout_store *open_store(const fixture *f)
{
	readout_store *st = NULL;
	int rc = readout_store_open(&st, f->loc, NULL, NULL);
	if (rc)
		fail_msg("open %s: %s", f->loc, readout_error_message());
	return st;
}

/* Runs reuse with opts; fails the test on an error. */
static readout_reuse_summary run(const fixture *f, const readout_reuse_options *o)
{
	readout_store *st = open_store(f);
	readout_reuse_summary s;
	int rc = readout_reuse_run(&s, st, o);
	if (rc)
		fail_msg("reuse: %s", readout_error_message());
	readout_store_close(st);
	return s;
}

/* The list as text: one line per row, cells tab-separated. malloc'd. */
static char *listed(const fixture *f, int what)
{
	readout_store *st = open_store(f);
	readout_cursor *c = NULL;
	readout_answer *t = NULL;
	assert_int_equal(readout_reuse_list(&c, st, what, NULL), 0);
	assert_int_equal(readout_answer_read(&t, c), 0);
	readout_cursor_free(c);
	size_t cap = 1 << 16, n = 0;
	char *out = calloc(cap, 1);
	for (size_t r = 0; r < t->nrows; r++)
		for (size_t k = 0; k < t->ncols; k++) {
			char v[64] = "";
			const readout_cell *cell = readout_answer_cell(t, r, k);
			if (cell->type == READOUT_TYPE_INTEGER)
				snprintf(v, sizeof v, "%lld", (long long)cell->i);
			else if (cell->type == READOUT_TYPE_REAL)
				snprintf(v, sizeof v, "%.15g", cell->r);
			n += (size_t)snprintf(out + n, cap - n, "%s%s",
			                      cell->type == READOUT_TYPE_TEXT || cell->type == READOUT_TYPE_DATE ? cell->s : v,
			                      k + 1 < t->ncols ? "\t" : "\n");
			assert_true(n < cap);
		}
	readout_answer_free(t);
	readout_store_close(st);
	return out;
}

static void test_run__stores_the_pairs_of_new_documents(void **state)
{
	fixture *f = *state;
	readout_reuse_options o = READOUT_REUSE_OPTIONS_INIT;
	readout_reuse_summary s = run(f, &o);
	assert_int_equal(s.documents, 3);
	assert_int_equal(s.without_text, 1);
	assert_int_equal(s.new_documents, 3);
	assert_int_equal(s.pairs, 1);
	assert_int_equal(s.passages, 1);
	char *pairs = listed(f, READOUT_REUSE_PAIRS);
	assert_true(strncmp(pairs, "a\tb\t2022-07-01\t2022-07-05\tcentral\tprovincial\tdate\t1\t", 48) == 0);
	free(pairs);
	/* a second run has nothing to align */
	s = run(f, &o);
	assert_int_equal(s.new_documents, 0);
	assert_int_equal(s.candidate_pairs, 0);
	assert_int_equal(s.pairs, 0);
}

static void test_run__gives_the_same_results_on_any_number_of_threads(void **state)
{
	fixture *f = *state;
	readout_reuse_options o = READOUT_REUSE_OPTIONS_INIT;
	run(f, &o);
	char *one = listed(f, READOUT_REUSE_PASSAGES);
	o.threads = 3;
	o.rebuild = 1;
	readout_reuse_summary s = run(f, &o);
	assert_int_equal(s.new_documents, 3);
	char *three = listed(f, READOUT_REUSE_PASSAGES);
	assert_string_equal(one, three);
	assert_non_null(strstr(one, "sluice gates be tested by the operators who run them"));
	free(one);
	free(three);
}

static void test_run__refuses_results_of_other_settings(void **state)
{
	fixture *f = *state;
	readout_reuse_options o = READOUT_REUSE_OPTIONS_INIT;
	run(f, &o);
	o.max_df = 50;
	readout_store *st = open_store(f);
	readout_reuse_summary s;
	assert_int_equal(readout_reuse_run(&s, st, &o), READOUT_EINVALID);
	assert_non_null(strstr(readout_error_message(), "made with ngram=4 max_df=100"));
	assert_non_null(strstr(readout_error_message(), "--rebuild"));
	o.rebuild = 1;
	assert_int_equal(readout_reuse_run(&s, st, &o), 0);
	assert_int_equal(s.new_documents, 3);
	readout_store_close(st);
}

typedef struct seen {
	int reading, indexing, aligning, writing;
} seen;

static void note(void *user, const char *stage, size_t done, size_t total)
{
	seen *s = user;
	(void)done, (void)total;
	s->reading += !strcmp(stage, "reading");
	s->indexing += !strcmp(stage, "indexing");
	s->aligning += !strcmp(stage, "aligning");
	s->writing += !strcmp(stage, "writing");
}

static void test_run__reports_progress_by_stage(void **state)
{
	fixture *f = *state;
	seen s = {0};
	readout_reuse_options o = READOUT_REUSE_OPTIONS_INIT;
	o.progress = note;
	o.progress_user = &s;
	run(f, &o);
	assert_true(s.reading && s.indexing && s.aligning && s.writing);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_run__stores_the_pairs_of_new_documents, setup, teardown),
		cmocka_unit_test_setup_teardown(test_run__gives_the_same_results_on_any_number_of_threads, setup, teardown),
		cmocka_unit_test_setup_teardown(test_run__refuses_results_of_other_settings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_run__reports_progress_by_stage, setup, teardown),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
