// The only file that knows about Emscripten: binds the core's JSON entry point with Embind.
// A C++ exception reaching JS arrives as a bare number, so every outcome, failure included,
// crosses the boundary as a plain value ({ok, at, size, error, code}); web/corroborate.js turns
// failures into JS Errors. Text crosses as bytes in the module's memory, in both directions.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "corroborate/corroborate.h"
#include "corroborate/lexicon.h"

namespace {

struct Result {
  bool ok = false;
  // When ok, the report JSON's bytes in the module's memory (see TakeReport).
  std::uintptr_t at = 0;
  std::size_t size = 0;
  std::string error;  // the Status message when not ok
  std::string code;   // "invalid", "limit" or "internal" when not ok
};

const char* CodeName(corroborate::StatusCode code) {
  switch (code) {
    case corroborate::StatusCode::kOk: return "";
    case corroborate::StatusCode::kInvalidArgument: return "invalid";
    case corroborate::StatusCode::kLimitExceeded: return "limit";
    case corroborate::StatusCode::kInternal: return "internal";
    case corroborate::StatusCode::kCancelled: return "cancelled";
  }
  return "internal";
}

// The last report, kept until web/corroborate.js has decoded it with one TextDecoder call
// and calls releaseReport(). Embind's std::string return read it byte by byte in JS, three
// times over (looking for NULs, for the end, then decoding): about a tenth of analysing 200
// articles under node.
std::string report;

Result FromStatus(const corroborate::Status& s) {
  Result r;
  r.ok = s.ok();
  if (r.ok) {
    r.at = reinterpret_cast<std::uintptr_t>(report.data());
    r.size = report.size();
  } else {
    r.error = s.message();
    r.code = CodeName(s.code());
  }
  return r;
}

void ReleaseReport() { std::string().swap(report); }

// The synonym table is data the page fetches (dist/corroborate-lexicon.bin), not code in
// the .wasm; one per instance, replaced by each successful load.
struct FreeBlock {
  void operator()(char* p) const { std::free(p); }
};
corroborate::Lexicon lexicon;
std::unique_ptr<char, FreeBlock> lexicon_bytes;  // what `lexicon` views in place
bool have_lexicon = false;

// The table's bytes, which web/corroborate.js copied into a block it got from malloc (one
// TypedArray.set instead of Embind's per-byte loop for a std::string). A binary table is
// used where it lies, so the block is kept while the table is; anything else is parsed
// (a word table a caller brings) and the block freed.
Result LoadLexicon(std::uintptr_t at, std::size_t size) {
  std::unique_ptr<char, FreeBlock> bytes(reinterpret_cast<char*>(at));
  const std::string_view data(bytes.get(), size);
  corroborate::Lexicon loaded;
  const bool in_place = corroborate::Lexicon::IsBinary(data);
  const corroborate::Status s =
      in_place ? corroborate::Lexicon::View(data, &loaded) : corroborate::Lexicon::Parse(data, &loaded);
  if (s.ok()) {
    lexicon = std::move(loaded);
    lexicon_bytes = in_place ? std::move(bytes) : nullptr;  // the previous table's block goes
    have_lexicon = true;
  }
  ReleaseReport();
  return FromStatus(s);
}

// The request JSON's bytes, copied by web/corroborate.js into a block from malloc (one
// TextEncoder call and one TypedArray.set, not Embind's per-character loop); freed here.
std::string TakeRequest(std::uintptr_t at, std::size_t size) {
  char* const bytes = reinterpret_cast<char*>(at);
  std::string request(bytes, size);
  std::free(bytes);
  return request;
}

Result Analyze(std::uintptr_t at, std::size_t size) {
  const std::string request = TakeRequest(at, size);
  ReleaseReport();
  const corroborate::Status s =
      corroborate::AnalyzeRequestJson(request, &report, have_lexicon ? &lexicon : nullptr);
  return FromStatus(s);
}

// The same, calling `on_progress(done)` (done in [0, 1]) as the work advances; a falsy
// return value cancels. For progress bars, mostly from a Web Worker.
Result AnalyzeWithProgress(std::uintptr_t at, std::size_t size, emscripten::val on_progress) {
  const std::string request = TakeRequest(at, size);
  ReleaseReport();
  const corroborate::Status s = corroborate::AnalyzeRequestJson(
      request, &report, have_lexicon ? &lexicon : nullptr,
      [&on_progress](double done) { return on_progress(done).as<bool>(); });
  return FromStatus(s);
}

// Embind cannot return a const char*.
std::string Version() { return corroborate::Version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(corroborate) {
  emscripten::value_object<Result>("Result")
      .field("ok", &Result::ok)
      .field("at", &Result::at)
      .field("size", &Result::size)
      .field("error", &Result::error)
      .field("code", &Result::code);
  emscripten::function("analyze", &Analyze);
  emscripten::function("analyzeWithProgress", &AnalyzeWithProgress);
  emscripten::function("releaseReport", &ReleaseReport);
  emscripten::function("loadLexicon", &LoadLexicon);
  emscripten::function("version", &Version);
}
