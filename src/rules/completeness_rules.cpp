// Completeness rules (完整性): required content, targets, units, categories.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "catalogue.hpp"
#include "jixiao/target.hpp"
#include "jixiao/text.hpp"

namespace jixiao::detail {
namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A template placeholder left in a cell: `**`, `*`, `＊`, `Ｘ`, a lone `X` where the
// number goes. One pass over the bytes (this runs on every target cell).
bool has_placeholder(std::string_view text) {
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char c = text[i];
    if (c == '*') return true;
    if (c == 'X' || c == 'x') {
      const bool before = i > 0 && is_ascii_alpha(text[i - 1]);
      const bool after = i + 1 < n && is_ascii_alpha(text[i + 1]);
      if (!before && !after) return true;
    } else if (static_cast<unsigned char>(c) == 0xEFu && i + 2 < n) {
      // U+FF0A ＊ = EF BC 8A, U+FF38 Ｘ = EF BC B8
      if (static_cast<unsigned char>(text[i + 1]) == 0xBCu &&
          (static_cast<unsigned char>(text[i + 2]) == 0x8Au || static_cast<unsigned char>(text[i + 2]) == 0xB8u)) {
        return true;
      }
    }
  }
  return false;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
  return n;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

void check_required(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  const char* zh = "必填内容缺失：{field}";
  const char* en = "required content is missing: {field}";
  if (blank(form.unit_name)) sink.add("/unit_name", zh, en).arg("field", "部门(单位)名称 unit name");
  if (form.kind == FormKind::project && (!form.project || blank(form.project->name))) {
    sink.add("/project/name", zh, en).arg("field", "项目名称 project name");
  }
  const bool any_goal = std::any_of(form.goals.begin(), form.goals.end(), [](const std::string& g) { return !blank(g); });
  if (!any_goal) sink.add("/goals", zh, en).arg("field", "总体绩效目标 overall goals");
  if (form.budget.breakdowns.empty()) sink.add("/budget", zh, en).arg("field", "预算整体情况 budget overview");
  const bool any_indicator =
      std::any_of(form.indicators.begin(), form.indicators.end(), [](const Indicator& i) { return !blank(i.name); });
  if (!any_indicator) sink.add("/indicators", zh, en).arg("field", "绩效指标 indicators");
}

void check_key_task_fields(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for (std::size_t i = 0; i < form.key_tasks.size(); ++i) {
    const auto& t = form.key_tasks[i];
    const char* zh = "重点工作任务 {task} 缺少{field}";
    const char* en = "key task {task} has no {field}";
    const std::string label = blank(t.name) ? "#" + std::to_string(i + 1) : t.name;
    if (blank(t.name)) sink.add(at("/key_tasks", i, "name"), zh, en).arg("task", label).arg("field", "名称 name");
    if (!t.planned_funds) {
      sink.add(at("/key_tasks", i, "planned_funds"), zh, en).arg("task", label).arg("field", "拟投入的资金 planned funds");
    }
    if (blank(t.expected_result.text())) {
      sink.add(at("/key_tasks", i, "expected_result"), zh, en).arg("task", label).arg("field", "期望达到的目标 expected result");
    }
  }
}

void check_target_present(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (blank(ind.name) || ind.annual_target.present()) continue;
    sink.add(at("/indicators", i, "annual_target"), "三级指标“{name}”没有年度指标值",
             "indicator {name} has no annual target")
        .arg("name", ind.name);
  }
}

void check_unnamed_row(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    // A name that is only the row's own 二级 label (`数量指标`, as the importer reads a
    // table without a 三级 column) names a category, not an indicator.
    const bool only_level2 = !ind.level2_text.empty() && trim(ind.name) == trim(ind.level2_text);
    if (!blank(ind.name) && !only_level2) continue;
    if (!ind.annual_target.present() && !ind.period_target.present()) continue;
    sink.add(at("/indicators", i, "name"), "指标值 {target} 所在行没有三级指标名称",
             "a row with target {target} has no indicator name")
        .arg("target", ind.annual_target.present() ? ind.annual_target.text() : ind.period_target.text());
  }
}

bool lacks_unit(const TargetValue& v) {
  if (!v.target() || !v.target()->is_quantitative()) return false;
  const Target& t = *v.target();
  if (t.kind() == TargetKind::range) return t.lo().unit.empty() && t.hi().unit.empty();
  return t.quantity().unit.empty();
}

void check_units_present(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (!blank(ind.unit)) continue;
    const bool annual = lacks_unit(ind.annual_target);
    if (!annual && !lacks_unit(ind.period_target)) continue;
    const TargetValue& v = annual ? ind.annual_target : ind.period_target;
    sink.add(at("/indicators", i, annual ? "annual_target" : "period_target"),
             "定量指标“{name}”的指标值 {target} 没有计量单位", "quantitative indicator {name} has no unit in {target}")
        .arg("name", ind.name)
        .arg("target", v.text());
  }
}

// The target-like cells of a form, for the placeholder and parse rules.
template <class F>
void for_each_target_cell(const PerformanceForm& form, F&& f) {
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (ind.period_target.present()) f([i] { return at("/indicators", i, "period_target"); }, ind.period_target, ind);
    if (ind.annual_target.present()) f([i] { return at("/indicators", i, "annual_target"); }, ind.annual_target, ind);
  }
}

void check_placeholders(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  const char* zh = "{cell} 中留有模板占位符：{text}";
  const char* en = "template placeholder left in {cell}: {text}";
  for_each_target_cell(form, [&](const auto& path, const TargetValue& v, const Indicator&) {
    if (has_placeholder(v.text())) sink.add(path(), zh, en).arg("cell", "指标值 target").arg("text", v.text());
  });
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& n = form.indicators[i].name;
    if (n.find('*') != std::string::npos || n.find("＊") != std::string::npos) {
      sink.add(at("/indicators", i, "name"), zh, en).arg("cell", "三级指标 indicator name").arg("text", n);
    }
  }
  for (std::size_t i = 0; i < form.key_tasks.size(); ++i) {
    const auto& t = form.key_tasks[i];
    if (t.expected_result.target() && has_placeholder(t.expected_result.text())) {
      sink.add(at("/key_tasks", i, "expected_result"), zh, en).arg("cell", "期望达到的目标 expected result").arg("text", t.expected_result.text());
    } else if (t.expected_result.text().find("**") != std::string::npos) {
      sink.add(at("/key_tasks", i, "expected_result"), zh, en).arg("cell", "期望达到的目标 expected result").arg("text", t.expected_result.text());
    }
  }
}

void check_unparseable(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for_each_target_cell(form, [&](const auto& path, const TargetValue& v, const Indicator& ind) {
    if (v.target() || has_placeholder(v.text())) return;
    const auto parsed = blank(ind.unit) ? Target::parse(v.text()) : Target::parse(v.text(), ind.unit);
    std::string code = "jixiao.target.unparsed";
    std::string detail = "no parse recorded";
    std::size_t column = 1;
    if (!parsed.diagnostics().empty()) {
      code = parsed.diagnostics().front().code;
      detail = parsed.diagnostics().front().message;
      column = parsed.diagnostics().front().column;
    }
    sink.add(path(), "指标值 {text} 无法识别（第 {column} 个字符：{detail}）",
             "target {text} cannot be read (column {column}: {detail})")
        .arg("text", v.text())
        .arg("column", Decimal(static_cast<std::int64_t>(column)))
        .arg("code", code)
        .arg("detail", detail);
  });
}

void check_mandatory_level1(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  for (const Level1 need : ctx.profile().mandatory_level1) {
    const bool found = std::any_of(form.indicators.begin(), form.indicators.end(), [&](const Indicator& i) {
      return i.level1 == need && !blank(i.name);
    });
    if (found) continue;
    sink.add("/indicators", "缺少必设的一级指标“{level1}”（至少一个三级指标）",
             "mandatory first-level category {level1} ({key}) has no indicator")
        .arg("level1", chinese_name(need))
        .arg("key", to_string(need));
  }
}

void check_level2_parent(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (ind.level1 == Level1::unknown || ind.level2 == Level2::unknown) continue;
    if (belongs_to(ind.level2, ind.level1, ctx.profile().taxonomy)) continue;
    sink.add(at("/indicators", i, "level2"), "二级指标“{level2}”不属于一级指标“{level1}”（现行指标体系应归入“{parent}”）",
             "second-level {level2} does not belong under {level1} in the active taxonomy (expected under {parent})")
        .arg("level2", chinese_name(ind.level2))
        .arg("level1", chinese_name(ind.level1))
        .arg("parent", chinese_name(parent_of(ind.level2, ctx.profile().taxonomy)))
        .expect(chinese_name(parent_of(ind.level2, ctx.profile().taxonomy)), chinese_name(ind.level1));
  }
}

void check_unknown_category(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (ind.level1 == Level1::unknown) {
      sink.add(at("/indicators", i, "level1"), "一级指标“{text}”无法识别", "first-level category {text} is not recognised")
          .arg("text", ind.level1_text.empty() ? std::string("(空)") : ind.level1_text);
    }
    if (ind.level2 == Level2::unknown && !blank(ind.name)) {
      sink.add(at("/indicators", i, "level2"), "二级指标“{text}”无法识别", "second-level category {text} is not recognised")
          .arg("text", ind.level2_text.empty() ? std::string("(空)") : ind.level2_text);
    }
  }
}

void check_empty_level2(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (!blank(ind.name) || ind.annual_target.present() || ind.period_target.present()) continue;
    const std::string name = ind.level2 != Level2::unknown ? chinese_name(ind.level2)
                             : !ind.level2_text.empty()    ? ind.level2_text
                             : ind.level1 != Level1::unknown ? chinese_name(ind.level1)
                                                             : ind.level1_text;
    sink.add(at("/indicators", i), "指标类别“{category}”下没有填写三级指标", "category {category} is listed with no indicator")
        .arg("category", name);
  }
}

struct DuplicateKey {
  Level2 level2;
  std::string_view level2_text;  // only for unknown 二级
  std::string_view name;
  bool operator==(const DuplicateKey& o) const {
    return level2 == o.level2 && level2_text == o.level2_text && name == o.name;
  }
};

struct DuplicateKeyHash {
  std::size_t operator()(const DuplicateKey& k) const noexcept {
    return std::hash<std::string_view>()(k.name) * 31u + std::hash<std::string_view>()(k.level2_text) +
           static_cast<std::size_t>(k.level2);
  }
};

void check_duplicates(const PerformanceForm& form, const RuleContext&, FindingSink& sink) {
  std::unordered_map<DuplicateKey, std::size_t, DuplicateKeyHash> seen;
  seen.reserve(form.indicators.size());
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const auto& ind = form.indicators[i];
    if (blank(ind.name)) continue;
    const DuplicateKey k{ind.level2, ind.level2 == Level2::unknown ? std::string_view(ind.level2_text) : std::string_view(),
                         ind.name};
    const auto [it, fresh] = seen.emplace(k, i);
    if (fresh) continue;
    sink.add(at("/indicators", i, "name"), "三级指标“{name}”与第 {first} 行重复",
             "indicator {name} repeats row {first} of the same category")
        .arg("name", ind.name)
        .arg("first", Decimal(static_cast<std::int64_t>(it->second + 1)))
        .arg("first_path", at("/indicators", it->second));
  }
}

void check_name_length(const PerformanceForm& form, const RuleContext& ctx, FindingSink& sink) {
  const Decimal max = ctx.decimal("max_length");
  for (std::size_t i = 0; i < form.indicators.size(); ++i) {
    const std::size_t n = code_points(form.indicators[i].name);
    if (Decimal(static_cast<std::int64_t>(n)) <= max) continue;
    sink.add(at("/indicators", i, "name"), "三级指标名称长 {length} 个字，超过 {max} 个字",
             "indicator name is {length} characters long, more than {max}")
        .arg("length", Decimal(static_cast<std::int64_t>(n)))
        .arg("max", max);
  }
}

}  // namespace

void add_completeness_rules(RuleList& list) {
  add(list,
      {"JX-C001", "必填内容缺失", "Required content missing", ReviewDimension::completeness, Severity::error, {},
       "A form without its unit name, goals, budget or indicators cannot be reviewed (填报格式规范、内容完整、无缺项).",
       "domain-sources §5.2 [V] S19; §5.3 R1",
       "/goals: error[JX-C001]: required content is missing: 总体绩效目标 overall goals"},
      check_required);
  add(list,
      {"JX-C002", "三级指标缺少年度指标值", "Indicator without an annual target", ReviewDimension::completeness,
       Severity::error, {}, "Every 三级 indicator needs a target value, or it cannot be monitored or scored.",
       "domain-sources §5.3 R1 [VENDOR] G6",
       "/indicators/4/annual_target: error[JX-C002]: indicator 闲置物业摸查台账次数 has no annual target"},
      check_target_present);
  add(list,
      {"JX-C003", "定量指标缺少计量单位", "Quantitative target without a unit", ReviewDimension::completeness,
       Severity::warning, {},
       "A number without a unit (`≥4`) leaves the reviewer to guess what is counted; quantitative targets carry a "
       "计量单位 in the value or the unit column.",
       "domain-sources §5.3 R1 [VENDOR] G6",
       "/indicators/3/annual_target: warning[JX-C003]: quantitative indicator 制定并更新产业项目等地图次数 has no "
       "unit in ≥4"},
      check_units_present);
  add(list,
      {"JX-C004", "留有模板占位符", "Template placeholder left in", ReviewDimension::completeness, Severity::error,
       {}, "Templates ship with `≥**%` or `X`; a placeholder left in means the target was never set.",
       "domain-sources §5.3 R3 [V] S12 [VENDOR] G6",
       "/indicators/0/annual_target: error[JX-C004]: template placeholder left in 指标值 target: ≥**%"},
      check_placeholders);
  add(list,
      {"JX-C005", "指标值无法识别", "Target value cannot be read", ReviewDimension::completeness, Severity::error, {},
       "A target the parser cannot read (OCR garbage, fused cells such as `88100`) is reported with the parser's "
       "diagnostic, never guessed.",
       "DOMAIN.md §3; domain-sources §3",
       "/indicators/2/annual_target: error[JX-C005]: target 290$290% cannot be read (column 4: unexpected "
       "character)"},
      check_unparseable);
  add(list,
      {"JX-C006", "缺少必设的一级指标", "Mandatory first-level category missing", ReviewDimension::completeness,
       Severity::error, {},
       "The profile names the 一级 categories every form must use (default 产出, 效益, 满意度), each with at least "
       "one 三级 indicator.",
       "domain-sources §2.3, §5.3 R5 [K]/[INF]",
       "/indicators: error[JX-C006]: mandatory first-level category 满意度指标 (satisfaction) has no indicator"},
      check_mandatory_level1);
  add(list,
      {"JX-C007", "二级指标与一级指标不匹配", "Second-level category under the wrong first level",
       ReviewDimension::completeness, Severity::error, {},
       "Under the active taxonomy (classic or 财预〔2021〕101号) each 二级 has one 一级; 经济成本 under 产出 is a "
       "mix of the two variants.",
       "DOMAIN.md §2; domain-sources §5.3 R6",
       "/indicators/5/level2: error[JX-C007]: second-level 经济成本指标 does not belong under 产出指标 in the active "
       "taxonomy (expected under 成本指标)"},
      check_level2_parent);
  add(list,
      {"JX-C008", "指标类别无法识别", "Category not recognised", ReviewDimension::completeness, Severity::error, {},
       "A 一级 or 二级 outside the taxonomy (a typo, a shifted cell) hides the indicator from every category rule.",
       "DOMAIN.md §2",
       "/indicators/7/level2: error[JX-C008]: second-level category 数据指标 is not recognised"},
      check_unknown_category);
  add(list,
      {"JX-C009", "指标类别为空", "Category listed without indicators", ReviewDimension::completeness, Severity::info,
       {}, "Templates list every 二级; an empty one is allowed (units may drop 二级) but worth a reviewer's glance.",
       "domain-sources §2.3 [V] S12",
       "/indicators/17: info[JX-C009]: category 成本指标 is listed with no indicator"},
      check_empty_level2);
  add(list,
      {"JX-C010", "三级指标重复", "Duplicate indicator", ReviewDimension::completeness, Severity::warning, {},
       "The same indicator twice in one category double-counts its weight and usually is a copy error.", "[INF]",
       "/indicators/9/name: warning[JX-C010]: indicator 走访及接待企业次数 repeats row 1 of the same category"},
      check_duplicates);
  add(list,
      {"JX-C011", "三级指标名称过长", "Indicator name too long", ReviewDimension::format, Severity::warning,
       {{"max_length", "100", "longest accepted name, in characters"}},
       "Indicator names are short labels; a paragraph in the name cell is usually a goal pasted in the wrong place.",
       "domain-sources §5.3 R2 [VENDOR] G6",
       "/indicators/2/name: warning[JX-C011]: indicator name is 130 characters long, more than 100"},
      check_name_length);
  add(list,
      {"JX-C012", "重点工作任务信息不全", "Key task incomplete", ReviewDimension::completeness, Severity::warning, {},
       "Each 年度重点工作任务 row names the task, its funds and its expected result.", "DOMAIN.md §1",
       "/key_tasks/3/planned_funds: warning[JX-C012]: key task 土地摸查情况 has no 拟投入的资金 planned funds"},
      check_key_task_fields);
  add(list,
      {"JX-C013", "指标行缺少三级指标名称", "Target without an indicator name", ReviewDimension::completeness,
       Severity::error, {}, "A target value with no 三级 name cannot be attributed, monitored or scored.",
       "domain-sources §5.3 R1",
       "/indicators/6/name: error[JX-C013]: a row with target ≥90% has no indicator name"},
      check_unnamed_row);
}

}  // namespace jixiao::detail
