#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "text/number.h"

using corroborate::text::ParseDecimal;
using corroborate::text::StrtodWhole;

namespace {

double Strtod(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

}  // namespace

TEST_CASE("number: plain decimals read as strtod rounds them", "[number]") {
  double v = -1;
  for (const char* s : {"0", "7", "007", "19.7", "0.1", "0.05", "145", "2025", "84.50", "21.63",
                        "9007199254740993", "123456789012345678901234567890", "0.30000000000000004",
                        "3.14159265358979323846264338327950288", "1.00000000000000000000000001",
                        "0.000000000000000000000000123", "99999999999999999999.5"}) {
    INFO(s);
    REQUIRE(ParseDecimal(s, &v));
    CHECK(v == Strtod(s));
  }
  std::mt19937_64 rng(3);
  for (int n = 0; n < 100000; ++n) {
    std::string s = std::to_string(rng() % (n % 2 ? 1000 : 10000000000000000000ULL));
    const int decimals = static_cast<int>(rng() % 25);
    if (decimals > 0) {
      s += '.';
      for (int k = 0; k < decimals; ++k) s += static_cast<char>('0' + rng() % 10);
    }
    INFO(s);
    REQUIRE(ParseDecimal(s, &v));
    REQUIRE(v == Strtod(s));
  }
}

TEST_CASE("number: anything but digits and one point is not a plain decimal", "[number]") {
  double v = 42;
  for (const char* s : {"", ".", "1.", ".5", "-1", "+1", "1e5", "0x1f", "1.2.3", "10am", "1,000", "1 000",
                        "inf", "nan", "19.7%", " 1", "1 "}) {
    INFO(s);
    CHECK_FALSE(ParseDecimal(s, &v));
  }
  CHECK(v == 42);
}

TEST_CASE("number: StrtodWhole reads what strtod reads, only when it is all of the text", "[number]") {
  double v = 0;
  for (const char* s : {"1e5", "-0.5", "5e-1", "1E+2", "0x1f", "19.7", "3.14159265358979323846"}) {
    INFO(s);
    REQUIRE(StrtodWhole(s, &v));
    CHECK(v == Strtod(s));
  }
  for (const char* s : {"", "1e5x", "19.7%", "1,5", "1 ", "e5"}) {
    INFO(s);
    CHECK_FALSE(StrtodWhole(s, &v));
  }
}
