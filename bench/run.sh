#!/bin/sh
# bench/run.sh — one command for the benchmark figures: builds Release, generates a corpus under
# bench/corpus/ (gitignored), times extraction on 1 and 2 threads beside `wc -w`, streams 1 GB
# of generated JSON Lines through a pipe to show memory stays flat, and prints a summary.
# Environment: BUILD (default build-bench), CORPUS_MB (200), SEED (1), FORMAT (jsonl|txt),
# STREAM (1G), RSS_AT (100M,500M,1G), THREADS (1,2), READOUT_DATA (a lexicon folder to use
# instead of the built-in copy).
set -eu

cd "$(dirname "$0")/.."
BUILD=${BUILD:-build-bench}
CORPUS_MB=${CORPUS_MB:-200}
SEED=${SEED:-1}
FORMAT=${FORMAT:-jsonl}
STREAM=${STREAM:-1G}
THREADS=${THREADS:-1,2}
RSS_AT=${RSS_AT:-100M,500M,1G}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
DATA_OPT=${READOUT_DATA:+--data $READOUT_DATA}

echo "== build ($BUILD, Release)"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j"$JOBS" --target gen_corpus bench_extract >/dev/null
GEN=$BUILD/gen_corpus
BENCH=$BUILD/bench_extract

# The corpus is deterministic in (seed, size, format, generator): reuse it unless the
# generator was rebuilt since.
mkdir -p bench/corpus
if [ "$FORMAT" = txt ]; then CORPUS=bench/corpus/gen-s$SEED-${CORPUS_MB}M; else CORPUS=bench/corpus/gen-s$SEED-${CORPUS_MB}M.jsonl; fi
if [ ! -e "$CORPUS" ] || [ -n "$(find "$GEN" -newer "$CORPUS")" ]; then
	echo "== generating $CORPUS (${CORPUS_MB} MB, seed $SEED)"
	rm -rf "$CORPUS"
	"$GEN" --bytes "${CORPUS_MB}M" --seed "$SEED" --format "$FORMAT" --out "$CORPUS"
else
	echo "== reusing $CORPUS"
fi

TSV=$BUILD/bench-results.tsv
printf 'measure\tthreads\tinput_mb\tdocuments\tseconds\tcpu_s\tmb_per_s\tdocs_per_s\trss_mb\tpeak_rss_mb\n' >"$TSV"

echo "== machine: $(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   (other work on the machine slows wall-clock figures; the CPU s column is steadier)"
echo "== extraction over $CORPUS"
# shellcheck disable=SC2086 # DATA_OPT is empty or two words
"$BENCH" $DATA_OPT --threads "$THREADS" --tsv "$TSV" "$CORPUS"

echo "== streaming $STREAM of generated JSON Lines through a pipe (nothing on disk)"
# shellcheck disable=SC2086
"$BENCH" $DATA_OPT --stream "$STREAM" --rss-at "$RSS_AT" --gen "$GEN" --gen-data data --tsv "$TSV"

echo
echo "== summary (MB = 2^20 bytes; MB/s of document text for extraction, of file bytes for wc -w;"
echo "   MB/CPU-s = MB per CPU second: the speed on an idle core, less sensitive to other load)"
awk -F'\t' '
NR == 1 { next }
function per_cpu(mb, cpu) { return cpu > 0 ? sprintf("%8.2f", mb / cpu) : "       -" }
$1 == "extract" {
	printf "  extract, %s thread(s)      %8.2f MB/s  %9.1f docs/s  %7.2f s wall  %7.2f CPU s  %s MB/CPU-s  peak RSS %5.1f MB\n", $2, $7, $8, $5, $6, per_cpu($3, $6), $10
}
$1 == "wc-w" {
	printf "  wc -w (LC_ALL=C)           %8.2f MB/s  %16s  %7.2f s wall  %7.2f CPU s  %s MB/CPU-s\n", $7, "", $5, $6, per_cpu($3, $6)
}
$1 ~ /^stream@/ {
	if (first == "") first = $9
	last = $9
	printf "  stream, RSS at %6.0f MB    %8.1f MB now, peak %.1f MB (%d documents)\n", $3, $9, $10, $4
}
$1 == "stream-total" {
	printf "  stream, total %6.0f MB     %8.2f MB/s (generator sharing the CPUs), peak RSS %.1f MB\n", $3, $7, $10
	if (first != "") printf "  RSS growth from the first mark to the last: %+.1f MB\n", last - first
}' "$TSV"
echo "  (raw rows: $TSV)"
