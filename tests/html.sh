#!/bin/sh
# The HTML speaker report: one self-contained page, right to left, a mark
# per quote with its speaker and rule on hover, every piece of article text
# escaped (a <script> in an article stays text).
set -eu
LC_ALL=C.UTF-8
export LC_ALL

[ -n "${QAWL_BIN:-}" ] && [ -x "$QAWL_BIN" ] || { echo "QAWL_BIN not set"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "no python3"; exit 77; }
src=${QAWL_SRCDIR:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf '%s\n' 'وقال الوزير سامي الحداد إن "<script>alert(1)</script> الهدنة صامدة & مستمرة".' \
    > "$tmp/hostile.txt"
set -- "$src/tests/golden/articles/ceasefire-talks.txt" \
    "$src/tests/golden/articles/marks-and-sources.txt" "$tmp/hostile.txt"
"$QAWL_BIN" report -q -f html -o "$tmp/report.html" "$@"
"$QAWL_BIN" analyze -q -f json "$@" > "$tmp/analysis.json"
python3 - "$tmp/report.html" "$tmp/analysis.json" <<'PY'
import json, sys
from html.parser import HTMLParser

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.marks, self.titles, self.tags, self.html = 0, [], set(), None
        self.text = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        if tag == "html":
            self.html = a
        if tag == "mark" and a.get("class") == "q":
            self.marks += 1
            self.titles.append(a.get("title", ""))
    def handle_data(self, data):
        self.text.append(data)

page = Page()
page.feed(open(sys.argv[1], encoding="utf-8").read())
quotes = sum(len(d["quotes"]) for d in json.load(open(sys.argv[2]))["documents"])
assert page.html == {"lang": "ar", "dir": "rtl"}, page.html
assert page.marks == quotes, (page.marks, quotes)
assert all(" — " in t for t in page.titles), page.titles[:3]
assert "script" not in page.tags, "article text became markup"
assert "<script>alert(1)</script>" in "".join(page.text) or \
    "script>alert(1)</script>" in "".join(page.text)
assert "svg" in page.tags
assert "http" not in open(sys.argv[1]).read().split("<body>")[0], "no network"
print(f"ok: {page.marks} quotes marked, text escaped, self-contained")

# The page speaks Arabic and sets numbers left to right: every number of
# the speakers table is in an LTR isolate (a negative mean reads -0.40,
# not 0.40-), and no English label (a speaker kind) is left in it.
import re
html = open(sys.argv[1], encoding="utf-8").read()
table = html.split("<tbody>")[1].split("</tbody>")[0]
cells = re.findall(r"<td>(.*?)</td>", table)
numbers = [c for c in cells if re.fullmatch(r"[-+]?[0-9.]+", re.sub(r"<[^>]+>", "", c))]
assert numbers and all(re.fullmatch(r'<bdi dir="ltr">[-+]?[0-9.]+</bdi>', c)
                       for c in numbers), numbers[:5]
assert any(c.startswith('<bdi dir="ltr">-') for c in numbers), "no negative mean to see"
text_cells = [re.sub(r"<[^>]+>", "", c) for c in cells]
english = [c for c in text_cells if re.search(r"[A-Za-z]", c)]
assert not english, english[:5]
head = re.findall(r"<(?:h1|th|title)>([^<]*)<", html)
assert all(not re.search(r"[A-Za-z]{3,}", h.replace("qawl", "")) for h in head), head
print(f"ok: {len(numbers)} numbers in LTR isolates, labels in Arabic")
PY
