// Unpacking assignments of iterables (fixed-shape tuples unpack with
// std::get in generated code):
//   a, b = xs        const auto parts = rt::unpack_exactly(xs, 2);  a = parts[0]; ...
//   a, *m, z = xs    const auto parts = rt::unpack_starred(xs, 1, 1);
//                    a = parts.before[0]; m = parts.middle; z = parts.after[0];
// ValueError as CPython: "not enough values to unpack (expected 2, got 1)",
// "too many values to unpack (expected 2)", "not enough values to unpack
// (expected at least 2, got 1)".
#pragma once

#include <cstddef>
#include <vector>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/iterate.h"
#include "ingot/rt/list.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

namespace detail {
[[noreturn]] void raise_unpack_count(std::size_t expected, std::size_t got, bool at_least);
[[noreturn]] void raise_unpack_too_many(std::size_t expected);
}  // namespace detail

template <class Iterable>
auto unpack_exactly(const Iterable& values, std::size_t count) {
  auto iterable = iterate(values);
  using Item = element_t<decltype(iterable)>;
  std::vector<Item> parts;
  parts.reserve(count);
  for (auto&& item : iterable) {
    // Like CPython, stop at the first extra item (an iterator is not drained).
    if (parts.size() == count) detail::raise_unpack_too_many(count);
    parts.push_back(item);
  }
  if (parts.size() < count) detail::raise_unpack_count(count, parts.size(), false);
  return parts;
}

template <class Item>
struct Unpacked {
  std::vector<Item> before;
  List<Item> middle;
  std::vector<Item> after;
};

template <class Iterable>
auto unpack_starred(const Iterable& values, std::size_t before, std::size_t after) {
  auto iterable = iterate(values);
  using Item = element_t<decltype(iterable)>;
  std::vector<Item> all;
  for (auto&& item : iterable) all.push_back(item);
  if (all.size() < before + after) detail::raise_unpack_count(before + after, all.size(), true);
  Unpacked<Item> parts;
  parts.before.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(before));
  parts.after.assign(all.end() - static_cast<std::ptrdiff_t>(after), all.end());
  typename List<Item>::storage_type middle(all.begin() + static_cast<std::ptrdiff_t>(before),
                                           all.end() - static_cast<std::ptrdiff_t>(after));
  parts.middle = List<Item>(std::move(middle));
  return parts;
}

}  // namespace ingot::rt
