// a & b, a | b, a ^ b. Named bit_and / bit_or / bit_xor because `bitand`
// and `bitor` are reserved words in C++ (alternative tokens for & and |).
//   bool op bool -> bool (True & False is False); any int -> int;
//   sets: intersection, union, symmetric difference; dict | dict: merge.
#pragma once

#include "ingot/rt/types.h"

namespace ingot::rt {

inline Bool bit_and(Bool a, Bool b) { return a && b; }
inline Bool bit_or(Bool a, Bool b) { return a || b; }
inline Bool bit_xor(Bool a, Bool b) { return a != b; }

template <IntLike A, IntLike B>
  requires(!(std::same_as<A, bool> && std::same_as<B, bool>))
inline Int bit_and(A a, B b) {
  return static_cast<Int>(a) & static_cast<Int>(b);
}
template <IntLike A, IntLike B>
  requires(!(std::same_as<A, bool> && std::same_as<B, bool>))
inline Int bit_or(A a, B b) {
  return static_cast<Int>(a) | static_cast<Int>(b);
}
template <IntLike A, IntLike B>
  requires(!(std::same_as<A, bool> && std::same_as<B, bool>))
inline Int bit_xor(A a, B b) {
  return static_cast<Int>(a) ^ static_cast<Int>(b);
}

template <class T, class U>
Set<T> bit_and(const Set<T>& a, const Set<U>& b) {
  return a.intersection(b);
}
template <class T, class U>
Set<T> bit_or(const Set<T>& a, const Set<U>& b) {
  return a.union_(b);
}
template <class T, class U>
Set<T> bit_xor(const Set<T>& a, const Set<U>& b) {
  return a.symmetric_difference(b);
}
template <class K, class V, class K2, class V2>
Dict<K, V> bit_or(const Dict<K, V>& a, const Dict<K2, V2>& b) {
  Dict<K, V> merged = a.copy();
  merged.update(b);
  return merged;
}

/// The code generator's names for the same operators.
template <class A, class B>
auto bitand_(const A& a, const B& b) -> decltype(bit_and(a, b)) {
  return bit_and(a, b);
}
template <class A, class B>
auto bitor_(const A& a, const B& b) -> decltype(bit_or(a, b)) {
  return bit_or(a, b);
}
template <class A, class B>
auto bitxor_(const A& a, const B& b) -> decltype(bit_xor(a, b)) {
  return bit_xor(a, b);
}

}  // namespace ingot::rt
