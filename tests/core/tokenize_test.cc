#include <catch2/catch.hpp>

#include "terms/token.h"

using namespace corroborate::terms;

namespace {
std::vector<Token> Tok(const std::string& s) { return Tokenize(s, 0, s.size()); }
std::vector<std::string> Norms(const std::vector<Token>& t) {
  std::vector<std::string> out;
  for (const auto& k : t) out.push_back(k.norm);
  return out;
}
}  // namespace

TEST_CASE("tokenize: words keep their exact byte range", "[tokenize]") {
  const std::string s = "Trump\xE2\x80\x99s call \xE2\x80\x94 “shortly”";
  const auto t = Tok(s);
  REQUIRE(t.size() == 3);
  CHECK(t[0].norm == "trump's");
  CHECK(t[0].term == "trump");
  CHECK(s.substr(t[0].start, t[0].end - t[0].start) == "Trump\xE2\x80\x99s");
  CHECK(s.substr(t[2].start, t[2].end - t[2].start) == "shortly");
  CHECK(t[2].has(kQuoted));
  CHECK_FALSE(t[1].has(kQuoted));
}

TEST_CASE("tokenize: numbers, money and percentages", "[tokenize]") {
  const auto t = Tok("$19.7 billion, 1,000 cars, 145% at 2:17 a.m.");
  CHECK(Norms(t) == std::vector<std::string>{"19.7", "billion", "1000", "cars", "145%", "at", "2:17", "a.m"});
  CHECK(t[0].has(kNumber));
  CHECK(t[0].start == 0);  // the $ stays in the span
}

TEST_CASE("tokenize: a comma joins digits only as a thousands separator", "[tokenize]") {
  // Groups of exactly three digits: "1,000,000" is one number; a record and a knockout count
  // written "52-3,46" are three, as are "3,5" and "12,3456".
  CHECK(Norms(Tok("1,000,000 and 2,500")) == std::vector<std::string>{"1000000", "and", "2500"});
  CHECK(Norms(Tok("(52-3,46 KOs)")) == std::vector<std::string>{"52", "3", "46", "kos"});
  CHECK(Norms(Tok("3,5 or 12,3456")) == std::vector<std::string>{"3", "5", "or", "12", "3456"});
}

TEST_CASE("tokenize: initialisms, and US the country versus us the pronoun", "[tokenize]") {
  const auto t = Tok("The U.S. and the US told us");
  CHECK(Norms(t) == std::vector<std::string>{"the", "u.s", "and", "the", "u.s", "told", "us"});
  CHECK(t[1].term == "@us");  // terms/aliases.h
  CHECK(t[4].term == "@us");
  CHECK(t[6].has(kStop));
  CHECK(t[6].term.empty());
}

TEST_CASE("tokenize: case folding and capitalisation flags", "[tokenize]") {
  const auto t = Tok("VERY TOUGH President xi");
  CHECK(t[0].norm == "very");
  CHECK(t[1].has(kAllCaps));
  CHECK(t[2].has(kCapitalized));
  CHECK_FALSE(t[2].has(kAllCaps));
  CHECK_FALSE(t[3].has(kCapitalized));
}

TEST_CASE("tokenize: ideographs are words of their own; other scripts whole", "[tokenize]") {
  const auto t = Tok("中国 مرحبا café");
  REQUIRE(t.size() == 4);
  CHECK(t[0].norm == "中");
  CHECK(t[1].norm == "国");
  CHECK(t[2].norm == "مرحبا");
  CHECK(t[3].norm == "cafe");
}

TEST_CASE("tokenize: hyphenated words split; tokens stay inside the range", "[tokenize]") {
  const std::string s = "xx low-cost e-commerce yy";
  const auto t = Tokenize(s, 3, s.size() - 3);
  CHECK(Norms(t) == std::vector<std::string>{"low", "cost", "e", "commerce"});
  for (const auto& k : t) {
    CHECK(k.start >= 3);
    CHECK(k.end <= s.size() - 3);
  }
}
