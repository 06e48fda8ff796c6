// ReadBundle on the fixtures the browser's reader is tested on too (docs/bundle.md):
// every bad bundle is refused with the phrase of its rule, every good one read as given.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "corroborate/bundle.h"
#include "test_util.h"

using corroborate::ReadBundle;
using corroborate::Source;

namespace {

nlohmann::json Fixture(const std::string& name) {
  return nlohmann::json::parse(corroborate::testing::ReadFileOrDie(std::string(CORROBORATE_FIXTURES_DIR) + "/bundles/" + name));
}

}  // namespace

TEST_CASE("bundle: every bad fixture is refused with its rule's phrase") {
  const nlohmann::json cases = Fixture("bad.json");
  REQUIRE(cases.size() >= 20);
  for (const auto& c : cases) {
    INFO(c["name"].get<std::string>());
    std::vector<Source> sources;
    const corroborate::Status s = ReadBundle(c["bundle"].get<std::string>(), &sources);
    CHECK_FALSE(s.ok());
    CHECK(s.code() == corroborate::StatusCode::kInvalidArgument);
    CHECK_THAT(s.message(), Catch::Contains(c["error"].get<std::string>()));
  }
}

TEST_CASE("bundle: every good fixture is read as given") {
  const nlohmann::json cases = Fixture("good.json");
  REQUIRE(cases.size() >= 5);
  for (const auto& c : cases) {
    INFO(c["name"].get<std::string>());
    std::vector<Source> sources;
    const corroborate::Status s = ReadBundle(c["bundle"].get<std::string>(), &sources);
    REQUIRE(s.ok());
    REQUIRE(sources.size() == c["sources"].size());
    for (std::size_t i = 0; i < sources.size(); ++i) {
      const auto& want = c["sources"][i];
      CHECK(sources[i].id == want["id"].get<std::string>());
      CHECK(sources[i].label == want["label"].get<std::string>());
      CHECK(sources[i].title == want["title"].get<std::string>());
      CHECK(sources[i].url == want["url"].get<std::string>());
      CHECK(sources[i].text == want["text"].get<std::string>());
      CHECK_FALSE(sources[i].has_file);
    }
  }
}

TEST_CASE("bundle: a file source is handed to the caller to read") {
  std::vector<Source> sources;
  REQUIRE(ReadBundle(R"({"sources": [{"id": "a", "file": "a.txt", "label": "A"}]})", &sources).ok());
  REQUIRE(sources.size() == 1);
  CHECK(sources[0].has_file);
  CHECK(sources[0].file == "a.txt");
  CHECK(sources[0].text.empty());
  CHECK(sources[0].label == "A");
}

TEST_CASE("bundle: an id with quotes is quoted as a JSON string") {
  std::vector<Source> sources;
  const corroborate::Status s =
      ReadBundle(R"([{"id": "a\"b", "text": "A."}, {"id": "a\"b", "text": "B."}])", &sources);
  CHECK(s.message() == R"(source 2 repeats the id "a\"b")");
}
