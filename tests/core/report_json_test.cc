#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "report/json_parts.h"
#include "test_util.h"

using namespace corroborate;
using nlohmann::json;

namespace {
json ReportJson(const std::vector<Document>& docs) {
  return json::parse(ReportToJson(corroborate::testing::AnalyzeOrDie(docs)));
}
}  // namespace

TEST_CASE("report json: the documented schema", "[json]") {
  const json r = ReportJson({{"a", "Outlet A", "Advertisement\nThe mayor opened the bridge on Monday."},
                             {"b", "Outlet B", "On Monday the mayor opened the bridge."}});
  CHECK(r["version"] == 1);
  CHECK(r["generator"].get<std::string>().rfind("corroborate ", 0) == 0);
  CHECK(r["min_score"].is_number());
  REQUIRE(r["documents"].size() == 2);
  CHECK(r["documents"][0] == json{{"id", "a"}, {"label", "Outlet A"}, {"bytes", 52}, {"units16", 52}});
  REQUIRE(r["sentences"].size() == 3);
  for (std::size_t i = 0; i < r["sentences"].size(); ++i) {
    const json& s = r["sentences"][i];
    for (const char* key : {"id", "doc", "paragraph", "start", "end", "start16", "end16", "text",
                            "kind", "outlets", "level", "support"})
      CHECK(s.contains(key));
    CHECK(s["id"] == i);
  }
  const json& ad = r["sentences"][0];
  CHECK(ad["kind"] == "boilerplate");
  CHECK(ad["level"].is_null());
  CHECK(ad["outlets"] == 0);
  const json& claim = r["sentences"][1];
  CHECK(claim["kind"] == "claim");
  CHECK(claim["level"] == "all");
  CHECK(claim["outlets"] == 2);
  CHECK(claim["paragraph"] == 1);
  REQUIRE(claim["support"].size() == 1);
  const json& sup = claim["support"][0];
  CHECK(sup["doc"] == 1);
  CHECK(sup["sentence"] == 2);
  CHECK(sup["sentences"] == json::array({2}));
  CHECK(sup["score"].get<double>() >= r["min_score"].get<double>());
  CHECK(sup["shared_text"].is_boolean());
  CHECK(sup["differs"].is_array());
  REQUIRE(sup["shared"].size() >= 3);
  for (const char* key : {"start", "end", "start16", "end16"}) CHECK(sup["shared"][0].contains(key));
  CHECK(r["warnings"].is_array());
}

TEST_CASE("report json: invalid UTF-8 is replaced in text, offsets stay in bytes", "[json]") {
  const std::string bad = "Prices rose \xFF sharply on Monday.";
  const json r = ReportJson({{"a", "A", bad}});
  const json& s = r["sentences"][0];
  CHECK(s["text"] == "Prices rose \xEF\xBF\xBD sharply on Monday.");
  CHECK(s["end"] == bad.size());
  CHECK(r["documents"][0]["bytes"] == bad.size());
  bool warned = false;
  for (const json& w : r["warnings"])
    warned = warned || w["message"].get<std::string>().find("invalid UTF-8") != std::string::npos;
  CHECK(warned);
}

TEST_CASE("report json: the request form used by bindings", "[json]") {
  std::string out;
  Status s = AnalyzeRequestJson(
      R"({"documents":[{"id":"x","label":"X","text":"The mayor opened the bridge."}],"options":{"min_score":0.5}})",
      &out);
  REQUIRE(s.ok());
  const json r = json::parse(out);
  CHECK(r["min_score"] == 0.5);
  CHECK(r["documents"][0]["id"] == "x");

  CHECK(AnalyzeRequestJson("not json", &out).code() == StatusCode::kInvalidArgument);
  CHECK(AnalyzeRequestJson(R"({"documents":[]})", &out).message() == "no documents to analyse");
  CHECK(AnalyzeRequestJson(R"({"documents":[{"id":"x","text":5}]})", &out).message() ==
        "documents[0].text must be a string");
  CHECK(AnalyzeRequestJson(R"({"documents":[{"text":"a"}],"options":{"min_score":"high"}})", &out)
            .message() == "options.min_score must be a number");
  CHECK(AnalyzeRequestJson(R"({"docs":[]})", &out).message() == "request needs a \"documents\" array");
}

TEST_CASE("report json: min_score out of range in a request is an error, not the default", "[json]") {
  std::string out;
  CHECK(AnalyzeRequestJson(R"({"documents":[{"text":"a"}],"options":{"min_score":-5}})", &out).message() ==
        "options.min_score must be between 0 and 1");
  CHECK(AnalyzeRequestJson(R"({"documents":[{"text":"a"}],"options":{"min_score":1.5}})", &out).message() ==
        "options.min_score must be between 0 and 1");
}

namespace {
// Everything the report writer writes, varied from sentence to sentence so that the cuts
// between the parts written on different threads fall between different kinds of sentence.
Report MadeUpReport(std::size_t n) {
  Report r;
  r.min_score = 0.55;
  r.documents = {{"a", "Outlet A", 100, 90}, {"b", "\xC3\x9Cml\xC3\xA4ut \xFF", 200, 180}};
  const std::vector<std::string> texts = {
      "The mayor opened the bridge on Monday.", "Preise stiegen um 5 % \xE2\x80\x94 laut Bericht.",
      "Invalid \xC3\x28 bytes \xFF here", "Quotes \"and\" back\\slash\ttab\nnewline\x01", "",
      "\xE6\x9D\xB1\xE4\xBA\xAC\xF0\x9F\x98\x80"};
  for (std::size_t i = 0; i < n; ++i) {
    Sentence s;
    s.id = i;
    s.doc = i % 2;
    s.paragraph = i / 7;
    s.span = {i * 40, i * 40 + 38, i * 39, i * 39 + 37};
    s.text = texts[i % texts.size()];
    s.kind = i % 11 == 5 ? Kind::kBoilerplate : Kind::kClaim;
    s.level = s.kind == Kind::kBoilerplate ? Level::kNone : static_cast<Level>(1 + i % 3);
    for (std::size_t k = 0; k < i % 4; ++k) {  // none for every fourth: the first of each part
      Support sup;
      sup.doc = (i + k + 1) % 2;
      sup.sentence = (i + k * 13) % n;
      sup.sentence_last = sup.sentence + (k == 1);
      sup.score = 0.5 + 0.001 * static_cast<double>(i) + 1.0 / static_cast<double>(k + 3);
      sup.shared_text = k == 2;
      sup.partial = (i + k) % 3 == 0;
      sup.clause = {1, 9, 1, 9};
      for (std::size_t j = 0; j <= k; ++j) sup.shared.push_back({j, j + 4, j, j + 3});
      if (k == 1) sup.differs.push_back({"5 %", "f\xC3\xBCnf \xFE", {7, 13, 7, 12}});
      s.support.push_back(sup);
    }
    s.outlets = s.kind == Kind::kBoilerplate ? 0 : 1 + static_cast<int>(s.support.size());
    r.sentences.push_back(std::move(s));
  }
  r.warnings = {{-1, "only one document"}, {1, "invalid UTF-8 \xFF"}};
  return r;
}

// Where two texts first differ (npos: nowhere), rather than megabytes of both in a failure.
std::size_t FirstDifference(const std::string& a, const std::string& b) {
  const auto d = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  return d.first == a.end() && d.second == b.end() ? std::string::npos
                                                   : static_cast<std::size_t>(d.first - a.begin());
}
}  // namespace

TEST_CASE("report json: the same text on any number of threads", "[json]") {
  using json_parts::kSentences;
  using json_parts::kWave;
  // None, one sentence, one part, a last part of one sentence, many parts, a second wave.
  for (std::size_t n : {std::size_t{0}, std::size_t{1}, kSentences, kSentences + 1, 2 * kSentences + 1,
                        5 * kSentences - 1, kWave * kSentences, kWave * kSentences + 1}) {
    CAPTURE(n);
    const Report r = MadeUpReport(n);
    for (int indent : {-1, 0, 1, 2}) {
      CAPTURE(indent);
      const std::string one = ReportToJson(r, indent, 1);
      if (n == 2 * kSentences + 1) CHECK(json::parse(one)["sentences"].size() == n);
      for (unsigned threads : {0u, 2u, 4u}) {
        CAPTURE(threads);
        CHECK(FirstDifference(ReportToJson(r, indent, threads), one) == std::string::npos);
        std::ostringstream out;
        WriteReportJson(r, out, indent, threads);
        CHECK(FirstDifference(out.str(), one) == std::string::npos);
      }
    }
  }
}
