#!/bin/sh
# bench/reuse_real.sh — `readout reuse` on the unlabeled real readouts of ../shared/corpus, for
# a person to read: the near-duplicate clusters, then the pairs that share the most, with their
# passages. The texts are read at run time and never copied into the repository.
# Environment: BUILD (default build), CORPUS (../shared/corpus/official.jsonl), TOP (15 pairs),
# WIDTH (characters of each passage shown, 400), and any `readout reuse` options in OPTS.
set -eu

cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
CORPUS=${CORPUS:-../shared/corpus/official.jsonl}
TOP=${TOP:-15}
WIDTH=${WIDTH:-400}
OPTS=${OPTS:-}
[ -f "$CORPUS" ] || { echo "reuse_real: no corpus at $CORPUS" >&2; exit 1; }
[ -x "$BUILD/readout" ] || { echo "reuse_real: build readout first ($BUILD/readout)" >&2; exit 1; }
READOUT=$BUILD/readout
WORK=$(mktemp -d "${TMPDIR:-/tmp}/readout-reuse-real-XXXXXX")
trap 'rm -rf "$WORK"' EXIT

"$READOUT" ingest -q --db "$WORK/real.db" "$CORPUS"
# shellcheck disable=SC2086 # OPTS is words
"$READOUT" reuse --db "$WORK/real.db" $OPTS
echo
echo "== near-duplicate clusters: documents whose pair covers most of both"
"$READOUT" reuse --db "$WORK/real.db" --export clusters -f table
echo
echo "== the $TOP pairs that share the most (score), with their passages"
"$READOUT" reuse --db "$WORK/real.db" --export pairs -f table --limit "$TOP"
echo
"$READOUT" reuse --db "$WORK/real.db" --export passages -f jsonl | python3 -c '
import json, sys
top, width = int(sys.argv[1]), int(sys.argv[2])
rows = [json.loads(l) for l in sys.stdin]
rows.sort(key=lambda r: -int(r["score"]))
def show(t):
    t = " ".join(t.split())
    return t if len(t) <= width else t[:width] + " ..."
for r in rows[:top]:
    print("-- %s (%s) -> %s (%s): %s words -> %s words, score %s, direction %s" % (
        r["source"], r["source_date"], r["target"], r["target_date"], r["source_words"], r["target_words"],
        r["score"], r["direction"]))
    print("   source: " + show(r["source_text"]))
    print("   target: " + show(r["target_text"]))
' "$TOP" "$WIDTH"
