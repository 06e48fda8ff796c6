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


def ecb(path):
    gold = json.load(open(path, encoding="utf-8"))
    cluster = json.load(open(os.path.join(SHARED, "data", "ecbplus", "clusters", gold["cluster"] + ".json"),
                             encoding="utf-8"))
    by_id = {d["id"]: d for d in cluster}
    bundle = [{"id": f"{prefix}_{sid}", "label": by_id[sid].get("label", sid), "text": by_id[sid]["text"]}
              for prefix, sid in sorted(gold["sources"].items())]
    return (gold["cluster"], gold, bundle)


def all_stories():
    out = [seeds()]
    for path in sorted(glob.glob(os.path.join(HERE, "gold", "ecbplus", "*.json"))):
        out.append(ecb(path))
    return out


def run_cli(args, bundle, cli=CLI):
    """Runs `corroborate ARGS BUNDLE.json` on a bundle written to a temporary file."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(bundle, f, ensure_ascii=False)
        path = f.name
    try:
        return subprocess.run([cli] + args + [path], check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
