#!/usr/bin/env python3
"""What two builds of byline extract differently: the mentions and the quotes' speakers that
changed, text by text. The review of a change reads this list (every change, not a sample).

Run: python3 tools/compare.py OLD_BINARY NEW_BINARY FILE... [--quotes]
"""
import json
import subprocess
import sys


def analysis(binary, text):
    out = subprocess.run(
        [binary, "extract", "-", "--json"], input=text.encode("utf-8"), capture_output=True, check=True
    ).stdout
    return json.loads(out)


def mentions(a):
    return {(m["char_start"], m["char_end"], m["kind"]) for m in a["mentions"]}


def speakers(a):
    return {(q["start"], q["end"]): ((q.get("speaker") or {}).get("name"), q["text"][:60]) for q in a["quotes"]}


def main():
    args = [x for x in sys.argv[1:] if not x.startswith("--")]
    if len(args) < 3:
        sys.exit(__doc__)
    old, new, files = args[0], args[1], args[2:]
    quotes = "--quotes" in sys.argv
    changed = 0
    for path in files:
        text = open(path, encoding="utf-8").read()
        a, b = analysis(old, text), analysis(new, text)
        lines = []
        if quotes:
            x, y = speakers(a), speakers(b)
            lines = [f"  {x.get(k)} -> {y.get(k)}" for k in sorted(set(x) | set(y)) if x.get(k) != y.get(k)]
        else:
            x, y = mentions(a), mentions(b)
            lines = [f"  - {k} {text[s:e]!r}" for s, e, k in sorted(x - y)]
            lines += [f"  + {k} {text[s:e]!r}" for s, e, k in sorted(y - x)]
        if lines:
            changed += 1
            print(path)
            print("\n".join(lines))
    print(f"{changed} of {len(files)} texts changed", file=sys.stderr)


if __name__ == "__main__":
    main()
