// Parts of a sentence that may stand as claims of their own ("the call lasted about 90
// minutes" inside a longer sentence), for support of one clause only.
#ifndef CORROBORATE_ALIGN_PARTS_H_
#define CORROBORATE_ALIGN_PARTS_H_

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/token.h"

namespace corroborate {
namespace align {

// Where the pieces of a sentence start (token indices; the first is 0): pieces are
// split where the text between two tokens holds , ; : or a dash.
std::vector<std::size_t> PieceStarts(const std::vector<lexicon::Token>& tokens, std::string_view text);

// Token ranges [first, last] of a sentence of `tokens` tokens whose pieces start at
// `starts` (PieceStarts): every run of consecutive pieces but the whole sentence; none
// when there are more than model::kMaxPieces pieces (a list, not clauses).
std::vector<std::pair<std::size_t, std::size_t>> Parts(const std::vector<std::size_t>& starts,
                                                       std::size_t tokens);

}  // namespace align
}  // namespace corroborate

#endif  // CORROBORATE_ALIGN_PARTS_H_
