#!/usr/bin/env python3
"""Checks that every file of core/src includes only its own layer, the layers below it
(docs/architecture.md) and the public headers. Exits 1 and names each include that points up."""
import pathlib
import re
import sys

LAYERS = ["text", "base", "segment", "terms", "lexicon", "classify", "align", "parse", "report", "api"]


def main():
    src = pathlib.Path(__file__).resolve().parent.parent / "core" / "src"
    wrong = []
    for path in sorted(src.glob("*/*")):
        layer = path.parent.name
        if layer not in LAYERS:
            wrong.append(f"{path.relative_to(src)}: folder {layer} is not a layer of docs/architecture.md")
            continue
        for n, line in enumerate(path.read_text().splitlines(), 1):
            m = re.match(r'#include "([a-z_]+)/', line)
            if m and m.group(1) != "corroborate" and (m.group(1) not in LAYERS or
                                                       LAYERS.index(m.group(1)) > LAYERS.index(layer)):
                wrong.append(f"{path.relative_to(src)}:{n}: {layer}/ includes {m.group(1)}/")
    for w in wrong:
        print(w)
    print(f"layers: {len(wrong)} include(s) against docs/architecture.md" if wrong else "layers: every include points down")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
