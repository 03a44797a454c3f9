#!/bin/sh
# man-page.sh — qawl.1 is complete: every subcommand of `qawl --help` is in
# its SYNOPSIS and COMMANDS, every option of `--help` (long and short) is
# described, and every option the page names exists.  A CI engineer reads
# the man page, not the source.
set -eu
LC_ALL=C
export LC_ALL

[ -n "${QAWL_BIN:-}" ] && [ -x "$QAWL_BIN" ] || { echo "QAWL_BIN not set"; exit 77; }
src=${QAWL_SRCDIR:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
ok() { echo "ok: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }

"$QAWL_BIN" --help >"$tmp/help"
# the page's source as plain text: \- is -, font changes go
sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\&//g' "$src/qawl.1" >"$tmp/man"
# section NAME: the lines of one .SH section
section() { awk -v s=".SH $1" '$0 == s { on = 1; next } /^\.SH / { on = 0 } on' "$tmp/man"; }
section SYNOPSIS >"$tmp/synopsis"
section COMMANDS >"$tmp/commands"

# subcommands: the words after "qawl" on the usage lines ("lexicon check")
subs=$(sed -n 's/^\(Usage:\)\{0,1\} *qawl \([a-z][a-z]*\( check\)\{0,1\}\).*/\2/p' "$tmp/help" |
    sort -u)
[ -n "$subs" ] || fail "no subcommands found in --help"
for sub in $subs; do
    grep -q "^\.B qawl $sub\( \|$\)" "$tmp/synopsis" || fail "SYNOPSIS lacks qawl $sub"
    grep -q "^\.BI \"$sub " "$tmp/commands" || fail "COMMANDS lacks $sub"
done
echo "subcommands: $(echo $subs | tr '\n' ' ')"

# options: every --long and -x of --help
longs=$(grep -o -- '--[a-z][a-z-]*' "$tmp/help" | sort -u)
shorts=$(grep -o -- '^ *-[a-zA-Z],' "$tmp/help" | tr -d ' ,' | sort -u)
for opt in $longs $shorts; do
    grep -q -- "$opt\\([^a-z-]\\|\$\\)" "$tmp/man" || fail "qawl.1 does not describe $opt"
done
echo "options in --help: $(echo $longs $shorts | wc -w)"

# every option the page names exists (a stale page names a removed one)
for opt in $(grep -o -- '--[a-z][a-z-]*' "$tmp/man" | sort -u); do
    case $opt in --formt) continue ;; esac   # the mistyped example
    grep -q -- "$opt\\([^a-z-]\\|\$\\)" "$tmp/help" || fail "qawl.1 names $opt, which --help does not"
done

# the exit statuses are the documented ones
grep -A1 '^\.B 1$' "$tmp/man" | grep -q check || fail "exit status 1 is not check's"

[ "$failures" -eq 0 ] && ok "qawl.1 covers every subcommand and option of --help"
if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
