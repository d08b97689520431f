#!/usr/bin/env bash
# source_meta.sh — what a JSON Lines input carries besides "id" and "text" (url, title,
# published, anything else) rides along: in `readout extract` records under "meta", in the
# store's documents (url and meta), through `extract --with-text` and `ingest
# --from-extracted`, and in search answers, which cite the url. A database made before those
# columns gets them at its next writable open, and a reader is told to do that once.
# usage: tests/store/source_meta.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"

# Three documents: a url with a title and a nested member (jansson's path), a url alone (the
# fast path), and no metadata at all.
cat >"$WORK/in.jsonl" <<'EOF'
{"id": "m1", "url": "https://gov.example/m1.html", "title": "Meeting of the county", "tags": ["a", "b"], "text": "On March 2, the county party committee held a meeting on rural revitalization. Zhou Kaiming presided over the meeting."}
{"id":"m2","text":"On March 3, the municipal government held an executive meeting on flood control. Qin Hailan presided.","url":"https://gov.example/m2.html","published":"2023-03-04"}
{"id":"m3","text":"On March 4, the township held a meeting on flood control."}
EOF

# extract: meta, in the members' order, and none for the third
"$READOUT" extract -q "$WORK/in.jsonl" >"$WORK/rec.jsonl" || die "extract failed"
expect_eq "extract: each record's meta" "$(python3 -c '
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(l)
    print(r["id"], json.dumps(r.get("meta"), sort_keys=False))
' "$WORK/rec.jsonl")" 'm1 {"url": "https://gov.example/m1.html", "title": "Meeting of the county", "tags": ["a", "b"]}
m2 {"url": "https://gov.example/m2.html", "published": "2023-03-04"}
m3 null'
"$READOUT" extract -q --with-text "$WORK/in.jsonl" >"$WORK/with-text.jsonl" || die "extract --with-text failed"

stored() { # DB: each document's id, url and meta
	"$READOUT" sql -f csv --db "$(pg_reader "$1")" "SELECT ext_id, url, meta FROM documents ORDER BY ext_id" | tr -d '\r'
}

check_store() { # DIRECT_DB EXTRACTED_DB TAG
	local direct=$1 extracted=$2 t=$3
	"$READOUT" ingest -q --db "$direct" "$WORK/in.jsonl" 2>"$WORK/$t.err" || die "$t: ingest failed: $(cat "$WORK/$t.err")"
	"$READOUT" ingest -q --from-extracted --db "$extracted" "$WORK/with-text.jsonl" 2>"$WORK/$t-x.err" ||
		die "$t: ingest --from-extracted failed: $(cat "$WORK/$t-x.err")"
	stored "$direct" >"$WORK/$t-direct.csv"
	expect_eq "$t: urls" "$(cut -d, -f1,2 "$WORK/$t-direct.csv")" "ext_id,url
m1,https://gov.example/m1.html
m2,https://gov.example/m2.html
m3,"
	expect_eq "$t: the metadata is queryable JSON" \
		"$(q1 "$direct" "SELECT count(*) FROM documents WHERE meta LIKE '%\"title\":\"Meeting of the county\"%'")" 1
	expect_eq "$t: extract then ingest --from-extracted keeps it" "$(stored "$extracted")" "$(cat "$WORK/$t-direct.csv")"
	"$READOUT" search -f csv --db "$direct" "flood" | tr -d '\r' >"$WORK/$t-search.csv"
	expect_eq "$t: search cites the url" "$(head -n 1 "$WORK/$t-search.csv")" "document,date,place,snippet,score,url"
	if grep -q '^m2,.*,https://gov\.example/m2\.html$' "$WORK/$t-search.csv"; then
		note "ok: $t: search shows m2's url"
	else
		fail "$t: search lacks m2's url: $(cat "$WORK/$t-search.csv")"
	fi
}

check_store "$WORK/direct.db" "$WORK/extracted.db" sqlite

# A database made before documents had url and meta (by the release of schema version 5,
# tests/store/migrations): a reader is told to ingest once; an ingest adds the columns and
# keeps every document.
"$BUILD/tests/sql_script" "$WORK/old.db" <"$SRC/tests/store/migrations/release-v5.sqlite.sql" ||
	die "cannot make an old database"
if "$READOUT" search --db "$WORK/old.db" "meeting" >/dev/null 2>"$WORK/old-search.err"; then
	fail "search on an old database succeeded without its url column"
elif grep -q "older readout" "$WORK/old-search.err"; then
	note "ok: search on an old database says to ingest once"
else
	fail "search on an old database: $(cat "$WORK/old-search.err")"
fi
"$READOUT" ingest -q --db "$WORK/old.db" "$WORK/in.jsonl" 2>"$WORK/old-ingest.err" || fail "ingest into an old database: $(cat "$WORK/old-ingest.err")"
expect_eq "an old database keeps its documents and gains the new ones" "$(q1 "$WORK/old.db" "SELECT count(*) FROM documents")" 8
expect_eq "an old database gains the url" "$(q1 "$WORK/old.db" "SELECT url FROM documents WHERE ext_id = 'm2'")" "https://gov.example/m2.html"

if pg_ready; then
	check_store "$(pg_newdb readout_meta_direct)" "$(pg_newdb readout_meta_extracted)" pg
fi
finish
