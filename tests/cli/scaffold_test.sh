#!/usr/bin/env bash
# itagen init and itagen new, end to end: every scaffold leaves a site that passes check and
# builds, a second run changes nothing, and mistakes exit 1 (content) or 2 (usage).
# Usage: bash scaffold_test.sh <path-to-itagen> <repo-root>
set -euo pipefail

itagen="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
repo="$2"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/itagen_scaffold_cli.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
site="$tmp/site"
today=(--today 2024-05-08)  # fiscal year 2567

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok: $1"; }
fail() { failed=$((failed + 1)); echo "FAIL: $1"; [ -f "$tmp/err" ] && sed 's/^/    /' "$tmp/err" | head -20; return 0; }

# run CMD...: runs itagen with output in $tmp/out.txt and $tmp/err, sets $rc.
run() {
  rc=0
  "$itagen" "$@" >"$tmp/out.txt" 2>"$tmp/err" || rc=$?
}

tree_hash() { (cd "$site" && find . -type f | sort | xargs -d '\n' sha256sum) | sha256sum; }

# site_passes NAME: check exits 0 and build exits 0 on the site as it is now.
site_passes() {
  run check --source "$site"
  local check_rc=$rc
  run build --source "$site" --output "$tmp/public"
  if [ "$check_rc" -eq 0 ] && [ "$rc" -eq 0 ]; then pass "$1: check and build pass"; else fail "$1: check $check_rc, build $rc"; fi
}

# twice NAME ARGS...: running the scaffold again changes no file and says so.
twice() {
  local name="$1"
  shift
  local before after
  before="$(tree_hash)"
  run "$@"
  after="$(tree_hash)"
  if [ "$rc" -eq 0 ] && [ "$before" = "$after" ] && grep -q "^nothing to do" "$tmp/out.txt"; then
    pass "$name twice changes nothing"
  else
    fail "$name twice: exit $rc, files changed: $([ "$before" = "$after" ] && echo no || echo yes)"
  fi
}

# expect NAME CODE TEXT ARGS...: itagen exits CODE and prints TEXT (stdout or stderr).
expect() {
  local name="$1" code="$2" text="$3"
  shift 3
  run "$@"
  if [ "$rc" -eq "$code" ] && grep -qF -- "$text" "$tmp/out.txt" "$tmp/err"; then
    pass "$name"
  else
    fail "$name: exit $rc (wanted $code), output: $(cat "$tmp/out.txt" "$tmp/err" | head -5)"
  fi
}

# ---- init
expect "init creates site.yaml" 0 "created content/site.yaml" init "$site" "${today[@]}"
if [ -d "$site/content/oit/2567" ] && [ -d "$site/content/reports/2567" ] && [ -d "$site/content/static/files" ]; then
  pass "init creates the fiscal year's folders"
else
  fail "init creates the fiscal year's folders"
fi
run check --source "$site"
if [ "$rc" -eq 0 ] && grep -q "check passed: 0 warnings" "$tmp/out.txt"; then pass "new site passes check with no warning"; else fail "new site check: exit $rc"; fi
site_passes "init"
twice "init" init "$site" "${today[@]}"

# ---- new oit
expect "new oit creates the item file" 0 "created content/oit/2567/O05.md" new oit O5 --source "$site" "${today[@]}"
grep -q "^item: O5$" "$site/content/oit/2567/O05.md" && grep -q "^evidence: \[\]$" "$site/content/oit/2567/O05.md" \
  && pass "new oit writes item and empty evidence" || fail "new oit content"
site_passes "new oit"
twice "new oit" new oit o05 --source "$site" "${today[@]}"
expect "new oit O99 is an error naming the range" 1 "hint: the 2566 catalog has items O1 to O43" \
  new oit O99 --source "$site" "${today[@]}"
grep -qF "error: unknown OIT item 'O99' for fiscal year 2567" "$tmp/err" && pass "new oit O99 message" || fail "new oit O99 message"

# ---- new measure
expect "new measure creates the measures file" 0 "created content/measures/2567.yaml" \
  new measure transparent-personnel --source "$site" "${today[@]}"
site_passes "new measure"
before="$(tree_hash)"
expect "new measure with an id the file has fails" 1 \
  "error: content/measures/2567.yaml already has a measure 'transparent-personnel'" \
  new measure transparent-personnel --source "$site" "${today[@]}"
[ "$before" = "$(tree_hash)" ] && pass "refused measure leaves files unchanged" || fail "refused measure changed files"
# A second measure goes at the end of the list, in the same file; a comment of the user's stays.
sed -i 's/^fiscal_year: 2567$/fiscal_year: 2567   # ความเห็นของผู้ใช้ \/ a comment of the user'"'"'s/' \
  "$site/content/measures/2567.yaml"
cp "$site/content/measures/2567.yaml" "$tmp/measures-before.yaml"
expect "new measure adds to the existing measures file" 0 \
  "updated content/measures/2567.yaml: added measure 'second-measure'" \
  new measure second-measure --source "$site" "${today[@]}"
if cmp -s <(head -c "$(stat -c %s "$tmp/measures-before.yaml")" "$site/content/measures/2567.yaml") "$tmp/measures-before.yaml" \
  && [ "$(grep -c '^  - id: ' "$site/content/measures/2567.yaml")" = 2 ] \
  && tail -n +"$(grep -n '^  - id: second-measure$' "$site/content/measures/2567.yaml" | cut -d: -f1)" \
       "$site/content/measures/2567.yaml" | grep -q '^    monitoring:$'; then
  pass "new measure keeps the file as it was and appends the entry at the end"
else
  fail "new measure changed what was there: $(diff "$tmp/measures-before.yaml" "$site/content/measures/2567.yaml" | head -5)"
fi
ls -a "$site/content/measures" | grep -q itagen-tmp && fail "temporary file left beside the measures file" \
  || pass "no temporary file left beside the measures file"
site_passes "new measure into an existing file"

# ---- new report
expect "new report lists the measures" 0 "created content/reports/2567/6m.yaml" new report 6m --source "$site" "${today[@]}"
grep -q "^  - id: transparent-personnel$" "$site/content/reports/2567/6m.yaml" \
  && grep -q "^  - id: second-measure$" "$site/content/reports/2567/6m.yaml" && pass "report entry per measure" \
  || fail "report entry per measure"
site_passes "new report"
twice "new report" new report 6m --source "$site" "${today[@]}"

# ---- new page
expect "new page" 0 "created content/pages/about/contact.md" new page about/contact --title "ติดต่อเรา" --source "$site" "${today[@]}"
site_passes "new page"
[ -f "$tmp/public/about/contact/index.html" ] && pass "page is built at /about/contact/" || fail "page not built"
twice "new page" new page about/contact --source "$site" "${today[@]}"

# ---- new year, with results to analyse
cp "$repo/tests/sites/full/content/scores/2566.yaml" "$site/content/scores/2566.yaml"
expect "new year" 0 "created content/oit/2568/O43.md" new year 2568 --source "$site" "${today[@]}"
missing=""
for f in measures/2568.yaml reports/2568/6m.yaml reports/2568/12m.yaml no-gift/2568.yaml no-gift/2568.md committee/2568.yaml; do
  [ -f "$site/content/$f" ] || missing="$missing content/$f"
done
[ -z "$missing" ] && pass "new year creates measures, reports, no-gift and committee" || fail "new year missed:$missing"
[ "$(find "$site/content/oit/2568" -name '*.md' | wc -l)" -eq 43 ] && pass "new year files one OIT item each" \
  || fail "new year OIT files"
grep -q "^based_on: 2566$" "$site/content/measures/2568.yaml" && pass "new year bases measures on the latest results" \
  || fail "new year based_on"
site_passes "new year"
twice "new year" new year 2568 --source "$site" "${today[@]}"
# After new year, new measure without --year adds to that year's file (new year wrote measures: []).
expect "new measure after new year" 0 "updated content/measures/2568.yaml: added measure 'after-new-year'" \
  new measure after-new-year --source "$site" "${today[@]}"
site_passes "new measure after new year"

# ---- the year a later run works on: the latest with content, not the calendar's
rm "$site/content/oit/2568/O05.md"
expect "new oit after the year ended stays in the site's year" 0 "created content/oit/2568/O05.md" \
  new oit O5 --source "$site" --today 2026-11-01
grep -qF "note: fiscal year 2568, the latest the site has content for (today is in 2570)" "$tmp/out.txt" \
  && pass "new oit notes the year it took" || fail "new oit year note: $(cat "$tmp/out.txt")"
[ ! -e "$site/content/oit/2570" ] && pass "no folder of the calendar's year" || fail "new oit started 2570"
expect "new year dates items inside the year when run after it" 0 "created content/oit/2566/O01.md" \
  new year 2566 --source "$site" --today 2026-11-01
grep -q "^updated: 2566-09-30 " "$site/content/oit/2566/O01.md" && pass "new year 2566 run in 2570 dates items 2566-09-30" \
  || fail "new year updated: $(grep '^updated' "$site/content/oit/2566/O01.md")"

# ---- init's next steps work from where the user is: into a subfolder, with a space, from
# another folder, and through the path the program was run by.
mkdir -p "$tmp/here"
(cd "$tmp/here" && "$itagen" init "sites/my site" "${today[@]}" >"$tmp/init-out.txt" 2>"$tmp/err")
step1="$(grep '^  1\. ' "$tmp/init-out.txt")"
[ "$step1" = "  1. edit 'sites/my site/content/site.yaml': the office's names, base_url and contact" ] \
  && pass "init names site.yaml from here" || fail "init step 1: $step1"
for n in 2 3; do
  cmd="$(grep "^  $n\. " "$tmp/init-out.txt" | sed -E "s/^  $n\. //; s/   \(.*\)$//")"
  extra=""
  [ "$n" = 2 ] && extra="${today[*]}"  # new year: the same fiscal year as init's
  if (cd "$tmp/here" && eval "$cmd $extra" >"$tmp/out.txt" 2>"$tmp/err"); then
    pass "init step $n runs as printed: $cmd"
  else
    fail "init step $n failed: $cmd"
  fi
done
[ -f "$tmp/here/sites/my site/content/no-gift/2567.yaml" ] && pass "init step 2 made the year in the new site" \
  || fail "init step 2 wrote elsewhere"
(cd "$tmp/here" && "$itagen" init . "${today[@]}" >/dev/null 2>&1; "$itagen" init ../other "${today[@]}" >"$tmp/init-out.txt")
grep -qF -- "new year 2567 --source ../other " "$tmp/init-out.txt" && pass "init ../other suggests --source ../other" \
  || fail "init ../other: $(cat "$tmp/init-out.txt")"

# ---- mistakes
expect "unknown round" 1 "error: unknown report round '9m'" new report 9m --source "$site" "${today[@]}"
expect "bad measure id" 1 "may hold only a-z, 0-9 and '-'" new measure Bad_Id --source "$site" "${today[@]}"
expect "page outside content/pages" 1 "may not contain '..'" new page ../escape --source "$site" "${today[@]}"
expect "Common Era year" 1 "2024 CE is 2567" new year 2024 --source "$site" "${today[@]}"
expect "no site folder" 2 "error: the site folder '$tmp/nowhere' does not exist" \
  new page about --source "$tmp/nowhere" "${today[@]}"
[ ! -e "$tmp/nowhere" ] && pass "no site folder: nothing created" || fail "no site folder: folder created"
mkdir -p "$tmp/no-settings/content"
expect "no site settings" 1 "error: no content/site.yaml in" new page about --source "$tmp/no-settings" "${today[@]}"
expect "missing argument is a usage error" 2 "" new oit --source "$site"
expect "bad --today is a usage error" 2 "--today" init "$tmp/other" --today 2024-13-01
run check --source "$site"
[ "$rc" -eq 0 ] && pass "site still passes check after the mistakes" || fail "site check after mistakes"

echo "scaffold: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
