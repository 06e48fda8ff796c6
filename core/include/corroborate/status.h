// Status: the outcome of a call into the core, as a value.
//
//   corroborate::Status s = corroborate::Analyze(docs, options, &report);
//   if (!s.ok()) std::cerr << s.message() << "\n";
//
// The public API never throws: errors cross every boundary (CLI, Embind) as data.
#ifndef CORROBORATE_STATUS_H_
#define CORROBORATE_STATUS_H_

#include <string>
#include <utility>

namespace corroborate {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the input is malformed (bad JSON, wrong type, no documents)
  kLimitExceeded,    // the input is well formed but larger than a documented limit
  kInternal,         // a bug: reported, never a crash
  kCancelled,        // Options::progress asked to stop
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status Invalid(std::string m) { return Status(StatusCode::kInvalidArgument, std::move(m)); }
  static Status Limit(std::string m) { return Status(StatusCode::kLimitExceeded, std::move(m)); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

}  // namespace corroborate

#endif  // CORROBORATE_STATUS_H_
