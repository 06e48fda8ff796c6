#include "api/validate.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "align/features.h"
#include "base/string_ids.h"
#include "corroborate/limits.h"
#include "parse/parse.h"
#include "text/number.h"

namespace corroborate {
namespace {

using parse::Quoted;

std::string MiB(std::size_t bytes) {
  return text::FormatF(static_cast<double>(bytes) / (1 << 20), 1) + " MiB";
}

// "is 20.0 MiB; the limit is 4.0 MiB", or in bytes where rounding would make the two
// read the same ("is 4194305 bytes; the limit is 4194304 bytes").
std::string OverLimit(std::size_t bytes, std::size_t limit) {
  if (MiB(bytes) != MiB(limit)) return "is " + MiB(bytes) + "; the limit is " + MiB(limit);
  return "is " + std::to_string(bytes) + " bytes; the limit is " + std::to_string(limit) + " bytes";
}

}  // namespace

Status Validate(const std::vector<Document>& docs, const Options& options) {
  if (docs.empty()) return Status::Invalid("no documents to analyse");
  if (docs.size() > limits::kMaxDocuments)
    return Status::Limit("too many documents: " + std::to_string(docs.size()) + " (limit " +
                         std::to_string(limits::kMaxDocuments) + ")");
  std::size_t total = 0;
  const auto first_id = base::FirstEqual(docs.size(), [&](std::size_t i) { return std::string_view(docs[i].id); });
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const Document& d = docs[i];
    if (d.id.empty()) return Status::Invalid("document " + std::to_string(i) + " has an empty id");
    if (first_id[i] != i)
      return Status::Invalid("duplicate document id " + Quoted(d.id) + " (documents " +
                             std::to_string(first_id[i]) + " and " + std::to_string(i) + ")");
    if (d.text.size() > limits::kMaxDocumentBytes)
      return Status::Limit("document " + Quoted(d.id) + " " +
                           OverLimit(d.text.size(), limits::kMaxDocumentBytes) + " per document");
    total += d.text.size();
  }
  if (total > limits::kMaxTotalBytes)
    return Status::Limit("documents total " + OverLimit(total, limits::kMaxTotalBytes).substr(3) +
                         " per analysis");
  if (options.min_score >= 0 && !(options.min_score <= 1.0))
    return Status::Invalid("min_score must be between 0 and 1");
  if (std::isnan(options.min_score)) return Status::Invalid("min_score must be a number");
  if (options.model_weights.size() > align::kFeatureCount)
    return Status::Invalid("model_weights has " + std::to_string(options.model_weights.size()) +
                           " weights; the model has " + std::to_string(align::kFeatureCount) + " features");
  if (std::any_of(options.model_weights.begin(), options.model_weights.end(), [](double x) { return !std::isfinite(x); }))
    return Status::Invalid("model_weights must be finite numbers");
  if (!options.focus.empty() &&
      std::none_of(docs.begin(), docs.end(), [&](const Document& d) { return d.id == options.focus; }))
    return Status::Invalid("focus " + Quoted(options.focus) + " is not the id of a document");
  return Status::Ok();
}

}  // namespace corroborate
