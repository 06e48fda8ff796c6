#include "text/number.h"

#include <clocale>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace corroborate {
namespace text {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

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

bool StrtodWhole(std::string_view s, double* v) {
  // strtod needs a terminating NUL, and the locale's own decimal point.
  std::string copy(s);
  const std::size_t dot = copy.find('.');
  if (dot != std::string::npos) copy.replace(dot, 1, std::localeconv()->decimal_point);
  char* end = nullptr;
  *v = std::strtod(copy.c_str(), &end);
  return !copy.empty() && end == copy.c_str() + copy.size();
}

}  // namespace text
}  // namespace corroborate
