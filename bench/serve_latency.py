#!/usr/bin/env python3
"""Latency of `itagen serve`: from saving a content file to the changed page being served.

    python3 bench/serve_latency.py [--itagen build/itagen] [--pages N [N ...] | --site DIR]
                                   [--page content/pages/x.md] [--runs 30] [--saves in-place rename title]

For each site: copies it to a temporary folder (the original is never touched), starts
`itagen serve --port 0` on the copy, then saves one page --runs times in each way, the kinds
taking turns, each time putting a unique marker in the page and polling the page's URL until
the marker is served:

  in-place  the marker added to the Markdown; the file is opened, truncated and written (VS Code,
            nano, vim with backupcopy=yes);
  rename    the same edit, the new text going to a temporary file in the same folder renamed over
            the original, as `sed -i` does (with sed's own temporary name, "sed" and six random
            characters); vim by default, gedit and JetBrains' safe write save by a rename too;
  title     the marker as the page's title (front matter), in place: other pages, the feed and
            the search index show titles.

Reports p50/p95/min/max in ms per kind, the pages the server rendered for each save (from its
"rebuilt after change to ..." lines) and the last such line per kind.
Default: the synthetic 1,000-page site (bench/gen_site.py 1000, generated when missing or
stale); --pages 1000 10000 measures both sizes; --site DIR any site (--site . the example site).
"""

import argparse
import http.client
import os
import random
import re
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"in-place": "in place", "rename": "rename (sed -i)", "title": "title, in place"}
REBUILT = re.compile(r"rebuilt after change to (.*): (\d+) of (\d+) pages rendered")


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


def save_in_place(file, text):
    with open(file, "w", encoding="utf-8") as f:
        f.write(text)


def save_by_rename(file, text):
    # As GNU sed -i: mkostemp("sedXXXXXX") beside the file, write, close, rename over it.
    folder = os.path.dirname(file)
    while True:
        temp = os.path.join(folder, "sed" + "".join(random.choices(string.ascii_letters + string.digits, k=6)))
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            break
        except FileExistsError:
            continue
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.rename(temp, file)


def with_body_marker(original, marker):
    return original.rstrip("\n") + "\n\n" + marker + "\n"


def with_title_marker(original, marker):
    """The page's title (front matter) replaced: the page, the home page, the feed and the search
    index show it."""
    edited, n = re.subn(r"^title:.*$", "title: " + marker, original, count=1, flags=re.M)
    if not n:
        sys.exit("the page has no title: line to edit")
    return edited


# kind -> (how the file is saved, what is changed)
SAVES = {"in-place": (save_in_place, with_body_marker), "rename": (save_by_rename, with_body_marker),
         "title": (save_in_place, with_title_marker)}


def measure(itagen, site, page, runs, kinds):
    """Samples (ms) and the server's rebuild lines per save kind, on a copy of site."""
    tmp = tempfile.mkdtemp(prefix="itagen-serve-latency-")
    copy = os.path.join(tmp, "site")
    shutil.copytree(os.path.join(site, "content"), os.path.join(copy, "content"))
    if os.path.isdir(os.path.join(site, "themes")):
        shutil.copytree(os.path.join(site, "themes"), os.path.join(copy, "themes"))
    page = page or first_page(copy)
    slug = page[len("content/pages/"):-len(".md")]

    # --lang en: the "serving <url>" line is read in English whatever the locale.
    server = subprocess.Popen([itagen, "serve", "--lang", "en", "--source", copy, "--port", "0"], stdout=subprocess.PIPE,
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
    rebuilds = []  # appended by the reader thread; list.append is atomic
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

    samples = {kind: [] for kind in kinds}
    lines_of = {kind: [] for kind in kinds}  # the rebuild lines each save caused, per save
    try:
        for i in range(runs):
            for kind in kinds:  # taking turns, so that neither kind gets the quieter moments
                # Letters only: a site with `numerals: thai` turns digits into Thai digits.
                marker = "servelatencymarker" + "".join(chr(ord("a") + int(d)) for d in "%d%04d" % (os.getpid(), i))
                marker += kind.replace("-", "")
                seen = len(rebuilds)
                start = time.perf_counter()
                save, edit = SAVES[kind]
                save(file, edit(original, marker))
                deadline = start + 30
                while marker not in fetch():
                    if time.perf_counter() > deadline:
                        sys.exit("the %s save was not served within 30 s" % kind)
                    time.sleep(0.001)
                samples[kind].append((time.perf_counter() - start) * 1000)
                time.sleep(0.3)  # let the watcher settle and the log catch up, so saves do not overlap
                lines_of[kind].append([l for l in rebuilds[seen:] if l.startswith("rebuilt")])
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
    return page, samples, lines_of


def report(site, page, runs, samples, lines_of):
    pages = None
    print("site: %s  page: %s  saves: %d of each kind" % (site, page, runs))
    print("%-16s %8s %8s %8s %8s  %s" % ("save", "p50 ms", "p95 ms", "min ms", "max ms", "pages rendered per save (median)"))
    for kind, values in samples.items():
        rendered = []
        for save_lines in lines_of[kind]:
            counts = [REBUILT.match(l) for l in save_lines]
            rendered.append(sum(int(m.group(2)) for m in counts if m))
            pages = next((int(m.group(3)) for m in counts if m), pages)
        print("%-16s %8.1f %8.1f %8.1f %8.1f  %s" % (KINDS[kind], statistics.median(values), percentile(values, 95),
                                                     min(values), max(values), statistics.median(rendered)))
    if pages:
        print("(the site has %d pages)" % pages)
    for kind in samples:
        last = next((ls[-1] for ls in reversed(lines_of[kind]) if ls), None)
        if last:
            print("  server, %s: %s" % (KINDS[kind], last))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--itagen", default=os.path.join(ROOT, "build", "itagen"))
    ap.add_argument("--site", help="site folder (holds content/); default: the synthetic 1,000-page site")
    ap.add_argument("--pages", type=int, nargs="+", help="synthetic sites of these many pages (default 1000)")
    ap.add_argument("--page", help="content/pages/...md to edit; default: the first one")
    ap.add_argument("--runs", type=int, default=30, help="saves of each kind per site (default 30)")
    ap.add_argument("--saves", nargs="+", choices=list(KINDS), default=list(KINDS), help="save kinds (default both)")
    args = ap.parse_args()
    if args.site and args.pages:
        sys.exit("give --site or --pages, not both")

    sites = [args.site] if args.site else []
    for n in ([] if args.site else args.pages or [1000]):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_site.py"), str(n)], check=True)
        sites.append(os.path.join(HERE, "work", str(n), "itagen"))
    for i, site in enumerate(sites):
        if i:
            print()
        page, samples, lines_of = measure(args.itagen, site, args.page, args.runs, args.saves)
        report(site, page, args.runs, samples, lines_of)


if __name__ == "__main__":
    main()
