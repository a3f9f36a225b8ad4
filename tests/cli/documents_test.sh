#!/usr/bin/env bash
# The official documents (documents: pdf), read back with poppler-utils: pdftotext holds the
# key Thai phrases and figures in the site's digits (the example site writes Thai digits, the
# full fixture Arabic ones), pdffonts shows every font embedded, pdfinfo counts the pages,
# pages are at least half full (pdftoppm), two builds give the same bytes, measures.pdf carries
# the signer; a missing or failing engine is a located error that leaves the output as it was;
# `serve` prints a document when it is requested, once, and not on an edit.
# Screenshots of the first pages are left in $DOCUMENTS_SCREENSHOTS when it is set.
# Usage: documents_test.sh <path-to-itagen> <repo-root>
set -uo pipefail
itagen=$(realpath "$1")
root=$2
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
expect_status() {  # expected actual what
  if [ "$1" = "$2" ]; then pass; else fail "$3: exit status $2, expected $1"; fi
}
expect_contains() {  # file needle what
  if grep -qF -- "$2" "$1"; then pass; else fail "$3: '$2' not in $1: $(head -c 2000 "$1")"; fi
}
tree_hash() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum) | sha256sum; }

for tool in pdftotext pdffonts pdfinfo pdftoppm weasyprint python3 curl; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (make test-deps / make deps install it)"; exit 1; }
done

# The text of a PDF as one line for searching: NFKC (the documents write ำ as ํ + า, which
# NFKC makes of ำ too), without white space (pdftotext breaks lines where the page does) and
# without the marks above and below the letters (pdftotext orders stacked marks by position,
# so ตั้ง may come out as ตัง้); the letters and digits are compared.
flat_text() {  # pdf out
  pdftotext -enc UTF-8 "$1" - | python3 -c '
import re, sys, unicodedata
text = unicodedata.normalize("NFKC", sys.stdin.read())
sys.stdout.write(re.sub("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]", "", "".join(text.split())))' >"$2"
}
# The same normalisation of a phrase, with the site's digits.
flat_phrase() {  # text thai|arabic
  python3 -c '
import re, sys, unicodedata
text = "".join(unicodedata.normalize("NFKC", sys.argv[1]).split())
text = re.sub("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]", "", text)
if sys.argv[2] == "thai":
    text = text.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
sys.stdout.write(text)' "$1" "$2"
}
expect_phrase() {  # flat-text-file phrase digits what
  local needle
  needle=$(flat_phrase "$2" "$3")
  if grep -qF -- "$needle" "$1"; then pass; else fail "$4: '$needle' not in the text of the PDF"; fi
}
pages_of() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
expect_pages() {  # pdf min max what
  local n
  n=$(pages_of "$1")
  if [ -n "$n" ] && [ "$n" -ge "$2" ] && [ "$n" -le "$3" ]; then pass; else fail "$4: $n pages, expected $2 to $3"; fi
}
# pdffonts: a table of fonts after two header lines; column "emb" must say yes on every row.
expect_fonts_embedded() {  # pdf what
  pdffonts "$1" >"$work/fonts" 2>&1
  local rows not_embedded
  rows=$(tail -n +3 "$work/fonts" | wc -l)
  not_embedded=$(tail -n +3 "$work/fonts" | awk '{ for (i = 1; i <= NF; i++) if ($i == "yes" || $i == "no") { print $i; break } }' | grep -c '^no$')
  if [ "$rows" -gt 0 ] && [ "$not_embedded" = 0 ]; then pass; else fail "$2: fonts not all embedded: $(cat "$work/fonts")"; fi
  expect_contains "$work/fonts" "Laksaman" "$2: the Thai document font (Laksaman)"
}
# How far down its text area each page's ink reaches (0..1), from a small grey rendering.
page_fill() {  # pdf
  rm -rf "$work/fill" && mkdir "$work/fill"
  pdftoppm -r 20 -gray "$1" "$work/fill/p"
  python3 - "$work/fill" <<'EOF'
import glob, sys
for name in sorted(glob.glob(sys.argv[1] + "/p-*.pgm")):
    data = open(name, "rb").read()
    magic, w, h, maxval, pixels = data.split(maxsplit=4)
    w, h = int(w), int(h)
    top, bottom = h * 30 // 297, h - h * 20 // 297  # below the page number, above the margin
    last = top
    for y in range(top, bottom):
        if min(pixels[y * w:(y + 1) * w]) < 128:
            last = y
    print(round((last - top) / (bottom - top), 2))
EOF
}

# --- The example site: Thai digits, documents on. -------------------------------------------
"$itagen" build --source "$root" --output "$work/a" >"$work/out" 2>"$work/err"
expect_status 0 $? "example build with documents: $(cat "$work/err")"
report="$work/a/report/2567/report.pdf"
measures="$work/a/measures/2567/measures.pdf"
no_gift="$work/a/no-gift/2567/no-gift.pdf"
for pdf in "$report" "$measures" "$no_gift"; do
  if head -c 5 "$pdf" 2>/dev/null | grep -q '%PDF-'; then pass; else fail "$pdf is not a PDF"; fi
done

# Two builds give the same bytes.
"$itagen" build --source "$root" --output "$work/b" >/dev/null 2>&1
expect_status 0 $? "second example build"
for doc in report/2567/report.pdf measures/2567/measures.pdf no-gift/2567/no-gift.pdf; do
  if cmp -s "$work/a/$doc" "$work/b/$doc"; then pass; else fail "$doc differs between two builds"; fi
done
# The metadata date is the content's: the report's is its last report round's as_of.
pdfinfo "$report" >"$work/info"
expect_contains "$work/info" "CreationDate:    Mon Sep 30 00:00:00 2024" "report date from the content (2567-09-30)"

# Page counts: the report about as long as an office's own (at most 24 pages).
expect_pages "$report" 10 24 "report.pdf page count"
expect_pages "$measures" 2 12 "measures.pdf page count"
expect_pages "$no_gift" 1 3 "no-gift.pdf page count"

# No page of the report less than half full but the cover, the contents and the last page of
# the body (before the appendix, which starts on a page of its own) and of the appendix.
fills=$(page_fill "$report" | tr '\n' ' ')
pdftotext -enc UTF-8 "$report" "$work/report-pages.txt"
python3 - "$fills" "$work/report-pages.txt" <<'EOF' && pass || fail "report.pdf has pages less than half full: $fills"
import sys
fills = [float(x) for x in sys.argv[1].split()]
pages = open(sys.argv[2], encoding="utf-8").read().split("\f")
appendix = max(i for i, text in enumerate(pages) if "ภาคผนวก" in text)  # 0-based
exempt = {0, 1, appendix - 1, len(fills) - 1}
sys.exit(0 if appendix > 1 and all(f >= 0.5 for i, f in enumerate(fills) if i not in exempt) else 1)
EOF

# Every font embedded.
expect_fonts_embedded "$report" "report.pdf"
expect_fonts_embedded "$measures" "measures.pdf"
expect_fonts_embedded "$no_gift" "no-gift.pdf"

# The report: the year's total in Thai digits, the measures' titles, the committee order.
flat_text "$report" "$work/report.txt"
total=$(sed -n 's/^total: *//p' "$root/content/scores/2566.yaml")
expect_phrase "$work/report.txt" "$total" thai "report: FY2566 total in Thai digits"
if grep -qF -- "$total" "$work/report.txt"; then fail "report: the total appears in Arabic digits"; else pass; fi
titles=0
while IFS= read -r title; do
  titles=$((titles + 1))
  expect_phrase "$work/report.txt" "$title" thai "report: measure title"
done < <(sed -n 's/^    title: *//p' "$root/content/measures/2567.yaml")
[ "$titles" -ge 3 ] && pass || fail "only $titles measure titles found in the example's measures file"
order=$(sed -n 's/^committee_order: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$root/content/measures/2567.yaml")
expect_phrase "$work/report.txt" "ภาคผนวก คำสั่งแต่งตั้งคณะทำงาน" thai "report: the committee order appendix"
expect_phrase "$work/report.txt" "ที่ $order" thai "report: the committee order's number"
expect_phrase "$work/report.txt" "สารบัญ" thai "report: contents"
expect_phrase "$work/report.txt" "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1" thai "report: the office on the cover"
expect_phrase "$work/report.txt" "ประจำปีงบประมาณ พ.ศ. 2567" thai "report: the fiscal year on the cover"
expect_phrase "$work/report.txt" "- 2 -" thai "report: page numbers in Thai digits"
expect_phrase "$work/report.txt" "ลงชื่อ" thai "report: the signature block"
expect_phrase "$work/report.txt" "https://www.example.go.th/ita/report/2567/" arabic "report: its web address beside the QR code"
# Contents with page numbers: each part's line ends with a Thai page number.
pdftotext -enc UTF-8 -layout -f 2 -l 2 "$report" - >"$work/contents.txt"
has_thai_page_numbers='
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
sys.exit(0 if re.search(r"ส่วนที่ ๑ .*\.{5,} *[๐-๙]+$", text, re.M) else 1)'
if python3 -c "$has_thai_page_numbers" "$work/contents.txt"; then pass; else fail "contents without page numbers: $(cat "$work/contents.txt")"; fi

# measures.pdf: the announcement, signed by the measures file's signed_by.
flat_text "$measures" "$work/measures.txt"
signer=$(sed -n '/^signed_by:/,/^[a-z]/s/^  name: *//p' "$root/content/measures/2567.yaml")
position=$(sed -n '/^signed_by:/,/^[a-z]/s/^  position: *//p' "$root/content/measures/2567.yaml")
[ -n "$signer" ] && [ -n "$position" ] && pass || fail "the example's measures file has no signed_by"
expect_phrase "$work/measures.txt" "($signer)" thai "measures: the signer's name"
expect_phrase "$work/measures.txt" "$position" thai "measures: the signer's position"
expect_phrase "$work/measures.txt" "ประกาศ ณ วันที่ 24 มกราคม 2567" thai "measures: the date in the Buddhist Era"
expect_phrase "$work/measures.txt" "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" thai "measures: the subject"

# no-gift.pdf: the announcement of the policy.
flat_text "$no_gift" "$work/no-gift.txt"
expect_phrase "$work/no-gift.txt" "เรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่" thai "no-gift: the subject"
expect_phrase "$work/no-gift.txt" "(นายวิทยา สุจริตธรรม)" thai "no-gift: the signer"

# The pages link to their documents, and links.csv points O42 at measures.pdf.
expect_contains "$work/a/measures/2567/index.html" 'href="/ita/measures/2567/measures.pdf"' "measures page links its PDF"
expect_contains "$work/a/report/2567/index.html" 'href="/ita/report/2567/report.pdf"' "report page links its PDF"
expect_contains "$work/a/no-gift/2567/index.html" 'href="/ita/no-gift/2567/no-gift.pdf"' "no-gift page links its PDF"
expect_contains "$work/a/oit/2567/links.csv" "https://www.example.go.th/ita/measures/2567/measures.pdf" "links.csv names the document"

# Screenshots of the first pages, for a person to look at.
if [ -n "${DOCUMENTS_SCREENSHOTS:-}" ]; then
  mkdir -p "$DOCUMENTS_SCREENSHOTS"
  pdftoppm -r 60 -png -f 1 -l 4 "$report" "$DOCUMENTS_SCREENSHOTS/report"
  pdftoppm -r 60 -png -f 1 -l 2 "$measures" "$DOCUMENTS_SCREENSHOTS/measures"
  pdftoppm -r 60 -png -f 1 -l 2 "$no_gift" "$DOCUMENTS_SCREENSHOTS/no-gift"
fi

# --- The full fixture with documents on: Arabic digits. --------------------------------------
cp -r "$root/tests/sites/full" "$work/full"
sed -i 's/^theme: default$/theme: default\ndocuments: pdf/' "$work/full/content/site.yaml"
"$itagen" build --source "$work/full" --output "$work/full-out" >"$work/out" 2>"$work/err"
expect_status 0 $? "full fixture with documents: $(cat "$work/err")"
flat_text "$work/full-out/report/2567/report.pdf" "$work/full-report.txt"
expect_phrase "$work/full-report.txt" "- 2 -" arabic "arabic site: page numbers in Arabic digits"
if python3 -c 'import re, sys; sys.exit(0 if re.search("[๐-๙]", open(sys.argv[1], encoding="utf-8").read()) else 1)' \
    "$work/full-report.txt"; then fail "arabic site: Thai digits in the report"; else pass; fi
full_total=$(sed -n 's/^total: *//p' "$work/full/content/scores/2566.yaml")
[ -n "$full_total" ] && expect_phrase "$work/full-report.txt" "$full_total" arabic "arabic site: FY2566 total"
# Without a logo there is no emblem, and the document still prints.
expect_pages "$work/full-out/measures/2567/measures.pdf" 1 12 "arabic site: measures.pdf"

# --- The hostile fixture: every value of the documents' HTML escaped. -----------------------
# The engine is replaced by one that keeps the HTML it is given and answers a tiny PDF.
mkdir -p "$work/keep-bin" "$work/kept"
printf '#!/bin/sh\ncat >"%s/doc-$$.html"\nprintf "%%%%PDF-1.7 kept\\n"\n' "$work/kept" >"$work/keep-bin/weasyprint"
chmod +x "$work/keep-bin/weasyprint"
cp -r "$root/tests/sites/xss" "$work/xss"
sed -i '0,/^theme:/s/^\(theme:.*\)$/\1\ndocuments: pdf/' "$work/xss/content/site.yaml"
grep -q '^documents: pdf' "$work/xss/content/site.yaml" || echo 'documents: pdf' >>"$work/xss/content/site.yaml"
PATH="$work/keep-bin:$PATH" "$itagen" build --source "$work/xss" --output "$work/xss-out" >"$work/out" 2>"$work/err"
expect_status 0 $? "hostile fixture with documents: $(cat "$work/err")"
kept=$(ls "$work/kept" | wc -l)
[ "$kept" -ge 3 ] && pass || fail "hostile fixture: $kept documents printed, expected 3"
# The only elements a document may hold are the ones its templates write.
python3 - "$work/kept" <<'EOF' && pass || fail "hostile fixture: an unescaped element or handler in a document's HTML"
import glob, sys
from html.parser import HTMLParser
allowed = {"html", "head", "meta", "title", "style", "body", "section", "article", "header", "nav", "img", "h1", "h2",
           "h3", "h4", "p", "div", "span", "ol", "ul", "li", "a", "table", "caption", "thead", "tbody", "tr", "th",
           "td", "dl", "dt", "dd", "strong", "em", "svg", "rect", "path", "br", "code", "time", "blockquote", "pre",
           "hr", "del", "sup"}
bad = []
class Check(HTMLParser):
    def handle_starttag(self, tag, attrs):
        if tag not in allowed:
            bad.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith(("javascript:", "vbscript:")):
                bad.append(f"{tag} {name}={value}")
for name in glob.glob(sys.argv[1] + "/*.html"):
    Check().feed(open(name, encoding="utf-8").read())
if bad:
    print(bad[:5])
sys.exit(1 if bad else 0)
EOF

# A base_url that is only a path: no address to print, so no QR code, and a warning saying why.
rm -f "$work/kept"/*.html
cp -r "$root/tests/sites/full" "$work/path-only"
sed -i 's|^base_url: .*|base_url: /ita/|; s/^theme: default$/theme: default\ndocuments: pdf/' "$work/path-only/content/site.yaml"
PATH="$work/keep-bin:$PATH" "$itagen" build --source "$work/path-only" --output "$work/path-only-out" >"$work/out" 2>"$work/err"
expect_status 0 $? "path-only base_url with documents"
expect_contains "$work/err" "content/site.yaml:8:12: warning: the documents will carry no web address or QR code: base_url '/ita/' has no https:// host" "path-only base_url: warning"
if grep -l 'class="qr-code"' "$work/kept"/*.html >/dev/null 2>&1; then fail "path-only base_url: a QR code was printed"; else pass; fi
[ "$(ls "$work/kept" | wc -l)" -ge 3 ] && pass || fail "path-only base_url: documents not printed"

# --- A missing engine: the documents: line, a hint, exit 1, the output as it was. -----------
before=$(tree_hash "$work/a")
env PATH=/nonexistent "$itagen" build --source "$root" --output "$work/a" >"$work/out" 2>"$work/err"
expect_status 1 $? "build without the engine"
line=$(grep -n '^documents:' "$root/content/site.yaml" | cut -d: -f1)
expect_contains "$work/err" "content/site.yaml:$line:12: error: documents: pdf needs the PDF engine WeasyPrint, and 'weasyprint' is not installed (not found in PATH)" "missing engine: located error"
expect_contains "$work/err" "    documents: pdf" "missing engine: the line"
expect_contains "$work/err" "  hint: install it with 'apt-get install weasyprint fonts-tlwg-laksaman'" "missing engine: hint"
expect_contains "$work/err" "build failed; the previous output is unchanged" "missing engine: summary"
[ "$before" = "$(tree_hash "$work/a")" ] && pass || fail "missing engine: the output changed"

# A failing engine: its own message (stderr) at the documents: line; the output as it was.
mkdir -p "$work/bin"
printf '#!/bin/sh\ncat >/dev/null\necho "Traceback (most recent call last):" >&2\necho "OSError: cannot load font" >&2\nexit 1\n' >"$work/bin/weasyprint"
chmod +x "$work/bin/weasyprint"
env PATH="$work/bin:$PATH" "$itagen" build --source "$root" --output "$work/a" >"$work/out" 2>"$work/err"
expect_status 1 $? "build with a failing engine"
expect_contains "$work/err" "content/site.yaml:$line:12: error: could not print report/2567/report.pdf: weasyprint: OSError: cannot load font" "failing engine: its message"
[ "$before" = "$(tree_hash "$work/a")" ] && pass || fail "failing engine: the output changed"

# --- serve prints a document when it is requested, once per build, and not on an edit. ------
# The engine is wrapped to count its runs.
printf '#!/bin/sh\necho run >>"%s"\nexec "%s" "$@"\n' "$work/engine-runs" "$(command -v weasyprint)" >"$work/bin/weasyprint"
mkdir -p "$work/site"
cp -r "$root/content" "$work/site/content"
runs() { [ -f "$work/engine-runs" ] && wc -l <"$work/engine-runs" | tr -d ' ' || echo 0; }
PATH="$work/bin:$PATH" "$itagen" serve --source "$work/site" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
for _ in $(seq 1 200); do
  grep -q '^serving ' "$work/serve.out" && break
  sleep 0.05
done
url=$(sed -n 's/^serving \(http:[^ ]*\) .*/\1/p' "$work/serve.out")
case "$url" in http://127.0.0.1:[0-9]*/ita/) pass ;; *) fail "serve did not start: $(cat "$work/serve.err")" ;; esac
[ "$(runs)" = 0 ] && pass || fail "serve printed documents before any was requested ($(runs) runs)"
curl -sS -o "$work/served.pdf" -w '%{http_code} %{content_type}' "${url}measures/2567/measures.pdf" >"$work/status"
expect_contains "$work/status" "200 application/pdf" "serve: measures.pdf"
cmp -s "$work/served.pdf" "$measures" && pass || fail "serve: measures.pdf differs from the built one"
curl -sS -o /dev/null "${url}measures/2567/measures.pdf"
[ "$(runs)" = 1 ] && pass || fail "serve: a second request printed again ($(runs) runs)"
# An edit rebuilds the pages, not the documents.
lines=$(wc -l <"$work/serve.out")
echo "" >>"$work/site/content/pages/privacy-policy.md"
for _ in $(seq 1 200); do
  [ "$(wc -l <"$work/serve.out")" -gt "$lines" ] && break
  sleep 0.05
done
[ "$(wc -l <"$work/serve.out")" -gt "$lines" ] && pass || fail "serve: no rebuild after an edit"
sleep 0.5
[ "$(runs)" = 1 ] && pass || fail "serve: an edit printed documents ($(runs) runs)"
curl -sS -o /dev/null -w '%{http_code}' "${url}no-gift/2567/no-gift.pdf" >"$work/status"
expect_contains "$work/status" "200" "serve: no-gift.pdf after the edit"
[ "$(runs)" = 2 ] && pass || fail "serve: the requested document was not printed once ($(runs) runs)"
curl -sS -o /dev/null -w '%{http_code}' "${url}measures/2567/nothing.pdf" >"$work/status"
expect_contains "$work/status" "404" "serve: an unknown PDF is not found"
kill "$server_pid" 2>/dev/null
wait "$server_pid" 2>/dev/null
server_pid=

echo "documents_test: $passed passed, $failed failed"
[ "$failed" = 0 ]
