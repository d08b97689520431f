/* store/fts_words.h — the full-text tokenizer of SQLite stores (internal): FTS5's unicode61,
 * without English stop words ("the", "of", "and"...). They are two words in five of a readout
 * and a quarter of the work of indexing one, and nobody searches for them; PostgreSQL stores
 * leave them out of their tsvector as well. Positions count the words kept, in documents and
 * queries alike, so a phrase with a stop word in it ("study of the spirit") finds the text
 * with any or no stop words there ("study the spirit"). Prefix queries ("the*") keep theirs.
 *
 * Registered as "readout_words" on every connection readout opens; other SQLite tools load it
 * from the readout_fts extension (docs/schema.md). */
#ifndef READOUT_STORE_FTS_WORDS_H
#define READOUT_STORE_FTS_WORDS_H

#include <stdbool.h>
#include <stddef.h>

#ifdef READOUT_FTS_EXTENSION
#include <sqlite3ext.h>
#else
#include <sqlite3.h>
#endif

#define FTS_WORDS_TOKENIZER "readout_words"

/* Whether the word of n bytes is a stop word, in any case. */
bool fts_is_stop_word(const char *word, size_t n);

/* The connection's FTS5 API, as SQLite documents obtaining it, or NULL (no FTS5). */
fts5_api *fts_words_api(sqlite3 *db);

/* Registers the tokenizer on db: SQLITE_OK, or an SQLite error code (SQLITE_ERROR when the
 * library has no FTS5). */
int fts_words_register(sqlite3 *db);

#endif
