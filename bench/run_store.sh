#!/bin/sh
# bench/run_store.sh — the store's figures in one command: ingest throughput and memory of a
# generated corpus (`readout ingest`, 1 and 2 threads, and bench_store's split into extracting
# and storing), a profile of ingest, the analyst queries on a large database (cold and warm,
# library and CLI), and person-resolution precision and recall; then a summary table.
# Environment: BUILD (default build-bench), SEED (1), DOCS (100000: the ingest corpus),
# PROFILE_DOCS (10000), QUERY_DOCS (1000000), QUERY_DB (an existing database to query instead
# of building one of QUERY_DOCS documents), RUNS (5), RES_DOCS (5000), NAMESAKES (200),
# READOUT_DATA (a lexicon folder to use instead of the built-in copy), SKIP (words among
# ingest, profile, queries, resolution).
set -eu

cd "$(dirname "$0")/.."
BUILD=${BUILD:-build-bench}
SEED=${SEED:-1}
DOCS=${DOCS:-100000}
PROFILE_DOCS=${PROFILE_DOCS:-10000}
QUERY_DOCS=${QUERY_DOCS:-1000000}
RUNS=${RUNS:-5}
RES_DOCS=${RES_DOCS:-5000}
NAMESAKES=${NAMESAKES:-200}
SKIP=${SKIP:-}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
DATA_OPT=${READOUT_DATA:+--data $READOUT_DATA}
skip() { case " $SKIP " in *" $1 "*) return 0 ;; esac; return 1; }

echo "== build ($BUILD, Release)"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j"$JOBS" --target readout gen_corpus bench_store >/dev/null
READOUT=$BUILD/readout
GEN=$BUILD/gen_corpus
BENCH=$BUILD/bench_store
# shellcheck disable=SC2086 # DATA_OPT is empty or two words
if ! "$READOUT" extract -q $DATA_OPT samples >/dev/null 2>"$BUILD/store-probe.err"; then
	echo "readout cannot extract the samples: $(cat "$BUILD/store-probe.err")" >&2
	echo "(a lexicon missing from data/? point READOUT_DATA at a complete copy)" >&2
	exit 1
fi

mkdir -p bench/corpus
corpus() { # N -> path of a JSON Lines corpus of N documents, generated once
	c=bench/corpus/gen-s$SEED-$1docs.jsonl
	if [ ! -e "$c" ] || [ -n "$(find "$GEN" -newer "$c")" ]; then
		echo "== generating $c ($1 documents, seed $SEED)" >&2
		"$GEN" --docs "$1" --seed "$SEED" --data data --out "$c" --quiet
	fi
	echo "$c"
}

TSV=$BUILD/store-results.tsv
: >"$TSV"
WORK=$BUILD/store-work
mkdir -p "$WORK"
rm -f "$WORK"/*.tsv # the summary shows this run's figures only
echo "== machine: $(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   (other work on the machine stretches wall-clock figures; CPU figures are steadier)"

if ! skip ingest; then
	CORPUS=$(corpus "$DOCS")
	cat "$CORPUS" >/dev/null # warm the page cache: measure the program, not the disk
	for t in 1 2; do
		db=$WORK/ingest-$t.db
		rm -f "$db" "$db-wal" "$db-shm"
		echo "== readout ingest --threads $t of $CORPUS into $db"
		# shellcheck disable=SC2086
		/usr/bin/time -v "$READOUT" ingest -q --threads "$t" $DATA_OPT --db "$db" "$CORPUS" 2>"$WORK/ingest-$t.err" || true
		line=$(grep '^readout: ' "$WORK/ingest-$t.err" | tail -n 1)
		echo "   $line"
		mb=$(echo "$line" | sed -n 's/.*; \([0-9.]*\) MB in \([0-9.]*\) s.*/\1/p')
		s=$(echo "$line" | sed -n 's/.*; \([0-9.]*\) MB in \([0-9.]*\) s.*/\2/p')
		docs=$(echo "$line" | sed -n 's/^readout: \([0-9]*\) documents added.*/\1/p')
		cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$WORK/ingest-$t.err")
		rss=$(awk -F': ' '/Maximum resident/ { print $2 / 1024 }' "$WORK/ingest-$t.err")
		size=$(($(stat -c %s "$db") + $(stat -c %s "$db-wal" 2>/dev/null || echo 0)))
		# readout prints MB of 10^6 bytes; the table uses 2^20 like bench/README.md
		printf 'ingest\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$docs" "$(echo "$mb" | awk '{ print $1 * 1e6 / 1048576 }')" \
			"$s" "$cpu" "$rss" "$(echo "$size" | awk '{ print $1 / 1048576 }')" >>"$TSV"
	done
	echo "== bench_store ingest: the same corpus, time split into extracting and storing"
	rm -f "$WORK/split.db" "$WORK/split.db-wal" "$WORK/split.db-shm"
	# shellcheck disable=SC2086
	"$BENCH" ingest $DATA_OPT --db "$WORK/split.db" --label split --tsv "$WORK/split.tsv" "$CORPUS"
fi

if ! skip profile && command -v perf >/dev/null 2>&1; then
	PCORPUS=$(corpus "$PROFILE_DOCS")
	rm -f "$WORK/profile.db" "$WORK/profile.db-wal" "$WORK/profile.db-shm"
	echo "== perf profile of readout ingest, $PROFILE_DOCS documents (self time, top 25)"
	# shellcheck disable=SC2086
	if perf record -q -F 1999 -g -o "$WORK/ingest.perf" "$READOUT" ingest -q $DATA_OPT --db "$WORK/profile.db" "$PCORPUS" \
		>/dev/null 2>"$WORK/perf.err"; then
		perf report -i "$WORK/ingest.perf" --no-children --sort dso,symbol --stdio 2>/dev/null |
			grep -E '^ +[0-9.]+%' | head -n 25 | sed 's/^/   /'
		echo "   by library:"
		perf report -i "$WORK/ingest.perf" --no-children --sort dso --stdio 2>/dev/null |
			grep -E '^ +[0-9.]+%' | head -n 8 | sed 's/^/   /'
	else
		echo "   (perf record failed: $(head -c 200 "$WORK/perf.err"))"
	fi
fi

if ! skip queries; then
	QDB=${QUERY_DB:-}
	if [ -z "$QDB" ]; then
		QDB=bench/corpus/store-s$SEED-${QUERY_DOCS}docs.db
		if [ ! -e "$QDB" ] || [ -n "$(find "$READOUT" -newer "$QDB")" ]; then
			rm -f "$QDB" "$QDB-wal" "$QDB-shm"
			echo "== building $QDB: gen_corpus --docs $QUERY_DOCS | readout ingest --threads 2 - (long)"
			# shellcheck disable=SC2086
			"$GEN" --docs "$QUERY_DOCS" --seed "$SEED" --data data --out - --quiet |
				/usr/bin/time -f '   %e s wall, %U s user, %S s system, peak RSS %M KB' \
					"$READOUT" ingest -q --threads 2 $DATA_OPT --db "$QDB" -
		fi
	else
		# an older database gets the indexes and tables added since (an ingest of nothing)
		# shellcheck disable=SC2086
		"$READOUT" ingest -q $DATA_OPT --db "$QDB" /dev/null 2>/dev/null || true
	fi
	echo "== queries on $QDB ($(du -h "$QDB" | cut -f1); $("$READOUT" sql -f csv --db "$QDB" 'SELECT count(*) FROM documents' | tail -n 1) documents)"
	"$BENCH" queries --db "$QDB" --readout "$READOUT" --runs "$RUNS" --tsv "$WORK/queries.tsv" --label queries
fi

if ! skip resolution; then
	if command -v python3 >/dev/null 2>&1; then
		echo "== person resolution (dev gold set when ../shared/eval/dev is there; generated namesakes)"
		# shellcheck disable=SC2086
		python3 bench/bench_resolution.py --readout "$READOUT" --gen "$GEN" ${READOUT_DATA:+--data "$READOUT_DATA"} \
			--docs "$RES_DOCS" --namesakes "$NAMESAKES" --tsv "$WORK/resolution.tsv"
	else
		echo "== person resolution: skipped (no python3)"
	fi
fi

echo
echo "== summary (MB = 2^20 bytes of document text; bars: ingest >= 20 MB/s on one core and peak RSS < 128 MB,"
echo "   queries < 50 ms on a 1M-document database, resolution precision and recall >= 0.95)"
if [ -s "$TSV" ]; then
	awk -F'\t' '$1 == "ingest" {
		printf "  ingest, %s thread(s)   %8.2f MB/s  %8.0f docs/s  %8.1f s wall  %8.1f CPU s  %6.2f MB/CPU-s  peak RSS %6.1f MB  db %7.1f MB\n",
			$2, $4 / $5, $3 / $5, $5, $6, $4 / $6, $7, $8 }' "$TSV"
fi
if [ -s "$WORK/split.tsv" ]; then
	awk -F'\t' '{ printf "  bench_store split      extracting %.1f s, storing %.1f s of %.1f s wall: storing alone %.2f MB/s\n",
		$5 - $7, $7, $5, $4 / $7 }' "$WORK/split.tsv"
fi
if [ -s "$WORK/queries.tsv" ]; then
	awk -F'\t' '{ printf "  %-38s %7d rows  lib %7.1f ms warm (%7.1f cold)  CLI %7.1f ms warm (%7.1f cold)%s\n",
		$2, $3, $5, $4, $8, $7, ($8 < 50 ? "" : "   over 50 ms") }' "$WORK/queries.tsv"
fi
if [ -s "$WORK/resolution.tsv" ]; then
	awk -F'\t' '{ printf "  resolution, %-22s precision %.4f  recall %.4f  (%d mentions)\n", $1, $5, $6, $2 }' "$WORK/resolution.tsv"
fi
echo "  (raw rows: $TSV, $WORK/*.tsv)"
