// Augmented assignment. Python mutates lists, sets and dicts in place
// (b = a; a += [1] changes b too) and rebinds everything else, so
// generated code writes `x += y` as rt::iadd(x, y) for every type:
//   iadd  +=   list: extend; str: append in place when unshared; else x = add(x, y)
//   isub  -=   set: difference_update; else x = sub(x, y)
//   imul  *=   list: repeat in place; else x = mul(x, y)
//   ior   |=   set: update; dict: update; else x = bit_or(x, y)
//   iand  &=   set: intersection_update; else x = bit_and(x, y)
//   ixor  ^=   set: symmetric_difference_update; else x = bit_xor(x, y)
//   itruediv, ifloordiv, imod, ipow, ilshift, irshift: x = op(x, y)
#pragma once

#include <type_traits>

#include "ingot/rt/ops/add.h"
#include "ingot/rt/ops/bitwise.h"
#include "ingot/rt/ops/floordiv.h"
#include "ingot/rt/ops/mod.h"
#include "ingot/rt/ops/mul.h"
#include "ingot/rt/ops/pow.h"
#include "ingot/rt/ops/shift.h"
#include "ingot/rt/ops/sub.h"
#include "ingot/rt/ops/truediv.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

namespace detail {
/// x = result, refusing the silent float -> int narrowing C++ would allow.
template <class T, class R>
void rebind(T& x, R&& result) {
  static_assert(!(is_int_v<T> && is_float_v<R>), "augmented assignment would store a float in an int variable");
  x = std::forward<R>(result);
}
}  // namespace detail

template <class T, class U>
void iadd(T& x, const U& y) {
  if constexpr (is_list_v<T>) x.extend(y);
  else if constexpr (is_str_v<T> && is_str_v<U>) x.append_in_place(y);
  else detail::rebind(x, add(x, y));
}
template <class T, class U>
void isub(T& x, const U& y) {
  if constexpr (is_set_v<T>) x.difference_update(y);
  else detail::rebind(x, sub(x, y));
}
template <class T, class U>
void imul(T& x, const U& y) {
  if constexpr (is_list_v<T>) {
    auto repeated = mul(x, y);
    x.storage().swap(repeated.storage());
  } else {
    detail::rebind(x, mul(x, y));
  }
}
template <class T, class U>
void ior(T& x, const U& y) {
  if constexpr (is_set_v<T> || is_dict_v<T>) x.update(y);
  else detail::rebind(x, bit_or(x, y));
}
template <class T, class U>
void iand(T& x, const U& y) {
  if constexpr (is_set_v<T>) x.intersection_update(y);
  else detail::rebind(x, bit_and(x, y));
}
template <class T, class U>
void ixor(T& x, const U& y) {
  if constexpr (is_set_v<T>) x.symmetric_difference_update(y);
  else detail::rebind(x, bit_xor(x, y));
}
template <class T, class U>
void itruediv(T& x, const U& y) {
  detail::rebind(x, truediv(x, y));
}
template <class T, class U>
void ifloordiv(T& x, const U& y) {
  detail::rebind(x, floordiv(x, y));
}
template <class T, class U>
void imod(T& x, const U& y) {
  detail::rebind(x, mod(x, y));
}
template <class T, class U>
void ipow(T& x, const U& y) {
  detail::rebind(x, pow(x, y));
}
template <class T, class U>
void ilshift(T& x, const U& y) {
  detail::rebind(x, lshift(x, y));
}
template <class T, class U>
void irshift(T& x, const U& y) {
  detail::rebind(x, rshift(x, y));
}

}  // namespace ingot::rt
