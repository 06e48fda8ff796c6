#include <string>

#include "lexicon/aliases.h"
#include "lexicon/quantity.h"
#include "lexicon/stem.h"
#include "lexicon/stopwords.h"
#include "lexicon/token.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace corroborate {
namespace lexicon {
namespace {

using text::Decode;
using text::Decoded;
using text::Fold;

bool IsCurrency(char32_t cp) { return cp == '$' || cp == 0x20AC || cp == 0xA3 || cp == 0xA5; }

// Reads code points of text[i, end) one at a time, folded, with one of lookahead.
class Cursor {
 public:
  Cursor(std::string_view text, std::size_t i, std::size_t end) : s_(text), i_(i), end_(end) {}
  bool done() const { return i_ >= end_; }
  std::size_t pos() const { return i_; }
  char32_t raw() const { return Decode(s_, i_).cp; }
  char32_t folded() const { return Fold(raw()); }
  char32_t folded_at(std::size_t ahead) const {
    std::size_t j = i_;
    for (std::size_t k = 0; k < ahead && j < end_; ++k) j += Decode(s_, j).len;
    return j < end_ ? Fold(Decode(s_, j).cp) : 0;
  }
  void next() { i_ += Decode(s_, i_).len; }

 private:
  std::string_view s_;
  std::size_t i_, end_;
};

bool IsWordChar(char32_t folded) { return text::IsLetter(folded) || text::IsDigit(folded); }

std::string TermOf(const Token& t) {
  if (t.has(kStop)) return std::string();
  if (t.has(kNumber)) return t.norm;
  std::string w = t.norm;
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
  if (!w.empty() && w.back() == '\'') w.pop_back();
  return Stem(w);
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Token> tokens;
  Cursor c(text, begin, end);
  bool in_quote = false;
  char32_t prev = ' ';
  while (!c.done()) {
    const char32_t raw = c.raw();
    const char32_t f = Fold(raw);
    if (f == '"') {
      // Straight quotes toggle; curly ones say which way they go.
      in_quote = raw == 0x201C ? true : raw == 0x201D ? false : !in_quote;
      prev = f;
      c.next();
      continue;
    }
    if (raw == 0x2018 && !IsWordChar(Fold(prev))) in_quote = true;
    if (raw == 0x2019 && !IsWordChar(c.folded_at(1))) in_quote = false;

    const bool currency_number = IsCurrency(f) && text::IsDigit(c.folded_at(1));
    if (!IsWordChar(f) && !currency_number) {
      prev = f;
      c.next();
      continue;
    }

    Token t;
    t.start = c.pos();
    t.flags = in_quote ? kQuoted : 0;
    if (currency_number) {
      c.next();  // the symbol stays in the span, not in norm
      t.flags |= kCurrency;
    }
    if (text::IsIdeograph(f)) {
      text::AppendUtf8(f, &t.norm);
      c.next();
      t.end = c.pos();
      t.term = t.norm;
      tokens.push_back(std::move(t));
      prev = f;
      continue;
    }
    const bool number = text::IsDigit(c.folded());
    int letters = 0, uppers = 0, run = 0;  // run: letters since the last '.'
    bool dotted = false;
    while (!c.done()) {
      const char32_t r = c.raw();
      const char32_t g = Fold(r);
      if (IsWordChar(g) && !text::IsIdeograph(g)) {
        if (text::IsLetter(g)) {
          ++letters;
          ++run;
          if (text::IsUpper(r)) ++uppers;
        }
        text::AppendUtf8(g, &t.norm);
        c.next();
        continue;
      }
      const char32_t after = c.folded_at(1);
      if (number && (g == '.' || g == ',' || g == ':') && text::IsDigit(after)) {
        if (g != ',') t.norm.push_back(static_cast<char>(g));  // 1,000 matches 1000
        c.next();
        continue;
      }
      if (number && g == '%') {
        t.norm.push_back('%');
        c.next();
        break;
      }
      if (!number && g == '\'' && text::IsLetter(after) && !text::IsIdeograph(after)) {
        t.norm.push_back('\'');
        c.next();
        continue;
      }
      // Initialisms: U.S., a.m., D.C. (one letter between dots).
      if (!number && g == '.' && run == 1 && (text::IsLetter(after) || dotted)) {
        dotted = true;
        run = 0;
        if (text::IsLetter(after) && !text::IsIdeograph(after)) {
          t.norm.push_back('.');
          c.next();
          continue;
        }
        break;  // the final dot of "U.S." ends the word and stays outside it
      }
      break;
    }
    t.end = c.pos();
    if (t.norm.empty()) continue;
    if (number) t.flags |= kNumber;
    if (letters > 0 && text::IsUpper(Decode(text, t.start).cp)) t.flags |= kCapitalized;
    if (letters >= 2 && uppers == letters) t.flags |= kAllCaps;
    // "US" in capitals is the country, "us" the pronoun.
    if (t.norm == "us" && (t.flags & kAllCaps)) t.norm = "u.s";
    if (!number && IsStopWord(t.norm)) t.flags |= kStop;
    t.term = TermOf(t);
    prev = 'a';
    tokens.push_back(std::move(t));
  }
  AnnotateQuantities(&tokens);
  AnnotateAliases(&tokens);
  return tokens;
}

}  // namespace lexicon
}  // namespace corroborate
