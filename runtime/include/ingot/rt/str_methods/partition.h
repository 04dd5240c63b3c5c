// str.partition / rpartition -> (head, sep, tail); ValueError("empty separator").
#pragma once

#include <tuple>

#include "ingot/rt/str.h"

namespace ingot::rt::str_methods {

std::tuple<Str, Str, Str> partition(const Str& s, const Str& sep);
std::tuple<Str, Str, Str> rpartition(const Str& s, const Str& sep);

}  // namespace ingot::rt::str_methods
