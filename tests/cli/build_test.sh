#!/usr/bin/env bash
# Command-line tests of `itagen build` and `itagen check`: stdout, stderr, exit status, and the
# promise that a failed build leaves the previous output exactly as it was.
# Usage: build_test.sh <path-to-itagen> <repo-root>
set -uo pipefail
itagen=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
expect_status() {  # expected actual what
  if [ "$1" = "$2" ]; then pass; else fail "$3: exit status $2, expected $1"; fi
}
expect_contains() {  # file needle what
  if grep -qF -- "$2" "$1"; then pass; else fail "$3: '$2' not in $(cat "$1")"; fi
}
tree_hash() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum) | sha256sum; }

# The example site builds and checks clean.
"$itagen" build --source "$root" --output "$work/public" >"$work/out" 2>"$work/err"
expect_status 0 $? "example build"
expect_contains "$work/out" "built " "example build summary"
[ -f "$work/public/index.html" ] && pass || fail "example index.html"
"$itagen" check --source "$root" >"$work/out" 2>"$work/err"
expect_status 0 $? "example check"
expect_contains "$work/out" "check passed: 0 warnings" "example check has no warnings"

# Two builds are byte-identical.
before=$(tree_hash "$work/public")
"$itagen" build --source "$root" --output "$work/public" >/dev/null 2>&1
expect_status 0 $? "second build"
[ "$before" = "$(tree_hash "$work/public")" ] && pass || fail "second build differs"

# A broken site: exit 1, path:line:column, the line, a caret, a hint; public/ untouched.
cp -r "$root/tests/sites/full" "$work/site"
"$itagen" build --source "$work/site" --output "$work/site-out" >/dev/null 2>&1
expect_status 0 $? "fixture build"
good=$(tree_hash "$work/site-out")
sed -i 's/^    title: มาตรการพัฒนาการสื่อสาร/    tittle: มาตรการพัฒนาการสื่อสาร/' "$work/site/content/measures/2567.yaml"
"$itagen" build --source "$work/site" --output "$work/site-out" >"$work/out" 2>"$work/err"
expect_status 1 $? "broken build"
expect_contains "$work/err" "content/measures/2567.yaml:" "message names the file"
expect_contains "$work/err" "warning: unknown key 'tittle'" "unknown key warning"
expect_contains "$work/err" "hint: did you mean 'title'?" "did-you-mean hint"
expect_contains "$work/err" "error: missing required field 'title'" "missing title error"
expect_contains "$work/err" "build failed; the previous output is unchanged" "failure summary"
[ "$good" = "$(tree_hash "$work/site-out")" ] && pass || fail "output changed after a failed build"
leftovers=$(find "$work" -maxdepth 1 -name '.site-out.itagen-tmp-*' | wc -l)
[ "$leftovers" = 0 ] && pass || fail "temporary folder left behind"

# check on the broken site: exit 1, nothing written.
"$itagen" check --source "$work/site" >"$work/out" 2>"$work/err"
expect_status 1 $? "broken check"

# Without --output, the site goes into public/ inside the site folder (as Hugo does), never
# into the current folder: run from a repository, it must not replace the repository's public/.
mkdir -p "$work/cwd" "$work/cwd/public" && echo keep >"$work/cwd/public/mine.txt"
cp -r "$root/tests/sites/full" "$work/cwd-site"
(cd "$work/cwd" && "$itagen" build --source ../cwd-site >"$work/out" 2>"$work/err")
expect_status 0 $? "build --source elsewhere"
[ -f "$work/cwd-site/public/index.html" ] && pass || fail "default output is not public/ inside the site folder"
[ "$(ls "$work/cwd/public")" = mine.txt ] && pass || fail "the current folder's public/ was touched"
expect_contains "$work/out" "into ../cwd-site/public in" "summary names the site's public/"
# An explicit --output keeps its meaning: relative to the current folder.
(cd "$work/cwd" && "$itagen" build --source ../cwd-site --output out >/dev/null 2>&1)
expect_status 0 $? "build --source elsewhere --output out"
[ -f "$work/cwd/out/index.html" ] && pass || fail "--output out is not taken from the current folder"
# The default source and output: `itagen build` in the site folder writes its public/.
rm -rf "$work/cwd-site/public"
(cd "$work/cwd-site" && "$itagen" build >"$work/out" 2>&1)
expect_status 0 $? "build in the site folder"
expect_contains "$work/out" "into public in" "summary in the site folder"
[ -f "$work/cwd-site/public/index.html" ] && pass || fail "build in the site folder writes public/"

# Refusals: the output may not be the source, a parent of it, or a folder of foreign files.
"$itagen" build --source "$root" --output "$root" >"$work/out" 2>"$work/err"
expect_status 1 $? "output = source"
expect_contains "$work/err" "holds the site's own source" "output = source message"
"$itagen" build --source "$work/site" --output "$work" >"$work/out" 2>"$work/err"
expect_status 1 $? "output = parent of source"
mkdir -p "$work/mine" && echo keep >"$work/mine/notes.txt"
"$itagen" build --source "$root" --output "$work/mine" >"$work/out" 2>"$work/err"
expect_status 1 $? "output = foreign folder"
expect_contains "$work/err" "holds files that itagen did not write" "foreign folder message"
[ -f "$work/mine/notes.txt" ] && pass || fail "a user's file was lost"
"$itagen" build --source "$root" --output / >"$work/out" 2>"$work/err"
expect_status 1 $? "output = /"

# Command line basics.
"$itagen" --version >"$work/out" 2>&1
expect_status 0 $? "--version"
expect_contains "$work/out" "itagen " "--version prints the name"
"$itagen" build --no-such-option >"$work/out" 2>&1
expect_status 2 $? "unknown option"
"$itagen" build --help >"$work/out" 2>&1
expect_status 0 $? "build --help"
expect_contains "$work/out" "--base-url" "help lists --base-url"

# A misspelt command says which one was meant (exit 2, a command-line mistake).
"$itagen" biuld >"$work/out" 2>"$work/err"
expect_status 2 $? "misspelt command"
expect_contains "$work/err" "error: unknown command 'biuld'" "misspelt command message"
expect_contains "$work/err" "hint: did you mean 'build'?" "misspelt command hint"
"$itagen" new oti O5 >"$work/out" 2>"$work/err"
expect_status 2 $? "misspelt new command"
expect_contains "$work/err" "hint: did you mean 'new oit'?" "misspelt new command hint"

# A site folder that is not there is a command-line mistake, not "missing site settings".
for cmd in build check serve; do
  "$itagen" $cmd --source "$work/no-such-site" >"$work/out" 2>"$work/err"
  expect_status 2 $? "$cmd --source missing"
  expect_contains "$work/err" "error: the site folder '$work/no-such-site' does not exist" "$cmd --source missing message"
done
[ ! -e "$work/no-such-site" ] && pass || fail "a missing site folder was created"
mkdir -p "$work/not-a-site"
(cd "$work/not-a-site" && "$itagen" check >"$work/out" 2>"$work/err")
expect_status 2 $? "check in a folder without content/"
expect_contains "$work/err" "error: the current folder is not a site folder: it has no content/ folder" "no content/ message"
# content/ without site.yaml keeps the located message.
mkdir -p "$work/not-a-site/content"
"$itagen" check --source "$work/not-a-site" >"$work/out" 2>"$work/err"
expect_status 1 $? "check without site.yaml"
expect_contains "$work/err" "content/site.yaml:1:1: error: missing site settings" "missing site.yaml message"

# --base-url without its scheme would give href="/www.example.go.th/ita/...": refused, exit 2.
"$itagen" build --source "$work/cwd-site" --base-url www.example.go.th/ita/ >"$work/out" 2>"$work/err"
expect_status 2 $? "--base-url without scheme"
expect_contains "$work/err" "error: --base-url: web address 'www.example.go.th/ita/' has no http:// or https://" \
  "--base-url message"
expect_contains "$work/err" "hint: write https://www.example.go.th/ita/" "--base-url hint"
"$itagen" check --source "$work/cwd-site" --base-url /preview/ >"$work/out" 2>"$work/err"
expect_status 0 $? "--base-url as a path from the root"

echo "build_test: $passed passed, $failed failed"
[ "$failed" = 0 ]
