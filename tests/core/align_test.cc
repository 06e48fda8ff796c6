#include <catch2/catch.hpp>

#include "align/model.h"
#include "test_util.h"

using namespace corroborate;
using corroborate::testing::AnalyzeOrDie;

namespace {
const Sentence& Find(const Report& r, std::size_t doc, const std::string& prefix) {
  for (const Sentence& s : r.sentences)
    if (s.doc == doc && s.text.rfind(prefix, 0) == 0) return s;
  FAIL("no sentence starting with " << prefix);
  throw;
}
}  // namespace

TEST_CASE("align: the same fact in other words is supported, another fact is not", "[align]") {
  const Report r = AnalyzeOrDie({
      {"a", "A", "The mayor opened the new bridge over the river on Monday. Heavy rain flooded the market."},
      {"b", "B", "On Monday the mayor opened a new bridge across the river. A concert drew large crowds."},
  });
  const Sentence& bridge = Find(r, 0, "The mayor");
  REQUIRE(bridge.support.size() == 1);
  CHECK(bridge.support[0].doc == 1);
  CHECK(r.sentences[bridge.support[0].sentence].text.rfind("On Monday", 0) == 0);
  CHECK(bridge.support[0].score >= r.min_score);
  CHECK(bridge.support[0].score <= 1.0);
  CHECK(Find(r, 0, "Heavy rain").support.empty());
  CHECK(Find(r, 1, "A concert").support.empty());
}

TEST_CASE("align: identical sentences score 1 and are marked as shared wording", "[align]") {
  const std::string s = "The central bank raised its benchmark interest rate by half a point to curb inflation on Tuesday.";
  const Report r = AnalyzeOrDie({{"a", "A", s}, {"b", "B", "Elsewhere, farmers protested. " + s}});
  const Sentence& c = Find(r, 0, "The central bank");
  REQUIRE(c.support.size() == 1);
  CHECK(c.support[0].score == Approx(1.0));
  CHECK(c.support[0].shared_text);
}

TEST_CASE("align: a claim split in two by the other outlet is supported by the pair", "[align]") {
  const Report r = AnalyzeOrDie({
      {"a", "A", "The company cut 400 jobs in Ohio and closed its Toledo plant after sales of trucks collapsed."},
      {"b", "B", "Unrelated opening line about weather. The company cut 400 jobs in Ohio. "
                 "It also closed its Toledo plant after sales of trucks collapsed. Shares fell."},
  });
  const Sentence& c = Find(r, 0, "The company");
  REQUIRE(c.support.size() == 1);
  const Support& sup = c.support[0];
  CHECK(sup.sentence_last == sup.sentence + 1);
  CHECK(r.sentences[sup.sentence].text == "The company cut 400 jobs in Ohio.");
}

TEST_CASE("align: shared words are reported as ranges of the supporting document", "[align]") {
  const std::string b = "Yesterday the mayor opened the new bridge.";
  const Report r = AnalyzeOrDie({{"a", "A", "The mayor opened a bridge."}, {"b", "B", b}});
  const Support& sup = Find(r, 0, "The mayor").support.at(0);
  std::vector<std::string> words;
  for (const Span& sp : sup.shared) words.push_back(b.substr(sp.start, sp.end - sp.start));
  CHECK(words == std::vector<std::string>{"mayor", "opened", "bridge"});
}

TEST_CASE("align: a higher threshold removes weak support", "[align]") {
  const std::vector<Document> docs = {
      {"a", "A", "Officials said the storm damaged roads and bridges across the northern region."},
      {"b", "B", "The storm damaged several roads, officials said."}};
  const Report loose = AnalyzeOrDie(docs, Options{0.05});
  const Report strict = AnalyzeOrDie(docs, Options{0.99});
  CHECK(loose.sentences[0].support.size() == 1);
  CHECK(strict.sentences[0].support.empty());
  CHECK(strict.min_score == 0.99);
}

TEST_CASE("align: boilerplate is never scored and never evidence", "[align]") {
  const Report r = AnalyzeOrDie({
      {"a", "A", "Sign in to your account\nThe council approved the budget on Friday."},
      {"b", "B", "Sign in to your account\nOn Friday the council approved the budget."}});
  for (const Sentence& s : r.sentences) {
    if (s.kind == Kind::kBoilerplate) {
      CHECK(s.support.empty());
      CHECK(s.level == Level::kNone);
      CHECK(s.outlets == 0);
    }
    for (const Support& sup : s.support) CHECK(r.sentences[sup.sentence].kind == Kind::kClaim);
  }
  CHECK(Find(r, 0, "The council").support.size() == 1);
}

TEST_CASE("align: the score is recall-weighted F-measure", "[align][model]") {
  CHECK(model::Score(0, 1, 1) == 0.0);
  CHECK(model::Score(1, 1, 1) == Approx(1.0));
  // Covering the whole claim inside a longer sentence beats covering a third of it.
  CHECK(model::Score(1, 1, 3) > model::Score(1, 3, 1));
}
