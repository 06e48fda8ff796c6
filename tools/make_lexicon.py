#!/usr/bin/env python3
"""Builds corroborate's synonym table from WordNet (Debian package wordnet-base) at build
time: only what matching needs.

    python3 tools/make_lexicon.py /usr/share/wordnet OUT.txt

Each output line is one group of words that may stand for each other: the single-word
lemmas of one WordNet synset, kept only where the synset is among the most common senses
(WordNet lists senses by frequency) of at least two of its words, so that "tariff" and
"duty" meet but rare senses do not drag unrelated words together. For nouns, a frequent
sense also joins its direct hypernym's words when both are first senses ("tariff" -> "tax"). Lines are sorted, words
within a line sorted, so the file is reproducible.
"""
import os
import re
import sys

MAX_RANK = 3         # a sense counts if it is among a word's three most common
MAX_GROUP = 12       # larger synsets are vague ("act", "make") and say little
WORD = re.compile(r'^[a-z]{3,}$')


def read_index(path):
    """lemma -> its attested synset offsets, most frequent first (at most MAX_RANK).

    WordNet orders senses by their frequency in its sense-tagged corpus and says how many
    were seen there at all (tagsense_cnt); senses never seen are left out, which drops
    rare words and rare readings alike."""
    senses = {}
    with open(path, encoding='latin-1') as f:
        for line in f:
            if line.startswith(' '):
                continue
            p = line.split()
            lemma, synset_cnt, p_cnt = p[0], int(p[2]), int(p[3])
            tagged = int(p[4 + p_cnt + 1])
            offsets = p[4 + p_cnt + 2:]
            assert len(offsets) == synset_cnt, line
            if tagged:
                senses[lemma] = offsets[:min(MAX_RANK, tagged)]
    return senses


def read_data(path):
    """offset -> (words, hypernym offsets)."""
    synsets = {}
    with open(path, encoding='latin-1') as f:
        for line in f:
            if line.startswith(' '):
                continue
            p = line.split(' | ')[0].split()
            offset, w_cnt = p[0], int(p[3], 16)
            words = [p[4 + 2 * i].lower() for i in range(w_cnt)]
            rest = p[4 + 2 * w_cnt:]
            ptr_cnt = int(rest[0])
            hypernyms = []
            for i in range(ptr_cnt):
                symbol, target, pos = rest[1 + 4 * i], rest[2 + 4 * i], rest[3 + 4 * i]
                if symbol == '@' and pos == 'n':
                    hypernyms.append(target)
            synsets[offset] = (words, hypernyms)
    return synsets


def main():
    wordnet, out = sys.argv[1], sys.argv[2]
    groups = set()
    for pos in ('noun', 'verb', 'adj', 'adv'):
        index = read_index(os.path.join(wordnet, f'index.{pos}'))
        data = read_data(os.path.join(wordnet, f'data.{pos}'))
        frequent = {}  # offset -> words for which it is a frequent sense
        first = {}     # offset -> words for which it is the most frequent sense
        for lemma, offsets in index.items():
            if not WORD.match(lemma):
                continue
            for offset in offsets:
                frequent.setdefault(offset, set()).add(lemma)
            first.setdefault(offsets[0], set()).add(lemma)
        for offset, lemmas in frequent.items():
            words, hypernyms = data[offset]
            words = sorted({w for w in words if WORD.match(w)})
            if len(lemmas) >= 2 and 2 <= len(words) <= MAX_GROUP:
                groups.add(tuple(words))
            if pos == 'noun':
                # Only between first senses: "tariff" -> "tax", not every reading of each.
                for h in hypernyms:
                    for lemma in first.get(offset, ()):
                        for u in first.get(h, ()):
                            if u != lemma:
                                groups.add(tuple(sorted((lemma, u))))
    with open(out, 'w', encoding='ascii') as f:
        f.write('# Synonym groups for corroborate, made by tools/make_lexicon.py from WordNet 3.0\n')
        f.write('# (Princeton University; WordNet licence: see /usr/share/doc/wordnet-base/copyright).\n')
        for g in sorted(groups):
            f.write(' '.join(g) + '\n')


if __name__ == '__main__':
    main()
