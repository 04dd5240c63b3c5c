// a % b: the remainder takes the sign of b. "integer modulo by zero" /
// "float modulo". (str % args, printf-style formatting: str_methods/percent_format.h.)
#pragma once

#include "ingot/rt/ops/arithmetic_core.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

template <IntLike A, IntLike B>
inline Int mod(A a, B b) {
  return detail::int_mod(static_cast<Int>(a), static_cast<Int>(b));
}
template <Number A, Number B>
  requires(Real<A> || Real<B>)
inline Float mod(A a, B b) {
  return detail::float_mod(static_cast<Float>(a), static_cast<Float>(b));
}

}  // namespace ingot::rt
