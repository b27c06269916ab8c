// Eight bytes at a time (SWAR) for the byte scans of the JSON reader and writer: one home
// for the word tests, so each scan says what it looks for, not how.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace jixiao::io::detail {

/// The eight bytes of `text` at `i` as one word (the caller checks i + 8 <= size).
inline std::uint64_t word_at(std::string_view text, std::size_t i) noexcept {
  std::uint64_t word;
  std::memcpy(&word, text.data() + i, 8);
  return word;
}

constexpr std::uint64_t kByteOnes = 0x0101010101010101ull;
constexpr std::uint64_t kByteHighs = 0x8080808080808080ull;

/// Non-zero when a byte of `word` is below `n` (n ≤ 0x80). Exact for "any": a borrow
/// only reaches a byte above one that is itself below `n`.
constexpr std::uint64_t bytes_below(std::uint64_t word, unsigned n) noexcept {
  return (word - kByteOnes * n) & ~word & kByteHighs;
}

/// Non-zero when a byte of `word` equals `c`.
constexpr std::uint64_t bytes_equal(std::uint64_t word, unsigned char c) noexcept {
  return bytes_below(word ^ (kByteOnes * c), 1);
}

/// Non-zero when a byte of `word` is 0x80 or above (not ASCII).
constexpr std::uint64_t high_bytes(std::uint64_t word) noexcept { return word & kByteHighs; }

}  // namespace jixiao::io::detail
