#!/usr/bin/env bash
# query_limits.sh — issue 10: no query runs forever or holds its whole answer, on both
# backends. An endless recursive query in `readout sql` stops at the time limit (--timeout);
# an answer past the row limit (--max-rows) stops after printing that many rows, with the
# reason and exit status 1; a big answer streams to the output in flat memory (2.6 GB were held
# for a few million rows). On PostgreSQL `readout sql` refuses a superuser role, which could
# call pg_read_file, pg_reload_conf or pg_terminate_backend; a role that may only read gets
# one clear line from ingest; an ingest whose backend is killed says nothing was added.
# usage: tests/store/query_limits.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"
SAMPLES=$SRC/samples

ENDLESS="WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
MANY="WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000)
 SELECT x, 'a row of about one hundred bytes, to make an answer of two hundred megabytes' AS pad FROM c"

# run NAME EXPECTED_STATUS readout-args...: output in $WORK/NAME.out, .err; seconds in $elapsed
run() {
	local name=$1 want=$2 status=0 start=$SECONDS
	shift 2
	timeout 120 "$READOUT" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || status=$?
	elapsed=$((SECONDS - start))
	expect_eq "$name: exit" "$status" "$want"
}

checks() { # DB LABEL (DB: a location readout sql may use)
	local db=$1 t=$2
	run "$t-endless" 1 sql --timeout 2 --db "$db" "$ENDLESS"
	grep -q "time limit" "$WORK/$t-endless.err" || fail "$t: endless query: $(cat "$WORK/$t-endless.err")"
	[ "$elapsed" -lt 30 ] || fail "$t: the endless query ran $elapsed s with --timeout 2"
	run "$t-rows" 1 sql -f csv --max-rows 1000 --db "$db" "$MANY"
	expect_eq "$t: rows printed before the row limit" "$(($(wc -l <"$WORK/$t-rows.out") - 1))" 1000
	grep -q "1000 rows" "$WORK/$t-rows.err" || fail "$t: row limit: $(cat "$WORK/$t-rows.err")"
	run "$t-events-rows" 1 events --max-rows 2 --db "$db"
	grep -q "2 rows" "$WORK/$t-events-rows.err" || fail "$t: events row limit: $(cat "$WORK/$t-events-rows.err")"
	# two million rows stream through in flat memory
	local status=0
	/usr/bin/time -f "%M" -o "$WORK/$t-rss" "$READOUT" sql -f csv --max-rows 3000000 --db "$db" "$MANY" 2>"$WORK/$t-many.err" |
		wc -l >"$WORK/$t-many.lines" || status=$?
	expect_eq "$t: a big answer: exit" "$status" 0
	expect_eq "$t: a big answer: lines" "$(tr -d ' ' <"$WORK/$t-many.lines")" 2000001
	local kb
	kb=$(tail -n 1 "$WORK/$t-rss")
	note "$t: peak RSS for 2,000,000 rows: $((kb / 1024)) MB"
	[ "$kb" -lt $((150 * 1024)) ] || fail "$t: a 200 MB answer took $((kb / 1024)) MB"
}

command -v /usr/bin/time >/dev/null 2>&1 || { echo "$TEST: SKIP: needs /usr/bin/time" >&2; exit 77; }
lite=$WORK/readout.db
"$READOUT" ingest -q --db "$lite" "$SAMPLES" 2>/dev/null || die "ingest samples"
checks "$lite" sqlite

if pg_ready; then
	pg=$(pg_newdb readout_query_limits)
	"$READOUT" ingest -q --db "$pg" "$SAMPLES" 2>/dev/null || die "ingest samples into PostgreSQL"
	# the test server's own role is a superuser: readout sql refuses it
	run pg-superuser 1 sql --db "$pg" "SELECT pg_read_file('PG_VERSION')"
	grep -q "superuser" "$WORK/pg-superuser.err" || fail "pg superuser: $(cat "$WORK/pg-superuser.err")"
	run pg-superuser-count 1 sql --db "$pg" "SELECT count(*) FROM documents"
	# the other queries are readout's own SQL: they answer
	run pg-superuser-people 0 people --db "$pg"
	reader=$(pg_reader "$pg")
	run pg-reader 0 sql -f csv --db "$reader" "SELECT count(*) AS n FROM documents"
	expect_eq "pg: a reading role answers" "$(tr -d '\r' <"$WORK/pg-reader.out" | paste -sd,)" "n,5"
	run pg-reader-file 1 sql --db "$reader" "SELECT pg_read_file('PG_VERSION')"
	# a role that may only read cannot ingest: one line that says so, not one per document
	run pg-reader-ingest 1 ingest -q --db "$reader" "$SAMPLES"
	expect_eq "pg: ingest as a reading role: lines" "$(wc -l <"$WORK/pg-reader-ingest.err")" 1
	grep -q "may only read" "$WORK/pg-reader-ingest.err" || fail "pg reader ingest: $(cat "$WORK/pg-reader-ingest.err")"
	checks "$reader" pg

	# the summary counts what was committed: a backend killed mid-batch loses the batch, and
	# the summary says so instead of "N documents added"
	if command -v psql >/dev/null 2>&1; then
		kdb=$(pg_newdb readout_killed)
		make_corpus "$WORK/kcorpus" 1500 21
		"$READOUT" ingest -q --batch 100000 --db "$kdb" "$WORK/kcorpus" 2>"$WORK/killed.err" &
		ingest=$!
		killed=f
		for _ in $(seq 1 200); do
			# once the schema is made and the batch runs (its documents are not yet visible)
			killed=$(psql -X -q -t -A "$kdb" -c "SELECT coalesce(bool_or(pg_terminate_backend(pid)), false)
				FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
				AND to_regclass('documents') IS NOT NULL AND state <> 'idle'" 2>/dev/null || echo f)
			[ "$killed" = t ] && break
			kill -0 "$ingest" 2>/dev/null || break
			sleep 0.05
		done
		status=0
		wait "$ingest" || status=$?
		if [ "$killed" = t ]; then
			expect_eq "pg: ingest whose backend was killed: exit" "$status" 1
			# (and "N not stored" when N of them had been added to the batch)
			grep -q "^readout: 0 documents added" "$WORK/killed.err" || fail "killed backend: $(tail -n 2 "$WORK/killed.err")"
			expect_eq "pg: nothing of the killed batch is stored" "$(q1 "$kdb" "SELECT count(*) FROM documents")" 0
		else
			note "SKIP: the ingest ended before its backend could be killed"
		fi
	fi
fi
finish
