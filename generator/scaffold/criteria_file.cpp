// Writing a year's whole framework as an editable file (criteria_file.h).
#include "scaffold/criteria_file.h"

#include "scaffold/yaml_skeletons.h"

namespace itagen::scaffold {
namespace {

std::string rating_section(const ita::Rating& rating) {
  std::string out =
      "# ระดับผลการประเมิน: ใช้ระดับแรก (จากบนลงล่าง) ที่เงื่อนไขครบ\n"
      "#   aa-f   = AA A B C D E F ตามคะแนนรวม (ผ่านตั้งแต่ A: 85 คะแนนขึ้นไป)\n"
      "#   nacc-5 = ผ่านดีเยี่ยม ผ่านดี ผ่าน ต้องปรับปรุง ต้องปรับปรุงโดยด่วน ของ ป.ป.ช.\n"
      "#   หรือเขียนเป็นรายการ: level ชื่อระดับ, min_total คะแนนรวมขั้นต่ำ, min_each_tool คะแนนขั้นต่ำของ\n"
      "#   ทุกเครื่องมือ (เต็ม 100, ถ้ามี), pass ผ่านหรือไม่; เรียงจากคะแนนสูงไปต่ำ และระดับสุดท้าย min_total: 0\n"
      "# The rating: the first level whose conditions hold applies.\n";
  if (rating.scale != "custom") return out + "rating: " + rating.scale + "\n";
  out += "rating:\n";
  for (const auto& l : rating.levels) {
    out += "  - {level: " + yaml_quote(l.name);
    if (!l.english.empty()) out += ", english: " + yaml_quote(l.english);
    out += ", min_total: " + l.min_total.to_string();
    if (l.min_each_tool) out += ", min_each_tool: " + l.min_each_tool->to_string();
    out += std::string(", pass: ") + (l.pass ? "true" : "false") + "}\n";
  }
  return out;
}

}  // namespace

std::string criteria_file(const ita::Framework& fw, int fiscal_year) {
  const std::string fy = std::to_string(fiscal_year);
  std::string out = "# เกณฑ์การประเมิน ITA ปีงบประมาณ " + fy + " (เริ่มจากเกณฑ์ปี " + std::to_string(fw.fiscal_year) +
                    " แก้ไขให้ตรงกับเกณฑ์ที่ได้รับแจ้ง)\n"
                    "# The ITA framework of fiscal year " + fy + ", written from the " +
                    std::to_string(fw.fiscal_year) + " one: edit it to match the official criteria.\n"
                    "# ส่วนที่ลบออกทั้งส่วนจะใช้ของปีก่อนหน้า (based_on) / a section left out is taken from based_on.\n";
  out += "fiscal_year: " + fy + "\n";
  out += "# provisional: true เมื่อยังไม่ได้รับเกณฑ์ฉบับทางการ (หน้า OIT จะแจ้งว่าเป็นรายการชั่วคราว)\n";
  out += std::string("provisional: ") + (fiscal_year != fw.fiscal_year ? "true" : "false") + "\n";
  out += "# source: ผู้กำหนดเกณฑ์ แสดงบนหน้าผลการประเมินและหน้า OIT / who set the criteria\n";
  const bool same_year = fiscal_year == fw.fiscal_year && !fw.source.empty();
  out += "source: " + yaml_quote(same_year ? fw.source : "เกณฑ์ ITA ปีงบประมาณ " + fy) + "\n\n";

  out += "# เครื่องมือการประเมินและน้ำหนัก (ร้อยละ รวมกันต้องได้ 100) / the tools and their weights, summing to 100\n";
  out += "tools:\n";
  for (const auto& t : fw.tools) {
    out += "  - {code: " + t.code + ", title: " + yaml_quote(t.title) + ", weight: " + std::to_string(t.weight) + "}\n";
  }
  out += "\n# ตัวชี้วัด เลขที่ 1 ถึง n ตามลำดับ แต่ละตัวอยู่ในเครื่องมือหนึ่ง / indicators, numbered in order, each in one tool\n";
  out += "indicators:\n";
  for (const auto& i : fw.indicators) {
    out += "  - {number: " + std::to_string(i.number) + ", tool: " + i.tool + ", title: " + yaml_quote(i.title) + "}\n";
  }
  out += "\n# ตัวชี้วัดย่อย: \"9.4\" คือข้อย่อยของตัวชี้วัดที่ 9; คะแนนตัวชี้วัดคือค่าเฉลี่ยของตัวชี้วัดย่อย\n"
         "# sub-indicators: \"9.4\" belongs to indicator 9, which scores the mean of its sub-indicators\n";
  out += "sub_indicators:\n";
  for (const auto& s : fw.sub_indicators) {
    out += "  - {code: \"" + s.code + "\", title: " + yaml_quote(s.title) + "}\n";
  }
  out += "\n" + rating_section(fw.rating);
  out += "\n# รายการข้อมูลที่ต้องเปิดเผย (OIT): code รหัสข้อ, sub_indicator ตัวชี้วัดย่อย, title ชื่อข้อ,\n"
         "# requires สิ่งที่ผู้ประเมินตรวจ; not_applicable: true เมื่อข้อนั้นไม่ประเมินในปีนี้\n"
         "# the OIT items: what each must disclose\n";
  out += "items:\n";
  for (const auto& item : fw.items) {
    out += "  - code: " + item.code + "\n";
    out += "    sub_indicator: \"" + item.sub_indicator + "\"\n";
    out += "    title: " + yaml_quote(item.title) + "\n";
    if (!item.requirements.empty()) {
      out += "    requires:\n";
      for (const auto& r : item.requirements) out += "      - " + yaml_quote(r) + "\n";
    }
    if (item.not_applicable) out += "    not_applicable: true\n";
  }
  return out;
}

}  // namespace itagen::scaffold
