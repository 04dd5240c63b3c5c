// str.isX() predicates, with Python 3.11's Unicode 14 character classes:
//   isdecimal: Nd; isdigit: Numeric_Type Decimal or Digit; isnumeric: any
//   Numeric_Type; isalpha: L*; isalnum: isalpha or isnumeric-family;
//   isspace: Zs or bidi WS/B/S; isupper/islower: cased characters all of
//   that case (and at least one); istitle; isidentifier; isprintable; isascii.
// All are false for "" except isascii/isprintable (true). Short ASCII
// strings are tested inline, in the string's two words.
#pragma once

#include <cstdint>

#include "ingot/rt/detail/ascii_words.h"
#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt::str_methods {

namespace general {
Bool isdecimal(const Str& s);
Bool isdigit(const Str& s);
Bool isnumeric(const Str& s);
Bool isalpha(const Str& s);
Bool isalnum(const Str& s);
Bool isspace(const Str& s);
}  // namespace general

namespace detail_inline {
/// Whether every byte of a non-empty inline ASCII string is marked by
/// `marks` (0x80 per accepted byte of a word).
inline Bool all_marked(const Str& s, std::uint64_t (*marks)(std::uint64_t) noexcept) {
  const std::size_t n = s.byte_size();
  const unsigned accepted = rt::detail::ascii::movemask(marks(StrAccess::word(s, 0))) |
                            (rt::detail::ascii::movemask(marks(StrAccess::word(s, 1))) << 8);
  const unsigned valid = (1u << n) - 1;
  return n != 0 && (accepted & valid) == valid;
}
}  // namespace detail_inline

inline Bool isdecimal(const Str& s) {
  return s.is_inline_ascii() ? detail_inline::all_marked(s, rt::detail::ascii::digit_bytes) : general::isdecimal(s);
}
inline Bool isdigit(const Str& s) {
  return s.is_inline_ascii() ? detail_inline::all_marked(s, rt::detail::ascii::digit_bytes) : general::isdigit(s);
}
inline Bool isnumeric(const Str& s) {
  return s.is_inline_ascii() ? detail_inline::all_marked(s, rt::detail::ascii::digit_bytes) : general::isnumeric(s);
}
inline Bool isalpha(const Str& s) {
  return s.is_inline_ascii() ? detail_inline::all_marked(s, rt::detail::ascii::alpha_bytes) : general::isalpha(s);
}
inline Bool isalnum(const Str& s) {
  return s.is_inline_ascii() ? detail_inline::all_marked(s, rt::detail::ascii::alnum_bytes) : general::isalnum(s);
}
inline Bool isspace(const Str& s) {
  return s.is_inline_ascii() ? detail_inline::all_marked(s, rt::detail::ascii::space_bytes) : general::isspace(s);
}
Bool isupper(const Str& s);
Bool islower(const Str& s);
Bool istitle(const Str& s);
Bool isidentifier(const Str& s);
Bool isprintable(const Str& s);
Bool isascii(const Str& s);

}  // namespace ingot::rt::str_methods
