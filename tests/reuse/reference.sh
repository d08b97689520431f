#!/usr/bin/env bash
# reference.sh — `readout reuse --reference` on the hand-made readouts (tests/reuse/docs) and
# two references (tests/reuse/references), on SQLite and on PostgreSQL: the documents that
# repeat the flood notice take their shares of it; a sentence that more than max-df documents
# wrote before a reference is its boilerplate (the year review's), while one they repeat after
# it counts (the flood notice's); days after the reference are counted; aggregates by level;
# a second run aligns only documents stored since.
# usage: tests/reuse/reference.sh BUILD_DIR
. "$(dirname "$0")/../store/lib.sh" "$1"

. "$(dirname "$0")/docs.sh"
REFS=$SRC/tests/reuse/references

# shares DB [OPTIONS]: "reference document share days" lines of the stored shares
shares() {
	local db=$1
	shift
	"$READOUT" reuse --db "$db" --export shares -f csv "$@" | tr -d '\r' | tail -n +2 | cut -d, -f1,2,9,11 | tr , ' '
}

run_backend() { # DB TAG
	local db=$1 t=$2 out
	"$READOUT" ingest -q --db "$db" "$WORK/first" 2>/dev/null || die "$t: ingest failed"
	out=$("$READOUT" reuse --db "$db" --max-df 3 --reference -f csv "$REFS/flood_notice.txt" "$REFS/year_review.txt" \
		2>"$WORK/$t-ref.err") || die "$t: reuse --reference failed: $(cat "$WORK/$t-ref.err")"
	grep -q "2 references against 8 documents (0 without text): 16 aligned now, 7 of them take" "$WORK/$t-ref.err" ||
		fail "$t: summary: $(cat "$WORK/$t-ref.err")"
	expect_eq "$t: the documents that took from the references, most first" \
		"$(echo "$out" | tr -d '\r' | tail -n +2 | cut -d, -f1,2 | tr '\n' ' ')" \
		"flood_notice,central flood_notice,county_mt flood_notice,province_copy flood_notice,boiler_only flood_notice,ministry_undated year_review,forum year_review,forum_repost "
	# the printed rows are the stored ones
	expect_eq "$t: printed as stored" "$(echo "$out" | tr -d '\r' | tail -n +2 | cut -d, -f1,2,9,11 | tr , ' ')" "$(shares "$db")"
	# the notice's stock sentence, written by no document before it, counts in those after it
	expect_eq "$t: a sentence repeated after the reference counts" \
		"$(shares "$db" | grep '^flood_notice boiler_only' | cut -d' ' -f3)" "0.3299"
	# the year review's is in four dated documents before it: boilerplate at --max-df 3
	expect_eq "$t: a sentence written before the reference is its boilerplate" \
		"$(shares "$db" | grep -c '^year_review \(boiler_only\|central\|province_copy\|county_mt\)')" 0
	expect_eq "$t: days after the reference" \
		"$(shares "$db" | grep -E '^flood_notice (central|county_mt|ministry_undated) ' | cut -d' ' -f2,4 | tr '\n' ' ')" \
		"central 2 county_mt 17 ministry_undated  "
	local passage
	passage=$("$READOUT" reuse --db "$db" --export reference-passages --doc county_mt -f jsonl | head -n 1)
	python3 - <<-EOF <<<"$passage" || fail "$t: the county's passage: $passage"
		import json, sys
		r = json.loads(sys.stdin.read())
		assert r["reference"] == "flood_notice", r
		assert "strengthen the monitoring of flood and drought conditions along major rivers" in r["reference_text"], r
		assert "reinforce the monitoring of flood and drought conditions along major rivers" in r["document_text"], r
	EOF
	expect_eq "$t: aggregates by level" \
		"$("$READOUT" reuse --db "$db" --export aggregates --by level -f csv | tr -d '\r' | grep '^flood_notice,county,' | cut -d, -f1-4)" \
		"flood_notice,county,1,1"
	expect_eq "$t: the references with their totals" \
		"$("$READOUT" reuse --db "$db" --export references -f csv | tr -d '\r' | tail -n +2 | cut -d, -f2,3,6,7 | tr '\n' ' ')" \
		"flood_notice,2022-10-08,8,5 year_review,2023-12-28,8,2 "

	# again: nothing new; then a new document is aligned against both references
	"$READOUT" reuse --db "$db" --max-df 3 --reference "$REFS/flood_notice.txt" "$REFS/year_review.txt" >/dev/null \
		2>"$WORK/$t-again.err" || die "$t: second run failed"
	grep -q ": 0 aligned now" "$WORK/$t-again.err" || fail "$t: second run: $(cat "$WORK/$t-again.err")"
	"$READOUT" ingest -q --db "$db" "$DOCS/late_copy.txt" 2>/dev/null || die "$t: ingest of late_copy failed"
	"$READOUT" reuse --db "$db" --max-df 3 --reference "$REFS/flood_notice.txt" "$REFS/year_review.txt" >/dev/null \
		2>"$WORK/$t-third.err" || die "$t: third run failed"
	grep -q "against 9 documents (0 without text): 2 aligned now, 1 of them take" "$WORK/$t-third.err" ||
		fail "$t: third run: $(cat "$WORK/$t-third.err")"
	expect_eq "$t: the new document takes from the notice" "$(shares "$db" | grep -c '^flood_notice late_copy ')" 1
	expect_eq "$t: each document aligned once per reference" \
		"$(q1 "$db" "SELECT count(*) FROM reuse_reference_docs")" 18
	# other settings are refused until --rebuild
	if "$READOUT" reuse --db "$db" --max-df 4 --reference "$REFS/flood_notice.txt" >/dev/null 2>"$WORK/$t-other.err"; then
		fail "$t: other settings accepted"
	else
		grep -q "stored reference results were made with ngram=4 max_df=3" "$WORK/$t-other.err" ||
			fail "$t: other settings: $(cat "$WORK/$t-other.err")"
	fi
	"$READOUT" reuse --db "$db" --max-df 4 --rebuild --reference "$REFS/flood_notice.txt" >/dev/null \
		2>"$WORK/$t-rebuild.err" || fail "$t: --rebuild failed: $(cat "$WORK/$t-rebuild.err")"
	expect_eq "$t: --rebuild aligns the reference again" \
		"$(q1 "$db" "SELECT count(*) FROM reuse_reference_docs WHERE reference_id = (SELECT id FROM reuse_references WHERE name = 'flood_notice')")" 9
}

run_backend "$WORK/reference.db" sqlite
if pg_ready; then
	run_backend "$(pg_newdb readout_reuse_reference)" postgresql
fi
finish
