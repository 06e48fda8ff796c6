// The support score and its decision threshold: the one place they are defined.
#ifndef CORROBORATE_ALIGN_MODEL_H_
#define CORROBORATE_ALIGN_MODEL_H_

namespace corroborate {
namespace model {

// A claim is supported by a sentence when Score(...) >= kDefaultMinScore.
constexpr double kDefaultMinScore = 0.36;

// Recall (how much of the claim the other sentence covers) counts beta^2 times as much
// as precision: a long sentence that contains the whole claim supports it; a short one
// that states part of it does not.
constexpr double kRecallBeta = 2.0;

// An outlet that split the claim in two: the pair replaces the single best sentence
// only when it adds at least this much.
constexpr double kPairGain = 0.05;

// Runs of this many identical words (stop words included) mean shared wording.
constexpr int kSharedTextWords = 10;

// Terms in more than this share of all claims carry little evidence and are left out of
// candidate generation (never out of scoring).
constexpr double kCommonTermShare = 0.2;
constexpr int kCommonTermMinDf = 64;

// F-beta of weighted precision and recall; `matched`, `claim` and `other` are sums of
// term weights (matched terms, all claim terms, all terms of the other sentence).
double Score(double matched, double claim, double other);

}  // namespace model
}  // namespace corroborate

#endif  // CORROBORATE_ALIGN_MODEL_H_
