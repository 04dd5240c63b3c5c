// Checked 64-bit integer arithmetic and the float helpers behind the
// arithmetic operators. Python ints never wrap: every result that does not
// fit in 64 bits raises OverflowError (rt::kIntOverflowMessage).
#pragma once

#include <cmath>
#include <cstdint>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/types.h"

namespace ingot::rt::detail {

inline Int checked_add(Int a, Int b) {
  Int r;
  if (__builtin_add_overflow(a, b, &r)) raise_int_overflow();
  return r;
}
inline Int checked_sub(Int a, Int b) {
  Int r;
  if (__builtin_sub_overflow(a, b, &r)) raise_int_overflow();
  return r;
}
inline Int checked_mul(Int a, Int b) {
  Int r;
  if (__builtin_mul_overflow(a, b, &r)) raise_int_overflow();
  return r;
}
inline Int checked_neg(Int a) {
  if (a == INT64_MIN) raise_int_overflow();
  return -a;
}

/// a // b with Python's rounding toward negative infinity.
inline Int int_floordiv(Int a, Int b) {
  if (b == 0) raise_zero_division("integer division or modulo by zero");
  if (b == -1) return checked_neg(a);
  Int q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
/// a % b with the sign of b.
inline Int int_mod(Int a, Int b) {
  if (b == 0) raise_zero_division("integer modulo by zero");
  if (b == -1) return 0;  // INT64_MIN % -1 is undefined in C++
  Int r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

/// int / int, correctly rounded (as CPython, also beyond 2**53).
double int_truediv_slow(Int a, Int b);
inline double int_truediv(Int a, Int b) {
  if (b == 0) raise_zero_division("division by zero");
  constexpr Int kExact = Int{1} << 53;
  if (a > -kExact && a < kExact && b > -kExact && b < kExact) {
    return static_cast<double>(a) / static_cast<double>(b);  // both exact: one rounding
  }
  return int_truediv_slow(a, b);
}

/// Python's float // and %: the quotient and remainder of CPython's
/// float_divmod (remainder has the sign of b; quotient is floored, and
/// nudged so that q * b + r stays close to a).
struct FloatDivMod {
  double quotient;
  double remainder;
};
inline FloatDivMod float_divmod_unchecked(double a, double b) {
  double mod = std::fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, b);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, a / b);
  }
  return {floordiv, mod};
}
inline double float_floordiv(double a, double b) {
  if (b == 0.0) raise_zero_division("float floor division by zero");
  return float_divmod_unchecked(a, b).quotient;
}
inline double float_mod(double a, double b) {
  if (b == 0.0) raise_zero_division("float modulo");
  double mod = std::fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}

Int int_pow(Int base, Int exponent);             // exponent >= 0
double float_pow(double base, double exponent);  // CPython's float_pow
Int int_pow_mod(Int base, Int exponent, Int modulus);

inline Int int_lshift(Int a, Int count) {
  if (count < 0) raise_value_error("negative shift count");
  if (a == 0) return 0;
  if (count >= 64) raise_int_overflow();
  const Int r = static_cast<Int>(static_cast<std::uint64_t>(a) << count);
  if ((r >> count) != a) raise_int_overflow();
  return r;
}
inline Int int_rshift(Int a, Int count) {
  if (count < 0) raise_value_error("negative shift count");
  if (count >= 64) return a < 0 ? -1 : 0;
  return a >> count;
}

}  // namespace ingot::rt::detail
