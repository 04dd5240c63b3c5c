// a * b: numbers (int checked); sequence repetition (str, bytes, list,
// tuple) by an int on either side, where n <= 0 gives an empty sequence.
#pragma once

#include <algorithm>

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

/// `total` items repeating `source` ([x] * n, xs * n): a fill for one item,
/// else the copied prefix doubles (a few large copies, not one per item).
template <class Storage, class Source>
Storage repeated(const Source& source, std::size_t total) {
  Storage items;
  if (total == 0 || source.empty()) return items;
  if (source.size() == 1) {
    items.assign(total, source[0]);
    return items;
  }
  items.resize(total);
  std::copy(source.begin(), source.end(), items.begin());
  for (std::size_t filled = source.size(); filled < total;) {
    const std::size_t chunk = std::min(filled, total - filled);
    std::copy_n(items.begin(), chunk, items.begin() + static_cast<std::ptrdiff_t>(filled));
    filled += chunk;
  }
  return items;
}
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
  return List<T>(detail::repeated<typename List<T>::storage_type>(xs.storage(), total));
}
template <class T, IntLike N>
List<T> mul(N n, const List<T>& xs) {
  return mul(xs, n);
}

template <class T, IntLike N>
VarTuple<T> mul(const VarTuple<T>& xs, N n) {
  const std::size_t total = detail::repeat_count(xs.size(), static_cast<Int>(n));
  return VarTuple<T>(detail::repeated<typename VarTuple<T>::storage_type>(xs.storage(), total));
}
template <class T, IntLike N>
VarTuple<T> mul(N n, const VarTuple<T>& xs) {
  return mul(xs, n);
}

}  // namespace ingot::rt
