#!/usr/bin/env bash
# formulations.sh — formulations as analysts count them (issue 11), on a hand-made corpus whose
# uses are known (tests/store/formulations/*.txt): every use counts whether quoted, numbered
# or only known to the lexicon; `formulations NAME...` gives whole time series by month, ISO
# week or year, zeros included; --limit keeps whole formulations; per level and place. On
# SQLite and PostgreSQL.
#   high-quality development: 2020-12-28 Hebei (2, unquoted), 2021-01-04 Shijiazhuang (1),
#     2021-03-15 Jiangsu (1), an undated county readout (1)
#   common prosperity: 2020-12-28 Hebei (1, quoted), 2021-03-15 Jiangsu (2, unquoted)
#   four consciousnesses: 2021-01-04 Shijiazhuang (1, numbered, unquoted)
# usage: tests/store/formulations.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"
DOCS=$SRC/tests/store/formulations

# forms DB NAME readout-args...: csv_of NAME readout formulations --db DB args...
forms() {
	local db=$1 name=$2
	shift 2
	csv_of "$name" formulations --db "$db" "$@"
}

checks() {
	local db=$1 t=$2
	"$READOUT" ingest -q --db "$db" "$DOCS" 2>"$WORK/$t-ingest.err" || die "$t: ingest: $(cat "$WORK/$t-ingest.err")"

	# every cue counts, and undated uses too
	forms "$db" "$t-spans" --part spans &&
		expect_file "$t: every use counts, quoted or not" "$WORK/$t-spans.csv" <<-CSV
			formulation,zh,first_seen,last_seen,uses,documents
			high-quality development,高质量发展,2020-12-28,2021-03-15,5,4
			common prosperity,共同富裕,2020-12-28,2021-03-15,3,2
			four consciousnesses,四个意识,2021-01-04,2021-01-04,1,1
		CSV

	# one formulation, by month: the empty February is there
	forms "$db" "$t-month" "high-quality development" --by month &&
		expect_file "$t: one formulation by month, zeros included" "$WORK/$t-month.csv" <<-CSV
			formulation,zh,period,uses,documents
			high-quality development,高质量发展,2020-12,2,1
			high-quality development,高质量发展,2021-01,1,1
			high-quality development,高质量发展,2021-02,0,0
			high-quality development,高质量发展,2021-03,1,1
		CSV
	# two, by the Chinese and the pinyin, by year; the most used first in each period
	forms "$db" "$t-year" 共同富裕 "GAO ZHI LIANG FA ZHAN" --by year &&
		expect_file "$t: two formulations by year" "$WORK/$t-year.csv" <<-CSV
			formulation,zh,period,uses,documents
			high-quality development,高质量发展,2020,2,1
			common prosperity,共同富裕,2020,1,1
			high-quality development,高质量发展,2021,2,2
			common prosperity,共同富裕,2021,2,1
		CSV
	# ISO weeks across the new year: 2020-W53, then 2021-W01 to 2021-W11
	forms "$db" "$t-week" "high-quality development" --by week &&
		expect_eq "$t: by ISO week, every week" \
			"$(tail -n +2 "$WORK/$t-week.csv" | cut -d, -f3,4 | paste -sd' ')" \
			"2020-W53,2 2021-W01,1 2021-W02,0 2021-W03,0 2021-W04,0 2021-W05,0 2021-W06,0 2021-W07,0 2021-W08,0 2021-W09,0 2021-W10,0 2021-W11,1"
	# a window wider than the uses: its every month
	forms "$db" "$t-window" "four consciousnesses" --from 2020-11-01 --to 2021-04-30 &&
		expect_eq "$t: --from and --to give the window's every month" \
			"$(tail -n +2 "$WORK/$t-window.csv" | cut -d, -f3,4 | paste -sd' ')" \
			"2020-11,0 2020-12,0 2021-01,1 2021-02,0 2021-03,0 2021-04,0"
	# --limit takes whole formulations, never part of a timeline
	forms "$db" "$t-limit" --limit 1 &&
		expect_eq "$t: --limit 1: the most used formulation, whole" \
			"$(tail -n +2 "$WORK/$t-limit.csv" | cut -d, -f1,3,4 | paste -sd' ')" \
			"high-quality development,2020-12,2 high-quality development,2021-01,1 high-quality development,2021-02,0 high-quality development,2021-03,1"
	# a level: the uses of that level's documents, still a whole series
	forms "$db" "$t-provincial" "high-quality development" --level provincial &&
		expect_eq "$t: --level provincial" "$(tail -n +2 "$WORK/$t-provincial.csv" | cut -d, -f3,4 | paste -sd' ')" \
			"2020-12,2 2021-01,0 2021-02,0 2021-03,1"

	# per level and per place
	forms "$db" "$t-levels" "high-quality development" --part levels &&
		expect_file "$t: per level" "$WORK/$t-levels.csv" <<-CSV
			formulation,zh,level,first_seen,last_seen,uses,documents
			high-quality development,高质量发展,provincial,2020-12-28,2021-03-15,3,2
			high-quality development,高质量发展,prefectural,2021-01-04,2021-01-04,1,1
			high-quality development,高质量发展,county,,,1,1
		CSV
	forms "$db" "$t-places" "common prosperity" --part places &&
		expect_file "$t: per place" "$WORK/$t-places.csv" <<-CSV
			formulation,zh,province,place,first_seen,last_seen,uses,documents
			common prosperity,共同富裕,Jiangsu,Jiangsu,2021-03-15,2021-03-15,2,1
			common prosperity,共同富裕,Hebei,Hebei,2020-12-28,2020-12-28,1,1
		CSV
	forms "$db" "$t-levels-limit" --part levels --limit 2 &&
		expect_eq "$t: --limit 2 on levels: two formulations, all their levels" \
			"$(tail -n +2 "$WORK/$t-levels-limit.csv" | cut -d, -f1,3 | paste -sd' ')" \
			"high-quality development,provincial high-quality development,prefectural high-quality development,county common prosperity,provincial"

	# a name not stored says so and suggests the nearest
	EXIT=1 forms "$db" "$t-typo" "high-quality developmnt" &&
		expect_eq "$t: a mistyped name suggests the nearest" \
			"$(grep -c "no formulation 'high-quality developmnt' in the database; did you mean 'high-quality development'?" "$WORK/$t-typo.err")" 1

	# JSON Lines: numbers are numbers
	"$READOUT" formulations --db "$db" -f jsonl "high-quality development" >"$WORK/$t.jsonl" 2>/dev/null
	expect_eq "$t: JSON numbers" \
		"$(python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; print(sum(x["uses"] for x in r), type(r[2]["documents"]).__name__)' "$WORK/$t.jsonl")" \
		"4 int"
}

checks "$WORK/readout.db" sqlite
if pg_ready; then
	checks "$(pg_newdb readout_formulations)" pg
fi
finish
