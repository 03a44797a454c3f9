#!/bin/sh
# dlclose.sh — a thread that analysed a text ends after libqawl.so is
# unloaded without a crash (tests/dlclose.c).  Exits 77 (skipped) when
# the shared library was not built (--disable-shared).
set -eu
LC_ALL=C.UTF-8
export LC_ALL

builddir=$(dirname "${QAWL_BIN:?QAWL_BIN is not set}")
lib=$builddir/.libs/libqawl.so.0
if [ ! -f "$lib" ]; then
    echo "dlclose.sh: no $lib; skipped"
    exit 77
fi
# The unloaded library leaves the thread's table to the process (the
# price of unloading): not a leak to report in a sanitizer build.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
"$builddir/tests/dlclose" "$lib" "${QAWL_LEXICONS:?QAWL_LEXICONS is not set}"
