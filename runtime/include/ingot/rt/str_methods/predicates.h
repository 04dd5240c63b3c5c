// str.isX() predicates, with Python 3.11's Unicode 14 character classes:
//   isdecimal: Nd; isdigit: Numeric_Type Decimal or Digit; isnumeric: any
//   Numeric_Type; isalpha: L*; isalnum: isalpha or isnumeric-family;
//   isspace: Zs or bidi WS/B/S; isupper/islower: cased characters all of
//   that case (and at least one); istitle; isidentifier; isprintable; isascii.
// All are false for "" except isascii/isprintable (true).
#pragma once

#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt::str_methods {

Bool isdecimal(const Str& s);
Bool isdigit(const Str& s);
Bool isnumeric(const Str& s);
Bool isalpha(const Str& s);
Bool isalnum(const Str& s);
Bool isspace(const Str& s);
Bool isupper(const Str& s);
Bool islower(const Str& s);
Bool istitle(const Str& s);
Bool isidentifier(const Str& s);
Bool isprintable(const Str& s);
Bool isascii(const Str& s);

}  // namespace ingot::rt::str_methods
