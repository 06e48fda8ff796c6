// Writes JSON straight into a string: the report of a large story is tens of megabytes,
// and building a document tree first would hold it several times over.
#ifndef CORROBORATE_REPORT_JSON_WRITER_H_
#define CORROBORATE_REPORT_JSON_WRITER_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate {

class JsonWriter {
 public:
  // indent < 0: one line; otherwise that many spaces per level. With `sink`, the text is
  // passed on in pieces as it is written, and Take() returns only the last piece.
  explicit JsonWriter(int indent, std::ostream* sink = nullptr) : indent_(indent), sink_(sink) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Key(std::string_view key);  // the next value is its value

  void String(std::string_view s);  // invalid UTF-8 becomes U+FFFD
  void Number(double v);            // shortest form that reads back the same
  void Number(std::size_t v);
  void Number(long v);
  void Number(int v) { Number(static_cast<long>(v)); }
  void Bool(bool v) { Raw(v ? "true" : "false"); }
  void Null() { Raw("null"); }

  std::string Take() { return std::move(out_); }
  void Flush();  // passes what was written on to the sink

 private:
  void BeforeValue();
  void Raw(std::string_view s) {
    BeforeValue();
    out_ += s;
  }
  void MaybeFlush() {
    if (sink_ && out_.size() >= (std::size_t{1} << 16)) Flush();
  }
  void Open(char c);
  void Close(char c);
  void Newline();

  std::string out_;
  int indent_;
  std::ostream* sink_;
  std::vector<char> empty_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace corroborate

#endif  // CORROBORATE_REPORT_JSON_WRITER_H_
