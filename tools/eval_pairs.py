#!/usr/bin/env python3
"""Accuracy and F1 of `corroborate pairs` on a file in the MSRP layout.

    python3 tools/eval_pairs.py build/native/cli/corroborate ../shared/data/msrp/msr_paraphrase_test.txt
"""
import subprocess
import sys

cli, path = sys.argv[1], sys.argv[2]
with open(path, encoding='utf-8-sig') as f:
    labels = [int(line.split('\t')[0]) for line in f.read().splitlines()[1:] if line.strip()]
out = subprocess.run([cli, 'pairs', path], capture_output=True, text=True, check=True).stdout
pred = [int(line.split('\t')[1]) for line in out.splitlines() if line]
assert len(pred) == len(labels), (len(pred), len(labels))
tp = sum(y == 1 and p == 1 for y, p in zip(labels, pred))
fp = sum(y == 0 and p == 1 for y, p in zip(labels, pred))
fn = sum(y == 1 and p == 0 for y, p in zip(labels, pred))
acc = sum(y == p for y, p in zip(labels, pred)) / len(labels)
precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
f1 = 2 * precision * recall / max(1e-12, precision + recall)
print(f'{path}: {len(labels)} pairs, accuracy {acc*100:.1f}%, F1 {f1*100:.1f} '
      f'(precision {precision*100:.1f}, recall {recall*100:.1f})')
