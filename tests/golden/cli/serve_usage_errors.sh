# Issue 12: `readout serve` checks its options before it listens, and a database or address it
# cannot use is an error naming it (exit 1), never a server that answers every page with errors.
check() {
	"$READOUT" "$@" >out 2>err
	echo "readout $*: exit $?"
	grep -v '^readout serve: Failed to bind' err | head -n 1 # (libmicrohttpd's own line, which names the OS's reason)
}
check serve --port 70000
check serve --port -1
check serve --threads 0
check serve --threads 1000
check serve --timeout 0
check serve --cache -1
check serve --cache 2000000
check serve extra
check serve --db no-such.db
"$READOUT" ingest -q --db s.db "$READOUT_SRC/samples/s004.txt" 2>/dev/null
check serve --db s.db --bind 203.0.113.9 --port 0
check serve --db s.db --bind not-an-address.invalid --port 0
