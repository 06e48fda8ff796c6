// Numbers read without the C library: strtod follows the C locale, so a host program that
// set a comma-decimal locale would read "19.7" as 19; and in wasm strtod computes in
// software long double, whose code would be a large share of the module's size budget.
//
//   double v;
//   if (text::ParseDecimal("19.7", &v)) ...  // v == 19.7, as strtod would round it
#ifndef CORROBORATE_TEXT_NUMBER_H_
#define CORROBORATE_TEXT_NUMBER_H_

#include <string>
#include <string_view>

namespace corroborate {
namespace text {

// Reads the whole of `s` as digits, optionally followed by '.' and digits. Returns false
// (v untouched) for anything else: signs, exponents, other characters, "", "1.", ".5".
// The value is the double nearest to the decimal (ties to even), exactly as strtod gives.
bool ParseDecimal(std::string_view s, double* v);

// Reads all of `s`, a decimal ("1e-7", "-0.5", "5.", ".5") or hexadecimal ("0x1f",
// "0x1.8p3") number, as strtod reads it in the "C" locale: the nearest double, ties to
// even; infinite when too large (where glibc's strtod rounds a long hexadecimal subnormal
// otherwise, this is the nearest; number_test.cc). Returns false, v unspecified, unless the whole of `s` is
// such a number (strtod's "inf", "nan" and leading white space are not).
bool StrtodWhole(std::string_view s, double* v);

// v as printf's "%.<precision>g" (precision 0 as 1) and "%.<decimals>f" print it in the "C"
// locale: the exact binary value rounded to nearest, ties to even; "inf", "-inf", "nan" and
// "-nan" as glibc and musl write them. Not printf's own: in wasm it computes in software
// long double, about 6.5 KB of the module.
std::string FormatG(double v, int precision);
std::string FormatF(double v, int decimals);

}  // namespace text
}  // namespace corroborate

#endif  // CORROBORATE_TEXT_NUMBER_H_
