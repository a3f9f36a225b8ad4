#!/usr/bin/env python3
"""Keeps generator/'s includes pointing down the layer table and free of in-folder cycles.

Usage: check_layers.py GENERATOR_DIR

Reads every `#include "..."` of the .h and .cpp files under GENERATOR_DIR (system includes,
`#include <...>`, are not ours to check) and reports, with file, line and include:
  - an include of a folder on a higher layer, or of another folder on the same layer;
  - a folder of GENERATOR_DIR that is not in LAYERS (new folders are placed deliberately);
  - a cycle of includes between the files of one folder (x.h and x.cpp count as one unit);
  - an include of a file that does not exist (a stale include after a rename, or a typo).
Prints every problem, then a one-line summary; exits 0 when there is none, 1 otherwise, 2 on a
usage error. Standard library only. Its own test: test_check_layers.py.
"""

import os
import re
import sys

# The layer table, top to bottom. It mirrors the architecture ("Dependencies point one way" in
# the project's design notes) and the layer table of docs/contributing.md: change them together.
# A folder may include its own files and folders on strictly lower layers (higher numbers) only;
# the top-level files of generator/ (main.cpp) are above every folder and may include anything.
LAYERS = [
    ["cli"],                                   # 0
    ["server", "scaffold"],                    # 1
    ["pipeline"],                              # 2
    ["views", "render", "output", "search"],   # 3
    ["model"],                                 # 4
    ["content", "markdown"],                   # 5
    ["ita"],                                   # 6
    ["thai", "diag", "fs", "text"],            # 7
    ["i18n"],                                  # 8
]

# Folders of generator/ that hold no code and so have no layer.
DATA_FOLDERS = {"data"}

SOURCE_EXTENSIONS = (".h", ".cpp")
THIS_SCRIPT = "tests/layers/check_layers.py"

# A quoted include directive. Only directives that start a line (after blanks) are read, so an
# include mentioned in a // comment is not; one inside a /* */ comment would be (none exist).
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')

LAYER_OF = {folder: n for n, folders in enumerate(LAYERS) for folder in folders}


def describe_layers_below(layer):
    """The folders a folder on `layer` may include, e.g. 'model (4); content, markdown (5)'."""
    parts = [f"{', '.join(LAYERS[n])} ({n})" for n in range(layer + 1, len(LAYERS))]
    return "; ".join(parts) if parts else "none (it is the bottom layer)"


def folder_of(rel):
    """The folder of generator/ holding rel ('model/site_model.h' -> 'model'); '' at top level."""
    return rel.split("/", 1)[0] if "/" in rel else ""


def unit_of(rel):
    """x.h and x.cpp of one folder are one unit: 'content/rules.h' -> 'content/rules'."""
    return os.path.splitext(rel)[0]


def resolve(include, including_rel):
    """The path below generator/ an include names, or None when it points outside generator/.

    Includes are written relative to generator/ ("model/site_model.h"); one without a folder
    ("foo.h") is relative to the including file's folder."""
    if "/" in include:
        path = include
    else:
        base = os.path.dirname(including_rel)
        path = f"{base}/{include}" if base else include
    path = os.path.normpath(path).replace(os.sep, "/")
    if path == ".." or path.startswith("../") or os.path.isabs(path):
        return None
    return path


def source_files(root):
    """Every .h and .cpp below root as a sorted list of '/'-separated relative paths."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in filenames:
            if name.endswith(SOURCE_EXTENSIONS):
                rel = os.path.relpath(os.path.join(dirpath, name), root)
                found.append(rel.replace(os.sep, "/"))
    return sorted(found)


def read_includes(path):
    """[(line number, include as written)] of the quoted includes of one file."""
    with open(path, encoding="utf-8", errors="replace") as f:
        return [(n, m.group(1)) for n, line in enumerate(f, 1) if (m := INCLUDE_RE.match(line))]


def elementary_cycles(graph):
    """Every elementary cycle of a small directed graph {node: set(nodes)}, each as a list of
    nodes starting with its smallest one, in a stable order."""
    cycles = []
    nodes = sorted(graph)
    for start in nodes:
        # Only cycles whose smallest node is `start`: each cycle is found exactly once.
        stack = [(start, iter(sorted(graph[start])))]
        path = [start]
        on_path = {start}
        while stack:
            node, successors = stack[-1]
            nxt = next(successors, None)
            if nxt is None:
                stack.pop()
                on_path.discard(path.pop())
            elif nxt == start:
                cycles.append(path + [start])
            elif nxt > start and nxt not in on_path and nxt in graph:
                path.append(nxt)
                on_path.add(nxt)
                stack.append((nxt, iter(sorted(graph[nxt]))))
    return cycles


def check(root):
    """(problems, files checked, includes checked) for the generator folder at root."""
    shown = os.path.basename(os.path.normpath(os.path.abspath(root)))  # "generator"
    problems = []
    files = source_files(root)
    include_count = 0

    # Folders of generator/ without a layer: reported once each, and their includes (from or to)
    # are not layer-checked until the folder is placed.
    folders = sorted(e.name for e in os.scandir(root) if e.is_dir())
    unknown = [f for f in folders if f not in LAYER_OF and f not in DATA_FOLDERS]
    for folder in unknown:
        problems.append(
            f"{shown}/{folder}/: folder {folder} is not in the layer table, so its includes "
            f"cannot be checked (rule: every folder has a layer; new folders are placed "
            f"deliberately). Add it to LAYERS at the top of {THIS_SCRIPT} and to the layer table "
            f"of docs/contributing.md, on the layer where it belongs, or move its files into a "
            f"folder of the table.")
    for rel in files:
        if folder_of(rel) in DATA_FOLDERS:
            problems.append(
                f"{shown}/{rel}: {folder_of(rel)}/ holds YAML data, not code, and has no layer "
                f"(rule: every folder with code has a layer); move this file to a folder of the "
                f"layer table.")

    # Edges between units of one folder, with the include lines that make each edge.
    unit_edges = {}  # folder -> {unit: {unit: [(rel, line, include)]}}

    for rel in files:
        src_folder = folder_of(rel)
        for line, include in read_includes(os.path.join(root, rel)):
            include_count += 1
            where = f"{shown}/{rel}:{line}: includes {include}"
            target = resolve(include, rel)
            if target is None:
                problems.append(
                    f"{where}, which points outside {shown}/ (rule: includes name files under "
                    f"{shown}/, written relative to it, e.g. \"model/site_model.h\").")
                continue
            if target != include:
                where += f" (that is {shown}/{target})"
            if not os.path.isfile(os.path.join(root, target)):
                how = ("written relative to " + shown + "/" if "/" in include else
                       "an include without a folder is relative to the including file's folder")
                problems.append(
                    f"{where}, but {shown}/{target} does not exist (rule: every include names an "
                    f"existing file; {how}). A stale include after a rename, or a typo?")
                continue

            dst_folder = folder_of(target)
            if src_folder == dst_folder:
                if src_folder and unit_of(rel) != unit_of(target):
                    edges = unit_edges.setdefault(src_folder, {})
                    edges.setdefault(unit_of(rel), {}).setdefault(unit_of(target), []).append(
                        (rel, line, include))
                continue
            if src_folder == "":
                continue  # main.cpp and the other top-level files are above every folder
            if src_folder not in LAYER_OF or dst_folder in unknown or dst_folder in DATA_FOLDERS:
                continue  # already reported: an unknown folder, or code in data/
            src_layer = LAYER_OF[src_folder]
            allowed = describe_layers_below(src_layer)
            head = (f"{where}, but {src_folder} (layer {src_layer}) may only include its own "
                    f"files and folders below it: {allowed}.")
            if dst_folder == "":
                problems.append(
                    f"{head} {target} is a top-level file of {shown}/, above every folder "
                    f"(rule: includes point down the layers, never up).")
                continue
            dst_layer = LAYER_OF[dst_folder]
            if dst_layer < src_layer:
                problems.append(
                    f"{head} {dst_folder} is on layer {dst_layer}, above it (rule: includes "
                    f"point down the layers, never up); move what {src_folder} needs from "
                    f"{dst_folder} down to a layer below {src_folder}, or the caller up.")
            elif dst_layer == src_layer:
                problems.append(
                    f"{head} {dst_folder} is on the same layer {dst_layer} (rule: folders of one "
                    f"layer do not include each other); move what both need to a lower layer.")

    # Cycles of units inside each folder.
    for folder in sorted(unit_edges):
        edges = unit_edges[folder]
        graph = {u: set(v) for u, v in edges.items()}
        for cycle in elementary_cycles(graph):
            lines = [f"{shown}/{folder}/: include cycle {' -> '.join(cycle)} (rule: the files "
                     f"of one folder include each other without cycles; x.h and x.cpp count as "
                     f"one unit x). Break it by moving what both sides need into a third file, "
                     f"or by declaring instead of including. The includes:"]
            for a, b in zip(cycle, cycle[1:]):
                for rel, line, include in edges[a][b]:
                    lines.append(f"    {shown}/{rel}:{line}: includes {include} ({a} -> {b})")
            problems.append("\n".join(lines))

    return problems, len(files), include_count


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} GENERATOR_DIR", file=sys.stderr)
        return 2
    root = argv[1]
    if not os.path.isdir(root):
        print(f"layers: {root} is not a folder", file=sys.stderr)
        return 2
    problems, n_files, n_includes = check(root)
    for problem in problems:
        print(problem)
    print(f"layers: {n_files} files, {n_includes} includes checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
