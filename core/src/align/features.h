// Interpretable features of (claim, candidate) for the support model: how much of the
// claim the candidate covers, weighted by rarity and not, in order (bigrams, longest
// common run), whether their quantities agree, and how their lengths compare.
#ifndef CORROBORATE_ALIGN_FEATURES_H_
#define CORROBORATE_ALIGN_FEATURES_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "terms/token.h"

namespace corroborate {
namespace align {

using TermId = std::uint32_t;
constexpr TermId kNoTerm = UINT32_MAX;

// One side of a comparison: a sentence, part of one, or two adjacent ones. Everything the
// features need is computed once when the side is made (align.cc), so that each feature is
// a merge or a binary search, not a pass over strings.
struct Side {
  std::vector<const terms::Token*> tokens;  // every token, in order
  std::vector<std::uint32_t> words;           // per token: its folded form, interned
  std::vector<TermId> token_terms;            // per token: its term, or kNoTerm
  std::vector<TermId> terms;                  // distinct, sorted
  double weight = 0.0;                        // sum of the weights of `terms`
  std::vector<std::uint64_t> bigrams;         // adjacent term pairs (Bigram), sorted
  std::vector<TermId> names;                  // terms of IsName tokens past the first word, sorted
  std::vector<std::uint32_t> groups;          // synonym groups of all terms, sorted
  std::uint64_t group_bits = 0;               // bit g % 64 for each of `groups`
  std::size_t bigram_count = 0;               // adjacent term pairs, with repeats
  bool negated = false;                       // not, no, never, ...n't
};

// The key of the adjacent term pair (a, b) in Side::bigrams.
inline std::uint64_t Bigram(TermId a, TermId b) { return (static_cast<std::uint64_t>(a) << 32) | b; }

// Whether a token, past a sentence's first word, is a name: capitalised, not all capitals.
inline bool IsName(const terms::Token& t) {
  return t.has(terms::kCapitalized) && !t.has(terms::kAllCaps);
}

// Whether terms are in a sorted list, asked in ascending order (a side's terms and names
// are sorted): one pass over the list for all of them, not a search for each.
class AscendingLookup {
 public:
  explicit AscendingLookup(const std::vector<TermId>& sorted)
      : at_(sorted.data()), end_(sorted.data() + sorted.size()) {}
  bool Has(TermId t) {
    while (at_ != end_ && *at_ < t) ++at_;
    return at_ != end_ && *at_ == t;
  }

 private:
  const TermId* at_;
  const TermId* end_;
};

// Whether a folded word negates what its sentence says.
bool IsNegation(std::string_view folded);

enum Feature {
  kBias,
  kWeightedF,        // recall-weighted F of rarity-weighted overlap
  kWeightedRecall,
  kWeightedPrecision,
  kRecall,           // share of the claim's terms found
  kPrecision,
  kBigramRecall,     // share of the claim's adjacent term pairs found
  kCommonRun,        // longest run of identical words, over the claim's length
  kQuantityMatch,    // claim quantities found (count, capped)
  kQuantityConflict, // kinds given with different values on each side
  kLengthRatio,      // log of claim length over candidate length
  kNameRecall,       // share of the claim's capitalised terms found
  kQuotedRun,        // longest run of identical quoted words on both sides, capped at 8, / 8
  kNegationMismatch, // one side negated (not, no, never...), the other not
  kMissingRare,      // weight of the rarest claim term not found, over the claim's rarest
  kSynonymRecall,    // weighted recall counting synonyms (corroborate/lexicon.h) as found
  kCosine,           // cosine of the two sides' rarity-weighted term vectors (TF-IDF-like)
  kFeatureCount
};

using Features = std::array<double, kFeatureCount>;

const char* FeatureName(Feature f);

// Synonym groups of each term id, sorted (empty without a lexicon). The term index keeps
// only the groups that two or more of its terms are in (see HasSynonym).
using TermGroups = std::vector<std::vector<std::uint32_t>>;

// Longest run of identical words (folded, stop words included) in both sides, and the
// longest such run of words that both sides quote (the same statement reported).
struct Runs {
  int any = 0;
  int quoted = 0;
};
Runs LongestRuns(const Side& a, const Side& b);

// `term_text[id]` gives a term's text (quantity kinds are read from it). The runs it
// finds go to `runs` too, if given (the report's evidence reads them).
Features Compute(const Side& claim, const Side& other, const std::vector<double>& weight,
                 const std::vector<std::string>& term_text, const TermGroups& groups,
                 Runs* runs = nullptr);


// Whether term `t`, which must not be one of `other`'s terms (every caller asks about a
// term the other lacks), has a synonym among them.
bool HasSynonym(TermId t, const Side& other, const TermGroups& groups);

}  // namespace align
}  // namespace corroborate

#endif  // CORROBORATE_ALIGN_FEATURES_H_
