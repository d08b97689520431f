#!/usr/bin/env bash
# moved_roles.sh — reconciling a batch's people moves persons between documents; a person moved
# out of one document keeps their roles in another moved document where they stay. Before the
# fix, the whole batch failed on both backends ("NOT NULL constraint failed: roles.person_id";
# PostgreSQL: a null value in person_id). Five readouts of two cities in one batch.
# usage: tests/store/moved_roles.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"

check() { # DB TAG
	local db=$1 t=$2
	"$READOUT" ingest -q --db "$db" "$SRC/tests/store/moved_roles/in.jsonl" 2>"$WORK/$t.err" ||
		die "$t: ingest failed: $(cat "$WORK/$t.err")"
	expect_eq "$t: documents" "$(q1 "$db" "SELECT count(*) FROM documents")" 5
	expect_eq "$t: every role has its person" "$(q1 "$db" "SELECT count(*) FROM roles WHERE person_id IS NULL")" 0
	expect_eq "$t: roles" "$(q1 "$db" "SELECT count(*) FROM roles")" 34
	expect_eq "$t: each role's person appears in the role's document" "$(q1 "$db" "SELECT count(*) FROM roles r
	 JOIN events e ON e.id = r.event_id WHERE NOT EXISTS (SELECT 1 FROM person_docs pd
	 WHERE pd.person_id = r.person_id AND pd.doc_id = e.doc_id)")" 0
}

check "$WORK/moved.db" sqlite
if pg_ready; then
	check "$(pg_newdb readout_moved_roles)" pg
fi
finish
