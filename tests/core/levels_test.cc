#include <catch2/catch.hpp>

#include "report/levels.h"
#include "test_util.h"

using namespace corroborate;
using corroborate::testing::AnalyzeOrDie;

TEST_CASE("levels: names are the report contract", "[levels]") {
  CHECK(std::string(LevelName(Level::kSingle)) == "single");
  CHECK(std::string(LevelName(Level::kSeveral)) == "several");
  CHECK(std::string(LevelName(Level::kAll)) == "all");
  CHECK(std::string(KindName(Kind::kBoilerplate)) == "boilerplate");
}

TEST_CASE("levels: from outlets and the number of documents", "[levels]") {
  CHECK(LevelFor(1, 1) == Level::kSingle);
  CHECK(LevelFor(1, 2) == Level::kSingle);
  CHECK(LevelFor(2, 2) == Level::kAll);
  CHECK(LevelFor(2, 5) == Level::kSeveral);
  CHECK(LevelFor(4, 5) == Level::kSeveral);
  CHECK(LevelFor(5, 5) == Level::kAll);
}

TEST_CASE("levels: one document makes every claim single, with a warning", "[levels]") {
  const Report r = AnalyzeOrDie({{"a", "A", "The mayor opened the bridge. It rained all day."}});
  REQUIRE(r.sentences.size() == 2);
  for (const Sentence& s : r.sentences) {
    CHECK(s.outlets == 1);
    CHECK(s.level == Level::kSingle);
  }
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].message.find("only one document") != std::string::npos);
}

TEST_CASE("levels: two documents give single or all", "[levels]") {
  const Report r = AnalyzeOrDie({
      {"a", "A", "The mayor opened the new bridge on Monday. Heavy rain flooded the market."},
      {"b", "B", "On Monday the mayor opened the new bridge."}});
  CHECK(r.sentences[0].level == Level::kAll);
  CHECK(r.sentences[0].outlets == 2);
  CHECK(r.sentences[1].level == Level::kSingle);
}

TEST_CASE("levels: five documents give single, several and all", "[levels]") {
  const std::string fact = "The mayor opened the new bridge on Monday.";
  const std::string rain = "Heavy rain flooded the central market.";
  const Report r = AnalyzeOrDie({{"a", "A", fact + " " + rain + " A dog won the county show."},
                                 {"b", "B", fact + " " + rain},
                                 {"c", "C", fact + " " + rain},
                                 {"d", "D", fact + " Stocks fell sharply."},
                                 {"e", "E", fact}});
  CHECK(r.sentences[0].level == Level::kAll);
  CHECK(r.sentences[0].outlets == 5);
  CHECK(r.sentences[1].level == Level::kSeveral);
  CHECK(r.sentences[1].outlets == 3);
  CHECK(r.sentences[2].level == Level::kSingle);
  CHECK(r.sentences[2].outlets == 1);
}
