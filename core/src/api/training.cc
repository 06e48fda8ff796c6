// The entry points for training and measuring the support model: sentence pairs
// (ScorePairs) and every claim's ungated candidates (CandidateFeatures).
#include <string>
#include <utility>
#include <vector>

#include "align/align.h"
#include "align/model.h"
#include "api/validate.h"
#include "corroborate/corroborate.h"
#include "corroborate/limits.h"
#include "parse/parse.h"
#include "terms/document.h"
#include "terms/token.h"

namespace corroborate {

Status ScorePairs(const std::vector<std::pair<std::string, std::string>>& pairs,
                  const Options& options, std::vector<PairResult>* out) {
  out->clear();
  const double threshold = options.min_score >= 0 ? options.min_score : model::kParaphraseThreshold;
  std::vector<std::vector<terms::Token>> tokens;
  tokens.reserve(pairs.size() * 2);
  for (const auto& [a, b] : pairs) {
    if (a.size() > limits::kMaxDocumentBytes || b.size() > limits::kMaxDocumentBytes)
      return Status::Limit("pair " + std::to_string(tokens.size() / 2) + " is over the size limit");
    tokens.push_back(terms::Tokenize(a, 0, a.size()));
    tokens.push_back(terms::Tokenize(b, 0, b.size()));
    terms::AnnotatePair(&tokens[tokens.size() - 2], &tokens.back());
  }
  std::vector<std::pair<const std::vector<terms::Token>*, const std::vector<terms::Token>*>> refs;
  for (std::size_t i = 0; i < pairs.size(); ++i) refs.emplace_back(&tokens[2 * i], &tokens[2 * i + 1]);
  for (const align::PairScore& ps : align::ScorePairs(refs, options.lexicon)) {
    PairResult r;
    r.score = ps.score;
    r.supports = ps.score >= threshold;
    r.features.assign(ps.features.begin(), ps.features.end());
    out->push_back(std::move(r));
  }
  return Status::Ok();
}

Status CandidateFeatures(const std::vector<Document>& docs, const Options& options,
                         std::size_t per_doc, std::vector<CandidateResult>* out) {
  out->clear();
  Status status = Validate(docs, options);
  if (!status.ok()) return status;
  std::vector<parse::Parsed> parsed;
  const std::vector<align::Unit> units = parse::ParseAll(docs, options.threads, &parsed);
  const std::vector<std::size_t> first_unit = parse::FirstUnits(parsed);
  auto span = [&](std::size_t u) {
    const std::size_t d = units[u].doc;
    const segment::Segment& seg = parsed[d].segments[u - first_unit[d]];
    return Span{seg.start, seg.end, 0, 0};
  };
  for (const align::CandidateRow& r : align::CandidateRows(units, docs.size(), options.lexicon, per_doc)) {
    CandidateResult c;
    c.claim_doc = units[r.claim].doc;
    c.doc = r.doc;
    c.claim = span(r.claim);
    c.other = Span{span(r.first).start, span(r.last).end, 0, 0};
    c.joined = r.last != r.first;
    c.cheap = r.cheap;
    c.related = r.related;
    c.score = r.score;
    c.features.assign(r.features.begin(), r.features.end());
    out->push_back(std::move(c));
  }
  return Status::Ok();
}

std::vector<std::string> FeatureNames() {
  std::vector<std::string> names;
  for (int f = 0; f < align::kFeatureCount; ++f) names.push_back(align::FeatureName(static_cast<align::Feature>(f)));
  return names;
}

}  // namespace corroborate
