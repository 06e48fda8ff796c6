#include <catch2/catch.hpp>

#include "corroborate/limits.h"
#include "segment/segment.h"
#include "test_util.h"

using corroborate::segment::Segment;
using corroborate::segment::Split;
using corroborate::testing::Sentences;
using V = std::vector<std::string>;

TEST_CASE("segment: plain sentences", "[segment]") {
  CHECK(Sentences("The call lasted an hour. Markets rose! Did talks resume? Yes.") ==
        V{"The call lasted an hour.", "Markets rose!", "Did talks resume?", "Yes."});
}

TEST_CASE("segment: abbreviations do not end sentences", "[segment]") {
  CHECK(Sentences("Mr. Smith met Gov. Jones on Jan. 5 in the U.S. capital at 9 a.m. ET today.") ==
        V{"Mr. Smith met Gov. Jones on Jan. 5 in the U.S. capital at 9 a.m. ET today."});
  CHECK(Sentences("Donald J. Trump spoke at 3 p.m. local time.") ==
        V{"Donald J. Trump spoke at 3 p.m. local time."});
}

TEST_CASE("segment: an abbreviation that does end a sentence", "[segment]") {
  CHECK(Sentences("The talks were held in the U.S. The next round is in China.") ==
        V{"The talks were held in the U.S.", "The next round is in China."});
  CHECK(Sentences("It ended at 10 p.m. But nobody left.") ==
        V{"It ended at 10 p.m.", "But nobody left."});
}

TEST_CASE("segment: decimals and money", "[segment]") {
  CHECK(Sentences("The deficit fell to $19.7 billion. It was 3.5% lower.") ==
        V{"The deficit fell to $19.7 billion.", "It was 3.5% lower."});
}

TEST_CASE("segment: a quote that closes after the final mark, then attribution", "[segment]") {
  const std::string q =
      "\xE2\x80\x9CI like President XI of China, always have, and always will, but he is VERY "
      "TOUGH, AND EXTREMELY HARD TO MAKE A DEAL WITH!!!\xE2\x80\x9D Trump wrote at 2:17 a.m.";
  CHECK(Sentences(q) == V{q});
  const std::string straight = "\"WE WILL WIN!!!\" Trump posted Wednesday on his site.";
  CHECK(Sentences(straight) == V{straight});
  CHECK(Sentences("\"It is done,\" he said. \"We won.\" The crowd cheered.") ==
        V{"\"It is done,\" he said.", "\"We won.\"", "The crowd cheered."});
  const std::string comma = "He wrote: \xE2\x80\x9CHARD TO MAKE A DEAL WITH!!!,\xE2\x80\x9D Trump wrote.";
  CHECK(Sentences(comma) == V{comma});
}

TEST_CASE("segment: a bare attribution stays with the sentence before it", "[segment]") {
  // After an abbreviation the list does not know, and after a quote whose closing mark
  // was set apart by a space: no sentence states only who spoke.
  const std::string abbr = "\"It's something no business can prepare for,\" Sgtx. Fanning said.";
  CHECK(Sentences(abbr) == V{abbr});
  const std::string spaced = "\"What else could it be? \" Yanes said.";
  CHECK(Sentences(spaced) == V{spaced});
  CHECK(Sentences("Everyone got out safely, Const. Fanning said. The store reopened.") ==
        V{"Everyone got out safely, Const. Fanning said.", "The store reopened."});
  // An attribution that goes on says what was said: a sentence of its own.
  CHECK(Sentences("The store burned. Police said the fire began at 9 p.m.") ==
        V{"The store burned.", "Police said the fire began at 9 p.m."});
}

TEST_CASE("segment: headlines and datelines on lines without final punctuation", "[segment]") {
  const std::string s =
      "Trump and Xi Hold First Call in Months\n\nFriday, June 6, 2025\n"
      "President Donald Trump spoke with Xi. Talks resume.";
  CHECK(Sentences(s) == V{"Trump and Xi Hold First Call in Months", "Friday, June 6, 2025",
                           "President Donald Trump spoke with Xi.", "Talks resume."});
  const auto segs = Split(s);
  CHECK_FALSE(segs[0].terminated);
  CHECK(segs[2].terminated);
}

TEST_CASE("segment: a dash opener stays with its sentence", "[segment]") {
  const std::string s = "WASHINGTON \xE2\x80\x94 President Donald Trump said Thursday that talks will resume.";
  CHECK(Sentences(s) == V{s});
  CHECK(Sentences("BEIJING - China said the call went well.") ==
        V{"BEIJING - China said the call went well."});
}

TEST_CASE("segment: paragraphs one per line or blank-line separated, never merged", "[segment]") {
  const std::string s = "First paragraph has no stop\nSecond one does.\r\n\r\nThird one\xE2\x80\xA8" "Fourth.";
  CHECK(Sentences(s) == V{"First paragraph has no stop", "Second one does.", "Third one", "Fourth."});
  const auto segs = Split(s);
  REQUIRE(segs.size() == 4);
  for (std::size_t i = 0; i < segs.size(); ++i) CHECK(segs[i].paragraph == i);
}

TEST_CASE("segment: lowercase after a mark continues the sentence", "[segment]") {
  CHECK(Sentences("\"Stop!\" he shouted. Then... silence fell over it.") ==
        V{"\"Stop!\" he shouted.", "Then... silence fell over it."});
}

TEST_CASE("segment: CJK full stops need no space", "[segment]") {
  CHECK(Sentences("中国说。美国说。") == V{"中国说。", "美国说。"});
}

TEST_CASE("segment: a sentence longer than the limit is cut at word boundaries", "[segment]") {
  std::string s;
  while (s.size() < 3 * corroborate::limits::kMaxSentenceBytes) s += "word ";
  const auto segs = Split(s);
  REQUIRE(segs.size() >= 3);
  std::size_t covered = 0;
  for (const auto& seg : segs) {
    CHECK(seg.end - seg.start <= corroborate::limits::kMaxSentenceBytes);
    CHECK(s[seg.end - 1] != ' ');
    covered += seg.end - seg.start;
  }
  CHECK(segs.front().cut);
  CHECK(covered + segs.size() >= s.size() - 1);  // nothing lost but the spaces between pieces
}

TEST_CASE("segment: empty and blank input", "[segment]") {
  CHECK(Split("").empty());
  CHECK(Split(" \n\n\t \r\n").empty());
}

TEST_CASE("segment: breaks and marks outside ASCII, and invalid bytes", "[segment]") {
  CHECK(Sentences("One line\xC2\x85Two line.") == V{"One line", "Two line."});  // U+0085
  CHECK(Sentences("It waited\xE2\x80\xA6 Then it rained.") ==
        V{"It waited\xE2\x80\xA6", "Then it rained."});  // the ellipsis U+2026
  CHECK(Sentences("Is it true\xEF\xBC\x9F Yes it is.") ==
        V{"Is it true\xEF\xBC\x9F", "Yes it is."});  // fullwidth question mark
  CHECK(Sentences("Bad \xE2 byte. Next one\xE2.") == V{"Bad \xE2 byte.", "Next one\xE2."});
  CHECK(Sentences("Caf\xC3\xA9. Na\xC3\xAFve \xF0\x9F\x98\x80! Done") ==
        V{"Caf\xC3\xA9.", "Na\xC3\xAFve \xF0\x9F\x98\x80!", "Done"});
}
