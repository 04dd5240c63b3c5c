// a ** b.
//
// Python's int ** int is an int for a non-negative exponent and a float for
// a negative one, so its type depends on a value. The runtime offers both:
//   rt::pow(Int, Int)        -> Int: for exponents known to be >= 0 (a
//                               literal, or a proven range). A negative
//                               exponent raises ValueError (the result
//                               would be a float).
//   rt::pow_float(a, b)      -> Float: always CPython's float result
//                               (2 ** -1 == 0.5), for int ** negative literal
//                               or wherever the code is typed float.
// float ** anything follows CPython's float_pow: 0.0 ** negative raises
// ZeroDivisionError("0.0 cannot be raised to a negative power"), an overflow
// raises OverflowError("(34, 'Numerical result out of range')"), and a
// negative base with a fractional exponent (a complex result in Python)
// raises ValueError("negative number cannot be raised to a fractional power").
#pragma once

#include "ingot/rt/ops/arithmetic_core.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

template <IntLike A, IntLike B>
inline Int pow(A a, B b) {
  return detail::int_pow(static_cast<Int>(a), static_cast<Int>(b));
}
template <Number A, Number B>
  requires(Real<A> || Real<B>)
inline Float pow(A a, B b) {
  return detail::float_pow(static_cast<Float>(a), static_cast<Float>(b));
}
/// a ** b as a float (int ** negative int in Python).
template <Number A, Number B>
inline Float pow_float(A a, B b) {
  return detail::float_pow(static_cast<Float>(a), static_cast<Float>(b));
}
/// pow(a, b, m): ints only; negative exponents use the modular inverse.
template <IntLike A, IntLike B, IntLike M>
inline Int pow(A a, B b, M m) {
  return detail::int_pow_mod(static_cast<Int>(a), static_cast<Int>(b), static_cast<Int>(m));
}

}  // namespace ingot::rt
