# Windows Notepad starts UTF-8 files with a byte order mark; it must be accepted.
{ printf '\xef\xbb\xbf'; cat content/site.yaml; } >content/site.yaml.new && mv content/site.yaml.new content/site.yaml
