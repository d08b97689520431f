#!/usr/bin/env bash
# migrations.sh — a database made by an earlier readout opens, is brought up to the latest
# schema by numbered steps recorded in schema_migrations, and answers as a new database of the
# same documents does; on SQLite and PostgreSQL. Two kinds of fixture (tests/store/migrations):
#  - release-vN: a database made by the release of version N itself (dump_release.sh: its
#    schema and rows as that readout stored samples/). The new database it is compared with
#    is ingested from the same records (`--from-extracted`), so extraction may change freely.
#  - layout-vN, for every version before numbering: the schema that version made (layout_of.sh),
#    filled here with the rows of a new database, column by column as far as that version had
#    them; what it lacks (the later columns and tables) the steps must make again.
# Also: a database newer than this readout is refused by readers and writers; a reader leaves
# an old database as it is; a step that fails leaves the database as it was.
# usage: tests/store/migrations.sh BUILD_DIR
. "$(dirname "$0")/lib.sh" "$1"

FIX=$SRC/tests/store/migrations
LATEST=$(sed -n 's/^#define SCHEMA_LATEST \([0-9]*\).*/\1/p' "$SRC/src/store/schema.h")
[ -n "$LATEST" ] || die "no SCHEMA_LATEST in src/store/schema.h"
command -v sqlite3 >/dev/null || die "the sqlite3 program is needed"
SQL_SCRIPT=$BUILD/tests/sql_script
[ -x "$SQL_SCRIPT" ] || die "$SQL_SCRIPT is not built"

# ---- backends: load SQL, run SQL, list tables and columns, export records ----

sqlite_sql() { # DB: runs the standard input, with readout's tokenizer
	"$SQL_SCRIPT" "$1"
}
pg_sql() { # URI: runs the standard input
	psql -q -X -v ON_ERROR_STOP=1 "$1" >/dev/null 2>"$WORK/psql.err" || { cat "$WORK/psql.err" >&2; return 1; }
}
run_sql() { # BACKEND DB
	if [ "$1" = sqlite ]; then sqlite_sql "$2"; else pg_sql "$2"; fi
}
value() { # BACKEND DB SQL: one value, as the database's owner (no readout involved)
	if [ "$1" = sqlite ]; then sqlite3 "$2" "$3"; else psql -X -At "$2" -c "$3"; fi
}
# A database's documents as `readout extract --with-text` prints them: its records and texts.
records() { # BACKEND DB
	if [ "$1" = sqlite ]; then
		sqlite3 "$2" "SELECT json_set(record, '\$.text', text) FROM documents ORDER BY id"
	else
		psql -X -At "$2" -c "SELECT jsonb_set(record::jsonb, '{text}', to_jsonb(text))::text FROM documents ORDER BY id"
	fi
}
newdb() { # BACKEND NAME: a location for a new, empty database
	if [ "$1" = sqlite ]; then echo "$WORK/$2.db"; else pg_newdb "$2"; fi
}

# Copies the rows of a new database (FROM) into a database of an older layout (TO): each table
# but meta and schema_migrations (the layout's own), with the columns both have, in the order
# the old schema made its tables (PostgreSQL checks their references).
fill_from() { # BACKEND FROM TO
	local backend=$1 from=$2 to=$3 t cols
	if [ "$backend" = sqlite ]; then
		bash "$FIX/fill_sqlite.sh" "$from" "$to" "$SQL_SCRIPT"
	else
		# each table's columns that both have, in the old table's order
		local cols_sql="SELECT c.table_name || '|' || string_agg(c.column_name, ',' ORDER BY c.ordinal_position)
			FROM information_schema.columns c JOIN pg_class k ON k.relname = c.table_name AND k.relkind = 'r'
			JOIN pg_namespace n ON n.oid = k.relnamespace AND n.nspname = c.table_schema
			WHERE c.table_schema = current_schema() AND c.is_generated = 'NEVER' AND c.table_name NOT IN ('meta', 'schema_migrations')
			GROUP BY c.table_name, k.oid ORDER BY k.oid"
		psql -X -At "$from" -c "SELECT table_name || '.' || column_name FROM information_schema.columns
			WHERE table_schema = current_schema()" >"$WORK/from-columns"
		: >"$WORK/fill.psql"
		while IFS='|' read -r t cols; do
			cols=$(tr ',' '\n' <<<"$cols" | grep -Fx -f <(sed -n "s/^$t\.//p" "$WORK/from-columns") | paste -sd, -) || true
			[ -n "$cols" ] || continue
			[ -f "$WORK/rows-$t-$cols" ] ||
				psql -X -q "$from" -c "\\copy (SELECT $cols FROM $t) TO '$WORK/rows-$t-$cols'" || return 1
			echo "\\copy $t($cols) FROM '$WORK/rows-$t-$cols'" >>"$WORK/fill.psql"
		done < <(psql -X -At "$to" -c "$cols_sql")
		# the sequences go on from the copied ids
		psql -X -At "$to" -c "SELECT 'SELECT setval(''' || s.relname || ''', coalesce((SELECT max(id) FROM '
			|| t.relname || '), 0) + 1, false);' FROM pg_class s JOIN pg_depend d ON d.objid = s.oid
			JOIN pg_class t ON t.oid = d.refobjid WHERE s.relkind = 'S'" >>"$WORK/fill.psql"
		pg_sql "$to" <"$WORK/fill.psql"
	fi
}

# ---- the schema compared ----

# A database's tables, columns, indexes, constraints and views, one a line, sorted: what the
# schema makes of it, without the order of the columns (an added column comes last) and, on
# SQLite, the storage of the tables (those made before WITHOUT ROWID keep their rowid).
LAYOUT_SQLITE="SELECT 'column ' || m.name || '.' || c.name || ' ' || c.type || ' ' || c.\"notnull\" || ' '
	|| coalesce(c.dflt_value, '') || ' ' || c.pk FROM sqlite_master m JOIN pragma_table_info(m.name) c
	WHERE m.type = 'table' AND m.name NOT LIKE 'documents_fts%'
UNION ALL SELECT 'index ' || m.name || ' ON ' || m.tbl_name || '(' || (SELECT group_concat(coalesce(i.name, 'expression'), ', ')
	FROM pragma_index_info(m.name) i) || ')' FROM sqlite_master m WHERE m.type = 'index' AND m.sql IS NOT NULL
UNION ALL SELECT 'view ' || name FROM sqlite_master WHERE type = 'view' ORDER BY 1;"
LAYOUT_PG="SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '
	|| coalesce(column_default, '') FROM information_schema.columns WHERE table_schema = current_schema()
UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()
UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
	FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
UNION ALL SELECT 'view ' || table_name FROM information_schema.views WHERE table_schema = current_schema() ORDER BY 1"
layout() { # BACKEND DB
	if [ "$1" = sqlite ]; then
		sqlite3 -bail "$2" "$LAYOUT_SQLITE"
	else
		psql -X -At "$2" -c "$LAYOUT_PG"
	fi
}

# same_layout WHAT BACKEND OLD NEW
same_layout() {
	if diff <(layout "$2" "$4") <(layout "$2" "$3") >"$WORK/layout.diff"; then
		note "ok: $1: the schema of a new database"
	else
		fail "$1: the schema differs from a new database's (< new, > upgraded)"
		head -n 12 "$WORK/layout.diff" >&2
	fi
}

# ---- the answers compared ----

# Every answer a user sees, ids left out (they are each database's own: docs/schema.md).
QUESTIONS=(
	"events"
	"people"
	"person|Xi Jinping"
	"person|Xi Jinping|--part|career"
	"person|Chen Miner|--part|events"
	"person|Chen Miner|--part|colisted"
	"formulations"
	"formulations|--part|levels"
	"formulations|--part|places"
	"formulations|--part|places|--level|provincial"
	"search|development"
	"sql|SELECT d.ext_id, e.ord, r.role, r.position, p.name, r.date FROM roles r JOIN events e ON e.id = r.event_id JOIN documents d ON d.id = e.doc_id JOIN persons p ON p.id = r.person_id ORDER BY 1, 2, 3, 4"
	"sql|SELECT d.ext_id, e.ord, e.date, e.level, e.presided, e.spoke, e.attended FROM events e JOIN documents d ON d.id = e.doc_id ORDER BY 1, 2"
	"sql|SELECT p.name, t.title, t.first_date, t.last_date, t.documents FROM person_posts t JOIN persons p ON p.id = t.person_id ORDER BY 1, 2"
	"sql|SELECT f.key, m.month, m.uses, m.documents, m.first_date, m.last_date FROM formulation_months m JOIN formulations f ON f.id = m.formulation_id ORDER BY 1, 2"
	"sql|SELECT name, post, rank, level, place, first_date, last_date, documents FROM v_person_careers ORDER BY 1, 2"
	"sql|SELECT document, event_order, date, host, role, position, person FROM v_event_roles ORDER BY 1, 2, 5, 6"
	"sql|SELECT f.key, l.level, l.uses, l.documents, l.first_date, l.last_date FROM formulation_levels l JOIN formulations f ON f.id = l.formulation_id ORDER BY 1, 2"
	"sql|SELECT f.key, g.province, g.place, g.level, g.nulls, g.uses, g.documents, g.first_date, g.last_date FROM formulation_places g JOIN formulations f ON f.id = g.formulation_id ORDER BY 1, 2, 3, 4, 5"
	"sql|SELECT name, region, mentions, documents, first_date, last_date FROM persons ORDER BY 1, 2"
	"sql|SELECT ext_id, hash, url, meta FROM documents ORDER BY 1"
)

answers() { # DB OUT_DIR: each question's CSV, without columns of ids
	local db=$1 out=$2 i=0 q
	mkdir -p "$out"
	for q in "${QUESTIONS[@]}"; do
		i=$((i + 1))
		IFS='|' read -r -a args <<<"$q"
		local where=$db
		[ "${args[0]}" = sql ] && where=$(pg_reader "$db")
		"$READOUT" "${args[0]}" --db "$where" -f csv "${args[@]:1}" >"$out/$i.raw" 2>"$out/$i.err" ||
			echo "error: $(cat "$out/$i.err")" >"$out/$i.raw"
	done
	python3 - "$out" "$i" <<-'EOF'
		import csv, sys
		for i in range(1, int(sys.argv[2]) + 1):
		    path = "%s/%d" % (sys.argv[1], i)
		    rows = list(csv.reader(open(path + ".raw", encoding="utf-8", newline="")))
		    keep = [k for k, name in enumerate(rows[0] if rows else []) if name != "id" and not name.endswith("_id")]
		    with open(path + ".csv", "w", encoding="utf-8", newline="") as out:
		        w = csv.writer(out, lineterminator="\n")
		        for r in rows:
		            w.writerow([r[k] for k in keep])
	EOF
}

# same_answers WHAT OLD NEW
same_answers() {
	answers "$2" "$WORK/a-old" && answers "$3" "$WORK/a-new"
	local i=0 q bad=0
	for q in "${QUESTIONS[@]}"; do
		i=$((i + 1))
		if ! cmp -s "$WORK/a-old/$i.csv" "$WORK/a-new/$i.csv"; then
			fail "$1: '${q//|/ }' answers otherwise than a new database"
			diff "$WORK/a-new/$i.csv" "$WORK/a-old/$i.csv" | head -n 8 >&2 || true
			bad=1
		elif [ "$(wc -l <"$WORK/a-new/$i.csv")" -lt 2 ]; then
			fail "$1: '${q//|/ }' has no rows to compare"
			bad=1
		fi
	done
	rm -rf "$WORK/a-old" "$WORK/a-new"
	[ "$bad" = 1 ] || note "ok: $1: ${#QUESTIONS[@]} answers as a new database's"
}

# The steps a database went through: "version how" for each, in order.
recorded() { # BACKEND DB
	value "$1" "$2" "SELECT version || ' ' || how FROM schema_migrations ORDER BY version" | paste -sd, -
}
expected_record() { # FROM [HOW]: versions 1..FROM come by HOW (default: recognised), the rest applied
	local v out=""
	for ((v = 1; v <= LATEST; v++)); do
		out+="${out:+,}$v $([ "$v" -le "$1" ] && echo "${2:-recognised}" || echo applied)"
	done
	echo "$out"
}

# Opens DB for writing as an ingest does, storing nothing new.
open_writable() { # DB INPUT
	"$READOUT" ingest -q --from-extracted --db "$1" "$2" 2>"$WORK/open.err"
}

check_backend() { # BACKEND
	local b=$1 v fresh old
	# a new database of samples/, and the layouts of every version before numbering filled from it
	fresh=$(newdb "$b" "mig_${b}_fresh")
	"$READOUT" ingest -q --db "$fresh" "$SRC/samples" 2>"$WORK/ingest.err" || die "$b: ingest: $(cat "$WORK/ingest.err")"
	records "$b" "$fresh" >"$WORK/fresh.jsonl"
	expect_eq "$b: a new database is at the latest version, made so" "$(recorded "$b" "$fresh")" \
		"$(seq -s, 1 "$LATEST" | sed 's/\([0-9]*\)/\1 created/g')"
	local layouts=0 how
	for ((v = 1; v < LATEST; v++)); do
		[ -f "$FIX/layout-v$v.$b.sql" ] || continue
		layouts=$((layouts + 1))
		# made before the versions were numbered (meta's schema 1), or numbered when made
		how=created
		grep -q "^INSERT INTO meta(key, value) VALUES('schema', '1')" "$FIX/layout-v$v.$b.sql" && how=recognised
		old=$(newdb "$b" "mig_${b}_layout_$v")
		run_sql "$b" "$old" <"$FIX/layout-v$v.$b.sql" || die "$b: cannot load layout-v$v"
		fill_from "$b" "$fresh" "$old" || die "$b: cannot fill layout-v$v"
		open_writable "$old" "$WORK/fresh.jsonl" || { fail "$b: layout v$v: $(cat "$WORK/open.err")"; continue; }
		expect_eq "$b: layout v$v: $how as version $v, then each step" "$(recorded "$b" "$old")" \
			"$(expected_record "$v" "$how")"
		same_answers "$b: layout v$v" "$old" "$fresh"
		same_layout "$b: layout v$v" "$b" "$old" "$fresh"
		[ "$b" = sqlite ] && expect_eq "$b: layout v$v: the full-text index's tokenizer and settings" \
			"$(sqlite3 "$old" "SELECT sql LIKE '%tokenize=''readout_words''%' FROM sqlite_master WHERE name = 'documents_fts'
				UNION ALL SELECT group_concat(k || '=' || v, ' ') FROM (SELECT k, v FROM documents_fts_config
				WHERE k IN ('automerge', 'hashsize') ORDER BY k)" | paste -sd' ' -)" "1 automerge=8 hashsize=4194304"
		if [ "$v" = 1 ]; then # opened again: nothing more to do, nothing recorded
			open_writable "$old" "$WORK/fresh.jsonl" || fail "$b: layout v1 opened again: $(cat "$WORK/open.err")"
			expect_eq "$b: opened again, no step runs" "$(recorded "$b" "$old")" "$(expected_record 1)"
		fi
	done
	# every version before the latest has its layout
	expect_eq "$b: layouts tested" "$layouts" "$((LATEST - 1))"

	# the databases the releases made, compared with new databases of their records
	for v in 5 9; do
		old=$(newdb "$b" "mig_${b}_release_$v")
		run_sql "$b" "$old" <"$FIX/release-v$v.$b.sql" || die "$b: cannot load release-v$v"
		records "$b" "$old" >"$WORK/release-$v.jsonl"
		local same
		same=$(newdb "$b" "mig_${b}_release_${v}_new")
		"$READOUT" ingest -q --from-extracted --db "$same" "$WORK/release-$v.jsonl" 2>"$WORK/ingest.err" ||
			die "$b: release v$v: its records into a new database: $(cat "$WORK/ingest.err")"
		# a reader may not upgrade: it answers what it can, says what needs one writable open,
		# and leaves the database as it was
		expect_eq "$b: release v$v: a reader reads the old database" "$(q1 "$old" "SELECT count(*) FROM documents")" 5
		if ! "$READOUT" search --db "$old" -f csv "development" >/dev/null 2>"$WORK/read.err" &&
			! grep -q "made by an older readout: run any \`readout ingest\`" "$WORK/read.err"; then
			fail "$b: release v$v: search by a reader of the old database: $(cat "$WORK/read.err")"
		fi
		# events and a person's events read their urls, which version 6 added: none before
		local who
		who=$(q1 "$old" "SELECT name FROM persons ORDER BY id LIMIT 1")
		local -a ask
		for part in events person; do
			if [ $part = events ]; then ask=(events); else ask=(person "$who" --part events); fi
			if ! "$READOUT" "${ask[@]}" --db "$old" -f csv >"$WORK/read.csv" 2>"$WORK/read.err" &&
				! grep -q "made by an older readout: run any \`readout ingest\`" "$WORK/read.err"; then
				fail "$b: release v$v: ${ask[*]} by a reader of the old database: $(cat "$WORK/read.err")"
			fi
		done
		expect_eq "$b: release v$v: a reader records no step" "$(value "$b" "$old" "SELECT value FROM meta WHERE key = 'schema'")" 1
		open_writable "$old" "$WORK/release-$v.jsonl" || { fail "$b: release v$v: $(cat "$WORK/open.err")"; continue; }
		expect_eq "$b: release v$v: recognised as version $v, then each step" "$(recorded "$b" "$old")" "$(expected_record "$v")"
		expect_eq "$b: release v$v: every document kept" "$(q1 "$old" "SELECT count(*) FROM documents")" 5
		same_answers "$b: release v$v" "$old" "$same"
		same_layout "$b: release v$v" "$b" "$old" "$same"
	done

	# a step that fails leaves the database as it was: here step 10 meets a table in its way
	old=$(newdb "$b" "mig_${b}_broken")
	run_sql "$b" "$old" <"$FIX/release-v9.$b.sql" || die "$b: cannot load release-v9"
	local roles
	roles=$(value "$b" "$old" "SELECT count(*) FROM roles")
	echo "CREATE TABLE roles_v10(x INTEGER);" | run_sql "$b" "$old"
	if open_writable "$old" "$WORK/release-9.jsonl"; then
		fail "$b: a failing step: the open succeeded"
	else
		expect_eq "$b: a failing step names itself" "$(grep -c 'schema step 10 (roles keyed' "$WORK/open.err")" 1
	fi
	expect_eq "$b: a failing step: the database as it was" \
		"$(value "$b" "$old" "SELECT value FROM meta WHERE key = 'schema'")/$(value "$b" "$old" "SELECT count(*) FROM roles")" \
		"1/$roles"

	# a database newer than this readout: refused by writers and readers, with its version
	echo "INSERT INTO schema_migrations(version, name, how) VALUES($((LATEST + 1)), 'from a later readout', 'applied');" |
		run_sql "$b" "$fresh"
	local want="the database has schema version $((LATEST + 1)), newer than this readout's $LATEST: open it with a newer readout"
	if open_writable "$fresh" "$WORK/fresh.jsonl"; then fail "$b: a newer database was opened for writing"; fi
	expect_eq "$b: a writer refuses a newer database" "$(grep -c "$want" "$WORK/open.err")" 1
	if "$READOUT" people --db "$fresh" -f csv >/dev/null 2>"$WORK/read.err"; then fail "$b: a newer database was read"; fi
	expect_eq "$b: a reader refuses a newer database" "$(grep -c "$want" "$WORK/read.err")" 1
}

check_backend sqlite
if pg_ready; then
	check_backend pg
fi
finish
