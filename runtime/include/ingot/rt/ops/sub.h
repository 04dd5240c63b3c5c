// a - b: numbers (int checked), set difference.
#pragma once

#include "ingot/rt/ops/arithmetic_core.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

template <IntLike A, IntLike B>
inline Int sub(A a, B b) {
  return detail::checked_sub(static_cast<Int>(a), static_cast<Int>(b));
}
template <Number A, Number B>
  requires(Real<A> || Real<B>)
inline Float sub(A a, B b) {
  return static_cast<Float>(a) - static_cast<Float>(b);
}

template <class T, class U>
Set<T> sub(const Set<T>& a, const Set<U>& b) {
  return a.difference(b);
}

}  // namespace ingot::rt
