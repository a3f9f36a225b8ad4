# Runs in the output folder. The file keeps its name; links and the sitemap percent-encode it.
enc='%E0%B9%80%E0%B8%81%E0%B8%B5%E0%B9%88%E0%B8%A2%E0%B8%A7%E0%B8%81%E0%B8%B1%E0%B8%9A%20%E0%B9%80%E0%B8%A3%E0%B8%B2'
grep -qF "href=\"/ita/$enc/\"" index.html || { echo "index.html has no link to /ita/$enc/"; exit 1; }
grep -qF "<loc>https://www.example.go.th/ita/$enc/</loc>" sitemap.xml || { echo "sitemap.xml lacks the encoded URL"; exit 1; }
! grep -q 'href="[^"]* [^"]*"' index.html || { echo "index.html has a link with a raw space"; exit 1; }
