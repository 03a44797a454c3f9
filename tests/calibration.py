#!/usr/bin/env python3
"""Calibration of qawl's attribution confidences against gold annotations.

usage: calibration.py GOLD_DIR PRED.json [--min-precision P] [--threshold T]

Matches predicted quotes to gold quotes the way ../shared/eval/score.py does
(overlap of at least half the shorter span), then prints, per attribution
rule and per confidence bin, how often the predicted speaker is right.
With --min-precision, exits 1 when the attributions whose confidence is at
least --threshold (default 0.8) are right less often than P.
"""
import importlib.util
import json
import os
import sys
from collections import defaultdict


def load_scorer(gold_dir):
    path = os.path.join(os.path.dirname(os.path.abspath(gold_dir)), "score.py")
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def matches(sc, gold, pred):
    """Yields (gold quote, predicted quote) pairs, greedy by overlap."""
    for doc in pred["documents"]:
        name = os.path.basename(doc["path"])
        if name not in gold:
            continue
        g = gold[name]
        text = g["text"]
        raw = doc["quotes"]
        spans = sc.pred_spans(text, raw)
        pairs = []
        for gi, gq in enumerate(g["quotes"]):
            for pi, sp in enumerate(spans):
                a, b = gq["span"], sp
                ov = min(a[1], b[1]) - max(a[0], b[0])
                short = min(a[1] - a[0], b[1] - b[0]) or 1
                if ov > 0 and ov >= 0.5 * short:
                    pairs.append((ov / max(a[1] - a[0], b[1] - b[0]), gi, pi))
        used_g, used_p = set(), set()
        for _, gi, pi in sorted(pairs, reverse=True):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            yield g, g["quotes"][gi], raw[pi]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    opts = dict(a.split("=", 1) if "=" in a else (a, "1")
                for a in argv if a.startswith("--"))
    gold_dir, pred_path = args[0], args[1]
    sc = load_scorer(gold_dir)
    gold = sc.load_gold(gold_dir)
    with open(pred_path, encoding="utf-8") as f:
        pred = json.load(f)
    threshold = float(opts.get("--threshold", "0.8"))
    by_rule = defaultdict(lambda: [0, 0])
    by_bin = defaultdict(lambda: [0, 0])
    high = [0, 0]
    for g, gq, pq in matches(sc, gold, pred):
        ok = sc.speaker_ok(g, gq["speaker"], sc.speaker_name(pq))
        attr = pq.get("attribution") or {}
        rule = attr.get("rule", "?")
        conf = float(attr.get("confidence", 0))
        by_rule[rule][0] += ok
        by_rule[rule][1] += 1
        b = min(int(conf * 10), 9) / 10
        by_bin[b][0] += ok
        by_bin[b][1] += 1
        if conf >= threshold:
            high[0] += ok
            high[1] += 1
    print(f"{'rule':24} {'right':>6} {'total':>6} {'accuracy':>9}")
    for rule, (r, n) in sorted(by_rule.items(), key=lambda kv: -kv[1][1]):
        print(f"{rule:24} {r:6} {n:6} {r / n:9.3f}")
    print(f"\n{'confidence':24} {'right':>6} {'total':>6} {'accuracy':>9}")
    for b, (r, n) in sorted(by_bin.items()):
        print(f"[{b:.1f}, {b + 0.1:.1f}){'':14} {r:6} {n:6} {r / n:9.3f}")
    prec = high[0] / high[1] if high[1] else 1.0
    print(f"\nconfidence >= {threshold}: {high[0]} of {high[1]} right "
          f"({prec:.3f})")
    want = opts.get("--min-precision")
    if want is not None and prec < float(want):
        print(f"below the required {float(want):.3f}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
