#!/usr/bin/env python3
"""itagen benchmark runner (issue 4). Started by bench/run.sh; see bench/README.md.

Environment:
  BENCH_SIZES    page counts, default "1000 10000 100000"
  BENCH_RUNS     timed runs per tool and size, default 5 (after BENCH_WARMUP untimed ones)
  BENCH_WARMUP   untimed warm-up runs per tool and size, default 1
  BENCH_EDITS    saves of each kind timed in serve mode, default 10
  BENCH_COMPARE_MAX  largest site Hugo and the cmark-gfm floor are run on, default 10000 (the
                 goals compare at 10,000 pages; Hugo needs many GB and minutes at 100,000)
  BENCH_TMP      tmpfs folder for outputs, default /dev/shm/itagen-bench-<pid>
  ITAGEN         the binary, default build/itagen
"""

import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import gen_site  # noqa: E402
import serve_latency  # noqa: E402

TIME = "/usr/bin/time"  # GNU time, Debian package `time`
CMARK_ARGS = ["-e", "table", "-e", "strikethrough", "-e", "autolink"]
TARGETS = {"wall": 0.20, "rss": 0.20, "cpu_floor": 2.0}  # at 10,000 pages, see README
# Issue 12's other goals: 100,000 pages in at most 11x the 10,000-page time and 1 GiB, one save
# at 10,000 pages served within 50 ms (median, either way of saving), the example in 50 ms.
GOALS = {"scale_wall": 11.0, "scale_rss_mib": 1024.0, "save_ms": 50.0, "example_s": 0.050}


def env_int(name, default):
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        sys.exit("bench: %s must be an integer" % name)


def log(msg):
    print("bench: " + msg, file=sys.stderr, flush=True)


def rm(path):
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    elif os.path.lexists(path):
        os.unlink(path)


def run_measured(argv, output, tmp, cwd=REPO, stdout_to_output=False):
    """One run: deletes `output` first (untimed), then runs the tool under GNU time.

    Wall is perf_counter around spawn and reap. CPU is user + sys from wait4() on the `time`
    process, which covers the tool (and whatever it waited for) plus time's own ~1 ms. Peak RSS
    is time's %M, the tool's own ru_maxrss: taking ru_maxrss from wait4() here would be wrong,
    since a child forked from this Python process starts with Python's high-water mark."""
    rm(output)
    err_path = os.path.join(tmp, "stderr.txt")
    rss_path = os.path.join(tmp, "rss.txt")
    rm(rss_path)
    with open(err_path, "wb") as err, open(output if stdout_to_output else os.devnull, "wb") as out:
        t0 = time.perf_counter()
        p = subprocess.Popen([TIME, "-f", "%M", "-o", rss_path] + argv,
                             stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
    with open(err_path, "rb") as f:
        err_tail = f.read()[-2000:].decode("utf-8", "replace")
    rss_kib = 0
    try:
        with open(rss_path) as f:
            rss_kib = int(f.read().split()[-1])
    except (OSError, ValueError, IndexError):
        p.returncode = p.returncode or 1
        err_tail += "\n(no RSS from %s)" % TIME
    return {
        "ok": p.returncode == 0,
        "exit": p.returncode,
        "wall": wall,
        "user": ru.ru_utime,
        "sys": ru.ru_stime,
        "cpu": ru.ru_utime + ru.ru_stime,
        "rss_kib": rss_kib,
        "stderr": err_tail if p.returncode != 0 else "",
    }


def tree_size(path):
    files = size = 0
    if os.path.isfile(path):
        return 1, os.path.getsize(path)
    for base, _, names in os.walk(path):
        for n in names:
            files += 1
            size += os.path.getsize(os.path.join(base, n))
    return files, size


def summarize(runs):
    ok = [r for r in runs if r["ok"]]
    if not ok:
        return None
    return {
        "runs": len(ok),
        "wall": statistics.median(r["wall"] for r in ok),
        "wall_min": min(r["wall"] for r in ok),
        "wall_max": max(r["wall"] for r in ok),
        "cpu": statistics.median(r["cpu"] for r in ok),
        "user": statistics.median(r["user"] for r in ok),
        "sys": statistics.median(r["sys"] for r in ok),
        "rss_mib": statistics.median(r["rss_kib"] for r in ok) / 1024.0,
    }


def bench_tools(tools, runs, warmup, tmp):
    """tools: list of dicts name/argv/output/stdout. Warm-up each, then `runs` rounds alternating
    the order (forward on even rounds, backward on odd ones) so no tool always follows another."""
    res = {t["name"]: {"runs": [], "error": t.get("error", "")} for t in tools}
    live = [t for t in tools if not t.get("error")]
    for w in range(warmup):
        for t in list(live):
            r = run_measured(t["argv"], t["output"], tmp, stdout_to_output=t.get("stdout", False))
            log("  warm-up %-14s %6.2fs%s" % (t["name"], r["wall"], "" if r["ok"] else "  FAILED exit %d" % r["exit"]))
            if not r["ok"]:
                res[t["name"]]["error"] = "exit %d: %s" % (r["exit"], r["stderr"].strip()[-600:])
                live.remove(t)
    for k in range(runs):
        order = live if k % 2 == 0 else live[::-1]
        for t in order:
            r = run_measured(t["argv"], t["output"], tmp, stdout_to_output=t.get("stdout", False))
            res[t["name"]]["runs"].append(r)
            log("  run %d/%d %-14s wall %6.2fs cpu %6.2fs rss %7.1f MiB%s" % (
                k + 1, runs, t["name"], r["wall"], r["cpu"], r["rss_kib"] / 1024.0,
                "" if r["ok"] else "  FAILED exit %d" % r["exit"]))
            if not r["ok"] and not res[t["name"]]["error"]:
                res[t["name"]]["error"] = "exit %d: %s" % (r["exit"], r["stderr"].strip()[-600:])
    for t in tools:
        entry = res[t["name"]]
        entry["summary"] = summarize(entry["runs"])
        if entry["summary"] and os.path.exists(t["output"]):
            entry["output_files"], entry["output_bytes"] = tree_size(t["output"])
        rm(t["output"])
    return res


# ---------------------------------------------------------------------------------------- serve

def bench_serve(itagen, site, edits):
    """Save-to-visible latency of one page in `itagen serve`, both ways editors save (in place,
    and by renaming a temporary file over the page), taking turns: bench/serve_latency.py's
    measurement, on a copy of the site. Includes the server's file-watch delay."""
    help_run = subprocess.run([itagen, "serve", "--help"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if help_run.returncode != 0:
        return {"skipped": "`itagen serve --help` exits %d" % help_run.returncode}
    page, samples, lines_of = serve_latency.measure(itagen, site, None, edits, list(serve_latency.KINDS))
    result = {"page": page, "kinds": {}}
    for kind, values in samples.items():
        rendered = []
        for save_lines in lines_of[kind]:
            counts = [serve_latency.REBUILT.match(l) for l in save_lines]
            rendered.append(sum(int(m.group(2)) for m in counts if m))
        result["kinds"][kind] = {
            "label": serve_latency.KINDS[kind], "saves": len(values),
            "median_ms": statistics.median(values), "p95_ms": serve_latency.percentile(values, 95),
            "min_ms": min(values), "max_ms": max(values),
            "rendered": statistics.median(rendered) if rendered else None}
    return result


def example_phases(itagen, runs, tmp):
    """The example site's build split by its own phase timings (`itagen build -v`): the HTML site
    (every phase but documents) and the PDF documents (WeasyPrint, seconds), medians in seconds."""
    out = os.path.join(tmp, "example-phases")
    html, documents = [], []
    for _ in range(max(runs, 1)):
        rm(out)
        # --lang en: the phase names are read in English whatever the locale (they are Thai in a Thai one).
        run = subprocess.run([itagen, "build", "-v", "--lang", "en", "--source", REPO, "--output", out],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if run.returncode != 0:
            return {"error": (run.stdout.strip().splitlines() or ["exit %d" % run.returncode])[-1]}
        phases = {}
        for line in run.stdout.splitlines():
            parts = line.split()
            if len(parts) >= 3 and parts[-1] == "ms":
                phases[" ".join(parts[:-2])] = float(parts[-2]) / 1000.0
        if "total" not in phases:
            return {"error": "no phase timings in `itagen build -v`"}
        documents.append(phases.get("documents", 0.0))
        html.append(phases["total"] - phases.get("documents", 0.0))
    rm(out)
    return {"html_s": statistics.median(html), "documents_s": statistics.median(documents), "runs": len(html)}


# ---------------------------------------------------------------------------------------- report

def cmd_version(argv):
    try:
        out = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
        text = out.stdout.decode("utf-8", "replace").strip().splitlines()
        return text[0] if text and out.returncode == 0 else "unavailable (exit %d)" % out.returncode
    except (OSError, subprocess.TimeoutExpired) as e:
        return "unavailable (%s)" % e


def machine():
    cpu = "unknown"
    mem = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = "%.1f GiB" % (int(line.split()[1]) / 1024.0 / 1024.0)
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory": mem,
            "kernel": platform.release(), "python": platform.python_version()}


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "?"


def fmt(x, digits=2):
    return "—" if x is None else ("%.*f" % (digits, x))


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def verdict(x, limit):
    return "—" if x is None else "%.2f %s" % (x, "✓" if x <= limit else "✗")


def goals(data):
    """Every goal of issue 12 with its measured value, ✓ or ✗ (— when not measured)."""
    by_pages = {size["pages"]: size["tools"] for size in data["sizes"]}
    g = lambda n, tool, key: ((by_pages.get(n) or {}).get(tool, {}).get("summary") or {}).get(key)  # noqa: E731
    rows = [
        ("10,000 pages: wall itagen/Hugo", ratio(g(10000, "itagen build", "wall"), g(10000, "hugo", "wall")), TARGETS["wall"], ""),
        ("10,000 pages: peak RSS itagen/Hugo", ratio(g(10000, "itagen build", "rss_mib"), g(10000, "hugo", "rss_mib")),
         TARGETS["rss"], ""),
        ("10,000 pages: CPU itagen/cmark-gfm floor", ratio(g(10000, "itagen build", "cpu"), g(10000, "cmark-gfm", "cpu")),
         TARGETS["cpu_floor"], ""),
        ("100,000 pages: wall / wall at 10,000", ratio(g(100000, "itagen build", "wall"), g(10000, "itagen build", "wall")),
         GOALS["scale_wall"], ""),
        ("100,000 pages: peak RSS", g(100000, "itagen build", "rss_mib"), GOALS["scale_rss_mib"], " MiB"),
    ]
    sv = data.get("serve") or {}
    for kind in (sv.get("kinds") or {}).values():
        rows.append(("one save at %s pages, %s: median" % ("{:,}".format(sv["pages"]), kind["label"]),
                     kind["median_ms"], GOALS["save_ms"], " ms"))
    phases = (data.get("example") or {}).get("phases") or {}
    rows.append(("example site: build without its PDF documents (phase timings)", phases.get("html_s"),
                 GOALS["example_s"], " s"))
    lines = ["", "## Goals (issue 12)", "", "| Goal | Measured | Limit | |", "|---|---:|---:|---|"]
    for name, value, limit, unit in rows:
        mark = "—" if value is None else ("✓" if value <= limit else "✗")
        lines.append("| %s | %s%s | %s%s | %s |" % (name, fmt(value, 3), unit if value is not None else "",
                                                     fmt(limit, 3), unit, mark))
    return lines


def report(data):
    m = data["machine"]
    lines = [
        "# itagen benchmark",
        "",
        "- Date: %s" % data["date"],
        "- Machine: %s CPUs (nproc), %s, %s RAM, Linux %s" % (m["nproc"], m["cpu"], m["memory"], m["kernel"]),
        "- Load average (1/5/15 min) before the benchmark: %s" % data["load_start"],
        "- itagen: %s" % data["versions"]["itagen"],
        "- Hugo: %s" % data["versions"]["hugo"],
        "- cmark-gfm: %s (floor: `cmark-gfm %s` over all page bodies in one process)" % (
            data["versions"]["cmark-gfm"], " ".join(CMARK_ARGS)),
        "- %d timed runs per tool after %d warm-up, order alternating; output on tmpfs (%s), deleted before every run" % (
            data["runs"], data["warmup"], data["tmp_fs"]),
    ]
    load1 = float(data["load_start"].split()[0]) if data["load_start"] != "?" else 0.0
    shares = [r["cpu"] / r["wall"] for size in data["sizes"]
              for r in size["tools"].get("cmark-gfm", {}).get("runs", []) if r["ok"] and r["wall"] > 0.05]
    share = statistics.median(shares) if shares else None
    if share is not None:
        lines.append("- Single-threaded floor got %.0f%% of a CPU while it ran (median CPU/wall; near 100%% on a "
                     "quiet machine)" % (100 * share))
    if load1 > 0.5 * (m["nproc"] or 1) or (share is not None and share < 0.8):
        lines.append("- **Warning: the machine was busy (1-minute load %.2f on %s CPUs at start): wall times are "
                     "inflated and noisy; CPU and RSS are more trustworthy. Rerun on a quiet machine.**" % (
                         load1, m["nproc"]))
    lines += [
        "",
        "## Synthetic sites",
        "",
        "Median of the timed runs. CPU = user + sys. RSS = peak resident set of the process.",
        "",
        "| Pages | Tool | Wall (s) | Wall min–max (s) | CPU (s) | user / sys (s) | Peak RSS (MiB) | Output | Runs |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in data["sizes"]:
        for name, entry in size["tools"].items():
            s = entry["summary"]
            out = ("%d files, %.1f MiB" % (entry["output_files"], entry["output_bytes"] / 1048576.0)
                   if "output_files" in entry else "—")
            if s:
                lines.append("| %s | %s | %s | %s–%s | %s | %s / %s | %s | %s | %d |" % (
                    "{:,}".format(size["pages"]), name, fmt(s["wall"], 3), fmt(s["wall_min"], 3), fmt(s["wall_max"], 3),
                    fmt(s["cpu"], 3), fmt(s["user"], 3), fmt(s["sys"], 3), fmt(s["rss_mib"], 1), out, s["runs"]))
            else:
                why = entry["error"].splitlines()[0] if entry["error"] else "no successful run"
                why = ("failed, " if why.startswith("exit") else "not run: ") + why
                lines.append("| %s | %s | %s | | | | | | 0 |" % ("{:,}".format(size["pages"]), name, why.replace("|", "\\|")))
    lines += [
        "",
        "## Ratios",
        "",
        "Targets (issue 4, at 10,000 pages): wall itagen/Hugo ≤ %.2f, peak RSS itagen/Hugo ≤ %.2f, "
        "CPU itagen/cmark-gfm floor ≤ %.1f. ✓/✗ is shown for every size. Hugo and the floor run up to "
        "BENCH_COMPARE_MAX pages (%s)." % (
            TARGETS["wall"], TARGETS["rss"], TARGETS["cpu_floor"], "{:,}".format(data.get("compare_max", 10000))),
        "",
        "| Pages | Wall itagen/Hugo | Peak RSS itagen/Hugo | CPU itagen/Hugo | CPU itagen/floor | CPU Hugo/floor |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for size in data["sizes"]:
        g = lambda tool, key: (size["tools"].get(tool, {}).get("summary") or {}).get(key)  # noqa: E731
        lines.append("| %s | %s | %s | %s | %s | %s |" % (
            "{:,}".format(size["pages"]),
            verdict(ratio(g("itagen build", "wall"), g("hugo", "wall")), TARGETS["wall"]),
            verdict(ratio(g("itagen build", "rss_mib"), g("hugo", "rss_mib")), TARGETS["rss"]),
            fmt(ratio(g("itagen build", "cpu"), g("hugo", "cpu"))),
            verdict(ratio(g("itagen build", "cpu"), g("cmark-gfm", "cpu")), TARGETS["cpu_floor"]),
            fmt(ratio(g("hugo", "cpu"), g("cmark-gfm", "cpu")))))
    lines += ["", "## Example site (this repository)", ""]
    ex = data.get("example")
    if not ex or ex.get("skipped"):
        lines.append("Not run: %s" % (ex or {}).get("skipped", "itagen missing"))
    else:
        lines += ["| Command | Wall (s) | CPU (s) | Peak RSS (MiB) | Runs |", "|---|---:|---:|---:|---:|"]
        for name, entry in ex["tools"].items():
            s = entry["summary"]
            if s:
                lines.append("| `%s` | %s | %s | %s | %d |" % (name, fmt(s["wall"], 3), fmt(s["cpu"], 3), fmt(s["rss_mib"], 1), s["runs"]))
            else:
                lines.append("| `%s` | failed: %s | | | 0 |" % (name, (entry["error"].splitlines() or ["?"])[0].replace("|", "\\|")))
    phases = (ex or {}).get("phases") or {}
    if phases.get("error"):
        lines.append("\nPhase timings: %s" % phases["error"])
    elif phases:
        lines.append("\nFrom `itagen build -v` (median of %d): the HTML site %s s, printing the PDF documents %s s." % (
            phases["runs"], fmt(phases["html_s"], 3), fmt(phases["documents_s"], 2)))
    lines += ["", "## One save in serve mode", ""]
    sv = data.get("serve")
    if not sv or sv.get("skipped"):
        lines.append("Not run: %s" % (sv or {}).get("skipped", "itagen missing"))
    else:
        lines.append("Site of %s pages; `%s` saved in turns both ways; time from the save to the new text in "
                     "the HTTP response (includes the file watcher's delay)." % ("{:,}".format(sv["pages"]), sv["page"]))
        lines += ["", "| Save | Saves | Median (ms) | p95 (ms) | min–max (ms) | Pages rendered per save |",
                  "|---|---:|---:|---:|---:|---:|"]
        for kind in sv["kinds"].values():
            lines.append("| %s | %d | %s | %s | %s–%s | %s |" % (
                kind["label"], kind["saves"], fmt(kind["median_ms"], 1), fmt(kind["p95_ms"], 1),
                fmt(kind["min_ms"], 1), fmt(kind["max_ms"], 1), kind["rendered"]))
    lines += goals(data)
    lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------- main

def main():
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "1000 10000 100000").split()]
    runs = env_int("BENCH_RUNS", 5)
    warmup = env_int("BENCH_WARMUP", 1)
    edits = env_int("BENCH_EDITS", 10)
    compare_max = env_int("BENCH_COMPARE_MAX", 10000)
    itagen = os.path.abspath(os.environ.get("ITAGEN", os.path.join(REPO, "build", "itagen")))
    hugo = shutil.which("hugo")
    cmark = shutil.which("cmark-gfm")
    if not hugo or not cmark or not os.access(TIME, os.X_OK):
        sys.exit("bench: hugo, cmark-gfm and /usr/bin/time are needed (bench/run.sh installs them)")
    tmp = os.environ.get("BENCH_TMP") or "/dev/shm/itagen-bench-%d" % os.getpid()
    if not os.environ.get("BENCH_TMP") and not os.path.isdir("/dev/shm"):
        log("warning: no /dev/shm; outputs go to /tmp (disk noise included)")
        tmp = "/tmp/itagen-bench-%d" % os.getpid()
    os.makedirs(tmp, exist_ok=True)
    fs_type = subprocess.run(["stat", "-f", "-c", "%T", tmp], stdout=subprocess.PIPE).stdout.decode().strip()

    itagen_error = ""
    if not (os.path.isfile(itagen) and os.access(itagen, os.X_OK)):
        itagen_error = "%s missing (run `make` first)" % os.path.relpath(itagen, REPO)
        log(itagen_error + "; measuring Hugo and cmark-gfm only")
    itagen_version = itagen_error or cmd_version([itagen, "--version"])

    data = {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "machine": machine(),
        "load_start": loadavg(),
        "versions": {"itagen": itagen_version, "hugo": cmd_version([hugo, "version"]),
                     "cmark-gfm": cmd_version([cmark, "--version"])},
        "runs": runs, "warmup": warmup, "tmp_fs": "%s, %s" % (tmp, fs_type), "sizes": [],
        "compare_max": compare_max,
    }
    try:
        work = os.path.join(HERE, "work")
        for n in sizes:
            t0 = time.perf_counter()
            root = gen_site.generate(n, work)
            log("%d pages: site ready in %.1fs (%s)" % (n, time.perf_counter() - t0, os.path.relpath(root, REPO)))
            site_i, site_h = os.path.join(root, "itagen"), os.path.join(root, "hugo")
            tools = [
                {"name": "itagen build", "argv": [itagen, "build", "--source", site_i, "--output", os.path.join(tmp, "itagen")],
                 "output": os.path.join(tmp, "itagen"), "error": itagen_error},
                {"name": "hugo", "argv": [hugo, "--source", site_h, "--destination", os.path.join(tmp, "hugo"), "--quiet"],
                 "output": os.path.join(tmp, "hugo")},
                {"name": "cmark-gfm", "argv": [cmark] + CMARK_ARGS + [os.path.join(root, "bodies.md")],
                 "output": os.path.join(tmp, "floor.html"), "stdout": True},
                {"name": "itagen check", "argv": [itagen, "check", "--source", site_i],
                 "output": os.path.join(tmp, "none"), "error": itagen_error},
            ]
            if n > compare_max:
                tools = [t for t in tools if t["name"] not in ("hugo", "cmark-gfm")]
            data["sizes"].append({"pages": n, "tools": bench_tools(tools, runs, warmup, tmp)})

        if itagen_error:
            data["example"] = {"skipped": itagen_error}
            data["serve"] = {"skipped": itagen_error}
        else:
            log("example site (this repository)")
            out = os.path.join(tmp, "example")
            data["example"] = {"tools": bench_tools([
                {"name": "itagen build --source . --output $BENCH_TMP/example",
                 "argv": [itagen, "build", "--source", REPO, "--output", out], "output": out},
                {"name": "itagen check --source .", "argv": [itagen, "check", "--source", REPO],
                 "output": os.path.join(tmp, "none")},
            ], runs, warmup, tmp)}
            data["example"]["phases"] = example_phases(itagen, runs, tmp)
            serve_n = 10000 if 10000 in sizes else min(sizes)
            log("serve: saves on the %d-page site" % serve_n)
            data["serve"] = bench_serve(itagen, os.path.join(work, str(serve_n), "itagen"), edits)
            data["serve"]["pages"] = serve_n
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    data["load_end"] = loadavg()
    text = report(data)
    results = os.path.join(HERE, "results")
    os.makedirs(results, exist_ok=True)
    for name, content in (("latest.md", text), ("latest.json", json.dumps(data, indent=1, ensure_ascii=False) + "\n")):
        path = os.path.join(results, name)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            f.write(content)
        os.replace(path + ".tmp", path)
    print(text)
    log("written to bench/results/latest.md (raw runs in latest.json)")


if __name__ == "__main__":
    main()
