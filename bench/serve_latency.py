#!/usr/bin/env python3
"""Latency of `itagen serve`: from writing a content file to the changed page being served.

    python3 bench/serve_latency.py [--itagen build/itagen] [--site DIR] [--page content/pages/x.md]
                                   [--runs 30] [--pages N]

Copies the site to a temporary folder (the original is never touched), starts
`itagen serve --port 0` on the copy, then N times: appends a unique marker to the page's
Markdown (an in-place write, as an editor saves), and polls the page's URL until the marker is
served. Reports p50/p95/min/max in ms, and the server's own rebuild lines.
With --pages N (and no --site) it generates the synthetic site with bench/gen_site.py N first.
Default site: the example site at the repository root.
"""

import argparse
import http.client
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def percentile(values, p):
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def first_page(site):
    for folder, dirs, files in sorted(os.walk(os.path.join(site, "content", "pages"))):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".md"):
                return os.path.relpath(os.path.join(folder, name), site)
    sys.exit("no content/pages/**.md in " + site)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--itagen", default=os.path.join(ROOT, "build", "itagen"))
    ap.add_argument("--site", help="site folder (holds content/); default: the example site")
    ap.add_argument("--pages", type=int, help="generate a synthetic site of this many pages")
    ap.add_argument("--page", help="content/pages/...md to edit; default: the first one")
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()

    site = args.site
    if args.pages and not site:
        subprocess.run([sys.executable, os.path.join(HERE, "gen_site.py"), str(args.pages)], check=True)
        site = os.path.join(HERE, "work", str(args.pages), "itagen")
    site = site or ROOT

    tmp = tempfile.mkdtemp(prefix="itagen-serve-latency-")
    copy = os.path.join(tmp, "site")
    shutil.copytree(os.path.join(site, "content"), os.path.join(copy, "content"))
    if os.path.isdir(os.path.join(site, "themes")):
        shutil.copytree(os.path.join(site, "themes"), os.path.join(copy, "themes"))
    page = args.page or first_page(copy)
    slug = page[len("content/pages/"):-len(".md")]

    server = subprocess.Popen([args.itagen, "serve", "--source", copy, "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    url = None
    lines = []
    for line in server.stdout:
        lines.append(line)
        m = re.match(r"serving (http://[^ ]+)", line)
        if m:
            url = m.group(1)
            break
    if not url:
        server.kill()
        sys.exit("itagen serve did not start:\n" + "".join(lines))
    rebuilds = []
    threading.Thread(target=lambda: [rebuilds.append(l.strip()) for l in server.stdout], daemon=True).start()

    host_port, base = url[len("http://"):].split("/", 1)
    host, port = host_port.rsplit(":", 1)
    path = "/" + base + slug + "/"
    conn = http.client.HTTPConnection(host, int(port), timeout=30)

    def fetch():
        conn.request("GET", path)
        return conn.getresponse().read().decode("utf-8", "replace")

    if "<html" not in fetch().lower():
        sys.exit("page " + path + " not served")
    file = os.path.join(copy, page)
    with open(file, encoding="utf-8") as f:
        original = f.read()

    samples = []
    try:
        for i in range(args.runs):
            # Letters only: a site with `numerals: thai` turns digits into Thai digits.
            marker = "servelatencymarker" + "".join(chr(ord("a") + int(d)) for d in "%d%04d" % (os.getpid(), i))
            start = time.perf_counter()
            with open(file, "w", encoding="utf-8") as f:
                f.write(original.rstrip("\n") + "\n\n" + marker + "\n")
            deadline = start + 30
            while marker not in fetch():
                if time.perf_counter() > deadline:
                    sys.exit("the edit was not served within 30 s")
                time.sleep(0.001)
            samples.append((time.perf_counter() - start) * 1000)
            time.sleep(0.3)  # let the watcher settle so runs do not overlap
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)

    print("site: %s  page: %s  runs: %d" % (site, page, len(samples)))
    print("save -> served: p50 %.1f ms  p95 %.1f ms  min %.1f ms  max %.1f ms" %
          (statistics.median(samples), percentile(samples, 95), min(samples), max(samples)))
    for line in [l for l in rebuilds if l.startswith("rebuilt")][-3:]:
        print("  server: " + line)


if __name__ == "__main__":
    main()
