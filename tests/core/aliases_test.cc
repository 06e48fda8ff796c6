// Each alias rule on its own: names of one entity get one term.
#include <catch2/catch.hpp>

#include "terms/token.h"

using namespace corroborate::terms;

namespace {
std::vector<std::string> Terms(const std::string& s) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(s, 0, s.size()))
    if (!t.term.empty()) out.push_back(t.term);
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("aliases: a country, its people, its capital and its abbreviations meet", "[aliases]") {
  for (const char* us : {"U.S.", "US", "United States", "United States of America", "America",
                         "American", "Washington"})
    CHECK(Terms(us) == V{"@us"});
  for (const char* china : {"China", "Chinese", "Beijing", "China's"}) CHECK(Terms(china) == V{"@china"});
}

TEST_CASE("aliases: the longest name wins and its words count once", "[aliases]") {
  const std::string s = "the United States of America agreed";
  const auto tokens = Tokenize(s, 0, s.size());
  CHECK(Terms(s) == V{"@us", "agre"});
  CHECK(s.substr(tokens[1].start, tokens[1].end - tokens[1].start) == "United States of America");
}

TEST_CASE("aliases: words that look like names stay words", "[aliases]") {
  CHECK(Terms("they warned us") == V{"warn"});          // us, the pronoun: a stop word
  CHECK(Terms("the un-named source") == V{"un", "name", "sourc"});
  CHECK(Terms("the U.N. and the UN") == V{"@un", "@un"});
}

TEST_CASE("aliases: organisations and their acronyms", "[aliases]") {
  CHECK(Terms("European Union") == Terms("EU"));
  CHECK(Terms("World Trade Organization") == Terms("WTO"));
}
