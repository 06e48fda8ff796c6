#include "align/features.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "align/model.h"
#include "lexicon/quantity.h"

namespace corroborate {
namespace align {
namespace {

bool Has(const std::vector<TermId>& sorted, TermId t) {
  return std::binary_search(sorted.begin(), sorted.end(), t);
}

bool Negated(const std::vector<const lexicon::Token*>& t) {
  for (const lexicon::Token* k : t) {
    const std::string& w = k->norm;
    if (w == "not" || w == "no" || w == "never" || w == "nor" || w == "without" ||
        w == "nothing" || w == "none" || w == "neither" ||
        (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0))
      return true;
  }
  return false;
}

}  // namespace

int LongestRun(const std::vector<const lexicon::Token*>& a,
               const std::vector<const lexicon::Token*>& b, bool quoted_only) {
  std::vector<int> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  int best = 0;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const lexicon::Token& x = *a[i - 1];
      const lexicon::Token& y = *b[j - 1];
      const bool same = x.norm == y.norm &&
                        (!quoted_only || (x.has(lexicon::kQuoted) && y.has(lexicon::kQuoted)));
      cur[j] = same ? prev[j - 1] + 1 : 0;
      best = std::max(best, cur[j]);
    }
    std::swap(prev, cur);
  }
  return best;
}

const char* FeatureName(Feature f) {
  static const char* const kNames[kFeatureCount] = {
      "bias",          "weighted_f",     "weighted_recall", "weighted_precision",
      "recall",        "precision",      "bigram_recall",   "common_run",
      "quantity_match", "quantity_conflict", "length_ratio", "name_recall",
      "quoted_run",    "negation_mismatch", "missing_rare", "synonym_recall"};
  return kNames[f];
}

bool HasSynonym(TermId t, const Side& o, const TermGroups& groups) {
  if (t >= groups.size() || groups[t].empty()) return false;
  const auto& mine = groups[t];
  for (TermId u : o.terms) {
    if (u >= groups.size()) continue;
    const auto& theirs = groups[u];
    auto i = mine.begin();
    auto j = theirs.begin();
    while (i != mine.end() && j != theirs.end()) {
      if (*i == *j) return true;
      if (*i < *j) {
        ++i;
      } else {
        ++j;
      }
    }
  }
  return false;
}

Features Compute(const Side& c, const Side& o, const std::vector<double>& w,
                 const std::vector<std::string>& text, const TermGroups& groups) {
  Features f{};
  f[kBias] = 1.0;
  double matched = 0;
  std::size_t common = 0;
  for (TermId t : c.terms)
    if (Has(o.terms, t)) matched += w[t], ++common;
  f[kWeightedF] = model::Score(matched, c.weight, o.weight);
  f[kWeightedRecall] = c.weight > 0 ? matched / c.weight : 0;
  f[kWeightedPrecision] = o.weight > 0 ? matched / o.weight : 0;
  f[kRecall] = c.terms.empty() ? 0 : static_cast<double>(common) / c.terms.size();
  f[kPrecision] = o.terms.empty() ? 0 : static_cast<double>(common) / o.terms.size();

  std::set<std::pair<TermId, TermId>> other_bigrams;
  for (std::size_t i = 1; i < o.sequence.size(); ++i)
    other_bigrams.emplace(o.sequence[i - 1], o.sequence[i]);
  std::size_t bigrams = 0, found = 0;
  for (std::size_t i = 1; i < c.sequence.size(); ++i, ++bigrams)
    found += other_bigrams.count({c.sequence[i - 1], c.sequence[i]});
  f[kBigramRecall] = bigrams ? static_cast<double>(found) / bigrams : f[kRecall];

  const std::size_t shorter = std::min(c.tokens.size(), o.tokens.size());
  f[kCommonRun] = shorter ? static_cast<double>(LongestRun(c.tokens, o.tokens, false)) / shorter : 0;

  // Quantities: a kind both sides give, with no value in common, is a conflict.
  std::set<std::string> kinds_c, kinds_o, kinds_shared;
  int qty_match = 0;
  for (TermId t : c.terms) {
    const auto kind = lexicon::QuantityKind(text[t]);
    if (!lexicon::IsReportableKind(kind)) continue;
    kinds_c.emplace(kind);
    if (Has(o.terms, t)) ++qty_match, kinds_shared.emplace(kind);
  }
  for (TermId t : o.terms) {
    const auto kind = lexicon::QuantityKind(text[t]);
    if (lexicon::IsReportableKind(kind)) kinds_o.emplace(kind);
  }
  int conflicts = 0;
  for (const std::string& k : kinds_c)
    if (kinds_o.count(k) && !kinds_shared.count(k)) ++conflicts;
  f[kQuantityMatch] = std::min(qty_match, 3);
  f[kQuantityConflict] = std::min(conflicts, 3);

  f[kLengthRatio] = std::log((1.0 + c.terms.size()) / (1.0 + o.terms.size()));

  std::size_t names = 0, names_found = 0;
  for (std::size_t i = 0; i < c.tokens.size(); ++i) {
    const lexicon::Token* t = c.tokens[i];
    if (i == 0 || !t->has(lexicon::kCapitalized) || t->has(lexicon::kAllCaps) || t->term.empty()) continue;
    ++names;
    for (const lexicon::Token* u : o.tokens)
      if (u->term == t->term) {
        ++names_found;
        break;
      }
  }
  f[kNameRecall] = names ? static_cast<double>(names_found) / names : 1.0;

  f[kQuotedRun] = std::min(LongestRun(c.tokens, o.tokens, true), 8) / 8.0;
  f[kNegationMismatch] = Negated(c.tokens) != Negated(o.tokens) ? 1.0 : 0.0;
  double rarest = 0, rarest_missing = 0;
  for (TermId t : c.terms) {
    rarest = std::max(rarest, w[t]);
    if (!Has(o.terms, t)) rarest_missing = std::max(rarest_missing, w[t]);
  }
  f[kMissingRare] = rarest > 0 ? rarest_missing / rarest : 0;

  double synonym = matched;
  if (!groups.empty())
    for (TermId t : c.terms)
      if (!Has(o.terms, t) && HasSynonym(t, o, groups)) synonym += w[t];
  f[kSynonymRecall] = c.weight > 0 ? synonym / c.weight : 0;
  return f;
}

}  // namespace align
}  // namespace corroborate
