#!/usr/bin/env bash
# itagen status and the readiness parts of check and serve, on a site whose newest year
# (tests/sites/frameworks, FY2569) has 23 items: 2 published, 1 by statement, 20 missing.
# Usage: bash status_test.sh <path-to-itagen> <repo-root>
set -uo pipefail

itagen="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
repo="$(cd "$2" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/itagen_status.XXXXXX")"
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
source "$repo/tests/cli/lib/serve.sh"
site="$work/site"
cp -r "$repo/tests/sites/frameworks" "$site"
today=(--today 2569-01-10)

passed=0
failed=0
check() {  # check NAME CONDITION...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $name"; else failed=$((failed + 1)); echo "FAIL: $name"; fi
}
run() { rc=0; "$itagen" "$@" >"$work/out" 2>"$work/err" || rc=$?; }
json() { python3 -c "import json,sys; d=json.load(open('$work/out')); print($1)"; }

# JSON: the contract's fields; the latest year with content is the default.
run status --source "$site" --format json "${today[@]}"
check "status exits 0 without --strict" [ "$rc" = 0 ]
check "the default year is the latest with content" [ "$(json "d['fiscal_year']")" = 2569 ]
check "20 items are missing" [ "$(json "d['summary']['by_state']['missing']")" = 20 ]
check "2 are published" [ "$(json "d['summary']['by_state']['published']")" = 2 ]
check "1 is a statement" [ "$(json "d['summary']['by_state']['statement']")" = 1 ]
check "O10 is the statement" [ "$(json "[i['state'] for i in d['items'] if i['code']=='O10'][0]")" = statement ]
check "items name their responsible group" \
  [ "$(json "[i['responsible'] for i in d['items'] if i['code']=='O1'][0]")" = "กลุ่มอำนวยการ" ]
check "a missing item says why" [ "$(json "[i['problems'][0]['kind'] for i in d['items'] if i['code']=='O2'][0]")" = no_file ]
check "the summary counts by group" [ "$(json "d['summary']['by_group']['กลุ่มอำนวยการ']['published']")" = 1 ]
check "the year's other gaps: no No Gift Policy" [ "$(json "d['gaps'][0]['kind']")" = no_gift_missing ]

run status --source "$site" --strict "${today[@]}"
check "--strict exits 1 when anything is not ready" [ "$rc" = 1 ]

# Text: for people, in the command line's language (Thai here), grouped by responsible group,
# within 80 columns.
run status --source "$site" --lang th "${today[@]}"
check "text names the year" grep -q "ปีงบประมาณ 2569" "$work/out"
check "text groups by responsible group" grep -q "^กลุ่มอำนวยการ  (พร้อม 1 จาก 1)" "$work/out"
check "text gives the command that creates a missing item" grep -q "itagen new oit O2 --year 2569" "$work/out"
check "text lists the other gaps" grep -q "นโยบายไม่รับของขวัญ" "$work/out"
widest=$(python3 - "$work/out" <<'PY'
import sys, unicodedata
marks = set(range(0x0E34, 0x0E3B)) | set(range(0x0E47, 0x0E4F)) | {0x0E31}
print(max(sum(0 if ord(c) in marks or unicodedata.combining(c) else 1 for c in line.rstrip('\n'))
          for line in open(sys.argv[1], encoding='utf-8')))
PY
)
check "text fits 80 columns (widest line $widest)" [ "$widest" -le 80 ]
run status --source "$site" --lang en "${today[@]}"
check "English text names the year" grep -q "^OIT disclosure readiness, fiscal year 2569  " "$work/out"
check "English text groups by responsible group" grep -q "^กลุ่มอำนวยการ  (1 of 1 ready)" "$work/out"
check "English text counts the items" grep -qx "published 2 · statement 1 · missing 20 · stale 0 · broken 0  (23 items in all)" "$work/out"
check "English text names an item's state" grep -qE "^  O2 .* missing$" "$work/out"
check "English text lists the other gaps" grep -q "no No Gift Policy for this year yet" "$work/out"

# CSV: a BOM for Excel, one row per item.
run status --source "$site" --format csv "${today[@]}"
check "csv starts with a BOM" [ "$(head -c 3 "$work/out" | od -An -tx1 | tr -d ' ')" = efbbbf ]
check "csv has one row per item" [ "$(wc -l <"$work/out")" = 24 ]

# The deadline counts down.
sed -i 's/^target: 95/target: 95\noit_deadline: 2569-04-30/' "$site/content/site.yaml"
run status --source "$site" --lang th "${today[@]}"
check "text counts the days to the deadline" grep -qx "กำหนดส่ง 30 เม.ย. 2569: อีก 110 วัน" "$work/out"
run status --source "$site" --lang th --today 2569-05-02
check "text says when the deadline has passed" grep -qx "กำหนดส่ง 30 เม.ย. 2569: เลยกำหนดมาแล้ว 2 วัน" "$work/out"
run status --source "$site" --lang en "${today[@]}"
check "English text counts the days to the deadline" grep -qx "deadline 2569-04-30: 110 days left" "$work/out"
run status --source "$site" --lang en --today 2569-04-29
check "English text says one day" grep -qx "deadline 2569-04-30: 1 day left" "$work/out"
run status --source "$site" --lang en --today 2569-05-02
check "English text says when the deadline has passed" grep -qx "deadline 2569-04-30: 2 days overdue" "$work/out"

# Stale and broken items.
sed -i 's/^updated: 2568-11-02/updated: 2567-09-02/' "$site/content/oit/2569/O05.md"
sed -i 's#files/structure.pdf#files/no-such.pdf#' "$site/content/oit/2569/O01.md"
run status --source "$site" --format json "${today[@]}"
check "an item updated before the year is stale" [ "$(json "[i['state'] for i in d['items'] if i['code']=='O5'][0]")" = stale ]
check "an item whose file is not there is broken" [ "$(json "[i['state'] for i in d['items'] if i['code']=='O1'][0]")" = broken ]
check "status reports even when check finds errors" grep -q "itagen check" "$work/err"
cp "$repo/tests/sites/frameworks/content/oit/2569/O01.md" "$site/content/oit/2569/O01.md"
cp "$repo/tests/sites/frameworks/content/oit/2569/O05.md" "$site/content/oit/2569/O05.md"

# The example site (Thai digits, gaps of every kind it has): the tool's own words follow --lang;
# only the content's own values (titles, groups, the office) stay Thai in English.
run status --source "$repo" --lang en "${today[@]}"
cp "$work/out" "$work/example.en"
run status --source "$repo" --lang th "${today[@]}"
cp "$work/out" "$work/example.th"
run status --source "$repo" --format json "${today[@]}"
cp "$work/out" "$work/example.json"
check "example, English: the heading" grep -q "^OIT disclosure readiness, fiscal year [0-9]*  " "$work/example.en"
check "example, English: the counts" grep -qE "^published [0-9]+ · statement [0-9]+ · missing [0-9]+ · stale [0-9]+ · broken [0-9]+  \([0-9]+ items? in all\)$" "$work/example.en"
check "example, English: no deadline yet" grep -qx "no deadline set (oit_deadline: in content/site.yaml)" "$work/example.en"
check "example, English: a group's count" grep -qE "  \([0-9]+ of [0-9]+ ready\)$" "$work/example.en"
for thai in "ความพร้อมการเปิดเผยข้อมูล" "ปีงบประมาณ" "กำหนดส่ง" "เผยแพร่แล้ว" "ชี้แจงแล้ว" "ยังไม่มี" "ไม่เป็นปัจจุบัน" "ลิงก์เสีย" \
            "(รวม" "(พร้อม" "ไม่ระบุผู้รับผิดชอบ" "เรื่องอื่นของปีที่ยังค้าง" "ยังไม่ได้กำหนดวันส่ง"; do
  check "example, English: no '$thai'" bash -c "! grep -qF -- '$thai' '$work/example.en'"
done
check "example, English: Arabic digits" bash -c "! grep -q '[๐๑๒๓๔๕๖๗๘๙]' '$work/example.en'"
# Every Thai letter left in English comes from the content: remove the values the JSON gives
# (titles, groups), the office's short name and the indicators' names, then look for Thai.
leftover=$(python3 - "$work/example.en" "$work/example.json" "$repo/content/site.yaml" <<'PY'
import json, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
data = json.load(open(sys.argv[2], encoding="utf-8"))
values = [i["title"] for i in data["items"]] + [i["responsible"] for i in data["items"] if i["responsible"]]
values += [l.split(":", 1)[1].strip() for l in open(sys.argv[3], encoding="utf-8") if l.startswith("short_name:")]
for v in sorted(values, key=len, reverse=True):
    text = text.replace(v, "")
out = []
for line in text.splitlines():
    line = re.sub(r"^(  - indicator \d+ ).*( scored )", r"\1\2", line)      # the indicator's name
    line = re.sub(r"^(  O\d+ +)\S.*? +(\S+)$", r"\1\2", line)      # a title cut to fit
    if re.search("[\u0e00-\u0e7f]", line):
        out.append(line)
print("\n".join(out))
PY
)
check "example, English: no Thai but the content's own${leftover:+ (left: $leftover)}" [ -z "$leftover" ]
check "example, Thai: the heading" grep -q "^ความพร้อมการเปิดเผยข้อมูล (OIT) ปีงบประมาณ [๐๑๒๓๔๕๖๗๘๙]*  " "$work/example.th"
check "example, Thai: the counts" grep -q "^เผยแพร่แล้ว [๐๑๒๓๔๕๖๗๘๙]* · ชี้แจงแล้ว [๐๑๒๓๔๕๖๗๘๙]* · ยังไม่มี [๐๑๒๓๔๕๖๗๘๙]* · ไม่เป็นปัจจุบัน [๐๑๒๓๔๕๖๗๘๙]* · ลิงก์เสีย [๐๑๒๓๔๕๖๗๘๙]*  (รวม [๐๑๒๓๔๕๖๗๘๙]* ข้อ)$" "$work/example.th"
check "example, Thai: no deadline yet" grep -qx "ยังไม่ได้กำหนดวันส่ง (oit_deadline: ใน content/site.yaml)" "$work/example.th"
check "example, Thai: a group's count" grep -q "  (พร้อม [๐๑๒๓๔๕๖๗๘๙]* จาก [๐๑๒๓๔๕๖๗๘๙]*)$" "$work/example.th"
for english in "OIT disclosure readiness" "fiscal year" "deadline 2" "days left" "days overdue" "no deadline set" \
               "published " " · statement" " · missing" " · stale" " · broken" "in all)" "ready)" \
               "no responsible group" "Still to do"; do
  check "example, Thai: no '$english'" bash -c "! grep -qF -- '$english' '$work/example.th'"
done
check "example, Thai: the items' states in Thai" bash -c "! grep -qE ' (published|statement|missing|stale|broken)\$' '$work/example.th'"
run status --source "$repo" --format json --lang th "${today[@]}"
check "JSON is the same in Thai and English" cmp -s "$work/out" "$work/example.json"
run status --source "$repo" --format csv --lang en "${today[@]}"
cp "$work/out" "$work/example.csv"
run status --source "$repo" --format csv --lang th "${today[@]}"
check "CSV is the same in Thai and English" cmp -s "$work/out" "$work/example.csv"

# check: one warning per year with the count, pointing to status; --strict fails on it.
run check --source "$site"
check "check passes with warnings" [ "$rc" = 0 ]
check "check warns that 20 of 23 items of 2569 are missing" \
  grep -q "warning: fiscal year 2569: 20 of 23 OIT items are missing" "$work/err"
check "check points to status" grep -q "hint: run \`itagen status --year 2569\`" "$work/err"
run check --source "$site" --strict
check "check --strict exits 1 on those warnings" [ "$rc" = 1 ]

# serve answers /_status/ with the missing items; build never writes it.
if start_serve "$site"; then
  page=$(curl -s "${url}_status/")
  check "/_status/ lists a missing item with the command to create it" grep -q "itagen new oit O2 --year 2569" <<<"$page"
  check "/_status/ links each item to its page" grep -q 'href="/ita/oit/2569/o02/"' <<<"$page"
  check "/_status/ is noindex" grep -q '<meta name="robots" content="noindex, nofollow">' <<<"$page"
  check "no public page links to /_status/" bash -c "! curl -s '${url}' | grep -q _status"
  kill "$server_pid"; server_pid=""
else
  check "serve starts" false
fi
run build --source "$site" --output "$work/public"
check "build writes no _status" [ ! -e "$work/public/_status" ]
check "the sitemap does not list _status" bash -c "! grep -q _status '$work/public/sitemap.xml'"

echo "status: $passed passed, $failed failed"
[ "$failed" = 0 ]
