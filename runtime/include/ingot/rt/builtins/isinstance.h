// isinstance(x, classes) where x's static type is a union: the compiler
// decides every other case at compile time and passes the indices of the
// variant's alternatives that are instances of `classes`.
#pragma once

#include <cstddef>
#include <optional>
#include <variant>

#include "ingot/rt/types.h"

namespace ingot::rt::builtins {

/// True when the variant currently holds one of the alternatives `I...`.
template <std::size_t... I, class... Ts>
Bool isinstance_variant(const std::variant<Ts...>& v) {
  return ((v.index() == I) || ...);
}

/// The same for Optional[Union[...]]: `IfNone` is the answer for None.
template <bool IfNone, std::size_t... I, class... Ts>
Bool isinstance_optional(const std::optional<std::variant<Ts...>>& v) {
  if (!v) return IfNone;
  return ((v->index() == I) || ...);
}

}  // namespace ingot::rt::builtins
