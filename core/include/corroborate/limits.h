// Input limits: the one place they are set. Exceeding one is a Status naming the
// limit and the input, never a silent truncation (see docs/bad-input.md).
//
//   if (text.size() > corroborate::limits::kMaxDocumentBytes) ...
#ifndef CORROBORATE_LIMITS_H_
#define CORROBORATE_LIMITS_H_

#include <cstddef>

namespace corroborate {
namespace limits {

// A long feature story is ~60 KB; 4 MiB leaves room for pasted pages and still keeps
// a browser tab responsive.
constexpr std::size_t kMaxDocumentBytes = std::size_t{4} << 20;
// All documents of one analysis together.
constexpr std::size_t kMaxTotalBytes = std::size_t{32} << 20;
constexpr std::size_t kMaxDocuments = 1000;
// Sentences longer than this (no punctuation for pages on end) are cut at a word
// boundary into pieces of at most this size; each cut is reported as a warning.
constexpr std::size_t kMaxSentenceBytes = 2000;

}  // namespace limits
}  // namespace corroborate

#endif  // CORROBORATE_LIMITS_H_
