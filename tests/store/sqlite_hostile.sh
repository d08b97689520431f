#!/usr/bin/env bash
# sqlite_hostile.sh — issue 10, SQLite: databases readout did not make, or made and someone
# changed, and files it may not write.
#  - a foreign database is refused before anything is written to it (the journal mode was
#    switched to WAL first, changing the file);
#  - a trigger planted in a readout database is refused (an endless one hung ingest);
#  - two ingests creating one new file at once both succeed (2 in 20 failed, "database is
#    locked");
#  - a read-only database in a writable folder is one error line, not one per document;
#  - a user who may not write beside a WAL database can still query it.
# usage: tests/store/sqlite_hostile.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"
command -v sqlite3 >/dev/null 2>&1 || { echo "$TEST: SKIP: needs the sqlite3 program" >&2; exit 77; }
SAMPLES=$SRC/samples

# ---- a foreign database stays byte for byte the same ----
sqlite3 "$WORK/foreign.db" "CREATE TABLE users(id INTEGER, name TEXT); INSERT INTO users VALUES(1, 'x')"
sum=$(md5sum <"$WORK/foreign.db")
"$READOUT" ingest -q --db "$WORK/foreign.db" "$SAMPLES/s000.txt" 2>"$WORK/foreign.err" && fail "ingest into a foreign database succeeded"
grep -q "not a readout database" "$WORK/foreign.err" || fail "foreign: $(cat "$WORK/foreign.err")"
expect_eq "a foreign database is not written" "$(md5sum <"$WORK/foreign.db")" "$sum"
expect_eq "its journal mode is its own" "$(sqlite3 "$WORK/foreign.db" "PRAGMA journal_mode")" delete
[ ! -e "$WORK/foreign.db-wal" ] || fail "a WAL file was made beside the foreign database"

# ---- triggers readout did not make ----
db=$WORK/trig.db
"$READOUT" ingest -q --db "$db" "$SAMPLES/s000.txt" 2>/dev/null || die "ingest s000"
sqlite3 "$db" "CREATE TRIGGER forever AFTER INSERT ON documents BEGIN
	SELECT count(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c); END"
start=$SECONDS
status=0
timeout 20 "$READOUT" ingest -q --db "$db" "$SAMPLES/s001.txt" 2>"$WORK/trig.err" || status=$?
expect_eq "ingest into a database with a planted trigger: exit" "$status" 1
grep -q "trigger" "$WORK/trig.err" || fail "trigger: $(cat "$WORK/trig.err")"
[ $((SECONDS - start)) -lt 30 ] || fail "the trigger ran (ingest took $((SECONDS - start)) s)"
expect_eq "nothing was added" "$(q1 "$db" "SELECT count(*) FROM documents" || true)" 1

# ---- two ingests creating one new file ----
# small documents, so both processes reach the new file at the same moment
mkdir -p "$WORK/corpus"
for i in 1 2 3 4 5; do
	printf 'On May %d, Gu Wenbo presided over meeting %d.\n' "$i" "$i" >"$WORK/corpus/d$i.txt"
done
bad=0
for run in $(seq 1 40); do
	rm -f "$WORK/new.db" "$WORK/new.db-wal" "$WORK/new.db-shm"
	"$READOUT" ingest -q --db "$WORK/new.db" "$WORK/corpus" 2>"$WORK/new1.err" &
	p1=$!
	"$READOUT" ingest -q --db "$WORK/new.db" "$WORK/corpus" 2>"$WORK/new2.err" &
	p2=$!
	wait $p1 || { bad=$((bad + 1)); cat "$WORK/new1.err" >&2; }
	wait $p2 || { bad=$((bad + 1)); cat "$WORK/new2.err" >&2; }
	n=$(q1 "$WORK/new.db" "SELECT count(*) FROM documents" 2>&1 || true)
	[ "$n" = 5 ] || { bad=$((bad + 1)); echo "run $run: $n documents" >&2; }
done
expect_eq "40 runs of two ingests creating one file: failures" "$bad" 0
expect_eq "it is in WAL mode" "$(sqlite3 "$WORK/new.db" "PRAGMA journal_mode")" wal

# ---- files this user may not write (as root: as the user nobody) ----
as_user=()
if [ "$(id -u)" = 0 ]; then
	if id nobody >/dev/null 2>&1 && command -v setpriv >/dev/null 2>&1; then
		as_user=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups)
	else
		note "SKIP: read-only files: root without setpriv or a nobody user"
		finish
	fi
fi
ro=$WORK/ro
mkdir -p "$ro"
chmod 755 "$WORK"
"$READOUT" ingest -q --db "$ro/r.db" "$SAMPLES/s000.txt" 2>/dev/null || die "ingest s000"
cp -r "$WORK/corpus" "$ro/corpus"
# a read-only database in a folder the user may write: one line, not one per document
[ ${#as_user[@]} -eq 0 ] || chown -R nobody "$ro"
chmod 444 "$ro/r.db"
status=0
"${as_user[@]}" "$READOUT" ingest -q --db "$ro/r.db" "$ro/corpus" 2>"$WORK/ro.err" || status=$?
expect_eq "ingest into a read-only database: exit" "$status" 1
expect_eq "ingest into a read-only database: lines on stderr" "$(grep -vc "documents added" "$WORK/ro.err")" 1
grep -q "read-only" "$WORK/ro.err" || fail "read-only: $(cat "$WORK/ro.err")"
# a WAL database in a folder the user may not write: queries still answer
expect_eq "the database is in WAL mode" "$(sqlite3 -readonly "$ro/r.db" "PRAGMA journal_mode")" wal
[ ${#as_user[@]} -eq 0 ] || chown root "$ro"
rm -f "$ro/r.db-wal" "$ro/r.db-shm"
chmod 555 "$ro"
status=0
"${as_user[@]}" "$READOUT" sql -f csv --db "$ro/r.db" "SELECT count(*) AS n FROM documents" >"$WORK/ro.out" 2>"$WORK/ro-q.err" ||
	status=$?
expect_eq "a read-only user queries a WAL database: exit" "$status" 0
expect_eq "a read-only user queries a WAL database: answer" "$(tr -d '\r' <"$WORK/ro.out" | paste -sd,)" "n,1"
[ ! -s "$WORK/ro-q.err" ] || fail "read-only query: $(cat "$WORK/ro-q.err")"
chmod 755 "$ro"
finish
