// a // b: floored division. Int for ints ("integer division or modulo by
// zero"), float when either is a float ("float floor division by zero").
#pragma once

#include "ingot/rt/ops/arithmetic_core.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

template <IntLike A, IntLike B>
inline Int floordiv(A a, B b) {
  return detail::int_floordiv(static_cast<Int>(a), static_cast<Int>(b));
}
template <Number A, Number B>
  requires(Real<A> || Real<B>)
inline Float floordiv(A a, B b) {
  return detail::float_floordiv(static_cast<Float>(a), static_cast<Float>(b));
}

}  // namespace ingot::rt
