// The vectorised float32 exp / log / tanh and float64 exp (numpy/vmath.h):
// accuracy against long double (every result within 1 ulp of the correctly
// rounded one; the measured worst error is printed), numpy's special
// values, and the same bits from every instruction-set version, block
// position and the one-value functions.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

#include "ingot/rt/numpy/vmath.h"

namespace vm = ingot::rt::np::vmath;

namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

std::uint32_t bits_of(float f) {
  std::uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}
float from_bits(std::uint32_t u) {
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}

long double reference(vm::Fn fn, float x) {
  switch (fn) {
    case vm::Fn::Exp: return expl(static_cast<long double>(x));
    case vm::Fn::Log: return logl(static_cast<long double>(x));
    default: return tanhl(static_cast<long double>(x));
  }
}
const char* name(vm::Fn fn) { return fn == vm::Fn::Exp ? "exp" : fn == vm::Fn::Log ? "log" : "tanh"; }

/// Inputs: floats of every magnitude (random bit patterns), the function's
/// useful range densely, and edge cases.
std::vector<float> inputs(vm::Fn fn, std::size_t count) {
  std::mt19937_64 rng(42 + static_cast<int>(fn));
  std::vector<float> xs;
  for (std::size_t i = 0; i < count / 2; ++i) xs.push_back(from_bits(static_cast<std::uint32_t>(rng())));
  std::uniform_real_distribution<float> dense(fn == vm::Fn::Exp ? -104.f : fn == vm::Fn::Log ? 0.f : -10.f,
                                              fn == vm::Fn::Exp ? 89.f : fn == vm::Fn::Log ? 4.f : 10.f);
  for (std::size_t i = 0; i < count / 2; ++i) xs.push_back(dense(rng));
  // Around 1 for log, around 0 for all: every float in a few binades.
  for (std::uint32_t u = bits_of(0.5f); u < bits_of(2.0f); u += 97) xs.push_back(from_bits(u));
  for (std::uint32_t u = 0; u < bits_of(1e-3f); u += 4099) {
    xs.push_back(from_bits(u));
    xs.push_back(-from_bits(u));
  }
  const float edges[] = {0.f, -0.f, 1.f, -1.f, kInf, -kInf, kNaN, -kNaN, std::numeric_limits<float>::max(),
                         -std::numeric_limits<float>::max(), std::numeric_limits<float>::min(),
                         std::numeric_limits<float>::denorm_min(), -std::numeric_limits<float>::denorm_min(),
                         88.7228317f, 88.72283935546875f, 88.8f, 89.f, 89.5f, -87.3365479f, -103.278931f,
                         -103.972084f, -103.972076f, -104.f, -104.5f, -1000.f, 1000.f, 9.01f, 9.1f, 10.f, 11.f,
                         -9.1f, 0.5f, 1e-8f, -1e-8f, 0.34657359f, -0.34657359f, 0.69314718f, 1.41421354f,
                         0.70710677f, 0.99999994f, 1.00000012f, 2.f, 1e30f, 1e-30f};
  xs.insert(xs.end(), std::begin(edges), std::end(edges));
  return xs;
}

/// |got - exact| in ulps of the float nearest `exact` (the spacing above it).
double ulp_error(float got, long double exact) {
  const float nearest = static_cast<float>(exact);
  const float a = std::fabs(nearest);
  const float ulp = a == std::numeric_limits<float>::max() ? a - std::nextafter(a, 0.f) : std::nextafter(a, kInf) - a;
  return static_cast<double>(std::fabs(static_cast<long double>(got) - exact) / ulp);
}

void check_accuracy(vm::Fn fn) {
  const std::vector<float> xs = inputs(fn, 2'000'000);
  std::vector<float> out(xs.size());
  vm::run_with(vm::best_isa(), fn, out.data(), xs.data(), static_cast<std::ptrdiff_t>(xs.size()));
  double worst = 0;
  float worst_x = 0;
  std::size_t not_nearest = 0;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const float x = xs[i];
    const float got = out[i];
    const long double exact = reference(fn, x);
    const float nearest = static_cast<float>(exact);
    if (std::isnan(nearest) || std::isnan(got)) {
      ASSERT_TRUE(std::isnan(nearest) && std::isnan(got)) << name(fn) << "(" << x << ") = " << got;
      continue;
    }
    if (std::isinf(nearest) || std::isinf(got) || nearest == 0 || got == 0) {
      ASSERT_EQ(bits_of(got), bits_of(nearest)) << name(fn) << "(" << x << ") = " << got << ", exact " << nearest;
      continue;
    }
    ASSERT_EQ(std::signbit(got), std::signbit(nearest)) << name(fn) << "(" << x << ")";
    // Within 1 ulp of the correctly rounded result: it or a neighbour.
    const std::int64_t steps = static_cast<std::int64_t>(bits_of(std::fabs(got))) -
                               static_cast<std::int64_t>(bits_of(std::fabs(nearest)));
    ASSERT_LE(std::llabs(steps), 1) << name(fn) << "(" << x << ") = " << got << ", exact " << nearest;
    if (steps != 0) ++not_nearest;
    const double e = ulp_error(got, exact);
    if (e > worst) {
      worst = e;
      worst_x = x;
    }
  }
  std::printf("  vmath %s: %zu inputs, max error %.6f ulp (at %a), %zu not correctly rounded\n", name(fn), xs.size(),
              worst, static_cast<double>(worst_x), not_nearest);
  // The float64 polynomials are good to ~2^-42: the result is the float
  // nearest to a value within 2^-17 ulp of the exact one.
  EXPECT_LT(worst, 0.5 + 1e-4) << name(fn);
}

TEST(NumpyVmath, ExpAccuracy) { check_accuracy(vm::Fn::Exp); }
TEST(NumpyVmath, LogAccuracy) { check_accuracy(vm::Fn::Log); }
TEST(NumpyVmath, TanhAccuracy) { check_accuracy(vm::Fn::Tanh); }

TEST(NumpyVmath, SpecialValues) {
  const float max = std::numeric_limits<float>::max();
  const float tiny = std::numeric_limits<float>::denorm_min();
  // exp: overflow to inf, underflow through the subnormals to +0.
  EXPECT_EQ(vm::exp(kInf), kInf);
  EXPECT_EQ(bits_of(vm::exp(-kInf)), 0u);
  EXPECT_TRUE(std::isnan(vm::exp(kNaN)));
  EXPECT_EQ(vm::exp(0.f), 1.f);
  EXPECT_EQ(vm::exp(-0.f), 1.f);
  EXPECT_EQ(vm::exp(88.72283935546875f), kInf);
  EXPECT_EQ(vm::exp(88.7228317f), std::exp(88.7228317f));
  EXPECT_EQ(vm::exp(1000.f), kInf);
  EXPECT_EQ(vm::exp(-103.2789f), tiny);  // ~2^-149
  EXPECT_EQ(bits_of(vm::exp(-104.f)), 0u);
  EXPECT_EQ(bits_of(vm::exp(-1000.f)), 0u);
  EXPECT_EQ(vm::exp(-100.f), std::exp(-100.f));  // a subnormal
  // log: 0 -> -inf, negatives -> nan, inf -> inf, subnormals.
  EXPECT_EQ(vm::log(0.f), -kInf);
  EXPECT_EQ(vm::log(-0.f), -kInf);
  EXPECT_TRUE(std::isnan(vm::log(-1.f)));
  EXPECT_TRUE(std::isnan(vm::log(-kInf)));
  EXPECT_TRUE(std::isnan(vm::log(-tiny)));
  EXPECT_TRUE(std::isnan(vm::log(kNaN)));
  EXPECT_EQ(vm::log(kInf), kInf);
  EXPECT_EQ(bits_of(vm::log(1.f)), 0u);
  EXPECT_EQ(vm::log(tiny), std::log(tiny));
  EXPECT_EQ(vm::log(max), std::log(max));
  // tanh: odd, +-inf -> +-1, -0 -> -0.
  EXPECT_EQ(vm::tanh(kInf), 1.f);
  EXPECT_EQ(vm::tanh(-kInf), -1.f);
  EXPECT_EQ(vm::tanh(20.f), 1.f);
  EXPECT_EQ(vm::tanh(-9.5f), -1.f);
  EXPECT_EQ(bits_of(vm::tanh(0.f)), 0u);
  EXPECT_EQ(bits_of(vm::tanh(-0.f)), 0x80000000u);
  EXPECT_EQ(vm::tanh(tiny), tiny);
  EXPECT_EQ(vm::tanh(-tiny), -tiny);
  EXPECT_EQ(vm::tanh(1e-20f), 1e-20f);
  EXPECT_TRUE(std::isnan(vm::tanh(kNaN)));
}

/// Every instruction-set version gives the same bits, for every block
/// length and position, in place or not; and so do the one-value functions.
TEST(NumpyVmath, SameBitsEverywhere) {
  std::mt19937 rng(7);
  std::vector<float> xs;
  for (int i = 0; i < 200'000; ++i) xs.push_back(from_bits(static_cast<std::uint32_t>(rng())));
  std::uniform_real_distribution<float> dense(-30.f, 30.f);
  for (int i = 0; i < 200'000; ++i) xs.push_back(dense(rng));
  const std::ptrdiff_t n = static_cast<std::ptrdiff_t>(xs.size());
  std::vector<vm::Isa> isas{vm::Isa::Baseline};
  if (vm::best_isa() >= vm::Isa::Avx2) isas.push_back(vm::Isa::Avx2);
  if (vm::best_isa() >= vm::Isa::Avx512) isas.push_back(vm::Isa::Avx512);
  std::printf("  vmath: comparing %zu instruction-set versions\n", isas.size());
  auto same = [](float a, float b) { return bits_of(a) == bits_of(b) || (std::isnan(a) && std::isnan(b)); };
  for (vm::Fn fn : {vm::Fn::Exp, vm::Fn::Log, vm::Fn::Tanh}) {
    std::vector<float> want(xs.size());
    vm::run_with(vm::Isa::Baseline, fn, want.data(), xs.data(), n);
    for (vm::Isa isa : isas) {
      std::vector<float> got(xs.size());
      vm::run_with(isa, fn, got.data(), xs.data(), n);
      for (std::size_t i = 0; i < xs.size(); ++i) {
        ASSERT_TRUE(same(got[i], want[i])) << name(fn) << " isa " << static_cast<int>(isa) << " x " << xs[i];
      }
      // Short blocks at odd offsets, in place.
      for (std::ptrdiff_t len = 0; len < 40; ++len) {
        std::vector<float> buf(xs.begin() + 3 + len, xs.begin() + 3 + 2 * len);
        vm::run_with(isa, fn, buf.data(), buf.data(), len);
        for (std::ptrdiff_t i = 0; i < len; ++i) {
          ASSERT_TRUE(same(buf[static_cast<std::size_t>(i)], want[static_cast<std::size_t>(3 + len + i)]))
              << name(fn) << " len " << len;
        }
      }
    }
    for (std::size_t i = 0; i < xs.size(); i += 7) {
      const float one = fn == vm::Fn::Exp ? vm::exp(xs[i]) : fn == vm::Fn::Log ? vm::log(xs[i]) : vm::tanh(xs[i]);
      ASSERT_TRUE(same(one, want[i])) << name(fn) << "(" << xs[i] << ")";
    }
    std::vector<float> dispatched(xs.size());
    if (fn == vm::Fn::Exp) vm::exp(dispatched.data(), xs.data(), n);
    if (fn == vm::Fn::Log) vm::log(dispatched.data(), xs.data(), n);
    if (fn == vm::Fn::Tanh) vm::tanh(dispatched.data(), xs.data(), n);
    for (std::size_t i = 0; i < xs.size(); ++i) ASSERT_TRUE(same(dispatched[i], want[i])) << name(fn);
  }
}

/// float64 exp: within 1 ulp of long double's expl (subnormal results:
/// within 1 ulp of 2^-1074), numpy's special values, the same bits from
/// every version and the one-value form.
TEST(NumpyVmath, Exp64) {
  std::mt19937_64 rng(5);
  std::vector<double> xs;
  std::uniform_real_distribution<double> wide(-746.0, 710.0), unit(-1.0, 1.0);
  for (int i = 0; i < 1'000'000; ++i) xs.push_back(wide(rng));
  for (int i = 0; i < 300'000; ++i) xs.push_back(unit(rng));
  for (int i = 0; i < 300'000; ++i) {
    const std::uint64_t u = rng();
    double d;
    std::memcpy(&d, &u, 8);
    xs.push_back(d);
  }
  const double inf = std::numeric_limits<double>::infinity();
  const double edges[] = {0.0, -0.0, 1.0, -1.0, inf, -inf, std::numeric_limits<double>::quiet_NaN(),
                          709.782712893384, 709.7827128933841, 710.0, -708.3964185322641, -708.4, -720.0,
                          -745.1332191019411, -745.1332191019412, -746.0, 1e-300, -1e-300, 5e-324, 1e300, -1e300};
  xs.insert(xs.end(), std::begin(edges), std::end(edges));
  const std::ptrdiff_t n = static_cast<std::ptrdiff_t>(xs.size());
  std::vector<double> got(xs.size());
  vm::run_with(vm::best_isa(), got.data(), xs.data(), n);
  double worst = 0;
  std::size_t not_nearest = 0;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const long double exact = expl(static_cast<long double>(xs[i]));
    const double nearest = static_cast<double>(exact);
    const double g = got[i];
    if (std::isnan(nearest) || std::isnan(g)) {
      ASSERT_TRUE(std::isnan(nearest) && std::isnan(g)) << xs[i];
      continue;
    }
    if (std::isinf(nearest) || std::isinf(g)) {
      ASSERT_EQ(g, nearest) << xs[i];
      continue;
    }
    if (g != nearest) ++not_nearest;
    if (nearest < std::numeric_limits<double>::min()) {  // subnormal or 0: rounded twice
      ASSERT_LE(std::fabs(g - nearest), std::numeric_limits<double>::denorm_min()) << xs[i];
      continue;
    }
    const double ulp = std::nextafter(nearest, inf) - nearest;
    const double e = static_cast<double>(std::fabs(static_cast<long double>(g) - exact) / ulp);
    ASSERT_LT(e, 1.0) << "exp(" << xs[i] << ") = " << g << ", nearest " << nearest;
    worst = std::max(worst, e);
  }
  std::printf("  vmath exp float64: %zu inputs, max error %.4f ulp, %zu not correctly rounded\n", xs.size(), worst,
              not_nearest);
  EXPECT_LT(worst, 0.75);
  // Special values.
  EXPECT_EQ(vm::exp(inf), inf);
  EXPECT_EQ(vm::exp(-inf), 0.0);
  EXPECT_FALSE(std::signbit(vm::exp(-inf)));
  EXPECT_TRUE(std::isnan(vm::exp(std::numeric_limits<double>::quiet_NaN())));
  EXPECT_EQ(vm::exp(0.0), 1.0);
  EXPECT_EQ(vm::exp(-0.0), 1.0);
  EXPECT_EQ(vm::exp(1000.0), inf);
  EXPECT_EQ(vm::exp(709.7827128933841), inf);
  EXPECT_EQ(vm::exp(-745.1332191019411), std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(vm::exp(-745.1332191019412), 0.0);
  EXPECT_EQ(vm::exp(-1000.0), 0.0);
  // Same bits from every version, any block length, and one value at a time.
  std::vector<vm::Isa> isas{vm::Isa::Baseline};
  if (vm::best_isa() >= vm::Isa::Avx2) isas.push_back(vm::Isa::Avx2);
  if (vm::best_isa() >= vm::Isa::Avx512) isas.push_back(vm::Isa::Avx512);
  auto same = [](double a, double b) { return std::memcmp(&a, &b, 8) == 0 || (std::isnan(a) && std::isnan(b)); };
  for (vm::Isa isa : isas) {
    std::vector<double> other(xs.size());
    vm::run_with(isa, other.data(), xs.data(), n);
    for (std::size_t i = 0; i < xs.size(); ++i) ASSERT_TRUE(same(other[i], got[i])) << static_cast<int>(isa) << " " << xs[i];
    for (std::ptrdiff_t len = 0; len < 20; ++len) {
      std::vector<double> buf(xs.begin() + 5 + len, xs.begin() + 5 + 2 * len);
      vm::run_with(isa, buf.data(), buf.data(), len);
      for (std::ptrdiff_t i = 0; i < len; ++i) {
        ASSERT_TRUE(same(buf[static_cast<std::size_t>(i)], got[static_cast<std::size_t>(5 + len + i)])) << len;
      }
    }
  }
  for (std::size_t i = 0; i < xs.size(); i += 11) ASSERT_TRUE(same(vm::exp(xs[i]), got[i])) << xs[i];
  std::vector<double> dispatched(xs.size());
  vm::exp(dispatched.data(), xs.data(), n);
  for (std::size_t i = 0; i < xs.size(); ++i) ASSERT_TRUE(same(dispatched[i], got[i])) << xs[i];
}

}  // namespace
