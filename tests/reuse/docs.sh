# shellcheck shell=bash
# tests/reuse/docs.sh — sourced after tests/store/lib.sh by the reuse scripts: the hand-made
# readouts (DOCS) and, in $WORK/first, all of them but late_copy.txt, which the scripts ingest
# later to test incremental runs.
DOCS=$SRC/tests/reuse/docs
mkdir -p "$WORK/first"
for f in "$DOCS"/*.txt; do
	[ "$(basename "$f")" = late_copy.txt ] || cp "$f" "$WORK/first/"
done
