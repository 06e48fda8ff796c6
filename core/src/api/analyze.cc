// Analyze, the pipeline: parse (segment, classify, terms) -> align -> report.
#include <string>
#include <string_view>

#include "align/align.h"
#include "align/model.h"
#include "api/validate.h"
#include "base/string_ids.h"
#include "corroborate/corroborate.h"
#include "parse/parse.h"
#include "report/build.h"

#ifndef CORROBORATE_VERSION
#error "CORROBORATE_VERSION is set by core/CMakeLists.txt"
#endif

namespace corroborate {
namespace {

using parse::Quoted;

// Warnings about the whole analysis: each document's own, in document order, then
// identical texts and a lone document.
std::vector<Warning> Warnings(const std::vector<Document>& docs, std::vector<parse::Parsed>* parsed) {
  std::vector<Warning> out;
  const auto first_text = base::FirstEqual(docs.size(), [&](std::size_t d) { return std::string_view(docs[d].text); });
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (Warning& w : (*parsed)[d].warnings) out.push_back(std::move(w));
    if (first_text[d] != d && !docs[d].text.empty())
      out.push_back({static_cast<long>(d), "documents " + Quoted(docs[first_text[d]].id) + " and " +
                                               Quoted(docs[d].id) + " have identical text"});
  }
  if (docs.size() == 1)
    out.push_back({-1, "only one document: there is nothing to corroborate against, so every claim is single"});
  return out;
}

}  // namespace

const char* Version() { return CORROBORATE_VERSION; }

Status Analyze(const std::vector<Document>& docs, const Options& options, Report* report) {
  *report = Report();
  Status status = Validate(docs, options);
  if (!status.ok()) return status;
  Report out;
  out.min_score = options.min_score >= 0 ? options.min_score : model::kDefaultMinScore;

  std::vector<parse::Parsed> parsed;
  const std::vector<align::Unit> units = parse::ParseAll(docs, options.threads, &parsed);
  out.warnings = Warnings(docs, &parsed);

  std::size_t focus = align::kAllDocuments;
  for (std::size_t d = 0; d < docs.size() && !options.focus.empty(); ++d)
    if (docs[d].id == options.focus) focus = d;

  bool cancelled = false;
  const auto matches = align::Align(units, docs.size(), out.min_score, options.exhaustive, options.lexicon,
                                    options.progress, &cancelled, options.threads, focus,
                                    options.model_weights.empty() ? nullptr : &options.model_weights);
  if (cancelled) return Status(StatusCode::kCancelled, "analysis cancelled");

  report::Build(docs, parsed, units, matches, options.threads, focus, &out);
  *report = std::move(out);
  if (options.progress) options.progress(1.0);
  return Status::Ok();
}

}  // namespace corroborate
