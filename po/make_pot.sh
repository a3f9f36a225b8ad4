#!/usr/bin/env bash
# Writes the template of the command line's messages (every string marked with tr, trn, trc or
# tr_noop under generator/, see generator/i18n/translate.h) to OUT, by default po/itagen.pot.
# `make pot` runs it and merges the template into po/th.po; tests/cli/i18n_test.sh runs it into a
# temporary file to check that the catalog holds every message of the code.
# Usage: po/make_pot.sh [OUT]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/po/itagen.pot}
cd "$root"
# Files sorted so that the template does not depend on the order of the file system; locations
# without line numbers, so that moving code does not change the template.
find generator -name '*.cpp' -o -name '*.h' | LC_ALL=C sort >"$out.files"
xgettext --from-code=UTF-8 --language=C++ -k --keyword=tr --keyword=trn:1,2 --keyword=trc:1c,2 --keyword=tr_noop \
  --add-comments=TRANSLATORS: --add-location=file --sort-by-file \
  --package-name=itagen --package-version="$(sed -n 's/^project(itagen VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)" \
  --msgid-bugs-address= --copyright-holder= \
  --files-from="$out.files" --output="$out"
rm -f "$out.files"
