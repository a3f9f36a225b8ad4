#!/usr/bin/env bash
# The CSV files as an officer opens them: /oit/<fy>/links.csv (the ITAS answer sheet) and
# /data/ita-history.csv, from the example site and from tests/sites/frameworks (a statement item,
# an assessor note with quotes, Thai level names, and here a note that looks like a formula).
# Each file is read back twice: with Python's csv module, as UTF-8 with its byte order mark
# stripped; and through LibreOffice Calc, converted to .xlsx and the sheet read from the .xlsx.
# Every cell Calc keeps must be the text Python read: Thai intact, the answers มี/ไม่มี, several
# links in one cell, no formula anywhere; a Buddhist Era date stays text or becomes a date that
# shows the same figures.
# LibreOffice (libreoffice-calc-nogui) is a test dependency only; without soffice this test is
# skipped with a SKIP line.
# Usage: csv_spreadsheet_test.sh <itagen> <repo-root>
set -uo pipefail
itagen=$1
root=$(cd "$2" && pwd)
if ! command -v soffice >/dev/null 2>&1; then
  echo "SKIP: soffice is not installed (apt-get install libreoffice-calc-nogui; make test installs it)"
  exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/itagen_csv_cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail_build() { echo "FAIL: $1"; sed 's/^/    /' "$tmp/build.log" | tail -20; echo "csv_spreadsheet_test: build failed"; exit 1; }

# The frameworks fixture with an assessor note that a spreadsheet would run as a formula.
cp -r "$root/tests/sites/frameworks" "$tmp/frameworks"
sed -i 's/^item: O5$/item: O5\nassessor_note: "=1+1"/' "$tmp/frameworks/content/oit/2569/O05.md"

"$itagen" build --source "$root" --output "$tmp/example" >"$tmp/build.log" 2>&1 || fail_build "build of the example site"
"$itagen" build --source "$tmp/frameworks" --output "$tmp/fw" >"$tmp/build.log" 2>&1 || fail_build "build of the frameworks site"

mkdir -p "$tmp/csv"
cp "$tmp/example/oit/2567/links.csv" "$tmp/csv/example-links-2567.csv"
cp "$tmp/example/data/ita-history.csv" "$tmp/csv/example-history.csv"
cp "$tmp/fw/oit/2569/links.csv" "$tmp/csv/frameworks-links-2569.csv"
cp "$tmp/fw/data/ita-history.csv" "$tmp/csv/frameworks-history.csv"

# Calc as Excel opens a CSV: comma-separated, UTF-8 (the command line does not sniff the byte
# order mark the way Excel and Calc's import dialog do, so the character set is named), US
# English, and "detect special numbers" on, so that anything that looks like a date becomes one.
# Its own profile folder keeps it off $HOME and apart from a parallel run.
if ! timeout 150 soffice -env:UserInstallation="file://$tmp/profile" --headless \
    --infilter="CSV:44,34,76,1,,1033,false,true" --convert-to xlsx --outdir "$tmp/xlsx" "$tmp"/csv/*.csv \
    >"$tmp/soffice.log" 2>&1; then
  echo "FAIL: soffice could not convert the CSV files"
  sed 's/^/    /' "$tmp/soffice.log"
  exit 1
fi

python3 - "$tmp" <<'PYTHON'
import csv, datetime, io, re, sys, zipfile
from xml.etree import ElementTree

tmp = sys.argv[1]
passed = failed = 0
BOM = b"\xef\xbb\xbf"
NS = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
LINKS_HEADER = ["ข้อ", "รายการ", "ตัวชี้วัดย่อย", "คำตอบ", "ลิงก์หน้าเว็บ", "ลิงก์หลักฐาน", "ปรับปรุงล่าสุด",
                "คำอธิบายสำหรับผู้ประเมิน"]
HISTORY_HEADER = ["fiscal_year", "total", "scale", "level", "pass", "change", "direction", "rank", "of"]


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print("ok:", what)
    else:
        failed += 1
        print("FAIL:", what)


def python_rows(name):
    raw = open(f"{tmp}/csv/{name}.csv", "rb").read()
    check(raw.startswith(BOM) and not raw.startswith(BOM * 2), f"{name}: one byte order mark, first")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def calc_cells(name):
    """The sheet Calc wrote: {(row, column): (type, text)}, rows and columns from 0; and
    whether any cell holds a formula."""
    z = zipfile.ZipFile(f"{tmp}/xlsx/{name}.xlsx")
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml")).findall("x:si", NS):
            shared.append("".join(t.text or "" for t in si.iter(f"{{{NS['x']}}}t")))
    sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    cells, formulas = {}, False
    for c in sheet.iter(f"{{{NS['x']}}}c"):
        col_letters, row = re.match(r"([A-Z]+)(\d+)", c.get("r")).groups()
        col = 0
        for ch in col_letters:
            col = col * 26 + ord(ch) - 64
        formulas |= c.find("x:f", NS) is not None
        v = c.find("x:v", NS)
        if v is None:
            continue
        kind = c.get("t", "n")
        cells[(int(row) - 1, col - 1)] = (kind, shared[int(v.text)] if kind == "s" else v.text)
    return cells, formulas


def same_figures(text, serial):
    """Whether a date Calc made from dd/mm/yyyy text shows the figures written. Calc, like
    Excel, reads a date in the order of its locale (here US: month/day/year) and shows it in
    the same order, so 05/10/2566 becomes 10 May 2566 and is shown 05/10/66 or 5/10/2566:
    the figures the officer reads as 5 ต.ค. 2566. 15/10/2566 is no US date and stays text."""
    day = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(serial)))
    return [int(part) for part in text.split("/")] == [day.month, day.day, day.year]


def same_in_calc(name, rows, numeric_columns, date_columns=()):
    """Every cell of the CSV as Calc holds it: text as text, numbers only where expected."""
    cells, formulas = calc_cells(name)
    check(not formulas, f"{name}: Calc made no formula")
    wrong = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            kind, value = cells.get((r, c), ("s", ""))
            if r > 0 and c in numeric_columns and text != "":
                ok = kind == "n" and float(value) == float(text)
            elif r > 0 and c in date_columns and kind == "n":
                ok = same_figures(text, value)
            else:
                ok = kind in ("s", "str", "inlineStr") and value == text
            if not ok:
                wrong.append(f"row {r + 1} column {c + 1}: CSV {text!r}, Calc {kind} {value!r}")
    extra = [k for k in cells if k[0] >= len(rows) or k[1] >= len(rows[k[0]])]
    check(not wrong and not extra, f"{name}: Calc holds every cell as written: {'; '.join(wrong[:5])}{extra[:5]}")


def row_of(rows, code):
    """The row of an item, padded to 8 cells so that a short row fails a check, not the script."""
    row = next((r for r in rows if r and r[0] == code), [])
    return row + [""] * (8 - len(row))


# links.csv of the example site: 43 items, each answered, the Thai intact in both readers.
rows = python_rows("example-links-2567")
check(rows[0] == LINKS_HEADER, "example links.csv: the Thai header")
check(len(rows) == 44 and all(len(r) == 8 for r in rows), f"example links.csv: 43 rows of 8 columns ({len(rows) - 1})")
check({(r + [""] * 8)[3] for r in rows[1:]} <= {"มี", "ไม่มี", "ไม่ประเมิน"}, "example links.csv: every answer is มี, ไม่มี or ไม่ประเมิน")
o1 = row_of(rows, "O1")
check(o1[:5] == ["O1", "โครงสร้าง", "9.1", "มี", "https://www.example.go.th/ita/oit/2567/o01/"]
      and o1[6] == "05/10/2566", f"example links.csv: O1 answered มี with its page and date: {o1}")
check(o1[5].split(" | ") == [
    "https://www.example.go.th/ita/files/2567/structure-2567.pdf",
    "https://www.example.go.th/ita/files/2567/structure-chart-2567.svg",
    "https://www.example.go.th/ita/about/structure/"], "example links.csv: O1's three evidence links in one cell")
same_in_calc("example-links-2567", rows, numeric_columns={2}, date_columns={6})

# links.csv of FY2569 on the frameworks site: its own 23 items, a statement, notes.
rows = python_rows("frameworks-links-2569")
check(rows[0] == LINKS_HEADER and len(rows) == 24, "frameworks links.csv: the header and 23 rows")
check(row_of(rows, "O10") == ["O10", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", "9.3", "มี",
                              "https://www.example.go.th/ita/oit/2569/o10/", "", "05/12/2568", ""],
      f"frameworks links.csv: the statement item O10 answered มี: {row_of(rows, 'O10')}")
check(row_of(rows, "O1")[7] == 'หน้าแรกของเว็บไซต์ เมนู "เกี่ยวกับเรา" หัวข้อโครงสร้าง',
      "frameworks links.csv: O1's assessor note with its quotes")
check(row_of(rows, "O2")[3] == "ไม่มี", "frameworks links.csv: O2 answered ไม่มี")
check(row_of(rows, "O5")[7] == "'=1+1", "frameworks links.csv: a note that looks like a formula is kept as text")
same_in_calc("frameworks-links-2569", rows, numeric_columns={2}, date_columns={6})

# The open-data history: the BOM, and Thai level names and directions intact.
for name, thai in (("example-history", "ลดลง"), ("frameworks-history", "ผ่านดี")):
    rows = python_rows(name)
    check(rows[0] == HISTORY_HEADER, f"{name}: the header")
    check(any(thai in r for r in rows), f"{name}: holds {thai}")
    same_in_calc(name, rows, numeric_columns={0, 1, 5, 7, 8})

print(f"csv_spreadsheet_test: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PYTHON
