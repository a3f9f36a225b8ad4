#!/usr/bin/env bash
# Builds the seed corpus of every fuzz target from the repository's own files: the example site
# and the test sites (content/**), the default theme's templates, and the page data of the
# example site. Nothing generated here is committed.
# Usage: fuzz/make_corpus.sh REPO_DIR OUT_DIR SEED_TEMPLATE_DATA_TOOL
set -euo pipefail
repo=$1 out=$2 seed_tool=$3
targets=(content_records front_matter markdown template_data template_text thai_format server_route)
for t in "${targets[@]}"; do mkdir -p "$out/$t"; done
n=0

# seed TARGET SELECTOR_BYTE(octal, or "" for none) FILE...: one seed per file.
seed() {
  local target=$1 selector=$2; shift 2
  local f
  for f in "$@"; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    { [ -n "$selector" ] && printf "\\$selector"; cat "$f"; } > "$out/$target/$n"
  done
}

shopt -s nullglob globstar
sites=("$repo" "$repo"/tests/sites/*/)
for site in "${sites[@]}"; do
  c=${site%/}/content
  [ -d "$c" ] || continue
  # content_records: the first byte picks the parser (see content_records_fuzzer.cpp).
  seed content_records 000 "$c"/site.yaml
  seed content_records 001 "$c"/scores/*.yaml
  seed content_records 002 "$c"/measures/*.yaml
  for y in "$c"/no-gift/*.yaml; do
    n=$((n + 1))
    { printf '\003'; cat "$y"; printf '\0'; [ -f "${y%.yaml}.md" ] && cat "${y%.yaml}.md"; } > "$out/content_records/$n"
  done
  seed content_records 004 "$c"/oit/**/*.md
  seed content_records 005 "$c"/reports/**/*.yaml
  seed content_records 006 "$c"/committee/*.yaml
  seed content_records 007 "$c"/pages/**/*.md
  seed content_records 010 "$c"/criteria/*.yaml
  mds=("$c"/**/*.md)
  seed front_matter "" "${mds[@]}"
  seed markdown 000 "${mds[@]}"
  # Dates and scores appear in the YAML; the digit localiser and parsers start from there.
  seed thai_format 002 "$c"/reports/**/*.yaml
done
seed content_records 010 "$repo"/generator/data/criteria/*.yaml
templates=("$repo"/themes/default/templates/**/*.mustache)
seed template_text "" "${templates[@]}"
seed thai_format 000 "${templates[@]}"
seed thai_format 001 "$repo"/content/site.yaml
seed thai_format 003 "$repo"/content/scores/*.yaml

# A failure here (an ASan report, say) is shown but does not stop the run: the target still has
# its hand-made seeds.
"$seed_tool" "$repo" "$out/template_data" > /dev/null || echo "make_corpus: $seed_tool failed" >&2

for t in "${targets[@]}"; do
  # Hand-made seeds committed next to this script.
  [ -d "$repo/fuzz/seeds/$t" ] && cp "$repo/fuzz/seeds/$t"/* "$out/$t/"
  echo "$t: $(ls "$out/$t" | wc -l) seeds"
done
