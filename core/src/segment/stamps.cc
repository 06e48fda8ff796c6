#include "segment/stamps.h"

#include <string>

#include "text/word_table.h"

namespace corroborate {
namespace segment {
namespace {

enum Kind { kOther, kMonth, kWeekday, kNumber, kYear, kTime, kGlue };

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

Kind WordKind(std::string_view lower) {
  switch (DateWordOf(lower)) {
    case DateWord::kMonth: return kMonth;
    case DateWord::kWeekday: return kWeekday;
    case DateWord::kOther: return kGlue;
    case DateWord::kNone: break;
  }
  // "a. m." as ECB+ pages write it: the letters on their own.
  return IsMeridiemLetter(lower) ? kGlue : kOther;
}

// Words after which a date belongs to the sentence ("arrested in November 2009").
bool BindsDate(std::string_view lower) {
  static const text::WordTable<bool> kWords = {
      {"in", true},    {"on", true},     {"since", true},  {"until", true}, {"till", true},
      {"by", true},    {"from", true},   {"to", true},     {"of", true},    {"before", true},
      {"after", true}, {"during", true}, {"through", true}, {"between", true}, {"and", true},
      {"or", true},    {"for", true},    {"early", true},  {"late", true},  {"mid", true},
      {"last", true},  {"next", true},   {"this", true},   {"that", true},  {"the", true}};
  return kWords.Find(lower) != nullptr;
}

struct Word {
  std::size_t start, end;
  std::string lower;
  bool capital;
  Kind kind;
};

// Numbers as stamps write them: "28", "2005", "28,2005", "27-2005", "2005,02:24", "14:08".
Kind NumberKind(std::string_view w) {
  bool year = false, time = false;
  std::size_t digits = 0;
  for (std::size_t i = 0; i <= w.size(); ++i) {
    if (i < w.size() && IsDigit(w[i])) {
      ++digits;
      continue;
    }
    if (digits == 4 && (w.substr(i - 4, 2) == "19" || w.substr(i - 4, 2) == "20")) year = true;
    if (i < w.size() && w[i] == ':') time = true;
    if (i < w.size() && w[i] != ',' && w[i] != '-' && w[i] != ':' && w[i] != '.') return kOther;
    digits = 0;
  }
  return year ? kYear : time ? kTime : kNumber;
}

// Words of text[from, to): runs of letters, or of digits with , - : . inside; other bytes
// (punctuation, spaces, anything not ASCII) separate them.
std::vector<Word> Words(std::string_view s, std::size_t from, std::size_t to) {
  std::vector<Word> out;
  for (std::size_t i = from; i < to;) {
    if (IsAsciiLetter(s[i])) {
      std::size_t j = i;
      while (j < to && IsAsciiLetter(s[j])) ++j;
      // Stamp words and the words that bind a date are short; longer ones are only "other".
      std::string lower;
      if (j - i <= 9)
        for (std::size_t k = i; k < j; ++k) lower += Lower(s[k]);
      out.push_back({i, j, lower, s[i] >= 'A' && s[i] <= 'Z', lower.empty() ? kOther : WordKind(lower)});
      i = j;
    } else if (IsDigit(s[i])) {
      std::size_t j = i;
      while (j < to && (IsDigit(s[j]) || ((s[j] == ',' || s[j] == '-' || s[j] == ':' || s[j] == '.') &&
                                          j + 1 < to && IsDigit(s[j + 1]))))
        ++j;
      const std::string_view w = s.substr(i, j - i);
      out.push_back({i, j, std::string(w), false, NumberKind(w)});
      i = j;
    } else {
      ++i;
    }
  }
  return out;
}

bool IsStampWord(const Word& w) { return w.kind != kOther; }

// Whether the words [a, b) name a date: a month and a year, or a month, a day and a time.
bool NamesDate(const std::vector<Word>& w, std::size_t a, std::size_t b) {
  bool month = false, year = false, day = false, time = false;
  for (std::size_t i = a; i < b; ++i) {
    month = month || w[i].kind == kMonth;
    year = year || w[i].kind == kYear;
    day = day || w[i].kind == kNumber;
    time = time || w[i].kind == kTime;
  }
  return month && (year || (day && time));
}

}  // namespace

DateWord DateWordOf(std::string_view lower) {
  static const text::WordTable<DateWord> kWords = {
      {"january", DateWord::kMonth},     {"february", DateWord::kMonth}, {"march", DateWord::kMonth},
      {"april", DateWord::kMonth},       {"may", DateWord::kMonth},      {"june", DateWord::kMonth},
      {"july", DateWord::kMonth},        {"august", DateWord::kMonth},   {"september", DateWord::kMonth},
      {"october", DateWord::kMonth},     {"november", DateWord::kMonth}, {"december", DateWord::kMonth},
      {"jan", DateWord::kMonth},         {"feb", DateWord::kMonth},      {"mar", DateWord::kMonth},
      {"apr", DateWord::kMonth},         {"jun", DateWord::kMonth},      {"jul", DateWord::kMonth},
      {"aug", DateWord::kMonth},         {"sep", DateWord::kMonth},      {"sept", DateWord::kMonth},
      {"oct", DateWord::kMonth},         {"nov", DateWord::kMonth},      {"dec", DateWord::kMonth},
      {"monday", DateWord::kWeekday},    {"tuesday", DateWord::kWeekday}, {"wednesday", DateWord::kWeekday},
      {"thursday", DateWord::kWeekday},  {"friday", DateWord::kWeekday}, {"saturday", DateWord::kWeekday},
      {"sunday", DateWord::kWeekday},    {"a.m", DateWord::kOther},      {"p.m", DateWord::kOther},
      {"am", DateWord::kOther},          {"pm", DateWord::kOther},       {"et", DateWord::kOther},
      {"est", DateWord::kOther},         {"edt", DateWord::kOther},      {"pt", DateWord::kOther},
      {"pst", DateWord::kOther},         {"pdt", DateWord::kOther},      {"gmt", DateWord::kOther},
      {"utc", DateWord::kOther},         {"bst", DateWord::kOther},      {"cet", DateWord::kOther},
      {"updated", DateWord::kOther},     {"published", DateWord::kOther}, {"posted", DateWord::kOther},
      {"last", DateWord::kOther},        {"at", DateWord::kOther}};
  const DateWord* k = kWords.Find(lower);
  return k ? *k : DateWord::kNone;
}

void FindStamps(std::string_view s, std::size_t from, std::size_t to, bool terminated,
                std::vector<std::pair<std::size_t, std::size_t>>* out) {
  out->clear();
  // Every stamp has a digit (a year, or a day and a time); most sentences have none.
  bool digit = false;
  for (std::size_t i = from; i < to && !digit; ++i) digit = IsDigit(s[i]);
  if (!digit) return;
  const std::vector<Word> w = Words(s, from, to);
  for (std::size_t a = 0; a < w.size();) {
    if (!IsStampWord(w[a])) {
      ++a;
      continue;
    }
    std::size_t b = a;
    while (b < w.size() && IsStampWord(w[b])) ++b;
    // "at", "last" and a.m. letters only join a stamp: trim them from its ends, except
    // a.m./p.m. and zones after a time.
    std::size_t first = a, last = b;
    while (first < last && w[first].kind == kGlue && w[first].lower != "published" &&
           w[first].lower != "posted" && w[first].lower != "updated" && w[first].lower != "last")
      ++first;
    while (last > first && w[last - 1].lower == "at") --last;
    // A letter of "a. m." ends a stamp only right after its time ("7:15 a. m."); anywhere
    // else it is the next sentence's "A" ("November 28,2005 A powerful earthquake").
    const auto am_letter = [&](std::size_t i) { return IsMeridiemLetter(w[i].lower); };
    while (last > first && am_letter(last - 1)) {
      std::size_t k = last - 1;
      while (k > first && am_letter(k - 1)) --k;
      if (k > first && w[k - 1].kind == kTime) break;
      --last;
    }
    const bool whole = first == 0 && last == w.size();
    const bool at_end = last == w.size();
    const bool before_capital = last < w.size() && w[last].capital;
    const bool bound = first > 0 && BindsDate(w[first - 1].lower);
    if (!whole && NamesDate(w, first, last) && !bound && ((at_end && !terminated) || before_capital))
      out->push_back({w[first].start, at_end ? to : w[last - 1].end});
    a = b;
  }
}

}  // namespace segment
}  // namespace corroborate
