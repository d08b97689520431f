#!/usr/bin/env python3
"""check_people.py — who is who and posts on a real corpus, as issue 11's bars state them.

Ingests the given inputs into a new SQLite database with `readout ingest` and asks it, through
`readout sql` only (the questions a user can ask too):

  leaders  every name held by a person with a central post (a national leader's name) is one
           person under one region; two persons of such a name pass only when the store kept
           them apart as namesakes: a central and a local post held over overlapping dates
           (their facets clash), which the check prints with the evidence.
  posts    every title of a stored person maps to a post or is listed in v_unmapped_titles
           (their mentions add up), and at least --min-mapped of the title mentions map.

Prints the figures; exits 1 when a bar is not met, 2 when something could not run. Standard
library only. Usage: check_people.py [--readout PATH] [--min-mapped 0.95] INPUT...
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile


def sql(readout, db, query):
    r = subprocess.run([readout, "sql", "--db", db, "--format", "jsonl", query], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("check_people: %s: %s" % (query, r.stderr.strip()) if r.stderr else 2)
    return [json.loads(line) for line in r.stdout.splitlines() if line.strip()]


def clash(a, b):
    """Two facets of different places (central and local, two provinces) with overlapping dates."""
    if a["facet"].rstrip("~").split("/")[0] == b["facet"].rstrip("~").split("/")[0]:
        return False
    if a["facet"].endswith("~") or b["facet"].endswith("~"):
        return False
    if not (a["first_date"] and b["first_date"]):
        return False
    return a["first_date"] <= b["last_date"] and b["first_date"] <= a["last_date"]


def check_leaders(readout, db):
    leaders = sql(readout, db,
                  "SELECT DISTINCT p.name_key FROM persons p JOIN person_careers c ON c.person_id = p.id "
                  "JOIN posts q ON q.id = c.post_id WHERE q.level = 'central' AND q.former = 0")
    keys = {r["name_key"] for r in leaders}
    persons = sql(readout, db, "SELECT id, name, name_key, region, documents FROM persons")
    facets = sql(readout, db, "SELECT person_id, facet, first_date, last_date FROM person_facets")
    by_person = collections.defaultdict(list)
    for f in facets:
        by_person[f["person_id"]].append(f)
    by_key = collections.defaultdict(list)
    for p in persons:
        if p["name_key"] in keys:
            by_key[p["name_key"]].append(p)
    failures, namesakes = [], []
    for key, ps in sorted(by_key.items()):
        regions = {p["region"] for p in ps}
        if len(ps) == 1 and len(regions) == 1:
            continue
        # apart by the rule only if every two of them hold clashing facets
        apart = all(any(clash(a, b) for a in by_person[x["id"]] for b in by_person[y["id"]])
                    for i, x in enumerate(ps) for y in ps[i + 1:])
        (namesakes if apart else failures).append(ps)
    print("leaders: %d names held by a person with a central post; %d of them one person under one region"
          % (len(keys), len(keys) - len(failures) - len(namesakes)))
    for ps in namesakes:
        print("  kept apart as namesakes (a central and a local post over the same dates): %s"
              % "; ".join("%s (person %d, %s, %d documents: %s)"
                          % (p["name"], p["id"], p["region"], p["documents"],
                             ", ".join("%s %s..%s" % (f["facet"], f["first_date"], f["last_date"])
                                       for f in by_person[p["id"]]))
                          for p in ps))
    for ps in failures:
        print("  FAIL: %s under %d regions: %s" % (ps[0]["name"], len({p["region"] for p in ps}),
                                                   ", ".join("person %d %s" % (p["id"], p["region"]) for p in ps)))
    return not failures


def check_posts(readout, db, minimum):
    t = sql(readout, db, "SELECT count(*) AS mentions, count(post_id) AS mapped, count(DISTINCT title) AS titles, "
                         "count(DISTINCT CASE WHEN post_id IS NOT NULL THEN title END) AS mapped_titles "
                         "FROM person_titles")[0]
    u = sql(readout, db, "SELECT coalesce(sum(mentions), 0) AS mentions, count(*) AS titles FROM v_unmapped_titles")[0]
    share = t["mapped"] / t["mentions"] if t["mentions"] else 1.0
    listed = t["mentions"] - t["mapped"] == u["mentions"]
    print("posts: %d of %d title mentions map to a post (%.1f %%; bar %.1f %%); %d distinct titles, %d unmapped, "
          "listed in v_unmapped_titles with %d mentions%s"
          % (t["mapped"], t["mentions"], 100 * share, 100 * minimum, t["titles"], u["titles"], u["mentions"],
             "" if listed else " (FAIL: not every unmapped title is listed)"))
    return share >= minimum and listed


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--readout", default=os.path.join(root, "build", "readout"))
    ap.add_argument("--min-mapped", type=float, default=0.95)
    ap.add_argument("--keep", help="the database to make (default: a temporary one)")
    ap.add_argument("inputs", nargs="+")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="readout-people-")
    db = args.keep or os.path.join(work, "people.db")
    try:
        r = subprocess.run([args.readout, "ingest", "--quiet", "--db", db] + args.inputs, capture_output=True, text=True)
        if r.returncode not in (0, 1):
            print("check_people: ingest failed: %s" % r.stderr.strip(), file=sys.stderr)
            return 2
        ok = check_leaders(args.readout, db)
        ok = check_posts(args.readout, db, args.min_mapped) and ok
    finally:
        for f in os.listdir(work):
            os.remove(os.path.join(work, f))
        os.rmdir(work)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
