// Reads JSON in place, without building a document tree: a caller walks the shape it
// expects and skips the rest. The core's JSON inputs (the request of AnalyzeRequestJson and
// source bundles) are read this way, which keeps a general JSON library out of the wasm
// module and costs less than building a tree of a large bundle.
//
// Strict RFC 8259: a UTF-8 byte order mark at the start is skipped; raw bytes inside
// strings must be UTF-8 and \u escapes must pair their surrogates; numbers that overflow a
// double (1e400) are refused; a raw NUL is a byte like any other, not the end of the text. Every Read*/Skip returns false on bad
// JSON, after which the reader's position means nothing; callers then report "not valid
// JSON" and use nothing they read. Never throws.
#ifndef CORROBORATE_BASE_JSON_READER_H_
#define CORROBORATE_BASE_JSON_READER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace corroborate {

class JsonReader {
 public:
  explicit JsonReader(std::string_view s);

  // The next byte after blanks, or '\0' at the end (a raw NUL is never valid there either).
  char Peek() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    return p_ < end_ ? *p_ : '\0';
  }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++p_;
    return true;
  }
  bool AtEnd() { return Peek() == '\0' && p_ == end_; }
  // Whether the next value, if valid, is a number: by its first byte, as ReadNumber needs.
  bool AtNumber() {
    const char c = Peek();
    return c == '-' || (c >= '0' && c <= '9');
  }

  // An object at Peek() == '{': member(key) is called before each value and must read it.
  template <typename F>
  bool ReadObject(F&& member) {
    ++p_;
    if (Eat('}')) return true;
    std::string key;
    do {
      if (Peek() != '"' || !ReadString(&key) || !Eat(':') || !member(key)) return false;
    } while (Eat(','));
    return Eat('}');
  }

  // An array at Peek() == '[': element() is called for each element and must read it.
  template <typename F>
  bool ReadArray(F&& element) {
    ++p_;
    if (Eat(']')) return true;
    do {
      if (!element()) return false;
    } while (Eat(','));
    return Eat(']');
  }

  // A string at Peek() == '"', unescaped into *out (cleared first) unless out is null.
  bool ReadString(std::string* out);
  // A number at Peek(). -0 reads as 0.
  bool ReadNumber(double* v);
  // true or false at Peek().
  bool ReadBool(bool* v);
  // Any value at Peek(), checked and thrown away, at any depth of brackets: without
  // recursion, so a hundred thousand of them cost a hundred thousand bytes, not stack.
  bool Skip();

 private:
  bool Digits(const char** q);
  bool ReadHex4(char32_t* cp);
  bool Word(const char* w, std::size_t n);
  bool SkipKey();
  bool SkipScalar();

  const char* p_;
  const char* end_;
};

}  // namespace corroborate

#endif  // CORROBORATE_BASE_JSON_READER_H_
