// Vectorised float32 exp, log and tanh, and float64 exp (vmath.h).
//
// Method (written for this project; the textbook one):
//
//   exp(x)   x clamped to [-104, 89] (beyond: exactly 0 / inf after the
//            rounding to float32; nan passes), then in float64. Range
//            reduction x = k ln2 + r, k = round(x / ln2), |r| <= ln2/2,
//            with k read from the bits of x/ln2 + 1.5*2^52 (no float-int
//            conversion); e^r = 1 + (r + r^2 Q(r)), Q a degree-7
//            near-minimax (Chebyshev) fit of (e^r - 1 - r) / r^2 on
//            [-ln2/2, ln2/2] (relative error of e^r < 2^-43); times 2^k
//            built in the exponent field. Every float32 result is a normal
//            float64 here, so underflow to subnormals happens in the final
//            rounding.
//   log(x)   x in float64 (float32 subnormals are normal there):
//            x = 2^e m, m in [sqrt(1/2), sqrt(2)) from the bits; s = (m-1) /
//            (m+1), log(m) = 2 atanh(s) = 2s + s^3 L(s^2), L a degree-4
//            Chebyshev fit on [0, (3 - 2 sqrt 2)^2] (relative error < 2^-43);
//            log(x) = e ln2 + log(m). 0, negatives, inf and nan selected.
//   tanh(x)  x clamped to [-10, 10] (tanh rounds to +-1 beyond 9.1);
//            tanh|x| = expm1(2|x|) / (expm1(2|x|) + 2), expm1(z) = 2^k q +
//            (2^k - 1) with q = r + r^2 Q(r) the reduced exp above minus 1,
//            which keeps the relative accuracy for small |x| (no 1 - ...);
//            the sign of x put back.
//
// Each result is rounded once from float64 to float32. The kernels are
// written on GCC vectors of float64 lanes with +, -, *, /, compares,
// selects, integer bit operations and a lane-by-lane fma() (exact, one
// rounding: the runtime builds with -ffp-contract=off, so nothing else is
// fused), so every lane gets the same bits whatever the vector width or
// instruction set. The blocks run 8 lanes with AVX-512 (x86-64-v4) where the
// CPU has it, 4 with AVX2 + FMA (x86-64-v3), else 4 as 2 x SSE2 with glibc's
// fma() (slow, but exact), picked once, at the first call; the one-value
// entry points run the picked block on one element.
#include "ingot/rt/numpy/vmath.h"

#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

// The vector types only pass between always_inline functions (no ABI);
// GCC 12 warns about the undefined pass-through operand of its own AVX-512
// conversion intrinsics.
#pragma GCC diagnostic ignored "-Wpsabi"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

namespace ingot::rt::np::vmath {

namespace {

template <int N>
struct Vec {
  typedef double D __attribute__((vector_size(8 * N)));
  typedef std::uint64_t U __attribute__((vector_size(8 * N)));
  typedef std::int64_t I __attribute__((vector_size(8 * N)));
  typedef float F __attribute__((vector_size(4 * N)));
};

constexpr double kInvLn2 = 0x1.71547652b82fep+0;  // 1/ln2
constexpr double kLn2 = 0x1.62e42fefa39efp-1;     // ln2 (float64 nearest)
constexpr double kShift = 0x1.8p52;               // x + 1.5*2^52: round to an integer in the low bits

// (e^r - 1 - r) / r^2 on [-ln2/2, ln2/2]: degree 7, error < 4.7e-13.
constexpr double kQ0 = 0x1.fffffffffe069p-2, kQ1 = 0x1.5555555554f97p-3, kQ2 = 0x1.55555565c5602p-5,
                 kQ3 = 0x1.111111170ad7ap-7, kQ4 = 0x1.6c166be7451fep-10, kQ5 = 0x1.a019c3721025ap-13,
                 kQ6 = 0x1.a136b08f4d167p-16, kQ7 = 0x1.72ad3afdd48dep-19;
// (2 atanh(s) - 2s) / s^3 as a function of z = s^2 on [0, (3 - 2 sqrt 2)^2]:
// degree 4, error < 7.3e-12.
constexpr double kL0 = 0x1.5555555564e97p-1, kL1 = 0x1.999998cafbbe2p-2, kL2 = 0x1.249323e501d94p-2,
                 kL3 = 0x1.c67ad9ecb9497p-3, kL4 = 0x1.8c8c1378bf76ep-3;

template <class V>
[[gnu::always_inline]] inline V splat(double c) {
  return V{} + c;
}
/// a * b + c rounded once, lane by lane: one vfmadd in the AVX2 / AVX-512
/// blocks (GCC vectorises the loop), glibc's exact fma() in the baseline one.
template <class D>
[[gnu::always_inline]] inline D fma(const D& a, const D& b, const D& c) {
  D r;
  for (int i = 0; i < static_cast<int>(sizeof(D) / sizeof(double)); ++i) r[i] = __builtin_fma(a[i], b[i], c[i]);
  return r;
}
template <class D>
[[gnu::always_inline]] inline D fma(const D& a, double b, double c) {
  return fma(a, splat<D>(b), splat<D>(c));
}
template <class D>
[[gnu::always_inline]] inline D fma(const D& a, double b, const D& c) {
  return fma(a, splat<D>(b), c);
}

template <class To, class From>
[[gnu::always_inline]] inline To bits(const From& v) {
  static_assert(sizeof(To) == sizeof(From));
  return reinterpret_cast<To>(v);  // GCC vector casts reinterpret the bits
}

/// r + r^2 Q(r) = e^r - 1 for |r| <= ln2/2 (Estrin's scheme).
template <class D>
[[gnu::always_inline]] inline D expm1_reduced(const D& r) {
  const D r2 = r * r;
  const D r4 = r2 * r2;
  const D a = fma(r, kQ1, kQ0);
  const D b = fma(r, kQ3, kQ2);
  const D c = fma(r, kQ5, kQ4);
  const D d = fma(r, kQ7, kQ6);
  const D q = fma(r4, fma(r2, d, c), fma(r2, b, a));
  return fma(r2, q, r);
}

/// k = round(y / ln2) and r = y - k ln2 (|y| well below 2^51); returns r,
/// and 2^k in `scale` (-1022 <= k <= 1023), built in the exponent field.
template <class D, class U>
[[gnu::always_inline]] inline D reduce(const D& y, D& scale) {
  D kd = fma(y, kInvLn2, kShift);
  scale = bits<D>((bits<U>(kd) + 1023) << 52);
  kd = kd - kShift;
  return fma(kd, -kLn2, y);
}

// The kernels: float64 lanes in, float64 lanes out. The block loops clamp
// the float32 inputs to [kLo, kHi] first (kClamp; nan passes).

template <int N>
struct ExpKernel {
  using D = typename Vec<N>::D;
  static constexpr bool kClamp = true;
  static constexpr float kLo = -104.0f, kHi = 89.0f;  // e^x rounds to 0 / inf beyond
  [[gnu::always_inline]] static D run(const D& y) {
    D scale;
    const D r = reduce<D, typename Vec<N>::U>(y, scale);
    return fma(expm1_reduced(r), scale, scale);
  }
};

template <int N>
struct LogKernel {
  using D = typename Vec<N>::D;
  using U = typename Vec<N>::U;
  using I = typename Vec<N>::I;
  static constexpr bool kClamp = false;
  static constexpr float kLo = 0.0f, kHi = 0.0f;
  [[gnu::always_inline]] static D run(const D& y) {
    const U b = bits<U>(y);
    // e = floor(log2(y / sqrt(1/2))), m = y / 2^e in [sqrt(1/2), sqrt(2)).
    const I e = bits<I>(b - 0x3fe6a09e667f3bcdull) >> 52;
    const D m = bits<D>(b - (bits<U>(e) << 52));
    const D s = (m - 1.0) / (m + 1.0);
    const D z = s * s;
    const D z2 = z * z;
    const D l = fma(z2, fma(z2, splat<D>(kL4), fma(z, kL3, kL2)), fma(z, kL1, kL0));
    const D log_m = fma(s * z, l, s + s);
    const D ed = bits<D>(bits<U>(e) + 0x4338000000000000ull) - kShift;  // e as a float64
    D out = fma(ed, kLn2, log_m);
    const D inf = splat<D>(__builtin_inf());
    out = y == inf ? inf : out;
    out = y == 0.0 ? -inf : out;
    out = y < 0.0 ? splat<D>(__builtin_nan("")) : out;
    out = y != y ? y : out;
    return out;
  }
};

template <int N>
struct TanhKernel {
  using D = typename Vec<N>::D;
  using U = typename Vec<N>::U;
  static constexpr bool kClamp = true;
  static constexpr float kLo = -10.0f, kHi = 10.0f;  // tanh rounds to +-1 beyond 9.1
  [[gnu::always_inline]] static D run(const D& y) {
    const U sign = bits<U>(y) & 0x8000000000000000ull;
    D z = bits<D>(bits<U>(y) ^ sign);  // |y|
    z = z + z;
    D scale;
    const D r = reduce<D, U>(z, scale);
    const D em = fma(scale, expm1_reduced(r), scale - 1.0);  // e^z - 1
    const D t = em / (em + 2.0);
    return bits<D>(bits<U>(t) | sign);
  }
};

// float64 exp: x clamped to [-746, 710] (beyond: 0 / inf), x = k ln2 + r
// with ln2 = hi + lo (k hi exact, so r = (x - k hi) - k lo keeps its low
// bits as a separate term), e^r = 1 + r + r^2 Q(r), Q of degree 10
// (Chebyshev, error < 1.4e-18), summed as hi + lo, and e^x = (hi + lo) 2^k1
// 2^k2 with k1 + k2 = k (two factors so that 2^k need not be a normal
// float64), rounded once (normal results; subnormal ones round twice).
// Within 1 ulp, nearly always correctly rounded.
constexpr double kLn2Hi = 0x1.62e42fefa3800p-1, kLn2Lo = 0x1.ef35793c76730p-45;
constexpr double kP0 = 0x1.0000000000000p-1, kP1 = 0x1.5555555555557p-3, kP2 = 0x1.5555555555556p-5,
                 kP3 = 0x1.11111111100dfp-7, kP4 = 0x1.6c16c16c162d6p-10, kP5 = 0x1.a01a01abe6323p-13,
                 kP6 = 0x1.a01a01a6d7831p-16, kP7 = 0x1.71de0237484cdp-19, kP8 = 0x1.27e4db67ac2b0p-22,
                 kP9 = 0x1.af4ddda1c08cdp-26, kP10 = 0x1.1f72fc83bcbc7p-29;

template <int N>
struct Exp64Kernel {
  using D = typename Vec<N>::D;
  using U = typename Vec<N>::U;
  using I = typename Vec<N>::I;
  static constexpr double kLo = -746.0, kHi = 710.0;
  [[gnu::always_inline]] static D run(const D& y) {
    const D shifted = fma(y, kInvLn2, kShift);
    const D kd = shifted - kShift;
    const I k = bits<I>(shifted) - bits<I>(splat<D>(kShift));
    const D rhi = fma(kd, -kLn2Hi, y);  // exact
    const D rlo = kd * -kLn2Lo;
    const D r = rhi + rlo;
    const D r2 = r * r;
    const D r4 = r2 * r2;
    const D r8 = r4 * r4;
    const D q = fma(r8, fma(r2, splat<D>(kP10), fma(r, kP9, kP8)),
                    fma(r4, fma(r2, fma(r, kP7, kP6), fma(r, kP5, kP4)), fma(r2, fma(r, kP3, kP2), fma(r, kP1, kP0))));
    // e^r = hi + lo: hi = 1 + rhi rounded, lo its rounding error (Fast2Sum,
    // |rhi| < 1) plus the small terms, added in the one final rounding.
    const D hi = 1.0 + rhi;
    const D lo = ((1.0 - hi) + rhi) + fma(r2, q, rlo);
    const I k1 = k >> 1;
    const I k2 = k - k1;
    const D s1 = bits<D>(bits<U>(k1 + 1023) << 52);
    const D s2 = bits<D>(bits<U>(k2 + 1023) << 52);
    return fma(hi, s1, lo * s1) * s2;
  }
};

/// Runs the statements (on `in`, `o`) for each W-element chunk of x and out
/// (elements of type T): whole chunks in place, the last partial one through
/// a zero-padded copy (the same lanewise operations, so the same bits).
#define INGOT_VMATH_CHUNKS(T, W, ...)                                          \
  std::ptrdiff_t i = 0;                                                        \
  for (; i + (W) <= n; i += (W)) {                                             \
    const T* in = x + i;                                                       \
    T* o = out + i;                                                            \
    __VA_ARGS__;                                                               \
  }                                                                            \
  if (i < n) {                                                                 \
    T pad[W] = {};                                                             \
    std::memcpy(pad, x + i, static_cast<std::size_t>(n - i) * sizeof(T));      \
    const T* in = pad;                                                         \
    T* o = pad;                                                                \
    __VA_ARGS__;                                                               \
    std::memcpy(out + i, pad, static_cast<std::size_t>(n - i) * sizeof(T));    \
  }

/// Baseline x86-64 (and any other target): GCC vectors, 4 lanes.
template <template <int> class K>
void block_base(float* out, const float* x, std::ptrdiff_t n) {
  using F = typename Vec<4>::F;
  using D = typename Vec<4>::D;
  INGOT_VMATH_CHUNKS(float, 4, {
    F v;
    std::memcpy(&v, in, sizeof v);
    if constexpr (K<4>::kClamp) {
      v = v < K<4>::kLo ? F{} + K<4>::kLo : v;  // nan stays nan
      v = v > K<4>::kHi ? F{} + K<4>::kHi : v;
    }
    v = __builtin_convertvector(K<4>::run(__builtin_convertvector(v, D)), F);
    std::memcpy(o, &v, sizeof v);
  })
}

#if defined(__x86_64__) && defined(__GNUC__)
// The same operations with AVX2 + FMA (4 float64 lanes, 8 floats a chunk)
// and AVX-512 (8 lanes). max(lo, v) / min(hi, v) return v when it is nan,
// as the baseline's selects do.
template <template <int> class K>
__attribute__((target("avx2,fma"))) void block_avx2(float* out, const float* x, std::ptrdiff_t n) {
  using D = typename Vec<4>::D;
  INGOT_VMATH_CHUNKS(float, 8, {
    __m256 v = _mm256_loadu_ps(in);
    if constexpr (K<4>::kClamp) {
      v = _mm256_max_ps(_mm256_set1_ps(K<4>::kLo), v);
      v = _mm256_min_ps(_mm256_set1_ps(K<4>::kHi), v);
    }
    const D lo = K<4>::run(reinterpret_cast<D>(_mm256_cvtps_pd(_mm256_castps256_ps128(v))));
    const D hi = K<4>::run(reinterpret_cast<D>(_mm256_cvtps_pd(_mm256_extractf128_ps(v, 1))));
    _mm_storeu_ps(o, _mm256_cvtpd_ps(reinterpret_cast<__m256d>(lo)));
    _mm_storeu_ps(o + 4, _mm256_cvtpd_ps(reinterpret_cast<__m256d>(hi)));
  })
}
template <template <int> class K>
__attribute__((target("arch=x86-64-v4"))) void block_v4(float* out, const float* x, std::ptrdiff_t n) {
  using D = typename Vec<8>::D;
  INGOT_VMATH_CHUNKS(float, 8, {
    __m256 v = _mm256_loadu_ps(in);
    if constexpr (K<8>::kClamp) {
      v = _mm256_max_ps(_mm256_set1_ps(K<8>::kLo), v);
      v = _mm256_min_ps(_mm256_set1_ps(K<8>::kHi), v);
    }
    const D d = K<8>::run(reinterpret_cast<D>(_mm512_cvtps_pd(v)));
    _mm256_storeu_ps(o, _mm512_cvtpd_ps(reinterpret_cast<__m512d>(d)));
  })
}
#endif

// float64 blocks (exp): the same scheme, 8 doubles a chunk.
void exp64_base(double* out, const double* x, std::ptrdiff_t n) {
  using D = typename Vec<4>::D;
  INGOT_VMATH_CHUNKS(double, 8, {
    for (int h = 0; h < 8; h += 4) {
      D v;
      std::memcpy(&v, in + h, sizeof v);
      v = v < Exp64Kernel<4>::kLo ? splat<D>(Exp64Kernel<4>::kLo) : v;  // nan stays nan
      v = v > Exp64Kernel<4>::kHi ? splat<D>(Exp64Kernel<4>::kHi) : v;
      v = Exp64Kernel<4>::run(v);
      std::memcpy(o + h, &v, sizeof v);
    }
  })
}
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2,fma"))) void exp64_avx2(double* out, const double* x, std::ptrdiff_t n) {
  using D = typename Vec<4>::D;
  INGOT_VMATH_CHUNKS(double, 8, {
    for (int h = 0; h < 8; h += 4) {
      __m256d v = _mm256_loadu_pd(in + h);
      v = _mm256_max_pd(_mm256_set1_pd(Exp64Kernel<4>::kLo), v);
      v = _mm256_min_pd(_mm256_set1_pd(Exp64Kernel<4>::kHi), v);
      _mm256_storeu_pd(o + h, reinterpret_cast<__m256d>(Exp64Kernel<4>::run(reinterpret_cast<D>(v))));
    }
  })
}
__attribute__((target("arch=x86-64-v4"))) void exp64_v4(double* out, const double* x, std::ptrdiff_t n) {
  using D = typename Vec<8>::D;
  INGOT_VMATH_CHUNKS(double, 8, {
    __m512d v = _mm512_loadu_pd(in);
    v = _mm512_max_pd(_mm512_set1_pd(Exp64Kernel<8>::kLo), v);
    v = _mm512_min_pd(_mm512_set1_pd(Exp64Kernel<8>::kHi), v);
    _mm512_storeu_pd(o, reinterpret_cast<__m512d>(Exp64Kernel<8>::run(reinterpret_cast<D>(v))));
  })
}
#endif
#undef INGOT_VMATH_CHUNKS

using BlockFn = void (*)(float*, const float*, std::ptrdiff_t);
using Block64Fn = void (*)(double*, const double*, std::ptrdiff_t);
struct Blocks {
  BlockFn exp, log, tanh;
  Block64Fn exp64;
};

Blocks blocks_for(Isa isa) {
  switch (isa) {
#if defined(__x86_64__) && defined(__GNUC__)
    case Isa::Avx512: return {block_v4<ExpKernel>, block_v4<LogKernel>, block_v4<TanhKernel>, exp64_v4};
    case Isa::Avx2: return {block_avx2<ExpKernel>, block_avx2<LogKernel>, block_avx2<TanhKernel>, exp64_avx2};
#endif
    default: return {block_base<ExpKernel>, block_base<LogKernel>, block_base<TanhKernel>, exp64_base};
  }
}

const Blocks& blocks() {
  static const Blocks b = blocks_for(best_isa());
  return b;
}

}  // namespace

Isa best_isa() {
#if defined(__x86_64__) && defined(__GNUC__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("x86-64-v4")) return Isa::Avx512;
  if (__builtin_cpu_supports("x86-64-v3")) return Isa::Avx2;
#endif
  return Isa::Baseline;
}

void run_with(Isa isa, Fn fn, float* out, const float* x, std::ptrdiff_t n) {
  const Blocks b = blocks_for(isa);
  (fn == Fn::Exp ? b.exp : fn == Fn::Log ? b.log : b.tanh)(out, x, n);
}

void run_with(Isa isa, double* out, const double* x, std::ptrdiff_t n) { blocks_for(isa).exp64(out, x, n); }

void exp(float* out, const float* x, std::ptrdiff_t n) { blocks().exp(out, x, n); }
void exp(double* out, const double* x, std::ptrdiff_t n) { blocks().exp64(out, x, n); }
void log(float* out, const float* x, std::ptrdiff_t n) { blocks().log(out, x, n); }
void tanh(float* out, const float* x, std::ptrdiff_t n) { blocks().tanh(out, x, n); }

// One value: the block loop of one element (padded), as the blocks do a
// block's last few elements.
float exp(float x) {
  blocks().exp(&x, &x, 1);
  return x;
}
double exp(double x) {
  blocks().exp64(&x, &x, 1);
  return x;
}
float log(float x) {
  blocks().log(&x, &x, 1);
  return x;
}
float tanh(float x) {
  blocks().tanh(&x, &x, 1);
  return x;
}

}  // namespace ingot::rt::np::vmath
