#!/usr/bin/env bash
# The command line in Thai and English (GNU gettext, po/): the catalog is complete and holds every
# message marked in the code; the language follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG, also
# on a machine where th_TH.UTF-8 is not generated, and --lang th|en overrides them; --help in
# both languages; a bad date in Thai keeps its machine-readable location; --version.
# Usage: i18n_test.sh <path-to-itagen> <repo-root>
set -uo pipefail
itagen=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$2" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/itagen_i18n.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok: $1"; }
fail() { failed=$((failed + 1)); echo "FAIL: $1"; [ -n "${2:-}" ] && [ -f "$2" ] && sed 's/^/    /' "$2" | head -20; return 0; }
# Runs itagen with only the locale variables given (name=value ...) and the rest of the command.
in_locale() {  # [VAR=value ...] -- args...
  local vars=()
  while [ "$1" != -- ]; do vars+=("$1"); shift; done
  shift
  env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG "${vars[@]}" "$itagen" "$@"
}

# 1. The catalog: complete, nothing fuzzy, and holding every message of the code.
if msgfmt --check --statistics --output-file=/dev/null "$root/po/th.po" 2>"$tmp/stats"; then
  if grep -qE 'untranslated|fuzzy' "$tmp/stats"; then
    fail "po/th.po is not complete: $(cat "$tmp/stats")"
  else
    pass "po/th.po: $(cat "$tmp/stats")"
  fi
else
  fail "msgfmt --check po/th.po" "$tmp/stats"
fi
msgids() {  # po-or-pot: its msgids (and plural msgids), one a line, sorted; "[context] msgid" for one in context
  msgcat --no-wrap --sort-output "$1" 2>/dev/null | awk '
    /^msgctxt "/ { ctx = "[" substr($0, 10, length($0) - 10) "] "; next }
    /^msgid "/ { id = substr($0, 8, length($0) - 8); if (id != "") print ctx id; next }
    /^msgid_plural "/ { print ctx substr($0, 15, length($0) - 15); next }
    /^msgstr/ { ctx = "" }' | LC_ALL=C sort -u
}
if "$root/po/make_pot.sh" "$tmp/fresh.pot" 2>"$tmp/xgettext.err"; then
  msgids "$tmp/fresh.pot" >"$tmp/code"
  msgids "$root/po/itagen.pot" >"$tmp/pot"
  msgids "$root/po/th.po" >"$tmp/th"
  count=$(wc -l <"$tmp/code")
  [ "$count" -gt 400 ] && pass "$count messages marked in generator/" || fail "only $count messages found in the code"
  if diff "$tmp/code" "$tmp/pot" >"$tmp/diff"; then pass "po/itagen.pot holds the messages of the code"; else
    fail "po/itagen.pot is out of date: run 'make pot' (< in the code, > only in the .pot)" "$tmp/diff"; fi
  if diff "$tmp/code" "$tmp/th" >"$tmp/diff"; then pass "po/th.po holds the messages of the code"; else
    fail "po/th.po does not match the code: run 'make pot' and translate (< in the code, > only in th.po)" "$tmp/diff"; fi
else
  fail "po/make_pot.sh (xgettext)" "$tmp/xgettext.err"
fi
# A translation keeps every placeholder of its message, or a value would go missing.
msgcat --no-wrap "$root/po/th.po" | awk '
  /^msgid "/ { id = $0; next }
  /^msgstr(\[0\])? "/ {
    s = $0
    while (match(id, /\{[0-9]\}/)) {
      ph = substr(id, RSTART, RLENGTH); id = substr(id, RSTART + RLENGTH)
      if (index(s, ph) == 0) print "missing " ph " in: " s
    }
  }' >"$tmp/placeholders"
[ ! -s "$tmp/placeholders" ] && pass "every translation keeps its placeholders" || fail "placeholders lost" "$tmp/placeholders"

# 2. The language from the locale. This machine may lack th_TH.UTF-8 (locale -a); it must not matter.
locale -a 2>/dev/null | grep -qi '^th_TH' && echo "note: th_TH is generated here" || echo "note: th_TH is not generated here"
ask() {  # what expected-language [VAR=value ...] [--lang ...]: --source of a folder that does not exist
  local what=$1 want=$2 vars=() extra=()
  shift 2
  for word in "$@"; do
    case "$word" in [A-Z]*=*) vars+=("$word") ;; *) extra+=("$word") ;; esac
  done
  in_locale "${vars[@]}" -- check --source "$tmp/none" "${extra[@]}" >"$tmp/out" 2>&1
  local rc=$?
  local english="error: the site folder '$tmp/none' does not exist"
  local thai="error: ไม่มีโฟลเดอร์เว็บไซต์ '$tmp/none'"
  local line
  line=$(head -1 "$tmp/out")
  if [ "$rc" = 2 ] && { { [ "$want" = en ] && [ "$line" = "$english" ]; } || { [ "$want" = th ] && [ "$line" = "$thai" ]; }; }; then
    pass "$what: $want"
  else
    fail "$what: expected $want, exit $rc" "$tmp/out"
  fi
}
ask "LANG=th_TH.UTF-8" th LANG=th_TH.UTF-8
ask "LANG=C.UTF-8" en LANG=C.UTF-8
ask "no locale at all" en
ask "LC_MESSAGES=th_TH.UTF-8 over LANG=C.UTF-8" th LANG=C.UTF-8 LC_MESSAGES=th_TH.UTF-8
ask "LC_ALL=C.UTF-8 over LANG=th_TH.UTF-8" en LANG=th_TH.UTF-8 LC_ALL=C.UTF-8
ask "LC_ALL=th_TH.UTF-8 over LC_MESSAGES=en_US.UTF-8" th LC_MESSAGES=en_US.UTF-8 LC_ALL=th_TH.UTF-8
ask "LANGUAGE=fr:th with LANG=en_US.UTF-8" th LANG=en_US.UTF-8 LANGUAGE=fr:th
ask "LANGUAGE=en with LANG=th_TH.UTF-8" en LANG=th_TH.UTF-8 LANGUAGE=en
ask "LANGUAGE=th in the C locale (ignored, as gettext does)" en LANG=C LANGUAGE=th
ask "LANG=th_TH (TIS-620 by name) still prints UTF-8" th LANG=th_TH
ask "--lang th over LANG=C.UTF-8" th LANG=C.UTF-8 --lang th
in_locale LANG=C.UTF-8 -- --lang th check --source "$tmp/none" >"$tmp/out" 2>&1
grep -q "^error: ไม่มีโฟลเดอร์เว็บไซต์" "$tmp/out" && pass "--lang th before the command: th" || fail "--lang th before the command" "$tmp/out"
ask "--lang=th after the command" th LANG=C.UTF-8 --lang=th
ask "--lang en over LANG=th_TH.UTF-8" en LANG=th_TH.UTF-8 --lang en
in_locale LANG=th_TH.UTF-8 -- --lang fr check >"$tmp/out" 2>&1
rc=$?
if [ "$rc" = 2 ] && grep -q "^error: ไม่รู้จักภาษา 'fr' ของ --lang" "$tmp/out" && grep -q '^  hint: .*--lang th' "$tmp/out"; then
  pass "--lang fr is a command-line mistake, said in the locale's language"
else
  fail "--lang fr: exit $rc" "$tmp/out"
fi
# --lang as the argument of an option is not taken: `new page --title --lang` names a page.
in_locale LANG=C.UTF-8 -- check -- --lang th >"$tmp/out" 2>&1
grep -q "ไม่มี\|ไม่รู้จัก" "$tmp/out" && fail "--lang after -- was taken as the option" "$tmp/out" || pass "--lang after -- is left alone"

# 3. --help in both languages, the program's and a command's.
in_locale LANG=C.UTF-8 -- --help >"$tmp/help.en" 2>&1
in_locale LANG=th_TH.UTF-8 -- --help >"$tmp/help.th" 2>&1
if grep -q '^Usage: itagen \[OPTIONS\] SUBCOMMAND' "$tmp/help.en" && grep -q '^Options:' "$tmp/help.en" &&
   grep -q '^Subcommands:' "$tmp/help.en" && grep -q 'check content and report problems' "$tmp/help.en" &&
   grep -q -- '--lang th|en' "$tmp/help.en"; then
  pass "--help in English"
else
  fail "--help in English" "$tmp/help.en"
fi
if grep -q '^วิธีใช้: itagen \[ตัวเลือก\] คำสั่ง' "$tmp/help.th" && grep -q '^ตัวเลือก:' "$tmp/help.th" &&
   grep -q '^คำสั่ง:' "$tmp/help.th" && grep -q 'ตรวจเนื้อหาและรายงานปัญหา' "$tmp/help.th" &&
   grep -q 'แสดงวิธีใช้นี้แล้วจบ' "$tmp/help.th" && ! grep -q 'check content\|Usage\|Options' "$tmp/help.th"; then
  pass "--help in Thai"
else
  fail "--help in Thai" "$tmp/help.th"
fi
in_locale LANG=th_TH.UTF-8 -- new year --help >"$tmp/out" 2>&1
grep -q 'ปีงบประมาณใหม่ (พ.ศ.) เช่น 2568' "$tmp/out" && grep -q 'โฟลเดอร์เว็บไซต์ (ที่มีโฟลเดอร์ content/)' "$tmp/out" &&
  pass "new year --help in Thai" || fail "new year --help in Thai" "$tmp/out"
in_locale LANG=th_TH.UTF-8 -- biuld >"$tmp/out" 2>&1
grep -qx "error: ไม่รู้จักคำสั่ง 'biuld'" "$tmp/out" && grep -qx "  hint: หมายถึง 'build' หรือไม่" "$tmp/out" &&
  pass "did you mean, in Thai" || fail "did you mean, in Thai" "$tmp/out"

# CLI11's own messages for a command line it cannot parse: its English wording, or Thai.
in_locale LANG=C.UTF-8 -- status --format xml >"$tmp/out" 2>&1
rc=$?
[ "$rc" = 2 ] && [ "$(cat "$tmp/out")" = $'--format: xml not in {text,csv,json}\nRun with --help for more information.' ] &&
  pass "a parse error in English, as CLI11 words it" || fail "parse error in English: exit $rc" "$tmp/out"
in_locale LANG=th_TH.UTF-8 -- new oit >"$tmp/out" 2>&1
rc=$?
[ "$rc" = 2 ] && [ "$(cat "$tmp/out")" = $'ต้องระบุ item\nดูวิธีใช้ได้ด้วย --help' ] &&
  pass "a parse error in Thai" || fail "parse error in Thai: exit $rc" "$tmp/out"

# 4. A site with a bad date: the location stays as editors read it, the message is Thai or English.
site="$tmp/site"
cp -r "$root/tests/sites/full" "$site"
sed -i 's/^updated: .*/updated: 2567-02-30/' "$site/content/oit/2567/O01.md"
line=$(grep -n '^updated:' "$site/content/oit/2567/O01.md" | cut -d: -f1)
in_locale LANG=th_TH.UTF-8 -- check --source "$site" >"$tmp/out" 2>"$tmp/err.th"
rc=$?
if [ "$rc" = 1 ] && grep -qx "content/oit/2567/O01.md:$line:10: error: '2567-02-30' ไม่ใช่วันที่ที่มีจริง" "$tmp/err.th" &&
   grep -qx "  hint: เขียนวันที่แบบ YYYY-MM-DD เช่น 2567-05-08" "$tmp/err.th" && grep -qx "ตรวจไม่ผ่าน" "$tmp/err.th"; then
  pass "LANG=th_TH.UTF-8 itagen check: the location and a Thai message"
else
  fail "LANG=th_TH.UTF-8 itagen check: exit $rc" "$tmp/err.th"
fi
in_locale LANG=C.UTF-8 -- check --source "$site" >"$tmp/out" 2>"$tmp/err.en"
rc=$?
if [ "$rc" = 1 ] && grep -qx "content/oit/2567/O01.md:$line:10: error: '2567-02-30' is not a real date" "$tmp/err.en" &&
   grep -qx "check failed" "$tmp/err.en"; then
  pass "LANG=C.UTF-8 itagen check: English"
else
  fail "LANG=C.UTF-8 itagen check: exit $rc" "$tmp/err.en"
fi
# Numbers in messages are written with Arabic digits in both languages (the contract).
grep -qF -e ๐ -e ๑ -e ๒ -e ๓ -e ๔ -e ๕ -e ๖ -e ๗ -e ๘ -e ๙ "$tmp/err.th" && fail "Thai digits in a message" "$tmp/err.th" || pass "Arabic digits in Thai messages"

# 5. The phase names of build -v: the pipeline's English ids in English (bench/bench.py reads
# them with --lang en), Thai names in Thai, with the times in one column.
site="$tmp/site-v"
cp -r "$root/tests/sites/full" "$site"
in_locale LANG=th_TH.UTF-8 -- build -v --lang en --source "$site" --output "$tmp/public-v" >"$tmp/v.en" 2>&1
rc_en=$?
in_locale LANG=C.UTF-8 -- build -v --lang th --source "$site" --output "$tmp/public-v" >"$tmp/v.th" 2>&1
rc_th=$?
phases_en=$(sed -n 's/^  \(.*[^ ]\)  *[0-9][0-9]*\.[0-9][0-9] ms$/\1/p' "$tmp/v.en" | tr '\n' ,)
phases_th=$(sed -n 's/^  \(.*[^ ]\)  *[0-9][0-9]*\.[0-9][0-9] ms$/\1/p' "$tmp/v.th" | tr '\n' ,)
[ "$rc_en" = 0 ] && [ "$phases_en" = "load,assemble+check,theme,render+write,total," ] &&
  pass "build -v --lang en: $phases_en" || fail "build -v --lang en: exit $rc_en, phases '$phases_en'" "$tmp/v.en"
[ "$rc_th" = 0 ] && [ "$phases_th" = "อ่านเนื้อหา,ประกอบและตรวจ,ธีม,สร้างหน้าและเขียนไฟล์,รวม," ] &&
  pass "build -v --lang th: $phases_th" || fail "build -v --lang th: exit $rc_th, phases '$phases_th'" "$tmp/v.th"
# bench/bench.py's reading of the English lines finds every phase and the total.
python3 - "$tmp/v.en" >"$tmp/v.bench" 2>&1 <<'PY'
import sys
phases = {}
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.split()
    if len(parts) >= 3 and parts[-1] == "ms":
        phases[" ".join(parts[:-2])] = float(parts[-2])
assert {"load", "assemble+check", "theme", "render+write", "total"} <= set(phases), phases
PY
[ $? = 0 ] && pass "bench.py reads the English phase names" || fail "bench.py's reading of build -v" "$tmp/v.bench"

# 6. --version: the project's version, in any language.
version=$(sed -n 's/^project(itagen VERSION \([0-9][0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
for lang in th en; do
  out=$(in_locale LANG=C.UTF-8 -- --lang "$lang" --version 2>&1)
  [ "$out" = "itagen $version" ] && pass "--version ($lang): $out" || fail "--version ($lang) printed '$out'"
done

echo "i18n_test: $passed passed, $failed failed"
[ "$failed" = 0 ]
