// Internal: the unit catalogue lookup shared by Unit::parse and the target parser.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

#include "jixiao/decimal.hpp"
#include "jixiao/quantity.hpp"

namespace jixiao::detail {

/// What the catalogue knows about a normalised unit spelling. The symbol and base are
/// assembled in fixed buffers (a multiplier or a rate joins several entries).
struct UnitFacts {
  Dimension dimension = Dimension::unknown;
  Decimal factor = Decimal(1);
  char symbol[64];
  std::size_t symbol_size = 0;
  char base[64];
  std::size_t base_size = 0;
};

/// Looks up a normalised spelling (no surrounding spaces): a catalogue entry, a `万`/`亿`
/// multiplier before a count, area, mass, length or money entry, or a rate whose parts
/// are all known. Returns false for anything else.
bool lookup_unit(std::string_view normalized, UnitFacts& out) noexcept;

/// The table row of a normalised spelling of a single catalogue entry (no multiplier,
/// no rate), or -1.
int catalogue_row(std::string_view normalized) noexcept;

/// The shared facts of a table row (from catalogue_row).
std::shared_ptr<const UnitInfo> row_info(int row);

/// The Unit of table row `row` (from catalogue_row), written as `spelling`: what
/// Unit::parse(spelling) gives, without its trimming and normalising.
Unit catalogue_unit(std::string_view spelling, int row);

/// The shared facts of a normalised spelling (see lookup_unit), or null when it is not
/// in the catalogue. Table rows and interned composites are returned without ownership.
std::shared_ptr<const UnitInfo> find_unit(std::string_view normalized);

/// True when the normalised spelling is a catalogue unit (lookup_unit succeeds).
bool is_catalogue_unit(std::string_view normalized) noexcept;

}  // namespace jixiao::detail
