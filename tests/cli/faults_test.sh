#!/usr/bin/env bash
# Faults during `itagen build`: kill -9 at random moments, a full disk, and the promise that a
# build writes nothing outside its output folder and its own temporary folder beside it.
# Usage: faults_test.sh <path-to-itagen> <repo-root>
# FAULTS_PAGES (default 1000) sets the size of the generated site; FAULTS_KILLS (default 20) the
# number of killed builds.
set -uo pipefail
itagen=$1
root=$2
pages=${FAULTS_PAGES:-1000}
kills=${FAULTS_KILLS:-20}
work=$(mktemp -d)
mounted=""
cleanup() {
  [ -n "$mounted" ] && umount "$mounted" 2>/dev/null
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
expect_contains() {  # file needle what (case-insensitive)
  if grep -qiF -- "$2" "$1"; then pass; else fail "$3: '$2' not in $(head -c 2000 "$1")"; fi
}
tree_hash() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum) | sha256sum | cut -c1-16; }
temp_folders() { find "$1" -maxdepth 1 -name ".$2.itagen-tmp-*" | wc -l; }
now_ms() { date +%s%3N; }

# ---- A site big enough that a build takes a while: bench/gen_site.py's free pages. ----
python3 "$root/bench/gen_site.py" "$pages" --work="$work/gen" >/dev/null || { echo "cannot generate the site"; exit 1; }
big="$work/big"
mv "$work/gen/$pages/itagen" "$big"
rm -rf "$work/gen"
site_yaml="$big/content/site.yaml"
# Two versions of the site (A, B) differ in the office name, so every page differs.
set_version() { sed -i "s/^name: .*/name: \"สำนักงานทดสอบ รุ่น $1\"/" "$site_yaml"; }

# ---- kill -9 during builds: the output is always a whole site, old or new, never a mix. ----
set_version A
"$itagen" build --source "$big" --output "$work/ref-a" >/dev/null 2>&1 || fail "reference build A"
set_version B
start=$(now_ms)
"$itagen" build --source "$big" --output "$work/ref-b" >/dev/null 2>&1 || fail "reference build B"
build_ms=$(($(now_ms) - start))
declare -A hash_of=([A]=$(tree_hash "$work/ref-a") [B]=$(tree_hash "$work/ref-b"))
[ "${hash_of[A]}" != "${hash_of[B]}" ] && pass || fail "versions A and B build the same output"
rm -rf "$work/ref-b"
mv "$work/ref-a" "$work/public"
current=A
killed_before=0
killed_after=0
completed=0
for i in $(seq 1 "$kills"); do
  next=$([ "$current" = A ] && echo B || echo A)
  set_version "$next"
  delay_ms=$((10 + RANDOM % (build_ms + 1)))
  "$itagen" build --source "$big" --output "$work/public" >/dev/null 2>"$work/err-kill" &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null
  { wait "$pid"; } 2>/dev/null  # no "Killed" line from bash
  status=$?
  h=$(tree_hash "$work/public")
  if [ "$status" = 137 ] && [ "$h" = "${hash_of[$current]}" ]; then
    killed_before=$((killed_before + 1))
    pass
  elif [ "$h" = "${hash_of[$next]}" ] && { [ "$status" = 137 ] || [ "$status" = 0 ]; }; then
    # Killed after the exchange (or finished first): the new site, whole.
    [ "$status" = 137 ] && killed_after=$((killed_after + 1)) || completed=$((completed + 1))
    current=$next
    pass
  else
    fail "kill $i after ${delay_ms} ms: exit $status, output $h is neither the old (${hash_of[$current]}) nor the new (${hash_of[$next]}) site: $(cat "$work/err-kill")"
  fi
  n=$(temp_folders "$work" public)
  [ "$n" -le 1 ] && pass || fail "kill $i: $n temporary folders beside the output"
done
echo "kill -9: $kills builds of $pages pages (one build ${build_ms} ms): $killed_before killed before the swap (old site intact)," \
  "$killed_after killed after it (new site whole), $completed finished first"
[ "$killed_before" -gt 0 ] && pass || fail "no kill landed before the swap; the test proved nothing"
# The next build finishes, and removes what the killed ones left behind.
"$itagen" build --source "$big" --output "$work/public" >/dev/null 2>"$work/err"
expect_status 0 $? "build after the kills"
[ "$(tree_hash "$work/public")" = "${hash_of[$next]}" ] && pass || fail "build after the kills is not the current site"
n=$(temp_folders "$work" public)
[ "$n" = 0 ] && pass || fail "$n temporary folders left after a successful build"

# ---- A full disk: a clear error, and the old output untouched. ----
disk="$work/disk"
mkdir -p "$disk"
if mount -t tmpfs -o size=2m tmpfs "$disk" 2>"$work/mount-err"; then
  mounted=$disk
  "$itagen" build --source "$root/tests/sites/full" --output "$disk/public" >/dev/null 2>"$work/err"
  expect_status 0 $? "small site fits on the 2 MB disk"
  good=$(tree_hash "$disk/public")
  "$itagen" build --source "$big" --output "$disk/public" >"$work/out" 2>"$work/err"
  expect_status 1 $? "build onto a full disk"
  expect_contains "$work/err" "no space left on device" "full disk message"
  expect_contains "$work/err" "error: cannot write '" "full disk message names the write"
  expect_contains "$work/err" "build failed; the previous output is unchanged" "full disk summary"
  [ "$good" = "$(tree_hash "$disk/public")" ] && pass || fail "output changed after a full-disk build"
  n=$(temp_folders "$disk" public)
  [ "$n" = 0 ] && pass || fail "$n temporary folders left on the full disk"
  # Once there is room again, the same disk takes a build.
  "$itagen" build --source "$root/tests/sites/full" --output "$disk/public" >/dev/null 2>"$work/err"
  expect_status 0 $? "build after the disk-full failure"
  umount "$disk" && mounted=""
else
  echo "SKIP: full-disk case: cannot mount a tmpfs here ($(cat "$work/mount-err")); run as root to include it"
fi

# ---- Nothing is written outside the output folder (and its temporary sibling). ----
iso="$work/iso"
mkdir -p "$iso/tmp" "$iso/home" "$iso/neighbour"
cp -r "$root/tests/sites/full" "$iso/site"
echo "keep" >"$iso/notes.txt"
echo "keep" >"$iso/neighbour/file.txt"
listing() {  # everything under $iso except the output folder, with mtime, size and mode
  (cd "$iso" && find . -mindepth 1 -path ./public -prune -o -printf '%p %T@ %s %m\n' | sort)
}
before=$(listing)
for run in first second; do  # the first creates the output, the second replaces it
  TMPDIR="$iso/tmp" HOME="$iso/home" "$itagen" build --source "$iso/site" --output "$iso/public" >/dev/null 2>"$work/err"
  expect_status 0 $? "$run isolated build"
  after=$(listing)
  if [ "$before" = "$after" ]; then pass; else fail "$run build changed files outside its output: $(diff <(echo "$before") <(echo "$after"))"; fi
done
[ -f "$iso/public/index.html" ] && pass || fail "isolated build wrote its site"

echo "faults: $passed passed, $failed failed"
[ "$failed" = 0 ]
