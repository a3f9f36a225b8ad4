sed -i 's/^responsible: กลุ่มอำนวยการ/responsible: \xa1\xc5\xd8\xe8\xc1/' content/oit/2567/O01.md
