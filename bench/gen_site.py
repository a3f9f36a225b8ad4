#!/usr/bin/env python3
"""Synthetic benchmark sites for itagen and Hugo (issue 4).

    python3 bench/gen_site.py N [--work bench/work] [--force]

writes bench/work/<N>/ with
    itagen/content/site.yaml, itagen/content/pages/section-SS/page-PPPPP.md
    hugo/hugo.toml, hugo/layouts/..., hugo/static/style.css, hugo/content/section-SS/page-PPPPP.md
    bodies.md   every page body, in page order, one after the other (the cmark-gfm floor input)
    stamp       hash of this generator and bench/hugo-theme/; the site is reused while it matches

Both sites hold byte-identical Markdown bodies; only the front matter differs (itagen gets a
Buddhist-era date, Hugo the same day in the Common Era). Everything derives from a fixed-seed
LCG seeded by the page number, so a given N always gives the same bytes, and the first pages of
a big site equal those of a small one (only the internal link targets depend on N).

Each body starts with an ATX heading and ends with a paragraph, so concatenating bodies with a
blank line between them parses into exactly the blocks of the separate files (no list or table
runs on into the next page, and there are no link reference definitions).
"""

import hashlib
import os
import shutil
import sys
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
THEME_DIR = os.path.join(HERE, "hugo-theme")
DEFAULT_CSS = os.path.join(HERE, "..", "themes", "default", "assets", "style.css")
PAGES_PER_SECTION = 1000
BASE_URL = "https://bench.example.go.th/"
SITE_NAME = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1"
SHORT_NAME = "สพป.ทดสอบ เขต 1"
MIN_BODY, MAX_BODY = 2048, 4096  # bytes of UTF-8 per body


class Lcg:
    """64-bit LCG (Knuth's MMIX constants); the top 31 bits are the output."""

    __slots__ = ("x",)

    def __init__(self, seed):
        self.x = (seed * 0x9E3779B97F4A7C15 + 0x2545F4914F6CDD1D) & 0xFFFFFFFFFFFFFFFF
        for _ in range(3):
            self.next()

    def next(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.x >> 33

    def below(self, n):
        return self.next() % n

    def pick(self, seq):
        return seq[self.next() % len(seq)]


# ---- vocabulary: the kind of text a Thai education office puts on its pages ----
TOPICS = [
    "ประกาศผลการจัดซื้อจัดจ้าง", "รายงานผลการดำเนินงาน", "แผนปฏิบัติราชการประจำปี",
    "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "การเปิดเผยข้อมูลสาธารณะ", "คู่มือการปฏิบัติงาน",
    "ข้อมูลการให้บริการ", "การบริหารทรัพยากรบุคคล", "การจัดการเรื่องร้องเรียนการทุจริต",
    "ผลการประเมินความเสี่ยงการทุจริต", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ",
    "Annual Report", "Open Data", "e-Service", "ITA Online", "Procurement Summary",
]
THAI_CLAUSES = [
    "สำนักงานเขตพื้นที่การศึกษาได้ดำเนินการตามแผนที่กำหนดไว้",
    "โดยยึดหลักธรรมาภิบาลและความโปร่งใสในการบริหารงาน",
    "เพื่อให้ผู้มีส่วนได้ส่วนเสียสามารถตรวจสอบได้",
    "ทั้งนี้ได้เผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน",
    "ตามหนังสือสั่งการของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน",
    "ซึ่งครอบคลุมโรงเรียนในสังกัดทุกแห่ง",
    "ผู้บริหารได้มอบหมายให้กลุ่มงานที่เกี่ยวข้องรับผิดชอบ",
    "และรายงานผลต่อคณะกรรมการเป็นรายไตรมาส",
    "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน",
    "ประชาชนสามารถติดต่อสอบถามได้ในวันและเวลาราชการ",
    "งบประมาณที่ได้รับจัดสรรถูกใช้จ่ายอย่างคุ้มค่า",
    "มีการทบทวนขั้นตอนการปฏิบัติงานให้เป็นปัจจุบัน",
    "เจ้าหน้าที่ทุกคนได้รับการอบรมเรื่องการป้องกันผลประโยชน์ทับซ้อน",
    "ข้อมูลชุดนี้ปรับปรุงล่าสุดตามรอบการรายงาน",
    "หากพบข้อผิดพลาดโปรดแจ้งกลุ่มอำนวยการ",
    "ผลการดำเนินงานบรรลุเป้าหมายร้อยละ 92.5",
]
EN_CLAUSES = [
    "the office publishes its procurement plan on the e-GP system",
    "all documents are available as PDF and as open data (CSV)",
    "the ITA assessment covers 33 OIT items this fiscal year",
    "see the KPI dashboard for quarterly figures",
    "complaints can be filed online 24 hours a day",
    "staff completed the No Gift Policy training in March",
]
EMPH_WORDS = ["สำคัญ", "โปร่งใส", "ตรวจสอบได้", "ภายในกำหนด", "ไม่รับของขวัญ", "OIT", "ITA", "Open Data"]
LINK_TEXTS = ["รายละเอียดเพิ่มเติม", "ดาวน์โหลดเอกสาร", "ระบบ e-GP", "ประกาศฉบับเต็ม", "แบบฟอร์มออนไลน์", "report"]
EXT_LINKS = [
    "https://www.obec.go.th/", "https://itas.nacc.go.th/", "https://process3.gprocurement.go.th/",
    "https://data.go.th/dataset/", "https://www.opdc.go.th/", "https://www.nacc.go.th/",
]
TABLE_HEADS = [
    ["ลำดับ", "รายการ", "งบประมาณ (บาท)", "สถานะ"],
    ["ไตรมาส", "เป้าหมาย", "ผลการดำเนินงาน", "ร้อยละ", "หมายเหตุ"],
    ["Item", "ผู้รับผิดชอบ", "วันที่", "Status"],
]
STATUS = ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่เริ่ม", "done", "pending"]
PEOPLE = ["นางสาวสมใจ ใจดี", "นายสมชาย รักงาน", "นางวิไล ศรีสุข", "กลุ่มนโยบายและแผน", "กลุ่มบริหารงานการเงิน"]
QUOTES = [
    "ความโปร่งใสคือหัวใจของการบริหารราชการ",
    "ข้าราชการต้องไม่รับของขวัญและผลประโยชน์ใด ๆ จากการปฏิบัติหน้าที่",
    "Integrity is doing the right thing when no one is watching.",
]


def page_path(i):
    return "section-%02d/page-%05d" % (i // PAGES_PER_SECTION, i)


def inline(r, n_pages, lo=2, spread=3):
    """One sentence: clauses with the occasional emphasis, strong text or link."""
    parts = []
    for _ in range(lo + r.below(spread)):
        k = r.below(12)
        if k == 0:
            parts.append("*%s*" % r.pick(EMPH_WORDS))
        elif k == 1:
            parts.append("**%s**" % r.pick(EMPH_WORDS))
        elif k == 2:
            parts.append("[%s](%s)" % (r.pick(LINK_TEXTS), r.pick(EXT_LINKS)))
        elif k == 3:
            parts.append("[%s](/%s/)" % (r.pick(LINK_TEXTS), page_path(r.below(n_pages))))
        elif k == 4:
            parts.append(r.pick(EN_CLAUSES))
        else:
            parts.append(r.pick(THAI_CLAUSES))
    return " ".join(parts)


def paragraph(r, n_pages):
    return " ".join(inline(r, n_pages) for _ in range(1 + r.below(2)))


def table(r):
    head = r.pick(TABLE_HEADS)
    rows = ["| " + " | ".join(head) + " |", "|" + "|".join("---" if c else ":--" for c in range(len(head))) + "|"]
    for n in range(1, 3 + r.below(4)):
        cells = [str(n), r.pick(PEOPLE)]
        for c in range(2, len(head) - 1):
            cells.append("{:,}".format(r.below(2000000)))
        cells.append(r.pick(STATUS))
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def body(i, n_pages):
    r = Lcg(i + 1)
    target = MIN_BODY + r.below(MAX_BODY - MIN_BODY - 600)
    blocks = [
        "## %s" % r.pick(TOPICS),
        inline(r, n_pages),
        table(r),
        inline(r, n_pages, 1, 2),
        "\n".join("- " + inline(r, n_pages, 1, 2) for _ in range(2 + r.below(3))),
        "> " + r.pick(QUOTES) + "\n> — " + r.pick(PEOPLE),
        "### %s ~~ฉบับเดิม~~ ฉบับปรับปรุง" % r.pick(TOPICS),
        "\n".join("%d. %s" % (n, inline(r, n_pages, 1, 2)) for n in range(1, 2 + r.below(3))),
    ]
    size = sum(len(b.encode()) + 2 for b in blocks)
    while True:  # paragraphs until the target, always ending on a paragraph
        p = paragraph(r, n_pages)
        n = len(p.encode()) + 2
        if size + n > MAX_BODY and blocks[-1][0] not in "-1>#|":
            break
        if size + n > MAX_BODY:  # the last block is not a paragraph: end with a short one
            p = r.pick(THAI_CLAUSES)
            blocks.append(p)
            break
        blocks.append(p)
        size += n
        if size >= target:
            break
    return "\n\n".join(blocks) + "\n"


def title_and_date(i):
    r = Lcg(~i & 0xFFFFFFFF)
    title = "%s %d" % (r.pick(TOPICS), i)
    year_ce = 2022 + r.below(3)
    month, day = 1 + r.below(12), 1 + r.below(28)
    return title, (year_ce, month, day)


def write_section(args):
    """Writes one section of both sites; returns its bodies, concatenated (bytes)."""
    root, section, n_pages = args
    first, last = section * PAGES_PER_SECTION, min(n_pages, (section + 1) * PAGES_PER_SECTION)
    sec = "section-%02d" % section
    idir = os.path.join(root, "itagen", "content", "pages", sec)
    hdir = os.path.join(root, "hugo", "content", sec)
    os.makedirs(idir)
    os.makedirs(hdir)
    out = []
    for i in range(first, last):
        b = body(i, n_pages)
        title, (y, m, d) = title_and_date(i)
        name = "page-%05d.md" % i
        with open(os.path.join(idir, name), "w", encoding="utf-8") as f:
            f.write("---\ntitle: %s\ndate: %04d-%02d-%02d\n---\n%s" % (title, y + 543, m, d, b))
        with open(os.path.join(hdir, name), "w", encoding="utf-8") as f:
            f.write("---\ntitle: %s\ndate: %04d-%02d-%02d\n---\n%s" % (title, y, m, d, b))
        out.append(b)
    return "\n".join(out).encode()


def stamp():
    h = hashlib.sha256()
    for base, dirs, files in sorted(os.walk(THEME_DIR)):
        dirs.sort()
        for name in sorted(files):
            p = os.path.join(base, name)
            h.update(os.path.relpath(p, THEME_DIR).encode() + b"\0")
            with open(p, "rb") as f:
                h.update(f.read())
    with open(DEFAULT_CSS, "rb") as f:
        h.update(f.read())
    with open(os.path.abspath(__file__), "rb") as f:
        h.update(f.read())
    return h.hexdigest()


ADDRESS = "99 หมู่ 1 ถนนทดสอบ ตำบลในเมือง อำเภอเมือง จังหวัดทดสอบ 10000"
PHONE = "0 2123 4567"
EMAIL = "saraban@bench.example.go.th"

SITE_YAML = """name: %s
short_name: %s
base_url: %s
contact:
  address: %s
  phone: %s
  email: %s
""" % (SITE_NAME, SHORT_NAME, BASE_URL, ADDRESS, PHONE, EMAIL)

HUGO_TOML = """baseURL = "%s"
languageCode = "th"
title = "%s"
uglyURLs = false
disableKinds = ["taxonomy", "term"]
enableRobotsTXT = true

[params]
short_name = "%s"
[params.contact]
address = "%s"
phone = "%s"
email = "%s"

[[menu.main]]
name = "หน้าแรก"
url = "/"
weight = 1
[[menu.main]]
name = "ผลการประเมิน ITA"
url = "/ita/"
weight = 2
[[menu.main]]
name = "การเปิดเผยข้อมูลสาธารณะ (OIT)"
url = "/oit/"
weight = 3
[[menu.main]]
name = "ติดต่อเรา"
url = "/contact/"
weight = 4
""" % (BASE_URL, SITE_NAME, SHORT_NAME, ADDRESS, PHONE, EMAIL)


def generate(n_pages, work, force=False):
    """Makes sure work/<N>/ holds the current site; returns its path."""
    root = os.path.join(work, str(n_pages))
    want = stamp()
    try:
        with open(os.path.join(root, "stamp")) as f:
            if f.read().strip() == want and not force:
                return root
    except OSError:
        pass
    tmp = root + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(os.path.join(tmp, "itagen", "content"))
    os.makedirs(os.path.join(tmp, "hugo"))
    with open(os.path.join(tmp, "itagen", "content", "site.yaml"), "w", encoding="utf-8") as f:
        f.write(SITE_YAML)
    with open(os.path.join(tmp, "hugo", "hugo.toml"), "w", encoding="utf-8") as f:
        f.write(HUGO_TOML)
    shutil.copytree(os.path.join(THEME_DIR, "layouts"), os.path.join(tmp, "hugo", "layouts"))
    # Hugo pages use the default theme's own stylesheet, so both sites ship the same CSS.
    os.makedirs(os.path.join(tmp, "hugo", "static"))
    shutil.copy(DEFAULT_CSS, os.path.join(tmp, "hugo", "static", "style.css"))
    sections = (n_pages + PAGES_PER_SECTION - 1) // PAGES_PER_SECTION
    jobs = [(tmp, s, n_pages) for s in range(sections)]
    with open(os.path.join(tmp, "bodies.md"), "wb") as out:
        with Pool(min(os.cpu_count() or 1, max(1, sections))) as pool:
            for s, chunk in enumerate(pool.imap(write_section, jobs)):
                if s:
                    out.write(b"\n")
                out.write(chunk)
    with open(os.path.join(tmp, "stamp"), "w") as f:
        f.write(want + "\n")
    shutil.rmtree(root, ignore_errors=True)
    os.rename(tmp, root)
    return root


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    work = os.path.join(HERE, "work")
    for a in argv:
        if a.startswith("--work="):
            work = a.split("=", 1)[1]
    if len(args) != 1 or not args[0].isdigit() or int(args[0]) < 1:
        sys.stderr.write("usage: gen_site.py N [--work=DIR] [--force]\n")
        return 2
    print(generate(int(args[0]), work, force="--force" in argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
