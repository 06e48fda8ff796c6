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
  options.lexicon = BundledLexicon();
  bool features = false;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--min-score" && i + 1 < argc) {
      char* end = nullptr;
      options.min_score = std::strtod(argv[++i], &end);
      if (*end != '\0' || !(options.min_score >= 0 && options.min_score <= 1)) {
        std::cerr << "corroborate: --min-score needs a number between 0 and 1\n";
        return 2;
      }
    } else if (a == "--features") {
      features = true;  // for training: label, then every feature of the model
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
  std::vector<std::pair<std::string, std::string>> pairs;
  std::vector<std::string> labels;
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
    labels.push_back(f[0]);
    pairs.emplace_back(f[3], f[4]);
  }
  std::vector<PairResult> results;
  Status s = ScorePairs(pairs, options, &results);
  if (!s.ok()) {
    std::cerr << "corroborate: '" << path << "': " << s.message() << "\n";
    return 2;
  }
  std::cout.precision(17);
  if (features) {
    std::cout << "label";
    for (const std::string& n : FeatureNames()) std::cout << '\t' << n;
    std::cout << '\n';
  }
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (features) {
      std::cout << labels[i];
      for (double x : results[i].features) std::cout << '\t' << x;
    } else {
      std::cout << results[i].score << '\t' << (results[i].supports ? 1 : 0);
    }
    std::cout << '\n';
  }
  return 0;
}

}  // namespace cli
}  // namespace corroborate
