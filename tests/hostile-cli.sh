#!/bin/sh
# The command line against hostile surroundings (issue 14): JSON Lines
# records larger than --max-bytes or endless, -o onto links, devices and
# FIFOs, out of memory on one input, file names that are not UTF-8 or hold
# control characters, --repair in reports, merge limits, signals, a full
# standard output.  Every input is generated here.
set -eu
LC_ALL=C.UTF-8
export LC_ALL

[ -n "${QAWL_BIN:-}" ] && [ -x "$QAWL_BIN" ] || { echo "QAWL_BIN not set"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
ok() { echo "ok: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
skip() { echo "skip: $1"; }
status() {
    got=0
    "$@" >"$tmp/out" 2>"$tmp/err" || got=$?
    echo "$got"
}
cd "$tmp"
printf '%s\n' 'وقال الوزير سامي الحداد إن «الهدنة صامدة في الإقليم».' >a.txt
printf '%s\n' 'وقالت الوزيرة ليلى منصور إن «المعبر مفتوح».' >b.txt

# ---- item 4: JSON Lines records are bounded before they are read whole
got=$(status timeout 20 "$QAWL_BIN" analyze --input-format jsonl -f jsonl /dev/zero)
if [ "$got" = 3 ] && grep -q 'NUL byte' err; then
    ok "jsonl: /dev/zero stops with an error (exit 3)"
else
    fail "jsonl: /dev/zero: exit $got, $(cat err)"
fi
{
    printf '{"id": "first", "text": "%s"}\n' "$(cat a.txt)"
    printf '{"id": "huge", "text": "'
    awk 'BEGIN { for (i = 0; i < 3000; i++) printf "x" }'
    printf '"}\n'
    printf '{"id": "last", "text": "%s"}\n' "$(cat b.txt)"
} >recs.jsonl
got=$(status "$QAWL_BIN" analyze --input-format jsonl --max-bytes 1000 -f jsonl recs.jsonl)
if [ "$got" = 3 ] && grep -q '"path":"first"' out && grep -q '"path":"last"' out &&
   grep -q 'recs.jsonl:2: error: record of 3[0-9]* bytes, larger than --max-bytes' err; then
    ok "jsonl: a record over --max-bytes is reported and the next is read"
else
    fail "jsonl: oversized record: exit $got, $(cat err)"
fi

# ---- item 6: -o keeps the mode, follows links, writes through devices
"$QAWL_BIN" report -q -f md -o kept.md a.txt
chmod 640 kept.md
"$QAWL_BIN" report -q -f md -o kept.md b.txt
[ "$(stat -c %a kept.md)" = 640 ] && ok "-o keeps the replaced file's mode" ||
    fail "-o mode: $(stat -c %a kept.md)"
rm -f new.md
(umask 022 && "$QAWL_BIN" report -q -f md -o new.md a.txt)
[ "$(stat -c %a new.md)" = 644 ] && ok "-o: a new file gets the umask's mode" ||
    fail "-o new file mode: $(stat -c %a new.md)"
echo old >real.md
ln -s real.md link.md
"$QAWL_BIN" report -q -f md -o link.md a.txt
if [ -L link.md ] && grep -q 'سامي الحداد' real.md; then
    ok "-o through a symlink: the link stays, its file is replaced"
else
    fail "-o through a symlink"
fi
if mkfifo pipe 2>/dev/null; then
    timeout 20 cat pipe >from-pipe &   # no hang if qawl never opens it
    "$QAWL_BIN" report -q -f md -o pipe a.txt
    wait
    if [ -p pipe ] && grep -q 'سامي الحداد' from-pipe; then
        ok "-o FIFO: written through, not replaced"
    else
        fail "-o FIFO"
    fi
else
    skip "-o FIFO (no mkfifo)"
fi
if [ -c /dev/full ] && [ -w /dev/full ]; then
    # through a link of our own: a qawl that renames over its target
    # replaces the link here, never the machine's /dev/full
    ln -s /dev/full full
    got=$(status "$QAWL_BIN" report -f md -o full a.txt)
    if [ "$got" = 5 ] && [ -L full ] &&
       grep -q 'full: cannot write the report: No space left on device' err; then
        ok "-o /dev/full: written through, the reason given (exit 5)"
    else
        fail "-o /dev/full: exit $got, $(cat err)"
    fi
    for cmd in "--version" "--help" "lexicon check ${QAWL_LEXICONS:-}"; do
        got=0
        # shellcheck disable=SC2086
        "$QAWL_BIN" $cmd >/dev/full 2>err || got=$?
        if [ "$got" = 5 ] && grep -q 'standard output: write error' err; then
            ok "qawl $cmd > /dev/full: exit 5"
        else
            fail "qawl $cmd > /dev/full: exit $got"
        fi
    done
else
    skip "/dev/full"
fi

# ---- item 7: out of memory on one input fails that input only
python3 -c 'open("big.txt", "w").write("وقال الوزير سامي الحداد إن «الهدنة صامدة رقم 1». " * 300000)' \
    2>/dev/null || awk 'BEGIN { for (i = 0; i < 300000; i++) printf "وقال الوزير سامي الحداد إن «الهدنة صامدة رقم 1». " }' >big.txt
if (ulimit -v 250000 && "$QAWL_BIN" --version) >/dev/null 2>&1; then
    got=0
    (ulimit -v 250000 && exec "$QAWL_BIN" analyze -j 1 -f jsonl big.txt b.txt) \
        >out 2>err || got=$?
    if [ "$got" = 5 ] && grep -q 'big.txt: error: out of memory' err &&
       grep -q '"path":"b.txt","bytes":[0-9]*,"error":null' out; then
        ok "out of memory on one input: reported, the next input analysed (exit 5)"
    else
        fail "out of memory on one input: exit $got, $(cat err)"
    fi
    got=0
    (ulimit -v 250000 && exec "$QAWL_BIN" report -j 1 -f md big.txt b.txt) \
        >out 2>err || got=$?
    if [ "$got" = 5 ] && grep -q 'ليلى منصور' out; then
        ok "report: out of memory on one input, the report still written"
    else
        fail "report under out of memory: exit $got, $(cat err)"
    fi
else
    skip "out of memory (ulimit -v not usable with this build)"
fi

# ---- item 8: file names that are not UTF-8, same rule everywhere
badname=$(printf 'bad\377name.txt')
# the quote has no source: audit and check have a finding to name it in
{ cat a.txt; printf '%s\n' 'وتتزايد التحذيرات من أن «الوضع خطير».'; } >"$badname"
for cmd in "report -f md" "report -f json" "report -f html" "audit -f json" \
           "check -f sarif --fail-on never" "analyze -f json"; do
    # shellcheck disable=SC2086
    got=$(status "$QAWL_BIN" $cmd --config /dev/null "$badname")
    if [ "$got" = 0 ] && grep -q "bad$(printf '\357\277\275')name\|bad%EF%BF%BDname\|bad\\\\ufffdname" out; then
        ok "$cmd: a file name that is not UTF-8 is shown with U+FFFD"
    else
        fail "$cmd: name not UTF-8: exit $got, $(head -c 300 err)"
    fi
done 2>/dev/null

# a JSON Lines id longer than a document name holds is cut, maybe inside
# a letter: every command still writes its report, with U+FFFD
longid=$(awk 'BEGIN { for (i = 0; i < 300; i++) printf "ب"; }')
printf '{"id": "%s", "text": "%s %s"}\n' "$longid" "$(cat a.txt)" \
    'وتتزايد التحذيرات من أن «الوضع خطير».' >cut.jsonl
for cmd in "report -f md" "report -f json" "report -f html" "audit -f json" \
           "check -f sarif --fail-on never" "analyze -f json"; do
    # shellcheck disable=SC2086
    got=$(status "$QAWL_BIN" $cmd --config /dev/null --input-format jsonl cut.jsonl)
    if [ "$got" = 0 ] && grep -q "بب$(printf '\357\277\275')\|%EF%BF%BD\|\\ufffd" out; then
        ok "$cmd: a JSON Lines id cut inside a letter is shown with U+FFFD"
    else
        fail "$cmd: id cut short: exit $got, $(head -c 300 err)"
    fi
done

# ---- item 9: report --repair on an input that needs repair
printf 'وقال الوزير سامي الحداد إن «الهدنة \377 صامدة».\n' >rep.txt
for f in md csv json html; do
    got=$(status "$QAWL_BIN" report --repair -f $f rep.txt)
    if [ "$got" = 0 ] && grep -q "$(printf '\357\277\275')" out; then
        ok "report --repair -f $f: written, U+FFFD for the bad byte"
    else
        fail "report --repair -f $f: exit $got, $(cat err)"
    fi
done

# ---- item 13 (command line): merge reads what report writes, and never
# replaces a good report with an empty one
python3 - <<'PY' 2>/dev/null || awk 'BEGIN { exit 0 }'
import json
aliases = ["الوزير %d %s" % (i, "س" * 40) for i in range(200000)]
json.dump({"qawl-speakers": "1", "speakers": [{
    "key": "سامي الحداد", "kind": "person", "name": "سامي الحداد",
    "aliases": aliases, "documents": 1, "quote_count": 0,
    "stance": {"mean": 0.0, "score_milli": 0, "de-escalation": 0,
               "escalation": 0, "neutral": 0}, "terms": [], "quotes": []}]},
    open("large.json", "w"), ensure_ascii=False)
PY
if [ -s large.json ] && [ "$(wc -c <large.json)" -gt 16777216 ]; then
    got=$(status "$QAWL_BIN" merge -o merged.json large.json)
    [ "$got" = 0 ] && ok "merge: a report over 16 MiB is read ($(wc -c <large.json) bytes)" ||
        fail "merge of a large report: exit $got, $(cat err)"
    got=$(status "$QAWL_BIN" merge --max-bytes 1000000 -o m2.json large.json)
    [ "$got" = 3 ] && grep -q 'larger than --max-bytes' err &&
        ok "merge: --max-bytes still bounds a shard" ||
        fail "merge --max-bytes: exit $got"
    rm -f large.json merged.json
else
    skip "merge of a report over 16 MiB (no python3)"
fi
"$QAWL_BIN" report -q -f json -o good.json a.txt
cp good.json before.json
printf '{"not": "a report"}\n' >bad.json
got=$(status "$QAWL_BIN" merge -o good.json bad.json)
if [ "$got" = 3 ] && cmp -s good.json before.json && grep -q 'not written' err; then
    ok "merge: no shard merged, -o left as it was (exit 3)"
else
    fail "merge: empty report renamed into place (exit $got)"
fi

# ---- item 16: diagnostics, signals, limits
evil=$(printf 'x\n::error file=a::forged\033[31m\342\200\256.txt')
got=$(status "$QAWL_BIN" analyze -f json "$evil")
if [ "$got" = 3 ] && [ "$(wc -l <err)" = 1 ] && ! grep -q '^::error' err &&
   ! grep -q "$(printf '\033')" err && grep -q 'x\\x0A::error' err &&
   grep -q '\\u202E' err; then
    ok "file names in diagnostics: newline, escape and U+202E escaped"
else
    fail "diagnostic escaping: $(cat -v err)"
fi
mkdir -p "sp ace#1"
printf '%s\n' 'وتتزايد التحذيرات من أن «الوضع خطير».' >"sp ace#1/دليل.txt"
"$QAWL_BIN" check -f sarif --fail-on never --config /dev/null "sp ace#1/دليل.txt" >sarif.json
if grep -q '"uri": "sp%20ace%231/%D8%AF%D9%84%D9%8A%D9%84.txt"' sarif.json; then
    ok "SARIF uri percent-encoded"
else
    fail "SARIF uri: $(grep uri sarif.json)"
fi
for opt in include exclude severity; do
    set --
    i=0
    while [ $i -lt 33 ]; do
        case $opt in
        severity) set -- "$@" --severity unattributed-quote=off ;;
        *) set -- "$@" "--$opt" "*.t$i" ;;
        esac
        i=$((i + 1))
    done
    got=$(status "$QAWL_BIN" check --config /dev/null "$@" a.txt)
    [ "$got" = 2 ] && grep -q "at most 32 --$opt options" err &&
        ok "the 33rd --$opt says why" || fail "33rd --$opt: exit $got, $(cat err)"
done
if mkfifo slow 2>/dev/null; then
    "$QAWL_BIN" report -q -f md -o hup.md slow &
    pid=$!
    n=0
    while [ $n -lt 100 ] && ! ls hup.md.tmp.* >/dev/null 2>&1; do
        sleep 0.1
        n=$((n + 1))
    done
    kill -HUP "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ $n -lt 100 ] && ! ls hup.md.tmp.* >/dev/null 2>&1; then
        ok "SIGHUP removes the temporary report"
    else
        fail "SIGHUP left $(ls hup.md.tmp.* 2>/dev/null)"
    fi
else
    skip "SIGHUP (no mkfifo)"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
exit 0
