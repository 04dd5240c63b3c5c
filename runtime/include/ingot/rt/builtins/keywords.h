// Keyword arguments of builtins, as tagged values (C++ has no keywords):
//   sorted(xs, key=f, reverse=True)   rt::builtins::sorted(xs, rt::kw::key(f), rt::kw::reverse(true))
//   max(xs, default=0)                rt::builtins::max(xs, rt::kw::default_(0))
//   print(a, b, sep="", end="")       rt::builtins::print(a, b, rt::kw::sep(""), rt::kw::end(""))
// Keyword arguments may come in any order, after the positional ones.
#pragma once

#include <optional>
#include <type_traits>
#include <utility>

#include "ingot/rt/str.h"

namespace ingot::rt {

/// Default arguments the code generator passes positionally for a keyword
/// the Python call left out: min(xs, rt::no_key, rt::no_default),
/// sorted(xs, rt::no_key, false), pow(a, b, rt::no_mod).
struct NoKey {};
struct NoDefault {};
struct NoMod {};
inline constexpr NoKey no_key{};
inline constexpr NoDefault no_default{};
inline constexpr NoMod no_mod{};

}  // namespace ingot::rt

namespace ingot::rt::kw {

template <class F>
struct Key {
  F fn;
};
template <class F>
Key<F> key(F fn) {
  return {std::move(fn)};
}

template <class T>
struct Default {
  T value;
};
template <class T>
Default<T> default_(T value) {
  return {std::move(value)};
}

struct Reverse {
  bool value;
};
inline Reverse reverse(bool value) { return {value}; }

/// print(sep=...): None means the default " ".
struct Sep {
  std::optional<Str> value;
};
inline Sep sep(Str value) { return {std::move(value)}; }
inline Sep sep(const char* value) { return {Str(value)}; }
inline Sep sep(std::optional<Str> value) { return {std::move(value)}; }

/// print(end=...): None means the default "\n".
struct End {
  std::optional<Str> value;
};
inline End end(Str value) { return {std::move(value)}; }
inline End end(const char* value) { return {Str(value)}; }
inline End end(std::optional<Str> value) { return {std::move(value)}; }

/// print(flush=...): accepted and ignored (the log is in memory).
struct Flush {
  bool value;
};
inline Flush flush(bool value) { return {value}; }

namespace detail {
template <class T> struct is_key : std::false_type {};
template <class F> struct is_key<Key<F>> : std::true_type {};
template <class T> struct is_default : std::false_type {};
template <class T> struct is_default<Default<T>> : std::true_type {};
}  // namespace detail

template <class T>
inline constexpr bool is_key_v = detail::is_key<std::remove_cvref_t<T>>::value;
template <class T>
inline constexpr bool is_default_v = detail::is_default<std::remove_cvref_t<T>>::value;
template <class T>
inline constexpr bool is_keyword_v = is_key_v<T> || is_default_v<T> ||
                                     std::is_same_v<std::remove_cvref_t<T>, Reverse> ||
                                     std::is_same_v<std::remove_cvref_t<T>, Sep> ||
                                     std::is_same_v<std::remove_cvref_t<T>, End> ||
                                     std::is_same_v<std::remove_cvref_t<T>, Flush>;

}  // namespace ingot::rt::kw
