#!/bin/sh
# bench/run_reuse.sh — the figures of `readout reuse` (issue 13) in one command: corpora from
# bench/gen_reuse.c with planted reused passages, boilerplate and republished documents; for
# each size, `readout reuse --rebuild` timed (wall, CPU, peak RSS) and its passages scored
# against the truth (bench_reuse.py); the straightforward all-pairs implementation
# (naive_reuse.c) on the smallest size beside it; then a summary. Prints figures, asserts
# nothing about time.
# Environment: BUILD (default build-bench), SEED (1), SIZES ("10000 30000 100000"), THREADS
# (2), NAIVE_DOCS (the smallest of SIZES; 0 skips the naive run), SKIP (words among quality,
# naive).
set -eu

cd "$(dirname "$0")/.."
BUILD=${BUILD:-build-bench}
SEED=${SEED:-1}
SIZES=${SIZES:-10000 30000 100000}
THREADS=${THREADS:-2}
NAIVE_DOCS=${NAIVE_DOCS:-$(echo "$SIZES" | tr ' ' '\n' | sort -n | head -n 1)}
SKIP=${SKIP:-}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
skip() { case " $SKIP " in *" $1 "*) return 0 ;; esac; return 1; }

echo "== build ($BUILD, Release)"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j"$JOBS" --target readout gen_reuse naive_reuse >/dev/null
READOUT=$BUILD/readout
mkdir -p bench/corpus
WORK=$BUILD/reuse-work
mkdir -p "$WORK"
TSV=$WORK/results.tsv
: >"$TSV"
: >"$WORK/quality.tsv"
echo "== machine: $(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   (other work on the machine stretches wall-clock figures; CPU figures are steadier)"

# database N: a readout database of N generated documents, made once per generator and readout
database() {
	c=bench/corpus/reuse-s$SEED-$1.jsonl
	db=bench/corpus/reuse-s$SEED-$1.db
	if [ ! -e "$c" ] || [ -n "$(find "$BUILD/gen_reuse" -newer "$c")" ]; then
		echo "== generating $c" >&2
		"$BUILD/gen_reuse" --docs "$1" --seed "$SEED" --out "$c" >&2
		rm -f "$db" "$db-wal" "$db-shm"
	fi
	if [ ! -e "$db" ] || [ -n "$(find "$READOUT" -newer "$db")" ]; then
		rm -f "$db" "$db-wal" "$db-shm"
		echo "== ingesting $c (readout ingest --threads $THREADS)" >&2
		"$READOUT" ingest -q --threads "$THREADS" --db "$db" "$c" >&2
	fi
	echo "$db"
}

for n in $SIZES; do
	db=$(database "$n")
	c=bench/corpus/reuse-s$SEED-$n.jsonl
	mb=$(awk -v s="$(stat -c %s "$c")" 'BEGIN { printf "%.0f", s / 1048576 }')
	echo "== readout reuse --rebuild --threads $THREADS on $n documents ($mb MB of JSON Lines), load $(cut -d' ' -f1 /proc/loadavg)"
	/usr/bin/time -v "$READOUT" reuse --db "$db" --rebuild --threads "$THREADS" -q 2>"$WORK/reuse-$n.err" || {
		cat "$WORK/reuse-$n.err" >&2
		exit 1
	}
	line=$(grep '^readout: ' "$WORK/reuse-$n.err")
	echo "   $line"
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$WORK/reuse-$n.err")
	cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$WORK/reuse-$n.err")
	rss=$(awk -F': ' '/Maximum resident/ { print $2 / 1024 }' "$WORK/reuse-$n.err")
	stages=$(echo "$line" | sed -n 's/.*(read \([0-9.]*\), index \([0-9.]*\), align \([0-9.]*\), write \([0-9.]*\))$/\1\t\2\t\3\t\4/p')
	pairs=$(echo "$line" | sed -n 's/.*: \([0-9]*\) candidate pairs aligned, \([0-9]*\) share \([0-9]*\) passages.*/\1\t\2\t\3/p')
	printf 'reuse\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$mb" "$wall" "$cpu" "$rss" "$stages" "$pairs" >>"$TSV"
	if ! skip quality; then
		"$READOUT" reuse --db "$db" --export passages -f jsonl >"$WORK/passages-$n.jsonl"
		"$READOUT" reuse --db "$db" --export clusters -f jsonl >"$WORK/clusters-$n.jsonl"
		echo "== quality on $n documents (bench_reuse.py)"
		python3 bench/bench_reuse.py --corpus "$c" --truth "bench/corpus/reuse-s$SEED-$n.truth.jsonl" \
			--passages "$WORK/passages-$n.jsonl" --clusters "$WORK/clusters-$n.jsonl" --tsv "$WORK/quality.tsv" \
			--label "$n" | sed 's/^/   /'
	fi
done

if [ "$NAIVE_DOCS" != 0 ] && ! skip naive; then
	db=$(database "$NAIVE_DOCS")
	echo "== the straightforward all-pairs implementation (naive_reuse --threads $THREADS) on $NAIVE_DOCS documents"
	/usr/bin/time -v "$BUILD/naive_reuse" --db "$db" --threads "$THREADS" >"$WORK/naive.out" 2>"$WORK/naive.err" || {
		cat "$WORK/naive.err" >&2
		exit 1
	}
	echo "   $(cat "$WORK/naive.out")"
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$WORK/naive.err")
	cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$WORK/naive.err")
	rss=$(awk -F': ' '/Maximum resident/ { print $2 / 1024 }' "$WORK/naive.err")
	printf 'naive\t%s\t-\t%s\t%s\t%s\n' "$NAIVE_DOCS" "$wall" "$cpu" "$rss" >>"$TSV"
fi

echo
echo "== summary (bars: all pairs of 100,000 documents, about 500 MB, in 5 minutes on 2 cores under 2 GB;"
echo "   passage recall and precision >= 0.95, boundaries within 5 words)"
awk -F'\t' '$1 == "reuse" {
	printf "  readout reuse   %7d docs %5s MB  %7.1f s wall  %7.1f CPU s  peak RSS %6.0f MB  (read %s, index %s, align %s, write %s s)  %s candidates, %s pairs, %s passages\n",
		$2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13 }
	$1 == "naive" {
	printf "  naive all-pairs %7d docs           %7.1f s wall  %7.1f CPU s  peak RSS %6.0f MB\n", $2, $4, $5, $6 }' "$TSV"
if [ -s "$WORK/quality.tsv" ]; then
	awk -F'\t' '{ printf "  quality at %7d docs: recall %.4f, precision %.4f, boundaries within 5 words %.4f of passages (%.4f of ends), mean error %.2f words\n", $1, $2, $3, $4, $9, $6 }' "$WORK/quality.tsv"
fi
echo "  (raw rows: $TSV, $WORK/quality.tsv)"
