#!/usr/bin/env bash
# Installing and packaging: `cmake --install` into a staging folder lays out the program, the
# manual pages in English and Thai, the Thai catalog of its messages and the documentation; `cpack -G DEB` makes a .deb whose
# dependencies name the shared libraries, and the program unpacked from it runs on its own
# (--version, --help, and a build of a copy of the example site, with the built-in theme), in
# English and in Thai, with the catalog it carries beside it.
# Everything is written under a temporary folder, never into the repository.
# Usage: install_test.sh <build-dir or path-to-itagen in it> <repo-root>
# (CTest passes the itagen binary, as to every tests/cli/*_test.sh; its folder is the build dir.)
set -uo pipefail
if [ -d "$1" ]; then build=$(cd "$1" && pwd); else build=$(cd "$(dirname "$1")" && pwd); fi
root=$(cd "$2" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/itagen_install_cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); echo "ok: $1"; }
fail() { failed=$((failed + 1)); echo "FAIL: $1"; [ -n "${2:-}" ] && [ -f "$2" ] && sed 's/^/    /' "$2" | tail -20; return 0; }
expect_file() {  # path what
  if compgen -G "$1" >/dev/null; then pass "$2"; else fail "$2: no $1"; fi
}

version=$(sed -n 's/^project(itagen VERSION \([0-9][0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
[ -n "$version" ] && pass "version $version read from CMakeLists.txt" || fail "no project version in $root/CMakeLists.txt"

# No man page may make groff warn (the Thai one goes through preconv, -k).
lint_man() {  # file.gz what
  if ! command -v groff >/dev/null; then return 0; fi
  if zcat "$1" | groff -k -man -Tutf8 -ww -z >"$tmp/groff.err" 2>&1 && [ ! -s "$tmp/groff.err" ]; then
    pass "$2 renders without warnings"
  else
    fail "$2: groff warnings" "$tmp/groff.err"
  fi
}

# 1. cmake --install with DESTDIR: the layout under /usr.
stage="$tmp/stage"
if DESTDIR="$stage" cmake --install "$build" --prefix /usr >"$tmp/install.log" 2>&1; then
  pass "cmake --install"
else
  fail "cmake --install" "$tmp/install.log"
fi
[ -x "$stage/usr/bin/itagen" ] && pass "usr/bin/itagen is executable" || fail "usr/bin/itagen missing or not executable"
expect_file "$stage/usr/share/man/man1/itagen.1*" "English man page"
expect_file "$stage/usr/share/man/th/man1/itagen.1*" "Thai man page"
expect_file "$stage/usr/share/doc/itagen/content.md" "documentation"
expect_file "$stage/usr/share/locale/th/LC_MESSAGES/itagen.mo" "Thai catalog"
cmp -s "$stage/usr/share/locale/th/LC_MESSAGES/itagen.mo" "$build/locale/th/LC_MESSAGES/itagen.mo" &&
  pass "the installed catalog is the one built from po/th.po" || fail "installed catalog differs from the build's"
# Another prefix: the catalog follows it.
if DESTDIR="$tmp/opt-stage" cmake --install "$build" --prefix /opt/itagen >"$tmp/install2.log" 2>&1; then
  expect_file "$tmp/opt-stage/opt/itagen/share/locale/th/LC_MESSAGES/itagen.mo" "catalog under --prefix /opt/itagen"
else
  fail "cmake --install --prefix /opt/itagen" "$tmp/install2.log"
fi
if [ -z "$(find "$stage" -path '*/themes/*' -o -name '*.mustache' | head -1)" ]; then
  pass "no theme files installed (the theme is built in)"
else
  fail "theme files installed"
fi
"$stage/usr/bin/itagen" --version >"$tmp/out" 2>&1
[ "$(cat "$tmp/out")" = "itagen $version" ] && pass "installed itagen --version" || fail "installed --version printed '$(cat "$tmp/out")'"

# 2. cpack -G DEB into a temporary folder.
arch=$(dpkg --print-architecture)
deb="$tmp/pkg/itagen_${version}_${arch}.deb"
if (cd "$tmp" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/pkg") >"$tmp/cpack.log" 2>&1 && [ -f "$deb" ]; then
  pass "cpack writes $(basename "$deb")"
else
  fail "cpack -G DEB (expected $(basename "$deb"))" "$tmp/cpack.log"
fi

# The control file.
dpkg-deb -f "$deb" Depends >"$tmp/depends" 2>&1
for lib in libcmark-gfm libyaml-cpp libqrencode; do
  grep -q "\b$lib" "$tmp/depends" && pass "Depends lists $lib" || fail "Depends does not list $lib: $(cat "$tmp/depends")"
done
# The PDF engine and its font are recommended: only sites with documents: pdf need them.
dpkg-deb -f "$deb" Recommends >"$tmp/recommends" 2>&1
grep -q weasyprint "$tmp/recommends" && grep -q fonts-tlwg-laksaman "$tmp/recommends" && pass "Recommends the PDF engine" ||
  fail "Recommends does not list weasyprint and fonts-tlwg-laksaman" "$tmp/recommends"
[ "$(dpkg-deb -f "$deb" Package 2>/dev/null)" = itagen ] && pass "Package: itagen" || fail "Package field"
[ "$(dpkg-deb -f "$deb" Version 2>/dev/null)" = "$version" ] && pass "Version: $version" || fail "Version field: $(dpkg-deb -f "$deb" Version 2>&1)"
case "$(dpkg-deb -f "$deb" Section 2>/dev/null)" in web | text) pass "Section" ;; *) fail "Section is not web or text" ;; esac
[ -n "$(dpkg-deb -f "$deb" Maintainer 2>/dev/null)" ] && pass "Maintainer set" || fail "no Maintainer"
[ -f "$deb" ] && [ -z "$(dpkg-deb -f "$deb" Homepage 2>/dev/null)" ] && pass "no Homepage" || fail "no package, or Homepage set"
[ "$(dpkg-deb -f "$deb" Description 2>/dev/null | wc -l)" -gt 2 ] && pass "short and long description" || fail "no long description"

# 3. The unpacked package: layout, man pages, and the program on its own.
unpacked="$tmp/unpacked"
if dpkg-deb -x "$deb" "$unpacked" 2>"$tmp/x.err"; then pass "dpkg-deb -x"; else fail "dpkg-deb -x" "$tmp/x.err"; fi
bin="$unpacked/usr/bin/itagen"
[ -x "$bin" ] && pass "package has usr/bin/itagen" || fail "package lacks usr/bin/itagen"
expect_file "$unpacked/usr/share/man/man1/itagen.1*" "package has the English man page"
expect_file "$unpacked/usr/share/man/th/man1/itagen.1*" "package has the Thai man page"
expect_file "$unpacked/usr/share/locale/th/LC_MESSAGES/itagen.mo" "package has the Thai catalog"
for page in "$unpacked"/usr/share/man/man1/itagen.1.gz "$unpacked"/usr/share/man/th/man1/itagen.1.gz; do
  [ -f "$page" ] && lint_man "$page" "${page#"$unpacked"/}"
done

cd "$tmp" || exit 1
"$bin" --version >"$tmp/out" 2>&1
rc=$?
[ "$rc" = 0 ] && [ "$(cat "$tmp/out")" = "itagen $version" ] && pass "--version prints itagen $version" ||
  fail "--version: exit $rc, printed '$(cat "$tmp/out")'"
"$bin" --help >"$tmp/out" 2>&1
rc=$?
[ "$rc" = 0 ] && grep -q 'build' "$tmp/out" && pass "--help exits 0" || fail "--help: exit $rc" "$tmp/out"

# Both languages from the unpacked program, whatever the locale of whoever runs the test.
in_lang() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG="$1" "${@:2}"; }
in_lang C.UTF-8 "$bin" --help >"$tmp/out" 2>&1
grep -q '^Usage: itagen' "$tmp/out" && grep -q 'check content and report problems' "$tmp/out" &&
  pass "unpacked itagen --help in English (LANG=C.UTF-8)" || fail "unpacked --help in English" "$tmp/out"
in_lang th_TH.UTF-8 "$bin" --help >"$tmp/out" 2>&1
grep -q '^วิธีใช้: itagen' "$tmp/out" && grep -q 'ตรวจเนื้อหาและรายงานปัญหา' "$tmp/out" &&
  pass "unpacked itagen --help in Thai (LANG=th_TH.UTF-8)" || fail "unpacked --help in Thai" "$tmp/out"
in_lang C.UTF-8 "$bin" --lang th check --source "$tmp/none" >"$tmp/out" 2>&1
grep -qx "error: ไม่มีโฟลเดอร์เว็บไซต์ '$tmp/none'" "$tmp/out" &&
  pass "unpacked itagen --lang th speaks Thai" || fail "unpacked --lang th" "$tmp/out"
# The catalog beside the program comes before the build tree's: a copy of the unpacked tree
# with a catalog of one message of its own says that message.
cp -r "$unpacked" "$tmp/moved"
printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "the site folder '"'"'{0}'"'"' does not exist"\nmsgstr "own catalog: {0}"\n' >"$tmp/own.po"
if msgfmt -o "$tmp/moved/usr/share/locale/th/LC_MESSAGES/itagen.mo" "$tmp/own.po" 2>"$tmp/msgfmt.err"; then
  in_lang C.UTF-8 "$tmp/moved/usr/bin/itagen" --lang th check --source "$tmp/none" >"$tmp/out" 2>&1
  grep -qx "error: own catalog: $tmp/none" "$tmp/out" &&
    pass "the program finds the catalog at <its folder>/../share/locale first" || fail "catalog beside the program not used" "$tmp/out"
else
  fail "msgfmt of a one-message catalog" "$tmp/msgfmt.err"
fi

# A copy of the example site's content/ alone: no themes/ folder, so the built-in theme is used.
mkdir -p "$tmp/site"
cp -r "$root/content" "$tmp/site/content"
"$bin" build --source "$tmp/site" --output "$tmp/public" >"$tmp/out" 2>&1
rc=$?
if [ "$rc" = 0 ] && [ -f "$tmp/public/index.html" ] && [ -d "$tmp/public/assets" ]; then
  pass "packaged itagen builds the example site"
else
  fail "packaged itagen build: exit $rc" "$tmp/out"
fi

echo "install_test: $passed passed, $failed failed"
[ "$failed" = 0 ]
