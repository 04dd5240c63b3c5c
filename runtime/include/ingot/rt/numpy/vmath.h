// Vectorised float32 exp, log and tanh, and float64 exp
// (src/numpy/vmath.cpp): np.exp, np.log and np.tanh of float32 arrays (and
// np.exp of float64 ones), unfused (dynamic_ufuncs.cpp) and fused
// (fused.cpp), and elem::exp/log/tanh<float>, elem::exp<double>
// (elementwise.h).
//
// Each float32 value is computed in float64 (a polynomial with a relative
// error below 2^-42) and rounded once to float32, so the result is the correctly
// rounded one except in rare near-halfway cases, where it is the other
// neighbour: always within 1 ulp (numpy's own AVX2/AVX512 loops are within a
// few ulp). Special values as numpy: exp(-inf) = 0, exp(inf) = inf,
// overflow to inf, underflow to subnormals and 0; log(0) = -inf, log(x < 0)
// = nan, log(inf) = inf; tanh(+-inf) = +-1, tanh(-0.0) = -0.0; nan -> nan.
// No floating-point error is reported (as elem::exp & co before).
//
// Every version of the blocks (baseline, AVX2+FMA, AVX-512: picked at the
// first call) runs the same IEEE operations on every lane (fused
// multiply-adds explicitly, in all of them), and the one-value functions
// run the picked block on one element, so a value gets the same bits
// whichever function, instruction set or position in a block computes it:
// the fused and op-by-op paths agree bit for bit.
#pragma once

#include <cstddef>

namespace ingot::rt::np::vmath {

/// out[i] = f(x[i]) for 0 <= i < n; out may be x (in place), otherwise the
/// two must not overlap.
void exp(float* out, const float* x, std::ptrdiff_t n);
void log(float* out, const float* x, std::ptrdiff_t n);
void tanh(float* out, const float* x, std::ptrdiff_t n);

/// One value: the same bits as the block functions.
float exp(float x);
float log(float x);
float tanh(float x);

/// float64 exp (within 1 ulp; overflow to inf, underflow through the
/// subnormals to 0): the block and one-value forms, the same bits.
void exp(double* out, const double* x, std::ptrdiff_t n);
double exp(double x);

/// For tests: the instruction sets the blocks have a version for, the one
/// they use on this CPU, and a block run with a given one (which the CPU
/// must have).
enum class Isa { Baseline, Avx2, Avx512 };
enum class Fn { Exp, Log, Tanh };
Isa best_isa();
void run_with(Isa isa, Fn fn, float* out, const float* x, std::ptrdiff_t n);
void run_with(Isa isa, double* out, const double* x, std::ptrdiff_t n);  // float64 exp

}  // namespace ingot::rt::np::vmath
