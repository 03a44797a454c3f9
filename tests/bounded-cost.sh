#!/bin/sh
# bounded-cost.sh — the cost of an analysis grows linearly with its input.
#
# Times are measured inside the process (--profile: the stages and the
# report writing, not process start or lexicon load), the best of eleven
# runs.  No figure is an absolute time, and each is a ratio with a wide
# margin, so a busy machine does not fail it; a case that still fails is
# measured again (three tries) before the test fails:
#   - the article repeated 20 times as one document (as paragraphs, and as
#     one long line) against the same article repeated 5 times: linear
#     cost is 4x, the limit 8x (quadratic cost would be 16x);
#   - pathological inputs (a quotation mark every other character,
#     thousands of cues in one sentence, marks nested and interleaved):
#     their time per byte at most 30x the 5-article document's.
#
# Environment: QAWL_BIN, QAWL_SRCDIR.  Needs python3 (77 without).
set -u
: "${QAWL_BIN:?}"
src=${QAWL_SRCDIR:-.}
command -v python3 >/dev/null 2>&1 || { echo "bounded-cost: needs python3"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$QAWL_BIN" "$src/tests/golden/articles/ceasefire-talks.txt" "$tmp" <<'PY'
import os, re, subprocess, sys

qawl, article, tmp = sys.argv[1:4]
text = open(article, encoding="utf-8").read().strip("\n")
cases = {
    "article x5, paragraphs": "\n\n".join([text] * 5) + "\n",
    "article x5, one line": " ".join([text.replace("\n", " ")] * 5) + "\n",
    "article x20, paragraphs": "\n\n".join([text] * 20) + "\n",
    "article x20, one line": " ".join([text.replace("\n", " ")] * 20) + "\n",
    "a mark every other character": '"ا' * 50000,
    "5,000 cues in one sentence": "وقال " * 5000 + 'إن "الهدنة صامدة".\n',
    "nested and interleaved marks": '«“"' * 20000 + '"”»' * 20000,
    "cues and marks alternating": 'قال "' * 20000,
}

def seconds(name, body):
    path = os.path.join(tmp, "in.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(body)
    best = None
    for _ in range(11):
        p = subprocess.run([qawl, "analyze", "--profile", "-q", "-f", "jsonl", path],
                           capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"FAIL: {name}: exit {p.returncode}: {p.stderr[:300]}")
        total = 0.0
        for line in p.stderr.splitlines():
            m = re.match(r"\s+(\w+)\s+([0-9.]+)\s", line)
            if m and m.group(1) not in ("lexicons", "read", "total"):
                total += float(m.group(2))
        best = total if best is None else min(best, total)
    return best, len(body.encode())

def measure(name, body, bases):
    """The case's ratio, its limit and a line describing it."""
    t, n = seconds(name, body)
    if name.startswith("article x20"):
        base = bases[name.replace("x20", "x5")][0]
        ratio = t / base
        return ratio, 8, (f"{t * 1000:.1f} ms, {ratio:.1f}x the article x5 "
                          f"({base * 1000:.2f} ms)")
    base, base_bytes = bases["article x5, paragraphs"]
    ratio = (t / n) / (base / base_bytes)
    return ratio, 30, (f"{t * 1000:.1f} ms for {n} bytes, {ratio:.1f}x the "
                       f"article's time per byte")

failed = 0
for name, body in cases.items():
    if name.startswith("article x5"):
        continue
    for attempt in range(3):
        bases = {}
        for b in ("article x5, paragraphs", "article x5, one line"):
            t, n = seconds(b, cases[b])
            bases[b] = (max(t, 1e-4), n)   # a clock tick, against a zero
        ratio, limit, what = measure(name, body, bases)
        if ratio <= limit:
            break
    status = "ok" if ratio <= limit else "FAIL"
    failed += status == "FAIL"
    print(f"{status}: {name}: {what}" + (f" (try {attempt + 1})" if attempt else ""))
sys.exit(1 if failed else 0)
PY
