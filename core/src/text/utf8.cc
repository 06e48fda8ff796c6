#include "text/utf8.h"

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

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// The high bit of each byte of w that continues a sequence (10xxxxxx), and of each with
// the top four bits set, in valid UTF-8 the lead of a four-byte sequence (11110xxx),
// whose code point is a surrogate pair.
std::uint64_t Continuations(std::uint64_t w) { return w & ~(w << 1) & kHighs; }
std::uint64_t FourByteLeads(std::uint64_t w) { return w & (w << 1) & (w << 2) & (w << 3) & kHighs; }

// UTF-16 units in n <= 255 bytes of valid UTF-8 starting at p, counted by the kind of
// each byte, eight at a time: each byte but a continuation byte starts one unit, a
// four-byte lead one more. `readable` bytes from p may be loaded (>= n).
std::size_t CountUnits(const char* p, std::size_t n, std::size_t readable) {
  std::uint64_t continuations = 0, leads = 0;  // per byte lane, one bit per byte seen
  std::size_t i = 0;
  for (; n - i >= 8; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, sizeof w);
    continuations += Continuations(w) >> 7;
    leads += FourByteLeads(w) >> 7;
  }
  if (i < n) {
    // The last few bytes, the rest of the word zero (zero bytes start nothing to subtract).
    std::uint64_t w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (readable - i >= 8) {
      std::memcpy(&w, p + i, sizeof w);
      w &= ~std::uint64_t{0} >> (8 * (8 - (n - i)));
    } else
#endif
    {
      std::memcpy(&w, p + i, n - i);
    }
    continuations += Continuations(w) >> 7;
    leads += FourByteLeads(w) >> 7;
  }
  // Adds the eight lanes up in the top byte.
  return n - ((continuations * kOnes) >> 56) + ((leads * kOnes) >> 56);
}

}  // namespace

Utf16Map::Utf16Map(std::string_view s) : s_(s) {
  bool valid = true;
  for (std::size_t i = 0; i < s.size();) {
    if (s.size() - i >= 8 && EightAscii(s.data() + i)) {
      i += 8;
      total_ += 8;
      continue;
    }
    const Decoded d = Decode(s, i);
    total_ += Utf16Units(d);
    valid = valid && d.valid;
    i += d.len;
  }
  // As many units as bytes: every code point is one byte (counting each invalid byte).
  if (total_ == s.size()) return;
  const std::size_t blocks = (s.size() >> kBlockBits) + 1;
  units_at_.resize(blocks);
  if (valid) {
    // In valid UTF-8 units can be counted from any byte, not only from a code point.
    for (std::size_t k = 1; k < blocks; ++k)
      units_at_[k] = units_at_[k - 1] + CountUnits(s.data() + ((k - 1) << kBlockBits), kBlock,
                                                   s.size() - ((k - 1) << kBlockBits));
    return;
  }
  skip_.resize(blocks);
  std::size_t units = 0, k = 0;
  for (std::size_t i = 0;;) {
    for (; k < blocks && (k << kBlockBits) <= i; ++k) {  // i is the block's first code point
      units_at_[k] = units;
      skip_[k] = static_cast<std::uint8_t>(i - (k << kBlockBits));
    }
    if (i >= s.size()) break;
    const Decoded d = Decode(s, i);
    units += Utf16Units(d);
    i += d.len;
  }
}

std::size_t Utf16Map::At(std::size_t byte) const {
  if (byte >= s_.size()) return total_;
  if (units_at_.empty()) return byte;
  const std::size_t k = byte >> kBlockBits;
  const std::size_t block = k << kBlockBits;
  if (skip_.empty()) return units_at_[k] + CountUnits(s_.data() + block, byte - block, s_.size() - block);
  std::size_t i = block + skip_[k], units = units_at_[k];
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
