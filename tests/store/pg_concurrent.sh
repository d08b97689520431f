#!/usr/bin/env bash
# pg_concurrent.sh — concurrent ingests into one PostgreSQL database lose and duplicate
# nothing: four `readout ingest` processes over overlapping shards of one corpus (every
# document in two shards, plus exact copies under other names) leave one row per distinct
# text, no two persons with the same name key and region, and the same counts and people as
# a single process ingesting the same documents, in the order they were stored, into a fresh
# database.
# usage: tests/store/pg_concurrent.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"

N=${PG_CONCURRENT_DOCS:-300}
P=4
one=$(pg_newdb readout_conc_single)
many=$(pg_newdb readout_conc_many)
make_corpus "$WORK/corpus" "$N" 23
# exact copies under other names: the same content hash, so the same document
mkdir -p "$WORK/copies"
i=0
for f in $(find "$WORK/corpus" -name '*.txt' | sort | awk 'NR % 20 == 0'); do
	i=$((i + 1))
	cp "$f" "$WORK/copies/copy-$i.txt"
done
mapfile -t files < <(find "$WORK/corpus" "$WORK/copies" -name '*.txt' | sort)
total=${#files[@]}
note "corpus: $N distinct documents, $total files"

# shard k: a window of half the files starting at k * total / P, wrapping, so each file is
# in two shards; each process reads its shard in its own order, so the processes meet on the
# same documents at the same time
shard() {
	local k=$1 j
	local start=$((k * total / P)) len=$((total / 2))
	for ((j = 0; j < len; j++)); do
		echo "${files[$(((start + j) % total))]}"
	done | shuf --random-source=<(yes "$k")
}

pids=()
for ((k = 0; k < P; k++)); do
	mapfile -t mine < <(shard "$k")
	"$READOUT" ingest -q --batch 25 --db "$many" "${mine[@]}" 2>"$WORK/ingest-$k.err" &
	pids+=($!)
done
for ((k = 0; k < P; k++)); do
	wait "${pids[$k]}" || fail "ingest $k failed: $(cat "$WORK/ingest-$k.err")"
done
# every file was read by somebody: the two copies of each add up to one document
added=0
for ((k = 0; k < P; k++)); do
	a=$(grep -o '[0-9]* documents added' "$WORK/ingest-$k.err" | cut -d' ' -f1)
	added=$((added + a))
done
note "$P processes: $(counts "$many")"

# The reference: one process ingesting the same documents in the order the concurrent run
# stored them (under the batch lock, ids follow that order). Person resolution depends on the
# order documents come in (an untitled mention joins the most mentioned namesake so far), so
# equal counts in the same order prove the concurrent run equals a serial one.
declare -A path_of
for f in "${files[@]}"; do
	b=$(basename "$f" .txt)
	[ -n "${path_of[$b]:-}" ] || path_of[$b]=$f
done
mapfile -t stored < <("$READOUT" sql -f csv --db "$(pg_reader "$many")" "SELECT ext_id FROM documents ORDER BY id" | tr -d '\r' | tail -n +2)
order=()
for id in "${stored[@]}"; do order+=("${path_of[$id]}"); done
"$READOUT" ingest -q --batch 25 --db "$one" "${order[@]}" 2>"$WORK/single.err" ||
	die "single ingest failed: $(cat "$WORK/single.err")"
note "single process: $(counts "$one")"
expect_eq "documents added across processes" "$added" "$N"
expect_eq "documents = distinct texts" "$(q1 "$many" "SELECT count(*) FROM documents")" "$N"
expect_eq "no duplicate hashes" "$(q1 "$many" "SELECT count(*) - count(DISTINCT hash) FROM documents")" 0
expect_eq "no duplicate persons" \
	"$(q1 "$many" "SELECT count(*) FROM (SELECT name_key, region FROM persons GROUP BY name_key, region HAVING count(*) > 1) d")" 0
expect_eq "person documents add up" \
	"$(q1 "$many" "SELECT count(*) FROM persons p WHERE documents <> (SELECT count(*) FROM person_docs d WHERE d.person_id = p.id)")" 0
expect_eq "every document has its events" \
	"$(q1 "$many" "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.id)")" \
	"$(q1 "$one" "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.id)")"
expect_eq "counts equal a single-process run" "$(counts "$many")" "$(counts "$one")"
same_people() { # DB
	"$READOUT" sql -f csv --db "$(pg_reader "$1")" "SELECT name, name_key, region, mentions, documents, first_date, last_date FROM persons ORDER BY id"
}
if [ "$(same_people "$many")" = "$(same_people "$one")" ]; then
	note "ok: the same persons, regions, mentions and dates as the serial run"
else
	fail "persons differ from a single-process run"
	diff <(same_people "$one") <(same_people "$many") | head -10 >&2
fi
finish
