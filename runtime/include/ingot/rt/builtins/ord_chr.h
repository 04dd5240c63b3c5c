// ord(c), chr(i).
//   ord: TypeError("ord() expected a character, but string of length 2 found")
//   chr: ValueError("chr() arg not in range(0x110000)"); beyond a C int,
//        OverflowError("Python int too large to convert to C int")
#pragma once

#include "ingot/rt/bytes.h"
#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt::builtins {

Int ord(const Str& c);
/// ord(b"a"): the byte of a one-byte bytes object.
Int ord(const Bytes& c);
Str chr(Int code_point);

}  // namespace ingot::rt::builtins
