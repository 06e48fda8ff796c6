#!/usr/bin/env python3
"""Generates a bundle of N news articles built from real sentences, for benchmarks.

    python3 bench/make_cluster.py N [--seed S] [--story-size K] [--out FILE] [--data DIR]
    python3 bench/make_cluster.py 50 200 500 --out-dir /tmp/corroborate-clusters

Sentences come from the public sentence-pair data in DIR (default: $CORROBORATE_DATA, else
../shared/data next to the checkout), from its msrp/ and stsb/ folders (MSRP and the news and
forum parts of STS-B) and from one of the bundled articles in sources/, so vocabulary and
lengths are realistic. Articles are grouped into stories of about K articles (default 10;
K >= N makes one story). Each story has a pool of facts; a fact is a paraphrase pair (MSRP
paraphrases, STS-B news pairs scored >= 4), and every article of the story that reports it
uses one of the two wordings, as two outlets would. The rest of each article (about 60%) is
its own sentences: one sentence of each other pair (the two halves of a non-paraphrase pair
are about the same event and often share most words, so both would support each other across
stories), each used once. There are about 7,500 of them, enough for about 310 articles;
beyond that they are used again (as wire copy is), and the script says so. Image captions
(SICK, STS-B captions) are not used: they are variations of a few templates and corroborate
each other in bulk. About 40 sentences per article, 1-3 per paragraph line.

Output: a JSON bundle [{id, label, text}] (the CLI's and the JS API's input). Deterministic
for a given seed. Write it to a temporary or build directory, never into the repository:
the data's licences do not allow redistribution with the project.
"""
import argparse
import csv
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# The sentence-pair data: --data, else $CORROBORATE_DATA, else shared/data next to the checkout.
DATA = os.environ.get("CORROBORATE_DATA", os.path.join(os.path.dirname(ROOT), "shared", "data"))

SENTENCES_PER_ARTICLE = 40
SHARED_SHARE = 0.4


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        yield from csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def tidy(s):
    s = " ".join(s.split())
    if s and s[-1] not in ".!?\"'”’":
        s += "."
    return s[:1].upper() + s[1:] if s else s


def load_pools():
    """Paraphrase pairs (facts), and groups of sentences of which an article may use one.

    A group is the two sentences of a pair that is not a paraphrase: they come from the
    same news event and often share most of their words, so putting both into the bundle
    would make two "unrelated" sentences support each other (across stories, and more
    often the more sentences a bundle draws).
    """
    pairs, groups = [], []
    for name in ("msr_paraphrase_train.txt", "msr_paraphrase_test.txt"):
        for r in list(rows(os.path.join(DATA, "msrp", name)))[1:]:
            if len(r) < 5:
                continue
            a, b = tidy(r[3]), tidy(r[4])
            (pairs if r[0] == "1" else groups).append((a, b))
    for name in ("sts-train.csv", "sts-dev.csv", "sts-test.csv"):
        for r in rows(os.path.join(DATA, "stsb", name)):
            if len(r) < 7:
                continue
            try:
                score = float(r[4])
            except ValueError:
                continue
            a, b = tidy(r[5]), tidy(r[6])
            if r[0] == "main-news" and score >= 4.0:
                pairs.append((a, b))
            elif r[0] == "main-news" or r[0].startswith("main-forum"):
                groups.append((a, b))
    # One outlet's sentences: the five bundled articles tell the same event.
    src = os.path.join(ROOT, "sources")
    first = sorted(n for n in os.listdir(src) if n.endswith(".txt"))[0]
    with open(os.path.join(src, first), encoding="utf-8") as f:
        for line in f:
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", line.strip()):
                if len(s.split()) >= 6:
                    groups.append((s,))
    pairs = [p for p in dict.fromkeys(pairs) if p[0] != p[1]]
    return pairs, groups


def make(n, seed=1, story_size=10):
    rng = random.Random(seed)
    pairs, groups = load_pools()
    rng.shuffle(pairs)
    used = set()

    def fresh(sentences):
        # A sentence of MSRP can be in several of its pairs: each is used once at most.
        if any(s in used for s in sentences):
            return False
        used.update(sentences)
        return True

    stories = max(1, round(n / story_size))
    members = [[] for _ in range(stories)]
    for a in range(n):
        members[a % stories].append(a)
    # Enough facts per story that each article reports about 40% of its sentences from them.
    facts_per_article = round(SENTENCES_PER_ARTICLE * SHARED_SHARE)
    pool_size = max(facts_per_article, round(facts_per_article * 1.5))
    need = sum(pool_size for group in members if len(group) > 1)
    fact_pairs, spare = [], []
    for p in pairs:
        if len(fact_pairs) < need and fresh(p):
            fact_pairs.append(p)
        elif len(fact_pairs) >= need:
            spare.append(p)
    # Paraphrase pairs no story needs give one sentence each, like the other groups;
    # captions come last, when the news runs out.
    news = groups + spare
    rng.shuffle(news)
    singles = [rng.choice(g) for g in news if fresh(g)]
    next_pair = 0
    next_single = 0
    articles = [None] * n
    for k, group in enumerate(members):
        facts = []
        for _ in range(pool_size if len(group) > 1 else 0):
            facts.append(fact_pairs[next_pair % len(fact_pairs)])
            next_pair += 1
        for a in group:
            length = rng.randint(SENTENCES_PER_ARTICLE - 8, SENTENCES_PER_ARTICLE + 8)
            chosen = rng.sample(range(len(facts)), min(len(facts), round(length * SHARED_SHARE)))
            body = [(i, facts[i][rng.randrange(2)]) for i in sorted(chosen)]
            own = []
            for _ in range(length - len(body)):
                own.append(singles[next_single % len(singles)])
                next_single += 1
            # Shared facts keep the story's order (leads first); own sentences fall between.
            sentences = [s for _, s in body]
            for s in own:
                sentences.insert(rng.randrange(len(sentences) + 1), s)
            lines, i = [], 0
            while i < len(sentences):
                step = rng.choice((1, 2, 2, 3))
                lines.append(" ".join(sentences[i:i + step]))
                i += step
            articles[a] = {
                "id": f"story{k:03d}-a{a:04d}",
                "label": f"Outlet {a + 1}",
                "text": "\n".join(lines) + "\n",
            }
    if next_single > len(singles):
        print(f"make_cluster: {n} articles: {next_single - len(singles)} of {next_single} own sentences "
              f"used a second time (the pool has {len(singles)})", file=sys.stderr)
    return articles


def main():
    global DATA
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("sizes", type=int, nargs="+", help="number of articles")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--story-size", type=int, default=10, help="articles per story (about)")
    ap.add_argument("--out", help="output file (one size only; default stdout)")
    ap.add_argument("--out-dir", help="writes cluster-N.json for each size here")
    ap.add_argument("--data", default=DATA,
                    help="folder holding msrp/ and stsb/ (default: $CORROBORATE_DATA, else ../shared/data "
                         "next to the checkout: %(default)s)")
    args = ap.parse_args()
    DATA = args.data
    if not os.path.isdir(os.path.join(DATA, "msrp")) or not os.path.isdir(os.path.join(DATA, "stsb")):
        sys.exit(f"make_cluster: no msrp/ and stsb/ in {DATA}: pass --data DIR or set CORROBORATE_DATA")
    for n in args.sizes:
        bundle = make(n, args.seed, args.story_size)
        text = json.dumps(bundle, ensure_ascii=False)
        if args.out_dir:
            os.makedirs(args.out_dir, exist_ok=True)
            path = os.path.join(args.out_dir, f"cluster-{n}.json")
        else:
            path = args.out
        real = os.path.realpath(path) if path else None
        if real and real.startswith(ROOT + os.sep) and not real.startswith(os.path.join(ROOT, "build") + os.sep):
            sys.exit(f"make_cluster: {path} is inside the repository; write to a temp or build directory")
        if path:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        else:
            sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()
