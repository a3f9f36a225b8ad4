# 10,000 nested { in the front matter of a page.
{ printf -- '---\ntitle: '; head -c 10000 /dev/zero | tr '\0' '{'; printf -- '\n---\nbody\n'; } >content/pages/about/contact.md
