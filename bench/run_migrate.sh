#!/bin/sh
# bench/run_migrate.sh — what the first writable open of an older SQLite database costs: a
# generated corpus is ingested once into a new database; for each version in VERSIONS, a
# database of that version's layout (tests/store/migrations/layout-vN.sqlite.sql) is filled
# with its rows and opened by `readout ingest` of one document it already holds, which runs the
# steps up to the latest version. Prints seconds and peak memory per version, beside opening
# the new database the same way.
# Environment: BUILD (default build-bench), DOCS (50000), SEED (1), VERSIONS ("1 5 9"), RUNS (3).
set -eu

cd "$(dirname "$0")/.."
BUILD=${BUILD:-build-bench}
DOCS=${DOCS:-50000}
SEED=${SEED:-1}
VERSIONS=${VERSIONS:-1 5 9}
RUNS=${RUNS:-3}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
FIX=tests/store/migrations

echo "== build ($BUILD, Release)"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j"$JOBS" --target readout sql_script gen_corpus >/dev/null
READOUT=$BUILD/readout
WORK=$BUILD/migrate
rm -rf "$WORK" && mkdir -p "$WORK"

echo "== corpus and a new database ($DOCS documents, seed $SEED)"
"$BUILD/gen_corpus" --docs "$DOCS" --seed "$SEED" --data data --out "$WORK/corpus" --quiet
rm -f "$WORK/corpus/truth.jsonl"
"$READOUT" ingest -q --db "$WORK/new.db" "$WORK/corpus"
ONE=$(find "$WORK/corpus" -name '*.txt' | head -n 1)

# open DB: one writable open of a copy, timed; prints "seconds peak_kb"
open_copy() {
	cp "$1" "$WORK/open.db"
	/usr/bin/time -f "%e %M" -o "$WORK/time" "$READOUT" ingest -q --db "$WORK/open.db" "$ONE" 2>/dev/null
	cat "$WORK/time"
}

echo "== the first writable open, $RUNS runs each (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-10s %10s %10s  %s\n' "version" "seconds" "peak MB" "(each run)"
for v in new $VERSIONS; do
	if [ "$v" = new ]; then
		src=$WORK/new.db
	else
		src=$WORK/v$v.db
		rm -f "$src"
		"$BUILD/tests/sql_script" "$src" <"$FIX/layout-v$v.sqlite.sql"
		bash "$FIX/fill_sqlite.sh" "$WORK/new.db" "$src" "$BUILD/tests/sql_script"
	fi
	runs=""
	best=""
	peak=0
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		set -- $(open_copy "$src")
		runs="$runs $1"
		best=$(echo "$best $1" | awk '{ m = $1; for (i = 2; i <= NF; i++) if ($i < m) m = $i; print m }')
		[ "$2" -gt "$peak" ] && peak=$2
		i=$((i + 1))
	done
	printf '%-10s %10s %10d  %s\n' "$v" "$best" $((peak / 1024)) "$runs"
done
echo "(seconds: the fastest run; peak MB: the largest; documents: $DOCS, $(du -m "$WORK/new.db" | cut -f1) MB database)"
