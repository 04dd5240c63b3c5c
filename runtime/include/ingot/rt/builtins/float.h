// float(x) -> rt::builtins::float_(x)   (`float` is a C++ keyword)
//   float(int): nearest double; float(str): CPython's syntax (whitespace,
//   sign, underscores between digits, "inf"/"infinity"/"nan" in any case,
//   Unicode decimal digits); ValueError("could not convert string to float:
//   'x'"). Out-of-range literals give inf or 0.0, as Python.
#pragma once

#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt {
namespace detail {
double parse_float(const Str& text);
}  // namespace detail

namespace builtins {
inline Float float_() { return 0.0; }
template <Number A>
inline Float float_(A x) {
  return static_cast<Float>(x);
}
inline Float float_(const Str& s) { return detail::parse_float(s); }
}  // namespace builtins
}  // namespace ingot::rt
