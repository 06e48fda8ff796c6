// Folding for matching only: quotes, dashes, spaces and case are made uniform so that
// "Trump’s" and "TRUMP'S" meet. Output text is never folded.
#ifndef CORROBORATE_TEXT_FOLD_H_
#define CORROBORATE_TEXT_FOLD_H_

namespace corroborate {
namespace text {

namespace internal {
// The parts of the functions below past ASCII (fold.cc).
char32_t FoldNonAscii(char32_t cp);
bool IsLetterNonAscii(char32_t cp);
bool IsUpperNonAscii(char32_t cp);
}  // namespace internal

// The tokenizer and the segmenter ask these of every code point, and nearly all of them
// are ASCII: that case is inline, the rest out of line.

// Curly and prime quotes to ' or ", every dash and minus to '-', exotic spaces to ' ',
// the ellipsis to '.', letters to lower case without accents (Latin, Greek, Cyrillic).
inline char32_t Fold(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return internal::FoldNonAscii(cp);
}

// After folding: ' ', '\t', '\n', '\r', '\f', '\v'.
inline bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
}

// \n \r U+2028 U+2029 U+0085.
inline bool IsLineBreak(char32_t cp) {
  return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85;
}

// ASCII 0-9.
inline bool IsDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// CJK, kana, hangul: each one a word of its own.
inline bool IsIdeograph(char32_t cp) {
  return cp >= 0x3040 &&
         ((cp <= 0x30FF) ||                       // kana
          (cp >= 0x3400 && cp <= 0x4DBF) ||       // CJK extension A
          (cp >= 0x4E00 && cp <= 0x9FFF) ||       // CJK unified
          (cp >= 0xAC00 && cp <= 0xD7AF) ||       // hangul syllables
          (cp >= 0xF900 && cp <= 0xFAFF) ||       // CJK compatibility
          (cp >= 0x20000 && cp <= 0x2FFFF));      // CJK extensions B..
}

// Letters and ideographs of any script (approximate).
inline bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return internal::IsLetterNonAscii(cp);
}

// Before folding.
inline bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return internal::IsUpperNonAscii(cp);
}

bool IsOpeningQuote(char32_t cp);
bool IsClosingQuote(char32_t cp);

}  // namespace text
}  // namespace corroborate

#endif  // CORROBORATE_TEXT_FOLD_H_
