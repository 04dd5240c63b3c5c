// set methods as free functions, the code generator's spelling
// (rt::set_methods::add(s, x) for s.add(x)). `union` is a C++ keyword: the
// method is rt::set_methods::union_.
#pragma once

#include "ingot/rt/set.h"

namespace ingot::rt::set_methods {

template <class T, class X>
void add(const Set<T>& s, X&& x) {
  s.add(static_cast<T>(std::forward<X>(x)));
}
template <class T, class X>
void discard(const Set<T>& s, const X& x) {
  s.discard(x);
}
template <class T, class X>
void remove(const Set<T>& s, const X& x) {
  s.remove(x);
}
template <class T>
T pop(const Set<T>& s) {
  return s.pop();
}
template <class T>
void clear(const Set<T>& s) {
  s.clear();
}
template <class T>
Set<T> copy(const Set<T>& s) {
  return s.copy();
}
template <class T, class Iterable>
Set<T> union_(const Set<T>& s, const Iterable& other) {
  return s.union_(other);
}
template <class T, class Iterable>
Set<T> intersection(const Set<T>& s, const Iterable& other) {
  return s.intersection(other);
}
template <class T, class Iterable>
Set<T> difference(const Set<T>& s, const Iterable& other) {
  return s.difference(other);
}
template <class T, class Iterable>
Set<T> symmetric_difference(const Set<T>& s, const Iterable& other) {
  return s.symmetric_difference(other);
}
template <class T, class Iterable>
Bool issubset(const Set<T>& s, const Iterable& other) {
  return s.issubset(other);
}
template <class T, class Iterable>
Bool issuperset(const Set<T>& s, const Iterable& other) {
  return s.issuperset(other);
}
template <class T, class Iterable>
Bool isdisjoint(const Set<T>& s, const Iterable& other) {
  return s.isdisjoint(other);
}
template <class T, class Iterable>
void update(const Set<T>& s, const Iterable& other) {
  s.update(other);
}

}  // namespace ingot::rt::set_methods
