// sep.join(iterable of str) -> join(sep, iterable).
#pragma once

#include <string>
#include <vector>

#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt::str_methods {

/// Joins the collected pieces (the non-template part).
Str join_strs(const Str& sep, const std::vector<Str>& pieces);

template <class Iterable>
Str join(const Str& sep, const Iterable& items) {
  static_assert(is_str_v<element_t<Iterable>>, "str.join() needs an iterable of str");
  std::vector<Str> pieces;
  if constexpr (requires { items.size(); }) pieces.reserve(items.size());
  for (auto&& item : items) pieces.push_back(item);
  return join_strs(sep, pieces);
}

}  // namespace ingot::rt::str_methods
