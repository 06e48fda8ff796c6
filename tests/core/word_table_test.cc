// The bucketed word tables behind the front end's word lists.
#include <catch2/catch.hpp>

#include <array>
#include <string_view>

#include "text/word_table.h"

using corroborate::text::WordSet;
using corroborate::text::WordTable;

TEST_CASE("word table: exact matches only", "[word_table]") {
  const WordSet set = {"may", "march", "mar", "m", "gov't", "u.s"};
  CHECK(set.Has("may"));
  CHECK(set.Has("mar"));
  CHECK(set.Has("m"));
  CHECK(set.Has("gov't"));
  CHECK(set.Has("u.s"));
  CHECK_FALSE(set.Has("ma"));
  CHECK_FALSE(set.Has("mayo"));
  CHECK_FALSE(set.Has("May"));
  CHECK_FALSE(set.Has(""));
  CHECK_FALSE(set.Has("zebra"));
}

TEST_CASE("word table: a word listed twice keeps its first value", "[word_table]") {
  const WordTable<int> table = {{"second", 2}, {"sec", 1}, {"second", 1}};
  REQUIRE(table.Find("second") != nullptr);
  CHECK(*table.Find("second") == 2);
  CHECK(*table.Find("sec") == 1);
  CHECK(table.Find("seconds") == nullptr);
}

TEST_CASE("word table: any first byte, the empty word", "[word_table]") {
  const WordSet set = {"\xC3\xA9t\xC3\xA9", "\xFF", "", "z"};
  CHECK(set.Has("\xC3\xA9t\xC3\xA9"));
  CHECK(set.Has("\xFF"));
  CHECK(set.Has(""));
  CHECK(set.Has("z"));
  CHECK_FALSE(set.Has("\xC3\xA9"));
  const std::array<std::string_view, 2> words = {"alpha", "beta"};
  const WordSet from_array(words);
  CHECK(from_array.Has("beta"));
  CHECK_FALSE(from_array.Has("gamma"));
  const WordSet none = {};
  CHECK_FALSE(none.Has(""));
  CHECK_FALSE(none.Has("a"));
}
