// Each rule of terms/people.h on its own: the forms of one person's name get one term.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "terms/document.h"
#include "terms/people.h"
#include "terms/token.h"
#include "test_util.h"

using namespace corroborate::terms;

namespace {
using V = std::vector<std::string>;

// Terms of each sentence of a document (sentences separated by '|'), people resolved.
std::vector<V> Doc(const std::string& text) {
  std::vector<std::vector<Token>> sentences;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('|', begin);
    if (end == std::string::npos) end = text.size();
    sentences.push_back(Tokenize(text, begin, end));
    begin = end + 1;
  }
  ResolvePeople(&sentences);
  std::vector<V> out;
  for (const auto& s : sentences) {
    out.emplace_back();
    for (const Token& t : s)
      if (!t.term.empty()) out.back().push_back(t.term);
  }
  return out;
}

V One(const std::string& sentence) { return Doc(sentence)[0]; }

// The text a sentence's first token with `term` spans.
std::string SpanOf(const std::string& text, const std::string& term) {
  std::vector<std::vector<Token>> one{Tokenize(text, 0, text.size())};
  ResolvePeople(&one);
  for (const Token& t : one[0])
    if (t.term == term) return text.substr(t.start, t.end - t.start);
  return "";
}
}  // namespace

TEST_CASE("people: a title phrase is the person's surname, over the whole phrase", "[people]") {
  CHECK(One("President Trump spoke") == V{"trump", "spoke"});
  CHECK(One("President Donald Trump spoke") == V{"trump", "spoke"});
  CHECK(One("Treasury Secretary Scott Bessent spoke") == V{"bessent", "spoke"});
  CHECK(One("U.S. Trade Representative Jamieson Greer spoke") == V{"greer", "spoke"});
  CHECK(One("Prime Minister Sir Allan Kemakeza spoke") == V{"kemakeza", "spoke"});
  CHECK(SpanOf("and US President Donald Trump said", "trump") == "US President Donald Trump");
  // Lower-case offices too ("Chinese leader Xi Jinping"), and all capitals ("President XI").
  CHECK(One("I like President XI of China") == V{"like", "xi", "@china"});
}

TEST_CASE("people: family name first for people of countries that write it so", "[people]") {
  CHECK(One("Chinese President Xi Jinping spoke") == V{"xi", "spoke"});
  CHECK(One("Chinese leader Xi Jinping spoke") == V{"xi", "spoke"});
  CHECK(One("French President Jacques Chirac spoke") == V{"chirac", "spoke"});
}

TEST_CASE("people: the surname is the word the document uses alone", "[people]") {
  // Without the rule above: the last name word, unless the document says otherwise.
  CHECK(Doc("President Kim Jong Un spoke.|Kim said no.")[0] == V{"kim", "spoke"});
  CHECK(Doc("President Kim Jong Un spoke.")[0] == V{"un", "spoke"});
}

TEST_CASE("people: a full name is the surname when the document has it in a title", "[people]") {
  const auto d = Doc("Donald Trump spoke.|President Donald Trump agreed.|Trump left.");
  CHECK(d[0] == V{"trump", "spoke"});
  CHECK(d[2] == V{"trump", "left"});
  // Family name first: "Xi Jinping" is Xi once the document has told where he is from.
  CHECK(Doc("Chinese President Xi Jinping spoke.|Xi Jinping left.")[1] == V{"xi", "left"});
}

TEST_CASE("people: another given name is another person, or no name at all", "[people]") {
  const auto d = Doc("President Donald Trump spoke.|First lady Melania Trump smiled.");
  CHECK(d[1] == V{"#ord:1", "ladi", "melania", "trump", "smile"});
  // A title-case headline: "Xi Hold" is not Xi Jinping's full name.
  const auto h = Doc("Chinese leader Xi Jinping spoke.|Trump and Xi Hold First Call");
  CHECK(h[1][1] == "xi");
  CHECK(h[1][2] == "hold");
}

TEST_CASE("people: a two-word name ending in a surname used alone is that surname", "[people]") {
  CHECK(Doc("Robert Mueller testified.|Mueller said no.")[0] == V{"mueller", "testifi"});
  CHECK(Doc("Michael J. Gansas testified.|Gansas said no.")[0] == V{"gansa", "testifi"});
  // Longer runs name things, not people.
  CHECK(Doc("The Nasdaq Composite Index fell.|Index funds rose.")[0] ==
        V{"nasdaq", "composit", "index", "fell"});
}

TEST_CASE("people: a role description is the latest person with that office", "[people]") {
  const auto d = Doc("Chinese President Xi Jinping called.|The Chinese leader agreed.");
  CHECK(d[1] == V{"xi", "agre"});
  // "leader" fits any head of state; "the president" only a president.
  const auto two = Doc("President Donald Trump and Chinese President Xi Jinping spoke.|The president agreed.");
  CHECK(two[1] == V{"xi", "agre"});
  const auto later = Doc("Chinese President Xi Jinping spoke.|President Donald Trump agreed.|The president agreed.");
  CHECK(later[2] == V{"trump", "agre"});
}

TEST_CASE("people: a role description's country must fit the person's", "[people]") {
  // Trump was named with no country, Xi as Chinese: "the Republican president" (a US party)
  // can only be Trump, even though Xi was named last.
  const auto d = Doc("President Donald Trump spoke.|Chinese President Xi Jinping spoke.|The Republican president agreed.");
  CHECK(d[2] == V{"trump", "agre"});
  const auto c = Doc("President Donald Trump spoke.|Chinese President Xi Jinping spoke.|The Chinese president agreed.");
  CHECK(c[2] == V{"xi", "agre"});
  // A country no one has: nobody.
  CHECK(Doc("Chinese President Xi Jinping spoke.|The French president agreed.")[1] ==
        V{"@france", "presid", "agre"});
}

TEST_CASE("people: descriptions that name no one stay words", "[people]") {
  CHECK(Doc("President Donald Trump spoke.|The two leaders met.")[1] == V{"#num:2", "leader", "met"});
  CHECK(Doc("President Donald Trump spoke.|The former president agreed.")[1] ==
        V{"former", "presid", "agre"});
  CHECK(Doc("President Donald Trump spoke.|The vice president agreed.")[1] == V{"vice", "presid", "agre"});
  CHECK(One("The president agreed.") == V{"presid", "agre"});  // no one named yet
  CHECK(One("General Motors rose") == V{"gener", "motor", "rose"});
}

TEST_CASE("people: pairs of sentences are read as one text", "[people]") {
  const std::string a = "Robert Mueller testified.", b = "Mueller said no.";
  auto ta = Tokenize(a, 0, a.size()), tb = Tokenize(b, 0, b.size());
  AnnotatePair(&ta, &tb);
  CHECK(ta[0].term == "mueller");
  CHECK(ta[1].term.empty());
}

// End to end: Analyze runs the rules on each document, so one outlet's "the Chinese leader"
// and another's "Xi" are the same word, highlighted as shared.

TEST_CASE("people: Analyze resolves roles within each document", "[people]") {
  using namespace corroborate;
  const std::vector<Document> docs = {
      {"a", "A", "Chinese President Xi Jinping called on Monday. The Chinese leader agreed to resume trade talks in Geneva."},
      {"b", "B", "Xi agreed to resume trade talks in Geneva, officials said."}};
  const Report r = testing::AnalyzeOrDie(docs);
  const Sentence* role = nullptr;
  for (const Sentence& s : r.sentences)
    if (s.text.rfind("The Chinese leader", 0) == 0) role = &s;
  REQUIRE(role != nullptr);
  REQUIRE(role->support.size() == 1);
  // "Xi agreed": one range of matched words, which starts with the name.
  bool xi_shared = false;
  for (const Span& sp : role->support[0].shared)
    xi_shared = xi_shared || docs[1].text.compare(sp.start, 3, "Xi ") == 0;
  CHECK(xi_shared);
}
