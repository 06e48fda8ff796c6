// Tells claims from the page furniture around them (ads, breadcrumbs, log-in prompts,
// bylines and contributor credits, comment rules, bare datelines, "Source" footers) by
// general cues: length, final punctuation, capitalisation, navigation marks, who the
// sentence addresses, and the shape of credits. Headlines are claims.
#ifndef CORROBORATE_CLASSIFY_BOILERPLATE_H_
#define CORROBORATE_CLASSIFY_BOILERPLATE_H_

#include <string_view>
#include <vector>

#include "corroborate/corroborate.h"
#include "terms/token.h"
#include "segment/segment.h"

namespace corroborate {
namespace classify {

// One kind per segment; `tokens[i]` are the tokens of `segments[i]`.
std::vector<Kind> Classify(std::string_view text, const std::vector<segment::Segment>& segments,
                           const std::vector<std::vector<terms::Token>>& tokens);

}  // namespace classify
}  // namespace corroborate

#endif  // CORROBORATE_CLASSIFY_BOILERPLATE_H_
