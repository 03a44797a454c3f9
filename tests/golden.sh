#!/bin/sh
# Golden-file test: runs the CLI over every article in tests/golden/articles
# and compares each report with its checked-in expectation, NAME.txt ->
#   NAME.expected.json, .txt          qawl analyze (JSON, text)
#   NAME.expected.md, .csv, .html     qawl report (per speaker)
#   NAME.expected.github, .sarif.json qawl audit (the version masked)
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
    case "$article" in *.expected.*) continue ;; esac
    name=$(basename "$article" .txt)
    # Run from the articles folder so the reported path is the bare name.
    # analyze: json, text; report: md, csv, html; check: github, sarif
    for fmt in json text md csv html github sarif; do
        case $fmt in
        json | text) cmd="analyze --format $fmt"; ext=$fmt ;;
        md | csv | html) cmd="report -q --format $fmt"; ext=$fmt ;;
        github | sarif) cmd="audit -q --config /dev/null --format $fmt"
                        ext=$fmt ;;
        esac
        [ "$fmt" = text ] && ext=txt
        [ "$fmt" = sarif ] && ext=sarif.json
        expected="$dir/$name.expected.$ext"
        # shellcheck disable=SC2086
        (cd "$dir" && "$QAWL_BIN" $cmd "$name.txt") \
            | sed "s/\"version\": \"[0-9.]*\"/\"version\": \"VERSION\"/" \
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
