// The HTML report's charts, inline SVG without script: the stacked bar of a budget
// identity, the gauge of the self-evaluation total, one bar of the completion chart and
// a traffic light. Lengths come from Decimal ratios rounded to 2 decimals (share_percent).
#include "report_html_detail.hpp"

namespace jixiao::io::detail {
namespace {

// Colours of stacked segments, in turn; readable on white and distinct in print.
constexpr const char* palette[] = {"#1f5fa8", "#2da44e", "#d4a72c", "#8250df", "#cf222e", "#0a7b83", "#bc4c00", "#6e7781"};

constexpr const char* rest_colour = "#c8ced5";

std::string fixed2(const Decimal& d) { return d.format(false, 2); }

}  // namespace

void append_stacked_bar(std::string& out, const std::vector<std::pair<std::string, Decimal>>& segments,
                        bool last_is_rest) {
  Decimal total;
  for (const auto& s : segments) {
    if (s.second.sign() > 0) total += s.second;
  }
  // The colour of segment k: the palette in turn; a remainder (money not placed) grey.
  const auto fill_of = [&](std::size_t k) {
    if (last_is_rest && k + 1 == segments.size()) return rest_colour;
    return palette[k % (sizeof palette / sizeof *palette)];
  };
  out += "<svg class=\"stacked\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\">";
  Decimal x;
  std::size_t colour = 0;
  for (const auto& s : segments) {
    const auto width = share_percent(s.second, total);
    const char* fill = fill_of(colour++);
    if (!width || width->is_zero()) continue;
    out += "<rect class=\"segment\" x=\"" + fixed2(x) + "\" y=\"0\" width=\"" + fixed2(*width) +
           "\" height=\"10\" fill=\"" + fill + "\"><title>" + html_escape(s.first) + "</title></rect>";
    x += *width;
  }
  out += "</svg>\n<div class=\"legend\">";
  colour = 0;
  for (const auto& s : segments) {
    const char* fill = fill_of(colour++);
    out += "<span><i class=\"swatch\" style=\"background:" + std::string(fill) + "\"></i><bdi>" + html_escape(s.first) +
           "</bdi> " + money(s.second) + "</span>";
  }
  out += "</div>\n";
}

void append_gauge(std::string& out, const Decimal& value, const Decimal& max, const std::string& caption) {
  const Decimal filled = share_percent(value, max).value_or(Decimal());
  // A half circle drawn with pathLength 100, so the dash length is the percentage.
  out += "<svg class=\"gauge\" viewBox=\"0 0 220 140\" role=\"img\">"
         "<path d=\"M 20 110 A 90 90 0 0 1 200 110\" pathLength=\"100\" fill=\"none\" stroke=\"#e4e8ec\" stroke-width=\"18\"/>"
         "<path class=\"gauge-value\" d=\"M 20 110 A 90 90 0 0 1 200 110\" pathLength=\"100\" fill=\"none\" stroke=\"#1a7f37\" "
         "stroke-width=\"18\" stroke-dasharray=\"" +
         fixed2(filled) + " 100\"/>";
  out += "<text x=\"110\" y=\"98\" text-anchor=\"middle\" font-size=\"30\" font-weight=\"bold\">" + value.to_string() +
         "</text><text x=\"110\" y=\"132\" text-anchor=\"middle\" font-size=\"13\" fill=\"#57606a\">" + caption +
         "</text></svg>\n";
}

void append_bar_row(std::string& out, const std::string& label, const Decimal& percent, const std::string& figure,
                    bool shortfall) {
  const Decimal width = share_percent(percent, Decimal(100)).value_or(Decimal());
  out += "<div class=\"chart-row\"><span class=\"name\"><bdi>" + html_escape(label) + "</bdi></span>";
  out += "<svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\">"
         "<rect x=\"0\" y=\"0\" width=\"100\" height=\"10\" fill=\"#eef1f4\"/>";
  out += "<rect class=\"bar\" x=\"0\" y=\"0\" width=\"" + fixed2(width) + "\" height=\"10\" fill=\"" +
         (shortfall ? "#d4a72c" : "#2da44e") + "\"/></svg>";
  out += "<span class=\"figure\">" + figure + "</span></div>\n";
}

void append_light(std::string& out, Colour colour) {
  out += "<span class=\"light light-" + std::string(to_string(colour)) + "\" title=\"" + to_string(colour) + "\"></span>";
}

}  // namespace jixiao::io::detail
