// A reader for exactly the request of AnalyzeRequestJson (report/request.h). It replaced
// nlohmann_json in the wasm module, where that library was about a sixth of the code.
#include "report/request.h"

#include <cmath>
#include <string>

#include "corroborate/limits.h"
#include "text/number.h"
#include "text/utf8.h"

namespace corroborate {
namespace {

constexpr char kNotJson[] = "request is not valid JSON (text must be well-formed UTF-16/UTF-8)";

// What a field held; of a duplicate key the last occurrence counts.
enum class Got : unsigned char { kMissing, kRight, kWrong };

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads JSON from [p_, end_). Every Read*/Skip returns false on bad JSON; the caller then
// reports kNotJson and uses nothing it read.
class Reader {
 public:
  explicit Reader(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {
    if (s.substr(0, 3) == "\xEF\xBB\xBF") p_ += 3;  // a UTF-8 byte order mark
  }

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
  bool ReadString(std::string* out) {
    ++p_;
    if (out) out->clear();
    for (;;) {
      // A run of bytes that stand for themselves: printable ASCII and valid UTF-8.
      const char* run = p_;
      while (p_ < end_) {
        const auto c = static_cast<unsigned char>(*p_);
        if (c < 0x80) {
          if (c < 0x20 || c == '"' || c == '\\') break;
          ++p_;
        } else {
          const text::Decoded d = text::Decode(std::string_view(p_, end_ - p_), 0);
          if (!d.valid) return false;  // raw bytes that are not UTF-8
          p_ += d.len;
        }
      }
      if (out) out->append(run, p_);
      if (p_ == end_) return false;
      const char c = *p_++;
      if (c == '"') return true;
      if (c != '\\' || p_ == end_) return false;  // c: a control character
      char32_t cp;
      switch (*p_++) {
        case '"': cp = '"'; break;
        case '\\': cp = '\\'; break;
        case '/': cp = '/'; break;
        case 'b': cp = '\b'; break;
        case 'f': cp = '\f'; break;
        case 'n': cp = '\n'; break;
        case 'r': cp = '\r'; break;
        case 't': cp = '\t'; break;
        case 'u':
          if (!ReadHex4(&cp) || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {  // needs its low half next, as \uDC00-\uDFFF
            char32_t low;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
            p_ += 2;
            if (!ReadHex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          break;
        default:
          return false;
      }
      if (out) text::AppendUtf8(cp, out);
    }
  }

  // A number at Peek(). Grammar as RFC 8259; a value a double cannot hold (1e400) is
  // refused, as nlohmann_json refused it. -0 reads as 0.
  bool ReadNumber(double* v) {
    const char* q = p_;
    if (q < end_ && *q == '-') ++q;
    const char* whole = q;
    if (!Digits(&q) || (*whole == '0' && q - whole > 1)) return false;  // no leading zeros
    if (q < end_ && *q == '.' && !Digits(&++q)) return false;
    if (q < end_ && (*q == 'e' || *q == 'E')) {
      ++q;
      if (q < end_ && (*q == '+' || *q == '-')) ++q;
      if (!Digits(&q)) return false;
    }
    const std::string_view token(p_, static_cast<std::size_t>(q - p_));
    p_ = q;
    if (!text::StrtodWhole(token, v) || !std::isfinite(*v)) return false;
    if (*v == 0) *v = 0;
    return true;
  }

  // true or false at Peek().
  bool ReadBool(bool* v) {
    *v = *p_ == 't';
    return *v ? Word("true", 4) : Word("false", 5);
  }

  // Any value at Peek(), checked and thrown away. Iterative: `open` holds the brackets
  // still open, so a hundred thousand of them cost a hundred thousand bytes, not stack.
  bool Skip() {
    std::string open;
    for (;;) {
      const char c = Peek();
      if (c == '{' || c == '[') {
        ++p_;
        if (!Eat(c == '{' ? '}' : ']')) {
          open.push_back(c);
          if (c == '{' && !SkipKey()) return false;
          continue;
        }
      } else if (!SkipScalar()) {
        return false;
      }
      // A value ended: close what ends with it, or go on to the next element or member.
      for (;;) {
        if (open.empty()) return true;
        if (Eat(',')) {
          if (open.back() == '{' && !SkipKey()) return false;
          break;
        }
        if (!Eat(open.back() == '{' ? '}' : ']')) return false;
        open.pop_back();
      }
    }
  }

 private:
  bool Digits(const char** q) {
    const char* start = *q;
    while (*q < end_ && IsDigit(**q)) ++*q;
    return *q != start;
  }

  bool ReadHex4(char32_t* cp) {
    if (end_ - p_ < 4) return false;
    *cp = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = *p_++;
      int d;
      if (IsDigit(c)) {
        d = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        d = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        d = c - 'A' + 10;
      } else {
        return false;
      }
      *cp = *cp * 16 + static_cast<char32_t>(d);
    }
    return true;
  }

  bool Word(const char* w, std::size_t n) {
    if (static_cast<std::size_t>(end_ - p_) < n || std::string_view(p_, n) != std::string_view(w, n)) return false;
    p_ += n;
    return true;
  }

  bool SkipKey() { return Peek() == '"' && ReadString(nullptr) && Eat(':'); }

  bool SkipScalar() {
    double v;
    switch (Peek()) {
      case '"': return ReadString(nullptr);
      case 't': return Word("true", 4);
      case 'f': return Word("false", 5);
      case 'n': return Word("null", 4);
      default: return ReadNumber(&v);
    }
  }

  const char* p_;
  const char* end_;
};

// What one element of "documents" held.
struct DocShape {
  bool object = false;
  Got text = Got::kMissing, id = Got::kMissing, label = Got::kMissing;
};

// A string field of a document: the last occurrence of the key counts.
bool ReadField(Reader& r, Got* got, std::string* value) {
  if (r.Peek() != '"') {
    *got = Got::kWrong;
    return r.Skip();
  }
  *got = Got::kRight;
  return r.ReadString(value);
}

}  // namespace

Status ParseRequest(std::string_view json, std::vector<Document>* docs, Options* options) {
  // First the whole text is read, recording what the request held; bad JSON anywhere wins
  // over any error about the request's shape, which is then checked in a fixed order.
  Reader r(json);
  bool root_object = false;
  Got documents = Got::kMissing;  // kWrong: not an array
  std::size_t count = 0;          // elements of "documents"; only the first kMaxDocuments kept
  std::vector<DocShape> shapes;
  Got opts = Got::kMissing, min_score = Got::kMissing, exhaustive = Got::kMissing;
  double min_score_value = 0;
  bool exhaustive_value = false;

  const auto read_documents = [&] {
    docs->clear();
    shapes.clear();
    count = 0;
    if (r.Peek() != '[') {
      documents = Got::kWrong;
      return r.Skip();
    }
    documents = Got::kRight;
    return r.ReadArray([&] {
      if (count++ >= limits::kMaxDocuments) return r.Skip();  // refused below by count
      docs->emplace_back();
      shapes.emplace_back();
      Document& doc = docs->back();
      DocShape& shape = shapes.back();
      if (r.Peek() != '{') return r.Skip();
      shape.object = true;
      return r.ReadObject([&](const std::string& key) {
        if (key == "text") return ReadField(r, &shape.text, &doc.text);
        if (key == "id") return ReadField(r, &shape.id, &doc.id);
        if (key == "label") return ReadField(r, &shape.label, &doc.label);
        return r.Skip();
      });
    });
  };

  const auto read_options = [&] {
    min_score = exhaustive = Got::kMissing;
    if (r.Peek() != '{') {
      opts = Got::kWrong;
      return r.Skip();
    }
    opts = Got::kRight;
    return r.ReadObject([&](const std::string& key) {
      if (key == "min_score") {
        const char c = r.Peek();
        min_score = c == '-' || IsDigit(c) ? Got::kRight : Got::kWrong;
        return min_score == Got::kRight ? r.ReadNumber(&min_score_value) : r.Skip();
      }
      if (key == "exhaustive") {
        const char c = r.Peek();
        exhaustive = c == 't' || c == 'f' ? Got::kRight : Got::kWrong;
        return exhaustive == Got::kRight ? r.ReadBool(&exhaustive_value) : r.Skip();
      }
      return r.Skip();
    });
  };

  bool read;
  if (r.Peek() == '{') {
    root_object = true;
    read = r.ReadObject([&](const std::string& key) {
      if (key == "documents") return read_documents();
      if (key == "options") return read_options();
      return r.Skip();
    });
  } else {
    read = r.Skip();
  }
  if (!read || !r.AtEnd()) return Status::Invalid(kNotJson);

  if (!root_object || documents != Got::kRight) return Status::Invalid("request needs a \"documents\" array");
  if (count > limits::kMaxDocuments)
    return Status::Limit("too many documents: " + std::to_string(count) + " (limit " +
                         std::to_string(limits::kMaxDocuments) + ")");
  for (std::size_t i = 0; i < docs->size(); ++i) {
    const DocShape& shape = shapes[i];
    const std::string where = "documents[" + std::to_string(i) + "]";
    if (!shape.object) return Status::Invalid(where + " must be an object");
    if (shape.text != Got::kRight) return Status::Invalid(where + ".text must be a string");
    if (shape.id == Got::kWrong) return Status::Invalid(where + ".id must be a string");
    if (shape.id == Got::kMissing) (*docs)[i].id = "doc" + std::to_string(i);
    if (shape.label == Got::kWrong) return Status::Invalid(where + ".label must be a string");
  }
  if (opts == Got::kWrong) return Status::Invalid("options must be an object");
  if (min_score == Got::kWrong) return Status::Invalid("options.min_score must be a number");
  if (min_score == Got::kRight) {
    // In C++ a negative value means "the default"; over JSON, leave the field out.
    if (!(min_score_value >= 0 && min_score_value <= 1))
      return Status::Invalid("options.min_score must be between 0 and 1");
    options->min_score = min_score_value;
  }
  if (exhaustive == Got::kWrong) return Status::Invalid("options.exhaustive must be true or false");
  if (exhaustive == Got::kRight) options->exhaustive = exhaustive_value;
  return Status::Ok();
}

}  // namespace corroborate
