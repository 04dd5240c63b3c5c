// numpy reductions: sum prod mean max min argmax argmin var std any all,
// over all elements or along one axis, with keepdims.
//
//   Python                         C++ (namespace rt::np)
//   np.sum(a) / a.sum()            sum(a)                    -> sum_t<T>  (the compiler wraps it as a numpy scalar)
//   np.sum(a, axis=1)              sum(a, 1)                 -> NDArray<sum_t<T>>
//   a.sum(axis=-1, keepdims=True)  sum(a, -1, true)          -> NDArray<sum_t<T>>
//   a.sum(keepdims=True)           sum(a, rt::none, true)    -> NDArray (every extent 1)
//   np.var(a, ddof=1)              var(a, 1)                 (std_: np.std; `std` is taken)
//   np.var(a, axis=0, ddof=1)      var(a, 0, 1, false)       (a, axis, ddof, keepdims)
//   np.argmax(a) / a.argmax(1)     argmax(a) -> Int / argmax(a, 1) -> NDArray<int64_t>
//
// The axis form on a 1-d array returns a 0-d NDArray (numpy returns a
// scalar: the compiler, which knows the rank, unwraps it with
// `r.data()[0]`). An axis out of range raises numpy's AxisError
// ("axis 2 is out of bounds for array of dimension 2", see shape_util.h).
// A 0-d array accepts axis 0 / -1 as numpy's sum, prod, max and min do.
//
// Result dtypes (numpy 2.x): sum/prod of bool and signed ints -> int64, of
// unsigned ints -> uint64, of floats -> the same float. mean/var/std of bool
// and ints -> float64, of floats -> the same float (float16 means are summed
// in float32, as numpy's _mean). max/min -> T; any/all -> bool; argmax and
// argmin -> int64.
//
// Order of float sums: as numpy's. The axes are put in numpy's iteration
// order (its nditer's stride sort, no stride flipping, coalescing of
// contiguous axes); when the innermost axis is reduced, each lane is summed
// with numpy's pairwise_sum (8 accumulators, blocks of 128), in chunks of
// 8192 (numpy's buffer) when the elements are cast first (ints or float16
// summed in float64/float32 for mean); otherwise the accumulation is
// element by element in that order. A full reduction that does not
// coalesce to one axis (a slice with gaps, reversed rows) is summed as numpy
// 2.x buffers it: copied in iteration order into buffers of as many whole
// lanes as fit in 8192 elements, each buffer summed pairwise. Tested bit
// for bit against numpy for contiguous arrays (any axis), transposes, 3-d
// axis sums, int and float16 means, var/std, and sliced/reversed views; a
// large strided full sum (300x100 with step 2) was seen to differ from
// numpy in the last bit, so non-contiguous full sums are "within rounding".
// prod is sequential (numpy's multiply loop has no pairwise form).
//
// Empty reductions: sum -> 0, prod -> 1, any -> False, all -> True, mean and
// var of nothing -> nan (numpy warns; no warning here), max/min raise
// ValueError "zero-size array to reduction operation maximum which has no
// identity", argmax/argmin "attempt to get argmax of an empty sequence"
// (whenever the reduced axis has length 0).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ingot/rt/exceptions.h"
#include "ingot/rt/numpy/dtype.h"
#include "ingot/rt/numpy/ndarray.h"
#include "ingot/rt/numpy/shape_util.h"
#include "ingot/rt/numpy/simd.h"
#include "ingot/rt/types.h"

namespace ingot::rt::np {

// -- result dtypes -----------------------------------------------------------

template <class T>
struct sum_dtype {
  using type = std::conditional_t<std::is_integral_v<T>,
                                  std::conditional_t<std::is_unsigned_v<T> && !std::is_same_v<T, bool>,
                                                     std::uint64_t, std::int64_t>,
                                  T>;
};
/// Result dtype of sum and prod.
template <class T>
using sum_t = typename sum_dtype<T>::type;
/// Result dtype of mean, var and std.
template <class T>
using mean_t = std::conditional_t<std::is_integral_v<T>, double, T>;

namespace detail {

/// The loop numpy runs for a reduction: the axes that are not of length 1,
/// outer to inner in numpy's iteration order, contiguous ones merged.
/// `out_stride` is 0 on reduced axes.
struct ReducePlan {
  Shape out_shape;  // the result's shape (without keepdims)
  Shape extent, in_stride, out_stride;
};
/// axis < 0: every axis is reduced.
ReducePlan plan_reduce(const Shape& shape, const Shape& strides, Int axis);
/// The axes outer to inner in numpy's K order for one operand (its stride sort).
std::vector<std::size_t> k_order(const Shape& shape, const Shape& strides);
[[noreturn]] void raise_no_identity(const char* op);
[[noreturn]] void raise_empty_arg(const char* op);

inline constexpr Int kNumpyBufferSize = 8192;

template <class Acc>
inline Acc wrap_add(Acc a, Acc b) {
  if constexpr (std::is_integral_v<Acc> && std::is_signed_v<Acc>) {
    return static_cast<Acc>(static_cast<std::uint64_t>(a) + static_cast<std::uint64_t>(b));
  } else {
    return a + b;
  }
}
template <class Acc>
inline Acc wrap_mul(Acc a, Acc b) {
  if constexpr (std::is_integral_v<Acc> && std::is_signed_v<Acc>) {
    return static_cast<Acc>(static_cast<std::uint64_t>(a) * static_cast<std::uint64_t>(b));
  } else {
    return a * b;
  }
}

/// The element as the accumulator type (the default `load` of pairwise_sum).
template <class Acc>
struct LoadAs {
  template <class T>
  Acc operator()(const T& x) const {
    return static_cast<Acc>(x);
  }
};

/// The leaves of numpy's pairwise sum: n <= 128 elements, with 8 partial
/// sums from n >= 8 (see pairwise_sum).
template <class Acc, Int Stride, class T, class Load>
[[gnu::always_inline]] inline Acc pairwise_leaf_body(const T* a, Int n, Int stride, Load load) {
  if constexpr (Stride > 0) stride = Stride;
  if (n < 8) {
    Acc res = 0;
    for (Int i = 0; i < n; ++i) res += load(a[i * stride]);
    return res;
  }
  Acc r[8];
  for (int k = 0; k < 8; ++k) r[k] = load(a[k * stride]);
  Int i = 8;
  for (; i < n - (n % 8); i += 8) {
    for (int k = 0; k < 8; ++k) r[k] += load(a[(i + k) * stride]);
  }
  Acc res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
  for (; i < n; ++i) res += load(a[i * stride]);
  return res;
}
template <class Acc, Int Stride, class T, class Load>
INGOT_NP_VECTOR_LOOP Acc pairwise_leaf_vector(const T* a, Int n, Int stride, Load load) {
  return pairwise_leaf_body<Acc, Stride>(a, n, stride, load);
}
/// A leaf that does arithmetic per element (the squares of norms and
/// variances) is bound by throughput: the AVX2 version (simd.h) helps. A
/// plain sum is bound by the latency of its one chain of 8 partial sums,
/// which is as fast in two SSE registers, so it saves the dispatch.
template <class Acc, Int Stride, class T, class Load>
Acc pairwise_leaf(const T* a, Int n, Int stride, Load load) {
  if constexpr (std::is_same_v<Load, LoadAs<Acc>>) return pairwise_leaf_body<Acc, Stride>(a, n, stride, load);
  else return pairwise_leaf_vector<Acc, Stride>(a, n, stride, load);
}

/// numpy's @TYPE@_pairwise_sum (numpy/_core/src/umath/loops_utils.h.src)
/// of load(a[i * stride]). `Stride` > 0: the stride is that constant (1: a
/// contiguous lane, which the compiler vectorises: the 8 partial sums are
/// independent lanes, so the order of additions is numpy's).
template <class Acc, Int Stride = 0, class T, class Load = LoadAs<Acc>>
Acc pairwise_sum(const T* a, Int n, Int stride, Load load = {}) {
  if constexpr (Stride > 0) stride = Stride;
  if (n <= 128) return pairwise_leaf<Acc, Stride>(a, n, stride, load);
  Int n2 = n / 2;
  n2 -= n2 % 8;
  return pairwise_sum<Acc, Stride>(a, n2, stride, load) + pairwise_sum<Acc, Stride>(a + n2 * stride, n - n2, stride, load);
}
/// pairwise_sum with the contiguous case specialised.
template <class Acc, class T, class Load = LoadAs<Acc>>
Acc pairwise_sum_any(const T* a, Int n, Int stride, Load load = {}) {
  if (stride == 1) return pairwise_sum<Acc, 1>(a, n, 1, load);
  return pairwise_sum<Acc>(a, n, stride, load);
}

/// A reduction dtype's value from a double (float16 directly, as numpy casts).
template <class R>
inline R from_double(double x) {
  if constexpr (std::is_same_v<R, half>) {
    half h;
    h.value = static_cast<_Float16>(x);
    return h;
  } else {
    return static_cast<R>(x);
  }
}

/// dst[i] = dst[i] + cast(lane[i]) (or *), for i < n: one row of a
/// reduction over an outer axis.
template <class Red, bool Multiply, class T, class Cast>
INGOT_NP_VECTOR_LOOP void accumulate_lane(Red* dst, const T* lane, Int n, Cast cast) {
  using Acc = compute_t<Red>;
  for (Int i = 0; i < n; ++i) {
    const Acc v = cast(lane[i]);
    dst[i] = static_cast<Red>(Multiply ? wrap_mul(static_cast<Acc>(dst[i]), v) : wrap_add(static_cast<Acc>(dst[i]), v));
  }
}

/// np.add.reduce / np.multiply.reduce of `a` in dtype Red (the elements cast
/// to Red first, as numpy's buffered cast), along `axis` (< 0: all).
template <class Red, bool Multiply, class T>
NDArray<Red> add_reduce(const NDArray<T>& a, Int axis) {
  using Acc = compute_t<Red>;
  const ReducePlan p = plan_reduce(a.shape(), a.strides(), axis);
  NDArray<Red> out(p.out_shape);
  Red* o = out.data();
  const Int count = out.size();
  for (Int i = 0; i < count; ++i) o[i] = static_cast<Red>(static_cast<Acc>(Multiply ? 1 : 0));
  if (count == 0 || a.size() == 0) return out;
  const auto cast = [](const T& x) -> Acc { return static_cast<Acc>(static_cast<Red>(x)); };
  const std::size_t nd = p.extent.size();
  if (nd == 0) {  // one element
    const Acc v = cast(a.data()[0]);
    o[0] = static_cast<Red>(Multiply ? wrap_mul(static_cast<Acc>(o[0]), v) : wrap_add(static_cast<Acc>(o[0]), v));
    return out;
  }
  const std::size_t inner = nd - 1;
  const Int n = p.extent[inner], is = p.in_stride[inner], os = p.out_stride[inner];
  if constexpr (!Multiply && !std::is_integral_v<Acc>) {
    if (axis < 0 && nd > 1) {
      // A full reduction that does not coalesce to one axis: numpy 2.x
      // copies it, in iteration order, into a buffer holding as many whole
      // lanes as fit in 8192 elements, and sums each buffer pairwise.
      const Int per = n <= kNumpyBufferSize ? (kNumpyBufferSize / n) * n : kNumpyBufferSize;
      std::vector<Red> buffer;
      buffer.reserve(static_cast<std::size_t>(per));
      Acc acc = static_cast<Acc>(o[0]);
      Shape index(inner, 0);
      while (true) {
        std::ptrdiff_t ioff = 0;
        for (std::size_t k = 0; k < inner; ++k) ioff += static_cast<std::ptrdiff_t>(index[k] * p.in_stride[k]);
        for (Int i = 0; i < n; ++i) {
          buffer.push_back(static_cast<Red>(a.data()[ioff + i * is]));
          if (static_cast<Int>(buffer.size()) == per) {
            acc += pairwise_sum<Acc, 1>(buffer.data(), per, 1);
            buffer.clear();
          }
        }
        std::size_t k = inner;
        bool done = true;
        while (k > 0) {
          --k;
          if (++index[k] < p.extent[k]) {
            done = false;
            break;
          }
          index[k] = 0;
        }
        if (done) break;
      }
      if (!buffer.empty()) acc += pairwise_sum<Acc, 1>(buffer.data(), static_cast<Int>(buffer.size()), 1);
      o[0] = static_cast<Red>(acc);
      return out;
    }
  }
  const Int chunk = std::is_same_v<T, Red> ? std::numeric_limits<Int>::max() : kNumpyBufferSize;
  Shape index(inner, 0);
  const T* in = a.data();
  while (true) {
    std::ptrdiff_t ioff = 0, ooff = 0;
    for (std::size_t k = 0; k < inner; ++k) {
      ioff += static_cast<std::ptrdiff_t>(index[k] * p.in_stride[k]);
      ooff += static_cast<std::ptrdiff_t>(index[k] * p.out_stride[k]);
    }
    const T* lane = in + ioff;
    if (os == 0) {
      Acc acc = static_cast<Acc>(o[ooff]);
      if constexpr (Multiply) {
        for (Int i = 0; i < n; ++i) acc = wrap_mul(acc, cast(lane[i * is]));
      } else if constexpr (std::is_integral_v<Acc>) {
        for (Int i = 0; i < n; ++i) acc = wrap_add(acc, cast(lane[i * is]));
      } else if constexpr (std::is_same_v<T, Red>) {
        acc += pairwise_sum_any<Acc>(lane, n, is);
      } else {
        // numpy casts into its buffer, then sums each buffer pairwise.
        std::vector<Red> buffer(static_cast<std::size_t>(std::min(n, chunk)));
        for (Int start = 0; start < n; start += chunk) {
          const Int len = std::min(chunk, n - start);
          for (Int i = 0; i < len; ++i) buffer[static_cast<std::size_t>(i)] = static_cast<Red>(lane[(start + i) * is]);
          acc += pairwise_sum<Acc, 1>(buffer.data(), len, 1);
        }
      }
      o[ooff] = static_cast<Red>(acc);
    } else if (os == 1 && is == 1) {
      // The reduced axis is an outer one (x.sum(axis=0) of rows): numpy adds
      // each lane into the output row, element by element (vectorised).
      accumulate_lane<Red, Multiply>(o + ooff, lane, n, cast);
    } else {
      for (Int i = 0; i < n; ++i) {
        Red& dst = o[ooff + i * os];
        const Acc v = cast(lane[i * is]);
        dst = static_cast<Red>(Multiply ? wrap_mul(static_cast<Acc>(dst), v) : wrap_add(static_cast<Acc>(dst), v));
      }
    }
    std::size_t k = inner;
    bool done = true;
    while (k > 0) {
      --k;
      if (++index[k] < p.extent[k]) {
        done = false;
        break;
      }
      index[k] = 0;
    }
    if (done) break;
  }
  return out;
}

/// The shape of an axis reduction's result with keepdims (1 at the axis;
/// axis < 0: every extent 1).
inline Shape keepdims_shape(const Shape& shape, Int axis) {
  Shape s = shape;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (axis < 0 || static_cast<Int>(k) == axis) s[k] = 1;
  }
  return s;
}
/// `r` (C-contiguous) seen with the keepdims shape.
template <class R>
NDArray<R> with_keepdims(const NDArray<R>& r, const Shape& shape, Int axis, bool keepdims) {
  if (!keepdims) return r;
  Shape s = keepdims_shape(shape, axis);
  Shape st = c_strides(s);
  return NDArray<R>(r.shared_data(), std::move(s), std::move(st));
}
/// The axis of a reduction: normalised; a 0-d array takes 0 and -1 as "all".
inline Int reduce_axis(Int axis, Int ndim) {
  if (ndim == 0 && (axis == 0 || axis == -1)) return -1;
  return normalize_axis(axis, ndim);
}

template <class T>
inline bool is_nan(const T& x) {
  if constexpr (std::is_floating_point_v<compute_t<T>>) {
    return std::isnan(static_cast<compute_t<T>>(x));
  } else {
    return false;
  }
}

/// max (Max) or min of a contiguous float32/float64 lane with SSE2 vector
/// compares (two registers); false (leaving it to the element loop) when the
/// lane has a NaN or its extremum is a zero (which of 0.0 and -0.0 the
/// element loop keeps depends on their order).
#if defined(__SSE2__)
namespace simd {
// The SSE2 operations vector_extremum needs, for float and double.
inline __m128 load(const float* p) { return _mm_loadu_ps(p); }
inline __m128d load(const double* p) { return _mm_loadu_pd(p); }
inline void store(float* p, __m128 x) { _mm_store_ps(p, x); }
inline void store(double* p, __m128d x) { _mm_store_pd(p, x); }
// maxps / minps return their first operand when it compares greater (less).
template <bool Max>
inline __m128 pick(__m128 x, __m128 best) { return Max ? _mm_max_ps(x, best) : _mm_min_ps(x, best); }
template <bool Max>
inline __m128d pick(__m128d x, __m128d best) { return Max ? _mm_max_pd(x, best) : _mm_min_pd(x, best); }
inline __m128 nans(__m128 x) { return _mm_cmpunord_ps(x, x); }
inline __m128d nans(__m128d x) { return _mm_cmpunord_pd(x, x); }
inline __m128 either(__m128 x, __m128 y) { return _mm_or_ps(x, y); }
inline __m128d either(__m128d x, __m128d y) { return _mm_or_pd(x, y); }
}  // namespace simd
#endif

template <bool Max, class T>
bool vector_extremum(const T* p, Int n, T& out) {
#if defined(__SSE2__)
  constexpr Int W = 16 / sizeof(T);  // elements per register
  if (n < 4 * W) return false;
  using simd::either, simd::load, simd::nans;
  auto b0 = load(p), b1 = load(p + W);
  auto nan = either(nans(b0), nans(b1));
  Int i = 2 * W;
  for (; i + 2 * W <= n; i += 2 * W) {
    const auto x0 = load(p + i), x1 = load(p + i + W);
    nan = either(nan, either(nans(x0), nans(x1)));
    b0 = simd::pick<Max>(x0, b0);
    b1 = simd::pick<Max>(x1, b1);
  }
  alignas(16) T lanes[2 * W], flags[W];
  simd::store(lanes, b0), simd::store(lanes + W, b1), simd::store(flags, nan);
  bool any_nan = false;  // a flag is all ones (a NaN pattern) or zero
  for (Int k = 0; k < W; ++k) any_nan = any_nan || flags[k] != T(0);
  T r = lanes[0];
  for (Int k = 1; k < 2 * W; ++k) r = Max ? (lanes[k] > r ? lanes[k] : r) : (lanes[k] < r ? lanes[k] : r);
  for (; i < n; ++i) {
    any_nan = any_nan || p[i] != p[i];
    r = Max ? (p[i] > r ? p[i] : r) : (p[i] < r ? p[i] : r);
  }
  if (any_nan || r == T(0)) return false;
  out = r;
  return true;
#else
  (void)p, (void)n, (void)out;
  return false;
#endif
}

/// max (Max) or min of a lane; NaN propagates (the first one met).
template <bool Max, class T>
T extremum(const T* p, Int n, Int stride) {
  if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
    T r;
    if (stride == 1 && vector_extremum<Max>(p, n, r)) return r;
  }
  T best = p[0];
  if (is_nan(best)) return best;
  for (Int i = 1; i < n; ++i) {
    const T x = p[i * stride];
    if (is_nan(x)) return x;
    const auto cx = static_cast<compute_t<T>>(x), cb = static_cast<compute_t<T>>(best);
    if (Max ? cx > cb : cx < cb) best = x;
  }
  return best;
}
/// argmax (Max) / argmin of a lane: first occurrence; the first NaN wins.
template <bool Max, class T>
Int arg_extremum(const T* p, Int n, Int stride) {
  Int best = 0;
  compute_t<T> bv = static_cast<compute_t<T>>(p[0]);
  if (is_nan(p[0])) return 0;
  for (Int i = 1; i < n; ++i) {
    const T x = p[i * stride];
    if (is_nan(x)) return i;
    const auto cx = static_cast<compute_t<T>>(x);
    if (Max ? cx > bv : cx < bv) {
      bv = cx;
      best = i;
    }
  }
  return best;
}

/// Applies lane_fn(T* first, Int n, Int stride) -> R to every lane along
/// `axis` (normalised, or < 0 for all elements as one lane in C order).
template <class R, class T, class F>
NDArray<R> reduce_lanes(const NDArray<T>& a, Int axis, F&& lane_fn) {
  if (axis < 0) {
    const NDArray<T> c = a.contiguous();
    NDArray<R> out(Shape{});
    out.data()[0] = lane_fn(c.data(), c.size(), Int{1});
    return out;
  }
  Shape out_shape;
  for (std::size_t k = 0; k < a.shape().size(); ++k) {
    if (static_cast<Int>(k) != axis) out_shape.push_back(a.shape()[k]);
  }
  NDArray<R> out(out_shape);
  R* o = out.data();
  if (out.size() == 0) return out;
  if (a.shape()[static_cast<std::size_t>(axis)] == 0) {
    // Empty lanes (for_each_lane visits none): each result is the lane
    // function of an empty lane (any -> False, all -> True).
    for (Int i = 0; i < out.size(); ++i) o[i] = lane_fn(a.data(), Int{0}, Int{1});
    return out;
  }
  for_each_lane(a, axis, [&](T* first, Int n, Int stride) { *o++ = lane_fn(first, n, stride); });
  return out;
}

template <class T>
inline bool truthy_element(const T& x) {
  return static_cast<compute_t<T>>(x) != compute_t<T>(0);
}

/// mean along `axis` (< 0: all) as an array without keepdims.
template <Element T>
NDArray<mean_t<T>> mean_array(const NDArray<T>& a, Int axis, bool scalar) {
  using M = mean_t<T>;
  using R = std::conditional_t<std::is_same_v<T, half>, float, M>;  // numpy's _mean: f16 summed in f32
  const NDArray<R> s = add_reduce<R, false>(a, axis);
  const Int n = axis < 0 ? a.size() : a.shape()[static_cast<std::size_t>(axis)];
  NDArray<M> out(s.shape());
  const Int count = s.size();
  for (Int i = 0; i < count; ++i) {
    const double q = static_cast<double>(s.data()[i]) / static_cast<double>(n);
    // float16: numpy divides into the float32 sum array, then casts (an
    // array result), or casts the float64 quotient directly (a scalar one).
    out.data()[i] = std::is_same_v<T, half> && !scalar ? from_double<M>(static_cast<float>(q)) : from_double<M>(q);
  }
  return out;
}

/// var along `axis` (< 0: all) without keepdims, as numpy's _var.
template <Element T>
NDArray<mean_t<T>> var_array(const NDArray<T>& a, Int axis, Int ddof) {
  using R = mean_t<T>;  // float16 stays float16 here (numpy's _var)
  using Acc = compute_t<R>;
  const Int n = axis < 0 ? a.size() : a.shape()[static_cast<std::size_t>(axis)];
  if constexpr (std::is_same_v<T, R>) {
    if (axis >= 0 && axis == a.ndim() - 1 && n > 0 && a.strides()[static_cast<std::size_t>(axis)] == 1) {
      // Contiguous lanes along the last axis (a row's variance): the sums
      // below, lane by lane, without the arrays of deviations.
      NDArray<R> ret(Shape(a.shape().begin(), a.shape().end() - 1));
      R* o = ret.data();
      const double div = static_cast<double>(n - ddof > 0 ? n - ddof : 0);
      if (ret.size() > 0) {
        for_each_lane(a, axis, [&](T* lane, Int len, Int) {
          const R sum = static_cast<R>(Acc(0) + pairwise_sum<Acc, 1>(lane, len, 1));
          const R mean = from_double<R>(static_cast<double>(sum) / static_cast<double>(n));
          const auto square = [mean](T v) {
            const Acc d = static_cast<Acc>(static_cast<R>(static_cast<Acc>(v) - static_cast<Acc>(mean)));
            return static_cast<Acc>(static_cast<R>(d * d));
          };
          const R ss = static_cast<R>(Acc(0) + pairwise_sum<Acc, 1>(lane, len, 1, square));
          *o++ = from_double<R>(static_cast<double>(ss) / div);
        });
      }
      return ret;
    }
  }
  // arrmean = sum(a, dtype=R, keepdims=True) / n
  NDArray<R> mean = add_reduce<R, false>(a, axis);
  for (Int i = 0; i < mean.size(); ++i) {
    mean.data()[i] = from_double<R>(static_cast<double>(mean.data()[i]) / static_cast<double>(n));
  }
  const NDArray<R> mean_b = broadcast_view(with_keepdims(mean, a.shape(), axis, true), a.shape());
  // x = (a - arrmean) ** 2, laid out in a's memory order (numpy's K order)
  const std::vector<std::size_t> order = k_order(a.shape(), a.strides());
  Shape xs(a.shape().size(), 0);
  Int step = 1;
  for (std::size_t k = order.size(); k > 0; --k) {
    xs[order[k - 1]] = step;
    step *= a.shape()[order[k - 1]] > 0 ? a.shape()[order[k - 1]] : 1;
  }
  NDArray<R> x0(a.shape());
  NDArray<R> x(x0.shared_data(), a.shape(), xs);
  if (a.size() > 0) {
    Shape index(a.shape().size(), 0);
    const std::size_t nd = index.size();
    while (true) {
      const Acc d = static_cast<Acc>(static_cast<R>(static_cast<Acc>(static_cast<R>(a.at(index.data()))) -
                                                    static_cast<Acc>(mean_b.at(index.data()))));
      x.at(index.data()) = static_cast<R>(d * d);
      std::size_t k = nd;
      bool done = true;
      while (k > 0) {
        --k;
        if (++index[k] < a.shape()[k]) {
          done = false;
          break;
        }
        index[k] = 0;
      }
      if (done) break;
    }
  }
  NDArray<R> ret = add_reduce<R, false>(x, axis);
  const double div = static_cast<double>(n - ddof > 0 ? n - ddof : 0);
  for (Int i = 0; i < ret.size(); ++i) {
    ret.data()[i] = from_double<R>(static_cast<double>(ret.data()[i]) / div);
  }
  return ret;
}

template <class R>
NDArray<R> sqrt_array(NDArray<R> v) {
  for (Int i = 0; i < v.size(); ++i) {
    v.data()[i] = static_cast<R>(std::sqrt(static_cast<compute_t<R>>(v.data()[i])));
  }
  return v;
}

}  // namespace detail

// -- sum / prod ----------------------------------------------------------------

template <Element T>
sum_t<T> sum(const NDArray<T>& a) {
  return detail::add_reduce<sum_t<T>, false>(a, -1).data()[0];
}
template <Element T>
NDArray<sum_t<T>> sum(const NDArray<T>& a, Int axis, bool keepdims = false) {
  axis = detail::reduce_axis(axis, a.ndim());
  return detail::with_keepdims(detail::add_reduce<sum_t<T>, false>(a, axis), a.shape(), axis, keepdims);
}
template <Element T>
NDArray<sum_t<T>> sum(const NDArray<T>& a, None, bool keepdims) {
  return detail::with_keepdims(detail::add_reduce<sum_t<T>, false>(a, -1), a.shape(), -1, keepdims);
}

template <Element T>
sum_t<T> prod(const NDArray<T>& a) {
  return detail::add_reduce<sum_t<T>, true>(a, -1).data()[0];
}
template <Element T>
NDArray<sum_t<T>> prod(const NDArray<T>& a, Int axis, bool keepdims = false) {
  axis = detail::reduce_axis(axis, a.ndim());
  return detail::with_keepdims(detail::add_reduce<sum_t<T>, true>(a, axis), a.shape(), axis, keepdims);
}
template <Element T>
NDArray<sum_t<T>> prod(const NDArray<T>& a, None, bool keepdims) {
  return detail::with_keepdims(detail::add_reduce<sum_t<T>, true>(a, -1), a.shape(), -1, keepdims);
}

// -- mean / var / std ------------------------------------------------------------

template <Element T>
mean_t<T> mean(const NDArray<T>& a) {
  return detail::mean_array(a, -1, true).data()[0];
}
template <Element T>
NDArray<mean_t<T>> mean(const NDArray<T>& a, Int axis, bool keepdims = false) {
  axis = detail::reduce_axis(axis, a.ndim());
  return detail::with_keepdims(detail::mean_array(a, axis, false), a.shape(), axis, keepdims);
}
template <Element T>
NDArray<mean_t<T>> mean(const NDArray<T>& a, None, bool keepdims) {
  return detail::with_keepdims(detail::mean_array(a, -1, !keepdims), a.shape(), -1, keepdims);
}

template <Element T>
mean_t<T> var(const NDArray<T>& a, Int ddof = 0) {
  return detail::var_array(a, -1, ddof).data()[0];
}
template <Element T>
NDArray<mean_t<T>> var(const NDArray<T>& a, Int axis, Int ddof, bool keepdims) {
  axis = detail::reduce_axis(axis, a.ndim());
  return detail::with_keepdims(detail::var_array(a, axis, ddof), a.shape(), axis, keepdims);
}
template <Element T>
NDArray<mean_t<T>> var(const NDArray<T>& a, None, Int ddof, bool keepdims) {
  return detail::with_keepdims(detail::var_array(a, -1, ddof), a.shape(), -1, keepdims);
}

/// np.std (`std` would hide namespace std for readers: std_, as str_ / int_).
template <Element T>
mean_t<T> std_(const NDArray<T>& a, Int ddof = 0) {
  return detail::sqrt_array(detail::var_array(a, -1, ddof)).data()[0];
}
template <Element T>
NDArray<mean_t<T>> std_(const NDArray<T>& a, Int axis, Int ddof, bool keepdims) {
  axis = detail::reduce_axis(axis, a.ndim());
  return detail::with_keepdims(detail::sqrt_array(detail::var_array(a, axis, ddof)), a.shape(), axis, keepdims);
}
template <Element T>
NDArray<mean_t<T>> std_(const NDArray<T>& a, None, Int ddof, bool keepdims) {
  return detail::with_keepdims(detail::sqrt_array(detail::var_array(a, -1, ddof)), a.shape(), -1, keepdims);
}

// -- max / min -----------------------------------------------------------------

namespace detail {
template <bool Max, class T>
NDArray<T> extremum_array(const NDArray<T>& a, Int axis) {
  const bool empty = axis < 0 ? a.size() == 0 : a.shape()[static_cast<std::size_t>(axis)] == 0;
  if (empty) raise_no_identity(Max ? "maximum" : "minimum");
  return reduce_lanes<T>(a, axis, [](T* p, Int n, Int s) { return extremum<Max>(p, n, s); });
}
template <bool Max, class T>
NDArray<Int> arg_extremum_array(const NDArray<T>& a, Int axis) {
  const bool empty = axis < 0 ? a.size() == 0 : a.shape()[static_cast<std::size_t>(axis)] == 0;
  if (empty) raise_empty_arg(Max ? "argmax" : "argmin");
  return reduce_lanes<Int>(a, axis, [](T* p, Int n, Int s) { return arg_extremum<Max>(p, n, s); });
}
}  // namespace detail

template <Element T>
T max(const NDArray<T>& a) {
  return detail::extremum_array<true>(a, -1).data()[0];
}
template <Element T>
NDArray<T> max(const NDArray<T>& a, Int axis, bool keepdims = false) {
  axis = detail::reduce_axis(axis, a.ndim());
  return detail::with_keepdims(detail::extremum_array<true>(a, axis), a.shape(), axis, keepdims);
}
template <Element T>
NDArray<T> max(const NDArray<T>& a, None, bool keepdims) {
  return detail::with_keepdims(detail::extremum_array<true>(a, -1), a.shape(), -1, keepdims);
}
template <Element T>
T min(const NDArray<T>& a) {
  return detail::extremum_array<false>(a, -1).data()[0];
}
template <Element T>
NDArray<T> min(const NDArray<T>& a, Int axis, bool keepdims = false) {
  axis = detail::reduce_axis(axis, a.ndim());
  return detail::with_keepdims(detail::extremum_array<false>(a, axis), a.shape(), axis, keepdims);
}
template <Element T>
NDArray<T> min(const NDArray<T>& a, None, bool keepdims) {
  return detail::with_keepdims(detail::extremum_array<false>(a, -1), a.shape(), -1, keepdims);
}

// -- argmax / argmin (int64 results: indices into the flattened array for axis=None) --

template <Element T>
Int argmax(const NDArray<T>& a) {
  return detail::arg_extremum_array<true>(a, -1).data()[0];
}
template <Element T>
NDArray<Int> argmax(const NDArray<T>& a, Int axis, bool keepdims = false) {
  axis = detail::reduce_axis(axis, a.ndim());
  return detail::with_keepdims(detail::arg_extremum_array<true>(a, axis), a.shape(), axis, keepdims);
}
template <Element T>
NDArray<Int> argmax(const NDArray<T>& a, None, bool keepdims) {
  return detail::with_keepdims(detail::arg_extremum_array<true>(a, -1), a.shape(), -1, keepdims);
}
template <Element T>
Int argmin(const NDArray<T>& a) {
  return detail::arg_extremum_array<false>(a, -1).data()[0];
}
template <Element T>
NDArray<Int> argmin(const NDArray<T>& a, Int axis, bool keepdims = false) {
  axis = detail::reduce_axis(axis, a.ndim());
  return detail::with_keepdims(detail::arg_extremum_array<false>(a, axis), a.shape(), axis, keepdims);
}
template <Element T>
NDArray<Int> argmin(const NDArray<T>& a, None, bool keepdims) {
  return detail::with_keepdims(detail::arg_extremum_array<false>(a, -1), a.shape(), -1, keepdims);
}

// -- any / all -------------------------------------------------------------------

namespace detail {
template <bool Any, class T>
NDArray<bool> any_all_array(const NDArray<T>& a, Int axis) {
  return reduce_lanes<bool>(a, axis, [](T* p, Int n, Int s) {
    for (Int i = 0; i < n; ++i) {
      if (truthy_element(p[i * s]) == Any) return Any;
    }
    return !Any;
  });
}
}  // namespace detail

template <Element T>
bool any(const NDArray<T>& a) {
  return detail::any_all_array<true>(a, -1).data()[0];
}
template <Element T>
NDArray<bool> any(const NDArray<T>& a, Int axis, bool keepdims = false) {
  axis = detail::reduce_axis(axis, a.ndim());
  return detail::with_keepdims(detail::any_all_array<true>(a, axis), a.shape(), axis, keepdims);
}
template <Element T>
NDArray<bool> any(const NDArray<T>& a, None, bool keepdims) {
  return detail::with_keepdims(detail::any_all_array<true>(a, -1), a.shape(), -1, keepdims);
}
template <Element T>
bool all(const NDArray<T>& a) {
  return detail::any_all_array<false>(a, -1).data()[0];
}
template <Element T>
NDArray<bool> all(const NDArray<T>& a, Int axis, bool keepdims = false) {
  axis = detail::reduce_axis(axis, a.ndim());
  return detail::with_keepdims(detail::any_all_array<false>(a, axis), a.shape(), axis, keepdims);
}
template <Element T>
NDArray<bool> all(const NDArray<T>& a, None, bool keepdims) {
  return detail::with_keepdims(detail::any_all_array<false>(a, -1), a.shape(), -1, keepdims);
}

}  // namespace ingot::rt::np
