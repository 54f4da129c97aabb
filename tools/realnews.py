#!/usr/bin/env python3
"""Mention-level P/R/F1 of `byline extract - --json` on real news articles.

The articles are English news pages of the HTML-extraction benchmark in
../shared/bench/html/ground-truth.json (read at run time, never copied). The gold is ours:
tools/realnews/setN/<id-prefix>.gold, one `KIND<TAB>surface` line per name, KIND one of
PER / ORG / LOC, `O` for a capitalised phrase that is no name, `?` for one that is not scored
either way (products, events, planets, "-based" modifiers). Every whole-word occurrence of a
surface is a gold mention, longest surface first, as a reader annotating the article would
mark it; mentions inside a `?` phrase are dropped from both sides.

Each set was annotated before the extractor rules that the set then showed to be missing, so
a set's first score is blind; the README gives both.

Run: cargo build --release && python3 tools/realnews.py [--errors] [--bin PATH]

With `--sets DIR...` it scores news written for byline instead (the sets helpers write blind,
which are not in the repository): each DIR holds articles aN.txt with their gold aN.gold in
the format above.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"person": "PER", "organization": "ORG", "place": "LOC"}


def occurrences(text, surface):
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)]


def gold(text, path):
    rules = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.strip() and not line.startswith("#"):
            kind, surface = line.split("\t", 1)
            rules.append((surface, kind))
    rules.sort(key=lambda r: -len(r[0]))
    taken = [False] * len(text)
    mentions, ignored = set(), []
    for surface, kind in rules:
        for s, e in occurrences(text, surface):
            if kind == "?":
                ignored.append((s, e))
                continue
            if any(taken[s:e]):
                continue
            for i in range(s, e):
                taken[i] = True
            if kind != "O":
                mentions.add((s, e, kind))
    return mentions, ignored


def predicted(binary, text):
    out = subprocess.run(
        [binary, "extract", "-", "--json"], input=text.encode("utf-8"), capture_output=True, check=True
    ).stdout
    return {(m["char_start"], m["char_end"], KINDS[m["kind"]]) for m in json.loads(out)["mentions"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "byline"))
    ap.add_argument("--articles", default=os.path.join(ROOT, "..", "shared", "bench", "html", "ground-truth.json"))
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--sets", nargs="+", metavar="DIR", help="score aN.txt/aN.gold in these")
    args = ap.parse_args()
    if args.sets:
        return score_sets(args)
    if not os.path.exists(args.articles):
        sys.exit(f"no articles at {args.articles}: this measure needs ../shared")
    articles = json.load(open(args.articles, encoding="utf-8"))
    total = {}
    print(f"{'set':6} {'docs':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for set_dir in sorted(glob.glob(os.path.join(ROOT, "tools", "realnews", "set*"))):
        counts = [0, 0, 0]
        docs = 0
        for path in sorted(glob.glob(os.path.join(set_dir, "*.gold"))):
            prefix = os.path.basename(path)[:-5]
            key = next((k for k in articles if k.startswith(prefix)), None)
            if key is None:
                sys.exit(f"no article with id {prefix}")
            text = articles[key]["articleBody"]
            docs += 1
            score(args, text, path, prefix, total, counts)
        print(f"{os.path.basename(set_dir):6} {docs:4} " + fmt(counts))
    for k in ("PER", "ORG", "LOC", "ALL"):
        print(f"{k.lower():6} {'':4} " + fmt(total[k]))


def score(args, text, gold_path, name, total, counts):
    """Adds one article's true and false mentions to the totals by kind and to its set's."""
    g, ignored = gold(text, gold_path)
    p = predicted(args.bin, text)
    inside = lambda m: any(a <= m[0] and m[1] <= b for a, b in ignored)
    g = {m for m in g if not inside(m)}
    p = {m for m in p if not inside(m)}
    for k in ("ALL", "PER", "ORG", "LOC"):
        c = total.setdefault(k, [0, 0, 0])
        sel = (lambda m: True) if k == "ALL" else (lambda m, k=k: m[2] == k)
        c[0] += len({m for m in g & p if sel(m)})
        c[1] += len({m for m in p - g if sel(m)})
        c[2] += len({m for m in g - p if sel(m)})
    counts[0] += len(g & p)
    counts[1] += len(p - g)
    counts[2] += len(g - p)
    if args.errors:
        for s, e, k in sorted(p - g):
            print(f"  {name} FALSE {k} {text[s:e]!r}")
        for s, e, k in sorted(g - p):
            print(f"  {name} MISS  {k} {text[s:e]!r}")


def score_sets(args):
    total = {}
    print(f"{'set':8} {'P':>6} {'R':>6} {'F1':>6}")
    for set_dir in args.sets:
        counts = [0, 0, 0]
        for path in sorted(glob.glob(os.path.join(set_dir, "a*.gold"))):
            text = open(path[:-5] + ".txt", encoding="utf-8").read()
            score(args, text, path, os.path.basename(path)[:-5], total, counts)
        print(f"{os.path.basename(os.path.normpath(set_dir)):8} " + fmt(counts))
    for k in ("PER", "ORG", "LOC", "ALL"):
        print(f"{k.lower():8} " + fmt(total[k]))


def fmt(c):
    tp, fp, fn = c
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f = 2 * tp / max(1, 2 * tp + fp + fn)
    return f"{p:6.3f} {r:6.3f} {f:6.3f}"


if __name__ == "__main__":
    main()
