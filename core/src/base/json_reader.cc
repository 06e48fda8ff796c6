#include "base/json_reader.h"

#include <cmath>
#include <cstdint>
#include <cstring>

#include "text/number.h"
#include "text/utf8.h"

namespace corroborate {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

#ifndef __EMSCRIPTEN__
// The CLI's bundles are megabytes of string, read on one thread before any analysis
// starts; passing plain ASCII eight bytes at a time halves their reading. Not in the wasm
// module: it is at its size budget, and this would add 81 bytes gzip to it.
//
// Whether the 8 bytes at p are all printable ASCII other than '"' and '\\', tested at
// once: (x - 0x0101..) & ~x & 0x8080.. is nonzero exactly when x has a zero byte, and the
// same with 0x2020.. when it has a byte below 0x20. A borrow may flag a byte above a true
// hit as well, which is harmless: any hit sends the eight bytes to the byte-by-byte path.
bool PlainAscii8(const char* p) {
  constexpr std::uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  const auto zero = [](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
  return ((w & kHigh) | below_space | zero(w ^ (kOnes * '"')) | zero(w ^ (kOnes * '\\'))) == 0;
}
#endif

}  // namespace

JsonReader::JsonReader(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") p_ += 3;  // a UTF-8 byte order mark
}

bool JsonReader::ReadString(std::string* out) {
  ++p_;
  if (out) out->clear();
  for (;;) {
    // A run of bytes that stand for themselves: printable ASCII and valid UTF-8.
    const char* run = p_;
    while (p_ < end_) {
#ifndef __EMSCRIPTEN__
      if (end_ - p_ >= 8 && PlainAscii8(p_)) {
        p_ += 8;
        continue;
      }
#endif
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

bool JsonReader::ReadNumber(double* v) {
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

bool JsonReader::ReadBool(bool* v) {
  *v = *p_ == 't';
  return *v ? Word("true", 4) : Word("false", 5);
}

bool JsonReader::Skip() {
  std::string open;  // the brackets still open
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

bool JsonReader::Digits(const char** q) {
  const char* start = *q;
  while (*q < end_ && IsDigit(**q)) ++*q;
  return *q != start;
}

bool JsonReader::ReadHex4(char32_t* cp) {
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

bool JsonReader::Word(const char* w, std::size_t n) {
  if (static_cast<std::size_t>(end_ - p_) < n || std::string_view(p_, n) != std::string_view(w, n)) return false;
  p_ += n;
  return true;
}

bool JsonReader::SkipKey() { return Peek() == '"' && ReadString(nullptr) && Eat(':'); }

bool JsonReader::SkipScalar() {
  double v;
  switch (Peek()) {
    case '"': return ReadString(nullptr);
    case 't': return Word("true", 4);
    case 'f': return Word("false", 5);
    case 'n': return Word("null", 4);
    default: return ReadNumber(&v);
  }
}

}  // namespace corroborate
