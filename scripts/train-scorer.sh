#!/usr/bin/env bash
# Retrains the support model on the annotated stories (bench/accuracy/stories.py: the
# bundled sources with ../shared/data/seeds-gold, and bench/accuracy/gold/ecbplus) and
# rewrites core/src/align/model_weights.h; then prints every accuracy number once.
#   scripts/train-scorer.sh
# Needs Debian's python3-numpy (scripts/setup.sh test installs it with python3-sklearn).
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/native/cli/corroborate
py=$(scripts/python-with numpy)
cmake --preset native >/dev/null && cmake --build --preset native -j"$(nproc)" >/dev/null
"$py" tools/train_support.py --cli "$cli" > core/src/align/model_weights.h.new
mv core/src/align/model_weights.h.new core/src/align/model_weights.h
cmake --build --preset native -j"$(nproc)" >/dev/null
"$py" bench/accuracy/eval.py --cli "$cli"
