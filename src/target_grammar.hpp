// Internal: the pieces of the target grammar that live in their own files (dates,
// qualitative words), shared with the main parser in target_parse.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "jixiao/diagnostic.hpp"
#include "jixiao/target.hpp"
#include "target_text.hpp"

namespace jixiao::detail {

/// Outcome of trying one grammar on a text.
enum class Match { no, yes, error };

/// Tries the deadline / date-range grammar on normalised [begin, end) of `text`:
/// `2021年12月31日`, `12月底前`, `每年12月底前`, `2021.12`, `2021年1月-12月`, … On `yes`
/// fills `out` (raw text left empty); on `error` (a date-shaped text with an impossible
/// date) fills `diag`; `no` means the text is not date-shaped.
Match parse_date_target(const NormText& text, std::size_t begin, std::size_t end, Target& out, Diagnostic& diag);

/// Target::parse without its fast path: the general grammar alone. The fast path must
/// give exactly what this gives (tests/target_fast_path_test.cpp, the fuzzer).
/// `explicit_op` tells whether a comparator was written (a bare value is `=` implicitly).
Parsed<Target> parse_general(std::string_view text, bool& explicit_op);

/// What Target::parse runs (fast path, then the general grammar), with `explicit_op`.
Parsed<Target> parse_with_op(std::string_view text, bool& explicit_op);

/// Days in `month` (1..12); February has 29 days only when the year is known and leap.
int days_in_month(std::optional<int> year, int month) noexcept;

/// The category of a qualitative text (normalised).
QualitativeCategory categorize(std::string_view normalized) noexcept;

/// True when a number-less text looks like an indicator name (`发放时间达标率`) rather
/// than a target: it ends in a measure noun and states no direction or level.
bool looks_like_indicator_name(std::string_view normalized) noexcept;

}  // namespace jixiao::detail
