#!/usr/bin/env python3
"""bench_resolution.py — how well the store resolves people across documents.

Ingests two corpora into temporary databases with `readout ingest` and scores the persons the
store made against a ground truth, as pairwise merge precision and recall over mentions (a
mention is one person named in one document; a pair of mentions is predicted together when the
store gave both the same person id, truly together when the ground truth says one person):

  dev        the dev gold set (../shared/eval/dev/*.gold.json, read at run time and never
             copied): truth = the same gold name (case-folded) is the same person.
  generated  a gen_corpus corpus with planted people: namesakes (pairs of different people
             sharing a name, in different provinces and posts), transfers (one official moved
             from a post in one province to one in another), spellings (one name written
             Lü/Lv/Lyu or Min'an/Minan/Min-an) and central leaders named in provincial and city
             readouts. Truth: a planted person's key from the generator's truth file; every
             other generated name belongs to one person only. Scored over all mentions, over
             the mentions of planted names (the pairs the rule can get wrong), and by kind.

Prints figures and exits 0 whatever they are; 1 only when something could not run.
Standard library only (sqlite3 reads the databases).
"""
import argparse
import collections
import glob
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata


def name_key(name):
    """The store's name key (src/text/namekey.c): letters without tone marks in lower case and
    digits; u with a diaeresis, "u:" and a word-opening "lyu"/"nyu" as v (but "lue", "nue");
    spaces and punctuation dropped; letters of other scripts kept."""
    out, word = [], 0
    for ch in unicodedata.normalize("NFKD", name).casefold():
        cat = unicodedata.category(ch)
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            out.append(ch)
            w = out[word:]
            if len(w) == 3 and w[0] in "ln" and w[1:] == ["y", "u"]:
                del out[-2:]
                out.append("v")
            elif ch == "e" and len(w) >= 3 and w[-2] == "v" and w[-3] in "ln":
                out[-2] = "u"
        elif ch == "\u0308" or ch == ":":
            if len(out) > word and out[-1] == "u":
                out[-1] = "v"
            elif ch == ":":
                word = len(out)
        elif cat.startswith("M"):
            continue
        elif cat[0] in "LN" and ord(ch) >= 0x80:
            out.append(ch)
        else:
            word = len(out)
    return "".join(out)


def pairs(n):
    return n * (n - 1) // 2


def score(mentions):
    """mentions: list of (predicted cluster, true cluster). Returns precision, recall and counts."""
    by_pred = collections.Counter(p for p, _ in mentions)
    by_true = collections.Counter(t for _, t in mentions)
    both = collections.Counter(mentions)
    pred_pairs = sum(pairs(n) for n in by_pred.values())
    true_pairs = sum(pairs(n) for n in by_true.values())
    tp = sum(pairs(n) for n in both.values())
    precision = tp / pred_pairs if pred_pairs else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    return {"mentions": len(mentions), "pred_pairs": pred_pairs, "true_pairs": true_pairs, "tp": tp,
            "precision": precision, "recall": recall}


def ingest(readout, db, inputs, data):
    cmd = [readout, "ingest", "--quiet", "--db", db]
    if data:
        cmd += ["--data", data]
    cmd += inputs
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode not in (0, 1):
        sys.exit("bench_resolution: %s failed: %s" % (" ".join(cmd), r.stderr.strip()))
    return r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ""


def person_docs(db):
    """(document ext_id, name key) -> person id, for every person of every stored document."""
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    rows = con.execute("SELECT d.ext_id, pd.name, pd.person_id FROM person_docs pd "
                       "JOIN documents d ON d.id = pd.doc_id").fetchall()
    con.close()
    out = {}
    for doc, name, pid in rows:
        out[(doc, name_key(name))] = pid
    return out


def explain(label, mentions, detail):
    """Prints the biggest wrong merges and splits, so a figure below the bar says why."""
    wrong_merge = collections.defaultdict(set)
    split = collections.defaultdict(set)
    for (p, t), d in zip(mentions, detail):
        wrong_merge[p].add(t)
        split[t].add(p)
    merges = [(p, ts) for p, ts in wrong_merge.items() if len(ts) > 1]
    splits = [(t, ps) for t, ps in split.items() if len(ps) > 1]
    if merges:
        print("  %s: %d store persons hold more than one true person, e.g. %s" %
              (label, len(merges), "; ".join("person %s = %s" % (p, ", ".join(sorted(map(str, ts))[:3]))
                                             for p, ts in merges[:3])))
    if splits:
        print("  %s: %d true persons are split over several store persons, e.g. %s" %
              (label, len(splits), "; ".join("%s -> %d persons" % (t, len(ps)) for t, ps in splits[:3])))


def dev_set(args, work):
    gold_files = sorted(glob.glob(os.path.join(args.dev, "*.gold.json")))
    if not gold_files:
        print("dev: no gold files in %s (skipped)" % args.dev)
        return None
    texts = os.path.join(work, "dev")
    os.makedirs(texts)
    for g in gold_files:
        doc = os.path.basename(g)[:-len(".gold.json")]
        shutil.copy(os.path.join(args.dev, doc + ".txt"), os.path.join(texts, doc + ".txt"))
    db = os.path.join(work, "dev.db")
    ingest(args.readout, db, [texts], args.data)
    stored = person_docs(db)
    mentions, detail, missing = [], [], 0
    for g in gold_files:
        gold = json.load(open(g, encoding="utf-8"))
        seen = set()
        for p in gold["people"]:
            key = name_key(p["name"])
            if key in seen:
                continue
            seen.add(key)
            pid = stored.get((gold["id"], key))
            if pid is None:
                missing += 1  # not extracted: an extraction miss, not a resolution decision
                continue
            mentions.append((pid, key))
            detail.append(gold["id"])
    s = score(mentions)
    s["unmatched"] = missing
    s["docs"] = len(gold_files)
    return s, mentions, detail


KINDS = ("namesake", "transfer", "spelling", "leader")


def generated_set(args, work):
    out = os.path.join(work, "gen")
    truth = os.path.join(work, "gen.truth.jsonl")
    cmd = [args.gen, "--docs", str(args.docs), "--seed", str(args.seed), "--plant-namesakes", str(args.namesakes),
           "--plant-transfers", str(args.transfers), "--plant-spellings", str(args.spellings),
           "--plant-leaders", str(args.leaders), "--truth", truth, "--out", out, "--quiet"]
    if args.gen_data:
        cmd += ["--data", args.gen_data]
    subprocess.run(cmd, check=True)
    db = os.path.join(work, "gen.db")
    ingest(args.readout, db, [out], args.data)
    stored = person_docs(db)
    planted = {}
    kind_of = {}  # planted name key -> kind
    for line in open(truth, encoding="utf-8"):
        t = json.loads(line)
        key = name_key(t["name"])
        planted[(t["doc"], key)] = t["person"]
        kind_of[key] = t.get("kind", "namesake")
    everyone, only_planted, detail = [], [], []
    by_kind = collections.defaultdict(list)
    found = 0
    for (doc, key), pid in stored.items():
        true = planted.get((doc, key))
        if true is not None:
            found += 1
        elif key in kind_of:
            true = "unlisted:" + key  # a planted name the truth file does not place: cannot happen
        else:
            true = key
        everyone.append((pid, true))
        if key in kind_of:
            only_planted.append((pid, true))
            by_kind[kind_of[key]].append((pid, true))
            detail.append(doc)
    s_all = score(everyone)
    s_planted = score(only_planted)
    s_planted["truth_rows"] = len(planted)
    s_planted["truth_found"] = found
    kinds = [(k, score(by_kind[k])) for k in KINDS if by_kind[k]]
    return s_all, s_planted, kinds, only_planted, detail


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--readout", default=os.path.join(root, "build", "readout"))
    ap.add_argument("--gen", default=os.path.join(root, "build", "gen_corpus"))
    ap.add_argument("--data", help="lexicons for readout ingest (default: built in)")
    ap.add_argument("--gen-data", default=os.path.join(root, "data"), help="lexicons for gen_corpus")
    ap.add_argument("--dev", default=os.path.join(root, "..", "shared", "eval", "dev"))
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--namesakes", type=int, default=200, help="planted namesake pairs")
    ap.add_argument("--transfers", type=int, default=100, help="planted transfers between provinces")
    ap.add_argument("--spellings", type=int, default=100, help="planted names written three ways")
    ap.add_argument("--leaders", type=int, default=50, help="planted central officials in local readouts")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--tsv", help="append the figures to this file")
    ap.add_argument("--keep", help="keep the databases in this folder")
    args = ap.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="readout-resolution-")
    os.makedirs(work, exist_ok=True)
    rows = []
    try:
        print("%-28s %9s %11s %11s %9s %9s" % ("set", "mentions", "pred_pairs", "true_pairs", "precision", "recall"))
        dev = dev_set(args, work)
        if dev:
            s, mentions, detail = dev
            print("%-28s %9d %11d %11d %9.4f %9.4f" % ("dev gold (%d docs)" % s["docs"], s["mentions"], s["pred_pairs"],
                                                       s["true_pairs"], s["precision"], s["recall"]))
            rows.append(("dev", s))
            if s["unmatched"]:
                print("  (%d gold people were not extracted and are left out: extraction recall, not resolution)"
                      % s["unmatched"])
            explain("dev", mentions, detail)
        s_all, s_planted, kinds, planted_mentions, detail = generated_set(args, work)
        print("%-28s %9d %11d %11d %9.4f %9.4f" % ("generated, all (%d docs)" % args.docs, s_all["mentions"],
                                                   s_all["pred_pairs"], s_all["true_pairs"], s_all["precision"],
                                                   s_all["recall"]))
        print("%-28s %9d %11d %11d %9.4f %9.4f" % ("generated, planted names", s_planted["mentions"],
                                                   s_planted["pred_pairs"], s_planted["true_pairs"],
                                                   s_planted["precision"], s_planted["recall"]))
        for kind, s in kinds:
            print("%-28s %9d %11d %11d %9.4f %9.4f" % ("  planted: " + kind + "s", s["mentions"], s["pred_pairs"],
                                                       s["true_pairs"], s["precision"], s["recall"]))
        print("  (planted: %d namesake pairs, %d transfers, %d spellings, %d leaders; %d of %d truth mentions "
              "were extracted)" % (args.namesakes, args.transfers, args.spellings, args.leaders,
                                   s_planted["truth_found"], s_planted["truth_rows"]))
        explain("planted", planted_mentions, detail)
        rows += [("generated_all", s_all), ("generated_planted", s_planted)]
        rows += [("planted_" + kind, s) for kind, s in kinds]
        if dev:
            # both sets as one pool of mentions: no pair crosses the sets, so the counts add up
            d = dev[0]
            tp, pp, tt = d["tp"] + s_all["tp"], d["pred_pairs"] + s_all["pred_pairs"], d["true_pairs"] + s_all["true_pairs"]
            pooled = {"mentions": d["mentions"] + s_all["mentions"], "pred_pairs": pp, "true_pairs": tt, "tp": tp,
                      "precision": tp / pp if pp else 1.0, "recall": tp / tt if tt else 1.0}
            print("%-28s %9d %11d %11d %9.4f %9.4f" % ("dev + generated, pooled", pooled["mentions"], pp, tt,
                                                       pooled["precision"], pooled["recall"]))
            rows.append(("pooled", pooled))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.tsv:
        with open(args.tsv, "a") as f:
            for label, s in rows:
                f.write("%s\t%d\t%d\t%d\t%.4f\t%.4f\n" % (label, s["mentions"], s["pred_pairs"], s["true_pairs"],
                                                         s["precision"], s["recall"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
