#!/bin/sh
# make bench: throughput of qawl against two grep baselines measured in
# the same run, memory, and instruction counts that do not drift.
#
#   - baselines: grep -P -c with the reporting-verb alternation generated
#     from qawl's own lexicon, over the concatenated corpus (slow: PCRE2
#     on 1,200 alternatives), and grep -rcP with a fixed alternation of the
#     40 commonest reporting verbs over the corpus folder (issue 15: what
#     merely scanning the text for cues costs);
#   - qawl: full analysis (all stages, JSON out), single thread, as a
#     batch of files (the corpus folder, one process), and as one JSON
#     Lines stream (JSON Lines out); the batch again with -j 2.  The
#     40-verb grep and both batch runs are interleaved so all three see
#     the same machine;
#   - lexicon load and pattern compile, timed inside the process
#     (--profile), and the wall-clock share of each stage;
#   - peak RSS of the stream run, once over the corpus and once over the
#     corpus four times (streaming memory must not grow with the input),
#     and of the whole corpus analysed as one file (--max-bytes raised);
#   - callgrind instructions per input byte on a fixed article set, and the
#     inclusive share of each pipeline stage.
#
# QAWL_BENCH_CORPUS overrides the article folder (default:
# ../shared/corpus/articles beside the source tree).  Skips (77) when the
# corpus is absent.
set -eu
LC_ALL=C.UTF-8
export LC_ALL

src=${QAWL_SRCDIR:-.}
bin=${QAWL_BIN:-./qawl}
corpus=${QAWL_BENCH_CORPUS:-$src/../shared/corpus/articles}
[ -d "$corpus" ] || { echo "bench: no corpus at $corpus"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "bench: needs python3"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The inputs: the articles as files, concatenated, and as JSON Lines.
ls "$corpus"/*.txt > "$tmp/files"
xargs cat < "$tmp/files" > "$tmp/all.txt"
python3 - "$tmp/files" "$tmp/all.jsonl" <<'PY'
import json, os, sys
with open(sys.argv[1]) as names, open(sys.argv[2], "w", encoding="utf-8") as out:
    for path in names.read().split():
        with open(path, encoding="utf-8") as f:
            out.write(json.dumps({"id": os.path.basename(path), "text": f.read()},
                                 ensure_ascii=False) + "\n")
PY
for i in 1 2 3 4; do cat "$tmp/all.jsonl"; done > "$tmp/all4.jsonl"
bytes=$(wc -c < "$tmp/all.txt")
docs=$(wc -l < "$tmp/files")

# The baseline's pattern: every cue form of the lexicon, with و/ف before.
python3 - "$src/lexicons/reporting_verbs.txt" > "$tmp/pattern" <<'PY'
import sys
forms = set()
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.split(" # ")[0].rstrip("\n")
    if not line or line[0] in "#[":
        continue
    for form in line.split("\t")[0].split("|"):
        forms.add(form)
print("(?:و|ف)?(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")")
PY

# best_of N CMD...: the fastest of N wall-clock runs, in seconds.  Output
# goes to a pipe, not /dev/null: GNU grep stops at the first match when it
# sees its output discarded.
best_of() {
    n=$1
    shift
    python3 - "$n" "$@" <<'PY'
import subprocess, sys, time
n, cmd = int(sys.argv[1]), sys.argv[2:]
best = None
for _ in range(n):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.PIPE, check=True)
    t = time.perf_counter() - t
    best = t if best is None else min(best, t)
print(f"{best:.4f}")
PY
}

# peak_rss CMD...: the peak resident set of CMD, in MB.
peak_rss() {
    python3 - "$@" <<'PY'
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.1f}")
PY
}

# interleaved N CMD-A -- CMD-B [-- CMD-C ...]: the fastest of N runs of
# each, run in turn (A, B, C, A, B, C, ...), so a busy moment of the
# machine hits all of them.  grep exits 1 when nothing matches: not an
# error here.
interleaved() {
    python3 - "$@" <<'PY'
import subprocess, sys, time
n, args = int(sys.argv[1]), sys.argv[2:]
cmds, cur = [], []
for a in args:
    if a == "--":
        cmds.append(cur)
        cur = []
    else:
        cur.append(a)
cmds.append(cur)
best = [None] * len(cmds)
for _ in range(n):
    for k, cmd in enumerate(cmds):
        t = time.perf_counter()
        r = subprocess.run(cmd, stdout=subprocess.PIPE)
        t = time.perf_counter() - t
        if r.returncode not in (0, 1) or (r.returncode == 1 and cmd[0] != "grep"):
            sys.exit(f"bench: {cmd[0]} failed ({r.returncode})")
        best[k] = t if best[k] is None else min(best[k], t)
print(" ".join(f"{b:.4f}" for b in best))
PY
}

# The fixed 40-verb alternation of issue 15: the commonest reporting
# verbs, with و/ف before, as whole Arabic words.
verbs40='(?<![\x{0600}-\x{06FF}])[وف]?(?:قال|قالت|قالوا|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|شدد|شددت|تابع|تابعت|اعتبر|اعتبرت|أعلن|أعلنت|صرح|صرحت|أفاد|أفادت|ذكر|ذكرت|لفت|لفتت|نفى|نفت|حذر|حذرت|دعا|دعت|مضيفا|مشيرا|مؤكدا|موضحا|معتبرا|بحسب|وفقا)(?![\x{0600}-\x{06FF}])'

matches=$(grep -P -c -f "$tmp/pattern" "$tmp/all.txt" || true)
matches40=$(grep -rcP "$verbs40" "$corpus" | awk -F: '{ n += $NF } END { print n + 0 }')
t_grep=$(best_of 3 grep -P -c -f "$tmp/pattern" "$tmp/all.txt")
set -- $(interleaved 5 grep -rcP "$verbs40" "$corpus" -- \
         "$bin" analyze -q -j 1 -f json "$corpus" -- \
         "$bin" analyze -q -j 2 -f json "$corpus")
t_grep40=$1 t_files=$2 t_files2=$3
t_stream=$(best_of 3 "$bin" analyze -q --input-format jsonl -f jsonl "$tmp/all.jsonl")
# The stage profile of one single-thread run; its "lexicons" line is the
# load and compile time without process start.
"$bin" analyze -q --profile -j 1 -f json "$corpus" 2> "$tmp/profile" > /dev/null
t_load=$(awk '$1 == "lexicons" { print $2 }' "$tmp/profile")
rss1=$(peak_rss "$bin" analyze -q --input-format jsonl -f jsonl "$tmp/all.jsonl")
rss4=$(peak_rss "$bin" analyze -q --input-format jsonl -f jsonl "$tmp/all4.jsonl")
# The whole corpus as one article: memory held per input byte.
rss_one=$(peak_rss "$bin" analyze -q -f json --max-bytes $((bytes + 1)) "$tmp/all.txt")

echo "baseline, lexicon    grep -P -c over the concatenated corpus:" \
    "$matches lines with a cue, $(wc -c < "$tmp/pattern") bytes of pattern"
echo "baseline, 40 verbs   grep -rcP over the corpus folder:" \
    "$matches40 lines with a cue"
python3 - "$bytes" "$docs" "$t_grep" "$t_files" "$t_stream" "$t_load" "$rss1" "$rss4" "$t_files2" "$t_grep40" "$rss_one" <<'PY'
import sys
b, d = int(sys.argv[1]), int(sys.argv[2])
g, f, s, load = (float(x) for x in sys.argv[3:7])
r1, r4, f2 = float(sys.argv[7]), float(sys.argv[8]), float(sys.argv[9])
g40, rone = float(sys.argv[10]), float(sys.argv[11])
mb = b / 1e6
print(f"corpus               {d} articles, {mb:.1f} MB")
print(f"grep -P -c, lexicon  {mb / g:8.1f} MB/s")
print(f"grep -rcP, 40 verbs  {mb / g40:8.1f} MB/s")
print(f"qawl, files, JSON    {mb / f:8.1f} MB/s  {d / f:8.0f} articles/s  "
      f"ratio to lexicon grep {g / f:.3f}, to 40-verb grep {g40 / f:.3f}")
print(f"qawl, JSONL stream   {mb / s:8.1f} MB/s  {d / s:8.0f} articles/s  "
      f"ratio to lexicon grep {g / s:.3f}, to 40-verb grep {g40 / s:.3f}")
print(f"qawl, files, -j 2    {mb / f2:8.1f} MB/s  {d / f2:8.0f} articles/s  "
      f"{f / f2:.2f}x single thread")
print(f"lexicon load+compile {load * 1000:8.1f} ms (in process, --profile)")
print(f"peak RSS, stream     {r1:8.1f} MB once, {r4:.1f} MB on 4x the input "
      f"({(r4 - r1) / r1 * 100:+.1f}%)")
print(f"peak RSS, one file   {rone:8.1f} MB for the corpus as one {mb:.1f} MB "
      f"article ({rone * 1e6 / b:.1f} bytes per input byte)")
PY

echo "stages (wall clock, one thread, JSON out, from --profile):"
sed -n '2,$p' "$tmp/profile"

# Instructions per byte on a fixed set (the golden articles and the first
# 200 corpus articles), and the inclusive share of each stage.
if command -v valgrind >/dev/null 2>&1 && command -v callgrind_annotate >/dev/null 2>&1; then
    head -200 "$tmp/files" > "$tmp/fixed"
    ls "$src"/tests/golden/articles/*.txt | grep -v expected >> "$tmp/fixed"
    fixed_bytes=$(xargs cat < "$tmp/fixed" | wc -c)
    # libtool runs the uninstalled binary under valgrind, not its wrapper
    run=
    [ -x "$(dirname "$bin")/libtool" ] && run="$(dirname "$bin")/libtool --mode=execute"
    xargs $run valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" \
        "$bin" analyze -q -f json < "$tmp/fixed" > /dev/null 2> "$tmp/cg.err" || true
    callgrind_annotate --inclusive=yes "$tmp/cg.out" 2>/dev/null > "$tmp/cg.txt" || true
    callgrind_annotate "$tmp/cg.out" 2>/dev/null > "$tmp/cg-self.txt" || true
    python3 - "$tmp/cg.txt" "$fixed_bytes" "$tmp/cg-self.txt" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
m = re.search(r"([\d,]+)\s+\(100\.0%\)\s+PROGRAM TOTALS", text)
total = int(m.group(1).replace(",", "")) if m else 0
nbytes = int(sys.argv[2])
if total:
    print(f"callgrind            {total / nbytes:8.1f} instructions per input byte "
          f"({total:,} over {nbytes:,} bytes)")
# A function's line of the table: its count, then "file:function";
# the annotated source after the table names functions too, in lines
# that begin with a count or a '.', which are not it.
def inclusive(fn):
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+\S*:" + fn + r"\b", line)
        if m:
            return int(m.group(1).replace(",", ""))
    return None
for stage in ("load", "normalize", "segment", "cues", "quotes", "acts", "sources",
              "entities", "attribute", "stance", "finish"):
    n = inclusive(f"qawlp_{stage}_run")
    if n is not None:
        print(f"  stage {stage:10} {n / total * 100:6.1f}% of instructions")
for fn in ("qawl_lexicon_load", "qawlr_document_write", "qawlr_json_string"):
    n = inclusive(fn)
    if n is not None:
        print(f"  {fn:24} {n / total * 100:6.1f}% of instructions")
# Where the instructions go: the costliest functions by their own count.
print("  costliest functions (self):")
shown = 0
for line in open(sys.argv[3], encoding="utf-8", errors="replace"):
    m = re.match(r"\s*([\d,]+)\s+\(\s*([\d.]+)%\)\s+(\S+)", line)
    if not m or "PROGRAM TOTALS" in line:
        continue
    n = int(m.group(1).replace(",", ""))
    where = line[m.start(3):].split()
    fn = where[0].split(":", 1)[1] if ":" in where[0] else where[0]
    if where[0].startswith("???") and len(where) > 1:   # no symbols: name the library
        fn += " in " + where[-1].strip("[]").rsplit("/", 1)[-1]
    print(f"    {n / nbytes:7.1f}/byte {float(m.group(2)):5.1f}%  {fn}")
    shown += 1
    if shown == 15:
        break
PY
else
    echo "callgrind: valgrind not installed, skipped"
fi
