#!/bin/sh
# newcomer.sh — what a new user meets first (issue 13): a mistyped option
# or command, a folder holding a README, an English file, a binary given
# to --repair.
set -eu
LC_ALL=C.UTF-8
export LC_ALL

[ -n "${QAWL_BIN:-}" ] && [ -x "$QAWL_BIN" ] || { echo "QAWL_BIN not set"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
ok() { echo "ok: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
status() {
    got=0
    "$@" >"$tmp/out" 2>"$tmp/err" || got=$?
    echo "$got"
}
article=$tmp/article.txt
printf '%s\n' 'وقالت وزيرة الصحة هالة يوسف إن "المستشفيات تعمل بكامل طاقتها".' \
    >"$article"

# --- a mistyped option: one line naming it and a guess, one hint, exit 2
[ "$(status "$QAWL_BIN" analyze --formt json "$article")" = 2 ] &&
    [ "$(cat "$tmp/err")" = "qawl: unknown option '--formt' (did you mean --format?)
Try 'qawl --help' for more information." ] && [ ! -s "$tmp/out" ] &&
    ok "unknown option: did you mean, hint, exit 2" ||
    fail "unknown option: $(cat "$tmp/err")"
[ "$(status "$QAWL_BIN" check --severty a=off "$article")" = 2 ] &&
    grep -q "(did you mean --severity?)" "$tmp/err" &&
    ok "a guess after the command word" || fail "check --severty: $(cat "$tmp/err")"
[ "$(status "$QAWL_BIN" analyze --frobnicate "$article")" = 2 ] &&
    [ "$(wc -l <"$tmp/err")" -eq 2 ] && ! grep -q "did you mean" "$tmp/err" &&
    ok "no guess when nothing is near" || fail "--frobnicate: $(cat "$tmp/err")"
[ "$(status "$QAWL_BIN" analyze -Z "$article")" = 2 ] &&
    grep -q "^qawl: unknown option '-Z'$" "$tmp/err" &&
    ok "unknown short option" || fail "-Z: $(cat "$tmp/err")"
[ "$(status "$QAWL_BIN" analyze "$article" --format)" = 2 ] &&
    grep -q "^qawl: option '--format' needs an argument$" "$tmp/err" &&
    ok "missing argument" || fail "--format: $(cat "$tmp/err")"
# name EXPECTED ARGS...: exit 2 and EXPECTED as the first line on stderr
name() {
    want=$1
    shift
    [ "$(status "$QAWL_BIN" "$@")" = 2 ] && [ "$(head -1 "$tmp/err")" = "$want" ] &&
        ok "$want" || fail "qawl $*: $(head -1 "$tmp/err")"
}
name "qawl: option '--quiet' takes no argument" analyze --quiet=1 "$article"
name "qawl: ambiguous option '--lex' (--lexicons, --lexicon)" analyze --lex=x "$article"
name "qawl: option '--format' needs an argument" analyze "$article" --form
name "qawl: unknown option '-Z'" analyze --quiet -qZ "$article"
[ "$(status "$QAWL_BIN" anlyze "$article")" = 2 ] &&
    [ "$(wc -l <"$tmp/err")" -eq 2 ] && grep -q "unknown command 'anlyze'" "$tmp/err" &&
    ok "unknown command: one line and the hint" || fail "anlyze: $(cat "$tmp/err")"

# --- a folder of drafts with a project's own files in it
mkdir -p "$tmp/drafts/sub"
cp "$article" "$tmp/drafts/story.md"
for f in README.md readme.txt LICENSE.md Licence.txt CHANGELOG.md sub/CONTRIBUTING.md; do
    printf '%s\n' '# Notes' '' 'قال المحرر: "هذا ليس خبرا".' >"$tmp/drafts/$f"
done
[ "$(status "$QAWL_BIN" report -f json "$tmp/drafts")" = 0 ] &&
    ! grep -q "ليس خبرا" "$tmp/out" && grep -q "هالة يوسف" "$tmp/out" &&
    [ "$(grep -c 'note: skipped (a README, LICENSE' "$tmp/err")" = 6 ] &&
    ok "README/LICENSE/LICENCE/CHANGELOG/CONTRIBUTING skipped with a note" ||
    fail "project files: $(cat "$tmp/err")"
[ "$(status "$QAWL_BIN" report -f json "$tmp/drafts/README.md")" = 0 ] &&
    grep -q "ليس خبرا" "$tmp/out" &&
    ok "a README named on the command line is analysed" || fail "named README"
[ "$(status "$QAWL_BIN" report -q -f json "$tmp/drafts")" = 0 ] && [ ! -s "$tmp/err" ] &&
    ok "-q: the skip notes too are quiet" || fail "-q notes"

# --- a text with no Arabic letter: a note, the exit status unchanged
printf 'The minister said "the talks go on".\n' >"$tmp/english.txt"
for j in 1 2; do
    [ "$(status "$QAWL_BIN" analyze -j $j -f json "$tmp/english.txt" "$article")" = 0 ] &&
        [ "$(cat "$tmp/err")" = "qawl: $tmp/english.txt: note: no Arabic letters found" ] &&
        ok "no Arabic letters: a note (-j $j)" || fail "English -j $j: $(cat "$tmp/err")"
done
printf '{"id": "en", "text": "plain English"}\n' >"$tmp/recs.jsonl"
[ "$(status "$QAWL_BIN" analyze --input-format jsonl -f json "$tmp/recs.jsonl")" = 0 ] &&
    grep -q "^qawl: en: note: no Arabic letters found" "$tmp/err" &&
    ok "no Arabic letters in a JSON Lines record" || fail "jsonl: $(cat "$tmp/err")"

# --- not text at all: refused, even with --repair
head -c 3000 /dev/urandom >"$tmp/noise.bin"
for bin in /usr/bin/true "$tmp/noise.bin"; do
    [ -r "$bin" ] || continue
    [ "$(status "$QAWL_BIN" analyze --repair -f json "$bin")" = 3 ] &&
        grep -q "error: not text: [0-9]* of [0-9]* bytes are NUL, control characters or invalid UTF-8" "$tmp/err" &&
        ok "--repair on $(basename "$bin"): refused, exit 3" ||
        fail "--repair $bin: $(cat "$tmp/err")"
done
printf '%s' 'وقال الوزير إن الهدنة صامدة.' | iconv -f UTF-8 -t UTF-16LE >"$tmp/utf16.txt"
[ "$(status "$QAWL_BIN" analyze --repair -f json "$tmp/utf16.txt")" = 3 ] &&
    grep -q "not text" "$tmp/err" && ok "UTF-16: refused" || fail "UTF-16: $(cat "$tmp/err")"
{ cat "$article"; printf 'stray \377 byte\n'; } >"$tmp/one-bad.txt"
[ "$(status "$QAWL_BIN" analyze --repair -f json "$tmp/one-bad.txt")" = 0 ] &&
    grep -q "هالة يوسف" "$tmp/out" &&
    ok "--repair still mends a stray byte" || fail "repair: $(cat "$tmp/err")"

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
