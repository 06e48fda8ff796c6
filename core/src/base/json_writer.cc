#include "base/json_writer.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "text/number.h"
#include "text/utf8.h"

namespace corroborate {
namespace {

// With a sink, the text is passed on whenever this much has been written; without
// one, the string starts with this much room and doubles it as needed.
constexpr std::size_t kSinkChunk = std::size_t{1} << 16;
constexpr std::size_t kFirstRoom = std::size_t{1} << 12;

// The longest number written: "-1.2345678901234567e-308" and the like, with room over.
constexpr std::size_t kNumberRoom = 32;

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// Whether any of the eight bytes at p has to be looked at in a string: a control
// character, '"', '\\' or a byte of a multi-byte sequence (which may be invalid). Most
// text is none of these, and is copied eight bytes per test.
bool NeedsCare(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  const auto zero_byte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighs;
  return (below_space | zero_byte(w ^ (kOnes * '"')) | zero_byte(w ^ (kOnes * '\\')) | (w & kHighs)) != 0;
}

// Copies n bytes in blocks of 16, writing and reading up to 15 past them.
void CopyBlocks(char* to, const char* from, std::size_t n) {
  for (std::size_t i = 0; i < n; i += 16) std::memcpy(to + i, from + i, 16);
}

// Copies n bytes, in two overlapping moves for the lengths of keys: a call to memcpy
// for a few bytes cost as much as the rest of writing the key.
void CopyShort(char* to, const char* from, std::size_t n) {
  if (n >= 8 && n <= 16) {
    std::memcpy(to, from, 8);
    std::memcpy(to + n - 8, from + n - 8, 8);
  } else if (n >= 4 && n < 8) {
    std::memcpy(to, from, 4);
    std::memcpy(to + n - 4, from + n - 4, 4);
  } else if (n > 0 && n < 4) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  } else {
    std::memcpy(to, from, n);
  }
}

bool Plain(unsigned char b) { return b >= 0x20 && b < 0x80 && b != '"' && b != '\\'; }

// Writes v as printf's "%.*g" with the smallest precision of 15, 16 and 17 that reads
// back as v, which is what the report has always printed. Returns the end.
char* WriteDouble(double v, char* out) {
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
  // The shortest round-trip digits (std::to_chars) are those digits whenever v is a
  // normal number: with at most 15 of them no other 15-digit decimal is as close to v,
  // and 17 digits always read back; with 16, %.16g rounds to the nearest 16-digit
  // decimal, which reads back whenever any does, except beside a power of two, where
  // the interval that reads back is lopsided. Those, subnormals (whose wide interval
  // lets %.15g print digits past the shortest), infinities and NaN take the general path.
  std::uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  const unsigned biased_exponent = static_cast<unsigned>(bits >> 52) & 0x7FF;
  const std::uint64_t fraction = bits & ((std::uint64_t{1} << 52) - 1);
  if (biased_exponent == 0 && fraction == 0) {
    if (bits >> 63) *out++ = '-';
    *out++ = '0';
    return out;
  }
  if (biased_exponent != 0 && biased_exponent != 0x7FF) {
    char sci[kNumberRoom];  // [-]d[.ddd]e{+|-}dd[d]
    const char* const sci_end = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific).ptr;
    const char* p = sci + (sci[0] == '-');
    const char* const lead = p;  // first digit; the others follow a '.'
    const char* const e = std::find(p, sci_end, 'e');
    const char* const rest = lead + 2;  // digits after the '.', if any
    const int n = e - lead == 1 ? 1 : static_cast<int>(e - lead) - 1;
    if (!(n == 16 && fraction == 0)) {
      int x = 0;
      for (const char* q = e + 2; q < sci_end; ++q) x = x * 10 + (*q - '0');
      if (e[1] == '-') x = -x;
      const int precision = n <= 15 ? 15 : n;
      if (x < -4 || x >= precision) {  // %g's own choice of the e-form, which to_chars shares
        const auto len = static_cast<std::size_t>(sci_end - sci);
        std::memcpy(out, sci, len);
        return out + len;
      }
      if (p != sci) *out++ = '-';
      if (x < 0) {
        *out++ = '0';
        *out++ = '.';
        for (int k = -1; k > x; --k) *out++ = '0';
        *out++ = *lead;
        std::memcpy(out, rest, static_cast<std::size_t>(n - 1));
        return out + (n - 1);
      }
      *out++ = *lead;
      const int whole = std::min(x, n - 1);  // digits after the lead that stand before the point
      std::memcpy(out, rest, static_cast<std::size_t>(whole));
      out += whole;
      for (int k = whole; k < x; ++k) *out++ = '0';
      if (n - 1 > x) {
        *out++ = '.';
        std::memcpy(out, rest + x, static_cast<std::size_t>(n - 1 - x));
        out += n - 1 - x;
      }
      return out;
    }
  }
#endif
  return json_number::WriteShortestG(v, out);
}

}  // namespace

namespace json_number {
namespace {

__extension__ typedef unsigned __int128 U128;  // GCC and Clang, natively and in wasm

U128 Pow10(int n) {
  U128 p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// v = f * 2^-j rounded to `precision` significant digits, as printf does (to nearest, ties
// to even, from the exact binary value): the digits as an integer and the decimal exponent
// of the first one. Needs f * 10^s < 2^128 for s = precision - 1 - exponent (the caller's range).
void Round(std::uint64_t f, int j, int precision, std::uint64_t* digits, int* exponent) {
  const U128 top = Pow10(precision);
  int x = *exponent;
  for (;;) {
    const U128 n = static_cast<U128>(f) * Pow10(precision - 1 - x);
    U128 q = n >> j;
    const U128 r = n & ((static_cast<U128>(1) << j) - 1);
    const U128 half = static_cast<U128>(1) << (j - 1);
    if (q >= top) {  // the estimate of the exponent was one too small
      ++x;
      continue;
    }
    if (q < top / 10) {  // one too large (before rounding, which may carry up to top / 10)
      --x;
      continue;
    }
    if (r > half || (r == half && (q & 1))) ++q;
    if (q == top) {  // rounding carried into a new digit: 9.99... -> 10.0
      q = top / 10;
      ++x;
    }
    *digits = static_cast<std::uint64_t>(q);
    *exponent = x;
    return;
  }
}

// Whether digits * 10^(exponent - precision + 1) reads back as f * 2^-j: it lies within
// half a unit in the last place of f (ties to even), and the interval below a power of two
// is half as wide.
bool ReadsBack(std::uint64_t f, int j, std::uint64_t digits, int precision, int exponent) {
  const int s = precision - 1 - exponent;
  const U128 p = Pow10(s);
  // Both sides times 10^s * 2^(j+2): |digits*2^(j+2) - 4*f*10^s| against 2*10^s.
  const U128 a = static_cast<U128>(digits) << (j + 2);
  const U128 b = static_cast<U128>(f) * p * 4;
  const bool lopsided = f == (std::uint64_t{1} << 52);
  const U128 below = lopsided ? p : 2 * p;
  if (a >= b) return a - b < 2 * p || (a - b == 2 * p && (f & 1) == 0);
  return b - a < below || (b - a == below && (f & 1) == 0);
}

// The general path: %g by text::FormatG (an exact decimal of up to 800 digits), slower
// than the 128-bit arithmetic above, for what that range leaves.
char* GeneralShortestG(double v, char* out) {
  std::string g;
  for (int precision = 15; precision <= 17; ++precision) {
    g = text::FormatG(v, precision);
    double back;
    if (text::StrtodWhole(g, &back) && back == v) break;
  }
  std::memcpy(out, g.data(), g.size());
  return out + g.size();
}

}  // namespace

char* WriteShortestG(double v, char* out) {
  // Exact integer arithmetic for 1e-4 <= |v| < 1e15, every score and offset of a report:
  // printf and strtod go through long double, which wasm emulates in software (about 5% of
  // analysing 200 articles there). Those values all print without an exponent.
  std::uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  const double a = std::fabs(v);
  if (a >= 1e-4 && a < 1e15) {
    const int biased = static_cast<int>((bits >> 52) & 0x7FF);
    const std::uint64_t f = (bits & ((std::uint64_t{1} << 52) - 1)) | (std::uint64_t{1} << 52);
    const int j = 1075 - biased;  // a = f * 2^-j; 1 <= j <= 66 in this range
    if (j >= 1) {
      int exponent = static_cast<int>(std::floor(std::log10(a)));
      std::uint64_t digits = 0;
      int precision = 15;
      for (; precision <= 17; ++precision) {
        Round(f, j, precision, &digits, &exponent);
        if (precision == 17 || ReadsBack(f, j, digits, precision, exponent)) break;
      }
      if (exponent >= precision) return GeneralShortestG(v, out);  // 999999999999999.9 -> 1e+15
      // %g: trailing zeros go, and the point with them.
      char d[20];
      int n = precision;
      for (int k = n - 1; k >= 0; --k, digits /= 10) d[k] = static_cast<char>('0' + digits % 10);
      while (n > 1 && d[n - 1] == '0') --n;
      if (bits >> 63) *out++ = '-';
      if (exponent < 0) {
        *out++ = '0';
        *out++ = '.';
        for (int k = -1; k > exponent; --k) *out++ = '0';
        std::memcpy(out, d, static_cast<std::size_t>(n));
        return out + n;
      }
      const int whole = exponent + 1;  // digits before the point (exponent < 15 <= precision)
      for (int k = 0; k < whole; ++k) *out++ = k < n ? d[k] : '0';
      if (n > whole) {
        *out++ = '.';
        std::memcpy(out, d + whole, static_cast<std::size_t>(n - whole));
        out += n - whole;
      }
      return out;
    }
  }
  return GeneralShortestG(v, out);
}

}  // namespace json_number

JsonWriter::JsonWriter(int indent, std::ostream* sink) : indent_(indent), sink_(sink) {
  pos_ = end_ = buf_.data();
  separator_ = indent_ >= 0 ? ",\n" : ",";
  sep_len_ = separator_.size();
  separator_.resize(sep_len_ + kCopyBlock, ' ');
  key_end_ = indent_ >= 0 ? 3 : 2;
  static_assert(kCopyBlock == 16, "CopyBlocks copies 16 bytes at a time");
}

JsonWriter::JsonWriter(int indent, std::size_t depth, bool first) : JsonWriter(indent) {
  depth_ = depth;
  first_ = first;
  if (indent_ >= 0) {
    sep_len_ += depth * static_cast<std::size_t>(indent_);
    separator_.resize(sep_len_ + kCopyBlock, ' ');
  }
}

void JsonWriter::Grow(std::size_t n) {
  std::size_t used = static_cast<std::size_t>(pos_ - buf_.data());
  if (sink_ && used > 0) {
    Flush();
    used = 0;
    if (static_cast<std::size_t>(end_ - pos_) >= n) return;
  }
  buf_.resize(std::max({buf_.size() * 2, used + n, sink_ ? kSinkChunk : kFirstRoom}));
  pos_ = buf_.data() + used;
  end_ = buf_.data() + buf_.size();
}

void JsonWriter::Flush() {
  if (!sink_) return;
  sink_->write(buf_.data(), pos_ - buf_.data());
  pos_ = buf_.data();
}

void JsonWriter::Splice(std::string_view part) {
  assert(!after_key_);
  if (part.empty()) return;
  if (sink_) {  // straight on: parts are large, and copying them would gain nothing
    Flush();
    sink_->write(part.data(), static_cast<std::streamsize>(part.size()));
  } else {
    Ensure(part.size());
    std::memcpy(pos_, part.data(), part.size());
    pos_ += part.size();
  }
  first_ = false;
}

std::string JsonWriter::Take() {
  buf_.resize(static_cast<std::size_t>(pos_ - buf_.data()));
  std::string out = std::move(buf_);
  buf_.clear();
  pos_ = end_ = buf_.data();
  return out;
}

// Callers have made room for SeparatorRoom() more than their value.
inline void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;
  const std::size_t skip = first_ ? 1 : 0;  // no comma before the first value
  CopyBlocks(pos_, separator_.data() + skip, sep_len_ - skip);
  pos_ += sep_len_ - skip;
  first_ = false;
}

void JsonWriter::Raw(std::string_view s) {
  Ensure(SeparatorRoom() + s.size());
  BeforeValue();
  std::memcpy(pos_, s.data(), s.size());
  pos_ += s.size();
}

void JsonWriter::Open(char c) {
  Ensure(SeparatorRoom() + 1);
  BeforeValue();
  *pos_++ = c;
  ++depth_;
  first_ = true;
  if (indent_ >= 0) {
    sep_len_ += static_cast<std::size_t>(indent_);
    if (separator_.size() < sep_len_ + kCopyBlock) separator_.resize(sep_len_ + kCopyBlock, ' ');
  }
}

void JsonWriter::Close(char c) {
  assert(depth_ > 0 && !after_key_);
  if (indent_ >= 0) sep_len_ -= static_cast<std::size_t>(indent_);
  --depth_;
  Ensure(SeparatorRoom());
  if (!first_ && indent_ >= 0) {  // the newline and indentation of the enclosing level
    CopyBlocks(pos_, separator_.data() + 1, sep_len_ - 1);
    pos_ += sep_len_ - 1;
  }
  *pos_++ = c;
  first_ = false;
}

void JsonWriter::Key(std::string_view key) {
  Ensure(SeparatorRoom() + key.size() + 4);
  BeforeValue();
  Quoted(key);
  Ensure(2);
  *pos_++ = ':';
  if (indent_ >= 0) *pos_++ = ' ';
  after_key_ = true;
}

// Callers have made room for SeparatorRoom() + n + 5.
inline void JsonWriter::WritePlainKey(const char* key, std::size_t n) {
#ifndef NDEBUG
  for (std::size_t i = 0; i < n; ++i) assert(Plain(static_cast<unsigned char>(key[i])));
#endif
  BeforeValue();
  *pos_++ = '"';
  CopyShort(pos_, key, n);
  std::memcpy(pos_ + n, "\": ", 4);  // one move; the space (and the NUL) is written over on one line
  pos_ += n + key_end_;
}

void JsonWriter::PlainKey(const char* key, std::size_t n) {
  Ensure(SeparatorRoom() + n + 5);
  WritePlainKey(key, n);
  after_key_ = true;
}

void JsonWriter::Field(const char* key, std::size_t n, std::size_t v) {
  Ensure(SeparatorRoom() + n + 5 + kNumberRoom);
  WritePlainKey(key, n);
  pos_ = std::to_chars(pos_, pos_ + kNumberRoom, v).ptr;
}

void JsonWriter::String(std::string_view s) {
  Ensure(SeparatorRoom() + s.size() + 2);
  BeforeValue();
  Quoted(s);
}

void JsonWriter::Quoted(std::string_view s) {
  *pos_++ = '"';
  const char* p = s.data();
  const char* const end = p + s.size();
  for (;;) {
    // Reports are mostly plain text: find the end of what is copied as it is, taking
    // valid multi-byte sequences along, and copy it whole.
    const char* const run = p;
    for (;;) {
      if (end - p >= 8 && !NeedsCare(p)) {
        p += 8;
        continue;
      }
      if (p == end) break;
      const auto b = static_cast<unsigned char>(*p);
      if (Plain(b)) {
        ++p;
        continue;
      }
      if (b >= 0x80) {
        const text::Decoded d = text::internal::DecodeNonAscii(s, static_cast<std::size_t>(p - s.data()));
        if (d.valid) {
          p += d.len;
          continue;
        }
      }
      break;
    }
    std::memcpy(pos_, run, static_cast<std::size_t>(p - run));
    pos_ += p - run;
    if (p == end) break;
    // One byte that becomes up to six; the room asked for covers the rest of s verbatim.
    Ensure(static_cast<std::size_t>(end - p) + 6);
    const auto b = static_cast<unsigned char>(*p++);
    if (b >= 0x80) {  // an invalid sequence, replaced one byte at a time
      std::memcpy(pos_, "\xEF\xBF\xBD", 3);
      pos_ += 3;
      continue;
    }
    *pos_++ = '\\';
    switch (b) {
      case '"': *pos_++ = '"'; break;
      case '\\': *pos_++ = '\\'; break;
      case '\n': *pos_++ = 'n'; break;
      case '\r': *pos_++ = 'r'; break;
      case '\t': *pos_++ = 't'; break;
      case '\b': *pos_++ = 'b'; break;
      case '\f': *pos_++ = 'f'; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        std::memcpy(pos_, "u00", 3);
        pos_[3] = kHex[b >> 4];
        pos_[4] = kHex[b & 0xF];
        pos_ += 5;
      }
    }
  }
  *pos_++ = '"';
}

void JsonWriter::Number(double v) {
  // JSON has no NaN or infinity; printf's "nan" would make the whole report unreadable.
  if (!std::isfinite(v)) return Null();
  Ensure(SeparatorRoom() + kNumberRoom);
  BeforeValue();
  pos_ = WriteDouble(v, pos_);
}

void JsonWriter::Number(std::size_t v) {
  Ensure(SeparatorRoom() + kNumberRoom);
  BeforeValue();
  pos_ = std::to_chars(pos_, pos_ + kNumberRoom, v).ptr;
}

void JsonWriter::Number(long v) {
  Ensure(SeparatorRoom() + kNumberRoom);
  BeforeValue();
  pos_ = std::to_chars(pos_, pos_ + kNumberRoom, v).ptr;
}

}  // namespace corroborate
