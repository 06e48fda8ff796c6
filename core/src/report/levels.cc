#include "report/levels.h"

namespace corroborate {

const char* KindName(Kind kind) { return kind == Kind::kClaim ? "claim" : "boilerplate"; }

const char* LevelName(Level level) {
  switch (level) {
    case Level::kSingle: return "single";
    case Level::kSeveral: return "several";
    case Level::kAll: return "all";
    case Level::kNone: break;
  }
  return "";
}

Level LevelFor(int outlets, std::size_t documents) {
  if (outlets <= 1) return Level::kSingle;
  if (static_cast<std::size_t>(outlets) >= documents) return Level::kAll;
  return Level::kSeveral;
}

}  // namespace corroborate
