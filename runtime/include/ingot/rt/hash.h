// rt::hash: the hash dict and set keys use. Numbers hash as Python does
// (hash(1) == hash(1.0) == hash(True), the modulus 2**61 - 1 scheme), so keys
// that compare equal across int, float and bool land in the same slot. str
// and bytes use std::hash of their bytes (CPython's str hash is randomised
// per process anyway). Lists, dicts and sets are unhashable (TypeError).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <variant>

#include "ingot/rt/bytes.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/str.h"
#include "ingot/rt/type_name.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

namespace detail {

inline constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << 61) - 1;

/// hash(int) as CPython: the value modulo 2**61 - 1, keeping the sign; -1 is
/// reserved and becomes -2.
inline std::size_t hash_int(Int v) noexcept {
  std::int64_t h;
  if (v >= 0 && static_cast<std::uint64_t>(v) < kHashModulus) {
    h = v;  // the common case, without a division
  } else if (v >= 0) {
    h = static_cast<std::int64_t>(static_cast<std::uint64_t>(v) % kHashModulus);
  } else {
    const std::uint64_t magnitude = ~static_cast<std::uint64_t>(v) + 1;  // no overflow for INT64_MIN
    h = -static_cast<std::int64_t>(magnitude % kHashModulus);
  }
  if (h == -1) h = -2;
  return static_cast<std::size_t>(h);
}

/// hash(float): equal to hash_int for integral values.
std::size_t hash_float(double v) noexcept;

/// Combines item hashes as CPython's tuple hash does (xxHash-based).
struct TupleHasher {
  std::uint64_t acc = 2870177450012600261ull;
  void add(std::size_t lane) noexcept {
    acc += static_cast<std::uint64_t>(lane) * 14029467366897019727ull;
    acc = (acc << 31) | (acc >> 33);
    acc *= 11400714785074694791ull;
  }
  std::size_t finish(std::size_t length) noexcept {
    acc += length ^ (2870177450012600261ull ^ 3527539ull);
    if (acc == ~std::uint64_t{0}) return 1546275796;
    return static_cast<std::size_t>(acc);
  }
};

[[noreturn]] void raise_unhashable(const char* type_name);

}  // namespace detail

template <class T>
std::size_t hash(const T& x) {
  using U = std::remove_cvref_t<T>;
  if constexpr (is_text_literal_v<U>) {
    return hash(Str(x));
  } else if constexpr (IntLike<U>) {
    return detail::hash_int(static_cast<Int>(x));
  } else if constexpr (Real<U>) {
    return detail::hash_float(x);
  } else if constexpr (is_str_v<U>) {
    return std::hash<Str>{}(x);
  } else if constexpr (is_bytes_v<U>) {
    return std::hash<Bytes>{}(x);
  } else if constexpr (is_none_v<U>) {
    return 0xFCA86420u;  // any constant: None is a single value
  } else if constexpr (is_optional_v<U>) {
    return x ? hash(*x) : hash(none);
  } else if constexpr (is_variant_v<U>) {
    return std::visit([](const auto& v) { return hash(v); }, x);
  } else if constexpr (is_tuple_v<U>) {
    detail::TupleHasher h;
    std::apply([&](const auto&... items) { (h.add(hash(items)), ...); }, x);
    return h.finish(std::tuple_size_v<U>);
  } else if constexpr (is_var_tuple_v<U>) {
    detail::TupleHasher h;
    for (std::size_t i = 0; i < x.size(); ++i) h.add(hash(x.item(i)));
    return h.finish(x.size());
  } else if constexpr (requires { x.python_hash(); }) {
    return x.python_hash();
  } else {
    detail::raise_unhashable(python_type_name(x));
  }
}

/// Function object for std containers keyed by runtime values.
struct Hasher {
  template <class T>
  std::size_t operator()(const T& x) const {
    return hash(x);
  }
};

}  // namespace ingot::rt
