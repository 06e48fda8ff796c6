#include <catch2/catch.hpp>

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
