#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "align/parts.h"
#include "align/term_index.h"
#include "terms/token.h"
#include "test_util.h"

using namespace corroborate;
using corroborate::testing::AnalyzeOrDie;

namespace {
std::vector<std::string> Pieces(const std::string& text) {
  const auto tokens = terms::Tokenize(text, 0, text.size());
  std::vector<std::size_t> starts;
  align::PieceStarts(tokens, text, &starts);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    const std::size_t last = i + 1 < starts.size() ? starts[i + 1] - 1 : tokens.size() - 1;
    std::size_t end = tokens[starts[i]].end;
    for (std::size_t k = starts[i]; k <= last; ++k) end = std::max(end, tokens[k].end);
    out.push_back(text.substr(tokens[starts[i]].start, end - tokens[starts[i]].start));
  }
  return out;
}

bool StandsAlone(const std::string& text, const std::string& part) {
  const auto tokens = terms::Tokenize(text, 0, text.size());
  const std::size_t at = text.find(part);
  REQUIRE(at != std::string::npos);
  std::size_t first = tokens.size(), last = 0;
  for (std::size_t k = 0; k < tokens.size(); ++k)
    if (tokens[k].start >= at && tokens[k].end <= at + part.size()) first = std::min(first, k), last = k;
  REQUIRE(first <= last);
  return align::StandsAlone(tokens, first, last);
}
}  // namespace

TEST_CASE("parts: pieces split at commas and after a quantity of several words", "[parts]") {
  // "30 percent" is one quantity whose first token spans both words; the comma after it
  // once split the sentence before "percent".
  CHECK(Pieces("Price declines stayed below 30 percent, year over year, an analyst said.") ==
        std::vector<std::string>{"Price declines stayed below 30 percent", "year over year", "an analyst said"});
  CHECK(Pieces("Talks lasted an hour and a half; both sides spoke.") ==
        std::vector<std::string>{"Talks lasted an hour and a half", "both sides spoke"});
  CHECK(Pieces("He cut tariffs to 30% for 90 days to allow for talks.") ==
        std::vector<std::string>{"He cut tariffs to 30% for 90 days", "to allow for talks"});
  CHECK(Pieces("He cut tariffs to 30% for now.") == std::vector<std::string>{"He cut tariffs to 30% for now"});
}

TEST_CASE("parts: attributions and modifiers are not claims of their own", "[parts]") {
  const std::string a = "Dozens swam to the shore before the ferry sank, police and officials said.";
  CHECK(StandsAlone(a, "Dozens swam to the shore before the ferry sank"));
  CHECK_FALSE(StandsAlone(a, "police and officials said"));
  const std::string b = "Stocks rallied late in the day, said market analyst John Smith of Acme Research.";
  CHECK_FALSE(StandsAlone(b, "said market analyst John Smith of Acme Research"));
  const std::string c = "Acme closed up 40 cents, at $84.50 on the New York Stock Exchange.";
  CHECK_FALSE(StandsAlone(c, "at $84.50 on the New York Stock Exchange"));
  // What was said is a claim, with or without who said it.
  const std::string d = "On Friday, the mayor said the storm lasted about six hours.";
  CHECK(StandsAlone(d, "the mayor said the storm lasted about six hours"));
}

TEST_CASE("parts: an attribution is not corroborated by another outlet's attribution", "[parts][align]") {
  const Report r = AnalyzeOrDie({
      {"a", "A", "Dozens of passengers swam to the rocky shore before the old ferry sank, police and officials said."},
      {"b", "B", "The fire started in a kitchen on the third floor late on Sunday, police and fire officials said."}});
  CHECK(r.sentences.at(0).support.empty());
  CHECK(r.sentences.at(1).support.empty());
}

TEST_CASE("parts: a clause agrees with another outlet only if its figures do", "[parts]") {
  const std::string a = "Acme shares closed up $1.75, or 2.1 percent, at $84.50 on the New York Stock Exchange.";
  const std::string b = "Zenith shares closed Monday at $21.63 a share on the New York Stock Exchange.";
  const std::string c = "Acme ended the day at $84.50, a record, on the New York Stock Exchange.";
  const auto ta = terms::Tokenize(a, 0, a.size()), tb = terms::Tokenize(b, 0, b.size()),
             tc = terms::Tokenize(c, 0, c.size());
  const align::TermIndex w({&ta, &tb, &tc}, nullptr);
  const std::size_t at = std::find_if(ta.begin(), ta.end(), [](const terms::Token& t) { return t.norm == "at"; }) - ta.begin();
  const std::size_t last = ta.size() - 1;
  CHECK_FALSE(align::FiguresAgree(w, 0, at, last, w.side(1).terms));
  CHECK(align::FiguresAgree(w, 0, at, last, w.side(2).terms));
  // No figure, nothing to disagree on.
  const std::size_t on = std::find_if(ta.begin(), ta.end(), [](const terms::Token& t) { return t.norm == "on"; }) - ta.begin();
  CHECK(align::FiguresAgree(w, 0, on, last, w.side(1).terms));
  // A figure the other outlet leaves out is not contradicted (c gives no percentage).
  const std::size_t pct = std::find_if(ta.begin(), ta.end(), [](const terms::Token& t) { return t.norm == "2.1"; }) - ta.begin();
  REQUIRE(pct < at);
  CHECK(align::FiguresAgree(w, 0, pct, at - 1, w.side(2).terms));
}
