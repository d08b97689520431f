#!/usr/bin/env bash
# rank.sh — protocol order (issue 11): `readout rank BODY` on a hand-made corpus
# (tests/store/rank/*.txt) of four dated meetings of one standing committee, the second reported
# twice (once without its list of attendees), and an undated one: Zhang Gujiang moves above
# Liang Tiangu at the second, Liang drops out and Lian Yimin comes in at the third, Liang returns
# and Lian drops out at the fourth. Two more standing committees, of Shanxi and of Hubei, are
# named by their kind alone, Hubei's once more written another way. On SQLite and PostgreSQL.
# usage: tests/store/rank.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"
DOCS=$SRC/tests/store/rank
BODY="standing committee of the Hebei Provincial Party Committee"

# rank DB NAME readout-args...: csv_of NAME readout rank --db DB args...
rank() {
	local db=$1 name=$2
	shift 2
	csv_of "$name" rank --db "$db" "$@"
}

checks() {
	local db=$1 t=$2
	"$READOUT" ingest -q --db "$db" "$DOCS" 2>"$WORK/$t-ingest.err" || die "$t: ingest: $(cat "$WORK/$t-ingest.err")"

	rank "$db" "$t-all" "$BODY" &&
		expect_file "$t: the order at every meeting, and what changed" \
			<(cut -d, -f1,2,4,6-10 "$WORK/$t-all.csv") <<-CSV
				event,date,rank,name,role,previous_rank,change,documents
				1,2022-01-10,1,Ni Yuefeng,presided,,first,1
				1,2022-01-10,2,Wang Zhengpu,attended,,first,1
				1,2022-01-10,3,Liang Tiangu,attended,,first,1
				1,2022-01-10,4,Zhang Gujiang,attended,,first,1
				2,2022-02-14,1,Ni Yuefeng,presided,1,same,2
				2,2022-02-14,2,Wang Zhengpu,attended,2,same,2
				2,2022-02-14,3,Zhang Gujiang,attended,4,up,2
				2,2022-02-14,4,Liang Tiangu,attended,3,down,2
				3,2022-03-21,1,Ni Yuefeng,presided,1,same,1
				3,2022-03-21,2,Wang Zhengpu,attended,2,same,1
				3,2022-03-21,3,Zhang Gujiang,attended,3,same,1
				3,2022-03-21,4,Lian Yimin,attended,,new,1
				3,2022-03-21,,Liang Tiangu,,4,dropped,1
				4,2022-04-18,1,Ni Yuefeng,presided,1,same,1
				4,2022-04-18,2,Wang Zhengpu,attended,2,same,1
				4,2022-04-18,3,Liang Tiangu,attended,,returned,1
				4,2022-04-18,4,Zhang Gujiang,attended,3,same,1
				4,2022-04-18,,Lian Yimin,,4,dropped,1
			CSV
	expect_eq "$t: the meeting reported twice is listed from the report that lists it" \
		"$(awk -F, '$1 == 2 {print $11}' "$WORK/$t-all.csv" | sort -u)" "m2"
	expect_eq "$t: the undated meeting is said to be left out" \
		"$(grep -c '4 of the body.s 5 meetings are dated' "$WORK/$t-all.err")" 1

	rank "$db" "$t-people" "$BODY" --part people &&
		expect_file "$t: each person's course, the latest lineup first" "$WORK/$t-people.csv" <<-CSV
			person_id,name,meetings,first_date,last_date,first_rank,last_rank,best_rank,moved_up,moved_down,dropped
			$(q1 "$db" "SELECT id FROM persons WHERE name = 'Ni Yuefeng'"),Ni Yuefeng,4,2022-01-10,2022-04-18,1,1,1,0,0,0
			$(q1 "$db" "SELECT id FROM persons WHERE name = 'Wang Zhengpu'"),Wang Zhengpu,4,2022-01-10,2022-04-18,2,2,2,0,0,0
			$(q1 "$db" "SELECT id FROM persons WHERE name = 'Liang Tiangu'"),Liang Tiangu,3,2022-01-10,2022-04-18,3,3,3,0,1,1
			$(q1 "$db" "SELECT id FROM persons WHERE name = 'Zhang Gujiang'"),Zhang Gujiang,4,2022-01-10,2022-04-18,4,4,3,1,0,0
			$(q1 "$db" "SELECT id FROM persons WHERE name = 'Lian Yimin'"),Lian Yimin,1,2022-03-21,2022-03-21,4,4,4,0,0,1
		CSV
	rank "$db" "$t-changes" "$BODY" --changes --from 2022-02-01 &&
		expect_eq "$t: --changes --from: only what changed, from the first meeting asked" \
			"$(tail -n +2 "$WORK/$t-changes.csv" | cut -d, -f1,6,9 | paste -sd' ')" \
			"1,Ni Yuefeng,first 1,Wang Zhengpu,first 1,Zhang Gujiang,first 1,Liang Tiangu,first 2,Lian Yimin,new 2,Liang Tiangu,dropped 3,Liang Tiangu,returned 3,Lian Yimin,dropped"

	if "$READOUT" rank --db "$db" -f csv "Hebei Provincial" >/dev/null 2>"$WORK/$t-none.err"; then
		fail "$t: a body not stored was answered"
	else
		expect_eq "$t: a body not stored names the hosts that contain it" \
			"$(grep -c "did you mean 'Standing Committee of the Hebei Provincial Party Committee'" "$WORK/$t-none.err")" 1
	fi
	# a body named by its kind alone is one body per place: never ranked across provinces
	KIND="Standing Committee of the Provincial Party Committee"
	if "$READOUT" rank --db "$db" -f csv "$KIND" >/dev/null 2>"$WORK/$t-kind.err"; then
		fail "$t: the standing committees of two provinces were ranked as one"
	else
		expect_eq "$t: a body in two places names them" \
			"$(grep -c "names bodies in 2 places ('Hubei' or 'Shanxi'): rank one of them with --place" "$WORK/$t-kind.err")" 1
	fi
	rank "$db" "$t-kind" "$KIND" --place shanxi &&
		expect_eq "$t: --place ranks the body of that place" \
			"$(tail -n +2 "$WORK/$t-kind.csv" | cut -d, -f2,6,9 | paste -sd' ')" \
			"2022-01-12,Lin Wu,first 2022-01-12,Lan Foan,first 2022-01-12,Shang Lijun,first"
	# the same body written another way ("Provincial Party Committee Standing Committee"): its
	# meetings are the body's, and Zhang Wenbing comes in above Wang Zhonglin
	rank "$db" "$t-spelled" "$KIND" --place hubei &&
		expect_eq "$t: one body written two ways is ranked as one" \
			"$(tail -n +2 "$WORK/$t-spelled.csv" | cut -d, -f1,2,6,9 | paste -sd' ')" \
			"1,2022-02-09,Wang Menghui,first 1,2022-02-09,Wang Zhonglin,first 2,2022-03-09,Wang Menghui,same 2,2022-03-09,Zhang Wenbing,new 2,2022-03-09,Wang Zhonglin,same"
	if "$READOUT" rank --db "$db" -f csv "$KIND" --place Hebei >/dev/null 2>"$WORK/$t-kind-none.err"; then
		fail "$t: a place the body never meets in was answered"
	else
		expect_eq "$t: a place it never meets in names those it does" \
			"$(grep -c "has no meeting in 'Hebei'; it meets in 'Hubei' or 'Shanxi'" "$WORK/$t-kind-none.err")" 1
	fi
	"$READOUT" rank --db "$db" -f jsonl "$BODY" >"$WORK/$t.jsonl" 2>/dev/null
	expect_eq "$t: JSON numbers and nulls" \
		"$(python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; print(r[6]["previous_rank"], r[12]["rank"], type(r[0]["event"]).__name__)' "$WORK/$t.jsonl")" \
		"4 None int"
}

checks "$WORK/readout.db" sqlite
if pg_ready; then
	checks "$(pg_newdb readout_rank)" pg
fi
finish
