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

TEST_CASE("align: identical sentences score high and are marked as shared wording", "[align]") {
  const std::string s = "The central bank raised its benchmark interest rate by half a point to curb inflation on Tuesday.";
  const Report r = AnalyzeOrDie({{"a", "A", s}, {"b", "B", "Elsewhere, farmers protested. " + s}});
  const Sentence& c = Find(r, 0, "The central bank");
  REQUIRE(c.support.size() == 1);
  CHECK(c.support[0].score > 0.8);
  CHECK(c.support[0].shared_text);
  CHECK_FALSE(c.support[0].partial);
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
  // Matched words with only spaces between them are one range; "the new" is not matched.
  CHECK(words == std::vector<std::string>{"mayor opened", "bridge"});
}

TEST_CASE("align: a shared range never spans punctuation or two sentences", "[align]") {
  const std::string b = "Trade talks resumed in Geneva, Switzerland. Officials met on Monday.";
  const Report r = AnalyzeOrDie({{"a", "A", "Trade talks resumed in Geneva, Switzerland, after officials met on Monday."},
                                 {"b", "B", b}});
  const Sentence& c = Find(r, 0, "Trade talks");
  REQUIRE(c.support.size() == 1);
  std::vector<std::string> ranges;
  for (const Span& sp : c.support[0].shared) ranges.push_back(b.substr(sp.start, sp.end - sp.start));
  CHECK(ranges == std::vector<std::string>{"Trade talks resumed", "Geneva", "Switzerland", "Officials met", "Monday"});
}

TEST_CASE("align: a higher threshold removes weak support", "[align]") {
  const std::vector<Document> docs = {
      {"a", "A", "Officials said the storm damaged roads and bridges across the northern region."},
      {"b", "B", "The storm damaged roads and bridges in the north, officials said."}};
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

TEST_CASE("align: an outlet that states one clause of a claim supports it in part", "[align]") {
  const std::string a =
      "In a statement on Friday, the mayor said the storm lasted about six hours, but "
      "gave few details about the damage to the harbour, the schools or the closed coastal roads near Dover.";
  const std::string b = "Officials are still counting boats. The storm lasted six hours, the mayor said.";
  // Above the whole claim's score (it says far more than b) one clause is still supported.
  const std::vector<Document> docs = {{"a", "A", a}, {"b", "B", b}};
  const double whole = AnalyzeOrDie(docs).sentences.at(0).support.at(0).score;
  REQUIRE(whole < 0.999);
  const Report r = AnalyzeOrDie(docs, Options{(whole + 1) / 2});
  const Sentence& c = Find(r, 0, "In a statement");
  REQUIRE(c.support.size() == 1);
  const Support& sup = c.support[0];
  CHECK(sup.partial);
  CHECK(a.substr(sup.clause.start, sup.clause.end - sup.clause.start) ==
        "the mayor said the storm lasted about six hours");
  CHECK(r.sentences[sup.sentence].text == "The storm lasted six hours, the mayor said.");
  CHECK(c.level == Level::kAll);
}

TEST_CASE("align: different values of the same kind are reported as differs", "[align]") {
  const std::string b = "The company said on Monday that it cut 400 jobs and its profit fell 12% in March.";
  const Report r = AnalyzeOrDie({
      {"a", "A", "The company said on Monday that it cut 400 jobs and its profit fell 15% in March."},
      {"b", "B", b}});
  const Support& sup = r.sentences[0].support.at(0);
  REQUIRE(sup.differs.size() == 1);
  CHECK(sup.differs[0].this_value == "15%");
  CHECK(sup.differs[0].other_value == "12%");
  CHECK(b.substr(sup.differs[0].other.start, sup.differs[0].other.end - sup.differs[0].other.start) == "12%");
}

TEST_CASE("align: a date given more or less precisely is not a difference", "[align]") {
  // "January" and "January 2025" agree; "January" and "March 2025" differ.
  const Report same = AnalyzeOrDie({
      {"a", "A", "The two leaders last spoke in January, before the inauguration."},
      {"b", "B", "The two leaders last spoke in January 2025, before the inauguration."}});
  CHECK(same.sentences[0].support.at(0).differs.empty());
  CHECK(same.sentences[1].support.at(0).differs.empty());
  const Report other = AnalyzeOrDie({
      {"a", "A", "The two leaders last spoke in January, before the inauguration."},
      {"b", "B", "The two leaders last spoke in March 2025, before the inauguration."}});
  REQUIRE(other.sentences[0].support.at(0).differs.size() == 1);
  CHECK(other.sentences[0].support.at(0).differs[0].other_value == "March 2025");
}

TEST_CASE("align: sentence pairs for public pair data", "[align]") {
  std::vector<PairResult> out;
  REQUIRE(ScorePairs({{"The mayor opened the new bridge on Monday.", "On Monday the mayor opened the new bridge."},
                      {"The mayor opened the new bridge on Monday.", "Shares of the bank fell sharply in Tokyo."}},
                     Options(), &out).ok());
  REQUIRE(out.size() == 2);
  CHECK(out[0].supports);
  CHECK_FALSE(out[1].supports);
  CHECK(out[0].score > out[1].score);
  CHECK(out[0].features.size() == FeatureNames().size());
  CHECK(FeatureNames()[0] == "bias");
}

TEST_CASE("align: reporting verbs are attribution, not a fact two outlets share", "[align]") {
  // "added" / "adding" and "said" are stop words (terms/stopwords.cc): sharing them and one
  // name is not support.
  const std::vector<Document> docs = {
      {"a", "A", "He added that Xi invited him to visit China and that he reciprocated the offer."},
      {"b", "B", "Adding to the economic friction, the administration said it widened punitive actions against China."},
      {"c", "C", "The council approved the harbour budget on Tuesday."}};
  const Report r = testing::AnalyzeOrDie(docs);
  CHECK(r.sentences.at(0).support.empty());
  CHECK(r.sentences.at(1).support.empty());
}
