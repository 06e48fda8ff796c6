#include "text/number.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

namespace corroborate {
namespace text {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// An exponent after its letter: [+-]digits from s[*i] on, into *e (held at `cap` when it
// is larger: past it every reading overflows or underflows alike). False when no digit.
bool ReadExponent(std::string_view s, std::size_t* i, long cap, long* e) {
  long sign = 1;
  if (*i < s.size() && (s[*i] == '+' || s[*i] == '-')) sign = s[(*i)++] == '-' ? -1 : 1;
  if (*i == s.size() || !IsDigit(s[*i])) return false;
  long n = 0;
  for (; *i < s.size() && IsDigit(s[*i]); ++*i)
    if (n < cap) n = n * 10 + (s[*i] - '0');
  *e = sign * n;
  return true;
}

// 10^0 .. 10^22: every one of them is a double exactly.
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

}  // namespace

bool ParseDecimal(std::string_view s, double* v) {
  std::size_t i = 0;
  std::uint64_t digits = 0;
  int significant = 0;  // digits after leading zeros, while they fit in 19
  bool exact = true;
  while (i < s.size() && IsDigit(s[i])) {
    if (significant < 19) {
      digits = digits * 10 + static_cast<unsigned>(s[i] - '0');
      if (digits != 0) ++significant;
    } else {
      exact = false;
    }
    ++i;
  }
  if (i == 0) return false;
  int fraction = 0;
  if (i < s.size() && s[i] == '.') {
    const std::size_t first = ++i;
    while (i < s.size() && IsDigit(s[i])) {
      if (significant < 19) {
        digits = digits * 10 + static_cast<unsigned>(s[i] - '0');
        if (digits != 0) ++significant;
        ++fraction;
      } else if (s[i] != '0') {
        exact = false;
      }
      ++i;
    }
    if (i == first) return false;
  }
  if (i != s.size()) return false;
  // Both the digits and the power of ten are exact doubles, so one division (or product)
  // rounds once, to nearest: the correctly rounded value (Clinger's fast path).
  if (exact && digits < (std::uint64_t{1} << 53) && fraction <= 22) {
    *v = static_cast<double>(digits) / kPow10[fraction];
    return true;
  }
  // Longer than a double holds: rare in news ("3.14159265358979323846").
  return StrtodWhole(s, v);
}

namespace {

// A decimal of up to kDigits significant digits, 0.d[0]d[1]...d[nd-1] x 10^dp, scaled by
// powers of two digit by digit: exact, so the double nearest to any decimal can be found
// without the C library (whose strtod computes in software long double in wasm, at a large
// share of the module's size budget). The method of Go's strconv (decimal.go, atof.go).
class Decimal {
 public:
  // 800 digits hold every double exactly; digits past them only tell "a little more".
  static constexpr int kDigits = 800;

  // Reads [+-]digits[.digits][(e|E)[+-]digits] (either side of the point may be empty, not
  // both), the whole of s; false for anything else.
  bool Read(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg_ = s[i++] == '-';
    bool dot = false, digits = false;
    int significant = 0;  // digits from the first non-zero one on, kept or not
    for (; i < s.size(); ++i) {
      const char c = s[i];
      if (c == '.') {
        if (dot) return false;
        dot = true;
        dp_ = significant;
      } else if (IsDigit(c)) {
        digits = true;
        if (c == '0' && significant == 0) {
          --dp_;  // a leading zero: after the point it moves the point, before it nothing
          continue;
        }
        if (significant++ < kDigits)
          d_[nd_++] = static_cast<unsigned char>(c - '0');
        else if (c != '0')
          trunc_ = true;
      } else {
        break;
      }
    }
    if (!digits) return false;
    if (!dot) dp_ = significant;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
      long e = 0;
      ++i;
      if (!ReadExponent(s, &i, 10000, &e)) return false;
      dp_ += static_cast<int>(e);
    }
    return i == s.size();
  }

  // The nearest double (ties to even), infinite when it is too large for one.
  double ToDouble() {
    constexpr int kMantBits = 52, kBias = -1023;
    std::uint64_t mant = 0;
    int exp = kBias;
    Trim();
    if (nd_ != 0 && dp_ > 310) return Signed(HUGE_VAL);
    if (nd_ != 0 && dp_ >= -330) {
      // Into [0.5, 1) by powers of two, counting them.
      static constexpr int kPowTab[] = {1, 3, 6, 9, 13, 16, 19, 23, 26};
      exp = 0;
      while (dp_ > 0) {
        const int n = dp_ >= 9 ? 27 : kPowTab[dp_];
        Shift(-n);
        exp += n;
      }
      while (dp_ < 0 || (dp_ == 0 && d_[0] < 5)) {
        const int n = -dp_ >= 9 ? 27 : kPowTab[-dp_];
        Shift(n);
        exp -= n;
      }
      --exp;  // [0.5, 1) here is [1, 2) in a double
      if (exp < kBias + 1) {  // subnormal: fewer bits of mantissa
        const int n = kBias + 1 - exp;
        Shift(-n);
        exp += n;
      }
      if (exp - kBias >= 2047) return Signed(HUGE_VAL);
      Shift(1 + kMantBits);
      mant = RoundedInteger();
      if (mant == std::uint64_t{2} << kMantBits) {  // rounding carried into a new bit
        mant >>= 1;
        if (++exp - kBias >= 2047) return Signed(HUGE_VAL);
      }
      if (!(mant & (std::uint64_t{1} << kMantBits))) exp = kBias;
    }
    const std::uint64_t bits = (mant & ((std::uint64_t{1} << kMantBits) - 1)) |
                               static_cast<std::uint64_t>(exp - kBias) << kMantBits |
                               static_cast<std::uint64_t>(neg_) << 63;
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }

  // The magnitude of a finite v, exactly (every double is a decimal of at most 767
  // significant digits), and its sign.
  void Assign(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    neg_ = (bits >> 63) != 0;
    int e = static_cast<int>((bits >> 52) & 0x7FF);
    std::uint64_t m = bits & ((std::uint64_t{1} << 52) - 1);
    if (e == 0) e = 1; else m |= std::uint64_t{1} << 52;  // subnormals have no hidden bit
    unsigned char rev[20];
    int n = 0;
    for (; m > 0; m /= 10) rev[n++] = static_cast<unsigned char>(m % 10);
    nd_ = 0;
    while (n > 0) d_[nd_++] = rev[--n];
    dp_ = nd_;
    trunc_ = false;
    Trim();
    if (nd_ > 0) Shift(e - 1075);  // v = m * 2^(e - 1075)
  }

  // Keeps the first nd digits, rounding to nearest, ties to even, as printf does; nd 0
  // rounds to 0 or to one unit in front.
  void Round(int nd) {
    if (nd < 0 || nd >= nd_) return;
    if (!RoundsUp(nd)) {
      nd_ = nd;
      Trim();
      return;
    }
    int i = nd - 1;
    while (i >= 0 && d_[i] == 9) --i;
    if (i < 0) {  // all nines: 999.5 -> 1000
      d_[0] = 1;
      nd_ = 1;
      ++dp_;
      return;
    }
    ++d_[i];
    nd_ = i + 1;
  }

  // 0.d[0]d[1]...d[digits()-1] x 10^point(), without trailing zeros; no digits for 0.
  int digits() const { return nd_; }
  int point() const { return dp_; }
  char digit(int i) const { return static_cast<char>('0' + (i >= 0 && i < nd_ ? d_[i] : 0)); }
  bool negative() const { return neg_; }

 private:
  double Signed(double v) const { return neg_ ? -v : v; }

  void Trim() {
    while (nd_ > 0 && d_[nd_ - 1] == 0) --nd_;
    if (nd_ == 0) dp_ = 0;
  }

  // Multiplies by 2^k, k < 0 dividing, a step of at most 60 bits at a time (9 << 60 fits).
  void Shift(int k) {
    for (; k > 60; k -= 60) Left(60);
    for (; k < -60; k += 60) Right(60);
    if (k > 0) Left(k);
    if (k < 0) Right(-k);
  }

  void Left(int k) {
    // From the last digit up, into a buffer read backwards: the carry may add digits in front.
    unsigned char out[kDigits + 20];
    int w = 0;
    std::uint64_t n = 0;
    for (int r = nd_ - 1; r >= 0; --r) {
      n += static_cast<std::uint64_t>(d_[r]) << k;
      out[w++] = static_cast<unsigned char>(n % 10);
      n /= 10;
    }
    for (; n > 0; n /= 10) out[w++] = static_cast<unsigned char>(n % 10);
    dp_ += w - nd_;
    nd_ = 0;
    for (int r = w - 1; r >= 0; --r) {
      if (nd_ < kDigits)
        d_[nd_++] = out[r];
      else if (out[r] != 0)
        trunc_ = true;
    }
    Trim();
  }

  void Right(int k) {
    int r = 0, w = 0;
    std::uint64_t n = 0;
    // Enough leading digits to hold 2^k.
    for (; n >> k == 0; ++r) {
      if (r >= nd_) {
        if (n == 0) {
          nd_ = 0;
          return;
        }
        while (n >> k == 0) n *= 10, ++r;
        break;
      }
      n = n * 10 + d_[r];
    }
    dp_ -= r - 1;
    const std::uint64_t mask = (std::uint64_t{1} << k) - 1;
    for (; r < nd_; ++r) {
      const std::uint64_t c = d_[r];
      d_[w++] = static_cast<unsigned char>(n >> k);
      n = (n & mask) * 10 + c;
    }
    for (; n > 0; n = (n & mask) * 10) {
      const std::uint64_t dig = n >> k;
      if (w < kDigits)
        d_[w++] = static_cast<unsigned char>(dig);
      else if (dig > 0)
        trunc_ = true;
    }
    nd_ = w;
    Trim();
  }

  // Whether dropping digits from `at` on rounds up: past half, or exactly half (nothing
  // after, nothing truncated) with an odd digit before.
  bool RoundsUp(int at) const {
    if (at < 0 || at >= nd_) return false;
    if (d_[at] == 5 && at + 1 == nd_) return trunc_ || (at > 0 && d_[at - 1] % 2 == 1);
    return d_[at] >= 5;
  }

  std::uint64_t RoundedInteger() const {
    std::uint64_t n = 0;
    int i = 0;
    for (; i < dp_ && i < nd_; ++i) n = n * 10 + d_[i];
    for (; i < dp_; ++i) n *= 10;
    return n + (RoundsUp(dp_) ? 1 : 0);
  }

  unsigned char d_[kDigits];
  int nd_ = 0, dp_ = 0;
  bool neg_ = false, trunc_ = false;
};

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// [+-]0(x|X)hexdigits[.hexdigits][(p|P)[+-]digits], the whole of s: the nearest double
// (ties to even).
bool ReadHex(std::string_view s, double* v) {
  std::size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if (s.size() < i + 2 || s[i] != '0' || (s[i + 1] != 'x' && s[i + 1] != 'X')) return false;
  i += 2;
  std::uint64_t mant = 0;
  long exp2 = 0;
  bool sticky = false, dot = false, digits = false;
  for (; i < s.size(); ++i) {
    if (s[i] == '.') {
      if (dot) return false;
      dot = true;
      continue;
    }
    const int h = HexValue(s[i]);
    if (h < 0) break;
    digits = true;
    if (mant >> 60 == 0) {
      mant = mant * 16 + static_cast<unsigned>(h);
      if (dot) exp2 -= 4;
    } else {
      sticky = sticky || h != 0;
      if (!dot) exp2 += 4;
    }
  }
  if (!digits) return false;
  if (i < s.size() && (s[i] == 'p' || s[i] == 'P')) {
    long e = 0;
    ++i;
    if (!ReadExponent(s, &i, 100000, &e)) return false;
    exp2 += e;
  }
  if (i != s.size()) return false;
  std::uint64_t bits = 0;
  if (mant != 0) {
    const int lz = __builtin_clzll(mant);
    mant <<= lz;
    const long e = exp2 - lz + 63;  // the value is in [2^e, 2^(e + 1))
    // Bits to drop: 11 for a normal double, more below the normal range.
    const long drop = 11 + (e < -1022 ? -1022 - e : 0);
    if (e > 1023) {
      bits = std::uint64_t{0x7FF} << 52;
    } else if (drop <= 64) {
      const std::uint64_t kept = drop == 64 ? 0 : mant >> drop;
      const std::uint64_t rest = drop == 64 ? mant : mant & ((std::uint64_t{1} << drop) - 1);
      const std::uint64_t half = std::uint64_t{1} << (drop - 1);
      const bool up = rest > half || (rest == half && (sticky || (kept & 1)));
      const std::uint64_t m = kept + (up ? 1 : 0);  // carries into the exponent by itself
      bits = e < -1022 ? m : (static_cast<std::uint64_t>(e + 1023) << 52) + (m - (std::uint64_t{1} << 52));
      if (bits >= std::uint64_t{0x7FF} << 52) bits = std::uint64_t{0x7FF} << 52;
    }
  }
  bits |= static_cast<std::uint64_t>(neg) << 63;
  std::memcpy(v, &bits, sizeof *v);
  return true;
}

// Starts printing v: its sign into *out and its exact decimal into *d; false, with printf's
// word in *out, for infinities and NaNs.
bool Start(double v, std::string* out, Decimal* d) {
  if (!std::isfinite(v)) {
    *out = std::signbit(v) ? "-" : "";
    *out += std::isnan(v) ? "nan" : "inf";
    return false;
  }
  d->Assign(v);
  if (d->negative()) *out += '-';
  return true;
}

// The digits before the point, "0" when there are none.
void IntegerPart(const Decimal& d, std::string* out) {
  if (d.point() <= 0) *out += '0';
  for (int i = 0; i < d.point(); ++i) *out += d.digit(i);
}

}  // namespace

std::string FormatG(double v, int precision) {
  std::string out;
  Decimal d;
  if (!Start(v, &out, &d)) return out;
  if (d.digits() == 0) return out + '0';
  const int p = precision < 1 ? 1 : precision;
  d.Round(p);
  const int x = d.point() - 1;  // the exponent of the e-style, after rounding
  if (x < -4 || x >= p) {
    out += d.digit(0);
    if (d.digits() > 1) {
      out += '.';
      for (int i = 1; i < d.digits(); ++i) out += d.digit(i);
    }
    out += x < 0 ? "e-" : "e+";
    const int a = x < 0 ? -x : x;
    if (a < 10) out += '0';
    out += std::to_string(a);
    return out;
  }
  // The f-style with p - 1 - x decimals, whose trailing zeros (already trimmed) %g drops.
  IntegerPart(d, &out);
  if (d.digits() > d.point()) {
    out += '.';
    for (int i = d.point(); i < d.digits(); ++i) out += d.digit(i);  // '0' before the first
  }
  return out;
}

std::string FormatF(double v, int decimals) {
  std::string out;
  Decimal d;
  if (!Start(v, &out, &d)) return out;
  const int f = decimals < 0 ? 0 : decimals;
  if (d.digits() > 0) d.Round(d.point() + f);
  IntegerPart(d, &out);
  if (f > 0) {
    out += '.';
    for (int k = 0; k < f; ++k) out += d.digit(d.point() + k);
  }
  return out;
}

bool StrtodWhole(std::string_view s, double* v) {
  if (ReadHex(s, v)) return true;
  Decimal d;
  if (!d.Read(s)) return false;
  *v = d.ToDouble();
  return true;
}

}  // namespace text
}  // namespace corroborate
