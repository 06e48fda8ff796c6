// Native benchmarks of corroborate::Analyze (the whole pipeline, as the CLI and the wasm
// module run it) on the five bundled sources and on generated story clusters.
//
//   build/bench/bench/corroborate_bench [--benchmark_filter=...]
//   CORROBORATE_BENCH_BUNDLES=DIR build/bench/bench/corroborate_bench
//
// DIR holds cluster-N.json bundles (bench/make_cluster.py); each becomes Analyze/N and,
// up to 200 articles, AnalyzeExhaustive/N. The counters give sentences and supports, so a
// faster run that finds fewer supports is visible.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "corroborate/corroborate.h"
#include "corroborate/embedded_lexicon.h"
#include "corroborate/lexicon.h"

namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

std::vector<corroborate::Document> BundledSources() {
  const fs::path dir = CORROBORATE_SOURCES_DIR;
  const auto manifest = nlohmann::json::parse(Slurp(dir / "sources.json"));
  std::vector<corroborate::Document> docs;
  for (const auto& s : manifest.at("sources"))
    docs.push_back({s.at("id").get<std::string>(), s.at("label").get<std::string>(),
                    Slurp(dir / s.at("file").get<std::string>())});
  return docs;
}

std::vector<corroborate::Document> Bundle(const fs::path& p) {
  std::vector<corroborate::Document> docs;
  for (const auto& s : nlohmann::json::parse(Slurp(p)))
    docs.push_back({s.at("id").get<std::string>(), s.value("label", std::string()),
                    s.at("text").get<std::string>()});
  return docs;
}

// The synonym table the CLI and the widget use, loaded once outside the timed loop, so the
// benchmark does the work of a user's analysis, synonym look-ups included.
const corroborate::Lexicon* Synonyms() {
  static const corroborate::Lexicon* lexicon = [] {
    auto* lex = new corroborate::Lexicon;
    if (!corroborate::Lexicon::View(corroborate::EmbeddedLexicon(), lex).ok()) std::abort();
    return lex;
  }();
  return lexicon;
}

void Run(benchmark::State& state, const std::vector<corroborate::Document>& docs, bool exhaustive,
         bool json) {
  corroborate::Options options;
  options.exhaustive = exhaustive;
  options.lexicon = Synonyms();
  corroborate::Report report;
  std::size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  for (auto _ : state) {
    const corroborate::Status s = corroborate::Analyze(docs, options, &report);
    if (!s.ok()) {
      state.SkipWithError(s.message().c_str());
      return;
    }
    if (json) benchmark::DoNotOptimize(corroborate::ReportToJson(report));
    benchmark::DoNotOptimize(report.sentences.data());
  }
  std::size_t claims = 0, supports = 0;
  for (const auto& s : report.sentences)
    if (s.kind == corroborate::Kind::kClaim) ++claims, supports += s.support.size();
  state.counters["docs"] = static_cast<double>(docs.size());
  state.counters["sentences"] = static_cast<double>(report.sentences.size());
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["supports"] = static_cast<double>(supports);
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
}

}  // namespace

int main(int argc, char** argv) {
  static const auto sources = BundledSources();
  benchmark::RegisterBenchmark("Analyze/sources5", [](benchmark::State& st) { Run(st, sources, false, false); })
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("AnalyzeJson/sources5", [](benchmark::State& st) { Run(st, sources, false, true); })
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("AnalyzeExhaustive/sources5", [](benchmark::State& st) { Run(st, sources, true, false); })
      ->Unit(benchmark::kMillisecond);

  static std::vector<std::pair<int, std::vector<corroborate::Document>>> clusters;
  if (const char* dir = std::getenv("CORROBORATE_BENCH_BUNDLES")) {
    const std::regex name(R"(cluster-(\d+)\.json)");
    for (const auto& e : fs::directory_iterator(dir)) {
      std::smatch m;
      const std::string file = e.path().filename().string();
      if (std::regex_match(file, m, name)) clusters.emplace_back(std::stoi(m[1]), Bundle(e.path()));
    }
    std::sort(clusters.begin(), clusters.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& c : clusters) {
      const auto* docs = &c.second;
      const std::string n = std::to_string(c.first);
      benchmark::RegisterBenchmark(("Analyze/" + n).c_str(),
                                   [docs](benchmark::State& st) { Run(st, *docs, false, false); })
          ->Unit(benchmark::kMillisecond);
      if (c.first <= 200)
        benchmark::RegisterBenchmark(("AnalyzeExhaustive/" + n).c_str(),
                                     [docs](benchmark::State& st) { Run(st, *docs, true, false); })
            ->Unit(benchmark::kMillisecond);
    }
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
