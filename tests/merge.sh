#!/bin/sh
# Sharded per-speaker reports merge to the single run's report: split the
# inputs into 4 shards, report each (the map step), merge the shards in
# two different groupings and orders (the reduce step), and compare with
# one report over all inputs, byte for byte.  Uses the bundled articles
# and, when ../shared/corpus is beside the source tree, 60 real articles.
set -eu
LC_ALL=C
export LC_ALL

[ -n "${QAWL_BIN:-}" ] && [ -x "$QAWL_BIN" ] || { echo "QAWL_BIN not set"; exit 77; }
src=${QAWL_SRCDIR:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ls "$src"/tests/golden/articles/*.txt | grep -v '\.expected\.' > "$tmp/inputs"
# and short articles of our own, so that shards exist without the corpus
i=0
for who in 'الوزير سامي الحداد' 'المتحدث باسم الجيش' 'مصدر مطلع' 'الحداد'; do
    i=$((i + 1))
    printf 'وقال %s إن الهدنة صامدة في الإقليم رقم %s.\n' "$who" "$i" \
        > "$tmp/own$i.txt"
    echo "$tmp/own$i.txt" >> "$tmp/inputs"
done
corpus="$src/../shared/corpus/articles"
[ -d "$corpus" ] && ls "$corpus"/*.txt | head -60 >> "$tmp/inputs"
n=$(wc -l < "$tmp/inputs")
[ "$n" -ge 4 ] || { echo "need at least 4 inputs"; exit 1; }

# shards: every 4th input, so each shard mixes sources
for k in 0 1 2 3; do
    awk -v k="$k" 'NR % 4 == k' "$tmp/inputs" > "$tmp/shard$k"
    xargs "$QAWL_BIN" report -q -j 1 -f json -o "$tmp/s$k.json" < "$tmp/shard$k"
done
xargs "$QAWL_BIN" report -q -f json -o "$tmp/all.json" < "$tmp/inputs"

"$QAWL_BIN" merge -o "$tmp/m1.json" "$tmp/s0.json" "$tmp/s1.json" \
    "$tmp/s2.json" "$tmp/s3.json"
"$QAWL_BIN" merge -o "$tmp/m23.json" "$tmp/s3.json" "$tmp/s2.json"
"$QAWL_BIN" merge -o "$tmp/m01.json" "$tmp/s1.json" "$tmp/s0.json"
"$QAWL_BIN" merge -o "$tmp/m2.json" "$tmp/m23.json" "$tmp/m01.json"

fail=0
for m in m1 m2; do
    if cmp -s "$tmp/all.json" "$tmp/$m.json"; then
        echo "ok: merged shards ($m) = single run ($n inputs)"
    else
        echo "FAIL: merged shards ($m) differ from the single run"
        diff -u "$tmp/all.json" "$tmp/$m.json" | head -40
        fail=1
    fi
done
# md and csv render from a merged report as from the single run
for f in md csv; do
    "$QAWL_BIN" merge -f $f -o "$tmp/m.$f" "$tmp/m1.json"
    xargs "$QAWL_BIN" report -q -f $f -o "$tmp/all.$f" < "$tmp/inputs"
    if cmp -s "$tmp/m.$f" "$tmp/all.$f"; then
        echo "ok: $f from merged shards = single run"
    else
        echo "FAIL: $f from merged shards differs"
        fail=1
    fi
done
# the CSV reads back with a CSV parser: one row per quote of the report
if command -v python3 >/dev/null 2>&1; then
    if python3 - "$tmp/all.csv" "$tmp/all.json" <<'PY'
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
with open(sys.argv[2], encoding="utf-8") as f:
    report = json.load(f)
want = sum(s["quote_count"] for s in report["speakers"])
assert rows[0] == ["speaker", "kind", "document", "line", "column", "stance",
                   "score", "quote"], rows[0]
assert len(rows) - 1 == want, (len(rows) - 1, want)
assert all(len(r) == 8 for r in rows)
PY
    then
        echo "ok: the CSV reads back (one row per quote)"
    else
        echo "FAIL: the CSV does not read back"
        fail=1
    fi
fi
# a file that is not a report: exit 3, named on stderr
printf '{"not": "a report"}\n' > "$tmp/bad.json"
if "$QAWL_BIN" merge -o "$tmp/x.json" "$tmp/bad.json" 2> "$tmp/err"; then
    echo "FAIL: merging a non-report succeeded"
    fail=1
elif grep -q "bad.json.*not a qawl speaker report" "$tmp/err"; then
    echo "ok: a non-report is refused"
else
    echo "FAIL: unexpected message: $(cat "$tmp/err")"
    fail=1
fi
exit $fail
