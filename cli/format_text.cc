#include <sstream>

#include "format.h"

namespace corroborate {
namespace cli {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// The length of the well-formed UTF-8 sequence at s[i] (the Unicode Standard's table 3-7:
// no overlong forms, no surrogates, nothing past U+10FFFF), or 0 where there is none.
std::size_t SequenceLength(const std::string& s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  const unsigned lead = byte(0);
  if (lead < 0x80) return 1;
  std::size_t len = 4;
  unsigned lo = 0x80, hi = 0xBF;  // the second byte's range
  if (lead >= 0xC2 && lead <= 0xDF) {
    len = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    len = 3;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
  } else if (lead == 0xF0) {
    lo = 0x90;
  } else if (lead == 0xF4) {
    hi = 0x8F;
  } else if (lead < 0xF1 || lead > 0xF3) {
    return 0;
  }
  if (byte(1) < lo || byte(1) > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if ((byte(k) & 0xC0) != 0x80) return 0;
  return len;
}

// One code point of possibly invalid UTF-8 (each invalid byte is one U+FFFD), advancing *i
// past it; *len is its length in bytes, 0 for an invalid byte.
char32_t Next(const std::string& s, std::size_t* i, std::size_t* len) {
  *len = SequenceLength(s, *i);
  if (*len == 0) {
    ++*i;
    return 0xFFFD;
  }
  static constexpr unsigned char kLeadBits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t cp = static_cast<unsigned char>(s[*i]) & kLeadBits[*len];
  for (std::size_t k = 1; k < *len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += *len;
  return cp;
}

char32_t Next(const std::string& s, std::size_t* i) {
  std::size_t len;
  return Next(s, i, &len);
}

}  // namespace

std::string Printable(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    std::size_t len;
    const char32_t cp = Next(s, &i, &len);
    if (cp == '\t') {
      out += ' ';
    } else if (len == 0 || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      out += kReplacement;
    } else {
      out.append(s, at, len);
    }
  }
  return out;
}

namespace {

// Terminal columns of one code point: East Asian wide characters and emoji take two.
std::size_t Columns(char32_t cp) {
  const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
                    (cp >= 0x3041 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                    (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                    (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
                    (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF) ||
                    (cp >= 0x20000 && cp <= 0x3FFFD);
  return wide ? 2 : 1;
}

std::size_t Width(const std::string& s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) n += Columns(Next(s, &i));
  return n;
}

// At most `width` columns of `s`, cut at a code point boundary, with "..." when cut.
std::string Truncate(const std::string& s, std::size_t width) {
  if (Width(s) <= width) return s;
  std::size_t i = 0, cols = 0;
  while (i < s.size()) {
    std::size_t j = i;
    const std::size_t c = Columns(Next(s, &j));
    if (cols + c > width - 3) break;
    cols += c;
    i = j;
  }
  return s.substr(0, i) + "...";
}

// Greedy word wrap; lines after the first start with `indent` spaces. A word wider than
// a line (CJK text has no spaces) is broken at code point boundaries.
std::string Wrap(const std::string& raw, std::size_t first_col, std::size_t width) {
  std::istringstream words(Printable(raw));
  std::string word, out, line;
  const std::size_t avail = width > first_col + 20 ? width - first_col : 20;
  auto flush = [&] {
    out += line + "\n" + std::string(first_col, ' ');
    line.clear();
  };
  while (words >> word) {
    if (!line.empty() && Width(line) + 1 + Width(word) > avail) flush();
    if (!line.empty()) line += " ";
    for (std::size_t i = 0; i < word.size();) {
      std::size_t j = i;
      const std::size_t c = Columns(Next(word, &j));
      if (!line.empty() && Width(line) + c > avail) flush();
      line.append(word, i, j - i);
      i = j;
    }
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
  for (const Warning& w : r.warnings) out << "warning: " << Wrap(w.message, 9, static_cast<std::size_t>(width)) << "\n";
  std::size_t doc = SIZE_MAX;
  for (const Sentence& s : r.sentences) {
    if (s.doc != doc) {
      doc = s.doc;
      const DocumentInfo& d = r.documents[doc];
      out << "\n" << DocTag(doc) << "  " << Printable(d.label);
      if (d.label != d.id) out << " (" << Printable(d.id) << ")";
      out << "\n" << std::string(static_cast<std::size_t>(width) < 80 ? width : 80, '=') << "\n";
    }
    if (s.kind == Kind::kBoilerplate) {
      const std::string t = Truncate(Printable(s.text), 50);
      out << Pad("", marker_w) << " " << Pad("skip", 8) << " " << Wrap(t, text_col, width) << "\n";
      continue;
    }
    out << Pad(Marker(r, s), marker_w) << " " << Pad(LevelName(s.level), 8) << " "
        << Wrap(s.text, text_col, static_cast<std::size_t>(width)) << "\n";
  }

  out << "\nClaims per level\n";
  out << Pad("outlet", 24) << "  single  several      all    total\n";
  for (std::size_t d = 0; d < n; ++d) {
    const std::string name = Truncate(DocTag(d) + "  " + Printable(r.documents[d].label), 24);
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
