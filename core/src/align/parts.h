// Parts of a sentence that may stand as claims of their own ("the call lasted about 90
// minutes" inside a longer sentence), for support of one clause only.
#ifndef CORROBORATE_ALIGN_PARTS_H_
#define CORROBORATE_ALIGN_PARTS_H_

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "align/term_index.h"
#include "terms/token.h"

namespace corroborate {
namespace align {

// Where the pieces of a sentence start (token indices; the first is 0): pieces are
// split where the text between two tokens holds , ; : or a dash.
// Written over *starts, whose storage a claim's aligner reuses claim after claim (as for Parts).
void PieceStarts(const std::vector<terms::Token>& tokens, std::string_view text, std::vector<std::size_t>* starts);

// Token ranges [first, last] of a sentence of `tokens` tokens whose pieces start at
// `starts` (PieceStarts): every run of consecutive pieces but the whole sentence; none
// when there are more than model::kMaxPieces pieces (a list, not clauses).
void Parts(const std::vector<std::size_t>& starts, std::size_t tokens,
           std::vector<std::pair<std::size_t, std::size_t>>* parts);

// Whether tokens [first, last] of a sentence can stand as a claim of their own. An
// attribution ("police said", "according to an Oracle spokeswoman") says who spoke, not
// what; a piece opening with a preposition ("on the New York Stock Exchange", "at $84.50")
// qualifies the sentence's claim. Tried alone, each is "supported" by every sentence with
// the same frame, in any story.
bool StandsAlone(const std::vector<terms::Token>& tokens, std::size_t first, std::size_t last);

// Whether the figures of tokens [first, last] of sentence `c` agree with `stated`, sorted
// terms of the other outlet's part: none of them meets another figure of its kind there.
// A whole sentence may give another figure and still corroborate (the report shows the
// difference); a clause is mostly its figure: "closed at $84.50 on the New York Stock
// Exchange" is not stated by "closed at $21.63 on the New York Stock Exchange". A figure
// the other part does not mention is left out, not contradicted.
bool FiguresAgree(const TermIndex& w, std::size_t c, std::size_t first, std::size_t last,
                  const std::vector<TermId>& stated);

}  // namespace align
}  // namespace corroborate

#endif  // CORROBORATE_ALIGN_PARTS_H_
