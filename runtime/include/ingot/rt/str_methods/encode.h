// str.encode(encoding="utf-8", errors="strict") and bytes.decode(...).
// Encodings: utf-8 (utf8, UTF-8, ...), ascii, latin-1 (latin1, iso-8859-1);
// errors: "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"
// (an unknown handler raises LookupError only when an error happens, as in
// CPython). Failures raise CPython's
// UnicodeEncodeError / UnicodeDecodeError messages; an unknown encoding
// raises LookupError("unknown encoding: x").
#pragma once

#include "ingot/rt/bytes.h"
#include "ingot/rt/str.h"

namespace ingot::rt::str_methods {

Bytes encode(const Str& s, const Str& encoding = Str("utf-8"), const Str& errors = Str("strict"));
Str decode(const Bytes& b, const Str& encoding = Str("utf-8"), const Str& errors = Str("strict"));

}  // namespace ingot::rt::str_methods
