// The Porter (1980) stemmer: "tariffs" and "tariff", "accused" and "accusing" meet.
#ifndef CORROBORATE_LEXICON_STEM_H_
#define CORROBORATE_LEXICON_STEM_H_

#include <string>
#include <string_view>

namespace corroborate {
namespace lexicon {

// Stems a lower-case ASCII word; other words are returned unchanged.
std::string Stem(std::string_view word);

}  // namespace lexicon
}  // namespace corroborate

#endif  // CORROBORATE_LEXICON_STEM_H_
