// Replacing what is not valid text, for the readers (which report it) and the writers.
#include "jixiao/io/utf8_text.hpp"

namespace jixiao::io {

std::string valid_text(std::string_view text) {
  if (is_valid_text(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_length_at(text, i);
    if (n == 0 || !is_valid_text(text.substr(i, n))) {  // not UTF-8, or a control character
      out += "\xEF\xBF\xBD";                              // U+FFFD
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

}  // namespace jixiao::io
