#!/usr/bin/env python3
"""Records the accuracy figures of a run of bench/accuracy/eval.py in bench/results/current.json,
and the figures they replace as rows of bench/results/history.csv.

    python3 bench/accuracy/eval.py > /tmp/eval.txt
    python3 bench/record_eval.py /tmp/eval.txt --commit $(git rev-parse --short HEAD)
    python3 bench/check_figures.py   # then names every doc that quotes a changed figure
"""
import argparse
import csv
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_figures import parse_eval, place  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CURRENT = os.path.join(HERE, "results", "current.json")
HISTORY = os.path.join(HERE, "results", "history.csv")


def number(shown):
    if re.fullmatch(r"[0-9]+", shown):
        return int(shown)
    return float(shown) if re.fullmatch(r"[0-9]*\.?[0-9]+", shown) else shown


def dumps(doc):
    """current.json's layout: one line per figure."""
    one = lambda x: json.dumps(x, ensure_ascii=False)
    lines = [f'  {one(k)}: {one(v)},' for k, v in doc.items() if k != "figures"]
    lines.append('  "figures": {')
    lines += [f'    {one(k)}: {one(v)},' for k, v in doc["figures"].items()]
    lines[-1] = lines[-1].rstrip(",")
    return "{\n" + "\n".join(lines) + "\n  }\n}\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("eval_output")
    ap.add_argument("--commit", required=True, help="the commit the run measured")
    ap.add_argument("--date", default=datetime.date.today().isoformat())
    a = ap.parse_args()
    doc = json.load(open(CURRENT, encoding="utf-8"))
    figures = doc["figures"]
    old_rows, touched = [], set()
    for ref, shown in parse_eval(open(a.eval_output, encoding="utf-8").read()).items():
        fig, holder, key = place(figures, ref)
        if holder[key] != number(shown):
            old_rows.append([fig["commit"], "", "accuracy", fig.get("what", ""), ref, holder[key], "", "", "",
                             fig["command"], "replaced by " + a.commit])
            holder[key] = number(shown)
        touched.add(id(fig))
    for fig in figures.values():
        if id(fig) in touched:
            fig["commit"] = a.commit
    with open(CURRENT, "w", encoding="utf-8") as f:
        f.write(dumps(doc))
    with open(HISTORY, "a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(old_rows)
    print(f"record_eval: {len(old_rows)} figure(s) changed; the old values are rows of bench/results/history.csv")


if __name__ == "__main__":
    sys.exit(main())
