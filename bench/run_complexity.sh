#!/bin/sh
# bench/run_complexity.sh — extraction time on pathological documents (bench_complexity.c) at
# n and 8n bytes, on a Release build: linear work takes about 8 times as long on the larger,
# quadratic 64 times. Prints the table at n = 128 KB and at n = 1.25 MB (8n = 10 MB, the
# huge-token case of issue 10), then extraction and storing at 128 KB. Environment: BUILD
# (default build-bench), SIZES (bytes, comma separated), RUNS (fastest of, default 3).
set -eu

cd "$(dirname "$0")/.."
BUILD=${BUILD:-build-bench}
SIZES=${SIZES:-131072,1310720}
RUNS=${RUNS:-3}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}

echo "== build ($BUILD, Release)"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j"$JOBS" --target bench_complexity >/dev/null
echo "== load: $(uptime)"
for n in $(echo "$SIZES" | tr , ' '); do
	echo "== n = $n bytes, CPU time, fastest of $RUNS"
	"$BUILD"/bench_complexity --bytes "$n" --runs "$RUNS"
done
echo "== with storing into SQLite (one batch), n = 131072 bytes, fastest of $RUNS"
"$BUILD"/bench_complexity --bytes 131072 --runs "$RUNS" --store "$BUILD/complexity-store.db"
