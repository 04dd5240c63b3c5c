// str.find / rfind / index / rindex / count, with optional start/end
// (slice semantics, in code points). index/rindex raise
// ValueError("substring not found").
#pragma once

#include <optional>

#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt::str_methods {

Int find(const Str& s, const Str& sub, std::optional<Int> start = std::nullopt, std::optional<Int> end = std::nullopt);
Int rfind(const Str& s, const Str& sub, std::optional<Int> start = std::nullopt, std::optional<Int> end = std::nullopt);
Int index(const Str& s, const Str& sub, std::optional<Int> start = std::nullopt, std::optional<Int> end = std::nullopt);
Int rindex(const Str& s, const Str& sub, std::optional<Int> start = std::nullopt, std::optional<Int> end = std::nullopt);
Int count(const Str& s, const Str& sub, std::optional<Int> start = std::nullopt, std::optional<Int> end = std::nullopt);

}  // namespace ingot::rt::str_methods
