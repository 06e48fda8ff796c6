// `corroborate candidates [--per-doc N] PATH...`: every claim's best candidates in every
// other document with the support model's features, as TSV, for training and measuring the
// model on claim-level gold (tools/train_support.py, docs/accuracy.md).
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "corroborate/corroborate.h"
#include "input.h"
#include "pairs.h"

namespace corroborate {
namespace cli {

int RunCandidates(int argc, char** argv) {
  Options options;
  options.lexicon = BundledLexicon();
  std::size_t per_doc = 6;
  std::vector<std::string> paths;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--per-doc") {
      char* end = nullptr;
      const long n = ++i < argc ? std::strtol(argv[i], &end, 10) : -1;
      if (i >= argc || end == argv[i] || *end != '\0' || n < 1 || n > 1000) {
        std::cerr << "corroborate: --per-doc needs a whole number from 1 to 1000\n";
        return 2;
      }
      per_doc = static_cast<std::size_t>(n);
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::cerr << "corroborate: unknown option '" << a << "' (see corroborate --help)\n";
      return 2;
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) {
    std::cerr << "corroborate: candidates needs at least one PATH (see corroborate --help)\n";
    return 2;
  }
  std::vector<Document> docs;
  Status s = ReadSources(paths, std::cin, &docs);
  std::vector<CandidateResult> rows;
  if (s.ok()) s = CandidateFeatures(docs, options, per_doc, &rows);
  if (!s.ok()) {
    std::cerr << "corroborate: " << s.message() << "\n";
    return 2;
  }
  std::cout.precision(17);
  std::cout << "claim_doc\tclaim_start\tclaim_end\tdoc\tstart\tend\tjoined\tcheap\trelated\tscore";
  for (const std::string& n : FeatureNames()) std::cout << '\t' << n;
  std::cout << '\n';
  for (const CandidateResult& r : rows) {
    std::cout << docs[r.claim_doc].id << '\t' << r.claim.start << '\t' << r.claim.end << '\t'
              << docs[r.doc].id << '\t' << r.other.start << '\t' << r.other.end << '\t' << r.joined
              << '\t' << r.cheap << '\t' << r.related << '\t' << r.score;
    for (double x : r.features) std::cout << '\t' << x;
    std::cout << '\n';
  }
  return std::cout ? 0 : 2;
}

}  // namespace cli
}  // namespace corroborate
