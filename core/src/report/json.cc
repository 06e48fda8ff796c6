// The report as JSON (docs/report.md), written as it goes; and the request form used by
// bindings, read by report/request.cc.
#include "corroborate/corroborate.h"
#include "report/json_writer.h"
#include "report/request.h"

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

}  // namespace

namespace {

// Fields in the order of docs/report.md. Text is data from anywhere: invalid UTF-8 is
// written as U+FFFD rather than failing the whole report.
void WriteReport(JsonWriter& w, const Report& report) {
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
  for (const Sentence& s : report.sentences) {
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

std::string ReportToJson(const Report& report, int indent) {
  JsonWriter w(indent);
  WriteReport(w, report);
  return w.Take();
}

void WriteReportJson(const Report& report, std::ostream& out, int indent) {
  JsonWriter w(indent, &out);
  WriteReport(w, report);
  w.Flush();
}

Status AnalyzeRequestJson(const std::string& request, std::string* report_json,
                          const Lexicon* lexicon, const std::function<bool(double)>& progress) {
  std::vector<Document> docs;
  Options options;
  Status s = ParseRequest(request, &docs, &options);
  if (!s.ok()) return s;
  options.lexicon = lexicon;
  options.progress = progress;
  Report report;
  s = Analyze(docs, options, &report);
  if (!s.ok()) return s;
  *report_json = ReportToJson(report);
  return Status::Ok();
}

}  // namespace corroborate
