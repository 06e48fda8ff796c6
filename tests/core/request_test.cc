// The request reader of AnalyzeRequestJson (core/src/report/request.cc): every error
// message of docs/bad-input.md ("malformed request"), RFC 8259 details, depth, size, and
// agreement with nlohmann_json (OldParse below, the oracle).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "corroborate/corroborate.h"
#include "corroborate/limits.h"
#include "api/request.h"

using namespace corroborate;

namespace {

const char kNotJson[] = "request is not valid JSON (text must be well-formed UTF-16/UTF-8)";

struct Parsed {
  Status status;
  std::vector<Document> docs;
  Options options;
};

Parsed Parse(const std::string& request) {
  Parsed p;
  p.status = ParseRequest(request, &p.docs, &p.options);
  return p;
}

// "ok" or the message.
std::string Message(const std::string& request) {
  const Status s = Parse(request).status;
  return s.ok() ? "ok" : s.message();
}

// One document's text, read through the reader: `literal` is the JSON string literal.
std::string Text(const std::string& literal) {
  const Parsed p = Parse("{\"documents\":[{\"text\":" + literal + "}]}");
  if (!p.status.ok()) return "error: " + p.status.message();
  return p.docs.at(0).text;
}

// The min_score a request with this JSON number gets, or -2 on error.
double MinScore(const std::string& number) {
  const Parsed p = Parse("{\"documents\":[{\"text\":\"a\"}],\"options\":{\"min_score\":" + number + "}}");
  return p.status.ok() ? p.options.min_score : -2;
}

// The request parsed with nlohmann_json: the oracle this reader agrees with.
Parsed OldParse(const std::string& request) {
  using nlohmann::json;
  Parsed p;
  json req = json::parse(request, nullptr, /*allow_exceptions=*/false);
  if (req.is_discarded()) {
    p.status = Status::Invalid(kNotJson);
    return p;
  }
  if (!req.is_object() || !req.contains("documents") || !req["documents"].is_array()) {
    p.status = Status::Invalid("request needs a \"documents\" array");
    return p;
  }
  const json& in = req["documents"];
  if (in.size() > limits::kMaxDocuments) {
    p.status = Status::Limit("too many documents: " + std::to_string(in.size()) + " (limit " +
                             std::to_string(limits::kMaxDocuments) + ")");
    return p;
  }
  for (std::size_t i = 0; i < in.size(); ++i) {
    const json& d = in[i];
    const std::string where = "documents[" + std::to_string(i) + "]";
    if (!d.is_object()) return p.status = Status::Invalid(where + " must be an object"), p;
    if (!d.contains("text") || !d["text"].is_string())
      return p.status = Status::Invalid(where + ".text must be a string"), p;
    Document doc;
    doc.text = d["text"].get<std::string>();
    if (d.contains("id")) {
      if (!d["id"].is_string()) return p.status = Status::Invalid(where + ".id must be a string"), p;
      doc.id = d["id"].get<std::string>();
    } else {
      doc.id = "doc" + std::to_string(i);
    }
    if (d.contains("label")) {
      if (!d["label"].is_string()) return p.status = Status::Invalid(where + ".label must be a string"), p;
      doc.label = d["label"].get<std::string>();
    }
    p.docs.push_back(std::move(doc));
  }
  if (req.contains("options")) {
    const json& o = req["options"];
    if (!o.is_object()) return p.status = Status::Invalid("options must be an object"), p;
    if (o.contains("min_score")) {
      if (!o["min_score"].is_number()) return p.status = Status::Invalid("options.min_score must be a number"), p;
      p.options.min_score = o["min_score"].get<double>();
      if (!(p.options.min_score >= 0 && p.options.min_score <= 1))
        return p.status = Status::Invalid("options.min_score must be between 0 and 1"), p;
    }
    if (o.contains("exhaustive")) {
      if (!o["exhaustive"].is_boolean()) return p.status = Status::Invalid("options.exhaustive must be true or false"), p;
      p.options.exhaustive = o["exhaustive"].get<bool>();
    }
    if (o.contains("focus")) {
      if (!o["focus"].is_string()) return p.status = Status::Invalid("options.focus must be a string"), p;
      p.options.focus = o["focus"].get<std::string>();
    }
  }
  return p;
}

// The reader and the oracle agree on the outcome and on everything read.
void CheckSameAsOld(const std::string& request) {
  INFO("request: " << request);
  const Parsed now = Parse(request);
  const Parsed old = OldParse(request);
  REQUIRE(now.status.message() == old.status.message());
  CHECK(now.status.code() == old.status.code());
  if (!now.status.ok()) return;
  REQUIRE(now.docs.size() == old.docs.size());
  for (std::size_t i = 0; i < now.docs.size(); ++i) {
    CHECK(now.docs[i].id == old.docs[i].id);
    CHECK(now.docs[i].label == old.docs[i].label);
    CHECK(now.docs[i].text == old.docs[i].text);
  }
  CHECK(now.options.min_score == old.options.min_score);  // -0.0 == 0.0: see "numbers"
  CHECK(now.options.exhaustive == old.options.exhaustive);
  CHECK(now.options.focus == old.options.focus);
}

}  // namespace

TEST_CASE("request: a full request", "[request]") {
  const Parsed p = Parse(R"({"documents":[{"id":"a","label":"Outlet A","text":"One."},{"text":"Two."}],)"
                         R"("options":{"min_score":0.25,"exhaustive":true}})");
  REQUIRE(p.status.ok());
  REQUIRE(p.docs.size() == 2);
  CHECK(p.docs[0].id == "a");
  CHECK(p.docs[0].label == "Outlet A");
  CHECK(p.docs[0].text == "One.");
  CHECK(p.docs[1].id == "doc1");  // numbered by position
  CHECK(p.docs[1].label.empty());
  CHECK(p.docs[1].text == "Two.");
  CHECK(p.options.min_score == 0.25);
  CHECK(p.options.exhaustive);

  // Without options, the defaults stay.
  const Parsed q = Parse(R"({"documents":[{"text":"x"}]})");
  REQUIRE(q.status.ok());
  CHECK(q.options.min_score == Options().min_score);
  CHECK_FALSE(q.options.exhaustive);
  CHECK(Message(R"({"documents":[{"text":"x"}],"options":{"exhaustive":false}})") == "ok");
  CHECK(Message(R"({"documents":[],"options":{}})") == "ok");  // Analyze says "no documents"

  // Through the public entry point.
  std::string out;
  CHECK(AnalyzeRequestJson(R"({"documents":[]})", &out).message() == "no documents to analyse");
  REQUIRE(AnalyzeRequestJson(R"({"documents":[{"id":"a","text":"The bridge opened."},)"
                             R"({"id":"b","text":"The bridge opened."}],"options":{"min_score":0.5}})",
                             &out).ok());
  const auto report = nlohmann::json::parse(out);
  CHECK(report["min_score"] == 0.5);
  CHECK(report["documents"][1]["id"] == "b");
}

TEST_CASE("request: every malformed-request message of docs/bad-input.md", "[request]") {
  CHECK(Message("") == kNotJson);
  CHECK(Message("{\"documents\":[{\"text\":\"\xFF\"}]}") == kNotJson);
  CHECK(Message(R"({"documents":[{"text":"lone \ud800 surrogate"}]})") == kNotJson);
  CHECK(Message("{}") == "request needs a \"documents\" array");
  CHECK(Message("[1,2]") == "request needs a \"documents\" array");
  CHECK(Message("\"documents\"") == "request needs a \"documents\" array");
  CHECK(Message(R"({"documents":{}})") == "request needs a \"documents\" array");
  CHECK(Message(R"({"documents":null})") == "request needs a \"documents\" array");
  CHECK(Message(R"({"Documents":[]})") == "request needs a \"documents\" array");
  CHECK(Message(R"({"documents":[1]})") == "documents[0] must be an object");
  CHECK(Message(R"({"documents":[{"text":"a"},[]]})") == "documents[1] must be an object");
  CHECK(Message(R"({"documents":[{"text":"a."},{"text":7}]})") == "documents[1].text must be a string");
  CHECK(Message(R"({"documents":[{"id":"a"}]})") == "documents[0].text must be a string");
  CHECK(Message(R"({"documents":[{"text":null}]})") == "documents[0].text must be a string");
  CHECK(Message(R"({"documents":[{"id":3,"text":"a."}]})") == "documents[0].id must be a string");
  CHECK(Message(R"({"documents":[{"label":null,"text":"a."}]})") == "documents[0].label must be a string");
  CHECK(Message(R"({"documents":[{"text":"a."}],"options":[]})") == "options must be an object");
  CHECK(Message(R"({"documents":[{"text":"a."}],"options":null})") == "options must be an object");
  CHECK(Message(R"({"documents":[{"text":"a."}],"options":{"min_score":"0.5"}})") ==
        "options.min_score must be a number");
  CHECK(Message(R"({"documents":[{"text":"a."}],"options":{"min_score":null}})") ==
        "options.min_score must be a number");
  CHECK(Message(R"({"documents":[{"text":"a."}],"options":{"min_score":2}})") ==
        "options.min_score must be between 0 and 1");
  CHECK(Message(R"({"documents":[{"text":"a."}],"options":{"min_score":-0.1}})") ==
        "options.min_score must be between 0 and 1");
  CHECK(Message(R"({"documents":[{"text":"a."}],"options":{"exhaustive":1}})") ==
        "options.exhaustive must be true or false");
  CHECK(Message(R"({"documents":[{"text":"a."}],"options":{"exhaustive":"true"}})") ==
        "options.exhaustive must be true or false");
  CHECK(Message(R"({"documents":[{"text":"a."}],"options":{"focus":1}})") == "options.focus must be a string");
  CHECK(Message(R"({"documents":[{"text":"a."}],"options":{"focus":null}})") == "options.focus must be a string");
  CheckSameAsOld(R"({"documents":[{"id":"a","text":"a."}],"options":{"focus":"a","focus":"b"}})");
  CHECK(Parse(R"({"documents":[1]})").status.code() == StatusCode::kInvalidArgument);
  CHECK(Parse("").status.code() == StatusCode::kInvalidArgument);
}

TEST_CASE("request: errors come in the oracle's order, bad JSON first", "[request]") {
  // JSON is checked to the end before the request's shape.
  CHECK(Message(R"({"documents":[1]} x)") == kNotJson);
  CHECK(Message(R"({"documents":[1],"x":tru})") == kNotJson);
  CHECK(Message(R"([1,2)") == kNotJson);
  // Documents in order, each: object, text, id, label.
  CHECK(Message(R"({"documents":[{"text":"a","label":1},{"text":2}]})") == "documents[0].label must be a string");
  CHECK(Message(R"({"documents":[{"id":1,"label":1}]})") == "documents[0].text must be a string");
  CHECK(Message(R"({"documents":[{"label":1,"id":1,"text":"a"}]})") == "documents[0].id must be a string");
  // Documents before options; options: object, min_score, then exhaustive.
  CHECK(Message(R"({"options":[],"documents":[1]})") == "documents[0] must be an object");
  CHECK(Message(R"({"documents":[{"text":"a"}],"options":{"exhaustive":0,"min_score":7}})") ==
        "options.min_score must be between 0 and 1");
  // The limit before any document's shape.
  std::string many = "{\"documents\":[";
  for (std::size_t i = 0; i <= limits::kMaxDocuments; ++i) many += i ? ",1" : "1";
  CHECK(Message(many + "]}") == "too many documents: 1001 (limit 1000)");
  CHECK(Parse(many + "]}").status.code() == StatusCode::kLimitExceeded);
  CHECK(Message(many + ",tru]}") == kNotJson);  // past the limit, still read as JSON
}

TEST_CASE("request: string escapes and UTF-8", "[request]") {
  CHECK(Text(R"("plain")") == "plain");
  CHECK(Text(R"("")") == "");
  CHECK(Text(R"("\"\\\/\b\f\n\r\t")") == "\"\\/\b\f\n\r\t");
  CHECK(Text(R"("a\u0041\u00e9\u00E9\u20ac")") == "aA\xC3\xA9\xC3\xA9\xE2\x82\xAC");
  CHECK(Text(R"("\u0000x")") == std::string("\0x", 2));  // NUL is a character
  CHECK(Text(R"("\u007f\u0080\u07ff\u0800\uffff")") == "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF");
  // Surrogate pairs, either case, become one 4-byte sequence.
  CHECK(Text(R"("\ud83d\ude00")") == "\xF0\x9F\x98\x80");
  CHECK(Text(R"("\uD83D\uDE00!")") == "\xF0\x9F\x98\x80!");
  CHECK(Text(R"("\ud800\udc00\udbff\udfff")") == "\xF0\x90\x80\x80\xF4\x8F\xBF\xBF");
  // Raw UTF-8 stays as it is; DEL is not a control character to JSON.
  CHECK(Text("\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \x7F\"") == "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \x7F");
  // Long runs and escapes mixed.
  std::string big(100000, 'x');
  big[50000] = '\\';
  big.insert(50001, "n");
  CHECK(Text("\"" + big + "\"") == std::string(50000, 'x') + "\n" + std::string(49999, 'x'));

  const std::string bad = std::string("error: ") + kNotJson;
  for (const char* s : {R"("\ud800")", R"("\udc00")", R"("\ud800x")", R"("\ud800\n")", R"("\ud800\u0041")",
                        R"("\ud800\ud800")", R"("\udfff\ud800")", R"("\ud83d)", R"("\u12")", R"("\u12G4")",
                        R"("\x41")", R"("\U0041")", R"("\a")", R"("\)", R"("abc)", R"(')", R"('a')"}) {
    INFO(s);
    CHECK(Text(s) == bad);
  }
  // Raw bytes that are not UTF-8: stray continuation, overlong, encoded surrogate, past
  // U+10FFFF, cut short, and bytes that never occur.
  for (const char* s : {"\"\x80\"", "\"\xC0\xAF\"", "\"\xC1\xBF\"", "\"\xE0\x80\xAF\"", "\"\xED\xA0\x80\"",
                        "\"\xED\xBF\xBF\"", "\"\xF0\x80\x80\xAF\"", "\"\xF4\x90\x80\x80\"", "\"\xF5\x80\x80\x80\"",
                        "\"\xE2\x82\"", "\"\xE2\x82", "\"\xF0\x9F\x98\"", "\"\xFE\"", "\"\xFF\""}) {
    INFO(s);
    CHECK(Text(s) == bad);
  }
  // Control characters must be escaped, and the reader must not read past the end.
  for (char c = 1; c < 0x20; ++c) CHECK(Text(std::string("\"a") + c + "\"") == bad);
  CHECK(Text(std::string("\"a\0\"", 4)) == bad);
  CHECK(Text(R"("\u00)") == bad);

  // Ids, labels and keys are read the same way; an escaped key is the same key.
  const Parsed p = Parse(R"({"docu\u006Dents":[{"\u0074ext":"t","id":"\u00e9","label":"\ud83d\ude00"}]})");
  REQUIRE(p.status.ok());
  CHECK(p.docs[0].text == "t");
  CHECK(p.docs[0].id == "\xC3\xA9");
  CHECK(p.docs[0].label == "\xF0\x9F\x98\x80");
}

TEST_CASE("request: numbers", "[request]") {
  CHECK(MinScore("0.5") == 0.5);
  CHECK(MinScore("5e-1") == 0.5);
  CHECK(MinScore("5E-1") == 0.5);
  CHECK(MinScore("0.05e+1") == 0.5);
  CHECK(MinScore("50e-2") == 0.5);
  CHECK(MinScore("0.1") == 0.1);
  CHECK(MinScore("1") == 1);
  CHECK(MinScore("1.0") == 1);
  CHECK(MinScore("0") == 0);
  CHECK(MinScore("0.30000000000000004") == 0.30000000000000004);
  // -0 is 0, and positive: the report says "min_score": 0 (nlohmann_json gives 0 for -0,
  // but -0.0 for -0.0).
  CHECK(MinScore("-0") == 0);
  CHECK_FALSE(std::signbit(MinScore("-0")));
  CHECK_FALSE(std::signbit(MinScore("-0.0")));
  CHECK_FALSE(std::signbit(MinScore("-0e5")));
  // Underflow is 0; overflow is not a number a double can hold, so not JSON, wherever it is.
  CHECK(MinScore("1e-400") == 0);
  CHECK(MinScore("-1e-400") == 0);
  CHECK(Message(R"({"documents":[{"text":"a"}],"options":{"min_score":1e400}})") == kNotJson);
  CHECK(Message(R"({"documents":[{"text":"a"}],"options":{"min_score":-1e400}})") == kNotJson);
  CHECK(Message(R"({"documents":[{"text":"a"}],"x":[1e999]})") == kNotJson);
  CHECK(Message(R"({"documents":[{"text":"a"}],"x":)" + std::string(400, '9') + "}") == kNotJson);
  CHECK(Message(R"({"documents":[{"text":"a"}],"options":{"min_score":)" + std::string(300, '9') + "}}") ==
        "options.min_score must be between 0 and 1");
  CHECK(Message(R"({"documents":[{"text":"a"}],"options":{"min_score":18446744073709551616}})") ==
        "options.min_score must be between 0 and 1");
  CHECK(MinScore("0." + std::string(1000, '0') + "1") == 0);
  CHECK(MinScore("0." + std::string(30, '0') + "1e30") == 0.1);
  for (const char* n : {"0.5", "5e-1", "-0", "-0.0", "1e-400", "1e400", "-1e400", "1", "2", "-1", "0.30000000000000004",
                        "18446744073709551615", "18446744073709551616", "-9223372036854775809", "123456789e-9"})
    CheckSameAsOld(std::string(R"({"documents":[{"text":"a"}],"options":{"min_score":)") + n + "}}");
  CheckSameAsOld(R"({"documents":[{"text":"a"}],"x":)" + std::string(400, '9') + "}");
  // Not JSON numbers.
  for (const char* n : {"01", "-01", "00", ".5", "1.", "1.e1", "+1", "-", "1e", "1e+", "1E-", "0x1", "NaN",
                        "Infinity", "-Infinity", "1_000", "0.5.1", "--1", "1e1.5", "\"0.5\"x", "0 .5"}) {
    INFO(n);
    CHECK(MinScore(n) == -2);
    CHECK(Message(R"({"documents":[{"text":"a"}],"x":)" + std::string(n) + "}") == kNotJson);
    CheckSameAsOld(R"({"documents":[{"text":"a"}],"x":)" + std::string(n) + "}");
  }
}

TEST_CASE("request: literals, whitespace and the byte order mark", "[request]") {
  const std::string r = " \t\r\n{ \t\r\n\"documents\" \t\r\n: \t\r\n[ \n{ \"text\" : \"a\" , \"id\" :\"b\" } ] ,\n"
                        "\"options\"\r:\t{\"exhaustive\"\n:\ntrue\n}\n}\n\t \r";
  const Parsed p = Parse(r);
  REQUIRE(p.status.ok());
  CHECK(p.docs.at(0).id == "b");
  CHECK(p.options.exhaustive);
  CHECK(Message("\xEF\xBB\xBF{\"documents\":[{\"text\":\"a\"}]}") == "ok");  // as nlohmann_json
  CHECK(Message("\xEF\xBB\xBF\xEF\xBB\xBF{\"documents\":[{\"text\":\"a\"}]}") == kNotJson);
  CHECK(Message("\xEF\xBB{\"documents\":[{\"text\":\"a\"}]}") == kNotJson);
  CHECK(Message(" \xEF\xBB\xBF{\"documents\":[{\"text\":\"a\"}]}") == kNotJson);
  for (const char* s : {"\f{\"documents\":[]}", "{\"documents\":[]}\f", "{\"documents\":[]}\v",
                        "{\"documents\":\xC2\xA0[]}", "{\"documents\":[]}}", "{\"documents\":[]}{}",
                        "{\"documents\":[]},", "{\"documents\":[],}", "{\"documents\":[1,]}", "{,\"documents\":[]}",
                        "{\"documents\" []}", "{\"documents\"::[]}", "{documents:[]}", "{'documents':[]}",
                        "{\"documents\":[]", "{\"documents\":[", "{\"documents\"", "{", "[", "]", "}", " ", "\n",
                        "{\"documents\":[],\"x\":tru}", "{\"documents\":[],\"x\":True}", "{\"documents\":[],\"x\":nul}",
                        "{\"documents\":[],\"x\":nulll}", "{\"documents\":[],\"options\":{\"exhaustive\":tr}}",
                        "{\"documents\":[],\"options\":{\"exhaustive\":falsey}}", "{\"documents\":[]}/**/",
                        "{\"documents\":[]}//", "{\"documents\":[{\"text\":\"a\" \"id\":\"b\"}]}",
                        "{\"documents\":[{\"text\":\"a\",,\"id\":\"b\"}]}", "{\"documents\":[{\"text\"}]}"}) {
    INFO(s);
    CHECK(Message(s) == kNotJson);
  }
  // A raw NUL is not the end of the text (nlohmann_json stops reading there and accepts
  // `{...}\0anything`; this reader is strict).
  CHECK(Message(std::string("{\"documents\":[]}\0", 17)) == kNotJson);
  CHECK(Message(std::string("{\"documents\":[]}\0garbage", 24)) == kNotJson);
  for (const char* v : {"true", "false", "null", "0", "-1.5e3", "\"s\"", "[]", "{}", "[true,false,null]",
                        "{\"a\":{\"b\":[1,{\"c\":null}]}}"}) {
    INFO(v);
    CHECK(Message(std::string("{\"documents\":[{\"text\":\"a\",\"x\":") + v + "}],\"y\":" + v + "}") == "ok");
  }
}

TEST_CASE("request: unknown keys are ignored, of duplicates the last counts", "[request]") {
  const Parsed p = Parse(
      R"({"version":2,"documents":[{"text":"a","url":"http://x","meta":{"documents":[1]},"text2":5}],)"
      R"("options":{"min_score":0.5,"threads":4,"lexicon":[{"a":[]}],"exhaustive":false},"extra":null})");
  REQUIRE(p.status.ok());
  CHECK(p.docs.size() == 1);
  CHECK(p.docs[0].text == "a");
  CHECK(p.options.min_score == 0.5);

  // Duplicate keys: the last occurrence wins, as with nlohmann_json.
  const Parsed d = Parse(R"({"documents":[{"text":"one"}],"documents":[{"text":"two"},{"text":"three"}]})");
  REQUIRE(d.status.ok());
  REQUIRE(d.docs.size() == 2);
  CHECK(d.docs[0].text == "two");
  CHECK(Message(R"({"documents":[{"text":"a"}],"documents":7})") == "request needs a \"documents\" array");
  CHECK(Message(R"({"documents":7,"documents":[{"text":"a"}]})") == "ok");
  CHECK(Message(R"({"documents":[1],"documents":[{"text":"a"}]})") == "ok");
  const Parsed t = Parse(R"({"documents":[{"text":"a","text":"b","id":"x","id":"y","label":"p","label":"q"}]})");
  REQUIRE(t.status.ok());
  CHECK(t.docs[0].text == "b");
  CHECK(t.docs[0].id == "y");
  CHECK(t.docs[0].label == "q");
  CHECK(Message(R"({"documents":[{"text":"a","text":1}]})") == "documents[0].text must be a string");
  CHECK(Message(R"({"documents":[{"text":1,"text":"a"}]})") == "ok");
  CHECK(Message(R"({"documents":[{"id":1,"id":"a","text":"a"}]})") == "ok");
  CHECK(Message(R"({"documents":[{"text":"a"}],"options":{"min_score":2,"min_score":0.5}})") == "ok");
  CHECK(Message(R"({"documents":[{"text":"a"}],"options":{"min_score":0.5,"min_score":"x"}})") ==
        "options.min_score must be a number");
  CHECK(Message(R"({"documents":[{"text":"a"}],"options":[],"options":{}})") == "ok");
  // A later "options" replaces the earlier one entirely.
  const Parsed o = Parse(R"({"documents":[{"text":"a"}],"options":{"min_score":0.5,"exhaustive":true},)"
                         R"("options":{"exhaustive":false}})");
  REQUIRE(o.status.ok());
  CHECK(o.options.min_score == Options().min_score);
  CHECK_FALSE(o.options.exhaustive);
  CHECK(Message(R"({"documents":[{"text":"a"}],"options":{"exhaustive":1},"options":{}})") == "ok");
}

TEST_CASE("request: 100,000 nested brackets neither overflow the stack nor pass as JSON", "[request]") {
  const std::size_t n = 100000;
  const std::string arrays = std::string(n, '[') + std::string(n, ']');
  std::string objects;
  for (std::size_t i = 0; i < n; ++i) objects += "{\"a\":";
  objects += "null" + std::string(n, '}');
  std::string mixed;
  for (std::size_t i = 0; i < n / 2; ++i) mixed += "[{\"k\":";
  mixed += "1";
  for (std::size_t i = 0; i < n / 2; ++i) mixed += "}]";

  CHECK(Message(arrays) == "request needs a \"documents\" array");
  CHECK(Message(objects) == "request needs a \"documents\" array");
  CHECK(Message(mixed) == "request needs a \"documents\" array");
  CHECK(Message("{\"documents\":" + arrays + "}") == "documents[0] must be an object");
  CHECK(Message("{\"documents\":" + objects + "}") == "request needs a \"documents\" array");
  CHECK(Message("{\"documents\":[" + objects + "]}") == "documents[0].text must be a string");
  CHECK(Message("{\"documents\":[{\"text\":" + arrays + "}]}") == "documents[0].text must be a string");
  CHECK(Message("{\"documents\":[{\"text\":\"a\"}],\"options\":" + arrays + "}") == "options must be an object");
  CHECK(Message("{\"documents\":[{\"text\":\"a\"}],\"options\":{\"min_score\":" + mixed + "}}") ==
        "options.min_score must be a number");
  CHECK(Message("{\"documents\":[{\"text\":\"a\",\"x\":" + mixed + "}],\"y\":" + objects + "}") == "ok");
  // Unbalanced, mismatched or broken deep inside: not JSON.
  CHECK(Message(std::string(n, '[')) == kNotJson);
  CHECK(Message(std::string(n, '[') + std::string(n - 1, ']')) == kNotJson);
  CHECK(Message(std::string(n, '[') + std::string(n + 1, ']')) == kNotJson);
  CHECK(Message("{\"documents\":[{\"text\":\"a\"}],\"x\":" + std::string(n, '[') + std::string(n, '}') + "}") ==
        kNotJson);
  std::string broken = mixed;
  broken[broken.size() / 2] = ',';
  CHECK(Message("{\"documents\":[],\"x\":" + broken + "}") == kNotJson);
  CHECK(Message("{\"documents\":[],\"x\":" + std::string(n, '[') + "1," + std::string(n, ']') + "}") == kNotJson);
  CHECK(Message("{\"documents\":[],\"x\":" + std::string(n, '[') + "{\"a\"}" + std::string(n, ']') + "}") ==
        kNotJson);
  // Through the public entry point too.
  std::string out;
  CHECK(AnalyzeRequestJson(arrays, &out).message() == "request needs a \"documents\" array");
}

TEST_CASE("request: a big request", "[request]") {
  // 1,000 documents (the limit) of 2 KB each with escapes; then 2,000, refused by count.
  std::string request = "{\"documents\":[";
  std::string expected_text;
  for (int k = 0; k < 100; ++k) expected_text += "Line \"" + std::to_string(k) + "\"\n\xC3\xA9";
  std::string escaped;
  for (int k = 0; k < 100; ++k) escaped += "Line \\\"" + std::to_string(k) + "\\\"\\n\\u00e9";
  for (std::size_t i = 0; i < 2000; ++i) {
    if (i) request += ',';
    request += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"" + escaped + "\"}";
    if (i + 1 == limits::kMaxDocuments) {
      const Parsed p = Parse(request + "]}");
      REQUIRE(p.status.ok());
      REQUIRE(p.docs.size() == limits::kMaxDocuments);
      CHECK(p.docs[0].text == expected_text);
      CHECK(p.docs[999].id == "d999");
      CHECK(p.docs[999].text == expected_text);
    }
  }
  request += "]}";
  const Parsed p = Parse(request);
  CHECK(p.status.message() == "too many documents: 2000 (limit 1000)");
  CHECK(p.status.code() == StatusCode::kLimitExceeded);
  CheckSameAsOld(request);
}

TEST_CASE("request: agrees with nlohmann_json on mutated requests", "[request]") {
  const std::vector<std::string> seeds = {
      R"({"documents":[{"id":"a","label":"A","text":"One \"two\"\n\u00e9\ud83d\ude00."},{"text":"x"}],)"
      R"("options":{"min_score":0.5,"exhaustive":true},"z":[1,-2.5e3,true,false,null,{"k":"v"}]})",
      R"({"documents":[{"text":"a","id":"b","label":"c"},{"text":"d"},{"text":"\\\/\b\f\r\t"}],"options":{}})",
      R"( { "options" : { "exhaustive" : false , "min_score" : 1e-1 } , "documents" : [ { "text" : "" } ] } )",
  };
  for (const std::string& s : seeds) CheckSameAsOld(s);
  // Every cut of the seeds, and every one-byte change to a byte that matters to JSON.
  const std::string alphabet = "{}[]:,\"\\/ \t\nu0123456789abcdefABCDEF.eE+-tfnrl\x7F\x80\xBF\xC3\xE2\xED\xF0\xFF";
  std::uint32_t rng = 12345;
  for (const std::string& s : seeds) {
    for (std::size_t cut = 0; cut < s.size(); ++cut) CheckSameAsOld(s.substr(0, cut));
    for (std::size_t i = 0; i < s.size(); ++i) {
      for (int k = 0; k < 6; ++k) {
        rng = rng * 1664525u + 1013904223u;
        std::string m = s;
        const char c = alphabet[(rng >> 8) % alphabet.size()];
        switch ((rng >> 24) % 3) {
          case 0: m[i] = c; break;
          case 1: m.insert(m.begin() + static_cast<std::ptrdiff_t>(i), c); break;
          default: m.erase(i, 1 + (rng >> 4) % 3); break;
        }
        CheckSameAsOld(m);
      }
    }
  }
}
