#!/bin/sh
# run.sh — golden tests of the readout CLI. Compares what the build's CLI prints now with the
# expectations kept beside the inputs, prints a unified diff for each mismatch, and rewrites an
# expectation only when asked with --update.
#   cases/NAME.txt  -> cases/NAME.json      `readout extract --format json NAME.txt` (stdout)
#   cli/NAME.sh     -> cli/NAME.expected    exit status, stderr and stdout of a small script
# usage: tests/golden/run.sh BUILD_DIR [--update] [--only cases|cli] [NAME...]
set -u

here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { echo "usage: $0 BUILD_DIR [--update] [--only cases|cli] [NAME...]" >&2; exit 2; }
build=$(cd "$1" 2>/dev/null && pwd) || { echo "run.sh: no build folder $1" >&2; exit 2; }
shift
update=0
only=
while [ $# -gt 0 ]; do
	case $1 in
	--update) update=1 ;;
	--only) only=$2; shift ;;
	--*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
	*) break ;;
	esac
	shift
done
names="$*"

READOUT=$build/readout
[ -x "$READOUT" ] || { echo "run.sh: $READOUT is not built" >&2; exit 2; }
export READOUT
# the CLI scripts may read the sources (for instance the option table of each command)
READOUT_SRC=$(cd "$here/../.." && pwd)
export READOUT_SRC
# sanitizer reports go to stderr, where they make a CLI case fail rather than vanish
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
LC_ALL=C
export LC_ALL

scratch=$(mktemp -d "${TMPDIR:-/tmp}/readout-golden-XXXXXX") || exit 2
trap 'rm -rf "$scratch"' EXIT INT TERM
failed=0
passed=0

# wanted NAME: true when no names were given or NAME is one of them
wanted() {
	[ -z "$names" ] && return 0
	for n in $names; do [ "$n" = "$1" ] && return 0; done
	return 1
}

# check EXPECTED ACTUAL NAME: compare, or rewrite EXPECTED with --update
check() {
	if [ -f "$1" ] && cmp -s "$1" "$2"; then
		passed=$((passed + 1))
	elif [ $update -eq 1 ]; then
		cp "$2" "$1"
		echo "updated $3"
		passed=$((passed + 1))
	else
		echo "FAIL $3"
		if [ -f "$1" ]; then
			diff -u "$1" "$2" | sed "s#$2#(actual)#"
		else
			echo "  no expectation $1 (run with --update to create it)"
		fi
		failed=$((failed + 1))
	fi
}

run_cases() {
	for txt in "$here"/cases/*.txt; do
		[ -f "$txt" ] || continue
		name=$(basename "$txt" .txt)
		wanted "$name" || continue
		out=$scratch/$name.json
		(cd "$here/cases" && "$READOUT" extract -q --format json "$name.txt") >"$out" 2>"$scratch/$name.err"
		status=$?
		if [ $status -ne 0 ] || [ -s "$scratch/$name.err" ]; then
			echo "FAIL cases/$name: exit $status"
			cat "$scratch/$name.err"
			failed=$((failed + 1))
			continue
		fi
		check "$here/cases/$name.json" "$out" "cases/$name"
	done
}

run_cli() {
	for sh in "$here"/cli/*.sh; do
		[ -f "$sh" ] || continue
		name=$(basename "$sh" .sh)
		wanted "$name" || continue
		work=$scratch/cli-$name
		mkdir -p "$work"
		(cd "$work" && sh "$sh" >"$scratch/$name.out" 2>"$scratch/$name.err")
		status=$?
		{
			echo "exit: $status"
			echo "--- stderr"
			cat "$scratch/$name.err"
			echo "--- stdout"
			cat "$scratch/$name.out"
		} >"$scratch/$name.expected"
		check "$here/cli/$name.expected" "$scratch/$name.expected" "cli/$name"
	done
}

case $only in
'') run_cases; run_cli ;;
cases) run_cases ;;
cli) run_cli ;;
*) echo "run.sh: --only cases or cli" >&2; exit 2 ;;
esac

echo "golden: $passed passed, $failed failed"
[ $failed -eq 0 ]
