// What Tokenize cannot see in one sentence's words alone: a quantity's change ("from 145%
// to 30%", terms/changes.h), people named by role ("the Chinese leader", terms/people.h),
// a change told across two sentences ("... is 30%. That's down from 145%"). Runs once per
// document, after Tokenize on each sentence.
#ifndef CORROBORATE_TERMS_DOCUMENT_H_
#define CORROBORATE_TERMS_DOCUMENT_H_

#include <vector>

#include "terms/token.h"

namespace corroborate {
namespace terms {

// `sentences`: one document's tokens, sentence by sentence in reading order.
void AnnotateDocument(std::vector<std::vector<Token>>* sentences);

// Two sentences compared with no document around them (corroborate pairs): read as one
// text, since they report one event, so that a name in full in one and by surname in the
// other meet as they would within a document.
void AnnotatePair(std::vector<Token>* a, std::vector<Token>* b);

}  // namespace terms
}  // namespace corroborate

#endif  // CORROBORATE_TERMS_DOCUMENT_H_
