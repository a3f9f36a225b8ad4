# A byte order mark at the start of every YAML and Markdown file.
find content -name '*.yaml' -o -name '*.md' | while IFS= read -r f; do
  { printf '\xef\xbb\xbf'; cat "$f"; } >"$f.new" && mv "$f.new" "$f"
done
