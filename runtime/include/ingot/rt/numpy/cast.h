// Element casts with numpy's semantics (arr.astype(U), the write of an
// in-place ufunc, where(), the compiler's conversion of operands):
//
//   np::cast<To>(x)          numpy's C cast, as numpy 2 on x86-64 does it:
//     float -> int8/16, uint8/16, int32: truncate to int32 (NaN, inf and out
//       of range give INT32_MIN), then wrap: nan -> int8 gives 0, 300.7 -> 44
//     float -> int64: truncate; NaN/inf/out of range give INT64_MIN
//     float -> uint32/uint64: x >= 2^(n-1) ? trunc(x - 2^(n-1)) ^ 2^(n-1)
//       : trunc(x) as above (so -1.5 -> 2^n - 1, nan -> 2^(n-1), inf -> 0):
//       numpy's vectorised loops; the few elements of its scalar tail loop
//       may differ for nan/inf/out of range (platform-dependent in numpy)
//     float16 -> uint32: scalar in numpy: trunc to int64, low 32 bits (nan -> 0)
//     float -> bool: x != 0 (NaN is True);  bool -> any: 0/1
//     int -> int: wraps;  int/float -> float: rounds to nearest (float64 ->
//       float16 directly, without a float32 step)
//   np::py_to<T>(Int)        a Python int operand converted to dtype T (NEP 50
//                            "weak" scalar): OverflowError("Python integer
//                            300 out of bounds for int8") when it does not fit
//   np::py_to<T>(Float)      a Python float operand to a float dtype
//   np::can_cast_same_kind<From, To>   numpy's 'same_kind' rule (in-place ops)
//   np::check_output_cast<From, To>("add")  raises numpy's
//     _UFuncOutputCastingError (a TypeError) when 'same_kind' forbids it:
//     "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64')
//      with casting rule 'same_kind'"
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>

#include "ingot/rt/numpy/dtype.h"
#include "ingot/rt/types.h"

namespace ingot::rt::np {

template <class T>
inline constexpr bool is_half_v = std::is_same_v<std::remove_cvref_t<T>, half>;
/// float16, float32, float64.
template <class T>
inline constexpr bool is_float_elem_v = std::is_floating_point_v<T> || is_half_v<T>;
/// A numpy integer dtype (not bool).
template <class T>
inline constexpr bool is_int_elem_v = std::is_integral_v<T> && !std::is_same_v<T, bool>;

/// A half from a double, rounded once (as numpy's npy_double_to_half).
inline half half_from_double(double d) {
  half h;
  h.value = static_cast<_Float16>(d);
  return h;
}

namespace detail {
/// x86-64 cvttsd2si, 32-bit: INT32_MIN when trunc(x) does not fit (or NaN).
inline std::int32_t cvtt32(double x) {
  if (!(x > -2147483649.0 && x < 2147483648.0)) return std::numeric_limits<std::int32_t>::min();
  return static_cast<std::int32_t>(x);
}
/// x86-64 cvttsd2si, 64-bit: INT64_MIN when trunc(x) does not fit (or NaN).
inline std::int64_t cvtt64(double x) {
  if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) return std::numeric_limits<std::int64_t>::min();
  return static_cast<std::int64_t>(x);
}
template <class To>
To float_to_int(double x) {
  if constexpr (std::is_same_v<To, std::int64_t>) {
    return cvtt64(x);
  } else if constexpr (std::is_same_v<To, std::uint64_t>) {
    if (x >= 9223372036854775808.0) return static_cast<std::uint64_t>(cvtt64(x - 9223372036854775808.0)) ^ (std::uint64_t{1} << 63);
    return static_cast<std::uint64_t>(cvtt64(x));
  } else if constexpr (std::is_same_v<To, std::uint32_t>) {
    if (x >= 2147483648.0) return static_cast<std::uint32_t>(cvtt32(x - 2147483648.0)) ^ (std::uint32_t{1} << 31);
    return static_cast<std::uint32_t>(cvtt32(x));
  } else {
    return static_cast<To>(cvtt32(x));
  }
}
}  // namespace detail

/// numpy's C cast of one element (see the header comment).
template <Element To, class From>
To cast(From x) {
  using F = std::remove_cvref_t<From>;
  if constexpr (std::is_same_v<To, F>) {
    return x;
  } else if constexpr (std::is_same_v<To, bool>) {
    if constexpr (is_half_v<F>) return static_cast<float>(x) != 0.0f;
    else return x != 0;
  } else if constexpr (std::is_same_v<F, bool>) {
    if constexpr (is_half_v<To>) return half(x ? 1.0f : 0.0f);
    else return static_cast<To>(x ? 1 : 0);
  } else if constexpr (is_half_v<To>) {
    return half_from_double(static_cast<double>(static_cast<compute_t<F>>(x)));
  } else if constexpr (is_float_elem_v<To>) {
    return static_cast<To>(static_cast<compute_t<F>>(x));
  } else if constexpr (is_half_v<F> && std::is_same_v<To, std::uint32_t>) {
    // numpy's float16 casts are scalar C code: (npy_uint)float is a 64-bit
    // cvttss2si, low half kept (nan, inf -> 0), not the vector pattern.
    return static_cast<std::uint32_t>(detail::cvtt64(static_cast<double>(static_cast<float>(x))));
  } else if constexpr (is_float_elem_v<F>) {
    return detail::float_to_int<To>(static_cast<double>(static_cast<compute_t<F>>(x)));
  } else {
    return static_cast<To>(x);  // integer to integer: wraps (C++20)
  }
}

// Non-template raisers (src/numpy/cast.cpp).
[[noreturn]] void raise_python_int_out_of_bounds(Int value, const char* dtype_name);
[[noreturn]] void raise_output_casting_error(const char* ufunc, const char* from_dtype, const char* to_dtype);

/// A Python int operand as dtype T (NEP 50): OverflowError when it does not
/// fit an integer dtype; rounded for a float dtype; 0 -> False for bool.
template <Element T>
T py_to(Int value) {
  if constexpr (is_int_elem_v<T>) {
    if (!std::in_range<T>(value)) raise_python_int_out_of_bounds(value, dtype_traits<T>::name);
    return static_cast<T>(value);
  } else {
    return cast<T>(value);
  }
}
/// A Python float operand as float dtype T.
template <Element T>
T py_to(Float value) {
  static_assert(is_float_elem_v<T>, "a Python float operand promotes integer arrays to float64");
  return cast<T>(value);
}
/// A Python bool operand.
template <Element T>
T py_to(Bool value) {
  return cast<T>(value);
}

namespace detail {
/// numpy's kind order for 'same_kind': b < u/i < f (u -> i allowed, i -> u not).
template <class T>
constexpr int kind_rank() {
  constexpr char k = dtype_traits<T>::kind;
  return k == 'b' ? 0 : (k == 'u' ? 1 : (k == 'i' ? 2 : 3));
}
}  // namespace detail

/// np.can_cast(From, To, 'same_kind').
template <Element From, Element To>
constexpr bool can_cast_same_kind() {
  return detail::kind_rank<From>() <= detail::kind_rank<To>();
}

/// The check numpy makes before an in-place ufunc (a += b) writes a result of
/// dtype From into an array of dtype To.
template <Element From, Element To>
void check_output_cast(const char* ufunc) {
  if constexpr (!can_cast_same_kind<From, To>()) {
    raise_output_casting_error(ufunc, dtype_traits<From>::name, dtype_traits<To>::name);
  }
}

}  // namespace ingot::rt::np
