// sep.join(iterable of str) -> join(sep, iterable).
#pragma once

#include <concepts>
#include <vector>

#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt::detail {
/// A list or tuple of str, whose items can be joined where they are.
template <class T>
concept StrStorage = requires(const T& t) {
  { t.storage().data() } -> std::convertible_to<const Str*>;
  t.storage().size();
};
}  // namespace ingot::rt::detail

namespace ingot::rt::str_methods {

/// Joins `count` pieces (the non-template part): sizes first, then one copy.
Str join_strs(const Str& sep, const Str* pieces, std::size_t count);
Str join_strs(const Str& sep, const std::vector<Str>& pieces);

template <class Iterable>
Str join(const Str& sep, const Iterable& items) {
  static_assert(is_str_v<element_t<Iterable>>, "str.join() needs an iterable of str");
  if constexpr (rt::detail::StrStorage<Iterable>) {
    // A list (or tuple) of str: join its items where they are.
    return join_strs(sep, items.storage().data(), items.storage().size());
  } else {
    std::vector<Str> pieces;
    if constexpr (requires { items.size(); }) pieces.reserve(items.size());
    for (auto&& item : items) pieces.push_back(item);
    return join_strs(sep, pieces);
  }
}

}  // namespace ingot::rt::str_methods
