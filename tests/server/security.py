"""security.py — `readout serve` against what a hostile client or page sends, over plain HTTP:
static paths that try to leave the asset folder (../, %2e%2e/, double encoding, NUL,
backslashes), parameters out of bounds or of the wrong kind (400 with a JSON message), HEAD and
other methods, a Host that is not this server's (DNS rebinding), the Content-Security-Policy and
companions on every response, pages with no inline script or style, hostile text that stays data
in the API's JSON, loopback by default, and a database left as it was.
usage: security.py BUILD_DIR"""
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402

t = lib.Failures("server_security")
build = os.path.abspath(sys.argv[1])
work = lib.workdir("security")
db = lib.build_database(build, work)


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


before = digest(db)
server = lib.Server(build, db, "--threads", "2")


def is_json_error(status, headers, body, want):
    try:
        e = json.loads(body)["error"]
    except (ValueError, KeyError, TypeError):
        return False
    return status == want and e["status"] == want and isinstance(e["message"], str) and e["message"] and \
        headers.get("content-type", "").startswith("application/json")


try:
    t.check(server.url.startswith("http://127.0.0.1:"), f"listens on loopback by default ({server.url})")

    # ---- every response carries the policy ----
    for target in ("/", "/app.js", "/app.css", "/api/info", "/api/nothing", "/missing.html", "/api/search?page=0"):
        status, h, _ = server.request("GET", target)
        csp = h.get("content-security-policy", "")
        t.check("default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp and
                "unsafe-eval" not in csp and "frame-ancestors 'none'" in csp and "*" not in csp,
                f"{target} ({status}): a CSP of this origin only, nothing inline")
        t.check(h.get("x-content-type-options") == "nosniff", f"{target}: nosniff")
        t.check(h.get("referrer-policy") == "no-referrer", f"{target}: no referrer")

    # ---- the pages: scripts from files only, no inline handlers or styles ----
    class Inline(HTMLParser):
        def __init__(self):
            super().__init__()
            self.bad = []

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "script" and not a.get("src", "").startswith("/"):
                self.bad.append("inline script")
            for k in a:
                if k.startswith("on") or k == "style":
                    self.bad.append(f"{tag} {k}=")

        def handle_data(self, data):
            pass

    for page in ("/", "/document.html", "/person.html", "/events.html", "/formulations.html", "/cascade.html", "/reuse.html"):
        status, h, body = server.request("GET", page)
        p = Inline()
        p.feed(body.decode())
        t.check(status == 200 and h["content-type"].startswith("text/html") and not p.bad,
                f"{page}: served, no inline script, handler or style {p.bad}")
        t.check("<style" not in body.decode(), f"{page}: no <style> element")

    # ---- static paths cannot leave the asset folder ----
    secret = b"root:"
    for target in ("/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
                   "/%252e%252e/%252e%252e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/.%2e/.%2e/etc/passwd",
                   "/app.js%00.html", "/index.html%00", "/%00", "/..\\..\\etc\\passwd", "/%5c..%5c..%5cetc%5cpasswd",
                   "//etc/passwd", "/./index.html", "/web/../CMakeLists.txt", "/../CMakeLists.txt", "/../src/server/serve.c",
                   "/%c0%ae%c0%ae/etc/passwd", "/%ff", "/app.js/..", "/favicon.svg/../../etc/passwd"):
        status, h, body = server.request("GET", target)
        t.check(status in (400, 404) and is_json_error(status, h, body, status) and secret not in body and
                b"cmake_minimum_required" not in body and b"#include" not in body,
                f"GET {target}: {status} with a JSON reason, no file from outside")
    status, _, body = server.request("GET", "/app.js")
    t.check(status == 200 and b"const ro" in body, "GET /app.js serves the asset")
    status, h, _ = server.request("GET", "/app.js", {"If-None-Match": server.request("GET", "/app.js")[1].get("etag")})
    t.check(status == 304, f"GET /app.js with its ETag: 304 ({status})")

    # ---- every parameter is bounded; a bad one is 400 with a JSON message ----
    long_q = "a" * 201
    bad = [
        ("/api/search?colour=red", "unknown parameter 'colour'"),
        (f"/api/search?q={long_q}", "longer than 200 bytes"),
        ("/api/search?from=2022-02-30", "must be a date"),
        ("/api/search?to=22-01-01", "must be a date"),
        ("/api/search?level=national", "must be one of"),
        ("/api/search?page=0", "from 1 to 1000"),
        ("/api/search?page=1001", "from 1 to 1000"),
        ("/api/search?page=-1", "from 1 to 1000"),
        ("/api/search?page=1e3", "from 1 to 1000"),
        ("/api/search?per_page=101", "from 1 to 100"),
        ("/api/search?page=99999999999999999999999", "from 1 to 1000"),
        ("/api/search?q=%zz", "two hex digits"),
        ("/api/search?q=a%", "two hex digits"),
        ("/api/search?q=a%00b", "control character"),
        ("/api/search?q=%0d%0aSet-Cookie:x", "control character"),
        ("/api/search?q=%ff%fe", "not valid UTF-8"),
        ("/api/search?q=a&q=b", "more than once"),
        ("/api/person", "'name' is required"),
        ("/api/person?name=Xi&id=0", "positive whole number"),
        ("/api/person?name=Xi&id=abc", "positive whole number"),
        ("/api/document", "'id' is required"),
        ("/api/cascade?subject=x&per_level=2001", "from 1 to 2000"),
        ("/api/formulation?" + "&".join(f"f={i}" for i in range(9)), "at most 8 times"),
        ("/api/formulation?f=x&split=place", "must be level"),
        ("/api/events?by=year", "month or week"),
        ("/api/events?limit=2001", "from 1 to 2000"),
        ("/api/people?limit=501", "from 1 to 500"),
    ]
    for target, why in bad:
        status, h, body = server.request("GET", target)
        ok = is_json_error(status, h, body, 400) and why in json.loads(body)["error"]["message"]
        t.check(ok, f"GET {target[:70]}: 400 '{why}'" + ("" if ok else f" (got {status} {body[:160]!r})"))
    status, h, body = server.request("GET", "/api/search?q=" + "a" * 5000)
    t.check(is_json_error(status, h, body, 414), f"a 5,000-byte target: 414 with a JSON reason ({status})")
    status, h, body = server.request("GET", "/api/nothing")
    t.check(is_json_error(status, h, body, 404) and "routes:" in json.loads(body)["error"]["message"], "an unknown route: 404 naming the routes")
    status, h, body = server.request("GET", "/api/person?name=Xi%20Jingping")
    t.check(is_json_error(status, h, body, 404) and "Xi Jinping" in json.loads(body)["error"]["message"],
            "a person not stored: 404 suggesting the nearest name")
    status, h, body = server.request("GET", "/api/search?place=Atlantis")
    t.check(status == 404 and is_json_error(status, h, body, 404), "a place not stored: 404 with the reason")
    status, h, body = server.request("GET", "/api/search?q=&place=&level=")
    t.check(status == 200, "empty fields of a form count as not given")
    status, _, body = server.request("GET", "/api/search?q=flood+control&level=PROVINCIAL&per_page=5")
    r = json.loads(body)
    t.check(status == 200 and len(r["results"]) <= 5 and r["per_page"] == 5, "'+' is a space and levels are any case")

    # ---- methods ----
    status, h, body = server.request("HEAD", "/")
    t.check(status == 200 and body == b"" and h.get("content-type", "").startswith("text/html") and
            int(h.get("content-length", "0")) > 0 and "content-security-policy" in h, "HEAD /: headers, no body")
    status, h, body = server.request("HEAD", "/api/info")
    t.check(status == 200 and body == b"" and h.get("content-type", "").startswith("application/json"), "HEAD /api/info: no body")
    for method in ("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "BREW"):
        status, h, body = server.request(method, "/api/search?q=flood", body=b"x=1" if method in ("POST", "PUT") else None)
        t.check(is_json_error(status, h, body, 405) and h.get("allow") == "GET, HEAD" and "content-security-policy" in h,
                f"{method}: 405 with Allow: GET, HEAD ({status})")
    status, h, body = server.request("GET", "/api/info", body=b"{}")
    t.check(is_json_error(status, h, body, 413), f"a GET with a body: 413 ({status})")

    # ---- the Host must be this server's (no DNS rebinding) ----
    for host in ("evil.example", f"evil.example:{server.port}", f"127.0.0.1.evil.example:{server.port}", "", "localhost:1"):
        status, h, body = server.request("GET", "/api/info", {"Host": host})
        t.check(status in (400, 403) and (status == 400 or is_json_error(status, h, body, 403)), f"Host '{host}': refused ({status})")
    for host in (f"localhost:{server.port}", f"127.0.0.1:{server.port}", "localhost"):
        status, _, _ = server.request("GET", "/api/info", {"Host": host})
        t.check(status == 200, f"Host '{host}': served")

    # ---- hostile text stays data: JSON strings, the javascript: address no link ----
    status, h, body = server.request("GET", "/api/document?id=hostile")
    d = json.loads(body)["documents"][0]
    text = "".join(s if isinstance(s, str) else s["t"] for s in d["segments"])
    t.check(status == 200 and "<script>window.__pwned=1</script>" in text, "the hostile text comes back whole, as a JSON string")
    t.check(d["link"] is None and d["url"].startswith("javascript:"), "a javascript: address is given as text, with no link")
    status, h, body = server.request("GET", "/api/document?id=flood-county")
    d = json.loads(body)["documents"][0]
    t.check(d["link"] == "https://example.gov.cn/xishui/flood.html", "an https address is a link")
    text = "".join(s if isinstance(s, str) else s["t"] for s in d["segments"])
    t.check(text.startswith("On May 15, 2023") and text.endswith("every week.\n"), "the segments make the whole text")

    # ---- a run of requests with a body and garbage on one connection does not stop it ----
    s = socket.create_connection((server.host, server.port), timeout=10)
    s.sendall(b"GARBAGE\r\n\r\n")
    s.recv(4096)
    s.close()
    status, _, _ = server.request("GET", "/api/info")
    t.check(status == 200, "still serving after a malformed request line")
finally:
    code, err = server.stop()
t.check(code == 0, f"stops on SIGINT with status 0 ({code})")
t.check(digest(db) == before, "the database file is unchanged (opened read-only)")

# ---- --bind: loopback unless asked, and a note when asked for more ----
other = None
try:
    for addr in subprocess.run(["hostname", "-I"], stdout=subprocess.PIPE, text=True).stdout.split():
        if re.match(r"^\d+\.\d+\.\d+\.\d+$", addr) and not addr.startswith("127."):
            other = addr
            break
except OSError:
    pass
server = lib.Server(build, db)
if other:
    try:
        socket.create_connection((other, server.port), timeout=3).close()
        t.check(False, f"not reachable on {other} without --bind")
    except OSError:
        t.check(True, f"not reachable on {other} without --bind")
server.stop()
server = lib.Server(build, db, "--bind", "0.0.0.0")
status, _, _ = server.request("GET", "/api/info", {"Host": "example.org"})
code, err = server.stop()
t.check("whoever can reach it can read the database" in err, "--bind 0.0.0.0 says who can read it")
t.check(status == 200, "beyond loopback the Host is not checked")
shutil.rmtree(work, ignore_errors=True)
t.finish()
