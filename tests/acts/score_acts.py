#!/usr/bin/env python3
"""Score qawl's acts (issue #16) against the gold set in tests/acts/gold.

usage: score_acts.py GOLD_DIR PRED [--errors] [--json] [--min KEY=VALUE ...]
                     [--eval-root DIR]
       score_acts.py --list GOLD_DIR [--eval-root DIR]

GOLD_DIR holds NAME.acts.json files (format: tests/acts/README.md); each
names its article relative to the eval root (default ../shared/eval beside
the repository). PRED is `qawl analyze --format json` output ({"documents":
[...]} or JSON Lines). Each document's "acts" list holds records with
"class", "verb" and "object" ({"start", "end"} UTF-8 byte offsets, end
exclusive, or "text"), "speaker" ({"name": ...}, a string or null) and
"stance" ({"label": ...} or a label). A document without "acts" predicts
none. A predicted act matches a gold act when their act spans (verb to
object) overlap by at least half of the shorter one, one-to-one, best
overlap first, as ../shared/eval/score.py matches quotes.

--min KEY=VALUE exits 1 when a figure is below VALUE (keys: detect_f1,
attrib_f1, class_acc, speaker_acc, stance_acc, stance_macro_f1). --list
prints the gold set's article paths. The last line printed is a summary.
"""
import json
import os
import re
import sys
import unicodedata

EDGE = " \t\r\n.,،;؛:!?؟\"'«»“”„‹›()[]-–—…"
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي",
                      "ة": "ه", "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي",
                      "ـ": None})
LABELS = ("de-escalation", "escalation", "neutral")
CLASSES = ("call", "demand", "warning", "accusation", "denial",
           "condemnation", "threat", "announcement", "welcome")
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ROOT = os.path.join(HERE, "..", "..", "..", "shared", "eval")


def fold(s):
    """Arabic folding of the quote scorer: no diacritics, one alef, ..."""
    s = "".join(c for c in unicodedata.normalize("NFKC", s)
                if not ("\u064b" <= c <= "\u065f" or c == "\u0670"))
    return re.findall(r"\w+", s.translate(FOLD).lower())


def contains(tokens, alias):
    n = len(alias)
    return n > 0 and any(tokens[i:i + n] == alias
                         for i in range(len(tokens) - n + 1))


def trim(data, a, b):
    """Byte span without edge punctuation (data is the article's bytes)."""
    s = data[a:b].decode("utf-8", "replace")
    core = s.strip(EDGE)
    if not core:
        return (a, a)
    a += len(s[:len(s) - len(s.lstrip(EDGE))].encode("utf-8"))
    return (a, a + len(core.encode("utf-8")))


def load_gold(gdir, root):
    docs = {}
    for name in sorted(os.listdir(gdir)):
        if not name.endswith(".acts.json"):
            continue
        with open(os.path.join(gdir, name), encoding="utf-8") as f:
            g = json.load(f)
        path = os.path.join(root, g["article"])
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            sys.exit(f"{name}: article not readable ({e}); use --eval-root")
        acts = []
        for i, a in enumerate(g["acts"]):
            for part in ("verb", "object"):
                s = a[part]
                got = data[s["start"]:s["end"]].decode("utf-8", "replace")
                if got != s["text"]:
                    sys.exit(f"{name}: act {i + 1} {part} offsets give "
                             f"{got!r}, text says {s['text']!r}")
            if a["class"] not in CLASSES:
                sys.exit(f"{name}: act {i + 1}: unknown class {a['class']!r}")
            if a["stance"] not in LABELS:
                sys.exit(f"{name}: act {i + 1}: unknown stance {a['stance']!r}")
            if a["speaker"] is not None and a["speaker"] not in g["speakers"]:
                sys.exit(f"{name}: act {i + 1}: speaker {a['speaker']!r} "
                         "not in speakers")
            acts.append(dict(a, span=act_span(a)))
        speakers = {k: [fold(x) for x in v] for k, v in g["speakers"].items()}
        docs[os.path.basename(g["article"])] = dict(
            data=data, acts=acts, speakers=speakers, article=g["article"])
    return docs


def act_span(a):
    v, o = a["verb"], a["object"]
    return (min(v["start"], o["start"]), max(v["end"], o["end"]))


def load_pred(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    try:
        top = json.loads(raw)
        objs = top.get("documents", [top]) if isinstance(top, dict) else top
    except json.JSONDecodeError:
        objs = [json.loads(line) for line in raw.splitlines() if line.strip()]
    return {os.path.basename(o.get("path") or o.get("file") or ""):
            o.get("acts") or [] for o in objs}


def locate(data, part, pos):
    """Byte span of a predicted verb/object: its offsets, or else its text
    searched forward from pos (then from the start)."""
    if not isinstance(part, dict):
        return (0, 0)
    if isinstance(part.get("start"), int) and isinstance(part.get("end"), int):
        return (part["start"], part["end"])
    t = (part.get("text") or "").encode("utf-8")
    if not t:
        return (0, 0)
    i = data.find(t, pos)
    if i < 0:
        i = data.find(t)
    return (i, i + len(t)) if i >= 0 else (0, 0)


def pred_acts(data, acts):
    out, pos = [], 0
    for a in acts:
        v = locate(data, a.get("verb"), pos)
        o = locate(data, a.get("object"), v[0])
        if v[1] > 0:
            pos = v[1]
        spans = [s for s in (v, o) if s[1] > s[0]]
        span = (min(s[0] for s in spans), max(s[1] for s in spans)) \
            if spans else (0, 0)
        out.append(dict(a, vspan=v, ospan=o, span=span))
    return out


def speaker_name(a):
    s = a.get("speaker")
    if isinstance(s, dict):
        s = s.get("name") or s.get("canonical")
    return s


def stance_label(a):
    s = a.get("stance")
    return s.get("label") if isinstance(s, dict) else s


def speaker_ok(doc, gold_key, pred):
    if gold_key is None or pred is None:
        return gold_key is None and pred is None
    toks = fold(pred)
    mine = doc["speakers"][gold_key]
    if not any(contains(toks, a) for a in mine):
        return False
    return not any(contains(toks, a) for k, al in doc["speakers"].items()
                   if k != gold_key for a in al
                   if not any(contains(b, a) for b in mine))


def overlap(a, b):
    return min(a[1], b[1]) - max(a[0], b[0])


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match(gacts, pacts):
    """One-to-one pairs (gi, pi), best relative overlap first."""
    pairs = []
    for gi, g in enumerate(gacts):
        for pi, p in enumerate(pacts):
            a, b = g["span"], p["span"]
            ov = overlap(a, b)
            short = min(a[1] - a[0], b[1] - b[0]) or 1
            if ov > 0 and ov >= 0.5 * short:
                pairs.append((ov / max(a[1] - a[0], b[1] - b[0]), gi, pi))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def show(doc, span, n=60):
    return doc["data"][span[0]:span[1]].decode("utf-8", "replace")[:n]


def score(gold, pred):
    t = dict(npred=0, ngold=0, match=0, cls=0, spk=0, st=0, oov=0, exact=0,
             verb=0)
    per = {c: dict(gold=0, pred=0, match=0, class_ok=0) for c in CLASSES}
    conf = {(g, p): 0 for g in LABELS for p in LABELS + (None,)}
    errors = []
    for name, doc in gold.items():
        gacts = doc["acts"]
        pacts = pred_acts(doc["data"], pred.get(name, []))
        t["npred"] += len(pacts)
        t["ngold"] += len(gacts)
        for g in gacts:
            per[g["class"]]["gold"] += 1
        for p in pacts:
            if p.get("class") in per:
                per[p["class"]]["pred"] += 1
        pairs = match(gacts, pacts)
        for gi, pi in pairs:
            g, p = gacts[gi], pacts[pi]
            go = (g["object"]["start"], g["object"]["end"])
            gv = (g["verb"]["start"], g["verb"]["end"])
            what = f"{g['verb']['text']} {g['object']['text'][:40]}"
            t["match"] += 1
            per[g["class"]]["match"] += 1
            t["oov"] += overlap(go, p["ospan"]) > 0
            t["exact"] += trim(doc["data"], *go) == trim(doc["data"], *p["ospan"])
            t["verb"] += overlap(gv, p["vspan"]) > 0
            if p.get("class") == g["class"]:
                t["cls"] += 1
                per[g["class"]]["class_ok"] += 1
            else:
                errors.append(f"{name}: class {p.get('class')!r} should be "
                              f"{g['class']!r}: {what}")
            if speaker_ok(doc, g["speaker"], speaker_name(p)):
                t["spk"] += 1
            else:
                errors.append(f"{name}: speaker {speaker_name(p)!r} should be "
                              f"{g['speaker']!r}: {what}")
            ps = stance_label(p)
            ok = ps in (g["stance"], g.get("stance_alt"))
            t["st"] += ok
            # an accepted alternative counts as that label, not the primary
            conf[(ps if ok else g["stance"], ps if ps in LABELS else None)] += 1
            if not ok:
                errors.append(f"{name}: stance {ps!r} should be "
                              f"{g['stance']!r}: {what}")
        hit_g = {gi for gi, _ in pairs}
        hit_p = {pi for _, pi in pairs}
        errors += [f"{name}: missed {g['class']}: {g['verb']['text']} "
                   f"{g['object']['text'][:50]}"
                   for gi, g in enumerate(gacts) if gi not in hit_g]
        errors += [f"{name}: spurious {p.get('class')}: {show(doc, p['span'])}"
                   for pi, p in enumerate(pacts) if pi not in hit_p]
    m = t["match"] or 1
    dp, dr, df = prf(t["match"], t["npred"], t["ngold"])
    ap, ar, af = prf(t["spk"], t["npred"], t["ngold"])
    cf = prf(t["cls"], t["npred"], t["ngold"])[2]
    f1s = []
    for lab in LABELS:
        tp = conf[(lab, lab)]
        npred = sum(v for (g, p), v in conf.items() if p == lab)
        ngold = sum(v for (g, p), v in conf.items() if g == lab)
        if npred or ngold:
            f1s.append(prf(tp, npred, ngold)[2])
    res = dict(documents=len(gold), gold_acts=t["ngold"],
               pred_acts=t["npred"], detect_p=dp, detect_r=dr, detect_f1=df,
               object_overlap=t["oov"] / m, exact_object=t["exact"] / m,
               verb_ok=t["verb"] / m, class_acc=t["cls"] / m, class_f1=cf,
               speaker_acc=t["spk"] / m, attrib_p=ap, attrib_r=ar,
               attrib_f1=af, stance_acc=t["st"] / m,
               stance_macro_f1=sum(f1s) / len(f1s) if f1s else 0.0)
    return res, per, errors


def option(argv, key, default=None):
    if key in argv:
        i = argv.index(key)
        if i + 1 >= len(argv):
            sys.exit(f"{key} needs a value")
        val = argv[i + 1]
        del argv[i:i + 2]
        return val
    return default


def main(argv):
    argv = list(argv)
    if "-h" in argv or "--help" in argv:
        print(__doc__.strip())
        return 0
    root = option(argv, "--eval-root", DEFAULT_ROOT)
    listing = option(argv, "--list")
    if listing is not None:
        for doc in load_gold(listing, root).values():
            print(os.path.normpath(os.path.join(root, doc["article"])))
        return 0
    mins = {}
    while "--min" in argv:
        k, _, v = option(argv, "--min").partition("=")
        mins[k] = float(v)
    opts = [a for a in argv if a.startswith("--")]
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2 or set(opts) - {"--errors", "--json"}:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    bad = set(mins) - {"detect_f1", "attrib_f1", "class_acc", "speaker_acc",
                       "stance_acc", "stance_macro_f1"}
    if bad:
        sys.exit(f"--min: unknown key {', '.join(sorted(bad))}")
    gold, pred = load_gold(args[0], root), load_pred(args[1])
    res, per, errors = score(gold, pred)
    if "--errors" in opts:
        print("\n".join(errors))
    if "--json" in opts:
        print(json.dumps(dict(res, per_class=per), indent=2))
    else:
        for k, v in res.items():
            print(f"{k:16} {v:.3f}" if isinstance(v, float) else f"{k:16} {v}")
        print(f"{'class':14} {'gold':>5} {'pred':>5} {'match':>5} {'cls_ok':>6}")
        for c, d in per.items():
            print(f"{c:14} {d['gold']:5} {d['pred']:5} {d['match']:5} "
                  f"{d['class_ok']:6}")
    failed = [k for k, v in mins.items() if res[k] < v]
    print(f"acts F1 {res['detect_f1']:.3f} | act+speaker F1 "
          f"{res['attrib_f1']:.3f} | class acc {res['class_acc']:.3f} | "
          f"stance acc {res['stance_acc']:.3f}"
          + (f" | below minimum: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
