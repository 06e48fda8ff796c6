// Support levels: how many outlets state a claim. The names are the report's contract.
#ifndef CORROBORATE_REPORT_LEVELS_H_
#define CORROBORATE_REPORT_LEVELS_H_

#include <cstddef>

#include "corroborate/corroborate.h"

namespace corroborate {

// outlets = 1 + supporting documents, out of `documents`.
Level LevelFor(int outlets, std::size_t documents);

}  // namespace corroborate

#endif  // CORROBORATE_REPORT_LEVELS_H_
