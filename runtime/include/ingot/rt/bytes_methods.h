// bytes methods as free functions: rt::bytes_methods::decode(b, encoding,
// errors) and rt::bytes_methods::hex(b).
#pragma once

#include "ingot/rt/bytes.h"
#include "ingot/rt/str.h"
#include "ingot/rt/str_methods/encode.h"

namespace ingot::rt::bytes_methods {

inline Str decode(const Bytes& b, const Str& encoding = Str("utf-8"), const Str& errors = Str("strict")) {
  return str_methods::decode(b, encoding, errors);
}
/// b.hex(): two lowercase hex digits per byte.
Str hex(const Bytes& b);

}  // namespace ingot::rt::bytes_methods
