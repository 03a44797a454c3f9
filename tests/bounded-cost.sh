#!/bin/sh
# bounded-cost.sh — the cost of an analysis grows linearly with its input.
#
# Cost is counted in instructions (valgrind --tool=callgrind), which do not
# drift with the machine's load: a wall-clock test failed on busy CI
# machines while the work was linear.  The instructions of an empty input
# (process start, lexicon load) are subtracted from every case.
#   - the article repeated 20 times as one document (as paragraphs, and as
#     one long line) against the same article repeated 5 times: linear cost
#     is 4x, the limit 6x (quadratic cost would be 16x);
#   - pathological inputs (a quotation mark every other character,
#     thousands of cues in one sentence, marks nested and interleaved):
#     their instructions per byte at most 30x the 5-article document's.
# Wall-clock figures belong to `make bench`.
#
# Environment: QAWL_BIN, QAWL_SRCDIR.  Skipped (77) without python3 or
# valgrind, and in sanitizer builds (valgrind cannot run them).
set -u
: "${QAWL_BIN:?}"
src=${QAWL_SRCDIR:-.}
command -v python3 >/dev/null 2>&1 || { echo "bounded-cost: needs python3"; exit 77; }
command -v valgrind >/dev/null 2>&1 || { echo "bounded-cost: needs valgrind"; exit 77; }
lib="$(dirname "$QAWL_BIN")/.libs/libqawl.so"
if [ -e "$lib" ] && ldd "$lib" 2>/dev/null | grep -q 'lib[at]san'; then
    echo "bounded-cost: a sanitizer build; valgrind cannot run it"
    exit 77
fi
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

def instructions(name, body):
    """Instructions of one analysis of BODY, every process counted (the
    libtool wrapper may start the program through a shell)."""
    path = os.path.join(tmp, "in.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(body)
    p = subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes",
                        "--callgrind-out-file=" + os.path.join(tmp, "cg.%p"),
                        qawl, "analyze", "-q", "-f", "jsonl", path],
                       capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"FAIL: {name}: exit {p.returncode}: {p.stderr[-300:]}")
    counts = re.findall(r"Collected : (\d+)", p.stderr)
    if not counts:
        sys.exit(f"FAIL: {name}: no instruction count from valgrind")
    return sum(int(c) for c in counts)

empty = instructions("empty", "")
def work(name):
    return max(instructions(name, cases[name]) - empty, 1)

bases = {b: work(b) for b in ("article x5, paragraphs", "article x5, one line")}
failed = 0
for name, body in cases.items():
    if name.startswith("article x5"):
        continue
    n = work(name)
    if name.startswith("article x20"):
        base = bases[name.replace("x20", "x5")]
        ratio, limit = n / base, 6
        what = f"{n:,} instructions, {ratio:.1f}x the article x5 ({base:,})"
    else:
        base = bases["article x5, paragraphs"]
        size = len(body.encode())
        ratio = (n / size) / (base / len(cases["article x5, paragraphs"].encode()))
        limit = 30
        what = (f"{n:,} instructions for {size} bytes, {ratio:.1f}x the "
                f"article's per byte")
    status = "ok" if ratio <= limit else "FAIL"
    failed += status == "FAIL"
    print(f"{status}: {name}: {what}")
sys.exit(1 if failed else 0)
PY
