#include "lexicon/document.h"

#include "lexicon/changes.h"
#include "lexicon/people.h"

#include <utility>

namespace corroborate {
namespace lexicon {

void AnnotateDocument(std::vector<std::vector<Token>>* sentences) {
  ResolvePeople(sentences);
  LinkChanges(sentences);
}

void AnnotateSentence(std::vector<Token>* tokens) {
  std::vector<std::vector<Token>> one(1);
  one[0] = std::move(*tokens);
  AnnotateDocument(&one);
  *tokens = std::move(one[0]);
}

}  // namespace lexicon
}  // namespace corroborate
