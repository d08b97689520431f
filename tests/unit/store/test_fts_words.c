/* test_fts_words.c — src/store/fts_words.c: the full-text tokenizer leaves English stop words
 * out of documents and queries alike, keeps them in prefix queries, and reaches other SQLite
 * programs through the readout_fts extension. */
#include "support.h"
#include "store/fts_words.h"

#include <sqlite3.h>
#include <string.h>

static void test_fts_words__knows_the_stop_words_and_nothing_else(void **state)
{
	(void)state;
	const char *stop[] = {"the", "of", "and", "a", "to", "in", "with", "there", "their", "these"};
	for (size_t i = 0; i < sizeof stop / sizeof *stop; i++)
		assert_true(fts_is_stop_word(stop[i], strlen(stop[i])));
	const char *kept[] = {"party", "spirit", "thee", "ofs", "the20th", "two", "i", "", "establishments"};
	for (size_t i = 0; i < sizeof kept / sizeof *kept; i++)
		assert_false(fts_is_stop_word(kept[i], strlen(kept[i])));
	assert_true(fts_is_stop_word("then", 4));
	assert_false(fts_is_stop_word("the", 2)); /* "th" */
}

static sqlite3 *index_of(const char *const *texts, size_t n, bool registered)
{
	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
	if (registered)
		assert_int_equal(fts_words_register(db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='" FTS_WORDS_TOKENIZER "')",
	                              NULL, NULL, NULL),
	                 SQLITE_OK);
	for (size_t i = 0; i < n; i++) {
		char *sql = sqlite3_mprintf("INSERT INTO t(rowid, x) VALUES(%d, %Q)", (int)i + 1, texts[i]);
		assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
		sqlite3_free(sql);
	}
	return db;
}

/* The rowids matching q, as "1,3" ("" for none). */
static const char *matches(sqlite3 *db, const char *q, char *out, size_t cap)
{
	sqlite3_stmt *st = NULL;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid", -1, &st, NULL),
	                 SQLITE_OK);
	sqlite3_bind_text(st, 1, q, -1, SQLITE_STATIC);
	size_t len = 0;
	out[0] = '\0';
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && len + 12 < cap)
		len += (size_t)snprintf(out + len, cap - len, "%s%lld", len ? "," : "", sqlite3_column_int64(st, 0));
	assert_int_equal(rc, SQLITE_DONE);
	sqlite3_finalize(st);
	return out;
}

static const char *const texts[] = {
	"Study and implement the spirit of the 20th National Congress of the Party.",
	"The meeting studied the spirit congress documents in theory and practice.",
	"Firmly support the two establishments.",
};

static void test_fts_words__drops_stop_words_from_documents_and_queries(void **state)
{
	(void)state;
	sqlite3 *db = index_of(texts, 3, true);
	char got[64];
	assert_string_equal(matches(db, "spirit", got, sizeof got), "1,2");
	assert_string_equal(matches(db, "the", got, sizeof got), ""); /* not indexed */
	/* FTS5 reads a phrase of stop words only as one that matches nothing, even beside
	 * others: `readout search` drops bare stop words from queries (store/query.c) */
	assert_string_equal(matches(db, "spirit AND the", got, sizeof got), "");
	/* a phrase skips its stop words, as the documents' positions do */
	assert_string_equal(matches(db, "\"spirit of the congress\"", got, sizeof got), "2");
	assert_string_equal(matches(db, "\"spirit of the 20th\"", got, sizeof got), "1");
	assert_string_equal(matches(db, "\"two establishments\"", got, sizeof got), "3");
	assert_string_equal(matches(db, "\"support two\"", got, sizeof got), "3");
	/* a prefix keeps its stop word: "the*" asks for words starting with "the" */
	assert_string_equal(matches(db, "the*", got, sizeof got), "2"); /* "theory" */
	/* highlights fall on the words matched, counted as the index counts them */
	sqlite3_stmt *st = NULL;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH 'congress' ORDER BY rowid",
	                                    -1, &st, NULL),
	                 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_non_null(strstr((const char *)sqlite3_column_text(st, 0), "20th National [Congress] of"));
	sqlite3_finalize(st);
	sqlite3_close(db);
}

/* Without the tokenizer SQLite cannot open such an index; the extension brings it. */
static void test_fts_words__other_programs_load_it_as_an_extension(void **state)
{
	(void)state;
	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='" FTS_WORDS_TOKENIZER "')",
	                                  NULL, NULL, NULL),
	                     SQLITE_OK);
	assert_int_equal(sqlite3_enable_load_extension(db, 1), SQLITE_OK);
	char *err = NULL;
	int rc = sqlite3_load_extension(db, READOUT_TEST_FTS_EXTENSION, NULL, &err);
	if (rc != SQLITE_OK)
		fail_msg("load %s: %s", READOUT_TEST_FTS_EXTENSION, err ? err : "?");
	assert_int_equal(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='" FTS_WORDS_TOKENIZER "');"
	                                  "INSERT INTO t(rowid, x) VALUES(1, 'The spirit of the congress')",
	                              NULL, NULL, NULL),
	                 SQLITE_OK);
	char got[64];
	assert_string_equal(matches(db, "\"spirit congress\"", got, sizeof got), "1");
	assert_string_equal(matches(db, "the", got, sizeof got), "");
	sqlite3_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fts_words__knows_the_stop_words_and_nothing_else),
		cmocka_unit_test(test_fts_words__drops_stop_words_from_documents_and_queries),
		cmocka_unit_test(test_fts_words__other_programs_load_it_as_an_extension),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
