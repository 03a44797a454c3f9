#!/bin/sh
# fuzz-replay.sh — runs the fuzz targets' code over the seed corpus and
# every regression input (tests/fuzz/regressions), without libFuzzer: the
# replay programs feed each file to LLVMFuzzerTestOneInput().  A crash, a
# sanitizer report (in an --enable-asan/--enable-ubsan build) or a valgrind
# error (QAWL_VALGRIND=1) fails the test.
#
# Environment: QAWL_SRCDIR (source tree), QAWL_LEXICONS; the replay
# programs are looked for in the build tree's tests/fuzz/ (the current
# directory under `make check`).
set -eu
src=${QAWL_SRCDIR:-.}
dir=tests/fuzz
for p in replay_analyze replay_lexicon replay_settings replay_json \
         replay_merge; do
    [ -x "$dir/$p" ] || { echo "fuzz-replay: $dir/$p not built"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A small slice of the shared corpus keeps this quick; make fuzz uses more.
QAWL_FUZZ_SLICE=${QAWL_FUZZ_SLICE:-20} QAWL_SRCDIR=$src \
    sh "$src/tests/fuzz/corpus.sh" "$tmp/seeds"

run=
if [ "${QAWL_VALGRIND:-0}" = 1 ]; then
    run="valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite"
fi
status=0
for target in analyze lexicon settings json merge; do
    n=$(ls "$tmp/seeds/$target" | wc -l)
    if [ "$n" -eq 0 ]; then
        echo "FAIL: no $target seeds"
        status=1
        continue
    fi
    # the programs link the internal library statically: no libtool wrapper
    if ls "$tmp/seeds/$target"/* | xargs $run "$dir/replay_$target" \
            > "$tmp/out" 2>&1; then
        echo "ok: replay_$target: $n inputs"
    else
        echo "FAIL: replay_$target"
        tail -30 "$tmp/out"
        status=1
    fi
done
exit $status
