#!/usr/bin/env bash
# bulk_indexes.sh — a bulk ingest into a new SQLite file goes without the indexes only queries
# read (src/store/bulk.c) and makes them at its end: killed mid-way, it leaves a file that
# passes integrity_check, says so in meta ('deferred_indexes') and answers every query as the
# same file with its indexes does; the next writable open makes them again. A finished bulk run
# has every index a new database has.
# usage: tests/store/bulk_indexes.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"

N=${BULK_DOCS:-600}
make_corpus "$WORK/corpus" "$N" 5
note "corpus: $N documents"

# The schema's indexes, by name and definition.
indexes() { # DB
	"$READOUT" sql -f csv --db "$1" "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name" | tr -d '\r'
}
deferred() { # DB: 1 when the file says its query indexes are deferred
	q1 "$1" "SELECT count(*) FROM meta WHERE key = 'deferred_indexes'"
}

# Answers of the queries that the deferred indexes serve (places, levels, dates, months).
answers() { # DB OUT
	{
		for place in chongqing beijing hebei; do
			"$READOUT" events -f csv --db "$1" --place "$place" || true
			"$READOUT" people -f csv --db "$1" --place "$place" || true
		done
		"$READOUT" events -f csv --db "$1" --level provincial --from 2019-01-01 --to 2022-12-31
		"$READOUT" events -f csv --db "$1" --subject congress --level county
		"$READOUT" formulations -f csv --db "$1" --from 2018-01-01 --to 2021-06-30
		"$READOUT" formulations -f csv --db "$1" --by month --part places
		"$READOUT" formulations -f csv --db "$1" --part levels
		"$READOUT" formulations -f csv --db "$1" --part places --level provincial --limit 5
		"$READOUT" cascade -f csv --db "$1" --subject "19th national congress" --part levels
		"$READOUT" sql -f csv --db "$1" "SELECT month, uses FROM formulation_months ORDER BY month DESC, uses DESC, formulation_id LIMIT 20"
	} 2>&1 | tr -d '\r' >"$2"
}

# a new database with every index, made by a run too small to defer (one document)
first=$(find "$WORK/corpus" -name '*.txt' | sort | sed -n 1p) # (head would cut sort's pipe)
"$READOUT" ingest -q --db "$WORK/new.db" "$first" 2>"$WORK/new.err" || die "ingest failed: $(cat "$WORK/new.err")"
indexes "$WORK/new.db" >"$WORK/new.idx"
grep -q formulation_uses_date "$WORK/new.idx" || die "a new database has no formulation_uses_date"

# killed mid-way, after its first batch deferred the indexes
db=$WORK/killed.db
"$READOUT" ingest -q --batch 50 --db "$db" "$WORK/corpus" 2>"$WORK/killed.err" &
pid=$!
for _ in $(seq 3000); do
	n=$(sqlite3 "$db" "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
	[ "${n:-0}" -ge 100 ] 2>/dev/null && break
	kill -0 "$pid" 2>/dev/null || break
	sleep 0.02
done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
n=$(q1 "$db" "SELECT count(*) FROM documents")
if [ "$n" -lt 100 ] || [ "$n" -ge "$N" ]; then die "the kill did not land mid-way ($n of $N)"; fi
note "killed with $n documents stored"
expect_eq "the killed run had deferred the indexes" "$(deferred "$db")" 1
expect_eq "formulation_uses_date is missing" \
	"$(q1 "$db" "SELECT count(*) FROM sqlite_master WHERE name = 'formulation_uses_date'")" 0
expect_eq "integrity with the indexes missing" "$(sqlite3 "$db" "PRAGMA integrity_check")" ok

# readers answer the same without them (a copy is given its indexes by a writable open)
cp "$db" "$WORK/made.db"
[ -f "$db-wal" ] && cp "$db-wal" "$WORK/made.db-wal"
: >"$WORK/nothing.jsonl"
"$READOUT" ingest -q --db "$WORK/made.db" "$WORK/nothing.jsonl" 2>"$WORK/made.err" ||
	die "a writable open failed: $(cat "$WORK/made.err")"
expect_eq "a writable open makes them again" "$(deferred "$WORK/made.db")" 0
indexes "$WORK/made.db" >"$WORK/made.idx"
if cmp -s "$WORK/new.idx" "$WORK/made.idx"; then note "ok: the indexes of a new database"; else
	fail "indexes after the writable open differ from a new database's"
	diff "$WORK/new.idx" "$WORK/made.idx" >&2 || true
fi
answers "$db" "$WORK/without.txt"
answers "$WORK/made.db" "$WORK/with.txt"
expect_eq "the reader left the indexes deferred" "$(deferred "$db")" 1
[ "$(wc -l <"$WORK/with.txt")" -gt 20 ] || fail "the queries answered almost nothing: $(head -c 300 "$WORK/with.txt")"
if cmp -s "$WORK/without.txt" "$WORK/with.txt"; then note "ok: the same answers without the indexes"; else
	fail "answers differ without the indexes"
	diff "$WORK/with.txt" "$WORK/without.txt" | head -20 >&2 || true
fi

# the resumed run (into a database not small next to what it adds: it keeps its indexes) ends
# with every index
"$READOUT" ingest -q --batch 50 --db "$db" "$WORK/corpus" 2>"$WORK/resume.err" || die "resumed ingest failed: $(cat "$WORK/resume.err")"
expect_eq "no deferral left after the run" "$(deferred "$db")" 0
indexes "$db" >"$WORK/resumed.idx"
cmp -s "$WORK/new.idx" "$WORK/resumed.idx" && note "ok: the resumed run has every index" ||
	fail "the resumed run's indexes differ from a new database's"

bulk=$WORK/bulk.db
"$READOUT" ingest -q --batch 50 --db "$bulk" "$WORK/corpus" 2>"$WORK/bulk.err" || die "bulk ingest failed: $(cat "$WORK/bulk.err")"
expect_eq "no deferral left after a bulk run" "$(deferred "$bulk")" 0
indexes "$bulk" >"$WORK/bulk.idx"
cmp -s "$WORK/new.idx" "$WORK/bulk.idx" && note "ok: a bulk run has every index" ||
	fail "a bulk run's indexes differ from a new database's"
expect_eq "integrity after a bulk run" "$(sqlite3 "$bulk" "PRAGMA integrity_check")" ok


# the formulations' sums by level and place, not tallied in a bulk run but made at its end, and
# tallied on top of the remade ones by the resumed run: each equal to the sums of every use
sums_match() { # DB LABEL
	local kept want
	kept=$(sqlite3 "$1" "SELECT formulation_id, level, uses, documents, first_date, last_date FROM formulation_levels ORDER BY 1, 2;
		SELECT formulation_id, province, place, level, nulls, uses, documents, first_date, last_date FROM formulation_places ORDER BY 1, 2, 3, 4, 5")
	want=$(sqlite3 "$1" "SELECT u.formulation_id, coalesce(e.level, 'unknown'), sum(u.count), count(*), min(u.date), max(u.date)
		FROM formulation_uses u LEFT JOIN events e ON e.doc_id = u.doc_id AND e.ord = 0 GROUP BY 1, 2 ORDER BY 1, 2;
		SELECT u.formulation_id, coalesce(e.province, ''), coalesce(u.place, ''), coalesce(e.level, 'unknown'),
		(e.province IS NULL) + 2 * (u.place IS NULL), sum(u.count), count(*), min(u.date), max(u.date)
		FROM formulation_uses u LEFT JOIN events e ON e.doc_id = u.doc_id AND e.ord = 0 GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5")
	[ "$(printf '%s\n' "$want" | wc -l)" -gt 20 ] || fail "$2: almost no formulation uses"
	if [ "$kept" = "$want" ]; then note "ok: $2: the sums by level and place equal every use's"; else
		fail "$2: the sums by level and place differ from the uses'"
		diff <(printf '%s\n' "$want") <(printf '%s\n' "$kept") | head -10 >&2 || true
	fi
}
sums_match "$bulk" "a bulk run"
sums_match "$db" "a killed bulk run resumed"
sums_match "$WORK/made.db" "a killed bulk run's file opened for writing"

finish
