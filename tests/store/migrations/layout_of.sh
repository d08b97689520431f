#!/usr/bin/env bash
# layout_of.sh — makes layout-vN.sqlite.sql and layout-vN.pg.sql: the schema a readout commit
# made for a new database (its src/store/schema.c, compiled alone and printed) and the rows it
# wrote of meta (and, once the versions were numbered, of schema_migrations), without other
# rows. Run by hand when a version is added (docs/schema.md, "Adding a step"); the tests read
# its output and never look at the history themselves.
# usage: layout_of.sh VERSION COMMIT [META_ROWS]   (META_ROWS: more "('key', 'value')" rows of a
#        database made before numbering)
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 VERSION COMMIT [META_ROWS]" >&2; exit 2; }
v=$1 commit=$2 extra=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/store" "$work/util" "$work/readout"
for f in store/schema.c store/schema.h store/fts_words.h store/db.h util/error.h; do
	git -C "$here" show "$commit:src/$f" >"$work/$f" 2>/dev/null || rm -f "$work/$f"
done
git -C "$here" show "$commit:include/readout/error.h" >"$work/readout/error.h" 2>/dev/null || true
if grep -q SCHEMA_LATEST "$work/store/schema.h"; then
	# numbered: one schema expanded for either backend, every version recorded as made so
	cat >"$work/print.c" <<'C'
#include "store/db.h"
#include "store/schema.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int readout_error__set(int code, const char *fmt, ...) { (void)fmt; return code; }
int main(int argc, char **argv)
{
	(void)argc;
	int kind = strcmp(argv[1], "pg") ? DB_SQLITE : DB_PG;
	char *sql = NULL;
	const char *parts[] = {schema_latest, schema_versions_table};
	for (int i = 0; i < 2; i++) {
		if (schema__expand(&sql, kind, parts[i]))
			return 1;
		fputs(sql, stdout);
		free(sql);
	}
	printf("INSERT INTO meta(key, value) VALUES('schema', '2');\n");
	printf("INSERT INTO schema_migrations(version, name, how) VALUES(1, 'the first store', 'created');\n");
	for (size_t i = 0; i < schema_nsteps; i++) {
		printf("INSERT INTO schema_migrations(version, name, how) VALUES(%d, '", schema_steps[i].version);
		for (const char *c = schema_steps[i].name; *c; c++)
			printf(*c == '\'' ? "''" : "%c", *c);
		printf("', 'created');\n");
	}
	return 0;
}
C
	numbered=1
else
	cat >"$work/print.c" <<'C'
#include <stdio.h>
#include <string.h>
extern const char *const schema_sqlite, *const schema_pg;
int main(int argc, char **argv) { (void)argc; fputs(strcmp(argv[1], "pg") ? schema_sqlite : schema_pg, stdout); return 0; }
C
	numbered=
fi
cc -I"$work" -o "$work/print" "$work/store/schema.c" "$work/print.c"
for backend in sqlite pg; do
	{
		echo "-- The schema readout $commit made for a new $backend database (version $v; layout_of.sh)."
		"$work/print" "$backend"
		[ -n "$numbered" ] || echo "INSERT INTO meta(key, value) VALUES('schema', '1')${extra:+, $extra};"
	} >"$here/layout-v$v.$backend.sql"
done
echo "wrote $here/layout-v$v.sqlite.sql and layout-v$v.pg.sql"
