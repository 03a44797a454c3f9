#!/bin/sh
# The acts gold set and its scorer (tests/acts, issue #16): the scorer's
# unit tests on synthetic predictions, and a check of every gold file's
# byte offsets against its article in ../shared/eval (that part is skipped
# inside the Python test when the dev sets are absent).  Skipped (77)
# without Python.
set -eu
LC_ALL=C.UTF-8
export LC_ALL

src="${QAWL_SRCDIR:-.}"
py="${PYTHON:-python3}"
[ "$py" != ":" ] || py=python3
command -v "$py" >/dev/null 2>&1 || { echo "no $py"; exit 77; }
"$py" "$src/tests/acts/test_score_acts.py"
