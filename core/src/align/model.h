// The support model: a logistic regression over interpretable features (features.h),
// trained on MSRP train only (tools/train_scorer.py; docs/accuracy.md). This header and
// model_weights.h are the one place its numbers live.
#ifndef CORROBORATE_ALIGN_MODEL_H_
#define CORROBORATE_ALIGN_MODEL_H_

#include <array>
#include <cstddef>

namespace corroborate {
namespace model {

// A claim is supported by a sentence when Probability(...) >= kDefaultMinScore; a pair of
// sentences is a paraphrase when it is >= kParaphraseThreshold. Both set by training
// (model_weights.h).
extern const double kDefaultMinScore;
extern const double kParaphraseThreshold;

// Recall (how much of the claim the other sentence covers) counts beta^2 times as much
// as precision in the weighted F feature: a long sentence that contains the whole claim
// supports it; a short one that states part of it does not.
constexpr double kRecallBeta = 2.0;

// An outlet that split the claim in two: the pair replaces the single best sentence
// only when its probability is at least this much higher.
constexpr double kPairGain = 0.05;

// Candidates per (claim, other document) that get the full model, ranked by weighted F
// (Score below); candidates under kMinCheapScore never do. On MSRP train no pair the model
// supports has a weighted F under 0.355, so 0.2 loses nothing and skips most pairs.
constexpr int kCandidatesPerDocument = 4;
constexpr double kMinCheapScore = 0.2;
// Parts of a claim tried against an outlet that does not state it whole: the best few
// (part, candidate) combinations by weighted F get the full model.
constexpr int kPartsTried = 4;

// A claim of several clauses may be supported in part: a clause with at least this
// many terms, and at least this share of the claim's terms (not of its weight: the words
// another outlet repeats are the less rare ones), that another outlet
// states on its own ("the call lasted about 90 minutes" inside a longer sentence), with
// a probability of at least kParaphraseThreshold.
// Parts are runs of consecutive pieces of the sentence (split at , ; : and dashes); a
// sentence of more pieces than kMaxPieces is not split (a list, not clauses).
constexpr int kClauseMinTerms = 3;
constexpr double kClauseMinShare = 0.25;
constexpr std::size_t kMaxPieces = 8;

// Runs of this many identical words (stop words included) mean shared wording.
constexpr int kSharedTextWords = 10;
// Word runs are looked for in the first this many words of each sentence.
constexpr std::size_t kMaxRunWords = 256;

// Terms in more than this share of all claims carry little evidence and are left out of
// candidate generation (never out of scoring).
constexpr double kCommonTermShare = 0.2;
constexpr int kCommonTermMinDf = 64;
// ...but every claim looks up at least this many of its terms, the rarest first.
constexpr std::size_t kMinLookupTerms = 2;

// F-beta of weighted precision and recall; `matched`, `claim` and `other` are sums of
// term weights (matched terms, all claim terms, all terms of the other sentence).
double Score(double matched, double claim, double other);

// The model's probability that `other` states the claim, from features.h's vector.
template <std::size_t N>
double Probability(const std::array<double, N>& features);

}  // namespace model
}  // namespace corroborate

#endif  // CORROBORATE_ALIGN_MODEL_H_
