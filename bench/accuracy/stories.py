"""The annotated stories: the five bundled sources with ../shared/data/seeds-gold, and the
ECB+ clusters annotated by ../shared/data/ANNOTATE.md (gold/ecbplus/*.json, each naming
the articles it was made from; their texts are read from ../shared/data/ecbplus).

A story is (name, gold, bundle): `bundle` is a source bundle ([{id, label, text}]) whose
ids start with the gold's three-digit prefixes, as gold_eval.py matches them.
"""
import glob
import json
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("CORROBORATE_SHARED", os.path.join(ROOT, "..", "shared"))
CLI = os.path.join(ROOT, "build", "native", "cli", "corroborate")


def seeds():
    gold = json.load(open(os.path.join(SHARED, "data", "seeds-gold", "gold.json"), encoding="utf-8"))
    manifest = json.load(open(os.path.join(ROOT, "sources", "sources.json"), encoding="utf-8"))
    bundle = []
    for s in manifest["sources"]:
        with open(os.path.join(ROOT, "sources", s["file"]), encoding="utf-8") as f:
            bundle.append({"id": s["id"], "label": s["label"], "text": f.read()})
    return ("seeds", gold, bundle)


def cluster(name):
    """An ECB+ cluster of ../shared/data/ecbplus/clusters: its source bundle."""
    return json.load(open(os.path.join(SHARED, "data", "ecbplus", "clusters", name + ".json"), encoding="utf-8"))


def ecb(path):
    gold = json.load(open(path, encoding="utf-8"))
    by_id = {d["id"]: d for d in cluster(gold["cluster"])}
    bundle = [{"id": f"{prefix}_{sid}", "label": by_id[sid].get("label", sid), "text": by_id[sid]["text"]}
              for prefix, sid in sorted(gold["sources"].items())]
    return (gold["cluster"], gold, bundle)


def all_stories():
    out = [seeds()]
    for path in sorted(glob.glob(os.path.join(HERE, "gold", "ecbplus", "*.json"))):
        out.append(ecb(path))
    return out


def sibling(name):
    """The ECB+ cluster of the other event of the same kind (12_ecb <-> 12_ecbplus): same
    vocabulary, other facts. The bundled sources (a phone call about trade) get 2_ecbplus
    (an Oscars host announced): another story altogether."""
    if name == "seeds":
        return "2_ecbplus"
    topic, kind = name.split("_")
    return f"{topic}_{'ecbplus' if kind == 'ecb' else 'ecb'}"


def with_foreign(story, n=5):
    """The story's bundle and the first n articles of its sibling cluster, ids "fNN_<id>":
    no outlet of another event states a claim of this one, so every such decision is a
    negative. Training on them teaches the model what a story's shared vocabulary alone
    looks like, which five outlets of one event never show it."""
    name, gold, bundle = story
    foreign = cluster(sibling(name))[:n]
    extra = [{"id": f"f{i:02d}_{d['id']}", "label": d.get("label", d["id"]), "text": d["text"]}
             for i, d in enumerate(foreign)]
    return (name, gold, bundle + extra)


def run_cli(args, bundle, cli=CLI):
    """Runs `corroborate ARGS BUNDLE.json` on a bundle written to a temporary file."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(bundle, f, ensure_ascii=False)
        path = f.name
    try:
        return subprocess.run([cli] + args + [path], check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
