#!/usr/bin/env bash
# layout_of.sh — makes layout-vN.sqlite.sql and layout-vN.pg.sql: the schema a readout commit
# made for a new database (its src/store/schema.c, compiled alone and printed) and the meta
# rows it wrote, without rows. Run by hand when a version is added (docs/schema.md); the tests
# read its output and never look at the history themselves.
# usage: layout_of.sh VERSION COMMIT [META_ROWS]   (META_ROWS: extra "('key', 'value')" rows)
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 VERSION COMMIT [META_ROWS]" >&2; exit 2; }
v=$1 commit=$2 extra=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/store"
for f in schema.c schema.h fts_words.h; do
	git -C "$here" show "$commit:src/store/$f" >"$work/store/$f" 2>/dev/null || rm -f "$work/store/$f"
done
cat >"$work/print.c" <<'C'
#include <stdio.h>
#include <string.h>
extern const char *const schema_sqlite, *const schema_pg;
int main(int argc, char **argv) { (void)argc; fputs(strcmp(argv[1], "pg") ? schema_sqlite : schema_pg, stdout); return 0; }
C
cc -I"$work" -o "$work/print" "$work/store/schema.c" "$work/print.c"
for backend in sqlite pg; do
	{
		echo "-- The schema readout $commit made for a new $backend database (version $v; layout_of.sh)."
		"$work/print" "$backend"
		echo "INSERT INTO meta(key, value) VALUES('schema', '1')${extra:+, $extra};"
	} >"$here/layout-v$v.$backend.sql"
done
echo "wrote $here/layout-v$v.sqlite.sql and layout-v$v.pg.sql"
