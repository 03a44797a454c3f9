#!/bin/sh
# check-exports.sh — the shared library exports only qawl_ symbols.
#
# libqawl.la is linked with -export-symbols-regex '^qawl_', so the internal
# qawlp_ functions of libqawl_core and any helper must stay hidden.  The
# build directory is the directory of QAWL_BIN (the built qawl), unless
# QAWL_BUILDDIR says otherwise.  Exits 77 (skipped) when QAWL_BIN, nm or
# the shared library is missing (e.g. a --disable-shared build).
set -eu
LC_ALL=C
export LC_ALL

if [ -z "${QAWL_BUILDDIR:-}" ]; then
    if [ -z "${QAWL_BIN:-}" ]; then
        echo "check-exports.sh: QAWL_BIN is not set; skipped"
        exit 77
    fi
    QAWL_BUILDDIR=$(dirname "$QAWL_BIN")
fi
lib=$QAWL_BUILDDIR/.libs/libqawl.so
if ! command -v nm >/dev/null 2>&1; then
    echo "check-exports.sh: no nm; skipped"
    exit 77
fi
if [ ! -f "$lib" ]; then
    echo "check-exports.sh: no $lib; skipped"
    exit 77
fi

tmp=$(mktemp "${TMPDIR:-/tmp}/qawl-exports.XXXXXX")
trap 'rm -f "$tmp"' EXIT HUP INT TERM

# Defined dynamic symbols, names only ("ADDR TYPE NAME"); version nodes
# (type A, e.g. a linker script's version name) are not functions.
nm -D --defined-only "$lib" | awk 'NF >= 3 && $2 != "A" { print $3 }' \
    | sed 's/@.*//' | sort -u >"$tmp"

fail=0
if [ ! -s "$tmp" ]; then
    echo "FAIL: $lib exports nothing"
    fail=1
fi
bad=$(grep -v '^qawl_' "$tmp" || true)
if [ -n "$bad" ]; then
    echo "FAIL: $lib exports symbols without the qawl_ prefix:"
    echo "$bad" | sed 's/^/  /'
    fail=1
fi
# The public API is there (a sample of each part of qawl.h).
for sym in qawl_analyze qawl_result_free qawl_lexicon_load \
    qawl_lexicon_add_file qawl_quote_speaker qawl_writer_new \
    qawl_status_string qawl_version; do
    if ! grep -qx "$sym" "$tmp"; then
        echo "FAIL: $sym is not exported"
        fail=1
    fi
done
if grep -q '^qawlp_' "$tmp"; then
    echo "FAIL: internal qawlp_ symbols are exported"
    fail=1
fi
[ "$fail" -eq 0 ] || exit 1
echo "ok: $(wc -l <"$tmp") symbols, all qawl_"
exit 0
