#!/bin/sh
# Hostile and unusual inputs beyond article text (issue 14): tampered merge
# shards, CR-only drafts, markup-heavy pages, bad lexicon numbers, bidi
# controls in names.  Every input is generated here.
set -eu
LC_ALL=C.UTF-8
export LC_ALL

[ -n "${QAWL_BIN:-}" ] && [ -x "$QAWL_BIN" ] || { echo "QAWL_BIN not set"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
ok() { echo "ok: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
status() {
    got=0
    "$@" >"$tmp/out" 2>"$tmp/err" || got=$?
    echo "$got"
}

# ---- inline suppression counts lines as the library does: a lone CR ends
# a line, so the comment on line 2 silences lines 2-3, not line 1
printf '%s\r%s\r%s\r' 'وتتزايد التحذيرات من أن الوضع خطير.' \
    '<!-- qawl: ignore unattributed-quote -->' \
    'وتتزايد التحذيرات من أن الوضع أخطر.' >"$tmp/cr.md"
status "$QAWL_BIN" audit --config /dev/null "$tmp/cr.md" >/dev/null
if [ "$(grep -c unattributed-quote "$tmp/out")" = 1 ] &&
   grep -q "cr.md:1:" "$tmp/out"; then
    ok "inline suppression in a CR-only draft"
else
    fail "inline suppression in a CR-only draft: $(cat "$tmp/out")"
fi

# ---- a lexicon that starts with a BOM is reported as a BOM (it was a
# "NUL byte"), at 1:1
printf '\357\273\277#+format: 1\n#+language: ar\n#+kind: titles\n\n[title]\nوزير\tgender=m\n' \
    >"$tmp/bom.txt"
got=$(status "$QAWL_BIN" lexicon check "$tmp/bom.txt")
if [ "$got" = 4 ] && grep -q 'bom.txt:1:1: error: byte order mark' "$tmp/err"; then
    ok "a BOM in a lexicon is named as a BOM"
else
    fail "BOM in a lexicon: exit $got, $(cat "$tmp/err")"
fi

# ---- lexicon files are regular files of bounded size: /dev/zero grew to
# gigabytes and a FIFO waited for a writer (item 5)
printf '%s\n' 'وقال الوزير سامي الحداد إن «الهدنة صامدة».' >"$tmp/lex-draft.txt"
mkfifo "$tmp/lex-fifo.txt"
truncate -s 65M "$tmp/lex-huge.txt" 2>/dev/null ||
    dd if=/dev/zero of="$tmp/lex-huge.txt" bs=1 count=0 seek=65M 2>/dev/null
for what in "analyze --lexicon /dev/zero $tmp/lex-draft.txt" \
            "analyze --lexicon $tmp/lex-fifo.txt $tmp/lex-draft.txt" \
            "lexicon check /dev/zero" "lexicon check $tmp/lex-fifo.txt"; do
    # shellcheck disable=SC2086
    got=$(status timeout 20 "$QAWL_BIN" $what)
    if [ "$got" = 4 ] && grep -q 'error: not a regular file' "$tmp/err"; then
        ok "$what: a clear error (exit 4)"
    else
        fail "$what: exit $got, $(cat "$tmp/err")"
    fi
done
mkdir -p "$tmp/lexproj/.git"
printf 'lexicon = /dev/zero\n' >"$tmp/lexproj/.qawl.conf"
got=0
(cd "$tmp/lexproj" && timeout 20 "$QAWL_BIN" check "$tmp/lex-draft.txt") \
    >"$tmp/out" 2>"$tmp/err" || got=$?
if [ "$got" = 4 ] && grep -q '/dev/zero: error: not a regular file' "$tmp/err"; then
    ok "lexicon = /dev/zero in .qawl.conf: a clear error (exit 4)"
else
    fail "lexicon = /dev/zero in .qawl.conf: exit $got, $(cat "$tmp/err")"
fi
got=$(status timeout 20 "$QAWL_BIN" lexicon check "$tmp/lex-huge.txt")
if [ "$got" = 4 ] && grep -q 'larger than 64 MiB' "$tmp/err"; then
    ok "a 65 MiB lexicon file is refused unread"
else
    fail "65 MiB lexicon: exit $got, $(cat "$tmp/err")"
fi
rm -f "$tmp/lex-huge.txt"
mkdir "$tmp/lexdir"
cp "${QAWL_LEXICONS:-$(dirname "$0")/../lexicons}"/*.txt "$tmp/lexdir/"
rm "$tmp/lexdir/places.txt"
mkfifo "$tmp/lexdir/places.txt"
got=$(status timeout 20 "$QAWL_BIN" analyze --lexicons "$tmp/lexdir" "$tmp/lex-draft.txt")
if [ "$got" = 4 ] && grep -q 'places.txt: error: not a regular file' "$tmp/err"; then
    ok "a FIFO among the shipped lexicon files: a clear error"
else
    fail "FIFO in --lexicons: exit $got, $(cat "$tmp/err")"
fi

# ---- merge: a shard is untrusted input
printf '%s\n' 'وقال الوزير سامي الحداد إن «الهدنة صامدة في الإقليم».' >"$tmp/a.txt"
printf '%s\n' 'وقالت الوزيرة ليلى منصور إن «المعبر مفتوح».' >"$tmp/b.txt"
(cd "$tmp" && "$QAWL_BIN" report -q -f json -o a.json a.txt &&
    "$QAWL_BIN" report -q -f json -o b.json b.txt &&
    "$QAWL_BIN" report -q -f json -o ab.json a.txt b.txt)
"$QAWL_BIN" merge -o "$tmp/good.json" "$tmp/a.json"
# quotes that are not objects with string fields (a segfault before)
sed 's/"quotes": \[/"quotes": [null,/; s/"quote_count": 1/"quote_count": 2/' "$tmp/a.json" \
    >"$tmp/null-quote.json"
got=$(status "$QAWL_BIN" merge -o "$tmp/x.json" "$tmp/null-quote.json")
if [ "$got" = 3 ] &&
   grep -q 'null-quote.json: error: .*\$\.speakers\[0\]\.quotes\[0\]: not an object' "$tmp/err"; then
    ok "merge: a quote that is not an object is named by file and JSON path"
else
    fail "merge: null quote: exit $got, $(cat "$tmp/err")"
fi
# every kind of damage is refused, with its path, and nothing is merged
check_refused() {   # NAME SED-SCRIPT PATH-REGEX
    sed "$2" "$tmp/ab.json" >"$tmp/$1.json"
    got=$(status "$QAWL_BIN" merge -o "$tmp/m.json" "$tmp/a.json" "$tmp/$1.json")
    if [ "$got" = 3 ] && grep -q "$1.json: error: .*$3" "$tmp/err" &&
       cmp -s "$tmp/m.json" "$tmp/good.json"; then
        ok "merge refuses $1, keeps nothing of it"
    else
        fail "merge $1: exit $got, $(cat "$tmp/err")"
    fi
}
check_refused html-kind 's/"kind": "person"/"kind": "<img src=x onerror=alert(1)>"/' \
    'speakers\[0\]\.kind: not one of'
check_refused csv-stance 's/"stance": "de-escalation"/"stance": "=cmd|x\\r\\nnew,row"/' \
    'quotes\[0\]\.stance: not one of'
check_refused negative-count 's/"documents": 1/"documents": -5/' \
    'speakers\[[01]\]\.documents: not an integer'
check_refused string-line 's/"line": 1,/"line": "1",/' 'quotes\[0\]\.line: not an integer'
check_refused wrong-sum 's/"neutral": 0/"neutral": 7/' 'stance\.neutral'
check_refused extra-member 's/"documents": 1/"documents": 1, "x": 0/' \
    'a member that is not part of the format'
check_refused no-header 's/"qawl-speakers": "1"/"qawl-speakers": "2"/' \
    '\$\.qawl-speakers'
# the second speaker of the shard is broken: its first is not kept either
sed '0,/"kind": "person"/! s/"kind": "person"/"kind": "robot"/' "$tmp/ab.json" \
    >"$tmp/second-bad.json"
got=$(status "$QAWL_BIN" merge -o "$tmp/m.json" "$tmp/second-bad.json" "$tmp/a.json")
if [ "$got" = 3 ] && grep -q 'speakers\[1\]\.kind' "$tmp/err" &&
   cmp -s "$tmp/m.json" "$tmp/good.json"; then
    ok "merge: a rejected shard's valid speakers are not kept"
else
    fail "merge: rejected shard's speakers kept (exit $got)"
fi
# free strings of a shard (name, alias, term, document, quote text) are
# escaped by each format: no markup in HTML or Markdown, no formula in CSV
evil='=1+2 <script>alert(1)</script> ![i](http://e.test/i.png) [t](http://e.test/t)'
sed "s#\"name\": \"سامي الحداد\"#\"name\": \"$evil\"#;
     s#\"text\": \"#\"text\": \"$evil #; s#\"document\": \"#\"document\": \"$evil #;
     s#\"term\": \"#\"term\": \"$evil #" "$tmp/a.json" >"$tmp/evil.json"
for f in html md csv; do
    got=$(status "$QAWL_BIN" merge -f $f -o "$tmp/evil.$f" "$tmp/evil.json")
    if [ "$got" != 0 ] || ! grep -q 'alert(1)' "$tmp/evil.$f"; then
        fail "merge -f $f of free strings: exit $got, $(cat "$tmp/err")"
    elif [ $f != csv ] && grep -q '<script>' "$tmp/evil.$f"; then
        fail "merge -f $f writes <script> raw"
    elif [ $f = md ] && grep -q '[^\\]!\[\|[^\\]\[t\]' "$tmp/evil.md"; then
        fail "merge -f md passes link syntax: $(grep e.test "$tmp/evil.md" | head -1)"
    elif [ $f = csv ] && grep -q '^"\?=\|,"\?=' "$tmp/evil.csv"; then
        fail "merge -f csv starts a cell with =: $(head -2 "$tmp/evil.csv")"
    else
        ok "merge -f $f escapes a shard's free strings"
    fi
done

# counts that would pass 2^63 are refused, not wrapped
sed 's/"documents": 1/"documents": 9223372036854775000/' "$tmp/a.json" >"$tmp/big.json"
got=$(status "$QAWL_BIN" merge -o "$tmp/m.json" "$tmp/big.json" "$tmp/big.json")
if [ "$got" = 3 ] && grep -q 'passes 2^63' "$tmp/err" &&
   grep -q '"documents": 9223372036854775000' "$tmp/m.json"; then
    ok "merge: an overflowing count is refused"
else
    fail "merge: overflow (exit $got): $(cat "$tmp/err")"
fi
# keys that differ only after 1 KB stay two speakers
long=$(printf '%01200d' 0 | sed 's/0/ب/g')
sed "s/سامي الحداد/$long أ/g" "$tmp/a.json" >"$tmp/long1.json"
sed "s/سامي الحداد/$long ت/g" "$tmp/a.json" >"$tmp/long2.json"
"$QAWL_BIN" merge -o "$tmp/m.json" "$tmp/long1.json" "$tmp/long2.json"
if [ "$(grep -c '"key":' "$tmp/m.json")" = 2 ]; then
    ok "merge: long keys that differ late stay apart"
else
    fail "merge: long keys merged"
fi
# kind and stance are written through each format's escaper; names lose
# bidi controls
sed 's/"name": "سامي الحداد"/"name": "سامي \xe2\x80\xaeالحداد"/' "$tmp/a.json" \
    >"$tmp/bidi.json"
for f in json md csv html; do
    "$QAWL_BIN" merge -f $f -o "$tmp/bidi.$f" "$tmp/bidi.json"
    if grep -q "$(printf '\342\200\256')" "$tmp/bidi.$f"; then
        fail "merge -f $f keeps U+202E in a name"
    else
        ok "merge -f $f: no U+202E in names"
    fi
done
printf '%s\n' 'وقال الوزير سامي '"$(printf '\342\200\256')"'الحداد إن «الهدنة صامدة».' \
    >"$tmp/bidi.txt"
for f in json md csv; do
    "$QAWL_BIN" report -q -f $f -o "$tmp/r.$f" "$tmp/bidi.txt"
    grep -q "$(printf '\342\200\256')" "$tmp/r.$f" &&
        fail "report -f $f keeps U+202E in a name" || ok "report -f $f: no U+202E"
done
for f in json text; do
    "$QAWL_BIN" analyze -f $f "$tmp/bidi.txt" >"$tmp/r.$f"
    grep -q "$(printf '\342\200\256')" "$tmp/r.$f" &&
        fail "analyze -f $f keeps U+202E in a name" || ok "analyze -f $f: no U+202E"
done
"$QAWL_BIN" explain "$tmp/bidi.txt" --quote 1 >"$tmp/r.explain"
grep -q "$(printf '\342\200\256')" "$tmp/r.explain" &&
    fail "explain keeps U+202E in a name" || ok "explain: no U+202E"
"$QAWL_BIN" report -q -f html -o "$tmp/r.html" "$tmp/bidi.txt"
grep 'class="swatch"' "$tmp/r.html" | grep -q "$(printf '\342\200\256')" &&
    fail "report -f html keeps U+202E in a name" || ok "report -f html: no U+202E in names"

# ---- report -f md: link and image syntax in a quote stays text
printf '%s\n' 'وقال الوزير سامي الحداد إن «الهدنة ![x](http://e.test/x.png) و[t](http://e.test/t) صامدة».' \
    >"$tmp/md.txt"
"$QAWL_BIN" report -q -f md -o "$tmp/md.md" "$tmp/md.txt"
if grep -q 'e.test/x.png' "$tmp/md.md" && ! grep -q '!\[' "$tmp/md.md" &&
   ! grep -q '[^\\]\]' "$tmp/md.md"; then
    ok "report -f md: ![x](url) and [t](url) are escaped"
else
    fail "report -f md passes link syntax: $(grep e.test "$tmp/md.md")"
fi

# ---- markup-heavy pages: the article after 300 KB of script, style and
# SVG is analysed (it was 0 quotes, exit 0)
{
    printf '<html><head><script>'
    awk 'BEGIN { for (i = 0; i < 10000; i++) print "var x = \"<p>\" + 1;" }'
    printf '</script><style>'
    awk 'BEGIN { for (i = 0; i < 8000; i++) print "p{color:red}" }'
    printf '</style></head><body><svg>'
    awk 'BEGIN { for (i = 0; i < 5000; i++) print "<path d=\"M0 0L1 1\"/>" }'
    printf '</svg><p>%s</p></body></html>\n' \
        'وقال الوزير سامي الحداد إن «الهدنة صامدة في الإقليم».'
} >"$tmp/heavy.html"
got=$(status "$QAWL_BIN" analyze -f text "$tmp/heavy.html")
if [ "$got" = 0 ] && grep -q '1 quote' "$tmp/out"; then
    ok "HTML text after 300 KB of script/style/svg is found"
else
    fail "markup-heavy page: exit $got, $(head -1 "$tmp/out")"
fi
# a NUL in a Markdown draft (cmark reads U+FFFD) no longer blanks its line
printf 'وقال الوزير سامي الحداد إن \000 «الهدنة صامدة».\n' >"$tmp/nul.md"
got=$(status "$QAWL_BIN" analyze -f text "$tmp/nul.md")
[ "$got" = 0 ] && grep -q '1 quote' "$tmp/out" &&
    ok "a NUL in Markdown keeps its line's text" ||
    fail "NUL in Markdown: exit $got, $(head -1 "$tmp/out")"
# text the placing cannot find again is an error with its place, never a
# silent 0 quotes (an unclosed <xmp> whose text libxml2 gives, with "&#"
# dropped, where the placing sees raw text to the end)
printf -- '<xmp>;![&#&nGt;<xmp>' >"$tmp/odd.html"
got=$(status "$QAWL_BIN" analyze -f json "$tmp/odd.html")
if [ "$got" = 3 ] &&
   grep -q 'odd.html:1:1: error: text of the draft .* could not be placed' "$tmp/err"; then
    ok "unplaceable draft text is reported (exit 3)"
else
    fail "unplaceable text: exit $got, $(cat "$tmp/err")"
fi

# ---- audit: 5,000 stray marks give 100 findings and one that counts the
# rest (each finding held ~650 bytes per input byte before)
awk 'BEGIN { for (i = 0; i < 5000; i++) printf "«ا "; print "" }' >"$tmp/marks.txt"
status "$QAWL_BIN" audit --config /dev/null "$tmp/marks.txt" >/dev/null
if [ "$(grep -c 'quotation mark with no partner \[' "$tmp/out")" = 100 ] &&
   grep -q '4900 more quotation marks with no partner' "$tmp/out"; then
    ok "audit: stray marks listed up to 100, then counted"
else
    fail "audit: stray marks: $(wc -l <"$tmp/out") lines"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
exit 0
