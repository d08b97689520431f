"""cache.py — `readout serve` keeps answers only while the database is unchanged, on SQLite and
on PostgreSQL: a repeated question is answered from the cache (X-Readout-Cache: hit), the
same question spelt otherwise too, and a document ingested while the server runs is in the
next answer. --cache 0 keeps nothing.
usage: cache.py BUILD_DIR (the PostgreSQL half needs the test server: $READOUT_PG_DIR/uri)"""
import json
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402

t = lib.Failures("server_cache")
build = os.path.abspath(sys.argv[1])
readout = os.path.join(build, "readout")
work = lib.workdir("cache")
zebra = os.path.join(work, "zebra.jsonl")
with open(zebra, "w") as f:
    f.write(json.dumps({"id": "zebra", "text": "On June 2, 2023, the Yunnan Provincial Party Committee held a meeting "
                        "on the protection of the zebra crossing of wild elephants. Wang Ning presided.\n"}) + "\n")


def ingest(db, *inputs):
    subprocess.run([readout, "ingest", "-q", "--db", db, *inputs], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def search(server, target):
    status, h, body = server.request("GET", target)
    return status, h.get("x-readout-cache"), json.loads(body)


def hit_after(server, first, again, tries=5):
    """Asks first, then again: whether again came from the cache, and its answer. PostgreSQL's
    version of the store moves with a write to any database of the server (other tests run
    beside this one), which rightly empties the cache: a few tries, one of which must hit."""
    for _ in range(tries):
        search(server, first)
        _, cached, r = search(server, again)
        if cached == "hit":
            break
    return cached, r


def check_backend(name, writer_db, reader_db):
    ingest(writer_db, os.path.join(lib.SRC, "samples"))
    server = lib.Server(build, reader_db, "--threads", "2")
    try:
        q = "/api/search?q=zebra+elephants&level=provincial"
        status, cached, r = search(server, q)
        t.check(status == 200 and cached == "miss" and r["total"] == 0, f"{name}: first asked, a miss; nothing found ({cached}, {r['total']})")
        cached, r2 = hit_after(server, q, q)
        t.check(cached == "hit" and r2 == r, f"{name}: asked again, a hit with the same answer ({cached})")
        cached, _ = hit_after(server, q, "/api/search?level=Provincial&q=zebra+elephants")
        t.check(cached == "hit", f"{name}: the same question spelt otherwise is a hit ({cached})")
        _, _, info = search(server, "/api/info")
        ingest(writer_db, zebra)  # another connection commits while the server runs
        status, cached, r3 = search(server, q)
        t.check(cached == "miss" and r3["total"] == 1 and r3["results"][0]["document"] == "zebra",
                f"{name}: after an ingest the answer is new ({cached}, {r3['total']})")
        _, cached, info2 = search(server, "/api/info")
        t.check(info2["counts"]["documents"] == info["counts"]["documents"] + 1, f"{name}: the counts too ({cached})")
    finally:
        code, err = server.stop()
        t.check(code == 0, f"{name}: stops cleanly ({code} {err.strip()[-200:]})")


check_backend("sqlite", os.path.join(work, "c.db"), os.path.join(work, "c.db"))

# --cache 0: every answer asked anew, no header
server = lib.Server(build, os.path.join(work, "c.db"), "--cache", "0")
status, h, _ = server.request("GET", "/api/search?q=zebra")
t.check(status == 200 and "x-readout-cache" not in h, "--cache 0 keeps nothing")
# reals as the CLI writes them: the provincial relays' mean day (2, 2 and 33) is 12.3, not
# 12.300000000000001
status, _, body = server.request("GET", "/api/cascade?subject=20th+National+Congress")
t.check(status == 200 and b'"mean_day":12.3,' in body and not re.search(rb"\d\.\d{15,}", body),
        "a real has its significant digits only")
server.stop()

pg_dir = os.environ.get("READOUT_PG_DIR", os.path.join(build, "pg-test"))
script = os.environ.get("READOUT_PG_SCRIPT", os.path.join(lib.SRC, "scripts", "pg-test-server.sh"))
if os.path.exists(os.path.join(pg_dir, "uri")):
    uri = subprocess.run(["bash", script, "newdb", f"serve_cache_{os.getpid()}", pg_dir], check=True,
                         stdout=subprocess.PIPE, text=True).stdout.strip()
    # the server reads as the test server's reading role, as a team's server would
    reader = uri + ("&" if "?" in uri else "?") + "user=readout_reader"
    check_backend("pg", uri, reader)
elif lib.ci():
    t.check(False, "PostgreSQL is required under CI")
else:
    print("server_cache: SKIP: the PostgreSQL half: no test server", file=sys.stderr)
shutil.rmtree(work, ignore_errors=True)
t.finish()
