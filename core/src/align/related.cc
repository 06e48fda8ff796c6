#include "align/related.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "align/model.h"

namespace corroborate {
namespace align {
namespace {

struct Posting {
  std::uint32_t doc;
  double weight;
};

// Per term, the documents whose claims have it and how many claims do (documents
// ascending), as a flat array by term: postings of term t are [start[t], start[t + 1]).
void CountTerms(const TermIndex& w, const std::vector<Unit>& units, std::size_t documents,
                std::vector<std::uint32_t>* start, std::vector<Posting>* postings) {
  std::vector<std::uint32_t> count(w.terms(), 0), last_doc(w.terms(), UINT32_MAX);
  std::vector<std::pair<TermId, std::uint32_t>> doc_terms;  // (term, claims) of one document
  std::vector<std::vector<std::pair<TermId, std::uint32_t>>> by_doc(documents);
  std::size_t u = 0;
  for (std::size_t d = 0; d < documents; ++d) {
    doc_terms.clear();
    for (; u < units.size() && units[u].doc == d; ++u)
      for (TermId t : w.side(u).terms) {
        if (last_doc[t] != d) last_doc[t] = static_cast<std::uint32_t>(d), count[t] = 0, doc_terms.push_back({t, 0});
        ++count[t];
      }
    for (auto& [t, n] : doc_terms) n = count[t];
    by_doc[d] = doc_terms;
  }
  start->assign(w.terms() + 1, 0);
  for (const auto& terms : by_doc)
    for (const auto& [t, n] : terms) ++(*start)[t + 1];
  for (std::size_t t = 0; t < w.terms(); ++t) (*start)[t + 1] += (*start)[t];
  postings->resize((*start)[w.terms()]);
  std::vector<std::uint32_t> fill(start->begin(), start->end() - 1);
  for (std::size_t d = 0; d < documents; ++d)
    for (const auto& [t, n] : by_doc[d]) (*postings)[fill[t]++] = {static_cast<std::uint32_t>(d), static_cast<double>(n)};
}

}  // namespace

Relatedness::Relatedness(const TermIndex& w, const std::vector<Unit>& units, std::size_t documents)
    : documents_(documents), relative_(documents * documents, 0.0f) {
  std::vector<std::uint32_t> start;
  std::vector<Posting> postings;
  CountTerms(w, units, documents, &start, &postings);
  // TF-IDF weights and each document's norm.
  std::vector<double> norm(documents, 0.0);
  for (std::size_t t = 0; t < w.terms(); ++t) {
    const double df = start[t + 1] - start[t];
    const double idf = std::log((1.0 + documents) / (1.0 + df)) + 1.0;
    for (std::uint32_t i = start[t]; i < start[t + 1]; ++i) {
      Posting& p = postings[i];
      p.weight = (1.0 + std::log(p.weight)) * idf;
      norm[p.doc] += p.weight * p.weight;
    }
  }
  // Dot products of every two documents that share a term: the work is the sum over terms
  // of the square of their document frequency.
  std::vector<double> dot(documents * documents, 0.0);
  for (std::size_t t = 0; t < w.terms(); ++t)
    for (std::uint32_t i = start[t]; i < start[t + 1]; ++i)
      for (std::uint32_t j = i + 1; j < start[t + 1]; ++j)
        dot[postings[i].doc * documents + postings[j].doc] += postings[i].weight * postings[j].weight;
  // Each row: the cosines, then over the row's largest that is not a copy's (a copy of
  // the document would make every other outlet look unrelated) or a share of the copy's
  // (model::kCopyCosine, kCopyShare), at most 1.
  std::vector<double> cosine(documents);
  for (std::size_t a = 0; a < documents; ++a) {
    double best = 0.0, best_other = 0.0;
    for (std::size_t b = 0; b < documents; ++b) {
      const double d = a < b ? dot[a * documents + b] : dot[b * documents + a];
      cosine[b] = a == b || norm[a] == 0 || norm[b] == 0 ? 0.0 : d / std::sqrt(norm[a] * norm[b]);
      best = std::max(best, cosine[b]);
      if (cosine[b] < model::kCopyCosine) best_other = std::max(best_other, cosine[b]);
    }
    const double scale = std::max(best_other, model::kCopyShare * best);
    if (scale == 0) continue;
    for (std::size_t b = 0; b < documents; ++b)
      relative_[a * documents + b] = static_cast<float>(std::min(1.0, cosine[b] / scale));
  }
}

}  // namespace align
}  // namespace corroborate
