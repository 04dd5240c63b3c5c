// divmod(a, b) -> (a // b, a % b). Zero divisor: "integer division or
// modulo by zero" (ints), "float divmod()" (floats).
#pragma once

#include <tuple>

#include "ingot/rt/ops/arithmetic_core.h"
#include "ingot/rt/types.h"

namespace ingot::rt::builtins {

template <IntLike A, IntLike B>
std::tuple<Int, Int> divmod(A a, B b) {
  const Int x = static_cast<Int>(a), y = static_cast<Int>(b);
  if (y == 0) raise_zero_division("integer division or modulo by zero");
  return {detail::int_floordiv(x, y), detail::int_mod(x, y)};
}
template <Number A, Number B>
  requires(Real<A> || Real<B>)
std::tuple<Float, Float> divmod(A a, B b) {
  const Float y = static_cast<Float>(b);
  if (y == 0.0) raise_zero_division("float divmod()");
  const auto r = detail::float_divmod_unchecked(static_cast<Float>(a), y);
  return {r.quotient, r.remainder};
}

}  // namespace ingot::rt::builtins
