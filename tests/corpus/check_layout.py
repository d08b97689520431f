#!/usr/bin/env python3
"""check_layout.py: the dev set's quality holds when its texts come as users' copies do.

Each variant rewrites every dev text the way a page, a PDF or an e-mail gives it (lines wrapped
at 78 columns, doubled spaces, no-break spaces, a portal's name and a photo caption over the
page, posts written in lower case), in a temporary folder, extracts them with readout and scores
them with the annotation's scorer against the unchanged gold. A variant whose score falls below
its floor fails the check: the floors are a ratchet, raised as the extractor gets more robust.

usage: check_layout.py --readout BIN --eval EVAL_DIR
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap


def wrapped(t):
    return "\n\n".join("\n".join(textwrap.wrap(p, 78)) for p in t.split("\n\n"))


def doubled_spaces(t):
    return t.replace(" ", "  ")


def no_break_spaces(t):
    return t.replace(". ", ".\u00a0 ").replace(", ", ",\u00a0")


def portal_header(t):
    return ("Hainan Provincial People's Government Portal\nHome > News > Local News\n"
            "Source: Haikou Evening News   Font size: L M S\n\n" + t)


def caption_header(t):
    return "Share: WeChat | Weibo\nA view of the city of Kunming on a clear day. (Photo/Zhou Ping)\n\n" + t


POSTWORDS = ["Party", "Committee", "Provincial", "Municipal", "County", "Standing", "Secretary",
             "Deputy", "Mayor", "Governor", "Director", "Member", "Members", "Leading",
             "Government", "Department"]


def lower_posts(t):
    for w in POSTWORDS:
        t = re.sub(r"(?<=[a-z,] )" + w + r"\b", w.lower(), t)
    return t


def any_text(gold):
    return True


def placed_text(gold):
    # a header naming a place is evidence where the report names none, so those texts' gold no
    # longer holds; where the report names its place, the header must not move it
    return gold.get("place") is not None


# name: (rewrite, which documents, floor)
VARIANTS = {
    "wrapped at 78 columns": (wrapped, any_text, 0.98),
    "doubled spaces": (doubled_spaces, any_text, 0.99),
    "no-break spaces": (no_break_spaces, any_text, 0.99),
    "portal header": (portal_header, placed_text, 0.99),
    "photo caption header": (caption_header, placed_text, 0.99),
    "posts in lower case": (lower_posts, any_text, 0.985),
}


def score(readout, scorer, folder):
    preds = os.path.join(folder, "preds.jsonl")
    texts = sorted(glob.glob(os.path.join(folder, "*.txt")))
    with open(preds, "w") as out:
        subprocess.run([readout, "extract", "-q"] + texts, stdout=out, check=True)
    res = subprocess.run([sys.executable, scorer, folder, preds], capture_output=True, text=True, check=True)
    m = re.search(r"^score: ([0-9.]+)", res.stdout, re.M)
    if not m:
        sys.exit(f"check_layout: no score in the scorer's output for {folder}")
    return float(m.group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--readout", required=True)
    ap.add_argument("--eval", required=True, help="the folder with score.py and dev/")
    a = ap.parse_args()
    dev = os.path.join(a.eval, "dev")
    scorer = os.path.join(a.eval, "score.py")
    golds = sorted(glob.glob(os.path.join(dev, "*.gold.json")))
    if not golds:
        sys.exit(f"check_layout: no *.gold.json in {dev}")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="readout-layout-") as tmp:
        for name, (rewrite, which, floor) in VARIANTS.items():
            folder = os.path.join(tmp, re.sub(r"\W+", "-", name))
            os.makedirs(folder)
            for g in golds:
                with open(g, encoding="utf-8") as f:
                    if not which(json.load(f)):
                        continue
                doc = os.path.basename(g)[: -len(".gold.json")]
                with open(os.path.join(dev, doc + ".txt"), encoding="utf-8") as f:
                    text = f.read()
                with open(os.path.join(folder, doc + ".txt"), "w", encoding="utf-8") as f:
                    f.write(rewrite(text))
                shutil.copy(g, folder)
            s = score(a.readout, scorer, folder)
            ok = s >= floor
            failed += not ok
            print(f"layout: {name}: score {s:.3f} (floor {floor:.3f}){'' if ok else '  FAILED'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
