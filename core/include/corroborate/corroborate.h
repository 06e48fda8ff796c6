// corroborate: which claims of a news story are stated by one outlet, several, or all.
//
//   #include "corroborate/corroborate.h"
//
//   std::vector<corroborate::Document> docs = {
//       {"a", "Outlet A", text_a}, {"b", "Outlet B", text_b}};
//   corroborate::Report report;
//   corroborate::Status s = corroborate::Analyze(docs, corroborate::Options(), &report);
//   if (!s.ok()) { std::cerr << s.message() << "\n"; return 2; }
//   for (const corroborate::Sentence& c : report.sentences)
//     if (c.kind == corroborate::Kind::kClaim)
//       std::cout << corroborate::LevelName(c.level) << ": " << c.text << "\n";
//   std::cout << corroborate::ReportToJson(report) << "\n";
//
// The JSON form of a Report is a contract documented in docs/report.md.
#ifndef CORROBORATE_CORROBORATE_H_
#define CORROBORATE_CORROBORATE_H_

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "corroborate/lexicon.h"
#include "corroborate/status.h"

namespace corroborate {

const char* Version();

// One article. `text` is UTF-8; invalid bytes are tolerated (replaced for matching,
// reported as a warning) and every offset stays an exact byte offset into `text`.
struct Document {
  std::string id;
  std::string label;
  std::string text;
};

struct Options {
  // Decision threshold on the support score; negative means the model's default
  // (thresholds live in core/src/align/model.h).
  double min_score = -1.0;
  // Compare every claim with every sentence that shares any term, instead of only those
  // that share one of its rarest terms. The same results (the index skips only sentences
  // that cannot pass the model's gate; tests/core/candidates_test.cc), much slower at
  // scale; it exists to measure the recall of candidate generation (bench/).
  bool exhaustive = false;
  // Synonym groups (corroborate/lexicon.h); not owned. Without one, only words with the
  // same stem meet.
  const Lexicon* lexicon = nullptr;
  // Called now and then with the share of the work done, in [0, 1]; returning false
  // cancels the analysis (Analyze then returns kCancelled). For progress bars on large
  // inputs; never called for small ones more than a few times.
  std::function<bool(double done)> progress;
  // Threads that compare claims; 0: one per hardware thread. The report is the same for
  // any number. Builds without threads (the WebAssembly module) use one whatever this says.
  unsigned threads = 1;
  // The id of the one document whose claims are compared with the others (a page's own
  // article); empty: every document's. The focus's claims get exactly the support they get
  // in a full analysis; the other documents' claims are reported with none (outlets 0,
  // level kNone). Every document still counts for term rarity and relatedness.
  std::string focus;
  // The support model's weights, one per feature in FeatureNames()'s order, in place of
  // the trained ones; empty: the trained model. It exists to measure a model trained
  // without the story it decides (bench/accuracy/eval.py --held-out), with min_score.
  std::vector<double> model_weights;
};

enum class Kind { kClaim, kBoilerplate };
enum class Level { kNone, kSingle, kSeveral, kAll };  // kNone: boilerplate

const char* KindName(Kind kind);
const char* LevelName(Level level);  // "single", "several", "all"; "" for kNone

// A byte range of a document, with the same range in UTF-16 code units.
struct Span {
  std::size_t start = 0, end = 0;
  std::size_t start16 = 0, end16 = 0;
};

// A detail that two aligned sentences give differently (a number, date or name).
struct Difference {
  std::string this_value;   // as written in the claim
  std::string other_value;  // as written in the supporting sentence
  Span other;               // where other_value stands in the supporting document
};

struct Support {
  std::size_t doc = 0;
  std::size_t sentence = 0;       // first supporting sentence (index into Report::sentences)
  std::size_t sentence_last = 0;  // == sentence, or sentence + 1 when the outlet split the claim
  double score = 0.0;
  bool shared_text = false;        // a long passage with identical wording (likely wire copy)
  bool partial = false;            // supports one clause of the claim, not all of it
  Span clause;                     // with partial: that clause, in the claim's document
  std::vector<Span> shared;        // the matched words, in the supporting document
  std::vector<Difference> differs;
};

struct Sentence {
  std::size_t id = 0;
  std::size_t doc = 0;
  std::size_t paragraph = 0;  // index of the paragraph (line) within its document
  Span span;
  std::string text;  // the original bytes of span (invalid UTF-8 replaced in JSON only)
  Kind kind = Kind::kClaim;
  int outlets = 0;   // 1 + supporting documents; 0 for boilerplate and claims outside Options::focus
  Level level = Level::kNone;  // kNone likewise
  std::vector<Support> support;  // only documents that support the claim, by doc order
};

struct DocumentInfo {
  std::string id;
  std::string label;
  std::size_t bytes = 0;
  std::size_t units16 = 0;  // length in UTF-16 code units
};

struct Warning {
  long doc = -1;  // -1: not about one document
  std::string message;
};

struct Report {
  std::vector<DocumentInfo> documents;
  std::vector<Sentence> sentences;
  std::vector<Warning> warnings;
  double min_score = 0.0;  // the threshold that was applied
};

// Splits, classifies and aligns `docs`. On error `report` is left empty.
Status Analyze(const std::vector<Document>& docs, const Options& options, Report* report);

// The JSON contract (docs/report.md). indent < 0: one line. `threads` write the sentences,
// as in Options::threads (0: one per hardware thread); the text is the same for any number.
std::string ReportToJson(const Report& report, int indent = -1, unsigned threads = 1);
// The same, written to `out` as it goes (a large story's report need not fit in memory twice).
void WriteReportJson(const Report& report, std::ostream& out, int indent = -1, unsigned threads = 1);

// For bindings: request {"documents":[{"id","label","text"}], "options":{"min_score"}}
// in, report JSON out. Every malformed request is a Status, never an exception. The request
// is strict JSON (RFC 8259, UTF-8); unknown keys are ignored, of a duplicate key the last
// counts, and brackets may nest to any depth (core/src/api/request.h).
// `lexicon` (optional, not owned) and `progress` are used as in Options.
Status AnalyzeRequestJson(const std::string& request, std::string* report_json,
                          const Lexicon* lexicon = nullptr,
                          const std::function<bool(double)>& progress = {});

// Sentence pairs, for measuring the support model on public pair data (MSRP layout):
// how well `second` states `first`. Term weights come from all sentences of all pairs.
struct PairResult {
  double score = 0.0;
  bool supports = false;          // score >= the threshold
  std::vector<double> features;   // the model's inputs, named by FeatureNames()
};
Status ScorePairs(const std::vector<std::pair<std::string, std::string>>& pairs,
                  const Options& options, std::vector<PairResult>* out);
std::vector<std::string> FeatureNames();

// For training the support model on claim-level gold (tools/train_support.py): for every
// claim and every other document, that document's `per_doc` sentences sharing the most of
// the claim (and the best two joined with a neighbour), ungated, with the model's features.
// Spans are byte offsets into the documents' texts.
struct CandidateResult {
  std::size_t claim_doc = 0, doc = 0;
  Span claim, other;          // other: the candidate sentence, or two adjacent ones
  bool joined = false;        // two adjacent sentences
  double cheap = 0.0;         // weighted F, the candidate ranking
  double related = 0.0;       // how related the two documents are as wholes, in [0, 1]
  double score = 0.0;         // the model's probability
  std::vector<double> features;
};
Status CandidateFeatures(const std::vector<Document>& docs, const Options& options,
                         std::size_t per_doc, std::vector<CandidateResult>* out);

}  // namespace corroborate

#endif  // CORROBORATE_CORROBORATE_H_
