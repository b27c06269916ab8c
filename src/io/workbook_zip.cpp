// What a workbook file is by its first bytes, and whether its zip may be inflated: the
// sizes a zip declares are read from its central directory before orcus inflates any
// of it, so a zip bomb is refused without being unpacked.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <zlib.h>

#include "workbook_detail.hpp"

namespace jixiao::io::detail {
namespace {

std::uint32_t u16(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8;
}

std::uint32_t u32(std::string_view b, std::size_t at) { return u16(b, at) | u16(b, at + 2) << 16; }

// One entry as the central directory declares it.
struct ZipEntry {
  std::uint32_t method;    // 0 stored, 8 deflated
  std::uint32_t crc;       // CRC-32 of the unpacked bytes
  std::uint32_t packed;    // bytes in the file
  std::uint32_t unpacked;  // bytes once inflated
  std::size_t local;       // offset of its local header
};

// True when the entry's data inflate to exactly its declared size with its declared
// CRC-32 (zlib). orcus's own zip reader does not check this: a damaged deflate stream
// reaches its XML parser, which aborts (found by workbook_fuzzer).
bool entry_is_sound(std::string_view bytes, const ZipEntry& e) {
  const std::size_t data = e.local + 30 + u16(bytes, e.local + 26) + u16(bytes, e.local + 28);
  if (data > bytes.size() || bytes.size() - data < e.packed) return false;
  const auto* in = reinterpret_cast<const Bytef*>(bytes.data() + data);
  if (e.method == 0) return e.packed == e.unpacked && crc32(0L, in, e.packed) == e.crc;
  if (e.method != 8) return false;
  std::vector<Bytef> out(std::size_t{e.unpacked} + 1);  // one byte more: a stream that runs on is caught
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return false;  // raw deflate, as in a zip
  z.next_in = const_cast<Bytef*>(in);                      // zlib's API is not const; it only reads
  z.avail_in = e.packed;
  z.next_out = out.data();
  z.avail_out = static_cast<uInt>(out.size());
  const int result = inflate(&z, Z_FINISH);
  const uLong produced = z.total_out;
  inflateEnd(&z);
  return result == Z_STREAM_END && produced == e.unpacked && crc32(0L, out.data(), e.unpacked) == e.crc;
}

}  // namespace

WorkbookKind workbook_kind(std::string_view bytes) noexcept {
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return WorkbookKind::zip;
  if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) return WorkbookKind::ole;
  std::size_t i = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) ++i;
  if (bytes.substr(i, 5) == "<?xml") return WorkbookKind::xml;
  return WorkbookKind::unknown;
}

bool encrypted_package(std::string_view bytes) noexcept {
  // The stream name in the compound file's directory, in UTF-16LE.
  static const std::string name = [] {
    std::string n;
    for (const char c : std::string_view("EncryptedPackage")) {
      n += c;
      n += '\0';
    }
    return n;
  }();
  return bytes.find(name) != std::string_view::npos;
}

std::optional<ZipProblem> zip_problem(std::string_view bytes, std::size_t max_unzipped) {
  // The end-of-central-directory record: 22 bytes and a comment of at most 65,535.
  constexpr std::size_t eocd_size = 22;
  if (bytes.size() < eocd_size) return ZipProblem{false, "the zip is truncated (no central directory)"};
  std::size_t eocd = std::string_view::npos;
  const std::size_t lowest = bytes.size() > eocd_size + 65535 ? bytes.size() - eocd_size - 65535 : 0;
  for (std::size_t at = bytes.size() - eocd_size + 1; at-- > lowest;) {
    if (bytes.compare(at, 4, std::string_view("PK\x05\x06", 4)) == 0) {
      eocd = at;
      break;
    }
  }
  if (eocd == std::string_view::npos) return ZipProblem{false, "the zip is truncated (no central directory)"};
  const std::uint32_t entries = u16(bytes, eocd + 10);
  const std::uint32_t dir_size = u32(bytes, eocd + 12);
  const std::uint32_t dir_at = u32(bytes, eocd + 16);
  if (entries == 0xFFFF || dir_at == 0xFFFFFFFFu) return ZipProblem{false, "a zip64 archive (far larger than any form)"};
  if (std::size_t{dir_at} + dir_size > eocd) return ZipProblem{false, "the zip's central directory lies outside the file"};
  unsigned long long total = 0;
  std::size_t at = dir_at;
  std::vector<ZipEntry> entries_read;
  for (std::uint32_t k = 0; k < entries; ++k) {
    if (at + 46 > eocd || bytes.compare(at, 4, std::string_view("PK\x01\x02", 4)) != 0) {
      return ZipProblem{false, "the zip's central directory is damaged"};
    }
    // orcus allocates what an entry declares: its packed size must fit in the file (found
    // by workbook_fuzzer: a packed size of 4 GiB), and so must the local header's.
    const std::uint32_t packed = u32(bytes, at + 20);
    const std::uint32_t local = u32(bytes, at + 42);
    if (packed > bytes.size() || std::size_t{local} + 30 > bytes.size() ||
        bytes.compare(local, 4, std::string_view("PK\x03\x04", 4)) != 0 || u32(bytes, local + 18) > bytes.size()) {
      return ZipProblem{false, "the zip's central directory is damaged"};
    }
    total += std::max(u32(bytes, at + 24), u32(bytes, local + 22));  // unpacked size (either header's)
    if (total > max_unzipped) {
      return ZipProblem{true, "the zip unpacks to more than the limit"};
    }
    entries_read.push_back(ZipEntry{u16(bytes, at + 10), u32(bytes, at + 16), packed, u32(bytes, at + 24), local});
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  // Only once every declared size is within the limit, each entry is inflated and checked.
  for (const ZipEntry& entry : entries_read) {
    if (!entry_is_sound(bytes, entry)) return ZipProblem{false, "a zip entry is damaged (its data does not match its checksum)"};
  }
  return std::nullopt;
}

}  // namespace jixiao::io::detail
