// `x in c` -> rt::contains(x, c)   (the operands in source order)
// `x not in c` -> rt::not_contains(x, c)
//   str: substring; bytes: substring or byte value; list/tuple: any item == x;
//   dict: key; set: element; range: arithmetic test; dict views.
#pragma once

#include <string_view>
#include <tuple>

#include "ingot/rt/bytes.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/ops/compare.h"
#include "ingot/rt/str.h"
#include "ingot/rt/type_name.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

namespace detail {
[[noreturn]] void raise_not_iterable_container(const char* type_name);
bool bytes_contains_byte(const Bytes& haystack, Int byte);
}  // namespace detail

template <class X, class C>
bool contains(const X& x, const C& container) {
  using UC = std::remove_cvref_t<C>;
  using UX = std::remove_cvref_t<X>;
  if constexpr (is_text_literal_v<UX>) {
    return contains(Str(x), container);
  } else if constexpr (is_text_literal_v<UC>) {
    return contains(x, Str(container));
  } else if constexpr (is_optional_v<UC>) {
    if (!container) detail::raise_not_iterable_container("NoneType");
    return contains(x, *container);
  } else if constexpr (is_variant_v<UC>) {
    return std::visit([&](const auto& c) { return contains(x, c); }, container);
  } else if constexpr (is_str_v<UC>) {
    if constexpr (is_str_v<UX>) {
      return container.view().find(x.view()) != std::string_view::npos;
    } else if constexpr (is_optional_v<UX> || is_variant_v<UX>) {
      return std::visit([&](const auto& v) { return contains(v, container); }, x);
    } else {
      raise(ExcType::TypeError, std::string("'in <string>' requires string as left operand, not ") +
                                    python_type_name(x));
    }
  } else if constexpr (is_bytes_v<UC>) {
    if constexpr (is_bytes_v<UX>) return container.view().find(x.view()) != std::string_view::npos;
    else return detail::bytes_contains_byte(container, static_cast<Int>(x));
  } else if constexpr (is_tuple_v<UC>) {
    return std::apply([&](const auto&... items) { return (rt::eq(items, x) || ...); }, container);
  } else if constexpr (is_list_v<UC> || is_var_tuple_v<UC>) {
    for (std::size_t i = 0; i < container.size(); ++i) {
      if (rt::eq(container.item(i), x)) return true;
    }
    return false;
  } else if constexpr (requires { container.contains(x); }) {
    return container.contains(x);  // dict, set, range, views
  } else {
    for (auto&& item : container) {
      if (rt::eq(item, x)) return true;
    }
    return false;
  }
}

/// `x not in c`
template <class X, class C>
bool not_contains(const X& x, const C& container) {
  return !contains(x, container);
}

}  // namespace ingot::rt
