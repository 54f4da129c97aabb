#!/usr/bin/env python3
"""Write assets/gazetteer/subdivisions.txt: the first-level divisions of every country (states,
provinces, regions, governorates) that news names as places ("Mato Grosso", "Haut-Katanga",
"Gauteng", "Borno") and that the GeoNames list of countries, US states and cities lacks.

Source: ISO 3166-2 as the PyPI package `pycountry` ships it (from Debian's iso-codes, LGPL
2.1 or later). See assets/NOTICE.

Run: pip install pycountry && python3 tools/build_subdivisions.py

Kept: a division with no parent, other than a country's small municipalities, its name cleaned of the ISO list's local generic words
("Anhui Sheng" -> "Anhui") and listed unaccented too ("Táchira" and "Tachira"). Dropped: a name
another list already holds, and a one-word name that is also a first name, a surname, a
title, a stop word, a common English word ("Delta", "Lara", "Guerrero", "Plateau") or a word of
a listed team's name ("Lazio", "Leinster"): every
word of a listed place is read as a place's word, and a person called Lara is none.
"""
import os
import re
import sys
import unicodedata

import pycountry

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GZ = os.path.join(ROOT, "assets", "gazetteer")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def lines(name):
    with open(os.path.join(GZ, name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]


def words_of_source(name):
    src = open(os.path.join(ROOT, "src", "extract", "wordlists.rs"), encoding="utf-8").read()
    m = re.search(r"pub const " + name + r"[^=]*= &\[(.*?)\];", src, re.S)
    return {w.lower() for w in re.findall(r'"([^"]+)"', m.group(1))}


# Generic words the ISO list writes in the local language after a Chinese division's name.
CHINESE_GENERIC = re.compile(
    r"\s+(Sheng|Shi|Zizhiqu|Zhuangzu|Huizu|Uygur|Weiwu'er|Tebiexingzhengqu|Xingzhengqu)\b.*$"
)

taken = set()
for n in ["places.txt", "major-places.txt", "regions.txt", "organizations.txt", "teams.txt", "demonyms.txt"]:
    taken |= {l.lower() for l in lines(n)}
people = {l.split("\t")[0].lower() for n in ["first-names.tsv", "first-names-intl.tsv", "first-names-world.tsv"] for l in lines(n)}
people |= {l.lower() for n in ["surnames.txt", "surnames-world.txt"] for l in lines(n)}
# A region a club is named for is, alone, most often the club ("Inter visit Lazio", "Leinster
# beat Munster"): the team list holds "SS Lazio" and "Leinster Rugby".
team_words = {w.lower() for l in lines("teams.txt") for w in l.split()}
blocked = set()
for n in ["TITLES", "STOPWORDS", "TIMES", "ORG_CUES", "GROUP_WORDS"]:
    blocked |= words_of_source(n)
english = set()
for path in ["/usr/share/dict/words", "/usr/share/dict/american-english"]:
    if os.path.exists(path):
        english |= {w.strip().lower() for w in open(path, encoding="utf-8", errors="ignore") if w[:1].islower()}


def plain(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ok(name):
    if not name or not name[0].isupper() or any(c.isdigit() or c in "(),;†" for c in name):
        return False
    if name.lower() in taken:
        return False
    words = name.split()
    if len(words) == 1:
        lw = plain(name).lower()
        return (
            len(name) >= 4
            and lw not in people
            and lw not in blocked
            and lw not in english
            and lw not in team_words
        )
    return True


out = set()
# The many small municipalities some countries divide into first ("Cirkulane", "Mtarfa") are
# seldom in English news.
SMALL = {"Municipality", "Local council", "Commune", "Parish", "Rural municipality", "Urban municipality", "Town council", "Municipal district"}

for s in pycountry.subdivisions:
    if s.parent_code is not None or (s.type in SMALL and s.country_code != "CN"):
        continue
    name = s.name.strip()
    if s.country_code == "CN":
        name = CHINESE_GENERIC.sub("", name)
    for form in {name, plain(name)}:
        if ok(form):
            out.add(form)

with open(os.path.join(GZ, "subdivisions.txt"), "w", encoding="utf-8") as f:
    f.write("# First-level divisions of every country (ISO 3166-2 via pycountry, from Debian iso-codes, LGPL 2.1+), vetted by tools/build_subdivisions.py; see assets/NOTICE\n")
    for p in sorted(out):
        f.write(p + "\n")
print(len(out), "divisions")
