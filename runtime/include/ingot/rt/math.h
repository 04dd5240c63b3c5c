// Python's math module: rt::math::sqrt(x), rt::math::pi, ...
// Errors as CPython: ValueError("math domain error") for arguments outside
// the domain, OverflowError("math range error") when the result overflows.
// Functions returning integers in Python (floor, ceil, trunc, factorial,
// gcd, isqrt, comb, perm) return Int and raise OverflowError past 64 bits.
#pragma once

#include <cmath>
#include <limits>
#include <numbers>
#include <optional>
#include <vector>

#include "ingot/rt/ops/mul.h"
#include "ingot/rt/types.h"

namespace ingot::rt::math {

inline constexpr Float pi = std::numbers::pi;
inline constexpr Float e = std::numbers::e;
inline constexpr Float tau = 2 * std::numbers::pi;
inline constexpr Float inf = std::numeric_limits<double>::infinity();
inline constexpr Float nan = std::numeric_limits<double>::quiet_NaN();

Float sqrt(Float x);
Float exp(Float x);
Float expm1(Float x);
/// log(x), log(x, base)
Float log(Float x);
Float log(Float x, Float base);
/// log(x, base) with an optional base (the code generator passes std::nullopt).
inline Float log(Float x, std::optional<Float> base) { return base ? log(x, *base) : log(x); }
inline Float log(Float x, std::nullopt_t) { return log(x); }
/// log of an int: exact for huge ints in Python; ints here are 64-bit.
Float log2(Float x);
Float log10(Float x);
Float log1p(Float x);
Float sin(Float x);
Float cos(Float x);
Float tan(Float x);
Float asin(Float x);
Float acos(Float x);
Float atan(Float x);
Float atan2(Float y, Float x);
Float sinh(Float x);
Float cosh(Float x);
Float tanh(Float x);
Float asinh(Float x);
Float acosh(Float x);
Float atanh(Float x);
Float pow(Float x, Float y);
Float fabs(Float x);
Float fmod(Float x, Float y);
Float hypot(Float x, Float y);
Float copysign(Float x, Float y);
Float degrees(Float x);
Float radians(Float x);
Float erf(Float x);
Float erfc(Float x);
Float gamma(Float x);
Float lgamma(Float x);
Float ldexp(Float x, Int i);

/// floor/ceil/trunc of a float -> Int (ValueError for NaN, OverflowError for
/// infinities and values beyond 64 bits, as int()).
Int floor(Float x);
Int ceil(Float x);
Int trunc(Float x);
template <IntLike A>
inline Int floor(A x) {
  return static_cast<Int>(x);
}
template <IntLike A>
inline Int ceil(A x) {
  return static_cast<Int>(x);
}
template <IntLike A>
inline Int trunc(A x) {
  return static_cast<Int>(x);
}

inline Bool isnan(Float x) { return std::isnan(x); }
inline Bool isinf(Float x) { return std::isinf(x); }
inline Bool isfinite(Float x) { return std::isfinite(x); }
/// isclose(a, b, rel_tol=1e-09, abs_tol=0.0); ValueError("tolerances must be non-negative").
Bool isclose(Float a, Float b, Float rel_tol = 1e-09, Float abs_tol = 0.0);

Int gcd(Int a, Int b);
Int lcm(Int a, Int b);
/// factorial(n): ValueError("factorial() not defined for negative values").
Int factorial(Int n);
/// isqrt(n): ValueError("isqrt() argument must be nonnegative").
Int isqrt(Int n);
Int comb(Int n, Int k);
Int perm(Int n, Int k);

namespace detail {
Float fsum_array(const double* values, std::size_t count);
}  // namespace detail

/// fsum(iterable): the correctly rounded sum (Shewchuk's algorithm, as
/// CPython); OverflowError("intermediate overflow in fsum").
template <class Iterable>
Float fsum(const Iterable& values) {
  std::vector<double> all;
  if constexpr (requires { values.size(); }) all.reserve(values.size());
  for (auto&& x : values) all.push_back(static_cast<double>(x));
  return detail::fsum_array(all.data(), all.size());
}

/// prod(iterable, start=1): left-to-right rt::mul (checked for ints).
template <class Iterable, class Start = Int>
auto prod(const Iterable& values, Start start = 1) {
  using Item = element_t<Iterable>;
  using Result = decltype(rt::mul(std::declval<const Start&>(), std::declval<const Item&>()));
  Result total = static_cast<Result>(start);
  for (auto&& x : values) total = rt::mul(total, x);
  return total;
}

/// prod() typed Union[int, float] by the compiler (an iterable of floats):
/// CPython returns the start itself (the int 1) when it is empty.
template <class R, class Iterable>
R prod_as(const Iterable& values) {
  for (auto&& x : values) {
    (void)x;
    return R(prod(values));
  }
  return R(Int{1});
}

}  // namespace ingot::rt::math
