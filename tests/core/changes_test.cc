// Each rule of terms/changes.h on its own: one change, however it is worded, is one term.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "terms/changes.h"
#include "terms/token.h"

using namespace corroborate::terms;

namespace {
// The change terms of a sentence.
std::vector<std::string> Changes(const std::string& s) {
  std::vector<std::string> out;
  auto tokens = Tokenize(s, 0, s.size());
  AnnotateChanges(&tokens);
  for (const Token& t : tokens)
    if (t.term.rfind("#chg:", 0) == 0) out.push_back(t.term);
  return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("changes: from X to Y", "[changes]") {
  CHECK(Changes("tariffs fell from 145% to 30%") == V{"#chg:pct:145>30"});
  CHECK(Changes("from a steep 145% to 30%") == V{"#chg:pct:145>30"});
  CHECK(Changes("from $5 million to $7 million") == V{"#chg:money:5000000>7000000"});
}

TEST_CASE("changes: X ... to Y, a noun phrase between", "[changes]") {
  CHECK(Changes("Trump has lowered his 145% tariffs on Chinese goods to 30% for 90 days") ==
        V{"#chg:pct:145>30"});
  // "by": the size of the change, not where it started.
  CHECK(Changes("cut rates by 0.25% to 1%").empty());
}

TEST_CASE("changes: to Y from X", "[changes]") {
  CHECK(Changes("reduce its duties on U.S. imports down to 10% from 125%") == V{"#chg:pct:125>10"});
}

TEST_CASE("changes: Y, down from X", "[changes]") {
  CHECK(Changes("unemployment was 4%, down from 5%") == V{"#chg:pct:5>4"});
  // Told once, though both "to Y from X" and "Y, up from X" fit.
  CHECK(Changes("sales rose to 9%, up from 8%") == V{"#chg:pct:8>9"});
}

TEST_CASE("changes: every wording of one change meets", "[changes]") {
  const V same{"#chg:pct:125>10"};
  CHECK(Changes("China also reduced its taxes on U.S. goods from 125% to 10%.") == same);
  CHECK(Changes("Xi easing its levies from 125% to 10%.") == same);
  CHECK(Changes("China cut duties down to 10% from 125%.") == same);
}

TEST_CASE("changes: no change without two values of one kind", "[changes]") {
  CHECK(Changes("prices rose 5% to $20").empty());      // kinds differ
  CHECK(Changes("he went to Paris from 2019").empty());  // nothing after "to"
  CHECK(Changes("from 30% to 30%").empty());             // no change
  CHECK(Changes("led to a mutual stand-down").empty());
}

TEST_CASE("changes: across two sentences of a document", "[changes]") {
  std::vector<std::vector<Token>> doc;
  for (const std::string s : {"The tariff level is at least 30%.", "That's down from the 145% level."})
    doc.push_back(Tokenize(s, 0, s.size()));
  for (auto& s : doc) AnnotateChanges(&s);
  LinkChanges(&doc);
  bool found = false;
  for (const Token& t : doc[1]) found = found || t.term == "#chg:pct:145>30";
  CHECK(found);
  // Only when the sentence refers back ("That's", "It was"): a new subject is a new figure.
  std::vector<std::vector<Token>> other;
  for (const std::string s : {"The tariff level is at least 30%.", "Exports are down from 145%."})
    other.push_back(Tokenize(s, 0, s.size()));
  LinkChanges(&other);
  for (const Token& t : other[1]) CHECK(t.term.rfind("#chg:", 0) != 0);
}
