// What a sentence says can depend on the sentences before it in its document: people
// named by role ("the Chinese leader"), a change told across two sentences ("... is 30%.
// That's down from 145%"). Runs once per document, after Tokenize on each sentence.
#ifndef CORROBORATE_LEXICON_DOCUMENT_H_
#define CORROBORATE_LEXICON_DOCUMENT_H_

#include <vector>

#include "lexicon/token.h"

namespace corroborate {
namespace lexicon {

// `sentences`: one document's tokens, sentence by sentence in reading order.
void AnnotateDocument(std::vector<std::vector<Token>>* sentences);

// A sentence with no document around it (a pair of sentences to compare): the rules that
// need only the sentence itself ("Chinese President Xi Jinping").
void AnnotateSentence(std::vector<Token>* tokens);

}  // namespace lexicon
}  // namespace corroborate

#endif  // CORROBORATE_LEXICON_DOCUMENT_H_
