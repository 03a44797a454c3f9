#!/bin/sh
# Golden-file test: runs the CLI over every article in tests/golden/articles
# and compares each report with its checked-in expectation:
#   NAME.txt -> NAME.expected.json (JSON) and NAME.expected.txt (text).
# QAWL_UPDATE_GOLDEN=1 rewrites the expectations instead (review the diff).
set -eu
LC_ALL=C
export LC_ALL

[ -n "${QAWL_BIN:-}" ] && [ -x "$QAWL_BIN" ] || { echo "QAWL_BIN not set"; exit 77; }
dir="${QAWL_SRCDIR:-.}/tests/golden/articles"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail=0
n=0
for article in "$dir"/*.txt; do
    case "$article" in *.expected.txt) continue ;; esac
    name=$(basename "$article" .txt)
    # Run from the articles folder so the reported path is the bare name.
    for fmt in json text; do
        ext=$fmt
        [ "$fmt" = text ] && ext=txt
        expected="$dir/$name.expected.$ext"
        (cd "$dir" && "$QAWL_BIN" analyze --format "$fmt" "$name.txt") \
            > "$out/$name.$ext"
        if [ "${QAWL_UPDATE_GOLDEN:-0}" = 1 ]; then
            cp "$out/$name.$ext" "$expected"
            echo "updated $expected"
            continue
        fi
        n=$((n + 1))
        if diff -u "$expected" "$out/$name.$ext"; then
            echo "ok $name ($fmt)"
        else
            echo "FAIL $name ($fmt)"
            fail=$((fail + 1))
        fi
    done
done
echo "$((n - fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
