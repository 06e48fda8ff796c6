// What the reader sees of a support: the supporting words that match the claim, the
// details (quantities) given differently, and whether the wording is shared.
#ifndef CORROBORATE_ALIGN_EVIDENCE_H_
#define CORROBORATE_ALIGN_EVIDENCE_H_

#include <cstddef>
#include "align/align.h"
#include "align/term_index.h"

namespace corroborate {
namespace align {

// Fills match->shared, ->differs and ->shared_text for claim unit `claim`, whose support
// is units match->first..match->last. `run`: the longest common word run of the claim and
// that one sentence, when the model has already found it (-1: not known).
void AddEvidence(const TermIndex& w, std::size_t claim, Match* match, int run = -1);

}  // namespace align
}  // namespace corroborate

#endif  // CORROBORATE_ALIGN_EVIDENCE_H_
