// rt::iterate(x): the iterable a `for` loop walks, as the code generator
// writes loops:  for (auto&& item : rt::iterate(xs)) { x = item; ... }
// Containers iterate as themselves (returned by value: every runtime
// container is a cheap shared handle, and the loop must not depend on the
// lifetime of a temporary); a fixed-shape tuple of one item type becomes a
// VarTuple; an empty optional raises TypeError, as iterating None does.
#pragma once

#include <optional>
#include <string>
#include <tuple>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/type_name.h"
#include "ingot/rt/types.h"
#include "ingot/rt/var_tuple.h"

namespace ingot::rt {

namespace detail {
[[noreturn]] void raise_not_iterable(const char* type_name);
}  // namespace detail

template <class T>
auto iterate(const T& x) {
  using U = std::remove_cvref_t<T>;
  if constexpr (is_tuple_v<U>) {
    static_assert(std::tuple_size_v<U> > 0, "iterating an empty tuple type");
    using Item = std::remove_cvref_t<std::tuple_element_t<0, U>>;
    return VarTuple<Item>::from_tuple(x);
  } else if constexpr (is_optional_v<U>) {
    if (!x) detail::raise_not_iterable("NoneType");
    return iterate(*x);
  } else if constexpr (requires { x.begin(); x.end(); }) {
    return U(x);
  } else {
    detail::raise_not_iterable(python_type_name(x));
    return VarTuple<Int>();
  }
}

}  // namespace ingot::rt
