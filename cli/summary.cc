#include <set>

#include "format.h"

namespace corroborate {
namespace cli {

std::string DocTag(std::size_t doc) {
  std::string tag;
  do {
    tag.insert(tag.begin(), static_cast<char>('A' + doc % 26));
    doc /= 26;
  } while (doc-- > 0);
  return tag;
}

std::vector<std::size_t> DistinctAllClaims(const Report& report) {
  std::vector<std::size_t> out;
  std::set<std::size_t> covered;
  for (const Sentence& s : report.sentences) {
    if (s.level != Level::kAll || covered.count(s.id)) continue;
    out.push_back(s.id);
    for (const Support& sup : s.support)
      for (std::size_t i = sup.sentence; i <= sup.sentence_last; ++i) covered.insert(i);
  }
  return out;
}

}  // namespace cli
}  // namespace corroborate
