#!/usr/bin/env bash
# stream_sort.sh — the stages of `readout reuse` as JSON Lines filters (reuse-ngrams,
# reuse-pairs, reuse-candidates, reuse-route, reuse-align), with `sort` as the shuffle between a
# map and a reduce as Hadoop Streaming would run them (grouped by key, lines of a key in any
# order), give the passages `readout reuse` stores for the same documents, on SQLite and on
# PostgreSQL; the input is split into parts as a cluster splits it, and the stages say which
# lines they cannot use and refuse unsorted input.
# usage: tests/reuse/stream_sort.sh BUILD_DIR
. "$(dirname "$0")/../store/lib.sh" "$1"

N=${STREAM_DOCS:-300}
make_corpus "$WORK/corpus" "$N" 11
cp "$SRC"/tests/reuse/docs/*.txt "$WORK/corpus/"
OPTS=(--max-df 20)

# the documents as `readout extract --with-text` gives them, in three parts
"$READOUT" extract -q --with-text "$WORK/corpus" >"$WORK/docs.jsonl" || die "extract failed"
split -n l/3 -d "$WORK/docs.jsonl" "$WORK/part-"

# the shuffle, as a framework does it: lines grouped and ordered by key (up to the first comma),
# in no particular order within a key
shuffle() { shuf --random-source=<(yes) | sort -s -t, -k1,1; }

# job 1: map reuse-ngrams over each part, shuffle, reduce reuse-pairs
for p in "$WORK"/part-*; do
	"$READOUT" reuse-ngrams -q "${OPTS[@]}" <"$p" || die "reuse-ngrams failed on $p"
done | shuffle | "$READOUT" reuse-pairs -q "${OPTS[@]}" >"$WORK/pairs.jsonl" || die "reuse-pairs failed"
# job 2: identity map, shuffle, reduce reuse-candidates
shuffle <"$WORK/pairs.jsonl" | "$READOUT" reuse-candidates -q "${OPTS[@]}" >"$WORK/candidates.jsonl" ||
	die "reuse-candidates failed"
# job 3: map reuse-route over the documents and the candidates (the candidates also as a side
# file), shuffle, reduce reuse-align (the boilerplate lines as a side file)
for p in "$WORK"/part-* "$WORK/candidates.jsonl"; do
	"$READOUT" reuse-route -q "${OPTS[@]}" --candidates "$WORK/candidates.jsonl" <"$p" || die "reuse-route failed on $p"
done | shuffle | "$READOUT" reuse-align -q "${OPTS[@]}" --boilerplate "$WORK/candidates.jsonl" >"$WORK/aligned.jsonl" ||
	die "reuse-align failed"

# canonical: one line per passage with every member, numbers as numbers, sorted
canon() {
	python3 -c '
import json, sys
keys = ("source", "target", "source_hash", "target_hash", "source_date", "target_date", "direction", "passage",
        "source_start", "source_end", "target_start", "target_end", "source_words", "target_words", "score",
        "matches", "source_share", "target_share", "source_text", "target_text")
rows = []
for line in sys.stdin:
    r = json.loads(line)
    rows.append(json.dumps([("%.4f" % float(r[k])) if k.endswith("_share") else str(r[k]) for k in keys]))
print("\n".join(sorted(rows)))
'
}
canon <"$WORK/aligned.jsonl" >"$WORK/streamed.canon"
[ -s "$WORK/streamed.canon" ] || die "the stages found no passage"
note "the stages found $(wc -l <"$WORK/streamed.canon") passages"

compare() { # DB TAG
	"$READOUT" ingest -q --db "$1" "$WORK/corpus" 2>/dev/null || die "$2: ingest failed"
	"$READOUT" reuse -q --db "$1" "${OPTS[@]}" 2>/dev/null || die "$2: reuse failed"
	"$READOUT" reuse --db "$1" --export passages -f jsonl | canon >"$WORK/$2.canon"
	if cmp -s "$WORK/$2.canon" "$WORK/streamed.canon"; then
		note "ok: $2: the stages through sort give what readout reuse stores"
	else
		fail "$2: the stages and readout reuse differ"
		diff "$WORK/$2.canon" "$WORK/streamed.canon" | head -c 2000 >&2
	fi
}
compare "$WORK/local.db" sqlite
if pg_ready; then
	compare "$(pg_newdb readout_reuse_stream)" postgresql
fi

# bad lines are named and skipped; the good ones still count
printf '{"id":"x","text":"fine text here"}\nnot json\n{"id":1}\n' >"$WORK/bad.jsonl"
"$READOUT" reuse-ngrams "${OPTS[@]}" "$WORK/bad.jsonl" >/dev/null 2>"$WORK/bad.err" && fail "bad lines exit 0"
expect_eq "bad lines are named" "$(grep -c '^readout: .*bad.jsonl:[23]: ' "$WORK/bad.err")" 2
grep -q "reuse-ngrams: 3 lines in, .* 2 bad" "$WORK/bad.err" || fail "bad lines: $(cat "$WORK/bad.err")"
# a reduce stage refuses input that was not sorted
"$READOUT" reuse-ngrams -q "${OPTS[@]}" <"$WORK/docs.jsonl" >"$WORK/unsorted.jsonl"
if "$READOUT" reuse-pairs -q "${OPTS[@]}" <"$WORK/unsorted.jsonl" >/dev/null 2>"$WORK/unsorted.err"; then
	fail "unsorted input accepted"
else
	grep -q "the input is not sorted" "$WORK/unsorted.err" || fail "unsorted input: $(cat "$WORK/unsorted.err")"
fi
finish
