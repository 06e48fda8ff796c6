#include "terms/changes.h"

#include <string>
#include <utility>
#include <string_view>

#include "terms/quantity.h"

namespace corroborate {
namespace terms {
namespace {

// How far the start value may stand before "to" ("145% tariffs on Chinese goods to 30%")
// and the end value after it ("to a record 30%"): a noun phrase, not a clause.
constexpr std::size_t kMaxBefore = 5;
constexpr std::size_t kMaxAfter = 2;

// Folded words are compared as views: std::string == "literal" is an out-of-line call.
std::string_view Norm(const Token& t) { return t.norm; }

bool IsQuantity(const Token& t) { return !QuantityKind(t.term).empty() && QuantityKind(t.term) != "chg"; }

// The value part of "#pct:145".
std::string_view Value(const std::string& term) { return std::string_view(term).substr(term.find(':') + 1); }

// The first quantity in t[first, first + kMaxAfter], or t.size().
std::size_t QuantityAfter(const std::vector<Token>& t, std::size_t first) {
  for (std::size_t j = first; j < t.size() && j <= first + kMaxAfter; ++j)
    if (IsQuantity(t[j])) return j;
  return t.size();
}

std::string ChangeTerm(const Token& from, const Token& to) {
  return "#chg:" + std::string(QuantityKind(to.term)) + ":" + std::string(Value(from.term)) + ">" +
         std::string(Value(to.term));
}

void SetTerm(Token* t, std::string term) {
  t->term = std::move(term);
  t->flags &= static_cast<std::uint8_t>(~kStop);
}

// "down from" / "up from": the value before is where it came from.
bool IsDownUpFrom(const std::vector<Token>& t, std::size_t i) {
  return Norm(t[i]) == "from" && t[i].term.empty() && i > 0 &&
         (Norm(t[i - 1]) == "down" || Norm(t[i - 1]) == "up");
}

}  // namespace

void AnnotateChanges(std::vector<Token>* tokens) {
  auto& t = *tokens;
  const std::size_t n = t.size();
  for (std::size_t i = 1; i + 1 < n; ++i) {
    if (Norm(t[i]) != "to" || !t[i].term.empty()) continue;
    // The end value: the first quantity just after "to".
    const std::size_t to = QuantityAfter(t, i + 1);
    if (to == n) continue;
    const std::string_view kind = QuantityKind(t[to].term);
    // The start value: the nearest one of the same kind before "to" ("from 145% to 30%",
    // "145% tariffs to 30%"), unless it is the size of the change ("by 2% to 5%");
    // else one after "from" past the end value ("to 10% from 125%").
    std::size_t from = n;
    for (std::size_t k = i; k-- > 0 && i - k <= kMaxBefore;) {
      if (Norm(t[k]) == "to") break;
      if (!IsQuantity(t[k])) continue;
      if (QuantityKind(t[k].term) == kind && !(k > 0 && Norm(t[k - 1]) == "by")) from = k;
      break;
    }
    if (from == n) {
      std::size_t k = to + 1;
      while (k < n && t[k].term.empty() && Norm(t[k]) != "from") ++k;  // the rest of the phrase
      if (k < n && Norm(t[k]) == "from") {
        const std::size_t j = QuantityAfter(t, k + 1);
        if (j < n && QuantityKind(t[j].term) == kind) from = j;
      }
    }
    if (from == n || t[from].term == t[to].term) continue;
    SetTerm(&t[i], ChangeTerm(t[from], t[to]));
  }
  // "30%, down from 145%": the value now comes first.
  for (std::size_t i = 1; i + 1 < n; ++i) {
    if (!IsDownUpFrom(t, i)) continue;
    const std::size_t from = QuantityAfter(t, i + 1);
    if (from == n) continue;
    for (std::size_t k = i - 1; k-- > 0 && i - 1 - k <= kMaxBefore;) {
      if (!IsQuantity(t[k])) continue;
      const bool told = k > 0 && Norm(t[k - 1]) == "to" && !t[k - 1].term.empty();  // "to Y from X"
      if (!told && QuantityKind(t[k].term) == QuantityKind(t[from].term) && t[k].term != t[from].term)
        SetTerm(&t[i], ChangeTerm(t[from], t[k]));
      break;
    }
  }
}

void LinkChanges(std::vector<std::vector<Token>>* sentences) {
  auto& doc = *sentences;
  for (std::size_t s = 1; s < doc.size(); ++s) {
    auto& t = doc[s];
    // "That's down from 145%", "It was up from 3%": the value is the previous sentence's.
    std::size_t i = 0;
    while (i < t.size() && i < 3 && !IsDownUpFrom(t, i)) ++i;
    if (i >= t.size() || i == 3 || !t[i].term.empty()) continue;
    const std::string_view subject = t[0].norm;
    if (subject != "that's" && subject != "that" && subject != "it's" && subject != "it" &&
        subject != "this" && subject != "which")
      continue;
    const std::size_t from = QuantityAfter(t, i + 1);
    if (from == t.size()) continue;
    const auto& prev = doc[s - 1];
    for (std::size_t k = prev.size(); k-- > 0;) {
      if (!IsQuantity(prev[k])) continue;
      if (QuantityKind(prev[k].term) == QuantityKind(t[from].term) && prev[k].term != t[from].term)
        SetTerm(&t[i], ChangeTerm(t[from], prev[k]));
      break;
    }
  }
}

}  // namespace terms
}  // namespace corroborate
