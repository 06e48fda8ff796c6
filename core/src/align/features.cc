#include "align/features.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "align/model.h"
#include "terms/quantity.h"
#include "terms/token.h"

namespace corroborate {
namespace align {

bool IsNegation(std::string_view w) {
  // Views, not std::string: their compares with literals are inline.
  return w == "not" || w == "no" || w == "never" || w == "nor" || w == "without" ||
         w == "nothing" || w == "none" || w == "neither" || (w.size() > 3 && w.substr(w.size() - 3) == "n't");
}

Runs LongestRuns(const Side& a, const Side& b) {
  // One dynamic programme for both runs. It costs the product of the lengths, so very
  // long sentences (text without punctuation, cut at the sentence limit) are compared by
  // their first kMaxRunWords words: news sentences are far shorter.
  const std::size_t n = std::min(a.words.size(), model::kMaxRunWords);
  const std::size_t m = std::min(b.words.size(), model::kMaxRunWords);
  // Only cells where the words are equal can hold a run, and most words of one sentence
  // are not in the other, or once or twice: a row visits just the places of its word in
  // b, through a chain of them built for each call. Everything below is kept between
  // calls (the model asks for runs tens of thousands of times in a large story) and
  // stamped with the call or row that set it instead of being cleared.
  struct Place {
    std::uint32_t call = 0;  // the call that set `last`
    std::uint32_t last = 0;  // the word's last place in b (from 1)
  };
  struct Cell {
    std::uint32_t row = 0;  // the row that set the runs below; other rows read zeros
    int any = 0, quoted = 0;
  };
  static thread_local std::vector<Place> place_of;  // by word id
  static thread_local std::vector<std::uint32_t> earlier;  // by place: the word's place before, or 0
  static thread_local std::vector<Cell> cells;  // by place in b (cell 0 is never set)
  static thread_local std::uint32_t call = 0;
  static thread_local std::uint32_t base = 1;  // row 0 of this call: above every row set so far
  if (call == UINT32_MAX || base > UINT32_MAX - 2 * model::kMaxRunWords) {
    place_of.assign(place_of.size(), Place{});
    cells.assign(cells.size(), Cell{});
    call = 0, base = 1;
  }
  ++call;
  if (cells.size() < m + 1) cells.resize(m + 1), earlier.resize(m + 1);
  for (std::size_t j = 1; j <= m; ++j) {
    const std::uint32_t x = b.words[j - 1];
    if (x >= place_of.size()) place_of.resize(x + 1);
    Place& p = place_of[x];
    earlier[j] = p.call == call ? p.last : 0;
    p = {call, static_cast<std::uint32_t>(j)};
  }
  Runs best;
  for (std::size_t i = 1; i <= n; ++i) {
    const std::uint32_t x = a.words[i - 1];
    if (x >= place_of.size() || place_of[x].call != call) continue;
    const auto row = static_cast<std::uint32_t>(base + i);
    const bool xq = a.tokens[i - 1]->has(terms::kQuoted);
    // Right to left, so that cell j - 1 still holds the row before when cell j reads it.
    for (std::uint32_t j = place_of[x].last; j != 0; j = earlier[j]) {
      const Cell diagonal = cells[j - 1].row == row - 1 ? cells[j - 1] : Cell{};
      Cell& cell = cells[j];
      cell.row = row;
      cell.any = diagonal.any + 1;
      cell.quoted = xq && b.tokens[j - 1]->has(terms::kQuoted) ? diagonal.quoted + 1 : 0;
      best.any = std::max(best.any, cell.any);
      best.quoted = std::max(best.quoted, cell.quoted);
    }
  }
  base += static_cast<std::uint32_t>(n + 1);
  return best;
}

const char* FeatureName(Feature f) {
  static const char* const kNames[kFeatureCount] = {
      "bias",          "weighted_f",     "weighted_recall", "weighted_precision",
      "recall",        "precision",      "bigram_recall",   "common_run",
      "quantity_match", "quantity_conflict", "length_ratio", "name_recall",
      "quoted_run",    "negation_mismatch", "missing_rare", "synonym_recall",
      "cosine"};
  return kNames[f];
}

bool HasSynonym(TermId t, const Side& o, const TermGroups& groups) {
  if (t >= groups.size()) return false;
  // Most terms have no synonym in the other side: the signature rules that out first.
  for (std::uint32_t g : groups[t])
    if ((o.group_bits >> (g & 63) & 1) && std::binary_search(o.groups.begin(), o.groups.end(), g)) return true;
  return false;
}

Features Compute(const Side& c, const Side& o, const std::vector<double>& w,
                 const std::vector<std::string>& text, const TermGroups& groups, Runs* runs_out) {
  Features f{};
  f[kBias] = 1.0;
  double matched = 0, synonym = 0, rarest = 0, rarest_missing = 0, matched2 = 0, claim2 = 0, other2 = 0;
  std::size_t common = 0;
  int qty_match = 0;
  // Quantity kinds by first letter is not enough ("#month" vs "#money"), so kinds are
  // compared as strings, but only for the few quantity terms.
  static thread_local std::vector<std::string_view> kinds_c, kinds_o, kinds_shared;
  kinds_c.clear(), kinds_o.clear(), kinds_shared.clear();
  AscendingLookup in_o(o.terms);
  for (TermId t : c.terms) {
    const bool found = in_o.Has(t);
    rarest = std::max(rarest, w[t]);
    claim2 += w[t] * w[t];
    if (found) {
      matched += w[t];
      matched2 += w[t] * w[t];
      ++common;
    } else {
      rarest_missing = std::max(rarest_missing, w[t]);
      if (!groups.empty() && HasSynonym(t, o, groups)) synonym += w[t];
    }
    if (!terms::IsQuantityTerm(text[t])) continue;
    const auto kind = terms::QuantityKind(text[t]);
    if (!terms::IsReportableKind(kind)) continue;
    kinds_c.push_back(kind);
    if (found) ++qty_match, kinds_shared.push_back(kind);
  }
  for (TermId t : o.terms) {
    other2 += w[t] * w[t];
    if (!terms::IsQuantityTerm(text[t])) continue;
    const auto kind = terms::QuantityKind(text[t]);
    if (terms::IsReportableKind(kind)) kinds_o.push_back(kind);
  }
  f[kWeightedF] = model::Score(matched, c.weight, o.weight);
  f[kWeightedRecall] = c.weight > 0 ? matched / c.weight : 0;
  f[kWeightedPrecision] = o.weight > 0 ? matched / o.weight : 0;
  f[kRecall] = c.terms.empty() ? 0 : static_cast<double>(common) / c.terms.size();
  f[kPrecision] = o.terms.empty() ? 0 : static_cast<double>(common) / o.terms.size();

  // Bigrams with repeats, as written: a repeated pair counts each time it occurs.
  std::size_t found_bigrams = 0, bigrams = 0;
  for (std::size_t i = 1, prev = kNoTerm; i <= c.token_terms.size(); ++i) {
    const TermId t = c.token_terms[i - 1];
    if (t == kNoTerm) continue;
    if (prev != kNoTerm) {
      ++bigrams;
      found_bigrams += std::binary_search(o.bigrams.begin(), o.bigrams.end(), Bigram(prev, t));
    }
    prev = t;
  }
  f[kBigramRecall] = bigrams ? static_cast<double>(found_bigrams) / bigrams : f[kRecall];

  const Runs runs = LongestRuns(c, o);
  if (runs_out) *runs_out = runs;
  const std::size_t shorter = std::min(c.tokens.size(), o.tokens.size());
  f[kCommonRun] = shorter ? static_cast<double>(runs.any) / shorter : 0;

  auto contains = [](const std::vector<std::string_view>& v, std::string_view k) {
    return std::find(v.begin(), v.end(), k) != v.end();
  };
  int conflicts = 0;
  for (std::size_t i = 0; i < kinds_c.size(); ++i) {
    if (contains(kinds_c, kinds_c[i]) && std::find(kinds_c.begin(), kinds_c.end(), kinds_c[i]) != kinds_c.begin() + i)
      continue;  // each kind once
    if (contains(kinds_o, kinds_c[i]) && !contains(kinds_shared, kinds_c[i])) ++conflicts;
  }
  f[kQuantityMatch] = std::min(qty_match, 3);
  f[kQuantityConflict] = std::min(conflicts, 3);

  f[kLengthRatio] = std::log((1.0 + c.terms.size()) / (1.0 + o.terms.size()));

  std::size_t names_found = 0;
  AscendingLookup name_in_o(o.terms);
  for (TermId t : c.names) names_found += name_in_o.Has(t);
  f[kNameRecall] = c.names.empty() ? 1.0 : static_cast<double>(names_found) / c.names.size();

  f[kQuotedRun] = std::min(runs.quoted, 8) / 8.0;
  f[kNegationMismatch] = c.negated != o.negated ? 1.0 : 0.0;
  f[kMissingRare] = rarest > 0 ? rarest_missing / rarest : 0;
  f[kSynonymRecall] = c.weight > 0 ? (matched + synonym) / c.weight : 0;
  f[kCosine] = claim2 > 0 && other2 > 0 ? matched2 / std::sqrt(claim2 * other2) : 0;
  return f;
}

}  // namespace align
}  // namespace corroborate
