// list(iterable), tuple(iterable), set(iterable), dict(pairs) and the empty
// forms. The element type comes from the iterable; generated code that knows
// the declared type can call rt::List<T>::from_iterable(...) directly.
#pragma once

#include "ingot/rt/dict.h"
#include "ingot/rt/list.h"
#include "ingot/rt/set.h"
#include "ingot/rt/str.h"
#include "ingot/rt/var_tuple.h"

namespace ingot::rt {

/// list(), set(), dict() with no argument: an empty container of whichever
/// element types the receiving variable declares.
struct EmptyContainer {
  template <class T>
  operator List<T>() const {  // NOLINT: implicit on purpose
    return List<T>();
  }
  template <class T>
  operator Set<T>() const {  // NOLINT
    return Set<T>();
  }
  template <class K, class V>
  operator Dict<K, V>() const {  // NOLINT
    return Dict<K, V>();
  }
  template <class T>
  operator VarTuple<T>() const {  // NOLINT
    return VarTuple<T>();
  }
};

}  // namespace ingot::rt

namespace ingot::rt::builtins {

inline EmptyContainer list() { return {}; }
inline EmptyContainer set() { return {}; }
inline EmptyContainer dict() { return {}; }
inline EmptyContainer tuple() { return {}; }

template <class Iterable>
auto list(const Iterable& iterable) {
  return List<element_t<Iterable>>::from_iterable(iterable);
}
template <class Iterable>
auto tuple(const Iterable& iterable) {
  return VarTuple<element_t<Iterable>>::from_iterable(iterable);
}
template <class Iterable>
auto set(const Iterable& iterable) {
  return Set<element_t<Iterable>>::from_iterable(iterable);
}
/// dict(iterable of 2-tuples).
template <class Iterable>
auto dict(const Iterable& pairs) {
  using Pair = element_t<Iterable>;
  using K = std::remove_cvref_t<std::tuple_element_t<0, Pair>>;
  using V = std::remove_cvref_t<std::tuple_element_t<1, Pair>>;
  return Dict<K, V>::from_pairs(pairs);
}
template <class K, class V>
Dict<K, V> dict(const Dict<K, V>& other) {
  return other.copy();
}

}  // namespace ingot::rt::builtins
