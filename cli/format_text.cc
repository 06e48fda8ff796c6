#include <sstream>

#include "format.h"

namespace corroborate {
namespace cli {
namespace {

// Display width: code points, which is right for the Latin text of news.
std::size_t Width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Greedy word wrap; lines after the first start with `indent` spaces.
std::string Wrap(const std::string& text, std::size_t first_col, std::size_t width) {
  std::istringstream words(text);
  std::string word, out, line;
  const std::size_t avail = width > first_col + 20 ? width - first_col : 20;
  while (words >> word) {
    if (!line.empty() && Width(line) + 1 + Width(word) > avail) {
      out += line + "\n" + std::string(first_col, ' ');
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  return out + line;
}

std::string Marker(const Report& r, const Sentence& s) {
  const std::size_t n = r.documents.size();
  if (n > 12) return "[" + std::to_string(s.outlets) + "/" + std::to_string(n) + "]";
  std::string m(n, '-');
  m[s.doc] = '#';
  for (const Support& sup : s.support) m[sup.doc] = '#';
  return "[" + m + "]";
}

std::string Pad(std::string s, std::size_t w) {
  if (Width(s) < w) s += std::string(w - Width(s), ' ');
  return s;
}

}  // namespace

std::string FormatText(const Report& r, int width) {
  std::ostringstream out;
  const std::size_t n = r.documents.size();
  const std::size_t marker_w = n > 12 ? 9 : n + 2;
  const std::size_t text_col = marker_w + 1 + 8 + 1;
  std::vector<int> per_level(r.documents.size() * 3, 0);
  for (const Sentence& s : r.sentences)
    if (s.kind == Kind::kClaim) ++per_level[s.doc * 3 + static_cast<int>(s.level) - 1];

  out << "corroborate " << Version() << ": " << n << " document" << (n == 1 ? "" : "s")
      << "; # marks each outlet that states the claim\n";
  for (const Warning& w : r.warnings) out << "warning: " << w.message << "\n";
  std::size_t doc = SIZE_MAX;
  for (const Sentence& s : r.sentences) {
    if (s.doc != doc) {
      doc = s.doc;
      const DocumentInfo& d = r.documents[doc];
      out << "\n" << DocTag(doc) << "  " << d.label;
      if (d.label != d.id) out << " (" << d.id << ")";
      out << "\n" << std::string(static_cast<std::size_t>(width) < 80 ? width : 80, '=') << "\n";
    }
    if (s.kind == Kind::kBoilerplate) {
      std::string t = s.text.size() > 50 ? s.text.substr(0, 47) + "..." : s.text;
      out << Pad("", marker_w) << " " << Pad("skip", 8) << " " << Wrap(t, text_col, width) << "\n";
      continue;
    }
    out << Pad(Marker(r, s), marker_w) << " " << Pad(LevelName(s.level), 8) << " "
        << Wrap(s.text, text_col, static_cast<std::size_t>(width)) << "\n";
  }

  out << "\nClaims per level\n";
  out << Pad("outlet", 24) << "  single  several      all    total\n";
  for (std::size_t d = 0; d < n; ++d) {
    std::string name = DocTag(d) + "  " + r.documents[d].label;
    if (Width(name) > 24) name = name.substr(0, 21) + "...";
    const int a = per_level[d * 3], b = per_level[d * 3 + 1], c = per_level[d * 3 + 2];
    char row[64];
    std::snprintf(row, sizeof row, "  %6d  %7d  %7d  %7d\n", a, b, c, a + b + c);
    out << Pad(name, 24) << row;
  }
  const auto all = DistinctAllClaims(r);
  out << "\nStated by all " << n << " outlets (" << all.size() << ")\n";
  if (n < 2) out << "  (one document: nothing to compare with)\n";
  for (std::size_t id : all) {
    const Sentence& s = r.sentences[id];
    out << "  - " << Wrap(s.text + " [" + DocTag(s.doc) + "]", 4, static_cast<std::size_t>(width)) << "\n";
  }
  return out.str();
}

}  // namespace cli
}  // namespace corroborate
