// Folding for matching only: quotes, dashes, spaces and case are made uniform so that
// "Trump’s" and "TRUMP'S" meet. Output text is never folded.
#ifndef CORROBORATE_TEXT_FOLD_H_
#define CORROBORATE_TEXT_FOLD_H_

namespace corroborate {
namespace text {

// Curly and prime quotes to ' or ", every dash and minus to '-', exotic spaces to ' ',
// the ellipsis to '.', letters to lower case without accents (Latin, Greek, Cyrillic).
char32_t Fold(char32_t cp);

bool IsSpace(char32_t cp);        // after folding: ' ', '\t', '\n', '\r', '\f', '\v'
bool IsLineBreak(char32_t cp);    // \n \r U+2028 U+2029 U+0085
bool IsLetter(char32_t cp);       // letters and ideographs of any script (approximate)
bool IsDigit(char32_t cp);        // ASCII 0-9
bool IsUpper(char32_t cp);        // before folding
bool IsIdeograph(char32_t cp);    // CJK, kana, hangul: each one a word of its own
bool IsOpeningQuote(char32_t cp);
bool IsClosingQuote(char32_t cp);

}  // namespace text
}  // namespace corroborate

#endif  // CORROBORATE_TEXT_FOLD_H_
