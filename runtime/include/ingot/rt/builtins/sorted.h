// sorted(iterable, key=None, reverse=False) -> List: a stable sort by rt::lt
// (keys computed once per item), as list.sort. Two spellings:
//   rt::builtins::sorted(xs, key, reverse)       key: rt::no_key or a callable
//   rt::builtins::sorted(xs, rt::kw::key(f), rt::kw::reverse(true))
#pragma once

#include "ingot/rt/builtins/keywords.h"
#include "ingot/rt/list.h"
#include "ingot/rt/types.h"

namespace ingot::rt {
namespace detail {
/// xs.sort(key, reverse) with key = rt::no_key or a callable.
template <class T, class Key>
void sort_list(const List<T>& xs, const Key& key, bool reverse) {
  if constexpr (std::is_same_v<Key, NoKey>) xs.sort(reverse);
  else xs.sort(key, reverse);
}
}  // namespace detail

namespace builtins {

template <class Iterable, class Key>
  requires(std::is_same_v<Key, NoKey> || std::invocable<const Key&, const element_t<Iterable>&>)
auto sorted(const Iterable& iterable, const Key& key, bool reverse) {
  using Item = element_t<Iterable>;
  List<Item> result = List<Item>::from_iterable(iterable);
  detail::sort_list(result, key, reverse);
  return result;
}

template <class Iterable, class... Keywords>
  requires(kw::is_keyword_v<Keywords> && ...)
auto sorted(const Iterable& iterable, const Keywords&... keywords) {
  using Item = element_t<Iterable>;
  List<Item> result = List<Item>::from_iterable(iterable);
  bool reverse = false;
  auto read_reverse = [&]<class K>(const K& k) {
    if constexpr (std::is_same_v<K, kw::Reverse>) reverse = k.value;
  };
  (read_reverse(keywords), ...);
  (void)read_reverse;
  if constexpr ((kw::is_key_v<Keywords> || ...)) {
    auto sort_with_key = [&]<class K>(const K& k) {
      if constexpr (kw::is_key_v<K>) result.sort(k.fn, reverse);
    };
    (sort_with_key(keywords), ...);
  } else {
    result.sort(reverse);
  }
  return result;
}

}  // namespace builtins
}  // namespace ingot::rt
