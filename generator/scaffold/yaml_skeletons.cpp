// File texts (YAML and Markdown skeletons) for init and new. Comments are Thai first, then English, as the offices read them.
#include "scaffold/yaml_skeletons.h"

#include <algorithm>

#include "content/rounds.h"
#include "ita/framework.h"
#include "scaffold/names.h"

namespace itagen::scaffold {
namespace {

using thai::be_date;

std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

// "O5" -> "o05", for sample file names.
std::string item_stem(const std::string& code) {
  std::string stem = item_file_name(code);
  stem.resize(stem.size() - 3);
  stem[0] = 'o';
  return stem;
}

}  // namespace

std::string yaml_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string site_yaml() {
  return R"(# ตั้งค่าเว็บไซต์ ITA ของหน่วยงาน: แก้ค่าตัวอย่างให้เป็นของหน่วยงาน แล้วสั่ง itagen check
# Settings of the office's ITA site: replace the sample values, then run itagen check.

# ชื่อเต็มของหน่วยงาน (จำเป็น) / full name of the office (required)
name: สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1
# ชื่อย่อ (จำเป็น) / short name (required)
short_name: สพป.ตัวอย่าง เขต 1
# ชื่อภาษาอังกฤษ (ไม่บังคับ) / English name (optional)
name_en: Example Primary Educational Service Area Office 1
# ที่อยู่ที่เว็บไซต์นี้จะเผยแพร่ (จำเป็น) อยู่ในโฟลเดอร์ย่อยของเว็บไซต์หลักได้
# Address the site is published at (required); a sub-folder of the main web site works.
base_url: https://www.example.go.th/ita/
# ตัวเลขที่แสดงบนเว็บไซต์: thai (๑๒๓) หรือ arabic (123)
# Digits the site prints everywhere: thai or arabic (default arabic).
numerals: arabic
# คะแนนเป้าหมายของหน่วยงาน ตัวชี้วัดที่ต่ำกว่านี้คือประเด็นที่ต้องพัฒนา (สพฐ. กำหนดอย่างน้อย 85)
# The office's own target score; indicators below it are points to develop (default 85).
target: 85
# ธีม: default ติดมากับโปรแกรม หรือชื่อโฟลเดอร์ใน themes/ ของเว็บไซต์นี้
# Theme: default is built in, or name a folder under this site's themes/.
theme: default
# ยอมให้ใช้ HTML ในเนื้อหา Markdown หรือไม่ (false ปลอดภัยกว่า)
# Whether raw HTML in Markdown is passed through (false is safer).
unsafe_html: false
# ช่องทางติดต่อที่แสดงทุกหน้า (ไม่บังคับทุกช่อง) / contact details shown on every page (each optional)
contact:
  address: 99 ถนนตัวอย่าง ตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง 10000
  phone: 0-0000-0000
  email: ita@example.go.th
  website: https://www.example.go.th/
  facebook: https://www.facebook.com/
  line: "@example"
# ช่องทางร้องเรียน แต่ละช่องทางมี title และ url, phone หรือ email อย่างใดอย่างหนึ่ง
# Complaint channels: each has a title and one of url, phone or email.
complaint_channels:
  - {title: ร้องเรียนการทุจริตและประพฤติมิชอบ, url: https://www.example.go.th/complaint/}
  - {title: สายด่วนร้องเรียน, phone: 0-0000-0000}
)";
}

std::string oit_item_file(const ita::OitItem& item, const ita::Framework& framework, int fiscal_year, const thai::Date& today) {
  const std::string fy = std::to_string(fiscal_year);
  std::string out = "---\n# " + item.code + " " + one_line(item.title) + "\n";
  out += "# ตัวชี้วัดย่อย " + item.sub_indicator;
  if (const auto* sub = framework.find_sub_indicator(item.sub_indicator)) out += " " + sub->title;
  out += ", เกณฑ์ปี " + std::to_string(framework.fiscal_year);
  if (framework.fiscal_year != fiscal_year) out += " (ใช้ชั่วคราว / provisional)";
  out += "\n# สิ่งที่ต้องเปิดเผย / what the item must disclose:\n";
  for (const auto& r : item.requirements) out += "#   - " + one_line(r) + "\n";
  if (item.not_applicable) out += "#   (ข้อนี้ไม่ต้องประเมินในปีนี้ / not assessed this year)\n";
  out += "#\n";
  out += "# ข้อนี้นับว่ายังไม่เผยแพร่จนกว่าจะมีหลักฐานใน evidence อย่างน้อย 1 รายการ เช่น\n";
  out += "# The item counts as missing until evidence lists at least one of:\n";
  out += "#   - {title: ชื่อเอกสาร, file: files/" + item_stem(item.code) + "-" + fy +
         ".pdf}   # ไฟล์ใน content/static/ / a file under content/static/\n";
  out += "#   - {title: ชื่อลิงก์, url: https://www.example.go.th/}   # เว็บไซต์อื่น / another web site\n";
  out += "#   - {title: ชื่อหน้า, page: measures/" + fy + "}   # หน้าในเว็บไซต์นี้ / a page of this site\n";
  out += "item: " + item.code + "\n";
  // The date is inside the year the item is filed under: a date outside it reads as stale
  // evidence to `check` and to the assessors. Ahead of the year, its first day; after it
  // (a past year filled in late), its last.
  const thai::Date updated = std::clamp(today, thai::fiscal_year_start(fiscal_year), thai::fiscal_year_end(fiscal_year));
  out += "updated: " + be_date(updated) + "   # วันที่ปรับปรุงข้อมูลล่าสุด / date last updated\n";
  out += "responsible: \"\"   # กลุ่มงานที่รับผิดชอบ เช่น กลุ่มอำนวยการ / the group responsible\n";
  out += "evidence: []\n---\n## " + one_line(item.title) + "\n";
  return out;
}

std::string measures_file(const MeasuresSkeleton& s) {
  const std::string fy = std::to_string(s.fiscal_year);
  const std::string based_on = std::to_string(s.based_on);
  std::string out = "# การวิเคราะห์ผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ " + fy + "\n";
  out += "# Analysis of the ITA results and the integrity and transparency measures, fiscal year " + fy + ".\n";
  out += "fiscal_year: " + fy + "\n";
  out += "# ผลการประเมินปีที่นำมาวิเคราะห์ (content/scores/" + based_on + ".yaml) / the results analysed\n";
  out += "based_on: " + based_on + "\n";
  out += "# วันที่คณะทำงานเห็นชอบ และเลขที่คำสั่ง (ตรงกับ content/committee/" + fy + ".yaml)\n";
  out += "# Date the committee approved them, and its order number (as in content/committee/" + fy + ".yaml):\n";
  out += "# approved: " + be_date(thai::fiscal_year_start(s.fiscal_year)) + "\n";
  out += "# committee_order: 1/" + fy + "\n";
  out += "analysis:\n";
  out += "  # จุดแข็ง / strengths: - {indicator: 1, text: ...}\n";
  out += "  strengths: []\n";
  out += "  # ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน / weaknesses to fix urgently\n";
  out += "  urgent: []\n";
  out += "  # ประเด็นที่ต้องพัฒนาให้ดีขึ้น / points to develop further\n";
  if (s.improve.empty()) {
    out += "  improve: []\n";
  } else {
    out += "  improve:\n";
    for (const auto& p : s.improve) {
      out += "    - {indicator: " + std::to_string(p.indicator) + ", text: " + yaml_quote(p.text) + "}\n";
    }
  }
  out += "# ข้อจำกัด / limitations: - {area: ด้านงบประมาณ, text: ...}\n";
  out += "limitations: []\n";
  out += "# ข้อเสนอขอรับการสนับสนุน / requests for support\n";
  out += "support_requests: []\n";
  out += "# มาตรการ: สร้างเพิ่มด้วย itagen new measure ID / measures (itagen new measure ID adds one at the end)\n";
  if (s.measure_ids.empty()) {
    out += "measures: []\n";
  } else {
    out += "measures:\n";
    for (const auto& id : s.measure_ids) out += measure_entry(id, s.fiscal_year, s.first_indicator);
  }
  return out;
}

std::string measure_entry(const std::string& id, int fiscal_year, int indicator) {
  std::string out = "  - id: " + id + "\n";
  out += "    title: \"TODO: ชื่อมาตรการ (measure title)\"\n";
  out += "    kind: urgent   # urgent | improve | ongoing\n";
  out += "    indicators: [" + std::to_string(indicator) + "]   # ตัวชี้วัดที่มาตรการนี้ตอบ 1-10 / indicators it answers\n";
  out += "    items: []   # ข้อ OIT ที่เกี่ยวข้อง เช่น [O24] / OIT items it concerns\n";
  out += "    issue: \"TODO: ประเด็นที่มาตรการนี้แก้ไข (the weak point it answers)\"\n";
  out += "    steps:   # ขั้นตอนหรือวิธีปฏิบัติ อย่างน้อย 1 / at least one step\n";
  out += "      - \"TODO: ขั้นตอนที่ 1 (step 1)\"\n";
  out += "    responsible:   # ผู้รับผิดชอบ อย่างน้อย 1 / at least one\n";
  out += "      - {group: \"TODO: กลุ่มงาน (group)\", people: []}\n";
  out += "    period: {start: " + be_date(thai::fiscal_year_start(fiscal_year)) +
         ", end: " + be_date(thai::fiscal_year_end(fiscal_year)) + "}\n";
  out += "    monitoring:\n";
  out += "      supervisors: []   # ผู้กำกับติดตาม / supervisors\n";
  out += "      report_to: \"\"   # รายงานต่อ เช่น การประชุมผู้บริหาร / where progress is reported\n";
  out += "      rounds: [6m, 12m]   # 6m 12m q1 q2 q3 q4\n";
  return out;
}

thai::Date round_end(int fiscal_year, const std::string& round) {
  const int ce = fiscal_year - thai::kBuddhistEraOffset;
  if (round == "q1") return {ce - 1, 12, 31};
  if (round == "q2" || round == "6m") return {ce, 3, 31};
  if (round == "q3") return {ce, 6, 30};
  return {ce, 9, 30};
}

std::string report_file(int fiscal_year, const std::string& round, const std::vector<std::string>& measure_ids) {
  const std::string fy = std::to_string(fiscal_year);
  std::string out = "# รายงานการกำกับติดตามการดำเนินการตามมาตรการ " + content::round_name(round) + " ปีงบประมาณ " + fy + "\n";
  out += "# Monitoring report of the measures, " + content::round_name_en(round) + ", fiscal year " + fy + ".\n";
  out += "fiscal_year: " + fy + "\n";
  out += "round: " + round + "\n";
  out += "as_of: " + be_date(round_end(fiscal_year, round)) + "   # ข้อมูล ณ วันที่ / progress as of\n";
  out += "summary: \"\"   # สรุปผลการดำเนินงาน (Markdown) / summary\n";
  out += "# หนึ่งรายการต่อมาตรการใน content/measures/" + fy + ".yaml / one entry per measure\n";
  if (measure_ids.empty()) return out + "measures: []\n";
  out += "measures:\n";
  for (const auto& id : measure_ids) {
    out += "  - id: " + id + "\n";
    out += "    status: planned   # planned | in_progress | done | dropped\n";
    out += "    progress: 0   # ร้อยละ 0-100 / percent\n";
    out += "    results: \"\"   # ผลการดำเนินงาน / results\n";
    out += "    problems: \"\"   # ปัญหาอุปสรรค / problems\n";
    out += "    evidence: []   # หลักฐาน / evidence: - {title: ..., file: files/...}\n";
  }
  return out;
}

std::string page_file(const std::string& title, const thai::Date& today) {
  std::string out = "---\ntitle: " + yaml_quote(title) + "\n";
  out += "date: " + be_date(today) + "\n";
  out += "# weight: 10   # ลำดับในเมนู น้อยอยู่ก่อน / order in menus, lower first\n";
  out += "# menu: main   # แสดงในเมนูหลัก / show in the main navigation\n";
  out += "# draft: true   # ฉบับร่าง ยังไม่เผยแพร่ / a draft is not published\n";
  out += "---\n";
  return out;
}

std::string no_gift_file(int fiscal_year, const std::string& short_name) {
  const std::string fy = std::to_string(fiscal_year);
  std::string out = "# นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ปีงบประมาณ " + fy + "\n";
  out += "# ข้อความประกาศอยู่ใน content/no-gift/" + fy + ".md / the announcement's text is in content/no-gift/" + fy +
         ".md\n";
  out += "fiscal_year: " + fy + "\n";
  out += "announcement:\n";
  out += "  title: " +
         yaml_quote("ประกาศ " + short_name +
                    " เรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)") +
         "\n";
  out += "  # วันที่ประกาศ และไฟล์ประกาศที่ลงนามแล้วใน content/static/ / date signed, and the signed document\n";
  out += "  # date: " + be_date(thai::fiscal_year_start(fiscal_year)) + "\n";
  out += "  # document: files/no-gift-" + fy + ".pdf\n";
  out += "  signed_by: {name: \"\", position: \"\"}   # ผู้ลงนาม / signed by\n";
  out += "# การเผยแพร่ / dissemination: - {date: ..., channel: website, audience: ..., text: ..., evidence: []}\n";
  out += "# channel: website amss facebook line letter meeting signboard other\n";
  out += "dissemination: []\n";
  out += "# กิจกรรมสร้างวัฒนธรรม / activities: - {date: ..., title: ..., text: ..., evidence: []}\n";
  out += "activities: []\n";
  out += "# รายงานผล / the year's report:\n";
  out += "# report: {as_of: " + be_date(thai::fiscal_year_end(fiscal_year)) +
         ", gifts_received: 0, text: ..., evidence: []}\n";
  return out;
}

std::string no_gift_announcement_file(int fiscal_year, const std::string& short_name) {
  const std::string fy = std::to_string(fiscal_year);
  // An HTML comment: the site never shows it (raw HTML is dropped or passed as a comment).
  std::string out = "<!--\n";
  out += "ข้อความประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ปีงบประมาณ " + fy +
         " แสดงบนเว็บไซต์เหนือชื่อผู้ลงนาม\n";
  out += "แก้ไขให้ตรงกับประกาศที่ผู้บริหารลงนามแล้ว (ไฟล์ที่ลงนามใส่ใน document: ของ content/no-gift/" + fy + ".yaml)\n";
  out += "The text of the year's No Gift Policy announcement, shown above the signature: make it the text\n";
  out += "of the announcement as signed. This comment is never shown.\n";
  out += "-->\n";
  out += "ด้วย " + short_name + " มุ่งมั่นบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้ "
         "จึงประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) "
         "ประจำปีงบประมาณ พ.ศ. " + fy + " ดังนี้\n\n";
  out += "1. ผู้บริหาร ข้าราชการ ลูกจ้าง และพนักงานราชการทุกคน **ไม่รับ** ของขวัญ ของกำนัล "
         "หรือประโยชน์อื่นใดจากการปฏิบัติหน้าที่\n";
  out += "2. ผู้บริหาร ข้าราชการ ลูกจ้าง และพนักงานราชการทุกคน **ไม่ให้** ของขวัญหรือของกำนัลแก่ผู้บังคับบัญชา\n";
  out += "3. ให้แสดงความปรารถนาดีด้วยบัตรอวยพร การลงนามในสมุดอวยพร หรือการอวยพรผ่านช่องทางออนไลน์ แทนการให้ของขวัญ\n\n";
  out += "จึงประกาศให้ทราบโดยทั่วกัน\n";
  return out;
}

std::string committee_file(int fiscal_year) {
  const std::string fy = std::to_string(fiscal_year);
  std::string out = "# คำสั่งแต่งตั้งคณะทำงานและการประชุม ปีงบประมาณ " + fy + " / committee order and meetings\n";
  out += "fiscal_year: " + fy + "\n";
  out += "# คำสั่ง / the order:\n";
  out += "# order: {number: 1/" + fy + ", date: " + be_date(thai::fiscal_year_start(fiscal_year)) +
         ", title: ..., document: files/order-1-" + fy + ".pdf}\n";
  out += "# กรรมการ / members: - {name: ..., position: ..., role: ประธานกรรมการ}\n";
  out += "members: []\n";
  out += "# การประชุม / meetings: - {date: ..., time: \"09:30\", place: ..., agenda: [...], resolutions: [...], "
         "measures: [id]}\n";
  out += "meetings: []\n";
  return out;
}

}  // namespace itagen::scaffold
