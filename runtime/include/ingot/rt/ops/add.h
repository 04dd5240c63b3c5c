// a + b: int/bool (checked), float, str, bytes, list, tuple concatenation.
#pragma once

#include <tuple>

#include "ingot/rt/bytes.h"
#include "ingot/rt/ops/arithmetic_core.h"
#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

template <IntLike A, IntLike B>
inline Int add(A a, B b) {
  return detail::checked_add(static_cast<Int>(a), static_cast<Int>(b));
}
template <Number A, Number B>
  requires(Real<A> || Real<B>)
inline Float add(A a, B b) {
  return static_cast<Float>(a) + static_cast<Float>(b);
}

inline Str add(const Str& a, const Str& b) { return concat(a, b); }
Bytes add(const Bytes& a, const Bytes& b);

template <class T, class U>
List<T> add(const List<T>& a, const List<U>& b) {
  typename List<T>::storage_type items;
  items.reserve(a.size() + b.size());
  items.insert(items.end(), a.storage().begin(), a.storage().end());
  for (std::size_t i = 0; i < b.size(); ++i) items.push_back(static_cast<T>(b.item(i)));
  return List<T>(std::move(items));
}

template <class T, class U>
VarTuple<T> add(const VarTuple<T>& a, const VarTuple<U>& b) {
  typename VarTuple<T>::storage_type items(a.storage().begin(), a.storage().end());
  for (std::size_t i = 0; i < b.size(); ++i) items.push_back(static_cast<T>(b.item(i)));
  return VarTuple<T>(std::move(items));
}

template <class... A, class... B>
std::tuple<A..., B...> add(const std::tuple<A...>& a, const std::tuple<B...>& b) {
  return std::tuple_cat(a, b);
}

/// tuple[T, ...] + (t1, t2): still a tuple of T of unknown length.
template <class T, class... B>
VarTuple<T> add(const VarTuple<T>& a, const std::tuple<B...>& b) {
  return add(a, VarTuple<T>::from_tuple(b));
}
template <class T, class... A>
VarTuple<T> add(const std::tuple<A...>& a, const VarTuple<T>& b) {
  return add(VarTuple<T>::from_tuple(a), b);
}

}  // namespace ingot::rt
