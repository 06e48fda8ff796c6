// libFuzzer target for the analysis entry points. The first byte picks how the rest is
// used ((byte & 7) % 5, so the seeds start with '0'..'4'):
//   0: the bytes as one document
//   1: the bytes split on 0x1E (record separator) into several documents
//   2: the bytes as a request for AnalyzeRequestJson
//   3: the bytes as the text of two documents inside a well-formed request
//   4: the bytes as a synonym table (Lexicon::Parse and View), then used for a small analysis;
//      and XORed into a small valid binary table after its magic, so that its checks see
//      near-valid tables too
// Analyses use the embedded synonym table, as the CLI does.
// Every call must return (ok or a Status); a crash, a sanitizer report, an uncaught
// exception or a timeout is a bug. Offsets in an ok report are checked too.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corroborate/corroborate.h"
#include "corroborate/embedded_lexicon.h"
#include "corroborate/lexicon.h"

namespace {

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}

void CheckReport(const std::vector<corroborate::Document>& docs, const corroborate::Report& r) {
  Check(r.documents.size() == docs.size(), "one DocumentInfo per document");
  for (const corroborate::Sentence& s : r.sentences) {
    Check(s.doc < docs.size(), "sentence doc in range");
    const std::string& t = docs[s.doc].text;
    Check(s.span.start < s.span.end && s.span.end <= t.size(), "sentence span inside its document");
    Check(s.text == t.substr(s.span.start, s.span.end - s.span.start), "sentence text is its span");
    Check(s.span.start16 <= s.span.end16 && s.span.end16 <= r.documents[s.doc].units16,
          "UTF-16 span inside its document");
    for (const corroborate::Support& sup : s.support) {
      Check(sup.doc < docs.size() && sup.doc != s.doc, "support from another document");
      Check(sup.sentence <= sup.sentence_last && sup.sentence_last < r.sentences.size(),
            "supporting sentences exist");
      for (const corroborate::Span& sp : sup.shared)
        Check(sp.start <= sp.end && sp.end <= docs[sup.doc].text.size(), "shared span in range");
    }
  }
}

const corroborate::Lexicon* Embedded() {
  static const corroborate::Lexicon* lexicon = [] {
    static corroborate::Lexicon lex;
    Check(corroborate::Lexicon::Parse(corroborate::EmbeddedLexicon(), &lex).ok(), "embedded lexicon parses");
    return &lex;
  }();
  return lexicon;
}

void AnalyzeDocs(std::vector<corroborate::Document> docs, const corroborate::Lexicon* lexicon = Embedded()) {
  corroborate::Report report;
  corroborate::Options options;
  options.lexicon = lexicon;
  const corroborate::Status s = corroborate::Analyze(docs, options, &report);
  if (s.ok()) {
    CheckReport(docs, report);
    (void)corroborate::ReportToJson(report);
  } else {
    Check(!s.message().empty(), "an error has a message");
    Check(report.sentences.empty() && report.documents.empty(), "report empty on error");
  }
}

}  // namespace

// A table a caller loads: copied (Parse) or, for a binary table, in place (View); either way
// it must then serve an analysis.
void TryTable(const std::string& bytes) {
  corroborate::Lexicon parsed, viewed;
  if (corroborate::Lexicon::Parse(bytes, &parsed).ok())
    AnalyzeDocs({{"a", "A", "The talks resumed on Friday after a long pause."},
                 {"b", "B", "Negotiations restarted Friday following a lengthy break."}},
                &parsed);
  if (corroborate::Lexicon::View(bytes, &viewed).ok())  // std::string's buffer is aligned
    AnalyzeDocs({{"a", "A", "Talks resumed."}, {"b", "B", "Negotiations restarted."}}, &viewed);
}

const std::string& SmallTable() {
  static const std::string table = [] {
    corroborate::Lexicon lex;
    Check(corroborate::Lexicon::Parse("talk negotiation discussion\nresume restart\npause break rest\n", &lex).ok(),
          "the small word table parses");
    return lex.Binary("notice\n");
  }();
  return table;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int mode = (data[0] & 7) % 5;
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (mode) {
    case 0:
      AnalyzeDocs({{"a", "A", bytes}});
      break;
    case 1: {
      std::vector<corroborate::Document> docs;
      std::size_t from = 0;
      for (;;) {
        const std::size_t sep = bytes.find('\x1E', from);
        const std::size_t to = sep == std::string::npos ? bytes.size() : sep;
        docs.push_back({"d" + std::to_string(docs.size()), "", bytes.substr(from, to - from)});
        if (sep == std::string::npos) break;
        from = sep + 1;
      }
      AnalyzeDocs(std::move(docs));
      break;
    }
    case 2: {
      std::string out;
      const corroborate::Status s = corroborate::AnalyzeRequestJson(bytes, &out, Embedded());
      if (s.ok()) Check(!nlohmann::json::parse(out, nullptr, false).is_discarded(), "report is JSON");
      break;
    }
    case 3: {
      // Through JSON, text must be valid UTF-8: replace what is not, as a browser would.
      nlohmann::json req;
      std::string half = bytes.substr(0, bytes.size() / 2), rest = bytes.substr(bytes.size() / 2);
      req["documents"] = nlohmann::json::array({{{"id", "x"}, {"text", half}}, {{"id", "y"}, {"text", rest}}});
      std::string request = req.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      std::string out;
      const corroborate::Status s = corroborate::AnalyzeRequestJson(request, &out, Embedded());
      Check(s.ok(), "a well-formed request of two documents succeeds");
      Check(!nlohmann::json::parse(out, nullptr, false).is_discarded(), "report is JSON");
      break;
    }
    case 4: {
      TryTable(bytes);
      std::string table = SmallTable();
      for (std::size_t i = 0; i < bytes.size(); ++i) table[4 + i % (table.size() - 4)] ^= bytes[i];
      TryTable(table);
      break;
    }
  }
  return 0;
}
