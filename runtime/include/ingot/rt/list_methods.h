// list methods as free functions, the code generator's spelling
// (rt::list_methods::append(xs, x) for xs.append(x)); each forwards to the
// rt::List member of the same name.
#pragma once

#include "ingot/rt/builtins/keywords.h"
#include "ingot/rt/builtins/sorted.h"
#include "ingot/rt/list.h"

namespace ingot::rt::list_methods {

template <class T, class X>
void append(const List<T>& xs, X&& x) {
  xs.append(static_cast<T>(std::forward<X>(x)));
}
template <class T, class Iterable>
void extend(const List<T>& xs, const Iterable& values) {
  xs.extend(values);
}
template <class T, class X>
void insert(const List<T>& xs, Int index, X&& x) {
  xs.insert(index, static_cast<T>(std::forward<X>(x)));
}
template <class T>
T pop(const List<T>& xs) {
  return xs.pop();
}
template <class T>
T pop(const List<T>& xs, Int index) {
  return xs.pop(index);
}
template <class T, class X>
void remove(const List<T>& xs, const X& x) {
  xs.remove(x);
}
template <class T, class X>
Int index(const List<T>& xs, const X& x) {
  return xs.index(x);
}
template <class T, class X>
Int index(const List<T>& xs, const X& x, Int start, Int stop = std::numeric_limits<Int>::max()) {
  return xs.index(x, start, stop);
}
template <class T, class X>
Int count(const List<T>& xs, const X& x) {
  return xs.count(x);
}
/// xs.sort(key=key, reverse=reverse): key is rt::no_key or a callable.
template <class T, class Key = NoKey>
void sort(const List<T>& xs, const Key& key = no_key, bool reverse = false) {
  detail::sort_list(xs, key, reverse);
}
template <class T>
void reverse(const List<T>& xs) {
  xs.reverse();
}
template <class T>
void clear(const List<T>& xs) {
  xs.clear();
}
template <class T>
List<T> copy(const List<T>& xs) {
  return xs.copy();
}

}  // namespace ingot::rt::list_methods
