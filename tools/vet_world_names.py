#!/usr/bin/env python3
"""Vet hand-written name lists into assets/gazetteer/first-names-world.tsv and
surnames-world.txt.

The lists are byline's own: given names and family names of South Asia, Africa, the Middle
East, Central Asia, East and Southeast Asia, Europe and the Americas, written from general
knowledge by the developers' helpers (no dataset copied). Each region's directory holds `first.tsv` (name, tab,
F/M/U) and `surnames.txt` (one name a line).

Run: python3 tools/vet_world_names.py DIR...

Kept: one word of letters (inner hyphens and apostrophes allowed), capitalised, that the
existing lists do not hold (US and international first names, US surnames), that is no listed
place, region, organization, team or demonym, no title or stop word of the extractor, and not
a common English word (/usr/share/dict/words holds it in lower case), so that "Will", "Hope",
"Lagos" or "Sheikh" never become a name cue. A name written both ways keeps U.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GZ = os.path.join(ROOT, "assets", "gazetteer")


def lines(name):
    with open(os.path.join(GZ, name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]


def words_of_source(pattern):
    """The quoted words of a Rust const list in src/extract/wordlists.rs."""
    src = open(os.path.join(ROOT, "src", "extract", "wordlists.rs"), encoding="utf-8").read()
    m = re.search(pattern + r"[^=]*= &\[(.*?)\];", src, re.S)
    return {w.lower() for w in re.findall(r'"([^"]+)"', m.group(1))} if m else set()


taken = set()
for n in ["places.txt", "major-places.txt", "regions.txt", "organizations.txt", "teams.txt", "demonyms.txt"]:
    taken |= {l.lower() for l in lines(n)}
first_known = {l.split("\t")[0].lower() for n in ["first-names.tsv", "first-names-intl.tsv"] for l in lines(n)}
sur_known = {l.lower() for l in lines("surnames.txt")}
blocked = words_of_source("pub const TITLES") | words_of_source("const STOPWORDS") | words_of_source("const TIMES") | words_of_source("const ORG_CUES") | words_of_source("const GROUP_WORDS")
english = set()
for path in ["/usr/share/dict/words", "/usr/share/dict/american-english"]:
    if os.path.exists(path):
        english |= {w.strip() for w in open(path, encoding="utf-8", errors="ignore") if w[:1].islower()}

SHAPE = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*$")


def ok(w):
    lw = w.lower()
    return (
        len(w) >= 2
        and w[0].isupper()
        and SHAPE.match(w)
        and lw not in taken
        and lw not in blocked
        and lw not in english
    )


first, sur = {}, set()
PF = {"F": 100, "M": 0, "U": 50}
for d in sys.argv[1:]:
    for l in open(os.path.join(d, "first.tsv"), encoding="utf-8"):
        parts = l.strip().split("\t")
        if len(parts) != 2 or parts[1] not in PF:
            continue
        w, g = parts[0].strip(), PF[parts[1]]
        if ok(w) and w.lower() not in first_known:
            first[w] = g if first.get(w, g) == g else 50
    for l in open(os.path.join(d, "surnames.txt"), encoding="utf-8"):
        w = l.strip()
        if ok(w) and w.lower() not in sur_known:
            sur.add(w)

with open(os.path.join(GZ, "first-names-world.tsv"), "w", encoding="utf-8") as f:
    f.write("# First names of South Asia, Africa, the Middle East, Asia, Europe and the Americas the other lists lack, written for byline from general knowledge (no dataset copied): name, percent female; vetted by tools/vet_world_names.py\n")
    for w in sorted(first):
        f.write(f"{w}\t{first[w]}\n")
with open(os.path.join(GZ, "surnames-world.txt"), "w", encoding="utf-8") as f:
    f.write("# Family names of South Asia, Africa, the Middle East, Asia, Europe and the Americas the US list lacks, written for byline from general knowledge (no dataset copied); vetted by tools/vet_world_names.py\n")
    for w in sorted(sur):
        f.write(w + "\n")
print(f"first names {len(first)}, surnames {len(sur)}")
