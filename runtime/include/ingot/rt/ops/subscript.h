// Subscripts:
//   x[i]          rt::getitem(x, i)           x[a:b:c]        rt::getitem(x, rt::Slice{a, b, c})
//   x[i] = v      rt::setitem(x, i, v)        x[a:b] = vs     rt::setitem(x, rt::Slice{a, b}, vs)
//   del x[i]      rt::delitem(x, i)           del x[a:b]      rt::delitem(x, rt::Slice{a, b})
//   t[0] on a fixed-shape tuple: rt::tuple_get<0>(t) (negative constants allowed).
// IndexError messages are CPython's: "list index out of range", "string
// index out of range", "tuple index out of range", "list assignment index
// out of range", "range object index out of range", "index out of range"
// (bytes). Dicts raise KeyError(key).
#pragma once

#include <cstddef>
#include <tuple>

#include "ingot/rt/builtins/range.h"
#include "ingot/rt/bytes.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/slice.h"
#include "ingot/rt/str.h"
#include "ingot/rt/type_name.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

// Non-template parts (runtime/src/str.cpp, bytes.cpp).
Str str_getitem(const Str& s, Int index);
Str str_getslice(const Str& s, const Slice& slice);
Int bytes_getitem(const Bytes& b, Int index);
Bytes bytes_getslice(const Bytes& b, const Slice& slice);

namespace detail {
[[noreturn]] void raise_not_subscriptable(const char* type_name);
[[noreturn]] void raise_no_item_assignment(const char* type_name);
}  // namespace detail

inline Str getitem(const Str& s, Int index) { return str_getitem(s, index); }
inline Str getitem(const Str& s, const Slice& slice) { return str_getslice(s, slice); }
inline Int getitem(const Bytes& b, Int index) { return bytes_getitem(b, index); }
inline Bytes getitem(const Bytes& b, const Slice& slice) { return bytes_getslice(b, slice); }

template <class T>
T getitem(const List<T>& xs, Int index) {
  return xs.get(index);
}
template <class T>
List<T> getitem(const List<T>& xs, const Slice& slice) {
  return xs.get_slice(slice);
}
template <class T>
T getitem(const VarTuple<T>& xs, Int index) {
  return xs.get(index);
}
template <class T>
VarTuple<T> getitem(const VarTuple<T>& xs, const Slice& slice) {
  return xs.get_slice(slice);
}
template <class K, class V, class Key>
V getitem(const Dict<K, V>& d, const Key& key) {
  return d.getitem(key);
}
/// x[i] where x: Optional[...]: None is not subscriptable.
template <class T, class I>
auto getitem(const std::optional<T>& x, const I& index) {
  if (!x) detail::raise_not_subscriptable("NoneType");
  return getitem(*x, index);
}

template <class T, class V>
void setitem(const List<T>& xs, Int index, V&& value) {
  xs.set(index, static_cast<T>(std::forward<V>(value)));
}
template <class T, class Iterable>
void setitem(const List<T>& xs, const Slice& slice, const Iterable& values) {
  xs.set_slice(slice, values);
}
template <class K, class V, class Key, class Value>
void setitem(const Dict<K, V>& d, Key&& key, Value&& value) {
  d.setitem(static_cast<K>(std::forward<Key>(key)), static_cast<V>(std::forward<Value>(value)));
}

template <class T>
void delitem(const List<T>& xs, Int index) {
  xs.del(index);
}
template <class T>
void delitem(const List<T>& xs, const Slice& slice) {
  xs.del_slice(slice);
}
template <class K, class V, class Key>
void delitem(const Dict<K, V>& d, const Key& key) {
  d.delitem(key);
}

/// x[start:stop:step], the code generator's spelling: each part is
/// std::nullopt when omitted.
template <class C>
auto getslice(const C& container, std::optional<Int> start, std::optional<Int> stop, std::optional<Int> step) {
  return getitem(container, Slice(start, stop, step));
}
inline Range getitem(const Range& r, const Slice& slice) { return r.get_slice(slice); }
inline Int getitem(const Range& r, Int index) { return r.get(index); }

/// t[i] with a run-time index, for a tuple whose items share one type
/// (tuple[int, int]); with a constant index prefer rt::tuple_get.
template <class T, class... Ts>
  requires(std::is_same_v<T, Ts> && ...)
T getitem(const std::tuple<T, Ts...>& t, Int index) {
  std::size_t i;
  if (!normalize_index(index, 1 + sizeof...(Ts), i)) raise_index_error("tuple index out of range");
  T result{};
  std::size_t k = 0;
  std::apply([&](const auto&... items) { ((k++ == i ? (result = items, 0) : 0), ...); }, t);
  return result;
}

/// t[I] for a fixed-shape tuple; I may be negative (t[-1]).
template <Int I, class... Ts>
const auto& tuple_get(const std::tuple<Ts...>& t) {
  constexpr Int n = static_cast<Int>(sizeof...(Ts));
  static_assert(I >= -n && I < n, "tuple index out of range");
  return std::get<static_cast<std::size_t>(I < 0 ? I + n : I)>(t);
}

}  // namespace ingot::rt
