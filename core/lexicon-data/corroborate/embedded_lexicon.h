// The synonym table built from WordNet (tools/make_lexicon.py), as the binary table made at
// build time (corroborate_lexicon_table), compiled into native front ends and tests, aligned
// so that it is used in place. Browsers fetch the same file from dist/ instead.
//
//   corroborate::Lexicon lexicon;
//   corroborate::Lexicon::View(corroborate::EmbeddedLexicon(), &lexicon);
#ifndef CORROBORATE_EMBEDDED_LEXICON_H_
#define CORROBORATE_EMBEDDED_LEXICON_H_

#include <string_view>

namespace corroborate {

std::string_view EmbeddedLexicon();

}  // namespace corroborate

#endif  // CORROBORATE_EMBEDDED_LEXICON_H_
