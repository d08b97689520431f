/* store/fts_rank.h — ranking and snippets of SQLite searches (internal). FTS5's own ORDER BY
 * rank scores every match through bm25(), which counts each phrase's documents by reading
 * its whole doclist again and looks each match's length up in the docsize table; its
 * snippet() tokenizes every listed document whole. These SQL functions do the same sums
 * with what the store already knows (bench/README.md, "The web server"):
 *
 *   readout_bm25(documents_fts, docs)  FTS5 auxiliary function: the bm25 score of the current
 *       match (positive: higher is better; FTS5's bm25() is its negative), k1 1.2, b 0.75,
 *       idf as FTS5's. docs is the text "n1 n2 ...": the documents each phrase of the query
 *       matches, in the query's order, counted by the caller (who can keep them). Document
 *       lengths come from a copy of the docsize table held per connection, read again when
 *       the database has changed.
 *   readout_snippet(text, query, ntokens)  scalar: the first passage of ntokens words with a
 *       match of the query (bare words and "quoted phrases" only), the matches in [brackets],
 *       "..." where text was left out. Tokenizing stops at the end of that passage.
 *
 * Registered on every connection readout opens (db_sqlite.c), after fts_words_register. */
#ifndef READOUT_STORE_FTS_RANK_H
#define READOUT_STORE_FTS_RANK_H

#include <sqlite3.h>
#include <stddef.h>

#define FTS_RANK_FUNCTION "readout_bm25"
#define FTS_SNIPPET_FUNCTION "readout_snippet"

/* One item of a query in the simple form: its bytes, quotes included. */
typedef struct fts_item {
	size_t start, len;
} fts_item;

/* The items of a query made only of bare words (FTS5's: letters, digits, _ and every
 * non-ASCII byte; not AND, OR, NOT, NEAR) and "quoted phrases" (no escaped quotes), separated
 * by white space: each is one FTS5 phrase, in order, and the query their conjunction. Writes
 * at most max into out and returns how many (0 for a blank query); -1 for anything else
 * (operators, prefixes, columns, groups) or more than max items. */
int fts_simple_phrases(fts_item *out, int max, const char *query);

/* Registers both functions on db: SQLITE_OK, or an SQLite error code. */
int fts_rank_register(sqlite3 *db);

#endif
