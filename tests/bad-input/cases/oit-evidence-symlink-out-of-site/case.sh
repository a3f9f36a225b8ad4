# A symlink in content/static/ that leads out of the site is not part of the site.
ln -s /etc/passwd content/static/files/passwd.pdf
sed -i 's/files\/structure.pdf/files\/passwd.pdf/' content/oit/2567/O01.md
