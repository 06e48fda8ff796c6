#include "align/model.h"

namespace corroborate {
namespace model {

double Score(double matched, double claim, double other) {
  if (matched <= 0 || claim <= 0 || other <= 0) return 0.0;
  const double recall = matched / claim;
  const double precision = matched / other;
  const double b2 = kRecallBeta * kRecallBeta;
  const double f = (1 + b2) * precision * recall / (b2 * precision + recall);
  return f > 1.0 ? 1.0 : f;
}

}  // namespace model
}  // namespace corroborate
