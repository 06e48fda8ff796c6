#include <string>
#include <string_view>
#include <vector>

#include "terms/aliases.h"
#include "terms/quantity.h"
#include "terms/stem.h"
#include "terms/stopwords.h"
#include "terms/token.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace corroborate {
namespace terms {
namespace {

using text::Decode;
using text::Decoded;
using text::Fold;

bool IsCurrency(char32_t cp) { return cp == '$' || cp == 0x20AC || cp == 0xA3 || cp == 0xA5; }

// Reads code points of text[i, end) one at a time, folded, with one of lookahead. The
// current code point is decoded once, however often it is asked for.
class Cursor {
 public:
  Cursor(std::string_view text, std::size_t i, std::size_t end) : s_(text), i_(i), end_(end) {
    Load();
  }
  bool done() const { return i_ >= end_; }
  std::size_t pos() const { return i_; }
  char32_t raw() const { return cur_.cp; }
  char32_t folded() const { return Fold(cur_.cp); }
  // The folded code point after the current one; 0 at the end.
  char32_t folded_next() const {
    if (i_ >= end_) return 0;
    const std::size_t j = i_ + cur_.len;
    return j < end_ ? Fold(Decode(s_, j).cp) : 0;
  }
  void next() {
    i_ += cur_.len;
    Load();
  }
  // How many bytes from the current one are lower-case ASCII letters (at least the
  // current one, when it is one).
  std::size_t lower_ascii_run() const {
    std::size_t j = i_;
    while (j < end_ && s_[j] >= 'a' && s_[j] <= 'z') ++j;
    return j - i_;
  }
  // Whether the current code point (a comma) is followed by exactly three ASCII digits: a
  // thousands separator ("1,000"), not a list ("52-3,46 KOs").
  bool thousands_group_next() const {
    const std::size_t j = i_ + cur_.len;
    for (std::size_t k = j; k < j + 3; ++k)
      if (k >= end_ || s_[k] < '0' || s_[k] > '9') return false;
    return j + 3 >= end_ || s_[j + 3] < '0' || s_[j + 3] > '9';
  }
  // Moves past n single-byte code points.
  void skip_ascii(std::size_t n) {
    i_ += n;
    Load();
  }

 private:
  void Load() {
    if (i_ < end_) cur_ = Decode(s_, i_);
  }

  std::string_view s_;
  std::size_t i_, end_;
  Decoded cur_{0, 1, true};
};

bool IsWordChar(char32_t folded) { return text::IsLetter(folded) || text::IsDigit(folded); }

std::string TermOf(const Token& t) {
  if (t.has(kStop)) return std::string();
  if (t.has(kNumber)) return t.norm;
  std::string_view w = t.norm;
  if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
  if (!w.empty() && w.back() == '\'') w.remove_suffix(1);
  return Stem(w);
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Token> tokens;
  // News text averages about six bytes a word; one allocation covers most sentences.
  if (end > begin) tokens.reserve((end - begin) / 5 + 1);
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
    if (raw == 0x2019 && !IsWordChar(c.folded_next())) in_quote = false;

    const bool currency_number = IsCurrency(f) && text::IsDigit(c.folded_next());
    if (!IsWordChar(f) && !currency_number) {
      prev = f;
      c.next();
      continue;
    }

    // Built in place: moving a finished token into the vector costs two string moves.
    Token& t = tokens.emplace_back();
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
      prev = f;
      continue;
    }
    const bool number = text::IsDigit(c.folded());
    int letters = 0, uppers = 0, run = 0;  // run: letters since the last '.'
    bool dotted = false;
    while (!c.done()) {
      const char32_t r = c.raw();
      // ASCII letters and digits, most of every word, take the short way; the general
      // case below does the same for them.
      if (r >= 'a' && r <= 'z') {
        // Lower-case letters, most of every word, are copied a run at a time.
        const std::size_t n = c.lower_ascii_run();
        letters += static_cast<int>(n);
        run += static_cast<int>(n);
        t.norm.append(text.data() + c.pos(), n);
        c.skip_ascii(n);
        continue;
      }
      if (r >= 'A' && r <= 'Z') {
        ++letters;
        ++run;
        ++uppers;
        t.norm.push_back(static_cast<char>(r + ('a' - 'A')));
        c.next();
        continue;
      }
      if (r >= '0' && r <= '9') {
        t.norm.push_back(static_cast<char>(r));
        c.next();
        continue;
      }
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
      const char32_t after = c.folded_next();
      if (number && (g == '.' || g == ':' || (g == ',' && c.thousands_group_next())) && text::IsDigit(after)) {
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
    if (t.norm.empty()) {
      tokens.pop_back();
      continue;
    }
    if (number) t.flags |= kNumber;
    if (letters > 0 && text::IsUpper(Decode(text, t.start).cp)) t.flags |= kCapitalized;
    if (letters >= 2 && uppers == letters) t.flags |= kAllCaps;
    // "US" in capitals is the country, "us" the pronoun.
    if ((t.flags & kAllCaps) && std::string_view(t.norm) == "us") t.norm = "u.s";
    if (!number && IsStopWord(t.norm)) t.flags |= kStop;
    t.term = TermOf(t);
    prev = 'a';
  }
  AnnotateQuantities(&tokens);
  AnnotateAliases(&tokens);
  return tokens;
}

}  // namespace terms
}  // namespace corroborate
