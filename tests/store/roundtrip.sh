#!/usr/bin/env bash
# roundtrip.sh — the scale-out path gives the database a direct ingest gives: `readout extract
# --with-text` over shards of a corpus (as GNU parallel or a Hadoop Streaming job would run
# it), then `readout ingest --from-extracted` of the shards' outputs, stores the same
# documents, records, texts and counts as `readout ingest` of the corpus, on SQLite and on
# PostgreSQL.
# usage: tests/store/roundtrip.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"

N=${ROUNDTRIP_DOCS:-150}
make_corpus "$WORK/corpus" "$N" 5
cp "$SRC"/samples/*.txt "$WORK/corpus/"
N=$((N + 5))

# extract in 3 shards, each to its own JSON Lines file
mapfile -t files < <(find "$WORK/corpus" -name '*.txt' | sort)
for k in 0 1 2; do
	for ((i = k; i < ${#files[@]}; i += 3)); do echo "${files[$i]}"; done >"$WORK/shard-$k.list"
	xargs -a "$WORK/shard-$k.list" -d '\n' "$READOUT" extract -q --with-text >"$WORK/shard-$k.jsonl" ||
		die "extract --with-text of shard $k failed"
done
expect_eq "every document extracted once" "$(cat "$WORK"/shard-*.jsonl | wc -l)" "$N"
if command -v python3 >/dev/null 2>&1; then
	expect_eq "every line carries its text" "$(python3 -c '
import json, sys
print(sum(1 for f in sys.argv[1:] for l in open(f, encoding="utf-8") if isinstance(json.loads(l).get("text"), str)))
' "$WORK"/shard-*.jsonl)" "$N"
fi
# without --with-text there is nothing to store the text from
# grep reads all of it: with pipefail, grep -q leaving early would fail the pipeline and hide a match
grep '"text":' <("$READOUT" extract -q "$SRC/samples/s000.txt") >/dev/null && fail "extract without --with-text writes the text"

# dump DB: what must be equal, in a stable order
dump() {
	"$READOUT" sql -f jsonl --db "$(pg_reader "$1")" "SELECT hash, ext_id, published, date, place, province, level, text, record FROM documents ORDER BY hash"
	"$READOUT" sql -f csv --db "$(pg_reader "$1")" "SELECT name, name_key, region, mentions, documents, first_date, last_date FROM persons ORDER BY id"
	"$READOUT" sql -f csv --db "$(pg_reader "$1")" "SELECT document, event_order, role, position, person FROM v_event_roles ORDER BY 1, 2, 3, 4, 5"
}
# What does not depend on the order documents are stored in (people do: which namesake an
# untitled mention joins depends on who came before).
ORDERLESS_SQL="SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM events) AS events,
 (SELECT count(*) FROM person_titles) AS person_titles, (SELECT count(*) FROM formulation_uses) AS formulation_uses,
 (SELECT count(*) FROM formulations) AS formulations, (SELECT count(DISTINCT name_key) FROM persons) AS names"

# The shards' outputs merged in the folder's order (by id), as a reducer would sort them.
cat "$WORK"/shard-*.jsonl | sort -t '"' -k4,4 >"$WORK/merged.jsonl"

roundtrip() { # DIRECT_DB MERGED_DB SHARDS_DB TAG
	local direct=$1 merged=$2 shards=$3 t=$4
	"$READOUT" ingest -q --db "$direct" "$WORK/corpus" 2>"$WORK/$t-direct.err" || die "$t: direct ingest failed: $(cat "$WORK/$t-direct.err")"
	"$READOUT" ingest -q --from-extracted --db "$merged" "$WORK/merged.jsonl" 2>"$WORK/$t-merged.err" ||
		die "$t: ingest --from-extracted failed: $(cat "$WORK/$t-merged.err")"
	expect_eq "$t: documents" "$(q1 "$merged" "SELECT count(*) FROM documents")" "$N"
	expect_eq "$t: documents, events, people, titles, roles, formulations" "$(counts "$merged")" "$(counts "$direct")"
	dump "$direct" >"$WORK/$t-direct.dump"
	dump "$merged" >"$WORK/$t-merged.dump"
	if cmp -s "$WORK/$t-direct.dump" "$WORK/$t-merged.dump"; then
		note "ok: $t: the same texts, records, people and roles"
	else
		fail "$t: the stores differ"
		diff "$WORK/$t-direct.dump" "$WORK/$t-merged.dump" | head -c 1500 >&2
	fi
	# the text was stored: full-text search works on the extracted path too
	expect_eq "$t: search over extracted texts" \
		"$("$READOUT" search -f csv --db "$merged" --limit 3 "congress" | tr -d '\r' | tail -n +2 | cut -d, -f1 | sort)" \
		"$("$READOUT" search -f csv --db "$direct" --limit 3 "congress" | tr -d '\r' | tail -n +2 | cut -d, -f1 | sort)"
	# the shards as they are, one file each
	"$READOUT" ingest -q --from-extracted --db "$shards" "$WORK"/shard-*.jsonl 2>"$WORK/$t-shards.err" ||
		die "$t: ingest --from-extracted of the shards failed: $(cat "$WORK/$t-shards.err")"
	expect_eq "$t: shards: what does not depend on order" \
		"$("$READOUT" sql -f csv --db "$(pg_reader "$shards")" "$ORDERLESS_SQL" | tr -d '\r')" \
		"$("$READOUT" sql -f csv --db "$(pg_reader "$direct")" "$ORDERLESS_SQL" | tr -d '\r')"
	expect_eq "$t: shards: the same documents and records" \
		"$("$READOUT" sql -f jsonl --db "$(pg_reader "$shards")" "SELECT hash, ext_id, text, record FROM documents ORDER BY hash" | md5sum)" \
		"$("$READOUT" sql -f jsonl --db "$(pg_reader "$direct")" "SELECT hash, ext_id, text, record FROM documents ORDER BY hash" | md5sum)"
	# and again: nothing new
	"$READOUT" ingest --from-extracted --db "$shards" "$WORK"/shard-*.jsonl 2>"$WORK/$t-again.err" ||
		fail "$t: second ingest --from-extracted failed"
	if grep -q "0 documents added, $N already stored, 0 failed" "$WORK/$t-again.err"; then
		note "ok: $t: ingesting the shards again adds nothing"
	else
		fail "$t: ingesting again: $(cat "$WORK/$t-again.err")"
	fi
}

roundtrip "$WORK/direct.db" "$WORK/merged.db" "$WORK/shards.db" sqlite
if pg_ready; then
	roundtrip "$(pg_newdb readout_rt_direct)" "$(pg_newdb readout_rt_merged)" "$(pg_newdb readout_rt_shards)" pg
fi
finish
