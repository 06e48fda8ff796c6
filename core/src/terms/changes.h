// A quantity that moves from one value to another: "from 145% to 30%", "145% tariffs on
// Chinese goods to 30%", "down to 10% from 125%". Two outlets that report the same change
// word it in different orders; the change as one term ("#chg:pct:145>30") lets them meet,
// and tells "cut from 145% to 30%" from "145% here, 30% there".
#ifndef CORROBORATE_TERMS_CHANGES_H_
#define CORROBORATE_TERMS_CHANGES_H_

#include <vector>

#include "terms/token.h"

namespace corroborate {
namespace terms {

// Gives the "to" (or "from") of each change the change's term; needs Tokenize's quantity
// terms (terms/document.h runs it). The quantities keep their own terms.
void AnnotateChanges(std::vector<Token>* tokens);

// Changes told across two sentences of a document: "... is at least 30%. That's down from
// the 145% level" gets "#chg:pct:145>30" on its "from".
void LinkChanges(std::vector<std::vector<Token>>* sentences);

}  // namespace terms
}  // namespace corroborate

#endif  // CORROBORATE_TERMS_CHANGES_H_
