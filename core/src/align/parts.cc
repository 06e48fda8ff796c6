#include "align/parts.h"

#include <algorithm>

#include "align/model.h"
#include "terms/quantity.h"
#include "terms/token.h"
#include "segment/abbreviations.h"
#include "text/word_table.h"

namespace corroborate {
namespace align {

namespace {

// Whether the text between two words ends a piece: a comma, semicolon, colon or dash.
bool Separates(std::string_view gap) {
  // Most gaps are one space: that case needs no search.
  if (gap.size() == 1) return gap[0] == ',' || gap[0] == ';' || gap[0] == ':';
  return gap.find_first_of(",;:") != std::string_view::npos ||
         gap.find("\xE2\x80\x94") != std::string_view::npos ||  // em dash
         gap.find(" - ") != std::string_view::npos;
}

}  // namespace

void PieceStarts(const std::vector<terms::Token>& t, std::string_view text, std::vector<std::size_t>* out) {
  std::vector<std::size_t>& starts = *out;
  starts.assign(1, 0);
  // A quantity of several words ("for 90 days", "on May 12", "145% to 30%") is one token
  // spanning the others, which stay as tokens of their own. Such a phrase mostly ends an
  // adverbial or a clause ("... to 30% for 90 days | to allow for talks"), so a piece ends
  // after it too.
  // (Names merged the same way, "President Xi", do not end a piece.)
  std::size_t end = t.empty() ? 0 : t[0].end;
  bool quantity = !t.empty() && terms::IsQuantityTerm(t[0].term);
  bool in_quantity = false;
  for (std::size_t i = 1; i < t.size(); ++i) {
    const bool covered = t[i].start < end;
    const std::string_view gap = covered ? std::string_view() : text.substr(end, t[i].start - end);
    const bool after_quantity = in_quantity && !covered;
    in_quantity = covered && quantity;
    if (!covered) quantity = terms::IsQuantityTerm(t[i].term);
    end = std::max(end, t[i].end);
    if (after_quantity || Separates(gap)) starts.push_back(i);
  }
}

void Parts(const std::vector<std::size_t>& starts, std::size_t tokens,
           std::vector<std::pair<std::size_t, std::size_t>>* out) {
  std::vector<std::pair<std::size_t, std::size_t>>& parts = *out;
  parts.clear();
  const std::size_t n = starts.size();
  if (n < 2 || n > model::kMaxPieces) return;
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = a; b < n; ++b) {
      if (a == 0 && b == n - 1) continue;
      parts.emplace_back(starts[a], b + 1 < n ? starts[b + 1] - 1 : tokens - 1);
    }
}

bool StandsAlone(const std::vector<terms::Token>& t, std::size_t first, std::size_t last) {
  static const text::WordSet kOpensModifier = {
    "on", "at", "in", "to", "from", "for", "by", "with", "of", "per", "or", "after", "before",
    "during", "since", "until", "than", "as", "into", "over", "under", "amid", "including", "via"};
  if (first > last || last >= t.size() || kOpensModifier.Has(t[first].norm)) return false;
  // What follows the last verb of saying is what was said; it must be a claim's worth,
  // not counting names ("said IDC analyst John McArthur" names the speaker).
  int said = 0;
  for (std::size_t i = last + 1; i-- > first;) {
    if (segment::IsReportingVerb(t[i].norm)) return said >= model::kClauseMinTerms;
    if (!t[i].term.empty() && !t[i].has(terms::kCapitalized)) ++said;
  }
  return true;
}

bool FiguresAgree(const TermIndex& w, std::size_t c, std::size_t first, std::size_t last,
                  const std::vector<TermId>& stated) {
  const std::vector<TermId>& token_terms = w.side(c).token_terms;
  for (std::size_t k = first; k <= last && k < token_terms.size(); ++k) {
    const TermId figure = token_terms[k];
    if (figure == kNoTerm) continue;
    const auto kind = terms::QuantityKind(w.text(figure));
    if (!terms::IsReportableKind(kind) || std::binary_search(stated.begin(), stated.end(), figure)) continue;
    for (TermId t : stated)
      if (terms::QuantityKind(w.text(t)) == kind) return false;
  }
  return true;
}

}  // namespace align
}  // namespace corroborate
