// Helpers shared by the core tests: the bundled sources, read as the CLI reads them.
#ifndef CORROBORATE_TESTS_CORE_TEST_UTIL_H_
#define CORROBORATE_TESTS_CORE_TEST_UTIL_H_

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corroborate/corroborate.h"
#include "corroborate/embedded_lexicon.h"
#include "segment/segment.h"

namespace corroborate {
namespace testing {

inline std::string ReadFileOrDie(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

// The five bundled articles, in manifest order.
inline std::vector<Document> BundledSources() {
  const std::string dir = CORROBORATE_SOURCES_DIR;
  const auto manifest = nlohmann::json::parse(ReadFileOrDie(dir + "/sources.json"));
  std::vector<Document> docs;
  for (const auto& s : manifest["sources"])
    docs.push_back({s["id"], s["label"], ReadFileOrDie(dir + "/" + s["file"].get<std::string>())});
  return docs;
}

// The synonym table the CLI uses, so tests see what users see.
inline const Lexicon* TestLexicon() {
  static const Lexicon* lexicon = [] {
    static Lexicon lex;
    if (!Lexicon::View(EmbeddedLexicon(), &lex).ok()) throw std::runtime_error("bad embedded lexicon");
    return &lex;
  }();
  return lexicon;
}

inline Report AnalyzeOrDie(const std::vector<Document>& docs, Options options = Options()) {
  if (!options.lexicon) options.lexicon = TestLexicon();
  Report r;
  const Status s = Analyze(docs, options, &r);
  if (!s.ok()) throw std::runtime_error("Analyze failed: " + s.message());
  return r;
}

// The sentences of one document, as strings.
inline std::vector<std::string> Texts(const Report& r, std::size_t doc) {
  std::vector<std::string> out;
  for (const Sentence& s : r.sentences)
    if (s.doc == doc) out.push_back(s.text);
  return out;
}

// The sentences segment::Split finds in `s`, as text.
inline std::vector<std::string> Sentences(const std::string& s) {
  std::vector<std::string> out;
  for (const segment::Segment& seg : segment::Split(s)) out.push_back(s.substr(seg.start, seg.end - seg.start));
  return out;
}

}  // namespace testing
}  // namespace corroborate

#endif  // CORROBORATE_TESTS_CORE_TEST_UTIL_H_
