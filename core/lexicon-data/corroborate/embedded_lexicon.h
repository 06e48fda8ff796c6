// The synonym table built from WordNet (tools/make_lexicon.py), as the stem index made at
// build time (corroborate_lexicon_index), compiled into native front ends and tests.
// Browsers load the same file lazily from dist/ instead.
//
//   corroborate::Lexicon lexicon;
//   corroborate::Lexicon::Parse(corroborate::EmbeddedLexicon(), &lexicon);
#ifndef CORROBORATE_EMBEDDED_LEXICON_H_
#define CORROBORATE_EMBEDDED_LEXICON_H_

#include <string_view>

namespace corroborate {

std::string_view EmbeddedLexicon();

}  // namespace corroborate

#endif  // CORROBORATE_EMBEDDED_LEXICON_H_
