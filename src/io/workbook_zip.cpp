// What a workbook file is by its first bytes, and whether its zip may be inflated: the
// sizes a zip declares are read from its central directory before orcus inflates any
// of it, so a zip bomb is refused without being unpacked. Also the zip's members
// unpacked, and a stored zip of them (an .ods is handed to orcus rewritten:
// workbook_ods.cpp).
#include <algorithm>
#include <cstdint>
#include <optional>
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

void put16(std::string& out, std::uint32_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}

// One entry as the central directory declares it.
struct ZipEntry {
  std::uint32_t method;    // 0 stored, 8 deflated
  std::uint32_t crc;       // CRC-32 of the unpacked bytes
  std::uint32_t packed;    // bytes in the file
  std::uint32_t unpacked;  // bytes once inflated
  std::size_t local;       // offset of its local header
  std::string name;        // its path in the zip
};

// The entries the central directory declares, or why they are not read.
struct Directory {
  std::vector<ZipEntry> entries;
  std::optional<ZipProblem> problem;
};

// The entry's data when they inflate to exactly its declared size with its declared
// CRC-32 (zlib); none otherwise. orcus's own zip reader does not check this: a damaged
// deflate stream reaches its XML parser, which aborts (found by workbook_fuzzer).
std::optional<std::string> inflate_entry(std::string_view bytes, const ZipEntry& e) {
  const std::size_t data = e.local + 30 + u16(bytes, e.local + 26) + u16(bytes, e.local + 28);
  if (data > bytes.size() || bytes.size() - data < e.packed) return std::nullopt;
  const auto* in = reinterpret_cast<const Bytef*>(bytes.data() + data);
  if (e.method == 0) {
    if (e.packed != e.unpacked || crc32(0L, in, e.packed) != e.crc) return std::nullopt;
    return std::string(bytes.substr(data, e.packed));
  }
  if (e.method != 8) return std::nullopt;
  std::string out(std::size_t{e.unpacked} + 1, '\0');  // one byte more: a stream that runs on is caught
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return std::nullopt;  // raw deflate, as in a zip
  z.next_in = const_cast<Bytef*>(in);                             // zlib's API is not const; it only reads
  z.avail_in = e.packed;
  z.next_out = reinterpret_cast<Bytef*>(&out[0]);
  z.avail_out = static_cast<uInt>(out.size());
  const int result = inflate(&z, Z_FINISH);
  const uLong produced = z.total_out;
  inflateEnd(&z);
  if (result != Z_STREAM_END || produced != e.unpacked) return std::nullopt;
  out.resize(e.unpacked);
  if (crc32(0L, reinterpret_cast<const Bytef*>(out.data()), e.unpacked) != e.crc) return std::nullopt;
  return out;
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

namespace {

// The central directory of `bytes`: its entries, checked against the file and against
// `max_unzipped` in all, before anything is inflated.
Directory read_directory(std::string_view bytes, std::size_t max_unzipped) {
  Directory d;
  const auto fail = [&d](bool over, const char* why) {
    d.problem = ZipProblem{over, why};
    d.entries.clear();
    return d;
  };
  // The end-of-central-directory record: 22 bytes and a comment of at most 65,535.
  constexpr std::size_t eocd_size = 22;
  if (bytes.size() < eocd_size) return fail(false, "the zip is truncated (no central directory)");
  std::size_t eocd = std::string_view::npos;
  const std::size_t lowest = bytes.size() > eocd_size + 65535 ? bytes.size() - eocd_size - 65535 : 0;
  for (std::size_t at = bytes.size() - eocd_size + 1; at-- > lowest;) {
    if (bytes.compare(at, 4, std::string_view("PK\x05\x06", 4)) == 0) {
      eocd = at;
      break;
    }
  }
  if (eocd == std::string_view::npos) return fail(false, "the zip is truncated (no central directory)");
  const std::uint32_t entries = u16(bytes, eocd + 10);
  const std::uint32_t dir_size = u32(bytes, eocd + 12);
  const std::uint32_t dir_at = u32(bytes, eocd + 16);
  if (entries == 0xFFFF || dir_at == 0xFFFFFFFFu) return fail(false, "a zip64 archive (far larger than any form)");
  // The entries "on this disk" and in all must agree (a workbook is one disk): orcus counts
  // the first, this check the second, and a zip where they differ had orcus read entries
  // nobody checked (found by workbook_fuzzer: a 4 GiB allocation).
  if (u16(bytes, eocd + 8) != entries || u16(bytes, eocd + 4) != 0 || u16(bytes, eocd + 6) != 0) {
    return fail(false, "the zip's central directory is damaged (its entry counts disagree or it spans disks)");
  }
  if (std::size_t{dir_at} + dir_size > eocd) return fail(false, "the zip's central directory lies outside the file");
  unsigned long long total = 0;
  std::size_t at = dir_at;
  for (std::uint32_t k = 0; k < entries; ++k) {
    if (at + 46 > eocd || bytes.compare(at, 4, std::string_view("PK\x01\x02", 4)) != 0) {
      return fail(false, "the zip's central directory is damaged");
    }
    // orcus allocates what an entry declares: its packed size must fit in the file (found
    // by workbook_fuzzer: a packed size of 4 GiB), and so must the local header's.
    const std::uint32_t packed = u32(bytes, at + 20);
    const std::uint32_t local = u32(bytes, at + 42);
    const std::size_t name_size = u16(bytes, at + 28);
    if (packed > bytes.size() || std::size_t{local} + 30 > bytes.size() ||
        bytes.compare(local, 4, std::string_view("PK\x03\x04", 4)) != 0 || u32(bytes, local + 18) > bytes.size() ||
        at + 46 + name_size > eocd) {
      return fail(false, "the zip's central directory is damaged");
    }
    total += std::max(u32(bytes, at + 24), u32(bytes, local + 22));  // unpacked size (either header's)
    if (total > max_unzipped) return fail(true, "the zip unpacks to more than the limit");
    d.entries.push_back(ZipEntry{u16(bytes, at + 10), u32(bytes, at + 16), packed, u32(bytes, at + 24), local,
                                 std::string(bytes.substr(at + 46, name_size))});
    at += 46 + name_size + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return d;
}

}  // namespace

std::optional<ZipProblem> zip_problem(std::string_view bytes, std::size_t max_unzipped) {
  const Directory d = read_directory(bytes, max_unzipped);
  if (d.problem) return d.problem;
  // Only once every declared size is within the limit, each entry is inflated and checked.
  for (const ZipEntry& entry : d.entries) {
    if (!inflate_entry(bytes, entry)) return ZipProblem{false, "a zip entry is damaged (its data does not match its checksum)"};
  }
  return std::nullopt;
}

std::optional<std::vector<ZipMember>> zip_members(std::string_view bytes, std::size_t max_unzipped) {
  const Directory d = read_directory(bytes, max_unzipped);
  if (d.problem) return std::nullopt;
  std::vector<ZipMember> out;
  for (const ZipEntry& entry : d.entries) {
    std::optional<std::string> data = inflate_entry(bytes, entry);
    if (!data) return std::nullopt;
    out.push_back(ZipMember{entry.name, std::move(*data)});
  }
  return out;
}

std::optional<std::string> stored_zip(const std::vector<ZipMember>& members) {
  std::string out;
  std::string directory;
  for (const ZipMember& m : members) {
    if (m.data.size() > 0xFFFFFFF0u || m.name.size() > 0xFFFF || out.size() > 0xFFFFFFF0u - m.data.size()) return std::nullopt;
    const auto crc = static_cast<std::uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(m.data.data()),
                                                      static_cast<uInt>(m.data.size())));
    const auto size = static_cast<std::uint32_t>(m.data.size());
    const auto name = static_cast<std::uint32_t>(m.name.size());
    const auto offset = static_cast<std::uint32_t>(out.size());
    // Local header: version 2.0, no flags, stored, 1980-01-01 00:00.
    put32(out, 0x04034b50);
    for (const std::uint32_t v : {20u, 0u, 0u, 0u, 0x21u}) put16(out, v);
    for (const std::uint32_t v : {crc, size, size}) put32(out, v);
    put16(out, name);
    put16(out, 0);
    out += m.name;
    out += m.data;
    put32(directory, 0x02014b50);
    for (const std::uint32_t v : {20u, 20u, 0u, 0u, 0u, 0x21u}) put16(directory, v);
    for (const std::uint32_t v : {crc, size, size}) put32(directory, v);
    for (const std::uint32_t v : {name, 0u, 0u, 0u, 0u}) put16(directory, v);
    put32(directory, 0);
    put32(directory, offset);
    directory += m.name;
  }
  if (members.size() >= 0xFFFF || out.size() > 0xFFFFFFF0u - directory.size()) return std::nullopt;
  const auto directory_at = static_cast<std::uint32_t>(out.size());
  out += directory;
  put32(out, 0x06054b50);
  for (const std::uint32_t v : {0u, 0u, static_cast<std::uint32_t>(members.size()), static_cast<std::uint32_t>(members.size())}) {
    put16(out, v);
  }
  put32(out, static_cast<std::uint32_t>(directory.size()));
  put32(out, directory_at);
  put16(out, 0);
  return out;
}

}  // namespace jixiao::io::detail
