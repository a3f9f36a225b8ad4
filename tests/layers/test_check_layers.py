#!/usr/bin/env python3
"""Self-test of check_layers.py: small generator trees in a temp folder, each breaking one rule,
with the checker's exact output and exit code. Keeps the checker from silently passing all.

Usage: python3 tests/layers/test_check_layers.py (standard library only; exits non-zero on a
failure)."""

import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKER = os.path.join(HERE, "check_layers.py")
sys.path.insert(0, HERE)
import check_layers  # noqa: E402

BELOW_3 = "model (4); content, markdown (5); ita (6); thai, diag, fs, text (7); i18n (8)"
BELOW_4 = "content, markdown (5); ita (6); thai, diag, fs, text (7); i18n (8)"
RULE_PEER = "(rule: folders of one layer do not include each other)"
RULE_UP = "(rule: includes point down the layers, never up)"
CYCLE_RULE = ("(rule: the files of one folder include each other without cycles; x.h and x.cpp "
              "count as one unit x). Break it by moving what both sides need into a third file, "
              "or by declaring instead of including. The includes:")

# A tree that keeps every rule: each folder includes only itself and folders below it, x.cpp
# includes x.h, a bare include resolves in the including file's folder, data/ holds YAML.
CLEAN = {
    "main.cpp": '#include "cli/cli.h"\n#include <string>\n',
    "cli/cli.h": "",
    "cli/cli.cpp": '#include "cli/cli.h"\n#include "pipeline/pipeline.h"\n'
                   '#include "server/preview.h"\n',
    "server/preview.h": '#include "pipeline/pipeline.h"\n',
    "pipeline/pipeline.h": '#include "model/site_model.h"\n#include "output/sink.h"\n',
    "pipeline/pipeline.cpp": '#include "pipeline/pipeline.h"\n#include "views/pages.h"\n',
    "views/pages.h": '#include "model/site_model.h"\n',
    "output/sink.h": "#include <vector>\n",
    "model/site_model.h": '#include "content/records.h"\n#include "ita/decimal.h"\n',
    "model/site_model.cpp": '#include "model/site_model.h"\n// #include "views/pages.h"\n'
                            '#include "helpers.h"\n',
    "model/helpers.h": '#  include   "thai/dates.h"\n',
    "content/records.h": '#include "ita/decimal.h"\n#include "diag/diagnostic.h"\n',
    "ita/decimal.h": "",
    "thai/dates.h": "",
    "diag/diagnostic.h": "",
    "data/criteria/2568.yaml": "tools: []\n",
}


def make_tree(base, files):
    root = os.path.join(base, "generator")
    os.makedirs(root)
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return root


def with_changes(changes):
    """CLEAN with some files replaced or added."""
    return {**CLEAN, **changes}


class CheckLayersTest(unittest.TestCase):
    def run_checker(self, files):
        with tempfile.TemporaryDirectory() as base:
            root = make_tree(base, files)
            done = subprocess.run([sys.executable, CHECKER, root], capture_output=True,
                                  text=True, timeout=60)
        return done.returncode, done.stdout, done.stderr

    def assert_output(self, files, code, lines):
        got_code, out, err = self.run_checker(files)
        self.assertEqual(out, "".join(line + "\n" for line in lines))
        self.assertEqual(err, "")
        self.assertEqual(got_code, code)

    def test_clean_tree_passes(self):
        self.assert_output(CLEAN, 0, ["layers: 15 files, 17 includes checked, 0 problems"])

    def test_upward_include_fails(self):
        files = with_changes({"model/site_model.h": '#include "content/records.h"\n'
                                                    '#include "views/pages.h"\n'})
        self.assert_output(files, 1, [
            f"generator/model/site_model.h:2: includes views/pages.h, but model (layer 4) may "
            f"only include its own files and folders below it: {BELOW_4}. views is on layer 3, "
            f"above it {RULE_UP}; move what model needs from views down to a layer below model, "
            f"or the caller up.",
            "layers: 15 files, 17 includes checked, 1 problems",
        ])

    def test_include_of_top_level_file_fails(self):
        files = with_changes({"ita/decimal.h": '#include "./main.cpp"\n'})
        self.assert_output(files, 1, [
            "generator/ita/decimal.h:1: includes ./main.cpp (that is generator/main.cpp), but ita (layer 6) may only include "
            "its own files and folders below it: thai, diag, fs, text (7); i18n (8). main.cpp is a "
            f"top-level file of generator/, above every folder {RULE_UP}.",
            "layers: 15 files, 18 includes checked, 1 problems",
        ])

    def test_peer_include_fails(self):
        files = with_changes({"output/sink.h": '#include "views/pages.h"\n'})
        self.assert_output(files, 1, [
            f"generator/output/sink.h:1: includes views/pages.h, but output (layer 3) may only "
            f"include its own files and folders below it: {BELOW_3}. views is on the same layer "
            f"3 {RULE_PEER}; move what both need to a lower layer.",
            "layers: 15 files, 18 includes checked, 1 problems",
        ])

    def test_cycle_inside_a_folder_fails(self):
        files = dict(CLEAN)
        files["content/yaml_reader.h"] = '#include "content/records.h"\n'
        files["content/yaml_reader.cpp"] = ('#include "content/yaml_reader.h"\n'
                                            '#include "content/rules.h"\n')
        files["content/rules.h"] = '#include "content/yaml_reader.h"\n'
        files["content/rules.cpp"] = '#include "content/rules.h"\n'
        self.assert_output(files, 1, [
            f"generator/content/: include cycle content/rules -> content/yaml_reader -> "
            f"content/rules {CYCLE_RULE}",
            "    generator/content/rules.h:1: includes content/yaml_reader.h "
            "(content/rules -> content/yaml_reader)",
            "    generator/content/yaml_reader.cpp:2: includes content/rules.h "
            "(content/yaml_reader -> content/rules)",
            "layers: 19 files, 22 includes checked, 1 problems",
        ])

    def test_every_cycle_is_reported(self):
        # a -> b -> a and a -> b -> c -> a share an edge: two cycles, each listed once.
        files = dict(CLEAN)
        files["fs/a.h"] = '#include "fs/b.h"\n'
        files["fs/b.h"] = '#include "a.h"\n#include "fs/c.h"\n'
        files["fs/c.h"] = ""
        files["fs/c.cpp"] = '#include "fs/a.h"\n'  # c.h and c.cpp are one unit, fs/c
        self.assert_output(files, 1, [
            f"generator/fs/: include cycle fs/a -> fs/b -> fs/a {CYCLE_RULE}",
            "    generator/fs/a.h:1: includes fs/b.h (fs/a -> fs/b)",
            "    generator/fs/b.h:1: includes a.h (fs/b -> fs/a)",
            f"generator/fs/: include cycle fs/a -> fs/b -> fs/c -> fs/a {CYCLE_RULE}",
            "    generator/fs/a.h:1: includes fs/b.h (fs/a -> fs/b)",
            "    generator/fs/b.h:2: includes fs/c.h (fs/b -> fs/c)",
            "    generator/fs/c.cpp:1: includes fs/a.h (fs/c -> fs/a)",
            "layers: 19 files, 21 includes checked, 2 problems",
        ])

    def test_unknown_folder_fails(self):
        files = dict(CLEAN)
        files["build/pipeline.h"] = '#include "views/pages.h"\n'
        self.assert_output(files, 1, [
            "generator/build/: folder build is not in the layer table, so its includes cannot "
            "be checked (rule: every folder has a layer; new folders are placed deliberately). "
            "Add it to LAYERS at the top of tests/layers/check_layers.py and to the layer table "
            "of docs/contributing.md, on the layer where it belongs, or move its files into a "
            "folder of the table.",
            "layers: 16 files, 18 includes checked, 1 problems",
        ])

    def test_code_in_data_folder_fails(self):
        files = dict(CLEAN)
        files["data/tables.h"] = ""
        self.assert_output(files, 1, [
            "generator/data/tables.h: data/ holds YAML data, not code, and has no layer (rule: "
            "every folder with code has a layer); move this file to a folder of the layer table.",
            "layers: 16 files, 17 includes checked, 1 problems",
        ])

    def test_missing_include_fails(self):
        files = with_changes({"views/pages.h": '#include "model/sitemodel.h"\n#include "nope.h"\n'
                                              '#include "../outside.h"\n'})
        self.assert_output(files, 1, [
            "generator/views/pages.h:1: includes model/sitemodel.h, but "
            "generator/model/sitemodel.h does not exist (rule: every include names an existing "
            "file; written relative to generator/). A stale include after a rename, or a typo?",
            "generator/views/pages.h:2: includes nope.h (that is generator/views/nope.h), but "
            "generator/views/nope.h does not exist (rule: every include names an existing file; "
            "an include without a folder is relative to the including file's folder). A stale "
            "include after a rename, or a typo?",
            "generator/views/pages.h:3: includes ../outside.h, which points outside generator/ "
            "(rule: includes name files under generator/, written relative to it, e.g. "
            "\"model/site_model.h\").",
            "layers: 15 files, 19 includes checked, 3 problems",
        ])

    def test_all_problems_are_listed(self):
        files = with_changes({"output/sink.h": '#include "views/pages.h"\n',
                              "thai/dates.h": '#include "model/gone.h"\n'})
        got_code, out, _ = self.run_checker(files)
        self.assertEqual(got_code, 1)
        self.assertIn("generator/output/sink.h:1: includes views/pages.h", out)
        self.assertIn("generator/thai/dates.h:1: includes model/gone.h", out)
        self.assertTrue(out.endswith("layers: 15 files, 19 includes checked, 2 problems\n"))

    def test_usage_errors(self):
        done = subprocess.run([sys.executable, CHECKER], capture_output=True, text=True)
        self.assertEqual(done.returncode, 2)
        self.assertIn("usage:", done.stderr)
        with tempfile.TemporaryDirectory() as base:
            done = subprocess.run([sys.executable, CHECKER, os.path.join(base, "none")],
                                  capture_output=True, text=True)
        self.assertEqual(done.returncode, 2)
        self.assertIn("is not a folder", done.stderr)

    def test_layer_table_is_consistent(self):
        seen = [f for layer in check_layers.LAYERS for f in layer]
        self.assertEqual(len(seen), len(set(seen)), "a folder is on two layers")
        self.assertNotIn("data", seen)


if __name__ == "__main__":
    unittest.main(verbosity=1)
