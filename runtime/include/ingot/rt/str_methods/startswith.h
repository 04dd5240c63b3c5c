// str.startswith / endswith: a str or a tuple of str, optional start/end.
#pragma once

#include <optional>
#include <tuple>

#include "ingot/rt/str.h"
#include "ingot/rt/types.h"
#include "ingot/rt/var_tuple.h"

namespace ingot::rt::str_methods {

Bool startswith(const Str& s, const Str& prefix, std::optional<Int> start = std::nullopt,
                std::optional<Int> end = std::nullopt);
Bool endswith(const Str& s, const Str& suffix, std::optional<Int> start = std::nullopt,
              std::optional<Int> end = std::nullopt);

template <class... Ts>
Bool startswith(const Str& s, const std::tuple<Ts...>& prefixes, std::optional<Int> start = std::nullopt,
                std::optional<Int> end = std::nullopt) {
  return std::apply([&](const auto&... p) { return (startswith(s, Str(p), start, end) || ...); }, prefixes);
}
inline Bool startswith(const Str& s, const VarTuple<Str>& prefixes, std::optional<Int> start = std::nullopt,
                       std::optional<Int> end = std::nullopt) {
  for (const Str& p : prefixes) {
    if (startswith(s, p, start, end)) return true;
  }
  return false;
}
template <class... Ts>
Bool endswith(const Str& s, const std::tuple<Ts...>& suffixes, std::optional<Int> start = std::nullopt,
              std::optional<Int> end = std::nullopt) {
  return std::apply([&](const auto&... p) { return (endswith(s, Str(p), start, end) || ...); }, suffixes);
}
inline Bool endswith(const Str& s, const VarTuple<Str>& suffixes, std::optional<Int> start = std::nullopt,
                     std::optional<Int> end = std::nullopt) {
  for (const Str& p : suffixes) {
    if (endswith(s, p, start, end)) return true;
  }
  return false;
}

}  // namespace ingot::rt::str_methods
