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

TEST_CASE("lexicon: a stem index lists each stem's groups as first number and gaps", "[lexicon]") {
  const std::string words =
      "# comment\n"
      "talk conversation discussion\n"
      "lower reduce cut\n"
      "talk lecture talks\n";
  const Lexicon from_words = ParseOrFail(words);
  const std::string index = from_words.Index("# header\n");
  CHECK(index ==
        "# header\n"
        "@stems 3\n"
        "convers 0\n"
        "cut 1\n"
        "discuss 0\n"
        "lectur 2\n"
        "lower 1\n"
        "reduc 1\n"
        "talk 0 2\n");
  const Lexicon from_index = ParseOrFail(index);
  CHECK(from_index.groups() == 3);
  CHECK(Groups(from_index, "talking") == std::vector<std::uint32_t>{0, 2});
  CHECK(Groups(from_index, "reduced") == std::vector<std::uint32_t>{1});
  CHECK(from_index.GroupsOf("tariff").empty());
  CHECK(from_index.GroupsOf("").empty());
  CHECK(from_index.GroupsOf("zzz").empty());
  CHECK(from_index.GroupsOf("a").empty());
  CHECK(from_index.Index("# header\n") == index);
  // Terms that are not letters (quantities, entities, initialisms) are in no group.
  CHECK(from_index.GroupsOf("#num:3").empty());
  CHECK(from_index.GroupsOf("@us").empty());
  CHECK(from_index.GroupsOf("u.s").empty());
  // Look-ups start at the stems' first two letters: one-letter stems sort before the
  // two-letter ones that start with them, and the first and last stems are found.
  const Lexicon short_stems = ParseOrFail("@stems 3\na 0\nab 1\nabc 2\nb 0 1\nzz 2\n");
  CHECK(Groups(short_stems, "a") == std::vector<std::uint32_t>{0});
  CHECK(Groups(short_stems, "ab") == std::vector<std::uint32_t>{1});
  CHECK(Groups(short_stems, "abc") == std::vector<std::uint32_t>{2});
  CHECK(Groups(short_stems, "b") == std::vector<std::uint32_t>{0, 1});
  CHECK(Groups(short_stems, "zz") == std::vector<std::uint32_t>{2});
  for (const char* absent : {"aa", "abd", "ba", "z", "zzz", "c"}) CHECK(short_stems.GroupsOf(absent).empty());
  // Index lines are stems as they are: nothing is stemmed again ("talks" stays "talks").
  const Lexicon raw = ParseOrFail("@stems 2\n\n# a comment between lines\ntalks 0 1\n");
  CHECK(raw.GroupsOf("talks").size == 2);
  CHECK(raw.GroupsOf("talk").empty());
}

TEST_CASE("lexicon: a malformed stem index is an error that names the line", "[lexicon]") {
  Lexicon lex;
  auto message = [&lex](const std::string& text) { return Lexicon::Parse(text, &lex).message(); };
  CHECK(message("@stems\ntalk 0\n") == "lexicon line 1: the index starts with \"@stems N\", N the number of groups");
  CHECK(message("# c\n@stems x\n") == "lexicon line 2: the index starts with \"@stems N\", N the number of groups");
  CHECK(message("@stems 2\ntalk 0\ncut 1\n") == "lexicon line 3: stems must be in byte order, each once");
  CHECK(message("@stems 2\ntalk 0\ntalk 1\n") == "lexicon line 3: stems must be in byte order, each once");
  CHECK(message("@stems 2\ntalk 0 2\n") == "lexicon line 2: a group number not below N of \"@stems N\"");
  CHECK(message("@stems 2\ntalk 1 0\n") == "lexicon line 2: a stem's groups ascend (gaps are at least 1)");
  CHECK(message("@stems 2\ntalk\n") == "lexicon line 2: a stem (letters a-z), then the numbers of its groups");
  CHECK(message("@stems 2\nTalk 0\n") == "lexicon line 2: a stem (letters a-z), then the numbers of its groups");
  CHECK(message("@stems 2\ntalk 0x\n") == "lexicon line 2: a stem (letters a-z), then the numbers of its groups");
  CHECK(message("@stems 2\ntalk \n") == "lexicon line 2: groups are numbers of at most nine digits");
  CHECK(message("@stems 2\ntalk 1234567890\n") == "lexicon line 2: groups are numbers of at most nine digits");
  // The loader scans its copy of the text up to the copy's terminating '\0': a '\0' inside
  // the text must still be an error, not a silent end.
  using namespace std::string_literals;
  CHECK(message("@stems 2\nta\0lk 0\n"s) == "lexicon line 2: a stem (letters a-z), then the numbers of its groups");
  CHECK(message("@stems 2\ntalk 0\0\ncut 1\n"s) == "lexicon line 2: a stem (letters a-z), then the numbers of its groups");
  CHECK(message("@stems 2\0\ntalk 0\n"s) == "lexicon line 1: the index starts with \"@stems N\", N the number of groups");
  CHECK(message("@stems 0\n") == "");
  CHECK(lex.empty());
  // The last line needs no line break.
  CHECK(message("@stems 2\ncut 1\ntalk 0 1") == "");
  CHECK(Groups(lex, "talk") == std::vector<std::uint32_t>{0, 1});
  CHECK(Groups(lex, "cut") == std::vector<std::uint32_t>{1});
  CHECK(message("@stems 2\ntalk 0\n# the end") == "");
  CHECK(lex.groups() == 2);
  CHECK(message("@stems 2") == "");
  CHECK(lex.groups() == 2);
}

#ifdef CORROBORATE_LEXICON_WORDS
TEST_CASE("lexicon: the shipped stem index loads to the same table as the WordNet word table", "[lexicon]") {
  // The word table is what tools/make_lexicon.py writes; the embedded (and fetched) table is
  // its stem index, made at build time by corroborate_lexicon_index.
  const std::string words = corroborate::testing::ReadFileOrDie(CORROBORATE_LEXICON_WORDS);
  const std::string_view shipped = corroborate::EmbeddedLexicon();
  REQUIRE(shipped.find("\n@stems ") != std::string_view::npos);
  const Lexicon from_words = ParseOrFail(words);
  const Lexicon* from_index = corroborate::testing::TestLexicon();
  CHECK(from_index->groups() == from_words.groups());
  // Index() writes every stem and all its groups: equal text, equal tables.
  CHECK(from_index->Index() == from_words.Index());
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
