#!/usr/bin/env python3
"""The work corroborate does, done the usual vectorised way: a baseline for bench/README.md.

    python3 bench/sklearn_baseline.py BUNDLE.json [--min-score 0.5] [--out FILE]

Reads a JSON bundle [{id, label, text}], splits each article into sentences (lines, then
sentence punctuation), builds TF-IDF over all sentences (scikit-learn, English stop words),
and takes the sparse cosine of every sentence ("claim") against every sentence of the
other documents, keeping the best sentence and score per (claim, other document). Writes
one JSON line per claim with its supports (score >= --min-score) to --out (default
/dev/null) and a summary to stderr. Blocked so memory stays bounded: cosine is computed for
BLOCK claims at a time as one sparse matrix product, and the best per (claim, document) is
a sort plus a segmented maximum, all in NumPy.
"""
import argparse
import json
import re
import sys
import time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"“'(]?[A-Z0-9])")
BLOCK = 2048


def sentences_of(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            out += [s for s in SPLIT.split(line) if s.strip()]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bundle")
    ap.add_argument("--min-score", type=float, default=0.5)
    ap.add_argument("--out", default="/dev/null")
    args = ap.parse_args()
    t0 = time.perf_counter()
    with open(args.bundle, encoding="utf-8") as f:
        docs = json.load(f)
    sents, doc_of = [], []
    for d, doc in enumerate(docs):
        ss = sentences_of(doc["text"])
        sents += ss
        doc_of += [d] * len(ss)
    doc_of = np.asarray(doc_of, dtype=np.int64)
    n, D = len(sents), len(docs)
    X = TfidfVectorizer(stop_words="english", dtype=np.float32).fit_transform(sents)  # rows L2-normalised
    XT = X.T.tocsr()
    supports = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for lo in range(0, n, BLOCK):
            S = (X[lo:lo + BLOCK] @ XT).tocoo()
            r, c, v = S.row.astype(np.int64), S.col.astype(np.int64), S.data
            keep = doc_of[c] != doc_of[lo + r]  # other documents only
            r, c, v = r[keep], c[keep], v[keep]
            key = r * D + doc_of[c]
            order = np.lexsort((-v, key))  # by (claim, doc), best score first
            key, c, v = key[order], c[order], v[order]
            first = np.ones(len(key), dtype=bool)
            first[1:] = key[1:] != key[:-1]
            key, c, v = key[first], c[first], v[first]  # best sentence per (claim, doc)
            hit = v >= args.min_score
            key, c, v = key[hit], c[hit], v[hit]
            supports += len(key)
            claim, doc = key // D + lo, key % D
            bounds = np.flatnonzero(np.r_[True, claim[1:] != claim[:-1], True])
            for a, b in zip(bounds[:-1], bounds[1:]):
                out.write(json.dumps({"claim": int(claim[a]), "support": [
                    {"doc": int(d), "sentence": int(s), "score": round(float(x), 4)}
                    for d, s, x in zip(doc[a:b], c[a:b], v[a:b])]}) + "\n")
    print(f"sklearn_baseline: {D} documents, {n} sentences, {X.shape[1]} terms, {supports} supports "
          f"(cosine >= {args.min_score}), {time.perf_counter() - t0:.3f} s after imports", file=sys.stderr)


if __name__ == "__main__":
    main()
