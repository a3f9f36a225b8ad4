# A byte order mark is accepted, and does not shift the column of an error on the first line.
{ printf '\xef\xbb\xbf'; sed 's/^fiscal_year: 2565/fiscal_year: 2022/' content/scores/2565.yaml; } >content/scores/2565.yaml.new
mv content/scores/2565.yaml.new content/scores/2565.yaml
