# A symlinked folder in content/static/ that leads out of the site.
ln -s /etc content/static/etc
sed -i 's/files\/structure.pdf/etc\/passwd/' content/oit/2567/O01.md
