# 10,000 nested [ as the value of a field.
{ printf 'fiscal_year: 2565\ntotal: '; head -c 10000 /dev/zero | tr '\0' '['; printf '\n'; } >content/scores/2565.yaml
