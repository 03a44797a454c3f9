#!/bin/sh
# corpus.sh OUTDIR: writes the seed corpora of the fuzz targets.
#
#   OUTDIR/analyze   the bundled sample articles and Markdown/HTML drafts,
#                    each with a few option bytes in front (see
#                    fuzz_analyze.c), a slice of ../shared/corpus when it
#                    is there, and the regression inputs;
#   OUTDIR/lexicon   the shipped lexicons, the malformed ones of
#                    tests/lexicons-bad and the regression inputs;
#   OUTDIR/settings  .qawl.conf files of our own, good and bad, and the
#                    regression inputs;
#   OUTDIR/json      the analyze seeds (fuzz_json reads the same option
#                    bits 0-2), articles of our own whose quotes hold
#                    every escape JSON has, odd file names, and the
#                    regression inputs;
#   OUTDIR/merge     saved speaker reports, valid and damaged, and the
#                    regression inputs.
#
# QAWL_SRCDIR is the source tree (default: this script's ../..);
# QAWL_FUZZ_SLICE how many corpus articles to add (default 200).
set -eu
src=${QAWL_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
out=$1
slice=${QAWL_FUZZ_SLICE:-200}
mkdir -p "$out/analyze" "$out/lexicon" "$out/settings" "$out/json"

# seed NAME OPTION-BYTE FILE: FILE with the option byte in front.
seed() {
    { printf "\\$(printf '%03o' "$2")"; cat "$3"; } > "$out/analyze/$1"
}

n=0
for f in "$src"/tests/golden/articles/*.txt; do
    case $f in *.expected.*) continue ;; esac
    n=$((n + 1))
    seed "article$n-json" 0 "$f"            # JSON
    seed "article$n-all" 104 "$f"           # JSON Lines, speakers, audit
    seed "article$n-explain" 25 "$f"        # repair, text with --explain
done

# Drafts with markup of our own making.
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
cat > "$tmp" <<'EOF'
---
title: "مسودة"
---
# عنوان

وقال **الوزير** [سامي الحداد](https://example.org) إن "الهدنة صامدة".

```
قال: "ليس اقتباسا"
```
<!-- qawl: ignore unattributed-quote -->
- وأضاف أن `الحدود` ستفتح.
EOF
seed markdown 98 "$tmp"                     # Markdown, speakers, audit
cat > "$tmp" <<'EOF'
<html><head><style>p{}</style><script>var s = "قال: لا";</script></head>
<body><p>وقال الوزير سامي الحداد إن &quot;الهدنة صامدة&quot; &amp; مستمرة.</p>
<!-- تعليق --><p>وأضاف أن &#1575;لحدود &#x633;تفتح<br>اليوم.</p></body></html>
EOF
seed html 100 "$tmp"                        # HTML, speakers, audit

corpus="$src/../shared/corpus/articles"
if [ -d "$corpus" ]; then
    ls "$corpus" | head -n "$slice" | while read -r name; do
        seed "corpus-$name" 104 "$corpus/$name"
    done
fi
cp "$src"/tests/fuzz/regressions/analyze/* "$out/analyze/" 2>/dev/null || true

# fuzz_json: the analyze seeds, then quotes with '"', '\', tabs, CR,
# escape and other control characters, an error document (option bit 4)
# and file names given in the input (bit 3: length byte, then the name).
cp "$out"/analyze/* "$out/json/"
printf '\000قال الوزير سامي الحداد: "الهدنة \\ \t صامدة \033[31m \001 \177 \037 ‹نعم›\r"\n' \
    > "$out/json/escapes"
printf '\020وقال المتحدث إن "المفاوضات \b مستمرة \f غدا" \302' \
    > "$out/json/error-message"
printf '\010\014a\tb"\\\377.txtوقال الوزير: "نعم"' > "$out/json/path-bytes"
printf '\011\010دليل/م.txtوأكد الوزير أن "الحدود ستفتح"' > "$out/json/path-arabic"
cp "$src"/tests/fuzz/regressions/json/* "$out/json/" 2>/dev/null || true

# Saved speaker reports for fuzz_merge: valid shards (one speaker; two
# kinds; the same speaker twice), then damaged ones.
mkdir -p "$out/merge"
speaker() {   # KIND KEY NAME QUOTES-JSON COUNTS(de esc neu) SCORE
    printf '{"key": "%s", "kind": "%s", "name": "%s", "aliases": ["%s"],' \
        "$2" "$1" "$3" "$3"
    printf ' "documents": 1, "quote_count": %s, "stance": {"mean": 0.0,' \
        "$(( $5 + $6 + $7 ))"
    printf ' "score_milli": %s, "de-escalation": %s, "escalation": %s,' "$8" "$5" "$6"
    printf ' "neutral": %s}, "terms": [{"term": "هدنة", "weight_milli": 700,' "$7"
    printf ' "count": 1}], "quotes": %s}' "$4"
}
q1='[{"document": "a.txt", "line": 1, "column": 29, "text": "الهدنة صامدة", "stance": "de-escalation", "score_milli": 412}]'
q2='[{"document": "b.txt", "line": 3, "column": 1, "text": "المعبر <b>مفتوح</b> =1+1", "stance": "neutral", "score_milli": 0}, {"document": "b.txt", "line": 9, "column": 4, "text": "![x](http://e.test/x.png)", "stance": "escalation", "score_milli": -300}]'
{ printf '{"qawl-speakers": "1", "speakers": ['
  speaker person "سامي الحداد" "سامي الحداد" "$q1" 1 0 0 412; printf ']}\n'; } \
    > "$out/merge/one"
{ printf '{"qawl-speakers": "1", "speakers": ['
  speaker organisation "وزارة الصحة" "وزارة الصحة" "$q2" 0 1 1 -300; printf ', '
  speaker anonymous "مصدر" "مصدر مطلع" "[]" 0 0 0 0; printf ']}\n'; } \
    > "$out/merge/two"
{ printf '{"qawl-speakers": "1", "speakers": ['
  speaker person "سامي الحداد" "سامي الحداد" "$q1" 1 0 0 412; printf ', '
  speaker person "سامي الحداد" "الوزير سامي الحداد" "$q1" 1 0 0 412; printf ']}\n'; } \
    > "$out/merge/twice"
sed 's/"person"/"<script>"/' "$out/merge/one" > "$out/merge/bad-kind"
sed 's/"quotes": \[/"quotes": [null, /' "$out/merge/one" > "$out/merge/null-quote"
sed 's/"documents": 1/"documents": 9223372036854775807/' "$out/merge/one" \
    > "$out/merge/huge-count"
printf '{"qawl-speakers": "1", "speakers": {}}' > "$out/merge/not-array"
printf '[]' > "$out/merge/array"
cp "$src"/tests/fuzz/regressions/merge/* "$out/merge/" 2>/dev/null || true

cp "$src"/lexicons/*.txt "$out/lexicon/"
for f in "$src"/tests/lexicons-bad/*.txt; do
    cp "$f" "$out/lexicon/bad-$(basename "$f")"
done
cp "$src"/tests/fuzz/regressions/lexicon/* "$out/lexicon/" 2>/dev/null || true

# Settings files: the README's example, every key, and a few bad lines.
printf '%s\n' 'fail-on = warning' 'min-confidence = 0.7' \
    'severity anonymous-source = off' \
    "lexicon = newsroom.txt      # relative to the file's directory" \
    'exclude = archive/*' > "$out/settings/readme"
printf '%s\n' '# newsroom settings' '' 'fail-on = never	# tab comment' \
    'severity unattributed-quote = note' 'severity title-only-speaker = off' \
    'lexicon = /abs/titles.txt' 'exclude = drafts#2/*' 'min-confidence = 1' \
    > "$out/settings/all-keys"
printf 'fail-on = warning\r\nexclude = old\r\n' > "$out/settings/crlf"
printf 'min-confidence = 1e-3\nfail-on = note' > "$out/settings/no-final-newline"
printf 'min-confidence = nan\n' > "$out/settings/bad-nan"
printf 'severity = off\n' > "$out/settings/bad-severity"
printf 'colour = blue\n' > "$out/settings/bad-key"
printf 'fail-on\n' > "$out/settings/bad-no-equals"
cp "$src"/tests/fuzz/regressions/settings/* "$out/settings/" 2>/dev/null || true
echo "corpus.sh: $(ls "$out/analyze" | wc -l) analyze seeds," \
    "$(ls "$out/lexicon" | wc -l) lexicon seeds," \
    "$(ls "$out/settings" | wc -l) settings seeds," \
    "$(ls "$out/json" | wc -l) json seeds," \
    "$(ls "$out/merge" | wc -l) merge seeds in $out"
