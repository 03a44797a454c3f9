#!/bin/sh
# Regression floor on the development set: runs qawl over ../shared/eval/dev
# (beside the source tree) and fails when a score.py figure drops below its
# floor.  Skipped (77) where the dev set or Python is absent.  Raise the
# floors as results improve; never lower them to make a change pass.
set -eu
LC_ALL=C.UTF-8
export LC_ALL

src="${QAWL_SRCDIR:-.}"
dev="$src/../shared/eval/dev"
score="$src/../shared/eval/score.py"
py="${PYTHON:-python3}"
[ "$py" != ":" ] || py=python3
[ -d "$dev" ] && [ -f "$score" ] || { echo "no dev set at $dev"; exit 77; }
command -v "$py" >/dev/null 2>&1 || { echo "no $py"; exit 77; }
[ -n "${QAWL_BIN:-}" ] && [ -x "$QAWL_BIN" ] || { echo "QAWL_BIN not set"; exit 77; }

out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$QAWL_BIN" analyze --format json "$dev"/*.txt > "$out"
"$py" "$score" "$dev" "$out" \
    --min detect_f1=0.93 --min attrib_f1=0.88 \
    --min stance_macro_f1=0.80 --min stance_acc=0.85
# Attributions with confidence >= 0.8 must be right 95% of the time.
"$py" "$src/tests/calibration.py" "$dev" "$out" --min-precision=0.95
