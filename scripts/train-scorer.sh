#!/usr/bin/env bash
# Retrains the support model on MSRP train (../shared/data, never copied here) and
# rewrites core/src/align/model_weights.h; then prints MSRP test accuracy and F1 once.
#   scripts/train-scorer.sh [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data}
cli=build/native/cli/corroborate
cmake --preset native >/dev/null && cmake --build --preset native -j"$(nproc)" >/dev/null
"$cli" pairs --features "$data/msrp/msr_paraphrase_train.txt" | python3 tools/train_scorer.py > core/src/align/model_weights.h.new
mv core/src/align/model_weights.h.new core/src/align/model_weights.h
cmake --build --preset native -j"$(nproc)" >/dev/null
python3 tools/eval_pairs.py "$cli" "$data/msrp/msr_paraphrase_test.txt"
