#!/bin/sh
# readme.sh — runs the examples of README.md as they are written, so they
# cannot go stale: the quick start's analyse command and its output, the
# JSON excerpt, the mistyped-option message, the .qawl.conf example, the CI
# job's qawl line, the explain example, the library example (compiled with
# the README's own cc line against this build) and its output, and the
# quick start's test command against .ci/run.  (The dev-set scoring
# command is what tests/devset.sh runs; the bench figures are measured by
# make bench.)
#
# Each example is taken from the README by its position (the fenced block
# after a given sentence), so editing an example edits the test.  In an
# expected output, a line "…" stands for any number of lines.
#
# QAWL_README_FRESH=1 (make readme-fresh) first makes a fresh clone of the
# source tree's HEAD and runs the quick start's build-and-analyse command
# in it as written (all but the package installation), with no
# QAWL_LEXICONS set, then runs the other examples with that build: a
# newcomer's first minutes.  It takes a build's time, so make check leaves
# it out.
set -eu
LC_ALL=C.UTF-8
export LC_ALL

[ -n "${QAWL_BIN:-}" ] && [ -x "$QAWL_BIN" ] || { echo "QAWL_BIN not set"; exit 77; }
src=${QAWL_SRCDIR:-.}
PY=${PYTHON:-python3}
command -v "$PY" >/dev/null 2>&1 || PY=python3
command -v "$PY" >/dev/null 2>&1 || { echo "no python3; skipped"; exit 77; }
build=$(cd "$(dirname "$QAWL_BIN")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
ok() { echo "ok: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }

# block N AFTER: the Nth fenced block (1-based) after the first line of
# README.md that contains AFTER, without its fences.
block() {
    "$PY" - "$src/README.md" "$1" "$2" <<'PYEOF'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
n, after = int(sys.argv[2]), sys.argv[3]
start = next(i for i, l in enumerate(lines) if after in l)
out, inside, count = [], False, 0
for l in lines[start:]:
    if l.startswith("```"):
        if inside:
            count += 1
            if count == n:
                break
            out = []
        inside = not inside
        continue
    if inside:
        out.append(l)
print("\n".join(out))
PYEOF
}

# matches EXPECTED ACTUAL: ACTUAL starts with EXPECTED, where "…" (a line
# of its own or inside a line) stands for any text, across lines too.
matches() {
    "$PY" - "$1" "$2" <<'PYEOF'
import re, sys
def lines(path):
    return [l.rstrip() for l in open(path, encoding="utf-8").read().rstrip("\n").split("\n")]
exp, act = lines(sys.argv[1]), "\n".join(lines(sys.argv[2]))
any_text = r"[\s\S]*?"
parts = []
for l in exp:
    if l.strip() == "…":
        parts.append(any_text)
    else:
        # an inline … takes the spaces around it too
        pieces = re.split(r"\s*…\s*", l)
        parts.append(any_text.join(re.escape(p) for p in pieces) + "\n")
pattern = "".join(parts)
if not re.match(pattern, act + "\n"):
    # name the first line that is not there, to help the reader
    for l in exp:
        if "…" not in l and l not in act:
            print("not in the output: " + l)
            break
    sys.exit(1)
PYEOF
}

# --- a fresh clone, built by the quick start's command
if [ "${QAWL_README_FRESH:-0}" = 1 ]; then
    command -v git >/dev/null 2>&1 || { echo "no git; skipped"; exit 77; }
    git clone -q "$src" "$tmp/fresh"
    block 1 "Build qawl and analyse the bundled sample article" >"$tmp/cmd"
    cmd=$(sed 's/.*python3 && //' "$tmp/cmd")   # the packages are installed
    echo "fresh clone: $cmd"
    unset QAWL_LEXICONS
    if (cd "$tmp/fresh" && sh -c "$cmd") >"$tmp/fresh.log" 2>&1; then
        ok "fresh clone: the quick start builds and analyses"
    else
        tail -20 "$tmp/fresh.log"
        fail "fresh clone: $cmd"
    fi
    # what follows the build output is the README's sample output
    sed -n '/^tests\/golden\/articles\/ceasefire-talks.txt: /,$p' "$tmp/fresh.log" \
        >"$tmp/out"
    block 1 "The first command prints the following" >"$tmp/expected"
    matches "$tmp/expected" "$tmp/out" && ok "fresh clone: the sample output" ||
        fail "fresh clone: the output differs"
    src=$tmp/fresh
    QAWL_BIN=$tmp/fresh/qawl
    build=$tmp/fresh
fi

# The examples run where the README runs them: the top of the source tree,
# with ./qawl the built binary.
mkdir -p "$tmp/top"
ln -s "$src/tests" "$tmp/top/tests"
ln -s "$QAWL_BIN" "$tmp/top/qawl"
cd "$tmp/top"

# --- quick start: the command after the build, and its output
block 1 "Build qawl and analyse the bundled sample article" >"$tmp/cmd"
cmd=$(sed 's/.*make -j2 && //' "$tmp/cmd")
case $cmd in ./qawl\ *) ;; *) fail "quick start: no ./qawl command in: $cmd" ;; esac
sh -c "$cmd" >"$tmp/out" 2>"$tmp/err" || fail "quick start: $cmd exited $?"
block 1 "The first command prints the following" >"$tmp/expected"
matches "$tmp/expected" "$tmp/out" && ok "quick start output" ||
    fail "quick start output differs"

# --- the test command is .ci/run's
block 1 "Build qawl and run the test suite" >"$tmp/cmd"
testcmd=$(sed 's/.*python3 && //' "$tmp/cmd")
grep -qF "$testcmd" "$src/.ci/run" && ok "the test command is .ci/run's: $testcmd" ||
    fail "README test command not in .ci/run: $testcmd"
for pkg in $(sed 's/.*install -y \([^&]*\)&&.*/\1/' "$tmp/cmd"); do
    grep -qw -- "$pkg" "$src/.ci/run" || fail "package $pkg not in .ci/run"
done

# --- the JSON excerpt: quote 3 as printed
"$QAWL_BIN" analyze --format json tests/golden/articles/ceasefire-talks.txt \
    >"$tmp/out"
block 1 "The same quote [3] from" >"$tmp/expected"
matches "$tmp/expected" "$tmp/out" && ok "JSON excerpt" || fail "JSON excerpt differs"

# --- the mistyped option
block 1 "A mistyped option gets one line and a hint" >"$tmp/expected"
"$QAWL_BIN" analyze --formt json tests/golden/articles/ceasefire-talks.txt \
    >/dev/null 2>"$tmp/err" && fail "--formt accepted" || true
diff -u "$tmp/expected" "$tmp/err" >/dev/null && ok "mistyped option message" ||
    fail "mistyped option: $(cat "$tmp/err")"

# --- explain
block 1 "For the sample" >"$tmp/expected"
cmd=$(sed -n 's/^\$ //p' "$tmp/expected")
sed -i '/^\$ /d' "$tmp/expected"
sh -c "$cmd" >"$tmp/out" && matches "$tmp/expected" "$tmp/out" &&
    ok "explain example" || fail "explain example: $cmd"

# --- .qawl.conf, verbatim, with the newsroom lexicon it names
mkdir -p "$tmp/proj/.git" "$tmp/proj/archive"
block 1 "The settings file holds" >"$tmp/proj/.qawl.conf"
printf '%s\n' '#+format: 1' '#+language: ar' '#+kind: titles' '' '[title]' \
    'مراسلة' >"$tmp/proj/newsroom.txt"
cp "$src/tests/golden/articles/ceasefire-talks.txt" "$tmp/proj/draft.txt"
got=0
(cd "$tmp/proj" && "$QAWL_BIN" check draft.txt) >"$tmp/out" 2>"$tmp/err" || got=$?
{ [ "$got" = 0 ] || [ "$got" = 1 ]; } && [ ! -s "$tmp/err" ] &&
    ok "the .qawl.conf example (check exit $got)" ||
    fail "the .qawl.conf example: exit $got: $(cat "$tmp/err")"

# --- the CI job's qawl line, on a folder of drafts
mkdir -p "$tmp/ci/drafts"
cp "$src/tests/golden/articles/ceasefire-talks.txt" "$tmp/ci/drafts/"
block 1 "An example CI job" | sed -n 's/^ *- run: \(qawl .*\)/\1/p' >"$tmp/cmd"
[ -s "$tmp/cmd" ] || fail "CI job: no qawl line"
while read -r line; do
    got=0
    (cd "$tmp/ci" && PATH="$tmp/top:$PATH" sh -c "$line") >"$tmp/out" 2>"$tmp/err" ||
        got=$?
    { [ "$got" = 0 ] || [ "$got" = 1 ]; } && grep -q '^::' "$tmp/out" &&
        ok "CI job: $line (exit $got)" || fail "CI job: $line: exit $got"
done <"$tmp/cmd"

# --- the library example, built by the README's cc line against this
# build (an uninstalled qawl.pc), run with the source lexicons named by
# QAWL_LEXICONS, which qawl_lexicon_load(NULL, ...) honours
mkdir -p "$tmp/lib/pc"
block 1 "link with \`pkg-config --cflags --libs qawl\`" >"$tmp/lib/example.c"
cat >"$tmp/lib/pc/qawl.pc" <<PCEOF
Name: qawl
Description: qawl, uninstalled (tests/readme.sh)
Version: 0
Cflags: -I$src/include
Libs: -L$build/.libs -lqawl
PCEOF
block 2 "link with \`pkg-config --cflags --libs qawl\`" >"$tmp/cmd"
block 3 "link with \`pkg-config --cflags --libs qawl\`" >"$tmp/expected"
if ! command -v cc >/dev/null 2>&1 || ! command -v pkg-config >/dev/null 2>&1 ||
    [ ! -e "$build/.libs/libqawl.so" ]; then
    echo "skip: library example (no cc, pkg-config or shared library)"
elif ldd "$build/.libs/libqawl.so" 2>/dev/null | grep -q 'lib[at]san'; then
    # a sanitizer build's library needs its runtime first in the program,
    # which the README's plain cc line does not give
    echo "skip: library example (the library is a sanitizer build)"
elif (cd "$tmp/lib" && PKG_CONFIG_PATH="$tmp/lib/pc" \
      LD_LIBRARY_PATH="$build/.libs" QAWL_LEXICONS="$src/lexicons" \
      sh -c "$(cat "$tmp/cmd")") \
      >"$tmp/out" 2>"$tmp/err"; then
    diff -u "$tmp/expected" "$tmp/out" && ok "library example" ||
        fail "library example prints something else"
else
    fail "library example: $(cat "$tmp/cmd"): $(cat "$tmp/err")"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
