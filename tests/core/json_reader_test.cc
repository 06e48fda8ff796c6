// The JSON reader shared by the request of AnalyzeRequestJson and the CLI's bundles
// (core/src/base/json_reader.h), on its own. request_test.cc checks it again through
// ParseRequest, against nlohmann_json as the oracle.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "base/json_reader.h"

using corroborate::JsonReader;

namespace {

// A whole text that is one JSON string: its value, or "error".
std::string String(const std::string& json) {
  JsonReader r(json);
  std::string out = "stale";  // ReadString clears it first
  if (r.Peek() != '"' || !r.ReadString(&out) || !r.AtEnd()) return "error";
  return out;
}

// Whether the whole text is one valid JSON value, read by Skip.
bool Valid(const std::string& json) {
  JsonReader r(json);
  return r.Skip() && r.AtEnd();
}

// A whole text that is one JSON number, or -2 on error.
double Number(const std::string& json) {
  JsonReader r(json);
  double v = -1;
  return r.AtNumber() && r.ReadNumber(&v) && r.AtEnd() ? v : -2;
}

}  // namespace

TEST_CASE("json_reader: strings, escapes and UTF-8", "[json_reader]") {
  CHECK(String(R"("")") == "");
  CHECK(String(R"("plain text")") == "plain text");
  CHECK(String(R"("a\"b\\c\/d\b\f\n\r\t")") == "a\"b\\c/d\b\f\n\r\t");
  CHECK(String(R"("Caf\u00e9 \u00E9")") == "Caf\xC3\xA9 \xC3\xA9");
  CHECK(String(R"("\ud83d\ude00")") == "\xF0\x9F\x98\x80");  // a surrogate pair: one code point
  CHECK(String(R"("\u0000x")") == std::string("\0x", 2));     // NUL is a character
  CHECK(String("\"d\xC3\xA9j\xC3\xA0 \xF0\x9F\x98\x80\"") == "d\xC3\xA9j\xC3\xA0 \xF0\x9F\x98\x80");
  // Lone or misordered surrogates, bad escapes, raw control characters, bad raw UTF-8.
  const std::vector<std::string> bad = {
      R"("\ud800")", R"("\ud800x")", R"("\udc00")", R"("\ud800\u0041")", R"("\ude00\ud83d")",
      R"("\u12")", R"("\u12g4")", R"("\x")", R"("\)", "\"a\tb\"", "\"a\nb\"", std::string("\"a\0b\"", 5),
      "\"\xFF\"", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xE2\x82\"", "\"abc"};
  for (const std::string& b : bad) {
    INFO(b);
    CHECK(String(b) == "error");
  }
  // Plain ASCII is passed eight bytes at a time: whatever stops that is seen at any offset.
  for (std::size_t i = 0; i < 20; ++i) {
    INFO("offset " << i);
    const std::string before(i, 'a'), after(19 - i, 'b');
    CHECK(String("\"" + before + "\\n" + after + "\"") == before + "\n" + after);
    CHECK(String("\"" + before + "\\\"" + after + "\"") == before + "\"" + after);
    CHECK(String("\"" + before + "\xC3\xA9" + after + "\"") == before + "\xC3\xA9" + after);
    CHECK(String("\"" + before + "\"" + after + "\"") == "error");  // text after the string
    CHECK(String("\"" + before + "\x1F" + after + "\"") == "error");
    CHECK(String("\"" + before + "\x7F" + after + "\"") == before + "\x7F" + after);  // DEL needs no escape
    CHECK(String("\"" + before + "\xFF" + after + "\"") == "error");
    CHECK(String("\"" + before + after) == "error");  // unterminated
  }
  // Without a destination the string is checked all the same.
  JsonReader ok(R"("a\u00e9\n" "\q")");
  CHECK(ok.ReadString(nullptr));
  REQUIRE(ok.Peek() == '"');
  CHECK_FALSE(ok.ReadString(nullptr));
}

TEST_CASE("json_reader: numbers", "[json_reader]") {
  CHECK(Number("0") == 0);
  CHECK(Number("-0") == 0);
  CHECK_FALSE(std::signbit(Number("-0")));  // -0 reads as 0
  CHECK(Number("12.5e-1") == 1.25);
  CHECK(Number("1E+2") == 100);
  CHECK(Number("-0.5") == -0.5);
  CHECK(Number("12345678901234567890123") == 12345678901234567890123.0);
  for (const char* bad :
       {"01", "-", "1.", ".5", "1e", "1e+", "+1", "1e400", "-1e400", "0x10", "1.5.2", "Infinity"}) {
    INFO(bad);
    CHECK(Number(bad) == -2);
  }
  JsonReader r("x");
  CHECK_FALSE(r.AtNumber());
}

TEST_CASE("json_reader: objects and arrays walk in order, keys as written", "[json_reader]") {
  JsonReader r(R"( {"a": [1, "x", true], "a": {}, "b\u0021": false} )");
  std::vector<std::string> keys;
  std::vector<std::string> strings;
  REQUIRE(r.Peek() == '{');
  const bool read = r.ReadObject([&](const std::string& key) {
    keys.push_back(key);
    if (key != "a" || r.Peek() != '[') return r.Skip();
    return r.ReadArray([&] {
      std::string s;
      if (r.Peek() != '"') return r.Skip();
      if (!r.ReadString(&s)) return false;
      strings.push_back(s);
      return true;
    });
  });
  CHECK(read);
  CHECK(r.AtEnd());
  CHECK(keys == std::vector<std::string>{"a", "a", "b!"});  // duplicates are the caller's to weigh
  CHECK(strings == std::vector<std::string>{"x"});

  bool b = false;
  JsonReader t("true");
  CHECK((t.ReadBool(&b) && b));
  JsonReader f("false");
  CHECK((f.ReadBool(&b) && !b));
  JsonReader bad("tru");
  CHECK_FALSE(bad.ReadBool(&b));
}

TEST_CASE("json_reader: Skip checks any value", "[json_reader]") {
  for (const char* ok : {"null", "true", "false", "0", "\"s\"", "[]", "{}", "[[], {}, [{}]]", " \t\r\n[ 1 , 2 ] \n",
                         R"({"a": {"b": [1, -2.5e3, null, {"c": "\u00e9"}]}, "d": []})"}) {
    INFO(ok);
    CHECK(Valid(ok));
  }
  for (const char* bad : {"", " ", "[", "]", "[1,]", "[,1]", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{a:1}",
                          "{1:2}", "[1 2]", "[}", "{]", "nul", "True", "'s'", "[1]]", "[1] [2]", "/* c */ 1",
                          "[NaN]"}) {
    INFO(bad);
    CHECK_FALSE(Valid(bad));
  }
  // Depth costs heap, not stack.
  CHECK(Valid(std::string(100000, '[') + std::string(100000, ']')));
  CHECK(Valid("{\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}"));
  CHECK_FALSE(Valid(std::string(100000, '[') + std::string(99999, ']')));
  CHECK_FALSE(Valid(std::string(100000, '[') + std::string(100001, ']')));
}

TEST_CASE("json_reader: byte order mark, end of text, raw NUL", "[json_reader]") {
  CHECK(Valid("\xEF\xBB\xBF[1]"));
  CHECK(String("\xEF\xBB\xBF\"a\"") == "a");
  CHECK_FALSE(Valid("\xEF\xBB[1]"));            // half a byte order mark
  CHECK_FALSE(Valid("[1]\xEF\xBB\xBF"));        // only at the start
  CHECK_FALSE(Valid(" \xEF\xBB\xBF[1]"));
  CHECK_FALSE(Valid(std::string("[1]\0", 4)));  // a raw NUL is not the end of the text
  CHECK_FALSE(Valid(std::string("[1]\0garbage", 11)));
  JsonReader r("  ");
  CHECK(r.Peek() == '\0');
  CHECK(r.AtEnd());
}
