#!/usr/bin/env python3
"""Fails when a doc quotes a figure differently from bench/results/current.json.

    python3 bench/check_figures.py [--root DIR] [--eval-output FILE] [--fix]

current.json holds each figure the docs quote once (value, unit, commit, command). Checks:

1. QUOTES below: each pattern must be found in its file, and each number it captures must
   equal the figure it names, rounded to the decimals the doc shows (0.835 quoted as 0.84).
2. README.md, docs/*.md, web/README.md, site/README.md: a decimal size in KB ("94.7 KB") must
   be a KB figure of current.json, so a drifted size cannot hide in a sentence.
3. bench/README.md: a decimal number with a unit (ms, s, KB, MiB, MB, x, %) must be a value of
   current.json or of bench/results/history.csv in that unit: figures come from the data.
4. --eval-output FILE (the stdout of bench/accuracy/eval.py): its numbers must equal the
   accuracy figures of current.json, so a retrained model cannot leave the docs behind.

Exit status 0 when every check passes, 1 otherwise (one line per mismatch).
"""
import argparse
import csv
import glob
import json
import os
import re
import sys
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
N = r"([0-9]+(?:\.[0-9]+)?)"  # one quoted number
S = r"\s+"  # a space or a line break inside a paragraph
BOILERPLATE = r"([0-9]+/[0-9]+)"  # sentences of page furniture kept out, of those the gold marks

# (file, pattern with one group per number, the figures the groups quote). A figure is
# "key", "key[i]", "key.field", "key.field[i]"; "min:" / "max:" take the extreme of a list,
# "pct:" multiplies by 100.
QUOTES = [
    ("README.md", rf"The engine is {N} KB gzip", ["engine_gzip_kb"]),
    ("README.md", rf"budget {N} KB\)", ["engine_budget_kb"]),
    ("README.md", rf"another{S}{N} KB", ["lexicon_gzip_kb"]),
    ("README.md", rf"pair precision {N},{S}recall {N},{S}F1 {N},{S}level{S}accuracy {N};{S}held{S}out,{S}one{S}story{S}at{S}a{S}time,{S}F1 {N}",
     ["accuracy_seeds.precision", "accuracy_seeds.recall", "accuracy_seeds.f1",
      "accuracy_seeds.level_accuracy", "accuracy_heldout_pooled.f1"]),
    ("README.md", rf"take{S}{N}-{N} s,{S}{N}-{N}x{S}faster",
     ["min:native_200_s", "max:native_200_s", "min:sklearn_ratio_200_x", "max:sklearn_ratio_200_x"]),
    ("README.md", rf"200 articles:{S}{N}x{S}the{S}time", ["mimalloc_200_ratio_x"]),
    ("docs/accuracy.md", rf"\| bundled sources \(seeds gold\) \| {N} \| {N} \| {N} \| {N} \| {BOILERPLATE} \|",
     ["accuracy_seeds.precision", "accuracy_seeds.recall", "accuracy_seeds.f1", "accuracy_seeds.level_accuracy",
      "accuracy_seeds.boilerplate"]),
    ("docs/accuracy.md", rf"\| pooled, all twelve stories \| {N} \| {N} \| {N} \| {N} \|",
     ["accuracy_heldout_pooled.precision", "accuracy_heldout_pooled.recall",
      "accuracy_heldout_pooled.f1", "accuracy_heldout_pooled.other_event"]),
    ("docs/accuracy.md", rf"\| \*\*gate 0\.15, related 0\.35 \(shipped\)\*\* \| \*\*{N}\*\* \| \*\*{N}\*\* \| \*\*{N}\*\* \| \*\*{N}\*\* \|",
     ["accuracy_heldout_pooled.precision", "accuracy_heldout_pooled.recall",
      "accuracy_heldout_pooled.f1", "accuracy_heldout_pooled.other_event"]),
    ("docs/accuracy.md", rf"Candidate recall: ([0-9,]+) of the ([0-9,]+) links the gold says exist \({N}\)",
     ["accuracy_candidate_recall.reached", "accuracy_candidate_recall.links", "accuracy_candidate_recall.share"]),
    ("docs/accuracy.md", rf"\| `\.\./shared/data/ecbplus/pairs-dev\.tsv` \| {N} \| {N} \| {N} \|",
     ["accuracy_pairs_dev.accuracy", "accuracy_pairs_dev.f1", "accuracy_pairs_dev.auc"]),
    ("docs/accuracy.md", rf"\| MSRP test \| {N}% \| {N} \| {N} \|",
     ["pct:accuracy_msrp_test.accuracy", "pct:accuracy_msrp_test.f1", "accuracy_msrp_test.auc"]),
    ("docs/accuracy.md", rf"Seeds gold F1 0\.92 with precision 0\.90 and level accuracy 0\.88 \({N}, {N}, {N}\)",
     ["accuracy_seeds.f1", "accuracy_seeds.precision", "accuracy_seeds.level_accuracy"]),
    ("docs/accuracy.md", rf"pairs-dev AUC 0\.85 \({N};", ["accuracy_pairs_dev.auc"]),
    ("docs/accuracy.md", rf"MSRP test 75% / F1 82{S}\({N} / {N}\)", ["pct:accuracy_msrp_test.accuracy", "pct:accuracy_msrp_test.f1"]),
    ("docs/accuracy.md", rf"\"supports\" to {N}% of their{S}decisions \({N}% for 20_ecbplus",
     ["pct:accuracy_heldout_pooled.other_event", "pct:accuracy_heldout.20_ecbplus[3]"]),
    ("bench/README.md", rf"\| five bundled sources, native in process \| {N} ms \| {N} ms \| {N} ms \|",
     ["native_sources5_ms[0]", "native_sources5_ms[1]", "native_sources5_ms[2]"]),
    ("bench/README.md", rf"\| growth 50 -> 500 articles, native whole process \| {N}x \| {N}x \| {N}x \|",
     ["growth_50_500_x[0]", "growth_50_500_x[1]", "growth_50_500_x[2]"]),
    ("bench/README.md", rf"\| peak memory, 500 articles \| {N} MiB \| {N} MiB \| {N} MiB \|", ["peak_rss_500_mib[0]", "peak_rss_500_mib[1]", "peak_rss_500_mib[2]"]),
    ("bench/README.md", rf"\| 200 articles: native vs scikit-learn \| {N} s vs {N} s: {N}x \| {N} s vs {N} s: {N}x \| {N} s vs {N} s: {N}x \|",
     [f"{k}[{i}]" for i in range(3) for k in ("native_200_s", "sklearn_200_s", "sklearn_ratio_200_x")]),
    ("bench/README.md", rf"\| 500 articles: native vs scikit-learn \| {N} s vs {N} s: {N}x \| {N} s vs {N} s: {N}x \| {N} s vs {N} s: {N}x \|",
     [f"{k}[{i}]" for i in range(3) for k in ("native_500_s", "sklearn_500_s", "sklearn_ratio_500_x")]),
    ("bench/README.md", rf"`--exhaustive`\), 50 / 200 / 500 \| {N}% \|", ["candidate_recall_pct"]),
    ("bench/README.md", rf"`node bench/size\.mjs build/wasm/dist`\) \| {N} KB \| <= {N} KB \|",
     ["engine_gzip_kb", "engine_budget_kb"]),
    ("bench/README.md", rf"\(test `js\.size`\) \| <= {N} KB \| {N} KB \|", ["engine_budget_kb", "engine_gzip_kb"]),
    ("bench/README.md", rf"is {N} KB{S}raw, {N} KB gzip", ["lexicon_raw_kb", "lexicon_gzip_kb"]),
    ("bench/README.md", rf"\| five bundled sources, wasm under node \| <= 10 ms \| {N} ms", ["wasm_sources5_ms"]),
    ("bench/README.md", rf"\| 200 articles, wasm under node \| <= 1 s \| {N} s \([0-9a-f]+; the heap reaches {N} MiB",
     ["wasm_200_s", "wasm_500_heap_mib"]),
    ("bench/README.md", rf"first visit: highlights painted after the floor page's paint \| {N}, {N}, {N} ms \|",
     [f"widget_above_floor_ms[{i}]" for i in range(3)]),
    ("bench/README.md", rf"repeat visit after one visit \(HTTP cache; V8 stores the scripts' code\) \| {N}, {N}, {N} ms \|",
     [f"widget_repeat_above_floor_ms[{i}]" for i in range(3)]),
    ("bench/README.md", rf"repeat visit after two \(HTTP cache and V8's code cache\) \| {N}, {N}, {N} ms \|",
     [f"widget_repeat2_above_floor_ms[{i}]" for i in range(3)]),
    ("bench/README.md", rf"first highlight painted after the floor site's \| {N}, {N}, {N} ms \|",
     [f"site_above_floor_ms[{i}]" for i in range(3)]),
]
STORIES = ["12_ecb", "14_ecb", "18_ecb", "19_ecb", "1_ecb", "20_ecbplus", "21_ecb", "24_ecbplus", "25_ecb",
           "3_ecbplus", "7_ecb"]
for _s in STORIES:
    QUOTES.append(("docs/accuracy.md", rf"\| {_s} \(trained on\) \| {N} \| {N} \| {N} \| {N} \| {BOILERPLATE} \|",
                   [f"accuracy_gold_ecb.{_s}[{i}]" for i in range(5)]))
for _s in STORIES + ["seeds"]:
    QUOTES.append(("docs/accuracy.md", rf"\| {_s} \(held out\) \| {N} \| {N} \| {N} \| {N} \|",
                   [f"accuracy_engine_heldout.{_s}[{i}]" for i in range(4)]))
for _s in STORIES + ["seeds"]:
    QUOTES.append(("docs/accuracy.md", rf"\| {_s} \| {N} \| {N} \| {N} \| {N} \|",
                   [f"accuracy_heldout.{_s}[{i}]" for i in range(4)]))

KB_DOCS = ["README.md", "docs/*.md", "web/README.md", "site/README.md"]
UNITS = r"(?:ms|s|KB|MiB|MB|x|%)"


def place(figures, ref):
    """Where a plain figure ref ("key", "key.field", "key[i]", "key.field[i]") lives in
    current.json's figures: (the figure, the container of its value, the key in it)."""
    m = re.fullmatch(r"([a-z0-9_]+)(?:\.([A-Za-z0-9_]+))?(?:\[(\d+)\])?", ref)
    if not m or m.group(1) not in figures:
        raise KeyError(ref)
    fig = figures[m.group(1)]
    holder, key = fig, "value"
    if m.group(2):
        holder, key = holder[key], m.group(2)
    if m.group(3):
        holder, key = holder[key], int(m.group(3))
    return fig, holder, key


def resolve(figures, ref):
    scale = 1
    agg = None
    if ref.startswith("pct:"):
        scale, ref = 100, ref[4:]
    if ref.startswith(("min:", "max:")):
        agg, ref = ref[:3], ref[4:]
    _, holder, key = place(figures, ref)
    v = holder[key]
    if isinstance(v, str):
        return v  # a count of counts ("6/7"), quoted as it is
    if agg:
        v = min(v) if agg == "min" else max(v)
    return Decimal(str(v)) * scale


def same(shown, value):
    """True when `shown` is `value` rounded (half up) to the decimals `shown` has (a text
    value, such as "6/7", as it is)."""
    if isinstance(value, str):
        return shown == value
    shown = shown.replace(",", "")
    places = len(shown.split(".")[1]) if "." in shown else 0
    return Decimal(shown) == value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def shown_as(shown, value):
    """`value` written as `shown` is: the same decimals (and thousands commas)."""
    if isinstance(value, str):
        return value
    places = len(shown.split(".")[1]) if "." in shown else 0
    text = str(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))
    if "," in shown:
        whole, _, frac = text.partition(".")
        text = f"{int(whole):,}" + ("." + frac if frac else "")
    return text


def fix_quotes(root, figures):
    """Rewrites every quote of QUOTES that differs to current.json's value; returns how many."""
    fixed = 0
    for rel in sorted({q[0] for q in QUOTES}):
        path = os.path.join(root, rel)
        text = open(path, encoding="utf-8").read()
        edits = []
        for f, pattern, refs in QUOTES:
            if f != rel:
                continue
            for m in re.finditer(pattern, text):
                for g, ref in enumerate(refs, 1):
                    value = resolve(figures, ref)
                    if not same(m.group(g), value):
                        edits.append((m.start(g), m.end(g), shown_as(m.group(g), value)))
        for start, end, new in sorted(set(edits), reverse=True):
            text = text[:start] + new + text[end:]
        fixed += len(set(edits))
        open(path, "w", encoding="utf-8").write(text)
    return fixed


def numbers(x):
    if isinstance(x, dict):
        for v in x.values():
            yield from numbers(v)
    elif isinstance(x, list):
        for v in x:
            yield from numbers(v)
    elif isinstance(x, (int, float)) and not isinstance(x, bool):
        yield Decimal(str(x))


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


def parse_eval(out):
    """The accuracy figures in the stdout of bench/accuracy/eval.py: {figure ref: shown text},
    refs as in QUOTES (the keys of current.json)."""
    got = {}
    for name, *vals in re.findall(rf"^\| (\S+) \(trained on\) \| {N} \| {N} \| {N} \| {N} \| {BOILERPLATE} \|", out, re.M):
        fields = ["precision", "recall", "f1", "level_accuracy", "boilerplate"]
        for i, v in enumerate(vals):
            got[f"accuracy_seeds.{fields[i]}" if name == "seeds" else f"accuracy_gold_ecb.{name}[{i}]"] = v
    for name, *vals in re.findall(rf"^\| (\S+) \(held out\) \| {N} \| {N} \| {N} \| {N} \|", out, re.M):
        for i, v in enumerate(vals):
            got[f"accuracy_engine_heldout.{name}[{i}]"] = v
    m = re.search(rf"pooled P {N} R {N} F1 {N}; other-event articles said to support: {N}", out)
    if m:
        for v, f in zip(m.groups(), ["precision", "recall", "f1", "other_event"]):
            got[f"accuracy_heldout_pooled.{f}"] = v
    held = out[m.end():] if m else ""
    for name, *vals in re.findall(rf"^  (\S+) +P {N} R {N} F1 {N} \(threshold [0-9.]+\); other-event articles said to support: {N}",
                                  held, re.M):
        for i, v in enumerate(vals):
            got.setdefault(f"accuracy_heldout.{name}[{i}]", v)
    m = re.search(rf"candidate recall: {N} of {N} gold links \({N}\)", out)
    if m:
        for v, f in zip(m.groups(), ["reached", "links", "share"]):
            got[f"accuracy_candidate_recall.{f}"] = v
    for label, key in (("pairs-dev.tsv", "accuracy_pairs_dev"), ("MSRP test", "accuracy_msrp_test")):
        m = re.search(rf"^{re.escape(label)}: (\{{.*\}})$", out, re.M)
        if m:
            for f, v in json.loads(m.group(1)).items():
                if f in ("accuracy", "f1", "auc"):
                    got[f"{key}.{f}"] = f"{v:.3f}"
    return got


def check_eval_output(figures, path, errors):
    for ref, shown in parse_eval(open(path, encoding="utf-8").read()).items():
        if not same(shown, resolve(figures, ref)):
            errors.append(f"{path}: {ref} is {shown}, current.json has {resolve(figures, ref)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.dirname(HERE))
    ap.add_argument("--eval-output", help="stdout of bench/accuracy/eval.py to compare with current.json")
    ap.add_argument("--fix", action="store_true", help="rewrite the quotes of QUOTES to current.json's values first")
    a = ap.parse_args()
    root = a.root
    figures = json.load(open(os.path.join(root, "bench/results/current.json"), encoding="utf-8"))["figures"]
    if a.fix:
        print(f"check_figures: {fix_quotes(root, figures)} quote(s) rewritten")
    errors = []

    for rel, pattern, refs in QUOTES:
        text = open(os.path.join(root, rel), encoding="utf-8").read()
        found = list(re.finditer(pattern, text))
        if not found:
            errors.append(f"{rel}: no longer quotes /{pattern}/ (update the doc or QUOTES in bench/check_figures.py)")
        for m in found:
            for shown, ref in zip(m.groups(), refs):
                value = resolve(figures, ref)
                if not same(shown, value):
                    errors.append(f"{rel}:{line_of(text, m.start())}: {shown} where current.json has {value} ({ref})")

    kb = [v for f in figures.values() if f.get("unit") == "KB" for v in numbers(f["value"])]
    for spec in KB_DOCS:
        for path in sorted(glob.glob(os.path.join(root, spec))):
            text = open(path, encoding="utf-8").read()
            for m in re.finditer(r"(?<![\d.])(\d+\.\d+)\s*KB\b", text):
                if not any(same(m.group(1), v) for v in kb):
                    errors.append(f"{os.path.relpath(path, root)}:{line_of(text, m.start())}: {m.group(1)} KB is no KB figure "
                                  "of bench/results/current.json")

    unit = lambda u: {"MB": "MiB"}.get(u, u)  # the runs' notes mix the two
    known = {(v, unit(f.get("unit", ""))) for f in figures.values() for v in numbers(f["value"])}
    with open(os.path.join(root, "bench/results/history.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for k in ("value", "value_max"):
                if re.fullmatch(r"-?[0-9]+(?:\.[0-9]+)?", row[k]):  # not a count of counts ("5/7")
                    known.add((Decimal(row[k]), unit(row["unit"])))
    text = open(os.path.join(root, "bench/README.md"), encoding="utf-8").read()
    for m in re.finditer(rf"(?<![\w.-])(\d+\.\d+)(?:-(\d+\.\d+))?\s?({UNITS})(?![\w])", text):
        u = unit(m.group(3))
        for shown in filter(None, m.groups()[:2]):
            if not any(same(shown, v) and u == vu for v, vu in known):
                errors.append(f"bench/README.md:{line_of(text, m.start())}: {shown} is in neither "
                              "bench/results/current.json nor bench/results/history.csv")

    if a.eval_output:
        check_eval_output(figures, a.eval_output, errors)

    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print(f"check_figures: {len(errors)} figure(s) differ from bench/results/current.json", file=sys.stderr)
        return 1
    print(f"check_figures: {len(QUOTES)} quotes and every decimal KB figure agree with bench/results/current.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
