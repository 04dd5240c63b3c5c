// format(value, spec) and f-strings: the format-spec mini-language of
// CPython 3.11 for int, bool, float and str:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//   align < > ^ =; sign + - space; grouping , _; types:
//     int: b c d o x X n (and e E f F g G % through float); default d
//     float: e E f F g G n %; default: repr-like (shortest, ≥ 1 digit after '.')
//     str: s (default)
// Errors are CPython's ValueErrors ("Unknown format code 'd' for object of
// type 'float'", "Sign not allowed in string format specifier", ...).
//
// Generated code for f"{x!r:>10} and {y:.2f}":
//   rt::fstring(rt::format(rt::repr(x), ">10"), " and ", rt::format(y, ".2f"))
// (!s is rt::to_str, !a is rt::ascii.)
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/repr.h"
#include "ingot/rt/str.h"
#include "ingot/rt/type_name.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

// Non-template parts (runtime/src/format_spec.cpp): append the formatted value.
/// `type_name` names the type in error messages ("bool" for bools).
void format_int_into(std::string& out, Int value, std::string_view spec, const char* type_name = "int");
void format_float_into(std::string& out, double value, std::string_view spec);
void format_str_into(std::string& out, std::string_view utf8, std::string_view spec);

namespace detail {
[[noreturn]] void raise_unsupported_format(const char* type_name);
}  // namespace detail

template <class T>
void format_into(std::string& out, const T& x, std::string_view spec) {
  using U = std::remove_cvref_t<T>;
  if constexpr (is_bool_v<U>) {
    // bool inherits int.__format__, except that an empty spec prints str(x).
    if (spec.empty()) out += x ? "True" : "False";
    else format_int_into(out, x ? 1 : 0, spec, "bool");
  } else if constexpr (is_int_v<U>) {
    format_int_into(out, static_cast<Int>(x), spec);
  } else if constexpr (is_float_v<U>) {
    format_float_into(out, static_cast<double>(x), spec);
  } else if constexpr (is_str_v<U>) {
    format_str_into(out, x.view(), spec);
  } else if constexpr (is_text_literal_v<U>) {
    format_str_into(out, std::string_view(x), spec);
  } else if constexpr (is_optional_v<U>) {
    if (x) format_into(out, *x, spec);
    else format_into(out, none, spec);
  } else if constexpr (is_variant_v<U>) {
    std::visit([&](const auto& v) { format_into(out, v, spec); }, x);
  } else {
    // object.__format__: str(x) for an empty spec, else TypeError.
    if (!spec.empty()) detail::raise_unsupported_format(python_type_name(x));
    str_into(out, x);
  }
}

/// format(value, spec)
template <class T>
Str format(const T& x, std::string_view spec = {}) {
  std::string out;
  format_into(out, x, spec);
  return Str(std::string_view(out));
}
template <class T>
Str format(const T& x, const Str& spec) {
  return format(x, spec.view());
}
template <class T>
Str format(const T& x, const char* spec) {
  return format(x, std::string_view(spec));
}

namespace detail {
inline void append_part(std::string& out, const Str& s) { out.append(s.view()); }
inline void append_part(std::string& out, std::string_view s) { out.append(s); }
inline void append_part(std::string& out, const char* s) { out.append(s); }
}  // namespace detail

/// Concatenates the pieces of an f-string (Str or literal text).
template <class... Parts>
Str fstring(const Parts&... parts) {
  std::string out;
  (detail::append_part(out, parts), ...);
  return Str(std::string_view(out));
}

}  // namespace ingot::rt
