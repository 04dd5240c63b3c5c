// round(x[, ndigits]), as CPython:
//   round(float) -> Int, halves to even; NaN: ValueError("cannot convert
//     float NaN to integer"), inf: OverflowError("cannot convert float
//     infinity to integer").
//   round(float, n) -> Float, correctly rounded on the exact binary value
//     (round(2.675, 2) == 2.67), halves to even; n may be negative.
//   round(int) -> Int; round(int, n) -> Int, n < 0 rounds to 10**-n, halves to even.
#pragma once

#include "ingot/rt/types.h"

namespace ingot::rt {
namespace detail {
Int round_float_to_int(double x);
double round_float(double x, Int ndigits);
Int round_int(Int x, Int ndigits);
}  // namespace detail

namespace builtins {
inline Int round(Float x) { return detail::round_float_to_int(x); }
template <IntLike N>
inline Float round(Float x, N ndigits) {
  return detail::round_float(x, static_cast<Int>(ndigits));
}
/// round(x, None) is round(x).
inline Int round(Float x, None) { return detail::round_float_to_int(x); }
template <IntLike A>
inline Int round(A x) {
  return static_cast<Int>(x);
}
template <IntLike A, IntLike N>
inline Int round(A x, N ndigits) {
  return detail::round_int(static_cast<Int>(x), static_cast<Int>(ndigits));
}
}  // namespace builtins
}  // namespace ingot::rt
