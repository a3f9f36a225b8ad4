# Evidence whose file name holds Thai letters and a space, as officers name their scans.
cp content/static/files/structure.pdf "content/static/files/โครงสร้าง ปี 2567.pdf"
sed -i 's/file: files\/structure.pdf}/file: files\/โครงสร้าง ปี 2567.pdf}/' content/oit/2567/O01.md
