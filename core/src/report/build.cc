#include "report/build.h"

#include <algorithm>
#include <string>

#include "base/share_out.h"
#include "report/levels.h"
#include "text/utf8.h"

namespace corroborate {
namespace report {
namespace {

// Whether text[from, to) is nothing but spaces (or nothing: touching or overlapping tokens).
bool OnlySpaces(const std::string& text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i)
    if (text[i] != ' ') return false;
  return true;
}

// What a sentence's support is built from: the documents, their parses and offset maps.
class Builder {
 public:
  Builder(const std::vector<Document>& docs, const std::vector<parse::Parsed>& parsed,
          const std::vector<align::Unit>& units, std::size_t focus)
      : docs_(docs), parsed_(parsed), units_(units), focus_(focus), first_unit_(parse::FirstUnits(parsed)) {
    maps_.reserve(docs.size());
    for (const Document& d : docs) maps_.emplace_back(d.text);
  }

  DocumentInfo Info(std::size_t d) const {
    return {docs_[d].id, docs_[d].label, docs_[d].text.size(), maps_[d].total()};
  }

  Sentence SentenceOf(std::size_t u, const std::vector<align::Match>& matches) const {
    const std::size_t d = units_[u].doc;
    const segment::Segment& seg = parsed_[d].segments[u - first_unit_[d]];
    Sentence s;
    s.id = u;
    s.doc = d;
    s.paragraph = seg.paragraph;
    s.span = SpanOf(d, seg.start, seg.end);
    s.text = docs_[d].text.substr(seg.start, seg.end - seg.start);
    s.kind = units_[u].claim ? Kind::kClaim : Kind::kBoilerplate;
    if (s.kind != Kind::kClaim || (focus_ != align::kAllDocuments && d != focus_)) return s;
    for (const align::Match& m : matches) s.support.push_back(SupportOf(u, m));
    s.outlets = 1 + static_cast<int>(s.support.size());
    s.level = LevelFor(s.outlets, docs_.size());
    return s;
  }

 private:
  Span SpanOf(std::size_t doc, std::size_t start, std::size_t end) const {
    return Span{start, end, maps_[doc].At(start), maps_[doc].At(end)};
  }

  const terms::Token& TokenOf(const align::TokenRef& r) const {
    const std::size_t d = units_[r.unit].doc;
    return parsed_[d].tokens[r.unit - first_unit_[d]][r.token];
  }

  Support SupportOf(std::size_t u, const align::Match& m) const {
    const std::size_t d = units_[u].doc;
    Support sup;
    sup.doc = m.doc;
    sup.sentence = m.first;
    sup.sentence_last = m.last;
    sup.score = m.score;
    sup.shared_text = m.shared_text;
    if (m.partial) {
      const auto& ctoks = parsed_[d].tokens[u - first_unit_[d]];
      sup.partial = true;
      sup.clause = SpanOf(d, ctoks[m.clause_first].start, ctoks[m.clause_last].end);
    }
    sup.shared = SharedRanges(m);
    for (const auto& [mine, theirs] : m.differs) {
      const terms::Token& a = TokenOf(mine);
      const terms::Token& b = TokenOf(theirs);
      Difference diff;
      diff.this_value = docs_[d].text.substr(a.start, a.end - a.start);
      diff.other_value = docs_[m.doc].text.substr(b.start, b.end - b.start);
      diff.other = SpanOf(m.doc, b.start, b.end);
      sup.differs.push_back(std::move(diff));
    }
    return sup;
  }

  // Matched words with only spaces between them are one range: a reader sees the phrase
  // both outlets use ("New York Stock Exchange") as one mark, and the report of a large
  // story is about a quarter smaller.
  std::vector<Span> SharedRanges(const align::Match& m) const {
    std::vector<Span> out;
    const std::string& other_text = docs_[m.doc].text;
    std::size_t run_start = 0, run_end = 0;
    bool open = false;
    for (std::size_t k = 0; k < m.shared.size(); ++k) {
      const terms::Token& t = TokenOf(m.shared[k]);
      const bool joins = open && m.shared[k].unit == m.shared[k - 1].unit &&
                         OnlySpaces(other_text, run_end, t.start);
      if (!joins) {
        if (open) out.push_back(SpanOf(m.doc, run_start, run_end));
        run_start = t.start;
        open = true;
      }
      run_end = std::max(run_end, t.end);  // a quantity token may cover the next ones
    }
    if (open) out.push_back(SpanOf(m.doc, run_start, run_end));
    return out;
  }

  const std::vector<Document>& docs_;
  const std::vector<parse::Parsed>& parsed_;
  const std::vector<align::Unit>& units_;
  const std::size_t focus_;
  const std::vector<std::size_t> first_unit_;
  std::vector<text::Utf16Map> maps_;
};

}  // namespace

void Build(const std::vector<Document>& docs, const std::vector<parse::Parsed>& parsed,
           const std::vector<align::Unit>& units, const std::vector<std::vector<align::Match>>& matches,
           unsigned threads, std::size_t focus, Report* out) {
  const Builder builder(docs, parsed, units, focus);
  for (std::size_t d = 0; d < docs.size(); ++d) out->documents.push_back(builder.Info(d));
  // Each sentence only reads what came before: made on several threads too.
  out->sentences.resize(units.size());
  base::ForEach(units.size(), threads, base::Grain{1024, 64},
                [&](std::size_t u) { out->sentences[u] = builder.SentenceOf(u, matches[u]); });
}

}  // namespace report
}  // namespace corroborate
