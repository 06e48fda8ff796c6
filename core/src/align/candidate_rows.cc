// Candidate rows for training and measuring the support model (align.h: CandidateRows).
#include <algorithm>

#include "align/align.h"
#include "align/related.h"
#include "align/term_index.h"

namespace corroborate {
namespace align {

std::vector<CandidateRow> CandidateRows(const std::vector<Unit>& units, std::size_t documents,
                                        const Lexicon* lexicon, std::size_t per_doc) {
  const TermIndex w(WeightedSentences(units), lexicon);
  const auto doc_units = DocumentRanges(units, documents);
  const Relatedness related(w, units, documents);
  std::vector<CandidateRow> rows;
  auto add = [&](std::size_t c, std::size_t d, std::size_t first, std::size_t last, const Side& o) {
    CandidateRow r{c, d, first, last, w.CheapScore(w.side(c), o), related(units[c].doc, d), 0.0, {}};
    r.score = w.Probability(w.side(c), o, &r.features);
    rows.push_back(r);
  };
  std::vector<std::pair<double, std::size_t>> ranked;
  for (std::size_t c = 0; c < units.size(); ++c) {
    if (!units[c].claim || w.side(c).terms.empty()) continue;
    for (std::size_t d = 0; d < documents; ++d) {
      if (d == units[c].doc) continue;
      ranked.clear();
      for (std::size_t s = doc_units[d].first; s < doc_units[d].second; ++s) {
        if (!units[s].claim) continue;
        const double cheap = w.CheapScore(w.side(c), w.side(s));
        if (cheap > 0) ranked.push_back({-cheap, s});
      }
      std::sort(ranked.begin(), ranked.end());
      if (ranked.size() > per_doc) ranked.resize(per_doc);
      for (std::size_t i = 0; i < ranked.size(); ++i) {
        const std::size_t s = ranked[i].second;
        add(c, d, s, s, w.side(s));
        if (i >= 2) continue;
        for (std::size_t n : {s - 1, s + 1}) {
          if (n < doc_units[d].first || n >= doc_units[d].second || !units[n].claim) continue;
          const std::size_t first = std::min(s, n);
          add(c, d, first, first + 1, w.Union(w.side(first), w.side(first + 1)));
        }
      }
    }
  }
  return rows;
}

}  // namespace align
}  // namespace corroborate
