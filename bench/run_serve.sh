#!/bin/sh
# bench/run_serve.sh — `readout serve` under load: wrk on loopback against the search and person
# APIs (and a mix of both) of a database of DOCS generated documents (bench/run_store.sh's
# generator, `readout ingest`), printing requests/s, latency p50/p90/p99, errors and the
# server's resident memory. The targets are drawn from the database itself: searches for the
# stored places, formulations and surnames, profiles of people across the range of documents
# they appear in. Each runs twice: with the server's cache of answers (the default, 64 MB; after
# the first pass over the targets every answer is kept) and without it (--cache 0: every
# request asks the database). wrk runs on the same machine as the server and takes its share
# of the CPUs, so each run also prints the server's CPU time per request (utime + stime over
# the run, from /proc) and the requests per second that makes on two cores the server had to
# itself: the steadier figure on a shared machine. The load average is printed per run.
# Environment: BUILD (default build-bench), SEED (1), DOCS (100000), THREADS (server workers:
# 2), CONNECTIONS (16), SECONDS (20 per run), WRK_THREADS (1), DB (an existing database),
# CACHES (the --cache sizes to run, in MB: "64 0"), READOUT (a readout binary to measure
# instead of $BUILD's, e.g. an older build for a before-and-after).
set -eu

cd "$(dirname "$0")/.."
BUILD=${BUILD:-build-bench}
SEED=${SEED:-1}
DOCS=${DOCS:-100000}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
SECONDS_EACH=${SECONDS:-20}
WRK_THREADS=${WRK_THREADS:-1}
command -v wrk >/dev/null 2>&1 || { echo "run_serve: wrk is not installed (make deps)" >&2; exit 1; }

echo "== build ($BUILD, Release)"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j2 --target readout gen_corpus >/dev/null
READOUT=${READOUT:-$BUILD/readout}
CACHES=${CACHES:-64 0}
TICKS=$(getconf CLK_TCK)

mkdir -p bench/corpus
DB=${DB:-bench/corpus/serve-s$SEED-${DOCS}docs.db}
if [ ! -e "$DB" ]; then
	corpus=bench/corpus/gen-s$SEED-${DOCS}docs.jsonl
	[ -e "$corpus" ] || "$BUILD/gen_corpus" --docs "$DOCS" --seed "$SEED" --data data --out "$corpus" --quiet
	echo "== ingesting $corpus into $DB"
	"$READOUT" ingest -q --threads 2 --db "$DB" "$corpus"
fi
WORK=$BUILD/serve-work
mkdir -p "$WORK"
sql() { "$READOUT" sql -f csv --db "$DB" "$1" | tail -n +2 | tr -d '\r'; }
urlenc() { python3 -c 'import sys, urllib.parse; [print(urllib.parse.quote_plus(l.rstrip("\n"))) for l in sys.stdin]'; }

# Targets: the same for the same database (ordered by a hash of the id, not at random).
{
	sql "SELECT place FROM documents WHERE place IS NOT NULL GROUP BY place ORDER BY (min(id) * 7919) % 10007 LIMIT 200"
	sql "SELECT label FROM formulations ORDER BY (id * 7919) % 10007 LIMIT 150"
	sql "SELECT substr(name, 1, instr(name, ' ') - 1) FROM persons WHERE name LIKE '% %' GROUP BY 1 ORDER BY (min(id) * 7919) % 10007 LIMIT 150"
} | sed 's/^"//; s/"$//' | urlenc | sed 's|^|/api/search?q=|' >"$WORK/search.txt"
sql "SELECT name FROM persons ORDER BY (id * 7919) % 10007 LIMIT 500" | sed 's/^"//; s/"$//' | urlenc |
	sed 's|^|/api/person?name=|' >"$WORK/person.txt"
paste -d '\n' "$WORK/search.txt" "$WORK/person.txt" | grep . >"$WORK/mix.txt"

echo "== machine: $(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $DB: $(du -h "$DB" | cut -f1), $(sql 'SELECT count(*) FROM documents') documents; server: $THREADS workers"
echo "   targets: $(wc -l <"$WORK/search.txt") searches, $(wc -l <"$WORK/person.txt") profiles; wrk -t$WRK_THREADS -c$CONNECTIONS -d${SECONDS_EACH}s"
PID=
trap '[ -z "$PID" ] || kill $PID 2>/dev/null || true' EXIT
printf '%-6s %-8s %10s %9s %9s %9s %9s %7s %8s %9s %5s  %s\n' cache api req/s p50 p90 p99 max errors \
	"CPU ms" "2 cores" load "server RSS"
for cache in $CACHES; do
	"$READOUT" serve --db "$DB" --port 0 --threads "$THREADS" --cache "$cache" >"$WORK/serve.out" 2>"$WORK/serve.err" &
	PID=$!
	URL=
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		URL=$(grep -o 'http://[^ ]*' "$WORK/serve.out" | sed 's|/$||')
		[ -z "$URL" ] || break
		sleep 0.5
	done
	[ -n "$URL" ] || { echo "run_serve: the server did not start: $(cat "$WORK/serve.err")" >&2; exit 1; }
	for api in search person mix; do
		# one pass over the targets first: a warm page cache (and, cached, every answer kept)
		TARGETS=$WORK/$api.txt wrk -t1 -c4 -d3s -s bench/serve.lua "$URL" >/dev/null
		cpu0=$(awk '{ print $14 + $15 }' "/proc/$PID/stat") # utime + stime, in clock ticks
		TARGETS=$WORK/$api.txt wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s bench/serve.lua "$URL" \
			>"$WORK/wrk-$api-cache$cache.txt"
		cpu1=$(awk '{ print $14 + $15 }' "/proc/$PID/stat")
		load=$(cut -d' ' -f1 /proc/loadavg)
		# the database's pages mapped in (RssFile) are the kernel's page cache, shared and
		# given back under pressure; the server's own memory is RssAnon
		rss=$(awk '/^VmRSS/ { r = $2 } /^RssAnon/ { a = $2 } /^RssFile/ { f = $2 } /^VmHWM/ { h = $2 }
			END { printf "%.1f MB = %.1f own + %.1f file (peak %.1f MB)", r / 1024, a / 1024, f / 1024, h / 1024 }' "/proc/$PID/status")
		# server CPU per request answered, and what two cores of it would answer per second
		awk -v api="$api" -v cache="${cache}MB" -v rss="$rss" -v ticks="$((cpu1 - cpu0))" -v hz="$TICKS" -v load="$load" '
			/Requests\/sec/ { rps = $2 }
			/ requests in / { n = $1 }
			/^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
			/^ +Latency +[0-9]/ { max = $4 }
			/Non-2xx/ { bad += $NF } /Socket errors/ { for (i = 4; i <= NF; i += 2) bad += $i + 0 }
			END { ms = n ? ticks * 1000 / hz / n : 0
			      printf "%-6s %-8s %10s %9s %9s %9s %9s %7d %8.3f %9.0f %5s  %s\n", cache, api, rps, p50, p90, p99, max, bad,
			             ms, ms ? 2000 / ms : 0, load, rss }' \
			"$WORK/wrk-$api-cache$cache.txt"
	done
	kill "$PID"
	wait "$PID" 2>/dev/null || true
	PID=
done
echo "(wrk's full reports: $WORK/wrk-*.txt)"
