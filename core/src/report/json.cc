// The report as JSON (docs/report.md), written as it goes; and the request form used by
// bindings, read by report/request.cc.
#include "corroborate/corroborate.h"
#include "report/json_writer.h"
#include "report/request.h"

namespace corroborate {
namespace {

void WriteSpan(JsonWriter& w, const Span& s) {
  w.Key("start"); w.Number(s.start);
  w.Key("end"); w.Number(s.end);
  w.Key("start16"); w.Number(s.start16);
  w.Key("end16"); w.Number(s.end16);
}

void WriteSupport(JsonWriter& w, const Support& s) {
  w.BeginObject();
  w.Key("doc"); w.Number(s.doc);
  w.Key("sentence"); w.Number(s.sentence);
  w.Key("sentences");
  w.BeginArray();
  for (std::size_t i = s.sentence; i <= s.sentence_last; ++i) w.Number(i);
  w.EndArray();
  w.Key("score"); w.Number(s.score);
  w.Key("shared_text"); w.Bool(s.shared_text);
  w.Key("partial"); w.Bool(s.partial);
  if (s.partial) {
    w.Key("clause");
    w.BeginObject();
    WriteSpan(w, s.clause);
    w.EndObject();
  }
  w.Key("shared");
  w.BeginArray();
  for (const Span& sp : s.shared) {
    w.BeginObject();
    WriteSpan(w, sp);
    w.EndObject();
  }
  w.EndArray();
  w.Key("differs");
  w.BeginArray();
  for (const Difference& d : s.differs) {
    w.BeginObject();
    w.Key("this"); w.String(d.this_value);
    w.Key("other"); w.String(d.other_value);
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
  w.Key("version"); w.Number(1);
  w.Key("generator"); w.String(std::string("corroborate ") + Version());
  w.Key("min_score"); w.Number(report.min_score);
  w.Key("documents");
  w.BeginArray();
  for (const DocumentInfo& d : report.documents) {
    w.BeginObject();
    w.Key("id"); w.String(d.id);
    w.Key("label"); w.String(d.label);
    w.Key("bytes"); w.Number(d.bytes);
    w.Key("units16"); w.Number(d.units16);
    w.EndObject();
  }
  w.EndArray();
  w.Key("sentences");
  w.BeginArray();
  for (const Sentence& s : report.sentences) {
    w.BeginObject();
    w.Key("id"); w.Number(s.id);
    w.Key("doc"); w.Number(s.doc);
    w.Key("paragraph"); w.Number(s.paragraph);
    WriteSpan(w, s.span);
    w.Key("text"); w.String(s.text);
    w.Key("kind"); w.String(KindName(s.kind));
    w.Key("outlets"); w.Number(s.outlets);
    w.Key("level");
    if (s.level == Level::kNone) {
      w.Null();
    } else {
      w.String(LevelName(s.level));
    }
    w.Key("support");
    w.BeginArray();
    for (const Support& sup : s.support) WriteSupport(w, sup);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("warnings");
  w.BeginArray();
  for (const Warning& warn : report.warnings) {
    w.BeginObject();
    w.Key("doc"); w.Number(warn.doc);
    w.Key("message"); w.String(warn.message);
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
