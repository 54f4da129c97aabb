#!/usr/bin/env python3
"""Derive assets/gazetteer/first-names-intl.tsv: first names of many countries that the US
list lacks ("Nikolaj", "Semyon", "Takayuki"), from nam_dict.txt of the PyPI package
`gender-guesser` (data by Joerg Michael, GNU Free Documentation License 1.2; the derived list
is released under the same licence, see assets/NOTICE).

Run: pip download gender-guesser --no-deps -d /tmp/gg && python3 tools/build_intl_first_names.py /tmp/gg/*.whl

Kept: single-word names of at least four letters whose highest frequency in any country is at
least MIN_FREQ (the file's 1..13 scale), that the US list does not hold, and that the NER
corpora in ../shared/corpora never write in lower case more than twice (so "Rose", "Will",
"Page" and other common words stay out), and that are no listed place or organization. Gender as percent female: M 0, 1M 10, ?M 30, ? 50,
?F 70, 1F 90, F 100.
"""
import collections
import glob
import io
import os
import sys
import zipfile

MIN_FREQ = 1
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dst = os.path.join(root, "assets", "gazetteer", "first-names-intl.tsv")
def listed(name):
    return {l.strip() for l in open(os.path.join(root, "assets", "gazetteer", name), encoding="utf-8") if not l.startswith("#")}


# Names that are also listed places or organizations ("Bratislava", "Nissan") stay out.
taken = listed("places.txt") | listed("organizations.txt") | listed("regions.txt")
us = {l.split("\t")[0] for l in open(os.path.join(root, "assets", "gazetteer", "first-names.tsv"), encoding="utf-8") if not l.startswith("#")}

lower = collections.Counter()
for path in glob.glob(os.path.join(root, "..", "shared", "corpora", "*.bio.tsv")):
    for line in open(path, encoding="utf-8"):
        if not line.startswith("#") and "\t" in line:
            w = line.split("\t", 1)[0]
            if w[:1].islower():
                lower[w] += 1

with zipfile.ZipFile(sys.argv[1]) as z:
    data = z.read("gender_guesser/data/nam_dict.txt").decode("utf-8")

PF = {"M": 0, "1M": 10, "?M": 30, "?": 50, "?F": 70, "1F": 90, "F": 100}
names = {}
for line in io.StringIO(data):
    if line.startswith("#") or line.startswith("="):
        continue
    g, name, freqs = line[:2].strip(), line[3:29].strip(), line[30:85]
    if g not in PF or not name.isalpha() or not name[0].isupper() or len(name) < 4:
        continue
    top = max((int(c, 16) for c in freqs if c in "0123456789ABCDEF"), default=0)
    if top < MIN_FREQ or name in us or name in taken or lower[name.lower()] > 2:
        continue
    # A name listed twice (male and female) counts as both.
    pf = PF[g]
    names[name] = pf if name not in names else 50
with open(dst, "w", encoding="utf-8") as f:
    f.write("# First names of many countries (gender-guesser nam_dict.txt, GNU FDL 1.2): name, percent female; built by tools/build_intl_first_names.py\n")
    for name in sorted(names):
        f.write(f"{name}\t{names[name]}\n")
print(f"{len(names)} names -> {dst}", file=sys.stderr)
