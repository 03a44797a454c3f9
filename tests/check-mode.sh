#!/bin/sh
# qawl check / qawl audit: findings, formats and exit statuses.
#   0 clean, 1 findings at --fail-on or above, 2 usage, 3 unreadable input.
set -eu
LC_ALL=C.UTF-8
export LC_ALL

[ -n "${QAWL_BIN:-}" ] && [ -x "$QAWL_BIN" ] || { echo "QAWL_BIN not set"; exit 77; }
PY=$(command -v python3 || true)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
ok() { echo "ok: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }

# drafts of our own: a clean one, and one with an unsourced quote, a stray
# mark, an anonymous source and a title-only speaker
printf '%s\n' 'وقال وزير الصحة سامي الحداد إن المستشفيات تعمل.' >"$tmp/clean.txt"
{
    printf '%s\n' 'وقال مصدر مطلع إن الوفد وصل.'
    printf '%s\n' 'وأضاف "إن المعبر مفتوح.'
    printf '%s\n' 'وتتزايد التحذيرات من أن الوضع خطير.'
    printf '%s\n' 'وقال الوزير إن الحدود مغلقة.'
} >"$tmp/draft.txt"

status() {
    got=0
    "$@" >"$tmp/out" 2>"$tmp/err" || got=$?
    echo "$got"
}

[ "$(status "$QAWL_BIN" check "$tmp/clean.txt")" = 0 ] && ok "clean draft: exit 0" ||
    fail "clean draft: exit $(status "$QAWL_BIN" check "$tmp/clean.txt")"
[ "$(status "$QAWL_BIN" check "$tmp/draft.txt")" = 1 ] && ok "error finding: exit 1" ||
    fail "draft with an unsourced quote should exit 1"
for rule in unattributed-quote unbalanced-quote-mark anonymous-source title-only-speaker; do
    grep -q "\[$rule\]\$" "$tmp/out" && ok "finds $rule" || fail "no $rule finding"
done
grep -Eq '^[^:]+:[0-9]+:[0-9]+: (error|warning|note): .* \[[a-z-]+\]$' "$tmp/out" &&
    ok "text is file:line:col: severity: message [rule]" || fail "text format"
[ "$(status "$QAWL_BIN" check --fail-on never "$tmp/draft.txt")" = 0 ] &&
    ok "--fail-on never: exit 0" || fail "--fail-on never"
[ "$(status "$QAWL_BIN" check --severity unattributed-quote=warning "$tmp/draft.txt")" = 0 ] &&
    ok "--severity lowers a rule" || fail "--severity"
[ "$(status "$QAWL_BIN" check --fail-on warning --severity unattributed-quote=off \
    --severity unbalanced-quote-mark=off --severity title-only-speaker=off "$tmp/draft.txt")" = 0 ] &&
    ok "rules can be switched off" || fail "switching rules off"
[ "$(status "$QAWL_BIN" audit "$tmp/draft.txt")" = 0 ] && ok "audit lists, exit 0" ||
    fail "audit exit status"
[ "$(status "$QAWL_BIN" check --fail-on sometimes "$tmp/draft.txt")" = 2 ] &&
    ok "bad --fail-on: exit 2" || fail "bad --fail-on"
[ "$(status "$QAWL_BIN" check --severity no-such-rule=error "$tmp/draft.txt")" = 2 ] &&
    ok "unknown rule: exit 2" || fail "unknown rule"
[ "$(status "$QAWL_BIN" check "$tmp/missing.txt" "$tmp/clean.txt")" = 3 ] &&
    ok "unreadable input: exit 3" || fail "unreadable input"

# github workflow commands
status "$QAWL_BIN" check -f github --fail-on never "$tmp/draft.txt" >/dev/null
grep -q '^::error file=.*draft.txt,line=[0-9]*,col=[0-9]*,title=unattributed-quote::' "$tmp/out" &&
    ok "github format" || fail "github format"

# SARIF 2.1.0 structure, and JSON
if [ -n "$PY" ]; then
    status "$QAWL_BIN" check -f sarif --fail-on never "$tmp/draft.txt" >/dev/null
    if "$PY" - "$tmp/out" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
assert log["version"] == "2.1.0" and "sarif" in log["$schema"]
run, = log["runs"]
ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
assert {"unattributed-quote", "unbalanced-quote-mark", "anonymous-source",
        "inconsistent-speaker-name", "distant-continuation",
        "title-only-speaker", "low-confidence-attribution"} <= ids
for r in run["results"]:
    assert r["ruleId"] in ids and r["level"] in ("error", "warning", "note")
    loc = r["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("draft.txt")
    assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
    assert r["message"]["text"]
assert any(r["ruleId"] == "unattributed-quote" for r in run["results"])
PY
    then ok "sarif structure"; else fail "sarif structure"; fi
    status "$QAWL_BIN" check -f json --fail-on never "$tmp/draft.txt" >/dev/null
    "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["findings"][0]["rule"]' "$tmp/out" &&
        ok "json format" || fail "json format"
fi

# spelling: one speaker written two ways
{
    printf '%s\n' 'وقال وزير الخارجية أنتوني بلينكن إن الهدنة صامدة.'
    printf '%s\n' 'وأكد بلنكن أن المساعدات ستصل.'
} >"$tmp/names.txt"
status "$QAWL_BIN" audit "$tmp/names.txt" >/dev/null
grep -q 'spelled two ways: بلينكن / بلنكن \[inconsistent-speaker-name\]' "$tmp/out" &&
    ok "inconsistent-speaker-name" || fail "inconsistent-speaker-name: $(cat "$tmp/out")"

# .qawl.conf, found upward from the current directory; the command line
# wins over it; an unknown setting is a usage error naming file:line
mkdir -p "$tmp/proj/drafts/sub" "$tmp/proj/.git"   # the repository root
cp "$tmp/draft.txt" "$tmp/proj/drafts/d.txt"
printf '%s\n' '# newsroom settings' 'fail-on = warning' \
    'severity unattributed-quote = note' 'severity unbalanced-quote-mark = off' \
    'severity title-only-speaker = off' >"$tmp/proj/.qawl.conf"
got=$(cd "$tmp/proj/drafts/sub" && status "$QAWL_BIN" check ..)
[ "$got" = 0 ] && grep -q "note: quote has no source" "$tmp/out" &&
    ok ".qawl.conf found upward" || fail ".qawl.conf (exit $got)"
got=$(cd "$tmp/proj/drafts/sub" && status "$QAWL_BIN" check \
    --severity unattributed-quote=error ..)
[ "$got" = 1 ] && ok "the command line wins over .qawl.conf" ||
    fail "command line vs .qawl.conf (exit $got)"
printf 'colour = blue\n' >"$tmp/bad.conf"
[ "$(status "$QAWL_BIN" check --config "$tmp/bad.conf" "$tmp/clean.txt")" = 2 ] &&
    grep -q "bad.conf:1: error: unknown setting 'colour'" "$tmp/err" &&
    ok "bad config: exit 2, file:line" || fail "bad config"

# inline suppression in a Markdown draft: its line and the next
{
    printf '%s\n' '<!-- qawl: ignore unattributed-quote -->'
    printf '%s\n' 'وتتزايد التحذيرات من أن الوضع خطير.'
    printf '%s\n' ''
    printf '%s\n' 'وتتزايد التحذيرات من أن الوضع أخطر.'
} >"$tmp/sup.md"
status "$QAWL_BIN" audit --config /dev/null "$tmp/sup.md" >/dev/null
[ "$(grep -c unattributed-quote "$tmp/out")" = 1 ] && grep -q "sup.md:4:" "$tmp/out" &&
    ok "inline suppression" || fail "inline suppression: $(cat "$tmp/out")"

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
exit 0
