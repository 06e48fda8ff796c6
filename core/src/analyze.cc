// The pipeline: text -> segment -> classify -> lexicon -> align -> report.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "align/align.h"
#include "align/model.h"
#include "align/share_out.h"
#include "align/string_ids.h"
#include "classify/boilerplate.h"
#include "corroborate/corroborate.h"
#include "corroborate/limits.h"
#include "lexicon/document.h"
#include "lexicon/token.h"
#include "report/levels.h"
#include "segment/segment.h"
#include "text/number.h"
#include "text/utf8.h"

#ifndef CORROBORATE_VERSION
#error "CORROBORATE_VERSION is set by core/CMakeLists.txt"
#endif

namespace corroborate {
namespace {

std::string Quoted(const std::string& id) { return "'" + text::Sanitized(id) + "'"; }

std::string MiB(std::size_t bytes) {
  return text::FormatF(static_cast<double>(bytes) / (1 << 20), 1) + " MiB";
}

// "is 20.0 MiB; the limit is 4.0 MiB", or in bytes where rounding would make the two
// read the same ("is 4194305 bytes; the limit is 4194304 bytes").
std::string OverLimit(std::size_t bytes, std::size_t limit) {
  if (MiB(bytes) != MiB(limit)) return "is " + MiB(bytes) + "; the limit is " + MiB(limit);
  return "is " + std::to_string(bytes) + " bytes; the limit is " + std::to_string(limit) + " bytes";
}

// Whether text[from, to) is nothing but spaces (or nothing: touching or overlapping tokens).
bool OnlySpaces(const std::string& text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i)
    if (text[i] != ' ') return false;
  return true;
}

// For each of n strings, the index of the first one equal to it (its own, if none before
// it is). Views, not copies: a large story's texts are megabytes, and they are hashed only
// when two have the same size (most calls find none and hash nothing).
template <typename Key>
std::vector<std::size_t> FirstEqual(std::size_t n, Key key) {
  std::vector<std::size_t> first(n), sizes(n);
  for (std::size_t i = 0; i < n; ++i) first[i] = i, sizes[i] = key(i).size();
  std::sort(sizes.begin(), sizes.end());
  if (std::adjacent_find(sizes.begin(), sizes.end()) == sizes.end()) return first;
  align::StringIds ids(n);
  std::vector<std::size_t> first_of_id;
  for (std::size_t i = 0; i < n; ++i) {
    bool added = false;
    const std::uint32_t id = ids.Intern(key(i), &added);
    if (added) first_of_id.push_back(i);
    first[i] = first_of_id[id];
  }
  return first;
}

Status Validate(const std::vector<Document>& docs, const Options& options) {
  if (docs.empty()) return Status::Invalid("no documents to analyse");
  if (docs.size() > limits::kMaxDocuments)
    return Status::Limit("too many documents: " + std::to_string(docs.size()) + " (limit " +
                         std::to_string(limits::kMaxDocuments) + ")");
  std::size_t total = 0;
  const auto first_id = FirstEqual(docs.size(), [&](std::size_t i) { return std::string_view(docs[i].id); });
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const Document& d = docs[i];
    if (d.id.empty()) return Status::Invalid("document " + std::to_string(i) + " has an empty id");
    if (first_id[i] != i)
      return Status::Invalid("duplicate document id " + Quoted(d.id) + " (documents " +
                             std::to_string(first_id[i]) + " and " + std::to_string(i) + ")");
    if (d.text.size() > limits::kMaxDocumentBytes)
      return Status::Limit("document " + Quoted(d.id) + " " +
                           OverLimit(d.text.size(), limits::kMaxDocumentBytes) + " per document");
    total += d.text.size();
  }
  if (total > limits::kMaxTotalBytes)
    return Status::Limit("documents total " + OverLimit(total, limits::kMaxTotalBytes).substr(3) +
                         " per analysis");
  if (options.min_score >= 0 && !(options.min_score <= 1.0))
    return Status::Invalid("min_score must be between 0 and 1");
  if (std::isnan(options.min_score)) return Status::Invalid("min_score must be a number");
  return Status::Ok();
}

struct Parsed {
  std::vector<segment::Segment> segments;
  std::vector<std::vector<lexicon::Token>> tokens;
  std::vector<Kind> kinds;
  std::vector<Warning> warnings;  // about this document alone, in the order they are reported
};

// Sentences, tokens and kinds of one document: independent of every other document, so
// documents are parsed on several threads where there are any (Options::threads).
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
    p->tokens.push_back(lexicon::Tokenize(t, s.start, s.end));
    if (s.cut)
      p->warnings.push_back({d, "document " + Quoted(doc.id) + ": a sentence at byte " +
                                    std::to_string(s.start) + " is longer than " +
                                    std::to_string(limits::kMaxSentenceBytes) +
                                    " bytes without punctuation and was split there"});
  }
  p->kinds = classify::Classify(t, p->segments, p->tokens);
  lexicon::AnnotateDocument(&p->tokens);
  if (p->segments.empty()) p->warnings.push_back({d, "document " + Quoted(doc.id) + " has no text"});
}

}  // namespace

const char* Version() { return CORROBORATE_VERSION; }

namespace {

// Every document parsed, and its sentences as the aligner's units, document by document.
std::vector<align::Unit> ParseAll(const std::vector<Document>& docs, const Options& options,
                                  std::vector<Parsed>* parsed) {
  parsed->resize(docs.size());
  align::ForEach(docs.size(), options.threads, align::Grain{4, 1},
                 [&](std::size_t d) { Parse(docs[d], static_cast<long>(d), &(*parsed)[d]); });
  std::vector<align::Unit> units;
  for (std::size_t d = 0; d < docs.size(); ++d)
    for (std::size_t i = 0; i < (*parsed)[d].segments.size(); ++i)
      units.push_back({d, (*parsed)[d].kinds[i] == Kind::kClaim, &(*parsed)[d].tokens[i], docs[d].text});
  return units;
}

// Per document, the index of its first unit (ParseAll's order); one past the last at the end.
std::vector<std::size_t> FirstUnits(const std::vector<Parsed>& parsed) {
  std::vector<std::size_t> first(parsed.size() + 1, 0);
  for (std::size_t d = 0; d < parsed.size(); ++d) first[d + 1] = first[d] + parsed[d].segments.size();
  return first;
}

}  // namespace

Status Analyze(const std::vector<Document>& docs, const Options& options, Report* report) {
  *report = Report();
  Status status = Validate(docs, options);
  if (!status.ok()) return status;
  Report out;
  out.min_score = options.min_score >= 0 ? options.min_score : model::kDefaultMinScore;

  std::vector<Parsed> parsed;
  const std::vector<align::Unit> units = ParseAll(docs, options, &parsed);
  const auto first_text = FirstEqual(docs.size(), [&](std::size_t d) { return std::string_view(docs[d].text); });
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (Warning& w : parsed[d].warnings) out.warnings.push_back(std::move(w));
    if (first_text[d] != d && !docs[d].text.empty())
      out.warnings.push_back({static_cast<long>(d), "documents " + Quoted(docs[first_text[d]].id) + " and " +
                                       Quoted(docs[d].id) + " have identical text"});
  }
  if (docs.size() == 1)
    out.warnings.push_back({-1, "only one document: there is nothing to corroborate against, so every claim is single"});

  bool cancelled = false;
  const auto matches = align::Align(units, docs.size(), out.min_score, options.exhaustive,
                                    options.lexicon, options.progress, &cancelled, options.threads);
  if (cancelled) return Status(StatusCode::kCancelled, "analysis cancelled");

  std::vector<text::Utf16Map> maps;
  maps.reserve(docs.size());
  const std::vector<std::size_t> first_unit = FirstUnits(parsed);
  for (std::size_t d = 0; d < docs.size(); ++d) {
    maps.emplace_back(docs[d].text);
    out.documents.push_back({docs[d].id, docs[d].label, docs[d].text.size(), maps[d].total()});
  }
  auto span_of = [&](std::size_t doc, std::size_t start, std::size_t end) {
    return Span{start, end, maps[doc].At(start), maps[doc].At(end)};
  };
  auto token_of = [&](const align::TokenRef& r) -> const lexicon::Token& {
    const std::size_t d = units[r.unit].doc;
    return parsed[d].tokens[r.unit - first_unit[d]][r.token];
  };

  // Each sentence of the report only reads what came before: made on several threads too.
  out.sentences.resize(units.size());
  align::ForEach(units.size(), options.threads, align::Grain{1024, 64}, [&](std::size_t u) {
    const std::size_t d = units[u].doc;
    const segment::Segment& seg = parsed[d].segments[u - first_unit[d]];
    Sentence& s = out.sentences[u];
    s.id = u;
    s.doc = d;
    s.paragraph = seg.paragraph;
    s.span = span_of(d, seg.start, seg.end);
    s.text = docs[d].text.substr(seg.start, seg.end - seg.start);
    s.kind = units[u].claim ? Kind::kClaim : Kind::kBoilerplate;
    if (s.kind == Kind::kClaim) {
      for (const align::Match& m : matches[u]) {
        Support sup;
        sup.doc = m.doc;
        sup.sentence = m.first;
        sup.sentence_last = m.last;
        sup.score = m.score;
        sup.shared_text = m.shared_text;
        if (m.partial) {
          const auto& ctoks = parsed[d].tokens[u - first_unit[d]];
          sup.partial = true;
          sup.clause = span_of(d, ctoks[m.clause_first].start, ctoks[m.clause_last].end);
        }
        // Matched words with only spaces between them are one range: a reader sees the
        // phrase both outlets use ("New York Stock Exchange") as one mark, and the report
        // of a large story is about a quarter smaller.
        const std::string& other_text = docs[m.doc].text;
        std::size_t run_start = 0, run_end = 0;
        bool open = false;
        for (std::size_t k = 0; k < m.shared.size(); ++k) {
          const lexicon::Token& t = token_of(m.shared[k]);
          const bool joins = open && m.shared[k].unit == m.shared[k - 1].unit &&
                             OnlySpaces(other_text, run_end, t.start);
          if (!joins) {
            if (open) sup.shared.push_back(span_of(m.doc, run_start, run_end));
            run_start = t.start;
            open = true;
          }
          run_end = std::max(run_end, t.end);  // a quantity token may cover the next ones
        }
        if (open) sup.shared.push_back(span_of(m.doc, run_start, run_end));
        for (const auto& [mine, theirs] : m.differs) {
          const lexicon::Token& a = token_of(mine);
          const lexicon::Token& b = token_of(theirs);
          Difference diff;
          diff.this_value = docs[d].text.substr(a.start, a.end - a.start);
          diff.other_value = docs[m.doc].text.substr(b.start, b.end - b.start);
          diff.other = span_of(m.doc, b.start, b.end);
          sup.differs.push_back(std::move(diff));
        }
        s.support.push_back(std::move(sup));
      }
      s.outlets = 1 + static_cast<int>(s.support.size());
      s.level = LevelFor(s.outlets, docs.size());
    }
  });
  *report = std::move(out);
  if (options.progress) options.progress(1.0);
  return Status::Ok();
}

Status ScorePairs(const std::vector<std::pair<std::string, std::string>>& pairs,
                  const Options& options, std::vector<PairResult>* out) {
  out->clear();
  const double threshold = options.min_score >= 0 ? options.min_score : model::kParaphraseThreshold;
  std::vector<std::vector<lexicon::Token>> tokens;
  tokens.reserve(pairs.size() * 2);
  for (const auto& [a, b] : pairs) {
    if (a.size() > limits::kMaxDocumentBytes || b.size() > limits::kMaxDocumentBytes)
      return Status::Limit("pair " + std::to_string(tokens.size() / 2) + " is over the size limit");
    tokens.push_back(lexicon::Tokenize(a, 0, a.size()));
    tokens.push_back(lexicon::Tokenize(b, 0, b.size()));
    lexicon::AnnotatePair(&tokens[tokens.size() - 2], &tokens.back());
  }
  std::vector<std::pair<const std::vector<lexicon::Token>*, const std::vector<lexicon::Token>*>> refs;
  for (std::size_t i = 0; i < pairs.size(); ++i) refs.emplace_back(&tokens[2 * i], &tokens[2 * i + 1]);
  for (const align::PairScore& ps : align::ScorePairs(refs, options.lexicon)) {
    PairResult r;
    r.score = ps.score;
    r.supports = ps.score >= threshold;
    r.features.assign(ps.features.begin(), ps.features.end());
    out->push_back(std::move(r));
  }
  return Status::Ok();
}

Status CandidateFeatures(const std::vector<Document>& docs, const Options& options,
                         std::size_t per_doc, std::vector<CandidateResult>* out) {
  out->clear();
  Status status = Validate(docs, options);
  if (!status.ok()) return status;
  std::vector<Parsed> parsed;
  const std::vector<align::Unit> units = ParseAll(docs, options, &parsed);
  const std::vector<std::size_t> first_unit = FirstUnits(parsed);
  auto span = [&](std::size_t u) {
    const std::size_t d = units[u].doc;
    const segment::Segment& seg = parsed[d].segments[u - first_unit[d]];
    return Span{seg.start, seg.end, 0, 0};
  };
  for (const align::CandidateRow& r : align::CandidateRows(units, docs.size(), options.lexicon, per_doc)) {
    CandidateResult c;
    c.claim_doc = units[r.claim].doc;
    c.doc = r.doc;
    c.claim = span(r.claim);
    c.other = Span{span(r.first).start, span(r.last).end, 0, 0};
    c.joined = r.last != r.first;
    c.cheap = r.cheap;
    c.score = r.score;
    c.features.assign(r.features.begin(), r.features.end());
    out->push_back(std::move(c));
  }
  return Status::Ok();
}

std::vector<std::string> FeatureNames() {
  std::vector<std::string> names;
  for (int f = 0; f < align::kFeatureCount; ++f) names.push_back(align::FeatureName(static_cast<align::Feature>(f)));
  return names;
}

}  // namespace corroborate
