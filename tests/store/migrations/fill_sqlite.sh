#!/usr/bin/env bash
# fill_sqlite.sh — fills an SQLite database of an older layout (TO, from layout-vN.sqlite.sql)
# with the rows of a new database (FROM): each table but meta and schema_migrations (the
# layout's own), with the columns both have, then its full-text index. Used by
# tests/store/migrations.sh and bench/run_migrate.sh.
# usage: fill_sqlite.sh FROM TO SQL_SCRIPT   (SQL_SCRIPT: the built tests/store/sql_script.c,
#        which knows the full-text index's tokenizer)
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 FROM TO SQL_SCRIPT" >&2; exit 2; }
from=$1 to=$2 sql_script=$3
script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
	echo "ATTACH '$from' AS f;"
	for t in $(sqlite3 "$to" "SELECT name FROM sqlite_master WHERE type = 'table'
			AND name NOT IN ('meta', 'schema_migrations') AND name NOT LIKE 'documents_fts%' ORDER BY rowid"); do
		cols=$(sqlite3 "$to" "ATTACH '$from' AS f; SELECT group_concat(name, ', ') FROM pragma_table_info('$t')
			WHERE name IN (SELECT name FROM f.pragma_table_info('$t'))")
		[ -z "$cols" ] || echo "INSERT INTO main.$t($cols) SELECT $cols FROM f.$t;"
	done
	echo "INSERT INTO documents_fts(documents_fts) VALUES('rebuild');"
} >"$script"
"$sql_script" "$to" <"$script"
