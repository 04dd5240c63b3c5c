// printf-style formatting: "%s is %d" % (name, n) -> rt::mod(Str("%s is %d"), std::tuple(name, n)),
// "%.2f" % x -> rt::mod(fmt, x). Conversions d i o u x X e E f F g G c r s a %,
// flags - + space # 0, width and precision (also *).
#pragma once

#include <string>
#include <string_view>
#include <tuple>

#include "ingot/rt/str.h"
#include "ingot/rt/str_methods/format.h"

namespace ingot::rt {

namespace detail {
/// One % argument, type-erased: its kind decides which conversions accept it.
struct PercentArg {
  enum class Kind { Int, Float, Str, Other } kind;
  Int int_value;
  double float_value;
  const void* value;
  void (*append_str)(std::string& out, const void* value, char conversion);
};

template <class T>
PercentArg make_percent_arg(const T& x) {
  using U = std::remove_cvref_t<T>;
  PercentArg arg{PercentArg::Kind::Other, 0, 0.0, &x, nullptr};
  arg.append_str = [](std::string& out, const void* value, char conversion) {
    const U& v = *static_cast<const U*>(value);
    if (conversion == 'r') repr_into(out, v, false);
    else if (conversion == 'a') repr_into(out, v, true);
    else str_into(out, v);
  };
  if constexpr (IntLike<U>) {
    arg.kind = PercentArg::Kind::Int;
    arg.int_value = static_cast<Int>(x);
  } else if constexpr (Real<U>) {
    arg.kind = PercentArg::Kind::Float;
    arg.float_value = x;
  } else if constexpr (is_str_v<U>) {
    arg.kind = PercentArg::Kind::Str;
  }
  return arg;
}

Str percent_format(const Str& fmt, const PercentArg* args, std::size_t count, bool args_is_tuple);
}  // namespace detail

template <class... Ts>
Str mod(const Str& fmt, const std::tuple<Ts...>& args) {
  return std::apply(
      [&](const auto&... items) {
        const detail::PercentArg erased[sizeof...(Ts) + 1] = {detail::make_percent_arg(items)...,
                                                              detail::PercentArg{}};
        return detail::percent_format(fmt, erased, sizeof...(Ts), true);
      },
      args);
}
template <class T>
  requires(!is_tuple_v<T>)
Str mod(const Str& fmt, const T& arg) {
  const detail::PercentArg erased[1] = {detail::make_percent_arg(arg)};
  return detail::percent_format(fmt, erased, 1, false);
}

namespace str_methods {
/// `fmt % args`, the code generator's spelling of rt::mod(fmt, args).
template <class T>
Str percent_format(const Str& fmt, const T& args) {
  return rt::mod(fmt, args);
}
}  // namespace str_methods

}  // namespace ingot::rt
