// The checks every analysis entry point makes before any work: documents, limits, options.
#ifndef CORROBORATE_API_VALIDATE_H_
#define CORROBORATE_API_VALIDATE_H_

#include <vector>

#include "corroborate/corroborate.h"

namespace corroborate {

// Ok, or why `docs` and `options` cannot be analysed (docs/bad-input.md).
Status Validate(const std::vector<Document>& docs, const Options& options);

}  // namespace corroborate

#endif  // CORROBORATE_API_VALIDATE_H_
