// The out-of-line parts of the arithmetic operators: correctly rounded
// int / int, ** for ints and floats, pow(a, b, m), repetition counts.
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <limits>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/ops/arithmetic_core.h"
#include "ingot/rt/ops/mul.h"

namespace ingot::rt::detail {

namespace {
int bit_length(std::uint64_t x) noexcept { return x == 0 ? 0 : 64 - __builtin_clzll(x); }
}  // namespace

double int_truediv_slow(Int a, Int b) {
  // At least one operand is beyond 2**53: converting both to double could
  // round twice. Compute a quotient q with 55+ significant bits exactly in
  // 128-bit arithmetic, fold the remainder into its lowest bit (sticky bit),
  // and let the single conversion to double round to nearest-even.
  const bool negative = (a < 0) != (b < 0);
  const std::uint64_t ua = a < 0 ? ~static_cast<std::uint64_t>(a) + 1 : static_cast<std::uint64_t>(a);
  const std::uint64_t ub = b < 0 ? ~static_cast<std::uint64_t>(b) + 1 : static_cast<std::uint64_t>(b);
  if (ua == 0) return negative ? -0.0 : 0.0;
  // q = ua * 2**shift / ub, with shift chosen so that q has 55 or 56 bits.
  const int shift = 55 - (bit_length(ua) - bit_length(ub));
  unsigned __int128 numerator = ua, denominator = ub;
  if (shift >= 0) numerator <<= shift;
  else denominator <<= -shift;
  unsigned __int128 q = numerator / denominator;
  const bool inexact = numerator % denominator != 0;
  auto q64 = static_cast<std::uint64_t>(q);
  if (inexact) q64 |= 1;
  const double result = std::ldexp(static_cast<double>(q64), -shift);
  return negative ? -result : result;
}

Int int_pow(Int base, Int exponent) {
  if (exponent < 0) {
    raise(ExcType::ValueError,
          "int ** negative int is a float: compile this power with rt::pow_float (Ingot)");
  }
  Int result = 1;
  while (true) {
    if (exponent & 1) result = checked_mul(result, base);
    exponent >>= 1;
    if (exponent == 0) break;
    // Once |base| > 1, squaring more than 63 times overflows; checked_mul sees it.
    base = checked_mul(base, base);
  }
  return result;
}

double float_pow(double v, double w) {
  // CPython's float_pow, case by case.
  if (w == 0.0) return 1.0;
  if (std::isnan(v)) return v;
  if (std::isnan(w)) return v == 1.0 ? 1.0 : w;
  if (std::isinf(w)) {
    const double av = std::fabs(v);
    if (av == 1.0) return 1.0;
    return ((w > 0) == (av > 1.0)) ? std::fabs(w) : 0.0;
  }
  const bool w_is_odd_int = std::fmod(std::fabs(w), 2.0) == 1.0;
  if (std::isinf(v)) {
    if (w > 0) return w_is_odd_int ? v : std::fabs(v);
    return w_is_odd_int ? std::copysign(0.0, v) : 0.0;
  }
  if (v == 0.0) {
    if (w < 0) raise_zero_division("0.0 cannot be raised to a negative power");
    return w_is_odd_int ? v : 0.0;
  }
  bool negate = false;
  if (v < 0) {
    if (w != std::floor(w)) {
      // Python returns a complex number here; the runtime has none. (When
      // even the magnitude overflows, CPython's complex power fails first.)
      if (std::isinf(std::pow(-v, w))) raise(ExcType::OverflowError, "complex exponentiation");
      raise(ExcType::ValueError, "negative number cannot be raised to a fractional power");
    }
    v = -v;
    negate = w_is_odd_int;
  }
  if (v == 1.0) return negate ? -1.0 : 1.0;
  const double r = std::pow(v, w);
  if (std::isinf(r)) raise(ExcType::OverflowError, "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

Int int_pow_mod(Int base, Int exponent, Int modulus) {
  if (modulus == 0) raise_value_error("pow() 3rd argument cannot be 0");
  // Work modulo |m| with unsigned 128-bit products, then give the result
  // the sign of m, as Python's %.
  const std::uint64_t m = modulus < 0 ? ~static_cast<std::uint64_t>(modulus) + 1 : static_cast<std::uint64_t>(modulus);
  if (m == 1) return 0;
  auto reduce = [m](Int x) -> std::uint64_t {
    const Int r = static_cast<Int>(static_cast<__int128>(x) % static_cast<__int128>(m));
    return static_cast<std::uint64_t>(r < 0 ? r + static_cast<__int128>(m) : r);
  };
  std::uint64_t b = reduce(base);
  std::uint64_t e;
  if (exponent < 0) {
    // The inverse of b modulo m (extended Euclid), then a positive exponent.
    __int128 old_r = b, r = m, old_s = 1, s = 0;
    while (r != 0) {
      const __int128 q = old_r / r;
      const __int128 next_r = old_r - q * r;
      old_r = r;
      r = next_r;
      const __int128 next_s = old_s - q * s;
      old_s = s;
      s = next_s;
    }
    if (old_r != 1) raise_value_error("base is not invertible for the given modulus");
    __int128 inverse = old_s % static_cast<__int128>(m);
    if (inverse < 0) inverse += m;
    b = static_cast<std::uint64_t>(inverse);
    e = exponent == INT64_MIN ? std::uint64_t{1} << 63 : static_cast<std::uint64_t>(-exponent);
  } else {
    e = static_cast<std::uint64_t>(exponent);
  }
  unsigned __int128 result = 1 % m;
  unsigned __int128 square = b;
  while (e != 0) {
    if (e & 1) result = result * square % m;
    square = square * square % m;
    e >>= 1;
  }
  Int r = static_cast<Int>(static_cast<std::uint64_t>(result));
  if (modulus < 0 && r != 0) r = static_cast<Int>(static_cast<__int128>(r) - static_cast<__int128>(m));
  return r;
}

std::size_t repeat_count(std::size_t length, Int n) {
  if (n <= 0 || length == 0) return 0;
  std::size_t total;
  if (__builtin_mul_overflow(length, static_cast<std::uint64_t>(n), &total) ||
      total > (std::size_t{1} << 48)) {
    raise(ExcType::MemoryError, "");
  }
  return total;
}

}  // namespace ingot::rt::detail
