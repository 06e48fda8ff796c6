#!/usr/bin/env python3
"""Pick five articles of an ECB+ cluster for claim-level annotation and write them out.

usage: ecb_sources.py CLUSTER.json OUT_DIR [--ids ID,ID,...]

Without --ids: the five articles of at least 400 bytes whose lengths are closest to the
cluster's median, in cluster order (long enough to hold several claims, short enough to
annotate by hand). Writes 000_<id>.txt ... 004_<id>.txt byte for byte, as
../shared/data/ANNOTATE.md asks, and prints the ids chosen.
"""
import json, os, statistics, sys


def pick(bundle, n=5):
    ok = [d for d in bundle if len(d["text"].encode()) >= 400]
    med = statistics.median(len(d["text"].encode()) for d in ok)
    chosen = sorted(ok, key=lambda d: (abs(len(d["text"].encode()) - med), d["id"]))[:n]
    order = {d["id"]: i for i, d in enumerate(bundle)}
    return sorted(chosen, key=lambda d: order[d["id"]])


def main():
    bundle = json.load(open(sys.argv[1], encoding="utf-8"))
    out = sys.argv[2]
    if "--ids" in sys.argv:
        ids = sys.argv[sys.argv.index("--ids") + 1].split(",")
        by_id = {d["id"]: d for d in bundle}
        docs = [by_id[i] for i in ids]
    else:
        docs = pick(bundle)
    os.makedirs(out, exist_ok=True)
    for i, d in enumerate(docs):
        with open(os.path.join(out, f"{i:03d}_{d['id']}.txt"), "wb") as f:
            f.write(d["text"].encode("utf-8"))
    print(",".join(d["id"] for d in docs))


if __name__ == "__main__":
    main()
