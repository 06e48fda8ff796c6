// For every claim and every other document: the best supporting sentence (or two
// adjacent ones), its probability under the support model, and whether it supports.
#ifndef CORROBORATE_ALIGN_ALIGN_H_
#define CORROBORATE_ALIGN_ALIGN_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include "align/features.h"
#include "corroborate/lexicon.h"
#include "terms/token.h"

namespace corroborate {
namespace align {

// A sentence as the aligner sees it.
struct Unit {
  std::size_t doc;
  bool claim;
  const std::vector<terms::Token>* tokens;
  std::string_view text;  // the whole document (clause punctuation lies between tokens)
};

// 32 bits each: an analysis is at most limits::kMaxTotalBytes, and a large one holds
// hundreds of thousands of these.
struct TokenRef {
  std::uint32_t unit;
  std::uint32_t token;
};

struct Match {
  std::size_t doc = 0;
  std::size_t first = 0;  // unit index
  std::size_t last = 0;   // == first, or first + 1 when the outlet split the claim
  double score = 0.0;
  bool shared_text = false;
  std::vector<TokenRef> shared;  // tokens of first..last whose term the claim has
  // Quantities of one kind given differently: (claim token, supporting token).
  std::vector<std::pair<TokenRef, TokenRef>> differs;
  // Support for one clause of the claim only (tokens clause_first..clause_last of it).
  bool partial = false;
  std::size_t clause_first = 0, clause_last = 0;
};

// result[u]: the supports of unit u, in document order, each with score >= min_score.
// `units` come document by document (a document's sentences together): a claim's own
// document is one range of them.
// exhaustive: look up every term of a claim, not only its rarest (Options::exhaustive);
// the result is the same, and tests prove it.
// lexicon: synonym groups, or nullptr. progress (may be empty): share of claims done;
// returning false stops early, and then *cancelled is set. threads: Options::threads.
// focus: the one document whose claims are aligned (kAllDocuments: every document's).
// weights: the support model's weights in place of the trained ones (Options::model_weights).
constexpr std::size_t kAllDocuments = static_cast<std::size_t>(-1);
std::vector<std::vector<Match>> Align(const std::vector<Unit>& units, std::size_t documents,
                                      double min_score, bool exhaustive = false,
                                      const Lexicon* lexicon = nullptr,
                                      const std::function<bool(double)>& progress = {},
                                      bool* cancelled = nullptr, unsigned threads = 1,
                                      std::size_t focus = kAllDocuments,
                                      const std::vector<double>* weights = nullptr);

// The sentences of `units` as the term index reads them: boilerplate as an empty
// sentence (never a candidate, never weighted).
std::vector<const std::vector<terms::Token>*> WeightedSentences(const std::vector<Unit>& units);
// Per document, its range [first, last) of units (units come document by document).
std::vector<std::pair<std::size_t, std::size_t>> DocumentRanges(const std::vector<Unit>& units,
                                                                std::size_t documents);

// Scores sentence pairs (first: the claim) with term weights taken over all sentences of
// all pairs. For measuring the model on public pair data (corroborate pairs).
struct PairScore {
  double score;
  Features features;
};
std::vector<PairScore> ScorePairs(
    const std::vector<std::pair<const std::vector<terms::Token>*,
                                const std::vector<terms::Token>*>>& pairs,
    const Lexicon* lexicon = nullptr);

// For training and measuring the support model on claim-level gold: for every claim and
// every other document, that document's `per_doc` sentences with the highest weighted F
// (model::Score; every sentence sharing a term is compared, there is no gate), and each
// of the best two joined with a neighbour, with the model's features. Term weights as in
// Align.
struct CandidateRow {
  std::size_t claim, doc, first, last;  // units; last == first or first + 1
  double cheap;                         // weighted F of first..last against the claim
  double related;                       // Relatedness of the claim's document to doc
  double score;                         // the model's probability
  Features features;
};
std::vector<CandidateRow> CandidateRows(const std::vector<Unit>& units, std::size_t documents,
                                        const Lexicon* lexicon, std::size_t per_doc);

}  // namespace align
}  // namespace corroborate

#endif  // CORROBORATE_ALIGN_ALIGN_H_
