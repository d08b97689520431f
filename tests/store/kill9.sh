#!/usr/bin/env bash
# kill9.sh — a crash during ingest costs nothing but the batch in flight: `readout ingest
# --batch 50` into a new SQLite file is killed with SIGKILL twice, mid-way; each time the file
# passes PRAGMA integrity_check, and ingesting again to the end gives the same database as one
# clean run (the same counts, documents, people with their regions and dates, and roles).
# usage: tests/store/kill9.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"

N=${KILL9_DOCS:-2000}
make_corpus "$WORK/corpus" "$N" 11
note "corpus: $N documents"

# Everything about the people and events that must not depend on crashes, in a stable order.
snapshot() { # DB OUT
	{
		counts "$1"
		"$READOUT" sql -f csv --db "$1" "SELECT hash, ext_id, date, place, level FROM documents ORDER BY hash"
		"$READOUT" sql -f csv --db "$1" \
			"SELECT name, name_key, region, mentions, documents, first_date, last_date FROM persons ORDER BY name_key, region, name"
		"$READOUT" sql -f csv --db "$1" \
			"SELECT document, event_order, role, position, person FROM v_event_roles ORDER BY 1, 2, 3, 4"
		"$READOUT" sql -f csv --db "$1" \
			"SELECT name, region, title, first_date, last_date, documents FROM v_person_titles ORDER BY 1, 2, 3"
		"$READOUT" sql -f csv --db "$1" "SELECT zh, label, month, uses, documents FROM v_formulation_month ORDER BY 1, 2, 3"
	} > "$2"
}

integrity() { # DB -> prints "ok" when sound
	local r
	r=$("$READOUT" sql -f csv --db "$1" "PRAGMA integrity_check" | tr -d '\r' | sed -n 2p)
	if command -v sqlite3 >/dev/null 2>&1; then
		# an independent reader too (it also replays the WAL left by the killed process)
		r="$r/$(sqlite3 "$1" "PRAGMA integrity_check")"
	else
		r="$r/ok"
	fi
	echo "$r"
}

"$READOUT" ingest -q --batch 50 --db "$WORK/clean.db" "$WORK/corpus" 2>"$WORK/clean.err" ||
	die "clean ingest failed: $(cat "$WORK/clean.err")"
snapshot "$WORK/clean.db" "$WORK/clean.snap"
note "clean run: $(counts "$WORK/clean.db")"

# documents stored so far: the sqlite3 shell when there is one (a sanitized readout starts
# slowly, and this polls)
stored() {
	if command -v sqlite3 >/dev/null 2>&1; then
		sqlite3 "$1" "SELECT count(*) FROM documents" 2>/dev/null || echo 0
	else
		q1 "$1" "SELECT count(*) FROM documents" 2>/dev/null || echo 0
	fi
}

# kill_after DB MIN: starts an ingest, SIGKILLs it once DB holds at least MIN documents;
# prints how many it held
kill_after() {
	local db=$1 min=$2 n=0 pid
	"$READOUT" ingest -q --batch 50 --db "$db" "$WORK/corpus" 2>>"$WORK/killed.err" &
	pid=$!
	for _ in $(seq 3000); do
		n=$(stored "$db")
		[ "${n:-0}" -ge "$min" ] 2>/dev/null && break
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.02
	done
	kill -9 "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	q1 "$db" "SELECT count(*) FROM documents"
}

db=$WORK/killed.db
first=$(kill_after "$db" 100)
note "first kill with $first documents stored"
if [ "$first" -lt 100 ] || [ "$first" -ge "$N" ]; then die "the first kill did not land mid-way ($first of $N)"; fi
expect_eq "integrity after the first kill" "$(integrity "$db")" "ok/ok"
second=$(kill_after "$db" $((first + 300)))
note "second kill with $second documents stored"
if [ "$second" -le "$first" ] || [ "$second" -ge "$N" ]; then die "the second kill did not land mid-way ($second of $N)"; fi
expect_eq "integrity after the second kill" "$(integrity "$db")" "ok/ok"
# batches are all or nothing
expect_eq "documents are whole batches" "$((second % 50))" 0

"$READOUT" ingest --batch 50 --db "$db" "$WORK/corpus" 2>"$WORK/resume.err" ||
	die "resumed ingest failed: $(cat "$WORK/resume.err")"
expect_eq "the resumed ingest adds only what was missing" \
	"$(grep -o '[0-9]* documents added, [0-9]* already stored, [0-9]* failed' "$WORK/resume.err")" \
	"$((N - second)) documents added, $second already stored, 0 failed"
expect_eq "integrity at the end" "$(integrity "$db")" "ok/ok"
snapshot "$db" "$WORK/killed.snap"
expect_eq "counts equal one clean run" "$(counts "$db")" "$(counts "$WORK/clean.db")"
if cmp -s "$WORK/clean.snap" "$WORK/killed.snap"; then
	note "ok: documents, people, roles, titles and formulations equal one clean run"
else
	fail "the database differs from one clean run:"
	diff "$WORK/clean.snap" "$WORK/killed.snap" | head -20 >&2
fi
finish
