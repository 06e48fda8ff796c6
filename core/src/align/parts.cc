#include "align/parts.h"

#include "align/model.h"

namespace corroborate {
namespace align {

std::vector<std::size_t> PieceStarts(const std::vector<lexicon::Token>& t, std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 1; i < t.size(); ++i) {
    const std::string_view gap = text.substr(t[i - 1].end, t[i].start - t[i - 1].end);
    if (gap.find_first_of(",;:") != std::string_view::npos ||
        gap.find("\xE2\x80\x94") != std::string_view::npos ||  // em dash
        gap.find(" - ") != std::string_view::npos)
      starts.push_back(i);
  }
  return starts;
}

std::vector<std::pair<std::size_t, std::size_t>> Parts(const std::vector<std::size_t>& starts,
                                                       std::size_t tokens) {
  std::vector<std::pair<std::size_t, std::size_t>> parts;
  const std::size_t n = starts.size();
  if (n < 2 || n > model::kMaxPieces) return parts;
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = a; b < n; ++b) {
      if (a == 0 && b == n - 1) continue;
      parts.emplace_back(starts[a], b + 1 < n ? starts[b + 1] - 1 : tokens - 1);
    }
  return parts;
}

}  // namespace align
}  // namespace corroborate
