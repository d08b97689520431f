# shellcheck shell=bash
# tests/store/lib.sh — shared by the store script tests (sourced, not run): the build's CLI, a
# scratch folder, a corpus, a fresh PostgreSQL database, the store's counts, assertions.
# usage in a test: . "$(dirname "$0")/lib.sh" "$1"   ($1 = the build folder)
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
BUILD=$(cd "$1" && pwd)
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
READOUT=$BUILD/readout
[ -x "$READOUT" ] || { echo "$0: $READOUT is not built" >&2; exit 2; }
export LC_ALL=C
# sanitizer reports make the CLI exit non-zero, so they fail the test rather than vanish
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
TEST=$(basename "$0" .sh)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/readout-$TEST-XXXXXX")
# KEEP=1 keeps the scratch folder (and the PostgreSQL databases made) for a look after a
# failure; else both go at exit, so that a run of many tests does not leave the server a
# cluster of gigabytes to delete when it stops
cleanup() {
	[ -z "${KEEP:-}" ] || return 0
	if [ -f "$WORK/pg-databases" ]; then
		while read -r db; do
			bash "$PG_SCRIPT" dropdb "$db" "$PG_DIR" >/dev/null 2>&1 || true
		done <"$WORK/pg-databases"
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT
PG_SCRIPT=${READOUT_PG_SCRIPT:-$SRC/scripts/pg-test-server.sh}
PG_DIR=${READOUT_PG_DIR:-$BUILD/pg-test}
failures=0

note() { echo "$TEST: $*"; }
fail() { echo "$TEST: FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "$TEST: FAIL: $*" >&2; exit 1; }

# expect_eq WHAT ACTUAL EXPECTED
expect_eq() {
	if [ "$2" = "$3" ]; then note "ok: $1"; else fail "$1: got '$2', expected '$3'"; fi
}

# expect_file WHAT FILE: FILE's lines are those of the standard input (a here-document)
expect_file() {
	local want
	want=$(cat)
	if [ "$(cat "$2")" = "$want" ]; then
		note "ok: $1"
	else
		fail "$1"
		diff <(echo "$want") "$2" >&2 || true
	fi
}

# csv_of NAME readout-args...: the answer as CSV into $WORK/NAME.csv (CRs dropped), its stderr
# into $WORK/NAME.err; the exit status must be $EXIT (default 0)
csv_of() {
	local name=$1 status=0
	shift
	"$READOUT" "$@" -f csv >"$WORK/$name.csv" 2>"$WORK/$name.err" || status=$?
	tr -d '\r' <"$WORK/$name.csv" >"$WORK/$name.tmp" && mv "$WORK/$name.tmp" "$WORK/$name.csv"
	[ "$status" = "${EXIT:-0}" ] || { fail "$name: readout $*: exit $status: $(cat "$WORK/$name.err")"; return 1; }
}

finish() {
	if [ "$failures" -gt 0 ]; then
		echo "$TEST: $failures check(s) failed" >&2
		exit 1
	fi
	note "all checks passed"
	exit 0
}

# pg_ready: true when the test server is up. Without one it fails the test when CI is set,
# else says why and returns 1.
pg_ready() {
	[ -f "$PG_DIR/uri" ] && return 0
	local why="no test server (scripts/pg-test-server.sh start $PG_DIR)"
	[ -f "$PG_DIR/unavailable" ] && why=$(cat "$PG_DIR/unavailable")
	case ${CI:-} in "" | false | 0) ;; *) die "PostgreSQL is required under CI: $why" ;; esac
	echo "$TEST: SKIP: the PostgreSQL checks: $why" >&2
	return 1
}

# A fresh PostgreSQL database NAME on the test server; prints its URI. Without a server:
# exit 77 (ctest: skipped), or fail when CI is set.
pg_newdb() {
	pg_ready || exit 77
	echo "$1" >>"$WORK/pg-databases"
	bash "$PG_SCRIPT" newdb "$1" "$PG_DIR" || die "cannot create database $1"
}

# The same PostgreSQL database as the test server's reading role (readout sql refuses a
# superuser; scripts/pg-test-server.sh makes the role); other locations unchanged.
pg_reader() { # LOCATION
	case $1 in
	postgres://* | postgresql://*)
		if [[ $1 == *user=* ]]; then
			sed -E 's/([?&])user=[^&]*/\1user=readout_reader/' <<<"$1"
		elif [[ $1 == *\?* ]]; then
			echo "$1&user=readout_reader"
		else
			echo "$1?user=readout_reader"
		fi
		;;
	*) echo "$1" ;;
	esac
}

# The first value of a one-row query, as CSV without the header.
q1() { # DB SQL
	"$READOUT" sql -f csv --db "$(pg_reader "$1")" "$2" | tr -d '\r' | sed -n 2p
}

# One line with every count the store tests compare.
COUNTS_SQL="SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM events) AS events,
 (SELECT count(*) FROM persons) AS persons, (SELECT count(*) FROM person_titles) AS person_titles,
 (SELECT count(*) FROM roles) AS roles, (SELECT count(*) FROM formulation_uses) AS formulation_uses,
 (SELECT count(*) FROM formulations) AS formulations, (SELECT count(*) FROM person_docs) AS person_docs"
counts() { # DB
	"$READOUT" sql -f csv --db "$(pg_reader "$1")" "$COUNTS_SQL" | tr -d '\r' | sed -n 2p
}

# make_corpus DIR N SEED: N distinct readouts as DIR/*.txt. The bench generator when it is
# built; otherwise the samples, each copy with a small random edit so every hash differs.
make_corpus() {
	local dir=$1 n=$2 seed=$3
	mkdir -p "$dir"
	if [ -x "$BUILD/gen_corpus" ] &&
	   "$BUILD/gen_corpus" --docs "$n" --seed "$seed" --data "$SRC/data" --out "$dir" --quiet 2>/dev/null; then
		rm -f "$dir/truth.jsonl"
	else
		rm -rf "$dir" && mkdir -p "$dir"
		awk -v n="$n" -v seed="$seed" -v dir="$dir" '
			FNR == 1 { k++ }
			{ text[k] = text[k] $0 "\n" }
			END {
				srand(seed)
				split("on at in with for by", words, " ")
				for (i = 1; i <= n; i++) {
					t = text[(i - 1) % k + 1]
					# an edit: a reference line after the headline, and one word swapped
					p = index(t, "\n")
					t = substr(t, 1, p) "Reference " i "-" int(rand() * 1000000) ".\n" substr(t, p + 1)
					w = words[int(rand() * 6) + 1]
					sub(" the ", " " w " the ", t)
					f = sprintf("%s/doc-%06d.txt", dir, i)
					printf "%s", t > f
					close(f)
				}
			}' "$SRC"/samples/*.txt
	fi
	local got
	got=$(find "$dir" -name '*.txt' | wc -l)
	[ "$got" -eq "$n" ] || die "corpus: $got documents, expected $n"
}
