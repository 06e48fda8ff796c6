// corroborate: the native front end. Exit 0 on success, 2 on a usage or input error
// with one line that names the file; never a stack trace.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "corroborate/corroborate.h"
#include "corroborate/embedded_lexicon.h"
#include "format.h"
#include "input.h"
#include "pairs.h"

#if CORROBORATE_MIMALLOC
#include <mimalloc.h>
#endif

namespace {

constexpr const char* kUsage =
    "usage: corroborate analyze [--format text|json|html] [--min-score X] [--focus ID] PATH...\n"
    "       corroborate pairs [--min-score X] FILE.tsv\n"
    "       corroborate candidates [--per-doc N] PATH...\n"
    "       corroborate --help | --version\n"
    "\n"
    "analyze   how strongly each claim of each document is corroborated by the others.\n"
    "          PATH is a text file, a directory (its .txt files in name order; an optional\n"
    "          sources.json names and labels them), a JSON source bundle, or - for stdin.\n"
    "  --format text   readable in an 80-column terminal (default)\n"
    "  --format json   the report contract of docs/report.md\n"
    "  --format html   one self-contained HTML file\n"
    "  --min-score X   decision threshold in [0,1] (default: the model's)\n"
    "  --exhaustive    compare with every sentence sharing any word (slow; for measuring)\n"
    "  --focus ID      with --format json: compare only the claims of document ID with the\n"
    "                  others (the rest are reported without support)\n"
    "  --threads N     threads at work (default 0: one per core; the same report)\n"
    "  --weights W,... the support model's weights in place of the trained ones, one per\n"
    "                  feature of `candidates` (for measuring a model held out)\n"
    "pairs     scores sentence pairs in the MSRP layout (header line, then Quality, #1 ID,\n"
    "          #2 ID, #1 String, #2 String); prints score<TAB>decision per pair.\n"
    "candidates  for training: every claim's N best sentences (default 6) in every other\n"
    "          document, ungated, with the support model's features, as TSV.\n";

int Fail(const std::string& message) {
  std::cerr << "corroborate: " << message << "\n";
  return 2;
}

}  // namespace

namespace corroborate {
namespace cli {

// The synonym table compiled into the binary, checked once on first use and used in place.
const Lexicon* BundledLexicon() {
  // Never freed: it lives as long as the process, and freeing its ten thousand entries at
  // exit took 7% of a short run's instructions.
  static const Lexicon* lexicon = [] {
    auto* lex = new Lexicon;
    if (Lexicon::View(EmbeddedLexicon(), lex).ok()) return static_cast<const Lexicon*>(lex);
    delete lex;
    return static_cast<const Lexicon*>(nullptr);  // a broken build table means no synonyms, not no report
  }();
  return lexicon;
}

}  // namespace cli
}  // namespace corroborate

namespace {

// "0.5,-1,2e-3": finite numbers separated by commas.
bool ParseWeights(const std::string& arg, std::vector<double>* out) {
  out->clear();
  std::size_t at = 0;
  while (at <= arg.size()) {
    const std::size_t comma = std::min(arg.find(',', at), arg.size());
    const std::string field = arg.substr(at, comma - at);
    char* end = nullptr;
    const double v = std::strtod(field.c_str(), &end);
    if (field.empty() || *end != '\0' || !std::isfinite(v)) return false;
    out->push_back(v);
    at = comma + 1;
  }
  return true;
}

bool ParseScore(const char* arg, double* out) {
  char* end = nullptr;
  const double v = std::strtod(arg, &end);
  if (end == arg || *end != '\0' || !(v >= 0.0 && v <= 1.0)) return false;
  *out = v;
  return true;
}

int Analyze(int argc, char** argv) {
  std::string format = "text";
  corroborate::Options options;
  options.lexicon = corroborate::cli::BundledLexicon();
  options.threads = 0;  // a batch tool: every core (the report does not depend on it)
  std::vector<std::string> paths;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--format" || a == "-f") {
      if (++i >= argc) return Fail("--format needs a value: text, json or html");
      format = argv[i];
      if (format != "text" && format != "json" && format != "html")
        return Fail("unknown format '" + format + "' (expected text, json or html)");
    } else if (a.rfind("--format=", 0) == 0) {
      format = a.substr(9);
      if (format != "text" && format != "json" && format != "html")
        return Fail("unknown format '" + format + "' (expected text, json or html)");
    } else if (a == "--min-score") {
      if (++i >= argc || !ParseScore(argv[i], &options.min_score))
        return Fail("--min-score needs a number between 0 and 1");
    } else if (a == "--exhaustive") {
      options.exhaustive = true;
    } else if (a == "--focus") {
      if (++i >= argc || !*argv[i]) return Fail("--focus needs a document id");
      options.focus = argv[i];
    } else if (a == "--weights") {
      if (++i >= argc || !ParseWeights(argv[i], &options.model_weights))
        return Fail("--weights needs numbers separated by commas");
    } else if (a == "--threads") {
      char* end = nullptr;
      const long n = ++i < argc ? std::strtol(argv[i], &end, 10) : -1;
      if (i >= argc || end == argv[i] || *end != '\0' || n < 0 || n > 256)
        return Fail("--threads needs a whole number from 0 (one per core) to 256");
      options.threads = static_cast<unsigned>(n);
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return Fail("unknown option '" + a + "' (see corroborate --help)");
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) return Fail("analyze needs at least one PATH (see corroborate --help)");
  // The text and HTML forms show every document's levels, which a focus leaves out.
  if (!options.focus.empty() && format != "json") return Fail("--focus needs --format json");
  // The documents and the report live until the process ends and are never freed, like
  // the lexicon: freeing a large story's hundreds of thousands of small objects at exit
  // took about 2% of its run. Held by statics, so leak checkers see them as reachable.
  static auto& docs = *new std::vector<corroborate::Document>;
  corroborate::Status s = corroborate::cli::ReadSources(paths, std::cin, &docs);
  if (!s.ok()) return Fail(s.message());
  static auto& report = *new corroborate::Report;
  s = corroborate::Analyze(docs, options, &report);
  if (!s.ok()) return Fail(s.message());
  if (format == "json") {
    corroborate::WriteReportJson(report, std::cout, 1, options.threads);
    std::cout << "\n";
  } else if (format == "html") {
    std::cout << corroborate::cli::FormatHtml(report);
  } else {
    std::cout << corroborate::cli::FormatText(report);
  }
  std::cout.flush();
  return std::cout ? 0 : Fail("cannot write the report to standard output");
}

int Run(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  const std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (cmd == "--version") {
    std::cout << "corroborate " << corroborate::Version() << "\n";
    return 0;
  }
  if (cmd == "analyze") return Analyze(argc, argv);
  if (cmd == "pairs") return corroborate::cli::RunPairs(argc, argv);
  if (cmd == "candidates") return corroborate::cli::RunCandidates(argc, argv);
  return Fail("unknown command '" + cmd + "' (expected analyze, pairs or candidates; see --help)");
}

}  // namespace

#if CORROBORATE_MIMALLOC && defined(__ELF__)
namespace {
// The heap in 2 MiB pages (transparent huge pages where the system only grants them on
// request): a large batch otherwise takes a page fault for every 4 KiB it touches
// (cli/CMakeLists.txt). mimalloc reads this option once, when it starts, before main and
// before any constructor could set it; a function in .preinit_array runs before every
// shared library's initialisation, and setting an option allocates nothing.
void UseLargePages(int, char**, char**) { mi_option_enable(mi_option_large_os_pages); }
__attribute__((section(".preinit_array"), used)) void (*const kUseLargePages)(int, char**, char**) = UseLargePages;
}  // namespace
#endif

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    // The core returns Status values; this catches allocation failures and the like.
    return Fail(std::string("internal error: ") + e.what());
  }
}
