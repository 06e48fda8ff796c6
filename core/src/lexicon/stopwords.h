// Function words that say nothing about which fact a sentence states.
#ifndef CORROBORATE_LEXICON_STOPWORDS_H_
#define CORROBORATE_LEXICON_STOPWORDS_H_

#include <string_view>

namespace corroborate {
namespace lexicon {

bool IsStopWord(std::string_view folded);

}  // namespace lexicon
}  // namespace corroborate

#endif  // CORROBORATE_LEXICON_STOPWORDS_H_
