#include "terms/document.h"

#include "terms/changes.h"
#include "terms/people.h"

#include <utility>

namespace corroborate {
namespace terms {

void AnnotateDocument(std::vector<std::vector<Token>>* sentences) {
  for (auto& s : *sentences) AnnotateChanges(&s);
  ResolvePeople(sentences);
  LinkChanges(sentences);
}

void AnnotatePair(std::vector<Token>* a, std::vector<Token>* b) {
  std::vector<std::vector<Token>> pair(2);
  pair[0] = std::move(*a);
  pair[1] = std::move(*b);
  AnnotateDocument(&pair);
  *a = std::move(pair[0]);
  *b = std::move(pair[1]);
}

}  // namespace terms
}  // namespace corroborate
