// Words of a sentence, folded for matching, each with its exact place in the original.
#ifndef CORROBORATE_TERMS_TOKEN_H_
#define CORROBORATE_TERMS_TOKEN_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate {
namespace terms {

enum TokenFlag : std::uint8_t {
  kCapitalized = 1,  // first letter upper case in the original
  kAllCaps = 2,      // two or more letters, all upper case
  kNumber = 4,       // starts with a digit (or $ / € / £ and a digit)
  kQuoted = 8,       // inside quotation marks
  kStop = 16,        // a stop word: kept for shape, never matched
  kCurrency = 32,    // a number after a currency sign ($19.7)
};

// Terms that are not words are marked by their first byte: a quantity ("#dur:5400",
// terms/quantity.h) or an entity ("@china", "@us": terms/aliases.h, people.h).
constexpr char kQuantityMark = '#';
constexpr char kEntityMark = '@';
inline bool IsQuantityTerm(std::string_view term) { return !term.empty() && term[0] == kQuantityMark; }
inline bool IsEntityTerm(std::string_view term) { return !term.empty() && term[0] == kEntityMark; }

struct Token {
  std::string norm;   // folded form ("trump", "u.s", "19.7", "145%", "$295")
  std::string term;   // stem used for matching; empty for stop words
  std::size_t start;  // byte offsets into the document
  std::size_t end;
  std::uint8_t flags;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

// The norm without a possessive: "china's" -> "china".
inline std::string_view Bare(std::string_view norm) {
  if (norm.size() > 2 && norm.substr(norm.size() - 2) == "'s") norm.remove_suffix(2);
  return norm;
}

// Tokens of text[begin, end), with quantities (terms/quantity.h) and names
// (terms/aliases.h) normalised. Quote state starts closed at `begin`.
std::vector<Token> Tokenize(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace terms
}  // namespace corroborate

#endif  // CORROBORATE_TERMS_TOKEN_H_
