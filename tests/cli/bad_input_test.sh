#!/usr/bin/env bash
# The bad-input corpus (tests/bad-input/): each case patches a copy of tests/sites/full and
# must fail with exit status 1, print the exact diagnostic lines of its expected.txt, and leave
# a previously built output folder byte-identical; then the same site is built again in Thai
# (LANG=th_TH.UTF-8, which also works where that locale is not generated) and must print the
# lines of its expected.th, with the same path:line:column: error: prefixes as in English.
# The must-build cases must build cleanly.
# See tests/bad-input/README.md for the layout of a case.
# Usage: bad_input_test.sh <path-to-itagen> <repo-root> [case-name-filter]
# BAD_INPUT_THAI=0 leaves out the Thai pass (the sanitizer build: the messages are checked in
# the normal build, and a second language runs the same code again).
set -uo pipefail
itagen=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$2" && pwd)
filter=${3:-}
# The English pass must not follow the locale of whoever runs the test.
export LC_ALL=C.UTF-8 LANGUAGE=
unset LC_MESSAGES LANG
corpus=$root/tests/bad-input
fixture=$root/tests/sites/full
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
# What a Thai run must say at the end (po/th.po's translations of the English summary lines).
thai_summary_build="สร้างเว็บไซต์ไม่สำเร็จ ผลลัพธ์ชุดก่อนยังอยู่ครบไม่เปลี่ยนแปลง"
thai_summary_check="ตรวจไม่ผ่าน"
tree_hash() { (cd "$1" && find . \( -type f -o -type l \) -print0 | sort -z | xargs -0 sha256sum) | sha256sum; }

# Prints the blocks of expected (separated by blank lines) that do not appear in actual as a
# run of consecutive whole lines.
missing_blocks() {  # expected actual
  awk '
    FNR == NR { got[++n] = $0; next }
    function check_block(   i, j, ok) {
      if (m == 0) return
      for (i = 1; i + m - 1 <= n; i++) {
        ok = 1
        for (j = 1; j <= m; j++) if (got[i + j - 1] != want[j]) { ok = 0; break }
        if (ok) { m = 0; return }
      }
      for (j = 1; j <= m; j++) print "    " want[j]
      print "    --"
      m = 0
    }
    $0 == "" { check_block(); next }
    { want[++m] = $0 }
    END { check_block() }
  ' "$2" "$1"
}

# Every error must be located (path:line:column) and carry a hint.
unlocated_errors() {  # stderr
  awk '
    function close_entry() { if (open && !hinted) print "    no hint for: " head; open = 0 }
    /^[^ ].*error: / || /^error: / {
      close_entry()
      if ($0 !~ /^[^ :][^:]*:[0-9]+:[0-9]+: error: /) print "    not located: " $0
      open = 1; hinted = 0; head = $0; next
    }
    /^  hint: / { hinted = 1; next }
    /^[^ ]/ { close_entry() }
    END { close_entry() }
  ' "$1"
}

# The location prefixes of the diagnostics, "path:line:column: error:", in order: the same in
# every language, as editors' problem matchers read them.
prefixes() {  # stderr
  grep -oE '^[^ ]*: (error|warning):' "$1"
}

# The Thai run of a case, in the prepared site: its own exit status, lines and summary.
thai_problems() {  # case-dir cmd
  local dir=$1 cmd=$2 status
  if [ ! -f "$dir/expected.th" ]; then
    echo "  no expected.th (tests/bad-input/make_expected_th.py writes it)"
    return
  fi
  if [ "$cmd" = build ]; then
    LC_ALL= LANG=th_TH.UTF-8 timeout -k 5 20 "$itagen" build --source "$work/site" --output "$out" >"$work/out.th" 2>"$work/err.th"
  else
    LC_ALL= LANG=th_TH.UTF-8 timeout -k 5 20 "$itagen" check --source "$work/site" >"$work/out.th" 2>"$work/err.th"
  fi
  status=$?
  [ "$status" = 1 ] || echo "  Thai: exit status $status, expected 1"
  local missing
  missing=$(missing_blocks "$dir/expected.th" "$work/err.th")
  [ -z "$missing" ] || printf '  Thai: expected lines not found:\n%s\n' "$missing"
  local unlocated
  unlocated=$(unlocated_errors "$work/err.th")
  [ -z "$unlocated" ] || printf '  Thai: badly formed errors:\n%s\n' "$unlocated"
  [ "$(prefixes "$work/err")" = "$(prefixes "$work/err.th")" ] || echo "  Thai: the path:line:column prefixes differ from English"
  local summary=$thai_summary_build
  [ "$cmd" = check ] && summary=$thai_summary_check
  grep -qxF "$summary" "$work/err.th" || echo "  Thai: no line '$summary'"
}

# Applies a case to a fresh copy of the fixture site.
prepare() {  # case-dir site-dir
  rm -rf "$2"
  cp -r "$fixture" "$2"
  if [ -d "$1/files" ]; then cp -r "$1/files/." "$2/"; fi
  if [ -f "$1/case.sh" ]; then (cd "$2" && CASE_DIR="$1" bash -e "$1/case.sh") || return 1; fi
  return 0
}

# The good output every failing case must leave alone.
out=$work/public
"$itagen" build --source "$fixture" --output "$out" >"$work/out" 2>"$work/err"
if [ $? != 0 ]; then
  echo "FAIL: the fixture tests/sites/full does not build:"
  cat "$work/err"
  echo "bad_input: 0 passed, 1 failed"
  exit 1
fi
good=$(tree_hash "$out")

run_case() {  # case-dir command
  local dir=$1 cmd=$2 name
  name=$(basename "$dir")
  [ "$cmd" = check ] && name="$name (check)"
  local site=$work/site
  if ! prepare "$dir" "$site"; then
    fail "$name: case.sh failed"
    return
  fi
  local status
  if [ "$cmd" = build ]; then
    timeout -k 5 20 "$itagen" build --source "$site" --output "$out" >"$work/out" 2>"$work/err"
  else
    timeout -k 5 20 "$itagen" check --source "$site" >"$work/out" 2>"$work/err"
  fi
  status=$?
  local problems=""
  [ "$status" = 1 ] || problems+="  exit status $status, expected 1"$'\n'
  local missing
  missing=$(missing_blocks "$dir/expected.txt" "$work/err")
  [ -z "$missing" ] || problems+="  expected lines not found:"$'\n'"$missing"$'\n'
  local unlocated
  unlocated=$(unlocated_errors "$work/err")
  [ -z "$unlocated" ] || problems+="  badly formed errors:"$'\n'"$unlocated"$'\n'
  local summary="build failed; the previous output is unchanged"
  [ "$cmd" = check ] && summary="check failed"
  grep -qxF "$summary" "$work/err" || problems+="  no line '$summary'"$'\n'
  if [ "$cmd" = build ]; then
    [ "$good" = "$(tree_hash "$out")" ] || problems+="  the previous output changed"$'\n'
    [ -z "$(find "$work" -maxdepth 1 -name '.public.itagen-tmp-*')" ] || problems+="  temporary folder left"$'\n'
  fi
  # The Thai pass, on the same prepared site: the first command of each case (build).
  if [ "$cmd" = build ] && [ "${BAD_INPUT_THAI:-1}" != 0 ]; then
    local thai
    thai=$(thai_problems "$dir" "$cmd")
    [ -z "$thai" ] || problems+="$thai"$'\n'"  Thai stderr was:"$'\n'"$(sed 's/^/  | /' "$work/err.th" | head -20)"$'\n'
  fi
  if [ -z "$problems" ]; then
    pass
  else
    fail "$name"$'\n'"$problems  stderr was:"$'\n'"$(sed 's/^/  | /' "$work/err" | head -40)"
    # Restore the good output so one broken case does not fail all the following ones.
    rm -rf "$out"
    "$itagen" build --source "$fixture" --output "$out" >/dev/null 2>&1
  fi
}

run_must_build() {  # case-dir
  local dir=$1 name
  name="must-build/$(basename "$dir")"
  local site=$work/site
  local built=$work/built
  rm -rf "$built"
  if ! prepare "$dir" "$site"; then
    fail "$name: case.sh failed"
    return
  fi
  timeout -k 5 20 "$itagen" build --source "$site" --output "$built" >"$work/out" 2>"$work/err"
  local status=$?
  local problems=""
  [ "$status" = 0 ] || problems+="  exit status $status, expected 0"$'\n'
  if grep -q "error: \|warning: " "$work/err"; then problems+="  diagnostics printed"$'\n'; fi
  if [ -f "$dir/expected-files.txt" ]; then
    while IFS= read -r f; do
      [ -z "$f" ] || [ -f "$built/$f" ] || problems+="  missing output file '$f'"$'\n'
    done <"$dir/expected-files.txt"
  fi
  if [ -f "$dir/assert.sh" ] && [ "$status" = 0 ]; then
    local why
    why=$(cd "$built" && bash "$dir/assert.sh" 2>&1) || problems+="  assert.sh: $why"$'\n'
  fi
  if [ -z "$problems" ]; then
    pass
  else
    fail "$name"$'\n'"$problems  stderr was:"$'\n'"$(sed 's/^/  | /' "$work/err" | head -40)"
  fi
}

for dir in "$corpus"/cases/*/; do
  dir=${dir%/}
  case "$(basename "$dir")" in *"$filter"*) ;; *) continue ;; esac
  run_case "$dir" build
  [ -f "$dir/check" ] && run_case "$dir" check
done
for dir in "$corpus"/must-build/*/; do
  dir=${dir%/}
  case "$(basename "$dir")" in *"$filter"*) ;; *) continue ;; esac
  run_must_build "$dir"
done

echo "bad_input: $passed passed, $failed failed"
[ "$failed" = 0 ]
