// str.strip / lstrip / rstrip: whitespace (str.isspace) by default, else
// any code point of `chars`.
#pragma once

#include <optional>

#include "ingot/rt/str.h"

namespace ingot::rt::str_methods {

Str strip(const Str& s, const std::optional<Str>& chars = std::nullopt);
Str lstrip(const Str& s, const std::optional<Str>& chars = std::nullopt);
Str rstrip(const Str& s, const std::optional<Str>& chars = std::nullopt);
Str removeprefix(const Str& s, const Str& prefix);
Str removesuffix(const Str& s, const Str& suffix);

}  // namespace ingot::rt::str_methods
