#!/bin/sh
# bounded-cost.sh — the cost of an analysis grows linearly with its input.
#
# In one run, with the times measured inside the process (--profile: the
# stages and the report writing, not process start or lexicon load), the
# best of 21 runs of each case, run in turn (the machines are shared; the
# article's time is that of 20 copies as 20 documents, over 20):
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

def run(path, copies):
    """Seconds of one run over PATH given COPIES times: the sum of the
    profile's parts, not process start or lexicon load."""
    p = subprocess.run([qawl, "analyze", "--profile", "-q", "-f", "jsonl"]
                       + [path] * copies, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"FAIL: {path}: exit {p.returncode}: {p.stderr[:300]}")
    total = 0.0
    for line in p.stderr.splitlines():
        m = re.match(r"\s+(\w+)\s+([0-9.]+)\s", line)
        if m and m.group(1) not in ("lexicons", "read", "total"):
            total += float(m.group(2))
    return total

# The article alone takes about a tenth of a millisecond, the profile's
# resolution: its time is that of 20 copies as 20 documents, over 20.  The
# cases run in turn, 21 rounds, and each keeps its best, so a busy moment
# of the machine hits them all alike.
paths, best = {}, {}
for i, (name, body) in enumerate(cases.items()):
    paths[name] = os.path.join(tmp, f"in{i}.txt")
    with open(paths[name], "w", encoding="utf-8") as f:
        f.write(body)
for _ in range(21):
    for name in cases:
        copies = 20 if name == "article" else 1
        t = run(paths[name], copies) / copies
        best[name] = t if name not in best else min(best[name], t)

base, base_bytes = best["article"], len(cases["article"].encode())
base = max(base, 1e-5)   # against a zero on a fast machine
failed = 0
for name, body in cases.items():
    if name == "article":
        continue
    t, n = best[name], len(body.encode())
    if name.startswith("article x20"):
        ratio, limit = t / base, 30
        what = f"{t * 1000:.1f} ms, {ratio:.1f}x the article ({base * 1000:.3f} ms)"
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
