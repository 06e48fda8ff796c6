// Quantities in a sentence, normalised so that equal facts meet: "$19.7 billion",
// "90 minutes" and "an hour and a half", "145%" and "145 percent", "June 19", "third".
// Each quantity becomes one term on its first token ("#dur:5400"); the other tokens of
// the phrase lose theirs, so a quantity counts once however many words it takes.
#ifndef CORROBORATE_TERMS_QUANTITY_H_
#define CORROBORATE_TERMS_QUANTITY_H_

#include <string>
#include <string_view>
#include <vector>

#include "terms/token.h"

namespace corroborate {
namespace terms {

// Rewrites the terms of `tokens` in place; a quantity's first token gets the quantity
// term and its `end` is stretched to the end of the phrase.
void AnnotateQuantities(std::vector<Token>* tokens);

// The kind of a quantity term ("money" for "#money:1.97e+10"); empty for other terms.
std::string_view QuantityKind(std::string_view term);

// Kinds whose different values in two aligned sentences are worth telling the reader.
bool IsReportableKind(std::string_view kind);

// Whether two quantity terms of one kind say the same at different precision: "January"
// (#month:01) and "January 2025" (#month:2025-01). Granularity is not a difference.
bool SameAtCoarser(std::string_view a, std::string_view b);

}  // namespace terms
}  // namespace corroborate

#endif  // CORROBORATE_TERMS_QUANTITY_H_
