// -a, +a, ~a. For bool operands the result is an int (-True == -1,
// ~True == -2), as in Python.
#pragma once

#include "ingot/rt/ops/arithmetic_core.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

template <IntLike A>
inline Int neg(A a) {
  return detail::checked_neg(static_cast<Int>(a));
}
inline Float neg(Float a) { return -a; }

template <IntLike A>
inline Int pos(A a) {
  return static_cast<Int>(a);
}
inline Float pos(Float a) { return a; }

template <IntLike A>
inline Int invert(A a) {
  return ~static_cast<Int>(a);
}

/// `not x` is `!rt::truthy(x)` (truthy.h).

}  // namespace ingot::rt
