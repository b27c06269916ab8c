// Quantity: exact conversion between units of one dimension.
#include "jixiao/quantity.hpp"

#include <ostream>

namespace jixiao {

std::optional<Quantity> Quantity::convert_to(const Unit& target) const {
  if (unit == target) return *this;
  if (!convertible(unit, target)) return std::nullopt;
  // value × from.factor / to.factor, exactly: the product is exact; the quotient is kept
  // only when it terminates within 18 decimals (1 亩 → 平方米 does not).
  const Decimal product = value * unit.factor();
  const Decimal& divisor = target.factor();
  if (divisor.is_zero()) return std::nullopt;
  for (int scale = product.scale(); scale <= Decimal::max_scale; ++scale) {
    Decimal down;
    Decimal up;
    try {
      down = divide(product, divisor, scale, RoundingMode::down);
      up = divide(product, divisor, scale, RoundingMode::up);
    } catch (const decimal_error&) {
      return std::nullopt;  // the quotient runs past 18 digits before it terminates
    }
    if (down.identical(up)) return Quantity{down, target};
  }
  return std::nullopt;
}

std::ostream& operator<<(std::ostream& out, const Quantity& q) { return out << q.value << q.unit.symbol(); }

}  // namespace jixiao
