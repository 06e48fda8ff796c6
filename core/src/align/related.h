// Related documents: how alike two documents of an analysis are as wholes, next to the one
// most alike. Weak overlap between two sentences (weighted F under model::kStrongCheapScore)
// is support between articles of one event and mostly chance between events; an article's
// own event shows in the words its claims share with the other articles, so weak overlap
// counts only between related documents (model::kRelatedDocument).
//
//   const Relatedness related(term_index, units, documents);
//   if (related(a, b) >= model::kRelatedDocument) ...  // weak overlap may be support
#ifndef CORROBORATE_ALIGN_RELATED_H_
#define CORROBORATE_ALIGN_RELATED_H_

#include <cstddef>
#include <vector>

#include "align/align.h"
#include "align/term_index.h"

namespace corroborate {
namespace align {

class Relatedness {
 public:
  // Each document is the TF-IDF vector of its claims' terms (a term's frequency is the
  // number of claims that have it, sublinear; idf smoothed over the documents).
  Relatedness(const TermIndex& w, const std::vector<Unit>& units, std::size_t documents);

  // The cosine of a and b over a's largest cosine with another document that is not a copy
  // of it, or over a share of the copy's if that is more (model::kCopyCosine, kCopyShare);
  // in [0, 1], 0 when a shares no term with any other document. Not symmetric.
  double operator()(std::size_t a, std::size_t b) const { return relative_[a * documents_ + b]; }

 private:
  std::size_t documents_;
  std::vector<float> relative_;  // documents x documents
};

}  // namespace align
}  // namespace corroborate

#endif  // CORROBORATE_ALIGN_RELATED_H_
