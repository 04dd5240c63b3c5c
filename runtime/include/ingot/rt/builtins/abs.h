// abs(x): int (abs(-2**63) overflows), bool -> int, float.
#pragma once

#include <cmath>

#include "ingot/rt/ops/arithmetic_core.h"
#include "ingot/rt/types.h"

namespace ingot::rt::builtins {

template <IntLike A>
inline Int abs(A a) {
  const Int x = static_cast<Int>(a);
  return x < 0 ? detail::checked_neg(x) : x;
}
inline Float abs(Float x) { return std::fabs(x); }

}  // namespace ingot::rt::builtins
