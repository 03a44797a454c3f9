#!/usr/bin/env python3
"""Fill in byte offsets of an acts draft and check it (annotation helper).

usage: locate_acts.py DRAFT.json OUT.acts.json [--eval-root DIR]

A draft is a gold file (README.md) whose "verb" and "object" are plain
strings. Each verb is searched for forward from the previous act's verb
(or from the first occurrence of the act's optional "after" string, which
is dropped), as a whole word; the object forward from the verb's end.
Offsets are UTF-8 bytes. The helper stops when a string is not found, and
warns when an act overlaps a quote of the article's quote gold
(NAME.gold.json beside the article): an act never duplicates a quote.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..", "shared", "eval")
SEP = " \n\t،,.:;؛()«»\"“”"


def word_find(data, w, pos):
    """First occurrence of w at or after pos that is a whole word."""
    while True:
        i = data.find(w, pos)
        if i < 0:
            return -1
        before = data[:i].decode("utf-8", "ignore")[-1:]
        after = data[i + len(w):i + len(w) + 4].decode("utf-8", "ignore")[:1]
        if (not before or before in SEP) and (not after or after in SEP):
            return i
        pos = i + 1


def quote_spans(article):
    """Byte spans of the article's gold quotes (score.py's search rule)."""
    gpath = article[:-len(".txt")] + ".gold.json"
    if not os.path.exists(gpath):
        return []
    with open(article, encoding="utf-8") as f:
        text = f.read()
    with open(gpath, encoding="utf-8") as f:
        g = json.load(f)
    spans, pos = [], 0
    for q in g["quotes"]:
        i = q["at"] if text.startswith(q["text"], q.get("at", -1)) \
            else text.find(q["text"], pos)
        if i < 0:
            i = text.find(q["text"])
        pos = i + len(q["text"])
        b = len(text[:i].encode("utf-8"))
        spans.append((b, b + len(q["text"].encode("utf-8")), q["text"][:40]))
    return spans


def main(argv):
    root = ROOT
    if "--eval-root" in argv:
        i = argv.index("--eval-root")
        root = argv[i + 1]
        del argv[i:i + 2]
    draft, out = argv
    with open(draft, encoding="utf-8") as f:
        d = json.load(f)
    article = os.path.join(root, d["article"])
    with open(article, "rb") as f:
        data = f.read()
    quotes = quote_spans(article)
    pos, acts = 0, []
    for n, a in enumerate(d["acts"], 1):
        a = dict(a)
        if "after" in a:
            k = data.find(a.pop("after").encode("utf-8"), pos)
            if k < 0:
                sys.exit(f"act {n}: 'after' string not found")
            pos = k
        v = a["verb"].encode("utf-8")
        i = word_find(data, v, pos)
        if i < 0:
            sys.exit(f"act {n}: verb {a['verb']!r} not found after byte {pos}")
        o = a["object"].encode("utf-8")
        j = data.find(o, i + len(v))
        if j < 0 or j - (i + len(v)) > 400:
            sys.exit(f"act {n}: object {a['object'][:30]!r} not near verb")
        a["verb"] = dict(start=i, end=i + len(v), text=a["verb"])
        a["object"] = dict(start=j, end=j + len(o), text=a["object"])
        for part in ("verb", "object"):
            s = a[part]
            assert data[s["start"]:s["end"]].decode("utf-8") == s["text"]
        lo, hi = i, j + len(o)
        for qs, qe, qt in quotes:
            if min(hi, qe) > max(lo, qs):
                print(f"warning: act {n} ({a['verb']['text']}) overlaps gold "
                      f"quote {qt!r}", file=sys.stderr)
        if a["speaker"] is not None and a["speaker"] not in d["speakers"]:
            sys.exit(f"act {n}: speaker {a['speaker']!r} not in speakers")
        acts.append(a)
        pos = i + 1
    d["acts"] = acts
    with open(out, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{out}: {len(acts)} acts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
