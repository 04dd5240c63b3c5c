// dict methods as free functions, the code generator's spelling
// (rt::dict_methods::get(d, k) for d.get(k)). Result types follow the
// signature table (src/types/signatures_methods.cpp):
//   d.get(k)              -> std::optional<V>
//   d.get(k, default)     -> V when the default is a V (or any number for a
//                            float V), std::optional<V> for None, else
//                            std::variant<V, D>
//   d.pop(k, default)     -> V when the default is a V, std::optional<V> for
//                            None, else std::variant<V, D>
#pragma once

#include <optional>
#include <tuple>
#include <variant>

#include "ingot/rt/dict.h"

namespace ingot::rt::dict_methods {

namespace detail {
template <class V, class D, bool NumbersJoin>
struct get_result {
  using type = std::conditional_t<
      std::is_same_v<V, D> || (NumbersJoin && is_float_v<V> && Number<D>), V,
      std::conditional_t<is_none_v<D>, std::optional<V>, std::variant<V, D>>>;
};
template <class R, class V>
R from_value_or(const V* found, const auto& fallback) {
  if constexpr (std::is_same_v<R, V>) {
    return found ? *found : static_cast<V>(fallback);
  } else if constexpr (is_optional_v<R>) {
    return found ? R(*found) : R();
  } else {
    return found ? R(std::in_place_index<0>, *found) : R(std::in_place_index<1>, fallback);
  }
}
}  // namespace detail

template <class K, class V, class Key>
std::optional<V> get(const Dict<K, V>& d, const Key& key) {
  return d.get(key);
}
template <class K, class V, class Key, class D>
auto get(const Dict<K, V>& d, const Key& key, const D& fallback) {
  using R = typename detail::get_result<V, D, true>::type;
  return detail::from_value_or<R>(d.find(key), fallback);
}
template <class K, class V, class Key, class D>
V setdefault(const Dict<K, V>& d, const Key& key, const D& value) {
  return d.setdefault(static_cast<K>(key), static_cast<V>(value));
}
template <class K, class V, class Key>
V pop(const Dict<K, V>& d, const Key& key) {
  return d.pop(key);
}
template <class K, class V, class Key, class D>
auto pop(const Dict<K, V>& d, const Key& key, const D& fallback) {
  using R = typename detail::get_result<V, D, false>::type;
  if (!d.contains(key)) return detail::from_value_or<R, V>(nullptr, fallback);
  const V value = d.pop(key);
  return detail::from_value_or<R>(&value, fallback);
}
template <class K, class V>
std::tuple<K, V> popitem(const Dict<K, V>& d) {
  return d.popitem();
}
template <class K, class V>
auto keys(const Dict<K, V>& d) {
  return d.keys();
}
template <class K, class V>
auto values(const Dict<K, V>& d) {
  return d.values();
}
template <class K, class V>
auto items(const Dict<K, V>& d) {
  return d.items();
}
template <class K, class V, class Other>
void update(const Dict<K, V>& d, const Other& other) {
  if constexpr (is_dict_v<Other>) d.update(other);
  else d.update_pairs(other);
}
template <class K, class V>
void clear(const Dict<K, V>& d) {
  d.clear();
}
template <class K, class V>
Dict<K, V> copy(const Dict<K, V>& d) {
  return d.copy();
}

}  // namespace ingot::rt::dict_methods
