# A TIS-620 (Thai Windows-874) byte sequence in the body: 0xC3 0xE9 is not UTF-8.
printf 'ข้อความ \xc3\xe9\xd2\n' >>content/oit/2567/O43.md
