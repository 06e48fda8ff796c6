// People named in different ways within one document: "President Donald Trump", "Donald
// Trump", "Trump" and "the Republican president"; "Chinese President Xi Jinping", "Xi" and
// "the Chinese leader". News names a person in full once and by surname or role after
// that, and each outlet picks its own form, so every form of one person gets one term:
// the term of the surname ("trump", "xi"), on the first token of the phrase, like the
// names of terms/aliases.h. General rules, no list of people:
//
// - title phrase: [country, party or office words] <role noun> <Name...> ("Chinese
//   President Xi Jinping", "Treasury Secretary Scott Bessent", "President Trump");
// - full name: a run of capitalised words that ends in a surname the document uses on its
//   own ("Donald Trump" where "Trump" also stands alone); family name first for people
//   of countries that write it so ("Xi Jinping");
// - role description: "the [country/party/office words] <role noun>" with no name after
//   it ("the Chinese leader", "the Republican president") is the most recent person of
//   the document introduced with that role and a compatible country.
#ifndef CORROBORATE_TERMS_PEOPLE_H_
#define CORROBORATE_TERMS_PEOPLE_H_

#include <vector>

#include "terms/token.h"

namespace corroborate {
namespace terms {

// `sentences`: one document's tokens, sentence by sentence in reading order (Tokenize's
// output). Rewrites terms and spans in place.
void ResolvePeople(std::vector<std::vector<Token>>* sentences);

}  // namespace terms
}  // namespace corroborate

#endif  // CORROBORATE_TERMS_PEOPLE_H_
