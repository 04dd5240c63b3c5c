// Case mapping with Unicode's full mappings (ICU), as CPython 3.11:
//   upper("ß") == "SS", lower("İ") == "i̇", casefold("ß") == "ss",
//   lower("ΑΣ") == "ας" (final sigma), title("they're") == "They'Re"
//   (Python's title: a cased character after an uncased one starts a word),
//   capitalize("ßa") == "Ssa" (title case for the first character).
#pragma once

#include "ingot/rt/str.h"

namespace ingot::rt::str_methods {

Str lower(const Str& s);
Str upper(const Str& s);
Str casefold(const Str& s);
Str title(const Str& s);
Str capitalize(const Str& s);
Str swapcase(const Str& s);

}  // namespace ingot::rt::str_methods
