// str.format(*args): replacement fields {} {0} {0!r} {:>10} {0:{1}}
// (nested specs), {{ and }} escapes. Positional arguments only; field names
// with attributes or indexes ({0.x}, {0[1]}) and keyword fields raise
// ValueError/KeyError as an unsupported feature.
//   "{} is {:.2f}".format(name, x) -> rt::str_methods::format(Str("{} is {:.2f}"), name, x)
#pragma once

#include <string>
#include <string_view>

#include "ingot/rt/format.h"
#include "ingot/rt/str.h"

namespace ingot::rt::str_methods {

/// One argument, type-erased: appends format(value, spec) after applying
/// the conversion ('r', 's', 'a' or 0).
struct FormatArg {
  const void* value;
  void (*append)(std::string& out, const void* value, char conversion, std::string_view spec);
};

Str format_args(const Str& fmt, const FormatArg* args, std::size_t count);

namespace detail {
template <class T>
void append_format_arg(std::string& out, const void* value, char conversion, std::string_view spec) {
  const T& x = *static_cast<const T*>(value);
  switch (conversion) {
    case 'r': format_str_into(out, rt::repr(x).view(), spec); return;
    case 'a': format_str_into(out, rt::ascii(x).view(), spec); return;
    case 's': format_str_into(out, rt::to_str(x).view(), spec); return;
    default: format_into(out, x, spec); return;
  }
}
}  // namespace detail

template <class... Args>
Str format(const Str& fmt, const Args&... args) {
  const FormatArg erased[sizeof...(Args) + 1] = {FormatArg{&args, &detail::append_format_arg<Args>}...,
                                                 FormatArg{nullptr, nullptr}};
  return format_args(fmt, erased, sizeof...(Args));
}

}  // namespace ingot::rt::str_methods
