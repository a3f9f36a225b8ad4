# Runs in the output folder. The evidence link percent-encodes the Thai name and the spaces.
enc='%E0%B9%82%E0%B8%84%E0%B8%A3%E0%B8%87%E0%B8%AA%E0%B8%A3%E0%B9%89%E0%B8%B2%E0%B8%87%20%E0%B8%9B%E0%B8%B5%202567.pdf'
grep -qF "href=\"/ita/files/$enc\"" oit/2567/o01/index.html || { echo "oit/2567/o01/ has no link to /ita/files/$enc"; exit 1; }
