#!/usr/bin/env python3
"""Writes the Thai expectation, expected.th, of bad-input cases from their expected.txt.

Usage: make_expected_th.py ITAGEN [CASE-NAME ...]   (every case of cases/ when none is named)

Runs each case as tests/cli/bad_input_test.sh does (a copy of tests/sites/full, the case's
files/ and case.sh, `itagen build` into an output folder built from the valid fixture), once in
English and once in Thai (LANG=th_TH.UTF-8). The diagnostics come out in the same order in both
languages, so each line of an expected.txt block is found in the English stderr and replaced by
the line at the same place of the same diagnostic in the Thai stderr. The result must then be
read by a person who reads Thai: it asserts what an officer will see.
"""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURE = os.path.join(ROOT, "tests", "sites", "full")


def env_for(lang):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env["LANG"] = "th_TH.UTF-8" if lang == "th" else "C.UTF-8"
    return env


def units(lines):
    """[(unit index, offset in unit)] per line: a unit starts at each line that is not indented."""
    out, unit, offset = [], -1, 0
    for line in lines:
        if not line.startswith(" ") or unit < 0:
            unit, offset = unit + 1, 0
        else:
            offset += 1
        out.append((unit, offset))
    return out


def blocks_of(path):
    blocks, current = [], []
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line == "":
                if current:
                    blocks.append(current)
                current = []
            else:
                current.append(line)
    if current:
        blocks.append(current)
    return blocks


def find_block(block, lines):
    for i in range(len(lines) - len(block) + 1):
        if lines[i:i + len(block)] == block:
            return i
    return None


def run(itagen, site, out, lang):
    done = subprocess.run([itagen, "build", "--source", site, "--output", out], env=env_for(lang),
                          capture_output=True, text=True, timeout=60)
    return done.stderr.split("\n")


def prepare(case_dir, site):
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(FIXTURE, site, symlinks=True)
    files = os.path.join(case_dir, "files")
    if os.path.isdir(files):
        shutil.copytree(files, site, symlinks=True, dirs_exist_ok=True)
    script = os.path.join(case_dir, "case.sh")
    if os.path.isfile(script):
        subprocess.run(["bash", "-e", script], cwd=site, env=dict(os.environ, CASE_DIR=case_dir), check=True)


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    itagen = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or sorted(os.listdir(os.path.join(HERE, "cases")))
    problems = 0
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "public")
        subprocess.run([itagen, "build", "--source", FIXTURE, "--output", out], env=env_for("en"),
                       capture_output=True, check=True)
        for name in names:
            case_dir = os.path.join(HERE, "cases", name)
            site = os.path.join(work, "site")
            prepare(case_dir, site)
            english = run(itagen, site, out, "en")
            prepare(case_dir, site)
            thai = run(itagen, site, out, "th")
            en_units, th_units = units(english), units(thai)
            th_at = {u: i for i, u in enumerate(th_units)}
            result = []
            for block in blocks_of(os.path.join(case_dir, "expected.txt")):
                start = find_block(block, english)
                if start is None:
                    print(f"{name}: a block of expected.txt is not in the English output", file=sys.stderr)
                    problems += 1
                    break
                result.append([thai[th_at[en_units[start + k]]] for k in range(len(block))])
            else:
                with open(os.path.join(case_dir, "expected.th"), "w", encoding="utf-8") as f:
                    f.write("\n\n".join("\n".join(b) for b in result) + "\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
