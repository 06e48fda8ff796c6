#include <catch2/catch.hpp>

#include "classify/boilerplate.h"
#include "terms/token.h"
#include "segment/segment.h"

using corroborate::Kind;

namespace {
// Kind of every sentence of `text`, with its text.
std::vector<std::pair<std::string, Kind>> Kinds(const std::string& text) {
  const auto segs = corroborate::segment::Split(text);
  std::vector<std::vector<corroborate::terms::Token>> tokens;
  for (const auto& s : segs) tokens.push_back(corroborate::terms::Tokenize(text, s.start, s.end));
  const auto kinds = corroborate::classify::Classify(text, segs, tokens);
  std::vector<std::pair<std::string, Kind>> out;
  for (std::size_t i = 0; i < segs.size(); ++i)
    out.emplace_back(text.substr(segs[i].start, segs[i].end - segs[i].start), kinds[i]);
  return out;
}

Kind KindOf(const std::string& paragraph) {
  const auto k = Kinds(paragraph);
  REQUIRE(k.size() == 1);
  return k[0].second;
}
}  // namespace

TEST_CASE("boilerplate: short fragments and shouted labels", "[boilerplate]") {
  CHECK(KindOf("ADVERTISEMENT") == Kind::kBoilerplate);
  CHECK(KindOf("Sponsored") == Kind::kBoilerplate);
  CHECK(KindOf("SIGN UP FOR ALERTS") == Kind::kBoilerplate);
  CHECK(KindOf("Related Stories") == Kind::kBoilerplate);
}

TEST_CASE("boilerplate: navigation marks", "[boilerplate]") {
  CHECK(KindOf("News > World > Asia > Leaders meet in Seoul") == Kind::kBoilerplate);
  CHECK(KindOf("Politics | Economy | Opinion") == Kind::kBoilerplate);
}

TEST_CASE("boilerplate: bare datelines", "[boilerplate]") {
  CHECK(KindOf("Tuesday, March 4, 2025") == Kind::kBoilerplate);
  CHECK(KindOf("Updated 10:42 a.m. EST, Jan 3 2024") == Kind::kBoilerplate);
}

TEST_CASE("boilerplate: bylines and contributor credits", "[boilerplate]") {
  CHECK(KindOf("By Maria Lopez and Ken Ito") == Kind::kBoilerplate);
  CHECK(KindOf("Ana Ruiz is a senior economics reporter for Example News.") == Kind::kBoilerplate);
  CHECK(KindOf("John Doe and Jane Roe contributed to this report.") == Kind::kBoilerplate);
  CHECK(KindOf("(Reporting by Lee Kim; Editing by Sam Poe)") == Kind::kBoilerplate);
}

TEST_CASE("boilerplate: site chrome that speaks to the reader", "[boilerplate]") {
  CHECK(KindOf("Sign in to your account") == Kind::kBoilerplate);
  CHECK(KindOf("Lost your password?") == Kind::kBoilerplate);
  CHECK(KindOf("Subscribe to our newsletter and get the news in your inbox.") == Kind::kBoilerplate);
}

TEST_CASE("boilerplate: a comment-rules paragraph is furniture throughout", "[boilerplate]") {
  const auto k = Kinds(
      "Community rules: Be respectful and stay on topic. Abusive posts will be removed. "
      "If you see a comment that breaks these rules, click the report link below it.");
  REQUIRE(k.size() == 3);
  for (const auto& [text, kind] : k) CHECK(kind == Kind::kBoilerplate);
}

TEST_CASE("boilerplate: headlines and news sentences are claims", "[boilerplate]") {
  CHECK(KindOf("Trump and Xi Hold First Call in Months") == Kind::kClaim);
  CHECK(KindOf("Leaders agree to resume trade talks") == Kind::kClaim);
  CHECK(KindOf("The White House did not immediately return requests for comment.") == Kind::kClaim);
  CHECK(KindOf("\"Our teams will meet shortly,\" Trump wrote on his social media site.") == Kind::kClaim);
  CHECK(KindOf("\"You can't win a trade war,\" the minister told reporters.") == Kind::kClaim);
  CHECK(KindOf("Friday's talks ended without a deal on tariffs.") == Kind::kClaim);
}

TEST_CASE("boilerplate: a time of day on its own is a date line's, however it ends", "[boilerplate]") {
  // The segmenter ends a sentence at "m." before the date; both halves are the stamp.
  const auto k = Kinds("7:15 a. m. Dec. 7,2009\n");
  REQUIRE(k.size() == 2);
  CHECK(k[0] == std::make_pair(std::string("7:15 a. m."), Kind::kBoilerplate));
  CHECK(k[1].second == Kind::kBoilerplate);
  CHECK(KindOf("10:30 p.m. ET.") == Kind::kBoilerplate);
  // A sentence about a time is a claim, and so is one of calendar words without a number.
  CHECK(KindOf("The vote is at 7 p.m. on Monday.") == Kind::kClaim);
  CHECK(KindOf("On Monday.") == Kind::kClaim);
}

TEST_CASE("boilerplate: how to reach or follow the writer, with an address", "[boilerplate]") {
  CHECK(KindOf("Columnist Jane Roe can be reached at 206-555-0100 or janeroe @ example.com.") ==
        Kind::kBoilerplate);
  CHECK(KindOf("Follow politics on the paper's blog at blog.example.com/politics.") == Kind::kBoilerplate);
  // A site named in the news, or an address without a word of the page's own, is news.
  CHECK(KindOf("The agency posted the full report on www.example.gov on Tuesday.") == Kind::kClaim);
  CHECK(KindOf("Investigators reached the site of the crash on Tuesday.") == Kind::kClaim);
  CHECK(KindOf("The company's command center was moved to Denver.") == Kind::kClaim);
}
