// The report as JSON (docs/report.md), written as it goes.
#include "base/json_writer.h"
#include "corroborate/corroborate.h"

#if CORROBORATE_THREADS
#include <algorithm>

#include "base/share_out.h"
#include "report/json_parts.h"
#endif

namespace corroborate {
namespace {

void WriteSpan(JsonWriter& w, const Span& s) {
  w.Field("start", s.start);
  w.Field("end", s.end);
  w.Field("start16", s.start16);
  w.Field("end16", s.end16);
}

void WriteSupport(JsonWriter& w, const Support& s) {
  w.BeginObject();
  w.Field("doc", s.doc);
  w.Field("sentence", s.sentence);
  w.PlainKey("sentences");
  w.BeginArray();
  for (std::size_t i = s.sentence; i <= s.sentence_last; ++i) w.Number(i);
  w.EndArray();
  w.PlainKey("score"); w.Number(s.score);
  w.PlainKey("shared_text"); w.Bool(s.shared_text);
  w.PlainKey("partial"); w.Bool(s.partial);
  if (s.partial) {
    w.PlainKey("clause");
    w.BeginObject();
    WriteSpan(w, s.clause);
    w.EndObject();
  }
  w.PlainKey("shared");
  w.BeginArray();
  for (const Span& sp : s.shared) {
    w.BeginObject();
    WriteSpan(w, sp);
    w.EndObject();
  }
  w.EndArray();
  w.PlainKey("differs");
  w.BeginArray();
  for (const Difference& d : s.differs) {
    w.BeginObject();
    w.PlainKey("this"); w.String(d.this_value);
    w.PlainKey("other"); w.String(d.other_value);
    WriteSpan(w, d.other);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void WriteSentence(JsonWriter& w, const Sentence& s) {
  w.BeginObject();
  w.Field("id", s.id);
  w.Field("doc", s.doc);
  w.Field("paragraph", s.paragraph);
  WriteSpan(w, s.span);
  w.PlainKey("text"); w.String(s.text);
  w.PlainKey("kind"); w.String(KindName(s.kind));
  w.PlainKey("outlets"); w.Number(s.outlets);
  w.PlainKey("level");
  if (s.level == Level::kNone) {
    w.Null();
  } else {
    w.String(LevelName(s.level));
  }
  w.PlainKey("support");
  w.BeginArray();
  for (const Support& sup : s.support) WriteSupport(w, sup);
  w.EndArray();
  w.EndObject();
}

#if CORROBORATE_THREADS
// The sentences are most of a report and each is written alone: parts of them are written
// on the threads into strings, which are passed on in order a wave at a time.
void WriteSentencesApart(JsonWriter& w, const std::vector<Sentence>& sentences, unsigned threads) {
  using json_parts::kSentences;
  const std::size_t parts = (sentences.size() + kSentences - 1) / kSentences;
  std::vector<std::string> texts;
  for (std::size_t wave = 0; wave < parts; wave += json_parts::kWave) {
    texts.assign(std::min(json_parts::kWave, parts - wave), std::string());
    base::ForEach(texts.size(), threads, base::Grain{1, 1}, [&](std::size_t t) {
      const std::size_t begin = (wave + t) * kSentences;
      JsonWriter part = w.Part(begin == 0);
      for (std::size_t i = begin; i < std::min(sentences.size(), begin + kSentences); ++i)
        WriteSentence(part, sentences[i]);
      texts[t] = part.Take();
    });
    for (const std::string& text : texts) w.Splice(text);
  }
}
#endif

void WriteSentences(JsonWriter& w, const std::vector<Sentence>& sentences, unsigned threads) {
#if CORROBORATE_THREADS
  // One part is written fastest where it is.
  if (threads != 1 && sentences.size() > json_parts::kSentences)
    return WriteSentencesApart(w, sentences, threads);
#endif
  (void)threads;
  for (const Sentence& s : sentences) WriteSentence(w, s);
}

// Fields in the order of docs/report.md. Text is data from anywhere: invalid UTF-8 is
// written as U+FFFD rather than failing the whole report.
void WriteReport(JsonWriter& w, const Report& report, unsigned threads) {
  w.BeginObject();
  w.PlainKey("version"); w.Number(1);
  w.PlainKey("generator"); w.String(std::string("corroborate ") + Version());
  w.PlainKey("min_score"); w.Number(report.min_score);
  w.PlainKey("documents");
  w.BeginArray();
  for (const DocumentInfo& d : report.documents) {
    w.BeginObject();
    w.PlainKey("id"); w.String(d.id);
    w.PlainKey("label"); w.String(d.label);
    w.Field("bytes", d.bytes);
    w.Field("units16", d.units16);
    w.EndObject();
  }
  w.EndArray();
  w.PlainKey("sentences");
  w.BeginArray();
  WriteSentences(w, report.sentences, threads);
  w.EndArray();
  w.PlainKey("warnings");
  w.BeginArray();
  for (const Warning& warn : report.warnings) {
    w.BeginObject();
    w.PlainKey("doc"); w.Number(warn.doc);
    w.PlainKey("message"); w.String(warn.message);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string ReportToJson(const Report& report, int indent, unsigned threads) {
  JsonWriter w(indent);
  WriteReport(w, report, threads);
  return w.Take();
}

void WriteReportJson(const Report& report, std::ostream& out, int indent, unsigned threads) {
  JsonWriter w(indent, &out);
  WriteReport(w, report, threads);
  w.Flush();
}

}  // namespace corroborate
