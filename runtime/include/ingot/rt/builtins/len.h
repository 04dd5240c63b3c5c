// len(x) -> Int: code points for str, bytes for bytes, items otherwise.
#pragma once

#include <tuple>
#include <variant>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/type_name.h"
#include "ingot/rt/types.h"

namespace ingot::rt {
namespace detail {
[[noreturn]] void raise_no_len(const char* type_name);
}  // namespace detail

namespace builtins {

template <class T>
Int len(const T& x) {
  using U = std::remove_cvref_t<T>;
  if constexpr (is_str_v<U>) {
    return static_cast<Int>(x.length());
  } else if constexpr (is_tuple_v<U>) {
    return static_cast<Int>(std::tuple_size_v<U>);
  } else if constexpr (is_optional_v<U>) {
    if (!x) detail::raise_no_len("NoneType");
    return len(*x);
  } else if constexpr (is_variant_v<U>) {
    return std::visit([](const auto& v) { return len(v); }, x);
  } else if constexpr (requires { x.len(); }) {
    return x.len();
  } else if constexpr (requires { x.size(); }) {
    return static_cast<Int>(x.size());
  } else {
    detail::raise_no_len(python_type_name(x));
  }
}

}  // namespace builtins
}  // namespace ingot::rt
