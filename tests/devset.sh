#!/bin/sh
# Regression floors on both development sets, ../shared/eval/dev (21
# articles from 2018) and ../shared/eval/dev-gaza (30 Gaza-war articles),
# beside the source tree: runs qawl over each and fails when a score.py
# figure drops below its floor.  Skipped (77) where the sets or Python are
# absent.  Raise the floors as results improve; never lower them to make a
# change pass.  The floors sit just under the figures measured when they
# were set; a change that helps one set and hurts the other fails here.
set -eu
LC_ALL=C.UTF-8
export LC_ALL

src="${QAWL_SRCDIR:-.}"
eval_dir="$src/../shared/eval"
score="$eval_dir/score.py"
py="${PYTHON:-python3}"
[ "$py" != ":" ] || py=python3
[ -d "$eval_dir/dev" ] && [ -d "$eval_dir/dev-gaza" ] && [ -f "$score" ] ||
    { echo "no dev sets at $eval_dir"; exit 77; }
command -v "$py" >/dev/null 2>&1 || { echo "no $py"; exit 77; }
[ -n "${QAWL_BIN:-}" ] && [ -x "$QAWL_BIN" ] || { echo "QAWL_BIN not set"; exit 77; }

out=$(mktemp)
trap 'rm -f "$out"' EXIT

echo "== dev (2018)"
"$QAWL_BIN" analyze --format json "$eval_dir/dev"/*.txt > "$out"
"$py" "$score" "$eval_dir/dev" "$out" \
    --min detect_f1=0.95 --min attrib_f1=0.905 \
    --min stance_macro_f1=0.88 --min stance_acc=0.92
# Attributions with confidence >= 0.8 must be right 95% of the time.
"$py" "$src/tests/calibration.py" "$eval_dir/dev" "$out" --min-precision=0.95

echo "== dev-gaza (2023-24)"
"$QAWL_BIN" analyze --format json "$eval_dir/dev-gaza"/*.txt > "$out"
"$py" "$score" "$eval_dir/dev-gaza" "$out" \
    --min detect_f1=0.955 --min attrib_f1=0.905 \
    --min stance_macro_f1=0.91 --min stance_acc=0.95
# Calibration on dev-gaza: attributions with confidence >= 0.8 right 95%
# of the time, as on dev (measured 0.954).
"$py" "$src/tests/calibration.py" "$eval_dir/dev-gaza" "$out" --min-precision=0.95
