// Must not compile (issue 18): a host cannot give a target cell the text `≥99%` and,
// separately, the value 95%; the reading is made from the text (or the text from the
// Target) in one constructor. With JIXIAO_CONTROL_CONSTRUCTOR it builds the cell that
// way and must compile (the control).
#include <jixiao/indicator.hpp>

int main() {
  jixiao::Indicator ind;
#ifdef JIXIAO_CONTROL_CONSTRUCTOR
  ind.annual_target = jixiao::TargetValue("≥99%");
#else
  ind.annual_target.text = "≥99%";
  ind.annual_target.target = jixiao::Target::parse("≥95%").value();
#endif
  return ind.annual_target.present() ? 0 : 1;
}
