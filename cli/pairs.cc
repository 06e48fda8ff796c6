#include "pairs.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "corroborate/corroborate.h"

namespace corroborate {
namespace cli {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t a = 0;
  for (;;) {
    const std::size_t b = line.find('\t', a);
    out.push_back(line.substr(a, b == std::string::npos ? std::string::npos : b - a));
    if (b == std::string::npos) return out;
    a = b + 1;
  }
}

}  // namespace

int RunPairs(int argc, char** argv) {
  std::string path;
  Options options;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--min-score" && i + 1 < argc) {
      options.min_score = std::strtod(argv[++i], nullptr);
    } else if (path.empty()) {
      path = a;
    } else {
      std::cerr << "corroborate: pairs takes one FILE.tsv\n";
      return 2;
    }
  }
  if (path.empty()) {
    std::cerr << "corroborate: pairs needs a FILE.tsv (see --help)\n";
    return 2;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "corroborate: cannot read '" << path << "'\n";
    return 2;
  }
  std::string line;
  std::getline(in, line);  // header
  std::size_t row = 1;
  while (std::getline(in, line)) {
    ++row;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const auto f = SplitTabs(line);
    if (f.size() < 5) {
      std::cerr << "corroborate: '" << path << "' line " << row << " has " << f.size()
                << " fields; expected 5 (Quality, #1 ID, #2 ID, #1 String, #2 String)\n";
      return 2;
    }
    Report report;
    Status s = Analyze({{"1", "1", f[3]}, {"2", "2", f[4]}}, options, &report);
    if (!s.ok()) {
      std::cerr << "corroborate: '" << path << "' line " << row << ": " << s.message() << "\n";
      return 2;
    }
    // The pair's score: how well sentence 2 supports sentence 1 (best claim of doc 0).
    double score = 0.0;
    bool supported = false;
    for (const Sentence& c : report.sentences) {
      if (c.doc != 0) continue;
      for (const Support& sup : c.support) score = std::max(score, sup.score);
      supported = supported || !c.support.empty();
    }
    std::cout << score << '\t' << (supported ? 1 : 0) << '\n';
  }
  return 0;
}

}  // namespace cli
}  // namespace corroborate
