#!/bin/sh
# Hostile and unusual inputs beyond article text (issue 14): tampered merge
# shards, CR-only drafts, markup-heavy pages, bad lexicon numbers, bidi
# controls in names.  Every input is generated here.
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

# ---- inline suppression counts lines as the library does: a lone CR ends
# a line, so the comment on line 2 silences lines 2-3, not line 1
printf '%s\r%s\r%s\r' 'وتتزايد التحذيرات من أن الوضع خطير.' \
    '<!-- qawl: ignore unattributed-quote -->' \
    'وتتزايد التحذيرات من أن الوضع أخطر.' >"$tmp/cr.md"
status "$QAWL_BIN" audit --config /dev/null "$tmp/cr.md" >/dev/null
if [ "$(grep -c unattributed-quote "$tmp/out")" = 1 ] &&
   grep -q "cr.md:1:" "$tmp/out"; then
    ok "inline suppression in a CR-only draft"
else
    fail "inline suppression in a CR-only draft: $(cat "$tmp/out")"
fi

# ---- a lexicon that starts with a BOM is reported as a BOM (it was a
# "NUL byte"), at 1:1
printf '\357\273\277#+format: 1\n#+language: ar\n#+kind: titles\n\n[title]\nوزير\tgender=m\n' \
    >"$tmp/bom.txt"
got=$(status "$QAWL_BIN" lexicon check "$tmp/bom.txt")
if [ "$got" = 4 ] && grep -q 'bom.txt:1:1: error: byte order mark' "$tmp/err"; then
    ok "a BOM in a lexicon is named as a BOM"
else
    fail "BOM in a lexicon: exit $got, $(cat "$tmp/err")"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
exit 0
