/* readout_fts.c — the loadable SQLite extension that lets other SQLite tools search a readout
 * database: it registers the full-text tokenizer the database's index was made with
 * (src/store/fts_words.h). `.load path/to/readout_fts` in the sqlite3 shell;
 * load_extension() elsewhere. */
#ifndef READOUT_FTS_EXTENSION
#error "built with READOUT_FTS_EXTENSION (CMakeLists.txt), as store/fts_words.c is for it"
#endif
#include "store/fts_words.h"

/* The loader's table of SQLite functions, which SQLite's extension interface keeps in one
 * global pointer, set once at load. */
SQLITE_EXTENSION_INIT1

/* The entry point SQLite derives from the file name readout_fts. */
int sqlite3_readoutfts_init(sqlite3 *db, char **err, const sqlite3_api_routines *api)
{
	SQLITE_EXTENSION_INIT2(api);
	int rc = fts_words_register(db);
	if (rc != SQLITE_OK && err)
		*err = sqlite3_mprintf("readout_fts: this SQLite has no FTS5");
	return rc;
}
