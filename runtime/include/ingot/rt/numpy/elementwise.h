// numpy's per-element operations, for the lambdas the compiler fuses
// elementwise expressions into (np::map, map.h). Each works on elements of
// ONE dtype T, the ufunc's loop dtype the compiler resolved (NEP 50): cast the
// operands first (np::cast, np::py_to in cast.h), then call
//   np::elem::add<T>(a, b)            (or add(a, b) when both are already T)
//
//   add sub mul             integers wrap (two's complement, as numpy's C
//                           loops); bool: add = or, mul = and (sub: numpy
//                           refuses it); float16 computes in float and rounds
//                           to half after every operation
//   true_divide             integers and bool -> double (numpy's 'dd->d'
//                           loop); floats stay in their dtype
//   floor_divide remainder  ints: x // 0 == 0, x % 0 == 0, MIN // -1 == MIN;
//                           the remainder has the divisor's sign; floats:
//                           npy_divmod (x // 0.0 == x / 0.0, x % 0.0 is nan)
//   power                   ints: square-and-multiply, wrapping; a negative
//                           exponent raises ValueError("Integers to negative
//                           integer powers are not allowed."); floats: pow
//   equal not_equal less less_equal greater greater_equal -> bool (mixed
//                           signed/unsigned integers compare exactly)
//   logical_and logical_or logical_xor logical_not -> bool (x != 0)
//   bitwise_and bitwise_or bitwise_xor invert left_shift right_shift
//                           (shifts by >= the width or < 0: 0, or -1 for a
//                           negative value shifted right)
//   negative positive absolute sign square
//   exp log sqrt tanh (+ exp2 expm1 log2 log10 log1p sin cos tan arcsin
//                     arccos arctan sinh cosh arctan2 hypot): float dtypes
//                           only (numpy computes ints in float64 / float16 /
//                           float32 by their size: the compiler casts first)
//   floor ceil trunc rint   ints: unchanged (numpy 2 keeps the int dtype)
//   round(x, decimals)      numpy's algorithm: decimals > 0: rint(x * 10^d) /
//                           10^d in the dtype; == 0: rint; < 0: rint(x /
//                           10^-d) * 10^-d (ints: in float64, cast back)
//   maximum minimum         NaN-propagating; fmax fmin ignore NaN. Equal
//                           operands (0.0, -0.0): the second, as numpy's SIMD
//                           loops for float32/64 (its scalar tail loop, for
//                           the last few elements, may give the first);
//                           float16: the first, as its scalar loop
//   clip(x, lo, hi)         numpy 2: NaN in any operand propagates
//   isnan isinf isfinite signbit -> bool
//   where(c, a, b)          c ? a : b
//
// Bit-exactness: + - * / sqrt floor ceil rint round divmod min/max clip
// casts match numpy bit for bit (compile with -ffp-contract=off, no
// -ffast-math). float32 exp log tanh and float64 exp: vmath.h (polynomials,
// within 1 ulp, nearly always correctly rounded); the others call the C
// library (glibc), which is correctly rounded or within 1 ulp; numpy's own
// SIMD versions (AVX2 / AVX512, chosen by the CPU at run time) may differ
// from either in the last bit.
#pragma once

#include <cmath>
#include <cstdint>
#include <type_traits>
#include <utility>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/numpy/cast.h"
#include "ingot/rt/numpy/dtype.h"
#include "ingot/rt/numpy/vmath.h"

namespace ingot::rt::np {

[[noreturn]] void raise_negative_integer_power();  // src/numpy/elementwise.cpp

namespace elem {

namespace detail {
/// Unsigned type for wrapping arithmetic (at least unsigned int, so uint16 *
/// uint16 cannot overflow a signed int after promotion).
template <class T>
using wrap_t = std::conditional_t<(sizeof(T) < sizeof(unsigned)), unsigned, std::make_unsigned_t<T>>;

template <class T>
inline compute_t<T> up(T x) {
  return static_cast<compute_t<T>>(x);
}
/// Back from the compute type (float -> half rounds).
template <class T>
inline T down(compute_t<T> x) {
  if constexpr (std::is_same_v<T, half>) return half(x);
  else return x;
}
template <class T>
inline constexpr bool is_float = is_float_elem_v<T>;
template <class T>
inline constexpr bool is_int = is_int_elem_v<T>;
template <class T>
inline constexpr bool is_bool = std::is_same_v<T, bool>;
template <class T>
inline constexpr bool dependent_false = false;

/// numpy's npy_divmod for floats: the floor quotient, and the modulus in `mod`.
template <class F>
inline F divmod(F a, F b, F& mod) {
  mod = std::fmod(a, b);
  if (!b) return a / b;
  F div = (a - mod) / b;
  if (mod) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= F(1);
    }
  } else {
    mod = std::copysign(F(0), b);
  }
  F floordiv;
  if (div) {
    floordiv = std::floor(div);
    if (div - floordiv > F(0.5)) floordiv += F(1);
  } else {
    floordiv = std::copysign(F(0), a / b);
  }
  return floordiv;
}
inline double power_of_ten(int n) {
  static constexpr double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  if (n < 9) return p10[n];
  double r = 1e9;
  while (n-- > 9) r *= 10.;
  return r;
}
}  // namespace detail

using detail::down;
using detail::up;

// ---------------------------------------------------------------------------
// Arithmetic

template <Element T>
inline T add(T a, T b) {
  if constexpr (detail::is_bool<T>) return a || b;
  else if constexpr (detail::is_int<T>) return static_cast<T>(detail::wrap_t<T>(a) + detail::wrap_t<T>(b));
  else return down<T>(up(a) + up(b));
}
template <Element T>
inline T subtract(T a, T b) {
  static_assert(!detail::is_bool<T>, "numpy boolean subtract is not supported (TypeError at compile time)");
  if constexpr (detail::is_int<T>) return static_cast<T>(detail::wrap_t<T>(a) - detail::wrap_t<T>(b));
  else return down<T>(up(a) - up(b));
}
template <Element T>
inline T multiply(T a, T b) {
  if constexpr (detail::is_bool<T>) return a && b;
  else if constexpr (detail::is_int<T>) return static_cast<T>(detail::wrap_t<T>(a) * detail::wrap_t<T>(b));
  else return down<T>(up(a) * up(b));
}
template <Element T> inline T sub(T a, T b) { return subtract<T>(a, b); }
template <Element T> inline T mul(T a, T b) { return multiply<T>(a, b); }

/// true_divide's result element: the float dtype itself, double for ints/bool.
template <class T>
using true_divide_t = std::conditional_t<is_float_elem_v<T>, T, double>;

template <Element T>
inline true_divide_t<T> true_divide(T a, T b) {
  if constexpr (detail::is_float<T>) return down<T>(up(a) / up(b));
  else return static_cast<double>(a) / static_cast<double>(b);
}
template <Element T> inline true_divide_t<T> divide(T a, T b) { return true_divide<T>(a, b); }

template <Element T>
inline T floor_divide(T a, T b) {
  static_assert(!detail::is_bool<T>, "numpy computes bool // bool in int8: cast first");
  if constexpr (detail::is_int<T>) {
    if (b == 0) return 0;
    if constexpr (std::is_signed_v<T>) {
      if (b == -1) return static_cast<T>(detail::wrap_t<T>(0) - detail::wrap_t<T>(a));  // MIN // -1 == MIN
      T q = static_cast<T>(a / b);
      if (static_cast<T>(a % b) != 0 && ((a < 0) != (b < 0))) --q;
      return q;
    } else {
      return static_cast<T>(a / b);
    }
  } else {
    using C = compute_t<T>;
    const C x = up(a), y = up(b);
    if (!y) return down<T>(x / y);
    C mod;
    return down<T>(detail::divmod(x, y, mod));
  }
}
template <Element T>
inline T remainder(T a, T b) {
  static_assert(!detail::is_bool<T>, "numpy computes bool % bool in int8: cast first");
  if constexpr (detail::is_int<T>) {
    if (b == 0) return 0;
    if constexpr (std::is_signed_v<T>) {
      if (b == -1) return 0;
      T r = static_cast<T>(a % b);
      if (r != 0 && ((r < 0) != (b < 0))) r = static_cast<T>(r + b);
      return r;
    } else {
      return static_cast<T>(a % b);
    }
  } else {
    using C = compute_t<T>;
    const C x = up(a), y = up(b);
    if (!y) return down<T>(std::fmod(x, y));
    C mod;
    detail::divmod(x, y, mod);
    return down<T>(mod);
  }
}
template <Element T> inline T mod(T a, T b) { return remainder<T>(a, b); }
/// np.fmod: C's fmod (sign of the dividend); ints: x fmod 0 == 0.
template <Element T>
inline T fmod(T a, T b) {
  if constexpr (detail::is_int<T>) {
    if (b == 0) return 0;
    if constexpr (std::is_signed_v<T>) {
      if (b == -1) return 0;
    }
    return static_cast<T>(a % b);
  } else {
    return down<T>(std::fmod(up(a), up(b)));
  }
}

template <Element T>
inline T power(T a, T b) {
  static_assert(!detail::is_bool<T>, "numpy computes bool ** bool in int8: cast first");
  if constexpr (detail::is_int<T>) {
    if constexpr (std::is_signed_v<T>) {
      if (b < 0) raise_negative_integer_power();
    }
    using W = detail::wrap_t<T>;
    W base = static_cast<W>(a), result = 1;
    auto e = static_cast<std::make_unsigned_t<T>>(b);
    while (e) {
      if (e & 1) result = static_cast<W>(result * base);
      base = static_cast<W>(base * base);
      e >>= 1;
    }
    return static_cast<T>(result);
  } else {
    return down<T>(std::pow(up(a), up(b)));
  }
}
template <Element T> inline T pow(T a, T b) { return power<T>(a, b); }

template <Element T>
inline T negative(T a) {
  static_assert(!detail::is_bool<T>, "numpy boolean negative is not supported (TypeError at compile time)");
  if constexpr (detail::is_int<T>) return static_cast<T>(detail::wrap_t<T>(0) - detail::wrap_t<T>(a));
  else return down<T>(-up(a));
}
template <Element T>
inline T positive(T a) {
  return a;
}
template <Element T>
inline T absolute(T a) {
  if constexpr (detail::is_bool<T> || std::is_unsigned_v<T>) return a;
  else if constexpr (detail::is_int<T>) return a < 0 ? negative<T>(a) : a;
  else return down<T>(std::fabs(up(a)));
}
template <Element T> inline T abs(T a) { return absolute<T>(a); }
template <Element T>
inline T sign(T a) {
  if constexpr (detail::is_bool<T>) {
    static_assert(detail::dependent_false<T>, "np.sign is not defined for bool");
  } else if constexpr (detail::is_int<T>) {
    return static_cast<T>((a > 0) - (a < 0));
  } else {
    using C = compute_t<T>;
    const C x = up(a);
    if (std::isnan(x)) return a;
    return down<T>(x > 0 ? C(1) : (x < 0 ? C(-1) : C(0)));
  }
}
template <Element T>
inline T square(T a) {
  return multiply<T>(a, a);
}
/// np.reciprocal for float dtypes.
template <Element T>
inline T reciprocal(T a) {
  static_assert(detail::is_float<T>, "np.reciprocal of integers is integer division: not provided");
  return down<T>(compute_t<T>(1) / up(a));
}

// ---------------------------------------------------------------------------
// Comparisons and logic

namespace detail {
/// bool as an int for std::cmp_* (which refuses bool).
template <class T>
inline auto cmp_int(T x) {
  if constexpr (std::is_same_v<T, bool>) return static_cast<int>(x);
  else return x;
}
}  // namespace detail

template <class A, class B>
inline bool equal(A a, B b) {
  if constexpr (std::is_integral_v<A> && std::is_integral_v<B>) return std::cmp_equal(detail::cmp_int(a), detail::cmp_int(b));
  else return up(a) == up(b);
}
template <class A, class B>
inline bool not_equal(A a, B b) {
  return !equal(a, b);
}
template <class A, class B>
inline bool less(A a, B b) {
  if constexpr (std::is_integral_v<A> && std::is_integral_v<B>) return std::cmp_less(detail::cmp_int(a), detail::cmp_int(b));
  else return up(a) < up(b);
}
template <class A, class B>
inline bool less_equal(A a, B b) {
  if constexpr (std::is_integral_v<A> && std::is_integral_v<B>) return std::cmp_less_equal(detail::cmp_int(a), detail::cmp_int(b));
  else return up(a) <= up(b);
}
template <class A, class B>
inline bool greater(A a, B b) {
  return less(b, a);
}
template <class A, class B>
inline bool greater_equal(A a, B b) {
  return less_equal(b, a);
}

template <class T>
inline bool truthy(T a) {
  return up(a) != 0;
}
template <class A, class B>
inline bool logical_and(A a, B b) {
  return truthy(a) && truthy(b);
}
template <class A, class B>
inline bool logical_or(A a, B b) {
  return truthy(a) || truthy(b);
}
template <class A, class B>
inline bool logical_xor(A a, B b) {
  return truthy(a) != truthy(b);
}
template <class A>
inline bool logical_not(A a) {
  return !truthy(a);
}

template <Element T>
inline T bitwise_and(T a, T b) {
  static_assert(std::is_integral_v<T>, "bitwise operations need an integer or bool dtype");
  return static_cast<T>(a & b);
}
template <Element T>
inline T bitwise_or(T a, T b) {
  static_assert(std::is_integral_v<T>, "bitwise operations need an integer or bool dtype");
  return static_cast<T>(a | b);
}
template <Element T>
inline T bitwise_xor(T a, T b) {
  static_assert(std::is_integral_v<T>, "bitwise operations need an integer or bool dtype");
  return static_cast<T>(a ^ b);
}
template <Element T>
inline T invert(T a) {
  static_assert(std::is_integral_v<T>, "~ needs an integer or bool dtype");
  if constexpr (detail::is_bool<T>) return !a;
  else return static_cast<T>(~a);
}
template <Element T>
inline T left_shift(T a, T b) {
  static_assert(detail::is_int<T>, "shifts need an integer dtype");
  using U = std::make_unsigned_t<T>;
  if (static_cast<U>(b) < sizeof(T) * 8 && !(std::is_signed_v<T> && b < 0)) {
    return static_cast<T>(static_cast<detail::wrap_t<T>>(static_cast<U>(a)) << b);
  }
  return 0;
}
template <Element T>
inline T right_shift(T a, T b) {
  static_assert(detail::is_int<T>, "shifts need an integer dtype");
  using U = std::make_unsigned_t<T>;
  if (static_cast<U>(b) < sizeof(T) * 8 && !(std::is_signed_v<T> && b < 0)) return static_cast<T>(a >> b);
  if constexpr (std::is_signed_v<T>) return a < 0 ? T(-1) : T(0);
  else return 0;
}

// ---------------------------------------------------------------------------
// Float functions

#define INGOT_NP_UNARY_FLOAT(NAME, CALL)                                              \
  template <Element T>                                                               \
  inline T NAME(T a) {                                                               \
    static_assert(detail::is_float<T>, "np." #NAME ": cast integer input to float first"); \
    return down<T>(CALL(up(a)));                                                     \
  }
INGOT_NP_UNARY_FLOAT(exp2, std::exp2)
INGOT_NP_UNARY_FLOAT(expm1, std::expm1)
INGOT_NP_UNARY_FLOAT(log2, std::log2)
INGOT_NP_UNARY_FLOAT(log10, std::log10)
INGOT_NP_UNARY_FLOAT(log1p, std::log1p)
INGOT_NP_UNARY_FLOAT(sqrt, std::sqrt)
INGOT_NP_UNARY_FLOAT(cbrt, std::cbrt)
INGOT_NP_UNARY_FLOAT(sin, std::sin)
INGOT_NP_UNARY_FLOAT(cos, std::cos)
INGOT_NP_UNARY_FLOAT(tan, std::tan)
INGOT_NP_UNARY_FLOAT(arcsin, std::asin)
INGOT_NP_UNARY_FLOAT(arccos, std::acos)
INGOT_NP_UNARY_FLOAT(arctan, std::atan)
INGOT_NP_UNARY_FLOAT(sinh, std::sinh)
INGOT_NP_UNARY_FLOAT(cosh, std::cosh)
#undef INGOT_NP_UNARY_FLOAT

// float32 exp, log, tanh: vmath.h (computed in float64, within 1 ulp; the
// same bits as the vector blocks of np.exp & co on float32 arrays).
#define INGOT_NP_UNARY_VMATH(NAME, CALL)                                             \
  template <Element T>                                                               \
  inline T NAME(T a) {                                                               \
    static_assert(detail::is_float<T>, "np." #NAME ": cast integer input to float first"); \
    if constexpr (std::is_same_v<T, float>) return vmath::NAME(a);                   \
    else return down<T>(CALL(up(a)));                                                \
  }
INGOT_NP_UNARY_VMATH(log, std::log)
INGOT_NP_UNARY_VMATH(tanh, std::tanh)
#undef INGOT_NP_UNARY_VMATH
// float64 exp too (vmath.h: within 1 ulp, nearly always correctly rounded).
template <Element T>
inline T exp(T a) {
  static_assert(detail::is_float<T>, "np.exp: cast integer input to float first");
  if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) return vmath::exp(a);
  else return down<T>(std::exp(up(a)));
}

template <Element T>
inline T arctan2(T a, T b) {
  static_assert(detail::is_float<T>, "np.arctan2: cast integer input to float first");
  return down<T>(std::atan2(up(a), up(b)));
}
template <Element T>
inline T hypot(T a, T b) {
  static_assert(detail::is_float<T>, "np.hypot: cast integer input to float first");
  return down<T>(std::hypot(up(a), up(b)));
}

#define INGOT_NP_ROUNDING(NAME, CALL)          \
  template <Element T>                         \
  inline T NAME(T a) {                         \
    if constexpr (!detail::is_float<T>) {      \
      return a;                                \
    } else {                                   \
      return down<T>(CALL(up(a)));             \
    }                                          \
  }
INGOT_NP_ROUNDING(floor, std::floor)
INGOT_NP_ROUNDING(ceil, std::ceil)
INGOT_NP_ROUNDING(trunc, std::trunc)
INGOT_NP_ROUNDING(rint, std::nearbyint)
#undef INGOT_NP_ROUNDING

/// np.round(x, decimals) / x.round(decimals): half to even, numpy's algorithm.
template <Element T>
inline T round(T a, Int decimals = 0) {
  if constexpr (detail::is_float<T>) {
    using C = compute_t<T>;
    if (decimals == 0) return down<T>(std::nearbyint(up(a)));
    if (decimals > 0) {
      const T f = cast<T>(detail::power_of_ten(static_cast<int>(decimals)));
      const T y = down<T>(std::nearbyint(up(down<T>(up(a) * up(f)))));
      return down<T>(up(y) / up(f));
    }
    const T f = cast<T>(detail::power_of_ten(static_cast<int>(-decimals)));
    const T y = down<T>(std::nearbyint(up(down<T>(up(a) / up(f)))));
    return down<T>(C(up(y) * up(f)));
  } else if constexpr (detail::is_bool<T>) {
    return a;
  } else {
    if (decimals >= 0) return a;
    const double f = detail::power_of_ten(static_cast<int>(-decimals));
    return cast<T>(std::nearbyint(static_cast<double>(a) / f) * f);
  }
}
template <Element T> inline T around(T a, Int decimals = 0) { return round<T>(a, decimals); }

template <Element T>
inline T maximum(T a, T b) {
  if constexpr (detail::is_bool<T>) {
    return a || b;
  } else if constexpr (detail::is_int<T>) {
    return a > b ? a : b;
  } else {
    const auto x = up(a), y = up(b);
    if (std::isnan(x)) return a;
    if (std::isnan(y)) return b;
    if constexpr (std::is_same_v<T, half>) return x >= y ? a : b;  // numpy's scalar half loop
    else return x > y ? a : b;                                      // its SIMD loops (maxps)
  }
}
template <Element T>
inline T minimum(T a, T b) {
  if constexpr (detail::is_bool<T>) {
    return a && b;
  } else if constexpr (detail::is_int<T>) {
    return a < b ? a : b;
  } else {
    const auto x = up(a), y = up(b);
    if (std::isnan(x)) return a;
    if (std::isnan(y)) return b;
    if constexpr (std::is_same_v<T, half>) return x <= y ? a : b;
    else return x < y ? a : b;
  }
}
template <Element T>
inline T fmax(T a, T b) {
  if constexpr (!detail::is_float<T>) {
    return maximum<T>(a, b);
  } else {
    const auto x = up(a), y = up(b);
    if (std::isnan(y)) return a;
    if (std::isnan(x)) return b;
    if constexpr (std::is_same_v<T, half>) return x >= y ? a : b;
    else return x > y ? a : b;
  }
}
template <Element T>
inline T fmin(T a, T b) {
  if constexpr (!detail::is_float<T>) {
    return minimum<T>(a, b);
  } else {
    const auto x = up(a), y = up(b);
    if (std::isnan(y)) return a;
    if (std::isnan(x)) return b;
    if constexpr (std::is_same_v<T, half>) return x <= y ? a : b;
    else return x < y ? a : b;
  }
}
/// np.clip(x, lo, hi) (numpy 2: a NaN in x, lo or hi gives NaN).
template <Element T>
inline T clip(T x, T lo, T hi) {
  if constexpr (detail::is_float<T>) {
    const auto v = up(x), l = up(lo), h = up(hi);
    if (std::isnan(v)) return x;
    if (std::isnan(l)) return lo;
    if (std::isnan(h)) return hi;
    const bool below = v < l;
    const auto t = below ? l : v;
    if (t > h) return hi;
    return below ? lo : x;
  } else {
    const T t = x < lo ? lo : x;
    return t > hi ? hi : t;
  }
}

template <Element T>
inline bool isnan(T a) {
  if constexpr (detail::is_float<T>) return std::isnan(up(a));
  else return false;
}
template <Element T>
inline bool isinf(T a) {
  if constexpr (detail::is_float<T>) return std::isinf(up(a));
  else return false;
}
template <Element T>
inline bool isfinite(T a) {
  if constexpr (detail::is_float<T>) return std::isfinite(up(a));
  else return true;
}
template <Element T>
inline bool signbit(T a) {
  if constexpr (detail::is_float<T>) return std::signbit(up(a));
  else if constexpr (std::is_signed_v<T>) return a < 0;
  else return false;
}

/// np.where's element: c ? a : b.
template <class T>
inline T where(bool c, T a, T b) {
  return c ? a : b;
}

}  // namespace elem
}  // namespace ingot::rt::np
