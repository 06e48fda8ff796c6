// The bundled sources end to end: what a reader of the demo sees.
#include <catch2/catch.hpp>

#include "test_util.h"
#include "text/utf8.h"

using namespace corroborate;
using corroborate::testing::AnalyzeOrDie;
using corroborate::testing::BundledSources;

namespace {
bool IsBlank(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Non-blank bytes; the no-break space (C2 A0) counts as blank, as the segmenter trims it.
std::size_t NonBlank(const std::string& s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "\xC2\xA0") == 0) {
      ++i;
      continue;
    }
    n += !IsBlank(s[i]);
  }
  return n;
}

std::vector<const Sentence*> Containing(const Report& r, const std::string& needle) {
  std::vector<const Sentence*> out;
  for (const Sentence& s : r.sentences)
    if (s.text.find(needle) != std::string::npos) out.push_back(&s);
  return out;
}
}  // namespace

TEST_CASE("sources: every sentence's offsets slice its text out of the original", "[sources]") {
  const auto docs = BundledSources();
  REQUIRE(docs.size() == 5);
  const Report r = AnalyzeOrDie(docs);
  std::vector<std::size_t> covered(docs.size(), 0);
  for (const Sentence& s : r.sentences) {
    const std::string& original = docs[s.doc].text;
    REQUIRE(s.span.end <= original.size());
    CHECK(original.substr(s.span.start, s.span.end - s.span.start) == s.text);
    CHECK_FALSE(IsBlank(s.text.front()));
    CHECK_FALSE(IsBlank(s.text.back()));
    const text::Utf16Map m(original);
    CHECK(s.span.start16 == m.At(s.span.start));
    CHECK(s.span.end16 == m.At(s.span.end));
    covered[s.doc] += s.span.end - s.span.start;
  }
  // Between sentences there is only white space: nothing of the text is lost.
  for (std::size_t d = 0; d < docs.size(); ++d) {
    std::size_t in_sentences = 0;
    for (const Sentence& s : r.sentences)
      if (s.doc == d) in_sentences += NonBlank(s.text);
    CHECK(in_sentences == NonBlank(docs[d].text));
  }
}

TEST_CASE("sources: the 'I like President XI' quote is level all wherever it is printed", "[sources]") {
  const Report r = AnalyzeOrDie(BundledSources());
  const auto quotes = Containing(r, "I like President XI of China");
  REQUIRE(quotes.size() == 4);  // outlets A, B, D and E print it
  for (const Sentence* s : quotes) {
    INFO(s->text);
    CHECK(s->kind == Kind::kClaim);
    CHECK(s->level == Level::kAll);
    CHECK(s->outlets == 5);
  }
}

TEST_CASE("sources: the TikTok deadline is stated by one outlet only", "[sources]") {
  const Report r = AnalyzeOrDie(BundledSources());
  const auto tiktok = Containing(r, "set to expire June 19");
  REQUIRE(tiktok.size() == 1);
  CHECK(tiktok[0]->level == Level::kSingle);
  CHECK(tiktok[0]->support.empty());
}

TEST_CASE("sources: site chrome, bylines and comment rules are not claims", "[sources]") {
  const Report r = AnalyzeOrDie(BundledSources());
  for (const char* chrome :
       {"CONTACT US", "We're not around right now", "send us an email", "Sending",
        "Log in with your credentials", "Forgot your details?", "Rob Wile is a Pulitzer",
        "Evelyn Cheng is a senior correspondent", "Megan Lebowitz contributed",
        "Friday, June 6, 2025", "Home > Exchanges", "advertisement", "Article Comments",
        "Guidelines: Keep it civil", "People who harass others", "click the \"flag\" link",
        "read our FAQ"}) {
    const auto hits = Containing(r, chrome);
    INFO(chrome);
    REQUIRE_FALSE(hits.empty());
    for (const Sentence* s : hits) CHECK(s->kind == Kind::kBoilerplate);
  }
  const auto source = Containing(r, "Source");
  bool footer = false;
  for (const Sentence* s : source)
    if (s->text == "Source") footer = s->kind == Kind::kBoilerplate;
  CHECK(footer);
}

TEST_CASE("sources: headlines are claims", "[sources]") {
  const Report r = AnalyzeOrDie(BundledSources());
  for (const char* headline :
       {"Trump and Xi Hold First Call in Months",
        "Trump says after Xi call that US and China will resume trade talks",
        "Trump Holds Phone Call With Xi Jinping, Says Talk Focused"}) {
    bool found = false;
    for (const Sentence& s : r.sentences)
      if (s.text.rfind(headline, 0) == 0) {
        found = true;
        CHECK(s.kind == Kind::kClaim);
      }
    INFO(headline);
    CHECK(found);
  }
}

TEST_CASE("sources: the report is the same every time", "[sources]") {
  const auto docs = BundledSources();
  CHECK(ReportToJson(AnalyzeOrDie(docs)) == ReportToJson(AnalyzeOrDie(docs)));
}

namespace {
const Sentence& Only(const Report& r, const std::string& needle) {
  const auto hits = Containing(r, needle);
  REQUIRE(hits.size() == 1);
  return *hits[0];
}
bool SupportedBy(const Sentence& s, std::size_t doc) {
  for (const Support& sup : s.support)
    if (sup.doc == doc) return true;
  return false;
}
}  // namespace

TEST_CASE("sources: 'about 90 minutes' is supported by the outlet that says 'an hour and a half'", "[sources]") {
  const Report r = AnalyzeOrDie(BundledSources());
  const Sentence& half = Only(r, "lasted an hour and a half");
  for (const char* ninety : {"Trump said the call lasted about 90 minutes", "the call lasted about 90 minutes and focused"}) {
    INFO(ninety);
    CHECK(SupportedBy(Only(r, ninety), half.doc));
  }
}

TEST_CASE("sources: the $295 billion (2024) and $19.7 billion (April) deficits are different facts", "[sources]") {
  const Report r = AnalyzeOrDie(BundledSources());
  for (const Sentence* big : Containing(r, "$295 billion"))
    for (const Support& sup : big->support)
      for (std::size_t i = sup.sentence; i <= sup.sentence_last; ++i)
        CHECK(r.sentences[i].text.find("19.7") == std::string::npos);
  for (const Sentence* small : Containing(r, "19.7 billion"))
    for (const Support& sup : small->support)
      for (std::size_t i = sup.sentence; i <= sup.sentence_last; ++i)
        CHECK(r.sentences[i].text.find("295") == std::string::npos);
}

TEST_CASE("sources: the tariff deal (145% to 30%, 125% to 10%) is stated by all outlets", "[sources]") {
  // Each outlet words it its own way: "from a steep 145% to 30%", "145% tariffs on Chinese
  // goods to 30%", "down to 10% from 125%", and outlet A across two sentences ("... at least
  // 30%. That's down from the 145% punitive level"). The change terms (terms/changes.h)
  // let them meet.
  const Report r = AnalyzeOrDie(BundledSources());
  const Sentence& deal = Only(r, "from a steep 145% to 30%");
  CHECK(deal.level == Level::kAll);
  CHECK(deal.outlets == 5);
  CHECK(SupportedBy(deal, Only(r, "Trump has lowered his 145% tariffs").doc));
  CHECK(SupportedBy(deal, Only(r, "Xi easing its levies from 125% to 10%").doc));
  const auto split = Containing(r, "That\xE2\x80\x99s down from the 145% punitive level");
  REQUIRE(split.size() == 2);  // outlets A and B
  for (const Sentence* a : split) CHECK(SupportedBy(deal, a->doc));
}


TEST_CASE("sources: the lead of the story is linked across outlets in any wording", "[sources]") {
  // "spoke with", "held a phone call" and "held a phone conversation" state one fact: the
  // lead a reader sees first. Each of the three is supported by the outlets of the others.
  const Report r = AnalyzeOrDie(BundledSources());
  const Sentence& spoke = Only(r, "spoke with Chinese leader Xi Jinping on Thursday");
  const Sentence& conversation = Only(r, "held a phone conversation on Thursday");
  const auto calls = Containing(r, "Xi Jinping held a phone call Thursday");
  REQUIRE(calls.size() == 2);
  for (const Sentence* call : calls) {
    CHECK(SupportedBy(spoke, call->doc));
    CHECK(SupportedBy(conversation, call->doc));
    CHECK(SupportedBy(*call, spoke.doc));
    CHECK(SupportedBy(*call, conversation.doc));
  }
  CHECK(SupportedBy(spoke, conversation.doc));
}
