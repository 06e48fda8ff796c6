#include "terms/quantity.h"

#include <charconv>
#include <cmath>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "text/number.h"
#include "text/word_table.h"

namespace corroborate {
namespace terms {
namespace {

// Everything a word can stand for in a quantity phrase. One word may be several things:
// "second" is an ordinal and a unit, "a" a number word and an article.
struct Meaning {
  bool number = false, ordinal = false, scale = false, unit = false;
  double number_value = 0, ordinal_value = 0, scale_value = 0, unit_seconds = 0;
  int month = 0;                // 1-12, or 0
  const char* day = nullptr;    // the weekday's full name
};

using MeaningTable = text::WordTable<Meaning>;

struct Word {
  const char* text;
  double value;
};

constexpr Word kNumberWords[] = {
    {"one", 1},        {"two", 2},        {"three", 3},      {"four", 4},       {"five", 5},
    {"six", 6},        {"seven", 7},      {"eight", 8},      {"nine", 9},       {"ten", 10},
    {"eleven", 11},    {"twelve", 12},    {"thirteen", 13},  {"fourteen", 14},  {"fifteen", 15},
    {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18},  {"nineteen", 19},  {"twenty", 20},
    {"thirty", 30},    {"forty", 40},     {"fifty", 50},     {"sixty", 60},     {"seventy", 70},
    {"eighty", 80},    {"ninety", 90},    {"hundred", 100},  {"dozen", 12},     {"a", 1},
    {"an", 1},         {"half", 0.5}};

constexpr Word kOrdinals[] = {{"first", 1},   {"second", 2}, {"third", 3}, {"fourth", 4},
                              {"fifth", 5},   {"sixth", 6},  {"seventh", 7}, {"eighth", 8},
                              {"ninth", 9},   {"tenth", 10}};

constexpr Word kScales[] = {{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
                            {"trillion", 1e12}, {"bn", 1e9},     {"mn", 1e6},
                            {"k", 1e3}};

constexpr Word kUnits[] = {{"second", 1},       {"seconds", 1},      {"minute", 60},
                           {"minutes", 60},     {"min", 60},         {"mins", 60},
                           {"hour", 3600},      {"hours", 3600},     {"hr", 3600},
                           {"hrs", 3600},       {"day", 86400},      {"days", 86400},
                           {"week", 604800},    {"weeks", 604800},   {"month", 2629800},
                           {"months", 2629800}, {"year", 31557600},  {"years", 31557600}};

// One table for every list, so that a token costs one lookup, not one per list.
const MeaningTable& Meanings() {
  static const MeaningTable table = [] {
    std::vector<MeaningTable::Entry> entries;
    auto at = [&](std::string_view w) -> Meaning& {
      for (auto& e : entries)
        if (e.word == w) return e.value;
      entries.push_back({w, Meaning()});
      return entries.back().value;
    };
    // A word listed twice in one list keeps its first value, as the scans this replaces did.
    auto add = [&](const auto& list, bool Meaning::*has, double Meaning::*value) {
      for (const Word& w : list) {
        Meaning& m = at(w.text);
        if (!(m.*has)) m.*has = true, m.*value = w.value;
      }
    };
    add(kNumberWords, &Meaning::number, &Meaning::number_value);
    add(kOrdinals, &Meaning::ordinal, &Meaning::ordinal_value);
    add(kScales, &Meaning::scale, &Meaning::scale_value);
    add(kUnits, &Meaning::unit, &Meaning::unit_seconds);
    static const char* const kMonths[] = {"january", "february", "march", "april", "may",
                                          "june", "july", "august", "september", "october",
                                          "november", "december"};
    static const char* const kShort[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; ++m) {
      for (const char* w : {kMonths[m], kShort[m]}) {
        Meaning& e = at(w);
        if (!e.month) e.month = m + 1;
      }
    }
    if (!at("sept").month) at("sept").month = 9;
    static const char* const kDays[][3] = {
        {"monday", "mon", "monday"},      {"tuesday", "tue", "tues"}, {"wednesday", "wed", "wed"},
        {"thursday", "thu", "thurs"},     {"friday", "fri", "fri"},   {"saturday", "sat", "sat"},
        {"sunday", "sun", "sun"}};
    for (const auto& d : kDays)
      for (const char* w : d) {
        Meaning& e = at(w);
        if (!e.day) e.day = d[0];
      }
    return MeaningTable(std::move(entries));
  }();
  return table;
}

const Meaning& MeaningOf(std::string_view w) {
  static const Meaning kNothing;
  const Meaning* m = Meanings().Find(w);
  return m ? *m : kNothing;
}

bool NumberWord(std::string_view w, double* v) {
  const Meaning& m = MeaningOf(w);
  if (m.number) *v = m.number_value;
  return m.number;
}

bool Scale(std::string_view w, double* v) {
  const Meaning& m = MeaningOf(w);
  if (m.scale) *v = m.scale_value;
  return m.scale;
}

bool Unit(std::string_view w, double* seconds) {
  const Meaning& m = MeaningOf(w);
  if (m.unit) *seconds = m.unit_seconds;
  return m.unit;
}

// The first n bytes of `s` (before a '%' or an ordinal's suffix) as a number: plain
// decimals without the C library (text/number.h); forms only strtod knows ("1e5", "0x1f")
// as it reads them, so a token means what it always did.
bool ReadNumber(const std::string& s, std::size_t n, double* v) {
  const std::string_view digits(s.data(), n);
  if (text::ParseDecimal(digits, v)) return true;
  return digits.find_first_of("eExX") != std::string_view::npos && text::StrtodWhole(digits, v);
}

// "first".."tenth" (from the table), or 1st, 2nd, 3rd, 4th ...
bool Ordinal(const Meaning& m, const std::string& w, double* v) {
  if (m.ordinal) {
    *v = m.ordinal_value;
    return true;
  }
  if (w.size() >= 3 && w[0] >= '0' && w[0] <= '9') {  // isdigit, without the library call
    const std::string_view suffix = std::string_view(w).substr(w.size() - 2);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")
      return ReadNumber(w, w.size() - 2, v);
  }
  return false;
}

bool Numeric(const Token& t, double* v) {
  if (!t.has(kNumber)) return false;
  const std::string& s = t.norm;
  const std::size_t n = !s.empty() && s.back() == '%' ? s.size() - 1 : s.size();
  if (s.find(':') != std::string::npos) return false;
  return ReadNumber(s, n, v);
}

// n (0 or more) as printf's "%0<width>d": at least `width` digits, zeros in front.
std::string Digits(int n, int width) {
  std::string s = std::to_string(n);
  if (static_cast<int>(s.size()) < width) s.insert(0, static_cast<std::size_t>(width) - s.size(), '0');
  return s;
}

std::string Format(double v) {
  char buf[48];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) {
    // Whole and not negative (every quantity here): the digits of the nearest integer,
    // which is what "%.0f" prints, without the cost of printf.
    if (!std::signbit(v)) {
      const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(std::round(v)));
      return std::string(buf, r.ptr);
    }
    return text::FormatF(v, 0);
  }
  return text::FormatG(v, 6);
}

class Annotator {
 public:
  explicit Annotator(std::vector<Token>* t) : t_(*t) {}

  void Run() {
    for (std::size_t i = 0; i < t_.size();) i += Try(i);
  }

 private:
  std::string_view W(std::size_t i) const {
    return i < t_.size() ? std::string_view(t_[i].norm) : std::string_view();
  }

  // Makes tokens [i, j) one quantity.
  std::size_t Mark(std::size_t i, std::size_t j, const std::string& term) {
    t_[i].term = term;
    t_[i].end = t_[j - 1].end;
    t_[i].flags &= static_cast<std::uint8_t>(~kStop);
    for (std::size_t k = i + 1; k < j; ++k) t_[k].term.clear();
    return j - i;
  }

  // Returns how many tokens were consumed (at least 1).
  std::size_t Try(std::size_t i) {
    double v = 0, u = 0;
    const Token& tok = t_[i];
    // "an hour and a half", "half an hour", "a day"
    if (W(i) == "half" && (W(i + 1) == "an" || W(i + 1) == "a") && Unit(W(i + 2), &u))
      return Mark(i, i + 3, "#dur:" + Format(0.5 * u));
    const bool numeric = Numeric(tok, &v);
    const Meaning& meaning = MeaningOf(W(i));
    const bool worded = !numeric && meaning.number;
    if (worded) v = meaning.number_value;
    if (numeric || worded) {
      std::size_t j = i + 1;
      // "twenty five", "two hundred"
      double more = 0;
      if (worded && v >= 20 && v < 100 && NumberWord(W(j), &more) && more < 10 && more >= 1) v += more, ++j;
      if (NumberWord(W(j), &more) && more == 100 && v < 100) v *= 100, ++j;
      double scale = 1;
      const bool percent_sign = tok.norm.back() == '%';
      if (Scale(W(j), &scale)) v *= scale, ++j;
      if (percent_sign || W(j) == "percent" || W(j) == "pct" ||
          (W(j) == "per" && W(j + 1) == "cent")) {
        if (!percent_sign) j += W(j) == "per" ? 2 : 1;
        return Mark(i, j, "#pct:" + Format(v));
      }
      // "a second term" is the ordinal: "a second" as a length of time is rare in news.
      const bool article = worded && (W(i) == "a" || W(i) == "an");
      if (Unit(W(j), &u) && !(article && W(j) == "second")) {
        ++j;
        double seconds = v * u;
        // "an hour and a half", "two and a half years" (the half after the unit)
        if (W(j) == "and" && (W(j + 1) == "a" || W(j + 1) == "an") && W(j + 2) == "half")
          seconds += 0.5 * u, j += 3;
        return Mark(i, j, "#dur:" + Format(seconds));
      }
      if (worded && (W(i) == "a" || W(i) == "an" || W(i) == "half")) return 1;  // articles
      if (tok.has(kCurrency) || W(j) == "dollars" || W(j) == "dollar") {
        if (W(j) == "dollars" || W(j) == "dollar") ++j;
        return Mark(i, j, "#money:" + Format(v));
      }
      // "March 2020" is handled at the month; a lone year is a year.
      if (numeric && v >= 1800 && v <= 2200 && tok.norm.size() == 4) return Mark(i, j, "#year:" + Format(v));
      return Mark(i, j, "#num:" + Format(v));
    }
    if (Ordinal(meaning, tok.norm, &v)) return Mark(i, i + 1, "#ord:" + Format(v));
    if (const int m = meaning.month) {
      // "May" the verb: only a month before a day or a year, or after "in"/"on".
      double d = 0;
      if (i + 1 < t_.size() && Numeric(t_[i + 1], &d)) {
        if (d >= 1 && d <= 31 && t_[i + 1].norm.size() <= 2) {
          return Mark(i, i + 2, "#date:" + Digits(m, 2) + "-" + Digits(static_cast<int>(d), 2));
        }
        if (d >= 1800 && d <= 2200) {
          return Mark(i, i + 2, "#month:" + Digits(static_cast<int>(d), 4) + "-" + Digits(m, 2));
        }
      }
      if (W(i) != "may" && W(i).size() > 3) {
        return Mark(i, i + 1, "#month:" + Digits(m, 2));
      }
      return 1;
    }
    if (const char* day = meaning.day) {
      if (W(i).size() > 3 || tok.has(kCapitalized)) return Mark(i, i + 1, std::string("#day:") + day);
    }
    return 1;
  }

  std::vector<Token>& t_;
};

}  // namespace

void AnnotateQuantities(std::vector<Token>* tokens) { Annotator(tokens).Run(); }

std::string_view QuantityKind(std::string_view term) {
  if (term.size() < 2 || !IsQuantityTerm(term)) return {};
  const std::size_t colon = term.find(':');
  return colon == std::string_view::npos ? std::string_view() : term.substr(1, colon - 1);
}

bool IsReportableKind(std::string_view kind) {
  return kind == "money" || kind == "pct" || kind == "dur" || kind == "date" ||
         kind == "year" || kind == "month" || kind == "day";
}

bool SameAtCoarser(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  const std::size_t ca = a.find(':'), cb = b.find(':');
  if (ca == std::string_view::npos || cb == std::string_view::npos || a.substr(0, ca) != b.substr(0, cb)) return false;
  const std::string_view va = a.substr(ca + 1), vb = b.substr(cb + 1);
  // The finer value is the coarser one with a year in front: "2025-01" and "01".
  return vb.size() == va.size() + 5 && vb[4] == '-' && vb.substr(5) == va;
}

}  // namespace terms
}  // namespace corroborate
