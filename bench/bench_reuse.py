#!/usr/bin/env python3
"""bench_reuse.py — the quality of `readout reuse` against gen_reuse's ground truth.

Reads the corpus (JSON Lines, for the texts), the truth (gen_reuse's .truth.jsonl) and the
passages readout found (`readout reuse --export passages -f jsonl`), and prints:

- recall: planted copies found. A copy is found when a reported passage between its source
  document and it covers at least half of the planted span in both documents. Copies of one
  passage also repeat each other (two perturbed copies): their recall is printed apart.
- precision: reported passages that are true: at least half of each of its two spans lies in
  the spans of one planted passage (source and copy, or two copies), or it lies between a
  document and its republication; everything else, boilerplate included, is a false
  positive. A planted passage reported in pieces makes every piece true, and its best piece
  is what recall and boundaries judge.
- boundaries: for each found source-copy pair, the distance in words between each of the four
  reported and planted ends (words = whitespace-separated tokens of the text in between):
  the share of pairs whose four ends are all within 5 words, and the share of ends.
- clusters: republished pairs whose two documents readout put in one cluster, when a clusters
  export (`--export clusters -f jsonl`) is given.

Python 3, standard library only. Exit status 0; with --check, 1 when a bar is missed.
"""
import argparse
import collections
import json
import sys


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line)


def words_between(text, a, b):
    """Whitespace-separated tokens in text[min(a,b):max(a,b)] (as bytes offsets)."""
    lo, hi = (a, b) if a <= b else (b, a)
    return len(text[lo:hi].split())


def overlap(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--passages", required=True)
    ap.add_argument("--clusters")
    ap.add_argument("--examples", type=int, default=3, help="false positives and misses to print")
    ap.add_argument("--check", action="store_true", help="exit 1 when a bar is missed")
    ap.add_argument("--tsv", help="append the figures as one TSV row")
    ap.add_argument("--label", default="quality")
    args = ap.parse_args()

    sources, copies, dup_of = {}, collections.defaultdict(list), {}
    for t in read_jsonl(args.truth):
        if "passage" in t:
            if t["role"] == "source":
                sources[t["passage"]] = (t["doc"], t["start"], t["end"], t["words"])
            else:
                copies[t["passage"]].append((t["doc"], t["start"], t["end"], t["words"]))
        elif t["role"] == "copy":
            dup_of[t["doc"]] = "r%07d" % (t["duplicate"] + 1)
    needed = set()
    for p, s in sources.items():
        needed.add(s[0])
        needed.update(c[0] for c in copies[p])
    # texts are kept as UTF-8 bytes: spans are byte offsets
    texts = {}
    for d in read_jsonl(args.corpus):
        if d["id"] in needed:
            texts[d["id"]] = d["text"].encode("utf-8")

    # planted pairs, keyed by the unordered pair of documents
    pairs = collections.defaultdict(list)  # (docA, docB) -> [(kind, p, spanA, spanB)]
    for p, s in sources.items():
        cs = copies[p]
        for c in cs:
            key = tuple(sorted((s[0], c[0])))
            a, b = (s, c) if key[0] == s[0] else (c, s)
            pairs[key].append(("source", p, a, b))
        for i in range(len(cs)):
            for j in range(i + 1, len(cs)):
                key = tuple(sorted((cs[i][0], cs[j][0])))
                a, b = (cs[i], cs[j]) if key[0] == cs[i][0] else (cs[j], cs[i])
                pairs[key].append(("copies", p, a, b))

    found = set()  # (kind, p, docA, docB)
    boundaries = []
    fps, true_reported, dup_reported, reported, pieces = [], 0, 0, 0, 0
    direction_right = direction_known = 0
    for r in read_jsonl(args.passages):
        reported += 1
        src, tgt = r["source"], r["target"]
        key = tuple(sorted((src, tgt)))
        spans = {src: (int(r["source_start"]), int(r["source_end"])), tgt: (int(r["target_start"]), int(r["target_end"]))}
        if dup_of.get(src) == tgt or dup_of.get(tgt) == src:
            dup_reported += 1
            continue
        best, inside = None, False
        for kind, p, a, b in pairs.get(key, ()):
            ra, rb = spans[key[0]], spans[key[1]]
            oa = overlap(ra[0], ra[1], a[1], a[2]) / max(1, a[2] - a[1])
            ob = overlap(rb[0], rb[1], b[1], b[2]) / max(1, b[2] - b[1])
            # the reported spans lie mostly inside the planted ones
            ia = overlap(ra[0], ra[1], a[1], a[2]) / max(1, ra[1] - ra[0])
            ib = overlap(rb[0], rb[1], b[1], b[2]) / max(1, rb[1] - rb[0])
            if ia >= 0.5 and ib >= 0.5:
                inside = True
                if oa >= 0.5 and ob >= 0.5 and (best is None or oa + ob > best[0]):
                    best = (oa + ob, kind, p, a, b)
        if not inside:
            fps.append(r)
            continue
        true_reported += 1
        if best is None:
            pieces += 1
            continue
        _, kind, p, a, b = best
        if (kind, p, key[0], key[1]) in found:
            pieces += 1
            continue
        found.add((kind, p, key[0], key[1]))
        if kind == "source":
            ra, rb = spans[key[0]], spans[key[1]]
            ta, tb = texts[key[0]], texts[key[1]]
            errs = [words_between(ta, ra[0], a[1]), words_between(ta, ra[1], a[2]),
                    words_between(tb, rb[0], b[1]), words_between(tb, rb[1], b[2])]
            boundaries.append((max(errs), errs, p))
            direction_known += 1
            direction_right += src == sources[p][0]

    n_source = sum(1 for ps in pairs.values() for x in ps if x[0] == "source")
    n_copies = sum(1 for ps in pairs.values() for x in ps if x[0] == "copies")
    f_source = sum(1 for x in found if x[0] == "source")
    f_copies = sum(1 for x in found if x[0] == "copies")
    recall = f_source / n_source if n_source else 1.0
    recall_copies = f_copies / n_copies if n_copies else 1.0
    precision = (true_reported + dup_reported) / reported if reported else 1.0
    within5 = sum(1 for b in boundaries if b[0] <= 5) / len(boundaries) if boundaries else 1.0
    all_errs = sorted(e for b in boundaries for e in b[1])
    ends5 = sum(1 for e in all_errs if e <= 5) / len(all_errs) if all_errs else 1.0
    mean_err = sum(all_errs) / len(all_errs) if all_errs else 0.0
    p95 = all_errs[int(0.95 * (len(all_errs) - 1))] if all_errs else 0
    worst = all_errs[-1] if all_errs else 0

    # recall by planted length
    by_len = collections.defaultdict(lambda: [0, 0])
    for key, ps in pairs.items():
        for kind, p, a, b in ps:
            if kind != "source":
                continue
            w = sources[p][3]
            bucket = "20-49" if w < 50 else "50-99" if w < 100 else "100-199" if w < 200 else "200+"
            by_len[bucket][1] += 1
            by_len[bucket][0] += (kind, p, key[0], key[1]) in found

    print("passages planted: %d (%d source-copy pairs, %d copy-copy pairs); reported: %d" %
          (len(sources), n_source, n_copies, reported))
    print("recall (source-copy pairs)      %.4f  (%d of %d)" % (recall, f_source, n_source))
    for bucket in ("20-49", "50-99", "100-199", "200+"):
        if by_len[bucket][1]:
            print("  planted %-7s words         %.4f  (%d of %d)" % (bucket, by_len[bucket][0] / by_len[bucket][1],
                                                                  by_len[bucket][0], by_len[bucket][1]))
    print("recall (copy-copy pairs)        %.4f  (%d of %d; two perturbed copies of one passage)" %
          (recall_copies, f_copies, n_copies))
    print("precision                       %.4f  (%d true, %d between republished documents, %d false; of the "
          "true, %d pieces of a passage found whole or in a larger piece)" %
          (precision, true_reported, dup_reported, len(fps), pieces))
    print("boundaries within 5 words       %.4f  of %d found pairs (all four ends), %.4f of their ends; mean "
          "error %.2f words, 95th percentile %d, worst %d" % (within5, len(boundaries), ends5, mean_err, p95, worst))
    if direction_known:
        print("direction (source is the planted source)  %.4f" % (direction_right / direction_known))
    cluster_line = ""
    if args.clusters:
        cluster_of = {c["document"]: c["cluster"] for c in read_jsonl(args.clusters)}
        together = sum(1 for c, o in dup_of.items() if c in cluster_of and cluster_of.get(o) == cluster_of[c])
        clustered = collections.Counter(cluster_of.values())
        stray = sum(1 for d, cl in cluster_of.items() if d not in dup_of and d not in set(dup_of.values()))
        cluster_line = "republished pairs in one cluster  %.4f  (%d of %d); documents clustered outside them: %d" % (
            together / len(dup_of) if dup_of else 1.0, together, len(dup_of), stray)
        print(cluster_line)
    for r in fps[:args.examples]:
        print("  false positive: %s %s..%s ~ %s %s..%s score %s: %r ~ %r" % (
            r["source"], r["source_start"], r["source_end"], r["target"], r["target_start"], r["target_end"],
            r["score"], r["source_text"][:160], r["target_text"][:160]))
    misses = [(k, ps) for k, ps in pairs.items() for x in ps if x[0] == "source" and ("source", x[1], k[0], k[1]) not in found]
    for key, ps in misses[:args.examples]:
        for kind, p, a, b in ps:
            if kind == "source" and ("source", p, key[0], key[1]) not in found:
                print("  missed: passage %d (%d words) %s %d..%d ~ %s %d..%d" % (p, sources[p][3], key[0], a[1], a[2],
                                                                             key[1], b[1], b[2]))
    worst_b = sorted(boundaries, reverse=True)[:args.examples]
    for m, errs, p in worst_b:
        if m > 5:
            print("  boundary off by %d words: passage %d, errors %s" % (m, p, errs))
    if args.tsv:
        with open(args.tsv, "a") as f:
            f.write("%s\t%.4f\t%.4f\t%.4f\t%.4f\t%.2f\t%d\t%d\t%.4f\n" % (args.label, recall, precision, within5,
                                                                        recall_copies, mean_err, reported, len(fps),
                                                                        ends5))
    if args.check and (recall < 0.95 or precision < 0.95 or within5 < 0.95):
        print("a quality bar is missed (recall, precision and boundaries within 5 words must be >= 0.95)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
