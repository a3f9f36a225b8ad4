# Runs in the output folder.
[ ! -e files/passwd.pdf ] || { echo "files/passwd.pdf was published"; exit 1; }
[ ! -e etc ] || { echo "etc/ was published"; exit 1; }
[ -f files/structure.pdf ] || { echo "files/structure.pdf missing"; exit 1; }
