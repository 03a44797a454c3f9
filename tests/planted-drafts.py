#!/usr/bin/env python3
"""Planted unsourced quotes: does `qawl check` flag passive reporting?

usage: planted-drafts.py [--qawl BIN] [--lexicons DIR] [--seed N]
                         [--per-article K] [--errors] [--keep DIR]
                         [--min-recall R] [--max-false F] GOLD_DIR...

For each article of each GOLD_DIR (NAME.txt + NAME.gold.json, as
../shared/eval/score.py reads them), up to K (default 3) gold quotes that
have a speaker named right after a reporting verb (وقال الوزير فلان إن …،
وأكدت الوزارة أن …، وأضاف فلان: "…") are turned into passive, agentless
reports: the verb, its subject and anything up to the content's opening
(complementiser, colon or quotation mark) are replaced by one of the
GUIDELINES forms (وقيل إن، قيل: "…"، وذُكر أن، أُفيد بأن، يُقال إن، تردد
أن, with and without vowels), the rest of the article byte for byte the
same.  The quotes chosen and the forms are drawn from a seeded generator,
forms in turn so that each gets its share.  A quote is not chosen when a
later quote of the same speaker has no name of that speaker between the
two (وأضاف …، مضيفا …), since removing the source would orphan it too.

The drafts are written to a temporary directory (never the source tree),
then `qawl analyze --format json` and `qawl check -f json` run over them:

- recall: planted quotes found as a quote (overlap of at least half the
  shorter span, as score.py matches) with no speaker AND flagged
  `unattributed-quote` by check;
- false flags: the draft's other gold quotes that have a speaker, flagged
  `unattributed-quote` (also given for the unchanged articles, to tell the
  planting's effect from what check already flags).

Prints figures per set and per form; --errors lists each planted quote
missed (and each false flag) with its draft context and what qawl said.
--min-recall / --max-false make the exit status 1 when recall falls below
R or the false-flag rate rises above F.  Exit 2 on bad usage or when no
quote could be planted.
"""
import argparse
import importlib.util
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

# (verb, how the content opens).  A form opening with ":" only introduces
# quotation marks (قيل: "…"); the others take a complementiser and so fit
# both indirect content and quotation marks after it.
FORMS = [
    ("قيل", "إن"),
    ("قيل", ":"),
    ("ذُكر", "أن"),
    ("أُفيد", "بأن"),
    ("أفيد", "بأن"),
    ("يُقال", "إن"),
    ("يقال", "إن"),
    ("تردد", "أن"),
    ("تردّد", "أن"),
]

COMP = re.compile(r"(?:^|\s)(ب?[إأا]ن(?:ه|ها|هم|هما|هن|ني|نا)?)\s*$")
MARKS_OPEN = "\"«“„‹"
LETTER = re.compile(r"\w")
# Between the subject and the content: a short aside (في مؤتمر صحافي،
# للصحفيين) with no sentence end and no quotation marks.
MID_OK = re.compile(r"^[^.!?؟\n\"«»“”„‹›]{0,80}$")


def load_scorer(gold_dir):
    path = os.path.join(os.path.dirname(os.path.abspath(gold_dir)),
                        "score.py")
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def verb_forms(lexdir):
    """Active finite reporting verbs of reporting_verbs.txt's [verb]."""
    forms, section = set(), None
    with open(os.path.join(lexdir, "reporting_verbs.txt"),
              encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("["):
                section = line.strip()
                continue
            if section != "[verb]":
                continue
            fields = line.split("\t")
            if "voice=passive" in fields[1:] or "content=clause" in fields[1:]:
                continue
            forms.update(w for w in fields[0].split("|") if w)
    return forms


def bare_verb(cue):
    """The cue without its conjunction, and the conjunction."""
    if len(cue) > 2 and cue[0] in "وف":
        return cue[1:], cue[0]
    return cue, ""


def find_cue(text, cue, lo, hi):
    """Start of the last whole-word occurrence of CUE in text[lo:hi]."""
    i = text.rfind(cue, lo, hi)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(cue)] if i + len(cue) < len(text) else " "
        if not LETTER.match(before) and not LETTER.match(after):
            return i
        i = text.rfind(cue, lo, i)
    return -1


def plan(doc, gi, verbs):
    """How gold quote GI can be made passive: a dict with the region to
    replace and what opens its content, or None."""
    text, q = doc["text"], doc["quotes"][gi]
    key = q.get("speaker")
    if key is None or not isinstance(q.get("cue"), str):
        return None
    verb, conj = bare_verb(q["cue"])
    if verb not in verbs and q["cue"] not in verbs:
        return None
    if q["cue"] in verbs:
        verb, conj = q["cue"], ""
    qa = q["span"][0]
    # the region may not reach back past the line or the previous quote
    lo = max(text.rfind("\n", 0, qa) + 1,
             doc["quotes"][gi - 1]["span"][1] if gi > 0 else 0)
    head = qa
    direct = q.get("type") == "direct"
    if direct:
        j = qa
        while j > lo and text[j - 1] in " \t":
            j -= 1
        if j == lo or text[j - 1] not in MARKS_OPEN:
            return None
        head = j - 1
    c = find_cue(text, q["cue"], lo, head)
    if c < 0 or head - c > 200:
        return None
    gap = text[c + len(q["cue"]):head]
    if not gap[:1].isspace():
        return None
    body = gap.lstrip()
    forms = sorted(doc["raw_speakers"][key], key=len, reverse=True)
    subj = next((f for f in forms if body.startswith(f) and
                 not LETTER.match(body[len(f):len(f) + 1] or " ")), None)
    if subj is None:
        return None
    rest = body[len(subj):]
    m = COMP.search(rest)
    if m:
        comp, mid = m.group(1), rest[:m.start()]
    elif direct and rest.rstrip().endswith(":"):
        comp, mid = ":", rest.rstrip()[:-1]
    elif direct:
        comp, mid = "", rest
    else:
        return None
    if not MID_OK.match(mid):
        return None
    # keep the pronoun of إنه / أنها: قيل إنه …
    suffix = re.sub(r"^ب?[إأا]ن", "", comp) if comp != ":" else ""
    return dict(start=c, end=head, conj=conj, comp=comp, suffix=suffix,
                direct=direct, subject=subj)


def orphans_later(doc, gi):
    """Whether a later gold quote of GI's speaker has no name of its own
    after GI (وأضاف …، مضيفا …): it would lose its source with GI's."""
    qs, key = doc["quotes"], doc["quotes"][gi]["speaker"]
    forms = doc["raw_speakers"][key]
    for q in qs[gi + 1:]:
        if q.get("speaker") != key:
            continue
        between = doc["text"][qs[gi]["span"][1]:q["span"][0]]
        if not any(f in between for f in forms):
            return True
    return False


def replacement(p, form):
    verb, opener = form
    if opener == ":":
        return p["conj"] + verb + ": "
    if p["direct"] and not p["suffix"] and p["comp"] in ("", ":"):
        return p["conj"] + verb + " " + opener + " "
    return p["conj"] + verb + " " + opener + p["suffix"] + " "


class FormPicker:
    """Forms in turn, each round in a seeded order, so every form gets its
    share; a colon form is kept for quotation marks."""

    def __init__(self, rng):
        self.rng, self.queue = rng, []

    def pick(self, direct):
        for _ in range(2):
            for i, f in enumerate(self.queue):
                if direct or f[1] != ":":
                    return self.queue.pop(i)
            more = FORMS[:]
            self.rng.shuffle(more)
            self.queue += more
        raise AssertionError("no form")


def make_drafts(sc, gold_dir, verbs, rng, picker, per_article, outdir):
    gold = sc.load_gold(gold_dir)
    drafts = []
    for name in sorted(gold):
        doc = gold[name]
        with open(os.path.join(gold_dir, name[:-4] + ".gold.json"),
                  encoding="utf-8") as f:
            doc["raw_speakers"] = json.load(f)["speakers"]
        cands = []
        for gi in range(len(doc["quotes"])):
            p = plan(doc, gi, verbs)
            if p and not orphans_later(doc, gi):
                cands.append((gi, p))
        chosen = sorted(rng.sample(cands, min(per_article, len(cands))),
                        key=lambda x: x[0])
        text, out, pos, shift = doc["text"], [], 0, 0
        planted, spans = {}, []
        for gi, p in chosen:
            p["form"] = picker.pick(p["direct"])
            new = replacement(p, p["form"])
            out.append(text[pos:p["start"]])
            p["at"] = sum(len(x) for x in out)  # where it starts in the draft
            out.append(new)
            pos = p["end"]
            p["delta"] = len(new) - (p["end"] - p["start"])
            planted[gi] = p
        out.append(text[pos:])
        draft = "".join(out)
        # new character spans of every gold quote
        for gi, q in enumerate(doc["quotes"]):
            a, b = q["span"]
            d = sum(p["delta"] for g, p in planted.items() if p["end"] <= a)
            spans.append((a + d, b + d))
        for gi, q in enumerate(doc["quotes"]):
            assert draft[spans[gi][0]:spans[gi][1]] == q["text"], name
        path = os.path.join(outdir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(draft)
        enc = [(len(draft[:a].encode("utf-8")), len(draft[:b].encode("utf-8")))
               for a, b in spans]
        drafts.append(dict(name=name, path=path, text=draft, doc=doc,
                           spans=spans, bytes=enc, planted=planted))
    return drafts


def run_qawl(qawl, paths, *args):
    r = subprocess.run([qawl] + list(args) + paths, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    if r.returncode not in (0, 1):
        sys.exit("qawl %s failed (%d): %s" % (args[0], r.returncode,
                                               r.stderr.decode()[:400]))
    return json.loads(r.stdout.decode("utf-8"))


def analyse(qawl, paths):
    """{path: [(start, end, speaker, rule, cue)]}, {path: set(offsets
    flagged unattributed-quote)}"""
    pred = run_qawl(qawl, paths, "analyze", "--format", "json")
    quotes = {}
    for d in pred["documents"]:
        quotes[d["path"]] = [
            (q["start"], q["end"],
             q["speaker"]["name"] if q.get("speaker") else None,
             q["attribution"]["rule"], q["cue"]["text"] if q.get("cue") else "")
            for q in d["quotes"]]
    audit = run_qawl(qawl, paths, "check", "-f", "json", "--fail-on", "never")
    flagged = {p: set() for p in paths}
    for f in audit["findings"]:
        if f["rule"] == "unattributed-quote":
            flagged.setdefault(f["path"], set()).add(f["offset"])
    return quotes, flagged


def match(span, preds):
    """The predicted quote overlapping SPAN best (score.py's rule)."""
    best, bi = 0.0, None
    a, b = span
    for i, (c, d, *_r) in enumerate(preds):
        ov = min(b, d) - max(a, c)
        short = min(b - a, d - c) or 1
        if ov > 0 and ov >= 0.5 * short:
            r = ov / max(b - a, d - c)
            if r > best:
                best, bi = r, i
    return bi


def is_flagged(span, pi, preds, flags):
    """A finding at the matched quote's start, or inside the gold span."""
    if pi is not None and preds[pi][0] in flags:
        return True
    return any(span[0] <= o < span[1] for o in flags)


def context(d, gi, width=60):
    text, (a, b) = d["text"], d["spans"][gi]
    p = d["planted"].get(gi)
    s = p["at"] if p else a
    return text[max(0, s - 20):min(len(text), b, a + width)].replace("\n", " ")


def evaluate(qawl, drafts, label, errors):
    paths = [d["path"] for d in drafts]
    preds, flags = analyse(qawl, paths)
    st = dict(planted=0, found=0, nospk=0, flagged=0, ok=0,
              attributed=0, false=0, forms={})
    for d in drafts:
        pq, fl = preds.get(d["path"], []), flags.get(d["path"], set())
        for gi, q in enumerate(d["doc"]["quotes"]):
            span = d["bytes"][gi]
            pi = match(span, pq)
            flagged = is_flagged(span, pi, pq, fl)
            if gi in d["planted"]:
                form = " ".join(d["planted"][gi]["form"])
                fs = st["forms"].setdefault(form, [0, 0])
                st["planted"] += 1
                fs[0] += 1
                found = pi is not None
                nospk = found and pq[pi][2] is None
                st["found"] += found
                st["nospk"] += nospk
                st["flagged"] += flagged
                if nospk and flagged:
                    st["ok"] += 1
                    fs[1] += 1
                elif errors:
                    what = ("not found" if not found else
                            "speaker %r by %s, cue %r" % pq[pi][2:5]
                            if not nospk else "no speaker but not flagged")
                    print("%s: %s: missed [%s]: %s ... -> %s" %
                          (label, d["name"], form, context(d, gi), what))
            elif q.get("speaker") is not None:
                st["attributed"] += 1
                st["false"] += flagged
                if flagged and errors:
                    print("%s: %s: false flag: %s ... -> %s" %
                          (label, d["name"], context(d, gi),
                           "cue %r, %s" % (pq[pi][4], pq[pi][3])
                           if pi is not None else "no quote"))
    return st


def ratio(a, b):
    return a / b if b else 0.0


def report(label, st):
    print("%s: planted %d: found %d, no speaker %d, flagged %d; "
          "recall %d/%d = %.3f; false flags %d/%d = %.3f" %
          (label, st["planted"], st["found"], st["nospk"], st["flagged"],
           st["ok"], st["planted"], ratio(st["ok"], st["planted"]),
           st["false"], st["attributed"], ratio(st["false"], st["attributed"])))
    for form in sorted(st["forms"]):
        n, ok = st["forms"][form]
        print("  %-12s %2d/%2d" % (form, ok, n))


def merge(a, b):
    out = {k: a[k] + b[k] for k in a if k != "forms"}
    out["forms"] = {}
    for st in (a, b):
        for f, (n, ok) in st["forms"].items():
            c = out["forms"].setdefault(f, [0, 0])
            c[0] += n
            c[1] += ok
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dirs", nargs="+", metavar="GOLD_DIR")
    ap.add_argument("--qawl", default=os.environ.get("QAWL_BIN") or
                    os.path.join(here, "..", "qawl"))
    ap.add_argument("--lexicons", default=os.path.join(here, "..", "lexicons"))
    ap.add_argument("--seed", type=int, default=1111)
    ap.add_argument("--per-article", type=int, default=3)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--keep", metavar="DIR",
                    help="write the drafts to DIR (outside the source tree) "
                         "and keep them")
    ap.add_argument("--min-recall", type=float)
    ap.add_argument("--max-false", type=float)
    a = ap.parse_args()

    verbs = verb_forms(a.lexicons)
    rng = random.Random(a.seed)
    picker = FormPicker(rng)
    tmp = tempfile.mkdtemp(prefix="qawl-planted-")
    total = None
    try:
        for gdir in a.gold_dirs:
            label = os.path.basename(os.path.normpath(gdir))
            out = os.path.join(a.keep or tmp, label)
            os.makedirs(out, exist_ok=True)
            sc = load_scorer(gdir)
            drafts = make_drafts(sc, gdir, verbs, rng, picker,
                                 a.per_article, out)
            st = evaluate(a.qawl, drafts, label, a.errors)
            # the same articles unchanged: what check flags before planting
            orig = [dict(d, path=os.path.join(gdir, d["name"]),
                         text=d["doc"]["text"], planted={},
                         spans=[q["span"] for q in d["doc"]["quotes"]],
                         bytes=[(len(d["doc"]["text"][:x].encode("utf-8")),
                                 len(d["doc"]["text"][:y].encode("utf-8")))
                                for x, y in (q["span"] for q in
                                             d["doc"]["quotes"])])
                    for d in drafts]
            base = evaluate(a.qawl, orig, label + " (unchanged)", a.errors)
            report(label, st)
            print("  unchanged articles: false flags %d/%d = %.3f" %
                  (base["false"], base["attributed"],
                   ratio(base["false"], base["attributed"])))
            total = st if total is None else merge(total, st)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if not total or not total["planted"]:
        print("no quote could be planted", file=sys.stderr)
        return 2
    rec = ratio(total["ok"], total["planted"])
    fal = ratio(total["false"], total["attributed"])
    if len(a.gold_dirs) > 1:
        report("all", total)
    print("planted recall %.3f (%d/%d), false-flag rate %.3f (%d/%d)" %
          (rec, total["ok"], total["planted"], fal, total["false"],
           total["attributed"]))
    bad = []
    if a.min_recall is not None and rec < a.min_recall:
        bad.append("recall %.3f < %.3f" % (rec, a.min_recall))
    if a.max_false is not None and fal > a.max_false:
        bad.append("false-flag rate %.3f > %.3f" % (fal, a.max_false))
    if bad:
        print("FAIL: " + "; ".join(bad), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
