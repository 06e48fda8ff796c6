// UTF-8 decoding that never fails: invalid bytes decode as U+FFFD one byte at a time,
// so every position in the original text stays addressable by its byte offset.
#ifndef CORROBORATE_TEXT_UTF8_H_
#define CORROBORATE_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate {
namespace text {

constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t cp;
  std::uint8_t len;  // bytes consumed, >= 1
  bool valid;
};

namespace internal {
Decoded DecodeNonAscii(std::string_view s, std::size_t i);  // s[i] >= 0x80
}  // namespace internal

// The code point at s[i] (i < s.size()). Inline for ASCII, which is nearly every byte.
inline Decoded Decode(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1, true};
  return internal::DecodeNonAscii(s, i);
}

// Number of invalid byte sequences, and where the first one starts.
struct Utf8Check {
  std::size_t invalid = 0;
  std::size_t first_invalid = 0;
};
Utf8Check CheckUtf8(std::string_view s);

namespace internal {
void AppendUtf8NonAscii(char32_t cp, std::string* out);  // cp >= 0x80
}  // namespace internal

inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else {
    internal::AppendUtf8NonAscii(cp, out);
  }
}

// The text with every invalid sequence replaced by U+FFFD (for output, never for offsets).
std::string Sanitized(std::string_view s);

// UTF-16 length of one decoded code point (invalid bytes count as one U+FFFD).
inline std::size_t Utf16Units(const Decoded& d) { return d.valid && d.cp >= 0x10000 ? 2 : 1; }

// Maps byte offsets of one text to UTF-16 offsets. A report asks hundreds of thousands
// of them, for the spans of every sentence and matched word, in no useful order: a
// lookup costs the same anywhere, a table read and at most one block counted.
class Utf16Map {
 public:
  explicit Utf16Map(std::string_view s);
  std::size_t At(std::size_t byte) const;  // byte must be a code point boundary or s.size()
  std::size_t total() const { return total_; }

 private:
  static constexpr std::size_t kBlockBits = 6;
  static constexpr std::size_t kBlock = std::size_t{1} << kBlockBits;  // bytes counted at most per lookup
  std::string_view s_;
  // UTF-16 offset at the start of each block of kBlock bytes (a size_t per 64 bytes of
  // text). Empty when every byte is one unit (ASCII, or invalid bytes only): then an
  // offset is its own UTF-16 offset.
  std::vector<std::size_t> units_at_;
  // Invalid UTF-8 only, where units are counted by decoding: how far into the block its
  // first code point starts, and units_at_ is the offset there.
  std::vector<std::uint8_t> skip_;
  std::size_t total_ = 0;
};

}  // namespace text
}  // namespace corroborate

#endif  // CORROBORATE_TEXT_UTF8_H_
