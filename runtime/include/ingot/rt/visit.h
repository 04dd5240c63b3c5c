// rt::visit_call: applies an operation to arguments of which some are
// std::variant (a Python value whose static type is a Union, such as a
// total that is an int until a float is added to it). The compiler emits
// it where an operand's type is a union; non-variant arguments pass through.
#pragma once

#include <type_traits>
#include <variant>

namespace ingot::rt {

namespace detail {
template <class T>
struct is_std_variant : std::false_type {};
template <class... Ts>
struct is_std_variant<std::variant<Ts...>> : std::true_type {};

template <class T>
const T& as_variant(const T& x)
  requires is_std_variant<T>::value
{
  return x;
}
template <class T>
std::variant<T> as_variant(const T& x)
  requires(!is_std_variant<T>::value)
{
  return std::variant<T>(x);
}
}  // namespace detail

/// f(args...) with every variant argument replaced by its current
/// alternative; the result converted to R (itself possibly a variant).
template <class R, class F, class... A>
R visit_call(F&& f, const A&... args) {
  return std::visit([&](const auto&... xs) -> R { return R(f(xs...)); }, detail::as_variant(args)...);
}

}  // namespace ingot::rt
