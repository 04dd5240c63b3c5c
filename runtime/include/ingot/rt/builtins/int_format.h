// hex(i), oct(i), bin(i): "-0x1f", "0o17", "0b101".
#pragma once

#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt::builtins {

Str hex(Int x);
Str oct(Int x);
Str bin(Int x);

}  // namespace ingot::rt::builtins
