// int(x) -> rt::builtins::int_(x)   (`int` is a C++ keyword)
//   int(float): truncates; NaN -> ValueError("cannot convert float NaN to
//     integer"), inf -> OverflowError("cannot convert float infinity to
//     integer"); beyond 64 bits -> OverflowError.
//   int(str[, base]): CPython's syntax (whitespace, sign, underscores between
//     digits, 0x/0o/0b prefixes for base 0 or the matching base, Unicode
//     decimal digits); ValueError("invalid literal for int() with base 10:
//     '1x2'"), ValueError("int() base must be >= 2 and <= 36, or 0").
#pragma once

#include <string_view>

#include "ingot/rt/bytes.h"
#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt {
namespace detail {
Int float_to_int(double x);
Int parse_int(const Str& text, Int base);
Int parse_int_bytes(std::string_view text, Int base);
}  // namespace detail

namespace builtins {
inline Int int_() { return 0; }
template <IntLike A>
inline Int int_(A x) {
  return static_cast<Int>(x);
}
inline Int int_(Float x) { return detail::float_to_int(x); }
inline Int int_(const Str& s) { return detail::parse_int(s, 10); }
template <IntLike B>
inline Int int_(const Str& s, B base) {
  return detail::parse_int(s, static_cast<Int>(base));
}
/// int(b"12"), int(b"ff", 16): ASCII digits only.
inline Int int_(const Bytes& b, Int base = 10) { return detail::parse_int_bytes(b.view(), base); }
}  // namespace builtins
}  // namespace ingot::rt
