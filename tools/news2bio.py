#!/usr/bin/env python3
"""Our own written news (articles aN.txt with gold aN.gold, in the format of tools/realnews)
into one *.bio.tsv training corpus: a paragraph per sentence, with its `# text =` line, so the
trainer rebuilds the text and projects the gold onto byline's own tokens.

Run: python3 tools/news2bio.py tools/news/written.bio.tsv SETDIR...
"""
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import realnews  # noqa: E402  (the gold reader: every whole-word occurrence, longest first)


def main():
    out = open(sys.argv[1], "w", encoding="utf-8")
    for d in sys.argv[2:]:
        for tp in sorted(glob.glob(os.path.join(d, "a*.txt"))):
            text = open(tp, encoding="utf-8").read()
            gold, _ = realnews.gold(text, tp[:-4] + ".gold")
            spans = sorted(gold)
            out.write(f"# doc = synth-{os.path.basename(d)}-{os.path.basename(tp)[:-4]}\n")
            pos = 0
            for para in re.split(r"\n\s*\n", text):
                start = text.index(para, pos)
                pos = start + len(para)
                # Quoted words are left out: the events are invented, and no real person's
                # name should stand beside words they never said.
                if not para.strip() or any(q in para for q in '"“”'):
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
