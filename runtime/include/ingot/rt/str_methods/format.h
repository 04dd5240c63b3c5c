// str.format(*args): replacement fields {} {0} {0!r} {:>10} {0:{1}}
// (nested specs), {{ and }} escapes, keyword fields {name}; field names
// with attributes or indexes ({0.x}, {0[1]}) and keyword fields raise
// ValueError/KeyError as an unsupported feature, except that indexing an int,
// float, bool or None raises CPython's TypeError ("'int' object is not
// subscriptable").
//   "{} is {:.2f}".format(name, x) -> rt::str_methods::format(Str("{} is {:.2f}"), name, x)
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "ingot/rt/format.h"
#include "ingot/rt/str.h"
#include "ingot/rt/type_name.h"

namespace ingot::rt::str_methods {

/// One argument, type-erased: appends format(value, spec) after applying
/// the conversion ('r', 's', 'a' or 0).
struct FormatArg {
  const void* value;
  void (*append)(std::string& out, const void* value, char conversion, std::string_view spec);
  /// type(value).__name__, for error messages.
  const char* (*type_name)(const void* value);
};

/// `count` positional arguments, then `named` keyword arguments called
/// names[0..named).
Str format_args(const Str& fmt, const FormatArg* args, std::size_t count, const char* const* names = nullptr,
                std::size_t named = 0);

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
template <class T>
const char* format_arg_type_name(const void* value) {
  return python_type_name(*static_cast<const T*>(value));
}
}  // namespace detail

template <class... Args>
Str format(const Str& fmt, const Args&... args) {
  const FormatArg erased[sizeof...(Args) + 1] = {FormatArg{&args, &detail::append_format_arg<Args>, &detail::format_arg_type_name<Args>}...,
                                                 FormatArg{nullptr, nullptr, nullptr}};
  return format_args(fmt, erased, sizeof...(Args));
}

/// str.format(*args, **kwargs): the last names.size() arguments are the
/// keyword arguments, in the order of `names`.
///   "{} {x}".format(a, x=b) -> rt::str_methods::format_kw(fmt, {"x"}, a, b)
template <class... Args>
Str format_kw(const Str& fmt, std::initializer_list<const char*> names, const Args&... args) {
  const FormatArg erased[sizeof...(Args) + 1] = {FormatArg{&args, &detail::append_format_arg<Args>, &detail::format_arg_type_name<Args>}...,
                                                 FormatArg{nullptr, nullptr, nullptr}};
  return format_args(fmt, erased, sizeof...(Args) - names.size(), names.begin(), names.size());
}

}  // namespace ingot::rt::str_methods
