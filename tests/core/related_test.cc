// Related documents (align/related.h): weak overlap is a candidate only between documents
// alike as wholes; strong overlap anywhere.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "align/model.h"
#include "align/related.h"
#include "align/term_index.h"
#include "parse/parse.h"
#include "test_util.h"

using namespace corroborate;
using corroborate::testing::AnalyzeOrDie;

namespace {

const char kClaimDoc[] =
    "President Trump spoke with Xi Jinping on Thursday about trade. The two leaders discussed tariffs on "
    "steel and soybeans for more than an hour. Trade talks will resume in London next week, officials said.";
const char kSameEvent[] =
    "Trump and Xi held a phone call about tariffs and trade on Thursday. Negotiators will meet in London "
    "next week to resume trade talks.";
const char kOtherEvent[] =
    "The football club signed a new striker on Friday. The striker scored twice in his debut against the "
    "league leaders. The coach praised the young striker and the club's fans sang his name.";
const char kThirdEvent[] =
    "The city council approved a budget for new parks. Residents asked for more playgrounds and a new "
    "library. The mayor said construction starts in spring.";
// Shares "tariffs" and "soybeans" with the claim below: weak overlap.
const char kWeak[] = " Farmers said tariffs on soybeans hurt them for more than a year.";

// How related document `doc` is to the claim's document, as CandidateFeatures reports it.
double RelatedTo(const std::vector<Document>& docs, std::size_t doc) {
  std::vector<CandidateResult> rows;
  REQUIRE(CandidateFeatures(docs, Options(), 1, &rows).ok());
  for (const CandidateResult& r : rows)
    if (r.claim_doc == 0 && r.doc == doc) return r.related;
  FAIL("no candidate in document " << doc);
  return -1;
}

// The documents supporting the claim about steel and soybeans.
std::vector<std::size_t> Supporters(const std::vector<Document>& docs) {
  const Report r = AnalyzeOrDie(docs);
  std::vector<std::size_t> out;
  for (const Sentence& s : r.sentences)
    if (s.doc == 0 && s.text.find("soybeans") != std::string::npos)
      for (const Support& sup : s.support) out.push_back(sup.doc);
  return out;
}

}  // namespace

TEST_CASE("related: the closest document is 1, another event's much less", "[related]") {
  const std::vector<Document> docs = {{"a", "A", kClaimDoc},
                                      {"b", "B", kSameEvent},
                                      {"c", "C", std::string(kOtherEvent) + kWeak},
                                      {"d", "D", kThirdEvent}};
  CHECK(RelatedTo(docs, 1) == 1.0);
  CHECK(RelatedTo(docs, 2) < model::kRelatedDocument);
}

TEST_CASE("related: weak overlap supports a claim in a related document only", "[related]") {
  // The same sentence, with the same weak overlap, in an article of the claim's event and
  // in an article of another event.
  const std::vector<std::size_t> related =
      Supporters({{"a", "A", kClaimDoc}, {"b", "B", std::string(kSameEvent) + kWeak}});
  CHECK(related == std::vector<std::size_t>{1});
  const std::vector<std::size_t> unrelated = Supporters(
      {{"a", "A", kClaimDoc}, {"b", "B", kSameEvent}, {"c", "C", std::string(kOtherEvent) + kWeak},
       {"d", "D", kThirdEvent}});
  CHECK(unrelated.empty());
}

TEST_CASE("related: strong overlap supports a claim in any document", "[related]") {
  const char kStrong[] = " The two leaders discussed tariffs on steel and soybeans.";
  const std::vector<std::size_t> got = Supporters(
      {{"a", "A", kClaimDoc}, {"b", "B", kSameEvent}, {"c", "C", std::string(kOtherEvent) + kStrong},
       {"d", "D", kThirdEvent}});
  CHECK(got == std::vector<std::size_t>{2});
}

TEST_CASE("related: a document that shares no term with another is related to none", "[related]") {
  const std::vector<Document> docs = {{"a", "A", kClaimDoc}, {"b", "B", kSameEvent}, {"c", "C", "Xyzzy plugh."}};
  std::vector<parse::Parsed> parsed;
  const std::vector<align::Unit> units = parse::ParseAll(docs, 1, &parsed);
  const align::TermIndex w(align::WeightedSentences(units), nullptr);
  const align::Relatedness related(w, units, docs.size());
  CHECK(related(0, 1) == 1.0);
  CHECK(related(1, 0) == 1.0);
  for (std::size_t d = 0; d < 2; ++d) {
    CHECK(related(2, d) == 0.0);
    CHECK(related(d, 2) == 0.0);
  }
}

TEST_CASE("related: a copy of the claim's document does not make the other outlets unrelated", "[related]") {
  // "a2" is a wire copy of "a" (two words changed): were it the yardstick, the other
  // outlet of the same event would fall under model::kRelatedDocument.
  std::string copy = kClaimDoc;
  copy.replace(copy.find("Thursday"), 8, "Thursday evening");
  copy.replace(copy.find("officials"), 9, "aides");
  const std::vector<Document> docs = {{"a", "A", kClaimDoc},
                                      {"b", "B", kSameEvent},
                                      {"c", "C", std::string(kOtherEvent) + kWeak},
                                      {"d", "D", kThirdEvent},
                                      {"a2", "A2", copy}};
  CHECK(RelatedTo(docs, 1) == 1.0);
  CHECK(RelatedTo(docs, 4) == 1.0);
  CHECK(RelatedTo(docs, 2) < model::kRelatedDocument);
}
