// Function words that say nothing about which fact a sentence states.
#ifndef CORROBORATE_TERMS_STOPWORDS_H_
#define CORROBORATE_TERMS_STOPWORDS_H_

#include <string_view>

namespace corroborate {
namespace terms {

bool IsStopWord(std::string_view folded);

}  // namespace terms
}  // namespace corroborate

#endif  // CORROBORATE_TERMS_STOPWORDS_H_
