// Must not compile: floating point never converts to jixiao::Decimal.
// With JIXIAO_CONTROL_INTEGER it uses an integer and must compile (the control).
#include <jixiao/decimal.hpp>

int main() {
#ifdef JIXIAO_CONTROL_INTEGER
  jixiao::Decimal d = 1;
#else
  jixiao::Decimal d = 0.1;
#endif
  return d.is_zero() ? 0 : 1;
}
