// Candidate generation: looking up only a claim's rarest terms finds every support that
// comparing it with every sentence sharing any term finds; and the gates that keep the
// model inside the range of pairs it was trained on.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "align/model.h"
#include "test_util.h"

using namespace corroborate;
using corroborate::testing::AnalyzeOrDie;
using corroborate::testing::BundledSources;

namespace {

// Every support of a report, comparable across runs.
std::vector<std::tuple<std::size_t, std::size_t, std::size_t, std::size_t, double, bool>> Supports(
    const Report& r) {
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t, std::size_t, double, bool>> out;
  for (const Sentence& s : r.sentences)
    for (const Support& sup : s.support)
      out.emplace_back(s.id, sup.doc, sup.sentence, sup.sentence_last, sup.score, sup.partial);
  return out;
}

Report Analyze(const std::vector<Document>& docs, bool exhaustive) {
  Options o;
  o.exhaustive = exhaustive;
  return AnalyzeOrDie(docs, o);
}

}  // namespace

TEST_CASE("candidates: the index finds exactly what exhaustive comparison finds (sources)", "[candidates]") {
  const auto docs = BundledSources();
  const auto indexed = Supports(Analyze(docs, false));
  CHECK(indexed.size() > 50);
  CHECK(indexed == Supports(Analyze(docs, true)));
}

// Outlets each printing the bundled articles' paragraphs in another order and mix, so
// that common words have long postings and most claims have many supports.
static std::vector<Document> ManyOutlets(std::size_t n) {
  const auto sources = BundledSources();
  std::vector<std::string> paragraphs;
  for (const Document& d : sources) {
    std::size_t at = 0;
    while (at < d.text.size()) {
      const std::size_t nl = std::min(d.text.find('\n', at), d.text.size());
      if (nl > at) paragraphs.push_back(d.text.substr(at, nl - at));
      at = nl + 1;
    }
  }
  std::vector<Document> docs;
  for (std::size_t i = 0; i < n; ++i) {
    std::string text;
    for (std::size_t p = i % 7; p < paragraphs.size(); p += 2 + i % 3) text += paragraphs[p] + "\n";
    docs.push_back({"d" + std::to_string(i), "Outlet " + std::to_string(i), text});
  }
  return docs;
}

TEST_CASE("candidates: the index finds exactly what exhaustive comparison finds (many outlets)", "[candidates]") {
  const auto docs = ManyOutlets(20);
  const auto indexed = Supports(Analyze(docs, false));
  CHECK(indexed.size() > 500);
  CHECK(indexed == Supports(Analyze(docs, true)));
}

// A claim of more than 64 distinct terms: its looked-up terms past the 63rd share one bit
// of a candidate's mask (align.cc), whose weight must still bound what they share.
// Exhaustive comparison looks its terms up in sentence order, so outlet C, which has
// only the claim's second half, shares mostly terms past the 63rd.
TEST_CASE("candidates: a claim of over 64 terms is found by the index as by exhaustive comparison", "[candidates]") {
  std::vector<std::string> words;
  for (char a = 'b'; words.size() < 100; ++a)
    for (char b : std::string("aeiou"))
      if (words.size() < 100) words.push_back(std::string("zq") + a + b + "xt");
  auto sentence = [&](std::size_t from, std::size_t to) {
    std::string s = "Officials listed";
    for (std::size_t i = from; i < to; ++i) s += " " + words[i];
    return s + ".\n";
  };
  const std::string other = "The weather was mild on Tuesday and markets were calm.\n";
  const std::vector<Document> docs = {
      {"a", "A", sentence(0, 100) + other},
      {"b", "B", sentence(0, 90) + other},
      {"c", "C", sentence(45, 100) + other},
  };
  auto supporters = [](const Report& r) {
    std::vector<std::size_t> by;
    for (const Support& sup : r.sentences.at(0).support) by.push_back(sup.doc);
    return by;
  };
  const Report indexed = Analyze(docs, false);
  CHECK(Supports(indexed) == Supports(Analyze(docs, true)));
  CHECK(supporters(indexed).at(0) == 1);
  // At threshold 0 every candidate that passes the gates is reported: both passes let
  // outlet C's half through.
  Options all;
  all.min_score = 0;
  const Report indexed_all = AnalyzeOrDie(docs, all);
  all.exhaustive = true;
  const Report exhaustive_all = AnalyzeOrDie(docs, all);
  CHECK(Supports(indexed_all) == Supports(exhaustive_all));
  CHECK(supporters(exhaustive_all) == std::vector<std::size_t>{1, 2});
}

TEST_CASE("candidates: a sentence far from the claim gets no score, whatever the threshold", "[candidates]") {
  // One word of eight shared: weighted F under the gate (model::kMinCheapScore), so the
  // model never sees it, even when the caller accepts any score.
  const std::vector<Document> docs = {
      {"a", "A",
       "The storm damaged roads and bridges across the northern region on Monday.\n"
       "Officials opened a new museum of modern art downtown.\n"
       "The council approved the annual budget after a long debate."},
      {"b", "B",
       "Old bridges were painted blue by volunteer crews during the festival last year.\n"
       "Heavy rain is expected later in the week, forecasters said.\n"
       "The team won its third straight game on Sunday."}};
  Options any;
  any.min_score = 0.01;
  const Report r = AnalyzeOrDie(docs, any);
  CHECK(r.sentences.at(0).support.empty());
  // ...while a sentence that does state the storm damage is scored.
  const Report near = AnalyzeOrDie(
      {docs[0], {"b", "B", "The northern region storm damaged several farms and fences overnight."}}, any);
  CHECK(near.sentences.at(0).support.size() == 1);
}

TEST_CASE("candidates: the report is the same on any number of threads", "[candidates][threads]") {
  // Enough sentences (over 1,024) that two threads are really used where the build has them.
  const auto docs = ManyOutlets(40);
  Options one;
  one.threads = 1;
  const Report single = AnalyzeOrDie(docs, one);
  REQUIRE(single.sentences.size() > 1024);
  const auto expected = Supports(single);
  CHECK(expected.size() > 1000);
  for (unsigned threads : {2u, 3u, 0u}) {
    Options o;
    o.threads = threads;
    CHECK(Supports(AnalyzeOrDie(docs, o)) == expected);
  }
  // Documents are parsed on several threads too: their warnings keep document order.
  auto odd = docs;
  odd[3].text = "Caf\xC3 closed. " + odd[3].text;  // invalid UTF-8
  odd[7].text.clear();                              // no text
  odd[11].text = odd[10].text;                      // identical text
  const auto warnings = [](const Report& r) {
    std::vector<std::pair<long, std::string>> w;
    for (const auto& x : r.warnings) w.emplace_back(x.doc, x.message);
    return w;
  };
  const auto odd_single = warnings(AnalyzeOrDie(odd, one));
  const auto about = [&](long d, const char* words) {
    for (const auto& [doc, message] : odd_single)
      if (doc == d && message.find(words) != std::string::npos) return true;
    return false;
  };
  CHECK(about(3, "invalid UTF-8"));
  CHECK(about(7, "has no text"));
  CHECK(about(11, "identical text"));
  for (unsigned threads : {2u, 0u}) {
    Options o;
    o.threads = threads;
    CHECK(warnings(AnalyzeOrDie(odd, o)) == odd_single);
  }
  // Cancelling from the progress callback stops all of them.
  Options o;
  o.threads = 2;
  int calls = 0;
  o.progress = [&](double) { return ++calls < 3; };
  Report r;
  CHECK(corroborate::Analyze(docs, o, &r).code() == StatusCode::kCancelled);
  CHECK(calls == 3);
}

TEST_CASE("candidates: weak overlap is looked for in the few closest outlets only", "[candidates]") {
  // Each outlet shares two of the claim's words (weighted F between the gate and
  // model::kStrongCheapScore): at most model::kWeakDocuments of them are scored, while an
  // outlet that states the claim strongly always is. Next to that outlet, an article of the
  // same storm, the weak ones are not related to the claim's document (related_test.cc), so
  // none of them is scored.
  const char* const kWords[] = {"storm", "damaged", "roads", "bridges", "northern", "region", "Monday", "storm"};
  const char* const kFiller[] = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
                                 "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa",
                                 "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "xray"};
  auto bundle = [&](int weak, bool strong) {
    std::vector<Document> docs = {{"a", "A", "The storm damaged roads and bridges across the northern region on Monday. "
                                             "Power lines fell in three towns and schools closed. Crews worked "
                                             "through the night to clear fallen trees."}};
    for (int i = 0; i < weak; ++i)
      docs.push_back({"w" + std::to_string(i), "W",
                      std::string(kWords[i % 8]) + " " + kWords[(i + 3) % 8] + " " + kFiller[2 * i] + " " +
                          kFiller[2 * i + 1] + " zulu" + std::to_string(i) + "."});
    if (strong)
      docs.push_back({"s", "S", "On Monday the storm damaged roads and bridges across the northern region. Schools "
                                "closed in three towns after power lines fell. Crews cleared fallen trees overnight."});
    return docs;
  };
  Options any;
  any.min_score = 0.01;
  CHECK(AnalyzeOrDie(bundle(5, false), any).sentences.at(0).support.size() == 5);
  CHECK(AnalyzeOrDie(bundle(12, false), any).sentences.at(0).support.size() == model::kWeakDocuments);
  const Report with_strong = AnalyzeOrDie(bundle(12, true), any);
  REQUIRE(with_strong.sentences.at(0).support.size() == 1);
  CHECK(with_strong.sentences.at(0).support.back().doc == 13);
}
