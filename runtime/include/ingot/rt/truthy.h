// rt::truthy(x): Python's bool(x) for conditions (`if x:`, `while x:`,
// `not x`, `and`/`or` operands). Zero numbers, empty str/bytes/containers,
// None and empty optionals are false.
#pragma once

#include <variant>

#include "ingot/rt/types.h"

namespace ingot::rt {

template <class T>
bool truthy(const T& x) {
  using U = std::remove_cvref_t<T>;
  if constexpr (is_bool_v<U>) {
    return x;
  } else if constexpr (Number<U>) {
    return x != 0;
  } else if constexpr (is_none_v<U>) {
    return false;
  } else if constexpr (is_optional_v<U>) {
    return x.has_value() && truthy(*x);
  } else if constexpr (is_variant_v<U>) {
    return std::visit([](const auto& v) { return truthy(v); }, x);
  } else if constexpr (is_tuple_v<U>) {
    return std::tuple_size_v<U> != 0;
  } else if constexpr (is_str_v<U> || is_bytes_v<U>) {
    return !x.empty();
  } else if constexpr (requires { x.size(); }) {
    return x.size() != 0;
  } else {
    return true;  // objects without __bool__ or __len__
  }
}

/// `not x`
template <class T>
bool not_(const T& x) {
  return !truthy(x);
}

}  // namespace ingot::rt
