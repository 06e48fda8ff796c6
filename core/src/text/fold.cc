#include "text/fold.h"

namespace corroborate {
namespace text {
namespace {

// Latin-1 letters U+00C0..U+00FF without their accents, lower case ('\0': not a letter).
constexpr char kLatin1Base[] =
    "aaaaaaaceeeeiiii"  // C0-CF
    "dnooooo\0ouuuuyts"  // D0-DF (D7 is the multiplication sign; DF sharp s)
    "aaaaaaaceeeeiiii"  // E0-EF
    "dnooooo\0ouuuuyty";  // F0-FF (F7 is the division sign)

// Latin Extended-A U+0100..U+017F: the base letter of each, lower case.
constexpr char kLatinExtA[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
    "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

}  // namespace

namespace internal {

bool IsLetterNonAscii(char32_t cp) {
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp <= 0x24F) return true;                        // Latin-1 letters, Latin Extended A/B
  if (cp >= 0x250 && cp <= 0x2AF) return true;         // IPA
  if (cp >= 0x370 && cp <= 0x3FF) return cp != 0x37E && cp != 0x387;  // Greek
  if (cp >= 0x400 && cp <= 0x52F) return true;         // Cyrillic
  if (cp >= 0x531 && cp <= 0x587) return true;         // Armenian
  if (cp >= 0x5D0 && cp <= 0x5EA) return true;         // Hebrew letters
  if (cp >= 0x620 && cp <= 0x64A) return true;         // Arabic letters
  if (cp >= 0x66E && cp <= 0x6D3) return true;
  if (cp >= 0x900 && cp <= 0xDFF) return true;         // Indic scripts (marks included)
  if (cp >= 0xE00 && cp <= 0xEFF) return cp != 0xE3F;  // Thai, Lao
  if (cp >= 0x1E00 && cp <= 0x1FFF) return true;       // Latin/Greek extended
  if (IsIdeograph(cp)) return true;
  return false;
}

bool IsUpperNonAscii(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 0 && cp != 0x138;
  if (cp >= 0x391 && cp <= 0x3AB) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

char32_t FoldNonAscii(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    case 0x00A0: case 0x2007: case 0x202F: case 0x205F: case 0x3000: case 0x1680:
      return ' ';
    case 0x2026:
      return '.';
    case 0x2028: case 0x2029: case 0x0085:
      return '\n';
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return ' ';
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char base = kLatin1Base[cp - 0xC0];
    return base ? static_cast<char32_t>(base) : cp;
  }
  if (cp >= 0x100 && cp <= 0x17F) return static_cast<char32_t>(kLatinExtA[cp - 0x100]);
  if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32;   // Greek capitals
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;                 // Cyrillic capitals
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  if (cp >= 0xFF21 && cp <= 0xFF3A) return cp - 0xFF21 + 'a';     // fullwidth Latin
  if (cp >= 0xFF41 && cp <= 0xFF5A) return cp - 0xFF41 + 'a';
  if (cp >= 0xFF10 && cp <= 0xFF19) return cp - 0xFF10 + '0';
  return cp;
}

}  // namespace internal

bool IsOpeningQuote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x2018 || cp == 0x201E ||
         cp == 0x00AB || cp == 0x201A || cp == '(' || cp == '[';
}

bool IsClosingQuote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 || cp == 0x00BB ||
         cp == ')' || cp == ']';
}

}  // namespace text
}  // namespace corroborate
