#!/usr/bin/env python3
"""Derive assets/gazetteer/first-names.tsv from ../shared/gazetteers/us-first-names.tsv.

Keeps names with at least MIN_BIRTHS births and stores the share of female births as a whole
percent: a first-name list for the tagger and a gender hint for pronoun resolution.
"""
import os, sys

MIN_BIRTHS = 300
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = os.path.join(root, "..", "shared", "gazetteers", "us-first-names.tsv")
dst = os.path.join(root, "assets", "gazetteer", "first-names.tsv")
rows = []
with open(src, encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or line.startswith("name\t"):
            continue
        name, female, male = line.rstrip("\n").split("\t")
        total = int(female) + int(male)
        if total >= MIN_BIRTHS:
            rows.append((name, round(100 * int(female) / total)))
rows.sort()
with open(dst, "w", encoding="utf-8") as f:
    f.write("# US SSA baby names 1880-2023 (public domain): name, percent female; built by tools/build_first_names.py\n")
    for name, pf in rows:
        f.write(f"{name}\t{pf}\n")
print(f"{len(rows)} names -> {dst}", file=sys.stderr)
