#!/bin/sh
# The HTML speaker report in a real browser: headless Chromium loads it,
# the quotes are in its DOM, and a screenshot is written to
# tests/report-screenshot.png in the build tree.  Skipped (77) where
# Chromium is absent (.ci/run installs Debian's chromium).
set -eu
LC_ALL=C.UTF-8
export LC_ALL

[ -n "${QAWL_BIN:-}" ] && [ -x "$QAWL_BIN" ] || { echo "QAWL_BIN not set"; exit 77; }
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "no chromium"; exit 77; }
src=${QAWL_SRCDIR:-.}
out_dir=$(dirname "$QAWL_BIN")/tests
mkdir -p "$out_dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

set -- "$src/tests/golden/articles/ceasefire-talks.txt" \
    "$src/tests/golden/articles/marks-and-sources.txt"
"$QAWL_BIN" report -q -f html -o "$tmp/report.html" "$@"
want=$("$QAWL_BIN" analyze -q -f jsonl "$@" | grep -o '"type":' | wc -l)   # quotes have a type; acts a class

# the flags keep Chromium off the network and out of first-run work
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$tmp/p1" --dump-dom "file://$tmp/report.html" \
    2>/dev/null > "$tmp/dom.html"
got=$(grep -o '<mark class="q"' "$tmp/dom.html" | wc -l)
if [ "$got" -ne "$want" ]; then
    echo "FAIL: $got quotes marked in the DOM, expected $want"
    exit 1
fi
echo "ok: $got quotes marked in the browser's DOM"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$tmp/p2" --window-size=1200,1800 \
    --screenshot="$out_dir/report-screenshot.png" "file://$tmp/report.html" \
    2>/dev/null >/dev/null
if [ -s "$out_dir/report-screenshot.png" ]; then
    echo "ok: screenshot $out_dir/report-screenshot.png"
else
    echo "FAIL: no screenshot"
    exit 1
fi
