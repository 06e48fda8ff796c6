#include "align/model.h"

#include <cmath>

#include "align/features.h"
#include "align/model_weights.h"

namespace corroborate {
namespace model {

// Features added since the last training run weigh nothing until scripts/train-scorer.sh
// runs again (it writes one weight per feature); more weights than features is a bug.
constexpr std::size_t kTrained = sizeof(weights::kWeights) / sizeof(double);
static_assert(kTrained <= align::kFeatureCount,
              "model_weights.h has weights for features that no longer exist: retrain");

const double kDefaultMinScore = weights::kSupport;
const double kParaphraseThreshold = weights::kParaphrase;

template <>
double Probability(const align::Features& f, const std::vector<double>* w) {
  double z = 0;
  if (w) {
    for (std::size_t i = 0; i < w->size() && i < f.size(); ++i) z += (*w)[i] * f[i];
  } else {
    for (std::size_t i = 0; i < kTrained; ++i) z += weights::kWeights[i] * f[i];
  }
  return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace model
}  // namespace corroborate
