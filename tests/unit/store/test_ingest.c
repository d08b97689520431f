/* test_ingest.c — src/store/ingest.c through readout/ingest.h: batches commit at their caps,
 * figures count only what was committed, a document the store refuses costs only itself,
 * progress is reported and a run can be cancelled with what was read kept. On SQLite; the
 * command's tests (tests/store) run the same protocol on PostgreSQL. */
#include "support.h"

#include "readout/ingest.h"
#include "readout/store.h"

#include <stdio.h>
#include <string.h>

typedef struct seen {
	size_t failures, records, progress, cancel_after;
	char last_failure[256];
} seen;

static void on_failure(void *user, const char *origin, const char *message)
{
	seen *s = user;
	s->failures++;
	snprintf(s->last_failure, sizeof s->last_failure, "%s: %s", origin, message);
}

static void on_record(void *user, const readout_store_doc *doc)
{
	(void)doc;
	((seen *)user)->records++;
}

static void on_progress(void *user, const readout_ingest_stats *stats)
{
	(void)stats;
	((seen *)user)->progress++;
}

static int cancelled(void *user)
{
	seen *s = user;
	return s->cancel_after && s->progress >= s->cancel_after;
}

static readout_store *open_db(const char *dir)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/t.db", dir);
	readout_store *st = NULL;
	if (readout_store_open(&st, path, support_lexicon(), NULL))
		fail_msg("open %s: %s", path, readout_error_message());
	return st;
}

static long long documents(readout_store *st)
{
	readout_store_counts c;
	assert_int_equal(readout_store_counts_get(&c, st), 0);
	return (long long)c.documents;
}

/* Stores text as document id; the record is the shared extractor's. */
static int add_text(readout_ingest *g, const char *id, const char *text)
{
	const readout_record *rec = support_extract(text);
	readout_store_doc doc = {id, id, text, strlen(text), rec->hash, rec, NULL, 0};
	return readout_ingest_add(g, &doc);
}

static const char *const texts[] = {
	"On May 6, the Songlin Municipal Party Committee held a meeting. Gu Wenbo presided.",
	"On May 7, the Songlin County Party Committee held a study session. Fang Zhiyuan spoke.",
	"On May 8, the Lanshui Municipal Government held a symposium. Lu Meng attended.",
	"On May 9, the Provincial Party Committee held a plenary session. Kong Yuxi presided.",
	"On May 10, the county held a training course. Dong Kaiwen gave a lecture.",
};

static void test_ingest__figures_count_what_each_batch_committed(void **state)
{
	(void)state;
	char *dir = support_tempdir();
	readout_store *st = open_db(dir);
	readout_ingest_options o = READOUT_INGEST_OPTIONS_INIT;
	o.batch_docs = 2;
	readout_ingest *g;
	assert_int_equal(readout_ingest_begin(&g, st, &o), 0);
	readout_ingest_stats s;
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(add_text(g, texts[i], texts[i]), 0);
	/* two committed, the third in the open batch */
	readout_ingest_stats_get(g, &s);
	assert_int_equal(s.added, 2);
	assert_int_equal(s.pending, 1);
	assert_int_equal(add_text(g, "again", texts[0]), 0); /* the same text: a duplicate */
	assert_int_equal(readout_ingest_end(g, &s), 0);
	assert_int_equal(s.added, 3);
	assert_int_equal(s.duplicate, 1);
	assert_int_equal(s.failed, 0);
	assert_int_equal(s.pending, 0);
	assert_true(s.bytes > 0);
	assert_int_equal(documents(st), 3);
	readout_store_close(st);
	support_rmdir(dir);
}

static void test_ingest__a_refused_input_costs_only_itself(void **state)
{
	(void)state;
	char *dir = support_tempdir();
	readout_store *st = open_db(dir);
	seen sn = {0};
	readout_ingest_options o = READOUT_INGEST_OPTIONS_INIT;
	o.on_failure = on_failure;
	o.user = &sn;
	readout_ingest *g;
	assert_int_equal(readout_ingest_begin(&g, st, &o), 0);
	assert_int_equal(add_text(g, "a", texts[0]), 0);
	/* a record stored under another text's hash is refused by the store */
	const readout_record *rec = support_extract(texts[1]);
	readout_store_doc forged = {"forged", "forged.jsonl:1", texts[2], strlen(texts[2]), rec->hash, rec, NULL, 0};
	assert_int_equal(readout_ingest_add(g, &forged), 0);
	readout_ingest_refuse(g, "bad.txt", "not UTF-8", 10);
	assert_int_equal(add_text(g, "b", texts[3]), 0);
	readout_ingest_stats s;
	assert_int_equal(readout_ingest_end(g, &s), 0);
	assert_int_equal(s.added, 2);
	assert_int_equal(s.failed, 2);
	assert_int_equal(sn.failures, 2);
	assert_non_null(strstr(sn.last_failure, "bad.txt: not UTF-8"));
	assert_int_equal(documents(st), 2);
	readout_store_close(st);
	support_rmdir(dir);
}

/* A whole run over a source: records and progress reported, a cancelled run keeps what it read. */
static void test_ingest__a_run_reports_and_can_be_cancelled(void **state)
{
	(void)state;
	char *dir = support_tempdir(), *corpus = support_tempdir();
	char name[32];
	for (size_t i = 0; i < 5; i++) {
		snprintf(name, sizeof name, "d%zu.txt", i);
		support_write(corpus, name, texts[i], strlen(texts[i]));
	}
	readout_store *st = open_db(dir);
	seen sn = {0};
	sn.cancel_after = 3;
	readout_ingest_options o = READOUT_INGEST_OPTIONS_INIT;
	o.on_record = on_record;
	o.on_progress = on_progress;
	o.cancelled = cancelled;
	o.user = &sn;
	readout_source *src;
	const char *paths[] = {corpus};
	assert_int_equal(readout_source_open(&src, paths, 1, NULL), 0);
	readout_ingest_stats s;
	assert_int_equal(readout_ingest_run(st, src, support_lexicon(), NULL, &o, &s), READOUT_ECANCELLED);
	readout_source_free(src);
	assert_int_equal(sn.records, 3);
	assert_int_equal(sn.progress, 3);
	assert_int_equal(s.added, 3); /* committed on the way out */
	assert_int_equal(documents(st), 3);
	/* again, not cancelled: only what is new is added */
	sn = (seen){0};
	assert_int_equal(readout_source_open(&src, paths, 1, NULL), 0);
	assert_int_equal(readout_ingest_run(st, src, support_lexicon(), NULL, &o, &s), 0);
	readout_source_free(src);
	assert_int_equal(s.added, 2);
	assert_int_equal(s.duplicate, 3);
	assert_int_equal(documents(st), 5);
	readout_store_close(st);
	support_rmdir(dir);
	support_rmdir(corpus);
}

static void test_ingest__options_of_another_version_are_refused(void **state)
{
	(void)state;
	char *dir = support_tempdir();
	readout_store *st = open_db(dir);
	readout_ingest_options o = READOUT_INGEST_OPTIONS_INIT;
	o.version = 99;
	readout_ingest *g = (readout_ingest *)&o;
	assert_int_equal(readout_ingest_begin(&g, st, &o), READOUT_EINVALID);
	assert_null(g);
	assert_non_null(strstr(readout_error_message(), "version"));
	readout_store_close(st);
	support_rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ingest__figures_count_what_each_batch_committed),
		cmocka_unit_test(test_ingest__a_refused_input_costs_only_itself),
		cmocka_unit_test(test_ingest__a_run_reports_and_can_be_cancelled),
		cmocka_unit_test(test_ingest__options_of_another_version_are_refused),
	};
	return cmocka_run_group_tests(tests, support_setup, support_teardown);
}
