// Build: the Report's documents and sentences, from the parsed documents and the
// aligner's matches. Offsets come in UTF-8 bytes and UTF-16 code units (docs/report.md).
#ifndef CORROBORATE_REPORT_BUILD_H_
#define CORROBORATE_REPORT_BUILD_H_

#include <vector>

#include "align/align.h"
#include "corroborate/corroborate.h"
#include "parse/parse.h"

namespace corroborate {
namespace report {

// Fills out->documents and out->sentences (one per unit, in unit order); `matches[u]` are
// unit u's supports (align::Align). Sentences are made on `threads` (Options::threads).
// Claims outside `focus` (align::kAllDocuments: none) were not aligned: no support, outlets
// 0, level kNone.
void Build(const std::vector<Document>& docs, const std::vector<parse::Parsed>& parsed,
           const std::vector<align::Unit>& units, const std::vector<std::vector<align::Match>>& matches,
           unsigned threads, std::size_t focus, Report* out);

}  // namespace report
}  // namespace corroborate

#endif  // CORROBORATE_REPORT_BUILD_H_
