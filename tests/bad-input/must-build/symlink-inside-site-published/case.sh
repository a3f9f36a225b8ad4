# A symlink that stays inside the site is an ordinary file of the site.
ln -s structure.pdf content/static/files/structure-latest.pdf
sed -i 's/file: files\/structure.pdf}/file: files\/structure-latest.pdf}/' content/oit/2567/O01.md
