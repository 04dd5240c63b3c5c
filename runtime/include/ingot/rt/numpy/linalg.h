// numpy linear algebra: matmul (the @ operator), dot, np.linalg.norm.
//
//   Python                        C++ (namespace rt::np)
//   a @ b, np.matmul(a, b)        matmul(a, b)        -> NDArray<T>
//   np.dot(a, b), a.dot(b)        dot(a, b)           -> NDArray<T>   (N-d: a's last axis against b's second-to-last)
//   np.linalg.norm(x)             norm(x)             -> norm_t<T>
//   np.linalg.norm(x, ord)        norm(x, ord)        (ord: a Float; inf as HUGE_VAL)
//   np.linalg.norm(x, axis=1)     norm(x, std::nullopt, 1, false)       -> NDArray<norm_t<T>>
//   np.linalg.norm(x, 1, 0, True) norm(x, 1.0, 0, true)
//   norm(x, keepdims=True)        norm(x, std::nullopt, rt::none, true) -> NDArray
//
// Both operands have the dtype the compiler promoted them to (numpy's
// result dtype of the pair); the result has it too. 1-d @ 1-d gives a 0-d
// array (numpy: a scalar; the compiler, which knows the ranks, unwraps it
// with `r.data()[0]`), as dot of two 1-d arrays.
//
// float32 / float64 go through OpenBLAS (cblas_?gemm, cblas_?dot; bundles
// link -lopenblas); numpy uses its own bundled OpenBLAS, so the results
// agree to rounding (about 1e-6 relative for float32, 1e-12 for float64),
// not bit for bit. Integers and bool use a plain loop in the element type
// (ints wrap around as numpy's; bool is or-of-ands); float16 accumulates in
// float as numpy's loop.
//
// Shape errors are numpy's ValueErrors, e.g.
//   "matmul: Input operand 1 has a mismatch in its core dimension 0, with
//    gufunc signature (n?,k),(k,m?)->(n?,m?) (size 3 is different from 2)"
//   "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)"   (dot)
//
// np.linalg.norm: int and bool inputs are cast to float64 first (float
// dtypes are kept). ord None: 2-norm of the flattened array (Frobenius for
// matrices) or along `axis`; vector ords inf, -inf, 0, 1, -1, any p; matrix
// ords (2-d, axis=None) 1, -1, inf, -inf. Not supported: matrix ord 2, -2,
// 'nuc' (need an SVD), axis given as a pair. Gaps raise ValueError.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/numpy/dtype.h"
#include "ingot/rt/numpy/ndarray.h"
#include "ingot/rt/numpy/reduce.h"
#include "ingot/rt/numpy/shape_util.h"
#include "ingot/rt/types.h"

namespace ingot::rt::np {

/// Result dtype of norm: floats keep theirs, everything else float64.
template <class T>
using norm_t = std::conditional_t<std::is_integral_v<T>, double, T>;

namespace detail {

// OpenBLAS behind the float paths (src/numpy/linalg.cpp). Matrices are
// given as (first element, row stride, column stride) in elements; C is
// C-contiguous n x m.
void blas_gemm(const float* a, Int ars, Int acs, const float* b, Int brs, Int bcs, float* c, Int n, Int k, Int m);
void blas_gemm(const double* a, Int ars, Int acs, const double* b, Int brs, Int bcs, double* c, Int n, Int k, Int m);
float blas_dot(const float* a, Int as, const float* b, Int bs, Int n);
double blas_dot(const double* a, Int as, const double* b, Int bs, Int n);

[[noreturn]] void raise_matmul_core_mismatch(Int got, Int want);
[[noreturn]] void raise_matmul_0d(int operand);
[[noreturn]] void raise_matmul_batch(const Shape& a, const Shape& b, Int n, Int m);
[[noreturn]] void raise_dot_not_aligned(const Shape& a, const Shape& b, Int adim, Int bdim);

/// c[n x m] (C-contiguous) = a[n x k] * b[k x m], strided operands.
template <class T>
void matmul_core(const T* a, Int ars, Int acs, const T* b, Int brs, Int bcs, T* c, Int n, Int k, Int m) {
  if (n == 0 || m == 0) return;
  if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
    if (k == 0) {
      for (Int i = 0; i < n * m; ++i) c[i] = T(0);
    } else if (n == 1 && m == 1) {
      c[0] = blas_dot(a, acs, b, brs, k);
    } else {
      blas_gemm(a, ars, acs, b, brs, bcs, c, n, k, m);
    }
  } else if constexpr (std::is_same_v<T, bool>) {
    for (Int i = 0; i < n; ++i) {
      for (Int j = 0; j < m; ++j) {
        bool acc = false;
        for (Int p = 0; p < k && !acc; ++p) acc = a[i * ars + p * acs] && b[p * brs + j * bcs];
        c[i * m + j] = acc;
      }
    }
  } else if constexpr (std::is_integral_v<T>) {
    for (Int i = 0; i < n; ++i) {
      for (Int j = 0; j < m; ++j) {
        std::uint64_t acc = 0;  // wraps as numpy's T arithmetic (mod 2^bits)
        for (Int p = 0; p < k; ++p) {
          acc += static_cast<std::uint64_t>(a[i * ars + p * acs]) * static_cast<std::uint64_t>(b[p * brs + j * bcs]);
        }
        c[i * m + j] = static_cast<T>(acc);
      }
    }
  } else {  // float16: accumulate in float
    for (Int i = 0; i < n; ++i) {
      for (Int j = 0; j < m; ++j) {
        float acc = 0;
        for (Int p = 0; p < k; ++p) acc += static_cast<float>(a[i * ars + p * acs]) * static_cast<float>(b[p * brs + j * bcs]);
        c[i * m + j] = static_cast<T>(acc);
      }
    }
  }
}

}  // namespace detail

/// a @ b / np.matmul(a, b): 1-d operands are promoted to a row (a) or a
/// column (b) and that axis is removed from the result; batch dimensions
/// (all but the last two) broadcast.
template <Element T>
NDArray<T> matmul(const NDArray<T>& a, const NDArray<T>& b) {
  if (a.ndim() == 0) detail::raise_matmul_0d(0);
  if (b.ndim() == 0) detail::raise_matmul_0d(1);
  // Core views: a as (..., n, k), b as (..., k, m).
  Shape ash = a.shape(), ast = a.strides(), bsh = b.shape(), bst = b.strides();
  const bool a_vec = a.ndim() == 1, b_vec = b.ndim() == 1;
  if (a_vec) {
    ash.insert(ash.begin(), 1);
    ast.insert(ast.begin(), 0);
  }
  if (b_vec) {
    bsh.push_back(1);
    bst.push_back(0);
  }
  const std::size_t and_ = ash.size(), bnd = bsh.size();
  const Int n = ash[and_ - 2], k = ash[and_ - 1], k2 = bsh[bnd - 2], m = bsh[bnd - 1];
  if (k != k2) detail::raise_matmul_core_mismatch(k2, k);
  const Shape abatch(ash.begin(), ash.end() - 2), bbatch(bsh.begin(), bsh.end() - 2);
  Shape batch;
  {
    const std::size_t nd = std::max(abatch.size(), bbatch.size());
    batch.assign(nd, 1);
    for (std::size_t d = 0; d < nd; ++d) {
      const Int da = d < nd - abatch.size() ? 1 : abatch[d - (nd - abatch.size())];
      const Int db = d < nd - bbatch.size() ? 1 : bbatch[d - (nd - bbatch.size())];
      if (da != db && da != 1 && db != 1) detail::raise_matmul_batch(a.shape(), b.shape(), n, m);
      batch[d] = da == 1 ? db : da;
    }
  }
  Shape out_shape = batch;
  if (!a_vec) out_shape.push_back(n);
  if (!b_vec) out_shape.push_back(m);
  NDArray<T> out(out_shape);
  const Int nbatch = shape_size(batch);
  if (nbatch == 0 || n == 0 || m == 0) return out;
  // Broadcast batch strides of each operand.
  const std::size_t nd = batch.size();
  Shape abs_(nd, 0), bbs(nd, 0);
  for (std::size_t d = 0; d < nd; ++d) {
    if (d >= nd - abatch.size()) {
      const std::size_t ad = d - (nd - abatch.size());
      abs_[d] = abatch[ad] == 1 ? 0 : ast[ad];
    }
    if (d >= nd - bbatch.size()) {
      const std::size_t bd = d - (nd - bbatch.size());
      bbs[d] = bbatch[bd] == 1 ? 0 : bst[bd];
    }
  }
  Shape index(nd, 0);
  T* c = out.data();
  for (Int t = 0; t < nbatch; ++t) {
    std::ptrdiff_t ao = 0, bo = 0;
    for (std::size_t d = 0; d < nd; ++d) {
      ao += static_cast<std::ptrdiff_t>(index[d] * abs_[d]);
      bo += static_cast<std::ptrdiff_t>(index[d] * bbs[d]);
    }
    detail::matmul_core(a.data() + ao, ast[and_ - 2], ast[and_ - 1], b.data() + bo, bst[bnd - 2], bst[bnd - 1], c, n, k, m);
    c += n * m;
    for (std::size_t d = nd; d > 0; --d) {
      if (++index[d - 1] < batch[d - 1]) break;
      index[d - 1] = 0;
    }
  }
  return out;
}

/// np.dot(a, b) for 1-d and 2-d operands (as matmul, with dot's error
/// message). A 0-d operand multiplies elementwise.
template <Element T>
NDArray<T> dot(const NDArray<T>& a, const NDArray<T>& b) {
  if (a.ndim() == 0 || b.ndim() == 0) {
    const NDArray<T>& s = a.ndim() == 0 ? a : b;
    const NDArray<T>& v = a.ndim() == 0 ? b : a;
    NDArray<T> out(v.shape());
    T* o = out.data();
    const auto sv = static_cast<compute_t<T>>(s.data()[0]);
    v.for_each([&](T& x) {
      if constexpr (std::is_same_v<T, bool>) {
        *o++ = sv && x;
      } else if constexpr (std::is_integral_v<T>) {
        *o++ = static_cast<T>(static_cast<std::uint64_t>(sv) * static_cast<std::uint64_t>(x));
      } else {
        *o++ = static_cast<T>(sv * static_cast<compute_t<T>>(x));
      }
    });
    return out;
  }
  // a's last axis against b's second-to-last (its only one when 1-d).
  const Int adim = a.ndim() - 1, bdim = b.ndim() == 1 ? 0 : b.ndim() - 2;
  const Int ak = a.shape()[static_cast<std::size_t>(adim)], bk = b.shape()[static_cast<std::size_t>(bdim)];
  if (ak != bk) detail::raise_dot_not_aligned(a.shape(), b.shape(), adim, bdim);
  if (a.ndim() <= 2 && b.ndim() <= 2) return matmul(a, b);
  // N-d: dot(a, b)[i..., j..., m] = sum(a[i..., :] * b[j..., :, m]): a as an
  // (A, k) matrix, b with its contracted axis first as a (k, B) matrix, one
  // matmul, the result seen as a.shape[:-1] + b.shape[:-2] + b.shape[-1:].
  Shape out_shape(a.shape().begin(), a.shape().end() - 1);
  Shape bperm_shape{bk}, bperm_strides{b.strides()[static_cast<std::size_t>(bdim)]};
  for (std::size_t d = 0; d < b.shape().size(); ++d) {
    if (static_cast<Int>(d) == bdim) continue;
    out_shape.push_back(b.shape()[d]);
    bperm_shape.push_back(b.shape()[d]);
    bperm_strides.push_back(b.strides()[d]);
  }
  const Int arows = shape_size(Shape(a.shape().begin(), a.shape().end() - 1));
  const Int bcols = shape_size(Shape(bperm_shape.begin() + 1, bperm_shape.end()));
  const NDArray<T> ac = a.contiguous();
  const NDArray<T> bc = NDArray<T>(b.shared_data(), std::move(bperm_shape), std::move(bperm_strides)).contiguous();
  const NDArray<T> a2(ac.shared_data(), Shape{arows, ak}, c_strides(Shape{arows, ak}));
  const NDArray<T> b2(bc.shared_data(), Shape{bk, bcols}, c_strides(Shape{bk, bcols}));
  const NDArray<T> r = matmul(a2, b2);
  Shape rs = c_strides(out_shape);
  return NDArray<T>(r.shared_data(), std::move(out_shape), std::move(rs));
}

// -- np.linalg.norm --------------------------------------------------------------

namespace detail {

[[noreturn]] void raise_invalid_matrix_ord();
[[noreturn]] void raise_norm_dims();

template <class R, class T>
NDArray<R> as_norm_dtype(const NDArray<T>& x) {
  if constexpr (std::is_same_v<R, T>) {
    return x;
  } else {
    NDArray<R> out(x.shape());
    R* o = out.data();
    x.for_each([&](T& v) { *o++ = static_cast<R>(v); });
    return out;
  }
}

/// f applied to every element (a new C-contiguous array).
template <class R, class T, class F>
NDArray<R> map_new(const NDArray<T>& x, F&& f) {
  NDArray<R> out(x.shape());
  R* o = out.data();
  x.for_each([&](T& v) { *o++ = f(v); });
  return out;
}

/// Vector norm of order `ord` (nullopt: 2) along `axis` (< 0: flattened),
/// as numpy's linalg.norm computes it.
template <class R>
NDArray<R> vector_norm(const NDArray<R>& x, std::optional<double> ord, Int axis) {
  using C = compute_t<R>;
  const auto abs_ = [](R v) { return static_cast<R>(std::fabs(static_cast<C>(v))); };
  const double p = ord ? *ord : 2.0;
  if (std::isinf(p) && p > 0) return extremum_array<true>(map_new<R>(x, abs_), axis);
  if (std::isinf(p)) return extremum_array<false>(map_new<R>(x, abs_), axis);
  if (p == 0) return add_reduce<R, false>(map_new<R>(x, [](R v) { return static_cast<R>(static_cast<C>(v) != C(0) ? 1 : 0); }), axis);
  if (p == 1) return add_reduce<R, false>(map_new<R>(x, abs_), axis);
  if (p == 2 && axis >= 0 && axis == x.ndim() - 1 && x.strides()[static_cast<std::size_t>(axis)] == 1 &&
      x.shape()[static_cast<std::size_t>(axis)] > 0) {
    // Contiguous lanes along the last axis (rows of embeddings): numpy's
    // sqrt(add.reduce(x * x, axis)) sums each lane's squares pairwise; the
    // same sums, without the array of squares.
    NDArray<R> s(Shape(x.shape().begin(), x.shape().end() - 1));
    R* o = s.data();
    const auto square = [](R v) { return static_cast<C>(static_cast<R>(static_cast<C>(v) * static_cast<C>(v))); };
    if (s.size() > 0) {
      for_each_lane(x, axis, [&](R* lane, Int n, Int) {
        const R sum = static_cast<R>(pairwise_sum<C, 1>(lane, n, 1, square));
        *o++ = static_cast<R>(std::sqrt(static_cast<C>(sum)));
      });
    }
    return s;
  }
  if (p == 2) {
    NDArray<R> s = add_reduce<R, false>(map_new<R>(x, [](R v) { return static_cast<R>(static_cast<C>(v) * static_cast<C>(v)); }), axis);
    for (Int i = 0; i < s.size(); ++i) s.data()[i] = static_cast<R>(std::sqrt(static_cast<C>(s.data()[i])));
    return s;
  }
  // absx ** ord, summed, ** (1 / ord)   (numpy computes in R)
  NDArray<R> s = add_reduce<R, false>(map_new<R>(x, [p](R v) {
    return static_cast<R>(std::pow(static_cast<C>(std::fabs(static_cast<C>(v))), static_cast<C>(p)));
  }), axis);
  for (Int i = 0; i < s.size(); ++i) s.data()[i] = static_cast<R>(std::pow(static_cast<C>(s.data()[i]), static_cast<C>(1.0 / p)));
  return s;
}

template <class R>
R full_two_norm(const NDArray<R>& x) {
  // numpy: x.ravel(order='K'); sqrt(x.dot(x))
  const NDArray<R> c = x.contiguous();
  compute_t<R> s;
  if constexpr (std::is_same_v<R, float> || std::is_same_v<R, double>) {
    s = c.size() ? blas_dot(c.data(), 1, c.data(), 1, c.size()) : R(0);
  } else {
    float acc = 0;
    for (Int i = 0; i < c.size(); ++i) acc += static_cast<float>(c.data()[i]) * static_cast<float>(c.data()[i]);
    s = static_cast<R>(acc);
  }
  return static_cast<R>(std::sqrt(s));
}

/// Matrix norms of a 2-d array, ord 1 / -1 / inf / -inf.
template <class R>
R matrix_norm(const NDArray<R>& x, double ord) {
  using C = compute_t<R>;
  const auto absx = map_new<R>(x, [](R v) { return static_cast<R>(std::fabs(static_cast<C>(v))); });
  if (ord == 1 || ord == -1) {  // max/min over columns of the column sums
    const NDArray<R> s = add_reduce<R, false>(absx, 0);
    return (ord > 0 ? extremum_array<true>(s, -1) : extremum_array<false>(s, -1)).data()[0];
  }
  if (std::isinf(ord)) {  // over rows of the row sums
    const NDArray<R> s = add_reduce<R, false>(absx, 1);
    return (ord > 0 ? extremum_array<true>(s, -1) : extremum_array<false>(s, -1)).data()[0];
  }
  raise_invalid_matrix_ord();
}

}  // namespace detail

/// np.linalg.norm(x): the 2-norm of the flattened array.
template <Element T>
norm_t<T> norm(const NDArray<T>& x) {
  return detail::full_two_norm(detail::as_norm_dtype<norm_t<T>>(x));
}
/// np.linalg.norm(x, ord): a vector norm for 1-d, a matrix norm for 2-d.
template <Element T>
norm_t<T> norm(const NDArray<T>& x, double ord) {
  using R = norm_t<T>;
  const NDArray<R> y = detail::as_norm_dtype<R>(x);
  if (x.ndim() == 1 && ord == 2) return detail::full_two_norm(y);  // numpy's x.dot(x) path
  if (x.ndim() == 1) return detail::vector_norm(y, ord, 0).data()[0];
  if (x.ndim() == 2) return detail::matrix_norm(y, ord);
  detail::raise_norm_dims();
}
/// np.linalg.norm(x, ord, axis=axis, keepdims=keepdims): vector norms along axis.
template <Element T>
NDArray<norm_t<T>> norm(const NDArray<T>& x, std::optional<double> ord, Int axis, bool keepdims = false) {
  using R = norm_t<T>;
  axis = normalize_axis(axis, x.ndim());
  return detail::with_keepdims(detail::vector_norm(detail::as_norm_dtype<R>(x), ord, axis), x.shape(), axis, keepdims);
}
/// np.linalg.norm(x, ord, axis=None, keepdims=True): every extent 1.
template <Element T>
NDArray<norm_t<T>> norm(const NDArray<T>& x, std::optional<double> ord, None, bool keepdims) {
  using R = norm_t<T>;
  NDArray<R> r(Shape{});
  r.data()[0] = ord ? norm(x, *ord) : norm(x);
  if (!keepdims) return r;
  Shape s(x.shape().size(), 1);
  return NDArray<R>(r.shared_data(), s, c_strides(s));
}

}  // namespace ingot::rt::np
