// str.split / str.rsplit / str.splitlines.
//   s.split()            split(s)                 (runs of whitespace, no empty strings)
//   s.split(",", 2)      split(s, Str(","), 2)
//   s.split(None, 1)     split(s, std::nullopt, 1)
// ValueError("empty separator") for "".
#pragma once

#include <optional>

#include "ingot/rt/list.h"
#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt::str_methods {

List<Str> split(const Str& s, const std::optional<Str>& sep = std::nullopt, Int maxsplit = -1);
List<Str> rsplit(const Str& s, const std::optional<Str>& sep = std::nullopt, Int maxsplit = -1);
/// Line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
List<Str> splitlines(const Str& s, Bool keepends = false);

}  // namespace ingot::rt::str_methods
