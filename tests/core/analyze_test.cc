#include <catch2/catch.hpp>

#include <algorithm>

#include <cmath>
#include <iterator>

#include "align/model_weights.h"
#include "corroborate/limits.h"
#include "test_util.h"

using namespace corroborate;

TEST_CASE("analyze: clear errors for bad input, and the report is left empty", "[analyze]") {
  Report r;
  r.documents.push_back({"stale", "", 0, 0});
  Status s = Analyze({}, Options(), &r);
  CHECK(s.code() == StatusCode::kInvalidArgument);
  CHECK(s.message() == "no documents to analyse");
  CHECK(r.documents.empty());

  s = Analyze({{"a", "A", "x."}, {"a", "B", "y."}}, Options(), &r);
  CHECK(s.message() == "duplicate document id 'a' (documents 0 and 1)");

  s = Analyze({{"", "A", "x."}}, Options(), &r);
  CHECK(s.message() == "document 0 has an empty id");

  s = Analyze({{"a", "A", "x."}}, Options{1.5}, &r);
  CHECK(s.message() == "min_score must be between 0 and 1");
}

TEST_CASE("analyze: a document over the size limit is refused by name", "[analyze]") {
  Report r;
  const std::string big(limits::kMaxDocumentBytes + 1, 'a');
  const Status s = Analyze({{"small", "S", "ok."}, {"huge", "H", big}}, Options(), &r);
  CHECK(s.code() == StatusCode::kLimitExceeded);
  CHECK(s.message().find("'huge'") != std::string::npos);
  CHECK(s.message().find("limit") != std::string::npos);
}

TEST_CASE("analyze: empty documents, NUL bytes and identical documents", "[analyze]") {
  Report r;
  REQUIRE(Analyze({{"e", "E", ""}, {"n", "N", std::string("Text with a \0 NUL byte.", 23)}},
                  Options(), &r).ok());
  CHECK(r.documents[0].bytes == 0);
  REQUIRE(r.sentences.size() == 1);
  CHECK(r.sentences[0].span.end == 23);
  bool empty_warned = false;
  for (const Warning& w : r.warnings) empty_warned |= w.message == "document 'e' has no text";
  CHECK(empty_warned);

  REQUIRE(Analyze({{"a", "A", "Same words."}, {"b", "B", "Same words."}}, Options(), &r).ok());
  CHECK(r.warnings.back().message == "documents 'a' and 'b' have identical text");
}

TEST_CASE("analyze: nothing is silently dropped from a long unpunctuated text", "[analyze]") {
  std::string text;
  while (text.size() < 100000) text += "lorem ipsum dolor ";
  Report r;
  REQUIRE(Analyze({{"a", "A", text}, {"b", "B", "Other text."}}, Options(), &r).ok());
  std::size_t covered = 0;
  for (const Sentence& s : r.sentences)
    if (s.doc == 0) covered += s.span.end - s.span.start;
  CHECK(covered >= text.size() - text.size() / limits::kMaxSentenceBytes - 2);
  CHECK(r.warnings.size() > 1);
}

TEST_CASE("analyze: progress rises to 1, and returning false cancels", "[analyze]") {
  const auto docs = corroborate::testing::BundledSources();
  std::vector<double> seen;
  Options options;
  options.progress = [&](double done) {
    seen.push_back(done);
    return true;
  };
  Report r;
  REQUIRE(Analyze(docs, options, &r).ok());
  REQUIRE(seen.size() >= 3);
  CHECK(seen.front() == 0.0);
  CHECK(seen.back() == 1.0);
  CHECK(std::is_sorted(seen.begin(), seen.end()));

  int calls = 0;
  options.progress = [&](double) { return ++calls < 3; };
  const Status s = Analyze(docs, options, &r);
  CHECK(s.code() == StatusCode::kCancelled);
  CHECK(calls == 3);
  CHECK(r.sentences.empty());
}

TEST_CASE("analyze: a focus aligns one document's claims, exactly as a full analysis does", "[analyze][focus]") {
  const std::vector<Document> docs = testing::BundledSources();
  const Report full = testing::AnalyzeOrDie(docs);
  for (std::size_t focus : {std::size_t{0}, std::size_t{3}}) {
    Options o;
    o.focus = docs[focus].id;
    const Report r = testing::AnalyzeOrDie(docs, o);
    REQUIRE(r.sentences.size() == full.sentences.size());
    CHECK(ReportToJson(r) != ReportToJson(full));
    std::size_t focus_claims = 0;
    for (std::size_t i = 0; i < r.sentences.size(); ++i) {
      const Sentence& s = r.sentences[i];
      const Sentence& f = full.sentences[i];
      CHECK(s.kind == f.kind);
      CHECK(s.span.start == f.span.start);
      if (s.doc == focus) {
        focus_claims += s.kind == Kind::kClaim;
        CHECK(s.outlets == f.outlets);
        CHECK(s.level == f.level);
        REQUIRE(s.support.size() == f.support.size());
        for (std::size_t k = 0; k < s.support.size(); ++k) {
          CHECK(s.support[k].doc == f.support[k].doc);
          CHECK(s.support[k].sentence == f.support[k].sentence);
          CHECK(s.support[k].score == f.support[k].score);
        }
      } else {
        CHECK(s.support.empty());
        CHECK(s.outlets == 0);
        CHECK(s.level == Level::kNone);
      }
    }
    CHECK(focus_claims > 10);
  }
}

TEST_CASE("analyze: a focus that is no document's id is refused", "[analyze][focus]") {
  Options o;
  o.focus = "nobody";
  Report r;
  const Status s = Analyze({{"a", "A", "One claim here."}, {"b", "B", "Another claim."}}, o, &r);
  CHECK(s.code() == StatusCode::kInvalidArgument);
  CHECK(s.message() == "focus 'nobody' is not the id of a document");
  CHECK(r.sentences.empty());
}

TEST_CASE("analyze: model weights in place of the trained ones", "[analyze][weights]") {
  const std::vector<Document> docs = testing::BundledSources();
  const Report trained = testing::AnalyzeOrDie(docs);
  Options o;
  // The trained weights themselves: the same report, byte for byte.
  o.model_weights.assign(std::begin(model::weights::kWeights), std::end(model::weights::kWeights));
  CHECK(ReportToJson(testing::AnalyzeOrDie(docs, o)) == ReportToJson(trained));
  // A model that never says yes: no claim is supported.
  o.model_weights = {-50.0};
  const Report none = testing::AnalyzeOrDie(docs, o);
  std::size_t supports = 0;
  for (const Sentence& s : none.sentences) supports += s.support.size();
  CHECK(supports == 0);
  // More weights than features, or one that is no number, is refused.
  Report r;
  o.model_weights.assign(FeatureNames().size() + 1, 0.0);
  Status s = Analyze(docs, o, &r);
  CHECK(s.code() == StatusCode::kInvalidArgument);
  CHECK(s.message().find("model_weights has") == 0);
  o.model_weights = {0.0, std::nan("")};
  s = Analyze(docs, o, &r);
  CHECK(s.message() == "model_weights must be finite numbers");
}
