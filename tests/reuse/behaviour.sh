#!/usr/bin/env bash
# behaviour.sh — `readout reuse` on hand-made readouts (tests/reuse/docs), on SQLite and on
# PostgreSQL: an exact copy and a machine-translation-like copy of a central passage are found
# with the central text as their source; a document that shares only a boilerplate sentence
# with the others is in no pair; two undated documents are oriented by level; a republished
# story makes one cluster, and its two events one event; a second run aligns only what is new
# and keeps what the first stored; other settings are refused until --rebuild.
# --max-df 4: in eight documents, a sentence five of them carry is the boilerplate.
# usage: tests/reuse/behaviour.sh BUILD_DIR
. "$(dirname "$0")/../store/lib.sh" "$1"

. "$(dirname "$0")/docs.sh"

# pairs DB: "source>target:direction" lines, sorted
pairs() {
	"$READOUT" reuse --db "$1" --export pairs -f csv | tr -d '\r' | tail -n +2 | cut -d, -f1,2,7 |
		sed 's/^\([^,]*\),\([^,]*\),\(.*\)$/\1>\2:\3/' | sort
}

# field DB SQL: the first value of a one-row query
field() { q1 "$1" "$2"; }

run_backend() { # DB TAG
	local db=$1 t=$2
	"$READOUT" ingest -q --db "$db" "$WORK/first" 2>"$WORK/$t-ingest.err" || die "$t: ingest failed: $(cat "$WORK/$t-ingest.err")"
	"$READOUT" reuse --db "$db" --max-df 4 2>"$WORK/$t-run1.err" || die "$t: reuse failed: $(cat "$WORK/$t-run1.err")"
	grep -q "8 documents (8 new, 0 without text)" "$WORK/$t-run1.err" || fail "$t: first run summary: $(cat "$WORK/$t-run1.err")"
	expect_eq "$t: the pairs and how each was oriented" "$(pairs "$db" | tr '\n' ' ')" \
		"central>county_mt:date central>province_copy:date forum>forum_repost:date ministry_undated>province_undated:level province_copy>county_mt:date "
	expect_eq "$t: boilerplate alone makes no pair" \
		"$(field "$db" "SELECT count(*) FROM v_reuse_pairs WHERE source = 'boiler_only' OR target = 'boiler_only'")" 0

	# the exact copy: the whole passage, word for word, on both sides
	local exact
	exact=$("$READOUT" reuse --db "$db" --export passages --doc province_copy -f jsonl | grep '"target":"province_copy"')
	[ "$(echo "$exact" | wc -l)" = 1 ] || fail "$t: exact copy: one passage expected, got: $exact"
	for side in source_text target_text; do
		python3 - "$side" <<-EOF <<<"$exact" || fail "$t: exact copy: $side"
			import json, sys
			r = json.loads(sys.stdin.read())
			t = r[sys.argv[1]]
			assert "all regions and departments must put the safety of people's lives first" in t, t
			assert t.rstrip().endswith("until the end of the rainy season.") or "end of the rainy season" in t[-60:], t
			assert r["source_words"] == r["target_words"] or abs(int(r["source_words"]) - int(r["target_words"])) <= 3, r
		EOF
	done
	# the copy as another translation would render it
	local mt
	mt=$("$READOUT" reuse --db "$db" --export passages --doc county_mt -f jsonl | grep '"source":"central"')
	python3 - <<-EOF <<<"$mt" || fail "$t: perturbed copy: $mt"
		import json, sys
		r = json.loads(sys.stdin.read())
		assert "emphasized that all localities and departments" in r["target_text"], r["target_text"]
		assert "relocate residents from dangerous zones" in r["target_text"], r["target_text"]
		assert "stressed that all regions and departments" in r["source_text"], r["source_text"]
		assert int(r["matches"]) >= 25, r["matches"]
	EOF
	# shares: the pair's covered words over each document's words
	expect_eq "$t: shares lie in (0, 1]" \
		"$(field "$db" "SELECT count(*) FROM reuse_pairs WHERE source_share <= 0 OR source_share > 1 OR target_share <= 0 OR target_share > 1")" 0
	expect_eq "$t: the republished story covers both documents whole" \
		"$(field "$db" "SELECT CASE WHEN source_share >= 0.95 AND target_share >= 0.95 THEN 1 ELSE 0 END FROM v_reuse_pairs WHERE source = 'forum'")" 1

	# clusters: documents and their events
	expect_eq "$t: cluster members" \
		"$("$READOUT" reuse --db "$db" --export clusters -f csv | tr -d '\r' | tail -n +2 | cut -d, -f4 | sort | tr '\n' ' ')" \
		"forum forum_repost "
	expect_eq "$t: the two reports of the conference are one event" \
		"$(field "$db" "SELECT count(DISTINCT cluster) FROM v_event_clusters c JOIN events e ON e.id = c.event_id JOIN documents d ON d.id = e.doc_id WHERE d.ext_id LIKE 'forum%'")" 1
	expect_eq "$t: meetings counted once" \
		"$(field "$db" "SELECT (SELECT count(*) FROM events) - (SELECT count(DISTINCT cluster) FROM v_event_clusters)")" 1

	# incremental: nothing new, then one new document aligned against everything
	local before
	before=$("$READOUT" reuse --db "$db" --export passages -f jsonl | md5sum)
	"$READOUT" reuse --db "$db" --max-df 4 2>"$WORK/$t-run2.err" || die "$t: second run failed: $(cat "$WORK/$t-run2.err")"
	grep -q "8 documents (0 new, 0 without text).* 0 candidate pairs aligned" "$WORK/$t-run2.err" ||
		fail "$t: a run with nothing new aligns nothing: $(cat "$WORK/$t-run2.err")"
	expect_eq "$t: a run with nothing new changes nothing" "$("$READOUT" reuse --db "$db" --export passages -f jsonl | md5sum)" "$before"
	"$READOUT" ingest -q --db "$db" "$DOCS/late_copy.txt" 2>/dev/null || die "$t: ingest of late_copy failed"
	"$READOUT" reuse --db "$db" --max-df 4 2>"$WORK/$t-run3.err" || die "$t: third run failed: $(cat "$WORK/$t-run3.err")"
	grep -q "9 documents (1 new, 0 without text)" "$WORK/$t-run3.err" || fail "$t: third run summary: $(cat "$WORK/$t-run3.err")"
	expect_eq "$t: the new document's pairs, against old documents" \
		"$(pairs "$db" | grep late_copy | tr '\n' ' ')" \
		"central>late_copy:date county_mt>late_copy:date province_copy>late_copy:date "
	expect_eq "$t: the first run's passages are kept as they were" \
		"$("$READOUT" reuse --db "$db" --export passages -f jsonl | grep -v late_copy | md5sum)" "$before"
	expect_eq "$t: each document aligned once" "$(field "$db" "SELECT count(*) FROM reuse_docs")" 9

	# results made with other settings are not mixed with new ones
	if "$READOUT" reuse --db "$db" --max-df 5 2>"$WORK/$t-other.err"; then
		fail "$t: other settings accepted"
	else
		grep -q "made with ngram=4 max_df=4 min_shared=2 min_matches=9, not ngram=4 max_df=5" "$WORK/$t-other.err" ||
			fail "$t: other settings: $(cat "$WORK/$t-other.err")"
	fi
	"$READOUT" reuse --db "$db" --max-df 4 --rebuild 2>"$WORK/$t-rebuild.err" || fail "$t: --rebuild failed"
	grep -q "9 documents (9 new" "$WORK/$t-rebuild.err" || fail "$t: --rebuild aligns everything: $(cat "$WORK/$t-rebuild.err")"
	expect_eq "$t: --rebuild finds the same pairs" "$(pairs "$db" | wc -l)" 8
}

run_backend "$WORK/reuse.db" sqlite
if pg_ready; then
	run_backend "$(pg_newdb readout_reuse_behaviour)" postgresql
fi
finish
