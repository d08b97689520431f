#!/usr/bin/env bash
# cli_queries.sh — the query commands on the samples corpus, on SQLite and PostgreSQL: exit
# codes, CSV headers, a known row each, valid JSON Lines and JSON, hostile arguments that stay
# data, `readout sql` refusing writes, clear errors for a missing, foreign or corrupt
# database, and the same answers from both backends.
# usage: tests/store/cli_queries.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"

SAMPLES=$SRC/samples

# run NAME EXPECTED_STATUS readout-args...: stdout in $WORK/NAME.out, stderr in $WORK/NAME.err
run() {
	local name=$1 want=$2 got=0 i
	shift 2
	local args=("$@")
	# readout sql refuses a superuser: on PostgreSQL it runs as the test server's reading role
	if [ "${args[0]}" = sql ]; then
		for i in "${!args[@]}"; do
			[ "${args[$i]}" != --db ] || args[i + 1]=$(pg_reader "${args[i + 1]}")
		done
	fi
	"$READOUT" "${args[@]}" >"$WORK/$name.out" 2>"$WORK/$name.err" || got=$?
	if [ "$got" != "$want" ]; then
		fail "$name: readout $*: exit $got, expected $want; stderr: $(head -c 400 "$WORK/$name.err")"
		return 1
	fi
	if grep -q -e 'AddressSanitizer' -e 'runtime error' -e 'LeakSanitizer' "$WORK/$name.err"; then
		fail "$name: sanitizer report"
		return 1
	fi
	return 0
}
header() { head -n 1 "$WORK/$1.out" | tr -d '\r'; }
has_line() { # NAME REGEX WHAT
	# grep reads the whole file: with pipefail, grep -q leaving a pipe early kills tr with
	# SIGPIPE and fails the pipeline, a flaky result once outputs grow
	if grep -E -- "$2" <(tr -d '\r' <"$WORK/$1.out") >/dev/null; then note "ok: $3"; else fail "$3: no line matching /$2/ in $1"; fi
}
stderr_has() { # NAME TEXT WHAT
	if grep -q -F -- "$2" "$WORK/$1.err"; then note "ok: $3"; else fail "$3: stderr lacks '$2': $(cat "$WORK/$1.err")"; fi
}
valid_json() { # NAME jsonl|json
	command -v python3 >/dev/null 2>&1 || return 0
	if python3 -c '
import json, sys
data = open(sys.argv[1], encoding="utf-8").read()
if sys.argv[2] == "json":
    json.loads(data)
else:
    lines = [l for l in data.split("\n") if l]
    assert lines, "no lines"
    for l in lines:
        assert isinstance(json.loads(l), dict)
' "$WORK/$1.out" "$2" 2>"$WORK/$1.json-err"; then
		note "ok: $1 is valid $2"
	else
		fail "$1 is not valid $2: $(tail -n 1 "$WORK/$1.json-err")"
	fi
}

# checks DB TAG: everything that must hold on either backend
checks() {
	local db=$1 t=$2
	run "$t-ingest" 0 ingest --db "$db" "$SAMPLES" && stderr_has "$t-ingest" "5 documents added, 0 already stored, 0 failed" "$t: ingest"
	run "$t-reingest" 0 ingest --db "$db" "$SAMPLES" &&
		stderr_has "$t-reingest" "0 documents added, 5 already stored, 0 failed" "$t: ingesting again adds nothing"

	run "$t-people" 0 people -f csv --db "$db" &&
		expect_eq "$t: people header" "$(header "$t-people")" \
			"name,region,latest_title,documents,first_date,last_date,person_id,post,post_level,post_place,post_first_date,post_last_date" &&
		has_line "$t-people" '^Xi Jinping,central,[^,]*,5,2017-10-26,2022-11-24,[0-9]+,general secretary,central,,' \
			"$t: people lists Xi Jinping (central, 5 documents) and his latest post"
	run "$t-people-place" 0 people -f csv --db "$db" --place chongqing &&
		has_line "$t-people-place" '^Chen Miner,Chongqing,' "$t: people --place" &&
		if grep '^Xu Qin,' <(tr -d '\r' <"$WORK/$t-people-place.out") >/dev/null; then fail "$t: people --place chongqing lists Xu Qin"; fi
	run "$t-people-limit" 0 people -f csv --db "$db" --limit 2 &&
		expect_eq "$t: people --limit 2" "$(wc -l <"$WORK/$t-people-limit.out")" 3

	run "$t-person" 0 person -f csv --db "$db" "Xi Jinping" &&
		expect_eq "$t: person header" "$(header "$t-person")" "person_id,name,region,documents,mentions,first_date,last_date" &&
		expect_eq "$t: person in CSV is the summary alone" "$(wc -l <"$WORK/$t-person.out")" 2
	run "$t-person-titles" 0 person -f csv --db "$db" --part titles "Xi Jinping" &&
		expect_eq "$t: person --part titles header" "$(header "$t-person-titles")" "person_id,title,first_date,last_date,documents" &&
		has_line "$t-person-titles" '^[0-9]+,General Secretary,' "$t: person lists a title"
	run "$t-person-events" 0 person -f csv --db "$db" --part events "Chen Miner" &&
		expect_eq "$t: person --part events header" "$(header "$t-person-events")" \
			"person_id,date,role,listed,level,place,host,type,document,url" &&
		has_line "$t-person-events" '^[0-9]+,2022-10-24,presided,1,provincial,Chongqing,.*,s004,$' "$t: person's events"
	run "$t-person-events-cut" 0 person -f csv --db "$db" --part events --limit 1 "Chen Miner" &&
		expect_eq "$t: person --part events --limit 1" "$(wc -l <"$WORK/$t-person-events-cut.out")" 2 &&
		stderr_has "$t-person-events-cut" "the latest 1 of 3 roles" "$t: a cut says so"
	run "$t-person-colisted" 0 person -f csv --db "$db" --part colisted "Chen Miner" &&
		has_line "$t-person-colisted" '^[0-9]+,[0-9]+,Hu Henghua,Chongqing,1,' "$t: person's co-listed people"
	run "$t-person-table" 0 person -f table --db "$db" "Chen Miner" &&
		expect_eq "$t: person in a table shows every part" "$(grep -c '^== ' "$WORK/$t-person-table.out")" 7
	run "$t-person-none" 1 person --db "$db" "Nobody Atall" && stderr_has "$t-person-none" "no person named 'Nobody Atall'" "$t: unknown person"
	run "$t-person-near" 1 person --db "$db" "Xi Jingping" &&
		stderr_has "$t-person-near" "no person named 'Xi Jingping'; did you mean Xi Jinping?" "$t: a misspelt person's nearest name"
	run "$t-person-prefix" 1 person --db "$db" "Chen" &&
		stderr_has "$t-person-prefix" "did you mean Chen Miner" "$t: a surname alone suggests the people of it"

	run "$t-events" 0 events -f csv --db "$db" &&
		expect_eq "$t: events header" "$(header "$t-events")" "date,level,place,host,type,subject,presided,spoke,attended,document,url" &&
		has_line "$t-events" '^2022-10-24,provincial,Chongqing,.*,Chen Miner,.*,s004,$' "$t: events has the Chongqing meeting"
	run "$t-events-level" 0 events -f csv --db "$db" --level central --from 2017-01-01 --to 2017-12-31 &&
		expect_eq "$t: events --level central in 2017" "$(tail -n +2 "$WORK/$t-events-level.out" | tr -d '\r' | cut -d, -f1,2 | sort -u)" "2017-10-26,central"

	run "$t-forms" 0 formulations -f csv --db "$db" &&
		expect_eq "$t: formulations header" "$(header "$t-forms")" "formulation,zh,period,uses,documents" &&
		has_line "$t-forms" '^[^,]*,两个确立,2022-10,[0-9]+,[0-9]+$' "$t: formulations counts 两个确立 in 2022-10"
	run "$t-forms-spans" 0 formulations -f csv --db "$db" --part spans &&
		expect_eq "$t: formulations --part spans header" "$(header "$t-forms-spans")" "formulation,zh,first_seen,last_seen,uses,documents"
	run "$t-forms-week" 0 formulations -f csv --db "$db" --by week &&
		has_line "$t-forms-week" '^[^,]*,[^,]*,2017-W43,' "$t: formulations --by week (ISO weeks)"
	run "$t-forms-bad" 2 formulations --db "$db" --by day && stderr_has "$t-forms-bad" "'day' is not month, week or year" "$t: --by day"

	run "$t-cascade" 0 cascade -f csv --db "$db" --subject "19th national congress" &&
		expect_eq "$t: cascade header" "$(header "$t-cascade")" \
			"row,level,events,documents,first_date,last_date,first_day,median_day,last_day,mean_day,day0,day0_from" &&
		has_line "$t-cascade" '^level,central,1,1,2017-10-26,2017-10-26,2,2,2,2,2017-10-24,calendar$' \
			"$t: cascade day 0 is the meeting's close in the calendar, without its own sessions"
	run "$t-cascade-20" 0 cascade -f csv --db "$db" --subject "20th national congress" &&
		has_line "$t-cascade-20" '^level,provincial,3,3,2022-10-24,2022-11-24,2,2,33,12.3,2022-10-22,calendar$' \
			"$t: cascade of the 20th: the provincial relays" &&
		has_line "$t-cascade-20" '^undated,,2,2,,,,,,,2022-10-22,calendar$' "$t: cascade: the undated relays counted"
	run "$t-cascade-events" 0 cascade -f csv --db "$db" --subject "19th national congress" --part events &&
		expect_eq "$t: cascade --part events header" "$(header "$t-cascade-events")" \
			"event,kind,level,date,day,place,host,type,documents,document,url"
	run "$t-cascade-two" 1 cascade -f csv --db "$db" --subject "national congress" &&
		stderr_has "$t-cascade-two" "matches 2 subjects" "$t: cascade of two meetings at once"
	run "$t-cascade-day0" 2 cascade --db "$db" --subject "19th national congress" --day0 2017-10 &&
		stderr_has "$t-cascade-day0" "--day0 takes a date as YYYY-MM-DD" "$t: cascade --day0 checked"
	run "$t-cascade-level" 2 cascade --db "$db" --subject "19th national congress" --level provinical

	run "$t-search" 0 search -f csv --db "$db" "establishments" &&
		expect_eq "$t: search header" "$(header "$t-search")" "document,date,place,snippet,score,url" &&
		has_line "$t-search" '^s004,2022-10-24,Chongqing,.*\[establishments\]' "$t: search finds and marks the word"
	run "$t-search-limit" 0 search -f csv --db "$db" --limit 1 "establishments" &&
		expect_eq "$t: search --limit 1" "$(wc -l <"$WORK/$t-search-limit.out")" 2
	run "$t-search-filtered" 0 search -f csv --db "$db" --place chongqing --from 2022-10-01 --person "chen miner" "" &&
		has_line "$t-search-filtered" '^s004,2022-10-24,Chongqing,' "$t: search without words lists what the filters give"
	run "$t-search-filtered-out" 0 search -f csv --db "$db" --level county "establishments" &&
		expect_eq "$t: search --level county finds none" "$(wc -l <"$WORK/$t-search-filtered-out.out")" 1

	run "$t-sql" 0 sql -f csv --db "$db" "SELECT count(*) AS n FROM documents" &&
		expect_eq "$t: sql" "$(tr -d '\r' <"$WORK/$t-sql.out" | paste -sd,)" "n,5"
	run "$t-sql-view" 0 sql -f csv --db "$db" "SELECT count(*) AS n FROM v_event_roles WHERE person = 'Chen Miner'" &&
		has_line "$t-sql-view" '^[1-9][0-9]*$' "$t: sql on a view"

	# output formats
	run "$t-jsonl" 0 people -f jsonl --db "$db" && valid_json "$t-jsonl" jsonl &&
		has_line "$t-jsonl" '^\{"name":"Xi Jinping","region":"central",' "$t: jsonl has one object per row"
	run "$t-json" 0 person -f json --db "$db" "Chen Miner" && valid_json "$t-json" json
	run "$t-person-jsonl" 0 person -f jsonl --db "$db" "Chen Miner" && valid_json "$t-person-jsonl" jsonl &&
		has_line "$t-person-jsonl" '^\{"person_id":[0-9]+,"name":"Chen Miner","region":"Chongqing","documents":1,' "$t: jsonl numbers are numbers"
	run "$t-table" 0 events -f table --db "$db" --limit 2 && has_line "$t-table" '^\(2 rows\)$' "$t: table format"

	# writes are refused, clearly
	run "$t-delete" 1 sql --db "$db" "DELETE FROM documents" &&
		stderr_has "$t-delete" "only queries that read are allowed" "$t: sql DELETE is refused"
	run "$t-drop" 1 sql --db "$db" "DROP TABLE persons" && stderr_has "$t-drop" "not DROP" "$t: sql DROP is refused"
	run "$t-sneaky" 1 sql --db "$db" "SELECT 1; DELETE FROM documents"
	run "$t-cte" 1 sql --db "$db" "WITH x AS (SELECT 1) DELETE FROM documents"

	# hostile arguments are data
	run "$t-hostile-events" 0 events -f csv --db "$db" --subject "x'; DROP TABLE documents; --" --place "chongqing" &&
		expect_eq "$t: hostile events filter: header only" "$(wc -l <"$WORK/$t-hostile-events.out")" 1
	run "$t-hostile-place" 1 events -f csv --db "$db" --place "'" && stderr_has "$t-hostile-place" "no place ''' in the database" \
		"$t: a hostile place is a place not stored"
	run "$t-hostile-people" 1 people -f csv --db "$db" --title "%" --place "Robert'); DROP TABLE persons;--" &&
		stderr_has "$t-hostile-people" "no place 'Robert'); DROP TABLE persons;--'" "$t: hostile people filter: no such place"
	run "$t-hostile-people-title" 0 people -f csv --db "$db" --title "%" --place Jiaxing &&
		expect_eq "$t: hostile people title: header only" "$(wc -l <"$WORK/$t-hostile-people-title.out")" 1
	run "$t-hostile-title" 0 people -f csv --db "$db" --title "_" &&
		expect_eq "$t: _ is a character, not a wildcard" "$(wc -l <"$WORK/$t-hostile-title.out")" 1
	run "$t-hostile-cascade" 0 cascade -f csv --db "$db" --subject "' OR 1=1 --"
	run "$t-hostile-person" 1 person --db "$db" "x'; DROP TABLE persons; --"
	"$READOUT" search -f csv --db "$db" "x'; DROP TABLE documents; --" >/dev/null 2>&1 || true
	run "$t-after" 0 sql -f csv --db "$db" "$COUNTS_SQL" &&
		expect_eq "$t: nothing changed" "$(tr -d '\r' <"$WORK/$t-after.out" | sed -n 2p)" "$(tr -d '\r' <"$WORK/$t-ingest.out" >/dev/null; counts "$db")" &&
		expect_eq "$t: the documents survive" "$(q1 "$db" "SELECT count(*) FROM documents")" 5

	# usage errors
	run "$t-usage-filter" 2 people --db "$db" --subject x
	run "$t-usage-date" 2 events --db "$db" --from 2022
	run "$t-usage-sql" 2 sql --db "$db"
	run "$t-usage-format" 2 people --db "$db" -f xml
	run "$t-usage-cascade" 2 cascade --db "$db"
}

# ---- SQLite ----
lite=$WORK/readout.db
checks "$lite" sqlite
run missing 1 people --db "$WORK/missing.db" && stderr_has missing "no readout database" "a missing database"
[ ! -e "$WORK/missing.db" ] || fail "querying a missing database created it"
head -c 40000 /dev/urandom >"$WORK/random.db"
sum=$(md5sum <"$WORK/random.db")
run random 1 people --db "$WORK/random.db" && stderr_has random "not a readout database" "a file of random bytes"
run random-ingest 1 ingest --db "$WORK/random.db" "$SAMPLES/s000.txt" && stderr_has random-ingest "not a readout database" "ingest into random bytes"
expect_eq "the random file is left alone" "$(md5sum <"$WORK/random.db")" "$sum"
head -c 5000 "$lite" >"$WORK/truncated.db"
run truncated 1 people --db "$WORK/truncated.db" && note "ok: a truncated database: $(head -n 1 "$WORK/truncated.err")"
if command -v sqlite3 >/dev/null 2>&1; then
	sqlite3 "$WORK/foreign.db" "CREATE TABLE users(id INTEGER, name TEXT)"
	run foreign 1 people --db "$WORK/foreign.db" && stderr_has foreign "not a readout database (it has other tables)" "a foreign SQLite database"
	run foreign-ingest 1 ingest --db "$WORK/foreign.db" "$SAMPLES/s000.txt"
	expect_eq "the foreign database is left alone" "$(sqlite3 "$WORK/foreign.db" "SELECT count(*) FROM sqlite_master")" 1
fi
run secret 1 people --db "postgresql://analyst:s3cret@127.0.0.1:1/readout?password=hunter2" &&
	stderr_has secret "postgresql://analyst:***@127.0.0.1:1/readout?password=***: cannot connect to PostgreSQL" \
		"a URI's password stays out of messages"
run sqlite-attach 1 sql --db "$lite" "ATTACH DATABASE '$WORK/x.db' AS x"
[ ! -e "$WORK/x.db" ] || fail "ATTACH created a file"
run sqlite-pragma 1 sql --db "$lite" "PRAGMA user_version = 3"
run sqlite-pragma-read 0 sql -f csv --db "$lite" "PRAGMA table_info(documents)" && has_line sqlite-pragma-read '^0,id,INTEGER,' "sql: a pragma that reads"

# ---- PostgreSQL ----
if pg_ready; then
	pg=$(pg_newdb readout_cli_queries)
	checks "$pg" pg
	run pg-copy 1 sql --db "$pg" "COPY (SELECT 1) TO PROGRAM 'true'" && stderr_has pg-copy "not COPY" "sql: COPY is refused"
	run pg-cte 1 sql --db "$pg" "WITH x AS (DELETE FROM documents RETURNING 1) SELECT count(*) FROM x" &&
		stderr_has pg-cte "read-only transaction" "sql: a writing CTE meets the read-only transaction"
	bad=${pg/readout_cli_queries/readout_no_such_db}
	run pg-nodb 1 people --db "$bad" && stderr_has pg-nodb "cannot connect to PostgreSQL" "a database that does not exist"
	# both backends give the same answers (search aside: its ranking is the engine's)
	for name in people person person-titles person-events person-colisted events forms forms-spans forms-week cascade \
		cascade-events people-place events-level sql-view; do
		if cmp -s "$WORK/sqlite-$name.out" "$WORK/pg-$name.out"; then
			note "ok: $name: SQLite and PostgreSQL agree"
		else
			fail "$name: SQLite and PostgreSQL differ"
			diff "$WORK/sqlite-$name.out" "$WORK/pg-$name.out" | head -6 >&2
		fi
	done
fi
finish
