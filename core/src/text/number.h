// Decimal numbers as news text writes them ("19.7", "145", "2025"), read without the C
// library: strtod follows the C locale, so a host program that set a comma-decimal locale
// would read "19.7" as 19; and in wasm strtod computes in software long double.
//
//   double v;
//   if (text::ParseDecimal("19.7", &v)) ...  // v == 19.7, as strtod would round it
#ifndef CORROBORATE_TEXT_NUMBER_H_
#define CORROBORATE_TEXT_NUMBER_H_

#include <string_view>

namespace corroborate {
namespace text {

// Reads the whole of `s` as digits, optionally followed by '.' and digits. Returns false
// (v untouched) for anything else: signs, exponents, other characters, "", "1.", ".5".
// The value is the double nearest to the decimal (ties to even), exactly as strtod gives.
bool ParseDecimal(std::string_view s, double* v);

// Reads all of `s`, a number in any form strtod knows ("1e-7", "-0.5", "0x1f") with '.' as
// its decimal point, as strtod reads it in the "C" locale, whatever locale the host program
// set. Returns false, v unspecified, unless the whole of `s` is the number.
bool StrtodWhole(std::string_view s, double* v);

}  // namespace text
}  // namespace corroborate

#endif  // CORROBORATE_TEXT_NUMBER_H_
