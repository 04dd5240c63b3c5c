// sum(iterable[, start]): left-to-right rt::add from start (0 by default),
// so ints are checked and floats add in order, as CPython 3.11 does (no
// compensated summation; that came in 3.12). The result type is that of
// start + item: sum of an empty list[float] is 0.0 here (Python: the int 0).
#pragma once

#include "ingot/rt/ops/add.h"
#include "ingot/rt/types.h"

namespace ingot::rt::builtins {

template <class Iterable, class Start>
auto sum(const Iterable& iterable, const Start& start) {
  using Item = element_t<Iterable>;
  using Result = decltype(rt::add(std::declval<const Start&>(), std::declval<const Item&>()));
  Result total = static_cast<Result>(start);
  for (auto&& item : iterable) total = rt::add(total, item);
  return total;
}
template <class Iterable>
auto sum(const Iterable& iterable) {
  return sum(iterable, Int{0});
}

}  // namespace ingot::rt::builtins

namespace ingot::rt::builtins {

/// sum() typed Union[int, float] by the compiler: CPython returns the start
/// itself (the int 0) for an empty iterable, and start + items otherwise.
template <class R, class Iterable, class Start>
R sum_as(const Iterable& iterable, const Start& start) {
  for (auto&& item : iterable) {
    (void)item;
    return R(sum(iterable, start));
  }
  return R(start);
}

}  // namespace ingot::rt::builtins
