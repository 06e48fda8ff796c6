// The report as JSON (docs/report.md), and the request form used by bindings.
#include <nlohmann/json.hpp>

#include "corroborate/corroborate.h"
#include "corroborate/limits.h"

namespace corroborate {
namespace {

using nlohmann::json;

json SpanJson(const Span& s) {
  return json{{"start", s.start}, {"end", s.end}, {"start16", s.start16}, {"end16", s.end16}};
}

json SupportJson(const Support& s) {
  json sentences = json::array();
  for (std::size_t i = s.sentence; i <= s.sentence_last; ++i) sentences.push_back(i);
  json shared = json::array();
  for (const Span& sp : s.shared) shared.push_back(SpanJson(sp));
  json differs = json::array();
  for (const Difference& d : s.differs) {
    json j = SpanJson(d.other);
    j["this"] = d.this_value;
    j["other"] = d.other_value;
    differs.push_back(std::move(j));
  }
  json j{{"doc", s.doc},          {"sentence", s.sentence}, {"sentences", sentences},
         {"score", s.score},      {"shared_text", s.shared_text},
         {"partial", s.partial},  {"shared", shared},
         {"differs", differs}};
  if (s.partial) j["clause"] = SpanJson(s.clause);
  return j;
}

}  // namespace

std::string ReportToJson(const Report& report, int indent) {
  json docs = json::array();
  for (const DocumentInfo& d : report.documents)
    docs.push_back({{"id", d.id}, {"label", d.label}, {"bytes", d.bytes}, {"units16", d.units16}});
  json sentences = json::array();
  for (const Sentence& s : report.sentences) {
    json support = json::array();
    for (const Support& sup : s.support) support.push_back(SupportJson(sup));
    json j{{"id", s.id},
           {"doc", s.doc},
           {"paragraph", s.paragraph},
           {"start", s.span.start},
           {"end", s.span.end},
           {"start16", s.span.start16},
           {"end16", s.span.end16},
           {"text", s.text},
           {"kind", KindName(s.kind)},
           {"outlets", s.outlets},
           {"level", s.level == Level::kNone ? json(nullptr) : json(LevelName(s.level))},
           {"support", support}};
    sentences.push_back(std::move(j));
  }
  json warnings = json::array();
  for (const Warning& w : report.warnings) warnings.push_back({{"doc", w.doc}, {"message", w.message}});
  json out{{"version", 1},
           {"generator", std::string("corroborate ") + Version()},
           {"min_score", report.min_score},
           {"documents", docs},
           {"sentences", sentences},
           {"warnings", warnings}};
  // Text is data from anywhere: never let one bad byte make the whole report fail.
  return out.dump(indent, ' ', false, json::error_handler_t::replace);
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
