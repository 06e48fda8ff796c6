// The support model: a logistic regression over interpretable features (features.h),
// trained on claim-level gold of annotated news stories (tools/train_support.py;
// docs/accuracy.md). This header and model_weights.h are the one place its numbers live.
#ifndef CORROBORATE_ALIGN_MODEL_H_
#define CORROBORATE_ALIGN_MODEL_H_

#include <array>
#include <cstddef>
#include <vector>

#include "align/model_weights.h"

namespace corroborate {
namespace model {

// A claim is supported by a sentence when Probability(...) >= kDefaultMinScore; a pair of
// sentences is a paraphrase (corroborate pairs) when it is >= kParaphraseThreshold. Both
// set by training (model_weights.h).
extern const double kDefaultMinScore;
extern const double kParaphraseThreshold;

// Recall (how much of the claim the other sentence covers) counts beta^2 times as much
// as precision in the weighted F feature: a long sentence that contains the whole claim
// supports it; a short one that states part of it does not.
constexpr double kRecallBeta = 2.0;

// An outlet that split the claim in two: the pair replaces the single best sentence
// when its probability is at least kPairGain higher, or when it still supports the claim
// and matches at least kPairRecallGain more of the claim's weight.
constexpr double kPairGain = 0.05;
constexpr double kPairRecallGain = 0.15;

// Candidates per (claim, other document) that get the full model, ranked by weighted F
// (Score below), and the weighted F a candidate needs at least: the gate is what makes
// candidate generation cheap (align.cc looks up only the terms that can reach it). Both are
// the trainer's (tools/train_support.py), which gives the model exactly these candidates;
// the gate is chosen there by cross-validation on the annotated stories.
constexpr int kCandidatesPerDocument = weights::kPerDocument;
constexpr double kMinCheapScore = weights::kGate;
// Weak overlap (weighted F under kStrongCheapScore) is support only in a story's other
// outlets, and a claim's own story is a handful of them: in a bundle of many stories the
// low gate reached some sentence in nearly every article (200 articles: 21 supports per
// claim, most between stories, and 8x the time). So a claim's candidates in documents whose
// best candidate is weak are kept for the kWeakDocuments such documents with the best ones
// only. No annotated story of five outlets is changed by it; a bundle of more than
// kWeakDocuments + 1 outlets of one event finds weakly worded support in the closest
// kWeakDocuments of them (strongly worded support in all).
constexpr double kStrongCheapScore = 0.35;
constexpr int kWeakDocuments = 6;
// And weak overlap is a candidate only in documents related to the claim's own as wholes
// (align/related.h: cosine over the closest document's) at least this much; in others a
// candidate needs kStrongCheapScore. Chosen by the trainer with the gate.
constexpr double kRelatedDocument = weights::kRelated;
// A document whose claims' TF-IDF cosine with another's is at least this is a copy of it
// (wire copy, syndicated story): articles of one event by different outlets measure 0.1-0.56
// on the annotated stories, copies 0.72-0.97. Relatedness scales by the closest document
// that is not a copy, or by this share of the closest copy's cosine if that is more (a
// document whose only same-event partner is a copy must not take an unrelated one as its
// yardstick).
constexpr double kCopyCosine = 0.7;
constexpr double kCopyShare = 0.5;
// Parts of a claim tried against an outlet that does not state it whole: the best few
// (part, candidate) combinations by weighted F get the full model.
constexpr int kPartsTried = 4;

// A claim of several clauses may be supported in part: a clause with at least this
// many terms, and at least this share of the claim's terms (not of its weight: the words
// another outlet repeats are the less rare ones), that another outlet
// states on its own ("the call lasted about 90 minutes" inside a longer sentence), with
// a probability of at least the decision threshold.
// Parts are runs of consecutive pieces of the sentence (split at , ; : and dashes); a
// sentence of more pieces than kMaxPieces is not split (a list, not clauses).
// The clause and the part of the other sentence that states it must share a weighted F of
// at least kMinClauseScore: shorter sides get high probabilities from fewer words, so
// without it a clause of three words is "supported" by any sentence naming one of them.
constexpr int kClauseMinTerms = 3;
constexpr double kMinClauseScore = 0.45;
constexpr double kClauseMinShare = 0.25;
constexpr std::size_t kMaxPieces = 8;

// Runs of this many identical words (stop words included) mean shared wording.
constexpr int kSharedTextWords = 10;
// Word runs are looked for in the first this many words of each sentence.
constexpr std::size_t kMaxRunWords = 256;

// F-beta of weighted precision and recall; `matched`, `claim` and `other` are sums of
// term weights (matched terms, all claim terms, all terms of the other sentence).
// Inline: candidate generation asks for millions of these in a large story.
inline double Score(double matched, double claim, double other) {
  if (matched <= 0 || claim <= 0 || other <= 0) return 0.0;
  const double recall = matched / claim;
  const double precision = matched / other;
  const double b2 = kRecallBeta * kRecallBeta;
  const double f = (1 + b2) * precision * recall / (b2 * precision + recall);
  return f > 1.0 ? 1.0 : f;
}

// The model's probability that `other` states the claim, from features.h's vector:
// with the trained weights, or with `weights` (one per feature, in features.h's order;
// fewer weigh the rest 0) when given, to measure a model trained without a story.
template <std::size_t N>
double Probability(const std::array<double, N>& features, const std::vector<double>* weights = nullptr);

}  // namespace model
}  // namespace corroborate

#endif  // CORROBORATE_ALIGN_MODEL_H_
