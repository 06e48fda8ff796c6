// For every claim and every other document: the best supporting sentence (or two
// adjacent ones), its score, and whether it supports the claim.
#ifndef CORROBORATE_ALIGN_ALIGN_H_
#define CORROBORATE_ALIGN_ALIGN_H_

#include <cstddef>
#include <vector>

#include "lexicon/token.h"

namespace corroborate {
namespace align {

// A sentence as the aligner sees it.
struct Unit {
  std::size_t doc;
  bool claim;
  const std::vector<lexicon::Token>* tokens;
};

struct TokenRef {
  std::size_t unit;
  std::size_t token;
};

struct Match {
  std::size_t doc = 0;
  std::size_t first = 0;  // unit index
  std::size_t last = 0;   // == first, or first + 1 when the outlet split the claim
  double score = 0.0;
  bool shared_text = false;
  std::vector<TokenRef> shared;  // tokens of first..last whose term the claim has
};

// result[u]: the supports of unit u, in document order, each with score >= min_score.
// exhaustive: index every term, not only the informative ones (see Options::exhaustive).
std::vector<std::vector<Match>> Align(const std::vector<Unit>& units, std::size_t documents,
                                      double min_score, bool exhaustive = false);

}  // namespace align
}  // namespace corroborate

#endif  // CORROBORATE_ALIGN_ALIGN_H_
