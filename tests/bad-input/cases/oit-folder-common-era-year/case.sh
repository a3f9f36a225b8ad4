mkdir -p content/oit/2024
mv content/oit/2567/O43.md content/oit/2024/O43.md
