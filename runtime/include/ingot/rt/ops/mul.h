// a * b: numbers (int checked); sequence repetition (str, bytes, list,
// tuple) by an int on either side, where n <= 0 gives an empty sequence.
#pragma once

#include <cstddef>

#include "ingot/rt/bytes.h"
#include "ingot/rt/ops/arithmetic_core.h"
#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

template <IntLike A, IntLike B>
inline Int mul(A a, B b) {
  return detail::checked_mul(static_cast<Int>(a), static_cast<Int>(b));
}
template <Number A, Number B>
  requires(Real<A> || Real<B>)
inline Float mul(A a, B b) {
  return static_cast<Float>(a) * static_cast<Float>(b);
}

namespace detail {
/// The item count of a repetition: 0 for n <= 0, MemoryError/OverflowError
/// when the result could not exist.
std::size_t repeat_count(std::size_t length, Int n);
}  // namespace detail

Str repeat(const Str& s, Int n);
Bytes repeat(const Bytes& b, Int n);

template <IntLike N>
inline Str mul(const Str& s, N n) {
  return repeat(s, static_cast<Int>(n));
}
template <IntLike N>
inline Str mul(N n, const Str& s) {
  return repeat(s, static_cast<Int>(n));
}
template <IntLike N>
inline Bytes mul(const Bytes& b, N n) {
  return repeat(b, static_cast<Int>(n));
}
template <IntLike N>
inline Bytes mul(N n, const Bytes& b) {
  return repeat(b, static_cast<Int>(n));
}

template <class T, IntLike N>
List<T> mul(const List<T>& xs, N n) {
  const std::size_t total = detail::repeat_count(xs.size(), static_cast<Int>(n));
  typename List<T>::storage_type items;
  items.reserve(total);
  const auto& source = xs.storage();
  while (items.size() < total) items.insert(items.end(), source.begin(), source.end());
  return List<T>(std::move(items));
}
template <class T, IntLike N>
List<T> mul(N n, const List<T>& xs) {
  return mul(xs, n);
}

template <class T, IntLike N>
VarTuple<T> mul(const VarTuple<T>& xs, N n) {
  const std::size_t total = detail::repeat_count(xs.size(), static_cast<Int>(n));
  typename VarTuple<T>::storage_type items;
  items.reserve(total);
  const auto& source = xs.storage();
  while (items.size() < total) items.insert(items.end(), source.begin(), source.end());
  return VarTuple<T>(std::move(items));
}
template <class T, IntLike N>
VarTuple<T> mul(N n, const VarTuple<T>& xs) {
  return mul(xs, n);
}

}  // namespace ingot::rt
