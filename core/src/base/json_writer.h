// Writes JSON straight into a string: the report of a large story is tens of megabytes,
// and building a document tree first would hold it several times over.
#ifndef CORROBORATE_BASE_JSON_WRITER_H_
#define CORROBORATE_BASE_JSON_WRITER_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

namespace corroborate {

class JsonWriter {
 public:
  // indent < 0: one line; otherwise that many spaces per level. With `sink`, the text is
  // passed on in pieces as it is written, and Take() returns only the last piece.
  explicit JsonWriter(int indent, std::ostream* sink = nullptr);
  JsonWriter(const JsonWriter&) = delete;  // pos_ points into buf_
  JsonWriter& operator=(const JsonWriter&) = delete;

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Key(std::string_view key);  // the next value is its value
  // The same for a key that is a string literal needing no escaping (printable ASCII,
  // no '"' or '\\'), as every key of the report is: copied without being looked at.
  template <std::size_t N>
  void PlainKey(const char (&key)[N]) {
    PlainKey(key, N - 1);
  }
  // PlainKey(key) and Number(v) in one: the offsets of spans are most of a report.
  template <std::size_t N, typename T>
  void Field(const char (&key)[N], T v) {
    static_assert(std::is_same_v<T, std::size_t>, "other values: PlainKey, then the value");
    Field(key, N - 1, v);
  }

  void String(std::string_view s);  // invalid UTF-8 becomes U+FFFD
  void Number(double v);            // shortest form that reads back the same
  void Number(std::size_t v);
  void Number(long v);
  void Number(int v) { Number(static_cast<long>(v)); }
  void Bool(bool v) { Raw(v ? "true" : "false"); }
  void Null() { Raw("null"); }

  std::string Take();
  void Flush();  // passes what was written on to the sink

  // For values written apart (on other threads) and put in with Splice, in order: a writer
  // (without sink) that stands where this one does, in its innermost open container, after
  // a value of it unless `first`. Its text leaves that container open. Part only reads
  // this writer, so threads may call it while this one waits for them.
  JsonWriter Part(bool first) const { return JsonWriter(indent_, depth_, first); }
  void Splice(std::string_view part);  // the text of a Part(), as if written here

 private:
  JsonWriter(int indent, std::size_t depth, bool first);

  // Every value asks once for the room it can need at most, then writes through pos_
  // without further checks: std::string::append on every piece cost more than the JSON.
  void Ensure(std::size_t n) {
    if (static_cast<std::size_t>(end_ - pos_) < n) Grow(n);
  }
  void Grow(std::size_t n);
  // Room for what goes before a value: a comma, a newline and the indentation.
  std::size_t SeparatorRoom() const { return sep_len_ + kCopyBlock; }
  void BeforeValue();
  void PlainKey(const char* key, std::size_t n);
  void Field(const char* key, std::size_t n, std::size_t v);
  void WritePlainKey(const char* key, std::size_t n);
  void Raw(std::string_view s);
  void Quoted(std::string_view s);  // needs room for s.size() + 2 already
  void Open(char c);
  void Close(char c);

  std::string buf_;  // [data, pos_) is written; the rest is room
  char* pos_ = nullptr;
  char* end_ = nullptr;
  int indent_;
  std::ostream* sink_;
  // ",\n" and the indentation of the deepest level so far (just "," on one line): the
  // separator before a value at depth d is its first sep_len_ bytes, the newline before
  // a closing bracket the d - 1 levels after the comma. Both are copied kCopyBlock bytes
  // at a time, a few moves where a call to memcpy cost more, so the string goes on for
  // kCopyBlock bytes past the deepest separator and the room asked for covers as much.
  static constexpr std::size_t kCopyBlock = 16;
  std::string separator_;
  std::size_t sep_len_ = 1;
  std::size_t key_end_;  // bytes of '": ' after a key: the space only when indented
  std::size_t depth_ = 0;
  bool first_ = true;  // nothing written yet in the innermost open container
  bool after_key_ = false;
};

namespace json_number {
// v as printf's "%.*g" with the smallest precision of 15, 16 and 17 that reads back as v
// (what the report prints), without std::to_chars; writes at most 32 bytes and returns the
// end. Number(double) uses it where the standard library has no floating-point to_chars
// (Emscripten's); here so that native tests check it too.
char* WriteShortestG(double v, char* out);
}  // namespace json_number

}  // namespace corroborate

#endif  // CORROBORATE_BASE_JSON_WRITER_H_
