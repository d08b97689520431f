"""lib.py — what the server tests share: a database built from the samples, a generated corpus
and tests/server/fixtures.jsonl (a hostile readout, two that share a passage), with reuse run
on it; a `readout serve` started on a free port and stopped; plain HTTP requests sent as they
are written (no client-side normalising of paths). Test code only."""
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

SRC = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Failures:
    """Checks that report every failure, then one exit status."""

    def __init__(self, name):
        self.name, self.failed = name, 0

    def check(self, ok, what):
        print(f"{self.name}: {'ok' if ok else 'FAIL'}: {what}", flush=True)
        if not ok:
            self.failed += 1
        return ok

    def finish(self):
        if self.failed:
            print(f"{self.name}: {self.failed} check(s) failed", file=sys.stderr)
            sys.exit(1)
        print(f"{self.name}: all checks passed")
        sys.exit(0)


def ci():
    return os.environ.get("CI", "") not in ("", "0", "false")


def skip(name, why):
    """Exit 77 (ctest: skipped), or fail under CI, where every test must run."""
    if ci():
        print(f"{name}: FAIL: required under CI: {why}", file=sys.stderr)
        sys.exit(1)
    print(f"{name}: SKIP: {why}", file=sys.stderr)
    sys.exit(77)


def run(args, **kw):
    return subprocess.run(args, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def build_database(build, work):
    """The test database: samples + 300 generated readouts + the fixtures, and reuse results."""
    readout = os.path.join(build, "readout")
    corpus = os.path.join(work, "gen.jsonl")
    db = os.path.join(work, "serve.db")
    run([os.path.join(build, "gen_corpus"), "--docs", "300", "--seed", "7", "--data", os.path.join(SRC, "data"),
         "--out", corpus, "--quiet"])
    run([readout, "ingest", "-q", "--db", db, os.path.join(SRC, "samples"), corpus,
         os.path.join(SRC, "tests", "server", "fixtures.jsonl")])
    run([readout, "reuse", "-q", "--db", db])
    return db


class Server:
    """`readout serve` on a free port, until stop()."""

    def __init__(self, build, db, *extra):
        self.proc = subprocess.Popen([os.path.join(build, "readout"), "serve", "--db", db, "--port", "0", *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        m = re.search(r"(http://\S+?)/? ", line)
        if not m:
            err = self.proc.stderr.read() if self.proc.poll() is not None else ""
            raise RuntimeError(f"readout serve printed no URL: {line!r} {err!r}")
        self.url = m.group(1)
        self.line = line
        hp = re.match(r"http://(.+):(\d+)$", self.url)
        self.host, self.port = hp.group(1).strip("[]"), int(hp.group(2))

    def stop(self):
        """SIGINT, as Ctrl-C; returns the exit status and what it wrote on stderr."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        return self.proc.returncode, self.proc.stderr.read()

    def request(self, method, target, headers=None, body=None):
        """(status, headers dict with lower-case names, body bytes) of a request sent as written."""
        con = http.client.HTTPConnection(self.host, self.port, timeout=30)
        con.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
        hdrs = {"Host": f"{self.host}:{self.port}"}
        hdrs.update(headers or {})
        for k, v in hdrs.items():
            if v is not None:
                con.putheader(k, v)
        if body is not None:
            con.putheader("Content-Length", str(len(body)))
        con.endheaders(body)
        res = con.getresponse()
        data = res.read()
        h = {k.lower(): v for k, v in res.getheaders()}
        con.close()
        return res.status, h, data

    def api(self, route, **params):
        from urllib.parse import urlencode
        status, _, data = self.request("GET", f"/api/{route}?{urlencode(params, doseq=True)}")
        return status, json.loads(data)


def workdir(name):
    return tempfile.mkdtemp(prefix=f"readout-{name}-")
