#include "text/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace corroborate {
namespace text {

namespace internal {

Decoded DecodeNonAscii(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t len;
  char32_t cp, min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return {kReplacement, 1, false};
  }
  if (i + len > s.size()) return {kReplacement, 1, false};
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {kReplacement, 1, false};
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {kReplacement, 1, false};
  return {cp, static_cast<std::uint8_t>(len), true};
}

}  // namespace internal

namespace {

// Whether the eight bytes at p are all ASCII: eight code points, eight UTF-16 units, and
// the walks below may take them at once. Most of a news text is such runs.
bool EightAscii(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return (w & 0x8080808080808080ull) == 0;
}

}  // namespace

Utf8Check CheckUtf8(std::string_view s) {
  Utf8Check check;
  for (std::size_t i = 0; i < s.size();) {
    if (s.size() - i >= 8 && EightAscii(s.data() + i)) {
      i += 8;
      continue;
    }
    const Decoded d = Decode(s, i);
    if (!d.valid) {
      if (check.invalid == 0) check.first_invalid = i;
      ++check.invalid;
    }
    i += d.len;
  }
  return check;
}

namespace internal {

void AppendUtf8NonAscii(char32_t cp, std::string* out) {
  if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace internal

std::string Sanitized(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const Decoded d = Decode(s, i);
    if (d.valid) {
      out.append(s.data() + i, d.len);
    } else {
      AppendUtf8(kReplacement, &out);
    }
    i += d.len;
  }
  return out;
}

Utf16Map::Utf16Map(std::string_view s) : s_(s) {
  byte_at_.reserve(s.size() / kBlock + 2);
  units_at_.reserve(s.size() / kBlock + 2);
  std::size_t units = 0, next_checkpoint = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (i >= next_checkpoint) {
      byte_at_.push_back(i);
      units_at_.push_back(units);
      next_checkpoint = i + kBlock;
    }
    if (next_checkpoint - i >= 8 && s.size() - i >= 8 && EightAscii(s.data() + i)) {
      i += 8;
      units += 8;
      continue;
    }
    const Decoded d = Decode(s, i);
    units += Utf16Units(d);
    valid_ = valid_ && d.valid;
    i += d.len;
  }
  total_ = units;
  byte_at_.push_back(s.size());
  units_at_.push_back(units);
}

std::size_t Utf16Map::At(std::size_t byte) const {
  if (byte >= s_.size()) return total_;
  // Last checkpoint at or before `byte`, then decode forward from it.
  auto it = std::upper_bound(byte_at_.begin(), byte_at_.end(), byte);
  std::size_t k = static_cast<std::size_t>(it - byte_at_.begin()) - 1;
  std::size_t i = byte_at_[k], units = units_at_[k];
  if (valid_) {
    // Reports convert hundreds of thousands of offsets: in valid UTF-8 every byte but a
    // continuation byte starts one unit, and a four-byte sequence is two (a surrogate pair).
    for (; i < byte; ++i) {
      const auto b = static_cast<unsigned char>(s_[i]);
      units += ((b & 0xC0) != 0x80) + ((b & 0xF8) == 0xF0);
    }
    return units;
  }
  while (i < byte) {
    if (byte - i >= 8 && EightAscii(s_.data() + i)) {
      i += 8;
      units += 8;
      continue;
    }
    const Decoded d = Decode(s_, i);
    units += Utf16Units(d);
    i += d.len;
  }
  return units;
}

}  // namespace text
}  // namespace corroborate
