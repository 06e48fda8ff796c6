#include "align/evidence.h"

#include <algorithm>
#include <string_view>

#include "align/model.h"
#include "terms/quantity.h"
#include "terms/token.h"

namespace corroborate {
namespace align {
namespace {

// The quantity kind of a term, when "details differ" reports it (empty otherwise).
std::string_view ReportableKind(const TermIndex& w, TermId t) {
  // Most terms are words, settled here without a call.
  if (t == kNoTerm || !terms::IsQuantityTerm(w.text(t))) return {};
  const auto kind = terms::QuantityKind(w.text(t));
  return terms::IsReportableKind(kind) ? kind : std::string_view();
}

}  // namespace

void AddEvidence(const TermIndex& w, std::size_t c, Match* best, int known_run) {
  const Side& claim = w.side(c);
  // Quantity tokens of the claim, for "details differ".
  std::vector<std::size_t> claim_qty;
  for (std::size_t k = 0; k < claim.token_terms.size(); ++k)
    if (!ReportableKind(w, claim.token_terms[k]).empty()) claim_qty.push_back(k);
  std::vector<char> claim_qty_found(claim_qty.size(), false);
  std::vector<TokenRef> other_qty;
  int run = 0;
  for (std::size_t s = best->first; s <= best->last; ++s) {
    const Side& other = w.side(s);
    for (std::size_t k = 0; k < other.token_terms.size(); ++k) {
      const TermId t = other.token_terms[k];
      if (t == kNoTerm) continue;
      bool in_claim = false;
      for (std::size_t q = 0; q < claim_qty.size(); ++q)
        if (claim.token_terms[claim_qty[q]] == t) claim_qty_found[q] = in_claim = true;
      in_claim = in_claim || std::binary_search(claim.terms.begin(), claim.terms.end(), t);
      // A synonym of a claim word is shared too ("talk" for "conversation").
      in_claim = in_claim || (!w.groups().empty() && HasSynonym(t, claim, w.groups()));
      if (in_claim) {
        best->shared.push_back({static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(k)});
      } else if (!ReportableKind(w, t).empty()) {
        other_qty.push_back({static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(k)});
      }
    }
    run = std::max(run, known_run >= 0 && best->first == best->last ? known_run : LongestRuns(claim, other).any);
  }
  // Pair each unmatched claim quantity with the first unmatched one of its kind.
  std::vector<char> used(other_qty.size(), false);
  for (std::size_t q = 0; q < claim_qty.size(); ++q) {
    if (claim_qty_found[q]) continue;
    const auto kind = ReportableKind(w, claim.token_terms[claim_qty[q]]);
    for (std::size_t o = 0; o < other_qty.size(); ++o) {
      const TermId ot = w.side(other_qty[o].unit).token_terms[other_qty[o].token];
      if (used[o] || ReportableKind(w, ot) != kind) continue;
      used[o] = true;
      if (terms::SameAtCoarser(w.text(claim.token_terms[claim_qty[q]]), w.text(ot))) break;
      best->differs.push_back(
          {{static_cast<std::uint32_t>(c), static_cast<std::uint32_t>(claim_qty[q])}, other_qty[o]});
      break;
    }
  }
  best->shared_text = run >= model::kSharedTextWords;
}

}  // namespace align
}  // namespace corroborate
