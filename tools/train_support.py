#!/usr/bin/env python3
"""Trains the support model on claim-level gold (news stories annotated by
../shared/data/ANNOTATE.md) and writes core/src/align/model_weights.h.

    scripts/train-scorer.sh          # builds the CLI, then runs this
    tools/train_support.py --cv      # only leave-one-story-out cross-validation, no file written

The unit of a decision is (claim, other document): the gold says whether that outlet states
the claim. The engine's candidates for it are that document's sentences ranked by weighted F
(kept when at least the gate), and the best one joined with a neighbour; the outlet supports
the claim when the best candidate's probability reaches the threshold. So the model is trained
as multiple-instance learning: a supported pair's best-scoring candidate is its positive, every
candidate of an unsupported pair a negative, and the choice of the positive is refined by
refitting. A logistic regression with a ridge (numpy, Debian python3-numpy).
Reads `corroborate candidates` output for every story in bench/accuracy/stories.py.
"""
import argparse
import collections
import math
import re
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench", "accuracy"))
import stories  # noqa: E402

PER_DOC = 1          # single sentences per (claim, document) given to the model, by weighted F:
                     # 1, 2 or 4 are equal in leave-one-story-out CV (F1 0.844 / 0.847 / 0.844); 1 is fastest
L2 = 1.0             # ridge on the weights (not the bias)
# Which candidates the model reads (model.h): weighted F at least `score` in documents related
# to the claim's own at least `related` (align/related.h), kStrongCheapScore in the others.
# Both chosen by leave-one-story-out CV: score among 0.1, 0.15, 0.2, 0.25, 0.35 and related
# among 0, 0.2, 0.3, 0.35, 0.4, 0.5: the best pooled F1, and of those within 0.002 of it the
# fewest supports for another event's articles (docs/accuracy.md).
Gate = collections.namedtuple("Gate", "score related")
GATE = Gate(0.15, 0.35)
MIN_PRECISION = 0.85 # the threshold: best F1 on the training decisions with at least this precision
# Features the support model leaves out (weight 0): overlap counted without rarity rewards
# the words every sentence of a story shares ("report", "said", the event's name), so 1,000
# one-line documents that differ only in their numbers all "supported" each other. Without
# them leave-one-story-out F1 moves by 0.002.
UNUSED = {"recall", "precision"}
# Articles of another event of the same kind added to each story (stories.with_foreign): every
# decision about them is a negative. Five outlets of one event never show the model what a
# story's shared vocabulary alone looks like ("a spokesperson said on Tuesday"), and without
# them it said yes to 20% of such articles' claims.
FOREIGN = 5
TRAIN_ON_FOREIGN = True


def strong_cheap_score():
    """model.h's kStrongCheapScore: the gate in documents not related to the claim's."""
    text = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "core", "src", "align", "model.h")).read()
    return float(re.search(r"constexpr double kStrongCheapScore = ([0-9.]+);", text).group(1))


STRONG = strong_cheap_score()


def read_candidates(text):
    lines = text.rstrip("\n").split("\n")
    header = lines[0].split("\t")
    fi = header.index("bias")
    at = {name: header.index(name) for name in ("cheap", "related")}
    rows = []
    for line in lines[1:]:
        f = line.split("\t")
        rows.append({"claim_doc": f[0], "claim_start": int(f[1]), "claim_end": int(f[2]), "doc": f[3],
                     "start": int(f[4]), "end": int(f[5]), "joined": f[6] == "1",
                     "cheap": float(f[at["cheap"]]), "related": float(f[at["related"]]),
                     "x": [float(v) for v in f[fi:]]})
    return header[fi:], rows


def groups_of(story, rows):
    """[(label, [candidate rows], story, foreign)] per gold claim and other document; foreign:
    the document is an article of another event (stories.with_foreign), so the label is 0."""
    name, gold, bundle = story
    prefix_of = {d["id"]: d["id"][:3] for d in bundle}
    by_claim = {}
    for r in rows:
        by_claim.setdefault((prefix_of[r["claim_doc"]], r["claim_start"], r["claim_end"]), []).append(r)
    spans = {}
    for (doc, start, end) in by_claim:
        spans.setdefault(doc, []).append((start, end))
    out = []
    for g in gold["claims"]:
        span = next(((s, e) for s, e in spans.get(g["doc"], []) if s <= g["byte"] < e), None)
        cands = by_claim.get((g["doc"],) + span, []) if span else []
        for other in sorted(prefix_of.values()):
            if other == g["doc"] or other in g["maybe"]:
                continue
            label = 1 if other in g["support"] else 0
            out.append((label, [r for r in cands if prefix_of[r["doc"]] == other], name, other.startswith("f")))
    return out


def passes(r, gate):
    """Whether a candidate reaches the gate of its document (Gate)."""
    return r["cheap"] >= (gate.score if r["related"] >= gate.related else max(gate.score, STRONG))


def select(cands, gate):
    """The candidates the engine gives the model: the PER_DOC best single sentences by weighted
    F at or over their document's gate (ties by position), and each joined with a neighbour."""
    singles = sorted((r for r in cands if not r["joined"] and passes(r, gate)), key=lambda r: (-r["cheap"], r["start"]))
    singles = singles[:PER_DOC]
    joined = [r for r in cands if r["joined"] and any(r["start"] <= x["start"] and x["end"] <= r["end"] for x in singles)]
    return singles + joined


def fit(X, y, l2=L2, iters=25):
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[0] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(X @ w, -35, 35)))
        g = X.T @ (p - y) + reg * w
        h = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg) + 1e-9 * np.eye(X.shape[1])
        step = np.linalg.solve(h, g)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def train(groups, gate, cols, rounds=3):
    data = []
    for y, c, *_ in groups:
        sel = select(c, gate)
        if sel:
            data.append((y, np.array([r["x"] for r in sel])[:, cols]))
    # First positives: each supported pair's candidate of highest weighted F.
    pos_idx = [int(np.argmax(X[:, 1])) if X.shape[1] > 1 else 0 for y, X in data]
    w = None
    for _ in range(rounds):
        xs, ys = [], []
        for (y, X), i in zip(data, pos_idx):
            if y:
                xs.append(X[i]), ys.append(1.0)
            else:
                xs.extend(X), ys.extend([0.0] * len(X))
        w = fit(np.array(xs), np.array(ys))
        pos_idx = [int(np.argmax(X @ w)) for y, X in data]
    return w


def best_scores(groups, gate, cols, w):
    out = []
    for y, c, name, foreign in groups:
        sel = select(c, gate)
        p = max((1 / (1 + math.exp(-float(np.dot(np.array(r["x"])[cols], w))))) for r in sel) if sel else 0.0
        out.append((y, p, name, foreign))
    return out


def in_story(rows):
    """The decisions about the stories' own outlets (scored or not)."""
    return [x for x in rows if not x[3]]


def foreign_rate(scored, t):
    """Share of the decisions about articles of another event that say "supports"."""
    f = [x for x in scored if x[3]]
    return sum(1 for x in f if x[1] >= t) / len(f) if f else 0.0


def prf(scored, t):
    tp = sum(1 for y, p, *_ in scored if y and p >= t)
    fp = sum(1 for y, p, *_ in scored if not y and p >= t)
    fn = sum(1 for y, p, *_ in scored if y and p < t)
    P = tp / (tp + fp) if tp + fp else 0.0
    R = tp / (tp + fn) if tp + fn else 0.0
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)


def choose_threshold(scored, min_precision):
    """The threshold of best F1 among those with at least min_precision (else of best F1)."""
    best = None
    for t in [i / 100 for i in range(1, 100)]:
        P, R, F = prf(scored, t)
        key = (P >= min_precision, F)
        if best is None or key > best[0]:
            best = (key, t)
    return best[1]


def load_all(cli, foreign=0):
    allg = []
    names = None
    for story in stories.all_stories():
        if foreign:
            story = stories.with_foreign(story, foreign)
        names, rows = read_candidates(stories.run_cli(["candidates", "--per-doc", "6"], story[2], cli))
        allg.extend(groups_of(story, rows))
    return names, allg


def held_out_model(plain, augmented, held, gate, cols, min_precision, train_on_augmented=True):
    """The model that never saw story `held`: weights trained on the other stories'
    decisions (with articles of another event added, `augmented`), and the threshold
    chosen on their own decisions as the engine meets them (`plain`: each story alone)."""
    w = train([g for g in (augmented if train_on_augmented else plain) if g[2] != held], gate, cols)
    t = choose_threshold(best_scores([g for g in plain if g[2] != held], gate, cols, w), min_precision)
    return w, t


def held_out_models(plain, augmented, gate, cols, min_precision, train_on_augmented=True):
    """held_out_model for every story: {story: (weights, threshold)}."""
    return {held: held_out_model(plain, augmented, held, gate, cols, min_precision, train_on_augmented)
            for held in sorted({g[2] for g in plain})}


def cross_validate(plain, augmented, gate, cols, min_precision, train_on_augmented=True, models=None):
    """Each story decided by a model trained on the others: trained on their decisions with
    articles of another event added (`augmented`), the threshold chosen on their own
    decisions as the engine meets them (`plain`: the story alone), and measured on the held
    story alone; and the share of the held story's decisions about another event's articles
    that say "supports". `models`: held_out_models' result for these arguments, if made
    already."""
    if models is None:
        models = held_out_models(plain, augmented, gate, cols, min_precision, train_on_augmented)
    pooled, pooled_foreign = [], []
    lines = []
    for held, (w, t) in models.items():
        sc = best_scores([g for g in plain if g[2] == held], gate, cols, w)
        fsc = [x for x in best_scores([g for g in augmented if g[2] == held], gate, cols, w) if x[3]]
        pooled.extend((y, 1.0 if p >= t else 0.0, n, f) for y, p, n, f in sc)
        pooled_foreign.extend((y, 1.0 if p >= t else 0.0, n, f) for y, p, n, f in fsc)
        P, R, F = prf(sc, t)
        lines.append(f"  {held:12s} P {P:.3f} R {R:.3f} F1 {F:.3f} (threshold {t:.2f}); "
                     f"other-event articles said to support: {foreign_rate(fsc, t):.3f}")
    P, R, F = prf(pooled, 0.5)
    return lines, (P, R, F, foreign_rate(pooled_foreign, 0.5))


def load(cli):
    """Feature names, the stories' decisions alone, and with other-event articles added."""
    names, plain = load_all(cli)
    _, augmented = load_all(cli, FOREIGN)
    return names, plain, augmented


def columns(names, drop=UNUSED):
    return [i for i, n in enumerate(names) if n not in drop]


def cv_report(plain, augmented, gate=GATE, cols=None, min_precision=MIN_PRECISION,
              train_on_augmented=TRAIN_ON_FOREIGN, models=None):
    """cross_validate as text: the pooled line, then one line per story."""
    lines, (P, R, F, X) = cross_validate(plain, augmented, gate, cols, min_precision, train_on_augmented, models)
    head = (f"gate {gate.score}, related {gate.related}: leave-one-story-out pooled P {P:.3f} R {R:.3f} F1 {F:.3f}; "
            f"other-event articles said to support: {X:.3f}")
    return "\n".join([head] + lines), (P, R, F, X)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=stories.CLI)
    ap.add_argument("--gate", type=float, default=GATE.score)
    ap.add_argument("--related", type=float, default=GATE.related)
    ap.add_argument("--min-precision", type=float, default=MIN_PRECISION)
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--foreign", type=int, choices=(0, 1), default=1 if TRAIN_ON_FOREIGN else 0,
                    help="1: train with articles of another event added to each story, as negatives")
    ap.add_argument("--msrp", default=os.path.join(stories.SHARED, "data", "msrp", "msr_paraphrase_train.txt"))
    ap.add_argument("--drop", default="", help="features to leave out, comma-separated")
    a = ap.parse_args()
    gate = Gate(a.gate, a.related)
    names, plain, augmented = load(a.cli)
    groups = augmented if a.foreign else plain
    drop = UNUSED | set(filter(None, a.drop.split(",")))
    cols = columns(names, drop)
    report, (P_cv, R_cv, F_cv, X_cv) = cv_report(plain, augmented, gate, cols, a.min_precision, bool(a.foreign))
    print(report, file=sys.stderr)
    if a.cv:
        return
    if drop != UNUSED or a.foreign != TRAIN_ON_FOREIGN:
        sys.exit("--drop and --foreign are for --cv only")
    wc = train(groups, gate, cols)
    scored = best_scores(plain, gate, cols, wc)
    w = np.zeros(len(names))
    w[cols] = wc
    t = choose_threshold(scored, a.min_precision)
    P, R, F = prf(scored, t)
    para = paraphrase_threshold(a.cli, a.msrp, w)
    n = len(plain)
    stories_used = sorted({g[2] for g in groups})
    out = [
        "// Generated by tools/train_support.py; do not edit. Reproduce: scripts/train-scorer.sh.",
        f"// Trained on {n} (claim, outlet) decisions of {len(stories_used)} annotated stories",
        f"// ({', '.join(stories_used)}) and {len(groups) - n} about {FOREIGN} articles of another event",
        f"// added to each, gate {gate.score}, related {gate.related}. Leave one story out, pooled: P {P_cv:.3f} R {R_cv:.3f} F1 {F_cv:.3f},",
        f"// other-event articles said to support {X_cv:.3f}; on all stories at kSupport P {P:.3f} R {R:.3f} F1 {F:.3f}.",
    ]
    for name, x in zip(names, w):
        out.append(f"//   {name}: {x:+.4f}")
    out += [
        "#ifndef CORROBORATE_ALIGN_MODEL_WEIGHTS_H_",
        "#define CORROBORATE_ALIGN_MODEL_WEIGHTS_H_",
        "",
        "namespace corroborate {",
        "namespace model {",
        "namespace weights {",
        "",
        "// Order: align::Feature.",
        "constexpr double kWeights[] = {" + ", ".join(repr(float(x)) for x in w) + "};",
        "// Weighted F a candidate needs before the model reads it (model.h: kMinCheapScore).",
        f"constexpr double kGate = {gate.score};",
        "// Candidates per (claim, document) the model reads, the best by weighted F",
        "// (model.h: kCandidatesPerDocument).",
        f"constexpr int kPerDocument = {PER_DOC};",
        "// Weak overlap is a candidate only between documents at least this related",
        "// (align/related.h; model.h: kRelatedDocument).",
        f"constexpr double kRelated = {gate.related};",
        f"// \"States the claim\" (analyze): the best F1 on the training decisions among",
        f"// thresholds with precision at least {a.min_precision}.",
        f"constexpr double kSupport = {t:.2f};",
        "// \"Is a paraphrase\" (corroborate pairs, and a clause stated on its own): the",
        "// accuracy-optimal threshold of this model on MSRP train (only the threshold is fitted there).",
        f"constexpr double kParaphrase = {para:.2f};",
        "",
        "}  // namespace weights",
        "}  // namespace model",
        "}  // namespace corroborate",
        "",
        "#endif  // CORROBORATE_ALIGN_MODEL_WEIGHTS_H_",
    ]
    print("\n".join(out))


def paraphrase_threshold(cli, msrp, w):
    """The accuracy-optimal threshold of the model on MSRP train pairs."""
    import subprocess
    text = subprocess.run([cli, "pairs", "--features", msrp], check=True, capture_output=True, text=True).stdout
    lines = text.rstrip("\n").split("\n")
    ys, ps = [], []
    for line in lines[1:]:
        f = line.split("\t")
        x = np.array([float(v) for v in f[1:]])
        ys.append(int(f[0]))
        ps.append(1 / (1 + math.exp(-float(np.dot(x, w)))))
    best = max((sum((p >= t) == bool(y) for y, p in zip(ys, ps)), t) for t in [i / 100 for i in range(1, 100)])
    return best[1]


if __name__ == "__main__":
    main()
