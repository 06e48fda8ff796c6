// Bad input at the core's two entry points (Analyze and AnalyzeRequestJson): every case
// gets a correct report or a Status naming the input and the limit, never a crash, a
// hang or a silent truncation. docs/bad-input.md lists the same cases and messages.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corroborate/limits.h"
#include "test_util.h"

using namespace corroborate;
using testing::AnalyzeOrDie;

namespace {

// UTF-16 length of valid UTF-8, counted independently of core/src/text.
std::size_t Units16(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
    if (c >= 0xF0) ++n;
  }
  return n;
}

// Every sentence is its exact byte span; with valid UTF-8 the UTF-16 spans agree too.
void CheckSpans(const std::vector<Document>& docs, const Report& r, bool valid_utf8) {
  REQUIRE(r.documents.size() == docs.size());
  for (const Sentence& s : r.sentences) {
    REQUIRE(s.doc < docs.size());
    const std::string& t = docs[s.doc].text;
    REQUIRE(s.span.start < s.span.end);
    REQUIRE(s.span.end <= t.size());
    CHECK(s.text == t.substr(s.span.start, s.span.end - s.span.start));
    if (valid_utf8) {
      CHECK(s.span.start16 == Units16(t.substr(0, s.span.start)));
      CHECK(s.span.end16 == Units16(t.substr(0, s.span.end)));
    }
  }
}

bool HasWarning(const Report& r, const std::string& message) {
  for (const Warning& w : r.warnings)
    if (w.message == message) return true;
  return false;
}

std::string Status2(const std::string& request) {
  std::string out;
  const Status s = AnalyzeRequestJson(request, &out);
  return s.ok() ? "ok" : s.message();
}

std::string NonSpace(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\n') out.push_back(c);
  return out;
}

}  // namespace

TEST_CASE("hardening: empty input", "[hardening]") {
  Report r;
  CHECK(Analyze({}, Options(), &r).message() == "no documents to analyse");
  CHECK(Status2("") == "request is not valid JSON (text must be well-formed UTF-16/UTF-8)");
  CHECK(Status2("{}") == "request needs a \"documents\" array");
  CHECK(Status2("{\"documents\":[]}") == "no documents to analyse");

  // Empty and blank documents are analysed, with a warning naming each.
  r = AnalyzeOrDie({{"e", "E", ""}, {"w", "W", " \n\t\r\n \xE2\x80\xA8 \xEF\xBB\xBF"}});
  CHECK(r.sentences.empty());
  CHECK(HasWarning(r, "document 'e' has no text"));
  CHECK(HasWarning(r, "document 'w' has no text"));
}

TEST_CASE("hardening: one document", "[hardening]") {
  const std::vector<Document> docs = {{"solo", "Solo", "The bridge opened on Monday. It cost $4 million."}};
  const Report r = AnalyzeOrDie(docs);
  CheckSpans(docs, r, true);
  REQUIRE(r.sentences.size() == 2);
  for (const Sentence& s : r.sentences) CHECK(s.level == Level::kSingle);
  CHECK(HasWarning(r, "only one document: there is nothing to corroborate against, so every claim is single"));
}

TEST_CASE("hardening: duplicate documents", "[hardening]") {
  Report r;
  CHECK(Analyze({{"a", "A", "x."}, {"b", "B", "y."}, {"a", "C", "z."}}, Options(), &r).message() ==
        "duplicate document id 'a' (documents 0 and 2)");
  CHECK(Status2(R"({"documents":[{"id":"x","text":"a."},{"id":"x","text":"b."}]})") ==
        "duplicate document id 'x' (documents 0 and 1)");
  // Documents without ids in a request are numbered, so they never collide.
  CHECK(Status2(R"({"documents":[{"text":"Same."},{"text":"Same."}]})") == "ok");

  // Identical text under two ids: analysed, and said.
  const std::string text = "The council approved the budget on Friday. The vote was 7 to 2.";
  r = AnalyzeOrDie({{"a", "A", text}, {"b", "B", text}});
  CHECK(HasWarning(r, "documents 'a' and 'b' have identical text"));
  for (const Sentence& s : r.sentences) CHECK(s.level == Level::kAll);
}

TEST_CASE("hardening: invalid UTF-8 is replaced for output, never shifts offsets", "[hardening]") {
  const std::string bad = "Caf\xC3 opened \xFF\xFE in Paris. The \xE2\x82 mayor \xF0\x9F\x98 came.\n"
                          "Overlong \xC0\xAF and surrogate \xED\xA0\x80 here.";
  const std::vector<Document> docs = {{"bad", "B", bad}, {"ok", "O", "The mayor came."}};
  const Report r = AnalyzeOrDie(docs);
  CheckSpans(docs, r, false);
  CHECK(HasWarning(r, "document 'bad': 13 invalid UTF-8 sequence(s), the first at byte 3; shown as "
                      "U+FFFD, offsets count the original bytes"));
  const auto json = nlohmann::json::parse(ReportToJson(r));  // valid JSON despite the bytes
  CHECK(json["sentences"][0]["text"] == "Caf\xEF\xBF\xBD opened \xEF\xBF\xBD\xEF\xBF\xBD in Paris.");
  CHECK(json["sentences"][0]["end"] == r.sentences[0].span.end);

  // Through a request, text must be valid JSON: raw invalid bytes are refused by name.
  CHECK(Status2("{\"documents\":[{\"text\":\"\xFF\"}]}") ==
        "request is not valid JSON (text must be well-formed UTF-16/UTF-8)");
  CHECK(Status2(R"({"documents":[{"text":"lone \ud800 surrogate"}]})") ==
        "request is not valid JSON (text must be well-formed UTF-16/UTF-8)");
}

TEST_CASE("hardening: NUL bytes are text to the core", "[hardening]") {
  const std::string nul("The vote\0 was close. Then\0\0 it passed.\0", 39);
  const std::vector<Document> docs = {{"n", "N", nul}, {"m", "M", "Then it passed."}};
  const Report r = AnalyzeOrDie(docs);
  CheckSpans(docs, r, true);
  REQUIRE(r.sentences.size() >= 2);
  CHECK(nlohmann::json::parse(ReportToJson(r))["documents"][0]["bytes"] == 39);
  CHECK(Status2(R"({"documents":[{"id":"n","text":"a\u0000b. c."},{"id":"m","text":"c."}]})") == "ok");
}

TEST_CASE("hardening: size limits name the document and the limit", "[hardening]") {
  Report r;
  const std::string twenty(20u << 20, 'a');
  Status s = Analyze({{"big", "B", twenty}}, Options(), &r);
  CHECK(s.code() == StatusCode::kLimitExceeded);
  CHECK(s.message() == "document 'big' is 20.0 MiB; the limit is 4.0 MiB per document");
  CHECK(r.documents.empty());

  // Exactly at the limit is fine; one byte more is not.
  const std::string at(limits::kMaxDocumentBytes, 'b');
  s = Analyze({{"at", "A", at}}, Options(), &r);
  CHECK(s.ok());
  s = Analyze({{"over", "O", at + "b"}}, Options(), &r);
  CHECK(s.message() == "document 'over' is 4194305 bytes; the limit is 4194304 bytes per document");

  // Under the per-document limit, over the total.
  const std::string almost(limits::kMaxDocumentBytes - 1, 'c');
  std::vector<Document> docs;
  for (int i = 0; i < 9; ++i) docs.push_back({"d" + std::to_string(i), "", almost});
  s = Analyze(docs, Options(), &r);
  CHECK(s.code() == StatusCode::kLimitExceeded);
  CHECK(s.message() == "documents total 36.0 MiB; the limit is 32.0 MiB per analysis");

  // Too many documents, directly and through a request.
  docs.assign(limits::kMaxDocuments + 1, Document{"", "", "x."});
  for (std::size_t i = 0; i < docs.size(); ++i) docs[i].id = "d" + std::to_string(i);
  s = Analyze(docs, Options(), &r);
  CHECK(s.message() == "too many documents: 1001 (limit 1000)");
  nlohmann::json req;
  req["documents"] = nlohmann::json::array();
  for (int i = 0; i < 1001; ++i) req["documents"].push_back({{"text", "x."}});
  CHECK(Status2(req.dump()) == "too many documents: 1001 (limit 1000)");
}

TEST_CASE("hardening: a 100,000-character sentence without punctuation", "[hardening]") {
  std::string words;
  while (words.size() < 100000) words += "protesters marched through the city ";
  const std::vector<Document> docs = {{"long", "L", words}, {"other", "O", "Protesters marched."}};
  const Report r = AnalyzeOrDie(docs);
  CheckSpans(docs, r, true);
  std::string joined;
  std::size_t pieces = 0;
  for (const Sentence& s : r.sentences) {
    if (s.doc != 0) continue;
    ++pieces;
    CHECK(s.span.end - s.span.start <= limits::kMaxSentenceBytes);
    joined += s.text;
  }
  CHECK(NonSpace(joined) == NonSpace(words));  // every byte but blanks is in some piece
  CHECK(pieces >= words.size() / limits::kMaxSentenceBytes);
  CHECK(HasWarning(r, "document 'long': a sentence at byte 0 is longer than 2000 bytes without "
                      "punctuation and was split there"));

  // No blanks at all: cut at code point boundaries (3-byte CJK, 4-byte emoji).
  for (const std::string unit : {std::string("x"), std::string("\xE4\xB8\xAD"), std::string("\xF0\x9F\x98\x80")}) {
    std::string solid;
    while (solid.size() < 100000) solid += unit;
    const std::vector<Document> one = {{"solid", "S", solid}, {"o", "O", "x."}};
    const Report rs = AnalyzeOrDie(one);
    CheckSpans(one, rs, true);
    std::string all;
    for (const Sentence& s : rs.sentences)
      if (s.doc == 0) all += s.text;
    CHECK(all == solid);
  }
}

TEST_CASE("hardening: regression, stray continuation bytes longer than a sentence hung the segmenter",
          "[hardening][regression]") {
  // Found by reasoning about the fuzz target: the cut at kMaxSentenceBytes walked back over
  // continuation bytes to the start of the run and never moved forward.
  const std::vector<Document> docs = {{"cont", "C", std::string(3000, '\x80')},
                                      {"mixed", "M", "a" + std::string(2500, '\xBF') + " b."}};
  const Report r = AnalyzeOrDie(docs);
  CheckSpans(docs, r, false);
  std::size_t covered = 0;
  for (const Sentence& s : r.sentences)
    if (s.doc == 0) covered += s.span.end - s.span.start;
  CHECK(covered == 3000);
  CHECK(HasWarning(r, "document 'cont': 3000 invalid UTF-8 sequence(s), the first at byte 0; shown as "
                      "U+FFFD, offsets count the original bytes"));
}

TEST_CASE("hardening: 1,000 documents", "[hardening]") {
  std::vector<Document> docs;
  for (int i = 0; i < 1000; ++i)
    docs.push_back({"d" + std::to_string(i), "Outlet " + std::to_string(i),
                    "Report number " + std::to_string(i) + " describes district " + std::to_string(i % 50) +
                        ".\nSubscribe to our newsletter."});
  const Report r = AnalyzeOrDie(docs);
  CheckSpans(docs, r, true);
  CHECK(r.documents.size() == 1000);
  CHECK(r.sentences.size() == 2000);
  std::size_t furniture = 0;
  for (const Sentence& s : r.sentences) {
    CHECK(s.outlets <= 1000);
    furniture += s.kind == Kind::kBoilerplate;
  }
  CHECK(furniture == 1000);
  CHECK_FALSE(nlohmann::json::parse(ReportToJson(r), nullptr, false).is_discarded());
}

// Once a sentence is in about 50 or more documents its terms are all common; it must still
// find its support (align.cc looks up every claim's rarest terms).
TEST_CASE("hardening: a sentence in all of 200 documents is stated by all", "[hardening]") {
  std::vector<Document> docs;
  for (int i = 0; i < 200; ++i)
    docs.push_back({"d" + std::to_string(i), "", "Report number " + std::to_string(i) + " describes district " +
                                                    std::to_string(i % 50) + ". The council approved the new budget on Friday."});
  const Report r = AnalyzeOrDie(docs);
  for (const Sentence& s : r.sentences)
    if (s.text == "The council approved the new budget on Friday.") REQUIRE(s.level == Level::kAll);
}

TEST_CASE("hardening: binary bytes", "[hardening]") {
  std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x5C\x72\xA8\x66", 33);
  for (int i = 0; i < 4000; ++i) png.push_back(static_cast<char>((i * 7919) % 256));
  const std::vector<Document> docs = {{"image", "I", png}, {"t", "T", "Plain text."}};
  const Report r = AnalyzeOrDie(docs);
  CheckSpans(docs, r, false);
  bool warned = false;
  for (const Warning& w : r.warnings) warned |= w.message.rfind("document 'image': ", 0) == 0 &&
                                                w.message.find("invalid UTF-8") != std::string::npos;
  CHECK(warned);
  CHECK_FALSE(nlohmann::json::parse(ReportToJson(r), nullptr, false).is_discarded());
}

TEST_CASE("hardening: HTML pasted as text stays text", "[hardening]") {
  const std::string html =
      "<p>The mayor said the <b>bridge</b> opened.</p><script>alert('x')</script>\n"
      "<img src=x onerror=alert(1)> <svg onload=alert(1)></svg> <a href=\"javascript:alert(1)\">link</a>";
  const std::vector<Document> docs = {{"h", "<b>label</b>", html}, {"p", "P", "The mayor said the bridge opened."}};
  const Report r = AnalyzeOrDie(docs);
  CheckSpans(docs, r, true);
  std::string all;
  for (const Sentence& s : r.sentences)
    if (s.doc == 0) all += s.text;
  CHECK(all.find("<script>alert('x')</script>") != std::string::npos);  // verbatim, not parsed
  CHECK(all.find("<svg onload=alert(1)>") != std::string::npos);
  const auto json = nlohmann::json::parse(ReportToJson(r));
  CHECK(json["documents"][0]["label"] == "<b>label</b>");  // escaping is each front end's job
}

TEST_CASE("hardening: right-to-left, CJK and emoji", "[hardening]") {
  // Arabic with its question mark; Hebrew; Chinese full stops with no spaces.
  const std::string ar = "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3 "
                         "\xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD8\xA7\xD8\xAF\xD8\xAB\xD8\xA7\xD8\xAA "
                         "\xD8\xB3\xD8\xAA\xD8\xB3\xD8\xAA\xD8\xA3\xD9\x86\xD9\x81\xD8\x9F "
                         "\xD9\x88\xD8\xA3\xD8\xB6\xD8\xA7\xD9\x81 \xD8\xA3\xD9\x86 \xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82 "
                         "\xD9\x82\xD8\xB1\xD9\x8A\xD8\xA8.";
  const std::string he = "\xD7\x94\xD7\xA9\xD7\x99\xD7\x97\xD7\x95\xD7\xAA \xD7\x99\xD7\x97\xD7\x93\xD7\xA9\xD7\x95. "
                         "\xD7\x94\xD7\xA1\xD7\x9B\xD7\x9D \xD7\xA7\xD7\xA8\xD7\x95\xD7\x91.";
  const std::string zh = "\xE7\x89\xB9\xE6\x9C\x97\xE6\x99\xAE\xE4\xB8\x8E\xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3\xE9\x80\x9A\xE8\xAF\x9D\xE3\x80\x82"
                         "\xE5\x8F\x8C\xE6\x96\xB9\xE5\x90\x8C\xE6\x84\x8F\xE6\x81\xA2\xE5\xA4\x8D\xE8\xB4\xB8\xE6\x98\x93\xE8\xB0\x88\xE5\x88\xA4\xEF\xBC\x81";
  const std::string emoji = "The deal \xF0\x9F\xA4\x9D was signed today \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD! "
                            "Families \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 cheered "
                            "under flags \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8.";
  const std::vector<Document> docs = {{"ar", "AR", ar}, {"he", "HE", he}, {"zh", "ZH", zh},
                                      {"emoji", "E", emoji}, {"zh2", "ZH2", zh}, {"ar2", "AR2", ar}};
  const Report r = AnalyzeOrDie(docs);
  CheckSpans(docs, r, true);
  CHECK(testing::Texts(r, 0).size() == 2);  // split at U+061F, though Arabic has no capitals
  CHECK(testing::Texts(r, 1).size() == 2);
  REQUIRE(testing::Texts(r, 2).size() == 2);  // split at U+3002 without a space
  CHECK(testing::Texts(r, 2)[1] == zh.substr(zh.find("\xE5\x8F\x8C")));
  REQUIRE(testing::Texts(r, 3).size() == 2);
  // An emoji outside the BMP is two UTF-16 units: the JS side relies on these numbers.
  CHECK(r.documents[3].units16 == Units16(emoji));
  // The same Arabic and Chinese sentences in two documents support each other.
  for (const Sentence& s : r.sentences)
    if ((s.doc == 0 || s.doc == 2) && s.kind == Kind::kClaim) {
      INFO(s.text);
      CHECK(s.outlets >= 2);
    }
}

TEST_CASE("hardening: malformed requests are a Status naming the field", "[hardening]") {
  // Through the public entry point; every message of the reader, one by one, is in
  // request_test.cc.
  CHECK(Status2("[1,2]") == "request needs a \"documents\" array");
  CHECK(Status2(R"({"documents":[{"text":"a."},{"text":7}]})") == "documents[1].text must be a string");
  CHECK(Status2(R"({"documents":[{"text":"a."}],"options":{"min_score":2}})") ==
        "options.min_score must be between 0 and 1");
  // Deep nesting and huge numbers neither crash nor throw.
  CHECK(Status2(std::string(100000, '[') + std::string(100000, ']')) == "request needs a \"documents\" array");
  CHECK(Status2("{\"documents\":" + std::string(50000, '[') + std::string(50000, ']') + "}") ==
        "documents[0] must be an object");
  CHECK(Status2(R"({"documents":[{"text":"a."}],"options":{"min_score":1e999}})") != "ok");
}
