// str.replace(old, new[, count]); count < 0 means all. An empty `old`
// inserts `new` before every character and at the end, as Python.
#pragma once

#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt::str_methods {

Str replace(const Str& s, const Str& old_text, const Str& new_text, Int count = -1);
/// str.expandtabs(tabsize=8)
Str expandtabs(const Str& s, Int tabsize = 8);

}  // namespace ingot::rt::str_methods
