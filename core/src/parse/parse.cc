#include "parse/parse.h"

#include "base/share_out.h"
#include "classify/boilerplate.h"
#include "corroborate/limits.h"
#include "terms/document.h"
#include "text/utf8.h"

namespace corroborate {
namespace parse {

std::string Quoted(const std::string& id) { return "'" + text::Sanitized(id) + "'"; }

void Parse(const Document& doc, long d, Parsed* p) {
  const std::string& t = doc.text;
  const text::Utf8Check check = text::CheckUtf8(t);
  if (check.invalid > 0)
    p->warnings.push_back({d, "document " + Quoted(doc.id) + ": " + std::to_string(check.invalid) +
                                  " invalid UTF-8 sequence(s), the first at byte " +
                                  std::to_string(check.first_invalid) +
                                  "; shown as U+FFFD, offsets count the original bytes"});
  p->segments = segment::Split(t);
  p->tokens.reserve(p->segments.size());
  for (const segment::Segment& s : p->segments) {
    p->tokens.push_back(terms::Tokenize(t, s.start, s.end));
    if (s.cut)
      p->warnings.push_back({d, "document " + Quoted(doc.id) + ": a sentence at byte " +
                                    std::to_string(s.start) + " is longer than " +
                                    std::to_string(limits::kMaxSentenceBytes) +
                                    " bytes without punctuation and was split there"});
  }
  p->kinds = classify::Classify(t, p->segments, p->tokens);
  terms::AnnotateDocument(&p->tokens);
  if (p->segments.empty()) p->warnings.push_back({d, "document " + Quoted(doc.id) + " has no text"});
}

std::vector<align::Unit> ParseAll(const std::vector<Document>& docs, unsigned threads,
                                  std::vector<Parsed>* parsed) {
  parsed->resize(docs.size());
  base::ForEach(docs.size(), threads, base::Grain{4, 1},
                [&](std::size_t d) { Parse(docs[d], static_cast<long>(d), &(*parsed)[d]); });
  std::vector<align::Unit> units;
  for (std::size_t d = 0; d < docs.size(); ++d)
    for (std::size_t i = 0; i < (*parsed)[d].segments.size(); ++i)
      units.push_back({d, (*parsed)[d].kinds[i] == Kind::kClaim, &(*parsed)[d].tokens[i], docs[d].text});
  return units;
}

std::vector<std::size_t> FirstUnits(const std::vector<Parsed>& parsed) {
  std::vector<std::size_t> first(parsed.size() + 1, 0);
  for (std::size_t d = 0; d < parsed.size(); ++d) first[d + 1] = first[d] + parsed[d].segments.size();
  return first;
}

}  // namespace parse
}  // namespace corroborate
