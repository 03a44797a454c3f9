#!/bin/sh
# lexicon-errors.sh — `qawl lexicon check` on malformed lexicon files.
#
# For every tests/lexicons-bad/NAME.txt, runs `qawl lexicon check NAME.txt`
# and requires exit status 4 and a standard error that is exactly
# tests/lexicons-bad/NAME.err, the one diagnostic line
#
#     qawl: NAME.txt:LINE:COL: error: MESSAGE
#
# Paths: the check runs from inside the lexicons-bad directory of the
# source tree with the bare file name as its argument, so the path the CLI
# prints is just NAME.txt whatever the build layout (VPATH, distcheck):
# the .err files hold that bare name and no normalisation is needed.
# QAWL_BIN is made absolute first so the cd does not lose it.
#
# Then the shipped lexicons directory must pass (exit 0, "ok" on stdout).
#
# Environment: QAWL_BIN (the built qawl), QAWL_LEXICONS (the shipped
# lexicons, used as the base set a user file is added to), QAWL_SRCDIR.
# Exits 77 (skipped) when QAWL_BIN is missing.
set -eu
LC_ALL=C
export LC_ALL

if [ -z "${QAWL_BIN:-}" ] || [ ! -x "$QAWL_BIN" ]; then
    echo "lexicon-errors.sh: QAWL_BIN is not set or not executable; skipped"
    exit 77
fi
case $QAWL_BIN in
/*) ;;
*) QAWL_BIN=$(pwd)/$QAWL_BIN ;;
esac
srcdir=${QAWL_SRCDIR:-$(dirname "$0")/..}
badsrc=$srcdir/tests/lexicons-bad
lexdir=${QAWL_LEXICONS:-$srcdir/lexicons}
case $lexdir in
/*) ;;
*) lexdir=$(pwd)/$lexdir ;;
esac
QAWL_LEXICONS=$lexdir
export QAWL_LEXICONS

tmp=$(mktemp -d "${TMPDIR:-/tmp}/qawl-lexerr.XXXXXX")
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

fail=0
count=0
for txt in "$badsrc"/*.txt; do
    name=$(basename "$txt" .txt)
    expected=$badsrc/$name.err
    count=$((count + 1))
    before=$fail
    if [ ! -f "$expected" ]; then
        echo "FAIL: $name: no $name.err next to $name.txt"
        fail=$((fail + 1))
        continue
    fi
    status=0
    (cd "$badsrc" && "$QAWL_BIN" lexicon check "$name.txt") \
        >"$tmp/out" 2>"$tmp/err" || status=$?
    if [ "$status" -ne 4 ]; then
        echo "FAIL: $name: exit status $status, expected 4"
        fail=$((fail + 1))
    fi
    if ! cmp -s "$expected" "$tmp/err"; then
        echo "FAIL: $name: unexpected diagnostic"
        diff "$expected" "$tmp/err" || true
        fail=$((fail + 1))
    fi
    if [ -s "$tmp/out" ]; then
        echo "FAIL: $name: unexpected standard output:"
        cat "$tmp/out"
        fail=$((fail + 1))
    fi
    if [ "$fail" -eq "$before" ]; then
        echo "ok: $name"
    fi
done

if [ "$count" -lt 6 ]; then
    echo "FAIL: only $count malformed lexicons found in $badsrc"
    fail=$((fail + 1))
fi

# The shipped lexicons pass.
status=0
"$QAWL_BIN" lexicon check "$lexdir" >"$tmp/out" 2>"$tmp/err" || status=$?
if [ "$status" -ne 0 ]; then
    echo "FAIL: shipped lexicons: exit status $status"
    cat "$tmp/err"
    fail=$((fail + 1))
elif [ -s "$tmp/err" ] || ! grep -q ': ok, [1-9][0-9]* entries$' "$tmp/out"
then
    echo "FAIL: shipped lexicons: unexpected output"
    cat "$tmp/out" "$tmp/err"
    fail=$((fail + 1))
else
    echo "ok: shipped lexicons"
fi

[ "$fail" -eq 0 ] || exit 1
exit 0
