// numpy dtypes as C++ element types, and their names and ABI codes.
//
//   numpy        C++ element        numpy        C++ element
//   bool         bool               uint8        std::uint8_t
//   int8         std::int8_t        uint16       std::uint16_t
//   int16        std::int16_t       uint32       std::uint32_t
//   int32        std::int32_t       uint64       std::uint64_t
//   int64        std::int64_t       float16      np::half (storage; math in float)
//   float32      float              float64      double
//
// The compiler decides every result dtype (numpy 2.x promotion, NEP 50) and
// passes it as a template argument; the runtime never promotes on its own.
#pragma once

#include <cstdint>
#include <type_traits>

#include "ingot.h"

namespace ingot::rt::np {

/// IEEE binary16, stored; arithmetic converts to float (as numpy's loops do).
struct half {
  _Float16 value{};
  half() = default;
  half(float f) : value(static_cast<_Float16>(f)) {}  // NOLINT: implicit like numpy's casts
  operator float() const { return static_cast<float>(value); }  // NOLINT
};

template <class T>
struct dtype_traits;

#define INGOT_NP_DTYPE(T, NAME, CODE, KIND)             \
  template <>                                           \
  struct dtype_traits<T> {                              \
    static constexpr const char* name = NAME;           \
    static constexpr ingot_dtype code = CODE;           \
    static constexpr char kind = KIND; /* numpy's dtype.kind: b i u f */ \
  };
INGOT_NP_DTYPE(bool, "bool", INGOT_DTYPE_BOOL, 'b')
INGOT_NP_DTYPE(std::int8_t, "int8", INGOT_DTYPE_INT8, 'i')
INGOT_NP_DTYPE(std::int16_t, "int16", INGOT_DTYPE_INT16, 'i')
INGOT_NP_DTYPE(std::int32_t, "int32", INGOT_DTYPE_INT32, 'i')
INGOT_NP_DTYPE(std::int64_t, "int64", INGOT_DTYPE_INT64, 'i')
INGOT_NP_DTYPE(std::uint8_t, "uint8", INGOT_DTYPE_UINT8, 'u')
INGOT_NP_DTYPE(std::uint16_t, "uint16", INGOT_DTYPE_UINT16, 'u')
INGOT_NP_DTYPE(std::uint32_t, "uint32", INGOT_DTYPE_UINT32, 'u')
INGOT_NP_DTYPE(std::uint64_t, "uint64", INGOT_DTYPE_UINT64, 'u')
INGOT_NP_DTYPE(half, "float16", INGOT_DTYPE_FLOAT16, 'f')
INGOT_NP_DTYPE(float, "float32", INGOT_DTYPE_FLOAT32, 'f')
INGOT_NP_DTYPE(double, "float64", INGOT_DTYPE_FLOAT64, 'f')
#undef INGOT_NP_DTYPE

/// An element type of an ndarray.
template <class T>
concept Element = requires { dtype_traits<T>::code; };

/// The type numpy computes an element of dtype T in (float16 in float).
template <class T>
using compute_t = std::conditional_t<std::is_same_v<T, half>, float, T>;

}  // namespace ingot::rt::np
