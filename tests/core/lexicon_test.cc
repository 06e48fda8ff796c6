// The synonym table: how it is read, what a stem's groups are, and what it rejects.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corroborate/lexicon.h"
#include "terms/stem.h"
#include "test_util.h"

using corroborate::Lexicon;
using corroborate::Status;

namespace {
std::vector<std::uint32_t> Groups(const Lexicon& lex, const std::string& word) {
  const auto g = lex.GroupsOf(corroborate::terms::Stem(word));
  return {g.begin(), g.end()};
}
}  // namespace

TEST_CASE("lexicon: a word's groups are found by its stem, in table order, each once", "[lexicon]") {
  Lexicon lex;
  REQUIRE(Lexicon::Parse("# comment\n"
                         "talk conversation discussion\n"
                         "\n"
                         "lower reduce cut\n"
                         "talk lecture talks\n",
                         &lex)
              .ok());
  CHECK(lex.groups() == 3);
  CHECK(Groups(lex, "conversation") == std::vector<std::uint32_t>{0});
  // "talk" and "talks" share a stem: group 2 once, after group 0.
  CHECK(Groups(lex, "talking") == std::vector<std::uint32_t>{0, 2});
  CHECK(Groups(lex, "reduced") == std::vector<std::uint32_t>{1});
  CHECK(lex.GroupsOf("tariff").empty());
  CHECK(lex.GroupsOf("").empty());
}

TEST_CASE("lexicon: a moved table still answers", "[lexicon]") {
  Lexicon a;
  REQUIRE(Lexicon::Parse("levy tariff duty\n", &a).ok());
  Lexicon b = std::move(a);
  CHECK(Groups(b, "tariffs") == std::vector<std::uint32_t>{0});
  Lexicon c;
  c = std::move(b);
  CHECK(Groups(c, "levies") == std::vector<std::uint32_t>{0});
}

TEST_CASE("lexicon: malformed lines are errors that name the line", "[lexicon]") {
  Lexicon lex;
  const Status upper = Lexicon::Parse("talk chat\nTalk Chat\n", &lex);
  CHECK(upper.message() == "lexicon line 2: words are lower-case letters a-z");
  const Status one = Lexicon::Parse("talk\n", &lex);
  CHECK(one.message() == "lexicon line 1 has fewer than two words");
  CHECK(Lexicon::Parse("", &lex).ok());
  CHECK(lex.empty());
}

TEST_CASE("lexicon: the bundled table loads", "[lexicon]") {
  const Lexicon* lex = corroborate::testing::TestLexicon();
  CHECK(lex->groups() > 5000);
  CHECK_FALSE(Groups(*lex, "conversation").empty());
}

namespace {
Lexicon ParseOrFail(const std::string& text) {
  Lexicon lex;
  const Status s = Lexicon::Parse(text, &lex);
  INFO(s.message());
  REQUIRE(s.ok());
  return lex;
}
}  // namespace

namespace {
// Little-endian u32 at `at` of a binary table, for tests that corrupt one field.
void PutU32(std::string* t, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) (*t)[at + i] = static_cast<char>(v >> (8 * i) & 0xff);
}
}  // namespace

TEST_CASE("lexicon: a binary table holds the stems, their groups and a notice", "[lexicon]") {
  const Lexicon from_words = ParseOrFail(
      "# comment\n"
      "talk conversation discussion\n"
      "lower reduce cut\n"
      "talk lecture talks\n");
  const std::string binary = from_words.Binary("WordNet 3.0\n");
  using namespace std::string_literals;
  // Header (groups 3, stems 7, entries 8, 37 bytes of stems, 12 of notice), the notice, the
  // stems' lengths and group counts in byte order (convers cut discuss lectur lower reduc
  // talk), the groups as u16 (at offset 54: even, so no padding), the stems.
  const std::string expected =
      "CLEX\1\0\0\0\3\0\0\0\7\0\0\0\x8\0\0\0\x25\0\0\0\xc\0\0\0"s
      "WordNet 3.0\n"s
      "\7\3\7\6\5\5\4"s
      "\1\1\1\1\1\1\2"s
      "\0\0\1\0\0\0\2\0\1\0\1\0\0\0\2\0"s
      "converscutdiscusslecturlowerreductalk"s;
  CHECK(binary == expected);
  for (const bool in_place : {false, true}) {
    Lexicon lex;
    const Status s = in_place ? Lexicon::View(binary, &lex) : Lexicon::Parse(binary, &lex);
    INFO(s.message());
    REQUIRE(s.ok());
    CHECK(lex.groups() == 3);
    CHECK(lex.notice() == "WordNet 3.0\n");
    CHECK(Groups(lex, "talking") == std::vector<std::uint32_t>{0, 2});
    CHECK(Groups(lex, "reduced") == std::vector<std::uint32_t>{1});
    CHECK(lex.GroupsOf("tariff").empty());
    CHECK(lex.GroupsOf("").empty());
    CHECK(lex.GroupsOf("zzz").empty());
    CHECK(lex.GroupsOf("a").empty());
    // Terms that are not letters (quantities, entities, initialisms) are in no group.
    CHECK(lex.GroupsOf("#num:3").empty());
    CHECK(lex.GroupsOf("@us").empty());
    CHECK(lex.GroupsOf("u.s").empty());
    CHECK(lex.Binary("WordNet 3.0\n") == binary);
  }
  // Parse keeps its own copy: the table answers after the bytes are gone.
  Lexicon copied;
  {
    const std::string gone = binary;
    REQUIRE(Lexicon::Parse(gone, &copied).ok());
  }
  CHECK(Groups(copied, "discussion") == std::vector<std::uint32_t>{0});
  // Look-ups start at the stems' first two letters: one-letter stems sort before the
  // two-letter ones that start with them, and the first and last stems are found. The word
  // table stems its words ("zz" stays "zz").
  const Lexicon short_stems = ParseOrFail(ParseOrFail("a b\nab zz\nabc zz\n").Binary());
  CHECK(Groups(short_stems, "a") == std::vector<std::uint32_t>{0});
  CHECK(Groups(short_stems, "ab") == std::vector<std::uint32_t>{1});
  CHECK(Groups(short_stems, "abc") == std::vector<std::uint32_t>{2});
  CHECK(Groups(short_stems, "b") == std::vector<std::uint32_t>{0});
  CHECK(Groups(short_stems, "zz") == std::vector<std::uint32_t>{1, 2});
  for (const char* absent : {"aa", "abd", "ba", "z", "zzz", "c"}) CHECK(short_stems.GroupsOf(absent).empty());
  // An empty table is a table.
  const Lexicon none = ParseOrFail(ParseOrFail("").Binary());
  CHECK(none.empty());
  CHECK(none.GroupsOf("talk").empty());
}

TEST_CASE("lexicon: a corrupt binary table is an error that says what is wrong", "[lexicon]") {
  const std::string good = ParseOrFail("talk conversation\ncut reduce\n").Binary("n\n");
  // Stems: convers(0) cut(1) reduc(1) talk(0); 4 stems, 4 entries, 19 bytes, notice 2 bytes.
  Lexicon lex;
  auto message = [&lex](const std::string& t) { return Lexicon::Parse(t, &lex).message(); };
  REQUIRE(message(good).empty());
  const std::size_t lengths = 28 + 2, counts = lengths + 4, flat = counts + 4, text = flat + 8;
  auto with = [&good](std::size_t at, char c) { std::string t = good; t[at] = c; return t; };
  auto with32 = [&good](std::size_t at, std::uint32_t v) { std::string t = good; PutU32(&t, at, v); return t; };
  CHECK(message(good.substr(0, 10)) == "lexicon: truncated in its header");
  CHECK(message(with32(4, 2)) == "lexicon: version 2; this engine reads version 1");
  CHECK(message(with32(8, 70000)) == "lexicon: more than 65536 groups");
  CHECK(message(good.substr(0, good.size() - 1)) ==
        "lexicon: its header gives 65 bytes, it has 64 (truncated, or not one table)");
  CHECK(message(good + "x") == "lexicon: its header gives 65 bytes, it has 66 (truncated, or not one table)");
  CHECK(message(with32(12, 0xffffffffu)).rfind("lexicon: its header gives 8589934", 0) == 0);
  CHECK(message(with(lengths + 1, 0)) == "lexicon: stem 1 is empty or in no group");
  CHECK(message(with(counts + 3, 0)) == "lexicon: stem 3 is empty or in no group");
  CHECK(message(with(lengths, 6)) == "lexicon: the stems' lengths or group counts do not add up to the header's totals");
  CHECK(message(with(counts, 2)) == "lexicon: the stems' lengths or group counts do not add up to the header's totals");
  CHECK(message(with(text + 1, 'O')) == "lexicon: stem 0 is not letters a-z");
  CHECK(message(with(text + 7, 'a')) == "lexicon: stem 1 is out of byte order, or repeated");
  CHECK(message(with(flat + 4, 2)) == "lexicon: stem 2's groups do not ascend below the number of groups");
  // Two groups for one stem that do not ascend: "talk" in group 1, then group 0.
  std::string twice = ParseOrFail("talk chat\ntalk conversation\n").Binary();
  REQUIRE(message(twice).empty());
  // Stems chat(0) convers(1) talk(0 1): the groups start at 28 + 3 + 3, talk's two after two others.
  const std::size_t talk = 28 + 3 + 3 + 2 * 2;
  twice[talk] = 1;
  twice[talk + 2] = 0;
  CHECK(message(twice) == "lexicon: stem 2's groups do not ascend below the number of groups");
  // Not a binary table: read as a word table, whose first word is not letters a-z.
  CHECK(message("CLE\n") == "lexicon line 1: words are lower-case letters a-z");
  CHECK(Lexicon::View("talk chat\n", &lex).message() == "lexicon: not a binary table (those start with \"CLEX\")");
  // Viewed in place, a table must be aligned for its u16 groups.
  std::string shifted = " " + good;
  CHECK(Lexicon::View(std::string_view(shifted).substr(1), &lex).message() ==
        "lexicon: viewed in place, a table starts at an even address");
  // A failed load leaves the table it was given as it was.
  REQUIRE(Lexicon::Parse(good, &lex).ok());
  CHECK_FALSE(Lexicon::Parse(with(text, 'X'), &lex).ok());
  CHECK(Groups(lex, "conversation") == std::vector<std::uint32_t>{0});
  // Every truncation is an error, never a crash (the sanitizer build runs this too).
  for (std::size_t n = 1; n < good.size(); ++n) CHECK_FALSE(Lexicon::Parse(good.substr(0, n), &lex).ok());
}

#ifdef CORROBORATE_LEXICON_WORDS
TEST_CASE("lexicon: the shipped binary table loads to the same table as the WordNet word table", "[lexicon]") {
  // The word table is what tools/make_lexicon.py writes; the embedded (and fetched) table is
  // its binary table, made at build time by corroborate_lexicon_table.
  const std::string words = corroborate::testing::ReadFileOrDie(CORROBORATE_LEXICON_WORDS);
  const std::string_view shipped = corroborate::EmbeddedLexicon();
  REQUIRE(Lexicon::IsBinary(shipped));
  const Lexicon from_words = ParseOrFail(words);
  const Lexicon* from_index = corroborate::testing::TestLexicon();
  CHECK(from_index->groups() == from_words.groups());
  // Binary() writes every stem and all its groups: equal bytes, equal tables; the notice
  // names WordNet.
  CHECK(from_index->Binary(from_index->notice()) == from_words.Binary(from_index->notice()));
  CHECK(from_index->notice().find("WordNet") != std::string_view::npos);
  // And every word of the word table (and a variant) finds the same groups through its stem.
  std::size_t checked = 0, with_groups = 0;
  std::istringstream lines(words);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream in(line);
    for (std::string word; in >> word;) {
      for (const std::string& w : {word, word + "s", word + "ing"}) {
        const auto a = Groups(from_words, w);
        if (a != Groups(*from_index, w)) FAIL_CHECK("groups differ for " << w);
        ++checked;
        with_groups += !a.empty();
      }
    }
  }
  CHECK(checked > 60000);
  CHECK(with_groups > 24000);
}
#endif
