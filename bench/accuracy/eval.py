#!/usr/bin/env python3
"""Every accuracy number docs/accuracy.md quotes, in one run (native CLI, shipped defaults).

    python3 bench/accuracy/eval.py [--cli build/native/cli/corroborate]

1. Claim-level gold, scored by ../shared/eval/gold_eval.py on the engine's report at the
   shipped defaults: the bundled sources (seeds gold) and each annotated ECB+ cluster. The
   shipped model was trained on all of these stories, so these are training-set numbers.
2. Every story decided by a model that never saw it (leave one story out): the engine
   itself with that model's weights and threshold (`analyze --weights --min-score`),
   scored like 1, levels included; and the trainer's simulation of the engine's choice
   (tools/train_support.py --cv, without clauses), with the share of another event's
   articles said to support.
3. Candidate recall: of the links the gold says exist, the share the candidate stage gives
   the model at all (a candidate at or over the gate among a document's best four).
4. Pairs: ../shared/data/ecbplus/pairs-dev.tsv (AUC and accuracy, ../shared/eval/pairs_eval.py)
   and MSRP test (accuracy and F1; a public reference, never trained or tuned on).
Needs Debian's python3-numpy (the trainer) and the native build.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import stories

sys.path.insert(0, os.path.join(stories.ROOT, "tools"))
import train_support  # noqa: E402

EVAL = os.path.join(stories.SHARED, "eval")
DATA = os.path.join(stories.SHARED, "data")


def gold_rows(cli, extra_args=lambda name: []):
    """(story, gold_eval's result) for the engine's report on each story; extra_args(story)
    adds arguments to `analyze`."""
    rows = []
    for name, gold, bundle in stories.all_stories():
        report = stories.run_cli(["analyze", "--format", "json"] + extra_args(name), bundle, cli)
        with tempfile.TemporaryDirectory() as tmp:
            g, r = os.path.join(tmp, "gold.json"), os.path.join(tmp, "report.json")
            json.dump(gold, open(g, "w", encoding="utf-8"))
            open(r, "w", encoding="utf-8").write(report)
            out = subprocess.run([sys.executable, os.path.join(EVAL, "gold_eval.py"), g, r, "--json"],
                                 check=True, capture_output=True, text=True).stdout
        rows.append((name, json.loads(out.strip().splitlines()[-1])))
    return rows


def held_out_args(names, cols, models):
    """extra_args for gold_rows: each story's held-out model (train_support.held_out_models)."""
    args = {}
    for held, (w, t) in models.items():
        full = [0.0] * len(names)
        for c, x in zip(cols, w):
            full[c] = float(x)
        args[held] = ["--min-score", f"{t:.2f}", "--weights", ",".join(repr(x) for x in full)]
    return lambda name: args[name]


def print_rows(rows, note):
    for name, r in rows:
        print(f"| {name} ({note}) | {r['pairs_precision']:.3f} | {r['pairs_recall']:.3f} | {r['pairs_f1']:.3f} "
              f"| {r['level_accuracy']:.3f} | {r['boilerplate_excluded']} |")


def pairs(cli, path):
    out = subprocess.run([cli, "pairs", path], check=True, capture_output=True, text=True).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
        f.write(out)
    try:
        res = subprocess.run([sys.executable, os.path.join(EVAL, "pairs_eval.py"), path, f.name],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(f.name)
    return json.loads(res.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=stories.CLI)
    a = ap.parse_args()
    print("| story | pair precision | recall | F1 | level accuracy | boilerplate kept out |")
    print("|---|---|---|---|---|---|")
    print_rows(gold_rows(a.cli), "trained on")
    names, plain, augmented = train_support.load(a.cli)
    # One model per story, trained without it: the engine's held-out rows and the trainer's
    # simulation below both use them.
    cols = train_support.columns(names)
    models = train_support.held_out_models(plain, augmented, train_support.GATE, cols, train_support.MIN_PRECISION,
                                           train_support.TRAIN_ON_FOREIGN)
    print_rows(gold_rows(a.cli, held_out_args(names, cols, models)), "held out")
    print()
    report, _ = train_support.cv_report(plain, augmented, cols=cols, models=models)
    print("Leave one story out (tools/train_support.py --cv):")
    print(report)
    print()
    positives = [c for y, c, *_ in plain if y]
    reached = sum(1 for c in positives if train_support.select(c, train_support.GATE))
    print(f"candidate recall: {reached} of {len(positives)} gold links ({reached / len(positives):.3f}) "
          f"have a candidate the model scores")
    print()
    for label, path in (("pairs-dev.tsv", os.path.join(DATA, "ecbplus", "pairs-dev.tsv")),
                        ("MSRP test", os.path.join(DATA, "msrp", "msr_paraphrase_test.txt"))):
        print(f"{label}: {json.dumps(pairs(a.cli, path))}")


if __name__ == "__main__":
    main()
