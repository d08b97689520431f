/* test_fts_rank.c — src/store/fts_rank.c: readout_bm25 gives FTS5's bm25 (negated) for every
 * match, from kept document lengths that follow the table's changes; readout_snippet marks
 * words and phrases in a passage around the first match; the simple form of queries. */
#include "support.h"
#include "store/fts_rank.h"
#include "store/fts_words.h"

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

static const char *const texts[] = {
	"Study and implement the spirit of the 20th National Congress of the Party.",
	"The meeting studied the spirit congress documents in theory and practice, the spirit again.",
	"Firmly support the two establishments and the spirit.",
	("Rural revitalization: rural roads, rural schools and the spirit of rural revitalization in every county of the "
	 "province, reviewed at length by the standing committee in a meeting that lasted the whole day."),
	"A short one.",
};

/* A table named as the store's (its docsize table is the one the lengths come from) or not. */
static sqlite3 *table_of(const char *name, size_t n)
{
	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
	assert_int_equal(fts_words_register(db), SQLITE_OK);
	assert_int_equal(fts_rank_register(db), SQLITE_OK);
	char *sql = sqlite3_mprintf("CREATE VIRTUAL TABLE %s USING fts5(x, tokenize='" FTS_WORDS_TOKENIZER "')", name);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_free(sql);
	for (size_t i = 0; i < n; i++) {
		sql = sqlite3_mprintf("INSERT INTO %s(rowid, x) VALUES(%d, %Q)", name, (int)i + 1, texts[i]);
		assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
		sqlite3_free(sql);
	}
	return db;
}

static int64_t count_of(sqlite3 *db, const char *table, const char *phrase)
{
	char *sql = sqlite3_mprintf("SELECT count(*) FROM %s WHERE %s MATCH %Q", table, table, phrase);
	sqlite3_stmt *st = NULL;
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int64_t n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_free(sql);
	return n;
}

/* Every match of query scores as -bm25(); returns how many matched. */
static int same_scores(sqlite3 *db, const char *table, const char *query)
{
	fts_item items[8];
	int n = fts_simple_phrases(items, 8, query);
	assert_true(n > 0);
	char docs[128] = "";
	size_t o = 0;
	for (int i = 0; i < n; i++) {
		char phrase[64];
		snprintf(phrase, sizeof phrase, "%.*s", (int)items[i].len, query + items[i].start);
		o += (size_t)snprintf(docs + o, sizeof docs - o, "%s%lld", i ? " " : "", (long long)count_of(db, table, phrase));
	}
	char *sql = sqlite3_mprintf("SELECT rowid, " FTS_RANK_FUNCTION "(%s, ?2), bm25(%s) FROM %s WHERE %s MATCH ?1",
	                            table, table, table, table);
	sqlite3_stmt *st = NULL;
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, query, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, docs, -1, SQLITE_STATIC);
	int rows = 0, rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		double ours = sqlite3_column_double(st, 1), theirs = -sqlite3_column_double(st, 2);
		if (fabs(ours - theirs) > 1e-9 * (1 + fabs(theirs)))
			fail_msg("%s, row %lld: %.12g, FTS5 %.12g", query, sqlite3_column_int64(st, 0), ours, theirs);
		rows++;
	}
	assert_int_equal(rc, SQLITE_DONE);
	sqlite3_finalize(st);
	sqlite3_free(sql);
	return rows;
}

static void test_fts_rank__scores_as_fts5_bm25(void **state)
{
	(void)state;
	const char *const tables[] = {"documents_fts", "other"}; /* kept lengths, and FTS5's */
	for (size_t t = 0; t < 2; t++) {
		sqlite3 *db = table_of(tables[t], 4);
		assert_int_equal(same_scores(db, tables[t], "spirit"), 4);
		assert_int_equal(same_scores(db, tables[t], "spirit congress"), 2);
		assert_int_equal(same_scores(db, tables[t], "\"rural revitalization\" spirit"), 1);
		assert_int_equal(same_scores(db, tables[t], "rural"), 1);
		/* another row: the lengths are read again, the weights move */
		char *sql = sqlite3_mprintf("INSERT INTO %s(rowid, x) VALUES(5, %Q); DELETE FROM %s WHERE rowid = 3", tables[t],
		                            "The spirit, the spirit and the spirit of the congress.", tables[t]);
		assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
		sqlite3_free(sql);
		assert_int_equal(same_scores(db, tables[t], "spirit"), 4);
		assert_int_equal(same_scores(db, tables[t], "spirit congress"), 3);
		sqlite3_close(db);
	}
}

static void test_fts_rank__refuses_counts_that_do_not_fit_the_query(void **state)
{
	(void)state;
	sqlite3 *db = table_of("documents_fts", 2);
	sqlite3_stmt *st = NULL;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT " FTS_RANK_FUNCTION "(documents_fts, '3') FROM documents_fts"
	                                        " WHERE documents_fts MATCH 'spirit congress'",
	                                    -1, &st, NULL),
	                 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ERROR);
	assert_non_null(strstr(sqlite3_errmsg(db), "1 document counts for 2 phrases"));
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT " FTS_RANK_FUNCTION "(documents_fts, '3 3 3') FROM documents_fts"
	                                        " WHERE documents_fts MATCH 'spirit congress'",
	                                    -1, &st, NULL),
	                 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ERROR);
	assert_non_null(strstr(sqlite3_errmsg(db), "more document counts than the query's 2 phrases"));
	sqlite3_finalize(st);
	sqlite3_close(db);
}

static const char *snippet(sqlite3 *db, const char *text, const char *query, int ntokens, char *out, size_t cap)
{
	sqlite3_stmt *st = NULL;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT " FTS_SNIPPET_FUNCTION "(?1, ?2, ?3)", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, query, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, ntokens);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(out, cap, "%s", sqlite3_column_type(st, 0) == SQLITE_NULL ? "(null)" : (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return out;
}

static void test_fts_rank__snippets_mark_words_and_phrases_near_the_first_match(void **state)
{
	(void)state;
	sqlite3 *db = table_of("documents_fts", 0);
	char got[512];
	/* the whole text fits: from its first byte, stop words and all */
	assert_string_equal(snippet(db, texts[0], "congress party", 16, got, sizeof got),
	                    "Study and implement the spirit of the 20th National [Congress] of the [Party].");
	/* words are matched as the index folds them; a phrase is marked whole */
	assert_string_equal(snippet(db, texts[3], "\"RURAL revitalization\"", 16, got, sizeof got),
	                    "[Rural revitalization]: rural roads, rural schools and the spirit of [rural revitalization] in "
	                    "every county of the province, reviewed at length by the standing committee...");
	/* a window of 4 words around the first match, "..." where words were left out */
	assert_string_equal(snippet(db, texts[3], "county", 4, got, sizeof got), "...every [county] of the province, reviewed...");
	assert_string_equal(snippet(db, texts[3], "standing committee", 3, got, sizeof got),
	                    "...length by the [standing] [committee]...");
	/* no match (stop words only): the opening words */
	assert_string_equal(snippet(db, texts[3], "\"the of\"", 3, got, sizeof got), "Rural revitalization: rural...");
	assert_string_equal(snippet(db, texts[4], "nothing", 16, got, sizeof got), "A short one.");
	assert_string_equal(snippet(db, "", "nothing", 16, got, sizeof got), "");
	assert_string_equal(snippet(db, NULL, "nothing", 16, got, sizeof got), "(null)");
	sqlite3_stmt *st = NULL;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT " FTS_SNIPPET_FUNCTION "('text', 'text', 65)", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ERROR);
	sqlite3_finalize(st);
	sqlite3_close(db);
}

static void test_fts_rank__knows_the_simple_form(void **state)
{
	(void)state;
	fts_item it[4];
	assert_int_equal(fts_simple_phrases(it, 4, "  Party   building "), 2);
	assert_int_equal(it[0].start, 2);
	assert_int_equal(it[0].len, 5);
	assert_int_equal(it[1].start, 10);
	assert_int_equal(it[1].len, 8);
	assert_int_equal(fts_simple_phrases(it, 4, "\"rural revitalization\" plan_2 中文"), 3);
	assert_int_equal(it[0].len, 22);
	assert_int_equal(fts_simple_phrases(it, 4, ""), 0);
	assert_int_equal(fts_simple_phrases(it, 4, " \t"), 0);
	const char *not_simple[] = {"a OR b", "a AND b", "NOT a", "NEAR(a b)", "a*", "text:a", "(a b)", "\"a", "\"a\"\"b\"",
	                            "a-b", "people's", "a+b", "^a", "a\"b\"", "a b c d e"};
	for (size_t i = 0; i < sizeof not_simple / sizeof *not_simple; i++)
		if (fts_simple_phrases(it, 4, not_simple[i]) != -1)
			fail_msg("'%s' read as simple", not_simple[i]);
	/* lower-case operators are words to FTS5 */
	assert_int_equal(fts_simple_phrases(it, 4, "or and not near"), 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fts_rank__scores_as_fts5_bm25),
		cmocka_unit_test(test_fts_rank__refuses_counts_that_do_not_fit_the_query),
		cmocka_unit_test(test_fts_rank__snippets_mark_words_and_phrases_near_the_first_match),
		cmocka_unit_test(test_fts_rank__knows_the_simple_form),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
