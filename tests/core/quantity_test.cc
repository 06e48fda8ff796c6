// Each normalisation rule on its own: equal facts written differently get one term.
#include <catch2/catch.hpp>

#include "terms/quantity.h"
#include "terms/token.h"

using namespace corroborate::terms;

namespace {
// The quantity terms of `s`, in order, each with the text it covers.
std::vector<std::pair<std::string, std::string>> Quantities(const std::string& s) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Token& t : Tokenize(s, 0, s.size()))
    if (!QuantityKind(t.term).empty()) out.emplace_back(t.term, s.substr(t.start, t.end - t.start));
  return out;
}
std::string Term(const std::string& s) {
  const auto q = Quantities(s);
  return q.size() == 1 ? q[0].first : "(" + std::to_string(q.size()) + " quantities)";
}
using Q = std::vector<std::pair<std::string, std::string>>;
}  // namespace

TEST_CASE("quantity: durations in numbers and in words", "[quantity]") {
  CHECK(Term("the call lasted about 90 minutes") == "#dur:5400");
  CHECK(Term("it lasted an hour and a half") == "#dur:5400");
  CHECK(Term("it lasted one and a half hours") == "(2 quantities)");  // not understood: no false match
  CHECK(Term("for half an hour") == "#dur:1800");
  CHECK(Term("for 90 days") == Term("for ninety days"));
  CHECK(Term("two weeks") == "#dur:1209600");
  CHECK(Quantities("lasted an hour and a half.") == Q{{"#dur:5400", "an hour and a half"}});
  // "a second" is the ordinal after an article; a number of seconds is a duration.
  CHECK(Quantities("he won a second term") == Q{{"#ord:2", "second"}});
  CHECK(Quantities("a second call") == Q{{"#ord:2", "second"}});
  CHECK(Term("it took 30 seconds") == "#dur:30");
}

TEST_CASE("quantity: money with scales and currency signs", "[quantity]") {
  CHECK(Term("$19.7 billion") == "#money:19700000000");
  CHECK(Term("19.7 billion dollars") == "#money:19700000000");
  CHECK(Term("$295 billion") != Term("$19.7 billion"));
  CHECK(Quantities("a $2.5 billion deal") == Q{{"#money:2500000000", "$2.5 billion"}});
}

TEST_CASE("quantity: percentages", "[quantity]") {
  CHECK(Term("145%") == "#pct:145");
  CHECK(Term("145 percent") == "#pct:145");
  CHECK(Term("145 per cent") == "#pct:145");
  CHECK(Term("3.5%") == "#pct:3.5");
}

TEST_CASE("quantity: dates, months, years and weekdays", "[quantity]") {
  CHECK(Term("on June 19") == "#date:06-19");
  CHECK(Term("on Jun. 19") == "#date:06-19");
  CHECK(Term("since March 2020") == "#month:2020-03");
  CHECK(Term("in 2024") == "#year:2024");
  CHECK(Term("in January") == "#month:01");
  CHECK(Term("on Thursday") == "#day:thursday");
  CHECK(Term("on Thu.") == "#day:thursday");
  CHECK(Quantities("it may rain") == Q{});  // "may" the verb is not a month
}

TEST_CASE("quantity: ordinals and counts", "[quantity]") {
  CHECK(Term("for a third time") == "#ord:3");
  CHECK(Term("the 3rd time") == "#ord:3");
  CHECK(Term("second term") == Term("2nd term"));
  CHECK(Term("two leaders") == "#num:2");
  CHECK(Term("twenty five cars") == "#num:25");
  CHECK(Term("1,000 cars") == "#num:1000");
}

TEST_CASE("quantity: kinds worth reporting as differing", "[quantity]") {
  CHECK(QuantityKind("#money:5") == "money");
  CHECK(QuantityKind("tariff") == "");
  CHECK(IsReportableKind("pct"));
  CHECK(IsReportableKind("dur"));
  CHECK_FALSE(IsReportableKind("num"));
}

TEST_CASE("quantity: how values are written in terms", "[quantity]") {
  CHECK(Term("0 cars") == "#num:0");
  CHECK(Term("2.5 cars") == "#num:2.5");
  CHECK(Term("0.9999999999 cars") == "#num:1");  // within 1e-9 of a whole number
  CHECK(Term("3,000.0000000001 cars") == "#num:3000");
  CHECK(Term("999 trillion cars") == "#num:999000000000000");
  CHECK(Term("1e15 cars") == "#num:1e+15");  // 1e15 and above in %g form
  CHECK(Term("1e400 cars") == "#num:inf");
  CHECK(Term("$0.5 billion") == "#money:500000000");
}

TEST_CASE("quantity: the same month with and without its year", "[quantity]") {
  CHECK(SameAtCoarser("#month:01", "#month:2025-01"));
  CHECK(SameAtCoarser("#month:2025-01", "#month:01"));
  CHECK_FALSE(SameAtCoarser("#month:01", "#month:2025-03"));
  CHECK_FALSE(SameAtCoarser("#month:2024-01", "#month:2025-01"));
  CHECK_FALSE(SameAtCoarser("#month:01", "#date:2025-01"));
  CHECK_FALSE(SameAtCoarser("#month:01", "#month:01"));  // equal terms are matched, not compared
}
