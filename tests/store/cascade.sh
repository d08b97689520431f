#!/usr/bin/env bash
# cascade.sh — the cascade of a central meeting on a hand-made corpus whose figures are known
# (tests/store/cascade/*.txt, issue 11): the 20th National Congress opens on 2022-10-16 and
# closes on 2022-10-22 (day 0), its close reported twice; relays follow at every level on
# known days (central 3 and 6; provincial 3, reported twice, 5 and 8; prefectural 7 and 11;
# county 14); two county relays are undated, one of them reposted word for word (one event
# once `readout reuse` has clustered the copies); a relay of the 19th Congress shares the
# words "national congress". The printed figures must equal those. On SQLite and PostgreSQL.
# usage: tests/store/cascade.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"
DOCS=$SRC/tests/store/cascade

# cascade DB NAME readout-args...: csv_of NAME readout cascade --db DB args...
cascade() {
	local db=$1 name=$2
	shift 2
	csv_of "$name" cascade --db "$db" "$@"
}

HEADER=row,level,events,documents,first_date,last_date,first_day,median_day,last_day,mean_day,day0,day0_from

checks() {
	local db=$1 t=$2
	"$READOUT" ingest -q --db "$db" "$DOCS" 2>"$WORK/$t-ingest.err" || die "$t: ingest: $(cat "$WORK/$t-ingest.err")"

	# day 0 is the Congress's close; its sessions are the meeting, not relays; the Hebei
	# meeting and the close, each reported twice, are one event each; undated relays counted
	cascade "$db" "$t-levels" --subject "20th national congress" &&
		expect_file "$t: the figures per level, day 0 from the data" "$WORK/$t-levels.csv" <<-CSV
			$HEADER
			meeting,,2,3,2022-10-16,2022-10-22,-6,-3,0,-3,2022-10-22,meeting
			level,central,2,2,2022-10-25,2022-10-28,3,4.5,6,4.5,2022-10-22,meeting
			level,provincial,3,4,2022-10-25,2022-10-30,3,5,8,5.3,2022-10-22,meeting
			level,prefectural,2,2,2022-10-29,2022-11-02,7,9,11,9,2022-10-22,meeting
			level,county,1,1,2022-11-05,2022-11-05,14,14,14,14,2022-10-22,meeting
			undated,,3,3,,,,,,,2022-10-22,meeting
			total,,11,12,2022-10-25,2022-11-05,3,6.5,14,7.1,2022-10-22,meeting
		CSV

	# day 0 given: every day moves by two
	cascade "$db" "$t-day0" --subject "20th National Congress" --day0 2022-10-24 &&
		expect_file "$t: --day0 moves the days" "$WORK/$t-day0.csv" <<-CSV
			$HEADER
			meeting,,2,3,2022-10-16,2022-10-22,-8,-5,-2,-5,2022-10-24,given
			level,central,2,2,2022-10-25,2022-10-28,1,2.5,4,2.5,2022-10-24,given
			level,provincial,3,4,2022-10-25,2022-10-30,1,3,6,3.3,2022-10-24,given
			level,prefectural,2,2,2022-10-29,2022-11-02,5,7,9,7,2022-10-24,given
			level,county,1,1,2022-11-05,2022-11-05,12,12,12,12,2022-10-24,given
			undated,,3,3,,,,,,,2022-10-24,given
			total,,11,12,2022-10-25,2022-11-05,1,4.5,12,5.1,2022-10-24,given
		CSV

	# every event of a level with all its documents: the Hebei meeting is one event of two
	cascade "$db" "$t-provincial" --subject "20th national congress" --part events --level provincial &&
		expect_file "$t: --level lists every event of the level with its documents" \
			<(cut -d, -f1-5,7,9,10 "$WORK/$t-provincial.csv") <<-CSV
				event,kind,level,date,day,host,documents,document
				1,relay,provincial,2022-10-25,3,Standing Committee of the Hebei Provincial Party Committee,2,r03-hebei
				1,relay,provincial,2022-10-25,3,Standing Committee of the Hebei Provincial Party Committee,2,r03-hebei-daily
				2,relay,provincial,2022-10-27,5,Standing Committee of the Jiangsu Provincial Party Committee,1,r04-jiangsu
				3,relay,provincial,2022-10-30,8,Standing Committee of the Zhejiang Provincial Party Committee,1,r05-zhejiang
			CSV

	# the whole list: the meeting's sessions first, then down the levels, undated last
	cascade "$db" "$t-events" --subject "20th national congress" --part events &&
		expect_file "$t: every event, the meeting first" \
			<(cut -d, -f1-5,9 "$WORK/$t-events.csv" | awk -F, '!seen[$1]++') <<-CSV
				event,kind,level,date,day,documents
				1,meeting,provincial,2022-10-16,-6,1
				2,meeting,provincial,2022-10-22,0,2
				3,relay,central,2022-10-25,3,1
				4,relay,central,2022-10-28,6,1
				5,relay,provincial,2022-10-25,3,2
				6,relay,provincial,2022-10-27,5,1
				7,relay,provincial,2022-10-30,8,1
				8,relay,prefectural,2022-10-29,7,1
				9,relay,prefectural,2022-11-02,11,1
				10,relay,county,2022-11-05,14,1
				11,relay,county,,,1
				12,relay,county,,,1
				13,relay,county,,,1
			CSV
	# at most one relay per level, and a note that says so
	cascade "$db" "$t-first" --subject "20th national congress" --part events --limit 1 &&
		expect_eq "$t: --limit 1: the meeting's two sessions and one relay per level" \
			"$(tail -n +2 "$WORK/$t-first.csv" | cut -d, -f1 | sort -un | wc -l)" 6 &&
		expect_eq "$t: --limit 1 says what it left out" "$(grep -c '4 of 11 relays and earlier events listed' "$WORK/$t-first.err")" 1

	# two subjects contain the words: a cascade follows one meeting
	if "$READOUT" cascade --db "$db" -f csv --subject "national congress" >"$WORK/$t-both.csv" 2>"$WORK/$t-both.err"; then
		fail "$t: an ambiguous subject was answered"
	else
		expect_eq "$t: an ambiguous subject names the subjects" \
			"$(grep -c "matches 2 subjects ('19th National Congress', '20th National Congress')" "$WORK/$t-both.err")" 1
	fi
	# a campaign without its meeting in the data: day 0 is the meeting's close in the calendar
	# of central meetings (data/meetings.tsv), said so, with no note
	cascade "$db" "$t-older" --subject "19th national congress" &&
		expect_eq "$t: without the meeting, day 0 is its close in the calendar" \
			"$(sed -n 2,3p "$WORK/$t-older.csv" | paste -sd' ')" \
			"meeting,,0,0,,,,,,,2017-10-24,calendar level,provincial,1,1,2017-10-26,2017-10-26,2,2,2,2,2017-10-24,calendar" &&
		expect_eq "$t: and no note, since day 0 is the meeting's close" "$(grep -c 'note: cascade' "$WORK/$t-older.err")" 0
	expect_eq "$t: no such note when the meeting is stored" "$(grep -c 'note: cascade' "$WORK/$t-levels.err")" 0

	# the reposted undated report: one event once reuse has clustered the copies
	"$READOUT" reuse -q --db "$db" --max-df 4 2>"$WORK/$t-reuse.err" || die "$t: reuse: $(cat "$WORK/$t-reuse.err")"
	cascade "$db" "$t-reused" --subject "20th national congress" &&
		expect_file "$t: near-duplicate undated reports are one event" <(tail -n 2 "$WORK/$t-reused.csv") <<-CSV
			undated,,2,3,,,,,,,2022-10-22,meeting
			total,,10,12,2022-10-25,2022-11-05,3,6.5,14,7.1,2022-10-22,meeting
		CSV

	# JSON Lines: numbers are numbers, null is null
	"$READOUT" cascade --db "$db" -f jsonl --subject "20th national congress" >"$WORK/$t.jsonl" 2>/dev/null
	expect_eq "$t: JSON numbers and nulls" \
		"$(python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; print(r[2]["median_day"], r[5]["first_day"], type(r[0]["events"]).__name__)' "$WORK/$t.jsonl")" \
		"5 None int"
}

checks "$WORK/readout.db" sqlite
if pg_ready; then
	checks "$(pg_newdb readout_cascade)" pg
fi
finish
