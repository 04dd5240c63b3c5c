// str.zfill / center / ljust / rjust (widths in code points). The fill must
// be one character: TypeError("The fill character must be exactly one
// character long").
#pragma once

#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt::str_methods {

Str zfill(const Str& s, Int width);
Str center(const Str& s, Int width, const Str& fillchar = Str(" "));
Str ljust(const Str& s, Int width, const Str& fillchar = Str(" "));
Str rjust(const Str& s, Int width, const Str& fillchar = Str(" "));

}  // namespace ingot::rt::str_methods
