#!/bin/sh
# bounded-cost.sh — the cost of an analysis grows linearly with its input.
#
# In one run, with the times measured inside the process (--profile: the
# stages and the report writing, not process start or lexicon load), the
# best of eleven, of 21 for the article cases (the machines are shared,
# and the article takes about a tenth of a millisecond: its time is that
# of 20 copies as 20 documents, over 20):
#   - an article, and the same article repeated 20 times as one document
#     (as paragraphs, and as one long line): at most 30x the time;
#   - pathological inputs (a quotation mark every other character,
#     thousands of cues in one sentence, marks nested and interleaved):
#     their time per byte at most 30x the article's.
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
    "article": text + "\n",
    "article x20, paragraphs": "\n\n".join([text] * 20) + "\n",
    "article x20, one line": " ".join([text.replace("\n", " ")] * 20) + "\n",
    "a mark every other character": '"ا' * 50000,
    "5,000 cues in one sentence": "وقال " * 5000 + 'إن "الهدنة صامدة".\n',
    "nested and interleaved marks": '«“"' * 20000 + '"”»' * 20000,
    "cues and marks alternating": 'قال "' * 20000,
}

def seconds(name, body, copies=1):
    """Best time of one analysis of BODY; with COPIES, the time of COPIES
    documents in one process divided by COPIES (a time too short for the
    profile's 0.1 ms resolution measured over many)."""
    path = os.path.join(tmp, "in.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(body)
    best = None
    for _ in range(21 if copies > 1 or name.startswith("article") else 11):
        p = subprocess.run([qawl, "analyze", "--profile", "-q", "-f", "jsonl"]
                           + [path] * copies,
                           capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"FAIL: {name}: exit {p.returncode}: {p.stderr[:300]}")
        total = 0.0
        for line in p.stderr.splitlines():
            m = re.match(r"\s+(\w+)\s+([0-9.]+)\s", line)
            if m and m.group(1) not in ("lexicons", "read", "total"):
                total += float(m.group(2))
        best = total if best is None else min(best, total)
    return best / copies, len(body.encode())

base, base_bytes = seconds("article", cases["article"], 20)
base = max(base, 1e-4)   # a clock tick, against a zero on a fast machine
failed = 0
for name, body in cases.items():
    if name == "article":
        continue
    t, n = seconds(name, body)
    if name.startswith("article x20"):
        ratio, limit = t / base, 30
        what = f"{t * 1000:.1f} ms, {ratio:.1f}x the article ({base * 1000:.2f} ms)"
    else:
        ratio = (t / n) / (base / base_bytes)
        limit = 30
        what = (f"{t * 1000:.1f} ms for {n} bytes, {ratio:.1f}x the article's "
                f"time per byte")
    status = "ok" if ratio <= limit else "FAIL"
    failed += status == "FAIL"
    print(f"{status}: {name}: {what}")
sys.exit(1 if failed else 0)
PY
