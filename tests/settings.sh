#!/bin/sh
# settings.sh — .qawl.conf and --config: the format (end-of-line comments,
# long lines, values checked like the command line), files that are not
# settings (devices, FIFOs, huge files), where the upward search stops,
# and the settings file named in --verbose and audit output.
set -eu
LC_ALL=C.UTF-8
export LC_ALL

[ -n "${QAWL_BIN:-}" ] && [ -x "$QAWL_BIN" ] || { echo "QAWL_BIN not set"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
ok() { echo "ok: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }

# a draft whose quote has no source: an error finding, so check exits 1
# unless a setting turns the rule off or never fails
printf '%s\n' 'وتتزايد التحذيرات من أن الوضع خطير.' >"$tmp/draft.txt"

# run DIR ARGS...: runs qawl in DIR (10 s at most); prints the exit status
run() {
    dir=$1
    shift
    got=0
    (cd "$dir" && timeout 10 "$QAWL_BIN" "$@") >"$tmp/out" 2>"$tmp/err" || got=$?
    echo "$got"
}
conf() { printf '%s\n' "$@" >"$tmp/s.conf"; }

# --- the format
conf 'fail-on = never      # a comment after a value' \
     '   # an indented comment' \
     'severity unattributed-quote = error	# after a tab'
[ "$(run "$tmp" check --config "$tmp/s.conf" draft.txt)" = 0 ] &&
    ok "end-of-line comments" || fail "end-of-line comments: $(cat "$tmp/err")"

printf 'lexicon = extra.txt      # relative to the file'"'"'s directory\n' >"$tmp/s.conf"
printf '#+format: 1\n#+language: ar\n#+kind: titles\n[title]\nمراسل\n' >"$tmp/extra.txt"
[ "$(run / check --config "$tmp/s.conf" "$tmp/draft.txt")" = 1 ] &&
    ! grep -q "error: cannot" "$tmp/err" &&
    ok "a lexicon path with a comment, relative to the file" ||
    fail "lexicon + comment: $(cat "$tmp/err")"

# a comment longer than 1,023 bytes whose tail reads like a setting
long=$(head -c 1100 /dev/zero | tr '\0' x)
conf "# $long fail-on = never"
[ "$(run "$tmp" check --config "$tmp/s.conf" draft.txt)" = 1 ] &&
    ok "a long comment line is one line" || fail "long line split"
conf "exclude = $long" 'fail-on = never'
[ "$(run "$tmp" check --config "$tmp/s.conf" draft.txt)" = 0 ] &&
    ok "a long value line is read whole" || fail "long value: $(cat "$tmp/err")"

for bad in 'min-confidence = abc' 'min-confidence = 5' 'min-confidence = 0' \
           'min-confidence = nan' 'fail-on = sometimes' 'fail-on =' \
           'severity unattributed-quote = loud' 'severity no-such-rule = off' \
           'colour = blue' 'just words'; do
    conf '# line 1' "$bad"
    [ "$(run "$tmp" check --config "$tmp/s.conf" draft.txt)" = 2 ] &&
        grep -q "s.conf:2: error: " "$tmp/err" &&
        ok "refused with file:line: $bad" || fail "accepted: $bad ($(cat "$tmp/err"))"
done
conf 'min-confidence = 0.9'
[ "$(run "$tmp" audit --config "$tmp/s.conf" draft.txt)" = 0 ] &&
    ok "a valid min-confidence" || fail "min-confidence 0.9: $(cat "$tmp/err")"

# --- files that are not settings: an error, never a hang
for dev in /dev/zero /dev/urandom; do
    [ -e $dev ] || continue
    [ "$(run "$tmp" check --config $dev draft.txt)" = 2 ] &&
        grep -q "not a regular file" "$tmp/err" &&
        ok "--config $dev: clear error" || fail "--config $dev: $(cat "$tmp/err")"
done
mkfifo "$tmp/fifo"
[ "$(run "$tmp" check --config "$tmp/fifo" draft.txt)" = 2 ] &&
    grep -q "not a regular file" "$tmp/err" &&
    ok "--config FIFO: clear error" || fail "--config FIFO"
mkdir -p "$tmp/fifoproj/.git"
mkfifo "$tmp/fifoproj/.qawl.conf"
cp "$tmp/draft.txt" "$tmp/fifoproj/"
[ "$(run "$tmp/fifoproj" check draft.txt)" = 2 ] &&
    grep -q ".qawl.conf: error: not a regular file" "$tmp/err" &&
    ok ".qawl.conf FIFO: clear error" || fail ".qawl.conf FIFO: $(cat "$tmp/err")"
head -c 70000 /dev/zero | tr '\0' '#' >"$tmp/big.conf"
[ "$(run "$tmp" check --config "$tmp/big.conf" draft.txt)" = 2 ] &&
    grep -q "larger than 65536 bytes" "$tmp/err" &&
    ok "a 70 KB settings file: refused" || fail "big settings file"
[ "$(run "$tmp" check --config /dev/null draft.txt)" = 1 ] &&
    ok "--config /dev/null: no settings" || fail "--config /dev/null"

# --- the upward search stops at the repository root or $HOME
never='fail-on = never'
mkdir -p "$tmp/up/repo/.git" "$tmp/up/repo/drafts/sub"
printf '%s\n' "$never" >"$tmp/up/.qawl.conf"          # above the repository
cp "$tmp/draft.txt" "$tmp/up/repo/drafts/sub/"
[ "$(run "$tmp/up/repo/drafts/sub" check draft.txt)" = 1 ] &&
    ok "a .qawl.conf above the repository root is not used" ||
    fail "settings above the repository root applied"
printf '%s\n' "$never" >"$tmp/up/repo/.qawl.conf"     # at its root
[ "$(run "$tmp/up/repo/drafts/sub" check draft.txt)" = 0 ] &&
    ok "a .qawl.conf at the repository root is found from below" ||
    fail "settings at the repository root not found"

mkdir -p "$tmp/h/home/drafts"
printf '%s\n' "$never" >"$tmp/h/.qawl.conf"           # above $HOME
cp "$tmp/draft.txt" "$tmp/h/home/drafts/"
[ "$(HOME=$tmp/h/home run "$tmp/h/home/drafts" check draft.txt)" = 1 ] &&
    ok "a .qawl.conf above \$HOME is not used" || fail "settings above HOME applied"
printf '%s\n' "$never" >"$tmp/h/home/.qawl.conf"
[ "$(HOME=$tmp/h/home run "$tmp/h/home/drafts" check draft.txt)" = 0 ] &&
    ok "a .qawl.conf in \$HOME is found from below" || fail "HOME settings"
ln -s "$tmp/h/home" "$tmp/h/home-link"                 # $HOME through a link
[ "$(HOME=$tmp/h/home-link run "$tmp/h/home/drafts" check draft.txt)" = 0 ] &&
    ok "\$HOME given through a symbolic link" || fail "HOME as a link"

# outside a repository and $HOME (a shared temporary directory): only the
# current directory counts
mkdir -p "$tmp/shared/work"
printf '%s\n' "$never" >"$tmp/shared/.qawl.conf"
cp "$tmp/draft.txt" "$tmp/shared/work/"
[ "$(HOME=/nonexistent run "$tmp/shared/work" check draft.txt)" = 1 ] &&
    ok "a planted .qawl.conf in a parent outside any repository is ignored" ||
    fail "planted settings applied"
[ "$(HOME=/nonexistent run "$tmp/shared" check work/draft.txt)" = 0 ] &&
    ok "the current directory's .qawl.conf applies" || fail "cwd settings"

# --- the settings file used is named
[ "$(run "$tmp/up/repo/drafts/sub" check --verbose draft.txt)" = 0 ] &&
    grep -q "note: settings from $tmp/up/repo/.qawl.conf" "$tmp/err" &&
    ok "--verbose names the settings file" || fail "--verbose: $(cat "$tmp/err")"
grep -q "note: lexicons from " "$tmp/err" &&
    ok "--verbose names the lexicons" || fail "--verbose lexicons"
[ "$(run "$tmp/up/repo/drafts/sub" check draft.txt)" = 0 ] &&
    ! grep -q "settings from" "$tmp/err" &&
    ok "check without --verbose is silent about it" || fail "check noise"
run "$tmp/up/repo/drafts/sub" audit draft.txt >/dev/null
grep -q "note: settings from $tmp/up/repo/.qawl.conf" "$tmp/err" &&
    ok "audit names the settings file" || fail "audit: $(cat "$tmp/err")"
conf 'fail-on = note'
[ "$(run "$tmp" audit --config "$tmp/s.conf" draft.txt)" = 0 ] &&
    [ "$(run "$tmp" audit --fail-on note draft.txt)" = 0 ] &&
    ok "audit never fails on findings, whatever fail-on says" ||
    fail "audit failed on findings"
run "$tmp/up/repo/drafts/sub" audit -q draft.txt >/dev/null
[ ! -s "$tmp/err" ] && ok "audit -q: silent" || fail "audit -q: $(cat "$tmp/err")"

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
