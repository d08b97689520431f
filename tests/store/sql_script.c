/* sql_script.c — runs an SQL script (standard input) on an SQLite file, with readout's
 * full-text tokenizer registered: the store tests make databases of earlier schema versions
 * from fixtures (tests/store/migrations) with it. The sqlite3 program could load the
 * tokenizer's extension, but not one built with the sanitizers. Test code only: it includes
 * sqlite3.h and the store's tokenizer, as no program of readout's may. */
#include "store/fts_words.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: sql_script DB < SCRIPT.sql\n");
		return 2;
	}
	size_t len = 0, cap = 1 << 16;
	char *sql = malloc(cap);
	for (size_t n; sql && (n = fread(sql + len, 1, cap - len - 1, stdin)) > 0;) {
		len += n;
		if (len + 1 == cap && !(sql = realloc(sql, cap *= 2)))
			break;
	}
	if (!sql) {
		fprintf(stderr, "sql_script: out of memory\n");
		return 1;
	}
	sql[len] = '\0';
	sqlite3 *db = NULL;
	char *err = NULL;
	int rc = sqlite3_open(argv[1], &db);
	if (rc == SQLITE_OK)
		rc = fts_words_register(db);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, sql, NULL, NULL, &err);
	if (rc != SQLITE_OK)
		fprintf(stderr, "sql_script: %s: %s\n", argv[1], err ? err : sqlite3_errmsg(db));
	sqlite3_free(err);
	sqlite3_close(db);
	free(sql);
	return rc == SQLITE_OK ? 0 : 1;
}
