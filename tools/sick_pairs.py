#!/usr/bin/env python3
"""Writes SICK pairs in the MSRP layout with the product's question as the label: does
sentence A state sentence B (the claim)? 1 for ENTAILMENT, else 0. Claim first.

    python3 tools/sick_pairs.py ../shared/data/sick/SICK_train.txt > /tmp/sick_train.tsv
"""
import sys

with open(sys.argv[1], encoding='utf-8-sig') as f:
    rows = [line.rstrip('\n').split('\t') for line in f][1:]
print('Quality\t#1 ID\t#2 ID\t#1 String\t#2 String')
for r in rows:
    if len(r) >= 5:
        print(f"{1 if r[4] == 'ENTAILMENT' else 0}\t{r[0]}b\t{r[0]}a\t{r[2]}\t{r[1]}")
