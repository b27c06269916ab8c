// Must not compile (issue 18): a host cannot give an actual the text `98%` and,
// separately, the value 95%; `read_observation` sets the text and its reading together.
// With JIXIAO_CONTROL_CONSTRUCTOR it reads the cell that way and must compile (the
// control).
#include <jixiao/observation.hpp>

int main() {
  jixiao::Observation actual;
#ifdef JIXIAO_CONTROL_CONSTRUCTOR
  (void)jixiao::read_observation("98%", actual);
#else
  actual.text_ = "98%";
  actual.value_ = jixiao::Quantity{jixiao::Decimal(95), jixiao::Unit::parse("%")};
#endif
  return actual.value() ? 0 : 1;
}
