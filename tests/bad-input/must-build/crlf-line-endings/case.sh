# Files saved on Windows end their lines with CR LF.
find content -name '*.yaml' -o -name '*.md' | while IFS= read -r f; do sed -i 's/$/\r/' "$f"; done
