// a << b, a >> b for ints (bools count as ints). A negative count raises
// ValueError("negative shift count"); a left shift past 64 bits raises
// OverflowError; a right shift of 64 or more gives 0 or -1.
#pragma once

#include "ingot/rt/ops/arithmetic_core.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

template <IntLike A, IntLike B>
inline Int lshift(A a, B b) {
  return detail::int_lshift(static_cast<Int>(a), static_cast<Int>(b));
}
template <IntLike A, IntLike B>
inline Int rshift(A a, B b) {
  return detail::int_rshift(static_cast<Int>(a), static_cast<Int>(b));
}

}  // namespace ingot::rt
