#!/bin/sh
# cli.sh — the qawl command line: options, exit codes, inputs and outputs.
#
# Environment: QAWL_BIN (the built qawl), QAWL_LEXICONS (the lexicons the
# CLI loads), QAWL_SRCDIR.  Exits 77 (skipped) when QAWL_BIN is missing.
# JSON output is parsed with python3 when it is available; otherwise only
# its text is checked.
set -eu
LC_ALL=C
export LC_ALL

if [ -z "${QAWL_BIN:-}" ] || [ ! -x "$QAWL_BIN" ]; then
    echo "cli.sh: QAWL_BIN is not set or not executable; skipped"
    exit 77
fi
if [ -n "${QAWL_LEXICONS:-}" ]; then
    export QAWL_LEXICONS
fi
PY=
if command -v python3 >/dev/null 2>&1; then
    PY=python3
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/qawl-cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
ok() {
    echo "ok: $*"
}

# run EXPECTED-STATUS NAME COMMAND...: runs COMMAND with stdout in
# $tmp/out and stderr in $tmp/err and checks its exit status.
run() {
    want=$1
    name=$2
    shift 2
    got=0
    "$@" >"$tmp/out" 2>"$tmp/err" || got=$?
    if [ "$got" -ne "$want" ]; then
        fail "$name: exit status $got, expected $want"
        sed 's/^/  stderr: /' "$tmp/err"
        return 1
    fi
    return 0
}

# json_check FILE PYTHON-EXPR: the expression, with D the parsed FILE, is
# true.  Passes when python3 is missing.
json_check() {
    [ -n "$PY" ] || return 0
    PYTHONUTF8=1 "$PY" -c '
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    D = json.load(f)
sys.exit(0 if eval("(" + sys.argv[2] + ")") else 1)
' "$1" "$2"
}

# json_lines_check FILE PYTHON-EXPR: the same with L the list of parsed
# lines.
json_lines_check() {
    [ -n "$PY" ] || return 0
    PYTHONUTF8=1 "$PY" -c '
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    L = [json.loads(line) for line in f if line.strip()]
sys.exit(0 if eval("(" + sys.argv[2] + ")") else 1)
' "$1" "$2"
}

# An article of our own: one direct quote with a named speaker.
article=$tmp/article.txt
printf '%s\n' 'وقالت وزيرة الصحة هالة يوسف إن "المستشفيات تعمل بكامل طاقتها".' \
    >"$article"
quote='المستشفيات تعمل بكامل طاقتها'
printf 'abc\377def\n' >"$tmp/bad-utf8.txt"

# --help, --version
if run 0 --help "$QAWL_BIN" --help; then
    if grep -q '^Usage: qawl analyze' "$tmp/out" && [ ! -s "$tmp/err" ]; then
        ok --help
    else
        fail "--help: no usage on stdout"
    fi
fi
if run 0 --version "$QAWL_BIN" --version; then
    if grep -Eq '^qawl [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/out"; then
        ok --version
    else
        fail "--version: printed '$(cat "$tmp/out")'"
    fi
fi

# Usage errors: exit 2 with a message on stderr and nothing on stdout.
for args in "--no-such-option" "analyze --no-such-option $article" \
    "analyze" "frobnicate" "" "analyze -f xml $article" "lexicon check"; do
    # shellcheck disable=SC2086
    if run 2 "usage: qawl $args" "$QAWL_BIN" $args; then
        if [ -s "$tmp/err" ] && [ ! -s "$tmp/out" ]; then
            ok "usage error: qawl $args"
        else
            fail "usage error: qawl $args: expected stderr only"
        fi
    fi
done

# A missing file: exit 3, the other file is still in the report.
if run 3 "missing file" "$QAWL_BIN" analyze -f json "$tmp/nonexistent.txt" \
    "$article"; then
    if grep -q "^qawl: $tmp/nonexistent.txt: error: cannot open" "$tmp/err" &&
        grep -q "$quote" "$tmp/out" &&
        json_check "$tmp/out" 'D["qawl"] == "1" and len(D["documents"]) == 2
            and D["documents"][0]["error"]["code"] == "io"
            and D["documents"][1]["error"] is None
            and D["documents"][1]["quotes"][0]["text"] == "'"$quote"'"
            and D["documents"][1]["speakers"][0]["name"] == "هالة يوسف"'
    then
        ok "missing file"
    else
        fail "missing file: unexpected report"
        cat "$tmp/err"
    fi
fi

# Invalid UTF-8: exit 3 and FILE:LINE:COL on stderr.
if run 3 "invalid UTF-8" "$QAWL_BIN" analyze -f json "$tmp/bad-utf8.txt"; then
    if grep -q "^qawl: $tmp/bad-utf8.txt:1:4: error: invalid UTF-8" \
        "$tmp/err" &&
        json_check "$tmp/out" 'D["documents"][0]["error"]["offset"] == 3'
    then
        ok "invalid UTF-8"
    else
        fail "invalid UTF-8: stderr was '$(cat "$tmp/err")'"
    fi
fi
# ... which --repair analyses.
if run 0 "--repair" "$QAWL_BIN" analyze --repair -f json "$tmp/bad-utf8.txt"
then
    if json_check "$tmp/out" 'D["documents"][0]["error"] is None
            and D["documents"][0]["bytes"] == 8'; then
        ok "--repair"
    else
        fail "--repair: unexpected report"
    fi
fi

# Standard input as -.
if run 0 "stdin" "$QAWL_BIN" analyze -f jsonl - <"$article"; then
    if grep -q "$quote" "$tmp/out" &&
        json_check "$tmp/out" 'D["path"] == "-" and len(D["quotes"]) == 1'
    then
        ok "stdin"
    else
        fail "stdin: unexpected report"
    fi
fi

# -o FILE: the report goes to FILE, nothing to stdout, no temporary left.
mkdir "$tmp/outdir"
if run 0 "-o" "$QAWL_BIN" analyze -f json -o "$tmp/outdir/report.json" \
    "$article"; then
    left=$(ls "$tmp/outdir")
    if [ ! -s "$tmp/out" ] && [ "$left" = "report.json" ] &&
        grep -q "$quote" "$tmp/outdir/report.json" &&
        json_check "$tmp/outdir/report.json" 'len(D["documents"]) == 1'; then
        ok "-o FILE"
    else
        fail "-o FILE: directory holds '$left'"
    fi
fi
# -o into a missing directory: exit 5, nothing written.
if run 5 "-o missing dir" "$QAWL_BIN" analyze -o "$tmp/no/such/dir/r.json" \
    "$article"; then
    if [ ! -e "$tmp/no" ] && [ ! -s "$tmp/out" ]; then
        ok "-o into a missing directory"
    else
        fail "-o into a missing directory: output written"
    fi
fi
# A failed input with -o still writes the report (exit 3) and no temporary.
if run 3 "-o with a bad input" "$QAWL_BIN" analyze -o "$tmp/outdir/r2.json" \
    "$tmp/bad-utf8.txt" "$article"; then
    if [ "$(ls "$tmp/outdir" | grep -c tmp || true)" -eq 0 ] &&
        grep -q "$quote" "$tmp/outdir/r2.json"; then
        ok "-o with a bad input"
    else
        fail "-o with a bad input: '$(ls "$tmp/outdir")'"
    fi
fi

# -f jsonl: one line per document, each a JSON object.
if run 0 "jsonl" "$QAWL_BIN" analyze -f jsonl "$article" - <"$article"; then
    lines=$(wc -l <"$tmp/out")
    good=1
    if [ -n "$PY" ]; then
        PYTHONUTF8=1 "$PY" -c '
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
sys.exit(0 if [d["path"] for d in docs][1] == "-" else 1)
' "$tmp/out" || good=0
    fi
    if [ "$lines" -eq 2 ] && [ "$good" -eq 1 ]; then
        ok "-f jsonl"
    else
        fail "-f jsonl: $lines lines"
    fi
fi

# -f text: the summary, the quote and its speaker.
if run 0 "text" "$QAWL_BIN" analyze -f text "$article"; then
    if grep -q "1 quote" "$tmp/out" && grep -q "$quote" "$tmp/out" &&
        grep -q 'هالة يوسف' "$tmp/out"; then
        ok "-f text"
    else
        fail "-f text: unexpected output"
        cat "$tmp/out"
    fi
fi

# A malformed user lexicon: exit 4.
printf '#+format: 1\n#+language: ar\n#+kind: titles\n[nope]\n' >"$tmp/user.txt"
if run 4 "bad --lexicon" "$QAWL_BIN" analyze --lexicon "$tmp/user.txt" \
    "$article"; then
    if grep -q "^qawl: $tmp/user.txt:4:2: error: unknown section \[nope\]" \
        "$tmp/err"; then
        ok "bad --lexicon"
    else
        fail "bad --lexicon: stderr was '$(cat "$tmp/err")'"
    fi
fi

# --input-format jsonl: one result line per record, in order; a bad line
# is a failed document named FILE:LINE, and the exit status says so.
{
    printf '{"id": "a", "text": "%s"}\n' "$(sed 's/"/\\"/g' "$article")"
    printf 'not json\n'
    printf '{"id": 2, "text": "%s"}\n' "$(sed 's/"/\\"/g' "$article")"
} >"$tmp/records.jsonl"
if run 3 "jsonl input" "$QAWL_BIN" analyze --input-format jsonl -f jsonl \
    "$tmp/records.jsonl"; then
    if [ "$(wc -l <"$tmp/out")" -eq 3 ] &&
        json_lines_check "$tmp/out" 'L[0]["path"] == "a" and L[1]["error"]["code"] == "input" and L[2]["path"] == "2" and len(L[2]["quotes"]) == 1'; then
        ok "jsonl input"
    else
        fail "jsonl input: unexpected output"
        cat "$tmp/out"
    fi
fi

# The stance summaries: per document and per speaker, with its terms.
if run 0 "stance summaries" "$QAWL_BIN" analyze -f json "$article"; then
    if json_check "$tmp/out" 'D["documents"][0]["stance"]["neutral"] + D["documents"][0]["stance"]["de-escalation"] + D["documents"][0]["stance"]["escalation"] == 1 and isinstance(D["documents"][0]["speakers"][0]["stance"]["terms"], list)'; then
        ok "stance summaries"
    else
        fail "stance summaries: unexpected JSON"
    fi
fi

# --profile: every stage, reading, lexicons and report on stderr with
# their seconds; the report itself is unchanged.
if run 0 "--profile" "$QAWL_BIN" analyze --profile -j 2 -f jsonl "$article" "$article"; then
    cp "$tmp/out" "$tmp/profiled"
    missing=""
    for part in load normalize segment cues quotes sources entities attribute stance \
        finish lexicons read report total; do
        grep -q "^  $part  *[0-9]" "$tmp/err" || missing="$missing $part"
    done
    "$QAWL_BIN" analyze -j 2 -f jsonl "$article" "$article" > "$tmp/plain"
    if [ -n "$missing" ]; then
        fail "--profile: no line for$missing"
        cat "$tmp/err"
    elif ! grep -q "profile: 2 documents" "$tmp/err"; then
        fail "--profile: document count"
    elif ! cmp -s "$tmp/profiled" "$tmp/plain"; then
        fail "--profile changed the report"
    else
        ok "--profile"
    fi
fi

# --dump: a stage's decisions for each file; the offsets of each phrase
# shown point at its text in the input.
printf '%s\n' 'وقال وزير الخارجية سامي الحداد إن "المعبر مفتوح".' \
    'وأضاف الحداد أن الهدنة صامدة.' >"$tmp/dump.txt"
if run 0 "--dump=sources" "$QAWL_BIN" analyze --dump=sources "$tmp/dump.txt"; then
    if head -1 "$tmp/out" | grep -q "^# .*dump.txt$" &&
        grep -q '^quote 1	' "$tmp/out" &&
        grep -q '^  explicit-subject	taken	\[[0-9]*,[0-9]*) "وزير الخارجية سامي الحداد"$' "$tmp/out" &&
        grep -q '^  source	.*	person	name	\[[0-9]*,[0-9]*) "سامي الحداد"	titled$' "$tmp/out" &&
        python3 - "$tmp/dump.txt" "$tmp/out" <<'PY'
import json, re, sys
text = open(sys.argv[1], "rb").read()
spans = re.findall(r'\[(\d+),(\d+)\) ("(?:[^"\\]|\\.)*")', open(sys.argv[2], encoding="utf-8").read())
assert spans
for a, b, t in spans:
    assert text[int(a):int(b)].decode() == json.loads(t), (a, b, t)
PY
    then
        ok "--dump=sources"
    else
        fail "--dump=sources: unexpected output"
        cat "$tmp/out"
    fi
fi
if run 0 "--dump=entities" "$QAWL_BIN" analyze --dump=entities "$tmp/dump.txt"; then
    if grep -q '^speaker 1	person	"سامي الحداد"	.*quotes 1,2$' "$tmp/out" &&
        [ "$(grep -c '^  mention	' "$tmp/out")" -ge 1 ] &&
        grep -q 'canonical$' "$tmp/out"; then
        ok "--dump=entities"
    else
        fail "--dump=entities: unexpected output"
        cat "$tmp/out"
    fi
fi
run 2 "--dump=quotes" "$QAWL_BIN" analyze --dump=quotes "$tmp/dump.txt" &&
    grep -q "unknown stage 'quotes'" "$tmp/err" && ok "--dump of an unknown stage"

# -j: several files at once, the report in input order, byte for byte
# the same as one at a time.
cp "$article" "$tmp/a2.txt"
printf '%s\n' 'وقال المتحدث إن المعبر مفتوح.' >"$tmp/a3.txt"
if run 0 "-j 1" "$QAWL_BIN" analyze -j 1 -f jsonl "$article" "$tmp/a2.txt" \
    "$tmp/a3.txt" "$article"; then
    cp "$tmp/out" "$tmp/j1"
    if run 0 "-j 3" "$QAWL_BIN" analyze -j 3 -f jsonl "$article" "$tmp/a2.txt" \
        "$tmp/a3.txt" "$article" && cmp -s "$tmp/j1" "$tmp/out"; then
        ok "-j keeps the input order"
    else
        fail "-j 3 differs from -j 1"
    fi
fi
run 2 "-j 0" "$QAWL_BIN" analyze -j 0 "$article" && ok "-j 0 is a usage error"

# A directory: the drafts below it, sorted, links and special files
# skipped with a note, --include/--exclude applied to names and paths.
mkdir -p "$tmp/tree/sub"
cp "$article" "$tmp/tree/b.txt"
cp "$article" "$tmp/tree/sub/a.md"
printf 'x' >"$tmp/tree/notes.json"
ln -s "$tmp/tree" "$tmp/tree/sub/loop"
if run 0 "directory" "$QAWL_BIN" analyze -f jsonl "$tmp/tree"; then
    if [ "$(wc -l <"$tmp/out")" -eq 2 ] &&
        json_lines_check "$tmp/out" 'L[0]["path"].endswith("tree/b.txt") and L[1]["path"].endswith("tree/sub/a.md")' &&
        grep -q "loop: note: skipped (symbolic link)" "$tmp/err"; then
        ok "directory"
    else
        fail "directory: unexpected output"
        cat "$tmp/out" "$tmp/err"
    fi
fi
if run 0 "--exclude" "$QAWL_BIN" analyze -q -f jsonl --exclude 'sub/*' "$tmp/tree" &&
    [ "$(wc -l <"$tmp/out")" -eq 1 ]; then
    ok "--exclude"
fi
if run 0 "--include" "$QAWL_BIN" analyze -q -f jsonl --include '*.json' "$tmp/tree" &&
    [ "$(wc -l <"$tmp/out")" -eq 1 ] && grep -q notes.json "$tmp/out"; then
    ok "--include"
fi
# --max-bytes: a larger input is an error naming the file, exit 3
if run 3 "--max-bytes" "$QAWL_BIN" analyze -f jsonl --max-bytes 10 "$article"; then
    grep -q "larger than --max-bytes (10 bytes)" "$tmp/err" && ok "--max-bytes"
fi

# Markdown and HTML drafts: markup, front matter, code, comments and
# scripts never become quotes; offsets still point into the file.
{
    printf '%s\n' '---' 'title: "وقال الوزير إن هذا عنوان"' '---'
    printf '%s\n' '# خبر' ''
    printf '%s\n' 'وقالت **وزيرة الصحة** هالة يوسف إن "المستشفيات تعمل بكامل طاقتها".'
    printf '%s\n' '```' 'وقال المتحدث إن هذا مثال برمجي' '```'
    printf '%s\n' '<!-- وقال المحرر إن هذا تعليق -->'
} >"$tmp/draft.md"
if run 0 "markdown" "$QAWL_BIN" analyze -f json "$tmp/draft.md"; then
    if json_check "$tmp/out" 'len(D["documents"][0]["quotes"]) == 1 and D["documents"][0]["quotes"][0]["line"] == 6 and open(sys.argv[1].replace("out", "draft.md"), "rb").read()[D["documents"][0]["quotes"][0]["start"]:D["documents"][0]["quotes"][0]["end"]].decode() == D["documents"][0]["quotes"][0]["text"]'; then
        ok "markdown draft"
    else
        fail "markdown draft: unexpected quotes"
        cat "$tmp/out"
    fi
fi
printf '%s\n' '<html><head><script>var s = "وقال أحد إن هذا نص برمجي";</script></head><body><p>وقال الوزير &laquo;المفاوضات مستمرة مع جميع الأطراف&raquo;.</p></body></html>' >"$tmp/draft.html"
if run 0 "html" "$QAWL_BIN" analyze -f json "$tmp/draft.html"; then
    if json_check "$tmp/out" 'len(D["documents"][0]["quotes"]) == 1 and D["documents"][0]["quotes"][0]["text"] == "المفاوضات مستمرة مع جميع الأطراف"'; then
        ok "html draft"
    else
        fail "html draft: unexpected quotes"
        cat "$tmp/out"
    fi
fi

# explain FILE --quote N: the one quote, with its candidates and decision.
if run 0 "explain" "$QAWL_BIN" explain "$article" --quote 1; then
    if grep -q "candidates:" "$tmp/out" && grep -q "decision: " "$tmp/out" &&
        grep -q "$quote" "$tmp/out"; then
        ok "explain"
    else
        fail "explain: unexpected output"
        cat "$tmp/out"
    fi
fi
run 2 "explain without --quote" "$QAWL_BIN" explain "$article" &&
    ok "explain without --quote"

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
exit 0
