#include "batch_progress.hpp"

#include <iostream>

namespace jixiao::tool {
namespace {

std::string clock_text(long long seconds) {
  const long long h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
  std::string out = h > 0 ? std::to_string(h) + ":" : "";
  out += (h > 0 && m < 10 ? "0" : "") + std::to_string(m) + ":" + (s < 10 ? "0" : "") + std::to_string(s);
  return out;
}

}  // namespace

std::string ProgressBar::line(const io::BatchTotals& t) const {
  const long long ms = std::chrono::duration_cast<std::chrono::milliseconds>(t.elapsed).count();
  const long long rate = ms > 0 ? static_cast<long long>(t.done) * 1000 / ms : 0;  // whole records per second
  std::string out;
  if (total_ && *total_ > 0) {
    constexpr std::size_t width = 30;
    const std::size_t filled = std::min(width, t.done * width / *total_);
    out += '[' + std::string(filled, '#') + std::string(width - filled, '.') + "] ";
    out += std::to_string(t.done) + "/" + std::to_string(*total_);
  } else {
    out += std::to_string(t.done);
  }
  out += " records, " + std::to_string(rate) + "/s, " + std::to_string(t.failed) + " errors";
  if (total_ && rate > 0 && t.done < *total_) {
    out += ", ETA " + clock_text(static_cast<long long>(*total_ - t.done) / rate);
  }
  return out;
}

void ProgressBar::update(const io::BatchTotals& t) {
  if (!terminal_) return;
  if (drawn_ && t.elapsed - drawn_at_ < std::chrono::milliseconds(100)) return;
  std::cerr << '\r' << line(t) << "\x1b[K" << std::flush;
  drawn_at_ = t.elapsed;
  drawn_ = true;
}

void ProgressBar::finish(const io::BatchTotals& t) {
  if (!terminal_) return;
  std::cerr << '\r' << line(t) << "\x1b[K\n" << std::flush;
}

}  // namespace jixiao::tool
