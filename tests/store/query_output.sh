#!/usr/bin/env bash
# query_output.sh — every answer loads into the tools analysts use (issue 11): over
# `--format jsonl` of every query command, part and reuse export, jq (and Python's json) sees
# numbers as numbers and NULL as null, never a number in a string; the same answer's CSV loads
# with Python's csv module as one rectangular table with one row per JSON line; the answers
# that list documents carry their url. On SQLite and PostgreSQL.
# usage: tests/store/query_output.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"

command -v python3 >/dev/null 2>&1 || { echo "$TEST: SKIP: no python3" >&2; exit 77; }
HAVE_JQ=0
command -v jq >/dev/null 2>&1 && HAVE_JQ=1
[ "$HAVE_JQ" = 1 ] || note "no jq: the JSON checks run in Python alone"

. "$(dirname "$0")/../reuse/docs.sh"
# the samples and the reuse readouts (whose copies make reuse results), one with a url
cp "$SRC"/samples/*.txt "$WORK/first/"
cat >"$WORK/cited.jsonl" <<'EOF'
{"id": "cited", "url": "https://gov.example/cited.html", "text": "On October 28, 2022, the Hebei Provincial Party Committee held a meeting to study the spirit of the 20th National Congress. Ni Yuefeng presided over the meeting."}
EOF

# check_json NAME: each line an object; no value is a number written as a string; prints the
# numbers seen
check_json() {
	local out=$WORK/$1.jsonl
	python3 - "$out" <<-'PY' || { fail "$1: JSON Lines: $(cat "$WORK/py.err")"; return 1; }
		import json, re, sys
		number = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")
		seen = 0
		with open(sys.argv[1], encoding="utf-8") as f:
		    for n, line in enumerate(f, 1):
		        row = json.loads(line)
		        assert isinstance(row, dict), f"line {n} is not an object"
		        for k, v in row.items():
		            assert not (isinstance(v, str) and number.match(v)), f"line {n}: {k} is the string {v!r}"
		            if isinstance(v, (int, float)) and not isinstance(v, bool):
		                seen += 1
		print(seen)
	PY
}

# check_csv NAME ROWS: one header, then ROWS rows, every one as wide as the header
check_csv() {
	python3 - "$WORK/$1.csv" "$2" <<-'PY' 2>"$WORK/py.err" || { fail "$1: CSV: $(cat "$WORK/py.err")"; return 1; }
		import csv, sys
		with open(sys.argv[1], newline="", encoding="utf-8") as f:
		    rows = list(csv.reader(f))
		assert rows and rows[0], "no header"
		width = len(rows[0])
		bad = [i for i, r in enumerate(rows) if len(r) != width]
		assert not bad, f"rows {bad[:5]} are not {width} fields wide"
		assert len(set(rows[0])) == width, f"repeated column names: {rows[0]}"
		assert len(rows) - 1 == int(sys.argv[2]), f"{len(rows) - 1} rows, JSON Lines has {sys.argv[2]}"
	PY
}

# answer TAG NAME readout-args...: the answer as JSON Lines and as CSV, both checked
answer() {
	local t=$1 name=$2
	shift 2
	local args=("$@")
	if [ "${args[0]}" = sql ]; then
		local i
		for i in "${!args[@]}"; do
			[ "${args[$i]}" != --db ] || args[i + 1]=$(pg_reader "${args[i + 1]}")
		done
	fi
	"$READOUT" "${args[@]}" -f jsonl >"$WORK/$t-$name.jsonl" 2>"$WORK/$t-$name.err" ||
		{ fail "$t: $name: readout ${args[*]} -f jsonl: $(cat "$WORK/$t-$name.err")"; return 1; }
	"$READOUT" "${args[@]}" -f csv >"$WORK/$t-$name.csv" 2>"$WORK/$t-$name.err" ||
		{ fail "$t: $name: readout ${args[*]} -f csv: $(cat "$WORK/$t-$name.err")"; return 1; }
	local numbers rows
	numbers=$(check_json "$t-$name" 2>"$WORK/py.err") || return 1
	rows=$(wc -l <"$WORK/$t-$name.jsonl")
	check_csv "$t-$name" "$rows" || return 1
	if [ "$HAVE_JQ" = 1 ] && [ "$rows" -gt 0 ] &&
		! jq -e '[.[] | strings | select(test("^-?[0-9]+(\\.[0-9]+)?$"))] | length == 0' "$WORK/$t-$name.jsonl" >/dev/null; then
		fail "$t: $name: jq finds a number in a string"
		return 1
	fi
	note "ok: $t: $name: $rows rows, $numbers numbers, loads as JSON Lines and as one CSV table"
	echo "$numbers" >"$WORK/$t-$name.numbers"
}

# numeric TAG NAME: the answer had rows with numbers in them
numeric() {
	[ -s "$WORK/$1-$2.numbers" ] && [ "$(cat "$WORK/$1-$2.numbers")" -gt 0 ] || fail "$1: $2: no number in the answer"
}

checks() {
	local db=$1 t=$2
	"$READOUT" ingest -q --db "$db" "$WORK/first" "$WORK/cited.jsonl" 2>"$WORK/$t-ingest.err" ||
		die "$t: ingest failed: $(cat "$WORK/$t-ingest.err")"
	"$READOUT" reuse -q --db "$db" --max-df 4 2>"$WORK/$t-reuse.err" || die "$t: reuse failed: $(cat "$WORK/$t-reuse.err")"

	answer "$t" people people --db "$db" && numeric "$t" people
	for part in summary titles events colisted order; do
		answer "$t" "person-$part" person --db "$db" --part "$part" "Chen Miner" && numeric "$t" "person-$part"
	done
	answer "$t" events events --db "$db" && numeric "$t" events
	answer "$t" events-place events --db "$db" --place chongqing --level provincial
	for part in periods spans levels places; do
		answer "$t" "formulations-$part" formulations --db "$db" --part "$part" && numeric "$t" "formulations-$part"
		answer "$t" "formulations-week-$part" formulations --db "$db" --by week --part "$part"
		answer "$t" "formulations-named-$part" formulations --db "$db" --by year --part "$part" "new era" 两个确立 &&
			numeric "$t" "formulations-named-$part"
	done
	for part in levels events; do
		answer "$t" "cascade-$part" cascade --db "$db" --subject "19th national congress" --part "$part" && numeric "$t" "cascade-$part"
	done
	answer "$t" rank rank --db "$db" "Standing Committee of the Municipal Party Committee" && numeric "$t" rank
	answer "$t" rank-people rank --db "$db" --part people "Standing Committee of the Municipal Party Committee" &&
		numeric "$t" rank-people
	answer "$t" search search --db "$db" "meeting" && numeric "$t" search
	answer "$t" sql sql --db "$db" "SELECT level, count(*) AS events, avg(attended) AS attended FROM events GROUP BY level ORDER BY level" &&
		numeric "$t" sql
	for what in passages pairs clusters events; do
		answer "$t" "reuse-$what" reuse --db "$db" --export "$what"
	done
	numeric "$t" reuse-pairs

	# jq filters on numbers, and finds nulls as null
	if [ "$HAVE_JQ" = 1 ]; then
		expect_eq "$t: jq selects by a number" "$(jq -r 'select(.documents > 4) | .name' "$WORK/$t-people.jsonl")" "Xi Jinping"
		expect_eq "$t: jq sees null as null" \
			"$(jq -r 'select(.document == "s000") | .url | type' "$WORK/$t-events.jsonl" | sort -u)" "null"
	fi
	# the answers that list documents cite them
	expect_eq "$t: events carry the url" \
		"$(python3 -c 'import json,sys; print(*sorted({r["url"] for r in map(json.loads, open(sys.argv[1])) if r["document"] == "cited"}))' \
			"$WORK/$t-events.jsonl")" "https://gov.example/cited.html"
	answer "$t" person-cited person --db "$db" --part events "Ni Yuefeng" &&
		expect_eq "$t: a person's events carry the url" \
			"$(python3 -c 'import json,sys; print(*sorted({r["url"] for r in map(json.loads, open(sys.argv[1])) if r["url"]}))' \
				"$WORK/$t-person-cited.jsonl")" "https://gov.example/cited.html"
	for name in cascade-events search; do
		head -n 1 "$WORK/$t-$name.csv" | grep -q ',url' || fail "$t: $name has no url column"
	done
}

checks "$WORK/readout.db" sqlite
if pg_ready; then
	checks "$(pg_newdb readout_query_output)" pg
	# both backends write the same JSON (search's ranking and reuse aside)
	for name in people person-summary person-titles person-events person-colisted person-order events \
		formulations-periods formulations-spans formulations-levels formulations-places formulations-named-periods rank rank-people cascade-levels cascade-events sql; do
		if cmp -s "$WORK/sqlite-$name.jsonl" "$WORK/pg-$name.jsonl"; then
			note "ok: $name: the same JSON Lines from SQLite and PostgreSQL"
		else
			fail "$name: SQLite and PostgreSQL write different JSON Lines"
			diff "$WORK/sqlite-$name.jsonl" "$WORK/pg-$name.jsonl" | head -6 >&2
		fi
	done
fi
finish
