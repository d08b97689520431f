#!/bin/sh
# run.sh — runs a server test (tests/server/*.py) with a Python 3 that can import selenium when
# one can: Debian's own first (/usr/bin/python3, where python3-selenium installs), then the one
# on PATH. Without selenium the browser test skips, or fails when CI is set.
# usage: tests/server/run.sh SCRIPT BUILD_DIR
for py in /usr/bin/python3 python3; do
	if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import selenium' 2>/dev/null; then
		exec "$py" "$@"
	fi
done
exec python3 "$@"
