#include "align/model.h"

#include <cmath>

#include "align/features.h"
#include "align/model_weights.h"

namespace corroborate {
namespace model {

static_assert(sizeof(weights::kWeights) / sizeof(double) == align::kFeatureCount,
              "model_weights.h does not match the features: retrain (tools/train_scorer.py)");

const double kDefaultMinScore = weights::kSupport;
const double kParaphraseThreshold = weights::kParaphrase;

double Score(double matched, double claim, double other) {
  if (matched <= 0 || claim <= 0 || other <= 0) return 0.0;
  const double recall = matched / claim;
  const double precision = matched / other;
  const double b2 = kRecallBeta * kRecallBeta;
  const double f = (1 + b2) * precision * recall / (b2 * precision + recall);
  return f > 1.0 ? 1.0 : f;
}

template <>
double Probability(const align::Features& f) {
  double z = 0;
  for (std::size_t i = 0; i < f.size(); ++i) z += weights::kWeights[i] * f[i];
  return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace model
}  // namespace corroborate
