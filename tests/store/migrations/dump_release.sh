#!/usr/bin/env bash
# dump_release.sh — makes the fixtures of a release's databases (release-vN.sqlite.sql and
# release-vN.pg.sql here) with that release's own readout: it ingests samples/ into a new
# SQLite file and a new PostgreSQL database and writes each out as SQL (the schema as the
# release made it, then its rows). Run by hand when a release is superseded (docs/schema.md,
# "Adding a migration"); the tests only read its output, never an old binary.
# usage: dump_release.sh OLD_READOUT VERSION PG_URI   (PG_URI: an empty database)
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 OLD_READOUT VERSION PG_URI" >&2; exit 2; }
old=$1 v=$2 uri=$3
here=$(cd "$(dirname "$0")" && pwd)
samples=$here/../../../samples
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$old" ingest -q --db "$work/r.db" "$samples"
{
	echo "-- A database made by readout's schema version $v (see dump_release.sh): its schema as"
	echo "-- that readout made it, then the rows it stored of samples/. The full-text index is"
	echo "-- built again at the end (its own tables are not dumped)."
	# the schema in the order it was made, without the full-text index's own tables
	sqlite3 "$work/r.db" "SELECT sql || ';' FROM sqlite_master WHERE sql IS NOT NULL
		AND name NOT LIKE 'documents_fts_%' ORDER BY rowid"
	sqlite3 "$work/r.db" "SELECT printf('INSERT INTO documents_fts(documents_fts, rank) VALUES(%Q, %s);', k, v)
		FROM documents_fts_config WHERE k IN ('automerge', 'hashsize') ORDER BY k"
	for t in $(sqlite3 "$work/r.db" "SELECT name FROM sqlite_master WHERE type = 'table'
			AND name NOT LIKE 'documents_fts%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid"); do
		sqlite3 "$work/r.db" ".mode insert $t" "SELECT * FROM $t"
	done
	echo "INSERT INTO documents_fts(documents_fts) VALUES('rebuild');"
} >"$here/release-v$v.sqlite.sql"

"$old" ingest -q --db "$uri" "$samples"
{
	echo "-- A database made by readout's schema version $v (see dump_release.sh), as pg_dump"
	echo "-- wrote it: schema and rows of samples/."
	pg_dump --no-owner --no-privileges --no-comments --column-inserts "$uri"
} >"$here/release-v$v.pg.sql"
echo "wrote $here/release-v$v.sqlite.sql and release-v$v.pg.sql"
