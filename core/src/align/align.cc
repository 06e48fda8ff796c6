#include "align/align.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "align/model.h"

namespace corroborate {
namespace align {
namespace {

using TermId = std::uint32_t;

// A sentence's distinct terms, sorted, with the sum of their weights.
struct Bag {
  std::vector<TermId> terms;
  double weight = 0.0;
};

class Vocabulary {
 public:
  TermId Intern(const std::string& term) {
    auto it = ids_.emplace(term, static_cast<TermId>(ids_.size())).first;
    return it->second;
  }
  std::size_t size() const { return ids_.size(); }

 private:
  std::unordered_map<std::string, TermId> ids_;
};

double MatchedWeight(const Bag& a, const Bag& b, const std::vector<double>& w) {
  double m = 0.0;
  auto i = a.terms.begin(), j = b.terms.begin();
  while (i != a.terms.end() && j != b.terms.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      m += w[*i];
      ++i, ++j;
    }
  }
  return m;
}

Bag Union(const Bag& a, const Bag& b, const std::vector<double>& w) {
  Bag u;
  std::set_union(a.terms.begin(), a.terms.end(), b.terms.begin(), b.terms.end(),
                 std::back_inserter(u.terms));
  for (TermId t : u.terms) u.weight += w[t];
  return u;
}

// Longest run of identical words (folded, stop words included) in both sentences.
int LongestCommonRun(const std::vector<lexicon::Token>& a, const std::vector<lexicon::Token>& b) {
  std::vector<int> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  int best = 0;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1].norm == b[j - 1].norm ? prev[j - 1] + 1 : 0;
      best = std::max(best, cur[j]);
    }
    std::swap(prev, cur);
  }
  return best;
}

}  // namespace

std::vector<std::vector<Match>> Align(const std::vector<Unit>& units, std::size_t documents,
                                      double min_score, bool exhaustive) {
  std::vector<std::vector<Match>> result(units.size());
  // Terms and their rarity across all claims of all documents.
  Vocabulary vocab;
  std::vector<Bag> bags(units.size());
  std::vector<std::vector<TermId>> term_of_token(units.size());
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (!units[u].claim) continue;
    for (const lexicon::Token& t : *units[u].tokens) {
      const TermId id = t.term.empty() ? UINT32_MAX : vocab.Intern(t.term);
      term_of_token[u].push_back(id);
      if (id != UINT32_MAX) bags[u].terms.push_back(id);
    }
    std::sort(bags[u].terms.begin(), bags[u].terms.end());
    bags[u].terms.erase(std::unique(bags[u].terms.begin(), bags[u].terms.end()), bags[u].terms.end());
  }
  std::vector<std::uint32_t> df(vocab.size(), 0);
  std::size_t claims = 0;
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (!units[u].claim) continue;
    ++claims;
    for (TermId t : bags[u].terms) ++df[t];
  }
  std::vector<double> weight(vocab.size());
  for (TermId t = 0; t < weight.size(); ++t)
    weight[t] = std::log(1.0 + (claims - df[t] + 0.5) / (df[t] + 0.5));
  for (Bag& b : bags)
    for (TermId t : b.terms) b.weight += weight[t];

  // Inverted index over informative terms: candidates share at least one of them, so
  // the work grows with the matches, not with the square of the sentences.
  const std::uint32_t common_df = std::max<std::uint32_t>(
      model::kCommonTermMinDf, static_cast<std::uint32_t>(model::kCommonTermShare * claims));
  std::vector<std::vector<std::uint32_t>> postings(vocab.size());
  for (std::size_t u = 0; u < units.size(); ++u)
    for (TermId t : bags[u].terms)
      if (exhaustive || df[t] <= common_df) postings[t].push_back(static_cast<std::uint32_t>(u));

  auto is_claim = [&](std::size_t u) { return u < units.size() && units[u].claim; };
  std::vector<double> best_score(documents);
  std::vector<Match> best(documents);
  std::vector<std::uint32_t> seen_mark(units.size(), UINT32_MAX);
  std::vector<std::uint32_t> candidates;

  for (std::size_t c = 0; c < units.size(); ++c) {
    if (!units[c].claim || bags[c].terms.empty()) continue;
    candidates.clear();
    for (TermId t : bags[c].terms)
      for (std::uint32_t s : postings[t])
        if (units[s].doc != units[c].doc && seen_mark[s] != c) {
          seen_mark[s] = static_cast<std::uint32_t>(c);
          candidates.push_back(s);
        }
    std::fill(best_score.begin(), best_score.end(), -1.0);
    auto consider = [&](std::size_t first, std::size_t last, double score) {
      const std::size_t d = units[first].doc;
      const bool pair = last != first;
      if (score <= best_score[d] + (pair ? model::kPairGain : 0.0)) return;
      best_score[d] = score;
      best[d].doc = d;
      best[d].first = first;
      best[d].last = last;
      best[d].score = score;
    };
    std::sort(candidates.begin(), candidates.end());
    for (std::uint32_t s : candidates) {
      const double m = MatchedWeight(bags[c], bags[s], weight);
      consider(s, s, model::Score(m, bags[c].weight, bags[s].weight));
    }
    for (std::uint32_t s : candidates) {
      // The outlet may have split the claim at s: try it with each neighbour.
      for (std::size_t n : {static_cast<std::size_t>(s) + 1, static_cast<std::size_t>(s) - 1}) {
        if (!is_claim(n) || units[n].doc != units[s].doc) continue;
        const std::size_t first = std::min<std::size_t>(s, n), last = std::max<std::size_t>(s, n);
        const Bag u = Union(bags[first], bags[last], weight);
        const double m = MatchedWeight(bags[c], u, weight);
        consider(first, last, model::Score(m, bags[c].weight, u.weight));
      }
    }
    for (std::size_t d = 0; d < documents; ++d) {
      if (d == units[c].doc || best_score[d] < min_score) continue;
      Match m = best[d];
      const auto& claim_terms = bags[c].terms;
      int run = 0;
      for (std::size_t s = m.first; s <= m.last; ++s) {
        const auto& toks = *units[s].tokens;
        for (std::size_t k = 0; k < toks.size(); ++k) {
          if (term_of_token[s][k] == UINT32_MAX) continue;
          if (std::binary_search(claim_terms.begin(), claim_terms.end(), term_of_token[s][k]))
            m.shared.push_back({s, k});
        }
        run = std::max(run, LongestCommonRun(*units[c].tokens, toks));
      }
      m.shared_text = run >= model::kSharedTextWords;
      result[c].push_back(std::move(m));
    }
  }
  return result;
}

}  // namespace align
}  // namespace corroborate
