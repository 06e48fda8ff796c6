// The synonym table: how it is read, what a stem's groups are, and what it rejects.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "corroborate/lexicon.h"
#include "lexicon/stem.h"
#include "test_util.h"

using corroborate::Lexicon;
using corroborate::Status;

namespace {
std::vector<std::uint32_t> Groups(const Lexicon& lex, const std::string& word) {
  const auto g = lex.GroupsOf(corroborate::lexicon::Stem(word));
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
