// The bundled seed form (tests/data/seed-suigang-2024-department.tsv, 广州开发区穗港智造
// 合作区管理委员会, 2024 部门整体预算绩效目标申报表) built in code, cell by cell, as the
// importer repairs it: rows whose cells are shifted in the published table (the 年鉴
// task, 质量指标, 时效指标, 成本指标, 生态效益指标, 可持续影响指标, 满意度指标) are put
// back under their columns. The 质量指标 row carries a single value (≥90%) in the
// source, which sits under 实施周期指标值; its 年度指标值 cell is absent.
#pragma once

#include "rules_support.hpp"

namespace jixiao::test {

inline PerformanceForm seed_form() {
  PerformanceForm f;
  f.kind = FormKind::department;
  f.unit_name = "广州开发区穗港智造合作区管理委员会（部门）";
  f.year = 2024;
  f.goals = {
      "<p>目标1：通过走访接访企业、举办政策宣讲、产销对接等活动，搭建政企沟通交流平台，为区域内所服务的企业提供更全面、优质、高效的保障服务，积极协调解决企业生产经营中的实际困难及问题，促进区域经济发展；目标2：全面分类别建立并定期更新穗港智造合作区（智能制造园区）土地物业台账，绘制相关地图，并同步更新三维立体地图系统。穗港智造合作区产业项目用地图、可利用地块图、特殊监管区域产业项目图。；目标3：通过协助街道等安全监管单位，配合做好相关安全生产工作；目标4：做好市库项目的招商工作、项目服务、外出考察招商工作以及区域宣传推广工作，提升区域知名度，优化营商环境；目标5：完成年鉴入编《中国保税区出口加工区年鉴》工作；目标6：完成2023年档案资料整理归档，编写历史年度的组织机构沿革；配合协调解决企业遇到的问题，帮助企业扩大生产和顺利运营等事项；目标7：配合协调解决企业遇到的问题，帮助企业扩大生产和顺利运营等事项；目标8：通过租赁办公场所，购买物业管理服务，保障正常工作的开展，提高工作效率；目标9：保障特殊监管区域社会治安和卡口管理有序，设施完善；保障海关特殊监管区域社会治安和卡口管理有序，设施完善，企业通关环境稳定企业通关环境稳定。目标10：坚持服务企业，积极推进非工会企业工会组织的建立。围绕关工工作中心，积极配合企业，服务企业开展工作。落实“党建带关建”工作机制，着力推进关工组织建设。</p>"};
  f.budget.breakdowns = {
      block(BreakdownKind::expenditure, "部门预算支出",
            {line(BudgetCategory::basic_expenditure, "基本支出", "966.36"),
             line(BudgetCategory::project_expenditure, "项目支出", "1,025.93")}),
      block(BreakdownKind::income, "收入来源",
            {line(BudgetCategory::fiscal_appropriation, "财政拨款", "1,992.29"),
             line(BudgetCategory::other_funds, "其他资金", "0.00")}),
      block(BreakdownKind::development, "事业发展性支出",
            {line(BudgetCategory::special_fiscal_funds, "财政专项资金", "0.00"),
             line(BudgetCategory::other_development_expenditure, "其他事业发展性支出", "0.00")}),
      block(BreakdownKind::level, "按预算级次划分",
            {line(BudgetCategory::district_level, "区本级使用资金", "1,992.29"),
             line(BudgetCategory::transfer_to_lower_level, "拟用于对下转移支付资金", "0.00")}),
  };
  f.key_tasks = {
      task("做好促进经济指标增长工作", "企业服务工作经费", "30.00",
           "深入调研，了解企业经营情况，为所服务的企业企业提供更全面、优质、高效的保障服务，促进区域经济不断发展。"),
      task("系统正常运行率", "特殊监管区域管理经", "38.06", "≥95%"),
      task("保障特殊监管区域围网监管全面覆盖、电子卡口运作有序、企业通关环境稳定", "特殊监管区域管理经", "370.00",
           "保障特殊监管区域围网监管全面覆盖、电子卡口运作有序、企业通关环境稳定"),
      task("保障特殊监管区域社会治安和卡口管理有序，设施完善", "特殊监管区域管理经", "259.94",
           "保障三个特殊监管区域社会治安和卡口管理有序，设施完善"),
      task("走访了解企业，指导和帮助开展关工活动", "关工委经费", "5.00", "推动成立关工委的企业在开展关工活动中形势多样化"),
      task("保障正常工作环境，使办公楼工作环境保持整洁、安全、舒适", "房租、物业管理及水电费", "78.43",
           "提供办公需要，保障正常工作环境，使办公楼工作环境保持整洁、安全、舒适。"),
      task("市招商项目库的入库招商工作", "招商工作经费", "2.00", "精准引入不同种类项目，丰富园区业态。"),
      task("做好落地项目筹建工作，协助企业尽快投产", "招商工作经费", "2.00", "为园区持续稳定发展贡献力量，增收创收。"),
      task("学习其他地区先进做法", "招商工作经费", "2.00", "借鉴其他地区的先进经验，做好本区的招商推广工作。"),
      task("做好区域宣传推广工作", "招商工作经费", "2.40", "活跃区域经济，优化营商环境。"),
      task("做好政策宣传工作", "企业服务工作经费", "30.00",
           "通过走访接访及政策宣讲活动等方式宣传各类产业政策，促进企业了解区内政策。"),
      task("协调企业经营问题", "企业服务工作经费", "39.00", "协调解决企业生产经营中的实际困难及问题。"),
      task("土地摸查情况", "土地物业摸查经费", "18.80",
           "每月更新区域内可利用土地、到期土地、空置用地、低效用地、闲置物业情况台账"),
      task("完成年鉴入编《中国保税区出口加工区年鉴》工作", "综合业务经费", "3.60", "1项"),
      task("组织开展双碳业务服务", "综合业务经费", "10.00", "≥10次"),
      task("帮扶企业顺利运营工作", "综合业务经费", "4.70", "1项"),
  };
  f.other_tasks = {{"完成2023年档案资料进行归档公用经费（其他）拟投入资金：4（万元）", d("4"), "万元"},
                   {"组织协调开展安全生风险评估公用经费（其他）拟投入资金：3（万元）", d("3"), "万元"}};
  using L1 = Level1;
  using L2 = Level2;
  f.indicators = {
      indicator(L1::output, L2::quantity, "走访及接待企业次数", "≥50次", "≥50次"),
      indicator(L1::output, L2::quantity, "政策宣讲、产销对接等活动次数", "≥6场", "≥6场"),
      indicator(L1::output, L2::quantity, "促进经济发展负责企业政策宣传覆盖率", "工业90%以上，商贸服务业80%以上",
                "工业90%以上，商贸服务业80%以上"),
      indicator(L1::output, L2::quantity, "制定并更新产业项目等地图次数", "≥4", "≥4"),
      indicator(L1::output, L2::quantity, "闲置物业摸查台账次数", "≥12", "≥12"),
      indicator(L1::output, L2::quantity, "建立工业土地产出效益台账次数", "≥1", "≥1"),
      indicator(L1::output, L2::quantity, "更新区域地块台账次数", "≥12", "≥12"),
      indicator(L1::output, L2::quantity, "全年支付次数", "4次", "4次"),
      indicator(L1::output, L2::quantity, "园区内重大公共治安案发数", "0起", "0起"),
      indicator(L1::output, L2::quantity, "赴其他地区考察招商次数", "1次", "1次"),
      indicator(L1::output, L2::quantity, "市招商项目库的入库项目数", "5个", "5个"),
      indicator(L1::output, L2::quantity, "落地项目筹建数", "5个", "5个"),
      indicator(L1::output, L2::quantity, "开展区域宣传推广次数", "1次", "1次"),
      indicator(L1::output, L2::quality, "协调问题反馈率", "≥90%", ""),
      indicator(L1::output, L2::quality, "办公用房清洁卫生覆盖率", "100%", "100%"),
      indicator(L1::output, L2::quality, "保安日常巡查覆盖率", "100%", "100%"),
      indicator(L1::output, L2::timeliness, "按时发放经费及时率", "100%", "100%"),
      indicator(L1::output, L2::cost, "", "", ""),
      indicator(L1::benefit, L2::economic_benefit, "", "", ""),
      indicator(L1::benefit, L2::social_benefit, "档案正常使用年限", "≥10年", "≥10年"),
      indicator(L1::benefit, L2::social_benefit, "办公用房面积超标率", "0%", "0%"),
      indicator(L1::benefit, L2::social_benefit, "治安监控覆盖率", "100%", "100%"),
      indicator(L1::benefit, L2::ecological_benefit, "", "", ""),
      indicator(L1::benefit, L2::sustainable_impact, "", "", ""),
      indicator(L1::satisfaction, L2::satisfaction, "信息系统用户满意度", "≥95%", "≥95%"),
      indicator(L1::satisfaction, L2::satisfaction, "辖内青少年满意率", "≥95%", "≥95%"),
  };
  return f;
}

}  // namespace jixiao::test
