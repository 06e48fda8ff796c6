#include <catch2/catch.hpp>

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <sstream>
#include <string>

#include "base/json_writer.h"
#include "text/utf8.h"

using corroborate::JsonWriter;

namespace {

std::string NumberJson(double v) {
  JsonWriter w(-1);
  w.Number(v);
  return w.Take();
}

// What the writer has always printed: the first of %.15g, %.16g, %.17g that reads back.
std::string PrintfNumber(double v) {
  char buf[32];
  for (int precision = 15; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

std::string StringJson(const std::string& s) {
  JsonWriter w(-1);
  w.String(s);
  return w.Take();
}

// A byte-at-a-time escaper to hold the writer's word-at-a-time one to.
std::string ReferenceString(const std::string& s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const corroborate::text::Decoded d = corroborate::text::Decode(s, i);
    if (!d.valid) {
      out += "\xEF\xBF\xBD";
    } else if (d.cp == '"' || d.cp == '\\') {
      out += '\\';
      out += static_cast<char>(d.cp);
    } else if (d.cp < 0x20) {
      const char* named = d.cp == '\n' ? "\\n" : d.cp == '\r' ? "\\r" : d.cp == '\t' ? "\\t"
                        : d.cp == '\b' ? "\\b" : d.cp == '\f' ? "\\f" : nullptr;
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(d.cp));
      out += named ? named : buf;
    } else {
      out.append(s, i, d.len);
    }
    i += d.len;
  }
  return out + "\"";
}

}  // namespace

TEST_CASE("json writer: escapes and control characters", "[json]") {
  CHECK(StringJson("") == "\"\"");
  CHECK(StringJson("plain text") == "\"plain text\"");
  CHECK(StringJson("say \"hi\" \\ /") == "\"say \\\"hi\\\" \\\\ /\"");
  CHECK(StringJson("\n\r\t\b\f") == "\"\\n\\r\\t\\b\\f\"");
  CHECK(StringJson(std::string("\x00\x01\x1f\x7f", 4)) == "\"\\u0000\\u0001\\u001f\x7f\"");
  // The same after a run long enough to be scanned eight bytes at a time.
  CHECK(StringJson("abcdefghijklmnopq\"r\x1e") == "\"abcdefghijklmnopq\\\"r\\u001e\"");
}

TEST_CASE("json writer: invalid UTF-8 becomes U+FFFD, valid sequences stay", "[json]") {
  CHECK(StringJson("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80") == "\"caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80\"");
  CHECK(StringJson("a\xFF" "b") == "\"a\xEF\xBF\xBD" "b\"");
  // Overlong, surrogate, cut and stray continuation bytes: one U+FFFD per byte.
  CHECK(StringJson("\xC0\xAF") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(StringJson("\xED\xA0\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(StringJson("long enough text \xE2\x80") == "\"long enough text \xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(StringJson("\x80x") == "\"\xEF\xBF\xBDx\"");
}

TEST_CASE("json writer: every special byte at every place of a word", "[json]") {
  const std::string specials[] = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f", "\xFF", "\xC3\xA9",
                                  "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xE4\xB8", "\xF4\x90\x80\x80"};
  for (const std::string& special : specials) {
    for (std::size_t at = 0; at <= 24; ++at) {
      std::string s = std::string(at, 'a') + special + std::string(24 - at, 'b');
      INFO(at);
      CHECK(StringJson(s) == ReferenceString(s));
      s = special + s + special;
      CHECK(StringJson(s) == ReferenceString(s));
    }
  }
  std::mt19937 rng(7);
  for (int n = 0; n < 2000; ++n) {  // random bytes, mostly plain
    std::string s(static_cast<std::size_t>(rng() % 70), ' ');
    for (char& c : s) c = static_cast<char>(rng() % 4 == 0 ? rng() % 256 : 'a' + rng() % 26);
    CHECK(StringJson(s) == ReferenceString(s));
  }
}

TEST_CASE("json writer: numbers as printf's shortest of 15 to 17 digits", "[json]") {
  CHECK(NumberJson(0.0) == "0");
  CHECK(NumberJson(-0.0) == "-0");
  CHECK(NumberJson(1.0) == "1");
  CHECK(NumberJson(-1.0) == "-1");
  CHECK(NumberJson(0.5) == "0.5");
  CHECK(NumberJson(0.1) == "0.1");
  CHECK(NumberJson(0.1 + 0.2) == "0.30000000000000004");
  CHECK(NumberJson(2.0 / 3) == "0.6666666666666666");
  CHECK(NumberJson(-0.42) == "-0.42");
  CHECK(NumberJson(1e-7) == "1e-07");
  CHECK(NumberJson(1.5e-5) == "1.5e-05");
  CHECK(NumberJson(0.0001) == "0.0001");
  CHECK(NumberJson(0.00015) == "0.00015");
  CHECK(NumberJson(100.0) == "100");
  CHECK(NumberJson(123.456) == "123.456");
  CHECK(NumberJson(123456789012345.0) == "123456789012345");
  CHECK(NumberJson(1e15) == "1e+15");
  CHECK(NumberJson(1.5e15) == "1.5e+15");
  CHECK(NumberJson(1234567890123456.0) == "1234567890123456");
  CHECK(NumberJson(9007199254740993.0) == "9007199254740992");
  CHECK(NumberJson(1e16) == "1e+16");
  CHECK(NumberJson(123456789012345678.0) == "1.2345678901234568e+17");
  CHECK(NumberJson(1e300) == "1e+300");
  CHECK(NumberJson(DBL_MAX) == "1.7976931348623157e+308");
  CHECK(NumberJson(DBL_MIN) == "2.2250738585072014e-308");
  // Subnormals: %.15g already reads back, with more digits than the shortest ("5e-324").
  CHECK(NumberJson(5e-324) == "4.94065645841247e-324");
  // A power of two whose shortest form has 16 digits (7.120236347223045e-307) that %.16g
  // misses: the nearest 16-digit decimal falls outside its lopsided interval.
  CHECK(NumberJson(std::ldexp(1.0, -1017)) == "7.1202363472230444e-307");

  std::mt19937_64 rng(42);
  for (int n = 0; n < 20000; ++n) {
    double v;
    if (n % 3 == 0) {
      const std::uint64_t bits = rng();
      std::memcpy(&v, &bits, sizeof v);
      if (!std::isfinite(v)) continue;
    } else if (n % 3 == 1) {
      v = std::uniform_real_distribution<double>(0, 1)(rng);
    } else {
      v = std::ldexp(1.0, static_cast<int>(rng() % 2000) - 1000);  // powers of two
    }
    const std::string s = NumberJson(v);
    INFO(s);
    CHECK(std::strtod(s.c_str(), nullptr) == v);
    CHECK(s == PrintfNumber(v));
  }
}

// The path without std::to_chars (the wasm module's), natively too: exact integer
// arithmetic for the values a report holds, printf for the rest.
TEST_CASE("json writer: shortest %g without to_chars agrees with printf", "[json]") {
  const auto shortest = [](double v) {
    char buf[40];
    return std::string(buf, corroborate::json_number::WriteShortestG(v, buf));
  };
  for (double v : {0.0, -0.0, 1.0, 0.5, 0.1, 0.1 + 0.2, 2.0 / 3, 1e-4, 0.00015, 9.99999999999999e-5,
                   0.99999999999999989, 0.48, 0.56, 123.456, 999999999999999.9, 999999999999999.0,
                   1e15, 123456789012345.0, 7.0, 1e-7, DBL_MAX, 5e-324}) {
    INFO(v);
    CHECK(shortest(v) == PrintfNumber(v));
    CHECK(shortest(-v) == PrintfNumber(-v));
  }
  std::mt19937_64 rng(7);
  for (int n = 0; n < 100000; ++n) {
    double v;
    switch (n % 5) {
      case 0: v = std::uniform_real_distribution<double>(0, 1)(rng); break;  // scores
      case 1: v = std::ldexp(1.0, static_cast<int>(rng() % 70) - 16); break;  // powers of two
      case 2: v = std::nextafter(std::ldexp(1.0, static_cast<int>(rng() % 70) - 16), 0.0); break;
      case 3: v = std::round(std::uniform_real_distribution<double>(0, 1)(rng) * 1e4) / 1e4; break;
      default: v = std::exp(std::uniform_real_distribution<double>(-12, 36)(rng)); break;
    }
    const std::string s = shortest(v);
    INFO(s);
    REQUIRE(s == PrintfNumber(v));
  }
}

TEST_CASE("json writer: NaN and infinities are null, not printf's words", "[json]") {
  CHECK(NumberJson(std::numeric_limits<double>::quiet_NaN()) == "null");
  CHECK(NumberJson(std::numeric_limits<double>::infinity()) == "null");
  CHECK(NumberJson(-std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("json writer: integers", "[json]") {
  JsonWriter w(-1);
  w.BeginArray();
  w.Number(std::size_t{0});
  w.Number(std::numeric_limits<std::size_t>::max());
  w.Number(std::numeric_limits<long>::min());
  w.Number(-1);
  w.Number(1);
  w.EndArray();
  // 64 bits natively, 32 in WebAssembly.
  CHECK(w.Take() == "[0," + std::to_string(std::numeric_limits<std::size_t>::max()) + "," +
                        std::to_string(std::numeric_limits<long>::min()) + ",-1,1]");
}

TEST_CASE("json writer: structure, keys and indentation", "[json]") {
  const auto write = [](JsonWriter& w) {
    w.BeginObject();
    w.PlainKey("a"); w.BeginArray(); w.EndArray();
    w.PlainKey("b"); w.BeginObject(); w.EndObject();
    w.Key("q\"k"); w.Bool(true);
    w.Field("n", std::size_t{42});
    w.PlainKey("c");
    w.BeginArray();
    w.Number(1);
    w.BeginObject(); w.PlainKey("d"); w.Null(); w.EndObject();
    w.BeginArray(); w.Bool(false); w.EndArray();
    w.EndArray();
    w.EndObject();
  };
  JsonWriter line(-1);
  write(line);
  CHECK(line.Take() == R"({"a":[],"b":{},"q\"k":true,"n":42,"c":[1,{"d":null},[false]]})");
  JsonWriter zero(0);
  write(zero);
  CHECK(zero.Take() == "{\n\"a\": [],\n\"b\": {},\n\"q\\\"k\": true,\n\"n\": 42,\n\"c\": [\n1,\n{\n\"d\": null\n},\n[\nfalse\n]\n]\n}");
  JsonWriter two(2);
  write(two);
  CHECK(two.Take() == "{\n  \"a\": [],\n  \"b\": {},\n  \"q\\\"k\": true,\n  \"n\": 42,\n  \"c\": [\n    1,\n    {\n      \"d\": null\n"
                      "    },\n    [\n      false\n    ]\n  ]\n}");
}

TEST_CASE("json writer: a sink gets the same text as a string", "[json]") {
  const auto write = [](JsonWriter& w) {
    w.BeginArray();
    for (int i = 0; i < 20000; ++i) {
      w.BeginObject();
      w.PlainKey("i"); w.Number(i);
      w.PlainKey("x"); w.Number(i / 7.0);
      w.PlainKey("s"); w.String(std::string(static_cast<std::size_t>(i % 50), 'z') + "\"\xFF\n");
      w.EndObject();
    }
    w.String(std::string(200000, 'y'));  // longer than a chunk
    w.EndArray();
  };
  JsonWriter to_string(1);
  write(to_string);
  const std::string whole = to_string.Take();
  std::ostringstream out;
  JsonWriter to_sink(1, &out);
  write(to_sink);
  to_sink.Flush();
  CHECK(out.str().size() == whole.size());
  CHECK(out.str() == whole);
  CHECK(to_sink.Take().empty());
}

TEST_CASE("json writer: parts written apart and spliced in read as if written in place", "[json]") {
  const auto values = [](JsonWriter& w, int from, int to) {
    for (int v = from; v < to; ++v) {
      w.BeginObject();
      w.PlainKey("v"); w.Number(v);
      w.PlainKey("deep"); w.BeginArray(); w.BeginArray(); w.EndArray(); w.Number(v); w.EndArray();
      w.EndObject();
    }
  };
  for (int indent : {-1, 0, 2}) {
    CAPTURE(indent);
    // cuts: after how many of five values each part ends (empty parts included)
    const auto write = [&](JsonWriter& w, bool apart) {
      w.BeginObject();
      w.PlainKey("empty"); w.BeginArray();
      if (apart) w.Splice(w.Part(true).Take());
      w.EndArray();
      w.PlainKey("list"); w.BeginArray();
      if (apart) {
        int done = 0;
        for (int cut : {0, 1, 1, 4, 5}) {
          JsonWriter part = w.Part(done == 0);
          values(part, done, cut);
          w.Splice(part.Take());
          done = cut;
        }
      } else {
        values(w, 0, 5);
      }
      w.EndArray();
      w.PlainKey("end"); w.Null();
      w.EndObject();
    };
    JsonWriter in_place(indent);
    write(in_place, false);
    const std::string whole = in_place.Take();
    JsonWriter spliced(indent);
    write(spliced, true);
    CHECK(spliced.Take() == whole);
    std::ostringstream out;
    JsonWriter to_sink(indent, &out);
    write(to_sink, true);
    to_sink.Flush();
    CHECK(out.str() == whole);
  }
}
