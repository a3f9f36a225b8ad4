: >content/oit/2567/O43.md
