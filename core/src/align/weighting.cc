#include "align/weighting.h"

#include <algorithm>
#include <cmath>

#include "align/model.h"

namespace corroborate {
namespace align {
namespace {

template <typename T>
void SortUnique(std::vector<T>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

Weighting::Weighting(const std::vector<const std::vector<lexicon::Token>*>& sentences,
                     const Lexicon* lexicon) {
  // Ids first (words and terms), then weights, then the sides that need both.
  std::vector<std::vector<std::uint32_t>> words(sentences.size());
  std::vector<std::vector<TermId>> terms(sentences.size());
  std::vector<TermId> distinct;
  std::vector<std::uint32_t> last_seen;  // per term: 1 + the last sentence that counted it
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    words[i].reserve(sentences[i]->size());
    terms[i].reserve(sentences[i]->size());
    for (const lexicon::Token& t : *sentences[i]) {
      words[i].push_back(InternWord(t.norm));
      terms[i].push_back(t.term.empty() ? kNoTerm : Intern(t.term));
      const TermId id = terms[i].back();
      if (id == kNoTerm) continue;
      if (id >= df_.size()) df_.resize(id + 1, 0), last_seen.resize(id + 1, 0);
      if (last_seen[id] != i + 1) last_seen[id] = static_cast<std::uint32_t>(i + 1), ++df_[id];
    }
  }
  df_.resize(text_.size(), 0);
  const double n = static_cast<double>(sentences.size());
  weight_.resize(text_.size());
  for (TermId t = 0; t < weight_.size(); ++t)
    weight_[t] = std::log(1.0 + (n - df_[t] + 0.5) / (df_[t] + 0.5));
  if (lexicon && !lexicon->empty()) {
    groups_.resize(text_.size());
    for (TermId t = 0; t < text_.size(); ++t)
      if (const auto g = lexicon->GroupsOf(text_[t]); !g.empty()) groups_[t].assign(g.begin(), g.end());
  }
  sides_.reserve(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    Side s;
    s.tokens.reserve(sentences[i]->size());
    for (const lexicon::Token& t : *sentences[i]) s.tokens.push_back(&t);
    s.words = std::move(words[i]);
    s.token_terms = std::move(terms[i]);
    Finish(&s);
    sides_.push_back(std::move(s));
  }
}

Side Weighting::Sub(std::size_t i, std::size_t first, std::size_t last) const {
  const Side& whole = sides_[i];
  Side s;
  s.tokens.assign(whole.tokens.begin() + first, whole.tokens.begin() + last + 1);
  s.words.assign(whole.words.begin() + first, whole.words.begin() + last + 1);
  s.token_terms.assign(whole.token_terms.begin() + first, whole.token_terms.begin() + last + 1);
  Finish(&s);
  return s;
}

TermSet Weighting::Terms(std::size_t i, std::size_t first, std::size_t last) const {
  const Side& whole = sides_[i];
  TermSet s;
  s.terms.reserve(last - first + 1);
  for (std::size_t k = first; k <= last; ++k)
    if (whole.token_terms[k] != kNoTerm) s.terms.push_back(whole.token_terms[k]);
  SortUnique(&s.terms);
  s.weight = WeightOf(s.terms);
  return s;
}

Side Weighting::Union(const Side& a, const Side& b) const {
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

double Weighting::Overlap(const std::vector<TermId>& c, const std::vector<TermId>& o) const {
  double m = 0;
  auto i = c.begin(), j = o.begin();
  while (i != c.end() && j != o.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      m += weight_[*i];
      ++i, ++j;
    }
  }
  return m;
}

double Weighting::Probability(const Side& c, const Side& o, Features* f, Runs* runs) const {
  const Features x = Compute(c, o, weight_, text_, groups_, runs);
  if (f) *f = x;
  return model::Probability(x);
}

void Weighting::Finish(Side* s) const {
  s->terms.clear();
  s->bigrams.clear();
  s->names.clear();
  s->groups.clear();
  s->negated = false;
  s->terms.reserve(s->tokens.size());
  s->bigrams.reserve(s->tokens.size());
  if (!groups_.empty()) {
    std::size_t n = 0;
    for (TermId t : s->token_terms)
      if (t != kNoTerm) n += groups_[t].size();
    s->groups.reserve(n);
  }
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
  SortUnique(&s->terms);
  SortUnique(&s->names);
  SortUnique(&s->bigrams);
  SortUnique(&s->groups);
  s->group_bits = 0;
  for (std::uint32_t g : s->groups) s->group_bits |= std::uint64_t{1} << (g & 63);
  s->weight = WeightOf(s->terms);
}

double Weighting::WeightOf(const std::vector<TermId>& terms) const {
  double sum = 0;
  for (TermId t : terms) sum += weight_[t];
  return sum;
}

// Lookups first: emplace would allocate a node for every token, seen or not.
TermId Weighting::Intern(const std::string& term) {
  const auto it = ids_.find(term);
  if (it != ids_.end()) return it->second;
  const auto id = static_cast<TermId>(text_.size());
  ids_.emplace(term, id);
  text_.push_back(term);
  return id;
}

std::uint32_t Weighting::InternWord(const std::string& word) {
  const auto it = word_ids_.find(word);
  if (it != word_ids_.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(negation_.size());
  word_ids_.emplace(word, id);
  negation_.push_back(IsNegation(word));
  return id;
}

}  // namespace align
}  // namespace corroborate
