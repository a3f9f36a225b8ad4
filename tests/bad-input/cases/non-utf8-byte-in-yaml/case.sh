# A Latin-1 e-acute (0xE9) in the English name, as an editor set to Windows-1252 would save it.
sed -i 's/^name_en: Test/name_en: T\xe9st/' content/site.yaml
