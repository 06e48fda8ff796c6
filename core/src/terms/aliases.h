// Names that stand for the same entity in news text: a country, its people, its capital
// as a metonym for its government, its abbreviations ("U.S.", "US", "United States",
// "America", "American", "Washington"); organisations and their acronyms ("U.N.",
// "United Nations"). A small curated table, not a list made for particular articles:
// each alias becomes one term on its first token ("@us"), like quantities. People, whose
// names and roles need the whole document, are terms/people.h.
#ifndef CORROBORATE_TERMS_ALIASES_H_
#define CORROBORATE_TERMS_ALIASES_H_

#include <vector>

#include "terms/token.h"

namespace corroborate {
namespace terms {

void AnnotateAliases(std::vector<Token>* tokens);

}  // namespace terms
}  // namespace corroborate

#endif  // CORROBORATE_TERMS_ALIASES_H_
