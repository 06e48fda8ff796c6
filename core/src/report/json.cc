// The report as JSON (docs/report.md), written as it goes; and the request form used by
// bindings, parsed with nlohmann_json.
#include <nlohmann/json.hpp>

#include "corroborate/corroborate.h"
#include "corroborate/limits.h"
#include "report/json_writer.h"

namespace corroborate {
namespace {

using nlohmann::json;

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
  json req = json::parse(request, nullptr, /*allow_exceptions=*/false);
  if (req.is_discarded())
    return Status::Invalid("request is not valid JSON (text must be well-formed UTF-16/UTF-8)");
  if (!req.is_object() || !req.contains("documents") || !req["documents"].is_array())
    return Status::Invalid("request needs a \"documents\" array");
  const json& in = req["documents"];
  if (in.size() > limits::kMaxDocuments)
    return Status::Limit("too many documents: " + std::to_string(in.size()) + " (limit " +
                         std::to_string(limits::kMaxDocuments) + ")");
  std::vector<Document> docs;
  docs.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const json& d = in[i];
    const std::string where = "documents[" + std::to_string(i) + "]";
    if (!d.is_object()) return Status::Invalid(where + " must be an object");
    if (!d.contains("text") || !d["text"].is_string())
      return Status::Invalid(where + ".text must be a string");
    Document doc;
    doc.text = d["text"].get<std::string>();
    if (d.contains("id")) {
      if (!d["id"].is_string()) return Status::Invalid(where + ".id must be a string");
      doc.id = d["id"].get<std::string>();
    } else {
      doc.id = "doc" + std::to_string(i);
    }
    if (d.contains("label")) {
      if (!d["label"].is_string()) return Status::Invalid(where + ".label must be a string");
      doc.label = d["label"].get<std::string>();
    }
    docs.push_back(std::move(doc));
  }
  Options options;
  options.lexicon = lexicon;
  options.progress = progress;
  if (req.contains("options")) {
    const json& o = req["options"];
    if (!o.is_object()) return Status::Invalid("options must be an object");
    if (o.contains("min_score")) {
      if (!o["min_score"].is_number()) return Status::Invalid("options.min_score must be a number");
      options.min_score = o["min_score"].get<double>();
      // In C++ a negative value means "the default"; over JSON, leave the field out.
      if (!(options.min_score >= 0 && options.min_score <= 1))
        return Status::Invalid("options.min_score must be between 0 and 1");
    }
    if (o.contains("exhaustive")) {
      if (!o["exhaustive"].is_boolean()) return Status::Invalid("options.exhaustive must be true or false");
      options.exhaustive = o["exhaustive"].get<bool>();
    }
  }
  Report report;
  Status s = Analyze(docs, options, &report);
  if (!s.ok()) return s;
  *report_json = ReportToJson(report);
  return Status::Ok();
}

}  // namespace corroborate
