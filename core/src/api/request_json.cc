// AnalyzeRequestJson: the bindings' entry point, a request as JSON in and the report as
// JSON out, on top of Analyze and the report's JSON form.
#include "api/request.h"
#include "corroborate/corroborate.h"

namespace corroborate {

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
