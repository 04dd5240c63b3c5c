// Case mapping with Unicode's full mappings (ICU), as CPython 3.11:
//   upper("ß") == "SS", lower("İ") == "i̇", casefold("ß") == "ss",
//   lower("ΑΣ") == "ας" (final sigma), title("they're") == "They'Re"
//   (Python's title: a cased character after an uncased one starts a word),
//   capitalize("ßa") == "Ssa" (title case for the first character).
// Short ASCII strings are mapped inline, in the string's two words; the rest
// is in the library (general::*).
#pragma once

#include <cstdint>

#include "ingot/rt/detail/ascii_words.h"
#include "ingot/rt/str.h"

namespace ingot::rt::str_methods {

namespace general {
Str lower(const Str& s);
Str upper(const Str& s);
Str capitalize(const Str& s);
}  // namespace general

inline Str lower(const Str& s) {
  if (!s.is_inline_ascii()) return general::lower(s);
  Str r;
  StrAccess::set_words(r, rt::detail::ascii::lower_word(StrAccess::word(s, 0)),
                       rt::detail::ascii::lower_word(StrAccess::word(s, 1)));
  return r;
}
inline Str upper(const Str& s) {
  if (!s.is_inline_ascii()) return general::upper(s);
  Str r;
  StrAccess::set_words(r, rt::detail::ascii::upper_word(StrAccess::word(s, 0)),
                       rt::detail::ascii::upper_word(StrAccess::word(s, 1)));
  return r;
}
inline Str capitalize(const Str& s) {
  if (!s.is_inline_ascii()) return general::capitalize(s);
  std::uint64_t w0 = rt::detail::ascii::lower_word(StrAccess::word(s, 0));
  w0 &= ~(rt::detail::ascii::bytes_in_range(w0 & 0xFF, 'a', 'z') >> 2);  // the first byte upper
  Str r;
  StrAccess::set_words(r, w0, rt::detail::ascii::lower_word(StrAccess::word(s, 1)));
  return r;
}
Str casefold(const Str& s);
Str title(const Str& s);
Str swapcase(const Str& s);

}  // namespace ingot::rt::str_methods
