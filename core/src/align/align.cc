#include "align/align.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "align/model.h"
#include "lexicon/quantity.h"

namespace corroborate {
namespace align {
namespace {

// Terms of a set of sentences and their rarity across it, and the sentences as Sides.
class Weighting {
 public:
  Weighting(const std::vector<const std::vector<lexicon::Token>*>& sentences, const Lexicon* lexicon) {
    // Ids first (words and terms), then weights, then the sides that need both.
    std::vector<std::vector<std::uint32_t>> words(sentences.size());
    std::vector<std::vector<TermId>> terms(sentences.size());
    std::vector<std::vector<TermId>> distinct(sentences.size());
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      for (const lexicon::Token& t : *sentences[i]) {
        words[i].push_back(InternWord(t.norm));
        terms[i].push_back(t.term.empty() ? kNoTerm : Intern(t.term));
        if (!t.term.empty()) distinct[i].push_back(terms[i].back());
      }
      std::sort(distinct[i].begin(), distinct[i].end());
      distinct[i].erase(std::unique(distinct[i].begin(), distinct[i].end()), distinct[i].end());
    }
    df_.assign(text_.size(), 0);
    for (const auto& d : distinct)
      for (TermId t : d) ++df_[t];
    const double n = static_cast<double>(sentences.size());
    weight_.resize(text_.size());
    for (TermId t = 0; t < weight_.size(); ++t)
      weight_[t] = std::log(1.0 + (n - df_[t] + 0.5) / (df_[t] + 0.5));
    if (lexicon && !lexicon->empty()) {
      groups_.resize(text_.size());
      for (TermId t = 0; t < text_.size(); ++t)
        if (const auto* g = lexicon->GroupsOf(text_[t])) groups_[t] = *g;
    }
    sides_.reserve(sentences.size());
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      Side s;
      for (const lexicon::Token& t : *sentences[i]) s.tokens.push_back(&t);
      s.words = std::move(words[i]);
      s.token_terms = std::move(terms[i]);
      Finish(&s);
      sides_.push_back(std::move(s));
    }
  }

  const TermGroups& groups() const { return groups_; }
  TermId Id(const std::string& term) const {
    auto it = ids_.find(term);
    return it == ids_.end() ? kNoTerm : it->second;
  }
  const Side& side(std::size_t i) const { return sides_[i]; }
  std::uint32_t df(TermId t) const { return df_[t]; }
  std::size_t terms() const { return text_.size(); }
  const std::string& text(TermId t) const { return text_[t]; }

  // Tokens [first, last] of sentence `i`.
  Side Sub(std::size_t i, std::size_t first, std::size_t last) const {
    const Side& whole = sides_[i];
    Side s;
    s.tokens.assign(whole.tokens.begin() + first, whole.tokens.begin() + last + 1);
    s.words.assign(whole.words.begin() + first, whole.words.begin() + last + 1);
    s.token_terms.assign(whole.token_terms.begin() + first, whole.token_terms.begin() + last + 1);
    Finish(&s);
    return s;
  }

  // Two adjacent sentences as one.
  Side Union(const Side& a, const Side& b) const {
    Side u;
    u.tokens = a.tokens;
    u.tokens.insert(u.tokens.end(), b.tokens.begin(), b.tokens.end());
    u.words = a.words;
    u.words.insert(u.words.end(), b.words.begin(), b.words.end());
    u.token_terms = a.token_terms;
    u.token_terms.insert(u.token_terms.end(), b.token_terms.begin(), b.token_terms.end());
    Finish(&u);
    return u;
  }

  double CheapScore(const Side& c, const Side& o) const {
    double m = 0;
    auto i = c.terms.begin(), j = o.terms.begin();
    while (i != c.terms.end() && j != o.terms.end()) {
      if (*i < *j) {
        ++i;
      } else if (*j < *i) {
        ++j;
      } else {
        m += weight_[*i];
        ++i, ++j;
      }
    }
    return model::Score(m, c.weight, o.weight);
  }

  double Probability(const Side& c, const Side& o, Features* f = nullptr) const {
    const Features x = Compute(c, o, weight_, text_, groups_);
    if (f) *f = x;
    return model::Probability(x);
  }

 private:
  // Everything features.h computes from, once per side.
  void Finish(Side* s) const {
    s->terms.clear();
    s->bigrams.clear();
    s->names.clear();
    s->groups.clear();
    s->negated = false;
    TermId prev = kNoTerm;
    for (std::size_t k = 0; k < s->tokens.size(); ++k) {
      const TermId t = s->token_terms[k];
      s->negated = s->negated || negation_[s->words[k]];
      if (t == kNoTerm) continue;
      s->terms.push_back(t);
      if (prev != kNoTerm) s->bigrams.push_back((static_cast<std::uint64_t>(prev) << 32) | t);
      prev = t;
      const lexicon::Token& tok = *s->tokens[k];
      if (k > 0 && tok.has(lexicon::kCapitalized) && !tok.has(lexicon::kAllCaps)) s->names.push_back(t);
      if (!groups_.empty()) s->groups.insert(s->groups.end(), groups_[t].begin(), groups_[t].end());
    }
    for (auto* v : {&s->terms, &s->names}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    std::sort(s->bigrams.begin(), s->bigrams.end());
    s->bigrams.erase(std::unique(s->bigrams.begin(), s->bigrams.end()), s->bigrams.end());
    std::sort(s->groups.begin(), s->groups.end());
    s->groups.erase(std::unique(s->groups.begin(), s->groups.end()), s->groups.end());
    s->weight = 0;
    for (TermId t : s->terms) s->weight += weight_[t];
  }

  TermId Intern(const std::string& term) {
    auto [it, fresh] = ids_.emplace(term, static_cast<TermId>(text_.size()));
    if (fresh) text_.push_back(term);
    return it->second;
  }

  std::uint32_t InternWord(const std::string& word) {
    auto [it, fresh] = word_ids_.emplace(word, static_cast<std::uint32_t>(negation_.size()));
    if (fresh) negation_.push_back(IsNegation(word));
    return it->second;
  }

  std::unordered_map<std::string, TermId> ids_;
  std::unordered_map<std::string, std::uint32_t> word_ids_;
  std::vector<bool> negation_;  // per word id
  std::vector<std::string> text_;
  std::vector<std::uint32_t> df_;
  std::vector<double> weight_;
  std::vector<Side> sides_;
  TermGroups groups_;
};

// Parts of a sentence that may stand as claims of their own, as token ranges [first,
// last]: every run of consecutive pieces, pieces being split where the text between two
// tokens holds , ; : or a dash. The whole sentence is not a part.
std::vector<std::pair<std::size_t, std::size_t>> Parts(const std::vector<lexicon::Token>& t,
                                                       std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 1; i < t.size(); ++i) {
    const std::string_view gap = text.substr(t[i - 1].end, t[i].start - t[i - 1].end);
    if (gap.find_first_of(",;:") != std::string_view::npos ||
        gap.find("\xE2\x80\x94") != std::string_view::npos ||  // em dash
        gap.find(" - ") != std::string_view::npos)
      starts.push_back(i);
  }
  std::vector<std::pair<std::size_t, std::size_t>> parts;
  const std::size_t n = starts.size();
  if (n < 2 || n > model::kMaxPieces) return parts;
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = a; b < n; ++b) {
      if (a == 0 && b == n - 1) continue;
      parts.emplace_back(starts[a], b + 1 < n ? starts[b + 1] - 1 : t.size() - 1);
    }
  return parts;
}

struct Candidate {
  std::uint32_t unit;
  double cheap;
};

}  // namespace

std::vector<std::vector<Match>> Align(const std::vector<Unit>& units, std::size_t documents,
                                      double min_score, bool exhaustive, const Lexicon* lexicon,
                                      const std::function<bool(double)>& progress, bool* cancelled) {
  std::vector<std::vector<Match>> result(units.size());
  // Boilerplate takes part as an empty sentence: never a candidate, never weighted.
  static const std::vector<lexicon::Token> kNone;
  std::vector<const std::vector<lexicon::Token>*> sentences;
  sentences.reserve(units.size());
  std::size_t claims = 0;
  for (const Unit& u : units) {
    sentences.push_back(u.claim ? u.tokens : &kNone);
    claims += u.claim;
  }
  const Weighting w(sentences, lexicon);

  // Inverted index over informative terms: candidates share at least one of them, so
  // the work grows with the matches, not with the square of the sentences.
  const std::uint32_t common_df = std::max<std::uint32_t>(
      model::kCommonTermMinDf, static_cast<std::uint32_t>(model::kCommonTermShare * claims));
  std::vector<std::vector<std::uint32_t>> postings(w.terms());
  for (std::size_t u = 0; u < units.size(); ++u)
    for (TermId t : w.side(u).terms) postings[t].push_back(static_cast<std::uint32_t>(u));
  // The terms a claim looks up: its informative ones, and always at least its few rarest,
  // so that a claim made only of common words (one every outlet prints) still finds them.
  std::vector<TermId> lookup;
  auto lookup_terms = [&](const Side& claim) -> const std::vector<TermId>& {
    lookup.clear();
    for (TermId t : claim.terms)
      if (exhaustive || w.df(t) <= common_df) lookup.push_back(t);
    if (lookup.size() < model::kMinLookupTerms) {
      std::vector<TermId> by_rarity = claim.terms;
      std::sort(by_rarity.begin(), by_rarity.end(), [&](TermId a, TermId b) {
        return w.df(a) != w.df(b) ? w.df(a) < w.df(b) : a < b;
      });
      for (TermId t : by_rarity) {
        if (lookup.size() >= model::kMinLookupTerms) break;
        if (w.df(t) > common_df) lookup.push_back(t);
      }
    }
    return lookup;
  };

  auto is_claim = [&](std::size_t u) { return u < units.size() && units[u].claim; };
  std::vector<std::uint32_t> seen(units.size(), UINT32_MAX);
  std::vector<std::vector<Candidate>> per_doc(documents);

  // Report about a hundred times over the whole run, whatever its size.
  const std::size_t every = std::max<std::size_t>(1, units.size() / 100);
  for (std::size_t c = 0; c < units.size(); ++c) {
    if (progress && c % every == 0 && !progress(static_cast<double>(c) / units.size())) {
      if (cancelled) *cancelled = true;
      return {};
    }
    const Side& claim = w.side(c);
    if (!units[c].claim || claim.terms.empty()) continue;
    for (auto& v : per_doc) v.clear();
    const auto parts = Parts(*units[c].tokens, units[c].text);
    // Parts big enough to stand as claims; the others keep an empty side (never tried).
    std::vector<Side> part_sides(parts.size());
    for (std::size_t pi = 0; pi < parts.size(); ++pi) {
      Side part = w.Sub(c, parts[pi].first, parts[pi].second);
      if (static_cast<int>(part.terms.size()) >= model::kClauseMinTerms &&
          part.terms.size() >= model::kClauseMinShare * claim.terms.size())
        part_sides[pi] = std::move(part);
    }
    for (TermId t : lookup_terms(claim))
      for (std::uint32_t s : postings[t])
        if (units[s].doc != units[c].doc && seen[s] != c) {
          seen[s] = static_cast<std::uint32_t>(c);
          per_doc[units[s].doc].push_back({s, w.CheapScore(claim, w.side(s))});
        }
    for (std::size_t d = 0; d < documents; ++d) {
      auto& cands = per_doc[d];
      if (cands.empty()) continue;
      // The full model only for the few best by weighted F (ties by position, so the
      // result does not depend on the order candidates were found in).
      const std::size_t k = std::min<std::size_t>(cands.size(), model::kCandidatesPerDocument);
      std::partial_sort(cands.begin(), cands.begin() + k, cands.end(),
                        [](const Candidate& a, const Candidate& b) {
                          return a.cheap != b.cheap ? a.cheap > b.cheap : a.unit < b.unit;
                        });
      Match best;
      double best_p = -1;
      for (std::size_t i = 0; i < k && cands[i].cheap >= model::kMinCheapScore; ++i) {
        const std::size_t s = cands[i].unit;
        const double p = w.Probability(claim, w.side(s));
        if (p > best_p || (p == best_p && s < best.first)) best_p = p, best.first = best.last = s;
      }
      if (best_p >= 0) {
        // The outlet may have split the claim at the best sentence: try it with each neighbour.
        const std::size_t single = best.first;
        const double single_p = best_p;
        for (std::size_t n : {single + 1, single - 1}) {
          if (!is_claim(n) || units[n].doc != d) continue;
          const std::size_t first = std::min(single, n), last = std::max(single, n);
          const double p = w.Probability(claim, w.Union(w.side(first), w.side(last)));
          if (p > single_p + model::kPairGain && p > best_p) best_p = p, best.first = first, best.last = last;
        }
      }
      if (best_p < min_score) {
        // Perhaps the outlet states a part of the claim (a clause or a quoted statement),
        // possibly inside a longer sentence. The (part, candidate) combinations with the
        // best weighted F get the model, each against the candidate's best-matching part.
        if (parts.empty()) continue;
        struct Try {
          double cheap;
          std::size_t part, cand;
        };
        std::vector<Try> tries;
        for (std::size_t pi = 0; pi < part_sides.size(); ++pi) {
          if (part_sides[pi].terms.empty()) continue;
          for (std::size_t i = 0; i < k; ++i) {
            const double cheap = w.CheapScore(part_sides[pi], w.side(cands[i].unit));
            if (cheap >= model::kMinCheapScore) tries.push_back({cheap, pi, i});
          }
        }
        const std::size_t n_try = std::min<std::size_t>(tries.size(), model::kPartsTried);
        std::partial_sort(tries.begin(), tries.begin() + n_try, tries.end(), [](const Try& a, const Try& b) {
          return a.cheap != b.cheap ? a.cheap > b.cheap : (a.part != b.part ? a.part < b.part : a.cand < b.cand);
        });
        double clause_p = -1;
        for (std::size_t t = 0; t < n_try; ++t) {
          const Side& part = part_sides[tries[t].part];
          const std::size_t s = cands[tries[t].cand].unit;
          const Side* best_side = &w.side(s);
          Side window;
          double best_cheap = tries[t].cheap;
          for (const auto& [of, ol] : Parts(*units[s].tokens, units[s].text)) {
            Side o = w.Sub(s, of, ol);
            const double cheap = w.CheapScore(part, o);
            if (cheap > best_cheap) {
              best_cheap = cheap;
              window = std::move(o);
              best_side = &window;
            }
          }
          const double p = w.Probability(part, *best_side);
          if (p > clause_p) {
            clause_p = p;
            best.first = best.last = s;
            best.clause_first = parts[tries[t].part].first;
            best.clause_last = parts[tries[t].part].second;
          }
        }
        // A clause is a short claim of its own: it needs a paraphrase-level match.
        if (clause_p < std::max(min_score, model::kParaphraseThreshold)) continue;
        best_p = clause_p;
        best.partial = true;
      }
      best.doc = d;
      best.score = best_p;
      int run = 0;
      // Quantity terms of the claim, for "details differ".
      std::vector<std::size_t> claim_qty;
      const auto& ctoks = *units[c].tokens;
      for (std::size_t k2 = 0; k2 < ctoks.size(); ++k2)
        if (lexicon::IsReportableKind(lexicon::QuantityKind(ctoks[k2].term))) claim_qty.push_back(k2);
      std::vector<bool> claim_qty_found(claim_qty.size(), false);
      std::vector<TokenRef> other_qty;
      for (std::size_t s = best.first; s <= best.last; ++s) {
        const auto& toks = *units[s].tokens;
        for (std::size_t k2 = 0; k2 < toks.size(); ++k2) {
          const std::string& term = toks[k2].term;
          if (term.empty()) continue;
          bool in_claim = false;
          for (std::size_t q = 0; q < claim_qty.size(); ++q)
            if (ctoks[claim_qty[q]].term == term) claim_qty_found[q] = in_claim = true;
          if (!in_claim)
            for (const lexicon::Token* ct : claim.tokens)
              if (ct->term == term) {
                in_claim = true;
                break;
              }
          // A synonym of a claim word is shared too ("talk" for "conversation").
          if (!in_claim && !w.groups().empty()) {
            const TermId id = w.Id(term);
            if (id != kNoTerm && id < w.groups().size())
              for (std::uint32_t g : w.groups()[id])
                if (std::binary_search(claim.groups.begin(), claim.groups.end(), g)) {
                  in_claim = true;
                  break;
                }
          }
          if (in_claim) {
            best.shared.push_back({s, k2});
          } else if (lexicon::IsReportableKind(lexicon::QuantityKind(term))) {
            other_qty.push_back({s, k2});
          }
        }
        run = std::max(run, LongestRuns(claim, w.side(s)).any);
      }
      // Pair each unmatched claim quantity with the first unmatched one of its kind.
      std::vector<bool> used(other_qty.size(), false);
      for (std::size_t q = 0; q < claim_qty.size(); ++q) {
        if (claim_qty_found[q]) continue;
        const auto kind = lexicon::QuantityKind(ctoks[claim_qty[q]].term);
        for (std::size_t o = 0; o < other_qty.size(); ++o) {
          const auto& ot = (*units[other_qty[o].unit].tokens)[other_qty[o].token];
          if (used[o] || lexicon::QuantityKind(ot.term) != kind) continue;
          used[o] = true;
          best.differs.push_back({{c, claim_qty[q]}, other_qty[o]});
          break;
        }
      }
      best.shared_text = run >= model::kSharedTextWords;
      result[c].push_back(std::move(best));
    }
  }
  return result;
}

std::vector<PairScore> ScorePairs(
    const std::vector<std::pair<const std::vector<lexicon::Token>*,
                                const std::vector<lexicon::Token>*>>& pairs,
    const Lexicon* lexicon) {
  std::vector<const std::vector<lexicon::Token>*> sentences;
  for (const auto& p : pairs) {
    sentences.push_back(p.first);
    sentences.push_back(p.second);
  }
  const Weighting w(sentences, lexicon);
  std::vector<PairScore> out;
  out.reserve(pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    PairScore ps;
    ps.score = w.Probability(w.side(2 * i), w.side(2 * i + 1), &ps.features);
    out.push_back(ps);
  }
  return out;
}

}  // namespace align
}  // namespace corroborate
