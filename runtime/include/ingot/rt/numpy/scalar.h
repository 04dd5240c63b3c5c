// numpy scalars: np.float32(1.5), np.int64(3), np.True_ — what indexing an
// array, a reduction, or arithmetic on numpy scalars gives. Distinct from
// Python's int/float/bool (rt::Int, rt::Float, rt::Bool): they keep their
// dtype (np.float32 arithmetic stays float32, int8 wraps) and print as numpy.
//
//   Python                      C++
//   np.float32(1.5)             np::Scalar<float>{1.5f}
//   repr(x)   np.float32(1.5)   rt::repr(x)      (Scalar::repr_into)
//   str(x)    1.5               np::str_(x)      (float32 digits: shortest that round-trips in float32)
//   int(x) float(x) bool(x)     np::py_int(x) np::py_float(x) np::py_bool(x)
//   x.item()                    np::item(x)      (Python int / float / bool)
//
// Float formatting follows numpy 2 (scalartypes.c: Dragon4, unique digits):
// positional when 1e-4 <= |x| < 1e16 (float64), 1e6 (float32), 1e3
// (float16), or x is 0/inf/nan; else scientific ("1e+16", "1.5e-05",
// at least two exponent digits). repr wraps it: np.float32(1e-05).
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <type_traits>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/numpy/dtype.h"
#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt::np {

// Non-template formatting (src/numpy/format.cpp).
/// str() of a float of the given bit width (16, 32, 64), numpy 2's rule.
void format_float_scalar(double value, int bits, std::string& out);
/// Shortest digits that round-trip in the given width: mantissa digits
/// (no dot) and the decimal exponent of the first digit (value = d.ddd * 10^exp).
void shortest_digits(double value, int bits, std::string& digits, int& exponent);
/// int(float) as Python: ValueError for NaN, OverflowError for inf or
/// beyond int64.
Int float_to_py_int(double x);
/// OverflowError for a uint64 above INT64_MAX converted to a Python int.
[[noreturn]] void raise_uint64_overflow();

/// The Python type an element converts to with .item() / tolist().
template <class T>
using py_t = std::conditional_t<std::is_same_v<T, bool>, Bool,
                                std::conditional_t<std::is_integral_v<T>, Int, Float>>;

/// bits of a float element type (16, 32, 64).
template <class T>
inline constexpr int float_bits = std::is_same_v<T, half> ? 16 : (std::is_same_v<T, float> ? 32 : 64);

/// str() of one element, as numpy prints a scalar of that dtype.
template <Element T>
void element_str_into(std::string& out, T x) {
  if constexpr (std::is_same_v<T, bool>) {
    out += x ? "True" : "False";
  } else if constexpr (std::is_integral_v<T>) {
    out += std::to_string(x);
  } else {
    format_float_scalar(static_cast<double>(static_cast<compute_t<T>>(x)), float_bits<T>, out);
  }
}

template <Element T>
struct Scalar {
  using value_type = T;
  /// type(x).__name__: "float32", "int64", "bool".
  static constexpr const char* python_type_name = dtype_traits<T>::name;

  T value{};

  constexpr Scalar() = default;
  constexpr explicit Scalar(T v) : value(v) {}
  constexpr T get() const noexcept { return value; }

  /// repr(): np.float32(1.5), np.int64(3), np.True_ (hook of rt::repr_into).
  void repr_into(std::string& out, bool /*ascii_only*/ = false) const {
    if constexpr (std::is_same_v<T, bool>) {
      out += value ? "np.True_" : "np.False_";
    } else {
      out += "np.";
      out += dtype_traits<T>::name;
      out += '(';
      element_str_into(out, value);
      out += ')';
    }
  }
  /// str(): 1.5, 3, True.
  void str_into(std::string& out) const { element_str_into(out, value); }

  friend bool operator==(const Scalar& a, const Scalar& b) { return compute_t<T>(a.value) == compute_t<T>(b.value); }
};

template <class T>
struct is_scalar : std::false_type {};
template <class T>
struct is_scalar<Scalar<T>> : std::true_type {};
template <class T>
inline constexpr bool is_scalar_v = is_scalar<std::remove_cvref_t<T>>::value;

template <Element T>
Scalar<T> make_scalar(T x) {
  return Scalar<T>(x);
}

/// str(x) of a numpy scalar.
template <Element T>
Str str_(const Scalar<T>& x) {
  std::string out;
  x.str_into(out);
  return Str(std::string_view(out));
}
/// repr(x) of a numpy scalar.
template <Element T>
Str repr(const Scalar<T>& x) {
  std::string out;
  x.repr_into(out);
  return Str(std::string_view(out));
}

/// One element as the Python value .item() gives (uint64 beyond int64:
/// OverflowError, as rt::Int cannot hold it).
template <Element T>
py_t<T> to_py(T x) {
  if constexpr (std::is_same_v<T, bool>) {
    return x;
  } else if constexpr (std::is_same_v<T, std::uint64_t>) {
    if (x > static_cast<std::uint64_t>(INT64_MAX)) raise_uint64_overflow();
    return static_cast<Int>(x);
  } else if constexpr (std::is_integral_v<T>) {
    return static_cast<Int>(x);
  } else {
    return static_cast<Float>(static_cast<compute_t<T>>(x));
  }
}

/// x.item()
template <Element T>
py_t<T> item(const Scalar<T>& x) {
  return to_py(x.value);
}
/// int(x)
template <Element T>
Int py_int(const Scalar<T>& x) {
  if constexpr (std::is_integral_v<T>) {
    return to_py(x.value);
  } else {
    return float_to_py_int(static_cast<double>(static_cast<compute_t<T>>(x.value)));
  }
}
/// float(x)
template <Element T>
Float py_float(const Scalar<T>& x) {
  return static_cast<Float>(static_cast<compute_t<T>>(x.value));
}
/// bool(x)
template <Element T>
Bool py_bool(const Scalar<T>& x) {
  return static_cast<compute_t<T>>(x.value) != 0;
}

}  // namespace ingot::rt::np
