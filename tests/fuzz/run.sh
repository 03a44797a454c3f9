#!/bin/sh
# run.sh TARGET CORPUS-DIR SECONDS [DICTIONARY]: fuzzes TARGET (a libFuzzer
# binary) for SECONDS, starting from and adding to CORPUS-DIR, and prints
# one summary line: executions, coverage (edges), features, corpus size,
# time, and the findings.
#
# A crash, a leak, undefined behaviour or an input slower than a second
# (-timeout=1) is a finding: its input is saved as ARTIFACTS/KIND-HASH
# (QAWL_FUZZ_ARTIFACTS, default: CORPUS-DIR/../artifacts) and the script
# exits 1.  To make a finding a regression test, copy the input to
# tests/fuzz/regressions/TARGET-NAME/ once it is fixed.
set -u
target=$1
corpus=$2
seconds=$3
dict=${4:-}
artifacts=${QAWL_FUZZ_ARTIFACTS:-$(dirname "$corpus")/artifacts}
name=$(basename "$target")
mkdir -p "$corpus" "$artifacts"
log="$artifacts/$name.log"

set -- -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/"
[ -n "$dict" ] && set -- "$@" -dict="$dict"
# Sanitizer reports end the run with a status libFuzzer passes on.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    "$target" "$@" "$corpus" > "$log" 2>&1
status=$?

done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)
stat() { awk -v k="stat::$1:" '$1 == k { print $2 }' "$log" | tail -1; }
execs=$(stat number_of_executed_units)
secs=$(stat average_exec_per_sec)
cov=$(echo "$done_line" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
ft=$(echo "$done_line" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
corp=$(echo "$done_line" | sed -n 's/.*corp: \([0-9]*\).*/\1/p')
findings=$(ls "$artifacts" | grep -cE '^(crash|leak|timeout|oom|slow-unit)-' || true)
echo "$name: ${execs:-?} executions in ${seconds}s (${secs:-?}/s)," \
    "cov ${cov:-?} edges, ft ${ft:-?}, corpus ${corp:-?}," \
    "findings $findings, exit $status"
if [ "$status" -ne 0 ] || [ "$findings" -ne 0 ]; then
    grep -E 'ERROR:|SUMMARY|runtime error|Test unit written' "$log" | head -20
    exit 1
fi
exit 0
