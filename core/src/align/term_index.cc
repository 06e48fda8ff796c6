#include "align/term_index.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "align/model.h"
#include "base/share_out.h"

namespace corroborate {
namespace align {
namespace {

template <typename T>
void SortUnique(std::vector<T>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

template <typename T>
std::vector<T> Concat(const std::vector<T>& a, const std::vector<T>& b) {
  std::vector<T> v;
  v.reserve(a.size() + b.size());
  v.insert(v.end(), a.begin(), a.end());
  v.insert(v.end(), b.begin(), b.end());
  return v;
}

// The union of two sorted sets, into an empty *out.
template <typename T>
void MergeSorted(const std::vector<T>& a, const std::vector<T>& b, std::vector<T>* out) {
  out->reserve(a.size() + b.size() + 1);
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(*out));
}

template <typename T>
void InsertSorted(T x, std::vector<T>* v) {
  const auto at = std::lower_bound(v->begin(), v->end(), x);
  if (at == v->end() || *at != x) v->insert(at, x);
}

}  // namespace

TermIndex::TermIndex(const std::vector<const std::vector<terms::Token>*>& sentences,
                     const Lexicon* lexicon, unsigned threads) {
  // Ids first (words and terms), then weights, then the sides that need both.
  std::vector<std::vector<std::uint32_t>> words(sentences.size());
  std::vector<std::vector<TermId>> terms(sentences.size());
  std::size_t tokens = 0;
  for (const auto* s : sentences) tokens += s->size();
  // Views of the tokens' strings, which outlive this; few of a text's tokens are new words.
  base::StringIds word_ids(tokens / 4), term_ids(tokens / 4);
  std::vector<std::uint32_t> last_seen;  // per term: 1 + the last sentence that counted it
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    words[i].reserve(sentences[i]->size());
    terms[i].reserve(sentences[i]->size());
    for (const terms::Token& t : *sentences[i]) {
      words[i].push_back(InternWord(t.norm, &word_ids));
      terms[i].push_back(t.term.empty() ? kNoTerm : Intern(t.term, &term_ids));
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
  if (lexicon && !lexicon->empty()) GroupTerms(*lexicon);
  sides_.resize(sentences.size());
  // Each side only reads the weights and groups: the one part of this that can be shared
  // out. A side is quicker to make than a claim to align, hence the larger grain.
  base::ForEach(sentences.size(), threads, base::Grain{1024, 64}, [&](std::size_t i) {
    Side& s = sides_[i];
    s.tokens.reserve(sentences[i]->size());
    for (const terms::Token& t : *sentences[i]) s.tokens.push_back(&t);
    s.words = std::move(words[i]);
    s.token_terms = std::move(terms[i]);
    Finish(&s);
  });
}

// A synonym is only ever looked for of a term the other side lacks (HasSynonym), so a
// group that only one of this analysis's terms is in can never be found: it is left out,
// which changes no answer and makes the groups each side sorts several times fewer.
void TermIndex::GroupTerms(const Lexicon& lexicon) {
  std::vector<Lexicon::Groups> of(text_.size());
  std::vector<std::uint32_t> terms_in(lexicon.groups(), 0);  // per group
  for (TermId t = 0; t < text_.size(); ++t) {
    of[t] = lexicon.GroupsOf(text_[t]);
    for (std::uint32_t g : of[t]) {
      if (g >= terms_in.size()) terms_in.resize(g + 1, 0);
      ++terms_in[g];
    }
  }
  groups_.resize(text_.size());
  for (TermId t = 0; t < text_.size(); ++t) {
    const auto shared = [&](std::uint32_t g) { return terms_in[g] >= 2; };
    groups_[t].reserve(std::count_if(of[t].begin(), of[t].end(), shared));
    std::copy_if(of[t].begin(), of[t].end(), std::back_inserter(groups_[t]), shared);
  }
}

Side TermIndex::Sub(std::size_t i, std::size_t first, std::size_t last) const {
  const Side& whole = sides_[i];
  Side s;
  s.tokens.assign(whole.tokens.begin() + first, whole.tokens.begin() + last + 1);
  s.words.assign(whole.words.begin() + first, whole.words.begin() + last + 1);
  s.token_terms.assign(whole.token_terms.begin() + first, whole.token_terms.begin() + last + 1);
  Finish(&s);
  return s;
}

void TermIndex::Terms(std::size_t i, std::size_t first, std::size_t last, TermSet* out) const {
  const Side& whole = sides_[i];
  TermSet& s = *out;
  s.terms.clear();
  s.terms.reserve(last - first + 1);
  for (std::size_t k = first; k <= last; ++k)
    if (whole.token_terms[k] != kNoTerm) s.terms.push_back(whole.token_terms[k]);
  SortUnique(&s.terms);
  s.weight = WeightOf(s.terms);
}

Side TermIndex::Union(const Side& a, const Side& b) const {
  Side u;
  u.tokens = Concat(a.tokens, b.tokens);
  u.words = Concat(a.words, b.words);
  u.token_terms = Concat(a.token_terms, b.token_terms);
  if (a.tokens.empty() || b.tokens.empty()) {
    Finish(&u);
    return u;
  }
  // Both sides are finished: the union's sets are theirs merged, and all Finish would
  // find besides is the pair of terms across the join and b's first word as a name (it
  // is no longer the first).
  MergeSorted(a.terms, b.terms, &u.terms);
  MergeSorted(a.bigrams, b.bigrams, &u.bigrams);
  MergeSorted(a.names, b.names, &u.names);
  MergeSorted(a.groups, b.groups, &u.groups);
  const auto last_a = std::find_if(a.token_terms.rbegin(), a.token_terms.rend(), [](TermId t) { return t != kNoTerm; });
  const auto first_b = std::find_if(b.token_terms.begin(), b.token_terms.end(), [](TermId t) { return t != kNoTerm; });
  if (last_a != a.token_terms.rend() && first_b != b.token_terms.end())
    InsertSorted(Bigram(*last_a, *first_b), &u.bigrams);
  if (b.token_terms[0] != kNoTerm && IsName(*b.tokens[0])) InsertSorted(b.token_terms[0], &u.names);
  u.group_bits = a.group_bits | b.group_bits;
  u.negated = a.negated || b.negated;
  u.weight = WeightOf(u.terms);
  return u;
}

double TermIndex::Overlap(const std::vector<TermId>& c, const std::vector<TermId>& o) const {
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

double TermIndex::Probability(const Side& c, const Side& o, Features* f, Runs* runs) const {
  const Features x = Compute(c, o, weight_, text_, groups_, runs);
  if (f) *f = x;
  return model::Probability(x, model_weights_);
}

void TermIndex::Finish(Side* s) const {
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
    if (prev != kNoTerm) s->bigrams.push_back(Bigram(prev, t));
    prev = t;
    if (k > 0 && IsName(*s->tokens[k])) s->names.push_back(t);
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

double TermIndex::WeightOf(const std::vector<TermId>& terms) const {
  double sum = 0;
  for (TermId t : terms) sum += weight_[t];
  return sum;
}

TermId TermIndex::Intern(const std::string& term, base::StringIds* ids) {
  bool added = false;
  const TermId id = ids->Intern(term, &added);
  if (added) text_.push_back(term);
  return id;
}

std::uint32_t TermIndex::InternWord(const std::string& word, base::StringIds* ids) {
  bool added = false;
  const std::uint32_t id = ids->Intern(word, &added);
  if (added) negation_.push_back(IsNegation(word));
  return id;
}

}  // namespace align
}  // namespace corroborate
