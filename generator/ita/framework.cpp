// Tables of the ITA framework (docs/content.md explains the framework to users).
#include "ita/framework.h"

#include <array>

namespace itagen::ita {
namespace {

constexpr std::array<IndicatorInfo, kIndicatorCount> kIndicators = {{
    {1, "การปฏิบัติหน้าที่", Tool::kIIT},
    {2, "การใช้งบประมาณ", Tool::kIIT},
    {3, "การใช้อำนาจ", Tool::kIIT},
    {4, "การใช้ทรัพย์สินของราชการ", Tool::kIIT},
    {5, "การแก้ไขปัญหาการทุจริต", Tool::kIIT},
    {6, "คุณภาพการดำเนินงาน", Tool::kEIT},
    {7, "ประสิทธิภาพการสื่อสาร", Tool::kEIT},
    {8, "การปรับปรุงระบบการทำงาน", Tool::kEIT},
    {9, "การเปิดเผยข้อมูล", Tool::kOIT},
    {10, "การป้องกันการทุจริต", Tool::kOIT},
}};

constexpr std::array<SubIndicatorInfo, 7> kSubIndicators = {{
    {"9.1", 9, "ข้อมูลพื้นฐาน"},
    {"9.2", 9, "การบริหารงาน"},
    {"9.3", 9, "การจัดซื้อจัดจ้าง"},
    {"9.4", 9, "การบริหารและพัฒนาทรัพยากรบุคคล"},
    {"9.5", 9, "การส่งเสริมความโปร่งใส"},
    {"10.1", 10, "การดำเนินการเพื่อป้องกันการทุจริต"},
    {"10.2", 10, "มาตรการภายในเพื่อป้องกันการทุจริต"},
}};

constexpr std::array<ToolInfo, 3> kTools = {{
    {Tool::kIIT, "IIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", 30, 1, 5},
    {Tool::kEIT, "EIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", 30, 6, 8},
    {Tool::kOIT, "OIT", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", 40, 9, 10},
}};

constexpr std::array<LevelInfo, 7> kLevels = {{
    {"AA", "Excellence", Score::from_hundredths(9500), Score::from_hundredths(10000), true},
    {"A", "Very Good", Score::from_hundredths(8500), Score::from_hundredths(9499), true},
    {"B", "Good", Score::from_hundredths(7500), Score::from_hundredths(8499), false},
    {"C", "Fair", Score::from_hundredths(6500), Score::from_hundredths(7499), false},
    {"D", "Poor", Score::from_hundredths(5500), Score::from_hundredths(6499), false},
    {"E", "Extremely Poor", Score::from_hundredths(5000), Score::from_hundredths(5499), false},
    {"F", "Fail", Score::from_hundredths(0), Score::from_hundredths(4999), false},
}};

}  // namespace

std::span<const IndicatorInfo> indicators() { return kIndicators; }

const IndicatorInfo* find_indicator(int number) {
  return number >= 1 && number <= kIndicatorCount ? &kIndicators[number - 1] : nullptr;
}

std::span<const SubIndicatorInfo> sub_indicators() { return kSubIndicators; }

const SubIndicatorInfo* find_sub_indicator(std::string_view code) {
  for (const auto& s : kSubIndicators) {
    if (s.code == code) return &s;
  }
  return nullptr;
}

std::span<const ToolInfo> tools() { return kTools; }

const ToolInfo& tool_info(Tool tool) { return kTools[static_cast<int>(tool)]; }

std::optional<Tool> parse_tool(std::string_view code) {
  for (const auto& t : kTools) {
    if (t.code == code) return t.tool;
  }
  return std::nullopt;
}

std::span<const LevelInfo> levels() { return kLevels; }

const LevelInfo& level_for(Score total) {
  for (const auto& level : kLevels) {
    if (total >= level.minimum) return level;
  }
  return kLevels.back();
}

const LevelInfo* find_level(std::string_view code) {
  for (const auto& level : kLevels) {
    if (level.code == code) return &level;
  }
  return nullptr;
}

}  // namespace itagen::ita
