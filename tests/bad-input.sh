#!/bin/sh
# bad-input.sh — the bad-input catalogue: every kind of input that must not
# crash, hang or silently lose a result, each with its expected outcome.
# Each bad input is analysed together with a good article: the good one
# must still be in the report, and the exit status must say whether an
# input failed (3) or not (0).  Inputs are made here, in a temporary
# directory; nothing large is kept in the tree.
#
# Environment: QAWL_BIN (the built qawl), QAWL_LEXICONS.  Needs python3 to
# read the JSON (skipped, 77, without it).
set -u
: "${QAWL_BIN:?}"
command -v python3 >/dev/null 2>&1 || { echo "bad-input: needs python3"; exit 77; }
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

good='وقال الوزير سامي الحداد إن "الهدنة صامدة".'
printf '%s\n' "$good" > good.txt

# check NAME EXPECTED-STATUS PYTHON-CHECK FILE... : runs
# `qawl analyze -f jsonl FILE... good.txt`, wants EXPECTED-STATUS, and
# PYTHON-CHECK true with L the parsed lines (the bad input's first, the
# good article's last), E the standard error and B(path) a file's bytes.
check() {
    name=$1 want=$2 expr=$3
    shift 3
    "$QAWL_BIN" analyze -f jsonl "$@" good.txt > out 2> err
    got=$?
    if [ "$got" -ne "$want" ]; then
        fail "$name: exit $got, want $want ($(head -c 300 err))"
        return
    fi
    if python3 - "$expr" <<'PY'
import json, sys
L = [json.loads(x) for x in open("out", encoding="utf-8")]
E = open("err", encoding="utf-8", errors="replace").read()
def B(path):
    return open(path, "rb").read()
# every report ends with the good article, analysed
g = L[-1]
assert g["path"] == "good.txt" and g["error"] is None, "good.txt lost"
assert [q["text"] for q in g["quotes"]] == ["الهدنة صامدة"], "good.txt wrong"
ok = eval(sys.argv[1])
sys.exit(0 if ok else 1)
PY
    then
        ok "$name"
    else
        fail "$name: $(head -c 400 out) $(head -c 200 err)"
    fi
}

# The quote of a case is where the file says it is: its span's bytes are
# its text (for the cases whose text is unchanged by reading).
span_ok='all(B(L[0]["path"])[q["start"]:q["end"]].decode() == q["text"] for q in L[0]["quotes"])'
one_quote='len(L[0]["quotes"]) == 1 and L[0]["quotes"][0]["speaker"]["name"]'

# --- invalid UTF-8: an error naming file, line, column and byte offset
printf 'نص\n\331' > truncated.txt
check "invalid UTF-8: truncated sequence" 3 \
    'L[0]["error"]["code"] == "utf8" and L[0]["error"]["offset"] == 5 and "truncated.txt:2:1: error: invalid UTF-8 at byte 5" in E' \
    truncated.txt
printf 'abc \300\257' > overlong.txt
check "invalid UTF-8: overlong" 3 \
    'L[0]["error"]["offset"] == 4 and "overlong.txt:1:5:" in E' overlong.txt
printf 'abc \355\240\200 def' > surrogate.txt
check "invalid UTF-8: surrogate" 3 \
    'L[0]["error"]["offset"] == 4 and "surrogate.txt:1:5:" in E' surrogate.txt
printf 'x\377' > ff.txt
check "invalid UTF-8: 0xFF" 3 'L[0]["error"]["offset"] == 1' ff.txt
printf '%s\n' "$good" | sed "s/صامدة/$(printf '\377') صامدة/" > repair.txt
"$QAWL_BIN" analyze --repair -f jsonl repair.txt good.txt > out 2> err
if [ $? -eq 0 ] && grep -q 'الهدنة \\ufffd صامدة\|الهدنة � صامدة' out; then
    ok "invalid UTF-8 with --repair: analysed, U+FFFD in the text"
else
    fail "invalid UTF-8 with --repair: $(head -c 300 out)"
fi

# --- NUL bytes: analysed; in texts a NUL reads as U+FFFD
printf 'وقال الوزير سامي الحداد إن "الهدنة \000 صامدة".\n' > nul.txt
check "NUL byte inside a quote" 0 \
    'L[0]["quotes"][0]["text"] == "الهدنة \ufffd صامدة" and L[0]["quotes"][0]["end"] - L[0]["quotes"][0]["start"] == len(B("nul.txt")) - 50 - 3' \
    nul.txt

# --- empty file, only marks, many unbalanced marks
: > empty.txt
check "empty file" 0 'L[0]["bytes"] == 0 and L[0]["quotes"] == [] and L[0]["error"] is None' empty.txt
printf '""«»“”„"«««»»"' > marks.txt
check "only quotation marks" 0 'L[0]["quotes"] == [] and L[0]["error"] is None' marks.txt
python3 -c 'open("unbalanced.txt", "w").write("«" * 100000)'
start=$(date +%s)
check "100,000 unbalanced marks" 0 'L[0]["quotes"] == []' unbalanced.txt
[ $(( $(date +%s) - start )) -le 10 ] || fail "100,000 unbalanced marks: slower than 10 s"
"$QAWL_BIN" check -f json unbalanced.txt > out 2> err
python3 -c '
import json
d = json.load(open("out"))
f = [f for f in d["findings"] if f["rule"] == "unbalanced-quote-mark"]
assert len(f) == 101, len(f)
assert f[-1]["message"].startswith("99900 more quotation marks"), f[-1]
' && ok "100,000 unbalanced marks: 100 findings, then one with the count" ||
    fail "100,000 unbalanced marks: audit findings"

# --- a 10 MB single line: linear time, every quote found
python3 - "$good" <<'PY'
import sys
s = sys.argv[1] + " "
n = 10_000_000 // len(s.encode())
open("line.txt", "w", encoding="utf-8").write(s * n)
open("line.count", "w").write(str(n))
PY
start=$(date +%s)
check "10 MB single line" 0 \
    "len(L[0]['quotes']) == int(open('line.count').read()) and L[0]['quotes'][-1]['line'] == 1" \
    line.txt
[ $(( $(date +%s) - start )) -le 60 ] || fail "10 MB single line: slower than 60 s"
# ... in memory linear in its size: the JSON report is written a quote at a
# time, so the peak stays near what the analysis itself holds
python3 - "$QAWL_BIN" <<'PY'
import os, resource, subprocess, sys
bin_ = sys.argv[1]
real = os.path.join(os.path.dirname(bin_), ".libs", "qawl")
cmd = [real] if os.path.exists(real) else [bin_]
env = dict(os.environ)
if cmd[0] == real:   # the uninstalled binary, without its libtool wrapper
    env["LD_LIBRARY_PATH"] = os.path.dirname(real)
libs = subprocess.run(["ldd", cmd[0]], capture_output=True, text=True).stdout
if "asan" in libs or "tsan" in libs:
    print("skip: 10 MB single line: peak RSS (a sanitizer build)")
    sys.exit(0)
subprocess.run(cmd + ["analyze", "-q", "-f", "json", "line.txt"],
               stdout=subprocess.DEVNULL, check=True, env=env)
mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{'ok' if mb < 500 else 'FAIL'}: 10 MB single line: peak RSS {mb:.0f} MB (limit 500)")
sys.exit(0 if mb < 500 else 1)
PY
[ $? -eq 0 ] || failures=$((failures + 1))

# --- the default --max-bytes is 32 MiB: an article of 17 MiB (past the
# old 16 MiB) is analysed, one of 33 MiB refused (spaces after a real
# article, so the analysis is quick)
python3 - "$good" <<'PY'
import sys
s = (sys.argv[1] + "\n").encode()
for name, mib in (("mid.txt", 17), ("over.txt", 33)):
    with open(name, "wb") as f:
        f.write(s + b" " * ((mib << 20) - len(s)))
PY
got=0
"$QAWL_BIN" analyze -f jsonl mid.txt > out 2> err || got=$?
if [ "$got" = 0 ] && grep -q '"path":"mid.txt","bytes":17825792,"error":null' out; then
    ok "default --max-bytes: a 17 MiB article is analysed"
else
    fail "default --max-bytes: 17 MiB article: exit $got, $(head -c 200 err)"
fi
got=0
"$QAWL_BIN" analyze -f jsonl over.txt > out 2> err || got=$?
[ "$got" = 3 ] && grep -q "over.txt: error: larger than --max-bytes (33554432 bytes)" err &&
    ok "default --max-bytes: a 33 MiB article is refused" ||
    fail "default --max-bytes: 33 MiB article: exit $got, $(head -c 200 err)"
rm -f mid.txt over.txt

# --- a 200 MB article: refused by --max-bytes (default 32 MiB) with a
# clear error, without reading it into memory; the others are analysed
python3 - "$good" <<'PY'
import sys
s = (sys.argv[1] + "\n").encode()
with open("big.txt", "wb") as f:
    chunk = s * (1_000_000 // len(s))
    for _ in range(200):
        f.write(chunk)
PY
/usr/bin/env python3 - "$QAWL_BIN" <<'PY'
import resource, subprocess, sys
p = subprocess.run([sys.argv[1], "analyze", "-f", "jsonl", "big.txt", "good.txt"],
                   capture_output=True)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
open("status", "w").write(f"{p.returncode} {rss:.0f}")
open("out", "wb").write(p.stdout)
open("err", "wb").write(p.stderr)
PY
read -r status rss < status
if [ "$status" -eq 3 ] && [ "$rss" -lt 200 ] &&
    grep -q "big.txt: error: larger than --max-bytes" err &&
    grep -q '"path":"good.txt","bytes":76,"error":null' out; then
    ok "200 MB article: refused with a clear error, peak RSS ${rss} MB"
else
    fail "200 MB article: exit $status, RSS ${rss} MB, $(head -c 200 err)"
fi
rm -f big.txt

# --- invisible and look-alike characters around quotes and cues
printf 'وقال\342\200\217 الوزير سامي الحداد\342\201\251 إن \342\201\247"الهدنة صامدة"\342\201\251.\n' > bidi.txt
check "bidi marks and isolates around the cue, speaker and quote" 0 \
    "$one_quote == 'سامي الحداد' and $span_ok" bidi.txt
printf '\330\234وقال الوزير\342\200\216 سامي الحداد إن "الهدنة صامدة"\342\200\216.\n' > bidi2.txt
check "ALM and LRM marks" 0 "$one_quote == 'سامي الحداد' and $span_ok" bidi2.txt
python3 - <<'PY'
import unicodedata
s = 'وقال الوزير سامي الحداد إن "الهدنة صامدة".'
forms = {}
for cp in range(0xFE70, 0xFEFF):
    n = unicodedata.normalize("NFKC", chr(cp))
    if len(n) == 1 and n not in forms:
        forms[n] = chr(cp)
open("presentation.txt", "w").write("".join(forms.get(c, c) for c in s) + "\n")
open("persian.txt", "w").write(s.replace("ي", "ی").replace("ك", "ک") + "\n")
PY
check "presentation forms" 0 \
    "len(L[0]['quotes']) == 1 and L[0]['quotes'][0]['speaker'] is not None and $span_ok" \
    presentation.txt
check "Persian look-alike letters (ی ک)" 0 "$one_quote == 'سامی الحداد' and $span_ok" persian.txt

# --- line ends and BOMs
printf 'سطر أول.\rوقال الوزير سامي الحداد إن "الهدنة صامدة".\r' > cr.txt
check "CR-only line ends" 0 \
    "L[0]['quotes'][0]['line'] == 2 and L[0]['quotes'][0]['column'] == 29 and $span_ok" cr.txt
printf '\357\273\277%s\n\357\273\277%s\n' "سطر أول." "$good" > bom.txt
check "a BOM at the start and in the middle" 0 \
    "$one_quote == 'سامي الحداد' and L[0]['quotes'][0]['line'] == 2 and $span_ok" bom.txt

# --- Latin and Arabic mixed
printf 'وقال وزير الخارجية Antony Blinken إن "الهدنة صامدة".\n' > mixed.txt
check "Latin and Arabic mixed" 0 "$one_quote == 'Antony Blinken' and $span_ok" mixed.txt

# --- files that cannot be read
check "an unreadable file (read error)" 3 \
    'L[0]["error"]["code"] == "io" and "/proc/self/mem: error: cannot read" in E' \
    /proc/self/mem
printf '%s\n' "$good" > locked.txt
chmod 000 locked.txt
if [ -r locked.txt ]; then
    echo "skip: a file without read permission (this user reads it anyway)"
else
    check "a file without read permission" 3 \
        'L[0]["error"]["code"] == "io" and "locked.txt: error" in E' locked.txt
fi
check "a missing file" 3 'L[0]["error"]["code"] == "io" and "missing.txt" in E' missing.txt

# --- a directory with a symlink loop and special files
mkdir -p tree/sub
printf '%s\n' "$good" > tree/sub/a.txt
ln -s .. tree/sub/loop
ln -s a.txt tree/sub/link.txt
mkfifo tree/fifo.txt
"$QAWL_BIN" analyze -f jsonl tree > out 2> err
status=$?
if [ "$status" -eq 0 ] && [ "$(wc -l < out)" -eq 1 ] &&
    grep -q 'tree/sub/a.txt' out && grep -q "fifo.txt: .*skipped" err &&
    grep -q "loop: .*skipped" err; then
    ok "a directory with a symlink loop, a link and a FIFO: skipped with a note"
else
    fail "directory walk: exit $status, $(cat err)"
fi

# --- pathological inputs stay within a linear bound
python3 - <<'PY'
s = 'وقال الوزير سامي الحداد إن "الهدنة صامدة". '
open("every-other.txt", "w").write('"ا' * 100000)
open("cues.txt", "w").write("وقال " * 20000 + 'إن "الهدنة صامدة".\n')
PY
for f in every-other.txt cues.txt; do
    start=$(date +%s)
    check "pathological: $f" 0 'L[0]["error"] is None' "$f"
    [ $(( $(date +%s) - start )) -le 20 ] || fail "$f: slower than 20 s"
done

echo "bad-input: $failures failed"
[ "$failures" -eq 0 ]
