#!/usr/bin/env bash
# pg-test-server.sh — a throwaway PostgreSQL server for the store tests. It never touches a
# system cluster: initdb into a private folder under /tmp, listen only on a Unix socket
# in that folder (no TCP port, so no clash with anything), trust authentication for the
# cluster's own superuser. PostgreSQL refuses to run as root, so as root the cluster runs as
# the `postgres` OS user (created by Debian's postgresql package).
#
# usage: scripts/pg-test-server.sh start|stop|status|uri|newdb NAME|newdbs NAME N|dropdb NAME [STATE_DIR]
#   start        start (or find running) the server; print the URI of database readout_test
#   stop         stop the server and remove the cluster and STATE_DIR
#   status       exit 0 when running
#   uri          print the URI of the running server's readout_test database
#   newdb NAME   (re)create an empty database NAME; print its URI
#   newdbs NAME N  the same for NAME_1 .. NAME_N, one URI a line
#   dropdb NAME  drop database NAME
# READOUT_PG_BINDIR names the folder of initdb and pg_ctl when they are not in Debian's place.
# STATE_DIR (default $READOUT_PG_DIR, else $TMPDIR/readout-pg-$UID) keeps `uri`, `cluster`
# (the private folder) and `log`; the tests read STATE_DIR/uri.
# When PostgreSQL is missing or does not start, `start` fails if CI is set (CI must test
# both backends); otherwise it writes STATE_DIR/unavailable with the reason and exits 0, and
# the PostgreSQL tests skip with that reason.
# With READOUT_TEST_PG_URI set (a database on a server of your own, as a role that may create
# databases), no server is started: `newdb` creates the test databases on that server.
# Each test database can also be read by the role readout_reader (no superuser, SELECT only):
# `readout sql` refuses a superuser, so the tests run it as that role (tests/store/lib.sh).
set -euo pipefail

cmd=${1:-}
name=
count=
if [ "$cmd" = newdb ] || [ "$cmd" = dropdb ] || [ "$cmd" = newdbs ]; then
	name=${2:-}
	[[ $name =~ ^[a-z_][a-z0-9_]{0,50}$ ]] || { echo "pg-test-server: $cmd needs a lower-case database name" >&2; exit 2; }
	shift
fi
if [ "$cmd" = newdbs ]; then
	count=${2:-}
	[[ $count =~ ^[1-9][0-9]{0,2}$ ]] || { echo "pg-test-server: newdbs needs a count" >&2; exit 2; }
	shift
fi
state=${2:-${READOUT_PG_DIR:-${TMPDIR:-/tmp}/readout-pg-$(id -u)}}
state=$(realpath -m "$state")
DB=readout_test

die() { echo "pg-test-server: $*" >&2; exit 1; }

# The newest PostgreSQL's binaries: Debian keeps them off PATH, under /usr/lib/postgresql/N/bin.
find_bin() {
	local d
	if [ -n "${READOUT_PG_BINDIR:-}" ]; then # PostgreSQL installed elsewhere
		[ -x "$READOUT_PG_BINDIR/initdb" ] && echo "$READOUT_PG_BINDIR"
		return
	fi
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		[ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
	done
	command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
	return 1
}

# Runs a command as the cluster's OS user: ourselves, or `postgres` when we are root.
as_owner() {
	if [ "$(id -u)" = 0 ]; then
		# from a folder the owner can enter (initdb warns otherwise, e.g. from /root)
		if command -v runuser >/dev/null 2>&1; then
			(cd / && runuser -u "$owner" -- "$@")
		else
			(cd / && setpriv --reuid="$owner" --regid="$(id -g "$owner")" --init-groups -- "$@")
		fi
	else
		"$@"
	fi
}

base_uri() {
	if [ -n "${READOUT_TEST_PG_URI:-}" ]; then
		echo "$READOUT_TEST_PG_URI"
	else
		echo "postgresql:///$DB?host=$(cat "$state/cluster")&user=postgres"
	fi
}

uri_for() { # database name -> the same URI with that database
	base_uri | sed -E "s#^(postgres(ql)?://[^/?]*)(/[^?]*)?#\1/$1#"
}

running() {
	if [ -n "${READOUT_TEST_PG_URI:-}" ]; then
		bin=$(find_bin) || bin=$(dirname "$(command -v psql)")
		psql_admin -c "SELECT 1" >/dev/null 2>&1
		return
	fi
	[ -f "$state/cluster" ] || return 1
	local c
	c=$(cat "$state/cluster")
	[ -d "$c/data" ] || return 1
	local bin
	bin=$(find_bin) || return 1
	owner=$(stat -c %U "$c")
	as_owner "$bin/pg_ctl" -D "$c/data" status >/dev/null 2>&1
}

unavailable() {
	if [ -n "${CI:-}" ] && [ "${CI:-}" != false ] && [ "${CI:-}" != 0 ]; then
		die "$1 (CI is set: the PostgreSQL tests cannot be skipped)"
	fi
	mkdir -p "$state"
	echo "$1" > "$state/unavailable"
	echo "pg-test-server: $1; the PostgreSQL tests will be skipped" >&2
	exit 0
}

psql_admin() { # psql on the maintenance database (or the given one), quietly, stopping at the first error
	local target
	if [ -n "${READOUT_TEST_PG_URI:-}" ]; then target=$READOUT_TEST_PG_URI; else target=$(uri_for postgres); fi
	PGOPTIONS="-c client_min_messages=warning" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -d "$target" "$@"
}

# The reading role, and its right to read what the admin role makes in database $1.
grant_reader() { # DB
	psql_admin -c "DO \$\$ BEGIN CREATE ROLE readout_reader LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END \$\$" &&
	PGOPTIONS="-c client_min_messages=warning" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -d "$(uri_for "$1")" \
		-c "GRANT USAGE ON SCHEMA public TO readout_reader" \
		-c "GRANT SELECT ON ALL TABLES IN SCHEMA public TO readout_reader" \
		-c "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO readout_reader"
}

stop() {
	local c
	if [ -z "${READOUT_TEST_PG_URI:-}" ] && [ -f "$state/cluster" ]; then
		c=$(cat "$state/cluster")
		if [ -d "$c/data" ] && bin=$(find_bin); then
			owner=$(stat -c %U "$c")
			as_owner "$bin/pg_ctl" -D "$c/data" -m immediate -w stop >/dev/null 2>&1 || true
		fi
		# only a folder this script made (see start) is removed
		case $c in */readout-pg.*) rm -rf "$c" ;; esac
	fi
	rm -rf "$state"
}

start() {
	if running; then
		mkdir -p "$state"
		uri_for "$DB" > "$state/uri"
		cat "$state/uri"
		return 0
	fi
	[ -z "${READOUT_TEST_PG_URI:-}" ] || unavailable "cannot connect to READOUT_TEST_PG_URI"
	stop # leftovers of a killed run
	bin=$(find_bin) || unavailable "PostgreSQL is not installed (apt-get install postgresql)"
	owner=$(id -un)
	if [ "$(id -u)" = 0 ]; then
		id postgres >/dev/null 2>&1 || unavailable "running as root and there is no postgres user to run the server"
		owner=postgres
	fi
	mkdir -p "$state"
	# a short private path that the server's user can reach: a Unix socket path must stay
	# under 108 bytes, and the build folder may be long or private to root
	local c
	c=$(mktemp -d /tmp/readout-pg.XXXXXX)
	echo "$c" > "$state/cluster"
	chmod 700 "$c"
	[ "$owner" = "$(id -un)" ] || chown "$owner" "$c"
	if ! as_owner "$bin/initdb" -N -D "$c/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
		>"$state/log" 2>&1 &&
	   ! as_owner "$bin/initdb" -N -D "$c/data" -U postgres --auth=trust -E UTF8 --no-locale \
		>"$state/log" 2>&1; then
		unavailable "initdb failed: $(tail -n 3 "$state/log" | tr '\n' ' ')"
	fi
	# throwaway data: no fsync; enough connections for parallel tests
	if ! as_owner "$bin/pg_ctl" -D "$c/data" -l "$c/server.log" -w -t 60 \
		-o "-c listen_addresses='' -c unix_socket_directories='$c' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
		start >>"$state/log" 2>&1; then
		unavailable "the server did not start: $(tail -n 3 "$c/server.log" 2>/dev/null | tr '\n' ' ')"
	fi
	psql_admin -c "CREATE DATABASE $DB" >>"$state/log" 2>&1 || unavailable "cannot create database $DB"
	grant_reader "$DB" >>"$state/log" 2>&1 || unavailable "cannot make the reading role"
	rm -f "$state/unavailable"
	uri_for "$DB" > "$state/uri"
	cat "$state/uri"
}

case $cmd in
start) start ;;
stop) stop ;;
status) running ;;
uri)
	running || die "no test server running for $state (run: $0 start)"
	uri_for "$DB"
	;;
newdb)
	running || die "no test server running for $state (run: $0 start)"
	bin=$(find_bin) || bin=$(dirname "$(command -v psql)")
	psql_admin -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name" >/dev/null ||
		die "cannot create database $name"
	grant_reader "$name" >/dev/null || die "cannot let readout_reader read $name"
	uri_for "$name"
	;;
newdbs)
	running || die "no test server running for $state (run: $0 start)"
	bin=$(find_bin) || bin=$(dirname "$(command -v psql)")
	args=()
	for ((i = 1; i <= count; i++)); do
		args+=(-c "DROP DATABASE IF EXISTS ${name}_$i WITH (FORCE)" -c "CREATE DATABASE ${name}_$i")
	done
	psql_admin "${args[@]}" >/dev/null || die "cannot create databases ${name}_1..$count"
	for ((i = 1; i <= count; i++)); do grant_reader "${name}_$i" >/dev/null || die "cannot let readout_reader read ${name}_$i"; done
	for ((i = 1; i <= count; i++)); do uri_for "${name}_$i"; done
	;;
dropdb)
	running || exit 0
	bin=$(find_bin) || bin=$(dirname "$(command -v psql)")
	psql_admin -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null
	;;
*)
	echo "usage: $0 start|stop|status|uri|newdb NAME|newdbs NAME N|dropdb NAME [STATE_DIR]" >&2
	exit 2
	;;
esac
