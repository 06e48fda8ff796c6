#include <catch2/catch.hpp>

#include "text/fold.h"

using namespace corroborate::text;

TEST_CASE("fold: quotes, dashes, spaces and ellipses become plain", "[fold]") {
  CHECK(Fold(0x2019) == U'\'');  // ’
  CHECK(Fold(0x201C) == U'"');   // “
  CHECK(Fold(0x2014) == U'-');   // —
  CHECK(Fold(0x2013) == U'-');   // –
  CHECK(Fold(0x00A0) == U' ');   // no-break space
  CHECK(Fold(0x2026) == U'.');   // …
}

TEST_CASE("fold: case and accents", "[fold]") {
  CHECK(Fold(U'T') == U't');
  CHECK(Fold(0xC9) == U'e');    // É
  CHECK(Fold(0xF1) == U'n');    // ñ
  CHECK(Fold(0x141) == U'l');   // Ł
  CHECK(Fold(0x0416) == 0x0436);  // Cyrillic Ж -> ж
  CHECK(Fold(0x4E2D) == 0x4E2D);  // 中 unchanged
}

TEST_CASE("fold: character classes", "[fold]") {
  CHECK(IsLetter(U'a'));
  CHECK(IsLetter(0x0628));  // Arabic beh
  CHECK(IsLetter(0x4E2D));
  CHECK_FALSE(IsLetter(U'-'));
  CHECK(IsIdeograph(0x4E2D));
  CHECK_FALSE(IsIdeograph(U'a'));
  CHECK(IsUpper(U'W'));
  CHECK_FALSE(IsUpper(U'w'));
  CHECK(IsLineBreak(0x2029));
}
