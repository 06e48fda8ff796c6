#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "text/utf8.h"

using namespace corroborate::text;

TEST_CASE("utf8: decodes one to four byte sequences", "[utf8]") {
  const std::string s = "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80";  // a é — 😀
  CHECK(Decode(s, 0).cp == U'a');
  CHECK(Decode(s, 1).cp == 0xE9);
  CHECK(Decode(s, 1).len == 2);
  CHECK(Decode(s, 3).cp == 0x2014);
  CHECK(Decode(s, 6).cp == 0x1F600);
  CHECK(Decode(s, 6).len == 4);
}

TEST_CASE("utf8: invalid bytes decode as U+FFFD one byte at a time", "[utf8]") {
  for (const std::string bad : {"\xFF", "\xC0\xAF", "\xED\xA0\x80", "\xE2\x80", "\x80"}) {
    const Decoded d = Decode(bad, 0);
    CHECK_FALSE(d.valid);
    CHECK(d.cp == kReplacement);
    CHECK(d.len == 1);
  }
  const Utf8Check c = CheckUtf8("ok \xFF then \xC3");
  CHECK(c.invalid == 2);
  CHECK(c.first_invalid == 3);
  CHECK(Sanitized("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("utf8: byte offsets map to UTF-16 offsets", "[utf8]") {
  std::string s = "\xF0\x9F\x98\x80 caf\xC3\xA9 ";
  for (int i = 0; i < 200; ++i) s += "\xE4\xB8\xAD";  // 中 x200: crosses checkpoints
  s += "\xFF!";
  const Utf16Map m(s);
  CHECK(m.At(0) == 0);
  CHECK(m.At(4) == 2);   // after the emoji: a surrogate pair
  CHECK(m.At(5) == 3);
  CHECK(m.At(11) == 8);  // "café " is 5 units, 6 bytes
  CHECK(m.At(11 + 3 * 150) == 8 + 150);
  CHECK(m.total() == 8 + 200 + 2);  // the invalid byte counts as one U+FFFD
  CHECK(m.At(s.size()) == m.total());
}

TEST_CASE("utf8: UTF-16 offsets agree with decoding, across ASCII runs", "[utf8]") {
  // Long ASCII runs (taken eight bytes at a time) between emoji, accents, CJK and
  // invalid bytes, over several checkpoints; every code point boundary is checked
  // against a count made by decoding from the start.
  std::string s;
  for (int i = 0; i < 40; ++i) {
    s += std::string(static_cast<std::size_t>(i % 13), 'a');
    s += i % 4 == 0 ? "\xF0\x9F\x98\x80" : i % 4 == 1 ? "\xC3\xA9" : i % 4 == 2 ? "\xE4\xB8\xAD" : "\xFF";
    s += std::string(static_cast<std::size_t>(3 + i * 7 % 29), 'b');
  }
  const Utf16Map m(s);
  std::size_t units = 0;
  for (std::size_t i = 0; i < s.size();) {
    CHECK(m.At(i) == units);
    const Decoded d = Decode(s, i);
    units += Utf16Units(d);
    i += d.len;
  }
  CHECK(m.total() == units);
  CHECK(m.At(s.size()) == units);
}

TEST_CASE("utf8: invalid bytes found between long ASCII runs", "[utf8]") {
  const std::string s = std::string(20, 'a') + "\xFF" + std::string(9, 'b') + "\xE4\xB8" +
                        std::string(8, 'c') + "\xC3\xA9" + std::string(16, 'd');
  const Utf8Check c = CheckUtf8(s);
  CHECK(c.invalid == 3);  // \xFF, then \xE4 and \xB8 one at a time (a cut sequence)
  CHECK(c.first_invalid == 20);
  CHECK(CheckUtf8(std::string(64, 'x')).invalid == 0);
  CHECK(CheckUtf8(std::string(63, 'x') + "\x80").first_invalid == 63);
}

namespace {
// Every code point boundary of s (and its end) against a count made by decoding from
// the start.
void CheckEveryOffset(const std::string& s) {
  const Utf16Map m(s);
  std::size_t units = 0;
  for (std::size_t i = 0; i < s.size();) {
    INFO(i);
    REQUIRE(m.At(i) == units);
    const Decoded d = Decode(s, i);
    units += Utf16Units(d);
    i += d.len;
  }
  CHECK(m.total() == units);
  CHECK(m.At(s.size()) == units);
}
}  // namespace

TEST_CASE("utf8: UTF-16 offsets of valid text, sequences across block edges", "[utf8]") {
  // Valid UTF-8 is counted by byte kind a word at a time: put each kind of sequence at
  // every place around the 64-byte blocks and the end of the text.
  for (const std::string seq : {"\xC3\xA9", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xF4\x8F\xBF\xBF"}) {
    for (std::size_t at = 0; at < 80; ++at) {
      std::string s = std::string(at, 'a') + seq + std::string(80 - at, 'b') + seq;
      CheckEveryOffset(s);
      s += std::string(at % 9, 'c');
      CheckEveryOffset(s);
    }
  }
  std::mt19937 rng(3);
  const char* pieces[] = {"a", "bc", " ", "\xC3\xA9", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xE2\x80\x94"};
  for (int n = 0; n < 300; ++n) {
    std::string s;
    const std::size_t len = rng() % 400;
    while (s.size() < len) s += pieces[rng() % 7];
    CheckEveryOffset(s);
  }
}

TEST_CASE("utf8: UTF-16 offsets where every byte is one unit", "[utf8]") {
  CheckEveryOffset("");
  CheckEveryOffset(std::string(200, 'x'));
  CheckEveryOffset(std::string(100, 'x') + "\xFF\x80" + std::string(100, 'y') + "\xC0");  // invalid bytes only
  CheckEveryOffset(std::string(100, 'x') + "\xFF" "\xC3\xA9" + std::string(100, 'y'));  // and a valid one
}
