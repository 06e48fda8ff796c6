#include <cstdio>
#include <sstream>

#include "format.h"

namespace corroborate {
namespace cli {
namespace {

std::string Escape(const std::string& raw) {
  const std::string s = Printable(raw);  // valid UTF-8, no control characters
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

constexpr const char* kStyle = R"CSS(
:root{color-scheme:light dark;--single:#8a4b00;--several:#0b5cad;--all:#1d6b2f;--muted:#5b5b5b}
@media (prefers-color-scheme:dark){:root{--single:#ffb366;--several:#8cc4ff;--all:#8fd9a0;--muted:#b0b0b0}}
body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.5rem;border-bottom:1px solid}
.s{padding:0 .1em}.single{text-decoration:underline dotted var(--single) 2px}
.several{text-decoration:underline dashed var(--several) 2px}
.all{text-decoration:underline solid var(--all) 3px}
.skip{color:var(--muted);font-size:.85em}
sup{font-size:.7em;color:var(--muted);margin-left:.15em}
table{border-collapse:collapse}td,th{padding:.2em .6em;text-align:right}th:first-child,td:first-child{text-align:left}
.legend span{margin-right:1.2em}
)CSS";

}  // namespace

std::string FormatHtml(const Report& r) {
  std::ostringstream out;
  const std::size_t n = r.documents.size();
  out << "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      << "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
      << "<title>corroborate report</title><style>" << kStyle << "</style></head><body>\n"
      << "<h1>Corroboration report</h1>\n<p>" << n << " documents. Each claim is underlined by "
      << "how many outlets state it, and its count follows it.</p>\n<p class=\"legend\">"
      << "<span class=\"s single\">stated by one outlet only</span>"
      << "<span class=\"s several\">by several</span><span class=\"s all\">by all</span></p>\n";
  for (const Warning& w : r.warnings) out << "<p role=\"note\">Warning: " << Escape(w.message) << "</p>\n";
  std::size_t doc = SIZE_MAX, para = 0;
  for (const Sentence& s : r.sentences) {
    if (s.doc != doc) {
      if (doc != SIZE_MAX) out << "</p>\n</section>\n";
      doc = s.doc;
      out << "<section><h2 id=\"doc-" << doc << "\">" << DocTag(doc) << ". "
          << Escape(r.documents[doc].label) << "</h2>\n<p>";
      para = s.paragraph;
    }
    if (s.paragraph != para) {
      out << "</p>\n<p>";
      para = s.paragraph;
    }
    if (s.kind == Kind::kBoilerplate) {
      out << "<span class=\"s skip\" title=\"not a claim\">" << Escape(s.text) << "</span> ";
      continue;
    }
    std::string who = DocTag(s.doc);
    for (const Support& sup : s.support) who += ", " + DocTag(sup.doc);
    out << "<span class=\"s " << LevelName(s.level) << "\" id=\"s" << s.id << "\" title=\""
        << LevelName(s.level) << ": stated by " << Escape(who) << "\">" << Escape(s.text)
        << "</span><sup>" << s.outlets << "/" << n << "</sup> ";
  }
  if (doc != SIZE_MAX) out << "</p>\n</section>\n";

  out << "<h2>Claims per level</h2>\n<table><thead><tr><th>outlet</th><th>single</th>"
      << "<th>several</th><th>all</th></tr></thead><tbody>\n";
  for (std::size_t d = 0; d < n; ++d) {
    int c[3] = {0, 0, 0};
    for (const Sentence& s : r.sentences)
      if (s.doc == d && s.kind == Kind::kClaim) ++c[static_cast<int>(s.level) - 1];
    out << "<tr><td>" << DocTag(d) << ". " << Escape(r.documents[d].label) << "</td><td>" << c[0]
        << "</td><td>" << c[1] << "</td><td>" << c[2] << "</td></tr>\n";
  }
  out << "</tbody></table>\n<h2>Stated by all outlets</h2>\n<ul>\n";
  for (std::size_t id : DistinctAllClaims(r))
    out << "<li><a href=\"#s" << id << "\">" << Escape(r.sentences[id].text) << "</a></li>\n";
  out << "</ul>\n</body></html>\n";
  return out.str();
}

}  // namespace cli
}  // namespace corroborate
