// The Porter (1980) stemmer: "tariffs" and "tariff", "accused" and "accusing" meet.
#ifndef CORROBORATE_TERMS_STEM_H_
#define CORROBORATE_TERMS_STEM_H_

#include <string>
#include <string_view>

namespace corroborate {
namespace terms {

// Stems a lower-case ASCII word; other words are returned unchanged.
std::string Stem(std::string_view word);

}  // namespace terms
}  // namespace corroborate

#endif  // CORROBORATE_TERMS_STEM_H_
