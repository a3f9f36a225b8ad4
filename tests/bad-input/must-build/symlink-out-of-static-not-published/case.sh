# Symlinks in content/static/ that lead out of the site are not part of it: not published.
ln -s /etc/passwd content/static/files/passwd.pdf
ln -s /etc content/static/etc
