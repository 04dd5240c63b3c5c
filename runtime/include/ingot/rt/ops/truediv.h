// a / b: always a float. int / int is correctly rounded (as CPython's
// long_true_divide); ZeroDivisionError "division by zero" for ints and
// "float division by zero" when either operand is a float.
#pragma once

#include "ingot/rt/ops/arithmetic_core.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

template <IntLike A, IntLike B>
inline Float truediv(A a, B b) {
  return detail::int_truediv(static_cast<Int>(a), static_cast<Int>(b));
}
template <Number A, Number B>
  requires(Real<A> || Real<B>)
inline Float truediv(A a, B b) {
  const Float divisor = static_cast<Float>(b);
  if (divisor == 0.0) raise_zero_division("float division by zero");
  return static_cast<Float>(a) / divisor;
}

}  // namespace ingot::rt
