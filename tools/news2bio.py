#!/usr/bin/env python3
"""Our own written news (articles aN.txt with gold aN.gold, in the format of tools/realnews)
into one *.bio.tsv training corpus: a paragraph per sentence, with its `# text =` line, so the
trainer rebuilds the text and projects the gold onto byline's own tokens.

Run: python3 tools/news2bio.py tools/news/written.bio.tsv SETDIR... [--keep-quotes SETDIR...]
Sets after `--keep-quotes` name invented people only, so their quoted paragraphs are kept.
In the other sets, which name real people, a quoted paragraph is kept with every person in it
renamed: an invented first name and surname from byline's own name lists, the same for each
word of a name throughout the article.
"""
import glob
import hashlib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import realnews  # noqa: E402  (the gold reader: every whole-word occurrence, longest first)


GAZ = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "gazetteer")
# Words of a name that say nothing of who it is, kept as written.
KEEP = {"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"}


def pool(name, column_0_of_tsv, limit):
    out = []
    for line in open(os.path.join(GAZ, name), encoding="utf-8"):
        if line.startswith("#"):
            continue
        word = line.split("\t")[0].strip() if column_0_of_tsv else line.strip()
        if word.isalpha() and len(word) > 2:
            out.append(word)
    return out[:limit]


FIRST = pool("first-names.tsv", True, None)
SURNAMES = pool("surnames.txt", False, 8000)


def pick(names, key):
    """A name chosen by a hash of `key`, so the corpus is the same on every run."""
    return names[int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % len(names)]


def renaming(doc, text, spans):
    """Each word of the article's people's names to an invented one: the last word of a full
    name takes a surname, the words before it first names; a word seen alone is a surname."""
    words = {}
    names = sorted({text[s:e] for s, e, k in spans if k == "PER"}, key=lambda n: -len(n.split()))
    for name in names:
        parts = name.split()
        for i, w in enumerate(parts):
            if w in KEEP or not w[:1].isupper() or w.endswith(".") or w in words:
                continue
            last = i == len(parts) - 1 or all(p in KEEP for p in parts[i + 1 :])
            words[w] = pick(SURNAMES if last else FIRST, f"{doc}/{w}")
    return words


def rename(text, spans, paras, words):
    """The text with the people in paragraphs `paras` (start, end) renamed, and its spans moved."""
    out, moved, pos, shift = [], [], 0, 0
    for s, e, k in sorted(spans):
        if k == "PER" and any(a <= s and e <= b for a, b in paras):
            new = " ".join(words.get(w, w) for w in text[s:e].split())
            out.append(text[pos:s])
            out.append(new)
            pos = e
            moved.append((s + shift, s + shift + len(new), k))
            shift += len(new) - (e - s)
        else:
            moved.append((s + shift, e + shift, k))
    out.append(text[pos:])
    return "".join(out), moved


def main():
    out = open(sys.argv[1], "w", encoding="utf-8")
    keep_quotes = False
    for d in sys.argv[2:]:
        if d == "--keep-quotes":
            keep_quotes = True
            continue
        for tp in sorted(glob.glob(os.path.join(d, "a*.txt"))):
            text = open(tp, encoding="utf-8").read()
            # Nothing that names that wire, though our own words, goes into training.
            if "reuters" in text.lower():
                continue
            gold, _ = realnews.gold(text, tp[:-4] + ".gold")
            spans = sorted(gold)
            doc = f"synth-{os.path.basename(d)}-{os.path.basename(tp)[:-4]}"
            if not keep_quotes:
                quoted = [
                    (m.start(), m.end())
                    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text)
                    if any(q in m.group() for q in '"“”')
                ]
                text, spans = rename(text, spans, quoted, renaming(doc, text, spans))
            out.write(f"# doc = {doc}\n")
            pos = 0
            for para in re.split(r"\n\s*\n", text):
                start = text.index(para, pos)
                pos = start + len(para)
                if not para.strip():
                    continue
                out.write(f"# text = {para.replace(chr(10), ' ')}\n")
                # A `?` name's words are O: the trainer cannot leave them out.
                for m in re.finditer(r"\w+(?:[’'.\-&]\w+)*|[^\w\s]", para):
                    s, e = m.start() + start, m.end() + start
                    tag = "O"
                    for gs, ge, k in spans:
                        if gs <= s and e <= ge:
                            tag = ("B-" if s == gs else "I-") + k
                            break
                    out.write(f"{text[s:e]}\t{tag}\n")
                out.write("\n")
    out.close()


if __name__ == "__main__":
    main()
