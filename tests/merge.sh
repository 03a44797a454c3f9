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
acts = sum(s["act_count"] for s in report["speakers"])
assert rows[0] == ["speaker", "kind", "document", "line", "column", "stance",
                   "score", "quote", "act"], rows[0]
assert len(rows) - 1 == want + acts, (len(rows) - 1, want, acts)
assert all(len(r) == 9 for r in rows)
# acts survive the merge: rows with a class, as many as the report's
assert acts > 0 and sum(1 for r in rows[1:] if r[8]) == acts
PY
    then
        echo "ok: the CSV reads back (one row per quote, one per act)"
    else
        echo "FAIL: the CSV does not read back"
        fail=1
    fi
fi
# a one-word speaker (الحداد, own4) is shown under the one full name ending
# with it (سامي الحداد, own1) in md/csv/html; the JSON keeps both keys so
# that merging stays exact, and a merged JSON shows folded the same way.
"$QAWL_BIN" report -q -f md -o "$tmp/f.md" "$tmp/own1.txt" "$tmp/own4.txt"
"$QAWL_BIN" report -q -f json -o "$tmp/f.json" "$tmp/own1.txt" "$tmp/own4.txt"
"$QAWL_BIN" report -q -f json -o "$tmp/f1.json" "$tmp/own1.txt"
"$QAWL_BIN" report -q -f json -o "$tmp/f4.json" "$tmp/own4.txt"
"$QAWL_BIN" merge -f md -o "$tmp/fm.md" "$tmp/f4.json" "$tmp/f1.json"
if grep -q '^| سامي الحداد | person | 2 | 2 |' "$tmp/f.md" &&
   ! grep -q '^| الحداد |' "$tmp/f.md" &&
   [ "$(grep -c '"key": ".*الحداد"' "$tmp/f.json")" -eq 2 ] &&
   cmp -s "$tmp/f.md" "$tmp/fm.md"; then
    echo "ok: a surname-only speaker is folded into its full name"
else
    echo "FAIL: surname folding"; cat "$tmp/f.md"
    fail=1
fi
# a person known by the first name (تيدروس) folds into the full name
# opening with it
printf 'وقال المدير العام نوربيرتو فالدازي سيمونيتي إن المستشفى مكتظ.\n' > "$tmp/own6.txt"
printf 'وقال نوربيرتو إن الإمدادات لم تصل.\n' > "$tmp/own7.txt"
"$QAWL_BIN" report -q -f md -o "$tmp/h.md" "$tmp/own6.txt" "$tmp/own7.txt"
if grep -q '^| نوربيرتو فالدازي سيمونيتي | person | 2 | 2 |' "$tmp/h.md" &&
   ! grep -q '^| نوربيرتو |' "$tmp/h.md"; then
    echo "ok: a first-name-only speaker is folded into its full name"
else
    echo "FAIL: first-name folding"; cat "$tmp/h.md"
    fail=1
fi
# two people sharing the family name: the one-word speaker stays apart
printf 'وقالت الوزيرة ليلى الحداد إن المستشفى مكتظ.\n' > "$tmp/own5.txt"
"$QAWL_BIN" report -q -f md -o "$tmp/g.md" "$tmp/own1.txt" "$tmp/own4.txt" \
    "$tmp/own5.txt"
if grep -q '^| الحداد | person | 1 | 1 |' "$tmp/g.md"; then
    echo "ok: an ambiguous surname is not folded"
else
    echo "FAIL: ambiguous surname folded"; cat "$tmp/g.md"
    fail=1
fi
# ... but a full name quoted far less than the one word is someone else
for k in 6 7 8 9 10; do
    printf 'وقال الحداد إن القصف توقف في الإقليم رقم %s.\n' "$k" > "$tmp/own$k.txt"
done
"$QAWL_BIN" report -q -f md -o "$tmp/h.md" "$tmp/own1.txt" "$tmp/own6.txt" \
    "$tmp/own7.txt" "$tmp/own8.txt" "$tmp/own9.txt" "$tmp/own10.txt"
if grep -q '^| الحداد | person | 5 | 5 |' "$tmp/h.md"; then
    echo "ok: a rare full name does not take a frequent surname"
else
    echo "FAIL: rare full name took the surname"; cat "$tmp/h.md"
    fail=1
fi
# a word that ends some full names and opens another (عباس: محمود عباس,
# عباس عراقجي) folds as a surname when the most quoted full name ends
# with it, and not when a name it opens is quoted more
printf 'وقال الرئيس كمال صالح إن الوضع صعب.\nوأضاف كمال صالح أن الدواء نفد.\nوأكد كمال صالح أن الطريق مغلق.\nوتابع كمال صالح أن الجسر مقطوع.\n' > "$tmp/sal1.txt"
printf 'وقال الطبيب رامي صالح إن المستشفى مكتظ.\n' > "$tmp/sal2.txt"
printf 'وقال الوزير صالح القيسي إن المعبر مفتوح.\nوأضاف صالح القيسي أن الشاحنات وصلت.\n' > "$tmp/sal3.txt"
printf 'وقال صالح إن الإمدادات لم تصل.\n' > "$tmp/sal4.txt"
printf 'وأكد صالح القيسي أن الجسر مقطوع.\nوتابع صالح القيسي أن الطريق مغلق.\nوختم صالح القيسي بأن الوضع صعب.\n' > "$tmp/sal5.txt"
"$QAWL_BIN" report -q -f md -o "$tmp/s.md" "$tmp/sal1.txt" "$tmp/sal2.txt" \
    "$tmp/sal3.txt" "$tmp/sal4.txt"
"$QAWL_BIN" report -q -f md -o "$tmp/s5.md" "$tmp/sal1.txt" "$tmp/sal2.txt" \
    "$tmp/sal3.txt" "$tmp/sal4.txt" "$tmp/sal5.txt"
if grep -q '^| كمال صالح | person | 2 | 5 |' "$tmp/s.md" &&
   ! grep -q '^| صالح |' "$tmp/s.md" &&
   grep -q '^| صالح | person | 1 | 1 |' "$tmp/s5.md"; then
    echo "ok: a word that is surname and first name folds as the top surname"
else
    echo "FAIL: surname before first name"; cat "$tmp/s.md" "$tmp/s5.md"
    fail=1
fi
# in the HTML page the folded quotes wear the full name's colour
"$QAWL_BIN" report -q -f html -o "$tmp/f.html" "$tmp/own1.txt" "$tmp/own4.txt"
if [ "$(grep -o '<mark class="q" style="background:#[0-9a-f]*"' "$tmp/f.html" |
        sort -u | wc -l)" -eq 1 ]; then
    echo "ok: folded quotes share the full name's colour"
else
    echo "FAIL: folded quotes coloured apart"
    fail=1
fi
# folding is done once on the whole report, from the unfolded counts: the
# same bytes whatever the order of the documents and however the shards
# are grouped, the one word kept among the full name's spellings, and an
# ambiguous surname (two full names end with العطار) left apart
printf 'وقال الوزير سامي الحداد إن الهدنة صامدة.\n' > "$tmp/o1.txt"
printf 'وقال الحداد إن المعبر مفتوح.\n' > "$tmp/o2.txt"
printf 'وقال المدير نوربيرتو فالدازي سيمونيتي إن المستشفى مكتظ.\n' > "$tmp/o3.txt"
printf 'وقال نوربيرتو إن الإمدادات لم تصل.\n' > "$tmp/o4.txt"
printf 'وقالت الوزيرة ليلى العطار إن الطريق مغلق.\n' > "$tmp/o5.txt"
printf 'وقال الطبيب كريم العطار إن الدواء نفد.\n' > "$tmp/o6.txt"
printf 'وقال العطار إن الجسر مقطوع.\n' > "$tmp/o7.txt"
"$QAWL_BIN" report -q -f md -o "$tmp/o.md" "$tmp"/o[1-7].txt
"$QAWL_BIN" report -q -f md -o "$tmp/r.md" "$tmp/o7.txt" "$tmp/o6.txt" \
    "$tmp/o5.txt" "$tmp/o4.txt" "$tmp/o3.txt" "$tmp/o2.txt" "$tmp/o1.txt"
"$QAWL_BIN" report -q -f json -o "$tmp/oa.json" "$tmp/o7.txt" "$tmp/o2.txt"
"$QAWL_BIN" report -q -f json -o "$tmp/ob.json" "$tmp/o1.txt" "$tmp/o6.txt" \
    "$tmp/o4.txt"
"$QAWL_BIN" report -q -f json -o "$tmp/oc.json" "$tmp/o3.txt" "$tmp/o5.txt"
"$QAWL_BIN" merge -f md -o "$tmp/om.md" "$tmp/oc.json" "$tmp/oa.json" \
    "$tmp/ob.json"
if cmp -s "$tmp/o.md" "$tmp/r.md" && cmp -s "$tmp/o.md" "$tmp/om.md" &&
   grep -q '^| سامي الحداد | person | 2 | 2 |' "$tmp/o.md" &&
   grep -q '^| نوربيرتو فالدازي سيمونيتي | person | 2 | 2 |' "$tmp/o.md" &&
   grep -q '^| العطار | person | 1 | 1 |' "$tmp/o.md" &&
   ! grep -q '^| الحداد \|^| نوربيرتو |' "$tmp/o.md" &&
   grep -A2 '^## سامي الحداد ' "$tmp/o.md" | grep -q '^Also written: .*الحداد' &&
   grep -A2 '^## نوربيرتو فالدازي سيمونيتي ' "$tmp/o.md" |
       grep -q '^Also written: .*نوربيرتو;\|^Also written: .*نوربيرتو$'; then
    echo "ok: folding is the same in any order of documents and shards"
else
    echo "FAIL: folding depends on the order"
    diff -u "$tmp/o.md" "$tmp/r.md" | head -20
    diff -u "$tmp/o.md" "$tmp/om.md" | head -20
    fail=1
fi
# a full name also written without its last word (رامز فالدازي) is that
# name cut short: its quotes weigh with the full name, not against it, so
# the first name alone folds although a misspelt variant (سيمونيتا) is
# quoted too; without the short form the two full names weigh alike
printf 'وقال المدير رامز فالدازي سيمونيتي إن المستشفى مكتظ.\nوأضاف رامز فالدازي سيمونيتي أن الدواء نفد.\n' > "$tmp/n1.txt"
printf 'وقال المدير رامز فالدازي إن الطريق مغلق.\n' > "$tmp/n2.txt"
printf 'وقال المدير رامز فالدازي سيمونيتا إن الجسر مقطوع.\n' > "$tmp/n3.txt"
printf 'وقال رامز إن الإمدادات لم تصل.\n' > "$tmp/n4.txt"
"$QAWL_BIN" report -q -f md -o "$tmp/n.md" "$tmp"/n[1-4].txt
"$QAWL_BIN" report -q -f md -o "$tmp/n3.md" "$tmp/n1.txt" "$tmp/n3.txt" \
    "$tmp/n4.txt"
if grep -q '^| رامز فالدازي سيمونيتي | person | 2 | 3 |' "$tmp/n.md" &&
   ! grep -q '^| رامز |' "$tmp/n.md" &&
   grep -q '^| رامز فالدازي | person | 1 | 1 |' "$tmp/n.md" &&
   grep -q '^| رامز | person | 1 | 1 |' "$tmp/n3.md"; then
    echo "ok: a shorter form of the full name weighs with it"
else
    echo "FAIL: shorter form of the full name"; cat "$tmp/n.md" "$tmp/n3.md"
    fail=1
fi
# acts (issue 16): a report written before acts ("qawl-speakers": "1",
# no act members) still merges, and merging carries each speaker's acts;
# the HTML page underlines acts
"$QAWL_BIN" report -q -f json -o "$tmp/acts.json" \
    "$src/tests/golden/articles/ceasefire-talks.txt"
if command -v python3 >/dev/null 2>&1 &&
   python3 - "$tmp/acts.json" "$tmp/old.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["qawl-speakers"] == "1.1"
assert sum(s["act_count"] for s in d["speakers"]) > 0
d["qawl-speakers"] = "1"
for s in d["speakers"]:
    for k in ("act_count", "act_classes", "acts"):
        del s[k]
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
then
    "$QAWL_BIN" merge -q -o "$tmp/both.json" "$tmp/old.json" "$tmp/acts.json"
    "$QAWL_BIN" merge -q -o "$tmp/twice.json" "$tmp/acts.json" "$tmp/acts.json"
    if python3 - "$tmp/acts.json" "$tmp/both.json" "$tmp/twice.json" <<'PY'
import json, sys
one, both, twice = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:])
acts = lambda r: {s["key"]: s["act_count"] for s in r["speakers"]}
a = acts(one)
assert acts(both) == a, (acts(both), a)
assert acts(twice) == {k: 2 * v for k, v in a.items()}
for s in twice["speakers"]:
    assert sum(c["count"] for c in s["act_classes"]) == s["act_count"]
PY
    then
        echo "ok: acts merge (an older report without acts too)"
    else
        echo "FAIL: acts do not merge"
        fail=1
    fi
fi
"$QAWL_BIN" report -q -f html -o "$tmp/a.html" \
    "$src/tests/golden/articles/ceasefire-talks.txt"
if [ "$(grep -o '<mark class="a"' "$tmp/a.html" | wc -l)" -eq \
     "$("$QAWL_BIN" analyze -q -f jsonl "$src/tests/golden/articles/ceasefire-talks.txt" |
        grep -o '"class":' | wc -l)" ]; then
    echo "ok: the HTML page underlines every act"
else
    echo "FAIL: acts not marked in the HTML page"
    fail=1
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
