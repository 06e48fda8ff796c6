#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <cmath>
#include <cstdlib>
#include <cstring>
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

TEST_CASE("number: StrtodWhole rounds like strtod at the edges of double", "[number]") {
  double v = 0;
  for (const char* s :
       {"0", "-0", "0.0e10", "9007199254740993", "9007199254740993.000000000000000000001",
        "9007199254740995", "1.7976931348623157e308", "1.7976931348623158e308",
        "1.7976931348623159e308", "1e309", "-1e400", "4.9406564584124654e-324",
        "2.4703282292062327e-324", "2.4703282292062328e-324", "2.2250738585072011e-308",
        "2.2250738585072014e-308", "1e-400", "0.1", "0.30000000000000004", "123456789e-5",
        "5.", ".5", "+1.5e+3", "1E-2", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1.fffffffffffff8p1023",
        "0x1.fffffffffffff7ffffp1023", "0x.8", "0X1F", "-0x1.8p3", "0x123456789abcdef123", "0x1p1024"}) {
    INFO(s);
    REQUIRE(StrtodWhole(s, &v));
    const double want = Strtod(s);
    CHECK(std::memcmp(&v, &want, sizeof v) == 0);  // the same bits: -0 and inf too
  }
  // 2^-1075, exactly halfway between 0 and the smallest double (752 significant digits),
  // then a hair above it, and a hair above it past the 800 digits kept.
  std::string half = "0." + std::string(323, '0');
  half += 
      "247032822920623272088284396434110686182529901307162382212792841250337753635104375932649918"
      "180817996189898282347722858865463328355177969898199387398005390939063150356595155702263922"
      "908583924491051844359318028499365361525003193704576782492193656236698636584807570015857692"
      "699037063119282795585513329278343384093519780155312465972635795746227664652728272200563740"
      "064854999770965994704540208281662262378573934507363390079677619305775067401763246736009689"
      "513405355374585166611342237666786041621596804619144672918403005300575308490487653917113865"
      "916462395249126236538818796362393732804238910186723484976682350898633885879256283027559956"
      "575244555072551893136908362547791869486679949683240497058210285131854513962138377228261454"
      "37693412532098591327667236328125";
  REQUIRE(StrtodWhole(half, &v));
  CHECK(v == Strtod(half));
  REQUIRE(StrtodWhole(half + "1", &v));
  CHECK(v == Strtod(half + "1"));
  REQUIRE(StrtodWhole(half + std::string(2000, '0') + "1", &v));  // past the 800 digits kept
  CHECK(v == Strtod(half + std::string(2000, '0') + "1"));
  // glibc's strtod gives ...bc8 here; the nearest double (GCC's reading of the same
  // literal, and Python's float.fromhex) is ...bc9: 0x2400 of the 0x4000 dropped is past half.
  REQUIRE(StrtodWhole("0x913bf41546f224p-1080", &v));
  CHECK(v == 0x913bf41546f224p-1080);
  CHECK(v == 0x0.244efd0551bc9p-1022);
  for (const char* s : {"inf", "nan", " 1", "0x", "0xp3", "0x1p", "1e", "1e+", ".", "-", "+.e1", "1..2", "0x1.2.3"}) {
    INFO(s);
    CHECK_FALSE(StrtodWhole(s, &v));
  }
}

TEST_CASE("number: StrtodWhole agrees with strtod on random numbers of every size", "[number]") {
  std::mt19937_64 rng(11);
  double v = 0;
  for (int n = 0; n < 200000; ++n) {
    std::string s;
    if (rng() % 2) s += '-';
    const int form = static_cast<int>(rng() % 4);
    if (form == 3) {  // hexadecimal
      s += "0x";
      const int digits = 1 + static_cast<int>(rng() % 20);
      const int dot = static_cast<int>(rng() % 25);  // before digit `dot`, if there is one
      for (int k = 0; k < digits; ++k) {
        if (k == dot) s += '.';
        s += "0123456789abcdef"[rng() % 16];
      }
      // Normal range and overflow only: glibc's strtod rounds some long hexadecimal
      // subnormals the wrong way (below).
      s += 'p' + std::to_string(static_cast<int>(rng() % 2000) - 1000);
    } else {
      const int digits = 1 + static_cast<int>(rng() % (form == 2 ? 40 : 19));
      const int dot = static_cast<int>(rng() % 30);
      for (int k = 0; k < digits; ++k) {
        if (k == dot) s += '.';
        s += static_cast<char>('0' + rng() % 10);
      }
      if (form >= 1) s += 'e' + std::to_string(static_cast<int>(rng() % 700) - 350);
    }
    INFO(s);
    REQUIRE(StrtodWhole(s, &v));
    const double want = Strtod(s);
    REQUIRE(std::memcmp(&v, &want, sizeof v) == 0);
  }
  // The shortest digits printf gives for random doubles read back to the same bits.
  for (int n = 0; n < 100000; ++n) {
    std::uint64_t bits = rng();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    if (!std::isfinite(d)) continue;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    INFO(buf);
    REQUIRE(StrtodWhole(buf, &v));
    REQUIRE(std::memcmp(&v, &d, sizeof v) == 0);
  }
}

namespace {

std::string Printf(const char* format, int precision, double v) {
  char buf[2048];  // "%.6f" of the largest double: 309 digits and 7 more
  std::snprintf(buf, sizeof buf, format, precision, v);
  return buf;
}

}  // namespace

TEST_CASE("number: FormatG and FormatF print what printf prints", "[number]") {
  using corroborate::text::FormatF;
  using corroborate::text::FormatG;
  // Ties to even on the exact binary value, carries into a new digit, the switch between
  // the f- and e-styles of %g, zeros, subnormals, the largest double, what has no digits.
  const double edges[] = {0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-5, 1e-4, 0.0001234,
                          9.5, 99.5, 999999.5, 9999995, 123456, 1234567, 1e15, 1e16, 1e21,
                          1e22, 1e23, 0.1, 0.05, 0.15, 0.25, 0.35, 1e100, 1.7976931348623157e308,
                          4.9406564584124654e-324, 2.2250738585072014e-308, 2.2250738585072009e-308,
                          HUGE_VAL, -HUGE_VAL, std::nan(""), -std::nan(""), 1.0 / 3, 2.0 / 3,
                          19.7e9, 295.0, 0.45, 5e-324 * 3, 123.456, 1048576.0 * 4.05};
  for (double v : edges) {
    for (int p : {0, 1, 2, 6, 15, 16, 17}) {
      INFO(v << " %." << p << "g");
      CHECK(FormatG(v, p) == Printf("%.*g", p, v));
    }
    for (int f : {0, 1, 2, 6}) {
      INFO(v << " %." << f << "f");
      CHECK(FormatF(v, f) == Printf("%.*f", f, v));
    }
  }
  std::mt19937_64 rng(17);
  for (int n = 0; n < 30000; ++n) {
    double v;
    if (n % 3 == 0) {  // any bit pattern: every exponent, subnormals, infinities and NaNs
      const std::uint64_t bits = rng();
      std::memcpy(&v, &bits, sizeof v);
    } else if (n % 3 == 1) {  // short decimals, where ties and carries are common
      v = static_cast<double>(rng() % 2000000) / std::pow(10.0, static_cast<int>(rng() % 8));
    } else {  // numbers of the size of quantities and file sizes
      v = std::ldexp(static_cast<double>(rng() >> 11), static_cast<int>(rng() % 120) - 80);
    }
    const int p = static_cast<int>(rng() % 18);
    INFO(v << " %." << p << "g");
    REQUIRE(FormatG(v, p) == Printf("%.*g", p, v));
    if (std::isfinite(v) && std::fabs(v) < 1e30) {
      const int f = static_cast<int>(rng() % 8);
      INFO(v << " %." << f << "f");
      REQUIRE(FormatF(v, f) == Printf("%.*f", f, v));
    }
  }
}
