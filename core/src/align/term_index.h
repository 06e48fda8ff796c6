// TermIndex: the terms of one analysis and how rare each is across it, and every sentence
// as a Side (features.h) over those terms. Candidate generation reads it, and it is where
// the support model is called (Probability).
#ifndef CORROBORATE_ALIGN_TERM_INDEX_H_
#define CORROBORATE_ALIGN_TERM_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "align/features.h"
#include "align/model.h"
#include "base/string_ids.h"
#include "corroborate/lexicon.h"
#include "terms/token.h"

namespace corroborate {
namespace align {

// Distinct terms of a sentence or part of one, sorted, and the sum of their weights: all
// that weighted F (model::Score) needs.
struct TermSet {
  std::vector<TermId> terms;
  double weight = 0.0;
};

class TermIndex {
 public:
  // Boilerplate takes part as an empty sentence: never a candidate, never weighted.
  // `threads` as Options::threads: the sides are made on that many.
  TermIndex(const std::vector<const std::vector<terms::Token>*>& sentences, const Lexicon* lexicon,
            unsigned threads = 1);

  std::size_t terms() const { return text_.size(); }
  const std::string& text(TermId t) const { return text_[t]; }
  std::uint32_t df(TermId t) const { return df_[t]; }
  double weight(TermId t) const { return weight_[t]; }
  const TermGroups& groups() const { return groups_; }
  const Side& side(std::size_t i) const { return sides_[i]; }

  // Tokens [first, last] of sentence `i`: as a whole side, or only its terms.
  Side Sub(std::size_t i, std::size_t first, std::size_t last) const;
  void Terms(std::size_t i, std::size_t first, std::size_t last, TermSet* out) const;  // reuses out's storage
  // Two adjacent sentences as one.
  Side Union(const Side& a, const Side& b) const;

  // Weight of the terms two sorted term lists share.
  double Overlap(const std::vector<TermId>& a, const std::vector<TermId>& b) const;
  // Weighted F of `o` against claim `c` (model::Score): the cheap score that ranks
  // candidates before the model sees them.
  double CheapScore(const std::vector<TermId>& c_terms, double c_weight,
                    const std::vector<TermId>& o_terms, double o_weight) const {
    return model::Score(Overlap(c_terms, o_terms), c_weight, o_weight);
  }
  double CheapScore(const Side& c, const Side& o) const {
    return CheapScore(c.terms, c.weight, o.terms, o.weight);
  }
  // The support model's probability that `o` states claim `c`.
  double Probability(const Side& c, const Side& o, Features* f = nullptr, Runs* runs = nullptr) const;
  // Weights in place of the trained model's (model::Probability); not owned; nullptr: the trained.
  void UseWeights(const std::vector<double>* weights) { model_weights_ = weights; }

 private:
  void GroupTerms(const Lexicon& lexicon);  // groups_, with only the groups two terms share
  void Finish(Side* s) const;  // everything features.h reads, from tokens/words/token_terms
  double WeightOf(const std::vector<TermId>& terms) const;  // summed in the order given
  // Ids in the order first seen; a new term's text, or a new word's negation, is kept.
  TermId Intern(const std::string& term, base::StringIds* ids);
  std::uint32_t InternWord(const std::string& word, base::StringIds* ids);

  std::vector<char> negation_;  // per word id (not vector<bool>: one template less in the wasm module)
  std::vector<std::string> text_;
  std::vector<std::uint32_t> df_;
  std::vector<double> weight_;
  std::vector<Side> sides_;
  TermGroups groups_;
  const std::vector<double>* model_weights_ = nullptr;
};

}  // namespace align
}  // namespace corroborate

#endif  // CORROBORATE_ALIGN_TERM_INDEX_H_
