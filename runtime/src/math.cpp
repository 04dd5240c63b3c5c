// The math module, with CPython's error rules: a NaN result from a non-NaN
// argument is ValueError("math domain error"); an infinite result from a
// finite argument is OverflowError("math range error") for functions that
// can overflow, else a domain error.
#include "ingot/rt/math.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "ingot/rt/builtins/int.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/ops/arithmetic_core.h"

namespace ingot::rt::math {

namespace {

[[noreturn]] void domain_error() { raise(ExcType::ValueError, "math domain error"); }
[[noreturn]] void range_error() { raise(ExcType::OverflowError, "math range error"); }

/// CPython's math_1: checks the result of a one-argument libm function.
double checked(double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return r;
}

/// log for math.log/log2/log10: x <= 0 is a domain error.
double log_checked(double x, double (*f)(double)) {
  if (std::isnan(x)) return x;
  if (x <= 0) domain_error();
  return f(x);
}

}  // namespace

Float sqrt(Float x) { return checked(x, std::sqrt(x), false); }
Float exp(Float x) { return checked(x, std::exp(x), true); }
Float expm1(Float x) { return checked(x, std::expm1(x), true); }
Float log(Float x) { return log_checked(x, [](double v) { return std::log(v); }); }
Float log(Float x, Float base) {
  const double num = log(x);
  const double den = log(base);
  if (den == 0.0) raise_zero_division("float division by zero");
  return num / den;
}
Float log2(Float x) { return log_checked(x, [](double v) { return std::log2(v); }); }
Float log10(Float x) { return log_checked(x, [](double v) { return std::log10(v); }); }
Float log1p(Float x) {
  if (x <= -1.0) domain_error();
  return checked(x, std::log1p(x), false);
}
Float sin(Float x) { return checked(x, std::sin(x), false); }
Float cos(Float x) { return checked(x, std::cos(x), false); }
Float tan(Float x) { return checked(x, std::tan(x), false); }
Float asin(Float x) { return checked(x, std::asin(x), false); }
Float acos(Float x) { return checked(x, std::acos(x), false); }
Float atan(Float x) { return checked(x, std::atan(x), false); }
Float atan2(Float y, Float x) { return std::atan2(y, x); }
Float sinh(Float x) { return checked(x, std::sinh(x), true); }
Float cosh(Float x) { return checked(x, std::cosh(x), true); }
Float tanh(Float x) { return checked(x, std::tanh(x), false); }
Float asinh(Float x) { return checked(x, std::asinh(x), false); }
Float acosh(Float x) { return checked(x, std::acosh(x), false); }
Float atanh(Float x) {
  if (std::fabs(x) >= 1.0) domain_error();
  return checked(x, std::atanh(x), false);
}
Float fabs(Float x) { return std::fabs(x); }
Float fmod(Float x, Float y) {
  if (std::isinf(y) && std::isfinite(x)) return x;
  const double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  return r;
}
Float pow(Float x, Float y) {
  if (y == 0.0 || x == 1.0) return 1.0;  // also for NaN, as C99 and CPython
  if (std::isnan(x) || std::isnan(y)) return std::nan("");
  const double r = std::pow(x, y);
  if (std::isfinite(x) && std::isfinite(y)) {
    if (std::isnan(r)) domain_error();
    if (std::isinf(r)) {
      if (x == 0.0) domain_error();
      range_error();
    }
  }
  return r;
}
namespace {

/// CPython 3.11's vector_norm (Modules/mathmodule.c), which math.hypot uses
/// instead of the C library's hypot: lossless power-of-two scaling,
/// Veltkamp-Dekker squaring, compensated summation and a differential
/// correction of the square root. Bit for bit the same results (the libm
/// hypot differs in the last bit now and then); an overflowing result is
/// inf, not an error. `vec` holds absolute values, `max` the largest.
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("fp-contract=off")))
#endif
double vector_norm(std::size_t n, double* vec, double max, bool found_nan) {
#if defined(__clang__)
#pragma clang fp contract(off)
#endif
  constexpr double T27 = 134217729.0;  // ldexp(1.0, 27) + 1.0
  if (std::isinf(max)) return max;
  if (found_nan) return std::numeric_limits<double>::quiet_NaN();
  if (max == 0.0 || n <= 1) return max;
  int max_e = 0;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // ldexp(1.0, -max_e) would overflow: make the subnormals normal first.
    constexpr double kMin = std::numeric_limits<double>::min();
    for (std::size_t i = 0; i < n; ++i) vec[i] /= kMin;
    return kMin * vector_norm(n, vec, max / kMin, found_nan);
  }
  const double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  double x, t, hi, lo, oldcsum;
  for (std::size_t i = 0; i < n; ++i) {
    x = vec[i];
    x *= scale;  // lossless scaling
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    frac3 += lo * lo;
  }
  const double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  x = h;
  t = x * T27;
  hi = t - (t - x);
  lo = x - hi;
  x = -hi * hi;
  oldcsum = csum;
  csum += x;
  frac1 += (oldcsum - csum) + x;
  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum += x;
  frac2 += (oldcsum - csum) + x;
  x = -lo * lo;
  oldcsum = csum;
  csum += x;
  frac3 += (oldcsum - csum) + x;
  x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

}  // namespace

Float hypot(Float x, Float y) {
  double vec[2] = {std::fabs(x), std::fabs(y)};
  const bool found_nan = std::isnan(vec[0]) || std::isnan(vec[1]);
  double max = 0.0;
  for (double v : vec)
    if (v > max) max = v;
  return vector_norm(2, vec, max, found_nan);
}
Float copysign(Float x, Float y) { return std::copysign(x, y); }
Float degrees(Float x) { return x * (180.0 / pi); }
Float radians(Float x) { return x * (pi / 180.0); }
Float erf(Float x) { return std::erf(x); }
Float erfc(Float x) { return std::erfc(x); }
Float gamma(Float x) {
  if (std::isfinite(x) && x <= 0 && x == std::floor(x)) domain_error();
  if (std::isinf(x) && x < 0) domain_error();
  return checked(x, std::tgamma(x), true);
}
Float lgamma(Float x) {
  if (std::isfinite(x) && x <= 0 && x == std::floor(x)) domain_error();
  return checked(x, std::lgamma(x), true);
}
Float ldexp(Float x, Int i) {
  if (x == 0.0 || !std::isfinite(x)) return x;
  const int e = i > 100000 ? 100000 : (i < -100000 ? -100000 : static_cast<int>(i));
  const double r = std::ldexp(x, e);
  if (std::isinf(r)) range_error();
  return r;
}

Int floor(Float x) { return rt::detail::float_to_int(std::floor(x)); }
Int ceil(Float x) { return rt::detail::float_to_int(std::ceil(x)); }
Int trunc(Float x) { return rt::detail::float_to_int(x); }

Bool isclose(Float a, Float b, Float rel_tol, Float abs_tol) {
  if (rel_tol < 0.0 || abs_tol < 0.0) raise(ExcType::ValueError, "tolerances must be non-negative");
  if (a == b) return true;
  if (std::isinf(a) || std::isinf(b)) return false;
  const double diff = std::fabs(b - a);
  return diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol;
}

Int gcd(Int a, Int b) {
  std::uint64_t x = a < 0 ? ~static_cast<std::uint64_t>(a) + 1 : static_cast<std::uint64_t>(a);
  std::uint64_t y = b < 0 ? ~static_cast<std::uint64_t>(b) + 1 : static_cast<std::uint64_t>(b);
  while (y != 0) {
    const std::uint64_t t = x % y;
    x = y;
    y = t;
  }
  if (x > static_cast<std::uint64_t>(std::numeric_limits<Int>::max())) raise_int_overflow();
  return static_cast<Int>(x);
}

Int lcm(Int a, Int b) {
  if (a == 0 || b == 0) return 0;
  const Int g = gcd(a, b);
  const Int r = rt::detail::checked_mul(a / g, b);
  return r < 0 ? rt::detail::checked_neg(r) : r;
}

Int factorial(Int n) {
  if (n < 0) raise(ExcType::ValueError, "factorial() not defined for negative values");
  Int r = 1;
  for (Int i = 2; i <= n; ++i) r = rt::detail::checked_mul(r, i);
  return r;
}

Int isqrt(Int n) {
  if (n < 0) raise(ExcType::ValueError, "isqrt() argument must be nonnegative");
  auto r = static_cast<Int>(std::sqrt(static_cast<double>(n)));
  // Correct the floating-point estimate to the exact floor.
  while (r > 0 && static_cast<__int128>(r) * r > n) --r;
  while (static_cast<__int128>(r + 1) * (r + 1) <= n) ++r;
  return r;
}

Int comb(Int n, Int k) {
  if (n < 0) raise(ExcType::ValueError, "n must be a non-negative integer");
  if (k < 0) raise(ExcType::ValueError, "k must be a non-negative integer");
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  // r = C(n, i) after step i; each step's division is exact.
  unsigned __int128 r = 1;
  for (Int i = 1; i <= k; ++i) {
    r = r * static_cast<unsigned __int128>(n - k + i);
    r /= static_cast<unsigned __int128>(i);
    if (r > static_cast<unsigned __int128>(std::numeric_limits<Int>::max())) raise_int_overflow();
  }
  return static_cast<Int>(r);
}

Int perm(Int n, Int k) {
  if (n < 0) raise(ExcType::ValueError, "n must be a non-negative integer");
  if (k < 0) raise(ExcType::ValueError, "k must be a non-negative integer");
  if (k > n) return 0;
  Int r = 1;
  for (Int i = 0; i < k; ++i) r = rt::detail::checked_mul(r, n - i);
  return r;
}

namespace detail {

Float fsum_array(const double* values, std::size_t count) {
  // Shewchuk's exact summation: `partials` holds non-overlapping doubles
  // whose exact sum is the running total, smallest magnitude first.
  std::vector<double> partials;
  double special_sum = 0.0;  // inf/nan inputs, summed the ordinary way
  double inf_sum = 0.0;
  for (std::size_t k = 0; k < count; ++k) {
    double x = values[k];
    const double original = x;
    std::size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      const double hi = x + y;
      const double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    if (!std::isfinite(x)) {
      if (std::isfinite(original)) raise(ExcType::OverflowError, "intermediate overflow in fsum");
      if (std::isinf(original)) inf_sum += original;
      special_sum += original;
      partials.clear();
    } else {
      partials.resize(i);
      partials.push_back(x);
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) raise(ExcType::ValueError, "-inf + inf in fsum");
    return special_sum;
  }
  if (special_sum != special_sum) return special_sum;  // NaN input
  double hi = 0.0;
  std::size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0.0;
    while (n > 0) {
      const double x = hi;
      const double y = partials[--n];
      hi = x + y;
      const double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Round half to even: if the rest has the sign of lo, the exact sum is
    // past the halfway point.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const double y = lo * 2;
      const double x = hi + y;
      const double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return hi;
}

}  // namespace detail
}  // namespace ingot::rt::math
