# Notepad's "Unicode" is UTF-16 with a BOM.
iconv -f UTF-8 -t UTF-16 content/scores/2565.yaml >content/scores/2565.yaml.new
mv content/scores/2565.yaml.new content/scores/2565.yaml
