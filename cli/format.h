// Human-readable forms of a report: text for an 80-column terminal, and one
// self-contained HTML file (no scripts, no external resources).
#ifndef CORROBORATE_CLI_FORMAT_H_
#define CORROBORATE_CLI_FORMAT_H_

#include <string>
#include <vector>

#include "corroborate/corroborate.h"

namespace corroborate {
namespace cli {

std::string FormatText(const Report& report, int width = 80);
std::string FormatHtml(const Report& report);

// Level-all claims with the ones that restate each other folded together, in document
// order: the summary's "stated by every outlet" list.
std::vector<std::size_t> DistinctAllClaims(const Report& report);

// Text from a document made safe to show: invalid UTF-8 and control characters (escape
// sequences, NUL, C1 controls) become U+FFFD, tabs become spaces.
std::string Printable(const std::string& s);

// "A", "B", ... "Z", "AA", ...: a short tag per document.
std::string DocTag(std::size_t doc);

}  // namespace cli
}  // namespace corroborate

#endif  // CORROBORATE_CLI_FORMAT_H_
