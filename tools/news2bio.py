#!/usr/bin/env python3
"""Our own written news (articles aN.txt with gold aN.gold, in the format of tools/realnews)
into one *.bio.tsv training corpus: a paragraph per sentence, with its `# text =` line, so the
trainer rebuilds the text and projects the gold onto byline's own tokens.

Run: python3 tools/news2bio.py tools/news/written.bio.tsv SETDIR... [--keep-quotes SETDIR...]
Sets after `--keep-quotes` name invented people only, so their quoted paragraphs are kept.
"""
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import realnews  # noqa: E402  (the gold reader: every whole-word occurrence, longest first)


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
            out.write(f"# doc = synth-{os.path.basename(d)}-{os.path.basename(tp)[:-4]}\n")
            pos = 0
            for para in re.split(r"\n\s*\n", text):
                start = text.index(para, pos)
                pos = start + len(para)
                # Quoted words are left out where real people are named: the events are
                # invented, and no real person should stand beside words they never said.
                quoted = any(q in para for q in '"“”')
                if not para.strip() or (quoted and not keep_quotes):
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
