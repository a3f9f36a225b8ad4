# A 50 MB OIT item, generated here rather than committed.
{ cat content/oit/2567/O01.md; yes 'โครงสร้างการแบ่งส่วนราชการของสำนักงาน' | head -c 52428800; } >content/oit/2567/O01.md.new
mv content/oit/2567/O01.md.new content/oit/2567/O01.md
